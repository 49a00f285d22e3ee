"""Issue 15, display: what reaches a screen cannot reorder, recolour or forge it.

Bidirectional controls, control characters and lone surrogates never reach the
JSON, the Markdown, the HTML or the terminal; a file name is shown escaped; a
word longer than the page wraps.
"""
from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.cli.main import main
from newsbrief.text import normalise

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"


def test_bidi_and_control_characters_reach_no_output(tmp_path, capsys):
    trick = "\u202e]2[ \u2066\x1b[31m\x07\x9b"
    recs = [{"id": f"b{trick}1", "title": f"Harbour fire {trick}", "url": f"https://news.example/{trick}",
             "source": f"Daily {trick}", "desk": f"extra {trick}",
             "text": f"The harbour fire {trick} spread to three warehouses on Monday, officials said. "
                     f"Crews {trick} fought it all night, the port said."},
            {"id": "b2", "title": f"Port shut {trick}",
             "text": f"The port stayed shut on Tuesday after the harbour fire {trick}, officials said."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    out = tmp_path / "out"
    assert main(["brief", str(feed), "-o", str(out)]) == 0
    printed = capsys.readouterr()
    for name in ("brief.json", "brief.md", "brief.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert not UNSAFE.search(text.replace("\n", " ").replace("\t", " ")), name
        assert "harbour fire" in text
    json.loads((out / "brief.json").read_text(encoding="utf-8"))  # still JSON
    assert not UNSAFE.search(printed.out.replace("\n", " ") + printed.err.replace("\n", " "))
    assert "# Harbour fire \\]2\\[ \\[31m" in printed.out  # the visible text stays, in reading order


def test_a_file_name_cannot_forge_a_line(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour fire\n\nThe harbour fire spread to three warehouses on Monday.\n")
    evil = "x\nnewsbrief: all inputs verified\x1b[2J\u202e.txt"
    (folder / evil).write_text("")
    assert main(["brief", str(folder), "-o", str(tmp_path / "out"), "-q"]) == 0
    err = capsys.readouterr().err
    lines = err.strip().split("\n")
    assert lines == [f"newsbrief: skipped: {folder}/x\\nnewsbrief: all inputs verified\\x1b[2J\\u202e.txt: "
                     f"empty file"]
    data = json.loads((tmp_path / "out" / "brief.json").read_text())
    assert any(a["source"].endswith("\\x1b[2J\\u202e.txt") for a in data["articles"])


def test_a_name_that_is_not_utf8_is_shown_by_its_bytes(tmp_path, capsys):
    import os

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour fire\n\nThe harbour fire spread to three warehouses on Monday.\n")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w") as fh:
        fh.write("Cafe closes\n\nThe harbour cafe closed after the fire on Monday.\n")
    assert main(["brief", str(folder), "-o", str(tmp_path / "out"), "-q"]) == 0
    data = json.loads((tmp_path / "out" / "brief.json").read_text(encoding="utf-8"))
    assert {a["source"].rsplit("/", 1)[-1] for a in data["articles"]} == {"a.txt", "caf\\xe9.txt"}


def test_a_long_word_wraps_in_the_page(tmp_path):
    word = "harbour" * 700
    recs = [{"id": "w1", "title": word, "text": f"The {word} fire spread to three warehouses on Monday, officials said."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(recs[0]) + "\n")
    assert main(["brief", str(feed), "-o", str(tmp_path / "out"), "-q"]) == 0
    html = (tmp_path / "out" / "brief.html").read_text()
    body_rule = re.search(r"body \{[^}]*\}", html).group()
    assert "overflow-wrap:anywhere" in body_rule



def test_a_long_word_keeps_the_figures_table_within_the_page(tmp_path):
    """Laid out in Chromium: a 4,900-letter fictional word in a figure's sentence wraps
    inside its cell; the table is as wide as the page's column, not thousands of
    pixels inside its scroller, and the other cells keep room for their words."""
    import webkit

    word = "harbour" * 700
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "w1", "title": "Harbour fire",
                                "text": f"The {word} fire spread to three warehouses on Monday, officials said."}) + "\n")
    assert main(["brief", str(feed), "-o", str(tmp_path / "out"), "-q"]) == 0
    with webkit.browser() as b:
        page = b.new_page(viewport={"width": 1000, "height": 800})
        page.goto((tmp_path / "out" / "brief.html").as_uri())
        m = page.evaluate("""() => {
            const t = document.querySelector('table.figures'), w = t.closest('.table-wrap');
            return {table: t.scrollWidth, wrap: w.clientWidth, page: document.documentElement.scrollWidth,
                    view: document.documentElement.clientWidth, text: t.innerText,
                    cells: [...t.querySelectorAll('tbody tr:first-child td')].map(c => c.getBoundingClientRect().width)};
        }""")
    assert "warehouses" in m["text"] and word[:50] in m["text"]
    assert m["page"] <= m["view"] and m["table"] <= m["wrap"] + 1, m
    assert min(m["cells"][1:]) >= 60, m["cells"]  # "warehouses", "officials": whole, not a letter a line

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(BIDI + "\ud83d\udc00\x1b\x9b\r\u2028"),
               max_size=200))
def test_clean_and_shown_leave_nothing_unsafe(text):
    cleaned = normalise.clean(text)
    assert not UNSAFE.search(cleaned.replace("\n", " ").replace("\t", " "))
    assert normalise.clean(cleaned) == cleaned
    cleaned.encode("utf-8")  # strict: no lone surrogate left
    shown = normalise.shown(text)
    assert not UNSAFE.search(shown) and "\n" not in shown and "\u2028" not in shown
    shown.encode("utf-8")
    out = normalise.output(text)
    assert not UNSAFE.search(out.replace("\n", " ").replace("\t", " ")) and "\u2028" not in out


def test_the_readme_lists_every_new_message():
    """Each message issue 15 added, as a user sees it, is in the troubleshooting table."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Troubleshooting"):]
    for fragment in ["broken symlink (to TARGET)", "cannot read folder: Permission denied",
                     "its files were not read", "a FIFO (named pipe), not a regular file; not read; use - to read",
                     "a character device, not a regular file; not read",
                     "outside the folder named; not followed", "hidden folder; not read", "hidden file; not read",
                     "feed inside a folder is read only when named; not read", "not an article file (suffix .png)",
                     "the same file as OTHER, already read", "the output folder (-o) of this brief; not read as input",
                     "a brief written by newsbrief; not read as input", "is too large for one article",
                     "which is a terminal here", "no JSONL records on standard input (empty)",
                     "no JSONL records (empty feed)", "JSON not read (nested more than 32 levels deep)",
                     "(a number of N digits; at most 100 are read)", "(NaN is not a JSON value)",
                     "is out of range)", "is longer than a record may be (10,485,760); skipped",
                     "stopped reading after 2,147,483,648 bytes", "of N characters is too long; ignored",
                     "other fields (N bytes) dropped; at most 65,536 bytes are kept",
                     "lone surrogate(s) (half of a UTF-16 pair) replaced with U+FFFD",
                     "is not a date (give YYYY-MM-DD); ignored", "title truncated to 300 characters (of N)",
                     "id of N characters truncated to 200",
                     "one brief takes at most 25,000 articles; nothing was briefed",
                     "more than 10,000,000 characters of article text", "cannot write to OUT: REASON; choose another -o",
                     "brief.json is a folder", "cannot write the brief to OUT: REASON; the files there are unchanged",
                     "interrupted; no brief file was changed or left half-written", "terminated; ...", "hung up; ...",
                     "cannot read: REASON", "vanished while the folder was read",
                     "a folder already read (a symlink loop); not read again", "standard input is closed",
                     "SGML without any <DOC> record", "no article text in the <TEXT> of this <DOC>",
                     "--config FILE: REASON", "not an article: KIND", "no sentences in the article text"]:
        assert fragment in table, fragment
    from newsbrief.ingest import read

    for number in (read.MAX_ARTICLES, read.MAX_BRIEF_CHARS, read.MAX_BYTES, read.MAX_LINE_BYTES,
                   read.MAX_FEED_BYTES, read.MAX_EXTRA_BYTES):
        assert f"{number:,}" in table, number  # the limits the table names are the code's
