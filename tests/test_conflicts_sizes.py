"""Conflicts: the size of one incident told at two levels of place ("outside a town in a
region" / "in the region"). Every example is fictional; more must-not-fire cases than
must-fire ones."""
from conftest import facts_brief

TOWN = "Three people died on Sunday in a 14-car pileup outside Kellby in Ostria, police said."
REGION = "A 12-vehicle pileup in Ostria left three people dead on Sunday, the road agency said."


def size_notes(a, b, **kw):
    got = facts_brief({"a": [a], "b": [b]}, with_entities=True, **kw)
    return [c.note for c in got.conflicts if c.kind == "figure" and c.note.startswith("Size of")]


def test_a_size_near_a_town_of_a_region_and_one_in_that_region_are_one_incident():
    """Fictional: one day, one toll, one sentence naming the town and its region and the
    other the region alone, sizes close (14 / 12): a dispute over one pileup."""
    (note,) = size_notes(TOWN, REGION)
    assert note.startswith("Size of the pileup") and "14" in note and "12" in note


def test_nested_places_with_far_sizes_another_toll_or_no_toll_are_two_incidents():
    """Fictional hard negatives: sizes far apart (14 / 4), another toll (three / one),
    no toll in one sentence, and "another" pileup."""
    assert size_notes(TOWN, REGION.replace("12-vehicle", "4-vehicle")) == []
    assert size_notes(TOWN, REGION.replace("three people", "one person")) == []
    assert size_notes(TOWN, "A 12-vehicle pileup in Ostria blocked the motorway on Sunday, the road agency said.") == []
    assert size_notes(TOWN, REGION.replace("A 12-vehicle", "Another 12-vehicle")) == []


def test_two_towns_of_one_region_or_two_days_are_two_incidents():
    """Fictional hard negatives: two towns of one region (neither place set inside the
    other), the region alone but on two days filed as two events, and one in the morning
    beside one in the evening."""
    assert size_notes(TOWN, REGION.replace("in Ostria", "outside Marlow in Ostria")) == []
    assert size_notes(TOWN, REGION, events=[("first pileup", "2024-02-04", [1]),
                                            ("second pileup", "2024-02-11", [2])]) == []
    assert size_notes(TOWN.replace("on Sunday", "on Sunday morning"),
                      REGION.replace("on Sunday", "on Sunday evening")) == []
