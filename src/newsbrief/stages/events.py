"""Stage `events`: sentences reporting the same happening, grouped into dated events.

1. Each sentence gets the date of the happening it reports (`happening_date`): the
   day-level times found by `times`, preferring a date attached to a non-reporting
   verb ("confirmed on Tuesday that the quay was sealed on 4 March" -> 4 March).
   A sentence whose only dates lie far before its article's publication date is
   background and joins no event.
2. Dated sentences (duplicates counted with their original) join an event with an
   overlapping date and similar content (IDF-weighted words, entities, numbers),
   else start one.
3. Undated sentences join the most similar event whose date lies within their
   article's storyline: between `STORY_DAYS` before and a day after the
   publication date (without a publication date: only events that already hold a
   dated sentence of the same article). Undated sentences that match no event but
   match each other across articles form an event dated by the publication date.
4. Events are ordered as a timeline; ids ev1, ev2, ... in that order. Titles are
   the main clause of the most central sentence, trimmed (no invented words).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsbrief.model import Brief, Event
from newsbrief.text.number_words import CARDINALS
from newsbrief.timex.grammar import to_date

STORY_DAYS = 21  # an undated sentence may join an event up to this many days before publication
BACKGROUND_DAYS = 60  # a date this much older than publication is background
JOIN_DATED = 0.06  # similarity for two sentences with overlapping dates
JOIN_UNDATED = 0.16  # similarity for an undated sentence to join an event
PAIR_UNDATED = 0.22  # similarity for two undated sentences to form an event
ANCHOR_TITLE = 0.12  # an article's title must be this close to the event taken as its main one
PARAPHRASE = 0.45  # an undated sentence this close to one of a dated storyline reports the same thing
JOIN_ANCHOR = 0.09  # an undated sentence this close to its article's main event joins it

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


# -- features ----------------------------------------------------------------------------

def skeleton(word: str) -> str:
    """A spelling-tolerant key for names: "Velmour" and "Velmor" meet."""
    w = re.sub(r"[^a-z]", "", word.lower())
    w = re.sub(r"(.)\1+", r"\1", w)
    return (w[0] + re.sub(r"[aeiouy]", "", w[1:])) if w else w


def features(brief: Brief, sid: str, text: str) -> Counter:
    doc = brief.spacy_doc(sid)
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
    if True:
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
    out: dict[str, Counter] = {}
    for e in brief.entities or []:
        for m in e.mentions:
            out.setdefault(m.sentence, Counter())["E:" + e.id] += 1
    return out


DENSE_UP_TO = 4000  # sentences; the pair matrix then takes at most 128 MB


class Similarity:
    def __init__(self, vectors: dict[str, Counter]):
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
        self.cache: dict[tuple[str, str], float] = {}
        # Grouping asks for most pairs: one sparse product answers them all at C speed
        # (a Python dot product per pair was the stage's main cost). Very large
        # inputs keep the lazy per-pair path, whose memory grows with the pairs asked.
        self.row: dict[str, int] = {}
        self.matrix = None
        if len(self.vec) <= DENSE_UP_TO:
            self._all_pairs()

    def _all_pairs(self) -> None:
        from scipy.sparse import csr_matrix

        keys: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, (sid, w) in enumerate(self.vec.items()):
            self.row[sid] = i
            for k, x in w.items():
                rows.append(i)
                cols.append(keys.setdefault(k, len(keys)))
                vals.append(x)
        m = csr_matrix((vals, (rows, cols)), shape=(len(self.row), max(1, len(keys))))
        self.matrix = (m @ m.T).toarray()

    def __call__(self, a: str, b: str) -> float:
        if self.matrix is not None:
            i, j = self.row.get(a), self.row.get(b)
            return 0.0 if i is None or j is None else float(self.matrix[i, j])
        key = (a, b) if a < b else (b, a)
        if key not in self.cache:
            va, vb = self.vec.get(a, {}), self.vec.get(b, {})
            if len(va) > len(vb):
                va, vb = vb, va
            self.cache[key] = sum(x * vb.get(k, 0.0) for k, x in va.items())
        return self.cache[key]


def paraphrase_guard(brief: Brief, vectors: dict, a: str, b: str) -> bool:
    """May two sentences count as paraphrases of one happening? Not when their numbers
    disagree ("four farmers" / "two farmers") or one tells of a recurrence ("again",
    "a new flood")."""
    na = {k for k in vectors.get(a, {}) if k.startswith("#:")}
    nb = {k for k in vectors.get(b, {}) if k.startswith("#:")}
    if na and nb and not na & nb:
        return False
    for sid in (a, b):
        doc = brief.spacy_doc(sid)
        if doc is not None:
            words = {t.lower_ for t in doc if t.pos_ != "PROPN"}  # "New Calder" is no recurrence
        else:
            words = set(re.findall(r"\b[a-z]+\b", brief.sentence(sid).text))
        if words & RECURRENCE:
            return False
    return True


# -- happening dates ---------------------------------------------------------------------

def _attachment(doc, start: int) -> tuple[str | None, bool]:
    """(lemma of the governing verb, whether the path to it passes through a noun)."""
    if doc is None:
        return None, False
    tok = next((t for t in doc if t.idx + len(t.text) > start), None)
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


def happening_date(brief: Brief, sid: str, times: list, anchor: date | None) -> tuple[Span | None, bool, bool]:
    """(span, background, reported_only) for one sentence.

    Among several dates the one of the happening wins: not attached to a reporting
    verb ("said on Tuesday"), not a noun modifier ("Tuesday's fire"), the narrowest.
    `reported_only` is True when the only date is that of a statement."""
    doc = brief.spacy_doc(sid)
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
        days.append((int(lemma in REPORTING), int(via_noun), (span.end - span.start).days, span))
    if days:
        days.sort(key=lambda x: (x[0], x[1], x[2], x[3].start))
        return days[0][3], False, days[0][0] == 1
    return None, old and not recent, False


def _article_heads(brief: Brief) -> dict[str, dict]:
    """IDF-weighted unit vectors of each article's title (else its first sentence)."""
    from newsbrief import resources as nlp

    texts = {}
    for a in brief.used_articles():
        if a.title:
            texts[a.id] = a.title
    docs = dict(zip(texts, nlp.load().pipe(list(texts.values())))) if texts else {}
    idf = brief.runtime.get("event_idf", {})
    out = {}
    for a in brief.used_articles():
        if a.id in docs:
            feats = _doc_features(docs[a.id])
        else:
            first = next((s for s in brief.sentences if s.article == a.id), None)
            if first is None:
                continue
            feats = features(brief, first.id, first.text)
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


def title_of(brief: Brief, sid: str, text: str, skip_spans=()) -> str:
    doc = brief.spacy_doc(sid)
    if doc is not None and len(doc):
        from newsbrief.timex.grammar import dateline_end

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
            if 4 <= len(title.split()) <= 22:
                return title
    from newsbrief.timex.grammar import dateline_end

    text = text[dateline_end(text):]
    words = text.split()
    short = " ".join(words[:14])
    cut = re.split(r"(?<=\w)[,;:](?=\s)", short)[0]
    out = (cut if len(cut.split()) >= 5 else short).strip(" ,;:\"'")
    out = re.sub(r"^(?:But|And|However|Yet|So|Meanwhile|Also)\b,?\s*", "", out)
    out = out[:1].upper() + out[1:]
    return out + ("" if len(cut.split()) >= 5 or len(words) <= 14 else "...")


def _good_title_sentence(brief: Brief, sid: str) -> bool:
    doc = brief.spacy_doc(sid)
    if doc is None:
        return True
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
    return bool(subj) and subj[0].lower_ not in PRONOUNS and not doc.text.startswith(('"', "\u201c"))


# -- the stage ---------------------------------------------------------------------------

def run(brief: Brief, options=None) -> None:
    brief.events = []
    sentences = brief.sentences
    if not sentences:
        return
    order = {s.id: i for i, s in enumerate(sentences)}
    art_of = {s.id: s.article for s in sentences}
    pub = {a.id: to_date(a.published) for a in brief.articles}
    anchors = brief.runtime.get("time_anchor", {})
    times_of: dict[str, list] = {}
    for t in brief.times:
        times_of.setdefault(t.sentence, []).append(t)

    ents = entity_features(brief)
    vectors = {}
    for s in sentences:
        v = features(brief, s.id, s.text)
        v.update(ents.get(s.id, Counter()))
        vectors[s.id] = v
    sim = Similarity(vectors)
    brief.runtime["event_idf"] = sim.idf
    brief.runtime["event_similarity"] = sim  # later stages ask "is this sentence about that event?"

    roots = [s for s in sentences if brief.root_of(s.id) == s.id]
    copies: dict[str, list[str]] = {}
    for s in sentences:
        copies.setdefault(brief.root_of(s.id), []).append(s.id)

    def group_sim(a: str, b: str) -> float:
        return max(sim(x, y) for x in copies.get(a, [a]) for y in copies.get(b, [b]))

    dated, reported, undated = [], [], []
    for s in roots:
        span, background, said = None, False, False
        for sid in copies[s.id]:
            anchor = anchors.get(sid, pub.get(art_of[sid]))
            span, background, said = happening_date(brief, sid, times_of.get(sid, []), anchor)
            if span or background:
                break
        if span and said:
            reported.append((s, span))
        elif span:
            dated.append((s, span))
        elif not background:
            undated.append(s)

    # 1. dated sentences, in timeline order
    clusters: list[Cluster] = []
    dated.sort(key=lambda x: (not x[1].year_known, x[1].start, order[x[0].id]))

    def add_dated(s, span) -> None:
        best, best_sim = None, JOIN_DATED
        for c in clusters:
            if not c.span.overlaps(span):
                continue
            score = max(group_sim(s.id, m) for m in c.members)
            if score >= best_sim:
                best, best_sim = c, score
        if best is None:
            best = Cluster(span=Span(span.start, span.end, span.year_known))
            clusters.append(best)
        else:
            best.span = Span(min(best.span.start, span.start), max(best.span.end, span.end), span.year_known)
        best.members.append(s.id)
        best.dated.append(s.id)
        best.articles.update(art_of[x] for x in copies[s.id])

    for s, span in dated:
        add_dated(s, span)
    # a sentence dated only by its statement ("officials said on Wednesday") reports an
    # earlier happening when it matches one; else the statement is the event
    happened = list(clusters)
    for s, span in sorted(reported, key=lambda x: (not x[1].year_known, x[1].start, order[x[0].id])):
        best, best_sim = None, JOIN_UNDATED
        for c in happened:
            if c.span.year_known != span.year_known or c.span.start > span.end \
                    or (span.start - c.span.start).days > STORY_DAYS:
                continue
            score = max(group_sim(s.id, m) for m in c.dated)
            if score >= best_sim:
                best, best_sim = c, score
        if best is not None:
            best.members.append(s.id)
            best.dated.append(s.id)
            best.articles.update(art_of[x] for x in copies[s.id])
        else:
            add_dated(s, span)
    dated_clusters = list(clusters)

    # 2. undated sentences join the most similar event of their storyline
    # Without a publication date an article's storyline is told by the days it names:
    # it may only meet events (and articles) whose months agree with them.
    sig: dict[str, set] = {}
    for t in brief.times:
        a = art_of.get(t.sentence)
        span = parse_span(t.value)
        if a is not None and pub.get(a) is None and span is not None:
            sig.setdefault(a, set()).add((span.start.year if span.year_known else None, span.start.month))

    def story_of(c: Cluster, sid: str) -> bool:
        a = art_of[sid]
        p = pub.get(a)
        if c.span is None:
            return p is None and a in c.articles
        if p is None:
            if a in c.articles:
                return True
            mine = sig.get(a)
            when = {(c.span.start.year if c.span.year_known else None, c.span.start.month)}
            return bool(mine) and compatible(mine, when)
        return c.span.year_known and p - timedelta(days=STORY_DAYS) <= c.span.start <= p + timedelta(days=1)

    def in_story(c: Cluster, sids, every: bool = False) -> bool:
        return (all if every else any)(story_of(c, sid) for sid in sids)

    centroid_cache: dict = {}

    def centroid(ids) -> dict:
        key = tuple(ids)
        if key in centroid_cache:
            return centroid_cache[key]
        centroid_cache[key] = out = _centroid(ids)
        return out

    def _centroid(ids) -> dict:
        out: dict = {}
        for m in ids:
            for x in copies.get(m, [m]):
                for k, w in sim.vec.get(x, {}).items():
                    out[k] = out.get(k, 0.0) + w
        norm = math.sqrt(sum(w * w for w in out.values())) or 1.0
        return {k: w / norm for k, w in out.items()}

    def csim(vec: dict, cent: dict) -> float:
        return sum(w * cent.get(k, 0.0) for k, w in vec.items())

    def best_event(vec: dict, sids, threshold: float, pool, every: bool = False) -> Cluster | None:
        best, best_sim = None, threshold
        for c in pool:
            if not in_story(c, sids, every):
                continue
            score = csim(vec, centroid(c.dated or c.members))
            if score >= best_sim:
                best, best_sim = c, score
        return best

    # a sentence naming a day we could not resolve ("on Saturday", no anchor) has a
    # date of its own: it joins no event of another date, only its like
    unknown_day = brief.runtime.get("time_unresolved", set())
    leftovers = []
    for s in undated:
        if s.id in unknown_day:
            leftovers.append(s)
            continue
        target = best_event(sim.vec.get(s.id, {}), copies[s.id], JOIN_UNDATED, dated_clusters)
        if target is None and pub.get(s.article) is None and not sig.get(s.article):
            # an article naming no day: a close paraphrase of a dated sentence ties it
            best_sim = PARAPHRASE
            for c in dated_clusters:
                for m in c.members:
                    score = group_sim(s.id, m)
                    if score >= best_sim and paraphrase_guard(brief, vectors, s.id, m):
                        target, best_sim = c, score
        if target is not None:
            target.members.append(s.id)
        else:
            leftovers.append(s)

    # 3. undated sentences matching each other, most similar pairs first, as long as a
    # group keeps to one storyline: publication dates within STORY_DAYS of each other,
    # or (no publication dates) the days its articles name agree
    state = {}
    for i, s in enumerate(leftovers):
        p = pub.get(s.article)
        state[i] = {"ids": [i], "low": p, "high": p, "sig": set(sig.get(s.article, set())), "dated": p is not None,
                    "arts": {s.article}}
    owner = list(range(len(leftovers)))
    pairs = []
    for i, s in enumerate(leftovers):
        for j in range(i):
            if (pub.get(s.article) is None) != (pub.get(leftovers[j].article) is None):
                continue
            score = group_sim(s.id, leftovers[j].id)
            if score >= PAIR_UNDATED:
                pairs.append((-score, j, i))
    for neg, j, i in sorted(pairs):
        a, b = owner[i], owner[j]
        if a == b:
            continue
        ga, gb = state[a], state[b]
        if ga["dated"]:
            if (max(ga["high"], gb["high"]) - min(ga["low"], gb["low"])).days > STORY_DAYS:
                continue
        elif not (ga["arts"] | gb["arts"] == ga["arts"] == gb["arts"]
                  or (ga["sig"] and gb["sig"] and compatible(ga["sig"], gb["sig"]))
                  or (-neg >= PARAPHRASE and bool(ga["sig"]) != bool(gb["sig"])
                      and paraphrase_guard(brief, vectors, leftovers[i].id, leftovers[j].id))):
            # an article naming no day could belong to any storyline: only a paraphrase of
            # a sentence whose article names its days ties it to that storyline
            continue
        # centroid linkage: the two groups as wholes must still be alike (no chains)
        if csim(centroid([leftovers[k].id for k in ga["ids"]]),
                centroid([leftovers[k].id for k in gb["ids"]])) < PAIR_UNDATED:
            continue
        ga["ids"] += gb["ids"]
        ga["arts"] |= gb["arts"]
        if ga["dated"]:
            ga["low"], ga["high"] = min(ga["low"], gb["low"]), max(ga["high"], gb["high"])
        ga["sig"] |= gb["sig"]
        for k in gb["ids"]:
            owner[k] = a
        del state[b]
    groups = [[leftovers[k] for k in sorted(g["ids"])] for g in state.values()]
    groups.sort(key=lambda g: order[g[0].id])
    leftovers = []
    for group in groups:
        ids = [m.id for m in group]
        target = None
        if len(group) > 1 and not any(m in unknown_day for m in ids):
            target = best_event(centroid(ids), ids, JOIN_UNDATED, dated_clusters, every=True)
        if target is not None:
            target.members.extend(ids)
        elif len(ids) >= 2 and len({a for m in ids for a in brief.carriers(m)}) >= 2:
            if pub.get(group[0].article):
                day = min(pub[m.article] for m in group)
                clusters.append(Cluster(span=Span(day, day), members=ids, articles={m.article for m in group}))
            else:  # no date to give it: an undated event
                clusters.append(Cluster(span=None, members=ids, articles={m.article for m in group}))
        else:
            leftovers.extend(group)

    # 4. what is left joins its article's main event when it shares something with it
    heads = _article_heads(brief)
    for art in brief.used_articles():
        mine = [s for s in leftovers if s.article == art.id]
        if not mine:
            continue
        head = heads.get(art.id)
        pool = [c for c in clusters if in_story(c, [mine[0].id])]
        if not pool or not head:
            continue
        main = max(pool, key=lambda c: (csim(head, centroid(c.members)),
                                         sum(art_of[m] == art.id for m in c.members)))
        cent = centroid(main.members)
        if csim(head, cent) < ANCHOR_TITLE:
            continue
        for s in mine:
            if s.id not in unknown_day and csim(sim.vec.get(s.id, {}), cent) >= JOIN_ANCHOR:
                main.members.append(s.id)

    # 5. timeline, ids, titles
    clusters.sort(key=lambda c: (c.span is None, c.span is not None and not c.span.year_known,
                                 c.span.start if c.span else date.min, min(order[m] for m in c.members)))
    for n, c in enumerate(clusters, start=1):
        ids = sorted({x for m in c.members for x in copies.get(m, [m])}, key=order.get)
        core = c.dated or c.members
        central = max(core, key=lambda m: (_good_title_sentence(brief, m),
                                           sum(group_sim(m, o) for o in c.members if o != m), -order[m]))
        text = brief.sentence(central).text
        spans = [(t.start, t.end) for t in times_of.get(central, [])]
        brief.events.append(Event(
            id=f"ev{n}", title=title_of(brief, central, text, spans),
            date=c.span.value(c.span.start) if c.span else None,
            date_end=c.span.value(c.span.end) if c.span and c.span.end != c.span.start else None,
            sentences=ids))
    brief.runtime["event_of"] = {sid: e.id for e in brief.events for sid in e.sentences}
