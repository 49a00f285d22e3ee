"""Stage `render`: the brief as JSON, Markdown and one self-contained HTML page.

The Markdown and HTML renderers only lay out the reader's view built once by
`view.view(brief)`. Article text is untrusted: the HTML template autoescapes
everything and links only http(s) URLs; the page has no script and loads nothing.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from newsbrief.model import Brief
from newsbrief.report.view import TYPE_NAMES, figure_value, safe_url, view  # noqa: F401 (also this module's API)


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


def to_markdown(brief: Brief) -> str:
    v = view(brief)
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


def summary_markdown(brief: Brief) -> str:
    """The part worth printing to a terminal: headline, summary, disagreements."""
    full = to_markdown(brief)
    keep = ("# ", "## Summary", "## Where sources disagree")
    parts = re.split(r"\n(?=## )", full)
    return "\n".join(p for p in parts if p.startswith(keep)).rstrip() + "\n"


# -- HTML ----------------------------------------------------------------------------

def to_html(brief: Brief) -> str:
    """brief.html, from the templates the served story page uses (`page`)."""
    from newsbrief.report import page

    return page.to_html(brief)


# -- files ---------------------------------------------------------------------------

def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_all(brief: Brief, out_dir: Path) -> dict[str, Path]:
    """brief.json, brief.md and brief.html in `out_dir` (other files there are left alone).
    Every text is rendered before the first file is written."""
    texts = {"json": to_json(brief), "md": to_markdown(brief), "html": to_html(brief)}
    paths = {}
    for kind, text in texts.items():
        paths[kind] = out_dir / f"brief.{kind}"
        write_atomic(paths[kind], text)
    return paths
