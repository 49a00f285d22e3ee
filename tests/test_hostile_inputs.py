"""Issue 15, reading: every case an attacker or a careless user tried, as a test.

One bad line never stops a run; no input is read past its limits; nothing outside
the named inputs is read; every input named, and every entry of a named folder,
is read or listed with the reason. Texts are fictional.
"""
from __future__ import annotations

import io
import json
import os
import pty
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.cli.main import main
from newsbrief.ingest import read

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

GOOD = {"id": "g1", "title": "Harbour fire spreads",
        "text": "The harbour fire spread to three warehouses in Port Alder on Monday, officials said. "
                "Crews fought the blaze through the night."}
GOOD2 = {"id": "g2", "title": "Port stays shut",
         "text": "The port of Port Alder stayed shut on Tuesday after the harbour fire, officials said."}


def feed(tmp_path: Path, *lines: str, name: str = "feed.jsonl") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    return p


def brief_json(out: Path) -> dict:
    return json.loads((out / "brief.json").read_text(encoding="utf-8"))


def by_source(data: dict) -> dict:
    return {a["source"].rsplit("/", 1)[-1]: a for a in data["articles"]}


# -- crashes: one bad line never stops the run ----------------------------------------

@pytest.mark.parametrize("bad, reason", [
    ('{"id": "n", "text": "x", "votes": ' + "9" * 5000 + "}", "a number of 5,000 digits"),
    ("[" * 100_000, "nested more than 32 levels"),
    ('{"a": ' * 40 + "1" + "}" * 40, "nested more than 32 levels"),
    ('{"id": "n", "text": "x", "v": NaN}', "NaN is not a JSON value"),
    ('{"id": "n", "text": "x", "v": 1e999}', "the number 1e999 is out of range"),
])
def test_a_hostile_json_line_is_one_skipped_line(tmp_path, capsys, bad, reason):
    p = feed(tmp_path, bad, json.dumps(GOOD), json.dumps(GOOD2))
    out = tmp_path / "out"
    assert main(["brief", str(p), "-o", str(out), "-q"]) == 0
    first = brief_json(out)["articles"][0]
    assert first["status"] == "skipped" and "feed.jsonl:1" in first["reason"] and reason in first["reason"]
    assert f"feed.jsonl:1: JSON not read ({reason}" in capsys.readouterr().err


@SETTINGS
@given(depth=st.integers(0, 3000), digits=st.integers(1, 6000), closed=st.booleans())
def test_no_nesting_or_number_raises(tmp_path, depth, digits, closed):
    line = "[" * depth + "1" * digits + ("]" * depth if closed else "")
    arts = read.read_paths([str(feed(tmp_path, line))])
    assert len(arts) == 1 and arts[0].status == "skipped" and arts[0].reason


def test_a_lone_surrogate_is_replaced_not_a_crash(tmp_path):
    rec = ('{"id": "s", "title": "Lone \\ud83d half", "text": "The ferry \\ud83d left Port Alder on Monday, '
           'the harbour master said, and the \\udc00 crossing was calm."}')
    out = tmp_path / "out"
    assert main(["brief", str(feed(tmp_path, rec, json.dumps(GOOD))), "-o", str(out), "-q"]) == 0
    data = brief_json(out)
    assert data["articles"][0]["title"] == "Lone \ufffd half"
    assert data["articles"][0]["warnings"] == [
        f"{tmp_path}/feed.jsonl:1: 3 lone surrogate(s) (half of a UTF-16 pair) replaced with U+FFFD"]
    for name in ("brief.json", "brief.md", "brief.html"):
        text = (out / name).read_bytes().decode("utf-8")  # strict: no surrogate was written
        assert "\ufffd" in text


def test_a_lone_surrogate_in_the_id_url_or_outlet_is_told_too(tmp_path):
    rec = dict(GOOD, id="g\ud83d", url="https://news.example/\udc00", source="Daily \ud83d")
    [art] = read.read_paths([str(feed(tmp_path, json.dumps(rec)))])
    assert (art.id, art.url, art.outlet) == ("g\ufffd", "https://news.example/\ufffd", "Daily \ufffd")
    assert art.warnings == [f"{tmp_path}/feed.jsonl:1: 3 lone surrogate(s) (half of a UTF-16 pair) replaced with U+FFFD"]


def test_a_first_line_of_a_million_characters_is_a_cut_title(tmp_path, capsys):
    p = tmp_path / "long.txt"
    p.write_text("Harbour " * 150_000 + "\n\nThe harbour fire spread to three warehouses on Monday, officials said.\n")
    out = tmp_path / "out"
    assert main(["brief", str(p), "-o", str(out), "-q"]) == 0
    art = brief_json(out)["articles"][0]
    assert art["status"] == "used" and len(art["title"]) <= read.MAX_TITLE_CHARS + 1
    assert "title truncated to 300 characters (of 1,199,999)" in capsys.readouterr().err


def test_a_huge_title_is_not_copied_into_the_outputs(tmp_path):
    rec = dict(GOOD, title="Harbour fire " * 400_000)  # 5.2 MB
    out = tmp_path / "out"
    assert main(["brief", str(feed(tmp_path, json.dumps(rec), json.dumps(GOOD2))), "-o", str(out), "-q"]) == 0
    for name in ("brief.json", "brief.md", "brief.html"):
        assert (out / name).stat().st_size < 200_000
    assert any("title truncated" in w for w in brief_json(out)["articles"][0]["warnings"])


def test_a_line_longer_than_a_record_may_be_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_LINE_BYTES", 1000)
    p = feed(tmp_path, json.dumps(dict(GOOD, text="x " * 5000)), json.dumps(GOOD2))
    first, second = read.read_paths([str(p)])
    assert first.status == "skipped" and "line of 10,0" in first.reason and "longer than a record" in first.reason
    assert second.status == "used"


def test_a_feed_stops_at_its_byte_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_FEED_BYTES", 300)
    p = feed(tmp_path, *[json.dumps(dict(GOOD, id=f"g{i}")) for i in range(5)])
    arts = read.read_paths([str(p)])
    assert arts[-1].status == "skipped" and "stopped reading after 300 bytes" in arts[-1].reason
    assert 1 <= sum(a.status == "used" for a in arts) < 5


# -- hangs: devices, FIFOs, terminals ---------------------------------------------------

def finishes(fn, seconds: float = 20.0):
    """fn() run in a daemon thread; fails (instead of hanging the suite) if it blocks."""
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("value", fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert "value" in result, "blocked"
    return result["value"]


def test_dev_zero_is_refused_not_read(tmp_path):
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    arts = finishes(lambda: read.read_paths(["/dev/zero", str(tmp_path / "zero.jsonl")]))
    assert [a.status for a in arts] == ["skipped", "skipped"]
    assert all("a character device, not a regular file" in a.reason for a in arts)


def test_a_file_that_claims_size_zero_is_read_to_the_limit_only(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    # /proc files claim size 0; this one is longer than the limit
    p = Path("/proc/self/smaps")
    if not p.exists():
        pytest.skip("no /proc")
    art = read.read_file(p)
    assert art.status == "skipped" and "more than 1,000 bytes" in art.reason


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "news.txt"
    os.mkfifo(fifo)
    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "sub" / "feed.jsonl")
    arts = finishes(lambda: read.read_paths([str(fifo), str(tmp_path / "sub" / "feed.jsonl"), str(tmp_path)]))
    named, named_feed = arts[0], arts[1]
    assert "a FIFO (named pipe), not a regular file; not read; use - to read a feed from a pipe" in named.reason
    assert named_feed.status == "skipped" and "FIFO" in named_feed.reason
    walked = {a.source.rsplit("/", 1)[-1]: a for a in arts[2:]}
    assert "FIFO" in walked["news.txt"].reason


def test_stdin_on_a_terminal_says_so_instead_of_waiting(monkeypatch, capsys):
    leader, follower = pty.openpty()
    try:
        with open(follower, "rb", buffering=0, closefd=False) as raw:
            monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(raw)))
            assert finishes(lambda: main(["brief", "-", "-o", "/tmp/never-written", "-q"])) == 2
    finally:
        os.close(leader)
        os.close(follower)
    err = capsys.readouterr().err
    assert "<stdin>: '-' reads a JSONL feed from standard input, which is a terminal here" in err


def test_empty_stdin_is_named(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["brief", "-", "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ["newsbrief: skipped: <stdin>: no JSONL records on standard input (empty)",
                   "newsbrief: nothing to brief: no input article could be used"]


def test_an_empty_feed_is_named(tmp_path):
    (p := tmp_path / "none.jsonl").write_text("\n  \n")
    [art] = read.read_paths([str(p)])
    assert art.status == "skipped" and art.reason.endswith("none.jsonl: no JSONL records (empty feed)")



NOT_REGULAR = "not a regular file (a folder, a FIFO or a device); not read"


@pytest.mark.parametrize("make, reason", [
    (lambda tmp: os.mkfifo(tmp / "settings.toml") or tmp / "settings.toml", NOT_REGULAR),
    (lambda tmp: Path("/dev/zero"), NOT_REGULAR),
    (lambda tmp: (tmp / "big.toml").write_text("# " + "x" * 1_100_000) and tmp / "big.toml",
     "more than 1,048,576 bytes; not a settings file"),
    (lambda tmp: tmp / "missing.toml", "No such file or directory"),
])
def test_a_config_that_is_no_settings_file_is_one_line_not_a_hang(tmp_path, capsys, make, reason):
    config = make(tmp_path)
    code = finishes(lambda: main(["brief", str(feed(tmp_path, json.dumps(GOOD))), "-o", str(tmp_path / "out"),
                                  "--config", str(config)]))
    assert code == 2
    assert capsys.readouterr().err.splitlines() == [f"newsbrief: --config {config}: {reason}"]

# -- reading outside the inputs ------------------------------------------------------

def article(path: Path, title: str, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


def test_symlinks_are_followed_only_inside_the_folder_named(tmp_path):
    secret = article(tmp_path / "private" / "secret.txt", "Private notes", "The safe code is kept in the blue ledger.")
    (tmp_path / "private" / "more.txt").write_text("Also private\n\nThe spare key hangs by the door.\n")
    news = tmp_path / "news"
    article(news / "a.txt", "Harbour fire", GOOD["text"])
    article(news / "sub" / "b.txt", "Port shut", GOOD2["text"])
    (news / "secret.txt").symlink_to(secret)
    (news / "private").symlink_to(tmp_path / "private")
    (news / "again.txt").symlink_to(news / "sub" / "b.txt")  # inside: read, once
    out = tmp_path / "out"
    assert main(["brief", str(news), "-o", str(out), "-q"]) == 0
    arts = by_source(brief_json(out))
    assert arts["secret.txt"]["status"] == "skipped"
    assert "symlink to" in arts["secret.txt"]["reason"] and "outside the folder named; not followed" \
        in arts["secret.txt"]["reason"]
    assert arts["private"]["status"] == "skipped"
    assert arts["again.txt"]["status"] == "used"
    assert arts["b.txt"]["status"] == "skipped" and "the same file as" in arts["b.txt"]["reason"]
    for name in ("brief.json", "brief.md", "brief.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert "blue ledger" not in text and "spare key" not in text
    # a symlink the user names is theirs to name: followed
    named = tmp_path / "named.txt"
    named.symlink_to(secret)
    assert read.read_paths([str(named)])[0].status == "used"


@pytest.mark.parametrize("out_inside", [True, False])
def test_a_second_run_never_reads_the_first_runs_brief(tmp_path, out_inside):
    news = tmp_path / "news"
    article(news / "a.txt", "Harbour fire", GOOD["text"])
    article(news / "b.txt", "Port shut", GOOD2["text"])
    out = news / "newsbrief-out" if out_inside else news
    runs = []
    for _ in range(3):
        assert main(["brief", str(news), "-o", str(out), "-q"]) == 0
        data = brief_json(out)
        runs.append(sorted(a["id"] for a in data["articles"] if a["status"] == "used"))
        skipped = [a["reason"] for a in data["articles"] if a["status"] == "skipped"]
        assert all("newsbrief" in r for r in skipped)  # the output folder or an earlier brief
    assert runs == [["a", "b"]] * 3
    # a copy of an earlier brief.html, renamed, is known by its generator tag
    (tmp_path / "copy.html").write_bytes((out / "brief.html").read_bytes())
    [art] = read.read_paths([str(tmp_path / "copy.html")])
    assert art.status == "skipped" and "a brief written by newsbrief" in art.reason


# -- silent drops and wrong messages -------------------------------------------------

def test_every_entry_of_a_folder_is_read_or_listed(tmp_path, monkeypatch):
    news = tmp_path / "news"
    article(news / "a.txt", "Harbour fire", GOOD["text"])
    (news / "feed.jsonl").write_text(json.dumps(GOOD2) + "\n")
    article(news / ".drafts" / "c.txt", "Draft", "A draft nobody should brief.")
    (news / ".notes.txt").write_text("hidden\n\nnote\n")
    article(news / "locked" / "d.txt", "Locked", "Behind a locked door.")
    os.mkfifo(news / "pipe.txt")
    (news / "gone.txt").symlink_to(news / "nowhere.txt")
    (news / "photo.png").write_bytes(b"\x89PNG\r\n")
    real_scandir = os.scandir

    def scandir(path="."):  # tests run as root, who may read anything: lock it by hand
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    arts = {a.source.rsplit("/", 1)[-1]: a for a in read.read_paths([str(news)])}
    assert arts.pop("a.txt").status == "used"
    expected = {"feed.jsonl": "feed inside a folder is read only when named",
                ".drafts": "hidden folder; not read", ".notes.txt": "hidden file; not read",
                "locked": "cannot read folder: Permission denied; its files were not read",
                "pipe.txt": "FIFO", "gone.txt": "broken symlink", "photo.png": "not an article file (suffix .png)"}
    assert set(arts) == set(expected)
    for name, reason in expected.items():
        assert arts[name].status == "skipped" and reason in arts[name].reason, name


def test_a_locked_folder_is_not_an_empty_one(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    article(locked / "a.txt", "Harbour fire", GOOD["text"])
    monkeypatch.setattr(os, "scandir", lambda path=".": (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
    [art] = read.read_paths([str(locked)])
    assert art.reason.endswith("locked: cannot read folder: Permission denied")
    assert "holds no" not in art.reason


def test_records_are_reported_by_their_feed_line_not_their_url(tmp_path):
    recs = [{"id": "u1", "url": "https://news.example/story-1", "text": "  "},
            {"id": "u2", "url": "https://news.example/story-2", "text": GOOD["text"]},
            {"id": "u2", "url": "https://news.example/story-3", "text": GOOD2["text"]}]
    arts = read.read_paths([str(feed(tmp_path, *map(json.dumps, recs)))])
    assert arts[0].reason.endswith("feed.jsonl:1: no article text")
    assert arts[2].warnings == [f"{tmp_path}/feed.jsonl:3: id 'u2' already used; this article is 'u2~2'"]
    assert [a.url for a in arts] == [r["url"] for r in recs]


def test_a_json_error_says_at_once(tmp_path):
    [art] = read.read_paths([str(feed(tmp_path, '{"id": "x", "text": "no end'))])
    assert "invalid JSON (Unterminated string starting at column 21)" in art.reason
    assert "at at" not in art.reason


@pytest.mark.parametrize("value", ["yesterday", "today", "3 days ago", "last Monday", "in two weeks", "Tuesday",
                                   "1700000000"])
def test_a_relative_date_is_no_publication_date(tmp_path, value):
    [art] = read.read_paths([str(feed(tmp_path, json.dumps(dict(GOOD, published=value))))])
    assert art.published is None
    assert any(f"published '{value}' is not a date" in w for w in art.warnings)


def test_an_absolute_date_in_words_still_is_one(tmp_path):
    [art] = read.read_paths([str(feed(tmp_path, json.dumps(dict(GOOD, published="May 3, 2024"))))])
    assert art.published == "2024-05-03"


@SETTINGS
@given(ids=st.lists(st.sampled_from(["a", "a~2", "a~3", "b", "b~2", ""]), min_size=1, max_size=10))
def test_ids_made_unique_never_collide_with_given_ones(tmp_path, ids):
    recs = [json.dumps({"id": i, "text": f"Story number {n} about the harbour."}) for n, i in enumerate(ids)]
    arts = read.read_paths([str(feed(tmp_path, *recs))])
    assert len({a.id for a in arts}) == len(arts) == len(ids)
    first_of = {}
    for n, i in enumerate(ids):
        first_of.setdefault(i, n)
    for i, n in first_of.items():
        if i:  # the first article with an id keeps it
            assert arts[n].id == i


def test_duplicate_ids_give_distinct_citation_numbers(tmp_path):
    recs = [dict(GOOD, id="a"), dict(GOOD2, id="a"), dict(GOOD, id="a~2", text=GOOD["text"] + " Again.")]
    out = tmp_path / "out"
    assert main(["brief", str(feed(tmp_path, *map(json.dumps, recs))), "-o", str(out), "-q"]) == 0
    data = brief_json(out)
    assert len({a["id"] for a in data["articles"]}) == 3
    md = (out / "brief.md").read_text()
    assert "1. " in md and "2. " in md and "3. " in md


def test_an_unreadable_file_is_named_with_its_reason(tmp_path, monkeypatch):
    """Named, or met in a folder: 'cannot read: Permission denied', not a crash or a silent drop.
    (Tests run as root, who may read anything: the refusal is made by hand.)"""
    news = tmp_path / "news"
    article(news / "a.txt", "Harbour fire", GOOD["text"])
    locked = article(news / "locked.txt", "Locked", GOOD2["text"])
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    walked = {a.source.rsplit("/", 1)[-1]: a for a in read.read_paths([str(news)])}
    [named] = read.read_paths([str(locked)])
    assert walked["a.txt"].status == "used"
    for art in (walked["locked.txt"], named):
        assert art.status == "skipped" and art.reason == f"{locked}: cannot read: Permission denied"


def test_symlink_loops_are_walked_once(tmp_path):
    news = tmp_path / "news"
    article(news / "a.txt", "Harbour fire", GOOD["text"])
    article(news / "sub" / "b.txt", "Port shut", GOOD2["text"])
    (news / "loop").symlink_to(".")
    (news / "sub" / "up").symlink_to("..")
    (news / "self.txt").symlink_to("self.txt")
    arts = finishes(lambda: read.read_paths([str(news)]))
    got = {a.source.rsplit("/", 1)[-1]: a for a in arts}
    assert [a.status for a in arts].count("used") == 2 and len(arts) == 5
    for name in ("loop", "up"):
        assert got[name].reason.endswith("a folder already read (a symlink loop); not read again")
    assert got["self.txt"].reason.endswith("self.txt: cannot read: Too many levels of symbolic links")


def test_a_file_removed_while_its_folder_is_read_is_named(tmp_path, monkeypatch):
    news = tmp_path / "news"
    article(news / "a.txt", "Harbour fire", GOOD["text"])
    gone = article(news / "b.txt", "Port shut", GOOD2["text"])
    real_scandir = os.scandir

    class Listing:  # the folder as it was listed; then b.txt is removed, before it is read
        def __init__(self, path):
            with real_scandir(path) as it:
                self.entries = list(it)
            gone.unlink(missing_ok=True)

        def __enter__(self):
            return iter(self.entries)

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(os, "scandir", Listing)
    got = {a.source.rsplit("/", 1)[-1]: a for a in read.read_paths([str(news)])}
    assert got["a.txt"].status == "used"
    assert got["b.txt"].status == "skipped" and got["b.txt"].reason == f"{gone}: vanished while the folder was read"


def test_a_closed_stdin_is_named(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sys.stdin", None)  # started with its standard input closed (<&-)
    assert main(["brief", "-", "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.splitlines() == ["newsbrief: skipped: <stdin>: standard input is closed",
                                                   "newsbrief: nothing to brief: no input article could be used"]


def test_a_deep_folder_tree_costs_no_realpath_per_entry(tmp_path, monkeypatch):
    """A tree 400 folders deep (fictional): each file is read once, and `realpath`
    (which looks at every component of a path: quadratic in the depth; a tree 3,000
    deep took minutes to list) runs for the named folder and for symlinks only, not
    for every entry."""
    root = tmp_path / "deep"
    article(root / "a.txt", "Harbour fire", GOOD["text"])
    (root / "link.txt").symlink_to("a.txt")
    article(root.joinpath(*["d"] * 10) / "b.txt", "Port shut", GOOD2["text"])
    root.joinpath(*["d"] * 400).mkdir(parents=True)
    calls = []
    real_realpath = os.path.realpath
    monkeypatch.setattr(os.path, "realpath", lambda p, **kw: calls.append(p) or real_realpath(p, **kw))
    arts = read.read_paths([str(root)])
    assert [a.status for a in arts].count("used") == 2  # a.txt and b.txt
    assert [a.reason for a in arts if a.source.endswith("link.txt")] == [
        f"{root}/link.txt: the same file as {root}/a.txt, already read"]
    assert len(calls) <= 3, len(calls)  # the folder named, the symlink (and nothing per entry)
