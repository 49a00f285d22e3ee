"""Scores of a story clustering against gold stories: B-cubed and pairwise.

B-cubed (Bagga and Baldwin 1998) averages, over articles, the share of an
article's predicted story that shares its gold story (precision) and the share of
its gold story that shares its predicted story (recall). Pairwise counts article
pairs put together: precision over predicted pairs, recall over gold pairs (the
measure of Miranda et al. 2018). Both are computed from the contingency table of
(predicted, gold) labels, so they cost O(n), not O(n^2).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class Scores:
    n: int
    b3_p: float
    b3_r: float
    b3_f: float
    pair_p: float
    pair_r: float
    pair_f: float
    predicted: int  # stories predicted
    gold: int  # gold stories

    def line(self) -> str:
        return (f"B3 P/R/F1 {self.b3_p:.3f}/{self.b3_r:.3f}/{self.b3_f:.3f}  "
                f"pairwise P/R/F1 {self.pair_p:.3f}/{self.pair_r:.3f}/{self.pair_f:.3f}  "
                f"stories {self.predicted} (gold {self.gold}), articles {self.n}")


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: Mapping[str, str], gold: Mapping[str, str]) -> Scores:
    """Scores over the articles present in both mappings (article id -> story label)."""
    ids = [a for a in gold if a in predicted]
    if not ids:
        return Scores(0, 0, 0, 0, 0, 0, 0, 0, 0)
    cell = Counter((predicted[a], gold[a]) for a in ids)
    pred_size = Counter(predicted[a] for a in ids)
    gold_size = Counter(gold[a] for a in ids)
    n = len(ids)
    # each article of cell (p, g) sees `count` of its predicted story in its gold story
    b3_p = sum(c * c / pred_size[p] for (p, _g), c in cell.items()) / n
    b3_r = sum(c * c / gold_size[g] for (_p, g), c in cell.items()) / n
    together = sum(c * (c - 1) / 2 for c in cell.values())
    pred_pairs = sum(s * (s - 1) / 2 for s in pred_size.values())
    gold_pairs = sum(s * (s - 1) / 2 for s in gold_size.values())
    pair_p = together / pred_pairs if pred_pairs else 1.0
    pair_r = together / gold_pairs if gold_pairs else 1.0
    return Scores(n, b3_p, b3_r, _f(b3_p, b3_r), pair_p, pair_r, _f(pair_p, pair_r),
                  len(pred_size), len(gold_size))


def by_part(predicted: Mapping[str, str], gold: Mapping[str, str], part: Mapping[str, str]) -> dict[str, Scores]:
    """Scores overall ("all") and for each part (article id -> part name), each part
    scored on its own articles only."""
    out = {"all": score(predicted, gold)}
    for name in sorted(set(part.values())):
        sub = {a: g for a, g in gold.items() if part.get(a) == name}
        out[name] = score(predicted, sub)
    return out
