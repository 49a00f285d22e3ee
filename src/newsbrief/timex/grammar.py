"""A small grammar of English news time expressions, normalised against an anchor.

`find(text, anchor, doc=None)` returns the temporal expressions of one sentence as
`Found(start, end, text, value, kind)`. `anchor` is the date the text is written
from (the article's publication date, or a dateline); with `anchor=None` nothing is
guessed: a day without a year becomes `XXXX-MM-DD`, and expressions that only make
sense relative to a date (weekdays, "yesterday", "last week") get no value and
are left out.

Values follow the brief contract: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `XXXX-MM-DD`,
`XXXX-MM` or a range `START/END`.

Only spans built around a month name, a weekday, a deictic word ("today",
"last week") or a year after a year-taking preposition ("in 2014", "since
1998") are read, so numbers that are not dates ("Z-40", "3.5 miles", "41",
"1,500 people") are never turned into dates.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsbrief.lexicon import mapping, words
from newsbrief.text.number_words import CARDINALS, DECADES, ORDINALS, between, ordinal_value
from newsbrief.timex import refs as time_refs
from newsbrief.timex.tense import tense  # noqa: F401 (also this module's API)
from newsbrief.timex.year_words import _UNITS, YEAR_WORDS, year_in_words

MONTHS = {name: int(n) for name, n in mapping("months").items()}
WEEKDAYS = {name: int(n) for name, n in mapping("weekdays").items()}

# Month names are matched case-sensitively (capitalised or all caps) so "may",
# "march" and "august" as ordinary words never start a date.
_MON_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MON = r"(?:(?:%s)\b|(?:%s)(?:\.|\b)|(?:%s)\b)" % (_MON_FULL, _MON_ABBR, _MON_FULL.upper())
# a month on its own ("in March"): full names or dotted abbreviations ("Jan" may be a name)
MON_ALONE = r"(?:(?:%s)\b|(?:%s)\.|(?:%s)\b)" % (_MON_FULL, _MON_ABBR, _MON_FULL.upper())
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART = r"(?:\s+(?:morning|afternoon|evening|night))"
RANGE_SEP = r"\s*(?:-|\u2013|\u2014|to|and|through|until|till)\s*"
NOT_NUM = r"(?![\d]|[.,:]\d|\s*%|\s*(?:percent|per cent|million|billion)\b)"
# words before a bare year or a bare month that make them read as a time
YEAR_PREP = (r"(?:the|The|a|A|its|their|his|her|in|In|since|Since|until|Until|till|by|By|from|From|during|During|before|Before|after|"
             r"After|through|of|early|late|mid|mid-|Early|Late|between|and|to|or|since\s+at\s+least|"
             r"summer|winter|spring|autumn|fall|end\s+of|beginning\s+of|start\s+of|middle\s+of)")

_RULES: list[tuple[str, re.Pattern]] = []


def _rule(kind: str, pattern: str, flags: int = 0) -> None:
    _RULES.append((kind, re.compile(pattern, flags)))


# full dates and ranges first: the longest match wins when rules overlap
_rule("iso", r"\b(?P<y>%s)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b" % YEAR)
_rule("mdy_range", r"\b(?P<m>%s)\s+(?P<d>%s)%s(?P<d2>%s),?\s+(?P<y>%s)\b%s" % (MON, DAY, RANGE_SEP, DAY, YEAR, NOT_NUM))
_rule("dmy_range", r"\b(?P<d>%s)%s(?P<d2>%s)\s+(?:of\s+)?(?P<m>%s),?\s+(?P<y>%s)\b%s" % (DAY, RANGE_SEP, DAY, MON, YEAR, NOT_NUM))
_rule("md_md_range", r"\b(?P<m>%s)\s+(?P<d>%s)%s(?P<m2>%s)\s+(?P<d2>%s)\b(?:,?\s+(?P<y>%s)\b)?%s" % (MON, DAY, RANGE_SEP, MON, DAY, YEAR, NOT_NUM))
_rule("mdy", r"\b(?:%s,?\s+)?(?P<m>%s)\s+(?P<d>%s),?\s+(?P<y>%s)\b%s" % (WD, MON, DAY, YEAR, NOT_NUM))
_rule("dmy", r"\b(?:%s,?\s+)?(?:the\s+)?(?P<d>%s)\s+(?:of\s+)?(?P<m>%s),?\s+(?P<y>%s)\b%s" % (WD, DAY, MON, YEAR, NOT_NUM))
_rule("md_range", r"\b(?P<m>%s)\s+(?P<d>%s)%s(?P<d2>%s)\b%s" % (MON, DAY, RANGE_SEP, DAY, NOT_NUM))
_rule("dm_range", r"\b(?P<d>%s)%s(?P<d2>%s)\s+(?:of\s+)?(?P<m>%s)" % (DAY, RANGE_SEP, DAY, MON))
_rule("md", r"\b(?:%s,?\s+)?(?P<m>%s)\s+(?P<d>%s)\b%s(?!\s*(?:-|\u2013)\s*\d)" % (WD, MON, DAY, NOT_NUM))
_rule("dm", r"(?<![\d.,])\b(?:%s,?\s+)?(?:the\s+)?(?P<d>%s)\s+(?:of\s+)?(?P<m>%s)(?!\s+\d)" % (WD, DAY, MON))
_rule("my", r"\b(?:(?P<mod>early|mid|late|Early|Mid|Late|mid-|the\s+end\s+of|the\s+beginning\s+of)[\s-]*)?(?P<m>%s),?\s+(?P<y>%s)\b%s" % (MON, YEAR, NOT_NUM))
_rule("month", r"\b(?P<prep>the|The|in|In|since|Since|until|Until|by|By|from|From|during|During|before|Before|after|After|through|last|Last|next|Next|this|This|early|Early|late|Late|of|mid|Mid)\s+(?P<t>(?:(?:early|mid|late|mid-)[\s-]*)?(?P<m>%s))(?!\s*\d)" % MON_ALONE)
_rule("month_rel_year", r"\b(?P<m>%s)\s+(?P<rel>last|next|this)\s+year\b" % MON_ALONE)
_rule("quarter", r"\b(?:(?P<y0>%s)\s+)?(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter\b(?:\s+of\s+(?:(?P<rel>this|next|last)\s+year|(?:fiscal\s+)?(?P<y>%s)\b)|,?\s+(?P<y2>%s)\b)?" % (YEAR, YEAR, YEAR), re.I)
_rule("season_year", r"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>%s)\b%s" % (YEAR, NOT_NUM))
_rule("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dec>(?:1[89]|20)\d0)'?s\b")
_rule("decade_words", r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:(?P<dw>%s)\b|'(?P<d2>[2-9])0s\b)" % "|".join(DECADES))
_rule("century", r"\b(?:(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)|(?P<w>%s))[\s-]+century\b" % "|".join(
    sorted(ORDINALS, key=len, reverse=True)), re.I)
_rule("year", r"\b(?P<prep>%s)\s+(?P<t>(?:(?:early|mid|late)[\s-]+)?(?P<y>%s))\b%s(?!-\d)" % (YEAR_PREP, YEAR, NOT_NUM))
_rule("year_poss", r"\b(?P<y>%s)'s\b" % YEAR)
# "nineteen twenty years ago" counts years
_rule("year_words", YEAR_WORDS + r"(?![\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|people|percent|times|of)\b)", re.I)
_rule("year_2000", r"\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<u>%s))?\b" % _UNITS, re.I)
_rule("fiscal", r"\b(?:fiscal|financial)\s+(?:year\s+)?(?P<y>%s)\b%s" % (YEAR, NOT_NUM))
# deictic and relative expressions (need an anchor)
_rule("weekday", r"\b(?P<mod>(?:last|next|this|this\s+coming|coming|past)\s+)?(?P<wd>%s)(?:'s|\u2019s)?%s?\b" % (WD, PART))
_rule("deictic", r"\b(?P<w>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|"
      r"yesterday\s+(?:morning|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening|night)|"
      r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
      r"(?:midday|noon)(?!\s*(?:on\s+)?(?:%s|today|yesterday|tomorrow)\b|\s+(?:hour|time|deadline|local)))\b" % WD, re.I)
_rule("rel_period", r"\b(?P<mod>(?i:last|this|next|past|earlier\s+this|later\s+this|early\s+this|late\s+this|"
      r"earlier\s+last|late\s+last|early\s+last|the\s+past|the\s+coming|"
      r"the\s+end\s+of\s+last|the\s+end\s+of\s+this|the\s+end\s+of\s+the|the\s+start\s+of\s+the))\s+"
      r"(?P<unit>week|month|year|weekend)\b(?!s)")  # "This Week" (a show) is no time
_rule("the_weekend", r"\b(?:over|during|at|on)\s+(?P<the>the)\s+(?P<unit>weekend)\b", re.I)
# "two days later", "the day after that", "the next day": counted from the last day the
# narrative named (TimeML's reading), never from the publication date
_rule("later", r"\b(?:(?P<n>\d{1,2}|a|an|%s)\s+(?P<unit>day|week)s?\s+(?P<dir>later|earlier|before|after\s+that)|"
      r"(?:the|The)\s+(?P<next>next|following|previous)\s+day|(?:the|The)\s+day\s+(?P<rel>after|before)\s+that|"
      r"(?:earlier|later)\s+(?P<same>in\s+the\s+day|that\s+day|the\s+same\s+day)|(?P<same2>that\s+same\s+day))\b"
      % between(1, 12), re.I)
_rule("ago", r"\b(?P<n>\d{1,2}|a|an|%s)\s+" % between(1, 12) +
      r"(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|before|later|from\s+now|hence)\b", re.I)


_BARE_YEAR = re.compile(r"(?P<y>%s)\b(?![.,]\d)" % YEAR)


@dataclass
class Found:
    start: int
    end: int
    text: str
    value: str | None
    kind: str


# -- helpers -------------------------------------------------------------------------

def month_of(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def iso(d: date) -> str:
    return d.isoformat()


def to_date(value) -> date | None:
    """A `date` from a date, datetime or ISO string (first 10 chars); else None."""
    if value is None:
        return None
    if isinstance(value, date):
        return value if type(value) is date else date(value.year, value.month, value.day)
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if m and valid(int(m[1]), int(m[2]), int(m[3])):
        return date(int(m[1]), int(m[2]), int(m[3]))
    return None


def choose_year(m: int, d: int, anchor: date, when: str | None) -> int | None:
    """The year for month/day: the next one when `when` is "future", the last one when
    "past", else the nearest to the anchor (a little in favour of the past)."""
    best, best_cost = None, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not valid(y, m, d):
            continue
        delta = (date(y, m, d) - anchor).days
        if when == "future":
            cost = delta if delta >= -1 else 5 * -delta
        elif when == "past":
            cost = -delta if delta <= 1 else 5 * delta
        else:
            cost = -delta if delta <= 0 else 1.5 * delta
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def span(a: date, b: date) -> str:
    return iso(a) if a == b else f"{iso(a)}/{iso(b)}"


# -- main ----------------------------------------------------------------------------

def find(text: str, anchor=None, doc=None, keep_unresolved: bool = False, timeml: bool = False,
         narrative=None, same_day=None) -> list[Found]:
    """Temporal expressions of one sentence, normalised against `anchor` (date|None).

    `narrative`: the last day the text named before this sentence (date|None);
    "two days later", "the day after that" count from it (no value without it).
    `same_day`: the day of a happening the sentence just before named (date|None;
    the caller decides which days count, see stage `times`); "earlier in the day",
    "later that day" take it, and with none are not read as a time at all (a day
    named further back, or a background date, says nothing of which day it is).

    `timeml=True` also returns values only TimeML can write (PRESENT_REF, seasons,
    earnings-report quarters read from the text before; see `time_refs`): for a
    whole document, never for the brief's `times[]`."""
    anchor = to_date(anchor)
    candidates = []
    for order, (kind, rx) in enumerate(_RULES):
        for m in rx.finditer(text):
            s, e = m.span("t") if "t" in rx.groupindex else m.span()
            if e > s:
                candidates.append((s, -(e - s), order, kind, m))
    if timeml:
        # order -1: on the same span a TimeML reading is tried first; False hands it back
        for s, e, kind, m in time_refs.candidates(text):
            candidates.append((s, -(e - s), -1, "ref:" + kind, m))
    if doc is not None:
        for t in doc:
            if t.ent_type_ == "DATE" and _BARE_YEAR.fullmatch(t.text) and t.idx + 4 <= len(text):
                m = _BARE_YEAR.match(text, t.idx)
                if m:
                    candidates.append((m.start(), -4, len(_RULES), "year_bare", m))
    candidates.sort()
    taken: list[tuple[int, int]] = []
    out: list[Found] = []
    for start, neg_len, _, kind, m in candidates:
        end = start - neg_len
        if any(start < e and s < end for s, e in taken):
            continue
        if kind.startswith("ref:"):
                value = time_refs.normalise(kind[4:], m, text, anchor, doc)
        else:
            value = _normalise(kind, m, text, anchor, doc, to_date(narrative), to_date(same_day))
        if value is False:  # the rule decided this is not a time at all
            continue
        taken.append((start, end))
        if value is None and not keep_unresolved:
            continue
        out.append(Found(start, end, text[start:end], value, kind))
    out.sort(key=lambda f: f.start)
    return out


def _year_is_count(m: re.Match, text: str, doc) -> bool:
    """`in 2000 cases`: a four-digit number counting something is not a year."""
    after = text[m.end():m.end() + 30]
    if re.match(r"\s*(?:-|\u2013)?\s*(?:people|persons|men|women|children|troops|soldiers|dollars|euros|"
                r"pounds|tons|tonnes|km|kilomet|miles|metres|meters|feet|acres|hectares|units|homes|houses|"
                r"cases|deaths|votes|jobs|barrels|cars|vehicles|workers|students|of\s+them)\b", after, re.I):
        return True
    if doc is not None:
        for t in doc:
            if t.idx == m.start("y"):
                if t.i > 0 and doc[t.i - 1].dep_ in ("det", "poss") and doc[t.i - 1].head == t.head \
                        and t.head.i == t.i + 1 and t.head.tag_ in ("NN", "NNP"):
                    return False  # "a 2024 inspection", "its 2019 report": a year naming one thing, no count
                if t.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
                    return True
                if t.dep_ == "nummod" and t.head.i > t.i and t.head.tag_ == "NNS" and t.head.lemma_.lower() not in (
                        "election", "game", "olympic", "olympics", "talk", "riot", "protest", "accord",
                        "negotiation", "championship", "final", "playoff", "agreement", "law", "attack"):
                    return True
                break
    return False


# -- normalisation, one reader per family of rules ------------------------------------
# Each reader returns the value, None (a time, but no value can be given) or False
# (the match is not a time after all: `find` lets another rule try the span).

_UNREAD = object()


class _Reading:
    """One rule match to normalise: its groups, the sentence, the anchor and the doc.
    The tense of the governing verb is read once, on first use: it walks the parse,
    and most rules never ask for it."""

    def __init__(self, m: re.Match, text: str, anchor: date | None, doc):
        self.m, self.g, self.text, self.anchor, self.doc = m, m.groupdict(), text, anchor, doc
        self.narrative: date | None = None  # the last day the text named before this sentence
        self.same_day: date | None = None  # a happening day the sentence just before named
        self._tense = _UNREAD

    def when(self) -> str | None:
        if self._tense is _UNREAD:
            s, e = self.m.span("t") if "t" in self.m.re.groupindex else self.m.span()
            self._tense = tense(self.text, s, e, self.doc)
        return self._tense

    def fut(self) -> bool:
        return self.when() == "future"


def _read_iso(r: _Reading):
    g = r.g
    y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    return f"{y:04d}-{mo:02d}-{d:02d}" if valid(y, mo, d) else False


def _read_day(r: _Reading):
    """A day of a month, with or without its year ("May 3, 2019", "3 May")."""
    g, anchor = r.g, r.anchor
    mo, d = month_of(g["m"]), day_of(g["d"])
    if g.get("y"):
        y = int(g["y"])
        return f"{y:04d}-{mo:02d}-{d:02d}" if valid(y, mo, d) else False
    if not valid(2000, mo, d):
        return False
    if anchor is None:
        return f"XXXX-{mo:02d}-{d:02d}"
    y = choose_year(mo, d, anchor, r.when())
    return f"{y:04d}-{mo:02d}-{d:02d}" if y else None


def _read_day_range(r: _Reading):
    """"May 3-5, 2019", "3 to 5 May", "May 30 to June 2": a range of days."""
    g, anchor = r.g, r.anchor
    mo, d, d2 = month_of(g["m"]), day_of(g["d"]), day_of(g["d2"])
    mo2 = month_of(g["m2"]) if g.get("m2") else mo
    if (mo2, d2) <= (mo, d) and mo2 == mo:
        return False
    if not (valid(2000, mo, d) and valid(2000, mo2, d2)):
        return False
    if g.get("y"):
        y = int(g["y"])
    elif anchor is None:
        return f"XXXX-{mo:02d}-{d:02d}/XXXX-{mo2:02d}-{d2:02d}"
    else:
        y = choose_year(mo, d, anchor, r.when())
        if y is None:
            return None
    y2 = y + 1 if (mo2, d2) < (mo, d) else y  # "Dec 30 to Jan 2" crosses the year
    if not (valid(y, mo, d) and valid(y2, mo2, d2)):
        return False
    return f"{iso(date(y, mo, d))}/{iso(date(y2, mo2, d2))}"


def _read_month_year(r: _Reading):
    y, mo = int(r.g["y"]), month_of(r.g["m"])
    return f"{y:04d}-{mo:02d}"


def _read_month(r: _Reading):
    """A month on its own ("in March", "last May"): the year comes from the anchor,
    the word before and the tense."""
    g, anchor, when = r.g, r.anchor, r.when
    before = g["prep"].lower()
    if g["m"].rstrip(".").lower() == "may" and before not in (
            "in", "since", "until", "last", "next", "this", "early", "late", "mid"):
        return False  # "by May" may be a person
    mo = month_of(g["m"])
    if anchor is None:
        return f"XXXX-{mo:02d}"
    if before == "last":
        y = anchor.year if mo < anchor.month else anchor.year - 1
    elif before == "next":
        y = anchor.year if mo > anchor.month else anchor.year + 1
    elif before == "this" or mo == anchor.month:
        y = anchor.year
    elif when() == "future" or before in ("until", "by"):
        y = anchor.year if mo > anchor.month else anchor.year + 1
    elif when() == "past" or before == "since":
        y = anchor.year if mo < anchor.month else anchor.year - 1
    else:
        y = choose_year(mo, 15, anchor, None)
    return f"{y:04d}-{mo:02d}"


def _read_quarter(r: _Reading):
    g, anchor = r.g, r.anchor
    q = ordinal_value(g["q"])
    y = g.get("y") or g.get("y2") or g.get("y0")
    rel = (g.get("rel") or "").lower()
    if y:
        y = int(y)
    elif rel and anchor is not None:
        y = anchor.year + {"this": 0, "next": 1, "last": -1}[rel]
    elif anchor is None:
        return None
    else:
        y = anchor.year
        if date(y, 3 * q - 2, 1) > anchor:  # the last such quarter begun (news reports results)
            y -= 1
    return span(date(y, 3 * q - 2, 1), month_range(y, 3 * q)[1])


def _read_season_year(r: _Reading):
    return r.g["y"]


def _read_decade(r: _Reading):
    dec = int(r.g["dec"])
    return f"{dec:04d}/{dec + 9:04d}"


def _read_decade_words(r: _Reading):
    g, anchor = r.g, r.anchor
    if anchor is None:
        return None  # "the sixties": which century is a guess without a date to read from
    d = DECADES[g["dw"].lower()] if g.get("dw") else int(g["d2"])
    start = (anchor.year // 100) * 100 + 10 * d
    if start > anchor.year:  # the latest such decade begun
        start -= 100
    return f"{start:04d}/{start + 9:04d}"


def _read_century(r: _Reading):
    g = r.g
    n = int(g["n"]) if g.get("n") else ORDINALS[g["w"].lower()]
    # the 20th century is written 1900-1999, as TimeML's "19" does
    return f"{(n - 1) * 100:04d}/{(n - 1) * 100 + 99:04d}"


def _read_year_words(r: _Reading):
    return year_in_words(r.g["c"], r.g["yy"])


def _read_year_2000(r: _Reading):
    g = r.g
    return f"{2000 + (CARDINALS[g['u'].lower()] if g.get('u') else 0):04d}"


def _read_year(r: _Reading):
    if _year_is_count(r.m, r.text, r.doc):
        return False
    return r.g["y"]


def _read_weekday(r: _Reading):
    """The weekday nearest the anchor in the direction the modifier or tense says."""
    g, anchor = r.g, r.anchor
    if anchor is None:
        return None
    wd = WEEKDAYS[g["wd"].lower()]
    mod = (g.get("mod") or "").strip().lower()
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if mod in ("next", "coming", "this coming"):
        return iso(anchor + timedelta(days=ahead or 7))
    if mod in ("last", "past"):
        return iso(anchor - timedelta(days=back or 7))
    if r.when() in ("future", "present"):
        return iso(anchor + timedelta(days=ahead))
    return iso(anchor - timedelta(days=back))


def _read_deictic(r: _Reading):
    g, anchor, text, m = r.g, r.anchor, r.text, r.m
    if anchor is None:
        return None
    before = text[:m.start()].rstrip()
    if g["w"][0].isupper() and before and before[-1] not in ".!?:;\"'\u201c\u2018([-_\u2013\u2014,`>":
        return False  # "VOA Today": a name
    w = re.sub(r"\s+", " ", g["w"].lower())
    if w.startswith("the day before"):
        return iso(anchor - timedelta(days=2))
    if w.startswith("the day after"):
        return iso(anchor + timedelta(days=2))
    if w.startswith("yesterday") or w == "last night":
        return iso(anchor - timedelta(days=1))
    if w.startswith("tomorrow"):
        return iso(anchor + timedelta(days=1))
    return iso(anchor)


def _read_relative_period(r: _Reading):
    g = r.g
    if r.anchor is None:
        return None
    mod = re.sub(r"\s+", " ", (g.get("mod") or g.get("the") or "").lower())
    unit = g["unit"].lower()
    return _relative_period(mod, unit, r.anchor, r.fut)


def _read_ago(r: _Reading):
    """"three days ago", "two weeks from now": counted from the anchor."""
    g, anchor = r.g, r.anchor
    if anchor is None:
        return None
    n = g["n"].lower()
    n = int(n) if n.isdigit() else 1 if n in ("a", "an") else CARDINALS.get(n)
    if not n:
        return None
    direction = g["dir"].lower()
    if direction in ("earlier", "before", "later"):
        return None  # relative to another event, not to the anchor
    sign = -1 if direction == "ago" else 1
    unit = g["unit"].lower()
    if unit == "day":
        return iso(anchor + timedelta(days=sign * n))
    if unit == "week":
        day = anchor + timedelta(days=sign * 7 * n)
        monday = day - timedelta(days=day.weekday())
        return span(monday, monday + timedelta(days=6))
    if unit == "month":
        y, mo = add_months(anchor.year, anchor.month, sign * n)
        return f"{y:04d}-{mo:02d}"
    return f"{anchor.year + sign * n:04d}"


def _read_later(r: _Reading):
    """"two days later", "the day after that", "the next day", "earlier in the day",
    "later that day": from the last day the narrative named; no value without one
    ("earlier in the day": the happening day of the sentence before, `same_day`)."""
    g, base = r.g, r.narrative
    if g.get("same") or g.get("same2"):  # "earlier in the day", "later that day"
        # else not read as a time at all (not as a day left unknown)
        return iso(r.same_day) if r.same_day is not None else False
    if base is None:
        return None
    if g.get("next"):
        return iso(base + timedelta(days=-1 if g["next"].lower() == "previous" else 1))
    if g.get("rel"):
        return iso(base + timedelta(days=1 if g["rel"].lower() == "after" else -1))
    n = g["n"].lower()
    n = int(n) if n.isdigit() else 1 if n in ("a", "an") else CARDINALS.get(n)
    if not n:
        return None
    sign = 1 if g["dir"].lower().startswith(("later", "after")) else -1
    days = n * (7 if g["unit"].lower() == "week" else 1)
    day = base + timedelta(days=sign * days)
    if g["unit"].lower() == "week":
        return span(day - timedelta(days=day.weekday()), day - timedelta(days=day.weekday()) + timedelta(days=6))
    return iso(day)


def _read_month_rel_year(r: _Reading):
    """"March last year", "May next year"."""
    if r.anchor is None:
        return None
    y = r.anchor.year + {"last": -1, "next": 1, "this": 0}[r.g["rel"].lower()]
    return f"{y:04d}-{month_of(r.g['m']):02d}"


_READERS = {
    "iso": _read_iso,
    "later": _read_later,
    "month_rel_year": _read_month_rel_year,
    **dict.fromkeys(("mdy", "dmy", "md", "dm"), _read_day),
    **dict.fromkeys(("mdy_range", "dmy_range", "md_range", "dm_range", "md_md_range"), _read_day_range),
    "my": _read_month_year,
    "month": _read_month,
    "quarter": _read_quarter,
    "season_year": _read_season_year,
    "decade": _read_decade,
    "decade_words": _read_decade_words,
    "century": _read_century,
    "year_words": _read_year_words,
    "year_2000": _read_year_2000,
    **dict.fromkeys(("year", "year_poss", "fiscal", "year_bare"), _read_year),
    "weekday": _read_weekday,
    "deictic": _read_deictic,
    **dict.fromkeys(("rel_period", "the_weekend"), _read_relative_period),
    "ago": _read_ago,
}


def _normalise(kind: str, m: re.Match, text: str, anchor: date | None, doc,
               narrative: date | None = None, same_day: date | None = None) -> str | None | bool:
    """The value of one match of rule `kind` (see the readers above)."""
    reader = _READERS.get(kind)
    if not reader:
        return None
    r = _Reading(m, text, anchor, doc)
    r.narrative = narrative
    r.same_day = same_day
    return reader(r)


# -- relative periods: "last week", "this weekend", "earlier this month", "next year" --

def _relative_period(mod: str, unit: str, anchor: date, fut) -> str | None:
    reader = _PERIOD_READERS.get(unit)
    return reader(mod, anchor, fut) if reader else None


def _relative_week(mod: str, anchor: date, fut) -> str | None:
    monday = anchor - timedelta(days=anchor.weekday())
    if mod in ("last", "the previous", "earlier last", "late last", "early last"):
        return span(monday - timedelta(days=7), monday - timedelta(days=1))
    if mod in ("past", "the past"):
        return span(anchor - timedelta(days=7), anchor)
    if mod in ("next", "the following", "the coming"):
        return span(monday + timedelta(days=7), monday + timedelta(days=13))
    if mod == "earlier this":
        return span(monday, max(monday, anchor - timedelta(days=1)))
    if mod == "later this":
        return span(min(anchor + timedelta(days=1), monday + timedelta(days=6)), monday + timedelta(days=6))
    if mod in ("this", "early this", "late this", "the end of this"):
        return span(monday, monday + timedelta(days=6))
    return None


def _relative_weekend(mod: str, anchor: date, fut) -> str | None:
    """A Saturday-Sunday span; only "this weekend" needs the tense (the one just
    past, or the one ahead)."""
    sat_back = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    upcoming = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
    if anchor.weekday() == 6:
        upcoming = anchor + timedelta(days=6)
    if mod in ("next", "the coming"):
        sat = upcoming if anchor.weekday() < 5 else sat_back + timedelta(days=7)
    elif mod in ("this", "the") and fut():
        sat = sat_back if anchor.weekday() in (5, 6) else upcoming
    elif mod in ("last", "past", "the past", "the previous"):
        # on a Saturday or Sunday "last weekend" is the one before
        sat = sat_back - timedelta(days=7) if anchor.weekday() in (5, 6) else sat_back
    else:
        sat = sat_back
    return span(sat, sat + timedelta(days=1))


def _relative_month(mod: str, anchor: date, fut) -> str | None:
    y, mo = anchor.year, anchor.month
    if mod in ("last", "the previous", "earlier last", "late last", "early last", "the end of last"):
        y, mo = add_months(y, mo, -1)
        return f"{y:04d}-{mo:02d}"
    if mod in ("next", "the following", "the coming"):
        y, mo = add_months(y, mo, 1)
        return f"{y:04d}-{mo:02d}"
    if mod in ("past", "the past"):
        return span(anchor - timedelta(days=30), anchor)
    if mod == "earlier this":
        first = date(y, mo, 1)
        return span(first, max(first, anchor - timedelta(days=1)))
    if mod == "later this":
        last = month_range(y, mo)[1]
        return span(min(anchor + timedelta(days=1), last), last)
    if mod in ("this", "early this", "late this", "the end of this"):
        return f"{y:04d}-{mo:02d}"
    return None


def _relative_year(mod: str, anchor: date, fut) -> str | None:
    y = anchor.year
    if mod in ("last", "the previous", "earlier last", "late last", "early last", "the end of last"):
        return f"{y - 1:04d}"
    if mod in ("next", "the following", "the coming"):
        return f"{y + 1:04d}"
    if mod in ("past", "the past"):
        return span(anchor - timedelta(days=365), anchor)
    if mod == "earlier this":
        first = date(y, 1, 1)
        return span(first, max(first, anchor - timedelta(days=1)))
    if mod == "later this":
        return span(min(anchor + timedelta(days=1), date(y, 12, 31)), date(y, 12, 31))
    if mod in ("this", "early this", "late this", "the end of this"):
        return f"{y:04d}"
    return None


_PERIOD_READERS = {"week": _relative_week, "weekend": _relative_weekend, "month": _relative_month,
                   "year": _relative_year}


# -- datelines -----------------------------------------------------------------------

_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'\- ]{1,40},\s*(?:[A-Z][A-Za-z.\- ]{1,30},\s*)?)?"  # optional CITY, (STATE,)
    r"(?:%s,?\s+)?"
    r"(?P<date>(?P<m>%s)\s+(?P<d>%s),?\s+(?P<y>%s)|(?P<d2>%s)\s+(?P<m2>%s),?\s+(?P<y2>%s))"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&\-]{0,30})\)\s*)?(?P<dash>-{1,2}|\u2013|\u2014|:|/)"
    % (WD, MON, DAY, YEAR, DAY, MON, YEAR))


# "DENVER (Wire) -- ", "PORT VESSANY, Ostria (XNA) - ": a place in capitals, maybe a
# region, maybe an agency, then a dash and a capital
_PLACE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?\s*(?:\([A-Za-z][A-Za-z .&\-]{0,30}\)\s*)?"
    r"(?:--|-|\u2013|\u2014)\s+(?=[\"\u201c]?[A-Z])")


# an agency alone in brackets opening the text: "(Wire) -- The storm ...", or after a
# place written in ordinary case: "Valdora (Wire) - Police said ..."
_AGENCY_DATELINE = re.compile(r"^\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?\s*)?"
                              r"\([A-Z][A-Za-z.&]{1,15}\)\s*(?:--|-|\u2013|\u2014)\s+(?=[\"\u201c]?[A-Z])")


def dateline_end(text: str) -> int:
    """Where the text starts after a dateline, dated ("LISBON, May 3, 2019 (Wire) -") or
    not ("DENVER (Wire) --"); 0 when it opens with none. A dateline has a word in
    capitals (a city or an agency), so "NATO - the alliance -" is not one."""
    m = _DATELINE.match(text or "") or _DATELINE_NO_YEAR.match(text or "") or _PLACE_DATELINE.match(text or "")
    if not m or not re.search(r"[A-Z]{3}", text[:m.end()]):
        m = _AGENCY_DATELINE.match(text or "")  # one bracketed word: no capitals needed
        if not m:
            return 0
    end = m.end()
    while end < len(text) and text[end] in " -\u2013\u2014":
        end += 1
    return end


def without_dateline(text: str, min_words: int = 3) -> str:
    """The text after its dateline, when enough is left to stand alone; else the text."""
    end = dateline_end(text)
    return text[end:] if end and len(text[end:].split()) >= min_words else text


def dateline(paragraph: str) -> tuple[date, int] | None:
    """(date, length) of a dateline opening the paragraph, e.g. "May 3, 2019 (Wire) -"."""
    m = _DATELINE.match(paragraph or "")
    if not m:
        return None
    if m["m"]:
        y, mo, d = int(m["y"]), month_of(m["m"]), day_of(m["d"])
    else:
        y, mo, d = int(m["y2"]), month_of(m["m2"]), day_of(m["d2"])
    if not valid(y, mo, d):
        return None
    return date(y, mo, d), m.end()


_DATELINE_NO_YEAR = re.compile(
    r"^\s*[A-Z][A-Za-z.'\- ]{1,40},\s*(?:[A-Z][A-Za-z.\- ]{1,30},\s*)?"
    r"(?:%s,?\s+)?(?P<m>%s)\s+(?P<d>%s)\s*(?:\([A-Za-z][A-Za-z .&\-]{0,30}\)\s*)?(?:-{1,2}|\u2013|\u2014)"
    % (WD, MON, DAY))


def dateline_day(paragraph: str, published) -> date | None:
    """The date of a dateline without a year ("LISBON, May 3 (Wire) -"), completed
    from the publication date when it lies within a week before it; else None."""
    published = to_date(published)
    m = _DATELINE_NO_YEAR.match(paragraph or "")
    if not m or published is None:
        return None
    mo, d = month_of(m["m"]), day_of(m["d"])
    y = choose_year(mo, d, published, "past")
    if y is None:
        return None
    day = date(y, mo, d)
    return day if 0 <= (published - day).days <= 7 else None

