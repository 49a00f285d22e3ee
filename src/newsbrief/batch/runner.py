"""A batch run: the ingest of a feed and the briefs of its stories, on an engine.

1. Prepare, in parallel: each unit of the feed (`feed.units`) is read, split into
   sentence rows and hashed into a clusterer vector on a worker (`work.prepare_unit`).
2. Assign, in order: results come back as they complete and wait in a reorder
   buffer until every earlier unit is in; then they go, in feed order, through
   `Store.ingest` in this process (duplicates, story assignment, batch commits).
   Assignment is the same code on the same sequence as `newsbrief ingest`, so the
   stories are the same. At most `ahead` units are submitted and not yet stored:
   memory does not grow with the feed.
3. Brief, in parallel: every story whose stored brief is missing or stale and that
   has at least `brief_min` articles is briefed on a worker (`work.brief_task`,
   largest stories first); the client stores each brief as it arrives.

A unit whose task fails (an exception, or a worker that died each time it ran it)
is run again line by line (file by file); an item that still fails is skipped with
the reason, like an unreadable line in `brief`. The store is the only state: an
interrupted run keeps what it committed, and running it again goes on.
"""
from __future__ import annotations

import dataclasses
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from newsbrief.batch import feed, work
from newsbrief.batch.engine import Engine, WorkerLost
from newsbrief.config import Config
from newsbrief.store.sqlite import IngestReport, Prepared, Store
from newsbrief.statusline import StatusLine


@dataclass
class BatchReport:
    ingest: IngestReport = field(default_factory=IngestReport)
    briefed: int = 0
    unbriefable: int = 0  # stories none of whose articles could be used
    brief_failures: list[str] = field(default_factory=list)
    task_failures: list[str] = field(default_factory=list)  # units run again item by item
    ingest_seconds: float = 0.0
    brief_seconds: float = 0.0
    brief_task_seconds: float = 0.0  # summed over the brief tasks, on the workers

    def line(self) -> str:
        failed = f" ({len(self.brief_failures)} failed)" if self.brief_failures else ""
        return f"{self.ingest.line()}; briefed {self.briefed} story(ies){failed}"


class Progress(StatusLine):
    """The batch's status line (on a terminal): articles stored, stories, briefs."""

    def __init__(self, enabled: bool, stream=None):
        super().__init__(enabled, stream)
        self.articles = 0
        self.stories = 0
        self.briefs = (0, 0)

    def update(self, force: bool = False) -> None:
        if not self.due(force):
            return
        text = f"batch: {self.articles:,} articles ({self.rate(self.articles):,.0f}/s), {self.stories:,} stories"
        if self.briefs[1]:
            text += f"; briefs {self.briefs[0]:,}/{self.briefs[1]:,}"
        self.show(text)


def run_batch(inputs: list[str], store: Store, engine: Engine, *, brief_min: int | None = 2,
              config: Config | None = None, lines: int = feed.LINES_PER_UNIT, ahead: int | None = None,
              progress: Progress | None = None, warn: Callable[[str], None] | None = None,
              on_task: Callable[[str, int], None] | None = None,
              prepare: Callable = work.prepare_unit) -> BatchReport:
    """Ingest `inputs` into `store` and brief its stale stories of `brief_min` or more
    articles (None: no briefs). `on_task(kind, n)` is called after the n-th result of
    each kind ("unit", "brief") has been handled; `prepare` is the unit task (tests
    use both to break tasks and kill workers)."""
    report = BatchReport()
    progress = progress or Progress(False)
    started = time.perf_counter()
    ingest_feed(inputs, store, engine, report, lines=lines, ahead=ahead, progress=progress, warn=warn,
                on_task=on_task, prepare=prepare)
    report.ingest_seconds = time.perf_counter() - started
    if brief_min is not None:
        started = time.perf_counter()
        brief_stories(store, engine, report, config=config, brief_min=brief_min, progress=progress,
                      on_task=on_task)
        report.brief_seconds = time.perf_counter() - started
    progress.close()
    return report


def ingest_feed(inputs: list[str], store: Store, engine: Engine, report: BatchReport, *, lines: int,
                ahead: int | None, progress: Progress, warn, on_task, prepare=work.prepare_unit) -> None:
    ordered = Reorder(engine, feed.units(inputs, lines=lines), store.settings, ahead or 4 * engine.workers + 2,
                      report, on_task, prepare, warm=lambda: work.warm_tables(store.settings))

    def articles() -> Iterator[Prepared]:
        for item in ordered:
            for warning in item.article.warnings:
                if warn:
                    warn(warning)
            yield item

    def committed(n: int) -> None:
        progress.articles += n
        progress.stories = len(report.ingest.new_stories)
        progress.update()

    store.ingest(articles(), progress=committed, report=report.ingest)


class Reorder:
    """Units submitted ahead, results handed on in feed order (a bounded reorder buffer)."""

    def __init__(self, engine: Engine, units: Iterable[work.Unit], settings, ahead: int, report: BatchReport,
                 on_task=None, prepare: Callable = work.prepare_unit, warm: Callable | None = None):
        self.engine, self.units, self.settings, self.ahead = engine, iter(units), settings, max(1, ahead)
        self.report, self.on_task, self.prepare = report, on_task, prepare
        self.warm = warm  # run once the first units are out: the client's own set-up, meanwhile
        self.submitted = 0  # units handed to the engine
        self.next = 0  # the unit to hand on next
        self.exhausted = False
        self.inflight: dict[int, work.Unit] = {}
        self.parts: dict[int, list] = {}  # unit run again item by item: its items' results
        self.ready: dict[int, list[Prepared]] = {}
        self.results = 0

    def _fill(self) -> None:
        while not self.exhausted and self.submitted - self.next < self.ahead:
            unit = next(self.units, None)
            if unit is None:
                self.exhausted = True
                return
            self.inflight[self.submitted] = unit
            if unit.kind == "done":  # decided by the walk: nothing to compute
                self.ready[self.submitted] = [Prepared(art) for art in unit.items]
            else:
                self.engine.submit(("unit", self.submitted, None), self.prepare, unit, self.settings)
            self.submitted += 1

    def __iter__(self) -> Iterator[Prepared]:
        while True:
            self._fill()
            if self.warm:
                self.warm, warm = None, self.warm
                warm()
            while self.next in self.ready:
                items = self.ready.pop(self.next)
                del self.inflight[self.next]
                self.next += 1
                self._fill()
                yield from items
            if self.exhausted and self.next == self.submitted:
                return
            self._take(*self.engine.next())

    def _take(self, tag, ok: bool, value) -> None:
        _, seq, part = tag
        unit = self.inflight[seq]
        if part is None and ok:
            self.ready[seq] = value
        elif part is None:  # the unit failed: run it again item by item
            subs = unit.split()
            self.report.task_failures.append(f"{unit.where(0)}: {why(value)}")
            if len(subs) == 1:
                self.ready[seq] = [Prepared(unit.failed(0, why(value)))]
            else:
                self.parts[seq] = [None] * len(subs)
                for j, sub in enumerate(subs):
                    self.engine.submit(("unit", seq, j), self.prepare, sub, self.settings)
        else:
            slots = self.parts[seq]
            if ok:
                slots[part] = value
            else:
                sub = unit.split()[part]
                self.report.task_failures.append(f"{sub.where(0)}: {why(value)}")
                slots[part] = [Prepared(sub.failed(0, why(value)))]
            if all(s is not None for s in slots):
                self.ready[seq] = [p for s in self.parts.pop(seq) for p in s]
        self.results += 1
        if self.on_task:
            self.on_task("unit", self.results)


def why(exc: BaseException) -> str:
    name = type(exc).__name__
    if isinstance(exc, WorkerLost) or name == "KilledWorker":
        return "its worker process died each time it ran it"
    return f"{name}: {exc}"


def brief_stories(store: Store, engine: Engine, report: BatchReport, *, config: Config | None, brief_min: int,
                  progress: Progress, on_task=None) -> None:
    """Brief, on the workers, every stale story of `brief_min` or more articles."""
    config = work.worker_config(config)
    todo = deque(sid for sid, _ in store.stale_sizes(brief_min))  # largest first: the longest tasks start early
    total, done = len(todo), 0
    progress.briefs = (0, total)

    def fill() -> None:
        while todo and engine.pending < 2 * engine.workers:
            sid = todo.popleft()
            version, articles = store.story_articles(sid)
            engine.submit(("brief", sid), work.brief_task, sid, version, articles, config)

    fill()
    while engine.pending:
        (_, sid), ok, value = engine.next()
        if not ok:
            report.brief_failures.append(f"story {sid}: brief failed: {why(value)}")
        elif value.json is None:
            report.unbriefable += 1
        else:
            store.save_brief(value.story, value.version, value.json, value.markdown, value.rows)
            report.briefed += 1
            report.brief_task_seconds += value.seconds
        done += 1
        progress.briefs = (done, total)
        progress.update(force=done == total)
        if on_task:
            on_task("brief", done)
        fill()
