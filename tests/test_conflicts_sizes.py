"""Conflicts: the size of one thing told at two levels of place (one sentence naming a
town and its region, the other the region alone). Every example is fictional; more
must-not-fire cases than must-fire ones."""
from conftest import facts_brief

TOWN = "A 9-coach train derailed near Hollin in Vaskia on Friday, killing four passengers, the rail board said."
REGION = "Four passengers died on Friday when a 10-coach train left the tracks in Vaskia, firefighters said."


def size_notes(a, b, **kw):
    arts = {"a": a if isinstance(a, list) else [a], "b": b if isinstance(b, list) else [b]}
    got = facts_brief(arts, with_entities=True, **kw)
    return [c.note for c in got.conflicts if c.kind == "figure" and c.note.startswith("Size of")]


def test_a_size_near_a_town_of_a_region_and_one_in_that_region_are_one_thing():
    """Fictional: one day, one toll, the town and its region beside the region alone,
    sizes close (9 / 10): a dispute over the size of one train."""
    (note,) = size_notes(TOWN, REGION)
    assert note.startswith("Size of the train") and "9" in note and "10" in note


def test_far_sizes_another_toll_or_another_train_are_two_things():
    """Fictional hard negatives: sizes far apart (9 / 3), another toll (four / two), and
    "a second" train."""
    assert size_notes(TOWN, REGION.replace("10-coach", "3-coach")) == []
    assert size_notes(TOWN, REGION.replace("Four passengers", "Two passengers")) == []
    assert size_notes(TOWN, REGION.replace("a 10-coach train", "a second 10-coach train")) == []


def test_a_story_counting_many_such_things_abstains():
    """Fictional hard negatives (the audit's storm probe and a variant): the story counts
    many incidents of the kind ("more than 80 crashes", "dozens of collisions": kinds of
    one head in lexicon `deed_kinds`) beside two small pileups with one death each: two
    close sizes at two levels of place are easily two of them."""
    storm_a = ["A blizzard shut schools across Halvia on Monday.",
               "A 6-car pileup near Brenford in Halvia killed one person on Monday, police said."]
    storm_b = ["Troopers counted more than 80 crashes across the state.",
               "In Halvia, one person was killed in a 5-vehicle pileup on Monday, the patrol said."]
    assert size_notes(storm_a, storm_b) == []
    storm_b[0] = "Police logged dozens of collisions on icy roads."
    assert size_notes(storm_a, storm_b) == []


def test_two_towns_of_one_region_or_two_times_of_day_are_two_things():
    """Fictional hard negatives: two towns of one region (neither place set inside the
    other), and one in the morning beside one in the evening."""
    assert size_notes(TOWN, REGION.replace("in Vaskia", "near Orsk in Vaskia")) == []
    assert size_notes(TOWN.replace("on Friday", "on Friday morning"),
                      REGION.replace("on Friday", "on Friday evening")) == []


def toll_notes(a, b):
    got = facts_brief({"a": [a], "b": [b]}, with_entities=True)
    return [c.note for c in got.conflicts if c.kind == "figure"]


FERRY = "A ferry capsized off Tarn Point on Tuesday, killing two passengers, the coastguard said."
LATER = "Three passengers were killed when the ferry capsized off Tarn Point on Tuesday, medics said."


def test_a_larger_toll_told_as_moved_is_an_update_not_a_dispute():
    """Fictional hard negatives (and the audit's probe): of one day, unknown order, the
    larger toll told as moved ("have now died", "so far") beside a smaller one."""
    for later in ("Three passengers have now died after the ferry capsized off Tarn Point on Tuesday, medics said.",
                  "Three passengers have died so far after the ferry capsized off Tarn Point on Tuesday, medics said."):
        assert toll_notes(FERRY, later) == [], later
    assert toll_notes("A 15-car pileup near Brenford in Halvia killed one person early on Monday, police said.",
                      "Two people have now died after a 12-vehicle pileup in Halvia on Monday, the road agency "
                      "said.") == []


def test_two_sources_tolls_told_without_a_move_still_clash():
    """Fictional: the same two tolls with no word of a move, or the move told of the
    smaller one, are still two sources' rival counts."""
    assert len(toll_notes(FERRY, LATER)) == 1
    assert len(toll_notes("A ferry capsized off Tarn Point on Tuesday and two passengers have now died, the "
                          "coastguard said.", LATER)) == 1
