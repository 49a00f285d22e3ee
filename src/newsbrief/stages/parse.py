"""Stage `parse`: one spaCy parse per kept sentence, shared by the later stages.

Duplicates get a doc too: entities, claims and figures are reported per sentence
and the scorer (and a reader) may look at either copy. A sentence whose text is
identical to an earlier one shares that one's doc (docs are only read after this
stage), so syndicated copies cost nothing.

How many processes parse is a setting (`config.parse.processes`), carried out by
spaCy's own `n_process`: 0 means two when two cores are allowed to this process,
one of them is idle now (no other process runnable), and the cluster is large
enough to pay for starting them (`parallel_from` sentences), else one. A server
thread or a Dask worker sets 1: it already is the parallelism.

Why "idle now": with no core to spare, two workers were slower than one process
(clusters of about 400 and 800 sentences with 5-7 other processes runnable on
2 cores: 9 of 9 alternating runs, e.g. 3.0-3.3 s against 3.7-4.5 s): Linux shares
the CPU between sessions (autogroup), so more processes in one session take no
more of it, and starting and feeding workers costs. The count of runnable
processes (/proc/stat) is read at that moment, unlike the load average, which
lags and counts this process.
"""
from __future__ import annotations

import os
import statistics
import time

from newsbrief.config import ParseSettings
from newsbrief.context import Context
from newsbrief.stage import Stage


def cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def running() -> int | None:
    """Processes runnable now, this one included (the median of a few readings of
    /proc/stat 2 ms apart); None where the system does not say."""
    counts = []
    for i in range(5):
        try:
            with open("/proc/stat", "rb") as fh:
                line = next((x for x in fh if x.startswith(b"procs_running ")), None)
        except OSError:
            return None
        if line is None:
            return None
        counts.append(int(line.split()[1]))
        if i < 4:
            time.sleep(0.002)
    return int(statistics.median(counts))


def processes(n_texts: int, settings: ParseSettings) -> int:
    """How many processes to parse `n_texts` texts with."""
    if settings.processes > 0:
        return settings.processes
    if n_texts < settings.parallel_from or cores() < 2:
        return 1
    now = running()
    return 2 if now is None or now < cores() else 1


def parse_texts(texts: list[str], ctx: Context | None = None) -> list:
    """spaCy docs for `texts`, in order."""
    ctx = ctx or Context()
    settings = ctx.config.parse
    n = processes(len(texts), settings)
    # with workers, batches of `worker_batch` texts: the parent reads one worker's
    # docs back while the workers parse the next (with one half each, it read them
    # all at the end: a 25-article cluster of about 1,000 sentences 22-26 s against 25-31 s in one run
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
