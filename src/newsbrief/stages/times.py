"""Stage `times`: publication dates and every temporal expression, normalised.

1. Publication date: the reader fills "given" dates. When an article has none, a
   dateline opening its lead paragraph ("May 3, 2019 (Wire) -", "LISBON, 3 May 2019 -")
   is taken as "inferred". A dateline deeper in the text (a pasted item from
   another report) is not the article's date: it only anchors its own paragraph.
   A dateline without a year never sets the publication date; with one, it
   anchors its paragraph when it falls within the week before publication.
2. Expressions: `time_grammar.find` on each sentence, anchored to the paragraph's
   dateline, else the article's publication date, else nothing (then no year is
   guessed: `XXXX-MM-DD`, and weekdays / "yesterday" get no value and are left out).

Runtime (not serialised): `brief.runtime["time_anchor"][sentence_id]` is the date a
sentence was read against (or None); `brief.runtime["time_unresolved"]` holds the
ids of sentences naming a day that could not be resolved ("on Saturday" with no
anchor): they have a date of their own, only unknown.
"""
from __future__ import annotations

from newsbrief.model import Brief, Time
from newsbrief.timex.grammar import dateline, dateline_day, find, to_date


def infer_published(article) -> None:
    if article.published:
        return
    if not article.paragraphs:
        return
    found = dateline(article.paragraphs[0])
    if found:
        article.published, article.published_basis = found[0].isoformat(), "inferred"


def run(brief: Brief, options=None) -> None:
    anchors: dict[str, object] = {}
    paragraph_anchor: dict[tuple[str, int], object] = {}
    article_anchor: dict[str, object] = {}
    for art in brief.articles:
        if art.status != "used":
            continue
        infer_published(art)
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
    for s in brief.sentences:
        anchor = paragraph_anchor.get((s.article, s.paragraph)) or article_anchor.get(s.article)
        anchors[s.id] = anchor
        for f in find(s.text, anchor, brief.spacy_doc(s.id), keep_unresolved=True):
            if f.value is None:
                unresolved.add(s.id)
            else:
                brief.times.append(Time(sentence=s.id, text=f.text, value=f.value, start=f.start, end=f.end))
    brief.runtime["time_anchor"] = anchors
    brief.runtime["time_unresolved"] = unresolved
