"""Stage `duplicates`: link near-verbatim sentences (syndicated copies).

Up to `EXHAUSTIVE_UP_TO` sentences every pair is compared (rapidfuzz's cdist, in
C); above that, candidates come from MinHash LSH over word 3-shingles
(datasketch), so the cost stays near-linear. Each candidate pair is confirmed on
the normalised text. A later sentence points to the earliest
copy with `duplicate_of`, so every chain has one root and the summary can credit
every article carrying it (`Brief.carriers`).
"""
from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz, process

from newsbrief.model import Brief
from newsbrief.stage import Stage

NUM_PERM = 64
LSH_THRESHOLD = 0.5  # Jaccard of shingle sets worth a closer look
SAME_AT = 90  # rapidfuzz ratio (0-100) at which two sentences are the same sentence
MIN_WORDS = 5  # shorter sentences ("He said so.") repeat by chance
EXHAUSTIVE_UP_TO = 3000


def normalise(text: str) -> str:
    text = text.lower().replace("``", '"').replace("''", '"')
    text = re.sub(r"[\u201c\u201d\u2018\u2019`']", "", text)
    text = re.sub(r"\s+-", "-", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def shingles(words: list[str], k: int = 3) -> set[str]:
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def same_sentence(a: str, b: str) -> bool:
    """Near-verbatim: almost the same characters, or one wholly inside the other."""
    if fuzz.ratio(a, b) >= SAME_AT:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 0.6 * len(long_) and fuzz.partial_ratio(short, long_) >= 97


def run(brief: Brief, ctx=None) -> None:
    if len(brief.sentences) <= EXHAUSTIVE_UP_TO:
        _run_exhaustive(brief)
    else:
        _run_lsh(brief)


def _run_exhaustive(brief: Brief) -> None:
    items = [(s, normalise(s.text)) for s in brief.sentences]
    items = [(s, n) for s, n in items if len(n.split()) >= MIN_WORDS]
    if len(items) < 2:
        return
    texts = [n for _, n in items]
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=60, workers=1)
    for j, (s, norm) in enumerate(items):
        for i in range(j):  # earlier sentences only; the first match is the earliest
            if items[i][0].duplicate_of is None and scores[j, i] and same_sentence(norm, texts[i]):
                s.duplicate_of = items[i][0].id
                break


def _run_lsh(brief: Brief) -> None:
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    normal = {}
    rank = {s.id: i for i, s in enumerate(brief.sentences)}  # reading order
    for s in brief.sentences:
        norm = normalise(s.text)
        words = norm.split()
        if len(words) < MIN_WORDS:
            continue
        mh = MinHash(num_perm=NUM_PERM)
        mh.update_batch([sh.encode() for sh in shingles(words)])
        candidates = [c for c in lsh.query(mh) if same_sentence(norm, normal[c])]
        if candidates:
            # link to the earliest copy in reading order
            s.duplicate_of = min(candidates, key=rank.__getitem__)
            continue  # only roots are indexed, so chains stay one level deep
        normal[s.id] = norm
        lsh.insert(s.id, mh)


STAGE = Stage("duplicates", run, requires=("sentences",), provides=("duplicates",))
