"""Brief quality on every annotated cluster: the seeds and ../shared/dev, as shipped.

Each cluster is briefed through the CLI (`newsbrief brief FEED -o OUT -q`, the path a
user runs), then scored by ../shared/eval/score_brief.py against its gold. One table:
a row per metric, a column per cluster, and the mean over the dev clusters (the
seeds are printed beside it, not in the mean: rules were written looking at them).
Two audit rows (`audit.*`, not gold-scored) follow: the share of summary sentences
failing a readability check and the share of event titles that are a full clause.

`--fictional` briefs, the same way, the FICTIONAL clusters of bench/fictional/ instead
(invented stories written to measure generality away from the dev set; see
bench/fictional/README.md) and prints their table with the mean over them, then the
mean of each round of writing (bench/fictional/ROUNDS.json; round 1 is partly in-sample,
fixes were written reading its misses).

    python -m bench.brief [--fictional] [--json FILE] [--keep DIR]

Exit 2 if ../shared is missing; a cluster whose brief fails is reported and scored 0.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FICTIONAL = ROOT / "bench" / "fictional"


def clusters() -> list[tuple[str, Path, Path]]:
    """(name, feed, gold) for the seeds and each dev cluster."""
    found = [("seeds", SHARED / "seeds" / "seeds.jsonl", SHARED / "seeds" / "gold.json")]
    for folder in sorted((SHARED / "dev").glob("*/")):
        if (folder / "gold.json").exists():
            found.append((folder.name, folder / "articles.jsonl", folder / "gold.json"))
    return found


def fictional_clusters() -> list[tuple[str, Path, Path]]:
    """(name, feed, gold) for each FICTIONAL cluster of bench/fictional/."""
    return [(folder.name, folder / "articles.jsonl", folder / "gold.json")
            for folder in sorted(FICTIONAL.glob("*/")) if (folder / "gold.json").exists()]


def fictional_rounds() -> dict[str, int]:
    """cluster -> the round it was written in, from bench/fictional/ROUNDS.json."""
    path = FICTIONAL / "ROUNDS.json"
    return json.loads(path.read_text())["rounds"] if path.exists() else {}


def round_groups(names: list[str]) -> dict[str, list[str]]:
    """A mean column per round: label -> its clusters among names."""
    rounds = fictional_rounds()
    groups: dict[str, list[str]] = {}
    for n in names:
        if n in rounds:
            groups.setdefault(f"round {rounds[n]}", []).append(n)
    return dict(sorted(groups.items(), key=lambda item: int(item[0].split()[-1])))


def scorer():
    spec = importlib.util.spec_from_file_location("score_brief", SHARED / "eval" / "score_brief.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def brief(feed: Path, out: Path) -> dict | None:
    cmd = [sys.executable, "-m", "newsbrief.cli", "brief", str(feed), "-o", str(out), "-q"]
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        print(f"bench.brief: {feed}: exit {done.returncode}: {done.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    return json.loads((out / "brief.json").read_text())


def audit(got: dict) -> dict[str, float]:
    """Readability audit of a brief (not gold-scored): the share of summary sentences
    failing a check of summarize/readability.py, and the share of event titles that
    are a full clause (a contiguous span of one of the event's sentences, with a
    finite verb heading it and its subject)."""
    import re

    from newsbrief.resources import Resources
    from newsbrief.summarize.readability import problems

    nlp = Resources().nlp
    summary = got.get("summary") or []
    bad = sum(1 for s in summary if problems(s.get("text", "")))
    texts = {s["id"]: s.get("text", "") for s in got.get("sentences") or []}

    def squash(t):
        return re.sub(r"\s+", " ", t).strip().lower().rstrip(".")

    events = got.get("events") or []
    full = 0
    for e in events:
        title = e.get("title") or ""
        inside = any(squash(title) in squash(texts.get(sid, "")) for sid in e.get("sentences") or [])
        doc = nlp(title)
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        clause = root is not None and root.pos_ in ("VERB", "AUX") and any(
            t.dep_ in ("nsubj", "nsubjpass", "expl") for t in root.children)
        full += inside and clause
    return {"audit.summary_unreadable": bad / len(summary) if summary else 0.0,
            "audit.titles_full_clause": full / len(events) if events else 1.0}


def table(scores: dict[str, dict[str, float]], mean_label: str = "dev mean",
          groups: dict[str, list[str]] | None = None) -> str:
    """A row per metric, a column per cluster, the mean (seeds left out), then one more
    mean column per group (label -> clusters) when groups are given."""
    names = list(scores)
    groups = groups or {}
    dev = [n for n in names if n != "seeds"]
    metrics: list[str] = []
    for s in scores.values():
        metrics += [m for m in s if m not in metrics]
    short = {n: n.split("-")[0][:8] for n in names}
    head = f"{'metric':28s}" + "".join(f"{short[n]:>9s}" for n in names) + f"{mean_label:>10s}"
    head += "".join(f"{label:>10s}" for label in groups)
    lines = [head, "-" * len(head)]
    for m in metrics:
        row = f"{m:28s}"
        for n in names:
            v = scores[n].get(m)
            row += f"{v:9.2f}" if v is not None else f"{'-':>9s}"
        vals = [scores[n][m] for n in dev if m in scores[n]]
        row += f"{sum(vals) / len(vals):10.2f}" if vals else f"{'-':>10s}"
        for members in groups.values():
            vals = [scores[n][m] for n in members if m in scores[n]]
            row += f"{sum(vals) / len(vals):10.2f}" if vals else f"{'-':>10s}"
        lines.append(row)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the scores as JSON to this file")
    parser.add_argument("--keep", help="keep each brief in DIR/<cluster>/ instead of a temporary folder")
    parser.add_argument("--fictional", action="store_true",
                        help="brief the FICTIONAL clusters of bench/fictional/ instead of the seeds and dev")
    args = parser.parse_args(argv)
    if not (SHARED / "eval" / "score_brief.py").exists():
        print(f"bench.brief: {SHARED} is missing; it must sit beside the clone", file=sys.stderr)
        return 2
    score = scorer()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep or tmp)
        for name, feed, gold in (fictional_clusters() if args.fictional else clusters()):
            got = brief(feed, base / name)
            expected = json.loads(gold.read_text())
            results[name] = score(got, expected) if got else {}
            if got:
                results[name].update(audit(got))
    groups = round_groups(list(results)) if args.fictional else None
    print(table(results, "fict mean" if args.fictional else "dev mean", groups))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
