"""Claim extraction against PolNeAR attribution relations (test split).

    python -m bench.claims [--split test] [--limit N] [--annotator first|all]

Reads ../shared/data/polnear_attribution/<split>/{text,attributions} (brat
standoff, see its SOURCE.md), runs spaCy and `newsbrief.stages.claims.extract` sentence
by sentence on every article, and compares our (speaker, cue, content) spans with
the gold Source / Cue / Content spans:

* per span type, one-to-one matching within an article, two ways:
  exact  - same characters after trimming spaces, quote marks and punctuation;
  overlap - at least one character in common;
* relations: a predicted claim matches a gold relation when their cues overlap,
  or (no cue overlap) their contents overlap by half; `speaker` counts a matched
  relation whose speaker span overlaps the gold Source (or both lack one).

Articles annotated by several annotators are scored against the first annotator's
file (alphabetical); those articles also give a human agreement figure with the
same metric (each annotator pair, one as gold), printed beside ours together with
published reference figures. Whole test split (84 articles) by default: about a
minute on 2 cores. Exit 2 if ../shared is missing.
"""
from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "polnear_attribution"

# Published reference figures, printed beside ours (not re-computed here).
PUBLISHED = [
    ("PolNeAR README (human agreement, whole corpus)", [
        ("token-wise Krippendorff's alpha", 0.754),
        ("attribution-wise agreement", 0.923),
    ]),
    ("Citron (BBC R&D) model en_2021-11-15, PARC 3.0 test (other corpus: WSJ)", [
        ("cue exact P/R", (0.933, 0.736)), ("cue overlap P/R", (0.965, 0.639)),
        ("source exact P/R", (0.929, 0.733)), ("source overlap P/R", (0.974, 0.758)),
        ("content exact P/R", (0.673, 0.531)), ("content overlap P/R", (0.932, 0.753)),
    ]),
]
TRIM = " \t\n\"'\u201c\u201d\u2018\u2019,.;:!?()[]-\u2014\u2013"


def spans(field: str) -> list[tuple[int, int]]:
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[dict]:
    """Relations of one .ann file: {"source": spans|None, "cue": spans, "content": spans}."""
    tspans, rels = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            kind, _, where = info.partition(" ")
            tspans[tid] = (kind, spans(where))
        elif line.startswith("E"):
            rels.append(line.split("\t")[1].split())
    out = []
    for args in rels:
        rel = {"source": None, "cue": None, "content": None}
        for arg in args:
            role, _, tid = arg.partition(":")
            role = role.rstrip("0123456789").lower()
            if role in rel and tid in tspans:
                rel[role] = tspans[tid][1]
        if rel["cue"] or rel["content"]:
            out.append(rel)
    return out


def hull(sp):
    return (min(a for a, _ in sp), max(b for _, b in sp)) if sp else None


def trimmed(text, sp):
    if sp is None:
        return None
    a, b = sp
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    return (a, b)


def overlap(x, y):
    return x is not None and y is not None and min(x[1], y[1]) > max(x[0], y[0])


def share(x, y):
    """Overlap as a share of the shorter span."""
    if not overlap(x, y):
        return 0.0
    return (min(x[1], y[1]) - max(x[0], y[0])) / max(1, min(x[1] - x[0], y[1] - y[0]))


def match_count(pred, gold, same) -> int:
    used, hits = set(), 0
    for p in pred:
        for j, g in enumerate(gold):
            if j not in used and same(p, g):
                used.add(j)
                hits += 1
                break
    return hits


class Tally:
    def __init__(self):
        self.n = defaultdict(lambda: [0, 0, 0])  # key -> [hits_p, n_pred, n_gold] (+ recall hits below)
        self.r = defaultdict(int)

    def add(self, key, pred, gold, same):
        hp = match_count(pred, gold, same)
        hr = match_count(gold, pred, lambda g, p: same(p, g))
        t = self.n[key]
        t[0] += hp
        t[1] += len(pred)
        t[2] += len(gold)
        self.r[key] += hr

    def pr(self, key):
        hp, np_, ng = self.n[key]
        return (hp / np_ if np_ else 0.0, self.r[key] / ng if ng else 0.0)


def compare(text, pred, gold, tally):
    """pred/gold: lists of {"source", "cue", "content"} with hull spans (or None)."""
    for kind in ("cue", "source", "content"):
        P = [trimmed(text, r[kind]) for r in pred if r[kind]]
        G = [trimmed(text, r[kind]) for r in gold if r[kind]]
        P = [s for s in P if s and s[1] > s[0]]
        G = [s for s in G if s and s[1] > s[0]]
        tally.add(f"{kind} exact", P, G, lambda p, g: p == g)
        tally.add(f"{kind} overlap", P, G, overlap)

    def same_rel(p, g):
        return overlap(p["cue"], g["cue"]) or share(p["content"], g["content"]) >= 0.5

    def same_speaker(p, g):
        if not same_rel(p, g):
            return False
        if g["source"] is None or p["source"] is None:
            return g["source"] is None and p["source"] is None
        return overlap(p["source"], g["source"])

    tally.add("relation", pred, gold, same_rel)
    tally.add("relation+speaker", pred, gold, same_speaker)


def predict(nlp, text):
    from newsbrief.stages import claims
    out = []
    doc = nlp(text)
    for sent in doc.sents:
        sdoc = sent.as_doc()
        base = sent.start_char
        for r in claims.extract(sdoc):
            spk = r["speaker"]
            out.append({
                "cue": (base + r["cue_span"][0], base + r["cue_span"][1]),
                "content": (base + r["content_span"][0], base + r["content_span"][1]),
                "source": (base + spk["start"], base + spk["end"]) if spk else None,
            })
    return out


def gold_hulls(rels):
    return [{k: hull(v) if v else None for k, v in r.items()} for r in rels]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles (0 = all)")
    a = ap.parse_args(argv)
    if not (DATA / a.split / "text").is_dir():
        print(f"bench.claims: PolNeAR data not found at {DATA / a.split}; it needs ../shared beside the "
              f"clone (see ../shared/data/polnear_attribution/SOURCE.md)", file=sys.stderr)
        return 2
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from newsbrief import resources as nlp_mod
    t0 = time.perf_counter()
    nlp = nlp_mod.load()
    anns = defaultdict(list)
    for p in sorted((DATA / a.split / "attributions").glob("*.ann")):
        anns[p.stem.rsplit("_", 1)[0]].append(p)
    names = sorted(anns)
    if a.limit:
        names = names[: a.limit]
    ours, human = Tally(), Tally()
    n_pred = n_gold = 0
    multi = 0
    for name in names:
        text = (DATA / a.split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        gold = gold_hulls(read_ann(anns[name][0]))
        pred = predict(nlp, text)
        n_pred += len(pred)
        n_gold += len(gold)
        compare(text, pred, gold, ours)
        if len(anns[name]) > 1:
            multi += 1
            for x, y in itertools.permutations(anns[name], 2):
                compare(text, gold_hulls(read_ann(x)), gold_hulls(read_ann(y)), human)
    elapsed = time.perf_counter() - t0
    print(f"PolNeAR {a.split}: {len(names)} articles, {n_gold} gold relations, {n_pred} predicted claims "
          f"({elapsed:.1f} s incl. model load){' [subsample]' if a.limit else ''}")
    print(f"human agreement column: same metric, each annotator pair of the {multi} multiply-annotated "
          f"article(s) (one file as gold)")
    print()
    print(f"{'metric':22s} {'ours P':>7s} {'ours R':>7s} {'ours F1':>7s}   {'human P':>7s} {'human R':>7s}")
    keys = ["cue exact", "cue overlap", "source exact", "source overlap", "content exact", "content overlap",
            "relation", "relation+speaker"]
    for k in keys:
        p, r = ours.pr(k)
        f = 2 * p * r / (p + r) if p + r else 0.0
        hp, hr = human.pr(k) if multi else (float("nan"), float("nan"))
        print(f"{k:22s} {p:7.3f} {r:7.3f} {f:7.3f}   {hp:7.3f} {hr:7.3f}")
    print()
    print("published figures for comparison:")
    for title, rows in PUBLISHED:
        print(f"  {title}")
        for label, val in rows:
            if isinstance(val, tuple):
                print(f"    {label:34s} P {val[0]:.3f}  R {val[1]:.3f}")
            else:
                print(f"    {label:34s} {val:.3f}")
    print("note: PolNeAR annotates every attribution (beliefs, endorsements, scare quotes); newsbrief "
          "extracts reported speech only, so recall here is a lower bound for briefs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
