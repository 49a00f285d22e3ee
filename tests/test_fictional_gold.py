"""The FICTIONAL dev set in bench/fictional/ stays valid: every gold file parses, carries
the keys the shared dev gold carries, and every snippet it cites occurs in the article it
names (with the scorer's matching: case, whitespace runs, quote style and spaces before
hyphens ignored), so `python -m bench.brief --fictional` measures what the gold says.

Everything in these clusters is invented (see bench/fictional/README.md).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

FICTIONAL = Path(__file__).resolve().parents[1] / "bench" / "fictional"
CLUSTERS = sorted(p.name for p in FICTIONAL.glob("*/") if (p / "gold.json").exists())
# the round each cluster was written in (round 1 is partly in-sample now; rounds 2 to 5 were written blind)
# clusters per round: four in rounds 1-3, three in rounds 4 and 5 (sessions 11 and 13, written against the clock)
PER_ROUND = {1: 4, 2: 4, 3: 4, 4: 3, 5: 3, 6: 2}
ROUNDS = json.loads((FICTIONAL / "ROUNDS.json").read_text())["rounds"]

# the keys every shared dev gold.json carries (no_invented_year is optional there too)
KEYS = {"cluster", "note", "source", "published", "must_remove", "must_keep", "not_in_summary", "duplicates",
        "no_figures_from", "entities", "times", "periods", "events", "figures", "claims", "conflicts",
        "summary_must_cover", "summary_max_words"}
MEASURES = {"killed", "injured", "missing", "displaced", "arrested", "participants", "money", "distance", "other"}


def norm(text: str) -> str:
    """The normalisation ../shared/eval/score_brief.py applies before matching a snippet
    (copied so this test runs without ../shared)."""
    text = (text or "").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+-", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def load(name: str):
    folder = FICTIONAL / name
    articles = [json.loads(line) for line in (folder / "articles.jsonl").read_text().splitlines() if line.strip()]
    return articles, json.loads((folder / "gold.json").read_text())


def refs(node, path=""):
    """(path, ref) for every {article, snippet} reference anywhere in a gold file."""
    if isinstance(node, dict):
        if "snippet" in node:
            yield path, node
            return
        for key, value in node.items():
            yield from refs(value, f"{path}/{key}")
    elif isinstance(node, list):
        for value in node:
            yield from refs(value, path)


def test_every_cluster_has_a_round_and_each_round_its_clusters_of_three_to_seven_articles():
    assert sorted(ROUNDS) == CLUSTERS
    assert sorted(set(ROUNDS.values())) == sorted(PER_ROUND)
    for r, n in PER_ROUND.items():
        assert sum(1 for v in ROUNDS.values() if v == r) == n, r
    for name in CLUSTERS:
        articles, _ = load(name)
        # rounds 1-4: three to five articles of 250-600 words; rounds 5-6: five to seven of 350-700
        few, many, short, long = (5, 7, 350, 700) if ROUNDS[name] >= 5 else (3, 5, 250, 600)
        assert few <= len(articles) <= many, name
        for a in articles:
            words = len(a["text"].split())
            assert short <= words <= long, (a["id"], words)


@pytest.mark.parametrize("name", CLUSTERS)
def test_gold_parses_and_every_snippet_occurs_in_its_article(name):
    articles, gold = load(name)
    assert KEYS <= set(gold), KEYS - set(gold)
    assert gold["cluster"] == name
    assert "FICTIONAL" in gold["note"] and gold["source"]["fictional"] is True
    text = {a["id"]: norm(a["text"]) for a in articles}
    assert len(text) == len(articles), "article ids repeat"
    found = list(refs(gold))
    assert len(found) > 50
    missing = [(path, r["article"], r["snippet"]) for path, r in found
               if r["article"] not in text or norm(r["snippet"]) not in text[r["article"]]]
    assert not missing, missing[:5]
    # published: exactly the articles that give a date, with that date
    assert gold["published"] == {a["id"]: a["published"] for a in articles if a.get("published")}


@pytest.mark.parametrize("name", CLUSTERS)
def test_gold_items_are_well_formed(name):
    articles, gold = load(name)
    names = {norm(alias) for e in gold["entities"] for alias in [e["name"], *e["aliases"]]}
    for c in gold["claims"]:
        assert c["stance"] in ("assert", "deny"), c
        assert norm(c["speaker"]) in names, f"claim speaker {c['speaker']!r} is not a gold entity"
    for f in gold["figures"]:
        assert f["measure"] in MEASURES, f
        assert f.get("vague") or f["low"] is not None or f["high"] is not None, f
    for t in gold["times"]:
        assert norm(t["text"]) in norm(t["snippet"]), t
        assert re.fullmatch(r"(\d{4}|XXXX)(-\d{2}(-\d{1,2})?)?", t["value"]), t
    for e in gold["events"]:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]) and e["members"], e
    for c in gold["conflicts"]:
        assert c["kind"] in ("figure", "denial") and len(c["any_two_of"]) >= 2, c
    for pair in gold["duplicates"]:
        assert len(pair) == 2 and pair[0]["article"] != pair[1]["article"], pair
    assert all(cover["any_of"] for cover in gold["summary_must_cover"])
    # an undated article's days keep an unknown year in the gold
    undated = {a["id"] for a in articles if not a.get("published")}
    for t in gold["times"]:
        if t["article"] in undated and re.match(r"\d{4}-\d{2}-\d{2}", t["value"]):
            pytest.fail(f"undated article given a year: {t}")


@pytest.mark.parametrize("round_", [1, 2, 3, 4, 5])
def test_each_round_has_the_cases_it_was_written_for(round_):
    """Within each round: a denial conflict and a figure conflict, an undated article, a
    vague count, money, and a duplicate pair (the genres' hard cases stay in)."""
    kinds, measures, vague, undated, dups = set(), set(), False, False, 0
    for name in (n for n in CLUSTERS if ROUNDS[n] == round_):
        articles, gold = load(name)
        kinds |= {c["kind"] for c in gold["conflicts"]}
        measures |= {f["measure"] for f in gold["figures"]}
        vague |= any(f.get("vague") for f in gold["figures"])
        undated |= any(not a.get("published") for a in articles)
        dups += len(gold["duplicates"])
    assert kinds == {"figure", "denial"}
    assert {"killed", "missing", "injured", "participants", "money", "arrested"} <= measures
    assert vague and undated and dups >= 2


@pytest.mark.parametrize("round_", [2, 3, 4, 5])
def test_later_rounds_keep_their_hard_negatives(round_):
    """Rounds 2 to 5 were written with hard negatives a brief must not turn into facts:
    negated counts (nobody hurt: injured 0 beside the count aboard) and sentences giving two
    tolls at once (a part and its total, or two places), which are no disagreement."""
    zero_injured = parts = 0
    for name in (n for n in CLUSTERS if ROUNDS[n] == round_):
        _, gold = load(name)
        on = {}
        for f in gold["figures"]:
            on.setdefault((f["article"], f["snippet"]), []).append(f)
        zero_injured += any(f["measure"] == "injured" and f["low"] == 0 for f in gold["figures"])
        parts += any(len({f["low"] for f in fs if f["measure"] == "killed"}) == 2 for fs in on.values())
    assert zero_injured >= 2 and parts >= 1


@pytest.mark.parametrize("round_", [2, 3, 4, 5])
def test_a_later_round_takes_no_sentence_from_an_earlier_one(round_):
    """No run of eight words of a round-2 article occurs in a round-1 article, nor of a
    round-3 article in a round-1 or round-2 one, nor of a round-4 or round-5 article in any earlier one: each round is a fresh measure, not a
    re-skin of an earlier one."""
    earlier = " ".join(norm(a["text"]) for n in CLUSTERS if ROUNDS[n] < round_ for a in load(n)[0])
    for name in (n for n in CLUSTERS if ROUNDS[n] == round_):
        for a in load(name)[0]:
            words = norm(a["text"]).split()
            taken = [r for r in {" ".join(words[i:i + 8]) for i in range(len(words) - 7)} if r in earlier]
            assert not taken, (a["id"], taken[:3])


def test_no_fictional_sentence_is_taken_from_shared_data(shared):
    """The stories are invented: no run of eight words of a fictional article occurs in
    the shared dev or seed articles."""
    corpus = " ".join(norm(p.read_text()) for p in [*(shared / "dev").glob("*/articles.jsonl"),
                                                    shared / "seeds" / "seeds.jsonl"])
    for name in CLUSTERS:
        articles, _ = load(name)
        for a in articles:
            words = norm(a["text"]).split()
            runs = {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}
            taken = [r for r in runs if r in corpus]
            assert not taken, (a["id"], taken[:3])


def test_bench_brief_lists_the_fictional_clusters_and_labels_their_mean():
    from bench.brief import fictional_clusters, table

    found = fictional_clusters()
    assert [name for name, _, _ in found] == CLUSTERS
    assert all(feed.exists() and gold.exists() for _, feed, gold in found)
    text = table({"a-x": {"m": 0.5}, "b-y": {"m": 1.0}}, "fict mean")
    assert "fict mean" in text.splitlines()[0] and text.splitlines()[-1].split()[-1] == "0.75"


def test_bench_brief_prints_a_mean_per_round():
    from bench.brief import round_groups, table

    groups = round_groups(CLUSTERS)
    assert list(groups) == ["round 1", "round 2", "round 3", "round 4", "round 5", "round 6"]
    assert all(ROUNDS[n] == int(label.split()[-1]) for label, names in groups.items() for n in names)
    r1, r2 = groups["round 1"][0], groups["round 2"][0]
    text = table({r1: {"m": 0.5}, r2: {"m": 1.0}}, "fict mean", round_groups([r1, r2]))
    head, row = text.splitlines()[0], text.splitlines()[-1].split()
    assert head.rstrip().endswith("round 1   round 2")
    assert row[-3:] == ["0.75", "0.50", "1.00"]
