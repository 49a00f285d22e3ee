"""summarizer.select on invented mini-clusters (no ../shared needed)."""
from __future__ import annotations

import random

import pytest

from newsbrief.summarize import selector as summarizer
from newsbrief.summarize.selector import readable, select

FLOOD = [
    "Heavy rain flooded the river valley on Tuesday and forced thousands of residents from their homes.",
    "Rescue teams in boats searched the flooded villages for people trapped on rooftops overnight.",
    "The regional governor declared a state of emergency and asked the army for extra trucks.",
    "Forecasters expect more rain over the valley until the weekend, officials said on Tuesday.",
]
FLOOD_B = [
    "Thousands of residents fled their homes after heavy rain flooded the river valley on Tuesday.",
    "The regional governor declared a state of emergency and asked the army for more trucks.",
    "A local bakery handed out free bread to volunteers who filled sandbags along the main road.",
    "Schools across the valley will stay closed for the rest of the week, the education office said.",
]
FLOOD_C = [
    "Heavy rain flooded the river valley on Tuesday, and thousands of residents left their homes.",
    "Rescue teams in boats searched flooded villages for people trapped on rooftops.",
    "The regional governor declared a state of emergency on Tuesday evening.",
    "Farmers said the water had destroyed most of the spring wheat in the lower fields this year.",
]


def words(docs, picked):
    return sum(len(docs[d][i].split()) for d, i in picked)


@pytest.mark.parametrize("budget", [0, 5, 12, 20, 35, 60, 100, 1000])
def test_budget_is_respected(budget):
    docs = [FLOOD, FLOOD_B, FLOOD_C]
    picked = select(docs, budget)
    assert words(docs, picked) <= budget
    if budget >= 60:
        assert len(picked) >= 3  # the budget is used, not left empty


def test_budget_respected_by_the_greedy_fallback(monkeypatch):
    monkeypatch.setattr(summarizer, "_ilp", lambda *a, **k: None)
    docs = [FLOOD, FLOOD_B, FLOOD_C]
    for budget in (15, 40, 70):
        picked = select(docs, budget)
        assert picked and words(docs, picked) <= budget


def test_near_identical_sentences_never_both_chosen():
    docs = [FLOOD, FLOOD_B, FLOOD_C]
    picked = select(docs, 1000)  # room for everything: only redundancy can keep one out
    texts = [docs[d][i] for d, i in picked]
    governor = [t for t in texts if t.startswith("The regional governor declared a state of emergency and")]
    assert len(governor) == 1
    rescue = [t for t in texts if t.startswith("Rescue teams in boats searched")]
    assert len(rescue) == 1


def test_sentence_carried_by_several_articles_is_preferred():
    # the governor sentence is in two articles (three counting the shorter copy), the
    # bakery and the farmers are told once: with room for one sentence, the governor
    docs = [FLOOD[2:3] + ["A lone fisherman said he had never seen the lake so calm in spring."],
            FLOOD_B[1:3], FLOOD_C[2:4]]
    picked = select(docs, 18)
    assert len(picked) == 1
    assert "governor declared a state of emergency" in docs[picked[0][0]][picked[0][1]]


def test_support_argument_breaks_a_tie_both_ways():
    docs = [["The northern bridge over the canal reopened to traffic after two weeks of repairs."],
            ["The southern tunnel under the harbour reopened to traffic after three weeks of works."]]
    left = select(docs, 16, support={(0, 0): 3})
    right = select(docs, 16, support={(1, 0): 3})
    assert left == [(0, 0)]
    assert right == [(1, 0)]


def test_output_follows_article_then_reading_order():
    docs = [FLOOD, FLOOD_B, FLOOD_C]
    for budget in (40, 80, 200):
        picked = select(docs, budget)
        assert picked == sorted(picked)
        assert len(set(picked)) == len(picked)
        assert all(0 <= d < len(docs) and 0 <= i < len(docs[d]) for d, i in picked)


def test_sentences_that_do_not_stand_alone_are_avoided():
    assert not readable("He said the water had reached the second floor of the town hall.")
    assert not readable("But the river kept rising through the night in the valley.")
    assert not readable("Will the dam hold if the rain keeps falling over the valley all week?")
    assert not readable("\"We lost everything in one night and nobody came to help us.\"")
    assert not readable("I think the government should have built the levee years ago.")
    assert not readable("Too short to stand.")
    assert not readable("In the meantime, the water level at the dam rose by two metres overnight.")
    assert readable("\"We lost everything in one night,\" said a farmer whose barn was swept away.")
    assert readable(FLOOD[0])
    docs = [["However, the heavy rain flooded the river valley and thousands of residents fled.",
             "Heavy rain flooded the river valley and forced thousands of residents to flee."],
            ["Did heavy rain flood the river valley and force thousands of residents to flee?",
             "Thousands of residents fled when heavy rain flooded the river valley on Tuesday."]]
    picked = select(docs, 14)
    assert picked in ([(0, 1)], [(1, 1)])


def test_positions_argument_favours_an_article_lead():
    a = "Officials confirmed the new water treatment plant will open in the eastern district."
    b = "Officials confirmed the new bus depot will open in the western district next month."
    docs = [[a], [b]]
    assert select(docs, 15, positions={(0, 0): 12, (1, 0): 0}) == [(1, 0)]
    assert select(docs, 15, positions={(0, 0): 0, (1, 0): 12}) == [(0, 0)]


def test_empty_and_degenerate_inputs():
    assert select([], 100) == []
    assert select([[]], 100) == []
    assert select([FLOOD], 0) == []
    one = select([FLOOD], 40)
    assert one and words([FLOOD], one) <= 40


def test_deterministic_on_a_ten_article_cluster():
    # speed is measured by bench.summary, not asserted here
    rng = random.Random(1)
    pool = FLOOD + FLOOD_B + FLOOD_C
    docs = [[rng.choice(pool) + f" Report {d}-{i} added detail number {rng.randint(0, 999)}."
             for i in range(30)] for d in range(10)]
    first = select(docs, 100)
    assert select(docs, 100) == first
    assert words(docs, first) <= 100


def test_empty_sentences_are_never_chosen():
    docs = [["", "   ", FLOOD[0]], ["", FLOOD_B[2]]]
    picked = select(docs, 200)
    assert picked and all(docs[d][i].strip() for d, i in picked)
    assert select([["", " "]], 50) == []


def test_sentences_kept_apart_are_never_both_chosen():
    """Fictional: the caller knows two differently worded sentences tell one fact."""
    docs = [FLOOD, FLOOD_B, FLOOD_C]
    free = select(docs, 1000)
    both = [k for k in free if k in ((0, 2), (1, 1), (2, 2))]
    assert len(both) >= 1
    pairs = [((0, 1), (2, 1)), ((0, 0), (1, 0))]
    picked = select(docs, 1000, apart=pairs)
    for a, b in pairs:
        assert not (a in picked and b in picked)
    assert picked


def test_short_sentences_the_caller_vouches_for_may_be_chosen():
    # fictional: a strike told by two articles; the firm's answer and its word on the
    # talks are short lines, under the selector's own minimum length (`readable`)
    denial = "Varrow Freight denied hiring replacement drivers."
    talks = "Varrow Freight said replacement drivers' talks resume."
    docs = [["Drivers at Varrow Freight walked out on Monday over pay, the drivers' union said.", denial],
            ["The union said Varrow Freight was hiring replacement drivers to break the strike.", talks],
            ["Parcel deliveries across the northern valleys ran two days late during the week."]]
    assert not readable(denial) and not readable(talks)
    budget = 36  # room for both leads and one short line, not the third article's line
    plain = select(docs, budget)
    assert (0, 1) not in plain and (1, 1) not in plain
    vouched = select(docs, budget, vetted=[(0, 1)])
    assert (0, 1) in vouched
    assert (1, 1) not in vouched  # vouching for one line vouches for no other
    assert sum(len(docs[d][i].split()) for d, i in vouched) <= budget
