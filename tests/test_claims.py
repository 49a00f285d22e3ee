"""Claims: reported speech patterns, speakers, pronouns, stance. Invented examples only."""
import pytest

from conftest import make_brief, nth
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.pipeline import run_stage
from newsbrief.stages import claim_spans, claims
from newsbrief.text.claim_rules import quote_spans, tidy


def run(*sentences, article="a"):
    brief, ctx = make_brief({article: list(sentences)})
    run_stage(claims.STAGE, brief, ctx)
    return brief


def only(brief, n=1, **want):
    """The first claim of the brief's n-th sentence (from 1) with these attributes."""
    found = [c for c in brief.claims if c.sentence == nth(brief, n)]
    for k, v in want.items():
        found = [c for c in found if getattr(c, k) == v]
    assert found, f"no claim with {want} in {[(c.speaker_text, c.cue, c.stance, c.text) for c in brief.claims]}"
    return found[0]


def test_x_said_reported_speech():
    b = run("Mayor Linda Hart said the bridge would reopen on Friday.")
    c = only(b, speaker_text="Linda Hart")
    assert c.cue == "said" and c.stance == "assert" and not c.direct
    assert c.text.startswith("the bridge would reopen")


def test_inverted_direct_quote():
    b = run('"We are ready for the next storm", the fire chief said.')
    c = only(b, speaker_text="the fire chief")
    assert c.direct and c.text == "We are ready for the next storm"


def test_inverted_with_title_and_apposition():
    b = run('"The roads are closed", Police Captain Dana Brook, a spokeswoman for the county, told reporters.')
    c = only(b, cue="told")
    assert c.speaker_text == "Dana Brook" and c.direct


def test_according_to():
    b = run("The dam was unsafe, according to the engineer Piet Moss.")
    c = only(b, cue="according to")
    assert c.speaker_text == "Piet Moss"
    assert "dam was unsafe" in c.text


def test_told_an_outlet_that():
    b = run("Union leader Maria Santos told Harbour Radio that the strike would continue until March.")
    c = only(b, cue="told")
    assert c.speaker_text == "Maria Santos" and "strike would continue" in c.text


def test_says_present_tense():
    b = run("Captain Ivan Petrov says the ship was never in danger.")
    assert only(b, cue="says").speaker_text == "Ivan Petrov"


def test_verb_day_that_quote():
    b = run('Finance Minister Omar Haddad stressed Thursday that "prices have stabilised".')
    c = only(b, cue="stressed")
    assert c.speaker_text == "Omar Haddad" and c.direct and c.text == "prices have stabilised"


def test_put_the_number_at():
    b = run("Local official Rosa Diaz put the number of evacuees at 3,000.")
    c = only(b, cue="put")
    assert c.speaker_text == "Rosa Diaz" and "number of evacuees" in c.text


def test_a_document_nobody_is_named_for_is_not_a_speaker():
    # fictional: "the report said" without an author is abstained on; a named owner speaks
    b = run("The report said the fire started in the kitchen of the hotel.",
            "A Harbour Board statement said the quay was closed.")
    assert [c for c in b.claims if c.sentence == nth(b, 1)] == []
    assert only(b, 2).speaker_text == "Harbour Board"


def test_denied_and_formally_denied():
    b = run("The company denied polluting the river.",
            "Norland has formally denied sending troops across the border.")
    assert only(b, 1).stance == "deny"
    c = only(b, 2)
    assert c.stance == "deny" and c.cue == "denied" and c.speaker_text == "Norland"
    assert "sending troops" in c.text


def test_rejected_claims_is_deny():
    b = run("The rebel command rejected claims that its fighters shelled the market.")
    assert only(b, cue="rejected").stance == "deny"


@pytest.mark.parametrize("sentence", [
    "The union said its members had nothing to do with a fire at the depot.",
    "The ferry company said none of their crew were on deck.",
    "The militia said it did not carry out the attack on the convoy.",
])
def test_negated_responsibility_is_deny(sentence):
    b = run(sentence)
    assert only(b, cue="said").stance == "deny"


@pytest.mark.parametrize("sentence", [
    "The school had its windows blown in, but none of its 300 pupils was hurt, said the head teacher.",
    "The ferry company said none of their crew were injured when the ramp gave way.",
])
def test_none_of_its_people_harmed_is_a_report_not_a_denial(sentence):
    # fictional: "none of its ..." with a word of harm tells a toll, it answers no one
    b = run(sentence)
    assert only(b, cue="said").stance == "assert"


def test_plain_negation_is_not_denial():
    b = run('"I will not comment on rumours", the spokesman said.')
    c = only(b, cue="said")
    assert c.stance == "assert" and c.speaker_text == "the spokesman"


def test_pronoun_he_resolves_to_earlier_person_speaker():
    b = run("Health Minister Karen Blake said the clinic would stay open.",
            "The harbour authority closed two piers on Monday.",
            "The outbreak is under control, she said.")
    assert only(b, 3).speaker_text == "Karen Blake"


def test_pronoun_it_resolves_to_organisation_not_person():
    b = run("Mayor Tom Lind said the port would reopen.",
            "The Harbour Authority closed the port on Sunday.",
            "It said the closure would last two days.")
    # the most recent fitting *speaker* for "it" must be an organisation, never the mayor
    c = only(b, 3)
    assert c.speaker_text != "Tom Lind"
    assert "Harbour Authority" in c.speaker_text


def test_pronoun_not_resolved_across_articles():
    brief, ctx = make_brief({"a": ["Governor Ellen Frost said the road would open."],
                        "b": ["The bridge is safe, he said."]})
    run_stage(claims.STAGE, brief, ctx)
    # no antecedent in its own article: the claim is abstained on, never given to Frost
    assert not [c for c in brief.claims if c.sentence == nth(brief, 2)]


def test_first_person_inside_quote_is_not_a_speaker():
    b = run('"I believe the talks will fail", the envoy said.')
    assert {c.speaker_text for c in b.claims} == {"the envoy"}


def test_speaker_linked_to_its_entity():
    from newsbrief.stages import entities
    b, ctx = make_brief({"a": ["Mayor Linda Hart said the bridge would reopen on Friday."]})
    run_stage(entities.STAGE, b, ctx)
    run_stage(claims.STAGE, b, ctx)
    speaker = b.index.entity(only(b, speaker_text="Linda Hart").speaker)
    assert speaker is not None and speaker.type == "PERSON" and "Hart" in speaker.name


def test_no_claim_without_reporting():
    b = run("The river rose two metres overnight and flooded the lower town.")
    assert b.claims == []


def test_quote_helpers():
    assert quote_spans('He said "yes" and "no".') == [(9, 12), (19, 21)]
    assert tidy('that "the plan works,') == "the plan works"


def test_verb_before_subject_and_colon_quote():
    b = run('"We will win the vote," said Governor Ann Smith.',
            'The senator said: "Nobody was hurt."')
    c = only(b, 1)
    assert c.speaker_text == "Ann Smith" and c.direct and c.text.startswith("We will win")
    d = only(b, 2)
    assert d.speaker_text == "The senator" and d.direct and d.text.startswith("Nobody was hurt")


def test_quoted_as_saying():
    b = run("The mayor was quoted as saying the city would rebuild.")
    assert only(b, cue="saying").speaker_text == "The mayor"


def test_claimed_responsibility_is_not_speech():
    b = run("The group claimed responsibility for the attack.")
    assert b.claims == []


def test_descriptor_before_organisation_name_is_dropped():
    b = run("Norland's state news agency NORPA said the convoy was hit.",
            "The rights group Amnesty International said the trial was unfair.",
            "Kenya's Red Cross said the convoy was hit.")
    assert only(b, 1).speaker_text == "NORPA"
    assert only(b, 2).speaker_text == "Amnesty International"
    assert only(b, 3).speaker_text == "Kenya's Red Cross"


def test_newswire_quotes_and_nested_speech():
    b = run("``We are ready for the storm,'' the governor said.",
            '"My neighbours told me the water was rising," said Ana Kell, a farmer.')
    c = only(b, 1)
    assert c.direct and c.text.startswith("We are ready for the storm") and c.speaker_text == "the governor"
    # "my neighbours told me" is inside the quotation: only Ana Kell speaks
    assert {x.speaker_text for x in b.claims if x.sentence == nth(b, 2)} == {"Ana Kell"}


def test_quote_closing_a_quotation_from_the_previous_sentence():
    spans = quote_spans('end of the long quote," he said.')
    assert spans == [(0, 22)]
    b = run('"The river rose fast.', 'Nobody expected it," the mayor said.')
    assert only(b, 2).speaker_text == "the mayor"


@pytest.mark.parametrize("sentence", [
    'The ministry called the reports "lies".',
    "The government dismissed the reports as propaganda.",
    "The army branded the claims fabricated.",
])
def test_dismissing_allegations_is_deny(sentence):
    b = run(sentence)
    assert [c.stance for c in b.claims] == ["deny"]


def test_calling_an_act_something_is_not_a_claim_or_denial():
    b = run('The union called the lockout "unprovoked".')
    assert all(c.stance == "assert" for c in b.claims)


def test_statement_from_organisation_speaks_for_it():
    b = run("A statement from the interior ministry said the camp was closed.",
            "The ministry's statement said the border was open.")
    assert only(b, 1).speaker_text == "the interior ministry"
    assert only(b, 2).speaker_text == "the interior ministry"  # "the ministry" resolved


def test_dateline_debris_is_not_part_of_the_speaker():
    b = run("March 3, 2024 (WIRE)-The port authority said the quay would reopen.")
    assert only(b, cue="said").speaker_text == "The port authority"


def test_conjoined_speakers_each_get_the_claim():
    b = run("A harbour official and the coastguard both said that about 40 people were missing.")
    assert {c.speaker_text for c in b.claims} == {"A harbour official", "the coastguard"}
    assert len({c.text for c in b.claims}) == 1


def test_topic_words_and_participles_are_not_denials():
    b = run("The founder said that fake news was damaging public debate.",
            "Among the papers is the president's letter rejecting the request.")
    assert [c.stance for c in b.claims if c.sentence == nth(b, 1)] == ["assert"]
    assert [c for c in b.claims if c.sentence == nth(b, 2)] == []


def test_pronoun_prefers_main_clause_subject():
    b = run("Norland has warned it will close the pass to convoys - something it said it had done twice before.")
    assert only(b, cue="said").speaker_text == "Norland"


def test_not_denying_is_not_a_denial():
    b = run("The ministry did not deny the report.", "The ministry denied the report.")
    assert [c.stance for c in b.claims] == ["deny"]  # not denying asserts nothing either


def test_quotation_continuing_previous_quote():
    b = run('"We are ready," the mayor said.', '"We have trained for this."', "The river rose.", '"Nobody came."')
    c = only(b, 2)
    assert c.speaker_text == "the mayor" and c.direct and c.text.startswith("We have trained")
    assert not [x for x in b.claims if x.sentence == nth(b, 4)]  # not right after a quoted claim


def test_name_colon_transcript_lines():
    b = run("PENCE: Well, look, the debate is serious business.", 'Jane Roe: "We will rebuild the town."',
            "Update: the road is open again.")
    assert only(b, 1).speaker_text == "Pence"
    c = only(b, 2)
    assert c.speaker_text == "Jane Roe" and c.direct and c.text == "We will rebuild the town."
    assert not [x for x in b.claims if x.sentence == nth(b, 3)]


def test_bench_exits_nonzero_without_shared(tmp_path, capsys):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench import claims as bench_claims
    old = bench_claims.DATA
    bench_claims.DATA = tmp_path / "missing"
    try:
        assert bench_claims.main([]) == 2
    finally:
        bench_claims.DATA = old
    assert "not found" in capsys.readouterr().err


def test_content_opening_the_story_loses_its_dateline():
    b = run("KESSARY (XNA) -- The dock strike will end on Monday, union leader Ivo Sarnak said.")
    c = only(b, speaker_text="Ivo Sarnak")
    assert c.text.startswith("The dock strike will end on Monday")


def test_a_participle_after_a_reported_clause_belongs_to_the_reporter():
    b = run("Orlan Freight, which runs the barge, denied that its crew had caused the spill, "
            "saying the hull was checked last month.")
    said = [c for c in b.claims if "hull was checked" in c.text and c.cue == "saying"]
    assert said and said[0].speaker_text == "Orlan Freight", [(c.speaker_text, c.cue, c.text) for c in b.claims]


def test_what_was_denied_stops_before_the_participle_claim():
    b = run("Orlan Freight, which runs the barge, denied that its crew had caused the spill, "
            "saying the hull was checked last month.")
    denial = only(b, stance="deny")
    assert "spill" in denial.text and "hull" not in denial.text


def test_claims_and_entities_strip_the_same_titles():
    """One titles lexicon for both stages (fictional names): "Acting" was once only an
    entity title, "Rabbi"/"Bishop" only a claims title."""
    from newsbrief.stages import entities
    b, ctx = make_brief({"a": ["Acting Mayor Orrin Dask said the dam held.",
                          "Bishop Anselm Quorry said the shelter was full."]})
    run_stage(claims.STAGE, b, ctx)
    run_stage(entities.STAGE, b, ctx)
    assert [c.speaker_text for c in b.claims] == ["Orrin Dask", "Anselm Quorry"]
    names = {e.name: e.type for e in b.entities}
    assert names.get("Orrin Dask") == "PERSON" and names.get("Anselm Quorry") == "PERSON"
    assert claim_spans.TITLES is entities.TITLES
