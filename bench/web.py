"""Page render time of the served UI (issue 17): a 25-article story whose brief is
stored, its page requested from a running `newsbrief serve` server (uvicorn on
loopback, in this process), first with an empty page cache (the brief.json read,
parsed, laid out and rendered) and then from the cache. Target: under 300 ms.

Each story is the 25 documents of a DUC 2006 topic (../shared/data/duc2006, the
documents only; topics whose 25 documents all join one story), ingested into one
story; without ../shared, 25 generated FICTIONAL articles. The brief is computed
once, before timing (as `ingest --brief` does).

    python -m bench.web [--topics D0602B,D0603C,D0604D] [--runs 20]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parents[1]
DUC2006 = ROOT.parent / "shared" / "data" / "duc2006" / "docs"
TARGET_MS = 300


def fictional_articles(n: int = 25, seed: int = 17):
    """`n` invented reports of one invented event (a dam breach in the valley of Orrin)."""
    from newsbrief.model import Article

    rng = random.Random(seed)
    towns = ["Orrin Falls", "Kessock", "Brannow", "Tilbury Marsh", "Wenlow"]
    people = ["Mayor Ada Penhallow", "Engineer Tomas Reddin", "Colonel Iris Vane", "Dr Felix Amory"]
    out = []
    for i in range(n):
        lines = []
        for _ in range(rng.randint(8, 14)):
            town, who = rng.choice(towns), rng.choice(people)
            lines.append(rng.choice([
                f"About {rng.randint(2, 40) * 10} people were moved from {town} on Tuesday, {who} said.",
                f"{who} said the Orrin dam had held through the night but water was still rising near {town}.",
                f"The river authority said {rng.randint(3, 30)} roads were closed around {town}.",
                f"\u201cWe will not leave anyone behind,\u201d {who} told reporters in {town} on Wednesday.",
                f"{who} denied that the warning had come late for {town}.",
            ]))
        out.append(Article(id=f"orrin-{i + 1}", source=f"orrin-{i + 1}.txt", title=f"Orrin dam: report {i + 1}",
                           text="\n\n".join(lines), published=f"2035-05-{1 + i % 9:02d}", published_basis="given",
                           outlet=["Valley Post", "Orrin Courier", "Wire Service"][i % 3]))
    return out


def articles(topic: str):
    folder = DUC2006 / topic
    if folder.is_dir():
        from newsbrief.ingest import read

        return f"DUC 2006 {topic}", list(read.iter_path(str(folder)))
    return "25 fictional articles (../shared missing)", fictional_articles()


def build(path: Path, arts) -> tuple[str, int, float]:
    """The store with every article in one story and its brief stored: (story, size, brief seconds)."""
    from newsbrief.corpus.briefs import brief_story
    from newsbrief.corpus.clusterer import ClusterSettings
    from newsbrief.store.sqlite import Store

    one_story = ClusterSettings(join=0.0, join_low=0.0, window_days=100_000)
    with Store(path, settings=one_story) as store:
        store.ingest(arts)
        best = max(store.stories(), key=lambda s: s.size)
        t0 = time.perf_counter()
        brief_story(store, best.id)
        return best.id, best.size, time.perf_counter() - t0


def get(url: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    with urlopen(url, timeout=60) as r:
        body = r.read()
    return (time.perf_counter() - t0) * 1000, len(body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--topics", default="D0602B,D0603C,D0604D", help="DUC 2006 topics (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    from newsbrief.web import Settings, create_app
    from newsbrief.web.server import background

    medians = []
    for topic in args.topics.split(","):
        label, arts = articles(topic)
        with tempfile.TemporaryDirectory() as tmp:
            sid, size, brief_s = build(Path(tmp) / "bench.db", arts)
            print(f"{label}: {size} articles in one story; brief computed and stored in {brief_s:.1f} s")
            app = create_app(Settings(store=str(Path(tmp) / "bench.db")))
            with background(app) as base:
                cold, warm, article_ms, kb = measure(base, app.state.web, sid, arts[0].id, args.runs)
        for name, xs in ((f"story page ({kb:.0f} KB), brief read, parsed, laid out, rendered", cold),
                         ("story page from the page cache", warm), ("an article page", article_ms)):
            print(f"  {name:<64} median {statistics.median(xs):6.1f} ms   max {max(xs):6.1f} ms")
        medians.append(statistics.median(cold))
        if label.startswith("25 fictional"):
            break
    ok = max(medians) < TARGET_MS
    print(f"target: a 25-article story's page under {TARGET_MS} ms after its brief is stored: "
          f"{'met' if ok else 'NOT met'} (worst median {max(medians):.0f} ms)")
    return 0


def measure(base: str, web, sid: str, article_id: str, runs: int) -> tuple[list, list, list, float]:
    """(cold, warm, article page) times in ms and the story page's size in KB."""
    import gc

    from newsbrief.ids import fragment

    url = f"{base}/stories/{sid}"
    get(base + "/api/status")  # the server is up
    cold, warm, size = [], [], 0
    for _ in range(runs):
        web.clear_cache()
        gc.collect()
        ms, size = get(url)
        cold.append(ms)
        warm.append(get(url)[0])
    article_ms = [get(f"{base}/articles/{fragment(article_id)}")[0] for _ in range(runs)]
    return cold, warm, article_ms, size / 1024


if __name__ == "__main__":
    sys.exit(main())
