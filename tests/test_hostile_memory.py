"""Issue 15, memory: bounded by design. The events similarity keeps a cache of a
fixed size and finds candidate pairs by a blocked product, never all pairs; one
brief refuses more input than it takes, with one clear line, before the work.
(The peak RSS of real 2,000- and 20,000-article briefs is `make bench`'s, not a test's.)
"""
from __future__ import annotations

import json
import random
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.cli.main import main
from newsbrief.config import Config, EventSettings
from newsbrief.context import Context
from newsbrief.ingest import read
from newsbrief.pipeline import brief_articles
from newsbrief.stages.events import Similarity

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FEATURES = [f"W:w{i}" for i in range(12)] + [f"N:n{i}" for i in range(4)]
vectors = st.lists(st.dictionaries(st.sampled_from(FEATURES), st.integers(1, 3), max_size=5),
                   min_size=2, max_size=40)


def as_vectors(raw: list[dict]) -> dict[str, Counter]:
    return {f"s{i}": Counter(v) for i, v in enumerate(raw)}


def test_the_lazy_similarity_cache_keeps_its_size():
    rng = random.Random(3)
    vecs = as_vectors([{rng.choice(FEATURES): rng.randint(1, 3) for _ in range(4)} for _ in range(300)])
    lazy = Similarity(vecs, dense_up_to=0, cache_size=500)
    dense = Similarity(vecs, dense_up_to=10_000)
    assert lazy.matrix is None and dense.matrix is not None
    ids = list(vecs)
    for a in ids:
        for b in ids:
            assert abs(lazy(a, b) - dense(a, b)) < 1e-9
    assert len(lazy.cache) <= 500  # 45,000 pairs asked; the cache stayed at its size
    # the most recently used pairs are the ones kept
    assert (ids[-1], ids[-2]) in lazy.cache or (ids[-2], ids[-1]) in lazy.cache


@SETTINGS
@given(raw=vectors, threshold=st.floats(0.05, 0.95))
def test_blocked_pairs_are_every_pair_above_the_threshold(raw, threshold):
    vecs = as_vectors(raw)
    ids = list(vecs)
    lazy = Similarity(vecs, dense_up_to=0)
    dense = Similarity(vecs, dense_up_to=10_000)
    found = {(i, j): s for i, j, s in lazy.pairs_above(ids, threshold, per_row=len(ids))}
    assert found == {(i, j): s for i, j, s in lazy.pairs_above(ids, threshold, per_row=len(ids), budget=7)}
    from_dense = {(i, j): s for i, j, s in dense.pairs_above(ids, threshold)}
    for i in range(len(ids)):
        for j in range(i):
            score = dense(ids[i], ids[j])
            if score >= threshold + 1e-6:
                assert (i, j) in found and (i, j) in from_dense
                assert abs(found[(i, j)] - score) < 1e-9
            elif score < threshold - 1e-6:
                assert (i, j) not in found and (i, j) not in from_dense


def test_blocked_pairs_keep_a_bounded_number_per_sentence():
    vecs = as_vectors([{"W:harbour": 1, "W:fire": 1}] * 400)  # every pair is a perfect match
    lazy = Similarity(vecs, dense_up_to=0)
    pairs = list(lazy.pairs_above(list(vecs), 0.5, per_row=7))
    per_row = Counter(i for i, _, _ in pairs)
    assert max(per_row.values()) == 7 and len(pairs) <= 7 * 400  # not 400 * 399 / 2


def test_the_events_stage_runs_on_the_lazy_path(tmp_path):
    """Above `dense_up_to` sentences the stage never builds the pair matrix."""
    from pathlib import Path

    feed = Path(__file__).resolve().parents[1] / "examples" / "harbour-fire.jsonl"
    dense = brief_articles(read.read_paths([str(feed)]), Context())
    ctx = Context(config=Config(events=EventSettings(dense_up_to=5)))
    lazy = brief_articles(read.read_paths([str(feed)]), ctx)
    assert ctx.similarity.matrix is None and len(ctx.similarity.cache) <= ctx.similarity.cache_size
    assert lazy.events and len(lazy.events) == len(dense.events)


def test_two_hundred_thousand_articles_are_refused_with_one_line(tmp_path, capsys):
    feed = tmp_path / "huge.jsonl"
    with open(feed, "w") as fh:
        for i in range(200_000):
            fh.write(f'{{"id": "a{i}", "text": "Ferry {i} left the harbour."}}\n')
    out = tmp_path / "out"
    assert main(["brief", str(feed), "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"newsbrief: {feed}: more than {read.MAX_ARTICLES:,} inputs; one brief takes at most "
                   f"{read.MAX_ARTICLES:,} articles; nothing was briefed. Split the input, or group a feed into stories and brief each: `newsbrief ingest FEED --store S --brief`"]
    assert not out.exists()


def test_too_much_text_is_refused_too(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(read, "MAX_BRIEF_CHARS", 10_000)
    feed = tmp_path / "long.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"a{i}", "text": "The ferry left the harbour. " * 100})
                              for i in range(10)) + "\n")
    assert main(["brief", str(feed), "-o", str(tmp_path / "out"), "-q"]) == 2
    assert "more than 10,000 characters of article text" in capsys.readouterr().err
