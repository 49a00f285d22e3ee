"""What two figures must share to be rival counts of one thing (used by `conflicts`):
the same population, a comparable whole count, and for progressions the order of
their dates.

- `countable`: a whole count, where "killed two of the raiders" counts the killed
  raiders (only "two of the dead", "one of its drivers" are parts; lexicon
  `whole_counts`).
- `same_population`: "five soldiers" and "nine civilians" of one event are two counts,
  not rivals, and "five soldiers" against "twelve people" is a part against a total;
  the side of a counted noun comes from lexicon `population_sides` (a generic noun,
  "people", "victims" or none, is no side).
- `dated_order`: which of two figures was published later, when both articles are dated
  on different days.
- `to_date`: a toll of a whole conflict or season up to now ("in the year-long war",
  "in the past year", "since the uprising began"): its own scope, never compared with
  the count of one incident.
- `pair_bounds`: two open lower bounds read as news writes them: "more than 3,000" is
  3,000-something (below 4,000), "more than 4,200" below about 4,620.
"""
from __future__ import annotations

import re

from newsbrief.lexicon import mapping, words
from newsbrief.stages.figure_groups import ADDITIVE, article_of, bounds, comparable

WHOLE_COUNTS = words("whole_counts")
SIDES = mapping("population_sides")


def countable(brief, f) -> bool:
    return comparable(brief, f, WHOLE_COUNTS)


def side(f) -> str | None:
    """The population side of what a figure counts ("gunmen" -> fighters), None when generic."""
    counted = (f.counted or "").lower().replace("-", " ").split()
    for word in reversed(counted):
        if word in SIDES:
            return SIDES[word]
    return None


def same_population(a, b) -> bool:
    """Both count one side, or both count without naming one ("people", "victims"):
    "five soldiers" against "twelve people" is a part against a total."""
    return side(a) == side(b)


def published(brief, f):
    from newsbrief.timex.grammar import to_date
    art = brief.article(article_of(brief, f.sentence) or "")
    return to_date(art.published) if art and art.published else None


def dated_order(brief, a, b):
    """(earlier, later) when both figures' articles are dated on different days, else None."""
    da, db = published(brief, a), published(brief, b)
    if da is None or db is None or da == db:
        return None
    return (a, b) if da < db else (b, a)


TO_DATE = re.compile(r"\b(?:to date|in total|since (?:the|its) (?:start|beginning|outbreak)|since (?:it|the \w+) began"
                     r"|(?:year|month|week|decade)s?-long|in the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?|decades?))\b",
                     re.I)
MORE_THAN = re.compile(r"^(?:an? estimated\s+|some\s+)?(?:more than|over|upwards of)\s", re.I)


SPANS = re.compile(r"\b(year|month|week|decade)s?\b", re.I)


def to_date_span(brief, f) -> str | None:
    """The period a toll to date covers ("year" for "in the year-long war" and "in the past
    year", "all" for "since it began"), None when the figure is no toll to date: two tolls
    of different periods are not rivals."""
    if not to_date(brief, f):
        return None
    m = TO_DATE.search(brief.sentence(f.sentence).text)
    span = SPANS.search(m.group(0))
    return span.group(1).lower() if span else "all"


def to_date(brief, f) -> bool:
    """A count of people up to now over a whole conflict or period, not of one incident."""
    if f.measure in ("other", "money", "distance"):
        return False
    if f.counted and ADDITIVE.search(f.counted.replace(f.text or "\0", " ")):
        return False  # "another 40 people": an addition
    if f.low == 1 and f.high == 1:
        return False  # "a soldier": one of the count
    s = brief.sentence(f.sentence)
    if s is None or not TO_DATE.search(s.text):
        return False
    at = s.text.find(f.text or "\0")
    return at < 0 or not re.match(r"\s+of\s+(?:its|their|the|his|her|our|them|those)\b", s.text[at + len(f.text):])


def _open_upper(n: float) -> float:
    """The upper end "more than n" leaves open in news writing: the next step of its
    rounding (3,000 -> 4,000; 4,200 -> about 4,620; 45 -> about 50)."""
    digits = str(int(n))
    zeros = len(digits) - len(digits.rstrip("0")) if int(n) else 0
    return n + max(10 ** zeros, n * 0.1)


def pair_bounds(a, b):
    """The bounds of two figures as compared with each other."""
    ba, bb = bounds(a), bounds(b)
    if MORE_THAN.match(a.text or "") and MORE_THAN.match(b.text or "") and a.low and b.low \
            and a.high is None and b.high is None and not (a.vague or b.vague):
        ba, bb = (a.low, _open_upper(a.low)), (b.low, _open_upper(b.low))
    return ba, bb
