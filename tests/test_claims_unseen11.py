"""Stance and speaker precision on unseen text (a hand read of claims from fresh DUC 2004
and Multi-News validation briefs, issue 12, session 11). Four kinds of error, each fixed
by a general rule:

* "false", "baseless", ... made any claim a denial, even where they describe a deed
  ("making false promises") or the accused's own words ("gave false statements to the
  inquiry"): they deny only when said of a claim ("the reports were false", "false
  allegations");
* "not guilty" made a third party's plea, reported by someone else, the reporter's
  denial ("Reyk pleaded not guilty, police said"); the speaker's own plea still denies;
* a "he"/"she" whose words name the antecedent in the third person is someone else
  talking about that person: no speaker rather than the wrong one;
* a denial phrase that another named speaker says inside the content ("shows Reyk
  saying he was not involved") is that speaker's, not the outer speaker's.

Every sentence is invented (fictional people, places and bodies); each rule has hard
negatives beside it."""
import pytest

from conftest import claims_of


def stances(*sentences):
    return [(c.speaker_text, c.stance) for c in claims_of(*sentences).claims]


@pytest.mark.parametrize("sentence", [
    'In Halden, Mayor Ivo Brannick expressed concern that the council was "playing the old game of making false promises" to avoid an audit.',
    "Port investigators alleged that Tomas Reyk deleted the ledgers and gave false and misleading statements to them.",
])
def test_false_said_of_a_deed_or_of_the_accused_s_words_is_no_denial(sentence):
    got = stances(sentence)
    assert got and all(st == "assert" for _s, st in got)


@pytest.mark.parametrize("sentence", [
    "Councillor Mara Quell said the allegations were false.",
    "Councillor Mara Quell said the reports of a payment were false and baseless.",
    "Councillor Mara Quell said these were false allegations spread by her rivals.",
])
def test_false_said_of_a_claim_still_denies(sentence):
    assert stances(sentence) == [("Councillor Mara Quell", "deny")]


def test_false_negated_is_no_denial():
    assert stances("The harbour board said the reports were not false.") == [("The harbour board", "assert")]


def test_a_reported_plea_is_the_reporter_s_assertion():
    assert stances("Tomas Reyk pleaded not guilty on Thursday to the fraud charges, police said.") \
        == [("police", "assert")]


@pytest.mark.parametrize("sentence", [
    "Councillor Mara Quell said she would plead not guilty.",
    '"This is the ledger in which it says Reyk is not guilty," the lawyer Ana Velk told reporters.',
])
def test_one_s_own_plea_or_a_claim_of_innocence_still_denies(sentence):
    got = stances(sentence)
    assert got and all(st == "deny" for _s, st in got)


def test_a_pronoun_whose_words_name_its_antecedent_is_someone_else():
    b = claims_of("Tomas Reyk was questioned by the harbour board on Monday.",
                  '"This is the ledger in which it says Reyk is not guilty," he told reporters.')
    assert not any(c.speaker_text == "Tomas Reyk" for c in b.claims)


def test_a_pronoun_whose_words_name_someone_else_keeps_its_antecedent():
    b = claims_of("Tomas Reyk was questioned by the harbour board on Monday.",
                  '"This is the ledger in which it says Velk is not guilty," he told reporters.')
    assert [c.speaker_text for c in b.claims] == ["Tomas Reyk"]


def test_a_pronoun_whose_words_name_a_body_named_for_its_antecedent_keeps_it():
    b = claims_of("Tomas Reyk was questioned by the harbour board on Monday.",
                  "He said he and his Reyk Party members were still under threat.")
    assert [c.speaker_text for c in b.claims] == ["Tomas Reyk"]


def test_a_denial_another_named_speaker_makes_inside_the_content_is_not_the_outer_speaker_s():
    got = stances("The port authority and the two towns suing Norvik believe that the tape will help their case "
                  "because it shows Reyk saying he was not involved in plans to close the ferry line.")
    assert ("The port authority", "assert") in got and ("The port authority", "deny") not in got


def test_the_speaker_s_own_denial_for_someone_else_still_denies():
    assert stances("The port authority said Reyk was not involved in the plans.") == [("The port authority", "deny")]
