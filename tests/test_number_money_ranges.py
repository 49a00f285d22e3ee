"""The number grammar: a range of two sums of money, each with its currency sign ("$50 to
$60"), found auditing a real brief that kept only the first. Invented phrases."""
import pytest

from newsbrief.text.numbers import find_numbers


@pytest.mark.parametrize("text, low, high", [
    ("beans sold for as much as $50 to $60 a sack", 50, 60),
    ("a fine of £500 or £600", 500, 600),
    ("a refit costing €2 million to €3 million", 2e6, 3e6),
])
def test_a_range_of_two_sums_of_money(text, low, high):
    found = [(n.low, n.high, n.unit) for n in find_numbers(text)]
    assert found == [(low, high, "money")]


@pytest.mark.parametrize("text, want", [
    ("the oil price jumped $3.20 to $71.40 a barrel", [(3.2, 3.2), (71.4, 71.4)]),  # a change and a level
    ("incomes from $80,000 to $120,000", [(80000, 80000), (120000, 120000)]),  # as before: two sums
    ("it cost 50 to $60", [(50, 50), (60, 60)]),  # one sum named with a sign: no range of two
])
def test_a_change_of_money_and_an_unsigned_first_number(text, want):
    assert [(n.low, n.high) for n in find_numbers(text)] == want
