"""The Dask worker plugin: each worker process loads newsbrief's `Resources` once.

Registered by the client on every worker of the cluster, those there now and those
that join or are restarted later (a worker that died comes back with its own). A
task reaches the model through `get_worker().plugins` (`work.worker_resources`), so
no task ever pickles it.
"""
from __future__ import annotations

import threading

from distributed import WorkerPlugin

from newsbrief.batch.work import PLUGIN_NAME, own_signals, warm_tables


class ResourcesPlugin(WorkerPlugin):
    name = PLUGIN_NAME

    def __init__(self, preload: bool = True):
        self.preload = preload
        self.resources = None

    def setup(self, worker) -> None:
        from newsbrief.resources import Resources

        if threading.current_thread() is threading.main_thread():
            # the client owns Ctrl-C; it closes the cluster (a LocalCluster's workers
            # share the terminal's process group); SIGTERM ends a worker, even one
            # started under the client's signal watcher
            own_signals()
        self.resources = Resources()
        warm_tables()  # the clusterer's word tables, before the first unit needs them
        if self.preload:
            self.resources.nlp  # loaded now, once, not inside the first task
