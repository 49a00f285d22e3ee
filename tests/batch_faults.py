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
