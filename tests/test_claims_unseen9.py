"""Speaker and stance precision on unseen text (a read of claims from DUC 2004 and
Multi-News validation briefs): a "Name: ..." line that is a list entry is no speech, a
"deny" that withholds what was asked for is no denial, a speaker is not a place or body
named only inside its phrase, and "they" in what plural people say is those people.
Every sentence is fictional (invented people, places and bodies); each fix has hard
negatives beside it."""
import pytest

from conftest import make_brief, nth
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims, entities


def run(*sentences, with_entities=False):
    brief, ctx = make_brief({"a": list(sentences)})
    if with_entities:
        run_stage(entities.STAGE, brief, ctx)
    run_stage(claims.STAGE, brief, ctx)
    return brief


def on(brief, n):
    return [c for c in brief.claims if c.sentence == nth(brief, n)]


def linked(brief, claim):
    entity = brief.index.entity(claim.speaker)
    return entity.name if entity else None


# -- "Name: ..." ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Oskar Brandvik: Hits the curveball hard but chases high pitches.",
    "Mara Tessel: When she is rested, she is hard to beat.",
    "Ricky Marsh: Like all young hitters, he has a tendency to chase pitches.",
])
def test_a_name_before_a_colon_heading_a_description_is_no_speaker(sentence):
    """Misfire, fictional: a scouting list or profile ("Name: what they do") describes the
    named one in the third person or with no subject; it is not their words."""
    assert on(run(sentence), 1) == []


def test_a_name_before_a_colon_speaking_in_the_first_person_still_speaks():
    """Fictional: words in the first person after "Name:" are the named one's, quoted or
    not; a transcript's capitalised name speaks whatever the words; a headline's "Name:"
    before a clause with a subject of its own reports what the named one said."""
    b = run("Jane Roe: We will rebuild the town within a year.", "PENCE: Well, look, the debate is serious.",
            "Dana Quill: If elected, the governor could be impeached.")
    assert [c.speaker_text for c in on(b, 1)] == ["Jane Roe"]
    assert [c.speaker_text for c in on(b, 2)] == ["Pence"]
    assert [c.speaker_text for c in on(b, 3)] == ["Dana Quill"]  # a headline's "Name: what they said"
    b = run("Dana Quill: Mayor Misled The Council About The Tram Budget.")
    assert [c.speaker_text for c in on(b, 1)] == ["Dana Quill"]  # in title case


# -- "denied" as withholding ------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The ministry denied the requests, insisting the old permits were still valid.",
    "The council denied the application, saying the site was too small.",
])
def test_denying_a_request_is_a_refusal_not_a_denial(sentence):
    """Misfire, fictional: a request or application denied is refused; nothing anyone said
    is denied, so neither the refusal nor the reason given is a denial."""
    b = run(sentence)
    assert [c.stance for c in on(b, 1)] == ["assert"]


@pytest.mark.parametrize("sentence", [
    "The ministry denied the reports, saying its troops were never there.",
    "The governor denied any involvement in the deal.",
])
def test_denying_reports_or_involvement_is_still_a_denial(sentence):
    """Hard negative, fictional: reports and involvement denied are claims denied."""
    assert "deny" in {c.stance for c in on(run(sentence), 1)}


# -- a name inside the speaker's phrase ------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Finance officials in Orsk said the bank would cut rates.",
    "A diplomat in Geneva said the talks would resume on Monday.",
    "Visitors with the Red Cross and other agencies said the camps were crowded.",
    "The Danish and Dutch ministers said the border would stay open.",
    "Norwegian and foreign officials said the loan would be signed in May.",
])
def test_a_place_or_body_inside_the_speakers_phrase_is_not_the_speaker(sentence):
    """Misfire, fictional: officials in a city are not the city, visitors with an agency
    and others not the agency, two nations' ministers not one of the nations."""
    b = run(sentence, with_entities=True)
    [c] = on(b, 1)
    assert c.speaker_text and linked(b, c) is None


@pytest.mark.parametrize("sentence, want", [
    ("ICRC officials said the convoy had reached the town.", "ICRC"),
    ("A spokesman for the Red Cross said the convoy was safe.", "Red Cross"),
    ("Officials of the World Bank said the loan was approved.", "World Bank"),
])
def test_a_body_that_the_speakers_speak_for_stays_linked(sentence, want):
    """Hard negative, fictional: a body's officials, its spokesman, officials of it."""
    b = run(sentence, with_entities=True)
    [c] = on(b, 1)
    assert linked(b, c) == want


def test_people_near_a_place_who_said_they_feared_are_not_the_place():
    """Misfire, fictional: the pronoun's antecedent "Farmers near Orsk" is no link to Orsk."""
    b = run("Farmers near Orsk said they feared the Tessel river would flood again.", with_entities=True)
    assert [(c.speaker_text, linked(b, c)) for c in on(b, 1)] == [("Farmers near Orsk", None)]


# -- "they" in what plural people say --------------------------------------------------
def test_they_in_what_plural_people_say_is_those_people():
    """Misfire, fictional: "Other cabinet officials say they believe ...": "they" are the
    officials, not the parliament named a sentence before (nor the one inside the clause)."""
    b = run("Even though the Storting objected to the first loan, it was repaid within a year.",
            "Other cabinet officials say they believe that there would be few objections in the Storting to a "
            "second loan.", with_entities=True)
    assert [c.speaker_text for c in on(b, 2)] == ["Other cabinet officials"]


def test_they_in_a_clause_of_its_own_is_not_taken_for_the_plural_subject():
    """Hard negative, fictional: "Reporters asked the ministry ..., and they said": not the
    reporters (a clause of its own, either may be meant)."""
    b = run("Reporters asked the Velish trade ministry about the tariffs, and they said the rates would stay.")
    assert "Reporters" not in [c.speaker_text for c in on(b, 1)]


# -- two roles of one named person -------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ('"We are ready for the next step," said Velmark founder and CEO, Ada Korsgaard.', ["Ada Korsgaard"]),
    ('"We are ready," said the company\'s founder and chairman, Ivo Renk.', ["Ivo Renk"]),
])
def test_a_role_conjoined_with_the_named_role_is_no_second_speaker(sentence, want):
    """Misfire, fictional: "founder and CEO, Ada Korsgaard" is one person with two roles;
    "CEO" (or a second copy of the claim) is no second speaker."""
    assert [c.speaker_text for c in on(run(sentence), 1)] == want


def test_they_still_points_back_to_people_whose_phrase_named_a_nation():
    """Fictional: unlinking "Danish and Dutch officials" from the Danes keeps them a body a
    "they" in the next sentence may point back to (the claim is not lost)."""
    b = run("Danish and Dutch officials said the bridge talks had gone well.",
            "They cautioned that much work remained to be done.", with_entities=True)
    assert [c.speaker_text for c in on(b, 2)] == ["Danish and Dutch officials"]
