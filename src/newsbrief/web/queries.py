"""Read-only queries over the store for the served UI.

Each request opens its own `Store` (a connection per request: SQLite connections
are not shared between threads) and reads inside one read transaction, so a page
never mixes two committed states of a store that an ingest is writing. The SQL
is parameterised; ids from the URL are only ever looked up, never used to build
a path or a statement.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from newsbrief.store.sqlite import Store

MAX_ID = 512  # longer ids are refused before any lookup (none can be in a store we wrote)
MAX_QUERY = 200  # characters of a search
MAX_WORDS = 12
SORTS = {  # "size": the order of `newsbrief stories`, largest, then most recent
    "size": "s.size DESC, coalesce(s.last_seen, '') DESC, s.last_seq DESC",
    "newest": "coalesce(s.last_seen, '') DESC, s.last_seq DESC, s.size DESC",
}


@dataclass
class StoryItem:
    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    size: int
    version: int
    brief_version: int | None
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    lead: str | None = None

    @property
    def briefed(self) -> bool:
        return self.brief_version == self.version

    def to_json(self) -> dict[str, Any]:
        """The item as `newsbrief stories --json` prints it."""
        return {"id": self.id, "title": self.title, "articles": self.articles, "first_seen": self.first_seen,
                "last_seen": self.last_seen, "size": self.size, "briefed": self.briefed}


@dataclass
class StoryFilter:
    """What the list is narrowed to: stories among `ids` (None: any), overlapping the
    dates [date_from, date_to] (a story with no date is left out once a date is given)."""
    ids: list[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "size"

    def where(self) -> tuple[str, list]:
        sql, args = ["s.absorbed_into IS NULL"], []
        if self.ids is not None:
            sql.append("s.id IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(self.ids))
        if self.date_from:
            sql.append("s.last_seen >= ?")
            args.append(self.date_from)
        if self.date_to:
            sql.append("s.first_seen <= ?")
            args.append(self.date_to)
        return " AND ".join(sql), args


def valid_id(value: str) -> bool:
    return 0 < len(value) <= MAX_ID


def stories_page(store: Store, filt: StoryFilter, offset: int, limit: int) -> tuple[int, list[StoryItem]]:
    """(total, items) of one page of the story list. Call inside one read transaction
    (`store.read()`), like every query here. Sort "relevance" keeps the order of
    `filt.ids` (search results, best first)."""
    where, args = filt.where()
    select = ("SELECT s.id, s.title, s.first_seen, s.last_seen, s.size, s.version, b.version "
              f"FROM stories s LEFT JOIN briefs b ON b.story = s.id WHERE {where}")
    if filt.sort == "relevance" and filt.ids is not None:
        rank = {sid: i for i, sid in enumerate(filt.ids)}
        rows = sorted(store.db.execute(select, args).fetchall(), key=lambda r: rank.get(r[0], len(rank)))
        total, rows = len(rows), rows[offset:offset + limit]
    else:
        total = store.db.execute(f"SELECT count(*) FROM stories s WHERE {where}", args).fetchone()[0]
        order = SORTS.get(filt.sort, SORTS["size"])
        rows = store.db.execute(f"{select} ORDER BY {order} LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    items = [StoryItem(*r) for r in rows]
    _fill(store, items)
    return total, items


def _fill(store: Store, items: list[StoryItem]) -> None:
    """Articles, outlets (most frequent first) and a one-line lead of each story."""
    by_id = {s.id: s for s in items}
    if not by_id:
        return
    ids = json.dumps(list(by_id))
    outlets: dict[str, dict[str, int]] = {}
    first_article: dict[str, str] = {}
    for art, story, outlet in store.db.execute(
            "SELECT id, story, outlet FROM articles WHERE story IN (SELECT value FROM json_each(?)) ORDER BY n",
            (ids,)):
        by_id[story].articles.append(art)
        first_article.setdefault(story, art)
        if outlet:
            counts = outlets.setdefault(story, {})
            counts[outlet] = counts.get(outlet, 0) + 1
    for story, counts in outlets.items():
        by_id[story].outlets = sorted(counts, key=lambda o: -counts[o])
    for story, lead in store.db.execute(
            "SELECT story, json_extract(brief, '$.summary[0].text') FROM briefs "
            "WHERE story IN (SELECT value FROM json_each(?))", (ids,)):
        by_id[story].lead = lead
    for story, art in first_article.items():
        if by_id[story].lead is None:
            row = store.db.execute("SELECT text FROM sentences WHERE article = ? ORDER BY position LIMIT 1",
                                   (art,)).fetchone()
            by_id[story].lead = row[0] if row else None


def story_item(store: Store, story_id: str) -> StoryItem | None:
    """One current story (not a redirect), with its articles."""
    total, items = stories_page(store, StoryFilter(ids=[story_id]), 0, 1)
    return items[0] if items else None


def resolve_story(store: Store, story_id: str) -> str | None:
    """The id the story is known by now (merges followed), None when unknown."""
    if not valid_id(story_id):
        return None
    return store.resolve(story_id)


def current_story(store: Store, story_id: str, missing: str, url: Callable[[str], str]) -> str | Response:
    """The story's id, or a redirect to `url(id)` when it was merged into another;
    a 404 with `missing` when there is no such story (the API and the pages differ
    only in their words and URLs)."""
    sid = resolve_story(store, story_id)
    if sid is None:
        raise HTTPException(404, missing)
    if sid != story_id:
        return RedirectResponse(url(sid), status_code=308)
    return sid


def current_article(store: Store, article_id: str, missing: str, url: Callable[[str], str]):
    """The article's row, or a redirect to `url(id)` when the id is a copy's alias of
    another article; a 404 with `missing` when there is no such article."""
    row = article(store, article_id)
    if row is not None:
        return row
    same = alias_of(store, article_id)
    if same is not None:
        return RedirectResponse(url(same), status_code=308)
    raise HTTPException(404, missing)


@dataclass
class StoredBrief:
    story: str
    version: int  # the story version the brief was computed from
    text: str  # brief.json


def stored_brief(store: Store, story_id: str) -> StoredBrief | None:
    row = store.db.execute("SELECT version, brief FROM briefs WHERE story = ?", (story_id,)).fetchone()
    return StoredBrief(story_id, row[0], row[1]) if row else None


@dataclass
class ArticleRow:
    n: int
    id: str
    source: str
    title: str | None
    text: str
    published: str | None
    published_basis: str
    url: str | None
    outlet: str | None
    story: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "source": self.source, "published": self.published,
                "published_basis": self.published_basis, "url": self.url, "outlet": self.outlet,
                "story": self.story, "text": self.text}


def article(store: Store, article_id: str) -> ArticleRow | None:
    if not valid_id(article_id):
        return None
    row = store.db.execute("SELECT n, id, source, title, text, published, published_basis, url, outlet, story "
                           "FROM articles WHERE id = ?", (article_id,)).fetchone()
    return ArticleRow(*row) if row else None


def alias_of(store: Store, article_id: str) -> str | None:
    """The stored article an id names when its text was ingested under another id first."""
    if not valid_id(article_id):
        return None
    row = store.db.execute("SELECT same_as FROM aliases WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def story_articles(store: Store, story_id: str) -> list[dict[str, Any]]:
    """id, title, outlet and date of each article of a story, in arrival order."""
    return [{"id": r[0], "title": r[1], "outlet": r[2], "published": r[3]} for r in store.db.execute(
        "SELECT id, title, outlet, published FROM articles WHERE story = ? ORDER BY n", (story_id,))]


def status(store: Store) -> dict[str, Any]:
    """What changes whenever an ingest commits or a brief is stored: the pages poll it."""
    articles = store.db.execute("SELECT count(*), coalesce(max(n), 0) FROM articles").fetchone()
    stories = store.db.execute("SELECT count(*), coalesce(sum(version), 0) FROM stories "
                               "WHERE absorbed_into IS NULL").fetchone()
    briefs = store.db.execute("SELECT count(*), coalesce(sum(version), 0) FROM briefs").fetchone()
    return {"articles": articles[0], "stories": stories[0], "briefs": briefs[0],
            "stamp": f"{articles[1]}.{stories[0]}.{stories[1]}.{briefs[0]}.{briefs[1]}"}


def search_words(query: str) -> list[str]:
    """The plain words of a search (no FTS syntax reaches SQLite), at most MAX_WORDS."""
    return re.findall(r"\w+", query[:MAX_QUERY])[:MAX_WORDS]


def fts_query(words: list[str]) -> str:
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


def search_articles(store: Store, words: list[str], limit: int) -> list[dict[str, Any]]:
    """Articles matching every word (FTS5, best first) with a snippet of their text:
    the snippet is a list of (text, matched) pieces, to be escaped when shown."""
    if not words:
        return []
    rows = store.db.execute(
        "SELECT a.id, a.story, a.title, snippet(articles_fts, 1, char(2), char(3), '\u2026', 14) "
        "FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid WHERE articles_fts MATCH ? "
        "ORDER BY rank LIMIT ?", (fts_query(words), limit)).fetchall()
    return [{"id": r[0], "story": r[1], "title": r[2], "snippet": marked_pieces(r[3] or "")} for r in rows]


def marked_pieces(snippet: str) -> list[tuple[str, bool]]:
    """FTS5 snippet text with \\x02...\\x03 around matches, as (text, matched) pieces."""
    out, matched = [], False
    for part in re.split("([\x02\x03])", snippet):
        if part == "\x02":
            matched = True
        elif part == "\x03":
            matched = False
        elif part:
            out.append((part, matched))
    return out
