"""Stage `duplicates`: link near-verbatim sentences (syndicated copies).

Candidates come from MinHash LSH over word 3-shingles (datasketch), so the cost
stays near-linear in the number of sentences; each candidate pair is confirmed
with rapidfuzz on the normalised text. A later sentence points to the earliest
copy with `duplicate_of`, so every chain has one root and the summary can credit
every article carrying it (`Brief.carriers`).
"""
from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from .model import Brief

NUM_PERM = 64
LSH_THRESHOLD = 0.5  # Jaccard of shingle sets worth a closer look
SAME_AT = 90  # rapidfuzz ratio (0-100) at which two sentences are the same sentence
MIN_WORDS = 5  # shorter sentences ("He said so.") repeat by chance


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


def run(brief: Brief, options=None) -> None:
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    normal = {}
    for s in brief.sentences:
        norm = normalise(s.text)
        words = norm.split()
        if len(words) < MIN_WORDS:
            continue
        mh = MinHash(num_perm=NUM_PERM)
        mh.update_batch([sh.encode() for sh in shingles(words)])
        candidates = [c for c in lsh.query(mh) if same_sentence(norm, normal[c])]
        if candidates:
            # link to the earliest copy; ids are "s<N>" in reading order
            s.duplicate_of = min(candidates, key=lambda c: int(c[1:]))
            continue  # only roots are indexed, so chains stay one level deep
        normal[s.id] = norm
        lsh.insert(s.id, mh)
