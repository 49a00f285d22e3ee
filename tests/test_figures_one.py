"""Figures: counts of one person named without a number, and measures the parse must not
borrow from another clause or a state. Invented examples only (fictional places)."""
import pytest

from test_figures import figs, one
from conftest import make_brief
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims, conflicts, figures


@pytest.mark.parametrize("sentence, measure", [
    ("A nurse from the field hospital was wounded when the shelter collapsed.", "injured"),
    ("Customs officers caught four smugglers and detained the fifth at the port.", "arrested"),
    ("Five climbers were rescued and a sixth was injured on the ridge.", "injured"),
    ("A landmine hit a truck outside Orsk, killing a soldier.", "killed"),
    ("A nurse also lost her life when the pier collapsed.", "killed"),
    ("A soldier who stayed behind to guard the bridge died on Sunday.", "killed"),
])
def test_a_casualty_of_one_person_named_without_a_number_counts_one(sentence, measure):
    one(figs(sentence), measure=measure, low=1, high=1)


@pytest.mark.parametrize("sentence", [
    "A gunman killed three guards at the depot.",
    "A soldier was not hurt in the crash.",
    "A spokesman said the port was closed.",
    "If a nurse is hurt, the clinic will close.",
    "A soldier could be killed if the bridge falls.",
])
def test_no_count_of_one_for_an_agent_a_negation_a_speaker_or_a_condition(sentence):
    """Fictional: the doer, a casualty denied, a speaker, a casualty under "if" or a modal."""
    assert not [f for f in figs(sentence) if f.low == 1 and f.high == 1]


def test_identified_bodies_count_who_not_how_many():
    """Fictional: identifications are not a toll; recovered bodies are."""
    one(figs("Officials have identified 23 bodies so far."), measure="other", low=23)
    one(figs("Rescuers pulled 31 bodies from the mud."), measure="killed", low=31)


def test_a_lowered_toll_keeps_its_measure():
    one(figs("The number of wounded was lowered to 64 after a recount."), measure="injured", low=64)


def test_a_count_in_another_clause_does_not_take_its_casualty_verb():
    """Fictional: the homes without heating are not killed by the blast of the first clause."""
    found = figs("A gas explosion killed three workers, and 2,400 homes in Orsk had no heating for a day.")
    one(found, measure="killed", low=3)
    assert all(f.measure == "other" for f in found if f.low == 2400)


def test_of_what_kind_is_no_count_of_the_dead():
    found = figs("The hospital said the injured were from five countries.")
    assert [f.measure for f in found if f.low == 5] == ["other"]


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
