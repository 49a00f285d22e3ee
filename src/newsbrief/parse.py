"""Stage `parse`: one spaCy parse per kept sentence, shared by the later stages.

Duplicates get a doc too: entities, claims and figures are reported per sentence
and the scorer (and a reader) may look at either copy. A sentence whose text is
identical to an earlier one shares that one's doc (docs are only read after this
stage), so syndicated copies cost nothing.

The parse is most of a brief's time, and spaCy's small model runs on one core.
On a machine with two or more cores a cluster big enough to pay for it is
parsed by two worker processes (spaCy's `n_process`; forked, so the loaded model
is not loaded again). Small clusters stay in-process: starting the workers
costs more than it saves below `PARALLEL_FROM` sentences. NEWSBRIEF_PARSE_WORKERS=1
keeps every parse in-process (e.g. inside a threaded server, where forking is unwise).
"""
from __future__ import annotations

import multiprocessing
import os

from . import nlp

PARALLEL_FROM = 120  # sentences; measured: at ~180 two workers save ~30% of the parse
WORKERS = 2


def workers(n_texts: int) -> int:
    if n_texts < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return 1
    # spaCy's workers use the default start method; only a fork inherits the
    # loaded model (spawn would load it again in each worker, costing more than it saves)
    if multiprocessing.get_start_method() != "fork":
        return 1
    if os.environ.get("NEWSBRIEF_PARSE_WORKERS") == "1":
        return 1
    return WORKERS


def run(brief, options):
    model = nlp.load()
    unique: dict[str, int] = {}
    for s in brief.sentences:
        unique.setdefault(s.text, len(unique))
    texts = list(unique)
    n = workers(len(texts))
    parsed = None
    if n > 1:
        try:
            parsed = list(model.pipe(texts, n_process=n, batch_size=-(-len(texts) // n)))
        except (OSError, RuntimeError):  # no processes to be had here: parse in-process
            parsed = None
    if parsed is None:
        parsed = list(model.pipe(texts, batch_size=1000))
    brief.runtime["docs"] = {s.id: parsed[unique[s.text]] for s in brief.sentences}
