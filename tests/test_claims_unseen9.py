"""Speaker and stance precision on unseen text (a read of claims from DUC 2004 and
Multi-News validation briefs): a "Name: ..." line that is a list entry is no speech, a
"deny" that withholds what was asked for is no denial, a speaker is not a place or body
named only inside its phrase, and "they" in what plural people say is those people.
Every sentence is fictional (invented people, places and bodies); each fix has hard
negatives beside it."""
import pytest

from conftest import claims_of, claims_on, linked_name


def run(*sentences, with_entities=False):
    return claims_of(*sentences, with_entities=with_entities)


on = claims_on
linked = linked_name


# -- "Name: ..." ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Liv Andersen: Runs the night shelter on Quay Street since 2019.",
    "Petra Holm: Once a teacher in Vell, she now chairs the water board.",
])
def test_a_name_before_a_colon_heading_a_description_is_no_speaker(sentence):
    """Misfire, fictional: a profile line ("Name: what they do") describes the named one in
    the third person or with no subject; it is not their words."""
    assert on(run(sentence), 1) == []


def test_a_name_before_a_colon_speaking_in_the_first_person_still_speaks():
    """Fictional: words in the first person after "Name:" are the named one's, quoted or
    not; a transcript's capitalised name speaks whatever the words; a headline's "Name:"
    before a clause with a subject of its own reports what the named one said."""
    b = run("Jane Roe: We will rebuild the town within a year.", "PENCE: Well, look, the debate is serious.",
            "Dana Quill: The tram depot will close before winter.")
    assert [c.speaker_text for c in on(b, 1)] == ["Jane Roe"]
    assert [c.speaker_text for c in on(b, 2)] == ["Pence"]
    assert [c.speaker_text for c in on(b, 3)] == ["Dana Quill"]  # a headline's "Name: what they said"
    b = run("Dana Quill: Tram Depot Must Close Before Winter.")
    assert [c.speaker_text for c in on(b, 1)] == ["Dana Quill"]  # in title case


# -- "denied" as withholding ------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The planning board denied the brewery's application for a second warehouse, saying the lane was too narrow.",
    "Harbour officials denied the request, adding that the bay was already crowded.",
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
    "Teachers in Orsk said the new timetable was unworkable.",
    "A shopkeeper in Vell said the water had reached the second step.",
    "Local and Polish truckers said the ferry fares had doubled.",
])
def test_a_place_or_body_inside_the_speakers_phrase_is_not_the_speaker(sentence):
    """Misfire, fictional: teachers or a shopkeeper in a town are not the town; local and
    Polish truckers are not the Poles."""
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
    """Misfire, fictional: "ferry captains said they feared ...": "they" are the captains,
    not the parliament named earlier in the sentence."""
    b = run("Two weeks after the Storting approved the levy, ferry captains said they feared it would close the "
            "northern routes.", with_entities=True)
    assert [c.speaker_text for c in on(b, 1)] == ["ferry captains"]


def test_they_in_a_clause_of_its_own_is_not_taken_for_the_plural_subject():
    """Hard negative, fictional: "Reporters asked the ministry ..., and they said": not the
    reporters (a clause of its own, either may be meant)."""
    b = run("Reporters asked the Velish trade ministry about the tariffs, and they said the rates would stay.")
    assert "Reporters" not in [c.speaker_text for c in on(b, 1)]


# -- two roles of one named person -------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ('"The plan is sound," said Korsgaard Brewing\'s owner and CFO, Ada Korsgaard.', ["Ada Korsgaard"]),
    ('"We will reopen in May," said the bakery\'s founder and manager, Ivo Renk.', ["Ivo Renk"]),
])
def test_a_role_conjoined_with_the_named_role_is_no_second_speaker(sentence, want):
    """Misfire, fictional: "owner and CFO, Ada Korsgaard" is one person with two roles;
    "CFO" or "manager" is no second speaker."""
    assert [c.speaker_text for c in on(run(sentence), 1)] == want


def test_they_still_points_back_to_people_whose_phrase_named_a_nation():
    """Fictional: unlinking "Local and Polish truckers" from the Poles keeps them a body a
    "they" in the next sentence may point back to (the claim is not lost)."""
    b = run("Local and Polish truckers said the ferry fares had doubled.",
            "They warned that the night crossings would stop.", with_entities=True)
    assert [c.speaker_text for c in on(b, 2)] == ["Local and Polish truckers"]
