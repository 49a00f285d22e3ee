"""The inputs of a batch as units of work, lazily and in feed order.

The client walks each named input with the reader's own walk (`read.walk`: the
same entries, checks, order and skip reasons as `newsbrief ingest`) and cuts what
it finds into units:
- a JSONL feed (or stdin) into runs of its lines (`read.Line`, raw bytes with their
  numbers, read by `read.Feed.items` with its limits on line and feed length):
  the workers need no access to the client's files;
- article files into runs of paths, read by the workers (`read.iter_file`): on a
  real cluster those must sit on a filesystem the workers share;
- entries the walk does not read (hidden, broken symlink, empty feed, ...) into
  `done` units: skipped articles with their reasons, stored in order, no task.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from newsbrief.batch.work import Unit
from newsbrief.ingest import read
from newsbrief.model import Article

LINES_PER_UNIT = 64
BYTES_PER_UNIT = 4 * 1024 * 1024
FILES_PER_UNIT = 16


def units(paths: Iterable[str], lines: int = LINES_PER_UNIT, files: int = FILES_PER_UNIT,
          max_bytes: int = BYTES_PER_UNIT) -> Iterator[Unit]:
    for path in paths:
        pending: list[str] = []
        for item in read.walk(path):
            if isinstance(item, Path):
                pending.append(str(item))
                if len(pending) >= files:
                    yield Unit("files", path, pending)
                    pending = []
                continue
            if pending:
                yield Unit("files", path, pending)
                pending = []
            if isinstance(item, read.Feed):
                yield from line_units(item, lines, max_bytes)
            else:
                yield Unit("done", path, [item])
        if pending:
            yield Unit("files", path, pending)


def line_units(feed: read.Feed, lines: int, max_bytes: int) -> Iterator[Unit]:
    """Runs of at most `lines` lines of a feed (or about `max_bytes`), in order; a
    problem of the feed itself (cannot be opened, empty, too long) is a `done` unit."""
    chunk: list[read.Line] = []
    size = 0
    for item in feed.items():
        if isinstance(item, Article):
            if chunk:
                yield Unit("lines", feed.where, chunk)
                chunk, size = [], 0
            yield Unit("done", feed.where, [item])
            continue
        chunk.append(item)
        size += item.size
        if len(chunk) >= lines or size >= max_bytes:
            yield Unit("lines", feed.where, chunk)
            chunk, size = [], 0
    if chunk:
        yield Unit("lines", feed.where, chunk)
