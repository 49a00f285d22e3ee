"""Content words of a claim or sentence, for telling whether two texts state the same
proposition: lowercase words of three letters or more, stop words out, crudely stemmed ("leaked" / "leaks" / "leak" one word). Shared by `conflicts` (which
denial meets which assertion) and `claims` (a negated statement is a denial only when
another speaker asserts the same thing).
"""
from __future__ import annotations

import re

from newsbrief.lexicon import REPORT_VERBS

STOP = set("""a an the and or but of to in on at by for with from as is are was were be been being has have had
do does did not no it its it's this that these those there their they them he she his her we our you your i
said say says saying told tell added denied deny denies officially claims claim claimed which who whom what when
where while after before also than then so such over under into out up about against between during would could
should will can may might must just only very more most other some any all each both one two three
""".split())


def _stem(w):
    w = w.lower().strip("'\u2019")
    for suf in ("ing", "ed", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def _words(text):
    return {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z\-]+", text or "") if w.lower() not in STOP and len(w) > 2}


def _without_names(text: str) -> str:
    """The text without its capitalised words after the first: the names in it."""
    words = (text or "").split()
    return " ".join(words[:1] + [w for w in words[1:] if not w[:1].isupper()])


# words that negate a statement without naming what it is about ("had never leaked",
# "made no such request", "nothing was found"): two statements differing only in them
# state the same proposition, one negated
NEGATIONS = {"never", "none", "nobody", "nothing", "neither", "nor", "no", "not", "n't", "such", "ever"}


# the stems of the verbs of saying: "are reporting that" / "her quoted version" share no content
REPORTING_STEMS = frozenset(_stem(v) for v in REPORT_VERBS)
OPPOSED_MIN_WORDS = 3  # a proposition is named by at least three content words that are no names


def same_proposition(a: set, b: set) -> bool:
    """Most content words shared (`proposition_words` of two texts): at least
    OPPOSED_MIN_WORDS, and more than half of each text's (a long quote sharing a few
    words with a short claim restates neither)."""
    shared = len(a & b)
    return shared >= OPPOSED_MIN_WORDS and 2 * shared > max(len(a), len(b))


def proposition_words(text: str, drop=frozenset()) -> set[str]:
    """Content words of what a claim states, without its names (capitalised words after
    the first), its negations and the stems in `drop` (reporting verbs): what a negated
    statement and an un-negated one must share to be one proposition."""
    return {w for w in _words(_without_names(text)) if w not in NEGATIONS} - set(drop)



_NEGATORS = (NEGATIONS - {"such", "ever", "n't"}) | {"cannot"}  # words that open a negation
_BETWEEN = {"be", "been", "being", "have", "had", "yet", "ever", "even", "once", "always", "actually", "fully",
            "publicly", "immediately", "a", "an", "the", "to"}
# verbs of telling: "had not told the board about the spill" negates the telling, not the spill
_TELLING = ("tell", "told", "say", "said", "inform", "notif", "report", "disclos", "mention", "reveal",
            "confirm", "announc", "warn", "admit", "acknowledg", "deny", "denied")


def holds_negation(text: str) -> bool:
    """Does the text hold a negation anywhere ("No signs were found. The death is not ...",
    "had been inspected and had never leaked"), not only on its main predicate?"""
    for w in re.findall(r"[A-Za-z][A-Za-z\-'\u2019]*", text or ""):
        low = w.lower().replace("\u2019", "'")
        if low in _NEGATORS or low == "without" or low.endswith("n't"):
            return True
    return False


def negates_telling(text: str) -> bool:
    """Is the statement's first negation about telling rather than the deed ("had not
    told regulators about the waste it dumped", "did not disclose that ...")? Such a
    statement shares the deed's words without negating it, so it opposes no one who
    asserts the deed."""
    words = re.findall(r"[A-Za-z][A-Za-z\-']*", text or "")
    for i, w in enumerate(words):
        low = w.lower().replace("\u2019", "'")
        if low in _NEGATORS or low.endswith("n't"):
            for nxt in words[i + 1:i + 5]:
                n = nxt.lower()
                if n in _BETWEEN:
                    continue
                return n.startswith(_TELLING)
            return False
    return False
