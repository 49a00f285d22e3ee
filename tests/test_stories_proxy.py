"""The proxy story feed (bench.stories --proxy) is built by the held-out feed's own
builder with other sources, so it keeps the held-out rules. Fictional clusters
and files only."""
from __future__ import annotations

import pytest

from bench.heldout_stories import _duc_plain, build, heldout_sources, proxy_sources

# fictional article bodies; LONG_* have 50 words or more, NOTICE fewer
LONG_SHARED = " ".join(f"ferrywords{i}" for i in range(60))
LONG_A = " ".join(f"harbourcrane{i}" for i in range(55))
LONG_B = " ".join(f"glacierpass{i}" for i in range(55))
LONG_C = " ".join(f"orchardfrost{i}" for i in range(55))
NOTICE = "Sign up for our newsletter to read more."
EVERYWHERE = " ".join(f"cookiebanner{i}" for i in range(70))


def _doc(cid, i, text, published=None):
    return {"id": f"{cid}-{i}", "text": text, "published": published, "source_set": "fict"}


def _fictional(_data):
    return [
        ("c1", [_doc("c1", 0, LONG_A, "2031-03-02"), _doc("c1", 1, LONG_SHARED), _doc("c1", 2, NOTICE),
                _doc("c1", 3, EVERYWHERE)]),
        ("c2", [_doc("c2", 0, LONG_B), _doc("c2", 1, LONG_SHARED + " "), _doc("c2", 2, EVERYWHERE)]),
        ("c3", [_doc("c3", 0, LONG_C), _doc("c3", 1, NOTICE), _doc("c3", 2, EVERYWHERE), _doc("c3", 3, "  ")]),
        # hard negative: a short text found in ONE cluster only is kept (not a notice)
        ("c4", [_doc("c4", 0, "Dockers walked out at dawn."), _doc("c4", 1, LONG_A + " tail")]),
    ]


def test_proxy_builder_keeps_the_heldout_rules_on_fictional_clusters():
    records, gold, part = build(sources=_fictional, seed=3)
    ids = {r["id"] for r in records}
    # a text in three or more clusters is left out everywhere; a short one in two is a notice
    assert not {"c1-3", "c2-2", "c3-2"} & ids
    assert not {"c1-2", "c3-1"} & ids
    assert "c3-3" not in ids  # empty text
    # clusters sharing a long text (whitespace aside) are one story; others stay apart
    assert gold["c1-0"] == gold["c2-0"] == gold["c1-1"] == gold["c2-1"]
    assert gold["c3-0"] != gold["c1-0"]
    # a short text in one cluster only, and a text that merely contains another, are kept and do not union
    assert {"c4-0", "c4-1"} <= ids and gold["c4-0"] == gold["c4-1"] != gold["c1-0"]
    # both orders are permutations, and the stream keeps a story's own (date) order
    for key in ("arrival", "arrival_stream"):
        assert sorted(r[key] for r in records) == list(range(len(records)))
    assert set(part.values()) == {"fict"}
    again, _, _ = build(sources=_fictional, seed=3)
    assert [(r["id"], r["arrival"], r["arrival_stream"]) for r in again] == \
        [(r["id"], r["arrival"], r["arrival_stream"]) for r in records]


def test_plain_duc_clusters_are_dated_from_a_docno_index(tmp_path):
    """Fictional plain-text clusters: a file the index knows gets its DOCNO's date,
    others none; files in numeric order (D2 before D10); no title."""
    topic = tmp_path / "docs" / "t1"
    topic.mkdir(parents=True)
    for n in (1, 2, 10):
        (topic / f"D{n}.txt").write_text(f"\nFictional body {n} of a\nhard-wrapped wire story.\n")
    index = tmp_path / "ids.tsv"
    index.write_text("cluster\tfile\tdocid_by_sorted_order\tcheck\n"
                     "t1\tD2.txt\tXYZ20310415.0042\tmatch\nt1\tD10.txt\tXYZ20311341.0001\tmatch\n")
    [(name, docs)] = _duc_plain(tmp_path / "docs", "fx", index)
    assert name == "fx-t1" and [d["id"] for d in docs] == ["fx-t1-D1", "fx-t1-D2", "fx-t1-D10"]
    assert [d["published"] for d in docs] == [None, "2031-04-15", None]  # month 13 is no date
    assert docs[0]["title"] is None and docs[0]["text"].startswith("Fictional body 1")


def test_the_sources_must_be_named():
    """No default: a caller that forgets the sources gets an error, not the held-out feed."""
    with pytest.raises(TypeError):
        build()
    assert proxy_sources is not heldout_sources
