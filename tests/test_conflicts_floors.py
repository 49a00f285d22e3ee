"""Conflicts: two sources' open floors ("more than N" / "over M") of one toll over a long
period. Every example is fictional; more must-not-fire cases than must-fire ones."""
from conftest import facts_brief

CHURCH = "In the past decade the insurgency in the hill provinces has cost more than 800 lives, a church relief group reported."
TALLY = "Over 950 people have been killed during the decade-long insurgency, according to a tally by university researchers."


def floor_notes(a, b, published=None):
    got = facts_brief({"a": [a], "b": [b]}, with_entities=True, published=published)
    return [c.note for c in got.conflicts if c.kind == "figure"]


def test_two_sources_floors_of_a_decades_toll_that_differ_are_rivals():
    """Fictional: a relief group's "more than 800" and researchers' "over 950" killed in
    one decade-long insurgency, in two articles of one day."""
    (note,) = floor_notes(CHURCH, TALLY)
    assert "more than 800" in note and "Over 950" in note


def test_a_floor_told_rising_or_renewed_is_an_update():
    """Fictional hard negatives: "has risen to", "now", "the latest count": the count moved."""
    for later in ("The toll of the decade-long insurgency has risen to more than 950, university researchers said.",
                  "More than 950 people have now been killed in the decade-long insurgency, researchers said.",
                  "By the latest count more than 950 people have been killed in the decade-long insurgency, "
                  "researchers said."):
        assert floor_notes(CHURCH, later) == [], later


def test_close_floors_a_count_above_a_floor_and_one_source_twice_are_no_dispute():
    """Fictional hard negatives: floors within a tenth (800 / 850), an exact count above
    the floor (950 is more than 800), and the same relief group in two articles."""
    assert floor_notes(CHURCH, TALLY.replace("Over 950", "Over 850")) == []
    assert floor_notes(CHURCH, TALLY.replace("Over 950", "Exactly 950")) == []
    assert floor_notes(CHURCH, CHURCH.replace("800", "950")) == []


def test_floors_of_short_periods_other_days_or_other_populations_are_no_dispute():
    """Fictional hard negatives: a week's toll (it can grow by a tenth in a day), articles
    a week apart, and soldiers against villagers."""
    week = (CHURCH.replace("In the past decade", "In the past week"),
            TALLY.replace("during the decade-long insurgency", "in the past week of floods"))
    assert floor_notes(*week) == []
    assert floor_notes(CHURCH, TALLY, published={"a": "2024-03-01", "b": "2024-03-08"}) == []
    assert floor_notes(CHURCH.replace("lives", "soldiers' lives"), TALLY.replace("people", "villagers")) == []
