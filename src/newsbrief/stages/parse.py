"""Stage `parse`: one spaCy parse per kept sentence, shared by the later stages.

Duplicates get a doc too: entities, claims and figures are reported per sentence
and the scorer (and a reader) may look at either copy. A sentence whose text is
identical to an earlier one shares that one's doc (docs are only read after this
stage), so syndicated copies cost nothing.

How many processes parse is a setting (`config.parse.processes`), carried out by
spaCy's own `n_process`: 0 means two when two cores are free to this process and
the cluster is large enough to pay for starting them (`parallel_from` sentences),
else one. A server thread or a Dask worker sets 1: it already is the parallelism.
"""
from __future__ import annotations

import os

from newsbrief.config import ParseSettings
from newsbrief.context import Context
from newsbrief.stage import Stage


def cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def processes(n_texts: int, settings: ParseSettings) -> int:
    """How many processes to parse `n_texts` texts with."""
    if settings.processes > 0:
        return settings.processes
    if n_texts < settings.parallel_from:
        return 1
    return 2 if cores() >= 2 else 1


def parse_texts(texts: list[str], ctx: Context | None = None) -> list:
    """spaCy docs for `texts`, in order."""
    ctx = ctx or Context()
    settings = ctx.config.parse
    n = processes(len(texts), settings)
    # with workers, batches of `worker_batch` texts: the parent reads one worker's
    # docs back while the workers parse the next (with one half each, it read them
    # all at the end: D0601A's 1,034 sentences 22-26 s against 25-31 s in one run
    # under load), and a worker holds no more than that, parsed and pickled
    batch = settings.batch_size if n == 1 else max(1, min(settings.worker_batch, -(-len(texts) // n)))
    return list(ctx.resources.nlp.pipe(texts, batch_size=batch, n_process=n))


def run(brief, ctx: Context) -> None:
    unique: dict[str, int] = {}
    for s in brief.sentences:
        unique.setdefault(s.text, len(unique))
    parsed = parse_texts(list(unique), ctx)
    ctx.docs = {s.id: parsed[unique[s.text]] for s in brief.sentences}


STAGE = Stage("parse", run, requires=("sentences",), provides=("docs",))
