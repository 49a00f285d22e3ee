"""The parse stage: one doc per sentence, identical whether parsed in-process or by
two worker processes, and shared by identical copies."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.stages import parse
from newsbrief import pipeline
from newsbrief.ingest import read
from newsbrief.pipeline import Options

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-fire.jsonl"


def _analysis(doc):
    return ([(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc],
            [(e.text, e.label_) for e in doc.ents])


def _split_brief():
    brief = pipeline.Brief(articles=read.read_paths([str(EXAMPLE)]))
    for name, stage in pipeline.STAGES:
        if name == "parse":
            return brief
        stage(brief, Options())


def test_two_processes_give_the_same_analysis_as_one(monkeypatch, tmp_path):
    brief = _split_brief()
    parse.run(brief, Options())
    alone = {sid: _analysis(doc) for sid, doc in brief.runtime["docs"].items()}
    monkeypatch.setattr(parse, "PARALLEL_FROM", 2)
    if not parse.parallel(len(brief.sentences)):
        pytest.skip("one core or no fork here: the parallel path is not taken")
    marker = tmp_path / "child-ran"
    real_child = parse._child

    def child(conn, texts):
        marker.write_text(str(len(texts)))
        real_child(conn, texts)
    monkeypatch.setattr(parse, "_child", child)
    parse.run(brief, Options())
    assert int(marker.read_text()) > 0  # the child did parse its share
    assert {sid: _analysis(doc) for sid, doc in brief.runtime["docs"].items()} == alone
    assert any(ents for _, ents in alone.values())  # the example names people and places


def test_identical_sentences_share_one_doc():
    brief = _split_brief()
    copies = {}
    for s in brief.sentences:
        copies.setdefault(s.text, []).append(s.id)
    parse.run(brief, Options())
    docs = brief.runtime["docs"]
    assert set(docs) == {s.id for s in brief.sentences}
    shared = [ids for ids in copies.values() if len(ids) > 1]
    assert shared, "the example carries a syndicated copy"
    for ids in shared:
        assert len({id(docs[i]) for i in ids}) == 1


def test_small_clusters_and_one_core_stay_in_process(monkeypatch):
    assert not parse.parallel(parse.PARALLEL_FROM - 1)
    monkeypatch.setattr(parse.os, "sched_getaffinity", lambda pid: {0})
    assert not parse.parallel(10 * parse.PARALLEL_FROM)


def test_the_environment_can_keep_the_parse_in_process(monkeypatch):
    monkeypatch.setenv("NEWSBRIEF_PARSE_WORKERS", "1")
    assert not parse.parallel(10 * parse.PARALLEL_FROM)


def test_a_failing_child_costs_time_not_results(monkeypatch):
    texts = [s.text for s in _split_brief().sentences]
    expected = [_analysis(d) for d in parse.parse_texts(texts)]
    monkeypatch.setattr(parse, "PARALLEL_FROM", 2)

    def dies(conn, texts):
        raise SystemExit(3)  # exits without sending anything
    monkeypatch.setattr(parse, "_child", dies)
    assert [_analysis(d) for d in parse.parse_texts(texts)] == expected
