"""The extractive summariser: which sentences of a cluster fill a word budget.

A pure function over plain data, benchmarked on DUC 2004 and Multi-News
(bench/summary.py, docs/summary.md) without the rest of the pipeline.

Method (unsupervised, no model):
1. Redundancy first. Sentences that repeat one another (most of their content
   bigrams shared) are grouped; a group counts as one candidate, stands for every
   article carrying it (its support) and is represented by its most readable,
   earliest copy.
2. Concepts. Content bigrams (stemmed words, not both stop words) found in several
   articles are the concepts; a concept weighs the number of articles using it, with
   a bonus for articles using it in their opening sentences.
3. Budgeted selection. The chosen set maximises the total weight of the concepts it
   covers (each counted once: a second sentence saying the same thing adds nothing)
   plus a small bonus per sentence for early position and cross-article support,
   within the word budget: an integer program (scipy's HiGHS) when scipy is present
   and the problem small enough, else greedy by gain per word.
4. Readability. Candidates are sentences that read well alone: not very short or
   very long, no question, no dangling pronoun or connective at the start, no
   quotation without attribution, no first person outside quotes. When too few
   survive, the rule relaxes.
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter, defaultdict
from contextlib import contextmanager

from spacy.lang.en.stop_words import STOP_WORDS as _SPACY_STOP

from newsbrief.unionfind import UnionFind

STOP = frozenset(_SPACY_STOP) | frozenset(
    "a an the of to in on at by for with from and or but is are was were be been "
    "has have had it its he she they his her their this that said says s t".split())

_WORD = re.compile(r"[a-z0-9]+")
DANGLING = re.compile(
    r"^(he|she|they|it|this|that|these|those|his|her|their|its|him|them|but|however|"
    r"nevertheless|meanwhile|also|and|or|so|yet|still|instead|then|thus|therefore|"
    r"moreover|furthermore|besides|likewise|similarly|otherwise|both|such|there|here|"
    r"nonetheless|even so|in fact|indeed|in turn|hence|accordingly|consequently|again|"
    r"later|earlier|afterwards|after that|at the same time|in the meantime|by contrast|"
    r"in contrast|for (?:his|her|its|their) part|in addition|as a result|for example|"
    r"for instance|on the other hand|the two)\b", re.I)
FIRST_PERSON = re.compile(r"\b(I|[Ww]e|[Oo]urs?|[Uu]s|[Mm]y|[Mm]e)\b")
QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|``.*?''|\"[^\"]*$|\u201c[^\u201d]*$")
REPORTING = re.compile(r"\b(said|says|say|told|tells|according|added|adds|stated|reported|"
                       r"announced|noted|declared|denied|confirmed|claimed|asserted|"
                       r"warned|wrote|writes|tweeted|insisted|explained|argued)\b", re.I)

# tuning, measured on DUC 2004 (docs/summary.md)
MIN_WORDS = 8
MAX_WORDS = 55
MIN_DF = 3  # a concept is used by this many articles (of more than five)
DF_POWER = 1.0
# sentence bonus per word, times the share of articles using it. 8 before issue 14;
# 3 (measured on the shipped path): DUC 2004 R2 10.47 -> 10.49, Multi-News validation
# R2 F1 14.88 -> 15.15, dev summary.coverage 0.58 -> 0.63. The bonus never diminishes
# (a second sentence on the main fact earns it again), so a large one fills long
# summaries with rewordings of the lead.
WORD_SHARE = 3.0
UNIGRAM = 0.0  # weight of a content word concept relative to a bigram
DUPLICATE = 0.8  # share of the shorter sentence's bigrams found in the other: one group
REDUNDANT = 0.5  # the same share above which two candidates are never both chosen
LEAD_SENTENCES = 3  # "opening sentences" of an article
LEAD_BONUS = 1.0  # extra concept weight per article using the concept in its opening
POSITION_BONUS = 20.0  # sentence bonus for an article's first sentence, / (1 + position)
SUPPORT_BONUS = 0.3  # sentence bonus per extra article carrying the sentence
# The solver stops at a node count, not a clock, so the same input gives the same
# summary on a busy machine too (a 0.2 s time limit once changed summaries under
# load). DUC 2004 clusters need at most 30 nodes; the time limit is only a safety net.
ILP_NODES = 500
ILP_TIME = 10.0  # seconds; greedy result kept if the solver does not finish


def stem(word: str) -> str:
    """A light suffix stripper (no external data): plural, -ing, -ed."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, repl, min_len in (("ies", "y", 5), ("sses", "ss", 5), ("ing", "", 6),
                                  ("ied", "y", 5), ("ed", "", 5), ("es", "e", 5),
                                  ("s", "", 4)):
        if word.endswith(suffix) and len(word) >= min_len:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: len(word) - len(suffix)] + repl
    return word


def _tokens(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text.lower().replace("'s ", " ").replace("\u2019s ", " "))]


def _bigrams(toks: list[str]) -> set[tuple[str, ...]]:
    return {(a, b) for a, b in zip(toks, toks[1:]) if not (a in STOP and b in STOP)}


def _concepts(toks: list[str]) -> set[tuple[str, ...]]:
    """Content bigrams, and content words when UNIGRAM weighs them."""
    out = _bigrams(toks)
    if UNIGRAM:
        out |= {(w,) for w in toks if w not in STOP and len(w) > 1}
    return out


def readable(text: str) -> bool:
    """Can this sentence stand alone in a summary?"""
    words = text.split()
    if len(words) < MIN_WORDS or len(words) > MAX_WORDS:
        return False
    s = text.strip()
    if s.endswith(("?", ":")) or "?" in s[-3:]:
        return False
    if DANGLING.match(s.lstrip("\"'`\u201c\u2018 ")):
        return False
    outside = QUOTED.sub(" ", s)
    if FIRST_PERSON.search(outside):
        return False
    if s[:1] in "\"\u201c`" and not REPORTING.search(outside):
        return False
    if s.count("\"") % 2 == 1 or s.count("\u201c") != s.count("\u201d"):
        return False  # a quotation cut by the sentence splitter
    return True


def select(docs: list[list[str]], words: int, *, support: dict | None = None,
           positions: dict | None = None, required=(), facets: dict | None = None,
           exclude=(), apart=(), vetted=False) -> list[tuple[int, int]]:
    """Choose sentences for an extractive summary of a cluster.

    docs: the articles, each a list of sentence strings in reading order.
    words: the budget; the chosen sentences hold at most `words` words in total
        (words = whitespace-separated tokens, `len(text.split())`).
    support: optional {(doc, sentence): number of articles carrying this sentence or a
        near-verbatim copy}, from the caller's duplicate detection; without it the
        function finds repeated sentences itself (and also when given, it keeps the
        larger of the two counts).
    positions: optional {(doc, sentence): position of the sentence in its original
        article} when `docs` holds a filtered subset; default the index in `docs[d]`.
    required: (doc, sentence) pairs the summary must hold (the caller's anchor
        sentence); the rest of the budget is chosen around them.
    exclude: (doc, sentence) pairs never chosen (the caller's filters) that still
        count as the cluster's text when concepts are weighed.
    facets: optional {facet: (weight, [(doc, sentence), ...])}: further concepts
        (the caller's events), each counted once when any of its sentences is chosen.
    vetted: the caller's filters (`exclude`) already decided which sentences may
        stand in a summary; this function's own `readable` check is not applied.
        True for every sentence, or the (doc, sentence) pairs the caller vouches for
        (the rest still pass `readable`).
    apart: ((doc, sentence), (doc, sentence)) pairs never both chosen (the caller's
        knowledge that two sentences tell one fact: the same figure, say).

    Returns (doc index, sentence index) pairs in output order: article order, then
    reading order. Never two sentences of one near-duplicate group (80% of the
    shorter one's content bigrams shared) nor two sharing half of them.
    Deterministic. Empty list when nothing fits; empty sentences are never chosen.
    """
    support = support or {}
    positions = positions or {}
    keys = [(d, i) for d, sents in enumerate(docs) for i in range(len(sents))
            if sents[i] and sents[i].split()]
    if not keys or words <= 0:
        return []
    text = {k: docs[k[0]][k[1]] for k in keys}
    length = {k: len(text[k].split()) for k in keys}
    toks = {k: _tokens(text[k]) for k in keys}
    grams = {k: _bigrams(toks[k]) for k in keys}
    pos = {k: positions.get(k, k[1]) for k in keys}
    units = {k: _concepts(toks[k]) for k in keys}

    pairs = _similar_pairs(keys, grams, min(DUPLICATE, REDUNDANT))
    groups = _duplicate_groups(keys, pairs)
    vouched = set(vetted) if not isinstance(vetted, bool) else set()
    ok = {k: vetted is True or k in vouched or readable(text[k]) for k in keys}
    required = [k for k in required if k in text]
    for k in required:
        ok[k] = True
    cands, group_docs = _representatives(groups, length, ok, pos, support, words, set(required),
                                         set(exclude) - set(required))
    weight = _concept_weights(keys, units, pos, len(docs))
    bonus = _sentence_bonus(cands, keys, toks, pos, group_docs, len(docs))

    concepts = {k: [g for g in units[k] if weight.get(g)] for k in cands}
    for name, (w, members) in (facets or {}).items():
        weight[("#facet", name)] = w
        for k in members:
            if k in concepts:
                concepts[k].append(("#facet", name))
    forced = [k for k in required if k in set(cands)]
    if sum(length[k] for k in forced) > words:
        forced = []
    cands = [k for k in cands if concepts[k] or bonus[k] > 0 or k in forced]
    inside = set(cands)
    conflicts = [(a, b) for a, b, share in pairs if share >= REDUNDANT and a in inside and b in inside]
    conflicts += [(a, b) for a, b in apart if a in inside and b in inside and a != b
                  and not (a in forced and b in forced)]
    chosen = _greedy(cands, concepts, weight, bonus, length, words, conflicts, forced)
    exact = _ilp(cands, concepts, weight, bonus, length, words, conflicts, forced)
    if exact is not None and _value(exact, concepts, weight, bonus) >= _value(
            chosen, concepts, weight, bonus) - 1e-9:
        chosen = exact
    return sorted(chosen)


def _representatives(groups, length, ok, pos, support, words, required=frozenset(), exclude=frozenset()):
    """(candidates, support of each): one sentence per group of repeats that fits the
    budget, a readable copy, earliest in its article, shortest. Only readable ones
    when they are enough to fill the budget or at least three."""
    cands = []
    group_docs = {}
    for members in groups:
        docs_in = {d for d, _ in members}
        fits = [k for k in members if length[k] <= words and k not in exclude]
        if not fits:
            continue
        rep = min(fits, key=lambda k: (k not in required, not ok[k], pos[k], length[k], k))
        group_docs[rep] = max(len(docs_in), max(support.get(k, 1) for k in members))
        cands.append(rep)
    readable_cands = [k for k in cands if ok[k]]
    if sum(length[k] for k in readable_cands) >= words or len(readable_cands) >= 3:
        cands = readable_cands
    return cands, group_docs


def _concept_weights(keys, units, pos, ndocs):
    """Concepts: bigrams in several articles; weight = articles, more if used early.
    With one article (or no shared concept), frequency within the cluster."""
    doc_of = defaultdict(set)
    early = defaultdict(set)
    for k in keys:
        for g in units[k]:
            doc_of[g].add(k[0])
            if pos[k] < LEAD_SENTENCES:
                early[g].add(k[0])
    min_df = 1 if ndocs == 1 else (2 if ndocs <= 5 else MIN_DF)
    weight = {}
    for g, ds in doc_of.items():
        if len(ds) >= min_df:
            weight[g] = (len(ds) ** DF_POWER + LEAD_BONUS * len(early.get(g, ()))) * (
                UNIGRAM if len(g) == 1 else 1.0)
    if ndocs == 1 or not weight:  # one article: frequency within it
        freq = Counter(g for k in keys for g in units[k])
        weight = {g: (c + LEAD_BONUS * (g in early)) * (UNIGRAM if len(g) == 1 else 1.0)
                  for g, c in freq.items()}
    return weight


def _sentence_bonus(cands, keys, toks, pos, group_docs, ndocs):
    """Per candidate: early position, cross-article support, and expected word
    matches (each word weighs the share of articles using it)."""
    word_df = defaultdict(set)
    for k in keys:
        for w in toks[k]:
            word_df[w].add(k[0])
    bonus = {}
    for k in cands:
        b = POSITION_BONUS / (1 + pos[k]) + SUPPORT_BONUS * (group_docs.get(k, 1) - 1)
        if WORD_SHARE:
            b += WORD_SHARE * sum(len(word_df[w]) for w in toks[k]) / ndocs
        bonus[k] = b
    return bonus


def _similar_pairs(keys, grams, threshold):
    """Sentence pairs sharing at least `threshold` of the shorter one's bigrams."""
    index = defaultdict(list)
    for k in keys:
        for g in grams[k]:
            index[g].append(k)
    pairs = []
    for k in keys:
        if not grams[k]:
            continue
        shared = Counter()
        for g in grams[k]:
            lst = index[g]
            if len(lst) > 60:  # a bigram that common says little
                continue
            for other in lst:
                if other > k:
                    shared[other] += 1
        for other, n in shared.items():
            if n / min(len(grams[k]), len(grams[other])) >= threshold:
                pairs.append((k, other, n / min(len(grams[k]), len(grams[other]))))
    return pairs


def _duplicate_groups(keys, pairs) -> list[list[tuple[int, int]]]:
    """Union of the sentence pairs that repeat one another."""
    uf = UnionFind()
    for a, b, share in pairs:
        if share >= DUPLICATE:
            uf.union(a, b)
    return uf.groups(keys)


def _value(chosen, concepts, weight, bonus) -> float:
    covered = {g for k in chosen for g in concepts[k]}
    return sum(weight[g] for g in covered) + sum(bonus[k] for k in chosen)


def _greedy(cands, concepts, weight, bonus, length, words, conflicts=(), forced=()):
    chosen, covered, used = list(forced), {g for k in forced for g in concepts[k]}, sum(length[k] for k in forced)
    clash = defaultdict(set)
    for a, b in conflicts:
        clash[a].add(b)
        clash[b].add(a)
    left = {k for k in cands if k not in forced and used + length[k] <= words
            and not any(k in clash[f] for f in forced)}
    while left:
        best, best_ratio = None, 0.0
        for k in left:
            if used + length[k] > words:
                continue
            gain = sum(weight[g] for g in concepts[k] if g not in covered) + bonus[k]
            ratio = gain / length[k]
            if ratio > best_ratio or (ratio == best_ratio and best is not None and k < best):
                best, best_ratio = k, ratio
        if best is None:
            break
        chosen.append(best)
        covered.update(concepts[best])
        used += length[best]
        left.discard(best)
        left = {k for k in left if used + length[k] <= words and k not in clash[best]}
    # the best single sentence may beat the greedy set (knapsack guarantee)
    single = max((k for k in cands if length[k] <= words),
                 key=lambda k: (sum(weight[g] for g in concepts[k]) + bonus[k], -k[0], -k[1]),
                 default=None)
    if not forced and single is not None and _value([single], concepts, weight, bonus) > _value(
            chosen, concepts, weight, bonus):
        chosen = [single]
    return chosen


@contextmanager
def _quiet_stdout():
    """Send file descriptor 1 to /dev/null for the solver's C++ code."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError, AttributeError):  # no real stdout (closed, or replaced): nothing to protect
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def _ilp(cands, concepts, weight, bonus, length, words, conflicts=(), forced=()):
    """Exact maximum coverage within the budget; None when not solved in time."""
    import numpy as np
    from scipy.sparse import coo_matrix

    from newsbrief.resources import import_milp

    milp, LinearConstraint, Bounds = import_milp()  # without scipy.optimize's other solvers

    if not cands:
        return []
    # Exact reductions that shrink the program several-fold: a concept only one
    # candidate covers is that candidate's own gain (folded into its objective), and
    # concepts covered by the same candidates are one variable with their summed weight.
    gain = {k: bonus[k] for k in cands}
    covering: dict[tuple, float] = defaultdict(float)
    by_concept = defaultdict(list)
    for i, k in enumerate(cands):
        for g in set(concepts[k]):
            by_concept[g].append(i)
    for g, idx in by_concept.items():
        if len(idx) == 1:
            gain[cands[idx[0]]] += weight[g]
        else:
            covering[tuple(idx)] += weight[g]
    shared = sorted(covering)
    ns, nc = len(cands), len(shared)
    # variables: x (sentences) then z (concepts); maximise -> minimise the negative
    c = -np.concatenate([[gain[k] for k in cands], [covering[t] for t in shared]])
    rows, cols, vals = [], [], []
    for j, idx in enumerate(shared):  # z_j - sum x_i(covering) <= 0
        rows.append(j)
        cols.append(ns + j)
        vals.append(1.0)
        for i in idx:
            rows.append(j)
            cols.append(i)
            vals.append(-1.0)
    for i, k in enumerate(cands):  # budget row
        rows.append(nc)
        cols.append(i)
        vals.append(float(length[k]))
    sidx = {k: i for i, k in enumerate(cands)}
    for r, (p, q) in enumerate(conflicts, start=nc + 1):  # x_p + x_q <= 1
        rows += [r, r]
        cols += [sidx[p], sidx[q]]
        vals += [1.0, 1.0]
    a = coo_matrix((vals, (rows, cols)), shape=(nc + 1 + len(conflicts), ns + nc)).tocsr()
    ub = np.concatenate([np.zeros(nc), [float(words)], np.ones(len(conflicts))])
    cons = LinearConstraint(a, -np.inf, ub)
    integrality = np.concatenate([np.ones(ns), np.zeros(nc)])  # z relax: integral at optimum
    try:
        with _quiet_stdout():  # HiGHS may print a debug line on fd 1 (stdout JSON!)
            low = np.array([1.0 if i < ns and cands[i] in set(forced) else 0.0 for i in range(ns + nc)])
            res = milp(c, constraints=cons, integrality=integrality, bounds=Bounds(low, 1),
                       options={"node_limit": ILP_NODES, "time_limit": ILP_TIME, "disp": False})
    except ValueError:  # HiGHS refuses a degenerate program: the greedy result stands
        return None
    if res.x is None:
        return None
    chosen = [k for i, k in enumerate(cands) if res.x[i] > 0.5]
    if sum(length[k] for k in chosen) > words:
        return None
    return chosen
