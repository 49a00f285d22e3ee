"""Where the story clustering's B-cubed loss goes (issue 16), and an offline
probe of a second-stage split of large stories.

    python -m bench.story_loss [--top 10] [--no-probe]

1. Loss: for the tune feed (../shared/stories) in `arrival` and
   `arrival_stream` order, B-cubed precision loss (1 - P) is split over the
   predicted stories that mix gold stories ("merged": which gold stories, how
   many articles each) and recall loss (1 - R) over the gold stories spread
   over several predicted ones ("split": the sizes of the pieces). Each row's
   figure is its share of the whole loss, in B-cubed points.
2. Probe (not what ships): every predicted story of at least 16 articles is
   re-clustered on its own TF-IDF (scikit-learn, sublinear TF, English stop
   words, min_df 2; average-link agglomerative at cosine distance --thresholds),
   and each part of at least 6 articles other than the largest becomes its own
   story. Scored on the tune feed, its dated variant, the proxy feed and
   WikiRef220 (12 shuffles), beside the clustering it starts from. The split
   moves articles out of a story after they joined it, so it cannot ship as is
   (story ids must not change, and the clusterer keeps no per-article vectors);
   it measures how much of the merge loss a within-story split could win.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from typing import Mapping

from bench.stories import STORIES, WIKIREF, _text, cluster_feed, load, wikiref_records, with_dates
from newsbrief.corpus.clusterer import ClusterSettings
from newsbrief.corpus.score import score


def loss_rows(labels: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, list, list]:
    """(precision loss, recall loss, merged rows, split rows), B-cubed over the
    articles in both mappings. A merged row is (loss share, predicted story,
    {gold story: articles}); a split row is (loss share, gold story, piece sizes,
    largest first). The merged rows sum to the precision loss, the split rows to
    the recall loss."""
    ids = [a for a in gold if a in labels]
    n = len(ids)
    gsize = Counter(gold[a] for a in ids)
    psize = Counter(labels[a] for a in ids)
    cell = Counter((labels[a], gold[a]) for a in ids)
    by_pred: dict[str, Counter] = defaultdict(Counter)
    by_gold: dict[str, Counter] = defaultdict(Counter)
    for (p, g), c in cell.items():
        by_pred[p][g] = c
        by_gold[g][p] = c
    merged = [(sum(c * (1 - c / psize[p]) for c in gc.values()) / n, p, dict(gc.most_common()))
              for p, gc in by_pred.items() if len(gc) > 1]
    split = [(sum(c * (1 - c / gsize[g]) for c in pc.values()) / n, g, sorted(pc.values(), reverse=True))
             for g, pc in by_gold.items() if len(pc) > 1]
    merged.sort(key=lambda r: (-r[0], r[1]))
    split.sort(key=lambda r: (-r[0], r[1]))
    return sum(r[0] for r in merged), sum(r[0] for r in split), merged, split


def split_large(labels: Mapping[str, str], texts: Mapping[str, str], min_size: int = 16,
                threshold: float = 0.91, min_part: int = 6) -> dict[str, str]:
    """The probe of section 2: labels with each large story's distinct parts
    given their own story (`story/k`)."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    groups: dict[str, list[str]] = defaultdict(list)
    for a, s in labels.items():
        groups[s].append(a)
    out = dict(labels)
    for s, arts in groups.items():
        if len(arts) < min_size:
            continue
        x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2).fit_transform([texts[a] for a in arts])
        sub = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold, metric="cosine",
                                      linkage="average").fit(x.toarray()).labels_
        sizes = np.bincount(sub)
        if (sizes >= min_part).sum() < 2:
            continue
        main = int(np.argmax(sizes))
        for a, k in zip(arts, sub):
            if k != main and sizes[k] >= min_part:
                out[a] = f"{s}/{k}"
    return out


def report_loss(top: int) -> None:
    records, gold, _ = load(STORIES / "feed_tune.jsonl", STORIES / "gold_tune.tsv")
    for order in ("arrival", "arrival_stream"):
        labels, _ = cluster_feed(records, order, ClusterSettings())
        p_loss, r_loss, merged, split = loss_rows(labels, gold)
        print(f"order {order}: B-cubed precision loss {p_loss:.4f} over {len(merged)} merged stories, "
              f"recall loss {r_loss:.4f} over {len(split)} split gold stories")
        for share, story, parts in merged[:top]:
            print(f"  merged {share:.4f} {story} = {parts}")
        for share, story, pieces in split[:top]:
            print(f"  split  {share:.4f} {story} -> {pieces}")


def probe(thresholds: list[float]) -> None:
    from bench.heldout_stories import build, proxy_sources

    feeds = {}
    records, gold, _ = load(STORIES / "feed_tune.jsonl", STORIES / "gold_tune.tsv")
    feeds["tune"] = (records, gold)
    feeds["dated"] = (with_dates(records, gold), gold)
    proxy, proxy_gold, _ = build(sources=proxy_sources)
    feeds["proxy"] = (proxy, proxy_gold)
    runs = {}
    for name, (recs, _) in feeds.items():
        for order in ("arrival", "arrival_stream"):
            runs[name, order] = cluster_feed(recs, order, ClusterSettings())[0]
    wiki = []
    if WIKIREF.exists():
        wrecs, wgold, _ = wikiref_records()
        for seed in range(12):
            order = list(range(len(wrecs)))
            random.Random(seed).shuffle(order)
            wiki.append(cluster_feed([dict(wrecs[i], arrival=k) for k, i in enumerate(order)], "arrival",
                                     ClusterSettings())[0])
    print("probe: B-cubed F1 arrival/stream per feed, WikiRef220 mean of 12 shuffles")
    for threshold in [None, *thresholds]:
        cells = []
        for name, (recs, g) in feeds.items():
            texts = {r["id"]: _text(r) for r in recs}
            f = [score(runs[name, o] if threshold is None else split_large(runs[name, o], texts, threshold=threshold),
                       g).b3_f for o in ("arrival", "arrival_stream")]
            cells.append(f"{name} {f[0]:.4f}/{f[1]:.4f}")
        if wiki:
            texts = {r["id"]: r["text"] for r in wrecs}
            f = [score(l if threshold is None else split_large(l, texts, threshold=threshold), wgold).b3_f for l in wiki]
            cells.append(f"wikiref {sum(f) / len(f):.4f}")
        print(f"  {'as clustered' if threshold is None else f'split at {threshold}':<14} " + " | ".join(cells))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--no-probe", action="store_true")
    p.add_argument("--thresholds", default="0.9,0.91")
    a = p.parse_args(argv)
    if not (STORIES / "feed_tune.jsonl").exists():
        print(f"bench.story_loss: {STORIES / 'feed_tune.jsonl'} not found", file=sys.stderr)
        return 2
    report_loss(a.top)
    if not a.no_probe:
        probe([float(x) for x in a.thresholds.split(",")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
