"""Batch throughput (issue 18): `ingest` in one process against `batch --engine dask`
on 1 and 2 workers (and the local pool), in the same run, on the same feed.

    python -m bench.batch [--feed F] [--articles N | --copies K] [--no-brief] [--repeat R]
                          [--runs ingest,dask-1,dask-2,local-2]

Each run is its own process with a fresh store, so its peak memory is its own:
- ingest: `Store.ingest` of the feed, then the brief of every story of two or more
  articles (`corpus.briefs.brief_story`, what `show` does), one after the other;
- dask-N: a LocalCluster of N one-thread workers (`batch.engine.DaskEngine`), spaCy
  loaded once per worker by the plugin; the client assigns and writes;
- local-N: the same on a local process pool.
Printed: cluster start, the ingest phase in articles/s, the brief phase in stories/s,
the whole run in articles/s (start excluded), peak RSS of the client and of each
worker, and the CPU seconds each used (on a shared machine the wall clock says how
busy the others were; CPU seconds over wall seconds say how parallel the run was).
Every run must end with the same stories (checked here). `--copies K` feeds K
copies of the feed (copy k: new ids, two thirds of the words altered, as in
bench.stories), to see the steady rate past the fixed start-up costs; `--repeat R`
keeps each run's fastest of R (the machine may be shared).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from bench import one_process
from bench.scale import peak_mb

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT.parent / "shared" / "stories" / "feed_tune.jsonl"


def one(kind: str, feed: str, store_path: str, brief: bool) -> dict:
    from newsbrief.store.sqlite import Store

    out: dict = {"run": kind}
    store = Store(store_path)
    if kind == "ingest":
        from newsbrief.corpus.briefs import brief_story
        from newsbrief.ingest import read

        started = time.perf_counter()
        report = store.ingest(read.iter_path(feed))
        out["ingest_s"] = time.perf_counter() - started
        started = time.perf_counter()
        stories = [r.id for r in store.stories() if r.size >= 2] if brief else []
        for sid in stories:
            brief_story(store, sid)
        out.update(start_s=0.0, brief_s=time.perf_counter() - started, briefs=len(stories), workers_mb=[],
                   workers_cpu_s=[])
    else:
        from newsbrief.batch.engine import DaskEngine, LocalEngine
        from newsbrief.batch.runner import run_batch

        engine_kind, n = kind.split("-")
        started = time.perf_counter()
        engine = (DaskEngine if engine_kind == "dask" else LocalEngine)(workers=int(n), preload=brief)
        out["start_s"] = time.perf_counter() - started
        with engine:
            got = run_batch([feed], store, engine, brief_min=2 if brief else None)
            used = engine.worker_usage()
            out["workers_mb"] = [u["peak_rss_mb"] for u in used]
            out["workers_cpu_s"] = [u["cpu_s"] for u in used]
            own = resource.getrusage(resource.RUSAGE_SELF)  # before the workers exit and count as children
            out["client_cpu_s"] = own.ru_utime + own.ru_stime  # with Dask's scheduler and nannies, in-process
        report = got.ingest
        out.update(ingest_s=got.ingest_seconds, brief_s=got.brief_seconds, briefs=got.briefed + got.unbriefable)
    out["read"] = report.added + sum(report.skipped.values())
    out["stories"] = len(store.stories())
    out["client_mb"] = peak_mb()
    if kind == "ingest":  # its own, and its spaCy processes' (config.parse.processes 0: two for a large story)
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        out["client_cpu_s"] = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    out["assignment"] = store.article_stories()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feed", default=str(FEED))
    ap.add_argument("--articles", type=int, default=0, help="the first N lines of the feed only")
    ap.add_argument("--copies", type=int, default=1, help="K copies of the feed, each new stories")
    ap.add_argument("--repeat", type=int, default=1, help="each run R times, the fastest kept")
    ap.add_argument("--no-brief", action="store_true", help="the ingest phase only")
    ap.add_argument("--runs", default="ingest,dask-1,dask-2,local-2")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.feed, args.store, not args.no_brief)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        feed = _feed(args, Path(tmp))
        rows = []
        for kind in args.runs.split(","):
            tries = []
            for n in range(args.repeat):
                tries.append(one_process("bench.batch", kind, "--feed", feed, "--store", str(Path(tmp) / f"{kind}-{n}.db"),
                                         *(["--no-brief"] if args.no_brief else [])))
            rows.append(min(tries, key=lambda r: r["ingest_s"] + r["brief_s"]))
            print(_line(rows[-1]), flush=True)
    same = all(r["assignment"] == rows[0]["assignment"] for r in rows)
    print(f"same stories in every run: {'yes' if same else 'NO'}")
    return 0 if same else 1


def _feed(args, tmp: Path) -> str:
    if args.articles <= 0 and args.copies <= 1:
        return args.feed
    from bench.stories import _copy

    lines = Path(args.feed).read_text(encoding="utf-8").splitlines()
    if args.articles > 0:
        lines = lines[:args.articles]
    path = tmp / "feed.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for k in range(max(1, args.copies)):
            for line in lines:
                out.write(json.dumps(_copy(json.loads(line), k)) + "\n")
    return str(path)


def _line(r: dict) -> str:
    total = r["ingest_s"] + r["brief_s"]
    workers = ", ".join(f"{m:.0f}" for m in r["workers_mb"]) or "-"
    text = (f"{r['run']:<8} start {r['start_s']:4.1f} s | ingest {r['read']} articles in {r['ingest_s']:6.1f} s "
            f"= {r['read'] / r['ingest_s']:6.1f}/s")
    if r["briefs"]:
        text += (f" | briefs {r['briefs']} in {r['brief_s']:6.1f} s = {r['briefs'] / r['brief_s']:5.2f}/s"
                 f" | all {r['read'] / total:5.1f} articles/s")
    cpu = ", ".join(f"{c:.0f}" for c in r["workers_cpu_s"]) or "-"
    return (text + f" | {r['stories']} stories | peak RSS client {r['client_mb']:.0f} MB, workers [{workers}] MB"
            f" | CPU client {r['client_cpu_s']:.0f} s, workers [{cpu}] s")


if __name__ == "__main__":
    sys.exit(main())
