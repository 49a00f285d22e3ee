"""Stage `dates`: the publication date of an article that came without one.

The reader fills dates it was given ("given"). When an article has none, a
dateline opening its lead paragraph ("May 3, 2019 (Wire) -", "LISBON, 3 May 2019 -")
is taken as "inferred". A dateline deeper in the text (a pasted item from another
report) is not the article's date. This runs right after `clean`, so every later
stage sees each article's date as final.
"""
from __future__ import annotations

from newsbrief.model import Article, Brief
from newsbrief.stage import Stage
from newsbrief.timex.grammar import dateline


def infer_published(article: Article) -> None:
    if article.published or not article.paragraphs:
        return
    found = dateline(article.paragraphs[0])
    if found:
        article.published, article.published_basis = found[0].isoformat(), "inferred"


def run(brief: Brief, ctx=None) -> None:
    for art in brief.used_articles():
        infer_published(art)


STAGE = Stage("dates", run, requires=("paragraphs",), provides=("published",))
