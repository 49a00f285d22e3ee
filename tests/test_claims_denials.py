"""Claims, the denial side: a doubt whose "that"-less clause the parser split is still a
denial of that clause; a board or a panel denies like a council. Every example is
fictional."""
from conftest import facts_brief


def stances(sentence):
    return [(c.speaker_text, c.stance) for c in facts_brief({"a": [sentence]}).claims]


def test_a_board_or_panel_is_a_speaker_that_denies():
    """Fictional: organisation subjects headed by "board", "panel"."""
    assert stances("The clinic board denied that it had shut the night ward.") == [("The clinic board", "deny")]
    assert stances("The hospital board on Tuesday denied cutting the night shift.") == [("The hospital board", "deny")]
    assert stances("An appeals panel rejected the allegations as baseless.") == [("An appeals panel", "deny")]


def test_a_board_that_is_a_thing_says_nothing():
    """Fictional hard negatives: a board as a plank or a sign is no speaker."""
    assert ("A loose board", "assert") not in stances("A loose board fell on the stage, a witness said.")
    assert all(s != "the board" for s, _ in stances("Workers nailed the board over the window, police said."))
    assert stances("A notice board on the gate listed the opening hours.") == []


def test_a_doubt_of_a_thatless_clause_is_a_denial():
    """Fictional: "doubted herders trying to ... would have ...": the parser hangs
    "herders trying" on the doubt verb and "would have" on "said"."""
    assert stances("Villagers said they doubted herders trying to cross the river would have the strength "
                   "to swim it.") == [("Villagers", "deny")]


def test_a_doubt_of_a_thing_a_conjunct_or_no_doubt_is_no_denial():
    """Fictional hard negatives: doubting a plan and voting, a second clause with its own
    subject, a negated doubt, and a verb of liking."""
    assert stances("Villagers said they doubted the plan and would vote against it at the meeting.") \
        == [("Villagers", "assert")]
    assert stances("Villagers said they doubted the plan, and the council would meet on Monday.")[0] \
        == ("Villagers", "assert")
    assert ("Villagers", "deny") not in stances("Villagers said they did not doubt herders trying to cross "
                                                "the river would have the strength to swim it.")
    assert stances("Villagers said they liked herders trying to cross the river would have the strength "
                   "to swim it.")[0] == ("Villagers", "assert")
