"""Conflicts: a denial of a described party's words ("Brask rejected the union's
account") meets that party's assertion. Every example is fictional; more must-not-fire
cases than must-fire ones."""
from conftest import facts_brief

CLAIM = "The Harbour Workers' Union said on Wednesday that a crane alarm at the depot had been switched off for a month."
ORGANISER = "Lena Vorst, the union's organiser, said staff had warned managers in writing."
REJECTED = "Brask Logistics rejected the union's account."


def denial_notes(articles):
    got = facts_brief(articles, with_entities=True)
    return [c.note for c in got.conflicts if c.kind == "denial"]


def test_a_bare_account_denied_meets_the_partys_last_assertion_before_it():
    """Fictional: the union's claim, its organiser's, then the company's rejection of
    "the union's account": the union's claim is what is rejected."""
    (note,) = denial_notes({"a": [CLAIM, ORGANISER, REJECTED]})
    assert "crane alarm" in note and note.startswith("Brask Logistics")


def test_a_denial_with_words_of_its_own_meets_only_a_claim_sharing_them():
    """Fictional: "the union's claim that pay talks had stalled" is not the alarm claim
    (hard negative), though it follows it; "the union's claim that the alarm had been switched off" is, even in
    another article."""
    pay = "Brask Logistics dismissed the union's claim that pay talks had stalled."
    assert denial_notes({"a": [CLAIM, ORGANISER, pay]}) == []
    alarm = "Brask Logistics dismissed the union's claim that the crane alarm had been switched off."
    (note,) = denial_notes({"a": [CLAIM, ORGANISER], "b": [alarm]})
    assert "crane alarm" in note


def test_a_bare_account_far_from_the_partys_claim_abstains():
    """Fictional hard negative: four sentences of other matters between the union's claim
    and "the union's account": what it points to is unknown."""
    between = ["The depot reopened on Thursday morning.", "Ferries ran to the islands as usual.",
               "A council spokesman said the roads were clear.", "Crews cleared the quay by noon."]
    assert denial_notes({"a": [CLAIM] + between + [REJECTED]}) == []


def test_two_denials_of_one_assertion_are_one_conflict():
    """Fictional: the rejection on Wednesday and the dismissal of the same claim on
    Thursday are one dispute."""
    again = "Brask Logistics again dismissed the union's claim that the crane alarm had been switched off."
    (note,) = denial_notes({"a": [CLAIM, ORGANISER, REJECTED], "b": [again]})
    assert "(2 denials)" in note
