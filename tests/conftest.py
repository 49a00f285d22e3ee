"""Shared fixtures.

Tests that read ../shared (the seed cluster, the scorer, evaluation data) use the
`shared` fixture: without it they skip on a developer machine, but fail loudly
when CI is set, because CI always has ../shared beside the clone.

Every Brief a test makes, and every dict `Brief.to_dict` returns during a test, is
checked when the test ends (`every_brief_is_valid_and_round_trips`): valid against
the JSON Schema, ids unique and references resolved (`check_brief`), and
`Brief.from_dict` gives back an equal Brief and the same dict.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


# -- every brief the tests make: schema, references, round trip ------------------------

_validator = None


def schema_errors(d: dict) -> list[str]:
    """What the JSON Schema of brief.json finds wrong with `d` (empty when valid)."""
    global _validator
    if _validator is None:
        try:
            import jsonschema
        except ImportError:  # a test dependency: pip install -e '.[test]'
            pytest.fail("jsonschema is missing: install the test extra (pip install -e '.[test]')")
        from newsbrief.model import json_schema

        _validator = jsonschema.Draft202012Validator(json_schema())
    return [f"{e.json_path}: {e.message[:200]}" for e in _validator.iter_errors(d)]


def reference_errors(d: dict) -> list[str]:
    """What JSON Schema cannot say: ids unique within their list, every reference
    pointing to an item of the brief, ids made from their sentence's id."""
    out = []
    ids = {}
    for kind in ("articles", "sentences", "entities", "events", "figures", "claims", "conflicts"):
        found = [x["id"] for x in d[kind]]
        ids[kind] = set(found)
        if len(found) != len(ids[kind]):
            out.append(f"{kind}: repeated ids {sorted(i for i in ids[kind] if found.count(i) > 1)[:3]}")
    earlier = set()

    def need(where, value, kind):
        if value is not None and value not in ids[kind]:
            out.append(f"{where}: {value!r} is not one of the brief's {kind}")

    for s in d["sentences"]:
        need(f"sentence {s['id']}", s["article"], "articles")
        if not s["id"].startswith(s["article"] + ":s"):
            out.append(f"sentence {s['id']!r} is not named after its article {s['article']!r}")
        if s["duplicate_of"] is not None and s["duplicate_of"] not in earlier:
            out.append(f"sentence {s['id']}: duplicate_of {s['duplicate_of']!r} is not an earlier sentence")
        earlier.add(s["id"])
    for e in d["entities"]:
        for m in e["mentions"]:
            need(f"entity {e['id']}", m["sentence"], "sentences")
    for t in d["times"]:
        need("time", t["sentence"], "sentences")
    for e in d["events"]:
        for sid in e["sentences"]:
            need(f"event {e['id']}", sid, "sentences")
    for kind, who in (("figures", "source"), ("claims", "speaker")):
        for x in d[kind]:
            need(x["id"], x["sentence"], "sentences")
            need(x["id"], x[who], "entities")
            if not x["id"].startswith(x["sentence"] + ":"):
                out.append(f"{x['id']!r} is not named after its sentence {x['sentence']!r}")
    for f in d["figures"]:
        need(f["id"], f["event"], "events")
    for c in d["conflicts"]:
        need(c["id"], c["event"], "events")
        for item in c["items"]:
            need(c["id"], item, "figures" if c["kind"] == "figure" else "claims")
    for p in d.get("progressions") or []:
        need(p["id"], p["event"], "events")
        for item in p["items"]:
            need(p["id"], item, "figures")
    for item in d["summary"]:
        need("summary", item["sentence"], "sentences")
        for a in item["sources"]:
            need("summary", a, "articles")
    return out


def check_brief(d: dict) -> list[str]:
    """Everything wrong with a brief.json dict: schema first, then references."""
    return schema_errors(d) or reference_errors(d)


def _as_written(d: dict) -> dict:
    """`d` as a reader of brief.json gets it back: strict JSON (no NaN), then parsed."""
    return json.loads(json.dumps(d, allow_nan=False))


@pytest.fixture(autouse=True)
def every_brief_is_valid_and_round_trips(request):
    from newsbrief.model import Brief

    made, written = [], []
    init, to_dict = Brief.__init__, Brief.to_dict

    def recording_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        made.append(self)

    def recording_to_dict(self):
        d = to_dict(self)
        written.append(_as_written(d))  # a copy: the test may change its own
        return d

    Brief.__init__, Brief.to_dict = recording_init, recording_to_dict
    try:
        yield
    finally:
        Brief.__init__, Brief.to_dict = init, to_dict
    if request.node.get_closest_marker("invalid_brief"):
        return
    problems = []
    for n, d in enumerate(written):
        errors = check_brief(d)
        if errors:
            problems.append(f"to_dict() #{n + 1}: " + "; ".join(errors[:5]))
        elif Brief.from_dict(d).to_dict() != d:
            problems.append(f"to_dict() #{n + 1}: from_dict(d).to_dict() != d")
    for n, brief in enumerate(made):
        d = _as_written(brief.to_dict())
        errors = check_brief(d)
        if errors:
            problems.append(f"Brief #{n + 1}: " + "; ".join(errors[:5]))
        elif Brief.from_dict(d) != brief:
            problems.append(f"Brief #{n + 1}: Brief.from_dict(brief.to_dict()) != brief")
    if problems:
        pytest.fail("briefs made by this test:\n" + "\n".join(problems), pytrace=False)


def pytest_configure(config):
    config.addinivalue_line("markers", "invalid_brief: the test makes invalid briefs on purpose; "
                                       "they are not checked against the schema")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds" / "seeds.jsonl").exists():
        if os.environ.get("CI"):
            pytest.fail(f"../shared is missing at {SHARED}: CI must have it beside the clone")
        pytest.skip("../shared not present")
    return SHARED


def make_brief(sentences_by_article: dict[str, list[str]], published: dict[str, str] | None = None):
    """(brief, ctx): a Brief with the given sentences already split and parsed, and
    the run's Context holding the docs, for stage tests.

    `sentences_by_article` maps an article id to its sentences in order.
    """
    from newsbrief.stages import parse
    from newsbrief.ids import Unique, sentence_id
    from newsbrief.model import Article, Brief, Sentence
    from newsbrief.context import Context
    from newsbrief.pipeline import run_stage

    brief = Brief()
    unique = Unique()
    for art_id, texts in sentences_by_article.items():
        pub = (published or {}).get(art_id)
        brief.articles.append(Article(id=art_id, source=art_id, title=None, text=" ".join(texts),
                                      published=pub, published_basis="given" if pub else "unknown",
                                      paragraphs=list(texts)))
        for i, text in enumerate(texts):
            brief.sentences.append(Sentence(id=unique(sentence_id(art_id, text)), article=art_id, text=text,
                                            position=i, paragraph=i))
    ctx = Context()
    run_stage(parse.STAGE, brief, ctx)
    return brief, ctx


def claims_of(*sentences, with_entities=True):
    """One article of these sentences, through the entities (unless told not) and claims stages."""
    from newsbrief.pipeline import run_stage
    from newsbrief.stages import claims, entities

    brief, ctx = make_brief({"a": list(sentences)})
    if with_entities:
        run_stage(entities.STAGE, brief, ctx)
    run_stage(claims.STAGE, brief, ctx)
    return brief


def claims_on(brief, n: int) -> list:
    """The claims of the n-th sentence (1-based)."""
    return [c for c in brief.claims if c.sentence == nth(brief, n)]


def linked_name(brief, claim) -> str | None:
    """The name of the entity a claim's speaker is linked to, or None."""
    entity = brief.index.entity(claim.speaker)
    return entity.name if entity else None


def nth(brief, n: int) -> str:
    """The id of the brief's n-th sentence, counting from 1 in reading order."""
    return brief.sentences[n - 1].id


def event_over(brief, title: str, date: str | None, numbers: list[int]):
    """An Event made of the brief's sentences number `numbers` (from 1), id as the stage makes it."""
    from newsbrief.ids import event_id
    from newsbrief.model import Event

    sentences = [nth(brief, n) for n in numbers]
    return Event(id=event_id(sentences[0]), title=title, date=date, sentences=sentences)


def facts_brief(articles: dict[str, list[str]], events=(), published: dict[str, str] | None = None,
                with_entities: bool = False):
    """A brief of `articles` through claims, figures and conflicts (entities first when
    asked); `events` are (title, date, [sentence numbers]) made by hand, every sentence
    counting as close to them."""
    from newsbrief.pipeline import run_stage
    from newsbrief.stages import claims, conflicts, entities, figures

    brief, ctx = make_brief(articles, published)
    if with_entities:
        run_stage(entities.STAGE, brief, ctx)
    if events:
        brief.events = [event_over(brief, *e) for e in events]
        ctx.similarity = lambda a, b: 1.0
    for stage in (claims, figures, conflicts):
        run_stage(stage.STAGE, brief, ctx)
    return brief


def sentence_figures(sentence: str) -> list[tuple]:
    """(measure, low, high) of every figure the claims and figures stages find in one
    sentence."""
    from newsbrief.pipeline import run_stage
    from newsbrief.stages import claims, figures

    b, ctx = make_brief({"a": [sentence]})
    run_stage(claims.STAGE, b, ctx)
    run_stage(figures.STAGE, b, ctx)
    return [(f.measure, f.low, f.high) for f in b.figures]
