"""Strikers, tolls whose "to N" the parser hung on a gerund, lives lost, counts of places,
and near misses of the clauses of taking part (a demand joined, a letter addressed, an
armed group enlisted in, a cordon at a march). Every sentence is fictional (invented
people, places and numbers); each pattern has hard negatives, the near miss that must
NOT fire."""
import pytest

from conftest import sentence_figures

figs = sentence_figures


def _parts(sentence):
    return [f for f in figs(sentence) if f[0] == "participants"]


# -- strikers ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Roughly 2,100 bakers joined the stoppage called by their guild in Varn.", 2100),
    ("About 800 drivers remained on strike in Pell on Friday.", 800),
    ("Some 500 nurses are on strike at the Orsk clinic.", 500),
    ("About 700 dockers stopped work at the Tollen quay on Monday.", 700),
    ("Nearly 900 miners in Brenn walked off the job on Monday.", 900),
    ("Some 300 drivers at the Pell depot stopped work in support.", 300),
    ("The firm said only about 1,200 workers had stayed away at the Pell plant.", 1200),
    ("About 600 nurses stayed away from work on Tuesday.", 600),
])
def test_strikers_are_participants(sentence, want):
    """Fictional: joining a stoppage, staying on strike, stopping work, walking off the job."""
    assert _parts(sentence) == [("participants", want, want)]


@pytest.mark.parametrize("sentence", [
    "About 70 builders stopped work on the Orsk bridge after the collapse.",  # a halt of one job
    "Two hikers walked off the trail near Varn.",  # a path, not a job
    "Dozens of teachers were on the strike committee.",  # a body, not a strike
    "About 400 drivers could stay on strike next week.",  # a modal: not done
    "Some 600 nurses did not join the stoppage at the Orsk clinic.",  # negated
    "About 90 guards stopped the work of the inspectors.",  # someone else's work stopped
    "About 3,000 voters stayed away from the polls in Pell.",  # abstained, took part in nothing
    "About 300 workers stayed away from the canteen after the outbreak.",  # a room, not work
])
def test_near_misses_of_a_strike_are_no_participants(sentence):
    """Misfire, fictional: a halt, a trail, a committee, a strike that did not happen."""
    assert _parts(sentence) == []


# -- tolls and lives ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Divers found two more bodies, bringing the toll from the Orsk bridge collapsing to 19.",
     [("killed", 2, 2), ("killed", 19, 19)]),
    ("A bus plunged into a gorge near Orsk in 1988 with the loss of 19 lives.", [("killed", 19, 19)]),
    ("The flood of 1961 caused the loss of hundreds of lives in Varn.", [("killed", None, None)]),
])
def test_a_toll_behind_a_gerund_and_lives_lost_are_killed(sentence, want):
    """Fictional: "the toll from X collapsing to N", "with the loss of N lives"."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The loss of their working lives angered 300 miners.", [("other", 300, 300)]),
    ("The new clinic could save hundreds of lives a year.", [("other", None, None)]),
    ("Rates rose from the dam opening to 19 percent.", []),
])
def test_lives_without_a_loss_or_a_toll_are_no_dead(sentence, want):
    """Misfire, fictional: lives with no number lost, lives saved, no toll before "to"."""
    assert figs(sentence) == want


# -- counts of places ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The dead included tourists from five countries, officials in Orsk said.", [("other", 5, 5)]),
    ("Protesters from 12 nations marched through Pell.", [("other", 12, 12)]),
    ("Floods killed 14 people in three provinces.", [("killed", 14, 14), ("other", 3, 3)]),
    # facilities: where the hurt were taken, where the dead were found
    ("Nine people were hurt and taken to two hospitals in Pell.", [("injured", 9, 9), ("other", 2, 2)]),
    ("Militiamen killed 40 refugees at three camps near Orsk.", [("killed", 40, 40), ("other", 3, 3)]),
])
def test_a_count_of_places_is_no_casualty_or_crowd(sentence, want):
    """Fictional: the countries the dead came from are counted places, not people."""
    assert figs(sentence) == want


def test_people_counted_beside_places_keep_their_measure():
    """Fictional hard negative: the people are still counted as killed."""
    assert figs("The blast killed 31 people from four villages.") == [("killed", 31, 31), ("other", 4, 4)]


# -- near misses of the clauses of taking part ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Dozens of lawmakers joined the call for an inquiry into the Orsk contract.",  # a demand
    "Hundreds of doctors joined calls for a ban on the Varn pesticide.",
    "The minister addressed dozens of letters to the council.",  # sent, no audience
    "Hundreds of young men joined the rebels in the south.",  # enlisted
    "Scores of volunteers joined the militia in the hills above Pell.",
    "The march was attended by hundreds of police.",  # a cordon, not its crowd
])
def test_near_misses_of_joining_and_addressing_are_no_participants(sentence):
    """Misfire, fictional: a demand, a letter, an armed group, police at a march."""
    assert _parts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Dozens of relatives joined the call with the ferry operator.",  # a phone call
    "The mayor addressed hundreds of supporters in the Varn square.",  # an audience
    "The vigil was attended by hundreds of students.",
])
def test_the_real_call_audience_and_crowd_still_take_part(sentence):
    """Fictional hard negatives of the narrowing above: they still count."""
    assert _parts(sentence) == [("participants", None, None)]


def test_a_toll_whose_gerund_the_parser_hung_on_the_light_verb():
    """Fictional, on a hand-built parse (the parser sometimes hangs the gerund of the
    "from" phrase on the light verb itself): "to 12" still ends the death toll."""
    from spacy.tokens import Doc

    from newsbrief.resources import default
    from newsbrief.stages import figures

    words = ["Divers", "found", "two", "bodies", ",", "bringing", "the", "death", "toll", "from", "Sunday", "'s",
             "raft", "capsizing", "to", "12", "."]
    heads = [1, 1, 3, 1, 1, 1, 8, 8, 5, 5, 12, 10, 9, 5, 13, 14, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "advcl", "det", "compound", "dobj", "prep", "poss", "case",
            "pobj", "advcl", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PART", "NOUN",
           "VERB", "ADP", "NUM", "PUNCT"]
    tags = ["NNS", "VBD", "CD", "NNS", ",", "VBG", "DT", "NN", "NN", "IN", "NNP", "POS", "NN", "VBG", "IN", "CD", "."]
    lemmas = ["diver", "find", "two", "body", ",", "bring", "the", "death", "toll", "from", "Sunday", "'s", "raft",
              "capsize", "to", "12", "."]
    doc = Doc(default().nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert figures.measure_of(doc, doc[15])[0] == "killed"
    assert figures._toll_source(doc[14], doc[13]).text == "from"
    # hard negative: with no "from" phrase right before the gerund there is no toll source
    assert figures._toll_source(doc[14], doc[5]) is None


# -- an hour told in words is no count ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The boat left the Orsk quay shortly after seven in the evening.",
    "The fire broke out at about nine at night in the Varn market.",
    "The ferry left at 7 in the evening on Monday.",
    "The curfew in Pell lasts until ten at night.",
])
def test_an_hour_in_words_is_no_count(text):
    """Fictional: "after seven in the evening" tells when, not how many."""
    from newsbrief.text.numbers import find_numbers

    assert find_numbers(text) == []


@pytest.mark.parametrize("text, want", [
    ("Rebels killed seven in the evening raid on Orsk.", ["seven"]),  # a raid: a count
    ("The gunmen freed six at night, police said.", ["six"]),  # no time preposition
    ("The toll rose to 12 at night.", ["12"]),  # "to" a toll
    ("Police arrested 11 after seven in the morning.", ["11"]),  # the count beside the hour
    ("Seven of the men were in the evening shift.", ["Seven"]),
])
def test_counts_beside_a_part_of_the_day_stay(text, want):
    """Hard negatives, fictional: counts that only sit near "in the evening"."""
    from newsbrief.text.numbers import find_numbers

    assert [n.text for n in find_numbers(text)] == want
