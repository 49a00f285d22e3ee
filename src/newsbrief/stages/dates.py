"""Stage `dates`: the publication date of an article that came without one.

The reader fills dates it was given ("given"). When an article has none, a
dateline opening its lead paragraph ("May 3, 2019 (Wire) -", "LISBON, 3 May 2019 -")
is taken as "inferred". A dateline deeper in the text (a pasted item from another
report) is not the article's date. Without a lead dateline, a dated line the page
itself stamps is taken: the signature of an embedded social-media post
("-- A. Name (@handle) May 3, 2019") or an update line ("Updated: May 3, 2019"),
the latest when there are several (the article was written on or after it). No
other date in the text is taken, and no year is ever guessed. This runs right after `clean`, so every later
stage sees each article's date as final.
"""
from __future__ import annotations

from newsbrief.model import Article, Brief
from newsbrief.stage import Stage
import re
from datetime import date

from newsbrief.timex.grammar import DAY, MON, YEAR, dateline, day_of, month_of, valid

# "(@handle) May 3, 2019" ending a post's signature; "Updated: May 3, 2019" / "Posted May 3, 2019"
_STAMP = re.compile(
    r"(?:\(@\w{1,30}\)\s*|^\s*(?:Updated|UPDATED|Update|UPDATE|Posted|Published|Last updated)\b[:\s]*"
    r"(?:on\s+)?(?:\w+day,?\s+)?)(?P<m>%s)\s+(?P<d>%s),?\s+(?P<y>%s)\b" % (MON, DAY, YEAR))


def stamped_day(paragraphs: list[str]) -> date | None:
    """The latest day the page stamps: a post signature or an update line."""
    days = []
    for para in paragraphs:
        for m in _STAMP.finditer(para):
            y, mo, d = int(m["y"]), month_of(m["m"]), day_of(m["d"])
            if valid(y, mo, d):
                days.append(date(y, mo, d))
    return max(days) if days else None


def infer_published(article: Article) -> None:
    if article.published or not article.paragraphs:
        return
    found = dateline(article.paragraphs[0])
    day = found[0] if found else stamped_day(article.paragraphs)
    if day:
        article.published, article.published_basis = day.isoformat(), "inferred"


def run(brief: Brief, ctx=None) -> None:
    for art in brief.used_articles():
        infer_published(art)


STAGE = Stage("dates", run, requires=("paragraphs",), provides=("published",))
