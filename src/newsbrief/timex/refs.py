"""TimeML-only time expressions, read by `time_grammar.find(..., timeml=True)`.

The brief contract (`times[]`) can only hold dates and date ranges, so the stage
never asks for these. TimeML (and so the TempEval bench) also values:

* vague references to the present, past and future: "now", "currently" →
  PRESENT_REF; "recently", "in the past" → PAST_REF; "the future", "soon" →
  FUTURE_REF;
* seasons: "last fall" → 1998-FA (TimeML codes SP, SU, FA, WI);
* years that depend on the document rather than on the anchor alone: "that year",
  "the following year" (the last year the text named), "the year", "year-end"
  (the anchor's year);
* the periods of an earnings report. A report is about one quarter: "the quarter",
  "the latest quarter" are that quarter, and "a year earlier", "the year-ago
  quarter", "year-earlier (profit)" are the same quarter a year before. The
  reporting quarter is the last quarter the text named explicitly ("third-quarter
  profit", "the quarter ended Sept. 30"), else the last quarter ended before the
  anchor.

These readings use the text before the expression, so `find` must be given the
whole document (as the bench does), not one sentence.
"""
from __future__ import annotations

import re
from datetime import date

from newsbrief.text.number_words import ordinal_value
from newsbrief.text.tokens import token_at
from newsbrief.timex.tense import tense
from newsbrief.timex.year_words import YEAR_WORDS, year_in_words

_SEASON = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
YEAR = r"(?:1[89]\d\d|20\d\d)"
_MON = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|"
        r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")

_RULES: list[tuple[str, re.Pattern]] = []


def _rule(kind: str, pattern: str, flags: int = re.I) -> None:
    _RULES.append((kind, re.compile(pattern, flags)))


# -- vague references ----------------------------------------------------------------
_rule("present", r"\b(?:right\s+now|now|currently|these\s+days|nowadays|at\s+present|presently|"
      r"at\s+the\s+moment)\b(?!\s+that\b)")  # "now that ..." is a conjunction
_rule("present_adj", r"\b(?P<then>then[\s-]+)?current\b(?!\s+(?:year|quarter|month|week|fiscal|period)\b)")
_rule("past", r"\b(?:(?:more\s+|until\s+|only\s+)?recently|in\s+the\s+past|the\s+past)\b"
      r"(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|year|month|"
      r"week|day|decade|century|quarter|summer|winter|spring|fall|hour|night|weekend)s?\b)")
# "the recent sale": recent before a noun that is not a time unit (those are durations)
_rule("past_adj", r"\brecent(?:\s+years)?\b(?!\s+(?:days|weeks|months|quarters|decades|hours)\b)")
_rule("future", r"\b(?:(?:in\s+)?the\s+(?:near\s+|distant\s+|not[\s-]+too[\s-]+distant\s+)?future|"
      r"as\s+soon\s+as\s+possible|soon)\b(?!\s+(?:after|afterwards|as|became|becomes)\b)")

# -- seasons -------------------------------------------------------------------------
_rule("season", r"\b(?:(?P<mod>last|next|this\s+past|this\s+coming|this|the|early|late|in|during|over|since|until|"
      r"by)\s+)(?P<early>(?:early|late|mid)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)\b"
      r"(?!\s+(?:of\b|\d|season|semester|term|collection|olympics|games|camp|school|session))"
      r"(?:\s+of\s+(?P<y>%s))?" % YEAR)
_rule("season_of", r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)\s+of\s+"
      r"(?:(?P<y>%s)\b|%s)" % (YEAR, YEAR_WORDS))

# -- years of the document -----------------------------------------------------------
_rule("that_year", r"\b(?P<mod>(?:later|earlier|early|late)\s+that|that|the\s+following|the\s+next|the\s+previous|"
      r"the\s+preceding)\s+year\b(?![-\s]+(?:ago|earlier|old)\b)")
_rule("year_before", r"\bthe\s+year\s+(?P<dir>before|after)\b")
_rule("this_year", r"\b(?:(?:earlier|later)\s+in\s+)?the\s+(?:current\s+|full\s+|same\s+)?(?:fiscal\s+)?year\b"
      r"(?!'s)(?![-\s]+(?:ago|earlier|before|after|ended|ending|end(?:ed|ing)?|to\s+date|old|two\s+thousand)\b)")
_rule("year_end", r"\b(?:the\s+end\s+of\s+the\s+year|year[\s-]end|year's\s+end)\b")

# -- earnings-report periods ---------------------------------------------------------
_rule("q_ago", r"\b(?:the\s+)?(?:comparable\s+|same\s+)?(?:year[\s-]ago|year[\s-]earlier)(?:\s+(?P<q>first|second|third|"
      r"fourth))?(?:\s+(?P<unit>quarter|period))?\b(?!\s+(?:nine|six|three|first|second|half|year|twelve)\b)")
_rule("q_year_ago", r"\b(?:the\s+(?:quarter|period)\s+)?(?:a|one)\s+year\s+(?:ago|earlier|before)\b")
_rule("q_last_year", r"\b(?:the\s+(?:quarter|period)\s+last\s+year|last\s+year's\s+(?:quarter|period))\b")
_rule("q_this", r"\b(?:the\s+(?:latest|current|recent|most\s+recent|same|just-ended|just\s+ended)\s+|this\s+|that\s+|"
      r"the\s+)(?:fiscal\s+)?(?P<unit>quarter|period)\b(?!\s+(?:ended|ending|a\s+year|last\s+year)\b)(?!-)")
_rule("q_year", r"\bthe\s+(?P<y>%s)\s+(?:fiscal\s+)?(?:quarter|period)\b" % YEAR)

_QUARTER_MENTION = re.compile(
    r"\b(?:(?P<y0>%s)\s+|fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?"
    r"quarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<y>%s))?|\bquarter\s+ended\s+(?P<m>%s)\s+\d" % (YEAR, YEAR, _MON), re.I)
_MONTH_Q = {"jan": 1, "feb": 1, "mar": 1, "apr": 2, "may": 2, "jun": 2, "jul": 3, "aug": 3, "sep": 3,
            "oct": 4, "nov": 4, "dec": 4}
_MONEY = re.compile(r"\$|\d\s*%|\bcents?\b|\bmillion\b|\bbillion\b|\bnet\b|\bprofits?\b|\bloss(?:es)?\b|\bearn|"
                    r"\brevenues?\b|\bsales\b|\bincome\b|\bresults\b", re.I)
# a sentence about a longer period than a quarter: its "a year earlier" is that period a year before
_LONGER = re.compile(r"\b(?:nine|six|twelve)\s+months\b|\b(?:first|second)\s+half\b|\bfull\s+year\b|"
                     r"\bfiscal\s+(?:year|%s)\b|\bthe\s+year\b(?![-\s]+(?:ago|earlier)\b)" % YEAR, re.I)
_YEAR_MENTION = re.compile(r"(?<![\d$.,])\b(%s)\b(?![.,]?\d|\s*%%)" % YEAR)


def candidates(text: str):
    """(start, end, kind, match) of every TimeML-only expression in the text."""
    for kind, rx in _RULES:
        for m in rx.finditer(text):
            if m.end() > m.start():
                yield m.start(), m.end(), kind, m


def _sentence(text: str, start: int, end: int, doc) -> tuple[int, int]:
    tok = token_at(doc, start) if doc is not None else None
    if tok is not None and tok.doc.has_annotation("SENT_START"):
        return tok.sent.start_char, tok.sent.end_char
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    b = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return a + 1, (min(b) if b else len(text))


def _reporting_quarter(text: str, upto: int, anchor: date) -> tuple[int, int] | None:
    """(year, quarter) of the last quarter named before `upto`; else None."""
    last = None
    for m in _QUARTER_MENTION.finditer(text, 0, upto):
        q = _MONTH_Q[m["m"][:3].lower()] if m["m"] else ordinal_value(m["q"])
        if m["y"] or m["y0"]:
            y = int(m["y"] or m["y0"])
        else:
            y = anchor.year
            if date(y, 3 * q - 2, 1) > anchor:  # the last such quarter begun
                y -= 1
        if (y, q) >= ((anchor.year, (anchor.month - 1) // 3 + 1)):
            continue  # a quarter not over yet is a forecast, not the one reported
        last = (y, q)
    return last


def _quarter_before(anchor: date) -> tuple[int, int]:
    q = (anchor.month - 1) // 3 + 1
    return (anchor.year, q - 1) if q > 1 else (anchor.year - 1, 4)


def normalise(kind: str, m: re.Match, text: str, anchor: date | None, doc) -> str | None | bool:
    """The TimeML value of a candidate; False hands the span back to the main grammar."""
    g = m.groupdict()
    if kind == "present":
        return "PRESENT_REF"
    if kind == "present_adj":
        return "PAST_REF" if g.get("then") else "PRESENT_REF"
    if kind in ("past", "past_adj"):
        return "PAST_REF"
    if kind == "future":
        if m.group().lower() == "soon":
            if tense(text, m.start(), m.end(), doc) == "past":
                return False  # "was soon released": soon after a past event, not the future
        return "FUTURE_REF"
    if anchor is None:
        return None
    if kind in ("season", "season_of"):
        code = _SEASON[g["s"].lower()]
        if g.get("c"):
            return f"{year_in_words(g['c'], g['yy'])}-{code}"
        if g.get("y"):
            return f"{g['y']}-{code}"
        mod = re.sub(r"\s+", " ", (g.get("mod") or "").lower())
        if mod == "the" and g["s"].lower() == "fall" and not g.get("early"):
            return False  # "the fall of the regime"
        # TimeML convention: "last summer" is the previous year's, "next summer" the next year's
        y = anchor.year + {"last": -1, "next": 1}.get(mod, 0)
        return f"{y:04d}-{code}"
    if kind == "this_year":
        return f"{anchor.year:04d}"
    if kind == "year_end":
        return f"{anchor.year:04d}"
    if kind in ("that_year", "year_before"):
        years = [int(y.group(1)) for y in _YEAR_MENTION.finditer(text, 0, m.start())]
        if not years:
            return False
        shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1,
                 "before": -1, "after": 1}.get(re.sub(r"\s+", " ", (g.get("mod") or g.get("dir") or "").lower()), 0)
        return f"{years[-1] + shift:04d}"
    if kind.startswith("q_"):
        return _earnings_period(kind, m, text, anchor, doc)
    return None


def _earnings_period(kind: str, m: re.Match, text: str, anchor: date, doc) -> str | bool:
    g = m.groupdict()
    s, e = _sentence(text, m.start(), m.end(), doc)
    sentence = text[s:e]
    explicit = ("quarter" in m.group().lower() or g.get("q")
                or (kind in ("q_ago", "q_this") and "period" in m.group().lower()))
    rq = _reporting_quarter(text, e, anchor)
    if rq is None:
        if not re.search(r"\bquarter\b", text[:e], re.I):
            return False  # not an earnings report about a quarter
        rq = _quarter_before(anchor)
    y, q = rq
    if kind == "q_this":
        if "current" in m.group().lower():
            return f"{anchor.year:04d}-Q{(anchor.month - 1) // 3 + 1}"
        if m.group().lower().startswith("the period") or "period" in m.group().lower() and not re.search(
                r"latest|recent|just", m.group(), re.I):
            return False  # "the period" alone is too vague
        return f"{y:04d}-Q{q}"
    if kind == "q_year":
        return f"{int(g['y']):04d}-Q{q}" if not _LONGER.search(sentence) else False
    if g.get("q"):
        q = ordinal_value(g["q"])
    if not explicit:
        # "a year earlier", "year-earlier profit": a comparison of figures in the report
        if not _MONEY.search(sentence):
            return False
        if _LONGER.search(sentence):
            return f"{y - 1:04d}"
    elif _LONGER.search(sentence) and not re.search(r"quarter", m.group(), re.I):
        return f"{y - 1:04d}"
    return f"{y - 1:04d}-Q{q}"
