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

Nothing here raises on bad input: each problem becomes a skipped article with a
reason naming the file (and line), or a warning on the brief.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from newsbrief.ingest import sgml
from newsbrief.model import Article
from newsbrief.ids import Unique, content_article_id

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
FEED_SUFFIXES = {".jsonl", ".ndjson"}
SGML_SUFFIXES = {".sgml", ".sgm", ".xml", ""}  # read from a folder only when they open with <DOC>
# newswire file names end in a serial number ("APW19990707.0181"): a numeric "suffix"
_SERIAL = re.compile(r"\.\d+")
MAX_BYTES = 50 * 1024 * 1024  # one article file larger than this is not an article
MAX_CHARS = 100_000  # longer bodies (about 15,000 words) are cut: no news story runs that long

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_paths(paths: Iterable[str]) -> list[Article]:
    """Every article of every path, in the order given; ids made unique."""
    articles: list[Article] = []
    for path in paths:
        articles.extend(iter_path(path))
    _unique_ids(articles)
    return articles


def iter_path(path: str) -> Iterator[Article]:
    if path == "-":
        yield from iter_jsonl(sys.stdin.buffer, "<stdin>")
        return
    p = Path(path)
    if not p.exists():
        yield Article(id=p.stem or path, source=path).skip(f"{path}: no such file or directory")
        return
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file()
                       and not any(part.startswith(".") for part in f.relative_to(p).parts)
                       and (f.suffix.lower() in ARTICLE_SUFFIXES or _sgml_file(f)))
        if not files:
            yield Article(id=p.name or path, source=path).skip(
                f"{path}: folder holds no .txt, .html or .htm articles (nor SGML <DOC> files)")
            return
        for f in files:
            yield from iter_file(f)
        return
    if p.suffix.lower() in FEED_SUFFIXES:
        try:
            with open(p, "rb") as fh:
                yield from iter_jsonl(fh, str(p))
        except OSError as exc:
            yield Article(id=p.stem, source=str(p)).skip(f"{p}: cannot read: {exc.strerror or exc}")
        return
    yield from iter_file(p)


def _sgml_file(f: Path) -> bool:
    """A file without a known suffix that opens with a <DOC> record (newswire SGML)."""
    if f.suffix.lower() not in SGML_SUFFIXES and not _SERIAL.fullmatch(f.suffix):
        return False
    try:
        with open(f, "rb") as fh:
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
    """The file's article shell and decoded text (None when it cannot be an article)."""
    art = Article(id=p.stem, source=str(p))
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            return art.skip(f"{p}: {size} bytes is too large for one article"), None
        data = p.read_bytes()
    except OSError as exc:
        return art.skip(f"{p}: cannot read: {exc.strerror or exc}"), None
    if not data.strip():
        return art.skip(f"{p}: empty file"), None
    if looks_binary(data):
        return art.skip(f"{p}: binary file, not text"), None
    return art, decode(data, str(p), art.warnings)


def _fill_from_text(p: Path, art: Article, text: str) -> Article:
    if p.suffix.lower() in (".html", ".htm"):
        return fill_from_html(art, text, str(p))
    title, body = split_title(text)
    art.title, art.text = title, body
    if not body.strip():
        return art.skip(f"{p}: no article text after the title")
    return _bounded(art, str(p))


def _sgml_articles(p: Path, art: Article, text: str) -> Iterator[Article]:
    found = sgml.records(text)
    if not found:
        yield art.skip(f"{p}: SGML without any <DOC> record")
        return
    for n, rec in enumerate(found, start=1):
        where = str(p) if len(found) == 1 else f"{p}#{n}"
        doc = Article(id=rec["id"] or (p.stem if len(found) == 1 else f"{p.stem}:{n}"), source=where,
                      title=tidy_line(rec["title"] or "") or None, text=rec["text"], warnings=list(art.warnings))
        if rec["published"]:
            doc.published, doc.published_basis = rec["published"], "given"
        if not doc.text.strip():
            yield doc.skip(f"{where}: no article text in the <TEXT> of this <DOC>")
        else:
            yield _bounded(doc, where)


def iter_jsonl(fh, name: str) -> Iterator[Article]:
    for lineno, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        warnings: list[str] = []
        line = decode(raw, where, warnings)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Article(id=content_article_id(line.strip()), source=where, warnings=warnings).skip(
                f"{where}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        art = from_record(record, where)
        art.warnings[:0] = warnings
        yield art


def from_record(record, where: str) -> Article:
    """One article from a decoded JSONL record."""
    fallback_id = content_article_id(*_content(record))
    if not isinstance(record, dict):
        return Article(id=fallback_id, source=where).skip(
            f"{where}: expected a JSON object, got {type(record).__name__}")
    raw_id = record.get("id")
    art_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else fallback_id
    art = Article(id=art_id, source=str(record.get("url") or where))
    known = {"id", "title", "text", "html", "published", "url", "source"}
    art.extra = {k: v for k, v in record.items() if k not in known}
    art.url = record.get("url") if isinstance(record.get("url"), str) else None
    art.outlet = record.get("source") if isinstance(record.get("source"), str) else None
    for key in ("title", "text", "html", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            art.warnings.append(f"{where}: field {key!r} is {type(value).__name__}, not text; ignored")
            record = {**record, key: None}
    title, text, html = record.get("title"), record.get("text"), record.get("html")
    if not (text and text.strip()) and html and html.strip():
        fill_from_html(art, html, where)
        if title and title.strip():
            art.title = tidy_line(title)
    else:
        art.title = tidy_line(title) if title and title.strip() else None
        art.text = strip_controls(text or "")
    published = record.get("published")
    if published and published.strip():
        value = normalise_date(published)
        if value:
            art.published, art.published_basis = value, "given"
        else:
            art.warnings.append(f"{where}: published {published!r} is not a date; ignored")
    if art.status == "used" and not art.text.strip():
        art.skip(f"{where}: no article text")
    return _bounded(art, where)


def fill_from_html(art: Article, html: str, where: str) -> Article:
    """Main text, title and date of an HTML page, by trafilatura (no fetching)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True,
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return art.skip(f"{where}: HTML could not be parsed ({type(exc).__name__})")
    if doc is None:
        return art.skip(f"{where}: no main text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    art.title = tidy_line(data.get("title") or "") or art.title
    art.text = strip_controls(data.get("text") or "")
    if not art.url and isinstance(data.get("url"), str):
        art.url = data["url"]
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


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


def strip_controls(text: str) -> str:
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def tidy_line(text: str) -> str:
    return re.sub(r"\s+", " ", strip_controls(text)).strip()


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
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from a feed's date field."""
    value = value.strip()
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

        parsed = dateparser.parse(value, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:
        parsed = None
    return parsed.date().isoformat() if parsed else None


def _bounded(art: Article, where: str) -> Article:
    if len(art.text) > MAX_CHARS:
        art.warnings.append(f"{where}: article text truncated to its first {MAX_CHARS:,} characters "
                            f"(of {len(art.text):,})")
        art.text = art.text[:MAX_CHARS]
    return art


def _content(record) -> list[str]:
    """What identifies a JSONL record that has no id: its title and text (or html);
    the record itself when it is not an object. Same content, same id, in any feed."""
    if not isinstance(record, dict):
        return [json.dumps(record, sort_keys=True, ensure_ascii=False)]
    return [v if isinstance(v, str) else "" for v in (record.get(k) for k in ("title", "text", "html"))]


def _unique_ids(articles: list[Article]) -> None:
    """A repeated id gets "~2", "~3", ...: the first number no other article's id
    already has, so a renamed article never takes an id given to another."""
    unique = Unique(art.id for art in articles)
    seen: set[str] = set()
    for art in articles:
        if art.id in seen:
            new = unique(art.id)
            art.warnings.append(f"{art.source}: id {art.id!r} already used; this article is {new!r}")
            art.id = new
        else:
            seen.add(art.id)
