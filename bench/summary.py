"""Summary benchmark: the summary newsbrief ships, beside sumy and published systems.

`newsbrief` is the shipped path: the cluster is read as `newsbrief brief` reads it
(the DUC folder of newswire files; a Multi-News row as a JSONL feed) and briefed by
the whole pipeline, and the brief's `summary` is scored. `selector` is
`summarize.selector.select` alone on the benchmark's own sentence split, kept for
comparison (it skips cleaning, the summary stage's filters and its event reservation).

    python -m bench.summary                       # DUC 2004 task 2, 50 clusters
    python -m bench.summary --clusters 10         # a subset while developing
    python -m bench.summary --dataset multinews   # Multi-News validation sample
    python -m bench.summary --check               # our ROUGE vs the published per-topic

Every system runs in this process on the same clusters, split into sentences the
same way, and is scored by the same code (bench/rouge.py: rouge-score tokens,
Porter stemming, counts pooled over the references as ROUGE-1.5.5 `-f A`).
DUC 2004: recall and F1 of summaries cut to 100 words, 4 references; the 13
published systems' summaries (SumRepo) are scored too. Multi-News: F1 of full
summaries (budget `--words`, default 214), one reference.
Data are read from ../shared at run time and never copied.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

from sentencex import segment

from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.ingest import read
from newsbrief.pipeline import brief_articles
from newsbrief.summarize.selector import select

from .rouge import Scorer

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
DUC = SHARED / "data" / "duc2004_task2"
MULTINEWS = SHARED / "data" / "multinews_sample250"
PUBLISHED = ["Lead", "LexRank", "Centroid", "FreqSum", "TsSum", "GreedyKL", "CLASSY04",
             "CLASSY11", "Submodular", "DPP", "OCCAMS_V", "RegSum", "ICSISumm"]


# -- reading ----------------------------------------------------------------------
def sentences_of(text: str) -> list[str]:
    """Paragraphs (blank or single newlines in web text) then sentencex sentences."""
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = " ".join(para.split())
        if not para:
            continue
        for s in segment("en", para):
            s = s.strip()
            if s:
                out.append(s)
    return out


def duc_text(raw: str) -> str:
    """Undo the hard wrap and the ``TeX quotes'' of the DUC files."""
    text = " ".join(raw.split())
    return text.replace("``", '"').replace("''", '"')


def load_duc(limit: int | None):
    clusters = []
    for folder in sorted((DUC / "docs").iterdir()):
        files = sorted(folder.glob("D*.txt"), key=lambda p: int(p.stem[1:]))
        docs = []
        for f in files:
            raw = f.read_text(encoding="latin-1", errors="replace")
            docs.append([s for s in (x.strip() for x in segment("en", duc_text(raw))) if s])
        cid = folder.name.rstrip("t")
        refs = [Path(p).read_text(encoding="latin-1", errors="replace")
                for p in sorted(glob.glob(str(DUC / "references" / f"{cid}.m.100.t.*")))]
        clusters.append({"id": cid, "docs": docs, "refs": refs, "inputs": [str(folder)]})
        if limit and len(clusters) >= limit:
            break
    return clusters


def load_multinews(limit: int | None):
    clusters = []
    with open(MULTINEWS / "validation.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            docs = [sentences_of(d) for d in row["documents"]]
            ref = row["summary"].strip()
            ref = re.sub(r"^[\u2013\u2014-]\s*", "", ref)
            records = [{"id": f"{row['row']}-{i}", "text": d} for i, d in enumerate(row["documents"])]
            clusters.append({"id": str(row["row"]), "docs": docs, "refs": [ref], "records": records})
            if limit and len(clusters) >= limit:
                break
    return clusters


# -- systems ----------------------------------------------------------------------
def fill(ranked: list[tuple[int, int]], docs, words: int) -> list[tuple[int, int]]:
    """Sentences in rank order until the budget is reached (the last one may cross
    it: ROUGE cuts at the limit), then output in article and reading order."""
    out, used = [], 0
    for k in ranked:
        if used >= words:
            break
        out.append(k)
        used += len(docs[k[0]][k[1]].split())
    return sorted(out)


def selector(docs, words):
    return select(docs, words)


def shipped(cluster, words: int) -> str:
    """The summary `newsbrief brief` writes for this cluster, as one text."""
    if "records" in cluster:  # a feed, read as the CLI reads a JSONL file
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
            fh.write("\n".join(json.dumps(r) for r in cluster["records"]) + "\n")
        try:
            articles = read.read_paths([fh.name])
        finally:
            os.unlink(fh.name)
    else:
        articles = read.read_paths(cluster["inputs"])
    brief = brief_articles(articles, Context(config=Config(words=words)))  # resources: the process's one model
    AUDITS.append(audit(brief.to_dict()))
    return "\n".join(item.text for item in brief.summary)


AUDITS: list[dict] = []  # bench.brief's audit of each shipped brief of the run


def audit(brief: dict) -> dict:
    from bench.brief import audit as brief_audit

    return brief_audit(brief)


def lead(docs, words):
    """The first article's opening sentences (the DUC 'Lead' baseline's recipe,
    with article order instead of the unknown dates)."""
    return fill([(0, i) for i in range(len(docs[0]))] if docs else [], docs, words)


class Tokenizer:
    """What sumy needs from a tokenizer, offline: sentences by sentencex, words by regex."""

    WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")

    def to_sentences(self, text):
        return tuple(s.strip() for s in segment("en", text) if s.strip())

    def to_words(self, sentence):
        return tuple(self.WORD.findall(sentence))


def make_sumy(kind: str):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer  # Snowball from nltk: code, no downloaded data
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    cls = {"LexRank": LexRankSummarizer, "TextRank": TextRankSummarizer,
           "LSA": LsaSummarizer, "SumBasic": SumBasicSummarizer}[kind]
    tokenizer = Tokenizer()

    def run(docs, words):
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        index = {}
        paragraphs = []
        for d, sents in enumerate(docs):
            objs = []
            for i, s in enumerate(sents):
                obj = Sentence(s, tokenizer)
                index.setdefault(obj, (d, i))
                objs.append(obj)
            paragraphs.append(Paragraph(objs))
        document = ObjectDocumentModel(paragraphs)
        captured = {}

        def capture(sentences, count, rating, *args, **kwargs):
            rate = (lambda s: rating[s]) if isinstance(rating, dict) else rating
            for o, s in enumerate(sentences):
                captured.setdefault(s, (rate(s, *args, **kwargs), -o))
            return ()

        summarizer._get_best_sentences = capture
        summarizer(document, 1)
        ranked = sorted(captured, key=lambda s: captured[s], reverse=True)
        return fill([index[s] for s in ranked], docs, words)

    return run


# -- scoring ------------------------------------------------------------------------
def bootstrap(values: list[float], n: int = 1000, seed: int = 0) -> tuple[float, float]:
    rng = random.Random(seed)
    means = sorted(statistics.fmean(rng.choices(values, k=len(values))) for _ in range(n))
    return means[int(0.025 * n)], means[int(0.975 * n) - 1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", choices=["duc2004", "multinews"], default="duc2004")
    ap.add_argument("--clusters", type=int, default=None, help="first N clusters only")
    ap.add_argument("--words", type=int, default=None, help="budget (DUC 100, Multi-News 230)")
    ap.add_argument("--systems", default=None, help="comma list of systems to run (default all)")
    ap.add_argument("--check", action="store_true",
                    help="compare our ROUGE of the published summaries with their per-topic figures")
    ap.add_argument("--dump", default=None, help="write our summaries to this folder")
    args = ap.parse_args(argv)

    root = DUC if args.dataset == "duc2004" else MULTINEWS
    if not root.exists():
        print(f"data not found: {root} (../shared beside the clone)", file=sys.stderr)
        return 2
    duc = args.dataset == "duc2004"
    words = args.words or (100 if duc else 214)
    limit = 100 if duc else None  # DUC: ROUGE -l 100; Multi-News: full summaries
    started = time.perf_counter()
    clusters = load_duc(args.clusters) if duc else load_multinews(args.clusters)
    print(f"{args.dataset}: {len(clusters)} clusters read and split in "
          f"{time.perf_counter() - started:.1f}s; budget {words} words", file=sys.stderr)

    systems = {"selector": selector, "lead": lead}
    for kind in ("LexRank", "TextRank", "LSA", "SumBasic"):
        systems[f"sumy-{kind}"] = make_sumy(kind)
    wanted = set(args.systems.split(",")) if args.systems else set()
    if args.systems:
        systems = {k: v for k, v in systems.items() if k in wanted}

    scores: dict[str, dict[str, list[float]]] = {}
    seconds: dict[str, float] = {}

    def record(name, s, text):
        row = scores.setdefault(name, {})
        row.setdefault("words", []).append(len(text.split()))
        for n in ("rouge1", "rouge2"):
            for m in ("recall", "f1"):
                row.setdefault(f"{n}_{m}", []).append(s[n][m])

    if args.dump:
        os.makedirs(args.dump, exist_ok=True)
    for c in clusters:
        scorer = Scorer(c["refs"], limit=limit)
        runs = {"newsbrief": lambda: shipped(c, words)} if not args.systems or "newsbrief" in wanted else {}
        for name, fn in systems.items():
            runs[name] = (lambda fn=fn: "\n".join(c["docs"][d][i] for d, i in fn(c["docs"], words)))
        for name, run in runs.items():
            t0 = time.perf_counter()
            text = run()
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - t0
            record(name, scorer.score(text), text)
            if args.dump and name == "newsbrief":
                Path(args.dump, c["id"]).write_text(text + "\n", encoding="utf-8")
        if duc:
            for name in PUBLISHED:
                path = DUC / "system_summaries" / f"{c['id']}.{name}"
                text = path.read_text(encoding="latin-1", errors="replace")
                record(name, scorer.score(text), text)

    n = len(clusters)
    print("words: mean length before any cut; sumy and lead add sentences in rank order "
          "until the budget is reached (the last may cross it), newsbrief and selector stay within it")
    print("newsbrief = the shipped summary (read + whole pipeline, as `newsbrief brief`); "
          "selector = summarize.selector.select alone on the benchmark's sentence split")
    title = (f"{args.dataset}, {n} clusters, ROUGE x100" +
             (", summaries cut to 100 words, 4 references pooled (-f A)" if duc
              else f", full summaries (budget {words} words), 1 reference"))
    print(title)
    print(f"{'system':<16}{'R1 rec':>8}{'R2 rec':>8}{'R1 F1':>8}{'R2 F1':>8}"
          f"{'R2 95% CI':>16}{'words':>7}{'s/cluster':>11}")
    key = "rouge2_recall" if duc else "rouge2_f1"
    for name in sorted(scores, key=lambda k: statistics.fmean(scores[k][key])):
        row = scores[name]
        lo, hi = bootstrap(row[key])
        t = f"{seconds[name] / n:.3f}" if name in seconds else "published"
        print(f"{name:<16}" + "".join(f"{100 * statistics.fmean(row[m]):8.2f}" for m in
                                      ("rouge1_recall", "rouge2_recall", "rouge1_f1", "rouge2_f1"))
              + f"{f'{100 * lo:.2f}-{100 * hi:.2f}':>16}{statistics.fmean(row['words']):7.1f}{t:>11}")

    if "newsbrief" in scores and len(scores) > 1:
        print(f"\npaired bootstrap over clusters: share of 1000 resamples where newsbrief's "
              f"{key.replace('_', ' ')} is above the system's, and the 95% interval of the mean difference")
        ours_row = scores["newsbrief"][key]
        rng = random.Random(0)
        samples = [rng.choices(range(n), k=n) for _ in range(1000)]
        for name in sorted(scores, key=lambda k: -statistics.fmean(scores[k][key])):
            if name == "newsbrief":
                continue
            other = scores[name][key]
            diffs = [ours_row[j] - other[j] for j in range(n)]
            wins = sum(sum(diffs[j] for j in sample) > 0 for sample in samples)
            means = sorted(sum(diffs[j] for j in sample) / n for sample in samples)
            print(f"  vs {name:<14} {100 * statistics.fmean(diffs):+.2f}  {wins / 10:.1f}%"
                  f"  95% interval of the difference {100 * means[25]:+.2f} to {100 * means[974]:+.2f}")

    if AUDITS:
        print(f"\naudit of the shipped briefs ({len(AUDITS)}): share of summary sentences failing a readability "
              f"check {statistics.fmean(a['audit.summary_unreadable'] for a in AUDITS):.3f}, share of event "
              f"titles that are a full clause {statistics.fmean(a['audit.titles_full_clause'] for a in AUDITS):.3f}")

    if duc and args.check:
        print("\nour ROUGE vs the published per-topic recall (mean difference, max |difference|, x100)")
        ids = [c["id"] for c in clusters]
        for name in PUBLISHED:
            pub = {}
            for line in (DUC / "system_rouge_pertopic" / name).read_text().splitlines():
                parts = line.split()
                if len(parts) >= 3:
                    pub[parts[0]] = (float(parts[1]), float(parts[2]))
            d1 = [scores[name]["rouge1_recall"][j] - pub[cid][0] for j, cid in enumerate(ids)]
            d2 = [scores[name]["rouge2_recall"][j] - pub[cid][1] for j, cid in enumerate(ids)]
            print(f"{name:<12} R1 {100 * statistics.fmean(d1):+.2f} (max {100 * max(map(abs, d1)):.2f})"
                  f"  R2 {100 * statistics.fmean(d2):+.2f} (max {100 * max(map(abs, d2)):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
