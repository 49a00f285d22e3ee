"""Engines: where tasks run. One interface, two implementations, so the batch runner
has one code path:

    engine.submit(tag, fn, *args)      # schedule fn(*args); the tag names it
    tag, ok, value = engine.next()     # the next task to finish (result, or its exception)
    engine.pending                     # tasks submitted and not yet returned by next()

- `LocalEngine`: a process pool on this machine (`concurrent.futures`).
- `DaskEngine`: a Dask distributed cluster: a `LocalCluster` it starts (no services,
  one thread per worker), or an existing one by scheduler address. Results stream
  back as they complete (`distributed.as_completed`).

Faults. A worker that dies loses nothing: Dask's scheduler runs its tasks again
elsewhere; the local pool, once broken, is restarted, and the tasks that were in it
run again one at a time, so a task that kills its process alone is the one that
fails (`WorkerLost`), after `retries` attempts. A task's own exception comes back
as its value with ok=False. A worker killed halfway through sending its result is
one that `concurrent.futures` alone never notices (`LocalEngine._stuck`).
"""
from __future__ import annotations

import logging
import os
import time
import warnings
from collections import deque
from typing import Any, Callable


class WorkerLost(Exception):
    """A task kept killing the process that ran it."""


class Engine:
    name = "engine"
    workers = 1

    @property
    def pending(self) -> int:
        raise NotImplementedError

    def submit(self, tag: Any, fn: Callable, *args) -> None:
        raise NotImplementedError

    def next(self) -> tuple[Any, bool, Any]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def worker_pids(self) -> list[int]:
        return []

    def worker_usage(self) -> list[dict]:
        """Peak RSS (MB) and CPU seconds of each worker process now running."""
        return []

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class LocalEngine(Engine):
    name = "local"
    # seconds a worker may be dead while its pool does not say so before the pool is
    # taken for stuck (the pool itself notices a death in milliseconds when it can)
    stuck_after = 5.0

    def __init__(self, workers: int | None = None, preload: bool = False, retries: int = 3):
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.preload = preload
        self.retries = retries
        self._running: dict = {}  # future -> [tag, fn, args, attempts]
        self._suspects: deque = deque()  # tasks in the pool when it broke: rerun one at a time
        self._waiting: deque = deque()  # submitted while suspects run
        self._ready: deque = deque()  # (tag, ok, value) decided outside a future
        self._dead_since: float | None = None  # when a dead worker was first seen in a pool not yet broken
        self._pool = self._new_pool()

    def _new_pool(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from newsbrief.batch import work

        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=work.init_process, initargs=(self.preload,))
        for fut in [pool.submit(work.pid) for _ in range(self.workers)]:  # started and set up now
            fut.exception()
        return pool

    @property
    def pending(self) -> int:
        return len(self._running) + len(self._suspects) + len(self._waiting) + len(self._ready)

    def submit(self, tag: Any, fn: Callable, *args) -> None:
        task = [tag, fn, args, 0]
        if self._suspects:
            self._waiting.append(task)
        else:
            self._start(task)

    def _start(self, task: list) -> None:
        from concurrent.futures.process import BrokenProcessPool

        try:
            self._running[self._pool.submit(task[1], *task[2])] = task
        except BrokenProcessPool:  # a worker died before any future told `next()` so
            self._waiting.appendleft(task)
            self._rebuild(alone=False)

    def _rebuild(self, alone: bool) -> None:
        """The pool broke: every task still in it is a suspect; a new pool is started."""
        for task in self._running.values():
            self._lost(task, alone=alone)
        self._running.clear()
        self._end_pool()
        self._pool = self._new_pool()

    def _end_pool(self) -> None:
        """End a broken (or abandoned) pool without waiting on anything that may never come.

        Its manager thread may be blocked reading a result that a killed worker sent only
        half of: every worker and this process hold the result pipe's write end, so that
        read waits for good, and `shutdown(wait=True)` with it. Killing the workers and
        closing this process's copy of the write end gives the read EOF: the manager then
        fails every future (BrokenProcessPool), reaps the workers and exits."""
        for proc in list((self._pool._processes or {}).values()):
            proc.kill()  # a no-op on one already ended
        results = self._pool._result_queue
        if results is not None:
            results._writer.close()  # this process never writes results
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._dead_since = None

    def next(self) -> tuple[Any, bool, Any]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        while not self._ready:
            if not self._running:
                if self._suspects:
                    self._start(self._suspects.popleft())  # alone in the pool
                while self._waiting and not self._suspects:
                    self._start(self._waiting.popleft())
            if not self._running:
                raise RuntimeError("next() with no task pending")
            done = None
            while not done:  # in steps: an interrupt from the signal watcher is taken between them
                done, _ = wait(list(self._running), timeout=0.2, return_when=FIRST_COMPLETED)
                if not done and self._stuck():
                    break
            if not done:  # the pool would never say a worker died: it is replaced, as a broken one
                self._rebuild(alone=len(self._running) == 1)
                continue
            alone = len(self._running) == 1
            broken = False
            for fut in done:
                task = self._running.pop(fut)
                exc = fut.exception()
                if isinstance(exc, BrokenProcessPool):
                    broken = True
                    self._lost(task, alone)
                else:
                    self._ready.append((task[0], exc is None, fut.result() if exc is None else exc))
            if broken:
                self._rebuild(alone=False)
        return self._ready.popleft()

    def _lost(self, task: list, alone: bool) -> None:
        """A task whose process died: rerun it alone; when it dies alone `retries` times, it fails."""
        if alone:
            task[3] += 1
            if task[3] >= self.retries:
                self._ready.append((task[0], False, WorkerLost(
                    f"the worker process died {task[3]} time(s) running this task alone")))
                return
        self._suspects.append(task)

    def _stuck(self) -> bool:
        """Whether a worker has been dead for `stuck_after` s and the pool has not noticed.
        It notices a death by the process's sentinel, but not while its manager thread is
        inside reading a result: a worker killed halfway through sending one (a result over
        16 KB is more than one write; a brief is larger than a pipe's buffer) leaves that
        read waiting for good, another worker waiting on the result lock the dead one held,
        and every future pending."""
        from multiprocessing.connection import wait as wait_ready

        procs = list((self._pool._processes or {}).values())
        if not wait_ready([p.sentinel for p in procs], timeout=0):  # ready once its process ended
            self._dead_since = None
            return False
        now = time.monotonic()
        if self._dead_since is None:
            self._dead_since = now
        return now - self._dead_since >= self.stuck_after

    def worker_pids(self) -> list[int]:
        return sorted(p.pid for p in (self._pool._processes or {}).values())

    def worker_usage(self) -> list[dict]:
        from newsbrief.batch import work

        return [work.usage_of(pid) for pid in self.worker_pids()]

    def close(self) -> None:
        """Shut the pool down; tasks still running (an interrupted run) are not waited
        for: their processes are ended (they hold nothing the store needs), the way a
        broken pool is (`_end_pool`: a shutdown that waited on them could wait for good)."""
        if self._running:
            self._end_pool()
        else:
            self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(Engine):
    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str | None = None, preload: bool = False,
                 timeout: float = 60.0, quiet: bool = True):
        from distributed import Client, LocalCluster, as_completed

        from newsbrief.batch.plugin import ResourcesPlugin

        level = logging.ERROR if quiet else logging.WARNING
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=timeout)
            else:
                with warnings.catch_warnings():
                    # without a dashboard the scheduler still answers health checks over HTTP, on
                    # 127.0.0.1; when another cluster holds its usual port it takes a free one: fine
                    warnings.filterwarnings("ignore", message="Port .* is already in use")
                    self.cluster = LocalCluster(n_workers=max(1, workers or os.cpu_count() or 1),
                                                threads_per_worker=1, processes=True, dashboard_address=None,
                                                host="127.0.0.1", silence_logs=level)
                self.client = Client(self.cluster, timeout=timeout)
            self.client.register_plugin(ResourcesPlugin(preload), name=ResourcesPlugin.name)
            self.client.wait_for_workers(1, timeout=timeout)
        except BaseException:
            self.close()
            raise
        self.workers = max(1, len(self.client.scheduler_info()["workers"]))
        self._done = as_completed()
        self._tags: dict[str, Any] = {}

    @property
    def pending(self) -> int:
        return len(self._tags)

    def submit(self, tag: Any, fn: Callable, *args) -> None:
        fut = self.client.submit(fn, *args, pure=False)  # never shared with an earlier identical call
        self._tags[fut.key] = tag
        self._done.add(fut)

    def next(self) -> tuple[Any, bool, Any]:
        if not self._tags:
            raise RuntimeError("next() with no task pending")
        fut = next(self._done)
        tag = self._tags.pop(fut.key)
        try:
            value, ok = fut.result(), True
        except Exception as exc:  # the task's exception, or KilledWorker when it kept killing workers
            value, ok = exc, False
        fut.release()  # the cluster may forget it now
        return tag, ok, value

    def worker_pids(self) -> list[int]:
        from newsbrief.batch import work

        return sorted(self.client.run(work.pid).values())

    def worker_usage(self) -> list[dict]:
        from newsbrief.batch import work

        return [v for _, v in sorted(self.client.run(work.usage).items())]

    def close(self) -> None:
        client, cluster = getattr(self, "client", None), self.cluster
        self.cluster = None
        try:
            if client is not None:
                client.close(timeout=10)
        finally:
            if cluster is not None:
                cluster.close(timeout=10)


def make_engine(kind: str, workers: int | None = None, scheduler: str | None = None,
                preload: bool = False, quiet: bool = True) -> Engine:
    if kind == "dask":
        return DaskEngine(workers=workers, scheduler=scheduler, preload=preload, quiet=quiet)
    if scheduler:
        raise ValueError("--scheduler needs --engine dask")
    return LocalEngine(workers=workers, preload=preload)
