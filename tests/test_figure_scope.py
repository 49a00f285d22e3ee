"""Figures: what a count counts when the words around it say so — hyphen nouns,
road and name numbers, agents of a casualty verb, negated prefixes, states and
presence. Invented examples only (fictional places and people)."""
from newsbrief.text.numbers import find_numbers

from test_figures import figs, one


def _values(text):
    return [(n.low, n.unit) for n in find_numbers(text)]


def test_a_name_number_is_no_count():
    assert _values("Fog closed Route 9 near the border.") == []
    assert _values("The ferry Marla 3 sank at dawn.") == []
    assert _values("In Ruritania 40 people died.") == [(40, None)]


def test_hyphen_noun_counts_its_noun():
    assert _values("a 14-truck crash") == [(14, None)]
    assert _values("a 75-mile stretch of road") == [(75, "distance")]
    assert _values("a 10-year sentence") == []


def test_hyphen_count_of_things_is_other_even_under_a_casualty_verb():
    found = figs("A 14-truck crash near Velmora killed three drivers.")
    one(found, low=14, measure="other")
    one(found, low=3, measure="killed")


def test_agent_of_a_casualty_verb_is_not_a_victim():
    found = figs("Two gunmen killed four guards at the Velmora depot.")
    one(found, low=4, measure="killed")
    assert not [f for f in found if f.low == 2 and f.measure == "killed"]


def test_non_fatal_is_injured():
    found = figs("Of the 90 people who suffered non-lethal injuries, 30 remain in hospital.")
    one(found, low=90, measure="injured")


def test_without_power_is_no_casualty():
    found = figs("A storm killed two people, and 8,400 homes were without heating.")
    one(found, low=8400, measure="other")


def test_people_inside_were_present():
    one(figs("About 250 people were inside, the fire chief said."), low=250, measure="participants")
    one(figs("He was near the stage with about 300 people inside."), low=300, measure="participants")
