"""brief.json: the JSON Schema shipped in the package, and Brief.from_dict.

Every brief the other tests make is checked the same way by the autouse fixture in
conftest.py; here the checks themselves are tested, on the example cluster and on
briefs broken on purpose."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from conftest import check_brief, make_brief
from newsbrief import ids
from newsbrief.model import SCHEMA, Article, Brief, json_schema
from newsbrief.pipeline import brief_paths, run_stage
from newsbrief.report import render
from newsbrief.stages import claims, entities, figures

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-fire.jsonl"


@pytest.fixture(scope="module")
def example():
    """The example cluster briefed, and its brief.json as a reader parses it."""
    brief = brief_paths([str(EXAMPLE)])
    return brief, json.loads(render.to_json(brief))


def test_the_schema_is_draft_2020_12_and_names_the_contract():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"] == {"const": SCHEMA}


def test_the_example_brief_is_valid_and_comes_back_equal(example):
    brief, data = example
    assert check_brief(data) == []
    back = Brief.from_dict(data)
    assert back == brief and back.to_dict() == data
    assert all(kind for kind in (data["entities"], data["events"], data["figures"], data["claims"],
                                 data["conflicts"], data["summary"]))


def test_an_article_carries_its_kept_paragraphs_but_not_the_text_as_read(example):
    brief, data = example
    art = brief.articles[0]
    assert data["articles"][0]["paragraphs"] == art.paragraphs and "text" not in data["articles"][0]
    back = Article.from_dict(data["articles"][0])
    assert back.text == "" and art.text and back == art  # `text` is left out of ==
    kept = [" ".join(p.split()) for p in back.paragraphs]  # enough to show each sentence in its paragraph
    assert all(any(s.text in p for p in kept) for s in brief.sentences if s.article == art.id)


def test_a_loaded_brief_shares_nothing_with_its_dict(example):
    _, data = example
    data = copy.deepcopy(data)
    back = Brief.from_dict(data)
    back.entities[0].aliases.append("another name")
    back.articles[0].removed.clear()
    assert "another name" not in data["entities"][0]["aliases"] and data["articles"][0]["removed"]


def test_another_schema_is_refused_and_unknown_keys_are_ignored():
    d = Brief().to_dict()
    assert Brief.from_dict({**d, "generator": "a later newsbrief"}) == Brief()
    with pytest.raises(ValueError, match="newsbrief.brief/1"):
        Brief.from_dict({**d, "schema": "newsbrief.brief/2"})


def test_the_index_is_not_part_of_equality():
    b, ctx = make_brief({"a": ["The quay reopened on Monday, the port said."]})
    assert b.sentence(b.sentences[0].id) and ctx.docs  # the index and the context are filled
    assert Brief.from_dict(b.to_dict()) == b


def test_the_enums_are_the_code_s():
    defs = json_schema()["$defs"]
    assert defs["figure"]["properties"]["measure"]["enum"] == list(figures.MEASURES)
    assert set(defs["entity"]["properties"]["type"]["enum"]) == entities.TYPES


def test_ids_with_odd_article_ids_match_the_patterns():
    b, ctx = make_brief({"Hafen/News #3 über\nzwei": ["Mayor Ana Kell said the quay would reopen on Friday."]})
    run_stage(claims.STAGE, b, ctx)
    d = b.to_dict()
    assert d["claims"] and check_brief(d) == []
    assert d["claims"][0]["id"] == ids.claim_id(d["sentences"][0]["id"], 1)


def broken(data, change):
    d = copy.deepcopy(data)
    change(d)
    return check_brief(d)


@pytest.mark.parametrize("what, change, found", [
    ("counter id", lambda d: d["sentences"][0].update(id="s1"), "sentences[0].id"),
    ("stance", lambda d: d["claims"][0].update(stance="maybe"), "stance"),
    ("conflict kind", lambda d: d["conflicts"][0].update(kind="mood"), "kind"),
    ("status", lambda d: d["articles"][0].update(status="lost"), "status"),
    ("missing key", lambda d: d["figures"][0].pop("low"), "'low' is a required property"),
    ("extra key", lambda d: d["events"][0].update(colour="red"), "colour"),
    ("bad date", lambda d: d["articles"][0].update(published="11/06/2025"), "published"),
    ("skipped without reason", lambda d: d["articles"][0].update(status="skipped", reason=None), "reason"),
    ("date without basis", lambda d: d["articles"][0].update(published_basis="unknown"), "published"),
    ("figure among denial items", lambda d: d["conflicts"].append(
        dict(d["conflicts"][0], kind="denial", items=[f["id"] for f in d["figures"][:2]])), "items"),
])
def test_the_schema_finds(example, what, change, found):
    errors = broken(example[1], change)
    assert errors and any(found in e for e in errors), (what, errors)


@pytest.mark.parametrize("what, change, found", [
    ("repeated id", lambda d: d["entities"].append(d["entities"][0]), "entities: repeated ids"),
    ("dangling event", lambda d: d["figures"][0].update(event="ev:0000000000"), "not one of the brief's events"),
    ("dangling speaker", lambda d: d["claims"][0].update(speaker="ent:0000000000"), "entities"),
    ("duplicate of a later sentence", lambda d: d["sentences"][0].update(duplicate_of=d["sentences"][-1]["id"]),
     "is not an earlier sentence"),
    ("sentence of another article", lambda d: d["sentences"][0].update(article=d["articles"][1]["id"]),
     "is not named after its article"),
    ("summary from nowhere", lambda d: d["summary"][0].update(sources=["nowhere"]), "articles"),
])
def test_the_reference_check_finds(example, what, change, found):
    errors = broken(example[1], change)
    assert errors and any(found in e for e in errors), (what, errors)
