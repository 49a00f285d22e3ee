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
   none named they get no value. "Earlier in the day", "later that day" are that
   day only when the sentence just before named it (else no value).

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
from newsbrief.timex.grammar import dateline, dateline_day, find, to_date

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


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
    named_at: dict[str, int] = {}  # article -> position of the sentence that named it
    for s in sorted(brief.sentences, key=lambda s: (s.article, s.position)):
        anchor = paragraph_anchor.get((s.article, s.paragraph)) or article_anchor.get(s.article)
        anchors[s.id] = anchor
        near = named_at.get(s.article, -9) >= s.position - 1
        for f in find(s.text, anchor, ctx.doc(s.id), keep_unresolved=True, narrative=narrative.get(s.article),
                      narrative_near=near):
            if f.value is None:
                unresolved.add(s.id)
                continue
            brief.times.append(Time(sentence=s.id, text=f.text, value=f.value, start=f.start, end=f.end))
            if _DAY.fullmatch(f.value):
                narrative[s.article] = f.value
                named_at[s.article] = s.position
    order = {s.id: i for i, s in enumerate(brief.sentences)}
    brief.times.sort(key=lambda t: (order.get(t.sentence, 0), t.start))
    ctx.time_anchors = anchors
    ctx.time_unresolved = unresolved


STAGE = Stage("times", run, requires=("sentences", "published", "docs"),
              provides=("times", "time_anchors"))
