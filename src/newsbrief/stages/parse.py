"""Stage `parse`: one spaCy parse per kept sentence, shared by the later stages.

Duplicates get a doc too: entities, claims and figures are reported per sentence
and the scorer (and a reader) may look at either copy. A sentence whose text is
identical to an earlier one shares that one's doc (docs are only read after this
stage), so syndicated copies cost nothing.

The parse is most of a brief's time, and spaCy's small model runs on one core.
When a second core is available and the cluster is big enough to pay for it, a forked
child process (it inherits the loaded model) parses part of the sentences while
this process parses the rest; the child's docs come back as a `DocBin`. This is
spaCy's `n_process` idea with the parent working too, which measured ~0.1 s
faster on a 10-article cluster than `n_process=2` (two children, parent idle).
Small clusters stay in-process: forking costs more than it saves below
`PARALLEL_FROM` sentences. NEWSBRIEF_PARSE_WORKERS=1 keeps every parse
in-process (e.g. inside a threaded server, where forking is unwise). If the
child fails in any way, its share is parsed here: the result never depends on it.
"""
from __future__ import annotations

import multiprocessing
import os

from newsbrief import resources as nlp

PARALLEL_FROM = 120  # sentences
CHILD_SHARE = 0.5  # measured 0.4-0.6 on DUC clusters: an even split is (about) best


def parallel(n_texts: int) -> bool:
    """Is a two-process parse worth it here? (On a machine busy with other work
    it costs a little: the two halves then share one core.)"""
    if n_texts < PARALLEL_FROM or os.environ.get("NEWSBRIEF_PARSE_WORKERS") == "1":
        return False
    if not hasattr(os, "fork") or "fork" not in multiprocessing.get_all_start_methods():
        return False
    try:  # the cores this process may run on (a container or taskset may allow fewer)
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores >= 2


def _child(conn, texts: list[str]) -> None:
    from spacy.tokens import DocBin

    docs = DocBin(store_user_data=False)
    for doc in nlp.load().pipe(texts, batch_size=1000):
        docs.add(doc)
    conn.send_bytes(docs.to_bytes())
    conn.close()


def parse_texts(texts: list[str]) -> list:
    """spaCy docs for `texts`, in order."""
    model = nlp.load()
    if not parallel(len(texts)):
        return list(model.pipe(texts, batch_size=1000))
    from spacy.tokens import DocBin

    split = len(texts) - int(len(texts) * CHILD_SHARE)
    mine, theirs = texts[:split], texts[split:]
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    try:
        child = context.Process(target=_child, args=(send, theirs), daemon=True)
        child.start()
    except OSError:  # no process to be had: parse it all here
        return list(model.pipe(texts, batch_size=1000))
    send.close()
    docs = list(model.pipe(mine, batch_size=1000))
    try:
        data = receive.recv_bytes()
        docs += list(DocBin().from_bytes(data).get_docs(model.vocab))
    except (EOFError, OSError, ValueError):  # the child died: parse its share here
        docs += list(model.pipe(theirs, batch_size=1000))
    finally:
        receive.close()
        child.join(timeout=5)
    return docs


def run(brief, options):
    unique: dict[str, int] = {}
    for s in brief.sentences:
        unique.setdefault(s.text, len(unique))
    parsed = parse_texts(list(unique))
    brief.runtime["docs"] = {s.id: parsed[unique[s.text]] for s in brief.sentences}
