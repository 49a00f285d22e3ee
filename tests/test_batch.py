"""`newsbrief batch`: the same store as `ingest`, on a local process pool and on a
Dask LocalCluster (started here, on 127.0.0.1, without a dashboard), with faults.

Every feed is FICTIONAL (tests/fictional.py; the broken lines in batch_faults.py).
Each Dask test runs under a time limit and closes what it started.
"""
from __future__ import annotations

import dataclasses
import faulthandler
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

import batch_faults
import fictional
from newsbrief.batch import feed, work
from newsbrief.batch.engine import DaskEngine, LocalEngine
from newsbrief.batch.runner import Progress, run_batch
from newsbrief.cli.main import main
from newsbrief.corpus.briefs import brief_story
from newsbrief.ingest import read
from newsbrief.store.sqlite import Store
from test_store import consistent

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


_capture = None  # pytest's capture manager, so that a watchdog's last words reach the terminal


@pytest.fixture(autouse=True)
def _capture_manager(request):
    global _capture
    _capture = request.config.pluginmanager.getplugin("capturemanager")


@contextmanager
def time_limit(seconds: float, grace: float = 60.0):
    """Fail (with a traceback of where it hung) instead of hanging the suite.

    At `seconds` SIGALRM raises TimeoutError in the test, which then cleans up as after
    any failure. That alone is no bound: the clean-up can hang too (an engine's close
    waiting on a pool that will never answer), or the main thread may never get back to
    Python to run the handler. So `grace` s later a watchdog thread prints every thread's
    stack, kills this process's descendants (pool workers still holding the suite's
    stdout would keep a CI job waiting after the suite is gone) and ends the process
    with exit code 1."""
    def expired(signum, frame):
        raise TimeoutError(f"over the {seconds:.0f} s limit")

    over = threading.Event()

    def watchdog() -> None:
        if over.wait(seconds + grace):
            return
        try:
            if _capture is not None:
                _capture.suspend_global_capture(in_=True)
            sys.stderr.write(f"\ntime_limit: still running {grace:.0f} s after the {seconds:.0f} s limit; "
                             "every thread's stack, then this process's children killed and exit 1\n")
            sys.stderr.flush()
            faulthandler.dump_traceback(sys.stderr, all_threads=True)
            for pid in _descendants(os.getpid()):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        finally:
            os._exit(1)  # whatever failed above: the process must not outlive its limit

    threading.Thread(target=watchdog, name="time_limit watchdog", daemon=True).start()
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        over.set()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _descendants(root: int) -> list[int]:
    """The processes below `root` (children, their children...), read from /proc."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            ppid = int(Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(name))
    out, todo = [], [root]
    while todo:
        for pid in children.get(todo.pop(), []):
            out.append(pid)
            todo.append(pid)
    return out


def small_feed(tmp_path: Path, stories: int = 5, per_story: int = 4, seed: int = 11, extra: list[str] = ()) -> Path:
    records, _ = fictional.feed(stories=stories, per_story=per_story, seed=seed, prefix="bt")
    lines = [json.dumps(r) for r in records]
    lines.insert(3, json.dumps(records[0]))  # the same article again: skipped as in the store
    lines.insert(5, "{not json")  # unreadable: skipped with its reason
    lines.insert(7, "")
    for n, line in enumerate(extra):
        lines.insert(9 + 2 * n, line)
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def snapshot(store: Store) -> dict:
    """Everything ingest decides, to compare two stores."""
    db = store.db
    q = {
        "articles": "SELECT n, id, text_hash, source, title, text, published, published_basis, url, outlet, extra, "
                    "story, first_story FROM articles ORDER BY n",
        "sentences": "SELECT article, position, text FROM sentences ORDER BY article, position",
        "stories": "SELECT id, seq, last_seq, version, size, first_seen, last_seen, title, absorbed_into "
                   "FROM stories ORDER BY id",
        "state": "SELECT id, seq, last_seq, size, terms, weights, shingles FROM story_state ORDER BY id",
        "aliases": "SELECT id, same_as FROM aliases ORDER BY id",
        "df": "SELECT term, n FROM df ORDER BY term",
        "meta": "SELECT key, value FROM meta ORDER BY key",
    }
    return {k: db.execute(v).fetchall() for k, v in q.items()}


def ingested(tmp_path: Path, feed_path: Path, name: str = "ingest.db") -> Store:
    store = Store(tmp_path / name)
    store.ingest(read.iter_path(str(feed_path)))
    return store


def assert_briefed(store: Store, min_size: int = 2) -> int:
    """Every story of `min_size` or more articles has a current brief of its articles."""
    n = 0
    for row in store.stories():
        if row.size < min_size:
            continue
        assert row.briefed, row.id
        brief = json.loads(store.stored_brief(row.id)[1])
        assert {a["id"] for a in brief["articles"]} == set(row.articles)
        n += 1
    return n


@pytest.fixture(scope="module")
def cluster():
    """A Dask LocalCluster of two one-thread worker processes, shared by the tests that
    reach it by scheduler address (as a real cluster is reached)."""
    from distributed import LocalCluster

    with time_limit(120):
        lc = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          host="127.0.0.1", silence_logs=40)
    try:
        yield lc
    finally:
        lc.close(timeout=30)


# -- reading on a worker is reading --------------------------------------------------------

def _as_read(arts) -> list[dict]:
    return [{**dataclasses.asdict(a), "text": a.text} for a in arts]


def test_units_read_on_a_worker_equal_what_ingest_reads(tmp_path, monkeypatch):
    """Fictional inputs, hostile ones included: the batch reads them (in units of any
    size) with the reader's own walk and line parser, so every article, skip reason
    (naming file and line), warning and id is what `ingest` reads."""
    lines = [b'{"id": "u1", "title": "Quarry bell", "text": "The Dunmere quarry bell rang twice."}',
             b"", b"{broken", b'["a list"]', b'{"id": "u2", "text": "  "}',
             b'{"id": 7, "title": 3, "text": "Numbers for fields in Oskeld.", "published": "not a date"}',
             b'{"text": "No id here: the Vell ferry ran late.", "published": "2031-02-30"}',
             b'{"id": "u3", "html": "<html><body><article><p>The Pardow lighthouse keeper retired after '
             b'thirty years on the rock, the harbour board said.</p></article></body></html>"}',
             b'{"id": "u4", "text": "Bad bytes \xff\xfe in Carrow.", "source": "Fictional Wire"}',
             b"   ",
             b'{"id": "u5", "text": "' + b"The Lenn road flooded again. " * 20 + b'"}',  # over the line limit here
             b'{"id": "u6", "deep": ' + b"[" * 40 + b"]" * 40 + b', "text": "Nested in Brask."}',
             b'{"id": "u7", "count": ' + b"9" * 150 + b', "text": "A long number in Brask."}',
             b'{"id": "u8", "text": "Not a number in Brask.", "level": NaN}']
    jsonl = tmp_path / "mixed.jsonl"
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("Hollin weir opens\n\nThe Hollin weir opened on Monday.\n", encoding="utf-8")
    (folder / "sub" / "a.html").write_text("<html><head><title>Tarrow mill</title></head><body><article><p>"
                                           "The Tarrow mill closed its doors after a long dispute with the "
                                           "town council over water rights.</p></article></body></html>")
    (folder / "NEWS0001").write_text("<DOC>\n<DOCNO> NEWS0001 </DOCNO>\n<TEXT>\nThe Brisk canal froze "
                                     "over.\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO> NEWS0002 </DOCNO>\n<TEXT>\n"
                                     "Skaters came to the Brisk canal.\n</TEXT>\n</DOC>\n")
    (folder / ".hidden.txt").write_text("Hidden\n\nNot read.\n")
    (folder / "empty.txt").write_text("")
    (folder / "notes.md").write_text("Not an article file.\n")
    (folder / "inner.jsonl").write_text('{"id": "x", "text": "A feed in a folder is read only when named."}\n')
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "empty.jsonl").write_text("\n\n")
    inputs = [str(jsonl), str(folder), str(tmp_path / "missing.jsonl"), str(tmp_path / "nothing"),
              str(folder / "b.txt"), str(tmp_path / "empty.jsonl")]
    monkeypatch.setattr(read, "MAX_LINE_BYTES", 400)  # the reader's limits hold for the batch too
    for lines_per_unit in (1, 3, 100):
        got = [a for u in feed.units(inputs, lines=lines_per_unit, files=2) for a in work.read_unit(u)]
        want = [a for p in inputs for a in read.iter_path(p)]
        assert _as_read(got) == _as_read(want)
    reasons = [a.reason for a in want if a.status == "skipped"]
    assert f"{jsonl}:3: invalid JSON (Expecting property name enclosed in double quotes at column 2)" in reasons
    for text in ("mixed.jsonl:11: line of", "mixed.jsonl:12: JSON not read (nested more than",
                 "mixed.jsonl:13: JSON not read (a number of 150 digits", "mixed.jsonl:14: JSON not read (NaN",
                 "hidden file; not read", "a .jsonl feed inside a folder is read only when named",
                 "notes.md: not an article file", "gone.txt: broken symlink", "missing.jsonl: no such file",
                 "nothing: folder holds no", "empty.jsonl: no JSONL records (empty feed)", "empty.txt: empty file"):
        assert any(text in r for r in reasons), text
    assert any(a.warnings for a in want)


def test_prepared_articles_ingest_to_the_same_store(tmp_path):
    from newsbrief.corpus.clusterer import Clusterer
    from newsbrief.store.sqlite import prepare

    path = small_feed(tmp_path)
    plain = Store(tmp_path / "plain.db")
    plain.ingest(read.iter_path(str(path)), batch=7)  # commit points decide story versions: the same here
    ahead = Store(tmp_path / "ahead.db")
    arts = list(read.iter_path(str(path)))
    other = Clusterer(ahead.settings)  # any clusterer with the store's settings: vectors need no state
    ahead.ingest([p for i in range(0, len(arts), 4) for p in prepare(arts[i:i + 4], other)], batch=7)
    assert snapshot(ahead) == snapshot(plain)
    consistent(ahead)


def test_stale_sizes_lists_the_stories_to_brief_largest_first(tmp_path):
    records, _ = fictional.feed(stories=4, per_story=1, seed=3, prefix="ss")
    more, _ = fictional.feed(stories=3, per_story=4, seed=4, prefix="sm")
    store = Store(tmp_path / "s.db")
    store.ingest([read.from_record(r, f"f:{n}") for n, r in enumerate(records + more)])
    rows = store.stories()
    want = [(r.id, r.size) for r in rows if r.size >= 2]
    want.sort(key=lambda x: (-x[1], int(x[0][1:])))  # ids open in arrival order: s1 is the oldest
    assert store.stale_sizes(2) == want and len(want) == 3
    assert len(store.stale_sizes()) == len(rows)
    store.save_brief(want[0][0], store.version(want[0][0]), "{}", "", [])
    assert [sid for sid, _ in store.stale_sizes(2)] == [sid for sid, _ in want[1:]]


# -- the local engine ------------------------------------------------------------------------

def test_local_engine_batch_equals_ingest_and_briefs_the_stories(tmp_path):
    path = small_feed(tmp_path)
    plain = ingested(tmp_path, path)
    store = Store(tmp_path / "batch.db")
    seen = []
    shown = io.StringIO()
    with time_limit(240), LocalEngine(workers=2, preload=True) as engine:
        report = run_batch([str(path)], store, engine, lines=3, ahead=3, on_task=lambda k, n: seen.append(k),
                           progress=Progress(True, shown))
    assert "batch: 22 articles" in shown.getvalue()  # the progress line: read, stories, briefs
    assert f"5 stories; briefs {report.briefed}/{report.briefed}" in shown.getvalue()
    assert snapshot(store) == snapshot(plain)
    consistent(store)
    assert report.ingest.added == 20 and report.ingest.skipped == {"already in the store": 1, "unreadable": 1}
    assert any("invalid JSON" in p for p in report.ingest.problems)
    assert report.briefed == assert_briefed(store) == len([r for r in store.stories() if r.size >= 2]) > 0
    assert seen.count("brief") == report.briefed
    # a story's brief is the one `show` computes in a single process
    sid = store.stories()[0].id
    assert store.stored_brief(sid)[1] == brief_story(plain, sid).json


def test_a_line_that_breaks_its_task_is_reported_and_skipped(tmp_path):
    bad = json.dumps({"id": "bt-bad", "text": "The Orrin dam " + batch_faults.BREAK_MARK.decode()})
    path = small_feed(tmp_path, extra=[bad])
    store = Store(tmp_path / "batch.db")
    with time_limit(120), LocalEngine(workers=2) as engine:
        report = run_batch([str(path)], store, engine, brief_min=None, lines=4,
                           prepare=batch_faults.prepare_or_break)
    assert len(report.task_failures) == 2  # the unit, then its bad line alone
    assert [p for p in report.ingest.problems if "could not be read" in p] == [
        f"{path}:10: could not be read (RuntimeError: a fictional fault in the reader)"]
    (tmp_path / "clean").mkdir()
    plain = ingested(tmp_path, small_feed(tmp_path / "clean"))
    assert store.article_stories() == plain.article_stories()  # every other line is in, in the same story


def test_a_line_that_kills_its_worker_is_skipped_and_the_rest_kept(tmp_path):
    bad = json.dumps({"id": "bt-crash", "text": "The Welder pier " + batch_faults.CRASH_MARK.decode()})
    path = small_feed(tmp_path, extra=[bad])
    store = Store(tmp_path / "batch.db")
    with time_limit(180), LocalEngine(workers=2, retries=2) as engine:
        report = run_batch([str(path)], store, engine, brief_min=None, lines=4,
                           prepare=batch_faults.prepare_or_crash)
    assert [p for p in report.ingest.problems if "could not be read" in p] == [
        f"{path}:10: could not be read (its worker process died each time it ran it)"]
    (tmp_path / "clean").mkdir()
    plain = ingested(tmp_path, small_feed(tmp_path / "clean"))
    assert store.article_stories() == plain.article_stories()
    consistent(store)


def test_a_worker_killed_while_sending_its_result_loses_nothing(tmp_path):
    """A worker killed halfway through writing its result on the pool's pipe (a SIGKILL
    while a brief is sent) leaves concurrent.futures waiting for the rest for good, the
    other worker waiting on the lock the dead one held, and no future ever failing: the
    engine sees the dead worker, replaces the pool and runs the tasks again."""
    marker = tmp_path / "died-once"
    with time_limit(150), LocalEngine(workers=2) as engine:
        engine.submit("half-sent", batch_faults.result_or_die_sending, 300_000, str(marker))
        engine.submit("other", batch_faults.result_of, 1_000)
        engine.submit("third", batch_faults.result_of, 2_000)
        got = {tag: (ok, len(value) if ok else value) for tag, ok, value in (engine.next() for _ in range(3))}
        assert engine.pending == 0
    assert marker.exists()  # its first run did die
    assert got == {"half-sent": (True, 300_000), "other": (True, 1_000), "third": (True, 2_000)}


def _run_killing_a_worker(engine, store, path, killed):
    """run_batch, SIGKILLing one worker at the third unit and again at the first brief."""
    def kill(kind, n):
        if (kind, n) in (("unit", 3), ("brief", 1)):
            assert engine.pending > 0  # there is work left in flight
            pid = engine.worker_pids()[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    return run_batch([str(path)], store, engine, lines=2, ahead=6, on_task=kill)


def test_killing_a_local_worker_mid_run_loses_nothing(tmp_path):
    path = small_feed(tmp_path, stories=6, per_story=5)
    store = Store(tmp_path / "batch.db")
    killed = []
    with time_limit(300), LocalEngine(workers=2, preload=True) as engine:
        report = _run_killing_a_worker(engine, store, path, killed)
    assert len(killed) == 2
    plain = ingested(tmp_path, path)
    assert snapshot(store) == snapshot(plain)
    assert report.briefed == assert_briefed(store) > 0
    assert not report.task_failures and not report.brief_failures


# -- the Dask engine ---------------------------------------------------------------------------

def test_dask_batch_equals_ingest_and_briefs_the_stories(tmp_path, cluster):
    path = small_feed(tmp_path)
    plain = ingested(tmp_path, path)
    store = Store(tmp_path / "batch.db")
    with time_limit(240), DaskEngine(scheduler=cluster.scheduler_address, preload=True) as engine:
        assert engine.workers == 2
        pids = engine.worker_pids()
        report = run_batch([str(path)], store, engine, lines=3, ahead=3)
        # one model per worker, loaded by the plugin: the tasks did not load another
        assert engine.worker_pids() == pids
        assert all(v == 1 for v in engine.client.run(batch_faults.models_loaded).values())
    assert snapshot(store) == snapshot(plain)
    assert report.briefed == assert_briefed(store) > 0
    sid = store.stories()[-1].id if store.stories()[-1].size >= 2 else store.stories()[0].id
    assert store.stored_brief(sid)[1] == brief_story(plain, sid).json
    # run again: nothing new, nothing to brief
    again = Store(tmp_path / "batch.db")
    with time_limit(120), DaskEngine(scheduler=cluster.scheduler_address) as engine:
        second = run_batch([str(path)], again, engine)
    assert second.ingest.added == 0 and second.briefed == 0
    assert snapshot(again) == snapshot(plain)


def test_dask_a_line_that_breaks_its_task_is_reported_and_skipped(tmp_path, cluster):
    bad = json.dumps({"id": "bt-bad", "text": "The Orrin dam " + batch_faults.BREAK_MARK.decode()})
    path = small_feed(tmp_path, extra=[bad])
    store = Store(tmp_path / "batch.db")
    with time_limit(120), DaskEngine(scheduler=cluster.scheduler_address) as engine:
        report = run_batch([str(path)], store, engine, brief_min=None, lines=4,
                           prepare=batch_faults.prepare_or_break)
    assert [p for p in report.ingest.problems if "could not be read" in p] == [
        f"{path}:10: could not be read (RuntimeError: a fictional fault in the reader)"]
    assert report.ingest.added == 20
    consistent(store)


@pytest.mark.slow
def test_killing_a_dask_worker_mid_run_loses_nothing(tmp_path):
    path = small_feed(tmp_path, stories=6, per_story=5)
    store = Store(tmp_path / "batch.db")
    killed = []
    with time_limit(300), DaskEngine(workers=2, preload=True) as engine:
        report = _run_killing_a_worker(engine, store, path, killed)
        assert len(engine.worker_pids()) == 2  # the nanny started a new one (with its model)
    assert len(killed) == 2
    plain = ingested(tmp_path, path)
    assert snapshot(store) == snapshot(plain)
    consistent(store)
    assert report.briefed == assert_briefed(store) > 0
    assert not report.task_failures and not report.brief_failures


def test_an_unreachable_scheduler_is_an_error_not_a_hang():
    with time_limit(60), pytest.raises(OSError):
        DaskEngine(scheduler="tcp://127.0.0.1:9", timeout=2)


# -- the command -------------------------------------------------------------------------------

def test_cli_batch_local_prints_the_ingest_line_and_exits_0(tmp_path, capsys):
    path = small_feed(tmp_path)
    db = tmp_path / "cli.db"
    with time_limit(240):
        assert main(["batch", str(path), "--store", str(db), "--workers", "2", "--no-brief"]) == 0
    err = capsys.readouterr().err
    assert "added 20 article(s), skipped 2" in err and "invalid JSON" in err
    plain = ingested(tmp_path, path)
    assert snapshot(Store(db)) == snapshot(plain)
    # what is skipped and why, line for line what `ingest` prints (feed and line named)
    assert main(["ingest", str(path), "--store", str(tmp_path / "cli-ingest.db")]) == 0
    said = capsys.readouterr().err

    def skipped(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.startswith(("newsbrief: skipped:", "newsbrief: warning:"))]

    assert skipped(err) == skipped(said) and f"newsbrief: skipped: {path}:6: invalid JSON" in "\n".join(skipped(err))
    assert main(["batch", str(path), "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"]) == 2  # usage
    assert main(["batch", str(tmp_path / "missing.jsonl"), "--store", str(tmp_path / "m.db"), "--workers", "1",
                 "--no-brief"]) == 2  # nothing readable


@pytest.mark.slow
@pytest.mark.parametrize("engine,when", [("dask", "ingest"), ("local", "briefs")])
def test_ctrl_c_stops_the_workers_and_a_second_run_goes_on(tmp_path, engine, when):
    records, _ = fictional.feed(stories=30, per_story=8, seed=5, prefix="cc")
    path = fictional.write(tmp_path / "big.jsonl", records)
    db = tmp_path / "cc.db"
    cmd = [sys.executable, "-m", "newsbrief.cli", "batch", str(path), "--store", str(db), "--engine", engine,
           "--workers", "2", "--chunk", "1"]
    proc = subprocess.Popen(cmd, env=ENV, start_new_session=True, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:  # until the first commit (or brief)
            if db.exists() and Store(db).counts()["articles" if when == "ingest" else "briefs"] > 0:
                break
            time.sleep(0.2)
        assert proc.poll() is None, proc.stderr.read()
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
        stopping = time.monotonic()
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err
    assert time.monotonic() - stopping < 30, "a running task held the exit up"
    assert "interrupted" in err and "Traceback" not in err
    assert _live_in_group(proc.pid) == [], "a process of the run outlived it"
    with Store(db) as store:
        done, _ = consistent(store)
        briefs = store.counts()["briefs"]
    if when == "ingest":
        assert 0 < done < len(records)
        again = subprocess.run(cmd[:-2] + ["--no-brief"], env=ENV, capture_output=True, text=True, timeout=240)
    else:
        assert done == len(records) and briefs > 0 and Store(db).stale_sizes(2)
        again = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=300)
        multi = assert_briefed(Store(db))
        assert f"briefed {multi - briefs} story(ies)" in again.stderr  # only those left
    assert again.returncode == 0, again.stderr
    plain = ingested(tmp_path, path)
    assert snapshot(Store(db)) == snapshot(plain)


def _live_in_group(pgid: int, wait: float = 15.0) -> list[str]:
    """Processes of a process group still running (zombies aside), after up to `wait` s."""
    deadline = time.monotonic() + wait
    while True:
        live = []
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z" and int(fields[2]) == pgid:
                live.append(pid)
        if not live or time.monotonic() > deadline:
            return live
        time.sleep(0.5)
