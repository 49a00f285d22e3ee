"""Sweep the figures stage over the number sentences of two corpora, to read what a change does.

    python -m bench.figure_sweep run OUT.jsonl           # every number / vague-quantity sentence
    python -m bench.figure_sweep diff BEFORE.jsonl AFTER.jsonl

`run` reads DUC 2004 task 2 (../shared/data/duc2004_task2/docs) and Multi-News validation
(../shared/data/multinews_sample250/validation.jsonl), splits them into sentences with the
sentence stage's splitter, keeps the sentences that hold a digit, a number word or a vague
quantity word, parses each with the pipeline's model and writes, one JSON line a sentence,
the raw figures of `figures.extract` and `figures.one_person_counts` (text, measure, low,
high, vague, counted). `diff` prints every sentence whose figures differ between two runs,
so each change can be read. Run `run` once with the old code (another checkout on
PYTHONPATH) and once with the new. Neither corpus is tuned on: the sweep is for reading.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
WORDS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|scores|several|handful|few|couple|"
    r"crowd|crowds)\b", re.I)
VAGUE = re.compile(r"\b(?:dozens?|scores|hundreds|thousands|millions|several|handful|few|couple)\b", re.I)


def sentences():
    from newsbrief.stages.sentences import split

    docs = []
    for path in sorted((DATA / "duc2004_task2" / "docs").glob("*/*")):
        docs.append((f"duc:{path.parent.name}/{path.name}", path.read_text(errors="replace")))
    with open(DATA / "multinews_sample250" / "validation.jsonl") as fh:
        for line in fh:
            row = json.loads(line)
            for i, d in enumerate(row["documents"]):
                docs.append((f"mn:{row['row']}/{i}", d))
    seen = set()
    for name, text in docs:
        text = re.sub(r"<[^>]+>", " ", text)
        for para in re.split(r"\n\s*\n|\n \n", text):
            para = " ".join(para.split())
            if not para:
                continue
            for s in split(para):
                s = s.strip()
                if len(s) < 20 or len(s) > 600 or s in seen:
                    continue
                seen.add(s)
                if re.search(r"\d", s) or VAGUE.search(s) or WORDS.search(s):
                    yield name, s


def run(out_path):
    from newsbrief.resources import default
    from newsbrief.stages import figures

    nlp = default().nlp
    items = list(sentences())
    print(f"{len(items)} sentences", file=sys.stderr)
    with open(out_path, "w") as out:
        texts = [s for _, s in items]
        for (name, s), doc in zip(items, nlp.pipe(texts, batch_size=64)):
            raws = figures.extract(doc)
            raws += figures.one_person_counts(doc, [(r["num"].start, r["num"].end) for r in raws])
            if hasattr(figures, "several_counts"):  # the older checkout has none
                raws += figures.several_counts(doc, [(r["num"].start, r["num"].end) for r in raws])
            figs = [{"text": r["num"].text, "start": r["num"].start, "measure": r["measure"], "low": r["num"].low,
                     "high": r["num"].high, "vague": r["num"].vague, "counted": r["counted"]} for r in raws]
            out.write(json.dumps({"doc": name, "sentence": s, "figures": figs}) + "\n")


def _load(path):
    with open(path) as fh:
        return {r["sentence"]: r for r in map(json.loads, fh)}


def diff(before_path, after_path):
    before, after = _load(before_path), _load(after_path)
    changed = 0
    for s in sorted(set(before) | set(after), key=lambda x: (after.get(x) or before.get(x))["doc"]):
        b = before.get(s, {"figures": []})["figures"]
        a = after.get(s, {"figures": []})["figures"]
        key = lambda f: (f["start"], f["text"], f["measure"], f["low"], f["high"], f["counted"])  # noqa: E731
        if sorted(map(key, b)) == sorted(map(key, a)):
            continue
        changed += 1
        kb, ka = set(map(key, b)), set(map(key, a))
        print(f"## {(after.get(s) or before.get(s))['doc']}: {s}")
        for f in sorted(kb - ka):
            print(f"   - {f[1]!r} {f[2]} ({f[3]}, {f[4]}) counted={f[5]!r}")
        for f in sorted(ka - kb):
            print(f"   + {f[1]!r} {f[2]} ({f[3]}, {f[4]}) counted={f[5]!r}")
    print(f"{changed} sentences changed of {len(after)}")


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(sys.argv[2])
    else:
        diff(sys.argv[2], sys.argv[3])
