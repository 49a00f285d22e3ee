"""Speed and memory: the seed cluster and the 50 DUC 2004 clusters, one cluster a run.

Each cluster is briefed in a fresh process (`--one PATH`), which reports its
start-up time (imports and model load), the time to brief the cluster after
start-up, and its peak resident memory. Beside our figures, the same process
times the spaCy parse alone on the same sentences, the floor under any
spaCy-based tool. Targets (issue 2): a 10-article cluster in under 1 s after
start-up, start-up under 3 s.

    python -m bench.speed [--clusters N]
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

from bench import one_process

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def one(path: str) -> dict:
    t0 = time.perf_counter()
    from newsbrief.stages import clean
    from newsbrief.stages import entities
    from newsbrief import resources as nlp
    from newsbrief.report import render
    from newsbrief.config import Config
    from newsbrief.context import Context
    from newsbrief.pipeline import brief_paths

    # start-up: what a process loads once, whatever it briefs
    nlp.load()
    clean._weight("warm")  # the word-frequency table
    entities.gazetteer()  # the place-name gazetteer (from the user cache)
    startup = time.perf_counter() - t0
    ctx = Context(config=Config(words=200))
    t1 = time.perf_counter()
    brief = brief_paths([path], ctx)
    render.to_json(brief), render.to_markdown(brief), render.to_html(brief)
    elapsed = time.perf_counter() - t1
    t2 = time.perf_counter()
    list(nlp.load().pipe([s.text for s in brief.sentences]))
    spacy_only = time.perf_counter() - t2
    return {"articles": len(brief.used_articles()), "sentences": len(brief.sentences),
            "startup": startup, "brief": elapsed, "spacy_parse_only": spacy_only,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "stages": ctx.timings}


def run_one(path: Path) -> dict:
    return one_process("bench.speed", str(path))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--one", help=argparse.SUPPRESS)
    p.add_argument("--clusters", type=int, default=50, help="how many DUC 2004 clusters (default 50)")
    a = p.parse_args(argv)
    if a.one:
        print(json.dumps(one(a.one)))
        return 0
    seeds, duc = SHARED / "seeds" / "seeds.jsonl", SHARED / "data" / "duc2004_task2" / "docs"
    if not seeds.exists() or not duc.is_dir():
        print(f"bench.speed: evaluation data not found under {SHARED}", file=sys.stderr)
        return 2
    print(f"{'cluster':<14}{'arts':>5}{'sents':>6}{'start-up s':>11}{'brief s':>9}{'spaCy-only s':>13}{'peak MB':>9}")
    rows = []
    for name, path in [("seeds", seeds)] + [(d.name, d) for d in sorted(duc.iterdir())[:a.clusters]]:
        r = run_one(path)
        rows.append((name, r))
        print(f"{name:<14}{r['articles']:>5}{r['sentences']:>6}{r['startup']:>11.2f}{r['brief']:>9.2f}"
              f"{r['spacy_parse_only']:>13.2f}{r['peak_mb']:>9.0f}", flush=True)
    duc_rows = [r for n, r in rows if n != "seeds"]
    if duc_rows:
        def stat(key, fn):
            return fn(r[key] for r in duc_rows)
        print(f"\nDUC 2004, {len(duc_rows)} clusters of 10 articles, one process each:")
        print(f"  brief after start-up: median {stat('brief', statistics.median):.2f} s, "
              f"max {stat('brief', max):.2f} s   (target < 1 s)")
        under = sum(1 for r in duc_rows if r["brief"] < 1.0)
        print(f"  clusters under 1 s:   {under} of {len(duc_rows)}; the slowest are the longest "
              f"(up to {max(r['sentences'] for r in duc_rows)} sentences)")
        print(f"  spaCy parse alone (one process, warm): median {stat('spacy_parse_only', statistics.median):.2f} s")
        print(f"  start-up:             median {stat('startup', statistics.median):.2f} s, "
              f"max {stat('startup', max):.2f} s   (target < 3 s)")
        print(f"  peak memory:          max {stat('peak_mb', max):.0f} MB")
        slow = {}
        for r in duc_rows:
            for k, v in r["stages"].items():
                slow[k] = slow.get(k, 0) + v / len(duc_rows)
        print("  mean per stage: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in slow.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
