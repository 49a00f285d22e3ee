"""Renderers: the JSON contract, readable Markdown, escaped self-contained HTML."""
import json
import re

from newsbrief import ids
from newsbrief.report import render
from newsbrief.model import (Article, Brief, Claim, Conflict, Entity, Event, Figure, Sentence,
                             SummaryItem)

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


def sample():
    b = Brief(articles=[Article(id="a", source="a.txt", title="Quay fire " + HOSTILE, published="2025-01-02",
                                published_basis="given", url="javascript:alert(3)",
                                paragraphs=["Body " + HOSTILE]),
                        Article(id="b", source="b.txt", title="Second").skip("b.txt: empty file")])
    text = "Fire hit the quay and more than 20 people, dozens by some counts, were hurt " + HOSTILE
    sid, port = ids.sentence_id("a", text), ids.entity_id("GPE", "Port Alder")
    b.sentences = [Sentence(id=sid, article="a", text=text)]
    b.summary = [SummaryItem(sentence=sid, text=b.sentences[0].text, sources=["a"])]
    b.events = [Event(id=ids.event_id(sid), title="Quay fire", date="2025-01-01", sentences=[sid])]
    b.entities = [Entity(id=port, name="Port Alder", type="GPE", aliases=["Port Alder", "Pt. Alder"], articles=1)]
    b.figures = [Figure(id=ids.figure_id(sid, text.index("more than 20")), sentence=sid, text="more than 20",
                        measure="injured", low=20, high=None, event=b.events[0].id),
                 Figure(id=ids.figure_id(sid, text.index("dozens")), sentence=sid, text="dozens",
                        measure="injured", low=None, high=None, vague=True, event=b.events[0].id)]
    b.claims = [Claim(id=ids.claim_id(sid, 1), sentence=sid, speaker=port, speaker_text="Port Alder", cue="denied",
                      stance="deny", text="any fault", direct=False)]
    items = [f.id for f in b.figures]
    b.conflicts = [Conflict(id=ids.conflict_id("figure", items), kind="figure", event=b.events[0].id, items=items,
                            note="Injured: 20+ vs dozens")]
    return b


def test_json_has_every_contract_field():
    data = json.loads(render.to_json(sample()))
    assert data["schema"] == "newsbrief.brief/1"
    for key in ("articles", "sentences", "entities", "times", "events", "figures", "claims", "conflicts", "summary"):
        assert isinstance(data[key], list)
    a, b = data["articles"]
    assert (a["status"], b["status"], b["reason"]) == ("used", "skipped", "b.txt: empty file")
    sid = data["sentences"][0]["id"]
    assert data["summary"][0] == {"sentence": sid, "text": data["sentences"][0]["text"], "sources": ["a"]}


def test_json_comes_back_as_the_same_brief():
    b = sample()
    data = json.loads(render.to_json(b))
    back = Brief.from_dict(data)
    assert back == b and back.to_dict() == data
    assert data["articles"][0]["paragraphs"] == ["Body " + HOSTILE] and "text" not in data["articles"][0]
    assert isinstance(back.figures[0], Figure) and back.articles[1].reason == "b.txt: empty file"


def test_html_escapes_article_text_and_has_no_active_content():
    html = render.to_html(sample())
    assert "<script" not in html.lower()
    assert "onerror=alert" not in html.replace("onerror=alert(2)&gt;", "")  # only as escaped text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript' not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # loads nothing
    assert "Where sources disagree" in html and "Injured: 20+ vs dozens" in html
    assert "more than 20" in html and "at least 20" in html


def test_markdown_sections_and_inert_text():
    md = render.to_markdown(sample())
    assert md.index("## Summary") < md.index("## Where sources disagree") < md.index("## Timeline")
    assert "\\<script\\>" in md and "<script>" not in md
    assert "**2025-01-01**" in md and "- **Port Alder**" in md
    assert "skipped" in md and "b.txt: empty file" in md


def test_figure_values_read_naturally():
    f = Figure(id="f", sentence="s", text="about 80", measure="killed", low=80, high=80, approximate=True)
    assert render.figure_value(f) == "about 80"
    f = Figure(id="f", sentence="s", text="between 30 and over 90", measure="killed", low=30, high=90)
    assert render.figure_value(f) == "30\u201390"
    f = Figure(id="f", sentence="s", text="as many as 900", measure="participants", low=None, high=900)
    assert render.figure_value(f) == "up to 900"


def test_write_all_is_atomic_and_leaves_other_files(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    paths = render.write_all(sample(), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html", "brief.json", "brief.md", "notes.txt"]
    assert json.loads(paths["json"].read_text())["schema"] == "newsbrief.brief/1"


def test_a_pronoun_without_antecedent_is_an_unidentified_speaker_listed_last():
    b = sample()
    sid = b.sentences[0].id
    b.claims.insert(0, Claim(id=ids.claim_id(sid, 2), sentence=sid, speaker=None, speaker_text="he", cue="said",
                             stance="assert", text="the quay was closed", direct=False))
    b.claims.insert(0, Claim(id=ids.claim_id(sid, 3), sentence=sid, speaker=None, speaker_text="he", cue="added",
                             stance="assert", text="the fire was out by noon", direct=False))
    md = render.to_markdown(b)
    assert "- **unidentified speaker (\u201che\u201d)**" in md
    assert "- **he**" not in md
    assert md.index("- **Port Alder**") < md.index("unidentified speaker")


def test_untitled_articles_get_a_plain_heading_and_one_count():
    b = sample()
    for a in b.articles:
        a.title = None
    md = render.to_markdown(b)
    assert md.startswith("# News brief\n")
    assert md.count("Brief of 1 article(s), 1 skipped.") == 1


def test_compiled_templates_are_kept_and_reused(tmp_path, monkeypatch):
    """A second environment renders the same page from the cache folder's compiled
    templates, compiling nothing; an edited template would not match its checksum."""
    from jinja2 import Environment

    from newsbrief.report import page

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = page.environment().get_template("brief.html").render(p=page.page_view(sample()), served=False)
    assert list((tmp_path / "newsbrief" / "templates").glob("*.cache"))

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(Environment, "compile", no_compile)
    again = page.environment().get_template("brief.html").render(p=page.page_view(sample()), served=False)
    assert again == first and HOSTILE not in again
