"""Sentence splitting on the shapes news text throws at it."""
from newsbrief.stages.sentences import split


def test_abbreviations_ranks_and_spaced_hyphens_do_not_split():
    text = ("Lt. Gen. Maren Holt said the U.K. -led patrol stopped 3.5 miles (6km) short of the border. "
            "Dr. Ivo Brandt of Acme Inc. disagreed.")
    assert split(text) == [
        "Lt. Gen. Maren Holt said the U.K. -led patrol stopped 3.5 miles (6km) short of the border.",
        "Dr. Ivo Brandt of Acme Inc. disagreed."]


def test_month_abbreviation_and_clock_time():
    assert split("On Jan. 30 the talks resumed. They met at 3 p.m. Tuesday in the capital. Nobody spoke.") == [
        "On Jan. 30 the talks resumed.", "They met at 3 p.m. Tuesday in the capital.", "Nobody spoke."]


def test_quotes_stay_with_their_attribution():
    text = '"We will rebuild the harbour", the mayor said. "It will take years." She left.'
    assert split(text) == ['"We will rebuild the harbour", the mayor said.', '"It will take years."', "She left."]


def test_lowercase_continuation_is_merged():
    assert split("The plant makes 50 mln. cubic feet a day. It closed.") == [
        "The plant makes 50 mln. cubic feet a day.", "It closed."]


def test_whitespace_tidied_and_empty():
    assert split("  Two   spaces\nand a break.  ") == ["Two spaces and a break."]
    assert split("   ") == []
