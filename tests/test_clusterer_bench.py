"""bench.stories helpers for the clustering measures (fictional files and labels)."""
from __future__ import annotations

from bench.stories import by_size, wikiref_records


def test_wikiref_labels_come_from_file_names_and_small_labels_are_noise(tmp_path):
    """Fictional pages named as WikiRef220 names its files: the trailing number
    (dotted or in parentheses) goes, and a label of at most 5 pages is noise."""
    names = [f"harbour.strike.{i}.txt" for i in range(1, 7)] + [f"Flood2031 ({i}).txt" for i in range(1, 7)]
    names += ["lone.topic.1.txt", "pair.topic.1.txt", "pair.topic.2.txt"]
    for n in names:
        (tmp_path / n).write_bytes(b"Dockers walked out.\r\nThe port closed.\r\n")
    records, gold, part = wikiref_records(tmp_path)
    assert len(records) == len(names)
    assert gold["harbour.strike.3.txt"] == "harbour.strike" and gold["Flood2031 (4).txt"] == "Flood2031"
    assert gold["pair.topic.2.txt"] == "pair.topic"
    assert part["Flood2031 (1).txt"] == "topic" and part["lone.topic.1.txt"] == "noise"
    assert part["pair.topic.1.txt"] == "noise"
    assert "\r" not in records[0]["text"]


def test_by_size_splits_big_and_small_gold_stories():
    """Fictional labels: a big gold story split in two predicted stories loses
    recall in the big bucket only; the small story, kept whole, scores 1."""
    gold = {f"b{i}": "big" for i in range(8)} | {"s1": "small", "s2": "small"}
    pred = {f"b{i}": ("p1" if i < 4 else "p2") for i in range(8)} | {"s1": "p3", "s2": "p3"}
    line = by_size(pred, gold)
    assert "gold >=8 (8 art.) B3 1.000/0.500/0.667" in line
    assert "gold <8 (2 art.) B3 1.000/1.000/1.000" in line


def test_the_baseline_is_a_plain_single_pass():
    """Fictional pseudo-words: three lone fragments and an article covering them
    all. Ours takes the fragments in when the covering article arrives (a
    regroup); the baseline has no second chance: nothing is ever merged, every
    fragment keeps its own story."""
    from bench.stories import BASELINE
    from newsbrief.corpus.clusterer import ClusterSettings, Clusterer

    first = "vorlan keshet miradon tulvex baronet quillam"
    pieces = ["zephrin oskadel gantrel", "huvisk merrowin sallucet", "dravomir pennick tamberly"]
    lone = [f"{p} {w}" for p, w in zip(pieces, first.split())]
    covering = " ".join(first.split() + " ".join(pieces).split() * 2)
    texts = [first, *lone, covering]
    plain = dict(join=0.25, background=False, prior_docs=0, lead_words=0)
    merged = {}
    for name, settings in (("ours", ClusterSettings(**plain, join_low=0.25, bridge=1.1, merge=1.1)),
                           ("baseline", BASELINE.replace(**plain))):
        c = Clusterer(settings)
        merged[name] = [m for a in (c.assign(v) for v in c.vectorize([(t, None) for t in texts])) for m in a.merged]
        if name == "baseline":
            assert len(c.stories) == 4
    assert merged == {"ours": ["s2", "s3", "s4"], "baseline": []}
