"""Stage `events`: sentences reporting the same happening, grouped into dated events.

1. Each sentence gets the date of the happening it reports (`happening_date`): the
   day-level times found by `times`, preferring a date attached to a non-reporting
   verb ("confirmed on Tuesday that the quay was sealed on 4 March" -> 4 March).
   A sentence whose only dates lie far before its article's publication date is
   background: it joins no event of the news, but background sentences naming the
   same past date and alike form an event of that date ("1954"), added last.
2. Dated sentences (duplicates counted with their original) join an event with an
   overlapping date and similar content (IDF-weighted words, entities, numbers),
   else start one.
3. Undated sentences join the most similar event whose date lies within their
   article's storyline: between `story_days` before and a day after the
   publication date (without a publication date: only events that already hold a
   dated sentence of the same article). A sentence naming a weekday that could not
   be resolved (its article has no date) joins the most similar one-day event that
   fell on that weekday. An article without a date that names no day adopts the
   storyline two or more of its sentences point to (copies of, or sentences close
   to, dated events within `story_days`), read as published on its last day.
   Undated sentences that match no event but
   match each other across articles form an event dated by the publication date.
   A sentence still left joins the event of its closest placed sentence (as alike
   as two undated sentences forming an event), or of the sentence before it when it
   goes on from it (a shared name, an opener pointing back).
4. Events are ordered as a timeline; an event's id hashes the id of its first
   sentence (`ids.event_id`), not its rank. Titles are the main clause of the most
   central sentence, trimmed (no invented words).
"""
from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterator

from newsbrief.config import EventSettings
from newsbrief.context import Context
from newsbrief.model import Brief, Event
from newsbrief.ids import Unique, event_id
from newsbrief.lexicon import words
from newsbrief.text.number_words import CARDINALS
from newsbrief.text.tokens import token_at
from newsbrief.stage import Stage
from newsbrief.summarize.readability import CAPTION, has_finite_verb
from newsbrief.timex.grammar import WD, WEEKDAYS, dateline_end, tense, to_date

BACKGROUND_DAYS = EventSettings.background_days  # a date this much older than publication is background

REPORTING = {"say", "tell", "report", "confirm", "announce", "add", "note", "claim", "state", "write",
             "post", "explain", "describe", "quote", "cite", "accord", "insist", "reveal", "disclose",
             "acknowledge", "admit", "stress", "warn", "comment", "argue", "suggest", "assert"}
SYNONYMS = {}
for _canon, _words in {
    "die": "kill die death dead fatality casualty toll perish killing slay fatal drown",
    "injure": "injure wound injury hurt wounded",
    "attack": "attack assault strike airstrike raid offensive shelling shell bomb bombing bombard "
              "bombardment",
    "fight": "fight fighting clash battle combat engagement skirmish",
    "arrest": "arrest detain detention custody",
    "meet": "meet meeting talk talks summit",
    "protest": "protest demonstration rally demonstrator protester",
    "fire": "fire blaze flame inferno",
    "flood": "flood floodwater flooding inundate deluge",
    "quake": "earthquake quake tremor aftershock",
    "storm": "storm hurricane typhoon cyclone tornado",
    "crash": "crash collide collision derail derailment",
    "explode": "explode explosion blast detonate detonation",
}.items():
    for _w in _words.split():
        SYNONYMS[_w] = _canon
STOP = {"be", "have", "do", "also", "other", "more", "most", "many", "much", "such", "which", "who",
        "what", "that", "this", "these", "those", "there", "here", "one", "any", "some", "time", "way",
        "year", "day", "week", "month", "people", "thing", "lot", "part", "number", "news", "medium",
        "official", "statement", "get", "make", "take", "go", "come", "see", "know", "well", "just",
        "only", "even", "still", "not", "however", "according", "reportedly"}
SMALL_NUMBERS = {w: str(v) for w, v in CARDINALS.items() if v <= 20}
# words telling that a sentence reports a recurrence, not the happening told elsewhere
RECURRENCE = {"again", "new", "second", "another", "fresh", "renewed", "latest", "repeat", "third"}
_WEEKDAY_WORD = re.compile(r"\b(%s)\b" % WD)
DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:/(\d{4}|XXXX)-(\d{2})-(\d{2}))?$")


@dataclass
class Span:
    """A day or a range of days; `year_known` False for XXXX values (compared on 2000)."""
    start: date
    end: date
    year_known: bool = True

    def overlaps(self, other: "Span", slack: int = 0) -> bool:
        if self.year_known != other.year_known:
            return False
        return self.start <= other.end + timedelta(days=slack) and other.start <= self.end + timedelta(days=slack)

    def value(self, d: date) -> str:
        return d.isoformat() if self.year_known else "XXXX" + d.isoformat()[4:]


def parse_span(value: str | None) -> Span | None:
    m = DAY_VALUE.match(value or "")
    if not m:
        return None
    known = m[1] != "XXXX"
    y = int(m[1]) if known else 2000
    try:
        start = date(y, int(m[2]), int(m[3]))
        if m[4]:
            y2 = int(m[4]) if m[4] != "XXXX" else 2000
            end = date(y2, int(m[5]), int(m[6]))
        else:
            end = start
    except ValueError:
        return None
    if end < start or (end - start).days > 31:
        return None
    return Span(start, end, known)


def coarse_end(value: str | None) -> date | None:
    """The last day of a month / year / range value (for background tests)."""
    v = (value or "").split("/")[-1]
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", v)
    if not m:
        return None
    y = int(m[1])
    if m[3]:
        return date(y, int(m[2]), int(m[3]))
    if m[2]:
        mo = int(m[2])
        return (date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1))
    return date(y, 12, 31)


def compatible(a: set, b: set) -> bool:
    """Do two sets of (year|None, month) lie within a month of each other, pairwise?"""
    for ya, ma in a:
        for yb, mb in b:
            if ya is not None and yb is not None:
                if abs((ya * 12 + ma) - (yb * 12 + mb)) > 1:
                    return False
            elif min((ma - mb) % 12, (mb - ma) % 12) > 1:
                return False
    return True


@dataclass
class Cluster:
    span: Span | None
    members: list[str] = field(default_factory=list)  # root sentence ids
    dated: list[str] = field(default_factory=list)
    articles: set = field(default_factory=set)  # articles with a dated member
    value: str | None = None  # a background event's own date as written ("1954", "1987-06")
    value_end: str | None = None  # its last year when it names a range ("the 1980s": 1980 to 1989)


# -- features ----------------------------------------------------------------------------

def skeleton(word: str) -> str:
    """A spelling-tolerant key for names: "Velmour" and "Velmor" meet."""
    w = re.sub(r"[^a-z]", "", word.lower())
    w = re.sub(r"(.)\1+", r"\1", w)
    return (w[0] + re.sub(r"[aeiouy]", "", w[1:])) if w else w


def features(ctx: Context, sid: str, text: str) -> Counter:
    doc = ctx.doc(sid)
    if doc is not None:
        return _doc_features(doc)
    feats: Counter = Counter()
    for w in re.findall(r"[A-Za-z][A-Za-z'-]+|\d[\d,.]*", text):
        lw = w.lower()
        if len(lw) < 3 or lw in STOP:
            continue
        feats[("N:" + skeleton(w)) if w[0].isupper() else ("W:" + SYNONYMS.get(lw, lw))] += 1
    return feats


def _doc_features(doc) -> Counter:
    feats: Counter = Counter()
    for t in doc:
        if t.is_stop or t.is_punct or t.like_url:
            continue
        if t.like_num:
            if t.ent_type_ in ("DATE", "TIME"):
                continue
            if re.fullmatch(r"[\d.,]+", t.text):
                feats["#:" + t.text.replace(",", "")] += 1
            elif t.lower_ in SMALL_NUMBERS:
                feats["#:" + SMALL_NUMBERS[t.lower_]] += 1
        elif t.lower_ in SYNONYMS and t.pos_ in ("PROPN", "NOUN", "VERB", "ADJ"):
            feats["W:" + SYNONYMS[t.lower_]] += 1
        elif t.pos_ == "PROPN" or (t.ent_type_ and t.pos_ not in ("VERB", "AUX")):
            if t.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL"):
                continue
            key = skeleton(t.text)
            if len(key) >= 2:
                feats["N:" + key] += 1
        elif t.pos_ in ("NOUN", "VERB", "ADJ"):
            lemma = t.lemma_.lower()
            if lemma in STOP or lemma in REPORTING or len(lemma) < 3:
                continue
            feats["W:" + SYNONYMS.get(lemma, lemma)] += 1
    return feats


def entity_features(brief: Brief) -> dict[str, Counter]:
    """Sentence -> its entities as features. An entity named in one sentence only links
    no two sentences; as a feature it would only dilute that sentence's vector, so that
    naming one more body in a sentence could move it to another event: left out."""
    out: dict[str, Counter] = {}
    for e in brief.entities or []:
        if len({m.sentence for m in e.mentions}) < 2:
            continue
        for m in e.mentions:
            out.setdefault(m.sentence, Counter())["E:" + e.id] += 1
    return out


class Similarity:
    """Cosine similarity of sentences' IDF-weighted feature vectors.

    Up to `dense_up_to` sentences every pair is computed at once (one sparse
    product, at most 128 MB). Above that, a pair is computed when asked and kept in
    an LRU cache of `cache_size` pairs, so memory does not grow with the pairs
    asked; `pairs_above` finds the pairs worth a look by a blocked sparse product
    (rows in slices), never holding all pairs.
    """

    def __init__(self, vectors: dict[str, Counter], dense_up_to: int = 4000, cache_size: int = 200_000):
        n = len(vectors) or 1
        df: Counter = Counter()
        for v in vectors.values():
            df.update(v.keys())
        self.idf = {k: math.log(1 + n / c) for k, c in df.items()}
        self.vec = {}
        for sid, v in vectors.items():
            w = {k: (1 + math.log(c)) * self.idf[k] for k, c in v.items()}
            norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
            self.vec[sid] = {k: x / norm for k, x in w.items()}
        self.cache_size = cache_size
        self.cache: OrderedDict[tuple[str, str], float] = OrderedDict()
        # Grouping asks for most pairs: one sparse product answers them all at C speed
        # (a Python dot product per pair was the stage's main cost).
        self.row: dict[str, int] = {}
        self.matrix = None
        if len(self.vec) <= dense_up_to:
            self._all_pairs()

    def _sparse(self, ids: list[str], dtype=None):
        """The unit vectors of `ids` as the rows of one CSR matrix."""
        from scipy.sparse import csr_matrix

        keys: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, sid in enumerate(ids):
            for k, x in self.vec.get(sid, {}).items():
                rows.append(i)
                cols.append(keys.setdefault(k, len(keys)))
                vals.append(x)
        return csr_matrix((vals, (rows, cols)), shape=(len(ids), max(1, len(keys))), dtype=dtype)

    def _all_pairs(self) -> None:
        ids = list(self.vec)
        self.row = {sid: i for i, sid in enumerate(ids)}
        m = self._sparse(ids)
        self.matrix = (m @ m.T).toarray()

    def __call__(self, a: str, b: str) -> float:
        if self.matrix is not None:
            i, j = self.row.get(a), self.row.get(b)
            return 0.0 if i is None or j is None else float(self.matrix[i, j])
        key = (a, b) if a < b else (b, a)
        cache = self.cache
        score = cache.get(key)
        if score is not None:
            cache.move_to_end(key)
            return score
        va, vb = self.vec.get(a, {}), self.vec.get(b, {})
        if len(va) > len(vb):
            va, vb = vb, va
        score = cache[key] = sum(x * vb.get(k, 0.0) for k, x in va.items())
        if len(cache) > self.cache_size:
            cache.popitem(last=False)
        return score

    def pairs_above(self, ids: list[str], threshold: float, per_row: int = 50,
                    budget: int = 4_000_000) -> Iterator[tuple[int, int, float]]:
        """(i, j, score) for j < i over positions in `ids`, every pair scoring at
        least `threshold`. With the dense matrix: every such pair. Otherwise a blocked
        sparse product (about `budget` scores in memory at a time) keeps each row's
        `per_row` best earlier partners: a large brief holds n * per_row pairs, not n^2."""
        import numpy as np

        if self.matrix is not None:  # read from the matrix, a slice of rows at a time
            known = [k for k, sid in enumerate(ids) if sid in self.row]
            rows = np.array([self.row[ids[k]] for k in known], dtype=np.intp)
            step = max(1, budget // max(1, len(rows)))
            for start in range(0, len(rows), step):
                stop = min(len(rows), start + step)
                block = self.matrix[np.ix_(rows[start:stop], rows[:stop])]
                for r, c in zip(*np.nonzero(block >= threshold)):
                    if c < start + r:
                        yield known[start + r], known[c], float(block[r, c])
            return
        m = self._sparse(ids, dtype=np.float32)
        step = max(1, min(1024, budget // max(1, len(ids))))
        rough = threshold - 1e-4  # float32 finds the candidates; each is scored again exactly
        for start in range(0, len(ids), step):
            stop = min(len(ids), start + step)
            block = (m[start:stop] @ m[:stop].T).toarray()
            for r in range(stop - start):
                i = start + r
                row = block[r, :i]
                hits = np.flatnonzero(row >= rough)
                if len(hits) > per_row:
                    hits = hits[np.argpartition(-row[hits], per_row)[:per_row]]
                for j in hits.tolist():
                    score = self(ids[i], ids[j])
                    if score >= threshold:
                        yield i, j, score


def paraphrase_guard(ctx: Context, vectors: dict, a: str, b: str) -> bool:
    """May two sentences count as paraphrases of one happening? Not when their numbers
    disagree ("four farmers" / "two farmers") or one tells of a recurrence ("again",
    "a new flood")."""
    na = {k for k in vectors.get(a, {}) if k.startswith("#:")}
    nb = {k for k in vectors.get(b, {}) if k.startswith("#:")}
    if na and nb and not na & nb:
        return False
    for sid in (a, b):
        doc = ctx.doc(sid)
        # "New Calder" is no recurrence; a sentence without a parse (none today: the parse
        # stage gives each one a doc) is not tested rather than failing the run
        words = {t.lower_ for t in doc if t.pos_ != "PROPN"} if doc is not None else set()
        if words & RECURRENCE:
            return False
    return True


# -- happening dates ---------------------------------------------------------------------

def _attachment(doc, start: int) -> tuple[str | None, bool]:
    """(lemma of the governing verb, whether the path to it passes through a noun)."""
    if doc is None:
        return None, False
    tok = token_at(doc, start)
    if tok is None:
        return None, False
    via_noun = False
    first = tok
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        if tok is not first and tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME") \
                and tok.dep_ != "pobj" or (tok is first and tok.dep_ in ("poss", "compound")):
            via_noun = True
        tok = tok.head
    return tok.lemma_.lower(), via_noun


# openers that go on from the sentence before: a pronoun or demonstrative (lexicon
# back_openers), after an optional conjunction; a conjunction alone is no pointer
_POINTS_BACK = re.compile(r"^[\"'\u201c]?(?:(?:but|and|yet|still)\s+)?(?:%s)\b"
                          % "|".join(sorted(words("back_openers"), key=len, reverse=True)), re.I)
# a deadline ("the report is due by 3 March", "until Friday"): when something is due, not when it happened
DEADLINE = re.compile(r"\b(?:by|until|till|before|no later than|deadline(?: of)?|due(?: on)?)\s+(?:the\s+)?$", re.I)


def happening_date(ctx: Context, sid: str, times: list, anchor: date | None) -> tuple[Span | None, bool, bool]:
    """(span, background, reported_only) for one sentence.

    Among several dates the one of the happening wins: not attached to a reporting
    verb ("said on Tuesday"), not a deadline ("due by 3 March"), not a noun modifier
    ("Tuesday's fire"), the narrowest. A sentence dated only by a deadline that also
    names a day it could not resolve is left undated (that day is its happening).
    `reported_only` is True when the only date is that of a statement."""
    doc = ctx.doc(sid)
    days: list[tuple[int, int, int, Span]] = []
    old = recent = False
    for t in times:
        span = parse_span(t.value)
        if span is None:
            end = coarse_end(t.value)
            if end and anchor and (anchor - end).days > BACKGROUND_DAYS:
                old = True
            elif end and anchor:
                recent = True
            elif t.value and not t.value.startswith("XXXX") and anchor is None:
                old = True  # a bare year or month with nothing to compare: not this news
            continue
        if anchor and span.year_known and (anchor - span.end).days > BACKGROUND_DAYS:
            old = True
            continue
        lemma, via_noun = _attachment(doc, t.start)
        due = bool(doc is not None and DEADLINE.search(doc.text[:t.start]))
        days.append((int(due), int(lemma in REPORTING), int(via_noun), (span.end - span.start).days, span))
    if days:
        days.sort(key=lambda x: (x[0], x[1], x[2], x[3], x[4].start))
        if days[0][0] and sid in ctx.time_unresolved:
            return None, False, False  # "filed on Monday, due by 3 March": the weekday's day, unknown
        return days[0][4], False, days[0][1] == 1
    return None, old and not recent, False


_JUDGEMENT = words("judgement_words")  # chance, likely, unclear, premature, ...
_CHANCE_SUBJECTS = words("chance_nouns")  # risk, odds, danger, ...
_MODALS = frozenset({"may", "might", "could"})


def _judges(clause) -> bool:
    """A copular clause ("it was <complement>") that judges: its complement is a word of
    chance, likelihood or opinion ("a slim chance", "unclear"), or an adjective on a
    subject of chance ("the risk was small"), or a guess under a modal ("it may have been
    sabotage"). A number, an identity or a noun of the happening ("the toll was 14",
    "the cause was a gas leak", "the driver was the only survivor") reports a fact."""
    comps = [x for x in clause.children if x.dep_ in ("attr", "acomp")]
    if not comps or any(x.pos_ == "VERB" for x in clause.children):  # "were likely seeking ...": a happening
        return False
    if any(x.pos_ == "NUM" or x.like_num or any(y.dep_ == "nummod" or y.like_num for y in x.children)
           for x in comps):
        return False  # a count, however it is hedged
    if any(x.lemma_.lower() in _JUDGEMENT for x in comps):
        return True
    subjects = [x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass")]
    if any(x.lemma_.lower() in _CHANCE_SUBJECTS for x in subjects) and all(x.pos_ == "ADJ" for x in comps):
        return True
    modal = any(x.dep_ == "aux" and x.lemma_.lower() in _MODALS for x in clause.children)
    return modal and all(x.pos_ in ("NOUN", "ADJ") and x.tag_ not in ("JJR", "RBR") for x in comps) \
        and not any(x.lemma_.lower() in ("toll", "number", "total", "count", "figure") for x in subjects)


def _assessment(doc) -> bool:
    """A statement whose content is a judgement, not a happening: the reporting verb's
    clause is a copula with an evaluative complement (`_judges`: "she said the risk
    was small", "he said there was a slim chance of rain"). Such a statement is
    itself the event of its day; "police said the bridge was closed" (a passive
    happening), "they said the troops were likely trying to cross" (a verb under the
    copula) and "officials said the toll was 9" (a count) are not."""
    if doc is None:
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in REPORTING:
        return False
    return any(c.dep_ == "ccomp" and c.lemma_ == "be" and _judges(c) for c in root.children)


def _article_heads(brief: Brief, ctx: Context) -> dict[str, dict]:
    """IDF-weighted unit vectors of each article's title (else its first sentence)."""
    texts = {}
    for a in brief.used_articles():
        if a.title:
            texts[a.id] = a.title
    docs = dict(zip(texts, ctx.resources.nlp.pipe(list(texts.values())))) if texts else {}
    idf = ctx.similarity_idf
    out = {}
    for a in brief.used_articles():
        if a.id in docs:
            feats = _doc_features(docs[a.id])
        else:
            first = next((s for s in brief.sentences if s.article == a.id), None)
            if first is None:
                continue
            feats = features(ctx, first.id, first.text)
        w = {k: (1 + math.log(c)) * idf.get(k, 0.0) for k, c in feats.items()}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        out[a.id] = {k: x / norm for k, x in w.items()}
    return out


# -- titles ----------------------------------------------------------------------------

PHRASE_DROP = {"appos", "relcl", "acl", "advcl", "parataxis", "punct", "cc", "conj", "mark"}


def _hyphen(t) -> bool:
    """A hyphen inside a word ("Danish-built", "Lieutenant-General")."""
    return t.text in ("-", "\u2010", "\u2011") and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_
PRONOUNS = {"he", "she", "it", "they", "this", "that", "these", "those", "we", "i", "you", "him", "her", "them"}


def _short_conj(tok) -> bool:
    """A noun coordinated with a short noun phrase ("Hun and Lee"): keep both."""
    conj = [c for c in tok.children if c.dep_ == "conj"]
    return tok.pos_ in ("PROPN", "NOUN") and len(conj) == 1 and conj[0].pos_ in ("PROPN", "NOUN") \
        and len(list(conj[0].subtree)) <= 4


def _subtree(tok, skip: set, preps: bool = True) -> list:
    out = [] if tok.i in skip else [tok]
    for c in tok.children:
        if c.dep_ == "prep" and not preps:
            continue
        if c.dep_ == "prep" and (c.lemma_ == "accord" or all(x.i in skip for x in c.subtree if x is not c)
                                 or any(p.dep_ == "pobj" and p.i in skip for p in c.children)):
            continue
        if c.dep_ in PHRASE_DROP and not _hyphen(c) and not (c.dep_ in ("cc", "conj") and _short_conj(tok)):
            continue
        if c.dep_ == "npadvmod" and not (c.i + 1 < len(c.doc) and _hyphen(c.doc[c.i + 1])):
            continue
        out.extend(_subtree(c, skip, preps))
    return out


def _minimal(tok, skip: set) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("det", "compound", "amod", "poss", "nummod", "case") and c.i not in skip:
            out.extend(_minimal(c, skip) if c.dep_ in ("compound", "poss") else _subtree(c, skip)
                       if c.dep_ == "amod" and any(_hyphen(x) for x in c.subtree) else [c])
        elif _hyphen(c):
            out.append(c)
    return out


def _render(doc, toks: list) -> str:
    toks = sorted(set(toks), key=lambda t: t.i)
    out = ""
    for n, t in enumerate(toks):
        out += t.text
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if nxt is not None:
            out += t.whitespace_ if nxt.i == t.i + 1 else " "
    out = re.sub(r"\s+", " ", out).strip(" ,;:-–—\"'")
    out = re.sub(r"^(?:But|And|However|Yet|So|Meanwhile|Also)\b,?\s*", "", out)
    return out[:1].upper() + out[1:] if out else out


def _main_clause(doc, skip: set) -> list | None:
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.lemma_.lower() in REPORTING:
        comp = [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
        if comp:
            root = comp[0]
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subject or subject[0].lower_ in PRONOUNS:
        return None
    toks = [root]
    first_prep = True
    for c in sorted(root.children, key=lambda t: t.i):
        if c.dep_ in ("aux", "auxpass", "neg", "prt"):
            toks.append(c)
        elif c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "dative", "xcomp", "agent"):
            part = _subtree(c, skip)
            if len(part) > 9:
                part = _subtree(c, skip, preps=False)
            if len(part) > 9:
                part = _minimal(c, skip)
            toks.extend(part)
        elif c.dep_ == "prep" and c.i > root.i and first_prep and c.lemma_ != "accord":
            first_prep = False
            part = sorted(_subtree(c, skip), key=lambda t: t.i)
            if all(x.i in skip for x in c.subtree if x is not c) or any(
                    p.dep_ == "pobj" and p.i in skip for p in c.children):
                continue
            if 1 < len(part) <= 7 and part[-1].pos_ in ("NOUN", "PROPN", "NUM"):
                toks.extend(part)
    if not any(c.dep_ in ("dobj", "attr", "acomp", "oprd", "xcomp", "agent") for c in root.children):
        comp = [c for c in root.children if c.dep_ == "ccomp" and c.i > root.i]
        if comp:
            part = _subtree(comp[0], skip) + [c for c in comp[0].children if c.dep_ == "mark"]
            if len(part) <= 12:
                toks.extend(part)
    return toks if len(toks) >= 3 else None


TITLE_WORDS = 24  # a title is the whole sentence up to this many words, else a clause of it
# right-hand children of a clause's verb where a title may end: what follows is another clause
CLAUSE_CUT = {"conj", "cc", "advcl", "parataxis", "punct", "dep", "mark", "npadvmod", "intj", "meta"}


def _clause_span(head, first: int) -> tuple[int, int] | None:
    """(start, end) token indices of the clause `head` heads, contiguous: from its
    subject's first word (or the verb) to the end of its last right-hand child before
    another clause begins (a conjunct, an adverbial clause, a comma). Everything in
    between stays, so negation, hedges ("nearly", "may") and modifiers are kept."""
    subject = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subject or subject[0].lower_ in PRONOUNS:
        return None
    start = max(first, min(t.i for t in subject[0].subtree))
    end = head.i
    for c in sorted((c for c in head.children if c.i > head.i), key=lambda t: t.i):
        if c.dep_ in CLAUSE_CUT:
            break
        end = max(end, max(t.i for t in c.subtree))
    doc = head.doc
    while end > start and (doc[end].is_punct or doc[end].pos_ in ("CCONJ", "SCONJ", "DET", "ADP", "AUX")):
        end -= 1
    return (start, end) if end - start >= 2 else None


def _clause_title(doc, first: int, fits=lambda text: True) -> str | None:
    """A contiguous clause of the sentence as its title: the main clause, with its
    attribution when it fits ("Officials said the ferry sank"), else the clause
    reported (a reporting verb after its content, ", police said", is left off).
    Only a clause whose text `fits` will do."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    heads = [root]
    if root.lemma_.lower() in REPORTING:
        comp = [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
        if comp:
            heads = [comp[0]] if comp[0].i < root.i else [root, comp[0]]
    # a parse can make a late clause the root ("X did not close Y, although Z had
    # asked"): a clause must open the sentence (or follow an opening phrase and its
    # comma); the first verb whose subject opens the sentence is tried last
    heads += [t for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")][:6]
    for head in heads:
        span = _clause_span(head, first)
        if span is None or not (span[0] == first or doc[span[0] - 1].text == ","):
            continue
        text = doc[span[0]:span[1] + 1].text.strip(" ,;:-\u2013\u2014")
        if fits(text) and 4 <= len(text.split()) <= TITLE_WORDS and text.count('"') % 2 == 0 \
                and text.count("\u201c") == text.count("\u201d"):
            return text[:1].upper() + text[1:]
    return None


def title_of(ctx: Context, sid: str, text: str, skip_spans=(), dating=()) -> str:
    """An event's title from its sentence, never reworded: the whole sentence when it
    is short, else a contiguous clause of it (`_clause_title`), else (no parse, or no
    clause that fits) the main clause's core words or the sentence's opening words.

    `dating`: the spans of the time expressions that date a background event. Its
    title must hold one, or it would put one clause under another clause's date
    ("the 1980s": "X was not available to comment"): a clause or core words holding
    one, else the whole sentence."""
    head = dateline_end(text)
    body = text[head:].strip()

    def holds(title: str) -> bool:
        return not dating or any(text[a:b] in title for a, b in dating)

    if 4 <= len(body.split()) <= TITLE_WORDS and not body.startswith(('"', "\u201c", "``")) \
            and body.count('"') % 2 == 0:
        body = re.sub(r"^(?:But|And|However|Yet|So|Meanwhile|Also)\b,?\s*", "", body).rstrip(".")
        return body[:1].upper() + body[1:]
    doc = ctx.doc(sid)
    if doc is not None and len(doc):
        first = next((t.i for t in doc if t.idx >= head), 0)
        clause = _clause_title(doc, first, holds)
        if clause:
            return clause

        head = dateline_end(text)
        spans = list(skip_spans) + ([(0, head)] if head else [])
        inside = {t.i for t in doc for a, b in spans if a <= t.idx < b}
        keep = {t.i for t in doc if t.i in inside and (t.dep_ in ("poss", "nsubj", "nsubjpass") or (
            t.dep_ == "case" and t.head.dep_ == "poss")) and not (head and t.idx < head)}
        skip = inside - keep
        toks = _main_clause(doc, skip)
        if toks and max(toks, key=lambda t: t.i).pos_ in ("AUX", "DET", "ADP", "CCONJ", "SCONJ", "PART"):
            toks = None
        if toks:
            title = _render(doc, toks)
            if 4 <= len(title.split()) <= 22 and holds(title):
                return title

    text = text[dateline_end(text):]
    words = text.split()
    short = " ".join(words[:14])
    cut = re.split(r"(?<=\w)[,;:](?=\s)", short)[0]
    out = (cut if len(cut.split()) >= 5 else short).strip(" ,;:\"'")
    out = re.sub(r"^(?:But|And|However|Yet|So|Meanwhile|Also)\b,?\s*", "", out)
    if not holds(out):
        out = body.rstrip(".")
    out = out[:1].upper() + out[1:]
    return out + ("" if out == body.rstrip(".") or len(cut.split()) >= 5 or len(words) <= 14 else "...")


def _good_title_sentence(ctx: Context, sid: str) -> bool:
    doc = ctx.doc(sid)
    if doc is None:
        return True
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
    return bool(subj) and subj[0].lower_ not in PRONOUNS and not doc.text.startswith(('"', "\u201c"))


# -- the stage ---------------------------------------------------------------------------

class _Grouping:
    """The state the grouping steps of `run` share: the sentences' order, articles,
    publication days, copies, similarity, and the events (clusters) made so far."""

    def __init__(self, brief: Brief, ctx: Context):
        self.brief, self.ctx, self.cfg = brief, ctx, ctx.config.events
        sentences = brief.sentences
        self.order = {s.id: i for i, s in enumerate(sentences)}
        self.art_of = {s.id: s.article for s in sentences}
        self.pub = {a.id: to_date(a.published) for a in brief.articles}
        self.times_of: dict[str, list] = {}
        for t in brief.times:
            self.times_of.setdefault(t.sentence, []).append(t)
        ents = entity_features(brief)
        self.vectors = {}
        for s in sentences:
            v = features(ctx, s.id, s.text)
            v.update(ents.get(s.id, Counter()))
            self.vectors[s.id] = v
        self.sim = Similarity(self.vectors, self.cfg.dense_up_to)
        self.copies: dict[str, list[str]] = {}
        for s in sentences:
            self.copies.setdefault(brief.root_of(s.id), []).append(s.id)
        self.roots = [s for s in sentences if brief.root_of(s.id) == s.id]
        self.clusters: list[Cluster] = []
        self.sig = self._day_signatures()
        # no article dated and none naming a day: one storyline of unknown time (a cluster
        # given as one story), where undated sentences of different articles may meet
        self.timeless = not any(self.pub.get(a.id) for a in brief.articles if a.status == "used") and not self.sig
        self._centroids: dict = {}
        self.followers: set[str] = set()  # captions and fragments: they join events, never start one
        self.background: list = []  # (sentence, date value) of background sentences (classify)
        self.adopted: set[str] = set()  # undated articles read against a storyline (adopt_storylines)
        self.loose: set[str] = set()  # sentences placed by a weak link (join_nearest, join_previous)

    # -- similarity helpers ----------------------------------------------------------
    def group_sim(self, a: str, b: str) -> float:
        return max(self.sim(x, y) for x in self.copies.get(a, [a]) for y in self.copies.get(b, [b]))

    def centroid(self, ids) -> dict:
        key = tuple(ids)
        if key not in self._centroids:
            out: dict = {}
            for m in ids:
                for x in self.copies.get(m, [m]):
                    for k, w in self.sim.vec.get(x, {}).items():
                        out[k] = out.get(k, 0.0) + w
            norm = math.sqrt(sum(w * w for w in out.values())) or 1.0
            self._centroids[key] = {k: w / norm for k, w in out.items()}
        return self._centroids[key]

    @staticmethod
    def csim(vec: dict, cent: dict) -> float:
        return sum(w * cent.get(k, 0.0) for k, w in vec.items())

    # -- storylines --------------------------------------------------------------------
    def _day_signatures(self) -> dict[str, set]:
        """Without a publication date an article's storyline is told by the days it
        names: it may only meet events (and articles) whose months agree with them."""
        sig: dict[str, set] = {}
        for t in self.brief.times:
            a = self.art_of.get(t.sentence)
            span = parse_span(t.value)
            if a is not None and self.pub.get(a) is None and span is not None:
                sig.setdefault(a, set()).add((span.start.year if span.year_known else None, span.start.month))
        return sig

    def story_of(self, c: Cluster, sid: str) -> bool:
        a = self.art_of[sid]
        p = self.pub.get(a)
        if c.span is None:
            return p is None and (a in c.articles or self.timeless)
        if p is None:
            if a in c.articles:
                return True
            mine = self.sig.get(a)
            when = {(c.span.start.year if c.span.year_known else None, c.span.start.month)}
            return bool(mine) and compatible(mine, when)
        days = timedelta(days=self.cfg.story_days)
        return c.span.year_known and p - days <= c.span.start <= p + timedelta(days=1)

    def in_story(self, c: Cluster, sids, every: bool = False) -> bool:
        return (all if every else any)(self.story_of(c, sid) for sid in sids)

    def best_event(self, vec: dict, sids, threshold: float, pool, every: bool = False) -> Cluster | None:
        best, best_sim = None, threshold
        for c in pool:
            if not self.in_story(c, sids, every):
                continue
            score = self.csim(vec, self.centroid(c.dated or c.members))
            if score >= best_sim:
                best, best_sim = c, score
        return best

    # -- the steps -----------------------------------------------------------------------
    def classify(self) -> tuple[list, list, list]:
        """Each root sentence (or its first copy that says) as dated, reported (dated
        only by its statement), or undated; background sentences are left out."""
        dated, reported, undated = [], [], []
        for s in self.roots:
            span, background, said = None, False, False
            for sid in self.copies[s.id]:
                anchor = self.ctx.time_anchors.get(sid, self.pub.get(self.art_of[sid]))
                span, background, said = happening_date(self.ctx, sid, self.times_of.get(sid, []), anchor)
                if span or background:
                    break
            if span and self._follower(s.id):
                undated.append(s)  # a caption or headline fragment may join an event, never start one
                self.followers.add(s.id)
            elif span and said:
                reported.append((s, span))
            elif span:
                dated.append((s, span))
            elif not background:
                undated.append(s)
            else:
                value = self._background_value(s.id)
                if value:
                    self.background.append((s, value))
        return dated, reported, undated

    def _follower(self, sid: str) -> bool:
        """A photo caption ("This photo shows ...", "(Photo: ...)") or a fragment with
        no finite verb at all (a headline, a dek; a misparsed root does not count):
        it may join an event, never start one."""
        doc = self.ctx.doc(sid)
        fragment = doc is not None and not has_finite_verb(doc)
        return fragment or bool(CAPTION.search(self.brief.sentence(sid).text))

    def _background_value(self, sid: str) -> str | None:
        """The earliest date of a background sentence that lies before its storyline
        (more than `background_days` before the date it was read against, or any dated
        value with a known year when it was read against nothing)."""
        anchor = self.ctx.time_anchors.get(sid, self.pub.get(self.art_of[sid]))
        old = []
        for t in self.times_of.get(sid, []):
            end = coarse_end(t.value)
            span = parse_span(t.value)
            end = span.end if span and span.year_known else end
            if end and (anchor is None or (anchor - end).days > BACKGROUND_DAYS):
                old.append((end, t.value))
        return min(old)[1] if old else None

    def add_background(self) -> None:
        """Background sentences ("In 1954 a flood swept the valley") are events
        of their own past date: sentences naming the same date and alike (the bar of
        two dated sentences) share one. They are added last, so no later sentence joins them."""
        by_value: dict[str, list[Cluster]] = {}
        for s, value in sorted(self.background, key=lambda x: (x[1], self.order[x[0].id])):
            best, best_sim = None, self.cfg.join_dated
            for c in by_value.get(value, []):
                score = max(self.group_sim(s.id, m) for m in c.members)
                if score >= best_sim:
                    best, best_sim = c, score
            if best is None:
                own, _, last = value.partition("/")  # a range keeps its end: "the 1980s" is no "1980"
                first = to_date(own) if len(own) >= 10 else None
                start = first or date(int(own[:4]), int(own[5:7] or 1) if len(own) >= 7 else 1, 1)
                best = Cluster(span=Span(start, coarse_end(value) or start), value=own, value_end=last or None)
                by_value.setdefault(value, []).append(best)
                self.clusters.append(best)
            best.members.append(s.id)
            best.dated.append(s.id)
            best.articles.update(self.art_of[x] for x in self.copies[s.id])

    def add_dated(self, s, span) -> None:
        best, best_sim = None, self.cfg.join_dated
        for c in self.clusters:
            if not c.span.overlaps(span):
                continue
            score = max(self.group_sim(s.id, m) for m in c.members)
            if score >= best_sim:
                best, best_sim = c, score
        if best is None:
            best = Cluster(span=Span(span.start, span.end, span.year_known))
            self.clusters.append(best)
        else:
            best.span = Span(min(best.span.start, span.start), max(best.span.end, span.end), span.year_known)
        best.members.append(s.id)
        best.dated.append(s.id)
        best.articles.update(self.art_of[x] for x in self.copies[s.id])

    def timeline_key(self, item):
        s, span = item
        return (not span.year_known, span.start, self.order[s.id])

    def place_reported(self, reported) -> None:
        """A sentence dated only by its statement ("officials said on Wednesday")
        reports an earlier happening when it matches one; else the statement is the event."""
        happened = list(self.clusters)
        for s, span in sorted(reported, key=self.timeline_key):
            if _assessment(self.ctx.doc(s.id)):
                self.add_dated(s, span)  # a reported judgement (`_assessment`): the saying is the news
                continue
            best, best_sim = None, self.cfg.join_undated
            for c in happened:
                if c.span.year_known != span.year_known or c.span.start > span.end \
                        or (span.start - c.span.start).days > self.cfg.story_days:
                    continue
                score = max(self.group_sim(s.id, m) for m in c.dated)
                if score >= best_sim:
                    best, best_sim = c, score
            if best is not None:
                best.members.append(s.id)
                best.dated.append(s.id)
                best.articles.update(self.art_of[x] for x in self.copies[s.id])
            else:
                self.add_dated(s, span)

    def adopt_storylines(self, dated_clusters) -> None:
        """An article without a publication date that names no day it could resolve
        belongs to no storyline, so none of its sentences could join an event. It
        adopts one when its own sentences point to it: at least `adopt_sentences` of
        them carry a copy of a dated event's sentence, name the weekday of a one-day
        event they are like (`_same_weekday`), or are as close to a dated event (year
        known) as an undated sentence joining it, and all the events they
        point to lie within `story_days` of each other. The article is then read as
        published on the last day of those events (for the storyline window only: no
        time expression is changed)."""
        events_of = {}
        for c in dated_clusters:
            for m in c.members:
                events_of[m] = c
        for art in self.brief.used_articles():
            if self.pub.get(art.id) is not None or self.sig.get(art.id):
                continue
            pointed: list[Cluster] = []
            for s in self.brief.sentences:
                if s.article != art.id:
                    continue
                root = self.brief.root_of(s.id)
                if root != s.id and root in events_of and self.art_of.get(root) != art.id:
                    pointed.append(events_of[root])
                    continue
                if s.id in self.ctx.time_unresolved:  # "on Monday": the Monday event it is like
                    same_day = self._same_weekday(s, dated_clusters)
                    if same_day is not None:
                        pointed.append(same_day)
                        continue
                vec = self.sim.vec.get(s.id, {})
                best, best_sim = None, self.cfg.join_undated
                for c in dated_clusters:
                    if c.span is None or not c.span.year_known:
                        continue
                    score = self.csim(vec, self.centroid(c.dated or c.members))
                    if score >= best_sim:
                        best, best_sim = c, score
                if best is not None:
                    pointed.append(best)
            if len(pointed) < self.cfg.adopt_sentences:
                continue
            first = min(c.span.start for c in pointed)
            last = max(c.span.end for c in pointed)
            if (last - first).days <= self.cfg.story_days:
                self.pub[art.id] = last
                self.adopted.add(art.id)

    def adopted_weekday(self, s) -> Span | None:
        """The day a weekday names in an article read against an adopted storyline:
        the one such weekday within three days of the storyline's last day (the
        article may be published a little after it). In a past tense the day may not
        lie after the latest publication date of the storyline's dated articles."""
        if s.article not in self.adopted:
            return None
        text = self.brief.sentence(s.id).text
        found = list(_WEEKDAY_WORD.finditer(text))
        if len({WEEKDAYS[m[0].lower()] for m in found}) != 1:
            return None
        wd, p = WEEKDAYS[found[0][0].lower()], self.pub[s.article]
        days = [p + timedelta(days=k) for k in range(-3, 4) if (p + timedelta(days=k)).weekday() == wd]
        if len(days) != 1:
            return None
        if tense(text, found[0].start(), found[0].end(), self.ctx.doc(s.id)) == "past":
            dated = [d for a, d in self.pub.items() if a not in self.adopted and d and p <= d]
            if days[0] > max(dated, default=p):
                return None  # "had soaked the hills on Friday": a Friday still to come cannot be
        return Span(days[0], days[0])

    def join_undated(self, undated, dated_clusters) -> list:
        """Undated sentences join the most similar dated event of their storyline; a
        sentence naming a day we could not resolve ("on Saturday", no anchor) has a
        date of its own: it joins no event of another date. Returns what is left."""
        leftovers = []
        for s in undated:
            if s.id in self.ctx.time_unresolved:
                target = self._same_weekday(s, dated_clusters)
                day = self.adopted_weekday(s) if target is None else None
                if target is not None:
                    target.members.append(s.id)
                elif day is not None:
                    self.add_dated(s, day)
                else:
                    leftovers.append(s)
                continue
            target = self.best_event(self.sim.vec.get(s.id, {}), self.copies[s.id], self.cfg.join_undated,
                                     dated_clusters)
            if target is None and self.pub.get(s.article) is None and not self.sig.get(s.article):
                target = self._paraphrased(s, dated_clusters)
            if target is not None:
                target.members.append(s.id)
            else:
                leftovers.append(s)
        return leftovers

    def _same_weekday(self, s, dated_clusters) -> Cluster | None:
        """"On Monday" in an article without a date: the most similar event of one
        day that fell on a Monday (year known), when close enough to be the same
        happening and agreeing with the days the article names."""
        names = {WEEKDAYS[m.lower()] for m in _WEEKDAY_WORD.findall(self.brief.sentence(s.id).text)}
        if len(names) != 1:
            return None
        wd = names.pop()
        mine = self.sig.get(s.article)
        vec = self.sim.vec.get(s.id, {})
        best, best_sim = None, self.cfg.join_dated  # the weekday agrees: the bar of two dated sentences
        for c in dated_clusters:
            if c.span is None or not c.span.year_known or c.span.start != c.span.end \
                    or c.span.start.weekday() != wd:
                continue
            if mine and not compatible(mine, {(c.span.start.year, c.span.start.month)}):
                continue
            score = self.csim(vec, self.centroid(c.dated or c.members))
            if score >= best_sim:
                best, best_sim = c, score
        return best

    def _paraphrased(self, s, dated_clusters) -> Cluster | None:
        """An article naming no day: a close paraphrase of a dated sentence ties it."""
        target, best_sim = None, self.cfg.paraphrase
        for c in dated_clusters:
            for m in c.members:
                score = self.group_sim(s.id, m)
                if score >= best_sim and paraphrase_guard(self.ctx, self.vectors, s.id, m):
                    target, best_sim = c, score
        return target

    def pair_leftovers(self, leftovers) -> list[list]:
        """Undated sentences matching each other, most similar pairs first, as long as a
        group keeps to one storyline: publication dates within `story_days` of each
        other, or (no publication dates) the days its articles name agree."""
        cfg, pub = self.cfg, self.pub
        state = {}
        for i, s in enumerate(leftovers):
            p = pub.get(s.article)
            state[i] = {"ids": [i], "low": p, "high": p, "sig": set(self.sig.get(s.article, set())),
                        "dated": p is not None, "arts": {s.article}}
        owner = list(range(len(leftovers)))
        # candidate pairs from the similarity's blocked search over every copy; a
        # leftover pair scores its best pair of copies (`group_sim`)
        copy_ids, copy_of = [], []
        for i, s in enumerate(leftovers):
            for x in self.copies.get(s.id, [s.id]):
                copy_ids.append(x)
                copy_of.append(i)
        best: dict[tuple[int, int], float] = {}
        for a, b, score in self.sim.pairs_above(copy_ids, cfg.pair_undated):
            i, j = copy_of[a], copy_of[b]
            if i == j:
                continue
            if i < j:
                i, j = j, i
            if (pub.get(leftovers[i].article) is None) != (pub.get(leftovers[j].article) is None):
                continue
            if score > best.get((i, j), -1.0):
                best[(i, j)] = score
        pairs = [(-score, j, i) for (i, j), score in best.items()]
        for neg, j, i in sorted(pairs):
            a, b = owner[i], owner[j]
            if a == b or not self._may_merge(state[a], state[b], -neg, leftovers[i].id, leftovers[j].id):
                continue
            # centroid linkage: the two groups as wholes must still be alike (no chains)
            if self.csim(self.centroid([leftovers[k].id for k in state[a]["ids"]]),
                         self.centroid([leftovers[k].id for k in state[b]["ids"]])) < cfg.pair_undated:
                continue
            ga, gb = state[a], state[b]
            ga["ids"] += gb["ids"]
            ga["arts"] |= gb["arts"]
            if ga["dated"]:
                ga["low"], ga["high"] = min(ga["low"], gb["low"]), max(ga["high"], gb["high"])
            ga["sig"] |= gb["sig"]
            for k in gb["ids"]:
                owner[k] = a
            del state[b]
        groups = [[leftovers[k] for k in sorted(g["ids"])] for g in state.values()]
        groups.sort(key=lambda g: self.order[g[0].id])
        return groups

    def _may_merge(self, ga: dict, gb: dict, score: float, sid_a: str, sid_b: str) -> bool:
        if ga["dated"]:
            return (max(ga["high"], gb["high"]) - min(ga["low"], gb["low"])).days <= self.cfg.story_days
        # an article naming no day could belong to any storyline: only a paraphrase of
        # a sentence whose article names its days ties it to that storyline (unless no
        # article has a time at all: then there is one storyline)
        return (self.timeless or ga["arts"] | gb["arts"] == ga["arts"] == gb["arts"]
                or (ga["sig"] and gb["sig"] and compatible(ga["sig"], gb["sig"]))
                or (score >= self.cfg.paraphrase and bool(ga["sig"]) != bool(gb["sig"])
                    and paraphrase_guard(self.ctx, self.vectors, sid_a, sid_b)))

    def place_groups(self, groups, dated_clusters) -> list:
        """A group of undated sentences joins a dated event as a whole, or becomes an
        event of its own when two articles carry it; returns what is left."""
        leftovers = []
        for group in groups:
            ids = [m.id for m in group]
            target = None
            if len(group) > 1 and not any(m in self.ctx.time_unresolved for m in ids):
                target = self.best_event(self.centroid(ids), ids, self.cfg.join_undated, dated_clusters, every=True)
            if target is not None:
                target.members.extend(ids)
            elif len(ids) >= 2 and len({a for m in ids for a in self.brief.carriers(m)}) >= 2 \
                    and not all(m in self.followers for m in ids):
                articles = {m.article for m in group}
                if self.pub.get(group[0].article):
                    day = min(self.pub[m.article] for m in group)
                    self.clusters.append(Cluster(span=Span(day, day), members=ids, articles=articles))
                else:  # no date to give it: an undated event
                    self.clusters.append(Cluster(span=None, members=ids, articles=articles))
            else:
                leftovers.extend(group)
        return leftovers

    def join_nearest(self, leftovers) -> list:
        """A sentence still left joins the event of its closest placed sentence of its
        storyline, when the two are as alike as two undated sentences forming an event
        (`pair_undated`): an event's centroid can be too broad for a side report of one
        of its happenings. The events are those made so far (no chains); candidate pairs
        come from the similarity's blocked search. Returns what is left."""
        owner = {x: c for c in self.clusters for m in c.members for x in self.copies.get(m, [m])}
        placed = list(owner)
        mine = [s for s in leftovers if s.id not in self.ctx.time_unresolved]
        ids = placed + [x for s in mine for x in self.copies.get(s.id, [s.id])]
        leftover_of = {x: s for s in mine for x in self.copies.get(s.id, [s.id])}
        best: dict[str, tuple[float, Cluster]] = {}
        for i, j, score in self.sim.pairs_above(ids, self.cfg.pair_undated):
            if i < len(placed) or j >= len(placed):
                continue  # one placed sentence and one left
            s, c = leftover_of[ids[i]], owner[ids[j]]
            if score > best.get(s.id, (0.0, None))[0] and self.in_story(c, self.copies[s.id]):
                best[s.id] = (score, c)
        left = []
        for s in leftovers:
            if s.id in best:
                best[s.id][1].members.append(s.id)
                self.loose.add(s.id)
            else:
                left.append(s)
        return left

    def join_previous(self, leftovers) -> list:
        """A sentence still left that goes on from the sentence before it in its
        article ("The harbour chief blamed the crane." "He took that back a week on.")
        joins that sentence's event: the two share a name, or it opens on a word
        pointing back. Returns what is left."""
        owner = {x: c for c in self.clusters for m in c.members for x in self.copies.get(m, [m])}
        by_place = {(s.article, s.position): s.id for s in self.brief.sentences}
        left = []
        for s in leftovers:
            prev = by_place.get((s.article, s.position - 1))
            c = owner.get(prev) if prev and s.id not in self.ctx.time_unresolved else None
            names = {k for k in self.vectors.get(s.id, {}) if k[:2] in ("E:", "N:")}
            shared = names & {k for k in self.vectors.get(prev, {}) if k[:2] in ("E:", "N:")} if c else set()
            if c is not None and (shared or _POINTS_BACK.match(self.brief.sentence(s.id).text)):
                c.members.append(s.id)
                owner[s.id] = c
                self.loose.add(s.id)
            else:
                left.append(s)
        return left

    def join_main_event(self, leftovers) -> None:
        """What is left joins its article's main event when it shares something with it."""
        heads = _article_heads(self.brief, self.ctx)
        for art in self.brief.used_articles():
            mine = [s for s in leftovers if s.article == art.id]
            head = heads.get(art.id)
            pool = [c for c in self.clusters if mine and self.in_story(c, [mine[0].id])]
            if not pool or not head:
                continue
            main = max(pool, key=lambda c: (self.csim(head, self.centroid(c.members)),
                                             sum(self.art_of[m] == art.id for m in c.members)))
            cent = self.centroid(main.members)
            if self.csim(head, cent) < self.cfg.anchor_title:
                continue
            for s in mine:
                if s.id not in self.ctx.time_unresolved \
                        and self.csim(self.sim.vec.get(s.id, {}), cent) >= self.cfg.join_anchor:
                    main.members.append(s.id)

    def events(self) -> list[Event]:
        """The clusters as events in timeline order, each titled from its most central sentence."""
        order = self.order
        self.clusters.sort(key=lambda c: (c.span is None, c.span is not None and not c.span.year_known,
                                          c.span.start if c.span else date.min, min(order[m] for m in c.members)))
        out, unique = [], Unique()
        for c in self.clusters:
            ids = sorted({x for m in c.members for x in self.copies.get(m, [m])}, key=order.get)
            core = c.dated or c.members
            central = max(core, key=lambda m: (_good_title_sentence(self.ctx, m),
                                               sum(self.group_sim(m, o) for o in c.members if o != m), -order[m]))
            text = self.brief.sentence(central).text
            spans = [(t.start, t.end) for t in self.times_of.get(central, [])]
            dating = [(t.start, t.end) for t in self.times_of.get(central, [])
                      if c.value and (t.value or "").split("/")[0] == c.value]
            out.append(Event(
                id=unique(event_id(ids[0])), title=title_of(self.ctx, central, text, spans, dating),
                date=c.value or (c.span.value(c.span.start) if c.span else None),
                date_end=c.value_end if c.value else (
                    c.span.value(c.span.end) if c.span and c.span.end != c.span.start else None),
                sentences=ids))
        return out


def run(brief: Brief, ctx: Context) -> None:
    """Group sentences into events, in the steps of the module docstring."""
    brief.events = []
    if not brief.sentences:
        return
    g = _Grouping(brief, ctx)
    ctx.similarity_idf = g.sim.idf
    ctx.similarity = g.sim  # later stages ask "is this sentence about that event?"
    dated, reported, undated = g.classify()
    for s, span in sorted(dated, key=g.timeline_key):  # 1. dated sentences, in timeline order
        g.add_dated(s, span)
    g.place_reported(reported)
    dated_clusters = list(g.clusters)
    g.adopt_storylines(dated_clusters)
    leftovers = g.join_undated(undated, dated_clusters)  # 2.
    groups = g.pair_leftovers(leftovers)  # 3.
    leftovers = g.place_groups(groups, dated_clusters)
    leftovers = g.join_previous(g.join_nearest(leftovers))
    g.join_main_event(leftovers)  # 4.
    g.add_background()
    brief.events = g.events()  # 5.
    # good enough for a timeline, not for saying two figures count one thing (conflicts)
    ctx.loose_members = set(g.loose)
    ctx.timeless = g.timeless


STAGE = Stage("events", run, requires=("sentences", "duplicates", "docs", "entities", "times", "time_anchors"),
              provides=("events", "similarity"))
