"""Stage `render`: the brief as JSON, Markdown and one self-contained HTML page.

`view(brief)` builds the reader's view once (numbered articles, figures grouped by
event, claims grouped by speaker, a timeline with positions on an axis); the
Markdown and HTML renderers only lay it out. Article text is untrusted: the HTML
template autoescapes everything and links only http(s) URLs; the page has no
script and loads nothing.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import tempfile
import threading
from datetime import date
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from newsbrief.text.claim_rules import PRONOUNS
from newsbrief.model import Brief
from newsbrief.text import normalise

TYPE_NAMES = {"PERSON": "people", "ORG": "organisations", "GPE": "places", "LOC": "places",
              "FAC": "places", "NORP": "groups", "EVENT": "events"}


# -- the reader's view -------------------------------------------------------------

def figure_value(f) -> str:
    """"about 100", "more than 200", "up to 500", "100–600", or the vague word."""
    if f.vague or (f.low is None and f.high is None):
        return f.text
    lo, hi = _num(f.low), _num(f.high)
    if lo is not None and hi is not None:
        if lo == hi:
            return f"about {lo}" if f.approximate else lo
        return f"{lo}\u2013{hi}"
    if lo is not None:
        return f"at least {lo}"
    return f"up to {hi}"


def _num(x):
    if x is None:
        return None
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _day(value: str | None) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3] or 1))
    except ValueError:
        return None


def safe_url(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://[^\s\"'<>]+$", url) else None


def view(brief: Brief) -> dict:
    number = {a.id: i + 1 for i, a in enumerate(brief.articles)}
    articles = []
    for a in brief.articles:
        articles.append({
            "n": number[a.id], "id": a.id, "title": a.title or a.id, "source": a.source,
            "url": safe_url(a.url), "outlet": a.outlet, "published": a.published,
            "basis": a.published_basis, "status": a.status, "reason": a.reason,
            "removed": a.removed, "warnings": a.warnings, "paragraphs": a.paragraphs,
            "sentences": sum(1 for s in brief.sentences if s.article == a.id),
        })
    sentence_of = {s.id: s for s in brief.sentences}
    entity_of = {e.id: e for e in brief.entities}
    event_of = {e.id: e for e in brief.events}

    def cite(article_ids):
        return [number[a] for a in article_ids if a in number]

    def who(entity_id, text):
        e = entity_of.get(entity_id)
        # a nationality word ("Russian") names no one: show the speaker as written
        if e and not (e.type == "NORP" and text and len(text) > len(e.name)):
            return e.name
        if text and text.lower() in PRONOUNS:  # the claims stage found no antecedent
            return f"unidentified speaker (\u201c{text}\u201d)"
        return text or (e.name if e else "unattributed")

    summary = [{"text": s.text, "sources": cite(s.sources)} for s in brief.summary]

    # timeline: dated events on an axis; position in [0, 100]
    days = [d for e in brief.events for d in (_day(e.date), _day(e.date_end)) if d]
    first, last = (min(days), max(days)) if days else (None, None)
    span = max(1, (last - first).days) if days else 1
    timeline = []
    for e in brief.events:
        d = _day(e.date)
        arts = []
        for sid in e.sentences:
            s = sentence_of.get(sid)
            if s:
                for a in brief.carriers(s.id):
                    if a not in arts:
                        arts.append(a)
        timeline.append({"id": e.id, "title": e.title, "date": e.date or "undated",
                         "date_end": e.date_end, "sources": cite(arts),
                         "x": round(100 * (d - first).days / span, 1) if d and first else None,
                         "sentences": [sentence_of[s].text for s in e.sentences if s in sentence_of][:3]})
    axis = []
    if days:
        axis = [{"label": first.isoformat(), "x": 0}, {"label": last.isoformat(), "x": 100}]

    # figures grouped by event; a syndicated copy adds its article to the same row.
    # Figures of no listed measure ("three warehouses") stay in the JSON only.
    groups: dict[str | None, list] = {}
    rows_by_key: dict[tuple, dict] = {}
    for f in brief.figures:
        if f.measure == "other":
            continue
        s = sentence_of.get(f.sentence)
        key = (brief.root_of(f.sentence), f.text, f.measure)
        if key in rows_by_key:
            rows_by_key[key]["sources"] = cite(brief.carriers(f.sentence))
            continue
        row = rows_by_key[key] = {
            "value": figure_value(f), "measure": f.measure, "text": f.text,
            "who": who(f.source, f.source_text) if (f.source or f.source_text) else "the article",
            "sources": cite([s.article]) if s else [], "counted": f.counted,
        }
        groups.setdefault(f.event, []).append(row)
    figure_groups = [{"event": (event_of[k].title + (f" ({event_of[k].date})" if event_of[k].date else ""))
                      if k in event_of else "Not tied to a dated event", "rows": rows}
                     for k, rows in groups.items()]
    figure_groups.sort(key=lambda g: g["event"] == "Not tied to a dated event")

    # who said what, grouped by speaker, speakers with most claims first;
    # a claim repeated in a syndicated copy is listed once with every carrier
    speakers: dict[str, dict] = {}
    seen_claims: dict[tuple, dict] = {}
    for c in brief.claims:
        name = who(c.speaker, c.speaker_text)
        key = (name, brief.root_of(c.sentence), c.text)
        if key in seen_claims:
            seen_claims[key]["sources"] = cite(brief.carriers(c.sentence))
            continue
        s = sentence_of.get(c.sentence)
        item = seen_claims[key] = {"text": c.text, "cue": c.cue, "stance": c.stance, "direct": c.direct,
                                   "sources": cite([s.article]) if s else []}
        speakers.setdefault(name, {"name": name, "claims": []})["claims"].append(item)
    # named speakers first, most claims first; the unidentified last
    said = sorted(speakers.values(), key=lambda g: (g["name"].startswith("unidentified speaker"),
                                                    -len(g["claims"])))

    conflicts = [{"kind": c.kind, "note": c.note,
                  "event": event_of[c.event].title if c.event in event_of else None}
                 for c in brief.conflicts]
    entities = [{"name": e.name, "type": e.type, "kind": TYPE_NAMES.get(e.type, e.type.lower()),
                 "aliases": [a for a in e.aliases if a != e.name], "articles": e.articles,
                 "mentions": len(e.mentions)} for e in brief.entities]
    used = [a for a in articles if a["status"] == "used"]
    return {
        "title": _headline(brief), "articles": articles, "used": len(used),
        "skipped": len(articles) - len(used), "summary": summary, "timeline": timeline,
        "axis": axis, "figure_groups": figure_groups, "said": said, "conflicts": conflicts,
        "entities": entities, "warnings": brief.warnings,
        "words": sum(len(s["text"].split()) for s in summary),
    }


def _headline(brief: Brief) -> str:
    """The title of the article the summary leans on most, else a plain label."""
    counts: dict[str, int] = {}
    for s in brief.summary:
        for a in s.sources:
            counts[a] = counts.get(a, 0) + 1
    for art_id in sorted(counts, key=lambda a: -counts[a]):
        a = brief.article(art_id)
        if a and a.title:
            return a.title
    return "News brief"  # the line under the heading counts the articles


# -- JSON ----------------------------------------------------------------------------

def to_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=1)


# -- Markdown ------------------------------------------------------------------------

def _md(text) -> str:
    """Markdown-inert text: no HTML, links or emphasis from article content."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    return re.sub(r"([\\`*_{}\[\]<>#|!])", r"\\\1", text)


def _refs(ns) -> str:
    return "".join(f"[{n}]" for n in ns)


def to_markdown(brief: Brief, v: dict | None = None) -> str:
    v = view(brief) if v is None else v
    out = [f"# {_md(v['title'])}", "",
           f"Brief of {v['used']} article(s)" + (f", {v['skipped']} skipped" if v["skipped"] else "") + ".", ""]
    out += ["## Summary", ""]
    out += [f"{_md(s['text'])} {_refs(s['sources'])}" for s in v["summary"]] or ["(no summary)"]
    out.append("")
    if v["conflicts"]:
        out += ["## Where sources disagree", ""]
        out += [f"- **{c['kind']}**: {_md(c['note'])}" for c in v["conflicts"]]
        out.append("")
    if v["timeline"]:
        out += ["## Timeline", ""]
        for e in v["timeline"]:
            when = e["date"] + (f" to {e['date_end']}" if e["date_end"] else "")
            out.append(f"- **{when}**: {_md(e['title'])} {_refs(e['sources'])}")
        out.append("")
    if v["figure_groups"]:
        out += ["## Figures", ""]
        for g in v["figure_groups"]:
            out += [f"### {_md(g['event'])}", "", "| value | measure | who says | article |",
                    "|---|---|---|---|"]
            out += [f"| {_md(r['value'])} | {r['measure']} | {_md(r['who'])} | {_refs(r['sources'])} |"
                    for r in g["rows"]]
            out.append("")
    if v["said"]:
        out += ["## Who said what", ""]
        for g in v["said"]:
            out.append(f"- **{_md(g['name'])}**")
            for c in g["claims"]:
                verb = "denied" if c["stance"] == "deny" else c["cue"]
                quote = f"\u201c{_md(c['text'])}\u201d" if c["direct"] else _md(c["text"])
                out.append(f"  - {verb}: {quote} {_refs(c['sources'])}")
        out.append("")
    if v["entities"]:
        out += ["## People, places and organisations", ""]
        for e in v["entities"][:40]:
            also = f" (also: {', '.join(_md(a) for a in e['aliases'])})" if e["aliases"] else ""
            out.append(f"- **{_md(e['name'])}**, {e['type']}, in {e['articles']} article(s){also}")
        out.append("")
    out += ["## Articles", ""]
    for a in v["articles"]:
        when = f", {a['published']}" + (" (inferred)" if a["basis"] == "inferred" else "") if a["published"] else ""
        line = f"{a['n']}. {_md(a['title'])} ({_md(a['source'])}{when})"
        if a["status"] == "skipped":
            line += f": **skipped**: {_md(a['reason'])}"
        elif a["removed"]:
            line += f": {len(a['removed'])} line(s) removed"
        out.append(line)
    return "\n".join(out) + "\n"


def summary_markdown(brief: Brief, markdown: str | None = None) -> str:
    """The part worth printing to a terminal: headline, summary, disagreements (of
    `markdown`, the brief's Markdown when already rendered)."""
    full = to_markdown(brief) if markdown is None else markdown
    keep = ("# ", "## Summary", "## Where sources disagree")
    parts = re.split(r"\n(?=## )", full)
    return "\n".join(p for p in parts if p.startswith(keep)).rstrip() + "\n"


# -- HTML ----------------------------------------------------------------------------

_env = None


def _environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(loader=PackageLoader("newsbrief.report", "templates"),
                           autoescape=select_autoescape(default=True, default_for_string=True),
                           trim_blocks=True, lstrip_blocks=True)
    return _env


def to_html(brief: Brief, v: dict | None = None) -> str:
    return _environment().get_template("brief.html").render(v=view(brief) if v is None else v)


# -- files ---------------------------------------------------------------------------

BRIEF_KINDS = ("md", "html", "json")  # put in place in this order: brief.json, the contract, last


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str, mode: int | None = None) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file.
    The file keeps the mode of the one it replaces (a new one: 0666 less the umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except OSError:
            mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# Held while the files are swapped in. A thread that turns signals into interrupts
# of the main thread (the CLI's signal watcher) takes it first, so an interrupt
# waits until the swap is done.
INTERRUPTS_HELD = threading.Lock()


class _SignalsHeld:
    """SIGINT, SIGTERM and SIGHUP held back (delivered on leaving) while the files
    are swapped in, so an interrupt cannot land between two renames."""

    SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP} if hasattr(signal, "pthread_sigmask") else set()

    def __enter__(self):
        INTERRUPTS_HELD.acquire()
        self.old = signal.pthread_sigmask(signal.SIG_BLOCK, self.SIGNALS) if self.SIGNALS else None
        return self

    def __exit__(self, *exc):
        try:
            if self.old is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, self.old)
        finally:
            INTERRUPTS_HELD.release()
        return False


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _SafeWriter:
    """A text file that makes what is written to it safe (`normalise.output`), in
    pieces of about a megabyte: a large JSON brief is never one string in memory."""

    def __init__(self, fh):
        self.fh, self.parts, self.size = fh, [], 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= 1 << 20:
            self.flush()

    def flush(self) -> None:
        self.fh.write(normalise.output("".join(self.parts)))
        self.parts, self.size = [], 0


def _stage(path: Path, mode: int, fill) -> None:
    """Write one file (by `fill(writer)`), sync it, give it its mode."""
    with open(path, "w", encoding="utf-8") as fh:
        writer = _SafeWriter(fh)
        fill(writer)
        writer.flush()
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, mode)


def write_all(brief: Brief, out_dir: Path) -> dict[str, Path]:
    """brief.json, brief.md and brief.html in `out_dir`, as one unit (other files there
    are left alone).

    The three files are rendered, made safe (no bidi or control character, no lone
    surrogate, whatever a stage let through) and synced in a hidden folder inside
    `out_dir`, one after the other (the JSON streamed, each text let go once written),
    each with the mode of the file it replaces. Only then, with interrupts held back,
    is each renamed over its old version, and if one rename fails those already made
    are undone from hard links to the old files: `out_dir` holds the old set or the
    new set, never a mix, on an error, a full disk, Ctrl-C or SIGTERM. Raises OSError
    when it cannot write (nothing changed then)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    new_mode = 0o666 & ~_umask()
    targets = {kind: out_dir / f"brief.{kind}" for kind in BRIEF_KINDS}
    modes = {}
    for kind, target in targets.items():
        try:
            modes[kind] = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            modes[kind] = new_mode
    staging = Path(tempfile.mkdtemp(prefix=".newsbrief-", dir=out_dir))
    try:
        staged = {kind: staging / f"brief.{kind}" for kind in BRIEF_KINDS}
        _stage(staged["json"], modes["json"],
               lambda w: json.dump(brief.to_dict(), w, ensure_ascii=False, indent=1))  # = to_json
        v = view(brief)  # built once for both layouts
        _stage(staged["md"], modes["md"], lambda w: w.write(to_markdown(brief, v)))
        _stage(staged["html"], modes["html"], lambda w: w.write(to_html(brief, v)))
        del v
        with _SignalsHeld():
            _swap_in(staged, targets, staging)
        _fsync_dir(out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {kind: targets[kind] for kind in ("json", "md", "html")}


def _swap_in(staged: dict[str, Path], targets: dict[str, Path], staging: Path) -> None:
    """Rename each staged file over its target; on any failure undo those done."""
    backups: dict[str, Path | None] = {}
    done: list[str] = []
    try:
        for kind in BRIEF_KINDS:
            target = targets[kind]
            backup = staging / f"old.brief.{kind}"
            try:
                os.link(target, backup)
            except FileNotFoundError:
                backup = None
            except OSError:  # a file system without hard links
                if os.path.lexists(target):
                    shutil.copy2(target, backup)
                else:
                    backup = None
            backups[kind] = backup
            os.replace(staged[kind], target)
            done.append(kind)
    except BaseException:
        for kind in reversed(done):
            try:
                if backups[kind] is None:
                    os.unlink(targets[kind])
                else:
                    os.replace(backups[kind], targets[kind])
            except OSError:
                pass
        raise
