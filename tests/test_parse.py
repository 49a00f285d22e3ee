"""The parse stage: one doc per sentence, identical whether parsed in one process or
two (a setting), and shared by identical copies. The example cluster is fictional."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from newsbrief import pipeline
from newsbrief.config import Config, ParseSettings
from newsbrief.context import Context
from newsbrief.ingest import read
from newsbrief.pipeline import run_stage
from newsbrief.stages import parse

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-fire.jsonl"


def _analysis(doc):
    return ([(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc],
            [(e.text, e.label_) for e in doc.ents])


def _split_brief():
    brief = pipeline.Brief(articles=read.read_paths([str(EXAMPLE)]))
    ctx = Context()
    for stage in pipeline.STAGES:
        if stage.name == "parse":
            return brief
        run_stage(stage, brief, ctx)


def _ctx(processes: int) -> Context:
    return Context(config=Config(parse=ParseSettings(processes=processes)))


def test_two_processes_give_the_same_analysis_as_one():
    brief = _split_brief()
    one, two = _ctx(1), _ctx(2)
    run_stage(parse.STAGE, brief, one)
    run_stage(parse.STAGE, brief, two)
    alone = {sid: _analysis(doc) for sid, doc in one.docs.items()}
    assert {sid: _analysis(doc) for sid, doc in two.docs.items()} == alone
    assert any(ents for _, ents in alone.values())  # the example names people and places


def test_identical_sentences_share_one_doc():
    brief = _split_brief()
    copies = {}
    for s in brief.sentences:
        copies.setdefault(s.text, []).append(s.id)
    ctx = Context()
    run_stage(parse.STAGE, brief, ctx)
    assert set(ctx.docs) == {s.id for s in brief.sentences}
    shared = [ids for ids in copies.values() if len(ids) > 1]
    assert shared, "the example carries a syndicated copy"
    for ids in shared:
        assert len({id(ctx.docs[i]) for i in ids}) == 1


def test_small_clusters_and_one_core_stay_in_process(monkeypatch):
    auto = ParseSettings()
    assert parse.processes(auto.parallel_from - 1, auto) == 1
    monkeypatch.setattr(parse.os, "sched_getaffinity", lambda pid: {0})
    assert parse.processes(10 * auto.parallel_from, auto) == 1
    monkeypatch.setattr(parse.os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(parse, "running", lambda: 1)  # only this process: a core is idle
    assert parse.processes(10 * auto.parallel_from, auto) == 2
    monkeypatch.setattr(parse, "running", lambda: None)  # the system does not say
    assert parse.processes(10 * auto.parallel_from, auto) == 2


def test_no_workers_without_an_idle_core(monkeypatch):
    """Two workers only help when a core is free: with others running on both, one process."""
    auto = ParseSettings()
    monkeypatch.setattr(parse.os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(parse, "running", lambda: 3)
    assert parse.processes(10 * auto.parallel_from, auto) == 1
    monkeypatch.setattr(parse, "running", lambda: 2)  # this one and one other: no core to spare
    assert parse.processes(10 * auto.parallel_from, auto) == 1


def test_runnable_processes_are_read_from_the_system():
    now = parse.running()
    assert now is None or now >= 1  # this process is running while it reads


def test_a_set_number_of_processes_wins():
    assert parse.processes(10_000, dataclasses.replace(ParseSettings(), processes=1)) == 1
    assert parse.processes(3, dataclasses.replace(ParseSettings(), processes=2)) == 2


def test_the_environment_can_keep_the_parse_in_process(monkeypatch, tmp_path):
    from newsbrief import cli

    seen = []
    real = parse.parse_texts

    def spy(texts, ctx=None):
        seen.append(ctx.config.parse.processes)
        return real(texts, ctx)
    monkeypatch.setattr(parse, "parse_texts", spy)
    monkeypatch.setenv("NEWSBRIEF_PARSE_WORKERS", "1")
    assert cli.main(["brief", str(EXAMPLE), "-o", str(tmp_path), "-q"]) == 0
    assert seen == [1]


def test_docs_lose_only_their_tensor():
    """The shared model drops the embedding tensor after the last component; every
    annotation a stage reads equals a plain spaCy pass's (fictional example)."""
    import spacy

    from newsbrief.resources import MODEL, Resources

    brief = _split_brief()
    texts = list(dict.fromkeys(s.text for s in brief.sentences))
    plain = spacy.load(MODEL)
    ours = Resources().nlp
    for a, b in zip(plain.pipe(texts), ours.pipe(texts)):
        assert b.tensor.size == 0 and a.tensor.size > 0
        assert _analysis(a) == _analysis(b)
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b]
        assert [c.text for c in a.noun_chunks] == [c.text for c in b.noun_chunks]


def test_the_batch_size_does_not_change_the_analysis():
    """The example's fictional sentences, repeated with varied names and numbers into
    about 600 texts of mixed length, parsed in batches of 1000 (one batch), 256 (the
    default) and 7 (a ragged last batch): every token's tag, POS, dependency, head,
    lemma and every entity the same."""
    brief = _split_brief()
    base = list(dict.fromkeys(s.text for s in brief.sentences))
    texts = [t.replace("two", str(i % 9 + 2)).replace("Tuesday", ("Monday", "Friday", "Tuesday")[i % 3])
             for i in range(600 // len(base) + 1) for t in base]
    assert len(texts) >= 600
    got = {}
    for size in (1000, ParseSettings().batch_size, 7):
        ctx = Context(config=Config(parse=ParseSettings(processes=1, batch_size=size)))
        got[size] = [_analysis(d) for d in parse.parse_texts(texts, ctx)]
    assert got[1000] == got[ParseSettings().batch_size] == got[7]
