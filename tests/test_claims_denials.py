"""Claims, the denial side: a doubt whose "that"-less clause the parser split is still a
denial of that clause; "board", "panel" and "bureau" speak only as a named body, never
as a thing (a plank, a sign, a screen). Every example is fictional."""
from conftest import facts_brief


def stances(sentence):
    return [(c.speaker_text, c.stance) for c in facts_brief({"a": [sentence]}).claims]


def test_a_board_or_panel_is_a_speaker_that_denies():
    """Fictional: organisation subjects headed by "board", "panel", "bureau" with an
    institution modifier."""
    assert stances("The clinic board denied that it had shut the night ward.") == [("The clinic board", "deny")]
    assert stances("The hospital board on Tuesday denied cutting the night shift.") == [("The hospital board", "deny")]
    assert stances("An appeals panel rejected the allegations as baseless.") == [("An appeals panel", "deny")]
    assert stances("The weather bureau said the river would crest on Friday.") == [("The weather bureau", "assert")]


def test_a_board_or_panel_that_is_a_thing_is_no_speaker():
    """Fictional hard negatives: a plank, a sign or a screen as the subject of the
    reporting verb, and a plank in a sentence whose real speaker comes after it."""
    assert stances("A loose board suggested the thieves had come in through the cellar, a detective said.") == []
    assert stances("A notice board on the gate said the pool was closed.") == []
    # audit 7: an institution word before the thing noun does not make the thing a body
    assert stances("The college bulletin board said the concert would be moved to May.") == []
    assert stances("A town notice board by the church said the lido was shut for cleaning.") == []
    assert stances("A display panel said the silver collection was the oldest in the province.") == []
    got = stances("A creaking floor board suggested the burglar had climbed in through the attic, "
                  "inspector Nel Arvo said.")
    assert got and all("board" not in (s or "") for s, _ in got)


def test_a_doubt_of_a_thatless_clause_is_a_denial():
    """Fictional: a doubt verb followed by a clause without "that" whose subject carries a
    participle phrase; the parser splits the clause from its modal verb."""
    assert stances("Dock workers said they doubted the crews sent to the island would manage the landing "
                   "in a swell.") == [("Dock workers", "deny")]


def test_a_doubt_of_a_thing_a_conjunct_or_no_doubt_is_no_denial():
    """Fictional hard negatives: doubting a thing and acting, a second clause with its own
    subject, a negated doubt, and a verb of liking."""
    assert stances("Dock workers said they doubted the ferry and would walk to the island instead.") \
        == [("Dock workers", "assert")]
    assert stances("Dock workers said they doubted the ferry, and the harbour would close on Monday.")[0] \
        == ("Dock workers", "assert")
    assert ("Dock workers", "deny") not in stances("Dock workers said they did not doubt the crews sent to the "
                                                   "island would manage the landing in a swell.")
    assert stances("Dock workers said they liked the crews sent to the island would manage the landing "
                   "in a swell.")[0] == ("Dock workers", "assert")
