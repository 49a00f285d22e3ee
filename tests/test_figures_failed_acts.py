"""Figures: what did not happen to the people counted, and a group of people that is no
count of one. Found auditing briefs of real clusters by hand; every text here is invented."""
import pytest

from test_figures import figs


@pytest.mark.parametrize("sentence", [
    "Rescuers failed to evacuate the 30 villagers before the flood reached them.",
    "Rescuers were not able to evacuate the 12 climbers from the ridge.",
    "Rescuers were unable to evacuate the 40 patients from the ward.",
    "Police failed to arrest the 6 men before they crossed the border.",
])
def test_a_count_of_people_an_act_failed_to_reach_is_not_that_measure(sentence):
    assert not [f for f in figs(sentence) if f.measure in ("displaced", "arrested")]


@pytest.mark.parametrize("sentence, measure, n", [
    ("Rescuers evacuated 300 villagers before the flood.", "displaced", 300),
    ("Rescuers managed to evacuate 30 villagers before the flood.", "displaced", 30),
    ("Police arrested 6 men after they crossed the border.", "arrested", 6),
])
def test_an_act_that_took_place_keeps_its_count(sentence, measure, n):
    assert [(f.measure, f.low) for f in figs(sentence) if f.measure == measure] == [(measure, n)]


@pytest.mark.parametrize("sentence", [
    "A family was killed when the shelling hit their house.",
    "A crew was injured when the crane fell.",
])
def test_a_group_of_people_is_no_count_of_one(sentence):
    assert not [f for f in figs(sentence) if f.low == 1]


def test_one_person_still_counts_one():
    assert [(f.measure, f.low) for f in figs("A driver was killed when the shelling hit the road.")] == [("killed", 1)]


def test_a_failure_of_another_act_leaves_the_count_of_its_own_measure():
    # the dead were not protected: they are still dead
    found = figs("The council failed to protect the warden and three others who were killed in Orsk.")
    assert [(f.measure, f.low) for f in found if f.text == "three"] == [("killed", 3)]


@pytest.mark.parametrize("sentence", [
    "Two other dogs in the team were injured when the snowmobile struck them.",
    "The flood killed 40 sheep and three cows on the Orlen farms.",
])
def test_animals_hurt_or_killed_are_no_casualty_count(sentence):
    assert not [f for f in figs(sentence) if f.measure in ("killed", "injured")]


def test_people_beside_animals_still_count():
    found = figs("The flood killed three farmers and 40 sheep on the Orlen farms.")
    assert [(f.measure, f.low) for f in found if f.measure == "killed"] == [("killed", 3)]


@pytest.mark.parametrize("sentence", [
    "The snowmobile struck the team, killing one dog and injuring two others.",
    "The crash left one dog dead and two others badly hurt.",
])
def test_others_counted_on_from_animals_are_animals(sentence):
    assert not [f for f in figs(sentence) if f.measure in ("killed", "injured")]


def test_others_counted_on_from_people_are_people():
    found = figs("The bus struck the crowd, killing one pilgrim and injuring two others.")
    assert [(f.measure, f.low) for f in found if f.text == "two"] == [("injured", 2)]
