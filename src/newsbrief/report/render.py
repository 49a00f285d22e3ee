"""Stage `render`: the brief as JSON, Markdown and one self-contained HTML page.

The Markdown and HTML renderers only lay out the reader's view built once by
`view.view(brief)`. Article text is untrusted: the HTML template autoescapes
everything and links only http(s) URLs; the page has no script and loads nothing.
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
from pathlib import Path

from newsbrief.model import Brief
from newsbrief.report.view import TYPE_NAMES, figure_value, safe_url, view  # noqa: F401 (also this module's API)
from newsbrief.text import normalise


# -- JSON ----------------------------------------------------------------------------

def to_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=1)


# -- Markdown ------------------------------------------------------------------------

UNSURE = " (uncertain)"  # after an item under confidence.SURE; items under confidence.SHOWN are left out


def _unsure(item: dict) -> str:
    return UNSURE if item.get("unsure") else ""


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
        out += [f"- **{c['kind']}**: {_md(c['note'])}{_unsure(c)}" for c in v["conflicts"]]
        out.append("")
    if v.get("progressions"):
        out += ["## Counts that changed", ""]
        out += [f"- {_md(p['note'])}{_unsure(p)}" for p in v["progressions"]]
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
            out += [f"| {_md(r['value'])}{_unsure(r)} | {r['measure']} | {_md(r['who'])} "
                    f"| {_refs(r['sources'])} |"
                    for r in g["rows"]]
            out.append("")
    if v["said"]:
        out += ["## Who said what", ""]
        for g in v["said"]:
            out.append(f"- **{_md(g['name'])}**")
            for c in g["claims"]:
                verb = "denied" if c["stance"] == "deny" else c["cue"]
                quote = f"\u201c{_md(c['text'])}\u201d" if c["direct"] else _md(c["text"])
                out.append(f"  - {verb}: {quote} {_refs(c['sources'])}{_unsure(c)}")
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
    keep = ("# ", "## Summary", "## Where sources disagree", "## Counts that changed")
    parts = re.split(r"\n(?=## )", full)
    return "\n".join(p for p in parts if p.startswith(keep)).rstrip() + "\n"


# -- HTML ----------------------------------------------------------------------------

def to_html(brief: Brief, v: dict | None = None) -> str:
    """brief.html, from the templates the served story page uses (`page`), on the
    reader's view `v` the Markdown was written from (built when not given)."""
    from newsbrief.report import page

    return page.to_html(brief, v)


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
