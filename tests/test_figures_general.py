"""Figures by general patterns: a range stated across a hedge, counts of people present,
victims of a killing. Every sentence is fictional (invented places and numbers); each
mechanism has misfire cases where it must not fire."""
import pytest

from conftest import sentence_figures
from newsbrief.text.numbers import find_numbers


figs = sentence_figures


@pytest.mark.parametrize("sentence, want", [
    ("At least 40 and perhaps as many as 70 villagers were killed in the raid, officials said.",
     ("killed", 40, 70)),
    ("Officials said at least 12 people and possibly as many as 20 were injured in Velden.", ("injured", 12, 20)),
    ("The fire at the depot killed at least three people and perhaps as many as nine.", ("killed", 3, 9)),
])
def test_range_across_a_hedge_is_one_figure(sentence, want):
    """Fictional: a lower and an upper bound joined by a hedge give one figure low..high."""
    assert figs(sentence) == [want]


@pytest.mark.parametrize("sentence, want", [
    # two measures, or two counted nouns: two figures, each its own
    ("At least 40 villagers were killed and as many as 70 were injured.", [("killed", 40, None), ("injured", None, 70)]),
    ("At least 40 were killed and perhaps as many as 70 wounded.", [("killed", 40, None), ("injured", None, 70)]),
    ("At least 40 villagers and as many as 70 soldiers were killed.", [("killed", 40, None), ("killed", None, 70)]),
])
def test_range_across_a_hedge_misfires(sentence, want):
    """Misfire, fictional: bounds of different measures or of different nouns stay apart."""
    assert figs(sentence) == want


def test_range_of_times_is_no_casualty_count():
    """Misfire, fictional: "at least 3 and as many as 5 times" is a frequency, never a count of people."""
    assert figs("The caller had phoned the harbour office at least 3 and as many as 5 times.") == [("other", 3, 5)]


def test_range_across_a_hedge_skips_ages_and_dates():
    """Misfire, fictional: an age and dates are no bounds to join."""
    ranges = [(n.low, n.high) for n in find_numbers("The suspect, aged at least 30 and as many as 40, was seen.")]
    assert (30, 40) not in ranges
    assert [n.text for n in find_numbers("The port was shut from 3 March and perhaps up to 9 March.")] == []


@pytest.mark.parametrize("sentence", [
    "About 1,200 came to the rally in Velden on Sunday.",
    "About 1,200 people came to the rally in Velden on Sunday.",
    "Some 3,400 supporters packed the square outside the town hall.",
    "More than 200 turned out for the vigil at the harbour.",
    "About 800 mourners flocked to the funeral in Tarvesk.",
])
def test_counts_of_people_present_are_participants(sentence):
    """Fictional: people counted as turning up at an occasion or filling a venue are participants."""
    assert [m for m, _lo, _hi in figs(sentence)] == ["participants"]


@pytest.mark.parametrize("sentence", [
    "The bill for the repairs came to 2,300 dollars.",
    "The repairs to the pier came to about 2,300.",
    "About 2,000 came to the city from the flooded villages.",
    "Some 3,400 workers filled the orders before the holiday.",
    "The pensioner, 81, came to the rally with her grandson.",
    "The rally on 12 May drew its crowd from the port.",
])
def test_attendance_misfires(sentence):
    """Misfire, fictional: money, arrivals in a city, filled orders, ages and dates are no attendance."""
    assert "participants" not in [m for m, _lo, _hi in figs(sentence)]


def test_victims_of_a_killing_were_killed():
    """Fictional: the cue noun of "victims of" is a casualty noun."""
    assert figs("The 12 victims of the massacre in Velden were buried on Monday.") == [("killed", 12, 12)]


@pytest.mark.parametrize("sentence", [
    "The 12 victims of the fraud got their money back on Monday.",
    "The 30 victims of the ferry fire were treated at the harbour clinic.",
    "The 40 members of the harbour choir sang at the service.",
])
def test_victims_misfires(sentence):
    """Misfire, fictional: victims of a fraud or a fire, members of a choir: not killed."""
    assert "killed" not in [m for m, _lo, _hi in figs(sentence)]
