"""Narrowed claims rules (after an audit on unseen text): each narrowing has must-fire
cases and at least as many hard negatives. Every example is fictional: invented people,
places and firms, in sentence shapes of our own."""
import pytest

from conftest import nth
from newsbrief.text.claim_rules import closed_quote_spans
from test_claims_unseen import run, speakers  # one fictional article through the claims stage


def texts(brief, n):
    return [c.text for c in brief.claims if c.sentence == nth(brief, n)]


# -- 1. only quotations that open and close in the sentence hide a subject ---------------
def test_closed_quote_spans_drop_stray_and_run_on_marks():
    """Fictional: a lone mark (stray, or a quotation running on) quotes nothing; a pair does."""
    assert closed_quote_spans('"Wilma Osk opened the bakery in spring.') == []
    assert closed_quote_spans('The baker told us, "The ovens are old.') == []
    assert closed_quote_spans('rent is high." Wilma Osk said so.') == []
    assert closed_quote_spans('"The ovens are old," Wilma Osk said.') == [(1, 19)]
    assert closed_quote_spans("``The ovens are old,'' she said.") == [(2, 20)]


def test_stray_leading_quote_mark_does_not_hide_the_subject():
    """Fictional must-fire: a scraped sentence opens with a lone quote mark; its subject is
    still the antecedent of the next sentence's "she"."""
    b = run('"Wilma Osk opened the bakery on Ferry Lane in spring.',
            "She said the rent there had doubled since then.")
    assert speakers(b, 2) == ["Wilma Osk"]


@pytest.mark.parametrize("quoted", [
    '"Hugo Benn will never sell the farm," she said.',
    "``Hugo Benn will never sell the farm,'' she said.",
    "\u201cHugo Benn will never sell the farm,\u201d she said.",
])
def test_a_closed_quotation_still_hides_its_subject(quoted):
    """Fictional hard negatives: the man named inside the quotation is not "she"."""
    b = run("Lara Fenn spoke to the council about the land.", quoted)
    assert "Hugo Benn" not in speakers(b, 2)


# -- 2. the main clause's subject is preferred only when it acts or speaks ---------------
def test_passive_main_subject_is_not_preferred_over_the_actor():
    """Fictional must-not-fire: the man whose car was towed is not "he"; the other man in the
    sentence is no better sure, so the pronoun abstains rather than guess."""
    b = run("Karel Dusk's van was towed from the square while Otto Vine was being questioned.",
            "He told the court that he had parked there legally.")
    assert "Karel Dusk" not in speakers(b, 2)


def test_passive_main_subject_never_picked_over_an_acting_one():
    """Fictional must-not-fire: "she" is the woman who was charged and then spoke, not the
    passive subject of the clause about a shop."""
    b = run("The shop was searched on Friday, after Nadia Reeve had been charged.",
            "She insisted that the goods were hers.")
    assert speakers(b, 2) in ([], ["Nadia Reeve"])


def test_active_main_subject_is_still_preferred():
    """Fictional must-fire: the one who accused continues as "he", not the accused."""
    b = run("Senator Hugo Brandt accused Judge Pavel Orm of hiding the report.",
            "He said a hearing was needed before the summer.")
    assert speakers(b, 2) == ["Hugo Brandt"]


def test_passive_speech_verb_subject_is_still_preferred():
    """Fictional must-fire: a subject who "was quoted" is a speaker, preferred over the one
    she spoke about."""
    b = run("Mayor Lotte Brinn was quoted as saying that Ivo Rask had left the city.",
            "She said the move had surprised her.")
    assert speakers(b, 2) == ["Lotte Brinn"]


# -- 3. a cue inside what was not said: only with a subject of its own ------------------
def test_refuser_own_conjoined_statement_is_a_claim():
    """Fictional must-fire: after refusing to say one thing, the speaker states another."""
    b = run("Coach Benny Aalto refused to say who he would pick and stressed that the squad was healthy.")
    assert [(c.speaker_text, c.cue) for c in b.claims] == [("Coach Benny Aalto", "stressed")]


def test_conjoined_cue_whose_inherited_subject_is_another_party_stays_blocked():
    """Fictional must-not-fire: the parser hangs "insisted" on "travel", whose subject is
    the team; the team said nothing, so no claim rather than a wrong speaker."""
    b = run("Coach Benny Aalto declined to say when the team would travel and insisted that the squad was healthy.")
    assert "the team" not in [c.speaker_text for c in b.claims]


@pytest.mark.parametrize("sentence", [
    "The mayor has never explained why she believed the tunnel was needed.",
    "Asked twice, the airline refused to disclose how it expected the strike to end.",
])
def test_a_belief_with_its_own_subject_inside_the_unsaid_is_no_claim(sentence):
    """Fictional must-not-fire: the belief lies inside what was not said."""
    b = run(sentence)
    assert not any(c.cue in ("expected", "believed") for c in b.claims)


def test_a_belief_inside_what_was_explained_is_kept():
    """Fictional must-fire counterpart: with no negation the belief is stated."""
    b = run("The mayor explained why she believed the tunnel was needed.")
    assert "believed" in [c.cue for c in b.claims]


# -- 4. a pledge's noun object is the content only when no clause follows it --------------
@pytest.mark.parametrize("sentence,bad", [
    ("The club chairman has promised his players will receive their wages on time.", "his players"),
    ("Keeping the depot open, the operator vowed its buses could run all winter.", "its buses"),
])
def test_promised_clause_subject_is_not_the_pledged_thing(sentence, bad):
    """Fictional must-not-fire: the noun after "promised" is the subject of a clause."""
    b = run(sentence)
    assert bad not in [c.text for c in b.claims]


@pytest.mark.parametrize("sentence,obj", [
    ("The rector promised students a new library by next autumn.", "a new library"),
    ("The utility vowed a full review of its billing.", "a full review of its billing"),
])
def test_pledged_noun_object_is_still_the_content(sentence, obj):
    """Fictional must-fire: with no clause after it, the object is what was pledged."""
    b = run(sentence)
    assert any(obj in c.text for c in b.claims)


# -- 5. "&" joins only the name right after it ---------------------------------------------
@pytest.mark.parametrize("sentence,second", [
    ("Orrin & Vale and Kessa Mining said the mine would reopen in June.", "Kessa Mining"),
    ("Marsh & Tull and the port authority both said the pier was unsafe.", "the port authority"),
])
def test_a_body_after_an_ampersand_name_still_speaks(sentence, second):
    """Fictional must-fire: a firm written with "&", then "and" a second body: both speak."""
    b = run(sentence)
    assert second in speakers(b, 1)


@pytest.mark.parametrize("sentence,half", [
    ("Pell & Dorn said the mine would reopen in June.", "Dorn"),
    ("Kessa & Co. denied that the mine had leaked.", "Co."),
    ("Marsh & Tull both said the pier was unsafe.", "Tull"),
])
def test_the_name_right_after_an_ampersand_is_not_a_second_speaker(sentence, half):
    """Fictional must-not-fire: the part after "&" belongs to the one name."""
    b = run(sentence)
    assert half not in speakers(b, 1)


# -- 6. a capitalised role noun is a title only before a proper name ----------------------
@pytest.mark.parametrize("sentence", [
    "The Harbour Director's Office said the quay would stay shut.",
    "According to the Norrby Chairman's Bureau, the cause is still unknown.",
    "The Park Manager's Office said the trail had washed away.",
])
def test_a_possessive_role_noun_is_no_title(sentence):
    """Fictional must-not-fire: no speaker may start at the possessive "'s"."""
    b = run(sentence)
    assert b.claims and not any(c.speaker_text.startswith(("s ", "'s")) for c in b.claims)


@pytest.mark.parametrize("sentence,name", [
    ("The quay will stay shut, Harbour Director Elna Storm said.", "Elna Storm"),
    ("Tollvik Ferries Managing Director Arvid Lunde said fares would rise.", "Arvid Lunde"),
])
def test_a_role_noun_before_a_proper_name_is_still_a_title(sentence, name):
    """Fictional must-fire: the role before the name is stripped."""
    b = run(sentence)
    assert name in speakers(b, 1)


# -- 7. a plural subject is no "he"/"she" ------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Reporters asked Nina Vass about the pier, and she warned that it was unsafe.",
    "Farmers met the minister in the barn, where he said the subsidy would stay.",
])
def test_a_plural_subject_is_not_the_antecedent_of_he_or_she(sentence):
    """Fictional must-not-fire: "reporters"/"farmers" cannot be "she"/"he"."""
    b = run(sentence)
    assert not {"Reporters", "Farmers"} & set(speakers(b, 1))


@pytest.mark.parametrize("sentence,speaker", [
    ("Nina Vass met reporters at the pier, and she warned that it was unsafe.", "Nina Vass"),
    ("When Otto Vine reached the gate, he said the guards had gone.", "Otto Vine"),
])
def test_a_singular_subject_still_resolves(sentence, speaker):
    """Fictional must-fire: a singular named subject is the "he"/"she" after it."""
    b = run(sentence)
    assert speakers(b, 1) == [speaker]


def test_a_surname_ending_in_s_is_still_a_he():
    """Fictional must-fire: a person's surname tagged plural is still "he"."""
    b = run("Tom Fields ran for mayor in the spring.",
            "Fields insisted the vote was clean, but he told reporters that he would ask for a recount.")
    assert speakers(b, 2) and all(s in ("Fields", "Tom Fields") for s in speakers(b, 2))
