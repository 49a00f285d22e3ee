"""Conflicts: how many happenings there were ("three bombings" / "twin car bombs"), told
differently by two sources of one day, place and toll. Every example is fictional; more
must-not-fire cases than must-fire ones."""
from conftest import facts_brief, make_brief, sentence_figures
from newsbrief.pipeline import run_stage
from newsbrief.stages import figures

THREE = "On Saturday, three suicide bombings in Velmara killed 27 people, the interior ministry said."
TWIN = "Twin car bombs ripped through two districts of Velmara on Saturday, killing 27 people, a ministry toll said."


def count_notes(a, b):
    got = facts_brief({"a": a if isinstance(a, list) else [a], "b": b if isinstance(b, list) else [b]},
                      with_entities=True)
    return [c.note for c in got.conflicts if c.kind == "figure" and c.note.startswith("Number of")]


def test_twin_counts_two_happenings_and_nothing_else():
    """Fictional: "twin" before a noun of happenings is a count of two; twin brothers and
    twin towers count nothing."""
    assert ("other", 2.0, 2.0) in sentence_figures(TWIN)
    assert sentence_figures("His twin brother ran a shop beside the twin towers of the old mill.") == []


def test_three_bombings_against_twin_bombs_of_one_day_place_and_toll_clash():
    """Fictional: one Saturday, one city, 27 dead in both; three bombings against two."""
    (note,) = count_notes(THREE, TWIN)
    assert note.startswith("Number of explosions") and "three" in note and "twin" in note.lower()


def test_another_toll_place_or_day_is_another_attack():
    """Fictional hard negatives: 12 dead, not 27; another city; another day."""
    assert count_notes(THREE, TWIN.replace("27 people", "12 people")) == []
    assert count_notes(THREE, TWIN.replace("Velmara", "Dorsk")) == []
    assert count_notes(THREE, TWIN.replace("on Saturday", "on Tuesday")) == []


def test_a_part_of_happenings_told_together_or_other_kinds_are_not_rivals():
    """Fictional hard negatives: "two car bombs and a suicide bombing" are three
    happenings told together (two is a part), "two of the bombings" is a part, and
    shootings are not bombings."""
    parts = "Two car bombs and a suicide bombing killed 27 people in Velmara on Saturday, police said."
    assert count_notes(THREE, parts) == []
    part_of = "Two of the bombings killed 27 people in Velmara on Saturday, police said."
    assert count_notes(THREE, part_of) == []
    shootings = "Two shootings in Velmara killed 27 people on Saturday, police said."
    assert count_notes(THREE, shootings) == []


def test_another_one_told_in_the_sentence_abstains():
    """Fictional hard negative: "a third" bombing told beside the twin ones."""
    third = TWIN.replace("Twin car bombs", "Twin car bombs and later a third device")
    assert count_notes(THREE, third) == []


def test_a_sentence_listing_the_versions_does_not_hide_the_dispute():
    """Fictional: a third article lists both versions in one sentence; the two sources'
    own sentences still clash, and the listing sentence joins nothing."""
    listing = "Police officers described twin car bombs, while civil defence counted three blasts in Velmara."
    (note,) = count_notes(THREE, [TWIN, listing])
    assert "three" in note and "twin" in note.lower()


def test_a_count_written_twice_in_a_sentence_is_read_at_its_own_place():
    """Fictional: "three blasts ... three bombers": each figure is read at its own
    offset, so the second "three" counts the bombers (people), not the blasts."""
    from newsbrief.stages.figures import figure_tokens

    sentence = "Civil defence counted three blasts in Velmara on Saturday, and police said three bombers died."
    got, ctx = make_brief({"a": [sentence]})
    run_stage(figures.STAGE, got, ctx)
    heads = sorted(figure_tokens(ctx.doc(f.sentence), f)[1].head.lower_ for f in got.figures if f.text == "three")
    assert heads == ["blasts", "bombers"]
