"""Speaker attribution by news-writing convention, with abstention; negation, refusal
and modality of cues. Every example is invented (fictional places and people)."""
import pytest

from conftest import make_brief, nth
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims
from newsbrief.text.claim_rules import dateline_length


def run(*sentences, paragraphs=None):
    brief, ctx = make_brief({"a": list(sentences)})
    if paragraphs:
        for s, p in zip(brief.sentences, paragraphs):
            s.paragraph = p
    run_stage(claims.STAGE, brief, ctx)
    return brief


def of(brief, n):
    return [c for c in brief.claims if c.sentence == nth(brief, n)]


@pytest.mark.parametrize("sentence", [
    "The harbour master could not confirm that the ferry had sunk.",
    "The ministry did not deny that troops were sent to Valdora.",
    "The governor declined to say whether the dam would be opened.",
    "The company refused to comment on the report that it had closed the mine.",
    "No one would confirm that the convoy had been attacked.",
    "The mayor never said the bridge was unsafe.",
    "Officials failed to confirm that the pipeline had burst.",
])
def test_a_negated_or_refused_cue_reports_nothing(sentence):
    b = run(sentence)
    assert of(b, 1) == []


def test_question_under_asked_whether_is_no_claim_of_the_person_asked_about():
    b = run('Asked whether Ruth Palin had promised that Norland would help, Tom Greer said, "Yes, very much so."')
    assert {c.speaker_text for c in b.claims} == {"Tom Greer"}


def test_did_not_deny_is_never_a_denial():
    b = run("The Norland army did not deny shelling the border town.")
    assert not [c for c in b.claims if c.stance == "deny"]


def test_none_of_the_passengers_is_not_a_denial():
    b = run("The operator said none of the 40 passengers were hurt.")
    c = of(b, 1)[0]
    assert c.stance == "assert" and c.negated


def test_negated_and_modality_fields():
    b = run("The engineer said the bridge was not damaged.",
            "The inspector said the fire may have started in the kitchen.",
            "The council said the school would close if the river rose.",
            "The mayor said the road would reopen on Monday.")
    assert of(b, 1)[0].negated and of(b, 1)[0].modality == "asserted"
    assert of(b, 2)[0].modality == "possible" and not of(b, 2)[0].negated
    assert of(b, 3)[0].modality == "conditional"
    assert not of(b, 4)[0].negated and of(b, 4)[0].modality == "asserted"


def test_dateline_is_never_a_speaker():
    assert dateline_length("PORT KESSARIN \u2014 The mayor said the port was shut.") == 16
    assert dateline_length("Valdora, Norland (Wire) - The mayor said so.") > 0
    b = run("VALDORA \u2014 Valdora declared that the curfew was over.",
            "KESSARIN, Norland (Wire) - The curfew is over, the council said.")
    assert {c.speaker_text for c in of(b, 1)} <= {"Valdora"}  # running text may name the place...
    assert all(c.speaker_text != "VALDORA" for c in b.claims)  # ...the dateline never speaks
    assert {c.speaker_text for c in of(b, 2)} == {"the council"}


def test_a_place_speaks_only_as_subject_of_the_cue():
    b = run("Reporting from Valdora in neighbouring Norland, the channel's Ana Berg said: \"There was gunfire.\"",
            "Norland said the border would stay closed.")
    assert {c.speaker_text for c in of(b, 1)} == {"Ana Berg"}
    assert {c.speaker_text for c in of(b, 2)} == {"Norland"}


def test_an_inanimate_subject_is_not_a_speaker():
    b = run("The powerful blast suggested that the depot had stored fuel.",
            "Bo Lund, a fire inspector, said the quick spread of the flames could indicate arson.")
    assert of(b, 1) == []
    assert {c.speaker_text for c in of(b, 2)} == {"Bo Lund"}


def test_unnamed_document_abstains_but_an_owner_speaks():
    b = run("According to the memo, the plant had failed two inspections.",
            "An Agency statement said the plant was safe.")
    assert of(b, 1) == []
    assert of(b, 2)[0].speaker_text == "Agency"


def test_pronoun_takes_the_last_named_subject_not_an_older_speaker():
    b = run('"The ferry will sail," Mara Quill told reporters.',
            "Harbour official Peter Morgan inspected the ferry on Monday.",
            '"This is unacceptable," he said.')
    assert of(b, 3)[0].speaker_text == "Peter Morgan"


def test_pronoun_without_a_near_antecedent_is_abstained():
    b = run("Mayor Lena Hoff said the town was ready.",
            "The river rose overnight.",
            "A convoy of trucks reached the town at noon.",
            "Crews worked through the night.",
            '"We will stay as long as needed," he said.')
    assert of(b, 5) == []


def test_appeal_to_a_person_does_not_make_that_person_the_antecedent():
    b = run("An activist's appeal to President Karl Stam went unanswered, and she said the town was abandoned.")
    assert "Karl Stam" not in {c.speaker_text for c in b.claims}


def test_quote_without_cue_takes_the_speaker_of_its_paragraph():
    b = run('"The water came in minutes."', '"We lost everything," said farmer Ida Moss.',
            paragraphs=[0, 0])
    c = of(b, 1)[0]
    assert c.speaker_text == "Ida Moss" and c.direct and c.confidence < 1


def test_relaying_outlet_is_not_the_speaker():
    b = run("The Marsh ministry denied the union's claims, saying it was always careful, the Norpress agency reported.")
    assert {(c.speaker_text, c.stance) for c in b.claims} == {("The Marsh ministry", "deny")}


def test_title_after_the_organisation_and_split_name():
    b = run("Snow caused a pileup near Dunmore that killed two people, said Valdor State Patrol Sgt. Tom Quill.",
            "Ana-Maria Kessel of the emergency services line said the call was hard to understand.")
    assert of(b, 1)[0].speaker_text == "Tom Quill"
    assert of(b, 2)[0].speaker_text == "Ana-Maria Kessel"


@pytest.mark.parametrize("sentence", [
    "Harbour officials insisted on Monday that the captain had made no request to leave port.",
    "Mayor Lena Hoff maintained that the levy was never discussed.",
    "A ministry spokesman said the governor has never asked the inspectors to end their inquiry.",
    "Dock workers said they doubted the crane could have collapsed on its own.",
    '"The earlier information that the port gave out was wrong," said inspector Tom Greer.',
    "Prosecutor Ivo Sarnak later retracted the remark.",
])
def test_a_neutral_cue_over_a_denial_is_a_denial(sentence):
    """Fictional: insisting on a negation, a named doer's deed under "never", the
    speaker's own doubt, a report declared wrong, a retraction: each denies."""
    b = run(sentence)
    assert [c.stance for c in of(b, 1)] == ["deny"]


@pytest.mark.parametrize("sentence", [
    "The engineer said the bridge was not damaged.",
    "The pilot said he had never seen such a storm.",
    "A ministry spokesman said it was wrong to close the shelter.",
    "The council insisted that the school would reopen.",
])
def test_a_negation_or_judgement_alone_is_no_denial(sentence):
    """Fictional: a plain negated report, a pronoun's experience under "never", a moral
    judgement and an insisted positive stay assertions."""
    b = run(sentence)
    assert [c.stance for c in of(b, 1)] == ["assert"]
