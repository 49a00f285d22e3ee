"""Figures: qualifiers, number words, measures from the parse, never-a-figure cases,
source and event. Invented examples only."""
import pytest
from hypothesis import given, settings, strategies as st

from conftest import event_over, make_brief, nth
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims
from newsbrief.stages import figures
from newsbrief.text.numbers import find_numbers, value


class Found(list):
    """The figures of a brief; `.brief` is the brief itself."""


def figs(*sentences, events=()):
    """Figures of one article made of `sentences`; `events` are (title, date, [sentence numbers])."""
    brief, ctx = make_brief({"a": list(sentences)})
    brief.events = [event_over(brief, *e) for e in events]
    run_stage(claims.STAGE, brief, ctx)
    run_stage(figures.STAGE, brief, ctx)
    found = Found(brief.figures)
    found.brief = brief
    return found


def one(found, **want):
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert hits, f"no figure {want} in {[(f.text, f.measure, f.low, f.high, f.vague) for f in found]}"
    return hits[0]


# -- the number grammar (no parse) --------------------------------------------------
@pytest.mark.parametrize("text, low, high, approx, vague", [
    ("about 80 people", 80, 80, True, False),
    ("more than 70 people", 70, None, False, False),
    ("as many as 900 people", None, 900, False, False),
    ("between 30 and over 90 people", 30, 90, False, False),
    ("at least three people", 3, None, False, False),
    ("two people", 2, 2, False, False),
    ("twenty-five people", 25, 25, False, False),
    ("1,500 people", 1500, 1500, False, False),
    ("up to 40 people", None, 40, False, False),
    ("nearly 70 people", 70, 70, True, False),
    ("dozens of people", None, None, False, True),
    ("hundreds of people", None, None, False, True),
    ("two or three people", 2, 3, True, False),
])
def test_qualifiers(text, low, high, approx, vague):
    (n,) = find_numbers(text)
    assert (n.low, n.high, n.approximate, n.vague) == (low, high, approx, vague)


@pytest.mark.parametrize("text", [
    "The war began in 2014 and ended later.",
    "A Z-40 tank was hit.",
    "An F-16 jet crashed.",
    "A 45-year-old man was arrested.",
    "The victim, aged 45, was arrested.",
    "He lives at 10 Downing Street now.",
    "The blast happened at 9 p.m. near the port.",
    "Turnout was 40 percent of voters.",
    "Turnout rose to 52% in the north.",
    "It was his 3rd visit.",
    "Resolution 2254 was adopted.",
    "The convoy left on March 3 from the base.",
    "The convoy left on 4 March from the base.",
    "The district's murder rate of 1 for 640 residents in 1997 was the highest in the state.",
    "One in 12 adults in the valley has no work.",
    "The ferry carries 300 passengers per day in summer.",
    "The town records 4 burglaries for every 1,000 homes.",
])
def test_never_a_count(text):
    assert find_numbers(text) == []


def test_money_and_distance_units():
    money = find_numbers("The fund raised $5 million for the town.")
    assert money[0].unit == "money" and money[0].low == 5_000_000
    dist = find_numbers("The village lies 12 miles north of the river.")
    assert dist[0].unit == "distance" and dist[0].low == 12


def test_value_words():
    assert value("three hundred") == 300
    assert value("2.5 million") == 2_500_000
    assert value("a dozen") == 12


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc 0123456789,.-about more than at least between and", max_size=60))
def test_find_numbers_is_total_and_ordered(text):
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
        if n.low is not None and n.high is not None:
            assert n.low <= n.high


# -- measures from the parse ----------------------------------------------------------
def test_killed_injured_from_verbs():
    found = figs("About 30 villagers were killed and 12 others were wounded in the raid.",
                 "At least four more miners died in the collapse.")
    one(found, measure="killed", low=30, high=30, approximate=True)
    one(found, measure="injured", low=12)
    one(found, measure="killed", low=4, high=None)


def test_death_toll_light_verb():
    found = figs("The landslide raises the death toll in the valley to 41.")
    one(found, measure="killed", low=41)


def test_participants_and_arrests():
    found = figs("As many as 700 weavers staged a protest outside the mill.",
                 "Roughly 2,000 people participated in the march.",
                 "Police arrested 45 protesters after the rally.")
    one(found, measure="participants", low=None, high=700)
    one(found, measure="participants", low=2000)
    one(found, measure="arrested", low=45)


def test_attackers_are_no_crowd_but_take_part_in_the_assault_they_launch():
    """Fictional places. The noun "attackers" names no measure; the people who carry
    out a collective action (verb + "assault", "raid", "protest") are its participants."""
    found = figs("Up to 70 attackers stormed the granary at Velmont.",
                 "About 40 attackers mounted a raid on the granary.",
                 "Guards wounded two attackers.")
    one(found, text="Up to 70", measure="other")
    one(found, text="About 40", measure="participants", low=40)
    one(found, text="two", measure="injured")


def test_missing_and_displaced():
    found = figs("Nine fishermen are still missing after the storm.",
                 "More than 3,000 residents fled their homes as the river rose.")
    one(found, measure="missing", low=9)
    one(found, measure="displaced", low=3000, high=None)


def test_vague_counts_with_measure():
    found = figs('A village elder put the number of dead at "scores" on Monday.')
    f = one(found, measure="killed", vague=True)
    assert f.low is None and f.high is None


def test_number_word_one_counts_only_with_a_measure():
    found = figs("The rockfall killed one of the miners.",
                 "She was one of the chief engineers at the plant.")
    one(found, measure="killed", low=1)
    assert not [f for f in found if f.sentence == nth(found.brief, 2)]


def test_number_in_pronoun_clause_uses_sentence_measure():
    found = figs("Families of three local divers told the coastguard on Friday that they had died.")
    one(found, measure="killed", low=3)


def test_counting_the_speakers_is_not_a_casualty_figure():
    found = figs("More than 40 guards died in the fire, two of the survivors said.")
    one(found, measure="killed", low=40)
    assert not [f for f in found if f.low == 2 and f.measure == "killed"]


@pytest.mark.parametrize("sentence", [
    "The Z-90 tank was hit near the bridge in 2016.",
    "The 45-year-old man died at 9 p.m. on March 3.",
    "The party won 40 percent of the vote in the 2019 election.",
    "The embassy at 12 Park Street was closed.",
])
def test_never_a_figure_in_sentence(sentence):
    found = figs(sentence)
    assert [(f.text, f.measure) for f in found] == []


def test_source_and_event_attached():
    found = figs("About 20 dockers were injured, port spokeswoman Ilka Voss said.",
                 "Twelve people were hurt in a separate crash.", events=[("Harbour fire", "2024-05-01", [1])])
    f = one(found, measure="injured", low=20)
    assert f.source_text == "Ilka Voss" and f.event == found.brief.events[0].id
    g = one(found, measure="injured", low=12)
    assert g.event is None and g.source is None


def test_ranges_helper():
    brief, ctx = make_brief({"a": ["About 60 sailors were killed in the storm, the navy said."],
                        "b": ["More than 80 sailors died in the storm, a monitor said."]})
    run_stage(claims.STAGE, brief, ctx)
    run_stage(figures.STAGE, brief, ctx)
    from newsbrief.stages import conflicts
    run_stage(conflicts.STAGE, brief, ctx)
    (r,) = [r for r in figures.ranges(brief) if r["measure"] == "killed"]
    assert r["low"] == 60 and r["high"] is None and r["text"] == "60 or more"
    assert {i["source"] for i in r["items"]} == {"the navy", "a monitor"}
    assert r["conflict"] is not None


def test_any_one_and_one_of_things_are_not_counts():
    found = figs("Police may detain any one for such offences.",
                 "One of the stated aims of the raid was to kill the leader.")
    assert [(f.text, f.measure) for f in found if f.measure != "other"] == []


def test_displaced_phrase_places_and_inclusions():
    found = figs("Nearly 10,000 people have been forced from their homes.",
                 "The storm killed at least six people in three states.",
                 "A total of 45 people died, including 12 children.",
                 "He was sentenced to 10 years in prison.")
    one(found, measure="displaced", low=10000, approximate=True)
    one(found, measure="killed", low=6, high=None)
    assert not [f for f in found if f.sentence == nth(found.brief, 2) and f.low == 3 and f.measure == "killed"]
    one(found, measure="killed", low=12)
    assert not [f for f in found if f.sentence == nth(found.brief, 4)]


def test_plain_count_tagged_as_date_is_kept():
    found = figs("Between 20 and 30 gunmen were killed in the raid.")
    one(found, measure="killed", low=20, high=30)


def test_age_apposition_is_not_a_count():
    assert [n.text for n in find_numbers("Geraldine Alcorn, 28, was charged with 3 counts.")] == ["3"]


def test_more_measure_phrases():
    found = figs("The dead included five children.",
                 "More than 1,000 people took part in the rally.",
                 "Two people remain in critical condition.",
                 "The bomb exploded in a market, killing 12 people and wounding 30.",
                 "The convoy of 40 trucks was hit.")
    one(found, sentence=nth(found.brief, 1), measure="killed", low=5)
    one(found, sentence=nth(found.brief, 2), measure="participants", low=1000, high=None)
    one(found, sentence=nth(found.brief, 3), measure="injured", low=2)
    one(found, sentence=nth(found.brief, 4), measure="killed", low=12)
    one(found, sentence=nth(found.brief, 4), measure="injured", low=30)
    one(found, sentence=nth(found.brief, 5), measure="other", low=40)


def test_ranges_marks_parts_and_skips_distances():
    brief, ctx = make_brief({"a": ["About 60 sailors were killed in the storm, 20 miles off the cape, the navy said.",
                              "At least four other sailors also died in the storm, a monitor said."],
                        "b": ["Between 55 and 90 sailors were killed in the storm, a doctor said."]})
    run_stage(claims.STAGE, brief, ctx)
    run_stage(figures.STAGE, brief, ctx)
    from newsbrief.stages import conflicts
    run_stage(conflicts.STAGE, brief, ctx)
    rs = figures.ranges(brief)
    assert {r["measure"] for r in rs} == {"killed"}
    (r,) = rs
    assert (r["low"], r["high"], r["text"]) == (55, 90, "55 to 90")
    parts = {i["text"]: i["part"] for i in r["items"]}
    assert parts == {"About 60": False, "At least four": True, "Between 55 and 90": False}
    assert r["conflict"] is None


def test_stabbed_and_shot_dead():
    found = figs("Three people were stabbed during the brawl.", "All three men were shot dead by police.",
                 "For one, I would veto the bill.")
    one(found, sentence=nth(found.brief, 1), measure="injured", low=3)
    one(found, sentence=nth(found.brief, 2), measure="killed", low=3)
    assert not [f for f in found if f.sentence == nth(found.brief, 3)]


@pytest.mark.parametrize("text, low, unit", [
    ("The deal is worth $1.5bn.", 1.5e9, "money"),
    ("A fine of \u00a320m was imposed.", 2e7, "money"),
    ("The camp is 5km away.", 5, "distance"),
    ("Up to 3m people fled.", None, None),
    ("A 5m wall fell.", 5, "distance"),
])
def test_attached_scales_and_units(text, low, unit):
    (n,) = find_numbers(text)
    assert (n.low, n.unit) == (low, unit)


@pytest.mark.parametrize("text", ["The team won 3-1 on Sunday.", "The court ruled 7-2 against him.",
                                  "It happened on 9/11.", "Call 555-1234 now."])
def test_scores_votes_dates_phones_are_not_counts(text):
    assert find_numbers(text) == []


def test_hyphen_range():
    (n,) = find_numbers("Some 100-150 people died.")
    assert (n.low, n.high) == (100, 150)


@pytest.mark.parametrize("text, low, high, approx", [
    ("Nearly two dozen people were killed.", 24, 24, True),
    ("More than a million people fled.", 1_000_000, None, False),
    ("Half a million people marched.", 500_000, 500_000, False),
    ("A dozen people died.", 12, 12, True),
])
def test_dozen_and_million_words(text, low, high, approx):
    (n,) = find_numbers(text)
    assert (n.low, n.high, n.approximate) == (low, high, approx)


def test_hospital_phrases_are_injuries():
    found = figs("At least 60 survivors were taken to hospital.", "Twelve people were treated for injuries.",
                 "Five people were taken to the police station.")
    one(found, sentence=nth(found.brief, 1), measure="injured", low=60, high=None)
    one(found, sentence=nth(found.brief, 2), measure="injured", low=12)
    assert not [f for f in found if f.sentence == nth(found.brief, 3) and f.measure == "injured"]


def test_a_count_beside_a_year_and_a_rate_is_still_a_count():
    assert [n.text for n in find_numbers("In 2019 some 40 families were moved, 1 family per street.")] == ["some 40"]
