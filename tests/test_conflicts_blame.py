"""Conflicts: a party denying any part in a happening against another speaker naming it
as the doer ("denied any part in the bombing" / "the Ostra Front had carried out the
bombing", `conflict_blame`). Every example is fictional; more must-not-fire cases than
must-fire ones."""
from conftest import facts_brief

from newsbrief.stages.conflict_blame import blames, denies_a_part

SAID = "Police chief Marta Vell said the Ostra Front had carried out the bombing at the Kessel bus depot."
DENIED = "The Ostra Front denied any part in the bombing."


def denial_notes(articles):
    got = facts_brief(articles, with_entities=True)
    return [c.note for c in got.conflicts if c.kind == "denial" and "asserted by" in c.note]


def test_a_denied_part_meets_the_speaker_naming_the_denier_as_doer():
    (note,) = denial_notes({"a": [SAID], "b": [DENIED]})
    assert "Ostra Front denied" in note and "carried out the bombing" in note


def test_another_doer_or_a_denial_of_something_else_is_no_match():
    """Hard negatives: the police name another group; the Front denies a part in talks,
    no happening; the Front is the target, not the doer."""
    assert denial_notes({"a": [SAID.replace("the Ostra Front", "the Red Vale Army")], "b": [DENIED]}) == []
    assert denial_notes({"a": [SAID], "b": ["The Ostra Front denied any part in the ceasefire talks."]}) == []
    target = "Police chief Marta Vell said the bombing had struck the offices of the Ostra Front near the depot."
    assert denial_notes({"a": [target], "b": [DENIED]}) == []


def test_the_readers_of_the_words():
    assert denies_a_part("it had any role in the market attack")
    assert denies_a_part("the group had nothing to do with the blasts")
    assert not denies_a_part("any part in the negotiations")
    assert blames("he had no doubt the Ostra Front were behind the attack", {"ostra front"})
    assert not blames("the Ostra Front condemned the attack", {"ostra front"})
    assert not blames("the Ostra Front had carried out the bombing", {"red vale army"})


BLAMED = "Residents blamed dredging by Marl Aggregates for flooding the lower harbour."
OWN = "Marl Aggregates denied that its dredging had played any part in the flooding."


def test_the_deniers_own_activity_blamed_meets_its_denial():
    (note,) = denial_notes({"a": [BLAMED], "b": [OWN]})
    assert "Marl Aggregates denied" in note and "dredging for flooding" in note


def test_another_activity_or_another_firm_blamed_is_no_match():
    """Hard negatives: the fishermen blame the rain, not the dredging; they blame
    dredging by another firm."""
    assert denial_notes({"a": [BLAMED.replace("dredging by Marl Aggregates", "the heavy rain")], "b": [OWN]}) == []
    assert denial_notes({"a": [BLAMED.replace("Marl Aggregates", "Kelso Marine")], "b": [OWN]}) == []
