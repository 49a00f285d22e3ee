"""Claims: speakers a reporter would misquote, found reading the fictional clusters'
wrong speakers (session 19). Every text here is invented.

- "the fire service said" after "the weather service" spoke is another body
  (`claim_speakers._other_kind`);
- "X said inmates had told her ...": X was told, the account is X's (`claims.told_back`);
- "people whose relatives had reported them missing": nobody speaks (`plausible_speaker`);
- "the mayor of Wendle, Pell Ormond, said" with the name hung on the place
  (`claim_spans._appositive_name`)."""
from __future__ import annotations

import pytest

from conftest import claims_of


def _said(brief):
    return [(c.speaker_text, c.text) for c in brief.claims]


@pytest.mark.parametrize("first, second", [
    ("The weather service said more rain would fall on the valley.",
     "None of the 30 pupils on the coach was hurt, the fire service said."),
    ("The interior ministry said the blasts were car bombs.",
     "The toll stood at 52 on Friday, the health ministry said."),
])
def test_a_description_of_another_kind_is_not_the_body_that_spoke_before(first, second):
    b = claims_of(first, second)
    later = [c for c in b.claims if c.sentence == b.sentences[1].id]
    assert len(later) == 1
    assert later[0].speaker_text.lower() == second.split(", ")[-1].replace(" said.", "").lower()


@pytest.mark.parametrize("second", [
    "The relief agency said more tents would follow.",  # the word of its name: it is that agency
    "The agency said more tents would follow.",         # the kind alone: it is that agency
])
def test_a_description_that_fits_the_body_that_spoke_before_still_points_back(second):
    b = claims_of("The Tesk Relief Agency said it had sent 40 tents.", second)
    assert [c.speaker_text for c in b.claims] == ["The Tesk Relief Agency", "The Tesk Relief Agency"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Mara Doune said 40 inmates had told her they were refusing food.", "Mara Doune"),
    ("Ada Lunn said her supervisor told her to shred the logs.", "Ada Lunn"),
])
def test_who_was_told_tells_it(sentence, speaker):
    assert [c.speaker_text for c in claims_of(sentence).claims] == [speaker]


def test_a_relay_without_a_hearer_still_gives_the_claim_to_the_one_it_quotes():
    b = claims_of("The Norpress agency reported that Ivo Renk told parliament the dam was sound.")
    assert _said(b) == [("Ivo Renk", "the dam was sound")]


def test_whose_relatives_are_no_speaker():
    b = claims_of("Sergeant Ola Brisk, a police spokeswoman, said the force counted only people "
                  "whose relatives had reported them missing.")
    assert [c.speaker_text for c in b.claims] == ["Ola Brisk"]


def test_a_name_in_apposition_to_the_place_of_a_role_is_the_holder():
    b = claims_of("But the mayor of Wendle, Pell Ormond, said seven people from his town were still missing.")
    assert [c.speaker_text for c in b.claims] == ["Pell Ormond"]


def test_a_place_described_in_apposition_is_no_name_of_the_role():
    b = claims_of("The governor of Orsk, a port on the gulf, said the roads were shut.")
    assert [c.speaker_text for c in b.claims] != ["a port"]
    assert len(b.claims) == 1 and "governor" in b.claims[0].speaker_text.lower()


def test_he_after_an_unnamed_person_who_spoke_is_not_an_earlier_name():
    """'he said' after "A police sergeant ... told Radio Kelm" is the sergeant: no name to give."""
    b = claims_of("Dara Vell, a trader, said she saw smoke over the lane.",
                  "A police sergeant who was at the scene told Radio Kelm he had seen two wrecked cars.",
                  '"I know what I saw," he said.')
    assert [c.speaker_text for c in b.claims] == ["Dara Vell", "A police sergeant"]


def test_he_after_a_named_person_who_spoke_is_that_person():
    b = claims_of("Police sergeant Ivo Kelm said he had seen two wrecked cars.",
                  '"I know what I saw," he said.')
    assert [c.speaker_text for c in b.claims] == ["Ivo Kelm", "Ivo Kelm"]


def test_a_cue_joined_to_the_reported_clause_is_the_reporters():
    """The parser hangs "urged" on "vote" (inside what Reeve said); Reeve urged, not the members."""
    b = claims_of("Reeve said members would vote on the deal next week and urged them to accept it.")
    assert [(c.speaker_text, c.cue) for c in b.claims] == [("Reeve", "said"), ("Reeve", "urged")]


def test_a_participle_hung_on_a_rejected_report_is_the_rejecters():
    b = claims_of("The interior ministry again rejected reports that officers had fired live rounds, "
                  "saying the wounds could have been caused by other weapons.")
    assert {c.speaker_text for c in b.claims} == {"The interior ministry"}


def test_a_verb_of_the_reported_clause_that_reports_nothing_keeps_its_own_subject():
    b = claims_of("Reeve said members would vote on the deal and then return to work.")
    assert [(c.speaker_text, c.cue) for c in b.claims] == [("Reeve", "said")]


def test_a_cue_joined_to_the_denied_clause_leaves_what_is_denied():
    b = claims_of("Baywave denied that any crew member had gone unpaid and said about 600 passengers "
                  "had been moved to buses.")
    assert [(c.speaker_text, c.stance, c.text) for c in b.claims] == [
        ("Baywave", "deny", "any crew member had gone unpaid"),
        ("Baywave", "assert", "about 600 passengers had been moved to buses")]
