"""Boilerplate removal on HTML pages: our reader beside trafilatura alone, same run.

Three public sets in ../shared/data (read at run time, never copied), each scored
the way its SOURCE.md describes:

- `l3s`: L3S-GN1, 621 Google News pages of 2008, every text block labelled; gold is
  the main text (`x-nc-sel2`; headline, captions and comments are not in it).
- `cleaneval`: CleanEval 2007 final, 681 general web pages with a cleaned gold text
  (the `<p>`/`<h>`/`<l>` markers and the URL line dropped).
- `trafilatura`: the English pages of trafilatura's own evaluation set, 180 pages with
  snippets that must and must not appear in the main text.

For l3s and cleaneval: bag-of-words precision, recall and F1 of the output's word
tokens (lower-cased `\\w+`) against the gold's, counts pooled over the pages (micro),
and the mean of the per-page F1. For trafilatura: a `with` snippet found is a true
positive, missing a false negative; a `without` snippet found is a false positive
(counts summed over pages), as trafilatura's own evaluation does.

Systems, all on the same page bytes:
- `newsbrief`: the reader newsbrief uses for an .html file (`ingest.read.read_file`:
  decoding, trafilatura with our settings, title split off) followed by the `clean`
  stage on the article alone; the output is the kept paragraphs.
- `newsbrief-read`: the same without the clean stage (the article's text as read).
- `trafilatura`: `trafilatura.extract(html)` with its default settings, on the bytes.

    python -m bench.boilerplate [--sets l3s,cleaneval,trafilatura] [--limit N] [--json FILE]

Exit 2 if a set is missing.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
L3S = DATA / "l3s_gn1_news_boilerplate"
CLEANEVAL = DATA / "cleaneval_final"
TRAF = DATA / "trafilatura_eval_english"
SYSTEMS = ("newsbrief", "newsbrief-read", "trafilatura")
TOKEN = re.compile(r"\w+", re.U)


def tokens(text: str) -> Counter:
    return Counter(t.lower() for t in TOKEN.findall(text or ""))


# -- sets: (page id, html bytes, gold) ---------------------------------------------

def l3s_pages(limit: int | None):
    from lxml import html as lxml_html

    for n, path in enumerate(sorted((L3S / "input").glob("*.html.gz"))):
        if limit and n >= limit:
            break
        stem = path.name[:-len(".html.gz")]
        annotated = L3S / "annotated" / f"{stem}.txt.gz"
        if not annotated.exists():
            continue
        raw = gzip.decompress(annotated.read_bytes())
        text = raw.decode("utf-8", errors="replace")
        if text.count("\ufffd") > 20:
            text = raw.decode("latin-1")
        tree = lxml_html.fromstring(text)
        gold = " ".join(span.text_content() for span in tree.xpath('//span[contains(@class, "x-nc-sel2")]'))
        yield stem, gzip.decompress(path.read_bytes()), gold


def cleaneval_pages(limit: int | None):
    golds = sorted((CLEANEVAL / "gold").glob("*.txt"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    for n, gold_path in enumerate(golds):
        if limit and n >= limit:
            break
        page = CLEANEVAL / "input" / f"{gold_path.stem}.html.gz"
        if not page.exists():
            continue
        lines = gold_path.read_text(encoding="utf-8", errors="replace").splitlines()
        lines = [ln for ln in lines if not ln.startswith("URL:")]
        gold = re.sub(r"<[phl]>", " ", "\n".join(lines))
        yield gold_path.stem, gzip.decompress(page.read_bytes()), gold


def trafilatura_pages(limit: int | None):
    records = json.loads((TRAF / "evaldata_english.json").read_text(encoding="utf-8"))
    for n, (url, rec) in enumerate(records.items()):
        if limit and n >= limit:
            break
        page = TRAF / "html" / f"{rec['file']}.gz"
        if page.exists():
            yield url, gzip.decompress(page.read_bytes()), {"with": rec.get("with") or [],
                                                            "without": rec.get("without") or []}


SETS = {"l3s": (L3S, l3s_pages), "cleaneval": (CLEANEVAL, cleaneval_pages),
        "trafilatura": (TRAF, trafilatura_pages)}


# -- systems -----------------------------------------------------------------------

def ours(html: bytes, work: Path, removed: list | None = None) -> tuple[str, str]:
    """(text after the clean stage, text as read) of the page read as an .html file;
    what the clean stage removed is appended to `removed` as (text, reason)."""
    from newsbrief.ingest import read
    from newsbrief.model import Brief
    from newsbrief.stages import clean

    path = work / "page.html"
    path.write_bytes(html)
    art = read.read_file(path)
    if art.status != "used":
        return "", ""
    as_read = art.text
    clean.run(Brief(articles=[art]))
    if removed is not None:
        removed.extend((r.text, r.reason) for r in art.removed)
    return ("\n".join(art.paragraphs) if art.status == "used" else ""), as_read


def trafilatura_alone(html: bytes) -> str:
    import trafilatura

    try:
        return trafilatura.extract(html) or ""
    except Exception:  # a page it cannot parse scores as empty output
        return ""


# -- scores ------------------------------------------------------------------------

def _prf(tp: float, out: float, gold: float) -> tuple[float, float, float]:
    p = tp / out if out else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


class TokenScore:
    def __init__(self) -> None:
        self.tp = self.out = self.gold = 0
        self.f1s: list[float] = []

    def add(self, output: str, gold: str) -> None:
        o, g = tokens(output), tokens(gold)
        tp = sum((o & g).values())
        self.tp, self.out, self.gold = self.tp + tp, self.out + sum(o.values()), self.gold + sum(g.values())
        self.f1s.append(_prf(tp, sum(o.values()), sum(g.values()))[2])

    def row(self) -> dict:
        p, r, f = _prf(self.tp, self.out, self.gold)
        return {"precision": p, "recall": r, "f1": f, "mean_page_f1": sum(self.f1s) / len(self.f1s) if self.f1s else 0}


class SnippetScore:
    def __init__(self) -> None:
        self.tp = self.fn = self.fp = self.tn = 0
        self.f1s: list[float] = []

    def add(self, output: str, gold: dict) -> None:
        text = _norm(output)
        found = [_norm(s) in text for s in gold["with"]]
        leaked = [_norm(s) in text for s in gold["without"]]
        self.tp += sum(found)
        self.fn += len(found) - sum(found)
        self.fp += sum(leaked)
        self.tn += len(leaked) - sum(leaked)

    def row(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = (self.tp + self.tn) / max(1, self.tp + self.tn + self.fp + self.fn)
        return {"precision": p, "recall": r, "f1": f, "accuracy": acc}


def _attribute(lost: Counter, removals: list, gold, name: str) -> None:
    """What of the gold the clean stage's removals took, by reason: gold tokens (a
    bag overlap, approximate) or, for snippet gold, `with` snippets."""
    if name == "trafilatura":
        for snippet in gold["with"]:
            s = _norm(snippet)
            for text, reason in removals:
                if s in _norm(text):
                    lost[reason] += 1
                    break
        return
    left = tokens(gold)
    for text, reason in removals:
        took = tokens(text) & left
        lost[reason] += sum(took.values())
        left -= took


def run_set(name: str, limit: int | None, work: Path) -> tuple[dict, list[dict]]:
    _, pages = SETS[name]
    scores = {s: (SnippetScore() if name == "trafilatura" else TokenScore()) for s in SYSTEMS}
    per_page = []
    seconds = Counter()
    lost: Counter = Counter()  # gold tokens (or `with` snippets) the clean stage removed, by reason
    n_pages = 0
    for page_id, html, gold in pages(limit):
        n_pages += 1
        t = time.perf_counter()
        removals: list = []
        cleaned, as_read = ours(html, work, removals)
        _attribute(lost, removals, gold, name)
        seconds["newsbrief"] += time.perf_counter() - t
        t = time.perf_counter()
        alone = trafilatura_alone(html)
        seconds["trafilatura"] += time.perf_counter() - t
        outputs = {"newsbrief": cleaned, "newsbrief-read": as_read, "trafilatura": alone}
        for system, text in outputs.items():
            scores[system].add(text, gold)
        if name != "trafilatura":
            per_page.append({"set": name, "page": page_id,
                             **{s: round(_prf(sum((tokens(t) & tokens(gold)).values()), sum(tokens(t).values()),
                                              sum(tokens(gold).values()))[2], 3) for s, t in outputs.items()}})
    rows = {s: sc.row() for s, sc in scores.items()}
    rows["_pages"] = n_pages
    rows["_seconds"] = dict(seconds)
    rows["_lost_by_clean"] = dict(lost.most_common())
    return rows, per_page


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="l3s,cleaneval,trafilatura")
    ap.add_argument("--limit", type=int, help="the first N pages of each set")
    ap.add_argument("--json", help="write the scores and per-page F1 here")
    args = ap.parse_args(argv)
    names = [s.strip() for s in args.sets.split(",") if s.strip()]
    for name in names:
        if name not in SETS or not SETS[name][0].exists():
            print(f"bench.boilerplate: set {name!r} not found under {DATA}", file=sys.stderr)
            return 2
    results, pages = {}, []
    with tempfile.TemporaryDirectory(prefix="nb-boilerplate-") as tmp:
        for name in names:
            results[name], per_page = run_set(name, args.limit, Path(tmp))
            pages.extend(per_page)
    print(f"{'set':12s} {'system':15s} {'precision':>9s} {'recall':>7s} {'F1':>6s}  {'other':s}")
    for name, rows in results.items():
        for system in SYSTEMS:
            r = rows[system]
            other = (f"mean page F1 {r['mean_page_f1']:.3f}" if "mean_page_f1" in r
                     else f"accuracy {r['accuracy']:.3f}")
            print(f"{name:12s} {system:15s} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f}  {other}")
        secs = rows["_seconds"]
        unit = "`with` snippets" if name == "trafilatura" else "gold tokens"
        top = ", ".join(f"{k} {v}" for k, v in list(rows["_lost_by_clean"].items())[:6]) or "none"
        print(f"{'':12s} {unit} the clean stage removed, by reason: {top}")
        print(f"{'':12s} {rows['_pages']} pages; seconds: newsbrief {secs.get('newsbrief', 0):.0f}, trafilatura {secs.get('trafilatura', 0):.0f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"scores": results, "pages": pages}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
