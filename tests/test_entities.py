"""The entities stage on invented mini-clusters (fictional names)."""
from __future__ import annotations

from conftest import make_brief, nth

from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.ids import entity_id
from newsbrief.pipeline import run_stage
from newsbrief.stages import entities


def _run(arts):
    b, ctx = make_brief(arts)
    run_stage(entities.STAGE, b, ctx)
    return b


def _ent(b, alias):
    for e in b.entities:
        if alias in e.aliases:
            return e
    return None


def test_spelling_key_folds_arabic_article_and_doubling():
    k = entities.spelling_key
    assert k("Tell al-Qarnain") == k("Tell el-Qarnain") == k("Tell Qarnain") == k("TELL AL-QARRNAIN")
    assert k("Tell al-Qarnain") != k("Tell Mardikh")


def test_countries_and_abbreviations():
    assert entities.country("U.S.") == entities.country("USA") == entities.country("United States")
    assert entities.country("Russian Federation") == entities.country("Russia")
    assert entities.country("Iran") != entities.country("Iraq")


def test_clean_surface_scraping_artefacts():
    assert entities.clean_surface("USA -backed") == "USA"
    assert entities.clean_surface("the Vandor Council's") == "Vandor Council"


def test_titles_stripped():
    assert entities.strip_titles("Lieutenant-General Borin Talvek") == "Borin Talvek"
    assert entities.strip_titles("Lt. Gen. Borin Talvek") == "Borin Talvek"
    assert entities.strip_titles("Army Colonel Borin Talvek") == "Borin Talvek"


def test_person_merging_and_never_merge():
    b = _run({
        "a1": ["Colonel Marek Dovzhenko met John Smith in Paris on Monday.",
               "Dovzhenko said the talks went well."],
        "a2": ["John Baker, a diplomat, also attended the meeting in Paris.",
               "Marek T. Dovzhenko declined to comment further."],
    })
    dov = _ent(b, "Marek Dovzhenko")
    assert dov is not None and dov.type == "PERSON"
    assert "Dovzhenko" in dov.aliases or _ent(b, "Dovzhenko") is dov
    smith, baker = _ent(b, "John Smith"), _ent(b, "John Baker")
    assert smith is not None and baker is not None and smith is not baker


def test_first_name_variants_same_surname():
    b = _run({"a1": ["Sergey Volkonin spoke in Berlin on Monday."],
              "a2": ["Sergei Volkonin spoke in Berlin on Monday."]})
    assert _ent(b, "Sergey Volkonin") is _ent(b, "Sergei Volkonin") is not None


def test_acronym_defined_in_text():
    b = _run({"a1": ["The Northern Liberation Front (NLF) captured the town on Friday."],
              "a2": ["A spokesman for the NLF said the fighters would stay."]})
    e = _ent(b, "Northern Liberation Front")
    assert e is not None and "NLF" in e.aliases
    assert e.name == "Northern Liberation Front"


def test_country_ministry_norp_kept_apart():
    b = _run({"a1": ["The Russian Defence Ministry said Russia would respond."],
              "a2": ["Russia's Defense Ministry denied the report, Russian officials said."],
              "a3": ["Russia said the Russian Defense Minstry was not involved."]})
    ministry = _ent(b, "Russian Defence Ministry")
    country = _ent(b, "Russia")
    assert ministry is not None and country is not None and ministry is not country
    assert ministry.type == "ORG" and country.type == "GPE"
    assert _ent(b, "Russia's Defense Ministry") is ministry
    norp = _ent(b, "Russian")
    assert norp is None or norp is not country


def test_us_variants_and_pentagon():
    b = _run({"a1": ["The U.S. -led coalition said the Pentagon was informed."],
              "a2": ["The USA said the Department of Defense had been informed."],
              "a3": ["United States officials said the Defense Department was informed."]})
    us = _ent(b, "USA")
    assert us is not None and us is _ent(b, "U.S.") and us.name == "United States"
    assert all("-" not in a for a in us.aliases)
    pent = _ent(b, "Pentagon")
    assert pent is not None and pent is _ent(b, "Department of Defense")


def test_place_spelling_variants_merge():
    b = _run({"a1": ["Fighting continued near Tell al-Qarnain on Monday."],
              "a2": ["Fighting continued near Tell el-Qarnain on Monday."],
              "a3": ["Fighting continued near Tell Qarnain on Monday."]})
    e = _ent(b, "Tell al-Qarnain")
    assert e is not None
    assert {m.text for m in e.mentions} >= {"Tell al-Qarnain", "Tell el-Qarnain"}


def test_ids_sorted_and_lookup():
    b = _run({"a1": ["Colonel Marek Dovzhenko spoke in Paris."],
              "a2": ["Marek Dovzhenko said Paris was calm."],
              "a3": ["Paris was calm, officials said."]})
    assert [e.id for e in b.entities] == [entity_id(e.type, e.name) for e in b.entities]
    assert b.entities[0].articles >= b.entities[-1].articles
    paris = _ent(b, "Paris")
    assert paris.articles == 3 and paris is b.entities[0] and paris.id == entity_id("GPE", "Paris")
    dov = _ent(b, "Marek Dovzhenko")
    assert entities.lookup(b, nth(b, 2), "Marek Dovzhenko") == dov.id
    assert entities.lookup(b, nth(b, 1), "Colonel Marek Dovzhenko") == dov.id
    assert entities.lookup(b, nth(b, 3), "Nobody Atall") is None


def test_a_title_makes_a_person_even_when_the_tagger_says_organisation():
    assert entities._titled_name("Major-General Borin Talvek")
    assert not entities._titled_name("King Orlan University")  # an institution
    assert not entities._titled_name("General Motors")  # one word after the title
    assert not entities._titled_name("Borin Talvek")  # no title: the tagger decides


def test_the_untagged_subject_of_a_reporting_verb_is_a_person():
    b, ctx = make_brief({"a": ["Head of the dockers in Ostrel's Kessary exclave Ivo Sarnak put the number "
                          'of injured at "hundreds".'],
                    "b": ["The dock gates stayed shut on Tuesday."]})
    doc = ctx.docs[nth(b, 1)]
    assert [t.dep_ for t in doc if t.text == "Sarnak"] == ["nsubj"]
    doc.ents = [e for e in doc.ents if "Sarnak" not in e.text]  # the tagger's miss, as seen in real text
    run_stage(entities.STAGE, b, ctx)
    e = _ent(b, "Ivo Sarnak")
    assert e is not None and e.type == "PERSON"
    assert _ent(b, "Kessary") is None or _ent(b, "Kessary").type != "PERSON"


def test_one_written_name_tagged_place_and_organisation_is_one_entity():
    b, ctx = make_brief({"a": ["Shelling hit the town of Varrow on Monday."],
                    "b": ["Officials in Varrow said the water plant was damaged."]})
    # the tagger's labels vary between sentences; force the disagreement
    docs = ctx.docs
    from spacy.tokens import Span
    for n, label in ((1, "GPE"), (2, "ORG")):
        doc = docs[nth(b, n)]
        tok = next(t for t in doc if t.text == "Varrow")
        doc.ents = [e for e in doc.ents if not (e.start <= tok.i < e.end)] + [Span(doc, tok.i, tok.i + 1, label)]
    run_stage(entities.STAGE, b, ctx)
    named = [e for e in b.entities if "Varrow" in e.aliases]
    assert len(named) == 1 and len(named[0].mentions) == 2


def test_a_dateline_names_a_place_not_an_organisation():
    b = _run({"a": ["VARROW, Ostria (XNA) -- Shelling damaged the water plant on Monday, officials said."],
              "b": ["The plant in Varrow was repaired within a week, engineers said."]})
    e = _ent(b, "VARROW") or _ent(b, "Varrow")
    assert e is not None and e.type in ("GPE", "LOC")
    assert _ent(b, "XNA") is None or _ent(b, "XNA").type != "GPE"
