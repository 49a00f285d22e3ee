"""Figures of kinds the count grammar had missed: money with its magnitude, a length
unit written with an article, the depth of a layer, vague counts of things, people in
company or crowding in, care that makes a casualty, bodies identified. Every sentence
is fictional (invented places and numbers); each mechanism has misfire cases."""
import pytest

from conftest import make_brief
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims, figures
from newsbrief.text.numbers import find_numbers


def figs(sentence):
    b, ctx = make_brief({"a": [sentence]})
    run_stage(claims.STAGE, b, ctx)
    run_stage(figures.STAGE, b, ctx)
    return [(f.measure, f.low, f.high) for f in b.figures]


@pytest.mark.parametrize("text, value", [
    ("The plan would cost $2.8 trillion over a decade.", 2.8e12),
    ("Velden owes a $1.5tn debt.", 1.5e12),
    ("The fund lost half a trillion dollars.", 5e11),
    ("The port raised $450 million.", 4.5e8),
])
def test_money_keeps_its_magnitude(text, value):
    """Fictional: the scale word or suffix multiplies the number (trillion included)."""
    (n,) = find_numbers(text)
    assert n.unit == "money" and n.low == n.high == value


@pytest.mark.parametrize("sentence, want", [
    ("About a foot of water covered the cellar floor.", [("other", 1, 1)]),
    ("The pass lay under more than a metre of fresh snow.", [("other", 1, None)]),
    ("Two feet of water filled the cellar.", [("other", 2, 2)]),
    ("The blast was heard a mile away.", [("distance", 1, 1)]),
    ("The road was shut for six miles near Orsk.", [("distance", 6, 6)]),
])
def test_a_length_of_a_layer_is_an_amount_and_an_article_is_one(sentence, want):
    """Fictional: "a foot", "a mile" are one unit; a length of snow or water is how much
    of it there is, not a distance."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence", [
    "A foot patrol passed the gate.",
    "The villagers fled on foot.",
    "They walked an inchworm's pace.",
])
def test_an_article_before_a_unit_word_in_another_sense_is_no_figure(sentence):
    """Fictional misfire guards: "foot patrol", "on foot", a word that starts like a unit."""
    assert figs(sentence) == []


@pytest.mark.parametrize("sentence, want", [
    ("Dozens of lorries queued at the border.", [("other", None, None)]),
    ("Hundreds of fans crammed into the old theatre for the final.", [("participants", None, None)]),
    ("The coach toured the new stadium with dozens of players.", [("participants", None, None)]),
    ("The minister met with 40 farmers in Orsk.", [("participants", 40, 40)]),
])
def test_vague_counts_of_things_and_people_in_company(sentence, want):
    """Fictional: "dozens of lorries" is a count of lorries; people crowding into a venue or
    with whom someone acts are participants."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Crowds came by the hundreds.", []),
    ("The storm killed four, with 30 injured.", [("killed", 4, 4), ("injured", 30, 30)]),
    ("The bus with 40 passengers overturned.", [("other", 40, 40)]),
])
def test_with_or_vague_words_that_count_no_company(sentence, want):
    """Fictional misfire guards: "by the hundreds" counts nothing; "with 30 injured"
    keeps its casualty word; a bus "with" passengers is no gathering."""
    assert figs(sentence) == want


def test_care_that_makes_a_casualty_and_bodies_identified():
    """Fictional: people who needed treatment are injured (unless they did not); bodies
    identified ("eight of the bodies") say who, not how many died."""
    assert figs("Five miners needed treatment for smoke inhalation.") == [("injured", 5, 5)]
    assert ("injured", 3, 3) not in figs("Three miners who did not need treatment went home.")
    assert figs("Doctors have so far identified eight of the bodies.") == [("other", 8, 8)]
    assert ("killed", 12, 12) in figs("Divers recovered 12 bodies near Orsk.")


def test_a_conjunct_shares_the_with_and_vague_crowds_in_no_role_are_left_out():
    """Fictional: "with the mayor and dozens of pilgrims" counts those in company;
    "hundreds of onlookers lined the quay" names no role, so no figure."""
    assert figs("The bishop toured the shrine with the mayor and dozens of pilgrims.") == [
        ("participants", None, None)]
    assert figs("Hundreds of onlookers lined the quay as the ship came in.") == []


def test_people_reached_through_a_preposition_of_a_gathering_verb_did_not_gather():
    """Fictional: "mourners gathered at the chapel for the nine victims" does not make the
    nine victims participants; "about 300 gathered in the square" still counts those there."""
    got = figs("Mourners gathered at the chapel for the nine victims of the flood.")
    assert ("participants", 9, 9) not in got
    assert figs("About 300 people gathered in the square on Sunday.") == [("participants", 300, 300)]
