"""ROUGE-N as ROUGE-1.5.5 computes it for several references, on rouge-score's tokens.

Tokens are rouge-score's (lower case, runs of [a-z0-9]), every one Porter-stemmed as
ROUGE-1.5.5 `-m` does (rouge-score itself leaves words of three letters or less
unstemmed; stemming them all reproduces the published per-topic recall better).
Peer and references are cut to their first `limit` words (whitespace words of the
raw text), as `-l 100` does: ROUGE-1.5.5 truncates the models too.

Several references: ROUGE-1.5.5 with `-f A` pools the counts, i.e.
recall = sum over references of matched n-grams / sum of reference n-grams and
precision = sum of matched / (number of references x peer n-grams). This is not
rouge-score's `score_multi`, which keeps the best single reference. The harness
checks the pooled figure against the published per-topic recall (`--check`).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from nltk.stem import porter
from rouge_score import tokenize as _rs_tokenize

_STEMMER = porter.PorterStemmer("ORIGINAL_ALGORITHM")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _STEMMER.stem(word)


def tokens(text: str) -> list[str]:
    out = _rs_tokenize.tokenize(text, None)
    return [_stem(w) for w in out]


def truncate(text: str, limit: int | None) -> str:
    if not limit:
        return text
    return " ".join(text.split()[:limit])


def ngrams(toks: list[str], n: int) -> Counter:
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


class Scorer:
    """Score many peers against the same references (reference n-grams cached)."""

    def __init__(self, references: list[str], ns=(1, 2), limit: int | None = 100,
                 limit_references: bool = True):
        self.ns = ns
        self.limit = limit
        refs = [truncate(r, limit) if limit_references else r for r in references]
        self.ref_grams = {n: [ngrams(tokens(r), n) for r in refs] for n in ns}

    def score(self, peer: str) -> dict[str, dict[str, float]]:
        ptoks = tokens(truncate(peer, self.limit))
        out = {}
        for n in self.ns:
            pg = ngrams(ptoks, n)
            ptotal = sum(pg.values())
            hit = rtotal = 0
            for rg in self.ref_grams[n]:
                hit += sum(min(c, pg[g]) for g, c in rg.items() if g in pg)
                rtotal += sum(rg.values())
            nrefs = len(self.ref_grams[n])
            r = hit / rtotal if rtotal else 0.0
            p = hit / (ptotal * nrefs) if ptotal and nrefs else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[f"rouge{n}"] = {"recall": r, "precision": p, "f1": f}
        return out
