"""Speed as ratios to peers measured in the same run (issue 19).

Absolute times on a shared 2-core machine vary with the load, so each figure is a
ratio to a peer timed beside it, in alternation:

1. start-up: `newsbrief brief` on the shipped example (examples/harbour-fire.jsonl,
   all three outputs written) over a bare `python -c` that imports spaCy and loads
   the same model. Target <= 1.2. Both run as a second run of an installed package
   finds them: after one warm-up each, with Python's compiled bytecode kept (in a
   temporary folder, whatever PYTHONDONTWRITEBYTECODE says: with it set, every run
   compiled the whole of newsbrief from source, about 0.1 s the bare load never pays).
2. brief after start-up over one full spaCy pass (`nlp.pipe` over the articles'
   titles and texts, one process, every component) on 25-article DUC 2006 clusters,
   both in one warm process (start-up there: the model loaded and one brief of the
   shipped example made). Target <= 0.5. The pass over the brief's own distinct
   sentences is printed beside it (the same work split as the parse stage splits it).
3. our brief beside sumy LexRank (bench.summary's offline set-up: sentencex
   sentences, Snowball stemmer) on the same clusters, after the same read. Target:
   ours not slower (ratio <= 1).

Beside each cluster: each stage's CPU seconds, our spaCy pipeline's CPU seconds by
component over the brief's distinct sentences, and the parser's CPU on the sentences
issue 19 would keep parsing (`parse_costs`), with the 1-minute load (docs/speed.md).

Timing only: no summary is scored here (DUC 2006 is held out).

    python -m bench.ratios [--runs 5] [--topics D0601A,D0602B,D0603C] [--repeat 2]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import one_process

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
DUC2006 = SHARED / "data" / "duc2006" / "docs"
EXAMPLE = ROOT / "examples" / "harbour-fire.jsonl"
ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (parse workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class Timer:
    def __init__(self, times: dict, name: str):
        self.times, self.name = times, name

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), _cpu()

    def __exit__(self, *exc):
        self.times.setdefault(self.name, []).append(time.perf_counter() - self.wall)
        self.times.setdefault(self.name + "_cpu", []).append(_cpu() - self.cpu)


def _wall(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `cmd`."""
    cpu = _cpu()
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env or ENV, capture_output=True, text=True)
    took = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"bench.ratios: {' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return took, _cpu() - cpu


def startup(runs: int) -> dict:
    """Wall times of the CLI on the example and of a bare model load, in pairs whose
    order alternates; the ratio is the median of the pairs' ratios."""
    from newsbrief.resources import MODEL

    bare = [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]
    ours_t, bare_t, ratios, cpu_ratios = [], [], [], []
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as pycache:
        env = {k: v for k, v in ENV.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        ours = [sys.executable, "-m", "newsbrief.cli", "brief", str(EXAMPLE), "-o", out, "-q"]
        # the gazetteer cache, the compiled bytecode and the OS file cache, as any second run finds them
        _wall(ours, env), _wall(bare, env)
        for i in range(runs):
            if i % 2:
                b, o = _wall(bare, env), _wall(ours, env)
            else:
                o, b = _wall(ours, env), _wall(bare, env)
            ours_t.append(o[0])
            bare_t.append(b[0])
            ratios.append(o[0] / b[0])
            cpu_ratios.append(o[1] / b[1])
    return {"ours": statistics.median(ours_t), "bare": statistics.median(bare_t),
            "ratio": statistics.median(ratios), "cpu_ratio": statistics.median(cpu_ratios)}


def parse_costs(nlp, brief) -> dict:
    """CPU seconds of each part of our pipeline over the brief's distinct sentences (the
    tokenizer, then each component on the docs of the one before, as `nlp.pipe` runs
    them, after a warm-up pass so the lemmatizer's cache is as a second brief finds it),
    and what parsing only the sentences the issue names would save: the dependency
    parser's CPU on the sentences with a digit or number word, a quote mark, a
    reporting verb (claims' lemma list), a date or time entity, or at an article's
    head (a title or lead), against its CPU on all of them. Timing only."""
    from newsbrief.text.claim_rules import QUOTE_CHARS, REPORT_VERBS
    from newsbrief.text.number_words import CARDINALS, SCALES

    texts = list(dict.fromkeys(s.text for s in brief.sentences))
    heads = {s.text for s in brief.sentences if s.position == 0}
    numbers = set(CARDINALS) | set(SCALES)
    list(nlp.pipe(texts))  # warm-up
    cpu: dict[str, float] = {}
    t = time.process_time()
    docs = [nlp.make_doc(x) for x in texts]
    cpu["tokenizer"] = time.process_time() - t
    parsed = None
    for name, proc in nlp.pipeline:
        if name == "parser":
            # the gate needs entities and lemmas: read them from a parser-less pass
            bare = {d.text: d for d in nlp.pipe([d.text for d in docs], disable=["parser"])}
            chosen = [d for d in docs if _gated(bare[d.text], heads, numbers, QUOTE_CHARS, REPORT_VERBS)]
            t = time.process_time()
            list(proc.pipe(chosen, batch_size=256))
            parsed = (len(chosen), time.process_time() - t)
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=256)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        cpu[name] = time.process_time() - t
    return {"cpu": cpu, "sentences": len(texts), "gated": parsed[0] if parsed else 0,
            "gated_parser_cpu": parsed[1] if parsed else 0.0}


def _gated(doc, heads, numbers, quotes, report_verbs) -> bool:
    text = doc.text
    return (text in heads or any(c in text for c in quotes) or any(c.isdigit() for c in text)
            or any(e.label_ in ("DATE", "TIME") for e in doc.ents)
            or any(tok.lower_ in numbers or tok.lemma_ in report_verbs for tok in doc))


def cluster(path: str, repeat: int) -> dict:
    """In this process: our brief, a full spaCy pass and sumy LexRank on one cluster,
    each `repeat` times in turn; the fastest run of each counts."""
    from bench.summary import make_sumy, sentences_of
    from newsbrief import resources
    from newsbrief.config import Config
    from newsbrief.context import Context
    from newsbrief.ingest import read
    from newsbrief.pipeline import STAGES, brief_articles

    import spacy

    resources.load()  # ours, as a brief uses it
    plain = spacy.load(resources.MODEL)  # the peer: the model as spaCy ships it, every component
    for nlp in (resources.load(), plain):
        list(nlp.pipe(["A warm-up sentence, parsed once."]))
    # start-up, as a server process has it: one brief of the shipped example loads
    # what any brief needs (imports, tables); the same for LexRank
    brief_articles(read.read_paths([str(EXAMPLE)]), Context(config=Config(words=200)))
    lexrank = make_sumy("LexRank")
    lexrank([["A warm-up sentence for the ranker.", "And a second one, ranked after it."]], 10)
    times: dict[str, list[float]] = {}
    stages: dict[str, float] = {}
    stages_cpu: dict[str, float] = {}
    n_articles = n_sentences = words = 0
    for _ in range(repeat):
        articles = [a for a in read.read_paths([path]) if a.status == "used"]
        texts = [f"{a.title}\n\n{a.text}" if a.title else a.text for a in articles]
        n_articles, words = len(articles), sum(len(t.split()) for t in texts)

        ctx = Context(config=Config(words=200))
        stage_cpu: dict[str, float] = {}
        with Timer(times, "brief"):
            brief = brief_articles(articles, ctx, stages=[_cpu_timed(st, stage_cpu) for st in STAGES])
        if not stages or sum(ctx.timings.values()) < sum(stages.values()):
            stages, stages_cpu = dict(ctx.timings), stage_cpu
        distinct = list(dict.fromkeys(s.text for s in brief.sentences))
        n_sentences = len(distinct)
        last = brief
        del brief, ctx

        with Timer(times, "pass"):
            for _doc in plain.pipe(texts):
                pass
        with Timer(times, "pass_sentences"):
            for _doc in plain.pipe(distinct):
                pass
        with Timer(times, "lexrank"):
            lexrank([sentences_of(t) for t in texts], 200)
    best = {k: min(v) for k, v in times.items()}
    costs = parse_costs(resources.load(), last)
    return {"articles": n_articles, "words": words, "sentences": n_sentences, **best, "stages": stages,
            "stages_cpu": stages_cpu, "parse_costs": costs, "load": os.getloadavg()[0]}


def _cpu_timed(stage, into: dict):
    """`stage` with its CPU seconds (workers that ended included) written to `into`."""
    from dataclasses import replace

    def run(brief, ctx):
        started = _cpu()
        try:
            stage.run(brief, ctx)
        finally:
            into[stage.name] = _cpu() - started

    return replace(stage, run=run)


def run_cluster(path: Path, repeat: int) -> dict:
    return one_process("bench.ratios", str(path), "--repeat", str(repeat))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5, help="start-up pairs (default 5)")
    p.add_argument("--topics", default="D0601A,D0602B,D0603C", help="DUC 2006 topics, comma-separated")
    p.add_argument("--repeat", type=int, default=2, help="runs of each system per cluster; the fastest counts")
    p.add_argument("--one", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.one:
        print(json.dumps(cluster(a.one, a.repeat)))
        return 0
    s = startup(a.runs)
    print(f"start-up: newsbrief brief on {EXAMPLE.name} {s['ours']:.2f} s, bare spaCy model load "
          f"{s['bare']:.2f} s (medians of {a.runs})", flush=True)
    print(f"  start-up over a bare model load: {s['ratio']:.2f}   (target <= 1.2; in CPU seconds "
          f"{s['cpu_ratio']:.2f})", flush=True)
    if not DUC2006.is_dir():
        print(f"bench.ratios: DUC 2006 not found under {SHARED}; ratios 2 and 3 not measured", file=sys.stderr)
        return 2
    print("\nwall seconds, the fastest of --repeat runs (CPU seconds, workers included, in brackets)")
    print(f"{'topic':<8}{'arts':>5}{'words':>7}{'sents':>6}{'brief':>14}{'pass':>14}{'sent-pass':>14}"
          f"{'LexRank':>14}{'brief/pass':>11}{'brief/LexRank':>14}")
    rows = []
    for topic in a.topics.split(","):
        r = run_cluster(DUC2006 / topic, a.repeat)
        rows.append(r)
        cells = "".join(f"{r[k]:>7.2f} ({r[k + '_cpu']:>4.1f})" for k in ("brief", "pass", "pass_sentences", "lexrank"))
        print(f"{topic:<8}{r['articles']:>5}{r['words']:>7}{r['sentences']:>6}{cells}{r['brief'] / r['pass']:>11.2f}"
              f"{r['brief'] / r['lexrank']:>14.2f}", flush=True)
        print("        stages: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in r["stages"].items()
                                         if v >= 0.0005), flush=True)
        print("        stage CPU s: " + ", ".join(f"{k} {v:.2f}" for k, v in r["stages_cpu"].items() if v >= 0.005)
              + f"   (1-min load {r['load']:.1f})", flush=True)
        c = r["parse_costs"]
        print("        our pipeline's CPU s on the brief's sentences: "
              + ", ".join(f"{k} {v:.2f}" for k, v in c["cpu"].items() if v >= 0.005)
              + f"; parser on the {c['gated']} of {c['sentences']} sentences with a digit, number word, quote,"
                f" reporting verb, date or time, or at an article's head: {c['gated_parser_cpu']:.2f}", flush=True)
    over_pass = statistics.median(r["brief"] / r["pass"] for r in rows)
    over_sents = statistics.median(r["brief"] / r["pass_sentences"] for r in rows)
    over_lexrank = statistics.median(r["brief"] / r["lexrank"] for r in rows)
    print(f"\nbrief after start-up over one full spaCy pass (median of {len(rows)}): {over_pass:.2f}   "
          f"(target <= 0.5; over the pass on the brief's sentences: {over_sents:.2f})")
    print(f"brief over sumy LexRank (median of {len(rows)}): {over_lexrank:.2f}   (target <= 1: ours not slower)")
    cpu = statistics.median(r["brief_cpu"] / r["pass_cpu"] for r in rows)
    print(f"in CPU seconds (what the load of other processes does not change): brief over full pass {cpu:.2f}, "
          f"over LexRank {statistics.median(r['brief_cpu'] / r['lexrank_cpu'] for r in rows):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
