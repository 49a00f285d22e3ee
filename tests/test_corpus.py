"""The story clusterer (pure, no store) and the clustering scores.

Feeds are FICTIONAL (tests/fictional.py); one test reads the tune feed in
../shared/stories and fails loudly when CI is set and it is missing.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import numpy as np
import pytest

import fictional
from newsbrief.corpus.clusterer import ClusterSettings, Clusterer, feature_id
from newsbrief.corpus.score import by_part, score

STORIES = Path(__file__).resolve().parents[1].parent / "shared" / "stories"


def run(records, settings=None, clusterer=None):
    c = clusterer or Clusterer(settings)
    vecs = c.vectorize([(r["title"] + "\n" + r["text"], r.get("published")) for r in records])
    got = {r["id"]: c.assign(v).story for r, v in zip(records, vecs)}
    return c, {k: c.resolve(v) for k, v in got.items()}


# -- scores ---------------------------------------------------------------------------

def test_scores_perfect_and_degenerate():
    gold = {"a": "x", "b": "x", "c": "y", "d": "z"}
    assert score(gold, gold).b3_f == 1.0 and score(gold, gold).pair_f == 1.0
    one = score({k: "all" for k in gold}, gold)
    # b-cubed precision: a,b see 2/4, c and d see 1/4 -> (0.5 + 0.5 + 0.25 + 0.25) / 4
    assert one.b3_p == pytest.approx(0.375) and one.b3_r == 1.0
    assert one.pair_p == pytest.approx(1 / 6) and one.pair_r == 1.0
    singles = score({k: k for k in gold}, gold)
    assert singles.b3_p == 1.0 and singles.b3_r == pytest.approx((0.5 + 0.5 + 1 + 1) / 4)
    assert singles.pair_r == 0.0


def test_scores_by_part_scores_each_part_alone():
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    part = {"a": "p1", "b": "p1", "c": "p2", "d": "p2"}
    pred = {"a": "1", "b": "1", "c": "2", "d": "3"}
    res = by_part(pred, gold, part)
    assert res["p1"].b3_f == 1.0
    assert res["p2"].b3_r == pytest.approx(0.5)
    assert res["all"].n == 4


# -- clustering ---------------------------------------------------------------------------

def test_fictional_stories_are_recovered():
    records, gold = fictional.feed(stories=8, per_story=6)
    _, got = run(records)
    s = score(got, gold)
    assert s.b3_f >= 0.95, s.line()


def test_clustering_is_deterministic():
    records, _ = fictional.feed(stories=6, per_story=5, seed=3)
    _, a = run(records)
    _, b = run(records)
    assert a == b
    ids = sorted(set(a.values()), key=lambda s: int(s[1:]))
    assert ids[0] == "s1"  # ids in the order stories open


def test_restored_state_continues_as_one_run():
    records, _ = fictional.feed(stories=10, per_story=6, seed=11)
    _, whole = run(records)
    first = Clusterer()
    _, half = run(records[:30], clusterer=first)
    ch = first.take_changes()
    df = [(int(t), int(n)) for t, n in zip(np.nonzero(first.df)[0], first.df[np.nonzero(first.df)[0]])]
    second = Clusterer.restore(first.settings, df, ch.n_docs, ch.seq, ch.next_id,
                               [first.stories[s] for s in sorted(first.stories)], dict(first.redirects))
    _, rest = run(records[30:], clusterer=second)
    combined = {k: second.resolve(v) for k, v in {**half, **rest}.items()}
    assert combined == whole


def test_story_outside_the_arrival_window_is_not_joined():
    records, _ = fictional.feed(stories=1, per_story=4, seed=5, dated=False)
    others, _ = fictional.feed(stories=12, per_story=1, seed=6, dated=False, prefix="other")
    settings = ClusterSettings(window_articles=5)
    _, near = run(records, settings)
    assert len(set(near.values())) == 1  # together while they arrive close
    _, far = run(records[:1] + others + records[1:], settings)
    assert far[records[0]["id"]] != far[records[1]["id"]]  # 12 arrivals later: out of the window


def test_a_date_gap_raises_the_bar_instead_of_cutting():
    """Fictional story of two articles: months apart they still join (a story runs
    for months), but the score falls with the gap; inside the story's date span
    there is no penalty; undated, none; the optional hard cut still cuts."""
    records, _ = fictional.feed(stories=1, per_story=3, seed=8)

    def second_score(first, second, settings=None):
        records[0]["published"], records[1]["published"] = first, second
        c = Clusterer(settings)
        vecs = c.vectorize([(r["title"] + "\n" + r["text"], r.get("published")) for r in records[:2]])
        c.assign(vecs[0])
        return c.assign(vecs[1])

    close, far = second_score("2031-01-01", "2031-01-01"), second_score("2031-01-01", "2031-09-01")
    assert not far.new and far.story == close.story  # 243 days later: the same story
    assert far.score < close.score
    # a year apart an article joins only when clearly more similar: at a bar the second
    # article clears on the same day but not a year later, a copy of the story's own
    # article a year later still joins
    year = second_score("2031-01-01", "2032-01-01")
    bar = ClusterSettings(join=year.score + 0.01, join_low=year.score + 0.01)
    assert not second_score("2031-01-01", "2031-01-01", bar).new
    assert second_score("2031-01-01", "2032-01-01", bar).new
    saved = records[1]["title"], records[1]["text"]
    records[1]["title"], records[1]["text"] = records[0]["title"], records[0]["text"]
    assert not second_score("2031-01-01", "2032-01-01", bar).new
    records[1]["title"], records[1]["text"] = saved
    records[1].pop("published")
    undated = second_score("2031-01-01", None)
    assert undated.score == pytest.approx(close.score, abs=1e-6)
    cut = second_score("2031-01-01", "2031-09-01", ClusterSettings(window_days=60))
    assert cut.new


def test_a_story_that_already_runs_long_tolerates_a_longer_gap():
    """Fictional story of three articles: the third comes 120 days after the
    second. When the first two are 90 days apart (a story running for months)
    the third loses less than when they are the same day; a story of one day
    (the hard negative) keeps the full penalty, as with the pace off."""
    records, _ = fictional.feed(stories=1, per_story=3, seed=8)

    def third(first, settings=None):
        for r, d in zip(records, (first, "2031-04-01", "2031-07-30")):
            r["published"] = d
        c = Clusterer(settings)
        vecs = c.vectorize([(r["title"] + "\n" + r["text"], r.get("published")) for r in records])
        c.assign(vecs[0]), c.assign(vecs[1])
        story = c.stories[c.resolve("s1")]
        return c._date_penalty(story, records[2]["published"])

    fixed, paced = ClusterSettings(), ClusterSettings(date_pace=3.0)  # the pace is off by default
    one_day, long_run = third("2031-04-01", paced), third("2031-01-01", paced)
    assert one_day == pytest.approx(third("2031-04-01", fixed)) == pytest.approx(0.03 * np.log2(1 + 120 / 30))
    assert long_run == pytest.approx(0.03 * np.log2(1 + 120 / (30 + 3 * 90)))
    assert long_run < third("2031-01-01", fixed) and long_run < one_day
    assert long_run > 0  # still a penalty: the gap is outside the story's span
    assert ClusterSettings.saved({}).date_pace == 0.0  # an older store keeps the fixed grace


def test_candidates_are_bounded_as_the_clusterer_grows():
    """Cost per article: only stories sharing indexed terms are scored, at most `candidates`."""
    records, _ = fictional.feed(stories=60, per_story=3, seed=9, dated=False)
    c = Clusterer(ClusterSettings(candidates=5))
    seen = []
    original = c._score

    def spy(vec, w):
        out = original(vec, w)
        seen.append(len(out))
        return out

    c._score = spy
    run(records, clusterer=c)
    assert max(seen) <= 5
    assert len(c.stories) > 40  # many stories, few scored for each article


def test_merge_keeps_the_older_id_and_redirects():
    records, _ = fictional.feed(stories=1, per_story=3, seed=12, dated=False)
    # open two stories on halves of the same text, then an article carrying both
    a, b = dict(records[0]), dict(records[0])
    words = a["text"].split()
    a["text"], b["text"] = " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2:])
    a["id"], b["id"], full = "half-1", "half-2", dict(records[0], id="whole")
    c = Clusterer(ClusterSettings(join=0.9, join_low=0.9, merge=0.05))
    first = [c.assign(v) for v in c.vectorize([(r["text"], None) for r in (a, b)])]
    assert first[0].story != first[1].story
    c.settings = c.settings.replace(join=0.3)
    got = c.assign(c.vectorize([(full["text"], None)])[0])
    assert not got.new and got.merged == [first[1].story]
    assert got.story == first[0].story  # the older story absorbed the younger
    assert c.resolve(first[1].story) == first[0].story


def test_feature_id_matches_the_hashing_vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    hv = HashingVectorizer(n_features=2 ** 20, alternate_sign=False, norm=None)
    for word in ("harbour", "kessarin", "minister"):
        assert hv.transform([word]).indices.tolist() == [feature_id(word, 2 ** 20)]


# -- the tune feed (../shared) ----------------------------------------------------------------

@pytest.fixture(scope="module")
def tune_feed():
    feed = STORIES / "feed_tune.jsonl"
    if not feed.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{feed} is missing: CI must have ../shared beside the clone")
        pytest.skip("../shared/stories not present")
    records = [json.loads(line) for line in feed.open(encoding="utf-8")]
    with open(STORIES / "gold_tune.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return records, {r["id"]: r["story"] for r in rows}


def test_tune_feed_beats_the_single_pass_baseline(tune_feed):
    from bench.stories import BASELINE, cluster_feed

    records, gold = tune_feed
    ours = score(cluster_feed(records, "arrival_stream", ClusterSettings())[0], gold)
    base = score(cluster_feed(records, "arrival_stream", BASELINE)[0], gold)
    assert ours.b3_f >= base.b3_f + 0.01, (ours.line(), base.line())
    assert ours.b3_f >= 0.86, ours.line()


def test_a_lone_article_joins_the_story_that_grew_towards_it():
    """An article too far from a one-article story opens its own; when a later
    article widens that story to cover its words, the lone story is absorbed."""
    first = "vorlan keshet miradon tulvex baronet quillam zephrin oskadel"
    lone = "zephrin oskadel gantrel huvisk merrowin sallucet dravomir pennick"
    widening = "vorlan keshet miradon tulvex baronet quillam gantrel huvisk merrowin"
    base = ClusterSettings(join=0.25, join_low=0.25, background=False, prior_docs=0)
    for regroup, expect_merged in ((0, []), (1, ["s2"])):
        c = Clusterer(base.replace(regroup=regroup))
        got = [c.assign(v) for v in c.vectorize([(t, None) for t in (first, lone, widening)])]
        assert [a.new for a in got] == [True, True, False]
        assert got[1].score < 0.25 < got[2].score  # the lone article was too far at first
        assert got[2].merged == expect_merged
    assert c.resolve("s2") == "s1" and got[2].story == "s1"  # the older id stays, the other redirects
    assert list(c.stories) == ["s1"] and c.stories["s1"].size == 3


def test_regroup_leaves_stories_larger_than_its_limit_alone():
    first = "vorlan keshet miradon tulvex baronet quillam zephrin oskadel"
    lone = "zephrin oskadel gantrel huvisk merrowin sallucet dravomir pennick"
    lone_too = "zephrin oskadel gantrel huvisk merrowin sallucet dravomir pennick tamberly"
    widening = "vorlan keshet miradon tulvex baronet quillam gantrel huvisk merrowin"
    c = Clusterer(ClusterSettings(join=0.25, join_low=0.25, background=False, prior_docs=0, regroup=1))
    got = [c.assign(v) for v in c.vectorize([(t, None) for t in (first, lone, lone_too, widening)])]
    assert got[2].story == got[1].story  # the two lone articles make a story of two
    assert got[3].merged == [] and len(c.stories) == 2


def test_the_lead_weighs_more_than_the_rest_of_the_article():
    """Fictional: an article whose lead names one story's happening and whose body
    repeats another story's words in equal number joins the story of its lead
    when the lead counts twice, and the older story (a tie) when it does not."""
    council = "dravel council budget vote postponed treasurer"
    crane = "krellan harbour crane toppled onto ferry"
    article = f"{crane}\n\n{council}"
    for lead, expect in ((0, "s1"), (6, "s2")):
        c = Clusterer(ClusterSettings(join=0.3, join_low=0.3, background=False, prior_docs=0, lead_words=lead))
        got = [c.assign(v) for v in c.vectorize([(t, None) for t in (council, crane, article)])]
        assert [a.new for a in got] == [True, True, False]
        assert got[2].story == expect


def test_a_store_created_before_a_mechanism_keeps_it_off():
    saved = ClusterSettings.saved({"join": 0.3, "no_longer_a_setting": 1})
    assert saved.join == 0.3 and saved.lead_words == 0
    import dataclasses
    now = ClusterSettings()
    assert ClusterSettings.saved(dataclasses.asdict(now)) == now and now.lead_words > 0
