"""What two figures must share to be rival counts of one thing (used by `conflicts`):
the same population, a comparable whole count, and for progressions the order of
their dates.

- `countable`: a whole count; "N of the X" stays a part of a count unless the figure is
  the object of a kill or arrest verb and no clause follows ("police detained six of the
  smugglers" counts detained smugglers; "six of the smugglers who fled were ..." is a part;
  lexicon `whole_counts` lists nouns that always name a whole count: "two of the dead").
- `same_population`: "eight crew and thirty passengers" of one wreck are two counts, not
  rivals, and "eight crew" against "forty people" is a part against a total; the side of
  a counted noun comes from lexicon `population_sides` (a generic noun, "people",
  "victims" or none, is no side).
- `condition`: "six people remained in intensive care" is a part of "41 treated", not its
  rival: a count told with a condition or status in its own clause (grave, light, still,
  discharged, in hospital, in custody: lexicon `condition_words`) is compared only with
  counts told with the same ones. A count of the missing is itself a status: "still" there
  is no part.
- `adds_to_another`: a count whose own clause says it adds to another ("300 drivers also
  walked out"): more people, never a rival.
- `dated_order`: which of two figures was published later, when both articles are dated
  on different days.
- `to_date_phrase`: a toll of a whole conflict or season up to now, when the period phrase
  sits in the figure's own clause ("1,400 people have died in the past decade"): its own
  scope, never compared with the count of one incident. A period phrase in another clause
  or an apposition ("the worst crash on the road in the past decade") does not count.
"""
from __future__ import annotations

import re

from newsbrief.lexicon import mapping, words
from newsbrief.stages.figure_groups import ADDITIVE, article_of, comparable
from newsbrief.timex import grammar

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
    "eight crew" against "forty people" is a part against a total."""
    return side(a) == side(b)


CONDITIONS = mapping("condition_words")
CONDITION = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                 for w in sorted(CONDITIONS, key=len, reverse=True)) + r")(?![\w-])", re.I)


def condition(brief, f) -> frozenset:
    """The condition classes (lexicon `condition_words`) told in the clause of a figure
    ("At the hospital, six people remained in intensive care" -> {still, grave}); empty
    for a plain count ("the hospital treated 41 people") and for a count of the missing,
    whose "still" is the count itself."""
    if f.measure == "missing":
        return frozenset()
    s = brief.sentence(f.sentence)
    at = s.text.find(f.text or "\0") if s is not None else -1
    if at < 0:
        return frozenset()
    clause = _own_clause(s.text, at, at + len(f.text))
    return frozenset(CONDITIONS[re.sub(r"\s+", " ", m.group(0).lower())] for m in CONDITION.finditer(clause))


def same_condition(brief, a, b) -> bool:
    """Both counts tell the same conditions (or none): "41 treated" and "six in intensive
    care" are a total and its part, never rivals."""
    return condition(brief, a) == condition(brief, b)


def published(brief, f):
    """The publication date of the article carrying figure `f` (None if unknown)."""
    art = brief.article(article_of(brief, f.sentence) or "")
    return grammar.to_date(art.published) if art and art.published else None


def dated_order(brief, a, b):
    """(earlier, later) when both figures' articles are dated on different days, else None."""
    da, db = published(brief, a), published(brief, b)
    if da is None or db is None or da == db:
        return None
    return (a, b) if da < db else (b, a)


TO_DATE = re.compile(r"\b(?:to date|in total|since (?:the|its) (?:start|beginning|outbreak)|since (?:it|the \w+) began"
                     r"|(?:year|month|week|decade)s?-long|in the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?|decades?))\b",
                     re.I)


SPANS = re.compile(r"\b(year|month|week|decade)s?\b", re.I)


def to_date_span(brief, f) -> str | None:
    """The period a toll to date covers ("decade" for "in the past decade", "all" for
    "since the fighting started"), None when the figure is no toll to date: two tolls of
    different periods are not rivals."""
    m = to_date_phrase(brief, f)
    if not m:
        return None
    span = SPANS.search(m.group(0))
    return span.group(1).lower() if span else "all"


def to_date_phrase(brief, f):
    """The period phrase of a count of people up to now over a whole conflict or period
    (not of one incident), None when the figure is no such count."""
    if f.measure in ("other", "money", "distance"):
        return None
    if f.counted and ADDITIVE.search(f.counted.replace(f.text or "\0", " ")):
        return None  # "another 40 people": an addition
    if f.low == 1 and f.high == 1:
        return None  # "a soldier": one of the count
    s = brief.sentence(f.sentence)
    at = s.text.find(f.text or "\0") if s is not None else -1
    if at < 0:
        return None
    if re.match(r"\s+of\s+(?:its|their|the|his|her|our|them|those)\b", s.text[at + len(f.text):]):
        return None
    return _in_own_clause(s.text, at, at + len(f.text))


CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\u2014]|\s\u2013\s|\s-\s")
SUPERLATIVE = re.compile(r"\b(?:\w+iest|worst|biggest|largest|greatest|highest|most|first|only)\b", re.I)


def _own_clause(text: str, start: int, end: int) -> str:
    """The clause of text holding text[start:end], between clause breaks (`CLAUSE_BREAK`)."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    stop = CLAUSE_BREAK.search(text, end)
    return text[left:stop.start() if stop else len(text)]


# a clause's next verb phrase joined on: what follows it tells another thing
JOINED = re.compile(r"\b(?:and|while|but|whereas|as|when|after|before|because)\b", re.I)
ADDED = re.compile(r"\b(?:also|too|as well)\b", re.I)


def adds_to_another(brief, f) -> bool:
    """The figure's own clause, after the count and before a joined clause, says it adds to
    another count ("also", "too", "as well"): "300 drivers also walked out" counts more
    people, not the same ones. "Police also said 12 died" keeps its count (the word comes
    before it), and so does "killed two gunmen and ..., while a guard also died"."""
    s = brief.sentence(f.sentence)
    at = s.text.find(f.text) if s is not None and f.text else -1
    if at < 0:
        return False
    end = at + len(f.text)
    stop = CLAUSE_BREAK.search(s.text, end)
    rest = s.text[end:stop.start() if stop else len(s.text)]  # the clause after the count
    return bool(ADDED.search(JOINED.split(rest, maxsplit=1)[0]))


def _in_own_clause(text: str, start: int, end: int):
    """The period phrase of the clause holding text[start:end], None when the phrase sits
    in another clause or after a superlative ("the worst ... in the past year" ranks the
    incident, it does not count a period)."""
    clause = _own_clause(text, start, end)
    m = TO_DATE.search(clause)
    if m is None or SUPERLATIVE.search(clause[:m.start()]):
        return None
    return m
