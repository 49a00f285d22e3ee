"""Figures of kinds the count grammar had missed: money with its magnitude, a length
unit written with an article, the depth of a layer, vague counts of things, people in
company or crowding in, care after a happening that makes a casualty, bodies named. Every sentence
is fictional (invented places and numbers); each mechanism has misfire cases."""
import pytest

from conftest import sentence_figures
from newsbrief.text.numbers import find_numbers


figs = sentence_figures


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
    ("The flood left a metre of mud in the square.", [("other", 1, 1)]),
    ("Three inches of ash covered the roofs of Orsk.", [("other", 3, 3)]),
    ("The shed stood a mile from the river.", [("distance", 1, 1)]),
    ("The blast was heard a mile away.", [("distance", 1, 1)]),
    ("The bridge was shut for six miles near Orsk.", [("distance", 6, 6)]),
])
def test_a_length_of_a_layer_is_an_amount_and_an_article_is_one(sentence, want):
    """Fictional: "a metre", "a mile" are one unit where they measure a layer or a
    distance; a length of mud or ash is how much of it there is, not a distance."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence", [
    "A foot patrol passed the gate.",
    "The villagers fled on foot.",
    "They walked an inchworm's pace.",
    "The storm damaged half a mile of road.",
    "A goalkeeper injured a foot and a knee.",
    "The striker broke a foot in training.",
    "The home side won by a mile.",
])
def test_an_article_before_a_unit_word_in_another_sense_is_no_figure(sentence):
    """Fictional misfire guards: "foot patrol", "on foot", a word that starts like a unit;
    a fraction of a unit ("half a mile" is not one), a body part, an idiom of winning:
    no measuring word follows the unit, so the article counts nothing."""
    assert figs(sentence) == []


@pytest.mark.parametrize("sentence, want", [
    ("Dozens of lorries queued at the border.", [("other", None, None)]),
    ("Hundreds of fans crammed into the old theatre for the final.", [("participants", None, None)]),
    ("The coach flew to the final with dozens of supporters.", [("participants", None, None)]),
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


def test_care_after_a_happening_makes_a_casualty_and_bodies_named_are_no_toll():
    """Fictional: people cared for after a blast, a crash or for burns are injured (unless
    they were not cared for); bodies named or identified say who, not how many died."""
    assert figs("A gas explosion at the depot killed two workers, and 14 others received treatment"
                " in hospital.") == [("killed", 2, 2), ("injured", 14, 14)]
    assert figs("Eleven passengers who required surgery after the crash were flown to Orsk.") == [
        ("injured", 11, 11)]
    assert figs("Twenty climbers underwent treatment for burns after the hut fire.") == [("injured", 20, 20)]
    assert ("injured", 4, 4) not in figs("Four crew members who did not need treatment left the ship.")
    assert figs("By Thursday the coroner had named six of the bodies.") == [("other", 6, 6)]
    assert ("killed", 12, 12) in figs("Divers recovered 12 bodies near Orsk.")


@pytest.mark.parametrize("sentence", [
    "Some 2,000 patients needed treatment at the town clinic each month before the storm.",
    "Some 400 people needed treatment for flu at the clinic last winter.",
    "Thirty dogs needed treatment after the storm.",
])
def test_care_as_routine_for_an_illness_or_of_animals_is_no_casualty(sentence):
    """Fictional misfire guards: a clinic's monthly rate, an illness, animals: no injured."""
    assert not [f for f in figs(sentence) if f[0] == "injured"]


def test_a_conjunct_shares_the_with_and_vague_crowds_in_no_role_are_left_out():
    """Fictional: the second conjunct of "with a guide and 30 hikers" is in company too;
    "hundreds of onlookers lined the quay" names no role, so no figure."""
    assert figs("Ana Velk rode into the valley with a guide and 30 hikers.") == [("participants", 30, 30)]
    assert figs("Hundreds of onlookers lined the quay as the ship came in.") == []


def test_people_reached_through_a_preposition_of_a_gathering_verb_did_not_gather():
    """Fictional: students who rallied "for" 12 teachers do not make the teachers
    participants; "about 300 gathered in the square" still counts those there."""
    got = figs("Students rallied at the gates for the 12 sacked teachers.")
    assert ("participants", 12, 12) not in got
    assert figs("About 300 people gathered in the square on Sunday.") == [("participants", 300, 300)]
