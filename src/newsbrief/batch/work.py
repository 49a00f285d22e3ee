"""What runs on a worker: the two kinds of task, and the worker's resources.

- `prepare_unit`: one unit of the feed (a run of JSONL lines, or files) read, its
  sentence rows split and its clusterer vector hashed: everything `ingest` computes
  from an article alone (`store.sqlite.prepare`). Needs no model and no store.
- `brief_task`: one story's brief by the unchanged pipeline (`brief_articles`),
  returned as JSON, Markdown and sentence rows for the client to store.

A worker process holds one `Resources` (the spaCy model): a Dask worker gets it
from the worker plugin (`plugin.ResourcesPlugin`), a local pool process from its
initializer (`init_process`). Tasks never carry the model. spaCy parses in the
task's own process (`config.parse.processes = 1`): the worker is the parallelism.

Reading is the reader's own (`read.parse_line`, `read.iter_file`): a bad line is
skipped with the reason naming the feed and line, as in `ingest`. A line or file
whose reading raises (a reader bug) becomes a skipped article with the reason too;
the rest of its unit goes on.
"""
from __future__ import annotations

import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from newsbrief.config import Config
from newsbrief.ids import content_article_id
from newsbrief.ingest import read
from newsbrief.model import Article
from newsbrief.text import normalise

PLUGIN_NAME = "newsbrief-resources"


@dataclass
class Unit:
    """A piece of the feed, in feed order: `lines` (`read.Line`s of the feed `name`),
    `files` (article files, read one by one by `read.iter_file`) or `done` (skipped
    articles the client's walk decided: entries not read, with their reasons)."""
    kind: str
    name: str
    items: list

    def split(self) -> list["Unit"]:
        """One unit per item (to find the item that breaks a task)."""
        return [Unit(self.kind, self.name, [item]) for item in self.items]

    def where(self, i: int) -> str:
        item = self.items[i]
        if self.kind == "lines":
            return f"{item.name}:{item.lineno}"
        return item.source if self.kind == "done" else normalise.shown(item)

    def failed(self, i: int, why: str) -> Article:
        """The skipped article standing for item `i` when reading it failed."""
        where = self.where(i)
        item = self.items[i]
        if self.kind == "lines":
            text = item.raw.decode("utf-8", errors="replace").strip() if item.raw is not None else where
            art_id = content_article_id(text)
        else:
            art_id = normalise.shown(Path(str(item)).stem or str(item))
        return Article(id=art_id, source=where).skip(f"{where}: could not be read ({why})")


def read_unit(unit: Unit) -> list[Article]:
    """The articles of a unit, in order, as `read.iter_path` reads them."""
    out: list[Article] = []
    for i, item in enumerate(unit.items):
        try:
            if unit.kind == "lines":
                out.append(read.parse_line(item))
            elif unit.kind == "files":
                out.extend(read.iter_file(Path(item)))
            else:
                out.append(item)
        except Exception as exc:  # a reader bug on one input: that input is skipped, not the run
            out.append(unit.failed(i, f"{type(exc).__name__}: {exc}"))
    return out


_CLUSTERERS: dict = {}


def warm_tables(settings=None) -> None:
    """Compute the clusterer's fixed word tables of this process now (a few seconds,
    once), rather than inside the first article's vector or assignment."""
    from newsbrief.corpus.clusterer import ClusterSettings, word_tables

    settings = settings or ClusterSettings()
    if settings.background or settings.prior_docs:
        word_tables(settings.n_features)


def prepare_unit(unit: Unit, settings):
    """Read a unit and compute what ingest needs of each article: `store.sqlite.Prepared`."""
    from newsbrief.corpus.clusterer import Clusterer
    from newsbrief.store.sqlite import prepare

    clusterer = _CLUSTERERS.get(settings)
    if clusterer is None:  # one per process: vectors depend on the settings only
        clusterer = _CLUSTERERS[settings] = Clusterer(settings)
    return prepare(read_unit(unit), clusterer)


@dataclass
class BriefResult:
    story: str
    version: int
    json: str | None  # None: no article of the story could be used
    markdown: str | None
    rows: list  # (sentence id, article, text, duplicate_of)
    seconds: float


def worker_config(config: Config | None = None) -> Config:
    """The settings of a brief on a worker: one spaCy process."""
    return (config or Config()).single_process()


def brief_task(story: str, version: int, articles: list[Article], config: Config) -> BriefResult:
    """A story's brief, computed from `version` of its articles."""
    from newsbrief.context import Context
    from newsbrief.pipeline import brief_articles
    from newsbrief.report import render

    started = time.perf_counter()
    brief = brief_articles(articles, Context(config=config, resources=worker_resources()))
    if not brief.used_articles():
        return BriefResult(story, version, None, None, [], time.perf_counter() - started)
    rows = [(s.id, s.article, s.text, s.duplicate_of) for s in brief.sentences]
    return BriefResult(story, version, render.to_json(brief), render.to_markdown(brief), rows,
                       time.perf_counter() - started)


# -- the worker's resources ---------------------------------------------------------------

def worker_resources():
    """This process's `Resources`: the Dask worker plugin's, else the process default."""
    if "distributed" in sys.modules:  # only a Dask worker has it imported
        from distributed import get_worker

        try:
            plugin = get_worker().plugins.get(PLUGIN_NAME)
        except ValueError:  # not inside a Dask worker
            plugin = None
        if plugin is not None and getattr(plugin, "resources", None) is not None:
            return plugin.resources
    from newsbrief.resources import default

    return default()


def own_signals() -> None:
    """In a worker process (main thread): Ctrl-C is the client's to handle (it closes
    the pool or the cluster), SIGTERM and SIGHUP end the process. A process started by
    `newsbrief batch` inherits the mask of the client, whose signal watcher blocks all
    three (`cli.main._SignalWatch`): without this, the SIGTERM a nanny or a pool sends
    to end a worker would wait, blocked, for good."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


def init_process(preload: bool) -> None:
    """Initializer of a local pool process: its signals (`own_signals`), and the model
    loaded once, before the first brief."""
    own_signals()
    warm_tables()
    if preload:
        from newsbrief.resources import default

        default().nlp


def usage() -> dict:
    """This process's peak resident memory (MB) and CPU time (s): run on each worker
    to measure it."""
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return {"peak_rss_mb": r.ru_maxrss / 1024, "cpu_s": r.ru_utime + r.ru_stime}


def usage_of(pid: int) -> dict:
    """The same, read from /proc for another process of this machine (a pool process)."""
    import os

    out = {"peak_rss_mb": 0.0, "cpu_s": 0.0}
    try:
        for line in open(f"/proc/{pid}/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                out["peak_rss_mb"] = int(line.split()[1]) / 1024
        fields = open(f"/proc/{pid}/stat", encoding="ascii").read().rsplit(")", 1)[1].split()
        out["cpu_s"] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        pass
    return out


def pid() -> int:
    import os

    return os.getpid()
