"""Claims: a doubt whose "that"-less clause the parser split is still a denial of that
clause. Every example is fictional."""
from conftest import facts_brief


def stances(sentence):
    return [(c.speaker_text, c.stance) for c in facts_brief({"a": [sentence]}).claims]


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
