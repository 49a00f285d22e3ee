"""Scale: memory and time of large inputs, with peak resident memory.

1. A 100 MB JSONL feed of 20,000 articles, and a folder of 10,000 small files,
   streamed through read and clean (`pipeline.stream_clean`).
2. Whole briefs through the CLI (`newsbrief brief FEED -o OUT -q`, a fresh
   process each) of feeds of short articles, 2,000 and 20,000 by default: wall
   time, the peak RSS of the largest process (wait4) and the peak proportional
   set size of the CLI with its parse workers together (sampled from /proc).
3. A feed of 200,000 short articles, which one brief refuses: the message, the
   exit code, the peak RSS (it must be refused, never killed).

    python -m bench.scale [--articles N] [--files N] [--brief N,N] [--refuse N] [--skip-stream]

The inputs are generated (fictional text) in a temporary folder and removed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

WORDS = ("harbour council storm bridge river ferry minister police union workers hospital fire "
         "crews residents officials inquiry report vessel cargo quay warehouse flood road rail "
         "station market prices strike talks court judge ruling school budget energy grid").split()


def paragraph(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + ", officials said."


def article_text(rng: random.Random, size: int) -> str:
    paras, total = [], 0
    while total < size:
        p = paragraph(rng, rng.randint(15, 40))
        paras.append(p)
        total += len(p)
    paras.append("Share this article")
    return "\n\n".join(paras)


TOWN_START = ("Ash", "Bren", "Cal", "Dun", "Elm", "Fen", "Gar", "Hal", "Kes", "Lind", "Mor", "Nor", "Ost", "Pel",
              "Quil", "Ress", "Sol", "Tess", "Ul", "Var")
TOWN_END = ("ford", "hall", "dry", "mark", "wick", "by", "mouth", "stead", "ton", "ley", "moor", "gate", "brook")
FIRST = ("Mara", "Tomas", "Ilse", "Dev", "Noor", "Piet", "Rosa", "Colm", "Ada", "Yusuf", "Lena", "Oren", "Saba",
         "Ivo", "Tara", "Kofi", "Mina", "Bram", "Zuri", "Emil")
LAST = ("Selden", "Okoro", "Varga", "Ramani", "Haddad", "Lang", "Mendel", "Shea", "Brandt", "Costa", "Dahl",
        "Ekwueme", "Farrell", "Grieve", "Holm", "Ivers", "Juhl", "Kaur", "Lomax", "Marsh")
HAPPENINGS = (("fire", "A fire broke out at the {place} in {town} on {day}", "firefighters"),
              ("flood", "Floodwater swept through {town} on {day}, closing the {place}", "rescue crews"),
              ("strike", "Workers at the {place} in {town} walked out on {day}", "union leaders"),
              ("crash", "A bus and a lorry collided near the {place} in {town} on {day}", "police"),
              ("protest", "Hundreds of residents marched to the {place} in {town} on {day}", "organisers"))
PLACES = ("harbour", "grain depot", "rail station", "council offices", "old mill", "ferry terminal", "market hall")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OUTLETS = ("The Varrow Courier", "Coastal Wire", "Evening Ledger", "Northern Post", "Radio Kestrel")


def short_article(rng: random.Random, i: int, stories: int) -> dict:
    """A fictional short news article (3-5 sentences) about one of `stories`
    happenings; about ten articles tell each, with their own wording and figures,
    and some carry a copy of another's sentence, as syndicated news does."""
    s = rng.randrange(stories)
    story = random.Random(s)
    kind, lead, who = story.choice(HAPPENINGS)
    town = story.choice(("", "Upper ", "Lower ", "Port ", "New ")) + story.choice(TOWN_START) + story.choice(TOWN_END)
    place, day = story.choice(PLACES), story.choice(DAYS)
    name = f"{story.choice(FIRST)} {story.choice(LAST)}"
    hurt = story.randint(3, 40) + rng.randint(-2, 2)
    sentences = [lead.format(place=place, town=town, day=day) + ".",
                 rng.choice([f"At least {hurt} people were hurt in {town}, {who} said.",
                             f"{who.capitalize()} said {hurt} people had been taken to hospital in {town}.",
                             f"The number of injured in {town} rose to {hurt} by the evening, according to {who}."]),
                 rng.choice([f"\u201cWe are doing everything we can,\u201d said {name}, who leads the response in "
                             f"{town}.", f"{name} said the {place} would stay shut until it was safe.",
                             f"\u201cThis has shaken {town},\u201d {name} told reporters."]),
                 f"The {place} in {town} stayed closed on {rng.choice(DAYS)} while officials assessed the damage.",
                 rng.choice([f"Residents of {town} said the {kind} was the worst in years.",
                             f"An inquiry into the {kind} at the {place} will begin next month.",
                             f"Traffic around {town} was diverted for several hours."])]
    return {"id": f"s{i}", "title": f"{kind.capitalize()} in {town}", "source": rng.choice(OUTLETS),
            "published": f"2025-{1 + s % 12:02d}-{1 + s % 27:02d}",
            "text": "\n\n".join(sentences[:rng.randint(3, 5)])}


def short_feed(path: Path, n: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    with open(path, "w") as fh:
        for i in range(n):
            fh.write(json.dumps(short_article(rng, i, max(1, n // 10))) + "\n")


def _tree_pss_mb(pid: int) -> float:
    """Proportional set size of a process and its children (the parse workers,
    forked: pages they share with it are counted once), from /proc."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            if int(entry) != pid and ppid != pid:
                continue
            with open(f"/proc/{entry}/smaps_rollup") as fh:
                total += sum(int(line.split()[1]) for line in fh if line.startswith("Pss:"))
        except (OSError, ValueError, IndexError):
            continue
    return total / 1024


def run_cli(feed: Path, out: Path) -> dict:
    """`newsbrief brief FEED -o OUT -q` in a fresh process: exit code, last stderr
    line, seconds, peak RSS of the largest process and of the process tree."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief.cli", "brief", str(feed), "-o", str(out), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0.0]
    done = threading.Event()

    def sample():  # never proc.poll(): the exit status (and its rusage) is wait4's
        while not done.wait(0.25):
            peak[0] = max(peak[0], _tree_pss_mb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err_lines = []

    def drain():  # stderr must not fill its pipe while we wait
        for line in proc.stderr:
            err_lines.append(line.rstrip("\n"))

    drainer = threading.Thread(target=drain, daemon=True)
    drainer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    drainer.join(5)
    sampler.join(1)
    return {"code": proc.returncode, "seconds": time.perf_counter() - t0, "largest_mb": usage.ru_maxrss / 1024,
            "tree_mb": peak[0], "last": err_lines[-1] if err_lines else ""}


def bench_briefs(sizes: list[int], refuse: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            feed = Path(tmp) / f"short-{n}.jsonl"
            short_feed(feed, n)
            r = run_cli(feed, Path(tmp) / f"out-{n}")
            print(f"brief:  {n} short articles, {feed.stat().st_size / 1e6:.0f} MB: exit {r['code']}, "
                  f"{r['seconds']:.0f} s; peak RSS {r['largest_mb']:.0f} MB (largest process), "
                  f"{r['tree_mb']:.0f} MB PSS with its parse workers", flush=True)
            feed.unlink()
        if refuse:
            feed = Path(tmp) / f"short-{refuse}.jsonl"
            short_feed(feed, refuse)
            r = run_cli(feed, Path(tmp) / "out-refused")
            print(f"refuse: {refuse} short articles: exit {r['code']}, {r['seconds']:.1f} s, "
                  f"peak RSS {r['largest_mb']:.0f} MB: {r['last']}", flush=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=20_000)
    p.add_argument("--bytes", type=int, default=100 * 1024 * 1024, help="feed size (default 100 MB)")
    p.add_argument("--files", type=int, default=10_000)
    p.add_argument("--brief", default="2000,20000", help="sizes of the whole briefs (comma-separated; '' for none)")
    p.add_argument("--refuse", type=int, default=200_000, help="size of the feed one brief must refuse (0: none)")
    p.add_argument("--skip-stream", action="store_true", help="only the whole briefs")
    a = p.parse_args(argv)
    if not a.skip_stream:
        stream(a)
    bench_briefs([int(x) for x in a.brief.split(",") if x.strip()], a.refuse)
    return 0


def stream(a) -> None:
    from newsbrief.pipeline import stream_clean

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        per = a.bytes // a.articles
        with open(feed, "w") as fh:
            for i in range(a.articles):
                fh.write(json.dumps({"id": f"a{i}", "title": f"Story {i}", "published": "2025-01-01",
                                     "text": article_text(rng, per)}) + "\n")
        size_mb = feed.stat().st_size / 1e6
        base = peak_mb()
        t0 = time.perf_counter()
        used = removed = 0
        for art in stream_clean([str(feed)]):
            used += art.status == "used"
            removed += len(art.removed)
        print(f"feed:   {a.articles} articles, {size_mb:.0f} MB: {time.perf_counter() - t0:.1f} s, "
              f"{used} used, {removed} lines removed; peak RSS {peak_mb():.0f} MB "
              f"(before reading {base:.0f} MB)")
        folder = Path(tmp) / "many"
        folder.mkdir()
        for i in range(a.files):
            (folder / f"f{i:05d}.txt").write_text(f"Story {i}\n\n" + article_text(rng, 600))
        t0 = time.perf_counter()
        n = sum(1 for art in stream_clean([str(folder)]) if art.status == "used")
        print(f"folder: {a.files} files: {time.perf_counter() - t0:.1f} s, {n} used; peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
