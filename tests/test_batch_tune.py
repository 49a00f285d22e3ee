"""`batch --engine dask` on the tune feed (../shared/stories, 1,148 articles): the
same stories as `ingest` and a brief for every story of two or more articles.

Fails loudly when CI is set and the feed is missing. One run (a fixture) serves
both tests; it takes minutes on two busy cores, hence `slow`.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from newsbrief.batch.engine import DaskEngine
from newsbrief.batch.runner import run_batch
from newsbrief.corpus.briefs import brief_story
from newsbrief.corpus.score import score
from newsbrief.ingest import read
from newsbrief.store.sqlite import Store
from test_batch import snapshot, time_limit
from test_store import consistent

STORIES = Path(__file__).resolve().parents[1].parent / "shared" / "stories"
FEED = STORIES / "feed_tune.jsonl"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    if not FEED.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{FEED} is missing: CI must have ../shared beside the clone")
        pytest.skip("../shared/stories not present")
    tmp = tmp_path_factory.mktemp("tune")
    plain = Store(tmp / "ingest.db")
    plain.ingest(read.iter_path(str(FEED)))
    store = Store(tmp / "batch.db")
    with time_limit(1500), DaskEngine(workers=2, preload=True) as engine:
        report = run_batch([str(FEED)], store, engine)
    return plain, store, report


def test_tune_feed_batch_gives_the_stories_of_ingest(runs):
    plain, store, report = runs
    ingest, batch = plain.article_stories(), store.article_stories()
    assert len(batch) == len(ingest) > 1100
    assert score(batch, ingest).b3_f >= 0.99  # the bar (within 0.01) ...
    assert batch == ingest  # ... and in fact identical: the same assignments in the same order
    assert snapshot(store) == snapshot(plain)
    consistent(store)
    with open(STORIES / "gold_tune.tsv", encoding="utf-8") as fh:
        gold = {r["id"]: r["story"] for r in csv.DictReader(fh, delimiter="\t")}
    assert score(batch, gold) == score(ingest, gold)


def test_tune_feed_batch_briefs_every_story_of_two_or_more_articles(runs):
    from conftest import check_brief

    _, store, report = runs
    multi = [r for r in store.stories() if r.size >= 2]
    assert len(multi) > 200 and not report.brief_failures
    assert report.briefed + report.unbriefable == len(multi)
    plain = runs[0]
    unbriefable = [row for row in multi if not row.briefed]
    assert len(unbriefable) == report.unbriefable <= len(multi) // 50
    for row in unbriefable:  # every article cleaned away (boilerplate): `show` has no brief of it either
        assert brief_story(plain, row.id) is None, row.id
    for row in multi:
        if not row.briefed:
            continue
        brief = json.loads(store.stored_brief(row.id)[1])
        assert {a["id"] for a in brief["articles"]} == set(row.articles)
        assert brief["summary"], row.id
    for row in multi[:: max(1, len(multi) // 12)]:  # the schema and the references, on a sample
        assert check_brief(json.loads(store.stored_brief(row.id)[1])) == []
    singles = [r for r in store.stories() if r.size == 1]
    assert singles and not any(r.briefed for r in singles)  # left to `show`, as --brief-min 2 says
