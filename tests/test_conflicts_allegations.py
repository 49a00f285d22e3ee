"""Conflicts: the nouns of what somebody else alleged come from one list, the lexicon
`allegation_nouns` the claims stage reads too. Every example is fictional."""
from conftest import facts_brief
from newsbrief.lexicon import words
from newsbrief.stages import conflicts


def test_every_allegation_noun_but_a_media_noun_and_its_plural_points_back():
    """Each lexicon noun, singular and plural, is a pointing-back object ("rejected the
    stories"), so the regex cannot drift from the list; a media noun ("the photos") names
    a thing, never the words before it."""
    for noun in words("allegation_nouns"):
        plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2] not in "aeiou" else noun + "s"
        for form in (noun, plural):
            points = noun not in conflicts.MEDIA_NOUNS
            assert bool(conflicts.POINTING_BACK.match(f"the {form}")) == points, form
            assert bool(conflicts.POINTING_BACK.match(f"these {form}")) == points, form


def test_words_that_only_begin_like_an_allegation_noun_do_not_point_back():
    """Fictional hard negatives: longer words, a noun phrase that goes on, a noun of no
    allegation."""
    for text in ("the storyteller", "the versions of the timetable", "the claimant", "the chargers",
                 "the reporter", "the bridge", "the claims about the ferry"):
        assert not conflicts.POINTING_BACK.match(text), text


ALARMS = "Inspectors said the caretaker had disabled the smoke alarms in the flats."


def test_rejecting_the_version_before_it_meets_that_assertion():
    """Fictional: "rejected the version" right after the inspectors' assertion; a
    rejection of another noun ("the timetable") or of a version two sentences back meets
    nothing."""
    denial = "The caretaker rejected the version on Friday."
    b = facts_brief({"a": [ALARMS, denial]})
    assert [c.kind for c in b.conflicts] == ["denial"]
    assert kinds_none(facts_brief({"a": [ALARMS, "The caretaker rejected the timetable on Friday."]}))
    assert kinds_none(facts_brief({"a": [ALARMS, "The flats were full.", denial]}))


def test_the_accused_is_read_from_any_allegation_noun():
    """Fictional: "dismissed the Harbour Watch's version" names whose claims are denied;
    a possessive before another noun ("the Harbour Watch's boat") names nobody."""
    assert conflicts._accused("the Harbour Watch's version of the night") == {"harbour watch"}
    assert conflicts._accused("the stories from Harbour Watch") == {"harbour watch"}
    assert conflicts._accused("the Harbour Watch's boat") == set()
    assert conflicts._accused("the storytellers of Harbour Watch") == set()


def test_rejecting_media_after_an_assertion_meets_nothing():
    """Fictional hard negatives (the audit's probe and variants): "rejected the photos" /
    "the videos" / "the footage" right after another speaker's assertion: pictures of
    anything, not that assertion."""
    for said, denial in (("Aid workers said the camp was running out of water.", "The army rejected the photos on Friday."),
                         ("Medics said the clinic had run out of insulin.", "The army rejected the videos on Friday."),
                         ("Medics said the clinic had run out of insulin.", "The army dismissed the footage on Friday.")):
        assert kinds_none(facts_brief({"a": [said, denial]})), denial


def test_rejecting_the_claims_after_that_assertion_still_meets_it():
    """Fictional: the same place with an allegation noun ("the claims") still points back."""
    b = facts_brief({"a": ["Medics said the clinic had run out of insulin.", "The army rejected the claims on Friday."]})
    assert [c.kind for c in b.conflicts] == ["denial"]


def test_a_media_noun_still_names_whose_claims_are_denied():
    """Fictional: "the Harbour Watch's video" names the accused, as before."""
    assert conflicts._accused("the Harbour Watch's video") == {"harbour watch"}


def kinds_none(brief):
    return [c for c in brief.conflicts if c.kind == "denial"] == []
