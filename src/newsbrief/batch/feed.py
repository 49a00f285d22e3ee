"""The inputs of a batch as units of work, lazily and in feed order.

A JSONL feed (or stdin) is cut into runs of raw lines, shipped to the workers as
bytes: the workers need no access to the client's files. An article folder
becomes runs of file paths, read by the workers: on a real cluster those must sit
on a filesystem the workers share. Anything else (a single article file, a path
that does not exist, a folder with no articles) is one unit read whole by
`read.iter_path` on a worker, so what it yields, skipped articles and reasons
included, is what `ingest` reads.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from newsbrief.batch.work import Unit
from newsbrief.ingest import read

LINES_PER_UNIT = 64
BYTES_PER_UNIT = 4 * 1024 * 1024
FILES_PER_UNIT = 16


def units(paths: Iterable[str], lines: int = LINES_PER_UNIT, files: int = FILES_PER_UNIT,
          max_bytes: int = BYTES_PER_UNIT) -> Iterator[Unit]:
    for path in paths:
        if path == "-":
            yield from line_units(sys.stdin.buffer, "<stdin>", lines, max_bytes)
            continue
        p = Path(path)
        if p.is_dir():
            found = folder_files(p)
            if not found:
                yield Unit("path", path, [path])
            for i in range(0, len(found), files):
                yield Unit("files", path, [str(f) for f in found[i:i + files]])
        elif p.is_file() and p.suffix.lower() in read.FEED_SUFFIXES:
            try:
                fh = open(p, "rb")
            except OSError:
                yield Unit("path", path, [path])  # the worker's reader says why
                continue
            with fh:
                yield from line_units(fh, str(p), lines, max_bytes)
        else:
            yield Unit("path", path, [path])


def line_units(fh: BinaryIO, name: str, lines: int, max_bytes: int) -> Iterator[Unit]:
    """Runs of at most `lines` raw lines (or about `max_bytes`), numbered from 1 as
    `read.iter_jsonl` numbers them."""
    chunk: list[bytes] = []
    size, start = 0, 1
    for lineno, raw in enumerate(fh, start=1):
        if not chunk:
            start = lineno
        chunk.append(raw)
        size += len(raw)
        if len(chunk) >= lines or size >= max_bytes:
            yield Unit("lines", name, chunk, start)
            chunk, size = [], 0
    if chunk:
        yield Unit("lines", name, chunk, start)


def folder_files(p: Path) -> list[Path]:
    """The files `read.iter_path` reads from a folder, in its order."""
    return sorted(f for f in p.rglob("*") if f.is_file()
                  and not any(part.startswith(".") for part in f.relative_to(p).parts)
                  and (f.suffix.lower() in read.ARTICLE_SUFFIXES or read._sgml_file(f)))
