"""The CLI end to end: exit codes, files written, and the seed cluster scored."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-fire.jsonl"


def test_example_cluster_end_to_end(tmp_path, capsys):
    assert main(["brief", str(EXAMPLE), "-o", str(tmp_path), "--words", "120"]) == 0
    out = capsys.readouterr().out
    assert "## Summary" in out and "Wrote" in out
    data = json.loads((tmp_path / "brief.json").read_text())
    assert len(data["articles"]) == 5 and all(a["status"] == "used" for a in data["articles"])
    removed = {r["reason"] for a in data["articles"] for r in a["removed"]}
    assert {"title_repeat", "byline", "link_list", "boilerplate", "off_topic"} <= removed
    assert all(not r["text"].startswith("A stoppage-time header") for a in data["articles"]
               for r in [{"text": s["text"]} for s in data["sentences"] if s["article"] == a["id"]])
    assert sum(len(s["text"].split()) for s in data["summary"]) <= 120
    assert any(len(s["sources"]) == 2 for s in data["summary"])  # the syndicated paragraph
    assert (tmp_path / "brief.html").read_text().startswith("<!DOCTYPE html>")


def test_nothing_to_brief_exits_2(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["brief", str(empty), str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err and "nope.txt: no such file" in err
    assert not (tmp_path / "out").exists()


def test_one_bad_file_does_not_stop_the_run(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Dam holds\n\nThe old dam held through the storm on Sunday, engineers said.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    assert main(["brief", str(tmp_path), "-o", str(tmp_path / "out"), "-q"]) == 0
    data = json.loads((tmp_path / "out" / "brief.json").read_text())
    status = {a["id"]: (a["status"], a["reason"]) for a in data["articles"]}
    assert status["good"] == ("used", None)
    assert status["bad"][0] == "skipped" and "binary" in status["bad"][1]
    assert capsys.readouterr().out == ""


def test_bad_usage_exits_2(capsys):
    assert main(["brief", "x.txt", "--words", "0"]) == 2
    assert main(["brief", "--help"]) == 0
    assert "--words" in capsys.readouterr().out


def score(shared, brief_json):
    proc = subprocess.run([sys.executable, str(shared / "eval" / "score_brief.py"), str(brief_json),
                           str(shared / "seeds" / "gold.json"), "--json"], capture_output=True, text=True)
    return json.loads(proc.stdout[:proc.stdout.rindex("}") + 1])


@pytest.mark.parametrize("source", ["seeds/seeds.jsonl", "seeds"])
def test_seed_cluster_scores(shared, tmp_path, source):
    assert main(["brief", str(shared / source), "-o", str(tmp_path), "-q"]) == 0
    result = score(shared, tmp_path / "brief.json")
    assert result["cleaning.removed"] >= 0.9
    assert result["cleaning.kept"] == 1
    assert result["dedup"] == 1
    assert result["summary.clean"] == 1
    assert result["summary.coverage"] == 1


@pytest.mark.parametrize("command", ["stories", "show", "serve"])
def test_store_commands_escape_what_they_quote(tmp_path, capsys, command):
    """A store path is user input too (it may come from an unpacked archive): the
    corpus, show and serve commands' error lines must not pass a terminal control on."""
    store = tmp_path / "feed\x1b[2J\x1b]0;title\x07.db"
    argv = [command, "s1", "--store", str(store)] if command == "show" else [command, "--store", str(store)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "newsbrief: " in err and str(tmp_path.name) in err
    assert "\x1b" not in err and "\x07" not in err


def test_a_reader_that_leaves_early_ends_the_run_quietly(tmp_path):
    """`newsbrief stories | head -1`: the pipe closes before the list is written. The run
    ends with the shell's broken-pipe code (141) and no 'internal error' line."""
    store = tmp_path / "feed.db"
    feed = ROOT / "examples" / "newsroom-feed.jsonl"
    env = {"PYTHONPATH": str(ROOT / "src"), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    cli = [sys.executable, "-m", "newsbrief.cli"]
    subprocess.run(cli + ["ingest", str(feed), "--store", str(store), "-q"], env=env, check=True, timeout=120)
    proc = subprocess.Popen(cli + ["show", "s1", "--json", "--store", str(store)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "internal error" not in err and "Traceback" not in err
