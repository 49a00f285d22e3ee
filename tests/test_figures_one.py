"""Figures: counts of one person named without a number, and measures the parse must not
borrow from another clause or a state. Invented examples only (fictional places)."""
import pytest

from test_figures import figs, one
from conftest import make_brief
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims, conflicts, figures


@pytest.mark.parametrize("sentence, measure", [
    ("A member of the harbour guard was killed in the blast at Tarvesk.", "killed"),
    ("Police shot two of the robbers and arrested the third near the bridge.", "arrested"),
    ("Two smugglers were shot dead and a fourth was arrested at the border.", "arrested"),
    ("Gunmen opened fire at a bus near Velden, killing an army captain.", "killed"),
    ("A guard at the depot also lost his life in the fire.", "killed"),
    ("A woman who tried to walk for help died on Tuesday near Tarvesk.", "killed"),
])
def test_a_casualty_of_one_person_named_without_a_number_counts_one(sentence, measure):
    one(figs(sentence), measure=measure, low=1, high=1)


@pytest.mark.parametrize("sentence", [
    "A gunman killed three guards at the depot.",
    "A soldier was not hurt in the crash.",
    "A spokesman said the port was closed.",
])
def test_no_count_of_one_for_an_agent_a_negation_or_a_speaker(sentence):
    assert not [f for f in figs(sentence) if f.low == 1 and f.high == 1]


def test_identified_bodies_count_who_not_how_many():
    """Fictional: identifications are not a toll; recovered bodies are."""
    one(figs("Only 14 bodies had been identified by Friday evening."), measure="other", low=14)
    one(figs("Divers recovered 59 bodies from the ferry."), measure="killed", low=59)


def test_a_lowered_toll_keeps_its_measure():
    one(figs("The injured toll was lowered slightly to 180 on Friday."), measure="injured", low=180)


def test_a_count_in_another_clause_does_not_take_its_casualty_verb():
    """Fictional: the customers without power are not killed by the crash of the first clause."""
    found = figs("Police said a crash killed two people, and across Norland 9,300 customers were "
                 "without power, including more than 5,000 in the Tarvesk area.")
    one(found, measure="killed", low=2)
    assert all(f.measure == "other" for f in found if f.low in (9300, 5000))


def test_of_what_kind_is_no_count_of_the_dead():
    found = figs("Officials said the dead and injured were of 11 nationalities.")
    assert all(f.measure == "other" for f in found if f.low == 11)


def test_one_person_and_other_places_are_not_compared():
    """Fictional: one storm; a woman who died in one province and two drivers in another
    are two counts, and a count of one is a part of a toll, not a rival total."""
    from conftest import event_over
    brief, ctx = make_brief({"a": ["In Marsh province, a woman died in the storm on Tuesday."],
                             "b": ["In Velden province, at least two drivers were killed in the storm, police said."],
                             "c": ["In Velden province, five drivers were killed in the storm, officials said."]})
    brief.events = [event_over(brief, "storm", "2024-01-02", [1, 2, 3])]
    ctx.similarity = lambda a, b: 1.0
    for st in (claims.STAGE, figures.STAGE, conflicts.STAGE):
        run_stage(st, brief, ctx)
    clashing = {f.text for c in brief.conflicts if c.kind == "figure" for f in brief.figures if f.id in c.items}
    assert "a woman" in {f.text for f in brief.figures} and "a woman" not in clashing
