"""Conflicts: two sources' open floors ("more than N" / "over M") of one toll over a long
period. Every example is fictional; more must-not-fire cases than must-fire ones."""
from conftest import facts_brief

CHARITY = "Floods have killed more than 640 people in the past year, a delta relief group reported."
LEAGUE = "Over 760 people have been killed by floods in the past year, officials of the farmers' league said."


def floor_notes(a, b, published=None):
    got = facts_brief({"a": [a], "b": [b]}, with_entities=True, published=published)
    return [c.note for c in got.conflicts if c.kind == "figure"]


def test_two_sources_floors_of_a_years_toll_that_differ_are_rivals():
    """Fictional: a relief group's "more than 640" and a league's "over 760" killed by floods in the
    past year, in two articles of one day."""
    (note,) = floor_notes(CHARITY, LEAGUE)
    assert "more than 640" in note and "Over 760" in note


def test_a_floor_told_rising_renewed_or_dated_earlier_is_an_update():
    """Fictional hard negatives: "has risen to", "now", an older count quoted with its date
    ("In March ... had been killed"), a count "earlier" in the year, and one told after a new
    disaster ("After Sunday's flash flood ...": new deaths counted)."""
    for later in ("The past year's toll of the floods has risen to more than 760, the farmers' league said.",
                  LEAGUE.replace("have been", "have now been"),
                  "In March the farmers' league said over 760 people had been killed by floods in the past year.",
                  LEAGUE.replace("league said", "league said earlier"),
                  "After Sunday's flash flood at Pell, over 760 people have been killed by floods in the past "
                  "year, the farmers' league said."):
        assert floor_notes(CHARITY, later) == [], later


def test_the_audits_older_count_and_new_deaths_probes_are_updates():
    """Fictional hard negatives (audit probes): a January count quoted in the past perfect
    beside Monday's count, and a count given after a massacre that day."""
    assert floor_notes("In January the Relief Council said more than 5,000 people had been killed in the "
                       "year-long war in Pardia.",
                       "More than 6,000 people have been killed in the year-long war in Pardia, a monitoring "
                       "group said on Monday.") == []
    assert floor_notes("More than 2,000 people have been killed in the year-long revolt in Pardia, the Relief "
                       "Council said on Monday morning.",
                       "After Monday's massacre in Tesk, more than 2,300 people have been killed in the "
                       "year-long revolt in Pardia, a monitoring group said.") == []


def test_close_floors_a_count_above_a_floor_and_one_source_twice_are_no_dispute():
    """Fictional hard negatives: floors within a tenth (640 / 680), an exact count above
    the floor, and the same relief group in two articles."""
    assert floor_notes(CHARITY, LEAGUE.replace("Over 760", "Over 680")) == []
    assert floor_notes(CHARITY, LEAGUE.replace("Over 760", "Exactly 760")) == []
    assert floor_notes(CHARITY, CHARITY.replace("640", "760")) == []


def test_floors_of_short_periods_other_days_or_other_populations_are_no_dispute():
    """Fictional hard negatives: a week's toll (it can grow by a tenth in a day), articles
    a week apart, and herders against fishermen."""
    week = (CHARITY.replace("past year", "past week"), LEAGUE.replace("past year", "past week"))
    assert floor_notes(*week) == []
    assert floor_notes(CHARITY, LEAGUE, published={"a": "2024-03-01", "b": "2024-03-08"}) == []
    assert floor_notes(CHARITY.replace("people", "herders"), LEAGUE.replace("people", "fishermen")) == []
