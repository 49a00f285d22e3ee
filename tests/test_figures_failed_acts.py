"""Figures: what did not happen to the people counted, a group of people that is no count
of one, animals that are no casualties. Found auditing briefs of real clusters by hand;
every text here is invented. Each mechanism has must-fire and must-not-fire cases."""
import pytest

from test_figures import figs

CASUALTY = ("killed", "injured")


@pytest.mark.parametrize("sentence, measures", [
    # a count of people an act failed to reach
    ("Rescuers failed to evacuate the 30 villagers before the flood reached them.", ("displaced",)),
    ("Rescuers were not able to evacuate the 12 climbers from the ridge.", ("displaced",)),
    ("Rescuers were unable to evacuate the 40 patients from the ward.", ("displaced",)),
    ("Police failed to arrest the 6 men before they crossed the border.", ("arrested",)),
    # animals, and "others" counted on from them
    ("Two other dogs in the team were injured when the snowmobile struck them.", CASUALTY),
    ("The flood killed 40 sheep and three cows on the Orlen farms.", CASUALTY),
    ("The snowmobile struck the team, killing one dog and injuring two others.", CASUALTY),
    ("The crash left one dog dead and two others badly hurt.", CASUALTY),
])
def test_no_count_of_that_measure(sentence, measures):
    assert not [f for f in figs(sentence) if f.measure in measures]


@pytest.mark.parametrize("sentence, text, measure, n", [
    ("Rescuers evacuated 300 villagers before the flood.", "300", "displaced", 300),
    ("Rescuers managed to evacuate 30 villagers before the flood.", "30", "displaced", 30),
    ("Police arrested 6 men after they crossed the border.", "6", "arrested", 6),
    # the dead were not protected: they are still dead
    ("The council failed to protect the warden and three others who were killed in Orsk.", "three", "killed", 3),
    ("The flood killed three farmers and 40 sheep on the Orlen farms.", "three", "killed", 3),
    ("The bus struck the crowd, killing one pilgrim and injuring two others.", "two", "injured", 2),
    ("A driver was killed when the shelling hit the road.", "A driver", "killed", 1),
])
def test_the_count_stays(sentence, text, measure, n):
    found = [(f.measure, f.low) for f in figs(sentence) if f.measure == measure and f.text == text]
    assert found == [(measure, n)], [(f.text, f.measure, f.low) for f in figs(sentence)]


@pytest.mark.parametrize("sentence", [
    "A family was killed when the shelling hit their house.",
    "A crew was injured when the crane fell.",
])
def test_a_group_of_people_is_no_count_of_one(sentence):
    assert not [f for f in figs(sentence) if f.low == 1]
