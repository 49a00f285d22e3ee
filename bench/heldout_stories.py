"""The held-out story feed of issue 16, built in memory from sets nobody tunes on:
the DUC 2006 and DUC 2007 main topics (25 dated newswire articles each) and the
Multi-News test clusters (`../shared/data`, documents only; their references stay
held back). About 3,000 articles, 344 stories. Report there; never tune there.

Built the way `../shared/stories/README.md` describes the tune feed: a text that
appears in three or more clusters (web notices, not news) is left out, and so is
a short text (under 50 words: a crawl or distribution notice) found in two; clusters
that share a text are one story; `arrival` is a seeded shuffle; `arrival_stream`
starts each story at a random point and lets its articles arrive in their own
order (by date where dated), spaced by random gaps. Nothing here is written into
the project; the records live in memory only.

`build` takes its sources as a required keyword (no default: a caller that forgets
it reads nothing held out by accident): `heldout_sources` or
`proxy_sources`, the dev feed of the same shape built from sets we may tune on
(DUC 2004 task 2, plain text, dated where its DOCNO is known; Multi-News
validation), `python -m bench.stories --proxy`.
"""
from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _duc(folder: Path, prefix: str) -> list[tuple[str, list[dict]]]:
    from newsbrief.ingest.sgml import records as sgml_records

    clusters = []
    for topic in sorted(p for p in folder.iterdir() if p.is_dir()):
        docs = []
        for f in sorted(topic.iterdir()):
            for r in sgml_records(f.read_text(encoding="utf-8", errors="replace")):
                docs.append({"id": f"{prefix}-{topic.name}-{r['id'] or f.name}", "text": r["text"],
                             "title": r.get("title"), "published": r.get("published"), "source_set": prefix})
        clusters.append((f"{prefix}-{topic.name}", docs))
    return clusters


def _duc_plain(folder: Path, prefix: str, docids: Path | None = None) -> list[tuple[str, list[dict]]]:
    """DUC clusters shipped as plain text (`<topic>/<file>.txt`, no SGML, no title):
    dated from a DOCNO index (`cluster`, `file`, `docid_by_sorted_order` columns)
    where it knows the file, else undated."""
    import csv

    from newsbrief.ingest.sgml import _DOCNO_DATE, _iso

    known: dict[tuple[str, str], str] = {}
    if docids is not None and docids.exists():
        with docids.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                known[row["cluster"], row["file"]] = row["docid_by_sorted_order"]
    clusters = []
    for topic in sorted(p for p in folder.iterdir() if p.is_dir()):
        docs = []
        for f in sorted(topic.glob("*.txt"), key=lambda f: (len(f.name), f.name)):
            text = f.read_text(encoding="utf-8", errors="replace").strip()
            docno = known.get((topic.name, f.name))
            published = _iso(_DOCNO_DATE.search(docno)) if docno else None
            docs.append({"id": f"{prefix}-{topic.name}-{f.stem}", "text": text, "title": None,
                         "published": published, "source_set": prefix})
        clusters.append((f"{prefix}-{topic.name}", docs))
    return clusters


def _multinews(path: Path, prefix: str = "mn_test") -> list[tuple[str, list[dict]]]:
    clusters = []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        docs = [{"id": f"{prefix}-{row['row']}-{i}", "text": t, "source_set": prefix}
                for i, t in enumerate(row["documents"]) if t.strip()]
        clusters.append((f"{prefix}-{row['row']}", docs))
    return clusters


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def heldout_sources(data: Path = DATA) -> list[tuple[str, list[dict]]]:
    """The held-out clusters: DUC 2006, DUC 2007 main, Multi-News test (report only)."""
    return (_duc(data / "duc2006" / "docs", "duc06") + _duc(data / "duc2007" / "docs_main", "duc07")
            + _multinews(data / "multinews_sample250" / "test_documents.jsonl"))


def proxy_sources(data: Path = DATA) -> list[tuple[str, list[dict]]]:
    """The dev clusters of the same shape, from sets we may tune on: DUC 2004 task 2
    (50 topics, plain text, dated where the DOCNO index knows the file) and
    Multi-News validation (documents only)."""
    duc = data / "duc2004_task2"
    return (_duc_plain(duc / "docs", "duc04", duc / "docids_verified_subset.tsv")
            + _multinews(data / "multinews_sample250" / "validation.jsonl", "mn_val"))


def build(data: Path = DATA, seed: int = 16, *, sources) -> tuple[list[dict], dict[str, str], dict[str, str]]:
    """(records, article id -> story, article id -> part), as `bench.stories.load` returns.
    `sources(data)` gives the clusters as (name, docs) pairs; every rule below is
    the same whatever the sources."""
    clusters = sources(data)
    spread = Counter()
    for _, docs in clusters:
        spread.update({_key(d["text"]) for d in docs})
    for k in [k for k, n in spread.items() if n == 2 and len(k.split()) < 50]:
        spread[k] = 3  # a notice, not an article
    # clusters sharing a text are one story (union-find over cluster names)
    parent = {name: name for name, _ in clusters}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[str, str] = {}
    for name, docs in clusters:
        for d in docs:
            k = _key(d["text"])
            if spread[k] >= 3 or not k:
                continue
            if k in owner:
                parent[find(name)] = find(owner[k])
            else:
                owner[k] = name
    stories: dict[str, list[dict]] = defaultdict(list)
    for name, docs in clusters:
        stories[find(name)] += [d for d in docs if _key(d["text"]) and spread[_key(d["text"])] < 3]
    rng = random.Random(seed)
    records, gold, part = [], {}, {}
    clock: dict[str, float] = {}
    for story, docs in sorted(stories.items()):
        t = rng.uniform(0.0, 100.0)
        for d in sorted(docs, key=lambda d: d.get("published") or ""):  # stable: own order where undated
            t += rng.expovariate(1.0)
            clock[d["id"]] = t
            records.append(d)
            gold[d["id"]], part[d["id"]] = story, d["source_set"]
    shuffled = list(range(len(records)))
    rng.shuffle(shuffled)
    for rank, i in enumerate(shuffled):
        records[i]["arrival"] = rank
    for rank, r in enumerate(sorted(records, key=lambda r: clock[r["id"]])):
        r["arrival_stream"] = rank
    return records, gold, part
