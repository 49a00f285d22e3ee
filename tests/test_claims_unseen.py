"""Claims precision on unseen text: pronoun antecedents, cues that report nothing, false
cues and split names. Each mechanism has must-fire cases and at least as many hard
negatives (cases where it must not fire). Every example is fictional: invented people,
places and firms."""
import pytest

from conftest import make_brief, nth
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims


def run(*sentences):
    brief, ctx = make_brief({"a": list(sentences)})
    run_stage(claims.STAGE, brief, ctx)
    return brief


def speakers(brief, n):
    return [c.speaker_text for c in brief.claims if c.sentence == nth(brief, n)]


def cues(brief, n):
    return [c.cue for c in brief.claims if c.sentence == nth(brief, n)]


# -- a pronoun's antecedent -----------------------------------------------------------
def test_subject_inside_the_quotation_is_not_who_speaks():
    """Fictional: the quoted words' subject is talked about, the pronoun is the earlier speaker."""
    b = run("Tomas Brel said the inquiry into the fund would end in May.",
            '"Peter Lund is an honest man, and nobody has shown any proof," he said.')
    assert speakers(b, 2) == ["Tomas Brel"]


def test_pronoun_with_only_a_quoted_subject_abstains():
    """Fictional hard negative: nobody outside the quotation can be "he"."""
    b = run("Crowds gathered outside the depot at dawn.",
            '"Peter Lund will pay us in full," he said.')
    assert "Peter Lund" not in speakers(b, 2)


def test_main_clause_subject_before_the_subject_of_what_was_declared():
    """Fictional: "he" continues the one who declared, not the judge he spoke about."""
    b = run("Governor Mario Lopez declared that Judge Peter Lund had overstepped his powers.",
            "He urged the senate to act within a week.")
    assert speakers(b, 2) == ["Mario Lopez"]


def test_the_only_person_subject_of_a_reported_clause_is_still_found():
    """Fictional must-fire: police is no "he", so the man they spoke of is the antecedent."""
    b = run("Police said Ivo Marr had handed himself in on Sunday.",
            "He told the court that he regretted the crash.")
    assert speakers(b, 2) == ["Ivo Marr"]


def test_two_reported_subjects_and_no_main_one_abstain():
    """Fictional hard negative: either man may be "he"."""
    b = run("The filing shows that Tomas Brel signed the lease and Ivo Marr paid the deposit.",
            "He said the rent had been fair.")
    assert speakers(b, 2) == []


def test_honorific_of_the_other_sex_is_no_antecedent():
    """Fictional hard negatives: "he" after "Ms. Holt", "she" after "Mr. Brel"."""
    b = run("Mrs. Ruth Okafor, the school's head, accepted the award on Friday.",
            "He told the audience that teaching was a calling.")
    assert speakers(b, 2) == []
    b = run("Mr. Tomas Brel said the ferry had been cancelled.",
            "She added that the harbour would stay open.")
    assert speakers(b, 2) == []


def test_honorific_of_the_same_sex_still_resolves():
    """Fictional must-fire counterparts."""
    b = run("Mrs. Ruth Okafor, the school's head, accepted the award on Friday.",
            "She told the audience that teaching was a calling.")
    assert speakers(b, 2) == ["Ruth Okafor"]
    b = run("Mr. Tomas Brel said the ferry had been cancelled.",
            "He added that the harbour would stay open.")
    assert speakers(b, 2) == ["Tomas Brel"]


def test_another_person_named_before_the_pronoun_blocks_the_earlier_antecedent():
    """Fictional hard negative: "she" is more likely the letter's writer than the man before."""
    b = run("Tomas Brel spoke to dock workers on Monday.",
            "A letter from Nina Vass was read out; in it she warned that the pier was unsafe.")
    assert "Tomas Brel" not in speakers(b, 2)


def test_no_other_person_before_the_pronoun_keeps_the_antecedent():
    """Fictional must-fire counterpart."""
    b = run("Tomas Brel spoke to dock workers on Monday.",
            "Later that day, he said the pier was unsafe.")
    assert speakers(b, 2) == ["Tomas Brel"]


# -- cues that report nothing -----------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Unable to enter the mine or tell how deep the flood was, the divers turned back.",
    "The bank refused to disclose the fee or confirm that the loan was repaid.",
    "The firm declined to name the buyer or say how much it paid.",
    "Police were not able to confirm that the driver had fled.",
])
def test_inability_and_refusal_cover_a_list_of_infinitives(sentence):
    """Fictional hard negatives: every verb of "unable to A or say B" is not done."""
    b = run(sentence)
    assert speakers(b, 1) == []


@pytest.mark.parametrize("sentence, speaker", [
    ("Rescuers reached the village and said that forty homes had collapsed.", "Rescuers"),
    ("The pilot was not able to land, and the tower said the runway was flooded.", "the tower"),
])
def test_a_statement_after_an_inability_still_counts(sentence, speaker):
    """Fictional must-fire: a new subject or a finite verb starts a statement of its own."""
    b = run(sentence)
    assert speakers(b, 1) == [speaker]


def test_a_belief_inside_what_was_not_said_is_no_claim():
    """Fictional hard negatives: a belief inside what was never revealed."""
    b = run("The inspectors never revealed where they thought the fault lay.")
    assert cues(b, 1) == []
    b = run("Asked about the vote, the senator would not reveal whether he felt it was rigged.")
    assert cues(b, 1) == []


def test_a_belief_inside_what_was_said_is_kept():
    """Fictional must-fire counterpart."""
    b = run("The minister said she thought the dam was safe.")
    assert speakers(b, 1) and set(speakers(b, 1)) == {"The minister"}


@pytest.mark.parametrize("sentence", [
    "Funds thought to have come from the lottery paid for the new roof.",
    "Three trawlers reported to be carrying illegal nets were stopped off the cape.",
    "The ship, said to be the fastest in the fleet, ran aground near Kelmo.",
])
def test_reduced_passive_of_a_raising_verb_is_no_cue(sentence):
    """Fictional hard negatives: others believe it, the noun before the participle says nothing."""
    b = run(sentence)
    assert not [c for c in b.claims if c.cue in ("believed", "said")]


def test_active_belief_and_statement_are_cues():
    """Fictional must-fire counterparts."""
    b = run("Officials believed the leak had started in the cellar.",
            "Officials said the ship was the fastest in the fleet.")
    assert speakers(b, 1) == ["Officials"] and speakers(b, 2) == ["Officials"]


# -- false cues from the inverted-attribution fallback ----------------------------------
@pytest.mark.parametrize("sentence, cue", [
    ("Guests at the lodge can hike, write postcards or ride horses.", "write"),
    ("The council reopened the school on Monday, handing out new books and promising free lunches.",
     "promising"),
])
def test_a_conjoined_verb_with_its_own_object_reports_nothing(sentence, cue):
    """Fictional hard negatives: "write postcards", "promising free lunches" are no
    attributions of the clause before them (a pledge may be its own claim, with its
    object as content, never the clause before)."""
    b = run(sentence)
    assert not [c for c in b.claims if c.cue == cue and ("reopened" in c.text or "hike" in c.text)]
    assert "Guests" not in speakers(b, 1)


def test_inverted_attribution_is_kept():
    """Fictional must-fire: "X, a spokesman said, was ..."."""
    b = run("The bridge, a spokesman said, was closed for repairs.",
            "The pier, officials said, would reopen in June.")
    assert speakers(b, 1) == ["a spokesman"] and speakers(b, 2) == ["officials"]


# -- names ---------------------------------------------------------------------------------
def test_ampersand_joins_one_name_not_two_speakers():
    """Fictional hard negative: a firm named "A & B" is one speaker."""
    b = run("Porta Bianchi & Figli announced that the bakery would close.")
    assert len(speakers(b, 1)) == 1 and "Figli" not in speakers(b, 1)


def test_two_bodies_joined_by_and_both_speak():
    """Fictional must-fire counterpart."""
    b = run("The coastguard and the harbour police said two boats had capsized.")
    assert set(speakers(b, 1)) == {"The coastguard", "the harbour police"}


def test_hyphenated_surname_is_kept_whole():
    """Fictional: a hyphen written without spaces is part of the name."""
    b = run("Rector Oda Lind-Haugen told students the campus would close early.")
    assert len(speakers(b, 1)) == 1 and speakers(b, 1)[0].endswith("Oda Lind-Haugen")


def test_spaced_dash_is_not_part_of_the_name():
    """Fictional hard negative: a dash between spaces ends the name."""
    b = run("Ilse Tomic - a senior adviser for the relief agency - said the harvest would not recover.")
    assert speakers(b, 1) == ["Ilse Tomic"]


def test_capitalised_role_noun_before_a_name_is_a_title():
    """Fictional: "Deputy Director Maren Ostby" speaks as Maren Ostby."""
    b = run("In a letter to staff, Norvik Power Deputy Director Maren Ostby wrote that the plant would close.")
    assert speakers(b, 1) == ["Maren Ostby"]


def test_role_noun_that_is_the_whole_name_stays():
    """Fictional hard negative: a one-word name after a role noun is not stripped away."""
    b = run("The dam will hold, the Norvik Power chief executive said.")
    assert speakers(b, 1) and all(s.endswith("executive") for s in speakers(b, 1))


def test_a_cue_with_an_object_before_a_colon_still_reports_what_follows():
    """Fictional must-fire: "stressed one point: <clause>" is an attribution with an object."""
    b = run("At the hearing the auditor stressed one point: the ledger had been altered twice.")
    assert [(c.speaker_text, c.text) for c in b.claims] == [("the auditor", "the ledger had been altered twice")]


def test_an_adverbial_clause_with_its_own_object_is_no_attribution():
    """Fictional hard negative: "as the crowd chanted the anthem, ..." says nothing of the main clause."""
    b = run("As the crowd chanted the anthem, a line of riders crossed the square.")
    assert b.claims == []


def test_role_conjoined_with_a_titled_name_gives_the_named_speaker_only():
    """Fictional: "X's manager and director Paula Moen" is (or may be) one person: the name speaks,
    never the possessor and never a second, unnamed speaker."""
    b = run("The herd has been sold, Kestrel Dairy's manager and director Paula Moen told the council on Friday.")
    assert speakers(b, 1) == ["Paula Moen"]


@pytest.mark.parametrize("sentence, expected", [
    ("The mayor and the police chief said the road was closed.", {"The mayor", "the police chief"}),
    ("The ferry's captain and the owner said the engine had failed.", {"The ferry's captain", "the owner"}),
])
def test_two_unnamed_roles_both_speak(sentence, expected):
    """Fictional hard negatives: no name with a title of its own, so both roles speak."""
    b = run(sentence)
    assert set(speakers(b, 1)) == expected


@pytest.mark.parametrize("sentence, speaker, text", [
    ("The mayor toured the flooded quarter, promising new pumps for every street.", "The mayor",
     "new pumps for every street"),
    ("The minister vowed a full inquiry into the collapse.", "The minister", "a full inquiry into the collapse"),
])
def test_what_is_promised_is_the_content(sentence, speaker, text):
    """Fictional must-fire: a pledge with a noun object says that thing."""
    b = run(sentence)
    assert [(c.speaker_text, c.text) for c in b.claims] == [(speaker, text)]


@pytest.mark.parametrize("sentence", [
    "Ivo Marr opened the meeting and repeated his claim.",
    "The guide checked the ropes and repeated the warning.",
    "The promised pumps never arrived.",
])
def test_no_content_from_the_clause_a_conjunct_shares_its_subject_with(sentence):
    """Fictional hard negatives: "opened the meeting", "checked the ropes" are not what was
    repeated; a participle "promised" is no cue."""
    b = run(sentence)
    assert not [c for c in b.claims if "meeting" in c.text or "ropes" in c.text or "arrived" in c.text]


def test_an_object_that_is_new_words_does_not_point_back():
    """Fictional hard negative: "copied their stories" reports nothing of the clause before."""
    b = run("Each evening the archivist sorted old letters and copied their stories into a notebook.")
    assert b.claims == []


@pytest.mark.parametrize("sentence, speaker", [
    ("Officials do not know the cause of the fire and say the inquiry will take weeks.", "Officials"),
    ("Engineers cannot explain the crack but say the dam is safe.", "Engineers"),
    ("The ministry would not confirm the report but said troops were on alert.", "The ministry"),
])
def test_a_negation_does_not_cover_a_statement_joined_by_and_or_but(sentence, speaker):
    """Fictional must-fire: "do not know X and say Y", "cannot explain X but say Y" state Y."""
    b = run(sentence)
    assert speakers(b, 1) == [speaker]


@pytest.mark.parametrize("sentence", [
    "Police did not name the driver or say whether he was hurt.",
    "The ministry did not confirm or deny that troops had crossed.",
    "Nobody at the mill would name the buyer or say what he paid.",
])
def test_a_negation_covers_a_list_joined_by_or(sentence):
    """Fictional hard negatives: "did not A or say B" says nothing."""
    b = run(sentence)
    assert speakers(b, 1) == []


# -- a possessive taken into the name ---------------------------------------------------
def test_possessive_is_not_part_of_the_speakers_name():
    """Fictional: the tagger can read "Alma Voss's" as the name; the speaker is Alma Voss."""
    b = run("President Alma Voss's spokesman said the talks would resume on Monday.",
            "A spokesman for President Alma Voss said the talks would resume.")
    assert speakers(b, 1) == ["Alma Voss"] and speakers(b, 2) == ["Alma Voss"]


def test_an_office_named_with_a_possessive_keeps_its_name():
    """Fictional hard negative: an institution's own name is not cut to the possessor."""
    b = run("The governor's office said the bridge would reopen in spring.")
    assert speakers(b, 1) == ["The governor's office"]


# -- a name the tagger cut short ----------------------------------------------------------
def test_surname_the_tagger_left_out_of_the_name_is_kept():
    """Fictional: "Prado" tagged apart from "Ana Lucia" is still her surname."""
    b = run("Police Chief Ana Lucia Prado told reporters the suspect had fled.")
    assert speakers(b, 1) == ["Ana Lucia Prado"]


def test_an_institution_named_after_a_person_is_not_that_person():
    """Fictional hard negative: the foundation speaks, not the man it is named after."""
    b = run("The John Marsh Foundation said the grant would be paid.")
    assert speakers(b, 1) != ["John Marsh"] and "Foundation" in speakers(b, 1)[0]
