"""Stage `read`: files, folders and JSONL feeds into `Article`s.

Formats:
- `.txt`: the first non-empty line is the title (unless the first block is
  hard-wrapped prose, as in newswire dumps: then there is no title), the rest the body;
- `.html` / `.htm`: main text, title and date extracted with trafilatura (never fetched);
- `.jsonl` (or "-" for stdin): one JSON object a line with `id`, `title`, `text` or
  `html`, optional `published`, `url`, `source`; other keys are kept in `extra`; a
  record without `id` is named from its content ("art:" + hash, `newsbrief.ids`);
- newswire SGML (`<DOC>` records with DOCNO, DATE_TIME, HEADLINE, TEXT, as in DUC,
  TAC and LDC corpora; `sgml.py`), whatever the file's suffix: one article a record.

A folder contributes its `.txt`, `.html` and `.htm` files and its SGML files (no
suffix, a numeric one, `.sgml`, `.sgm` or `.xml`, opening with `<DOC>`), recursively and sorted; a
JSONL feed is read only when named, so a folder holding both the articles and a
feed of the same articles is not read twice.

What is read, and what is not:
- only regular files: a FIFO, a device or a socket is listed as skipped, never
  opened for reading (a FIFO would block, /dev/zero never end);
- at most `MAX_BYTES` of one file, whatever size it claims; a JSONL record of at
  most `MAX_LINE_BYTES`, at most `MAX_FEED_BYTES` of one feed; JSON nested at most
  `MAX_JSON_DEPTH` deep, integers of at most `MAX_NUMBER_DIGITS` digits, no NaN;
- symlinks the user names are followed; inside a named folder, a symlink is
  followed only when its target lies inside that folder; a file is read once;
- never the output folder (`exclude`) nor an earlier brief (a folder whose
  brief.json is newsbrief's, an HTML page with newsbrief's generator tag);
- every entry of a named folder that is not read (hidden, another suffix, a feed,
  unreadable, a broken symlink) is listed as skipped with the reason.
Every text is `normalise.clean`ed and every name `normalise.shown`; titles, ids
and bodies are cut to their limits with a warning. One brief takes at most
`MAX_ARTICLES` inputs and `MAX_BRIEF_CHARS` of text (`InputTooLarge`).

Nothing here raises on bad input: each problem becomes a skipped article with a
reason naming the file (and line), or a warning on the brief.
"""
from __future__ import annotations

import json
import math
import os
import re
import stat
import sys
from datetime import date
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, NamedTuple

from newsbrief.ingest import sgml
from newsbrief.model import Article
from newsbrief.ids import Unique, content_article_id
from newsbrief.files import kind, open_regular
from newsbrief.text import normalise

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
FEED_SUFFIXES = {".jsonl", ".ndjson"}
SGML_SUFFIXES = {".sgml", ".sgm", ".xml", ""}  # read from a folder only when they open with <DOC>
# newswire file names end in a serial number ("APW19990707.0181"): a numeric "suffix"
_SERIAL = re.compile(r"\.\d+")

# -- limits: they hold for any input, whatever its type or claimed size --------------
MAX_BYTES = 50 * 1024 * 1024  # read from one article file (a device or /proc file claims size 0)
MAX_LINE_BYTES = 10 * 1024 * 1024  # one JSONL record (HTML included)
MAX_FEED_BYTES = 2 * 1024 ** 3  # read from one feed, stdin included
MAX_CHARS = 100_000  # longer bodies (about 15,000 words) are cut: no news story runs that long
MAX_TITLE_CHARS = 300
MAX_ID_CHARS = 200
MAX_FIELD_CHARS = 2000  # url, outlet (the JSONL "source")
MAX_EXTRA_BYTES = 64 * 1024  # other JSONL keys kept in brief.json
MAX_JSON_DEPTH = 32  # nesting of one record
MAX_NUMBER_DIGITS = 100  # digits of one JSON integer
# One brief holds at most this many inputs (articles, records, skipped entries)
# and this much article text: the peak memory of a brief stays known (README).
MAX_ARTICLES = 25_000
MAX_BRIEF_CHARS = 10_000_000

BRIEF_FILES = ("brief.json", "brief.md", "brief.html")  # what `render.write_all` writes
_BRIEF_SCHEMA = b'"schema": "newsbrief.brief/'
_BRIEF_HTML = b'<meta name="generator" content="newsbrief'

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class InputTooLarge(Exception):
    """More input than one brief takes (MAX_ARTICLES, MAX_BRIEF_CHARS): the brief is refused."""


def read_paths(paths: Iterable[str], exclude: Iterable[str | Path] = ()) -> list[Article]:
    """Every article of every path, in the order given; ids made unique.

    `exclude`: folders never read (the brief's own output folder). Raises
    `InputTooLarge` as soon as the inputs pass the limits of one brief."""
    articles: list[Article] = []
    chars = 0
    walker = _Walker(exclude)
    for path in paths:
        for art in walker.path(path):
            articles.append(art)
            chars += len(art.text) if art.status == "used" else 0
            if len(articles) > MAX_ARTICLES:
                raise InputTooLarge(f"{normalise.shown(path)}: more than {MAX_ARTICLES:,} inputs; one brief "
                                    f"takes at most {MAX_ARTICLES:,} articles")
            if chars > MAX_BRIEF_CHARS:
                raise InputTooLarge(f"{normalise.shown(path)}: more than {MAX_BRIEF_CHARS:,} characters of "
                                    f"article text; one brief takes at most that much")
    _unique_ids(articles)
    return articles


def iter_path(path: str, exclude: Iterable[str | Path] = ()) -> Iterator[Article]:
    """The articles of one named input: a file, a folder, a feed, or "-" (stdin)."""
    yield from _Walker(exclude).path(path)


def walk(path: str, exclude: Iterable[str | Path] = ()) -> Iterator["Article | Path | Feed"]:
    """What `iter_path` reads of one named input, in its order, before it is read:
    an entry not read (a skipped `Article`, its reason given), a file to read
    (`Path`: `iter_file`), a JSONL feed (`Feed`: its `items()`, each `Line` read by
    `parse_line`). `iter_path` is this walk, read where it stands (`read_walked`);
    a batch reads the files and lines elsewhere, in pieces."""
    return _Walker(exclude).walk(path)


def read_walked(item: "Article | Path | Feed") -> Iterator[Article]:
    """The articles of one item of `walk`."""
    if isinstance(item, Article):
        yield item
    elif isinstance(item, Feed):
        for got in item.items():
            yield got if isinstance(got, Article) else parse_line(got)
    else:
        yield from iter_file(item)


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:
        return False


def _is_brief_json(path: str) -> bool:
    """Is this a brief.json written by newsbrief (its schema near the start)?"""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and _BRIEF_SCHEMA in os.read(fd, 200)
    except OSError:
        return False
    finally:
        os.close(fd)


class _Walker:
    """Reads named inputs: follows the user's own symlinks, and inside a named folder
    only symlinks that stay inside it; reads regular files only; never reads the
    output folder or an earlier brief; lists every entry it does not read."""

    def __init__(self, exclude: Iterable[str | Path] = ()):
        self.exclude = {os.path.realpath(os.fspath(p)) for p in exclude}
        self.files: dict[str, str] = {}  # real path of each file read -> how it was named

    def path(self, path: str) -> Iterator[Article]:
        for item in self.walk(path):
            yield from read_walked(item)

    def walk(self, path: str) -> Iterator[Article | Path | Feed]:
        if path == "-":
            return self.stdin()
        return self.named(path)

    def _again(self, real: str, shown: str) -> str | None:
        """The name a file was already read under (a symlink to it, or named twice)."""
        if real in self.files:
            return self.files[real]
        self.files[real] = shown
        return None

    def stdin(self) -> Iterator[Article | Feed]:
        stream = sys.stdin
        if stream is None or getattr(stream, "closed", False):
            yield Article(id="stdin", source="<stdin>").skip("<stdin>: standard input is closed")
            return
        try:
            tty = stream.isatty()
        except (OSError, ValueError):
            tty = False
        if tty:
            yield Article(id="stdin", source="<stdin>").skip(
                "<stdin>: '-' reads a JSONL feed from standard input, which is a terminal here; "
                "pipe a feed in (cat feed.jsonl | newsbrief brief -)")
            return
        yield Feed("<stdin>", "stdin", None)

    def _brief_folder(self, folder: str, real: str | None = None) -> bool:
        """Does this folder (real path `real`, when known) hold a brief: the output
        folder, or an earlier brief.json?"""
        return (real or os.path.realpath(folder)) in self.exclude or \
            _is_brief_json(os.path.join(folder, "brief.json"))

    def named(self, path: str) -> Iterator[Article | Path | Feed]:
        where = normalise.shown(path)
        ident = normalise.shown(Path(path).stem or path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                yield Article(id=ident, source=where).skip(
                    f"{where}: broken symlink (to {normalise.shown(os.readlink(path))})")
            else:
                yield Article(id=ident, source=where).skip(f"{where}: no such file or directory")
            return
        except OSError as exc:
            yield Article(id=ident, source=where).skip(f"{where}: cannot read: {exc.strerror or exc}")
            return
        real = os.path.realpath(path)
        if stat.S_ISDIR(st.st_mode):
            yield from self.folder(Path(path), real)
            return
        if os.path.basename(real) in BRIEF_FILES and self._brief_folder(os.path.dirname(real)):
            yield Article(id=ident, source=where).skip(f"{where}: a brief written by newsbrief; not read as input")
            return
        if not stat.S_ISREG(st.st_mode):
            hint = "; use - to read a feed from a pipe" if stat.S_ISFIFO(st.st_mode) else ""
            yield Article(id=ident, source=where).skip(f"{where}: {kind(st.st_mode)}, not a regular file; "
                                                       f"not read{hint}")
            return
        first = self._again(real, where)
        if first:
            yield Article(id=ident, source=where).skip(f"{where}: the same file as {first}, already read")
            return
        p = Path(path)
        if p.suffix.lower() in FEED_SUFFIXES:
            yield Feed(where, normalise.shown(p.stem), p)
            return
        yield p

    def folder(self, root: Path, real_root: str) -> Iterator[Article | Path]:
        """Every entry of a named folder, depth first in name order (the order of
        sorted paths): read, or listed as skipped with the reason."""
        where = normalise.shown(root)
        try:
            with os.scandir(root) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Article(id=normalise.shown(root.name or str(root)), source=where).skip(
                f"{where}: cannot read folder: {exc.strerror or exc}")
            return
        read_any = False
        seen = {real_root}
        stack = [(iter(entries), self._brief_folder(str(root), real_root), real_root)]
        while stack:
            entries, earlier_brief, real_dir = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            found = self._entry(entry, real_root, seen, earlier_brief, real_dir)
            if isinstance(found, Article):
                yield found
            elif isinstance(found, tuple):  # a subfolder: walk it now
                found, real_found = found
                shown = normalise.shown(found)
                try:
                    with os.scandir(found) as it:
                        inner = sorted(it, key=lambda e: e.name)
                except OSError as exc:
                    yield Article(id=normalise.shown(found.name), source=shown).skip(
                        f"{shown}: cannot read folder: {exc.strerror or exc}; its files were not read")
                    continue
                stack.append((iter(inner), self._brief_folder(str(found), real_found), real_found))
            else:  # a file to read (`iter_file` gives at least one article of each)
                read_any = True
                yield Path(entry.path)
        if not read_any:
            yield Article(id=normalise.shown(root.name or str(root)), source=where).skip(
                f"{where}: folder holds no .txt, .html or .htm articles (nor SGML <DOC> files)")

    def _entry(self, entry: os.DirEntry, real_root: str, seen: set, earlier_brief: bool, real_dir: str):
        """A folder to walk (its path and real path), a skipped entry
        (Article), or None: read the file. `real_dir`: the real path of the folder
        listed, so that only a symlink costs a `realpath` (which looks at every
        component: quadratic in the depth of a deep tree)."""
        path = Path(entry.path)
        shown = normalise.shown(path)
        ident = normalise.shown(path.stem or entry.name)

        def skipped(reason: str) -> Article:
            return Article(id=ident, source=shown).skip(f"{shown}: {reason}")

        try:
            link = entry.is_symlink()
            st = os.stat(entry.path)  # follows a symlink
        except FileNotFoundError:
            return skipped(f"broken symlink (to {normalise.shown(os.readlink(entry.path))}); not read") \
                if os.path.islink(entry.path) else skipped("vanished while the folder was read")
        except OSError as exc:
            return skipped(f"cannot read: {exc.strerror or exc}")
        real = os.path.realpath(entry.path) if link else os.path.join(real_dir, entry.name)
        if entry.name.startswith("."):
            return skipped(f"hidden {'folder' if stat.S_ISDIR(st.st_mode) else 'file'}; not read")
        if link and not _inside(real, real_root):
            return skipped(f"symlink to {normalise.shown(real)}, outside the folder named; not followed")
        if stat.S_ISDIR(st.st_mode) and real in self.exclude:
            return skipped("the output folder (-o) of this brief; not read as input")
        if stat.S_ISDIR(st.st_mode):
            if real in seen:
                return skipped("a folder already read (a symlink loop); not read again")
            seen.add(real)
            return path, real
        if not stat.S_ISREG(st.st_mode):
            return skipped(f"{kind(st.st_mode)}, not a regular file; not read")
        if earlier_brief and entry.name in BRIEF_FILES:
            return skipped("a brief written by newsbrief; not read as input")
        suffix = path.suffix.lower()
        if suffix in FEED_SUFFIXES:
            return skipped(f"a {suffix} feed inside a folder is read only when named; not read")
        if suffix in ARTICLE_SUFFIXES or _sgml_file(path):
            first = self._again(real, shown)
            return skipped(f"the same file as {first}, already read") if first else None
        what = f"suffix {normalise.shown(path.suffix)}" if path.suffix else "no suffix, not SGML <DOC>"
        return skipped(f"not an article file ({what}); not read")


def _sgml_file(f: Path) -> bool:
    """A file without a known suffix that opens with a <DOC> record (newswire SGML)."""
    if f.suffix.lower() not in SGML_SUFFIXES and not _SERIAL.fullmatch(f.suffix):
        return False
    try:
        with open_regular(f) as fh:
            return sgml.looks_like(fh.read(200).decode("utf-8", errors="replace"))
    except OSError:
        return False


def iter_file(p: Path) -> Iterator[Article]:
    """The articles of one file: one, or one per <DOC> record of an SGML file."""
    art, text = _load(p)
    if text is not None and sgml.looks_like(text):
        yield from _sgml_articles(p, art, text)
    elif text is not None:
        yield _fill_from_text(p, art, text)
    else:
        yield art


def read_file(p: Path) -> Article:
    """One article from a .txt or .html file (any other suffix is read as text; an
    SGML file gives its first record: use `iter_file` for all of them)."""
    return next(iter_file(p))


def _load(p: Path) -> tuple[Article, str | None]:
    """The file's article shell and decoded text (None when it cannot be an article).
    At most MAX_BYTES are read, whatever size the file claims."""
    where = normalise.shown(p)
    art = Article(id=normalise.shown(p.stem), source=where)
    try:
        with open_regular(p) as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return art.skip(f"{where}: cannot read: {exc.strerror or exc}"), None
    if len(data) > MAX_BYTES:
        return art.skip(f"{where}: more than {MAX_BYTES:,} bytes is too large for one article"), None
    if not data.strip():
        return art.skip(f"{where}: empty file"), None
    if looks_binary(data):
        return art.skip(f"{where}: binary file, not text"), None
    if p.suffix.lower() in (".html", ".htm") and _BRIEF_HTML in data[:4096]:
        return art.skip(f"{where}: a brief written by newsbrief; not read as input"), None
    return art, decode(data, where, art.warnings)


def _fill_from_text(p: Path, art: Article, text: str) -> Article:
    where = art.source
    if p.suffix.lower() in (".html", ".htm"):
        return fill_from_html(art, text, where)
    title, body = split_title(text)
    art.title, art.text = title, body
    if not body.strip():
        return art.skip(f"{where}: no article text after the title")
    return _bounded(art, where)


def _sgml_articles(p: Path, art: Article, text: str) -> Iterator[Article]:
    found = sgml.records(text)
    if not found:
        yield art.skip(f"{art.source}: SGML without any <DOC> record")
        return
    stem = normalise.shown(p.stem)
    for n, rec in enumerate(found, start=1):
        where = art.source if len(found) == 1 else f"{art.source}#{n}"
        doc = Article(id=normalise.clean_line(rec["id"] or "") or (stem if len(found) == 1 else f"{stem}:{n}"),
                      source=where, title=tidy_line(rec["title"] or "") or None,
                      text=normalise.clean(rec["text"]), warnings=list(art.warnings))
        if rec["published"]:
            doc.published, doc.published_basis = rec["published"], "given"
        if not doc.text.strip():
            yield doc.skip(f"{where}: no article text in the <TEXT> of this <DOC>")
        else:
            yield _bounded(doc, where)


# -- JSONL -----------------------------------------------------------------------------

class _JsonLimit(ValueError):
    """A record beyond the limits the reader puts on JSON (depth, digits, NaN)."""


class Line(NamedTuple):
    """One non-blank line of a JSONL feed, as read from it: `raw` is None for a line
    longer than MAX_LINE_BYTES (then never held whole; `size` says how long it was).
    Small and picklable: `parse_line` reads it anywhere, a batch worker included."""
    name: str  # the feed, as messages name it
    lineno: int
    raw: bytes | None
    size: int


class Feed:
    """A JSONL feed named as an input (a file, or standard input when `path` is None),
    read line by line by `items`."""

    def __init__(self, where: str, stem: str, path: Path | None):
        self.where, self.stem, self.path = where, stem, path

    def items(self) -> Iterator[Line | Article]:
        """Its non-blank lines in order (`Line`), and the problems of reading it as a
        skipped `Article`: it cannot be opened, it holds no record, it is too long."""
        if self.path is None:
            stream = sys.stdin
            yield from self._read(getattr(stream, "buffer", stream), "<stdin>",
                                  "<stdin>: no JSONL records on standard input (empty)")
            return
        try:
            fh = open_regular(self.path)
        except OSError as exc:
            yield Article(id=self.stem, source=self.where).skip(f"{self.where}: cannot read: {exc.strerror or exc}")
            return
        with fh:
            yield from self._read(fh, self.where, f"{self.where}: no JSONL records (empty feed)")

    def _read(self, fh, name: str, empty: str) -> Iterator[Line | Article]:
        found = False
        for item in _feed_items(fh, name):
            found = True
            yield item
        if not found:
            yield Article(id=self.stem, source=self.where).skip(empty)


def _feed_items(fh: BinaryIO, name: str) -> Iterator[Line | Article]:
    """The non-blank lines of a JSONL stream; a skipped article where it stops too long."""
    lines = _lines(fh, name)
    while True:
        try:
            lineno, raw, size = next(lines)
        except StopIteration:
            return
        except _FeedTooLong as exc:
            yield Article(id=f"{_stem(name)}:{exc.lineno + 1}", source=name).skip(
                f"{name}: stopped reading after {MAX_FEED_BYTES:,} bytes (line {exc.lineno}); "
                f"the rest of the feed was not read")
            return
        if raw is None or raw.strip():
            yield Line(name, lineno, raw, size)


def _stem(name: str) -> str:
    return normalise.shown(Path(name).stem) if name != "<stdin>" else "stdin"


def _lines(fh: BinaryIO, name: str) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes, length) of each line; bytes None for a line longer than
    MAX_LINE_BYTES (read past in pieces, never held whole). Stops after MAX_FEED_BYTES."""
    total, lineno = 0, 0
    while total < MAX_FEED_BYTES:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        total += len(raw)
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            size = len(raw)
            while total < MAX_FEED_BYTES:
                piece = fh.readline(1 << 20)
                size += len(piece)
                total += len(piece)
                if not piece or piece.endswith(b"\n"):
                    break
            yield lineno, None, size
            continue
        yield lineno, raw, len(raw)
    if fh.read(1):
        raise _FeedTooLong(lineno)


class _FeedTooLong(Exception):
    def __init__(self, lineno: int):
        self.lineno = lineno


_JSON_TOKENS = re.compile(r'[\[\]{}"\\]')


def _check_depth(line: str) -> None:
    """Refuse nesting deeper than MAX_JSON_DEPTH before the parser recurses into it."""
    if line.count("[") + line.count("{") <= MAX_JSON_DEPTH:
        return
    depth, in_string, skip_to = 0, False, -1
    for m in _JSON_TOKENS.finditer(line):
        if m.start() < skip_to:
            continue
        tok = m.group()
        if in_string:
            if tok == "\\":
                skip_to = m.end() + 1  # the escaped character
            elif tok == '"':
                in_string = False
        elif tok == '"':
            in_string = True
        elif tok in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise _JsonLimit(f"nested more than {MAX_JSON_DEPTH} levels deep")
        elif tok in "]}":
            depth -= 1


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _JsonLimit(f"a number of {len(text.lstrip('-')):,} digits; at most {MAX_NUMBER_DIGITS} are read")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _JsonLimit(f"the number {text[:20]}{'...' if len(text) > 20 else ''} is out of range")
    return value


def _parse_constant(name: str):
    raise _JsonLimit(f"{name} is not a JSON value")


def parse_json(line: str):
    """One JSON value with the reader's limits: depth, digits, finite numbers only.
    Raises ValueError (json.JSONDecodeError for syntax) with a message that names
    the problem."""
    _check_depth(line)
    return json.loads(line, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)


def _json_error(exc: json.JSONDecodeError) -> str:
    msg = re.sub(r"\s+at$", "", exc.msg)  # "Unterminated string starting at" + "at column"
    return f"{msg} at column {exc.colno}"


def parse_line(line: Line) -> Article:
    """The article of one feed line, with every limit of the reader; a bad line is a
    skipped article whose reason names the feed and the line."""
    where = f"{line.name}:{line.lineno}"
    if line.raw is None:
        return Article(id=f"{_stem(line.name)}:{line.lineno}", source=where).skip(
            f"{where}: line of {line.size:,} bytes is longer than a record may be ({MAX_LINE_BYTES:,}); skipped")
    warnings: list[str] = []
    text = decode(line.raw, where, warnings).rstrip("\n")  # "unterminated string", not "control character"
    try:
        record = parse_json(text)
    except json.JSONDecodeError as exc:
        return Article(id=content_article_id(text.strip()), source=where, warnings=warnings).skip(
            f"{where}: invalid JSON ({_json_error(exc)})")
    except (_JsonLimit, RecursionError) as exc:
        reason = str(exc) if isinstance(exc, _JsonLimit) else "nested too deeply"
        return Article(id=f"{_stem(line.name)}:{line.lineno}", source=where, warnings=warnings).skip(
            f"{where}: JSON not read ({reason})")
    art = from_record(record, where)
    art.warnings[:0] = warnings
    return art


def _clean_json(value):
    """A JSON value with every string cleaned (keys too); depth is bounded by the parser."""
    if isinstance(value, str):
        return normalise.clean(value)
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    if isinstance(value, dict):
        return {normalise.clean(k): _clean_json(v) for k, v in value.items()}
    return value


def from_record(record, where: str) -> Article:
    """One article from a decoded JSONL record. Every field is cleaned and bounded;
    messages name the feed line (`where`), never the record's own url."""
    fallback_id = content_article_id(*_content(record))
    if not isinstance(record, dict):
        return Article(id=fallback_id, source=where).skip(
            f"{where}: expected a JSON object, got {type(record).__name__}")
    warnings: list[str] = []
    raw_id = record.get("id")
    art_id = normalise.clean_line(str(raw_id)) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) \
        else ""
    art = Article(id=art_id or fallback_id, source=where, warnings=warnings)
    known = {"id", "title", "text", "html", "published", "url", "source"}
    extra = {k: v for k, v in record.items() if k not in known}
    if extra:
        size = len(json.dumps(extra, ensure_ascii=False).encode("utf-8", "replace"))
        if size > MAX_EXTRA_BYTES:
            warnings.append(f"{where}: other fields ({size:,} bytes) dropped; at most {MAX_EXTRA_BYTES:,} "
                            f"bytes are kept")
        else:
            art.extra = _clean_json(extra)
    for key in ("url", "source"):
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            warnings.append(f"{where}: field {key!r} is {type(value).__name__}, not text; ignored")
        elif len(value) > MAX_FIELD_CHARS:
            warnings.append(f"{where}: field {key!r} of {len(value):,} characters is too long; ignored")
        elif key == "url":
            art.url = normalise.clean_line(value) or None
        else:
            art.outlet = normalise.clean_line(value) or None
    fields = {}
    for key in ("title", "text", "html", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            warnings.append(f"{where}: field {key!r} is {type(value).__name__}, not text; ignored")
            value = None
        fields[key] = value
    title, text, html = fields["title"], fields["text"], fields["html"]
    lone = sum(normalise.surrogates(v) for v in (title, text, html, raw_id, record.get("url"), record.get("source"))
               if isinstance(v, str))
    if lone:
        warnings.append(f"{where}: {lone} lone surrogate(s) (half of a UTF-16 pair) replaced with U+FFFD")
    if not (text and text.strip()) and html and html.strip():
        fill_from_html(art, normalise.clean(html), where)
        if title and title.strip():
            art.title = tidy_line(title)
    else:
        art.title = tidy_line(title) if title and title.strip() else None
        art.text = normalise.clean(text or "")
    published = fields["published"]
    if published and published.strip():
        value = normalise_date(published)
        if value:
            art.published, art.published_basis = value, "given"
        else:
            shown = normalise.shown(published[:40]) + ("..." if len(published) > 40 else "")
            warnings.append(f"{where}: published '{shown}' is not a date (give YYYY-MM-DD); ignored")
    if art.status == "used" and not art.text.strip():
        art.skip(f"{where}: no article text")
    return _bounded(art, where)


def fill_from_html(art: Article, html: str, where: str) -> Article:
    """Main text, title and date of an HTML page, by trafilatura (no fetching).

    trafilatura's balanced setting, not `favor_precision`: the clean stage removes
    the furniture that comes with the extra text, and precision mode dropped a
    third of the article text of news pages (bench/boilerplate.py, read + clean,
    token F1: L3S-GN1 0.734 -> 0.815, CleanEval 0.574 -> 0.838, trafilatura's
    English set 0.871 -> 0.878; trafilatura alone 0.763, 0.911, 0.926)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False,
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return art.skip(f"{where}: HTML could not be parsed ({type(exc).__name__})")
    if doc is None:
        return art.skip(f"{where}: no main text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    art.title = tidy_line(data.get("title") or "") or art.title
    art.text = normalise.clean(data.get("text") or "")
    if not art.url and isinstance(data.get("url"), str) and len(data["url"]) <= MAX_FIELD_CHARS:
        art.url = normalise.clean_line(data["url"]) or None
    date = normalise_date(data.get("date") or "")
    if date and not art.published:
        art.published, art.published_basis = date, "given"
    if not art.text.strip():
        return art.skip(f"{where}: no main text found in the HTML")
    return _bounded(art, where)


# -- helpers -----------------------------------------------------------------------

def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too; it carries a byte-order mark
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode(data: bytes, where: str, warnings: list[str]) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return strip_controls(data.decode("utf-16", errors="replace"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        warnings.append(f"{where}: invalid UTF-8 (first at byte {exc.start}); "
                        f"{bad} character(s) replaced with U+FFFD")
    return strip_controls(text)


def strip_controls(text: str) -> str:
    """Kept for callers of the reader: `normalise.clean`."""
    return normalise.clean(text)


def tidy_line(text: str) -> str:
    return normalise.clean_line(text)


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body) of a plain-text article.

    The first non-empty line is the title when it stands alone (a blank line after
    it) or is short and unpunctuated; a first line that runs on into the next one
    (hard-wrapped prose) is body, and the article has no title.
    """
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None, ""
    head = lines[first].strip()
    after = lines[first + 1] if first + 1 < len(lines) else ""
    stands_alone = not after.strip()
    if not stands_alone and len(head) >= 50 and len(after.strip()) >= 0.75 * len(head):
        return None, "\n".join(lines[first:])  # a line of wrapped prose, not a title
    short = len(head.split()) <= 25 and not head.endswith((".", ",", ";"))
    if stands_alone or (short and not _runs_on(head, after)):
        return tidy_line(head), "\n".join(lines[first + 1:])
    return None, "\n".join(lines[first:])


def _runs_on(line: str, nxt: str) -> bool:
    """Does `nxt` continue the sentence of `line` (a hard wrap)?"""
    nxt = nxt.strip()
    return bool(nxt) and (nxt[0].islower() or line.rstrip().endswith((",", "-", "and", "the", "of")))


def normalise_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from a feed's date field. Only a
    date that names its day, month and year: "yesterday" or "3 days ago" would be
    read against the day of the run, which is not the article's day."""
    value = value.strip()
    if len(value) > 64:  # no date is written that long
        return None
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", value)
    if m:
        value = m.group(1)
    if _DATE_RE.match(value):
        parts = [int(x) for x in value.split("-")] + [1, 1]
        try:  # "2024-13-45" has the shape of a date but is none
            date(parts[0], parts[1], parts[2])
        except ValueError:
            return None
        return value
    try:
        import dateparser

        parsed = dateparser.parse(value, languages=["en"],
                                  settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                            "PARSERS": ["custom-formats", "absolute-time"]})
    except Exception:
        parsed = None
    return parsed.date().isoformat() if parsed else None


def _bounded(art: Article, where: str) -> Article:
    """Cut what has no business being long: the body, the title, the id."""
    if len(art.text) > MAX_CHARS:
        art.warnings.append(f"{where}: article text truncated to its first {MAX_CHARS:,} characters "
                            f"(of {len(art.text):,})")
        art.text = art.text[:MAX_CHARS]
    if art.title and len(art.title) > MAX_TITLE_CHARS:
        n = len(art.title)
        art.title, _ = normalise.cut(art.title, MAX_TITLE_CHARS)
        art.warnings.append(f"{where}: title truncated to {MAX_TITLE_CHARS} characters (of {n:,})")
    if len(art.id) > MAX_ID_CHARS:
        art.warnings.append(f"{where}: id of {len(art.id):,} characters truncated to {MAX_ID_CHARS}")
        art.id = art.id[:MAX_ID_CHARS]
    return art


def _content(record) -> list[str]:
    """What identifies a JSONL record that has no id: its title and text (or html);
    the record itself when it is not an object. Same content, same id, in any feed."""
    if not isinstance(record, dict):
        return [json.dumps(record, sort_keys=True, ensure_ascii=False)]
    return [v if isinstance(v, str) else "" for v in (record.get(k) for k in ("title", "text", "html"))]


def _unique_ids(articles: list[Article]) -> None:
    """A repeated id gets "~2", "~3", ...: the first number no other article's id
    already has, so a renamed article never takes an id given to another. Articles
    read claim their ids before entries skipped (a skipped brief.html does not push
    brief.txt to brief~2); only a renamed article read is told."""
    unique = Unique(art.id for art in articles)
    seen: set[str] = set()
    for art in [a for a in articles if a.status == "used"] + [a for a in articles if a.status != "used"]:
        if art.id in seen:
            new = unique(art.id)
            if art.status == "used":
                art.warnings.append(f"{art.source}: id {art.id!r} already used; this article is {new!r}")
            art.id = new
        else:
            seen.add(art.id)
