"""The pipeline: stages in order over one `Brief`, checked against their contracts.

Each stage module declares `STAGE = Stage(name, run, requires, provides)`; `STAGES`
is the only place that knows the order, and `check_order` proves at import that no
stage reads what an earlier one has not provided. The CLI, the report, and later
the store, web server and batch runner call `brief_articles` / `brief_paths`.
"""
from __future__ import annotations

import time
from typing import Iterable, Iterator

from newsbrief.context import Context
from newsbrief.resources import import_spacy

import_spacy()  # before any stage module imports spaCy: without its command line (resources.import_spacy)

from newsbrief.ingest import read  # noqa: E402
from newsbrief.model import Article, Brief  # noqa: E402
from newsbrief.stage import Stage, check_order  # noqa: E402
from newsbrief.stages import (claims, clean, conflicts, dates, duplicates, entities, events,  # noqa: E402
                              figures, parse, sentences, summary, times)

STAGES: list[Stage] = [
    clean.STAGE,
    dates.STAGE,
    sentences.STAGE,
    duplicates.STAGE,
    parse.STAGE,
    entities.STAGE,
    times.STAGE,
    events.STAGE,
    claims.STAGE,
    figures.STAGE,
    conflicts.STAGE,
    summary.STAGE,
]
check_order(STAGES)


def brief_articles(articles: Iterable[Article], ctx: Context | None = None,
                   stages: list[Stage] | None = None) -> Brief:
    """Run every stage after `read` on articles already read."""
    ctx = ctx or Context()
    brief = Brief(articles=list(articles))
    for stage in STAGES if stages is None else stages:
        run_stage(stage, brief, ctx)
    return brief


def run_stage(stage: Stage, brief: Brief, ctx: Context) -> None:
    """Run one stage, time it, and drop the lookups made from what it changed."""
    started = time.perf_counter()
    stage.run(brief, ctx)
    brief.reindex(*stage.provides)
    ctx.timings[stage.name] = time.perf_counter() - started


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


def brief_paths(paths: list[str], ctx: Context | None = None) -> Brief:
    """Read files, folders, JSONL feeds (or "-" for stdin) and brief them."""
    ctx = ctx or Context()
    started = time.perf_counter()
    articles = read.read_paths(paths)
    ctx.timings["read"] = time.perf_counter() - started
    return brief_articles(articles, ctx)
