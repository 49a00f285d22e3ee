"""Number words are written once (lexicon number_words/ordinals) and every grammar reads them."""
from __future__ import annotations

from datetime import date

from newsbrief.stages import events
from newsbrief.text import number_words as nw
from newsbrief.text.numbers import find_numbers, word_value
from newsbrief.timex import grammar


def test_cardinals_scales_ordinals_and_decades():
    assert nw.CARDINALS["zero"] == 0 and nw.CARDINALS["nineteen"] == 19 and nw.CARDINALS["ninety"] == 90
    assert len(nw.CARDINALS) == 28 and all(v < 100 for v in nw.CARDINALS.values())
    assert nw.SCALES == {"hundred": 100, "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}
    assert nw.DECADES["twenties"] == 2 and nw.DECADES["nineties"] == 9 and len(nw.DECADES) == 8
    assert nw.ordinal_value("Fourth") == nw.ordinal_value("4th") == 4
    assert nw.ordinal_value("twenty-first") == 21 and nw.ordinal_value("fourthly") is None
    assert nw.between(10, 12) == "ten|eleven|twelve"


def test_the_count_grammar_the_time_grammar_and_events_share_them():
    assert word_value("three hundred and forty-two") == 342
    (n,) = find_numbers("Some seventeen hundred volunteers came.")
    assert n.low == 1700 and n.approximate
    assert grammar.year_in_words("nineteen", "eighty-four") == "1984"
    found = grammar.find("The mill closed eleven years ago.", date(2030, 6, 1))
    assert [f.value for f in found] == ["2019"]
    assert events.SMALL_NUMBERS["twenty"] == "20" and "twenty-one" not in events.SMALL_NUMBERS
    assert grammar.CARDINALS is nw.CARDINALS
