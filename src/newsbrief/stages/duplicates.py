"""Stage `duplicates`: link copies of one sentence (syndicated and edited copies).

Two tests, both on normalised text:

- `same_sentence`: near-verbatim -- almost the same characters (rapidfuzz ratio),
  or one wholly inside the other;
- `near_duplicate`: an edited copy -- a token-level alignment (rapidfuzz's Indel
  opcodes over words) in which one sentence is the other with a clause inserted or
  cut, or with a few words changed ("the agency's safety chief" / "the agency chief
  said Monday"). It refuses what editing does not do to a copy: a changed or
  dropped figure, an added or dropped negation, a content word swapped for
  another, and two sentences that share only a quotation while their own words
  (who said it, where) differ.

Up to `EXHAUSTIVE_UP_TO` sentences every pair is compared for `same_sentence`
(rapidfuzz's cdist, in C), and candidates for `near_duplicate` are the pairs that
share several word bigrams (an inverted index, so the cost follows the overlap,
not the square); above that, candidates come from MinHash LSH over word
3-shingles (datasketch), so the cost stays near-linear. A later sentence points to
the earliest copy with `duplicate_of`, so every chain has one root and the summary
can credit every article carrying it (`Brief.carriers`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from newsbrief.model import Brief
from newsbrief.stage import Stage

NUM_PERM = 64
LSH_THRESHOLD = 0.5  # Jaccard of shingle sets worth a closer look
SAME_AT = 90  # rapidfuzz ratio (0-100) at which two sentences are the same sentence
MIN_WORDS = 5  # shorter sentences ("He said so.") repeat by chance
NEAR_MIN_WORDS = 8  # an edited copy is judged only when the shorter has this many words
EXHAUSTIVE_UP_TO = 3000
SWAP_FROM = 20  # from this many words, one content word may be reworded in a copy
COMMON_BIGRAM = 60  # a bigram in more sentences than this says nothing about a pair

# words whose presence flips or empties a claim (normalise() drops apostrophes)
NEGATIONS = {"not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "without", "denied",
             "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "wont", "cant", "cannot",
             "couldnt", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt"}
_NUMBER = re.compile(r"^\d[\d.]*$")
_QUOTE = re.compile(r"``.*?''|\"[^\"]*\"|\u201c[^\u201d]*\u201d")


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
    """Near-verbatim: almost the same characters, or one wholly inside the other --
    unless the few words that differ change the fact (`changes_fact`)."""
    if fuzz.ratio(a, b) >= SAME_AT:
        return not changes_fact(a, b)
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 0.6 * len(long_) and fuzz.partial_ratio(short, long_) >= 97 and not changes_fact(a, b)


# attribution words an editor swaps freely ("said X" / "according to X")
ATTRIBUTION = {"said", "says", "say", "told", "tells", "according", "added", "adds", "stated", "reported"}


_STOPS: frozenset[str] | None = None


def _stop(word: str) -> bool:
    global _STOPS
    if _STOPS is None:
        from spacy.lang.en.stop_words import STOP_WORDS

        _STOPS = frozenset(STOP_WORDS | ATTRIBUTION)
    return word in _STOPS or len(word) <= 2


def _alike(a: str, b: str) -> bool:
    """Two spellings of one word: 'neighbourhood'/'neighborhood', 'Minn'/'Minnesota'."""
    return fuzz.ratio(a, b) >= 80 or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _gaps(short: list[str], long_: list[str]):
    """Word alignment of `short` inside `long_`: the aligned stretches and the gaps
    between them as (words of the short one cut, words of the long one put in,
    interior?) -- a gap before the first or after the last stretch is not interior."""
    ops = list(Indel.opcodes(short, long_))
    equal = [op for op in ops if op.tag == "equal"]
    gaps: list[tuple[list[str], list[str], bool]] = []
    cut: list[str] = []
    put: list[str] = []
    seen_equal = False
    for op in ops:
        if op.tag == "equal":
            if cut or put:
                gaps.append((cut, put, seen_equal))
            seen_equal = True
            cut, put = [], []
        else:
            cut += short[op.src_start:op.src_end]
            put += long_[op.dest_start:op.dest_end]
    if cut:
        gaps.append((cut, put, False))
    return equal, gaps


def _fact_changed(gaps, words: int) -> bool:
    """A gap changes the fact: a negation or a figure, or a swapped content word --
    one swap is an editor's rewording in a sentence of `SWAP_FROM` words or more
    ("second floor" / "upper floor"), not in a shorter one."""
    swaps = 0
    for cut, put, interior in gaps:
        if any(w in NEGATIONS for w in cut) or (interior and any(w in NEGATIONS for w in put)):
            return True  # a negation added or dropped
        if any(_NUMBER.match(w) for w in cut):
            return True  # a figure of the short one is not in the long one
        if interior and cut and any(_NUMBER.match(w) for w in put):
            return True  # a figure replaced
        if cut and put:  # words of one swapped for words of the other (at an edge: the subject)
            content_put = [w for w in put if not _stop(w)]
            swaps += sum(1 for c in cut if not _stop(c) and not any(_alike(c, p) for p in content_put))
    return swaps > (1 if words >= SWAP_FROM else 0)


def changes_fact(a: str, b: str) -> bool:
    """The words that differ between `a` and `b` (normalised) change what is said:
    a figure, a negation, or a content word swapped for an unrelated one."""
    ta, tb = a.split(), b.split()
    short, long_ = sorted((ta, tb), key=len)
    return _fact_changed(_gaps(short, long_)[1], len(short))


def near_duplicate(a: str, b: str, raw_a: str | None = None, raw_b: str | None = None) -> bool:
    """`a` and `b` (normalised) are one sentence, one an edited copy of the other.

    Aligned word by word, the shorter must be nearly all inside the longer, in order
    and in a compact stretch of it (a clause inserted or cut), or both must be mostly
    shared (a few words reworded). No gap may change a figure or a negation, or
    swap a content word for an unrelated one. `raw_a`/`raw_b`, the texts as written,
    let two sentences that share only a quotation be told apart."""
    ta, tb = a.split(), b.split()
    (short, raw_s), (long_, raw_l) = sorted(((ta, raw_a), (tb, raw_b)), key=lambda x: len(x[0]))
    if len(short) < NEAR_MIN_WORDS:
        return False
    equal, gaps = _gaps(short, long_)
    if not equal:
        return False
    matched = sum(op.src_end - op.src_start for op in equal)
    cov_s, cov_l = matched / len(short), matched / len(long_)
    if cov_s < 0.8 or _fact_changed(gaps, len(short)):
        return False
    if raw_s and raw_l and _only_quote_shared(raw_s, raw_l):
        return False
    span = equal[-1].dest_end - equal[0].dest_start
    if cov_s >= 0.9 and span <= 1.5 * len(short) + 4:
        return True  # one inside the other: a clause inserted or cut, or a mis-split
    return cov_l >= 0.7


def _only_quote_shared(a: str, b: str) -> bool:
    """Both quote the same words but their own words (speaker, setting) differ."""
    qa, qb = _QUOTE.findall(a), _QUOTE.findall(b)
    if not qa or not qb:
        return False
    out_a = normalise(_QUOTE.sub(" ", a)).split()
    out_b = normalise(_QUOTE.sub(" ", b)).split()
    if len(out_a) < 2 or len(out_b) < 2:
        return False
    shared = Indel.opcodes(out_a, out_b)
    same = sum(op.src_end - op.src_start for op in shared if op.tag == "equal")
    return same < 0.5 * min(len(out_a), len(out_b))


def run(brief: Brief, ctx=None) -> None:
    if len(brief.sentences) <= EXHAUSTIVE_UP_TO:
        # the all-pairs ratios on every core, unless the run is told to keep to one
        # (a server thread or a Dask worker already is the parallelism)
        _run_exhaustive(brief, workers=1 if ctx is not None and ctx.config.parse.processes == 1 else -1)
    else:
        _run_lsh(brief)


def _bigram_candidates(texts: list[str]) -> dict[int, set[int]]:
    """For each sentence, the earlier ones sharing several informative word bigrams."""
    grams = []
    index: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(texts):
        words = t.split()
        stop = [_stop(w) for w in words]
        g = {f"{words[k]} {words[k + 1]}" for k in range(len(words) - 1) if not (stop[k] and stop[k + 1])}
        grams.append(g)
        for gram in g:
            index[gram].append(i)
    out: dict[int, set[int]] = {}
    for j, g in enumerate(grams):
        shared: Counter[int] = Counter()
        for gram in g:
            posting = index[gram]
            if len(posting) > COMMON_BIGRAM:
                continue
            for i in posting:
                if i >= j:
                    break
                shared[i] += 1
        need = lambda i: max(3, 0.3 * min(len(g), len(grams[i])))  # noqa: E731
        out[j] = {i for i, n in shared.items() if n >= need(i)}
    return out


def _run_exhaustive(brief: Brief, workers: int = 1) -> None:
    items = [(s, normalise(s.text)) for s in brief.sentences]
    items = [(s, n) for s, n in items if len(n.split()) >= MIN_WORDS]
    if len(items) < 2:
        return
    texts = [n for _, n in items]
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=60, workers=workers)
    near = _bigram_candidates(texts)
    for j, (s, norm) in enumerate(items):
        # the earlier sentences with a ratio above the cut-off or shared bigrams, in
        # order (the first match is the earliest); the rest cannot match
        close = set(scores[j, :j].nonzero()[0].tolist()) | near[j]
        for i in sorted(close):
            root = items[i][0]
            if root.duplicate_of is not None:
                continue
            if (scores[j, i] and same_sentence(norm, texts[i])) or (
                    i in near[j] and near_duplicate(norm, texts[i], s.text, root.text)):
                s.duplicate_of = root.id
                break


def _run_lsh(brief: Brief) -> None:
    # imported here: datasketch pulls in scipy (~1.5 s of start-up), and only a
    # cluster above EXHAUSTIVE_UP_TO sentences needs it
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    normal = {}
    raw = {}
    rank = {s.id: i for i, s in enumerate(brief.sentences)}  # reading order
    for s in brief.sentences:
        norm = normalise(s.text)
        words = norm.split()
        if len(words) < MIN_WORDS:
            continue
        mh = MinHash(num_perm=NUM_PERM)
        mh.update_batch([sh.encode() for sh in shingles(words)])
        candidates = [c for c in lsh.query(mh)
                      if same_sentence(norm, normal[c]) or near_duplicate(norm, normal[c], s.text, raw[c])]
        if candidates:
            # link to the earliest copy in reading order
            s.duplicate_of = min(candidates, key=rank.__getitem__)
            continue  # only roots are indexed, so chains stay one level deep
        normal[s.id] = norm
        raw[s.id] = s.text
        lsh.insert(s.id, mh)


STAGE = Stage("duplicates", run, requires=("sentences",), provides=("duplicates",))
