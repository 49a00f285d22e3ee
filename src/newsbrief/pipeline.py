"""The pipeline: stages in order over one `Brief`.

Each stage is a module with `run(brief, options)`; it reads what earlier stages
filled and fills its own part of the brief. Keep the order in `STAGES` the only
place that knows it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from newsbrief.stages import claims
from newsbrief.stages import clean
from newsbrief.stages import conflicts
from newsbrief.stages import duplicates
from newsbrief.stages import entities
from newsbrief.stages import events
from newsbrief.stages import figures
from newsbrief.stages import parse
from newsbrief.ingest import read
from newsbrief.stages import sentences
from newsbrief.stages import summary
from newsbrief.stages import times
from newsbrief.model import Article, Brief


@dataclass
class Options:
    words: int = 200  # summary budget in words
    timings: dict[str, float] = field(default_factory=dict)


STAGES: list[tuple[str, Callable[[Brief, Options], None]]] = [
    ("clean", clean.run),
    ("sentences", sentences.run),
    ("duplicates", duplicates.run),
    ("parse", parse.run),
    ("entities", entities.run),
    ("times", times.run),
    ("events", events.run),
    ("claims", claims.run),
    ("figures", figures.run),
    ("conflicts", conflicts.run),
    ("summary", summary.run),
]


def brief_articles(articles: Iterable[Article], options: Options | None = None) -> Brief:
    """Run every stage after `read` on articles already read."""
    options = options or Options()
    brief = Brief(articles=list(articles))
    for name, stage in STAGES:
        started = time.perf_counter()
        stage(brief, options)
        options.timings[name] = time.perf_counter() - started
    return brief


def stream_clean(paths: list[str]) -> Iterator[Article]:
    """Read and clean a large input in bounded memory: one pass to count what the
    cleaner needs, a second to clean and yield each article. Inputs must be
    re-readable (files and folders, not stdin)."""
    cleaner = clean.Cleaner()
    for path in paths:
        for art in read.iter_path(path):
            if art.status == "used":
                cleaner.observe(art)
    for path in paths:
        for art in read.iter_path(path):
            yield cleaner.clean(art) if art.status == "used" else art


def brief_paths(paths: list[str], options: Options | None = None) -> Brief:
    """Read files, folders, JSONL feeds (or "-" for stdin) and brief them."""
    options = options or Options()
    started = time.perf_counter()
    articles = read.read_paths(paths)
    options.timings["read"] = time.perf_counter() - started
    return brief_articles(articles, options)
