"""Figure precision (issue 12): a vessel's load is no crowd, the whole of a partitive is
no casualty count, an age after a possessed or of-phrased person noun is no count, a
count the parse hung on a date keeps its own measure, "ended the lives of" kills, and a
"with" phrase is company only for verbs of going or meeting.

Every sentence is fictional (invented people, places and numbers); each mechanism has
must-fire and must-not-fire cases. A wrong count is worse than a gap."""
import pytest

from conftest import sentence_figures
from newsbrief.text.numbers import find_numbers

figs = sentence_figures


# -- 1. people aboard a vessel or vehicle are its load, not participants ------------------
@pytest.mark.parametrize("sentence, want", [
    ("The ferry Lusk foundered off Varnholm with 80 passengers and 14 crew aboard.",
     [("other", 80, 80), ("other", 14, 14)]),
    ("The airliner crashed near Orlov with 52 passengers and 6 crew on board.",
     [("other", 52, 52), ("other", 6, 6)]),
    ("The tug returned to Pellam with 30 fishermen aboard.", [("other", 30, 30)]),
    ("About 90 people were aboard the barge.", [("other", 90, 90)]),
])
def test_people_aboard_are_a_load_not_participants(sentence, want):
    """Fictional misfire: people aboard a sinking or crashing craft took part in nothing."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("All 80 passengers aboard were killed.", [("killed", 80, 80)]),
    ("She stood by the stage with about 300 people inside.", [("participants", 300, 300)]),
])
def test_aboard_leaves_a_casualty_verb_and_a_crowd_inside_alone(sentence, want):
    """Fictional: what befell those aboard still counts; a crowd inside a venue stays one."""
    assert figs(sentence) == want


# -- 6. company only with verbs of going or meeting ---------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Oren Valt lives with his four brothers in Dunmere.", [("other", 4, 4)]),
    ("The baker was angry with two of his apprentices.", [("other", 2, 2)]),
    ("Ilka Moor shares a flat with three nurses.", [("other", 3, 3)]),
])
def test_a_with_phrase_of_a_state_is_no_company(sentence, want):
    """Fictional misfire: living with, sharing with or being angry with people is no
    gathering; none of them counts participants."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The mayor walked to the town hall with 60 nurses.", [("participants", 60, 60)]),
    ("The envoy met with 25 elders in Kessa.", [("participants", 25, 25)]),
])
def test_a_with_phrase_of_going_or_meeting_stays_company(sentence, want):
    """Fictional: people with whom a person marches or meets are participants."""
    assert figs(sentence) == want


# -- 2. the whole of a partitive ----------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Of the 36 diners, 9 were injured.", [("other", 36, 36), ("injured", 9, 9)]),
    ("Of the 300 riders, 9 died and 25 were hurt.", [("other", 300, 300), ("killed", 9, 9), ("injured", 25, 25)]),
    ("7 of the 55 miners were injured.", [("injured", 7, 7), ("other", 55, 55)]),
    ("Most of the 55 miners were injured.", [("other", 55, 55)]),
])
def test_the_whole_of_a_partitive_is_no_casualty_count(sentence, want):
    """Fictional misfire: "Of the N X, M were hurt": the N were there, the M were hurt."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("All of the 55 miners were injured.", [("injured", 55, 55)]),
    ("The 55 miners were injured.", [("injured", 55, 55)]),
    ("Of the 30 wounded, 4 were children.", [("injured", 30, 30), ("injured", 4, 4)]),
])
def test_a_whole_that_suffered_it_keeps_its_measure(sentence, want):
    """Fictional: "all of the N" suffered it; a whole named by a casualty noun is that count."""
    assert figs(sentence) == want


# -- 3. an age after a person noun --------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("The mill's manager, 47, said 9 workers were missing.", ["9"]),
    ("The manager of the mill, 47, said 9 workers were missing.", ["9"]),
    ("The manager, 47, said 9 workers were missing.", ["9"]),
])
def test_an_age_after_a_possessed_or_of_phrased_person_is_no_count(text, want):
    """Fictional misfire: "the mill's manager, 47," gives an age, not a count."""
    assert [n.text for n in find_numbers(text)] == want


def test_a_fronted_of_group_before_a_count_is_no_age():
    """Fictional: "Of the crew, 9, including ..., were missing": the 9 is a count."""
    assert figs("Of the crew, 9, including the skipper, were missing.") == [("missing", 9, 9)]


# -- 4. a count the parse hung on a date --------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Thirty people died on June 9 and 14 more were injured.", [("killed", 30, 30), ("injured", 14, 14)]),
    ("Three died on Friday and 14 more were injured.", [("killed", 3, 3), ("injured", 14, 14)]),
])
def test_a_count_after_a_date_and_and_keeps_its_own_measure(sentence, want):
    """Fictional misfire: "on June 9 and 14 more were injured" lost the 14."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The hearings were held on June 9 and 14.",
    "The hearings were held on June 9 and 14 and then adjourned.",
])
def test_a_second_day_after_a_date_stays_a_day(sentence):
    """Fictional: "June 9 and 14" is two days, no count."""
    assert figs(sentence) == []


# -- 5. "ended the lives of" --------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The landslide ended the lives of six hikers.", [("killed", 6, 6)]),
    ("The crash ended the lives of six people and injured 20 others.", [("killed", 6, 6), ("injured", 20, 20)]),
])
def test_ended_the_lives_of_kills(sentence, want):
    """Fictional misfire: "ended the lives of six people" counted injured."""
    assert figs(sentence) == want


def test_ended_working_lives_kills_nobody():
    """Fictional: "ended the working lives of 40 miners" is a career, nobody died."""
    assert figs("The closure ended the working lives of 40 miners.") == [("other", 40, 40)]


@pytest.mark.parametrize("sentence", [
    "The talks lasted three hours and 20 minutes.",
    "The court sentenced the pair to 9 and 7 years.",
])
def test_a_span_after_and_is_no_run_on_count(sentence):
    """Fictional hard negative: "three hours and 20 minutes" is a span, no count."""
    assert figs(sentence) == []


# -- 7. a casualty hedged as not having happened, and ages after any one person --------------
@pytest.mark.parametrize("sentence, want", [
    ("Two climbers nearly died on the north face of Mount Brel.", [("other", 2, 2)]),
    ("Three guards were almost killed by the blast at the Varn depot.", [("other", 3, 3)]),
    ("Two of the fishermen nearly drowned when their boat capsized off Varn.", [("other", 2, 2)]),
])
def test_a_near_miss_is_no_casualty(sentence, want):
    """Fictional: "nearly died" says it did not happen."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Nearly 40 people were killed when the dam at Orlen burst.", [("killed", 40, 40)]),
    ("The blast killed almost 200 villagers near Kesk.", [("killed", 200, 200)]),
    ("Rescuers almost reached the 12 miners who died in the shaft.", [("killed", 12, 12)]),
    ("Divers had nearly recovered the bodies of 30 passengers killed in the crash.", [("killed", 30, 30)]),
])
def test_a_hedge_on_the_number_keeps_the_toll(sentence, want):
    """Fictional must-fire: the adverb bounds the number, or hedges another verb than the casualty's."""
    assert [(m, lo, hi) for m, lo, hi in figs(sentence) if m != "other"] == want


@pytest.mark.parametrize("sentence, want", [
    ("Her son, 8, and two neighbours were hurt when the wall fell.", [("injured", 2, 2)]),
    ("The baker's daughter, 9, was injured in the crash on Fenn Street.", []),
    ("A teacher, 29, was hurt as the roof of the gym gave way.", []),
])
def test_an_age_after_any_one_person_is_no_count(sentence, want):
    """Fictional: a number set off by commas after one person ("her son, 8,") is an age."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Of the crew, 12, including the captain, were missing.", [("missing", 12, 12)]),
    ("At the scene, 12, including two children, were treated for burns.", [("injured", 12, 12), ("injured", 2, 2)]),
    ("The death toll, 14, was confirmed by the coroner in Varn.", [("killed", 14, 14)]),
    ("A day later, 30, most of them women, had died.", [("killed", 30, 30)]),
    ("The following morning, 25, among them two guards, were missing.", [("missing", 25, 25), ("missing", 2, 2)]),
    ("The injured, 30, were taken to the Orla clinic.", [("injured", 30, 30)]),
])
def test_a_group_or_a_fronted_place_keeps_its_count(sentence, want):
    """Fictional must-fire: a crew, a toll, "the injured", a fronted place or time phrase, or a group's words after
    the commas ("most of them", "among them", "were") make the number a count, not one person's age."""
    assert figs(sentence) == want
