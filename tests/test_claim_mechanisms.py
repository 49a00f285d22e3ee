"""Claims carried by a noun object, phrasal retractions, an outlet that quotes, and
pronouns after a role named with its holder. Every sentence is invented (fictional
places, people and outlets); each mechanism has a misfire case beside it."""
import pytest

from conftest import make_brief, nth
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims, entities


def run(*sentences):
    brief, ctx = make_brief({"a": list(sentences)})
    run_stage(entities.STAGE, brief, ctx)
    run_stage(claims.STAGE, brief, ctx)
    return brief


def of(brief, n):
    return [c for c in brief.claims if c.sentence == nth(brief, n)]


@pytest.mark.parametrize("sentence, speaker, words", [
    ("The farmers' union reported widespread crop damage in the valley.", "The farmers' union",
     "widespread crop damage"),
    ("The rail operator reported 40 delayed trains on Tuesday.", "The rail operator", "40 delayed trains"),
    ("Two rebel groups claimed responsibility for Tuesday's pipeline fire.", "Two rebel groups",
     "responsibility for Tuesday's pipeline fire"),
    ("The council blamed the new dam for the drought in the lower valley.", "The council", "dam for the drought"),
    ('Maria Costa called the defeat "a useful lesson."', "Maria Costa", "useful lesson"),
    ("The inspectors described the bridge as unsafe for lorries.", "The inspectors", "as unsafe for lorries"),
    ("The mayor expressed concern that bus fares would double.", "The mayor", "bus fares would double"),
    ("The harbour master voiced hope that the ferries would run by June.", "The harbour master",
     "ferries would run by June"),
])
def test_a_cue_says_it_through_its_noun_object(sentence, speaker, words):
    """Fictional: what is reported, claimed, blamed, called or expressed is the noun
    object and its complement; the speaker asserts it."""
    (c,) = of(run(sentence), 1)
    assert c.speaker_text == speaker and c.stance == "assert" and words in c.text


@pytest.mark.parametrize("sentence", [
    "Rebels claimed the town on Sunday.",
    "Tomas Grell called him at home.",
    "The mayor described the scene.",
    "The coach blamed himself.",
    "The fire claimed the lives of four people.",
    "The minister expressed the parcel to Velden.",
    "Maria Costa did not report the theft.",
    "The council confirmed the new mayor on Monday.",
    "The senate confirmed Ivo Sarn as judge.",
])
def test_objects_that_say_nothing_are_no_claims(sentence):
    """Fictional misfire guards: a captured town, a phone call, a scene described
    without a complement, a reflexive blame, lives claimed by a fire, a courier sense
    of "express", a negated report."""
    assert of(run(sentence), 1) == []


def test_backing_away_from_an_estimate_is_a_denial_of_what_was_given_out():
    """Fictional: a body that gave out an estimate retreats from it ("backed away from
    its estimate"): it denies what it had given."""
    b = run("The port authority put the damage at three million euros on Monday.",
            "On Friday, the port authority backed away from its estimate of the damage.")
    assert [(c.speaker_text, c.stance) for c in of(b, 2)] == [("the port authority", "deny")]


@pytest.mark.parametrize("sentence", [
    "The climbers backed off the ledge.",
    "The minister did not back down from the figure.",
    "The council walked back to the hall.",
])
def test_backing_off_anything_else_is_no_denial(sentence):
    """Fictional: a ledge, a negated retreat, a walk are no retraction."""
    assert not [c for c in of(run(sentence), 1) if c.stance == "deny"]


def test_the_outlet_that_quotes_a_person_and_the_person_both_say_it():
    """Fictional: a passive quote verb with an outlet as its agent and an "as saying"
    complement: the person quoted and the outlet both carry the words; with no outlet
    only the person; a pronoun quoted is no one named."""
    b = run("The mayor was quoted by the Orm Gazette as saying the pier would reopen in May.")
    assert sorted(c.speaker_text for c in of(b, 1)) == ["The mayor", "the Orm Gazette"]
    b = run("Tomas Grell was quoted in the debate as saying the pier would reopen.")
    assert {c.speaker_text for c in of(b, 1)} <= {"Tomas Grell"}
    b = run("He was quoted by the Orm Gazette as saying the pier would reopen.")
    assert "He" not in {c.speaker_text for c in of(b, 1)}


def test_a_pronoun_after_a_role_named_with_its_holder():
    """Fictional: "The school's director, Maria Costa, closed the gates. '...,' she told
    parents." takes the holder of the role; a role without a name in between leaves "he"
    unlinked."""
    b = run("The school's director, Maria Costa, closed the gates at noon.",
            '"The children are safe," she told parents.',
            "The manager of the rival club, Ivo Sarn, was not available.",
            "The mayor was at the match.",
            '"We will appeal," he said.')
    assert [c.speaker_text for c in of(b, 2)] == ["Maria Costa"]
    assert of(b, 5) == []


@pytest.mark.parametrize("first", [
    "The company's chief executive, Anna Kell, met the union's leader, Piet Lund, on Monday.",
    "The hospital's director, Maria Costa, thanked the city's fire chief, Ivo Sarn, on Monday.",
    "The club's captain, Ana Velk, spoke with Tomas Grell after the match.",
])
def test_a_pronoun_after_a_role_holder_beside_another_named_person_names_no_one(first):
    """Fictional misfire guard: the sentence before names a second person (another
    role-holder, an object): "he" may be either, so the claim has no speaker."""
    b = run(first, '"We will not close the line," he said.')
    assert all(c.speaker_text is None for c in of(b, 2))


def test_a_bare_anaphoric_description_with_no_antecedent_is_left_out():
    """Fictional: "the group said" after a ministry is not the ministry, and names no one;
    a modified description ("the relief group") keeps its words."""
    b = run("The Norland Defence Ministry said five soldiers died.",
            "Three more were hurt, the group said.",
            "Ten civilians were killed, the relief group said.")
    assert of(b, 2) == []
    assert [c.speaker_text for c in of(b, 3)] == ["the relief group"]


def test_a_definite_description_does_not_reach_past_other_speakers_far_back():
    """Fictional misfire guard: "the group" four sentences and two other organisations
    after the Velden relief group spoke is not that group (and, bare, names no one)."""
    b = run("The Velden relief group said the camp was full.",
            "The Norland Defence Ministry said five soldiers died.",
            "Two bridges were closed, the Harbour Authority said.",
            "The Norland Defence Ministry said the roads were safe.",
            "Three more were hurt, the group said.")
    assert of(b, 5) == []
    b = run("The Velden relief group said the camp was full.",
            "Three more were hurt, the group said.")
    assert [c.speaker_text for c in of(b, 2)] == ["The Velden relief group"]


def test_a_document_speaks_for_its_author_or_its_owner():
    """Fictional: a document whose relative clause names who released it is theirs; "A
    Ministry statement" is the Ministry's; "the agency's statement" is the agency that
    spoke before; a document with no author named names no one."""
    b = run("Two schools will shut, according to an email that the council released on Sunday.",
            "A Ministry statement on Tuesday said two roads were closed.",
            "The Velden rail agency said trains would run.",
            "The agency's statement said the line would reopen on Friday.",
            "The email said the port would close.")
    assert [c.speaker_text for c in of(b, 1)] == ["the council"]
    assert [c.speaker_text for c in of(b, 2)] == ["Ministry"]
    assert [c.speaker_text for c in of(b, 4)] == ["Velden rail agency"]
    assert of(b, 5) == []


def test_the_explanation_after_a_retraction_is_asserted():
    """Fictional: a retraction with a participle clause after it denies what it takes back
    and asserts what the speaker adds now; after a denial the participle's reason still
    denies."""
    b = run("The witness retracted her statement on Friday, adding that she had mixed up the dates.",
            "The council denied the report, saying its books were in order.")
    stances = {(c.cue, c.stance) for c in of(b, 1)}
    assert ("retracted", "deny") in stances and ("adding", "assert") in stances
    assert {c.stance for c in of(b, 2)} == {"deny"}


def test_emphasis_verbs_say_it_through_an_abstract_object_only():
    """Fictional: "stressed the need to reopen the port" is a claim; "stressed the rope"
    is not."""
    (c,) = of(run("The minister stressed the need to reopen the port."), 1)
    assert c.speaker_text == "The minister" and "need to reopen" in c.text
    assert of(run("The team stressed the rope until it snapped."), 1) == []


def test_who_issues_a_statement_saying_speaks():
    """Fictional: "X issued a statement saying ..." is X's claim; not when X did not issue
    it, nor when X only received a letter saying it; a statement with no owner named
    names no one."""
    (c,) = of(run("The ministry issued a statement saying the port was safe."), 1)
    assert c.speaker_text == "The ministry" and c.text == "the port was safe"
    assert of(run("The ministry did not issue a statement saying the port was safe."), 1) == []
    assert of(run("The mayor received a letter saying the port was safe."), 1) == []
    assert of(run("A statement saying the dam was safe was posted on the door."), 1) == []


def test_a_saying_verbs_stray_object_is_the_clauses_subject():
    """Fictional (an auditor's invented ferry story): the parser hangs "the death toll
    from the ferry sinking" on "said" as its object and leaves "Orvik was 12" as the
    clause; a saying verb takes no object, so the claim keeps the whole subject and never
    says that a place "was 12"."""
    from conftest import facts_brief

    b = facts_brief({"a": ["The navy said on Monday the death toll from the ferry sinking off Orvik was 12."]})
    assert [c.text for c in b.claims] == ["the death toll from the ferry sinking off Orvik was 12"]
    b = facts_brief({"a": ["Police said it was too early to name the driver."]})
    assert [c.text for c in b.claims] == ["it was too early to name the driver"]
