"""Stage contracts, the run's context and settings: the order is checked, not
remembered; lookups follow the lists they are made from; settings load from TOML."""
from __future__ import annotations

import dataclasses
import doctest

import pytest

from newsbrief import config as config_module
from newsbrief import pipeline, stage
from newsbrief.config import Config
from newsbrief.ids import event_id, sentence_id
from newsbrief.model import Article, Brief, Event, Sentence
from newsbrief.stage import Stage, check_order


def test_the_shipped_order_satisfies_every_contract():
    check_order(pipeline.STAGES)
    names = [s.name for s in pipeline.STAGES]
    assert len(names) == len(set(names))
    provided = {p for s in pipeline.STAGES for p in s.provides}
    assert {"sentences", "entities", "events", "claims", "figures", "conflicts", "summary"} <= provided


def test_a_stage_moved_before_what_it_needs_is_refused():
    stages = list(pipeline.STAGES)
    events = next(s for s in stages if s.name == "events")
    stages.remove(events)
    stages.insert(1, events)
    with pytest.raises(ValueError, match="'events' requires"):
        check_order(stages)


def test_stage_doctest():
    assert doctest.testmod(stage).failed == 0


def test_lookups_are_rebuilt_only_after_their_list_changed():
    text = "The ferry left at dawn."
    s1, s2 = sentence_id("a", text), sentence_id("b", text)
    brief = Brief(articles=[Article(id="a", source="a"), Article(id="b", source="b")],
                  sentences=[Sentence(id=s1, article="a", text=text), Sentence(id=s2, article="b", text=text)])
    assert brief.carriers(s2) == ["b"]
    brief.sentences[1].duplicate_of = s1
    assert brief.carriers(s2) == ["b"]  # not told yet: the table stands
    brief.reindex("duplicates")
    assert brief.carriers(s2) == ["a", "b"] and brief.root_of(s2) == s1
    ev = event_id(s1)
    brief.events = [Event(id=ev, title="Ferry leaves", date=None, sentences=[s1, s2])]
    brief.reindex("events")
    assert brief.index.event_of(s2) == ev and brief.index.event(ev).title == "Ferry leaves"


def test_the_index_is_not_part_of_the_brief():
    a = Brief(articles=[Article(id="a", source="a")])
    b = Brief(articles=[Article(id="a", source="a")])
    a.article("a")  # builds a table on one of them only
    assert a == b and "index" not in [f.name for f in dataclasses.fields(Brief)]


def test_settings_load_from_toml(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("words = 120\n[events]\njoin_undated = 0.3\n")
    cfg = Config.from_toml(path)
    assert cfg.words == 120 and cfg.events.join_undated == 0.3
    assert cfg.events.join_dated == config_module.EventSettings().join_dated  # the rest keep defaults


@pytest.mark.parametrize("text, message", [
    ("[events]\njoin_undatd = 0.3\n", "unknown setting events.join_undatd"),
    ("[evnts]\njoin_undated = 0.3\n", "unknown setting 'evnts'"),
    ("events = 3\n", "is a section"),
])
def test_a_mistyped_setting_is_an_error(tmp_path, text, message):
    path = tmp_path / "settings.toml"
    path.write_text(text)
    with pytest.raises(ValueError, match=message):
        Config.from_toml(path)


def test_cli_reads_settings_and_names_a_bad_file(tmp_path, capsys):
    from pathlib import Path

    from newsbrief import cli
    example = Path(__file__).resolve().parents[1] / "examples" / "harbour-fire.jsonl"
    bad = tmp_path / "bad.toml"
    bad.write_text("[summary]\nwords_per_evnt = 3\n")
    assert cli.main(["brief", str(example), "-o", str(tmp_path / "out"), "--config", str(bad)]) == 2
    assert "bad.toml" in capsys.readouterr().err and not (tmp_path / "out").exists()
    good = tmp_path / "good.toml"
    good.write_text("words = 40\n")
    assert cli.main(["brief", str(example), "-o", str(tmp_path / "out"), "--config", str(good), "-q"]) == 0
    import json
    summary = json.loads((tmp_path / "out" / "brief.json").read_text())["summary"]
    assert 0 < sum(len(s["text"].split()) for s in summary) <= 40
