"""Stage `duplicates`: link copies of one sentence (syndicated and edited copies).

Two tests, both on normalised text (acronym dots, thousands separators, number
words and "per cent" made one spelling):

- `same_sentence`: near-verbatim -- almost the same characters (rapidfuzz ratio),
  or one wholly inside the other;
- `near_duplicate`: an edited copy -- a token-level alignment (rapidfuzz's Indel
  opcodes over words) in which one sentence is the other with a clause inserted or
  cut, or the same words with the attribution moved or reworded ("the agency's
  safety chief said" / "the agency chief said Monday"; "X, police said" / "Police
  said X").

Both refuse what editing does not do to a copy (`fact_changed`, on the words one
sentence has and the other lacks): a changed or dropped figure, an added or
dropped negation, another day, a content word of one replaced by an unrelated
word of the other (another speaker, verb or place), the shared words in another
order outside a moved attribution, time phrase or passive (`reordered`: swapped
roles, a negation moved to the other verb, figures swapped between nouns) -- and
two sentences that share only a quotation while their own words (who said it,
where) differ.

Up to `EXHAUSTIVE_UP_TO` sentences every pair is compared for `same_sentence`
(rapidfuzz's cdist, in C); candidates for `near_duplicate` are the pairs that
share several word bigrams (an inverted index, so the cost follows the overlap,
not the square). Above that, candidates come from MinHash LSH over word
3-shingles (datasketch) and the same bigram index, so the cost stays near-linear.
A later sentence points to the earliest copy with `duplicate_of`, so every chain
has one root and the summary can credit every article carrying it (`Brief.carriers`).
"""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from newsbrief.lexicon import words as lexicon_words
from newsbrief.model import Brief
from newsbrief.stage import Stage
from newsbrief.text.number_words import CARDINALS, ORDINALS, SCALES, ordinal_value
from newsbrief.timex.grammar import MONTHS, WEEKDAYS, YEAR

NUM_PERM = 64
LSH_THRESHOLD = 0.5  # Jaccard of shingle sets worth a closer look
SAME_AT = 90  # rapidfuzz ratio (0-100) at which two sentences are the same sentence
MIN_WORDS = 5  # shorter sentences ("He said so.") repeat by chance
NEAR_MIN_WORDS = 8  # an edited copy is judged only when the shorter has this many words
EXHAUSTIVE_UP_TO = 3000
SWAP_FROM = 30  # from this many words, one content word may be reworded in a copy
COMMON_BIGRAM = 60  # a bigram in more sentences than this says nothing about a pair

# words whose presence flips or empties a claim (normalise() drops apostrophes)
NEGATIONS = {"not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "without", "denied",
             "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "wont", "cant", "cannot",
             "couldnt", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt"}
_QUOTE = re.compile(r"``.*?''|\"[^\"]*\"|\u201c[^\u201d]*\u201d")
_DIGIT = re.compile(r"\d")


def normalise(text: str) -> str:
    text = re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\.)", r"\1", text)  # "U.N." -> "UN."
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # "12,000" -> "12000"
    text = re.sub(r"(?<=\d)\.(?=\d)", "_", text)  # "4.5" stays one token ("4_5")
    text = text.replace("%", " percent ")
    text = text.lower().replace("``", '"').replace("''", '"')
    text = re.sub(r"[\u201c\u201d\u2018\u2019`']", "", text)
    text = re.sub(r"\s+-", "-", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"\bper cent\b", "percent", text)
    return " ".join(w for word in text.split() for w in _canon(word).split("-") if w.strip("_"))


def _canon(word: str) -> str:
    """One spelling of a figure: "two" -> "2", "twenty-five" -> "25", "third" / "3rd" -> "#3";
    a compound's parts are canonical each ("eight-month" -> "8-month"), since the caller
    splits it ("billion-worth" / "billion worth" are one wording)."""
    if word.isalpha() and word not in CARDINALS and word not in ORDINALS:
        return word
    if word in CARDINALS:
        return str(CARDINALS[word])
    ordinal = ordinal_value(word)  # "third", "3rd"
    if ordinal is not None:
        return f"#{ordinal}"
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in CARDINALS and parts[1] in CARDINALS:
        return str(CARDINALS[parts[0]] + CARDINALS[parts[1]])
    if len(parts) > 1:
        return "-".join(_canon(p) for p in parts if p)
    return word


def shingles(words: list[str], k: int = 3) -> set[str]:
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def same_sentence(a: str, b: str, raw_a: str | None = None, raw_b: str | None = None) -> bool:
    """Near-verbatim: almost the same characters, or one wholly inside the other --
    unless the few words that differ change the fact (`changes_fact`; `raw_a`/`raw_b`,
    the texts as written, show which words are names)."""
    if fuzz.ratio(a, b) >= SAME_AT:
        return not changes_fact(a, b, names_in(raw_a, raw_b))
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 0.6 * len(long_) and fuzz.partial_ratio(short, long_) >= 97
            and not changes_fact(a, b, names_in(raw_a, raw_b)))


# attribution words an editor swaps freely ("said X" / "according to X")
ATTRIBUTION = {"said", "says", "say", "told", "tells", "according", "added", "adds", "stated", "reported"}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(stop words, saying verbs' past forms, day and month words), read on first use:
    spaCy's stop words with the attribution words and the saying verbs' past forms
    (past forms only: "claim", "report", "note", "statement" are also nouns), and the
    date grammar's weekdays and months (abbreviations of three letters left out)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    saying = frozenset(f for v in lexicon_words("saying_verbs") - {"deny"} for f in (v + "d", v + "ed"))
    months = {m for m in MONTHS if len(m) > 3}
    time = frozenset(set(WEEKDAYS) | months | {"today", "yesterday", "tomorrow", "tonight"})
    return frozenset(STOP_WORDS | ATTRIBUTION | saying), saying, time


def _stop(word: str) -> bool:
    return word in _lexicon()[0] or len(word) <= 2


def _time_word(word: str) -> bool:
    """A day or a month: an editor adds one ("said Thursday"); two copies never differ in one."""
    return word in _lexicon()[2]


def _figure(word: str) -> bool:
    return bool(_DIGIT.search(word)) or word in SCALES


def _ordinal(word: str) -> bool:
    return word.startswith("#")


def _cardinal(word: str) -> bool:
    """A count or an amount: a figure that is not an ordinal ("#3", an editor may word
    "the first train of the day" as "the early train")."""
    return _figure(word) and not _ordinal(word)


def _stem(word: str) -> str:
    # a crude suffix strip (hand-written: a real stemmer means importing nltk, seconds
    # of start-up for two word forms): 'moving' / 'moved' / 'moves' -> 'mov'. Kept
    # apart from the project's two other light stemmers (summarize.selector.stem,
    # content_words' stem) on purpose: `_alike` reads prefixes of these stems, and with
    # either of those it answered otherwise for about 80 of the word pairs of the seeds'
    # and dev clusters' vocabulary (3,277 words), some looser ('lines' / 'linen',
    # 'votes' / 'voter' one word: copies linked wrongly), some stricter ('voted' /
    # 'votes' two words)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def _alike(a: str, b: str) -> bool:
    """Two spellings or forms of one word: 'neighbourhood'/'neighborhood', 'Corp'/'Corporation',
    'moving'/'moved', 'centre'/'central' -- the same first letters, not merely similar
    letters ('injured'/'insured', 'killed'/'billed', 'protest'/'protect' are other words)."""
    sa, sb = _stem(a), _stem(b)
    if sa == sb or (min(len(sa), len(sb)) >= 4 and (sa.startswith(sb) or sb.startswith(sa))):
        return True
    common = len(os.path.commonprefix([a, b]))
    return (common >= 5 and common >= 0.8 * min(len(a), len(b))) or (common >= 3 and fuzz.ratio(a, b) >= 85)


@lru_cache(maxsize=256)
def _opcodes(short: tuple[str, ...], long_: tuple[str, ...]):
    """The word alignment of one pair, computed once: `near_duplicate`, `fact_changed`
    and `reordered` each read it for the same pair."""
    return tuple(Indel.opcodes(short, long_))


def _gaps(short: list[str], long_: list[str]):
    """Word alignment of `short` inside `long_`: the aligned stretches and the gaps
    between them as (words of the short one cut, words of the long one put in,
    interior?) -- a gap before the first or after the last stretch is not interior."""
    ops = _opcodes(tuple(short), tuple(long_))
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


def _unpaired(only_s: list[str], only_l: list[str]) -> tuple[list[str], list[str], int]:
    """The words of each side with no form of themselves on the other ('centre' / 'central'
    pair up), and the number of pairs."""
    left = list(only_l)
    kept = []
    for w in only_s:
        hit = next((k for k, v in enumerate(left) if _alike(w, v)), None)
        if hit is None:
            kept.append(w)
        else:
            del left[hit]
    return kept, left, len(only_s) - len(kept)


def fact_changed(short: list[str], long_: list[str], names: frozenset[str] = frozenset()) -> bool:
    """The words one sentence has and the other lacks (counted as bags, so a moved
    attribution is no difference) change what is said: a figure of one for another
    figure of the other, a figure in place of words (a figure only cut or only added,
    with its clause, is an editor's), a negation added or dropped, another day or month, a name of one and another
    name of the other (`names`: words written capitalised; another speaker or place),
    or words swapped for unrelated ones in one place (`_swapped`), or the shared words
    in another order (`reordered`: the bags hide a swap of roles). Words only cut
    ("the agency's safety body" / "the body") or only added (a clause) are an editor's."""
    cs, cl = Counter(short), Counter(long_)
    only_s, only_l = cs - cl, cl - cs
    gaps = _gaps(short, long_)[1]
    if any(w in NEGATIONS for w in only_s) or any(
            w in NEGATIONS for cut, put, interior in gaps if interior or cut for w in put if w in only_l):
        return True  # a negation dropped, or added anywhere but in a clause put before or after
    if any(_figure(w) for w in only_s) and any(_figure(w) for w in only_l):
        return True  # one figure for another ("12" / "15", "six others" / "one other", "first" / "second")
    if any(_figure_for_words(cut, put, only_s, only_l) for cut, put, _interior in gaps):
        return True  # a figure put in place of words ("12 people" / "several people")
    if any(_time_word(w) for w in only_s) and any(_time_word(w) for w in only_l):
        return True  # another day
    names_s, names_l = _unpaired([w for w in only_s if w in names], [w for w in only_l if w in names])[:2]
    if names_s and names_l:
        return True  # another speaker, place or organisation
    return _swapped(gaps, only_s, only_l, names, len(short)) or reordered(short, long_, names)


# words whose place says nothing about who did what: a time phrase moves freely
# ("on Monday the board voted" / "the board voted on Monday")
_TIME_NOUNS = {"year", "years", "week", "weeks", "month", "months", "day", "days", "morning", "afternoon",
               "evening", "night", "weekend", "hour", "hours", "dawn", "noon", "midnight"}
_PASSIVE_AUX = {"was", "were", "been", "being", "is", "are", "be"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
_LINKS = {"of", "in", "at", "for", "from", "on", "over"}  # "the plant in Marrow" / "the Marrow plant"


def reordered(short: list[str], long_: list[str], names: frozenset[str] = frozenset()) -> bool:
    """The words both sentences share stand in another order, outside a moved attribution
    or time phrase: swapped roles ("the tenant owed the landlord" / "the landlord owed the
    tenant"), a negation moved to another verb, figures swapped between nouns. What may
    move: the words of an alignment gap holding a saying verb ("X, officials said" /
    "Officials said X"), time words, a compound's halves ("the plant in Marrow" / "the
    Marrow plant"; "talks between Arlen and Bosk" / "Arlen-Bosk talks"), a title put
    in an apposition to a name (`names`: "Governor Ada Brill" / "Ada Brill, the
    region's governor,") and, in a passive, the agent and the verb ("the storm killed 14" /
    "14 were killed by the storm"). A passive put in without moving the nouns swaps the
    roles ("the man shot the officer" / "the man was shot by the officer") and is a change.
    (Hand-written: no library compares the word order of two near-copies this way.)"""
    free_s, free_l = set(), set()
    for s0, s1, l0, l1 in _blocks(short, long_):
        cut, put = short[s0:s1], long_[l0:l1]
        moved = not any(_says(x) for x in cut) or not any(_says(x) for x in put)
        if moved and (_stranded(short, s0, s1, long_) or _stranded(long_, l0, l1, short)):
            return True  # the speaker stayed where the verb left: another speaker
        if any(_says(x) for x in cut):
            free_s.update(cut)
        if any(_says(x) for x in put):
            free_l.update(put)
    years = {w for w in short + long_ if _YEAR.fullmatch(w)}
    free_s |= years if len(years) == 1 else set()  # "in 1990 the mill closed" / "the mill closed in 1990"
    free_l |= years if len(years) == 1 else set()
    flat_s = _appositive(_unlink(short, long_), long_, names)
    flat_l = _appositive(_unlink(long_, short), short, names)
    seq_s = [w for w in flat_s if _ordered(w) and w not in free_s and w in long_]
    seq_l = [w for w in flat_l if _ordered(w) and w not in free_l and w in short]
    if not _moved(seq_s, seq_l):
        return _passive_flip(short, long_) or _passive_flip(long_, short)
    moving = _passive_words(short, long_) | _passive_words(long_, short)
    return not moving or _moved([w for w in seq_s if w not in moving], [w for w in seq_l if w not in moving])


def _moved(seq_s: list[str], seq_l: list[str]) -> bool:
    """A word left out of the in-order alignment of `seq_s` and `seq_l` on one side and
    put in on the other: it stands elsewhere relative to the rest. (A word only one side
    has more copies of -- a mis-split sentence glued to the next -- is an insertion.)"""
    cut: Counter[str] = Counter()
    put: Counter[str] = Counter()
    for op in Indel.opcodes(seq_s, seq_l):
        if op.tag != "equal":
            cut.update(seq_s[op.src_start:op.src_end])
            put.update(seq_l[op.dest_start:op.dest_end])
    return bool(cut & put)


def _blocks(short: list[str], long_: list[str]) -> list[tuple[int, int, int, int]]:
    """The alignment's gaps as spans (start, end in the short one, start, end in the long
    one), two gaps apart by only an article or a preposition made one ("according to |
    the | coastguard")."""
    blocks: list[tuple[int, int, int, int]] = []
    span: list[int] | None = None
    ops = _opcodes(tuple(short), tuple(long_))
    for k, op in enumerate(ops):
        run = short[op.src_start:op.src_end]
        glue = (op.tag == "equal" and 0 < k < len(ops) - 1 and len(run) <= 2
                and all(w in _DETERMINERS or w in _LINKS or w == "to" for w in run))
        if op.tag != "equal" or glue:
            if span is None:
                span = [op.src_start, op.src_end, op.dest_start, op.dest_end]
            span[1], span[3] = op.src_end, op.dest_end
        elif span is not None:
            blocks.append((span[0], span[1], span[2], span[3]))
            span = None
    if span is not None:
        blocks.append((span[0], span[1], span[2], span[3]))
    return blocks


_PRONOUNS = {"it", "he", "she", "they", "we", "i"}


def _stranded(words: list[str], start: int, end: int, other: list[str]) -> bool:
    """The block `words[start:end]` moves a saying verb (`other` has it elsewhere) but
    leaves its speaker behind, in the middle of the sentence: "the rebels [said the army]
    had attacked" / "the rebels had attacked ..., the army said" -- unless a pronoun after
    the verb takes the speaker along ("the bank [said it would] close" / "the bank will
    close, it said"). A verb only dropped ("150, said the chief" / "150, the chief") is no move."""
    block = words[start:end]
    verb = next((k for k, w in enumerate(block) if _says(w)), None)
    if verb is None or end >= len(words) or block[verb] not in other or any(_ordered(w) for w in block[:verb]):
        return False
    if any(w in _PRONOUNS for w in block[verb + 1:]):
        return False
    before = [w for w in words[:start] if w not in _DETERMINERS]
    return bool(before) and _ordered(before[-1])


def _says(word: str) -> bool:
    return word in ATTRIBUTION or word in _lexicon()[1] or word in _REPORTING


# irregular past tenses of reporting verbs the saying lexicon's "+d/+ed" forms miss
_REPORTING = {"found", "wrote", "showed", "shown", "finds", "writes", "shows", "thought", "spoke"}


_YEAR = re.compile(YEAR)


def _ordered(word: str) -> bool:
    """A word whose place matters: a content word, a name, a figure or a negation --
    not a time word, nor an adverb in -ly ("could not confirm it independently" /
    "could not independently confirm it")."""
    if _time_word(word) or word in _TIME_NOUNS or (len(word) > 5 and word.endswith("ly")):
        return False
    return word in NEGATIONS or _figure(word) or not _stop(word)


def _unlink(mine: list[str], other: list[str]) -> list[str]:
    """`mine` with each "A (in|of|..) (the) B" that `other` writes "B A" put as "B A"
    (A, B one to three words): "the plant in Marrow" / "the Marrow plant", "protests
    in the old square in 1990" / "the 1990 old square protests"."""
    joined = f" {' '.join(other)} "
    out = list(mine)
    k = 0
    while k < len(out):
        for la in (1, 2, 3):
            link = k + la
            if link >= len(out) or out[link] not in _LINKS:
                continue
            start = link + 1 + (link + 1 < len(out) and out[link + 1] in _DETERMINERS)
            hit = next((lb for lb in (3, 2, 1) if start + lb <= len(out)
                        and f" {' '.join(out[start:start + lb] + out[k:link])} " in joined), None)
            if hit:
                out[k:start + hit] = out[start:start + hit] + out[k:link]
                break
        else:
            _between(out, k, other)
        k += 1
    return out


def _found(words: list[str], other: list[str]) -> bool:
    """`words` stand one after another in `other`, each as itself or another form of it
    ('Arlen'/'Arlenian')."""
    n = len(words)
    return any(all(_alike(w, o) for w, o in zip(words, other[i:i + n])) for i in range(len(other) - n + 1))


def _between(out: list[str], k: int, other: list[str]) -> None:
    """In place: "A between B and C" (A one to three words from `k`, B and C one or two
    words) put as "B C A" or "C B A" when `other` writes it so ("talks between Arlen and
    Bosk" / "Arlenian-Bosk talks": the pair is unordered in both). A word must stand for
    each of B and C in `other`, so "talks between Arlen and Bosk" / "Arlen talks" is no
    compound."""
    for la in (1, 2, 3):
        at = k + la
        if at >= len(out) or out[at] != "between" or not all(_ordered(w) for w in out[k:at]):
            continue
        start = at + 1 + (at + 1 < len(out) and out[at + 1] in _DETERMINERS)
        for lb in (1, 2):
            if start + lb >= len(out) or out[start + lb] != "and":
                continue
            c0 = start + lb + 1 + (start + lb + 1 < len(out) and out[start + lb + 1] in _DETERMINERS)
            for lc in (2, 1):
                b, c, a = out[start:start + lb], out[c0:c0 + lc], out[k:at]
                if len(c) < lc:
                    continue
                for order in (b + c + a, c + b + a):
                    if _found(order, other):
                        out[k:c0 + lc] = order
                        return


def _appositive(mine: list[str], other: list[str], names: frozenset[str]) -> list[str]:
    """`mine` with a title in apposition after a name ("ada brill the region's new governor")
    moved before it when `other` writes it there ("governor ada brill"): one to three
    words of name ending in a word written capitalised (`names`), then an article and
    up to five words ending in the title. Only the title moves, and only next to the same
    name in `other`: "Ada Brill, the governor, thanked Tom Reyes" / "Governor Tom Reyes
    thanked Ada Brill" keeps the swapped roles."""
    out = list(mine)
    for j, w in enumerate(mine):
        if w not in ("the", "a", "an") or j == 0 or mine[j - 1] not in names:
            continue
        for ln in (3, 2, 1):
            name = mine[max(0, j - ln):j]
            hit = next((t for t in range(j + 1, min(j + 6, len(mine)))
                        if _ordered(mine[t]) and _found([mine[t]] + name, other)), None)
            if hit is not None:
                title = mine[hit]
                out = mine[:j - len(name)] + [title] + name + mine[j:hit] + mine[hit + 1:]
                return out
    return out


def _passive(words: list[str], other: list[str]) -> tuple[list[str], list[str]]:
    """A passive of `words` the `other` lacks: the verbs after a new auxiliary ("were
    killed") and the agent's words after a new "by" ("by the storm")."""
    if "by" not in words or words.count("by") <= other.count("by"):
        return [], []
    verbs = [words[k + 1] for k in range(len(words) - 1)
             if words[k] in _PASSIVE_AUX and words.count(words[k]) > other.count(words[k])
             and _ordered(words[k + 1]) and words[k + 1] in other]
    agent = []
    for k, w in enumerate(words):
        if w == "by":
            rest = words[k + 1:k + 5]
            while rest and rest[0] in _DETERMINERS:
                rest.pop(0)
            for x in rest:
                if not _ordered(x):
                    break
                agent.append(x)
    return (verbs, [a for a in agent if a in other]) if verbs else ([], [])


def _passive_words(words: list[str], other: list[str]) -> set[str]:
    verbs, agent = _passive(words, other)
    return set(verbs) | set(agent) if verbs and agent else set()


def _passive_flip(words: list[str], other: list[str]) -> bool:
    """`words` put a verb of `other` in the passive with an agent that, in `other`, stands
    after the verb (its object): the roles are swapped."""
    verbs, agent = _passive(words, other)
    if not verbs or not agent:
        return False
    return any(other.index(a) > other.index(v) for a in agent for v in verbs)


def _figure_for_words(cut: list[str], put: list[str], only_s: Counter, only_l: Counter) -> bool:
    """In one gap, a figure (of one sentence only) stands where the other has words --
    other than forms of the gap's own words ('Corp.' / 'Corporation' beside a glued clause)."""
    cut_rest, put_rest, _ = _unpaired(cut, put)
    return (any(_cardinal(w) and only_s[w] for w in cut_rest) and bool(put_rest)) or (
        any(_cardinal(w) and only_l[w] for w in put_rest) and bool(cut_rest))


def _swapped(gaps, only_s: Counter, only_l: Counter, names: frozenset[str], words: int) -> bool:
    """In one place of the alignment, content words of one sentence replaced by
    unrelated content words of the other ('rose'/'fell', 'man'/'woman'; a word found
    elsewhere in the other sentence was moved, not replaced). One such word put for
    others is an editor's rewording in a sentence of `SWAP_FROM` words or more ("a
    tense meeting" / "a heated meeting"), never when it is a name."""
    left_s, left_l = Counter(only_s), Counter(only_l)
    swaps = 0
    for cut, put, _interior in gaps:
        cut_w = [w for w in cut if left_s[w] > 0 and _content(w)]
        put_w = [w for w in put if left_l[w] > 0 and _content(w)]
        left_s.subtract(cut_w)
        left_l.subtract(put_w)
        rest_c, rest_p, _ = _unpaired(cut_w, put_w)
        if rest_c and rest_p:
            if any(w in names for w in rest_c + rest_p):
                return True
            swaps += min(len(rest_c), len(rest_p))
    return swaps > (1 if words >= SWAP_FROM else 0)


def _content(word: str) -> bool:
    return not (_stop(word) or _time_word(word) or _cardinal(word))


def names_in(*texts: str | None) -> frozenset[str]:
    """The words written capitalised after a sentence's first word, normalised: names."""
    return frozenset().union(*(_names_of(t) for t in texts if t))


@lru_cache(maxsize=8192)
def _names_of(text: str) -> frozenset[str]:
    found = re.findall(r"(?<=[\w,;:)] )[A-Z][\w'\u2019-]*", text)
    return frozenset(normalise(" ".join(found)).split())


def changes_fact(a: str, b: str, names: frozenset[str] = frozenset()) -> bool:
    """The words that differ between `a` and `b` (normalised) change what is said."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return fact_changed(short, long_, names)


def near_duplicate(a: str, b: str, raw_a: str | None = None, raw_b: str | None = None) -> bool:
    """`a` and `b` (normalised) are one sentence, one an edited copy of the other.

    Aligned word by word, the shorter must be nearly all inside the longer, in order
    and in a compact stretch of it (a clause inserted or cut); or, counted as bags of
    words (an attribution moved to the other end, words reordered), both must be
    mostly shared with 40% of the shorter in order. `fact_changed` must not hold.
    `raw_a`/`raw_b`, the texts as written, let two sentences that share only a
    quotation be told apart."""
    ta, tb = a.split(), b.split()
    (short, raw_s), (long_, raw_l) = sorted(((ta, raw_a), (tb, raw_b)), key=lambda x: len(x[0]))
    if len(short) < NEAR_MIN_WORDS:
        return False
    equal, _ = _gaps(short, long_)
    if not equal:
        return False
    in_order = sum(op.src_end - op.src_start for op in equal)
    if in_order < 0.4 * len(short) or fact_changed(short, long_, names_in(raw_s, raw_l)):
        return False
    if raw_s and raw_l and _only_quote_shared(raw_s, raw_l):
        return False
    span = equal[-1].dest_end - equal[0].dest_start
    if in_order >= 0.9 * len(short) and span <= 1.5 * len(short) + 4:
        return True  # one inside the other: a clause inserted or cut, or a mis-split
    cs, cl = Counter(short), Counter(long_)
    _, _, pairs = _unpaired(list((cs - cl).elements()), list((cl - cs).elements()))
    shared = sum((cs & cl).values()) + pairs
    return shared >= 0.8 * len(short) and shared >= 0.7 * len(long_)


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
            if (scores[j, i] and same_sentence(norm, texts[i], s.text, root.text)) or near_duplicate(
                    norm, texts[i], s.text, root.text):
                s.duplicate_of = root.id
                break


def _run_lsh(brief: Brief) -> None:
    # imported here: datasketch pulls in scipy (~1.5 s of start-up), and only a
    # cluster above EXHAUSTIVE_UP_TO sentences needs it
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    first = MinHash(num_perm=NUM_PERM)  # its permutations are drawn once, not per sentence (same seed)
    items = [(s, normalise(s.text)) for s in brief.sentences]
    items = [(s, n) for s, n in items if len(n.split()) >= MIN_WORDS]
    # shingle Jaccard misses an edited copy (a clause put in, the attribution moved):
    # the bigram index finds those, as on the exhaustive path
    near = _bigram_candidates([n for _, n in items])
    roots: dict[str, int] = {}  # root id -> its position in `items`
    for j, (s, norm) in enumerate(items):
        mh = MinHash(num_perm=NUM_PERM, permutations=first.permutations, scheme=first.scheme)
        mh.update_batch([sh.encode() for sh in shingles(norm.split())])
        close = {roots[c] for c in lsh.query(mh)} | {i for i in near[j] if items[i][0].id in roots}
        # the earliest copy in reading order (positions in `items` are reading order)
        match = next((i for i in sorted(close) if same_sentence(norm, items[i][1], s.text, items[i][0].text)
                      or near_duplicate(norm, items[i][1], s.text, items[i][0].text)), None)
        if match is not None:
            s.duplicate_of = items[match][0].id
            continue  # only roots are indexed, so chains stay one level deep
        roots[s.id] = j
        lsh.insert(s.id, mh)


STAGE = Stage("duplicates", run, requires=("sentences",), provides=("duplicates",))
