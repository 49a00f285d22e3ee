"""Unit tasks that fail on purpose, and a probe of a worker, for the batch tests (imported by worker processes,
so it lives beside the tests and is no test module itself).

A feed line holding BREAK_MARK makes its whole unit raise; one holding CRASH_MARK
kills the worker process running it. The lines themselves are fictional.
"""
from __future__ import annotations

import os

from newsbrief.batch import work

BREAK_MARK = b"BREAK-THE-TASK"
CRASH_MARK = b"CRASH-THE-WORKER"


def prepare_or_break(unit, settings):
    if unit.kind == "lines" and any(BREAK_MARK in (line.raw or b"") for line in unit.items):
        raise RuntimeError("a fictional fault in the reader")
    return work.prepare_unit(unit, settings)


def prepare_or_crash(unit, settings):
    if unit.kind == "lines" and any(CRASH_MARK in (line.raw or b"") for line in unit.items):
        os._exit(3)
    return work.prepare_unit(unit, settings)


def models_loaded(dask_worker) -> int:
    """On a worker (`client.run`): how many spaCy pipelines this process loaded (its
    plugin's, and the process default's, which a task would load if it missed the plugin's)."""
    from newsbrief import resources

    plugin = dask_worker.plugins[work.PLUGIN_NAME]
    held = [plugin.resources, resources._DEFAULT]
    return sum(1 for r in held if r is not None and "nlp" in vars(r))


def result_of(n: int) -> bytes:
    return b"r" * n


def result_or_die_sending(n: int, marker: str) -> bytes:
    """`result_of(n)`, except on its first run (no file `marker` yet): the process then writes
    the head of its result message and half the body on the pool's result pipe and is
    SIGKILLed, as a worker killed from outside while it sends a large result is. The other
    workers and the client keep the pipe's write end open, so the pool's reader waits for
    the rest for good (concurrent.futures internals: a pool process runs
    `_process_worker(call_queue, result_queue, ...)`, and `SimpleQueue.put` ends in
    `_writer.send_bytes`)."""
    import multiprocessing
    import signal
    import struct

    if not os.path.exists(marker):
        open(marker, "w").close()
        results = multiprocessing.current_process()._args[1]

        def half_then_die(buf) -> None:
            data = bytes(buf)
            os.write(results._writer.fileno(), struct.pack("!i", len(data)) + data[:len(data) // 2])
            os.kill(os.getpid(), signal.SIGKILL)

        results._writer.send_bytes = half_then_die
    return result_of(n)
