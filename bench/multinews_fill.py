"""Summary fill on real web clusters: every Multi-News validation cluster through the CLI.

Each of the 250 clusters of ../shared/data/multinews_sample250/validation.jsonl (the
validation split only; the test split is held out) is written as a JSONL feed and
briefed by `newsbrief brief FEED -o OUT -q --words 200`, the command a user runs, and
the brief's summary is measured. Printed: the exit codes, the clusters with an empty
summary, the clusters whose summary fills less than 60% of the 200-word budget, the
worst clusters with what cleaning skipped in them, and the articles skipped overall
by reason.

    python -m bench.multinews_fill [--limit N] [--rows 3,17] [--subprocess] [--json FILE]

By default the CLI's `main(argv)` is called in this process (the same code path,
arguments and exit codes as the program, with the spaCy model loaded once: 250 runs
of a fresh interpreter take most of an hour on a shared machine); `--subprocess`
runs `python -m newsbrief.cli` for every cluster instead.

Exit 2 if the data are missing; else 0 (the figures are the result, not a test).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "multinews_sample250" / "validation.jsonl"
BUDGET = 200
FILL_AT_LEAST = 0.6


def load(rows: set[int] | None, limit: int | None) -> list[dict]:
    out = []
    with open(DATA, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if rows is not None and row["row"] not in rows:
                continue
            out.append(row)
            if limit and len(out) >= limit:
                break
    return out


def run_cli(feed: Path, out: Path, words: int, in_process: bool) -> tuple[int, str]:
    """(exit code, stderr) of `newsbrief brief FEED -o OUT -q --words N`."""
    argv = ["brief", str(feed), "-o", str(out), "-q", "--words", str(words)]
    if not in_process:
        done = subprocess.run([sys.executable, "-m", "newsbrief.cli", *argv], capture_output=True, text=True,
                              env=dict(os.environ, HF_HUB_OFFLINE="1"), timeout=600)
        return done.returncode, done.stderr
    from newsbrief.cli.main import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def measure(row: dict, work: Path, words: int, in_process: bool) -> dict:
    feed = work / f"row{row['row']}.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        for i, doc in enumerate(row["documents"]):
            fh.write(json.dumps({"id": f"d{i}", "text": doc}) + "\n")
    out = work / f"out{row['row']}"
    started = time.perf_counter()
    code, err = run_cli(feed, out, words, in_process)
    result = {"row": row["row"], "exit": code, "docs": len(row["documents"]), "words": 0, "fill": 0.0,
              "seconds": round(time.perf_counter() - started, 2), "skipped": [], "stderr": err.strip()[-400:]}
    brief_json = out / "brief.json"
    if code == 0 and brief_json.exists():
        brief = json.loads(brief_json.read_text(encoding="utf-8"))
        n = sum(len(item.get("text", "").split()) for item in brief.get("summary") or [])
        result.update(words=n, fill=round(n / words, 3))
        result["skipped"] = [a.get("reason") or "" for a in brief.get("articles") or []
                             if a.get("status") == "skipped"]
        result["kept_words"] = sum(len(p.split()) for a in brief.get("articles") or []
                                   for p in a.get("paragraphs") or [])
    return result


def _reason_kind(reason: str) -> str:
    """'d1.jsonl:2: not an article: crawl notice' -> 'not an article: crawl notice'."""
    parts = reason.split(": ", 1)
    return parts[1] if len(parts) == 2 else reason


def report(results: list[dict], words: int, worst: int) -> None:
    n = len(results)
    codes = Counter(r["exit"] for r in results)
    empty = [r for r in results if r["exit"] == 0 and r["words"] == 0]
    under = [r for r in results if r["fill"] < FILL_AT_LEAST]
    print(f"Multi-News validation: {n} clusters, budget {words} words, via the CLI")
    print("exit codes: " + ", ".join(f"{c}: {k}" for c, k in sorted(codes.items())))
    print(f"exit 2: {codes.get(2, 0)}   empty summary: {len(empty)}   "
          f"under {FILL_AT_LEAST:.0%} fill: {len(under)}")
    short = [r for r in under if r.get("kept_words", 0) < FILL_AT_LEAST * words]
    print(f"  of which the articles kept hold fewer than {FILL_AT_LEAST * words:.0f} words in all "
          f"(no summary could fill them without junk): {len(short)}")
    fills = sorted(r["fill"] for r in results)
    if fills:
        print(f"fill: min {fills[0]:.2f}  median {fills[len(fills) // 2]:.2f}  mean {sum(fills) / n:.2f}")
    skipped = Counter(_reason_kind(s) for r in results for s in r["skipped"])
    docs = sum(r["docs"] for r in results)
    print(f"articles skipped: {sum(skipped.values())} of {docs}")
    for reason, k in skipped.most_common(12):
        print(f"  {k:4d}  {reason}")
    print(f"worst {worst} by fill:")
    for r in sorted(results, key=lambda r: (r["fill"], r["row"]))[:worst]:
        why = "; ".join(_reason_kind(s) for s in r["skipped"]) or "-"
        extra = f"  stderr: {r['stderr'][-120:]}" if r["exit"] else ""
        print(f"  row {r['row']:4d}  exit {r['exit']}  fill {r['fill']:.2f}  summary {r['words']:3d} w  "
              f"kept {r.get('kept_words', 0):5d} w  docs {r['docs']}  skipped: {why}{extra}")
    met = codes.get(2, 0) == 0 and not empty and not under and codes.get(0, 0) == n
    print(f"target (no exit 2, no empty summary, every fill >= {FILL_AT_LEAST:.0%}): {'met' if met else 'NOT met'}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="the first N clusters only")
    ap.add_argument("--rows", help="comma-separated row numbers only")
    ap.add_argument("--words", type=int, default=BUDGET)
    ap.add_argument("--subprocess", action="store_true", help="a fresh `python -m newsbrief.cli` per cluster")
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--json", help="write every cluster's figures here")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"bench.multinews_fill: {DATA} not found", file=sys.stderr)
        return 2
    if not args.subprocess:
        os.environ.setdefault("NEWSBRIEF_PARSE_WORKERS", "1")  # one model in this process, no pool per cluster
    rows = {int(x) for x in args.rows.split(",")} if args.rows else None
    clusters = load(rows, args.limit)
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="nb-multinews-") as tmp:
        for row in clusters:
            results.append(measure(row, Path(tmp), args.words, not args.subprocess))
    report(results, args.words, args.worst)
    print(f"{time.perf_counter() - started:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
