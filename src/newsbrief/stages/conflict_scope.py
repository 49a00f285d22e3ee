"""What two figures must share to be rival counts of one thing (used by `conflicts`):
the same population, a comparable whole count, and for progressions the order of
their dates.

- `countable`: a whole count, where "killed two of the raiders" counts the killed
  raiders (only "two of the dead", "one of its drivers" are parts; lexicon
  `whole_counts`).
- `same_population`: "five soldiers" and "nine civilians" of one event are two counts,
  not rivals; the side of a counted noun comes from lexicon `population_sides`, and a
  generic noun ("people", "victims", none) fits any side.
- `dated_order`: which of two figures was published later, when both articles are dated
  on different days.
"""
from __future__ import annotations

from newsbrief.lexicon import mapping, words
from newsbrief.stages.figure_groups import article_of, comparable

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
    sa, sb = side(a), side(b)
    return sa is None or sb is None or sa == sb


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
