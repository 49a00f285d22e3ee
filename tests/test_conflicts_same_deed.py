"""Conflicts: a negated denial of a deed told through other words ("never ordered anyone
to throw away a single sample") against another speaker's assertion of it ("had ordered
technicians to discard samples"). Every example is fictional; more must-not-fire cases
than must-fire ones."""
from conftest import facts_brief

SAID = "The prosecutor told the court that Varenko had ordered clerks to discard the ledgers before the audit."
DENIED = "Varenko's lawyer, Ilse Brandt, said his client \"never ordered anyone to throw away a single ledger\"."


def denial_notes(sentences):
    got = facts_brief({"a": sentences}, with_entities=True)
    return [c.note for c in got.conflicts if c.kind == "denial" and "asserted by" in c.note]


def test_a_deed_denied_in_other_words_meets_its_assertion():
    """Fictional: "throw away" and "discard" are one deed (lexicon `deed_verb_synonyms`),
    "ledger" the same object, "his client" the man named in the denial's sentence."""
    (note,) = denial_notes([SAID, DENIED])
    assert "ledgers" in note and "throw away" in note


def test_another_object_another_deed_or_another_doer_is_no_match():
    """Fictional hard negatives: receipts, not ledgers;
    "signing" is no throwing away; a named other doer ("Dorn never ordered ...")."""
    assert denial_notes([SAID, DENIED.replace("a single ledger", "a single receipt")]) == []
    assert denial_notes([SAID.replace("to discard", "to sign"), DENIED]) == []
    other = "Varenko's lawyer, Ilse Brandt, said Dorn \"never ordered anyone to throw away a single ledger\"."
    assert denial_notes([SAID, other]) == []
