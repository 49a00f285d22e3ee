"""Company kept "with" people, read with the clause's doer: a complement clause with no
subject of its own ("was seen heading home with ...") is done by its controller, so a
vessel spotted sailing with its crew carries a load, and a role noun ("the mayor") is a
person whose people ("her aides") keep her company. Things carried "with" a casualty
verb ("fled with dozens of goats") are no people displaced. Every sentence is fictional
(invented people, places and numbers)."""
import pytest

from conftest import sentence_figures

figs = sentence_figures


def _nlp():
    from newsbrief.resources import default

    return default().nlp


@pytest.mark.parametrize("sentence, want", [
    ("Witnesses said the abbot began praying with hundreds of pilgrims at the gate.", "abbot"),
    ("The trawler was spotted heading home with 40 crew.", "trawler"),
    ("Police filmed him marching with dozens of strikers.", "him"),
])
def test_the_doer_of_a_complement_clause_is_its_controller(sentence, want):
    """Fictional: "began praying" is done by the subject of "began", "was spotted heading"
    by the one spotted, "filmed him marching" by the one filmed (the object)."""
    from newsbrief.stages.figures import _doers

    doc = _nlp()(sentence)
    verb = next(t for t in doc if t.tag_ == "VBG")
    assert [t.text for t in _doers(verb)] == [want]


def test_a_verb_with_its_own_subject_is_done_by_it():
    """Hard negative, fictional: a clause with its own subject keeps it; a noun's
    modifier with no verb above gives no doer."""
    from newsbrief.stages.figures import _doers

    doc = _nlp()("The ferry sank after the pilots said they saw rocks.")
    saw = next(t for t in doc if t.lower_ == "saw")
    assert [t.text for t in _doers(saw)] == ["they"]


@pytest.mark.parametrize("sentence", [
    "The trawler was spotted heading home with 40 crew.",
    "The ferry was seen returning to Vell with dozens of passengers.",
])
def test_a_vessel_seen_sailing_with_people_carries_a_load(sentence):
    """Misfire, fictional: the one seen sailing is a vessel, so its people are its load, not
    a crowd keeping it company (the clause's own missing subject used to let it through)."""
    assert not any(m == "participants" for m, _, _ in figs(sentence))


@pytest.mark.parametrize("sentence", [
    "Farmers fled the valley with hundreds of sheep.",
    "The couple fled with dozens of suitcases.",
])
def test_things_taken_along_by_people_who_fled_are_not_displaced(sentence):
    """Misfire, fictional: sheep and suitcases taken along are no people displaced."""
    assert not any(m == "displaced" for m, _, _ in figs(sentence))


@pytest.mark.parametrize("sentence, want", [
    ("The family fled with their three children.", [("displaced", 3, 3)]),
    ("The bishop prayed with hundreds of worshippers outside the chapel in Vell.", [("participants", None, None)]),
    ("She joined the firm with 40 years of experience.", []),
])
def test_people_taken_along_still_count(sentence, want):
    """Fictional: children who fled with their family fled too; worshippers a bishop
    prayed with were there; years of experience are nobody."""
    assert figs(sentence) == want


def _hung_on_a_noun(subject_words, subject_pos, seen):
    """A hand-built parse (fictional) of "<subject> [was seen] touring the wards of the
    clinic with a dozen of her nurses .", with "with" hung on "clinic" the way the parser
    sometimes misattaches it. With `seen`, "touring" is the complement of "was seen"
    and has no subject of its own."""
    import spacy
    from spacy.tokens import Doc

    n = len(subject_words)
    head_words = ["was", "seen"] if seen else []
    words = subject_words + head_words + ["touring", "the", "wards", "of", "the", "clinic", "with", "a", "dozen",
                                          "of", "her", "nurses", "."]
    v = n + len(head_words)  # "touring"
    root = n + 1 if seen else v
    heads = [n - 1] * (n - 1) + [root] + ([root, root] if seen else []) + [
        root, v + 2, v, v + 2, v + 5, v + 3, v + 5, v + 8, v + 6, v + 8, v + 11, v + 9, root]
    deps = ["det"] * (n - 1) + ["nsubjpass" if seen else "nsubj"] + (["auxpass", "ROOT"] if seen else []) + [
        "xcomp" if seen else "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "prep", "poss",
        "pobj", "punct"]
    pos = ["DET"] * (n - 1) + [subject_pos] + (["AUX", "VERB"] if seen else []) + [
        "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in subject_words] + (["be", "see"] if seen else []) + [
        "tour", "the", "ward", "of", "the", "clinic", "with", "a", "dozen", "of", "her", "nurse", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    return doc[v + 6], doc[v + 11], doc[v]


@pytest.mark.parametrize("subject_words, subject_pos, seen", [
    (["The", "mayor"], "NOUN", False),  # a role noun is a person, though no ending shows it
    (["She"], "PRON", True),  # "was seen touring": the one seen toured
    (["The", "mayor"], "NOUN", True),
])
def test_company_hung_on_a_noun_climbs_to_a_verb_done_by_a_person(subject_words, subject_pos, seen):
    """Fictional, hand-built parse: "The mayor toured ...", "She was seen touring
    ... with a dozen of her nurses": the climb from "clinic" reaches the verb, whose doer
    (its own subject, or the one seen) is a person."""
    from newsbrief.stages.figures import _misattached_company

    with_, counted, verb = _hung_on_a_noun(subject_words, subject_pos, seen)
    assert _misattached_company(with_, counted).i == verb.i


@pytest.mark.parametrize("subject_words, subject_pos, seen", [
    (["It"], "PRON", True),  # the one seen is no person
    (["The", "storm"], "NOUN", True),
    (["They"], "PRON", False),  # "they" may be a body
])
def test_company_hung_on_a_noun_needs_a_person_doer(subject_words, subject_pos, seen):
    """Hard negative, fictional, hand-built parse: the doer is "it", a storm or "they"."""
    from newsbrief.stages.figures import _misattached_company

    with_, counted, verb = _hung_on_a_noun(subject_words, subject_pos, seen)
    assert _misattached_company(with_, counted) is None


def test_a_surname_the_entities_stage_knows_as_a_person_is_a_person_doer():
    """Fictional: the parser gives a surname alone ("Eklund") no type, but the entities
    stage knows it from "Councillor Tomas Eklund": `_mark_people` marks its token, and a
    company climb whose doer it is then reaches the verb (hand-built parse); unmarked, an
    untyped capitalised word stays no proof of a person."""
    from conftest import make_brief
    from newsbrief.pipeline import run_stage
    from newsbrief.stages import entities
    from newsbrief.stages.figures import PERSON_TOKENS, _mark_people, _misattached_company

    b, ctx = make_brief({"a": ["Councillor Tomas Eklund opened the fair in Vell on Monday.",
                               "Eklund later toured the mill with two aides."]})
    run_stage(entities.STAGE, b, ctx)
    doc = ctx.doc(b.sentences[1].id)
    _mark_people(b, b.sentences[1].id, doc)
    assert [doc[i].text for i in sorted(doc.user_data[PERSON_TOKENS])] == ["Eklund"]

    with_, counted, verb = _hung_on_a_noun(["Eklund"], "PROPN", True)
    assert _misattached_company(with_, counted) is None
    verb.doc.user_data[PERSON_TOKENS] = frozenset({0})
    assert _misattached_company(with_, counted).i == verb.i
