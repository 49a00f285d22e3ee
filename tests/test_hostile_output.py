"""Issue 15, writing: the three brief files are one unit, keep their mode, and an
interrupted, terminated or failing run leaves the old set (or nothing) and no
temporaries; OUT is checked before the work starts; signals end the parse workers.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsbrief import pipeline
from newsbrief import cli
from newsbrief.report import render

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-fire.jsonl"
FILES = ("brief.html", "brief.json", "brief.md")


def old_set(out: Path) -> dict[str, bytes]:
    """OUT holding an earlier brief (fictional placeholders) and a file of the user's."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "keep.txt").write_text("mine")
    for name in FILES:
        (out / name).write_text(f"old {name}")
        os.chmod(out / name, 0o640)
    return {p.name: p.read_bytes() for p in out.iterdir()}


def contents(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize("fail_at", [1, 2, 3])
def test_a_failure_at_any_rename_keeps_the_old_set(tmp_path, monkeypatch, capsys, fail_at):
    out = tmp_path / "out"
    before = old_set(out)
    real_replace, calls = os.replace, []

    def full_disk(src, dst):
        calls.append(dst)
        if len(calls) == fail_at:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full_disk)
    assert cli.main(["brief", str(EXAMPLE), "-o", str(out), "-q"]) == 2
    assert contents(out) == before  # the old set, byte for byte; no temporary left
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"newsbrief: cannot write the brief to {out}: No space left on device; "
                   f"the files there are unchanged"]


def test_a_full_disk_while_writing_keeps_the_old_set(tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = old_set(out)
    real_fsync, calls = os.fsync, []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    assert cli.main(["brief", str(EXAMPLE), "-o", str(out), "-q"]) == 2
    assert contents(out) == before


def test_ctrl_c_during_the_swap_keeps_the_old_set(tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = old_set(out)
    real_replace, calls = os.replace, []

    def interrupted(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", interrupted)
    assert cli.main(["brief", str(EXAMPLE), "-o", str(out), "-q"]) == 130
    assert contents(out) == before


def test_files_keep_their_mode_and_new_ones_follow_the_umask(tmp_path):
    out = tmp_path / "out"
    old_set(out)
    os.chmod(out / "brief.md", 0o604)
    old_umask = os.umask(0o027)
    try:
        assert cli.main(["brief", str(EXAMPLE), "-o", str(out), "-q"]) == 0
        assert cli.main(["brief", str(EXAMPLE), "-o", str(tmp_path / "new"), "-q"]) == 0
    finally:
        os.umask(old_umask)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes["brief.json"] == modes["brief.html"] == 0o640 and modes["brief.md"] == 0o604
    assert json.loads((out / "brief.json").read_text())["schema"].startswith("newsbrief.brief/")
    for name in FILES:
        assert stat.S_IMODE((tmp_path / "new" / name).stat().st_mode) == 0o640  # 0666 less umask 027


def a_file(tmp: Path, below: str = "") -> Path:
    (tmp / "file").write_text("x")
    return tmp / "file" / below if below else tmp / "file"


def a_folder_named_brief_json(tmp: Path) -> Path:
    (tmp / "o" / "brief.json").mkdir(parents=True)
    return tmp / "o"


@pytest.mark.parametrize("make_out, message", [
    (a_file, "exists and is not a folder"),
    (lambda tmp: a_file(tmp, "out"), "file is not a folder"),
    (a_folder_named_brief_json, "brief.json is a folder"),
    (lambda tmp: Path("/proc/1/newsbrief-out"), "cannot write to /proc/1/newsbrief-out"),
])
def test_an_unwritable_out_is_one_line_before_any_work(tmp_path, monkeypatch, capsys, make_out, message):
    out = make_out(tmp_path)
    if str(out).startswith("/proc") and not Path("/proc/1").exists():
        pytest.skip("no /proc")

    def never(*args, **kwargs):
        raise AssertionError("the pipeline ran before OUT was checked")

    monkeypatch.setattr(pipeline, "brief_articles", never)
    assert cli.main(["brief", str(EXAMPLE), "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and "internal error" not in err[0]


def test_nothing_is_left_in_out_but_the_brief(tmp_path):
    out = tmp_path / "out"
    assert cli.main(["brief", str(EXAMPLE), "-o", str(out), "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == list(FILES)


def test_write_all_swaps_the_set_in_whole(tmp_path, monkeypatch):
    """A reader watching OUT between the renames sees complete files only, and on a
    failure no new file stays beside an old one."""
    brief = pipeline.brief_articles([])
    out = tmp_path / "out"
    before = old_set(out)
    real_replace = os.replace
    seen = []

    def watching(src, dst):
        seen.append(sorted(p.name for p in Path(dst).parent.iterdir() if not p.name.startswith(".")))
        if len(seen) == 2:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching)
    with pytest.raises(OSError):
        render.write_all(brief, out)
    assert contents(out) == before


# -- signals, and the parse workers --------------------------------------------------------

def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stuck(pid: int) -> str:
    """Where a process that should have ended is (for the failure message), then end it."""
    lines = []
    try:
        lines += [line for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                  if line.startswith(("Sig", "ShdPnd"))]
        for kid in children(pid):
            state = Path(f"/proc/{kid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            masks = [line for line in Path(f"/proc/{kid}/status").read_text().splitlines()
                     if line.startswith(("SigBlk", "SigPnd", "ShdPnd", "SigIgn"))]
            lines.append(f"child {kid} {state} {' '.join(masks)}")
        for task in sorted(Path(f"/proc/{pid}/task").iterdir()):
            lines.append(f"task {task.name}: {(task / 'wchan').read_text()} {(task / 'stat').read_text().split()[2]}")
    except OSError:
        pass
    try:
        bt = subprocess.run(["gdb", "-p", str(pid), "-batch", "-iex", "set auto-load safe-path /",
                             "-ex", "thread apply all py-bt"],
                            capture_output=True, text=True, timeout=60).stdout
        lines += [line for line in bt.splitlines() if "File" in line or "Thread" in line]
    except (OSError, subprocess.TimeoutExpired):
        pass
    os.kill(pid, signal.SIGKILL)
    return "\n".join(lines)


def start_with_workers(tmp_path: Path, out: Path):
    """The CLI on a cluster big enough for two parse processes, forced by a setting;
    returns once spaCy's worker processes run (or None if it finished first)."""
    lines = []
    for i in range(60):
        lines.append(json.dumps({"id": f"w{i}", "title": f"Ferry {i} delayed",
                                 "text": " ".join(f"The ferry {i} left Port Alder at dawn on Monday and crossed "
                                                  f"the bay in {n} hours, the harbour master said." for n in range(8))}))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n")
    (tmp_path / "two.toml").write_text("[parse]\nprocesses = 2\n")
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "brief", str(feed), "-o", str(out), "-q",
                             "--config", str(tmp_path / "two.toml")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        kids = [k for k in children(proc.pid) if alive(k)]
        if len(kids) >= 2:
            return proc, kids
        time.sleep(0.02)
    return proc, []


@pytest.mark.parametrize("signum, code, word", [(signal.SIGTERM, 143, "terminated"),
                                                (signal.SIGINT, 130, "interrupted")])
def test_a_signal_ends_the_run_its_workers_and_its_temporaries(tmp_path, signum, code, word):
    out = tmp_path / "out"
    before = old_set(out)
    proc, kids = start_with_workers(tmp_path, out)
    if not kids:
        proc.communicate(timeout=60)
        pytest.skip("the parse finished before its workers could be seen")
    proc.send_signal(signum)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the run did not end on the signal: {stuck(proc.pid)}")
        raise
    assert proc.returncode == code
    assert err.strip().splitlines() == [f"newsbrief: {word}; no brief file was changed or left half-written"]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(k) for k in kids):
        time.sleep(0.05)
    assert not any(alive(k) for k in kids), "a parse worker outlived the run"
    assert contents(out) == before


def test_the_parse_workers_die_with_a_killed_parent(tmp_path):
    proc, kids = start_with_workers(tmp_path, tmp_path / "out")
    if not kids:
        proc.communicate(timeout=60)
        pytest.skip("the parse finished before its workers could be seen")
    proc.kill()  # SIGKILL: no clean-up of our own can run
    proc.communicate(timeout=60)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(k) for k in kids):
        time.sleep(0.05)
    assert not any(alive(k) for k in kids), "a parse worker outlived its killed parent"


def blocked_in(pid: int, word: str, seconds: float = 120) -> bool:
    """Is the main thread of `pid` asleep in a kernel call whose name holds `word` (wchan)?"""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if word in Path(f"/proc/{pid}/wchan").read_text():
                return True
        except OSError:
            return False
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("signum, code, word", [(signal.SIGTERM, 143, "terminated"),
                                                (signal.SIGINT, 130, "interrupted"),
                                                (signal.SIGHUP, 129, "hung up")])
def test_a_signal_ends_a_run_blocked_on_a_silent_stdin(tmp_path, signum, code, word):
    """`producer | newsbrief brief -` with a producer that never writes nor ends: a
    signal (from kill or timeout, which reach newsbrief alone) ends the run at once,
    not when the pipe closes."""
    read_end, write_end = os.pipe()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "brief", "-", "-o", str(tmp_path / "out")],
                                stdin=read_end, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        os.close(read_end)
        assert blocked_in(proc.pid, "pipe"), "the run never waited on its standard input"
        proc.send_signal(signum)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the signal did not end a run reading a silent pipe: {stuck(proc.pid)}")
            raise
    finally:
        os.close(write_end)
    assert proc.returncode == code
    assert err.strip().splitlines() == [f"newsbrief: {word}; no brief file was changed or left half-written"]
    assert not (tmp_path / "out").exists()
