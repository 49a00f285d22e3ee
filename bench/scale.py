"""Scale: a 100 MB JSONL feed of 20,000 articles, and a folder of 10,000 small
files, streamed through read and clean (`pipeline.stream_clean`), with the peak
resident memory of the process beside the size of the input.

    python -m bench.scale [--articles N] [--files N]

The inputs are generated (fictional filler text) in a temporary folder and removed.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=20_000)
    p.add_argument("--bytes", type=int, default=100 * 1024 * 1024, help="feed size (default 100 MB)")
    p.add_argument("--files", type=int, default=10_000)
    a = p.parse_args(argv)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
