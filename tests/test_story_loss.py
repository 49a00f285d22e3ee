"""bench.story_loss on FICTIONAL articles and labels (invented towns, events and ids)."""
from bench.story_loss import loss_rows, split_large


def test_loss_rows_sum_to_the_b_cubed_losses():
    gold = {"a1": "flood", "a2": "flood", "a3": "flood", "b1": "strike", "b2": "strike", "c1": "comet"}
    pred = {"a1": "s1", "a2": "s1", "a3": "s2", "b1": "s1", "b2": "s3", "c1": "s4"}
    p_loss, r_loss, merged, split = loss_rows(pred, gold)
    n = len(gold)
    precision = (2 * (2 / 3) + 1 / 3 + 1 + 1 + 1) / n
    recall = (2 * (2 / 3) + 1 / 3 + 2 * (1 / 2) + 1) / n
    assert abs(p_loss - (1 - precision)) < 1e-9 and abs(r_loss - (1 - recall)) < 1e-9
    assert [row[1] for row in merged] == ["s1"] and merged[0][2] == {"flood": 2, "strike": 1}
    assert {row[1] for row in split} == {"flood", "strike"}
    # hard negative: a perfect clustering loses nothing and lists nothing
    assert loss_rows(gold, gold) == (0.0, 0.0, [], [])


def _articles(words: str, prefix: str, n: int) -> dict[str, str]:
    w = words.split()
    return {f"{prefix}{i}": " ".join(w[(i + k) % len(w)] for k in range(5)) for i in range(n)}


def test_split_large_separates_two_events_and_keeps_one_event_whole():
    flood = _articles("river tessel flood marrowby levee sandbags evacuation", "f", 9)
    strike = _articles("calvane tram drivers strike rosters union depot", "t", 9)
    texts = {**flood, **strike}
    labels = {a: "s1" for a in texts}
    out = split_large(labels, texts, min_size=16, threshold=0.91, min_part=6)
    assert len({out[a] for a in flood}) == 1 and len({out[a] for a in strike}) == 1
    assert out["f0"] != out["t0"]
    # hard negative: eighteen articles of the one flood story stay one story
    one = _articles("river tessel flood marrowby levee sandbags evacuation", "g", 18)
    assert len(set(split_large({a: "s2" for a in one}, one).values())) == 1
