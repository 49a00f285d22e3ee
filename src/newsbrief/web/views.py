"""What the pages and the API show, built from one read of the store: the story list
(search and filters), a story with its stored brief, an article with its sentences.
`pages` lays these out as HTML, `api` as JSON."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsbrief.report import page as report_page
from newsbrief.report.view import safe_url
from newsbrief.store.sqlite import Store
from newsbrief.web import queries
from newsbrief.web.state import Web, article_url, story_url

SEARCH_HITS = 500  # articles read per search
SNIPPETS = 3  # shown per story


@dataclass
class ListQuery:
    q: str = ""
    entity: str = ""
    date_from: str | None = None
    date_to: str | None = None
    sort: str = ""  # "" = relevance when searching, else size
    offset: int = 0
    limit: int = 20

    def filters(self) -> dict[str, str]:
        """The non-empty parameters, to carry in links (paging keeps the filters)."""
        out = {"q": self.q, "entity": self.entity, "from": self.date_from or "", "to": self.date_to or "",
               "sort": self.sort}
        return {k: v for k, v in out.items() if v}


def list_data(web: Web, store: Store, lq: ListQuery) -> dict[str, Any]:
    web.index.refresh(store)
    ids: list[str] | None = None
    matches: dict[str, list[dict]] = {}
    words = queries.search_words(lq.q)
    if lq.q.strip():
        ids = []
        for hit in queries.search_articles(store, words, SEARCH_HITS):
            if hit["story"] not in matches:
                ids.append(hit["story"])
            found = matches.setdefault(hit["story"], [])
            if len(found) < SNIPPETS:
                found.append(hit)
        ids += [s for s in web.index.search(words) if s not in matches]
    if lq.entity.strip():
        named = set(web.index.naming(lq.entity))
        ids = [s for s in ids if s in named] if ids is not None else sorted(named)
    sort = lq.sort or ("relevance" if lq.q.strip() else "size")
    filt = queries.StoryFilter(ids=ids, date_from=lq.date_from, date_to=lq.date_to, sort=sort)
    total, items = queries.stories_page(store, filt, lq.offset, lq.limit)
    return {"total": total, "stories": items, "matches": matches, "words": words, "query": lq,
            "entities": web.index.top_entities(), "status": queries.status(store), "sort": sort,
            "story_url": story_url}


def story_data(web: Web, store: Store, story_id: str) -> dict[str, Any] | None:
    """The story, its stored brief's page (None when no brief is stored) and the
    articles that arrived after that brief was made."""
    item = queries.story_item(store, story_id)
    if item is None:
        return None
    stored = queries.stored_brief(store, story_id)
    articles = queries.story_articles(store, story_id)
    brief = page = None
    if stored is not None:
        brief, page = web.brief_and_page(story_id, stored.version, stored.text)
    briefed = {a.id for a in brief.articles} if brief else set()
    new = [dict(a, href=article_url(a["id"])) for a in articles if brief and a["id"] not in briefed]
    return {"item": item, "page": page, "brief_version": stored.version if stored else None,
            "stale": stored is not None and stored.version < item.version, "new_articles": new,
            "articles": [dict(a, href=article_url(a["id"])) for a in articles]}


def story_json(data: dict[str, Any]) -> dict[str, Any]:
    item = data["item"]
    return {**item.to_json(), "version": item.version, "brief_version": data["brief_version"],
            "outlets": item.outlets, "lead": item.lead, "stale": data["stale"],
            "new_articles": [a["id"] for a in data["new_articles"]],
            "links": {"page": story_url(item.id), "brief": f"/api{story_url(item.id)}/brief"}}


def article_data(web: Web, store: Store, row: queries.ArticleRow) -> dict[str, Any]:
    """An article as its story's stored brief cleaned it (sentences anchored, removed
    lines with reasons), or as stored when no brief has it yet."""
    stored = queries.stored_brief(store, row.story)
    brief = None
    if stored is not None:
        brief, _ = web.brief_and_page(row.story, stored.version, stored.text)
    art = brief.article(row.id) if brief else None
    siblings = queries.story_articles(store, row.story)
    position = next((i for i, a in enumerate(siblings) if a["id"] == row.id), 0)
    out = {"row": row, "url": safe_url(row.url), "story": row.story, "story_url": story_url(row.story),
           "brief": brief, "article": art, "sentences": [], "blocks": None, "n": None,
           "previous": _sibling(siblings, position - 1), "next": _sibling(siblings, position + 1),
           "story_title": _story_title(store, row.story)}
    if art is None or art.status != "used":  # not briefed yet, or skipped: the text as stored
        out["blocks"] = _as_stored(row.text)
        return out
    cited = {s.sentence for s in brief.summary}
    out["blocks"] = report_page.article_blocks(brief, art, raw=row.text)
    for block in out["blocks"]:
        for piece in block.get("pieces", []):
            sid = piece["anchor"][1:] if piece["anchor"] else None
            piece["summary"] = sid in cited
    out["n"] = next(i for i, a in enumerate(brief.articles, start=1) if a.id == row.id)
    out["sentences"] = [s for s in brief.sentences if s.article == row.id]
    return out


def article_json(data: dict[str, Any]) -> dict[str, Any]:
    row, art = data["row"], data["article"]
    out = {**row.to_json(), "in_brief": art is not None, "status": art.status if art else None,
           "reason": art.reason if art else None, "paragraphs": art.paragraphs if art else None,
           "removed": [{"text": r.text, "reason": r.reason} for r in art.removed] if art else None,
           "sentences": [{"id": s.id, "text": s.text, "paragraph": s.paragraph, "position": s.position,
                          "duplicate_of": s.duplicate_of,
                          "link": article_url(row.id) + report_page.href_fragment(report_page.sentence_anchor(s.id))}
                         for s in data["sentences"]],
           "links": {"page": article_url(row.id), "story": story_url(row.story)}}
    return out


def _sibling(articles: list[dict], i: int) -> dict | None:
    if 0 <= i < len(articles):
        return dict(articles[i], href=article_url(articles[i]["id"]))
    return None


def _story_title(store: Store, story_id: str) -> str | None:
    row = store.db.execute("SELECT title FROM stories WHERE id = ?", (story_id,)).fetchone()
    return row[0] if row else None


def _as_stored(text: str) -> list[dict]:
    """The text as ingested, by paragraph, for an article no stored brief has cleaned."""
    return [{"kind": "kept", "pieces": [{"text": " ".join(p.split()), "anchor": None}]}
            for p in re.split(r"\n\s*\n", text) if p.strip()]


def search_json(data: dict[str, Any]) -> dict[str, Any]:
    items = []
    for s in data["stories"]:
        hits = data["matches"].get(s.id, [])
        items.append({**s.to_json(), "matches": [
            {"id": h["id"], "title": h["title"], "snippet": "".join(t for t, _ in h["snippet"]),
             "highlights": [t for t, m in h["snippet"] if m], "link": article_url(h["id"])} for h in hits],
            "in_brief_only": not hits, "link": story_url(s.id)})
    return {"query": data["query"].q, "words": data["words"], "items": items, "total": data["total"]}
