"""Stage `times`: publication dates and every temporal expression, normalised.

1. Anchors: each paragraph is read against its own dateline when it has one (a
   pasted item from another report), else the article's publication date (given,
   or inferred by the `dates` stage). A dateline without a year anchors its
   paragraph when it falls within the week before publication.
2. Expressions: `time_grammar.find` on each sentence, anchored to the paragraph's
   dateline, else the article's publication date, else nothing (then no year is
   guessed: `XXXX-MM-DD`, and weekdays / "yesterday" get no value and are left out).
   "Two days later", "the day after that" count from the last day (with its year)
   the article named before, in reading order, as TimeML reads a narrative; with
   none named they get no value. "Earlier in the day", "later that day" are the
   day the sentence just before named only when that day is a happening's date
   (`_happening_day`): the only day that sentence names, not in a relative or
   descriptive clause ("the bridge, which opened on May 3, 1990"), and, when the
   article is dated, within `SAME_DAY_DAYS` of its date. Else they are no time.

Runtime (not serialised): `ctx.time_anchors[sentence_id]` is the date a sentence
was read against (or None); `ctx.time_unresolved` holds the ids of sentences naming
a day that could not be resolved ("on Saturday" with no anchor): they have a date
of their own, only unknown.
"""
from __future__ import annotations

import re

from newsbrief.context import Context
from newsbrief.model import Brief, Time
from newsbrief.stage import Stage
from newsbrief.text.tokens import token_at
from newsbrief.timex.grammar import dateline, dateline_day, find, to_date

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SAME_DAY_DAYS = 7  # "earlier in the day" of a day further from the article's date: a background date
_BACKGROUND_DEPS = ("relcl", "acl", "appos")  # "which opened on ...", "built on ...", "..., May 3, 1990,"


def _in_background_clause(doc, start: int) -> bool:
    """The day at char `start` hangs from a relative or descriptive clause (or an
    apposition), not from the sentence's main happening."""
    tok = token_at(doc, start)
    for _ in range(12):
        if tok is None or tok.head is tok:
            return False
        if tok.dep_ in _BACKGROUND_DEPS:
            return True
        tok = tok.head
    return False


def _happening_day(value: str, start: int, doc, anchor) -> bool:
    """A named day that "earlier in the day" in the next sentence may take."""
    day = to_date(value)
    if anchor is not None and abs((day - anchor).days) > SAME_DAY_DAYS:
        return False
    if doc is None:
        return anchor is not None  # no parse to tell the clause: only a day near the article's date
    return not _in_background_clause(doc, start)


def run(brief: Brief, ctx: Context) -> None:
    anchors: dict[str, object] = {}
    paragraph_anchor: dict[tuple[str, int], object] = {}
    article_anchor: dict[str, object] = {}
    for art in brief.articles:
        if art.status != "used":
            continue
        article_anchor[art.id] = to_date(art.published)
        for i, paragraph in enumerate(art.paragraphs):
            found = dateline(paragraph)
            if found:
                paragraph_anchor[(art.id, i)] = found[0]
            else:
                day = dateline_day(paragraph, article_anchor[art.id])
                if day:
                    paragraph_anchor[(art.id, i)] = day
    brief.times = []
    unresolved = set()
    narrative: dict[str, object] = {}  # article -> the last day its text named
    same_day: dict[str, tuple[int, object]] = {}  # article -> (position, happening day it named)
    for s in sorted(brief.sentences, key=lambda s: (s.article, s.position)):
        anchor = paragraph_anchor.get((s.article, s.paragraph)) or article_anchor.get(s.article)
        anchors[s.id] = anchor
        pos, day = same_day.get(s.article, (-9, None))
        doc = ctx.doc(s.id)
        named = []  # (day, whether a happening's) for each day this sentence names
        for f in find(s.text, anchor, doc, keep_unresolved=True, narrative=narrative.get(s.article),
                      same_day=day if pos == s.position - 1 else None):
            if f.value is None:
                unresolved.add(s.id)
                continue
            brief.times.append(Time(sentence=s.id, text=f.text, value=f.value, start=f.start, end=f.end))
            if _DAY.fullmatch(f.value):
                narrative[s.article] = f.value
                named.append((f.value, _happening_day(f.value, f.start, doc, anchor)))
        if named:  # one day, a happening's, or none to take: two days or a background one are unclear
            days = {v for v, _ in named}
            same_day[s.article] = (s.position, named[0][0] if len(days) == 1 and all(ok for _, ok in named)
                                   else None)
    order = {s.id: i for i, s in enumerate(brief.sentences)}
    brief.times.sort(key=lambda t: (order.get(t.sentence, 0), t.start))
    ctx.time_anchors = anchors
    ctx.time_unresolved = unresolved


STAGE = Stage("times", run, requires=("sentences", "published", "docs"),
              provides=("times", "time_anchors"))
