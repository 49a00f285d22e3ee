"""Speaker attribution by news-writing convention, with abstention; negation, refusal
and modality of cues. Every example is invented (fictional places and people)."""
import pytest

from conftest import make_brief, nth
from newsbrief.pipeline import run_stage
from newsbrief.stages import claim_cues, claims
from newsbrief.timex.grammar import dateline_end as dateline_length


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
    b = run("The harbour gates will stay shut until the tide turns, said Valdor Port Police Sgt. Tom Quill.",
            "Ana-Maria Kessel of the emergency services line said the call was hard to understand.")
    assert of(b, 1)[0].speaker_text == "Tom Quill"
    assert of(b, 2)[0].speaker_text == "Ana-Maria Kessel"


@pytest.mark.parametrize("sentence", [
    "Ferry operators said they doubted that the new pier would open by June.",
    "The council said it rejected the allegations made by the tenants.",
    "A coroner said the first estimate released by the clinic was mistaken.",
    "Councillor Dana Pirrow on Thursday retracted her statement about the school closures.",
])
def test_a_neutral_cue_over_a_denial_is_a_denial(sentence):
    """Fictional: the speaker's own doubt of a clause, a rejection of allegations, a
    figure given out declared wrong, a retraction of a statement: each denies."""
    b = run(sentence)
    assert [c.stance for c in of(b, 1)] == ["deny"]


@pytest.mark.parametrize("sentence", [
    "The engineer said the bridge was not damaged.",
    "The engineer said the bridge was never damaged.",
    "Officials said the town had never flooded before.",
    "The pilot said he had never seen such a storm.",
    "The mayor insisted that no one was hurt in the blast.",
    "The minister maintained that the project did not need more money.",
    "Police said they questioned three men about the fire.",
    "A ministry spokesman said it was wrong to close the shelter.",
    "The council insisted that the school would reopen.",
])
def test_a_negation_or_judgement_alone_is_no_denial(sentence):
    """Fictional: a speaker's own negative statement (under "not", "never", "no one",
    insisted or maintained) asserts negated content, it denies nothing anyone claimed;
    questioning people, a moral judgement and an insisted positive stay assertions."""
    b = run(sentence)
    assert [c.stance for c in of(b, 1)] == ["assert"]


@pytest.mark.parametrize("sentence", [
    "The union said it rejected the offer.",
    "The union rejected the offer.",
    "Councillor Dana Pirrow later retracted her resignation.",
])
def test_rejecting_an_offer_or_retracting_a_resignation_denies_no_claim(sentence):
    """Fictional: an offer or a resignation is no proposition; no denial comes of it."""
    b = run(sentence)
    assert [c for c in of(b, 1) if c.stance == "deny"] == []


def run_named(*sentences):
    """Like `run`, with the entities stage first (claims link to its names)."""
    from newsbrief.stages import entities
    brief, ctx = make_brief({"a": list(sentences)})
    run_stage(entities.STAGE, brief, ctx)
    run_stage(claims.STAGE, brief, ctx)
    return brief


def test_the_author_of_a_document_named_in_a_relative_clause_claims_nothing():
    """Fictional: "the emails that Vell wrote" says which emails; only Lund speaks."""
    from newsbrief.resources import default
    b = run("Councillor Pia Lund said she would read out the emails that Omar Vell wrote last winter to the harbour board.")
    assert {c.speaker_text for c in b.claims} == {"Councillor Pia Lund"}
    doc = default().nlp("The auditors studied the letters that Omar Vell wrote to the board.")
    wrote = next(t for t in doc if t.lower_ == "wrote")
    assert wrote.dep_ == "relcl" and not claim_cues.is_cue(wrote)


def test_a_surname_the_parser_takes_for_a_noun_speaks_and_is_the_pronouns_antecedent():
    """Fictional: "Banks" parsed as a common noun is the person the entities stage knows."""
    b = run_named("Senator Ruth Banks toured the harbour on Monday.",
                  "Banks argued the tariff was unfair, and she told the crowd that she would vote against it.")
    got = {(c.speaker_text, c.text) for c in of(b, 2)}
    assert ("Banks", "the tariff was unfair") in got
    assert all(t in ("Banks", "Ruth Banks") for t, _ in got) and len(got) >= 2


def test_an_administration_named_after_a_person_is_not_that_person():
    """Fictional: the subject is the administration, not Velk."""
    b = run_named("President Anna Velk opened the mill.",
                  "The Velk administration denied that the mill had polluted the river, adding that tests were clean.")
    c = of(b, 2)
    assert {x.speaker_text.lower().removeprefix("the ") for x in c} == {"velk administration"}
    velk = next(e for e in b.entities if e.name == "Anna Velk")
    assert all(x.speaker != velk.id for x in c)
    assert {x.stance for x in c} == {"deny"}  # the participle belongs to the denial


def test_a_definite_description_points_back_to_the_named_speaker():
    """Fictional: "the agency" is the Norpress agency that spoke before; "the television"
    is the state TV that spoke before (a synonym of the lexicon); "the government" names
    itself."""
    b = run_named("Three ferries were late, the Norpress agency said.",
                  "The storm closed two ports, state TV said.",
                  "Crews cleared the harbour, the agency said.",
                  '"The quay is flooded," the television reported.',
                  "The government said the ports would reopen.")
    assert of(b, 3)[0].speaker_text == "the Norpress agency"
    assert of(b, 4)[0].speaker_text == "state TV"
    assert of(b, 5)[0].speaker_text == "The government"


def test_a_description_no_earlier_speaker_holds_stays_unlinked():
    """Fictional: "the relief group" is not the ministry that spoke before: it keeps
    its own words and no entity."""
    b = run_named("The Norland Defence Ministry said five soldiers died.",
                  "Ten civilians were killed, the relief group said.")
    (c,) = of(b, 2)
    assert c.speaker is None and c.speaker_text == "the relief group"


def test_a_trailing_attribution_the_parser_left_without_subject():
    """Fictional: "..., farm radio and neighbours said." when the parser hangs the
    speakers on the place before them."""
    from newsbrief.stages.claim_speaker_repairs import trailing_subject
    from newsbrief.resources import default
    doc = default().nlp("Two barns collapsed at the edge of the village of Orsk, farm radio and neighbours said.")
    cue = next(t for t in doc if t.lower_ == "said")
    spk = trailing_subject(cue)
    assert spk is not None and spk.lower_ == "radio"
    doc = default().nlp("The bridge closed, the mayor said, and the ferry stopped.")
    assert trailing_subject(next(t for t in doc if t.lower_ == "said")) is None


def test_the_title_alone_is_the_one_person_of_the_article_with_it():
    """Fictional: "the governor" is Governor Ida Marsh, the article's only governor."""
    b = run_named("Governor Ida Marsh flew to Tarvesk on Monday.",
                  '"We will rebuild," the governor told reporters.')
    marsh = next(e for e in b.entities if e.name == "Ida Marsh")
    assert [c.speaker for c in of(b, 2)] == [marsh.id]


def test_the_title_alone_never_names_a_person_of_another_article():
    """Fictional: article b never names its president; article a's President Anna Velk
    is not the club's president."""
    from newsbrief.stages import entities
    brief, ctx = make_brief({"a": ["President Anna Velk opened the new port on Monday."],
                             "b": ["The football club held its annual meeting on Tuesday.",
                                   "The president said the stadium would be rebuilt."]})
    run_stage(entities.STAGE, brief, ctx)
    run_stage(claims.STAGE, brief, ctx)
    said = [c for c in brief.claims if "stadium" in c.text]
    assert said and all(c.speaker is None for c in said)


def test_a_quotation_hung_on_the_cue_as_another_clause_is_what_was_said():
    """Fictional: the parser takes the quotation for an adverbial clause of "said"."""
    b = run("''Until the pumps are tested, nobody can say whether the levee held,'' "
            "county engineer Rosa Bint said late Sunday.")
    (c,) = of(b, 1)
    assert c.speaker_text == "Rosa Bint" and c.direct and "levee held" in c.text


def test_said_with_a_clause_parsed_as_its_object():
    """Fictional: "said a rockfall injured ..." misparsed as said + object."""
    b = run("Rescuers said a rockfall injured at least five climbers on the ridge.")
    (c,) = of(b, 1)
    assert c.speaker_text == "Rescuers" and "injured at least five climbers" in c.text


def test_a_forecast_reports_what_it_predicts():
    """Fictional: the forecaster's predicted amount is its claim, a possibility."""
    b = run("The Orsk Met Bureau predicts heavy rain along the coast on Sunday.",
            "Forecasters were predicting hail for the valley on Monday.")
    assert of(b, 1)[0].speaker_text == "The Orsk Met Bureau" and "heavy rain" in of(b, 1)[0].text
    assert of(b, 1)[0].modality == "possible"
    assert of(b, 2) and "hail for the valley" in of(b, 2)[0].text
