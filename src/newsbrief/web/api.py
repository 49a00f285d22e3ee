"""The JSON API (described at /api/openapi.json). Read-only; `write_router` (one
route, rebriefing a story) is mounted only when a token is configured."""
from __future__ import annotations

import hmac
import json
import re
from typing import Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsbrief.web import queries, views
from newsbrief.web.state import article_url, story_url

# invisible and reordering characters (bidi controls, C1 controls, zero-width): written
# as \uXXXX escapes, the same JSON data, but nothing to reorder a raw view of it
_INVISIBLE = re.compile("[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]")


def escape_invisible(text: str) -> str:
    """JSON text with those characters escaped (valid JSON has them only inside strings)."""
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeJSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return escape_invisible(text).encode("utf-8")


router = APIRouter(prefix="/api", tags=["read"], default_response_class=SafeJSON)
write_router = APIRouter(prefix="/api", tags=["write (token)"], default_response_class=SafeJSON)
DATE = r"^(\d{4}-\d{2}-\d{2})?$"  # empty: no bound (a form sends empty fields)
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000


class StoryItem(BaseModel):
    """One story as `newsbrief stories --json` prints it."""
    id: str
    title: str | None
    articles: list[str]
    first_seen: str | None
    last_seen: str | None
    size: int
    briefed: bool


class StoryPage(BaseModel):
    items: list[StoryItem]
    total: int
    offset: int
    limit: int
    next: str | None


class Status(BaseModel):
    articles: int
    stories: int
    briefs: int
    stamp: str


def _web(request: Request):
    return request.app.state.web


def _next(request: Request, offset: int, limit: int, total: int) -> str | None:
    """The next page's URL (path and query), None on the last page."""
    if offset + limit >= total:
        return None
    url = request.url.include_query_params(offset=offset + limit, limit=limit)
    return url.path + "?" + url.query


def _list_query(q: str, entity: str, date_from: str | None, date_to: str | None, sort: str,
                offset: int, limit: int) -> views.ListQuery:
    return views.ListQuery(q=q, entity=entity, date_from=date_from, date_to=date_to, sort=sort,
                           offset=offset, limit=limit)


@router.get("/stories", response_model=StoryPage, summary="The stories, largest and most recent first")
def stories(request: Request,
            q: str = Query("", max_length=queries.MAX_QUERY, description="words to search for"),
            entity: str = Query("", max_length=200, description="only stories whose brief names this"),
            date_from: str | None = Query(None, alias="from", pattern=DATE),
            date_to: str | None = Query(None, alias="to", pattern=DATE),
            sort: str = Query("", pattern="^(|size|newest|relevance)$"),
            offset: int = Query(0, ge=0, le=MAX_OFFSET),
            limit: int = Query(20, ge=1, le=MAX_LIMIT)) -> dict[str, Any]:
    web = _web(request)
    with web.reading() as store:
        data = views.list_data(web, store, _list_query(q, entity, date_from, date_to, sort, offset, limit))
    return {"items": [s.to_json() for s in data["stories"]], "total": data["total"], "offset": offset,
            "limit": limit, "next": _next(request, offset, limit, data["total"])}


@router.get("/search", summary="Stories whose articles or brief match every word, best first")
def search(request: Request,
           q: str = Query(..., min_length=1, max_length=queries.MAX_QUERY),
           offset: int = Query(0, ge=0, le=MAX_OFFSET),
           limit: int = Query(20, ge=1, le=MAX_LIMIT)) -> dict[str, Any]:
    web = _web(request)
    with web.reading() as store:
        data = views.list_data(web, store, _list_query(q, "", None, None, "", offset, limit))
    out = views.search_json(data)
    out.update(offset=offset, limit=limit, next=_next(request, offset, limit, data["total"]))
    return out


@router.get("/status", response_model=Status, summary="Counts and a stamp that changes with every commit")
def status(request: Request) -> dict[str, Any]:
    with _web(request).reading() as store:
        return queries.status(store)


@router.get("/stories/{story_id}", summary="One story: its articles, versions and staleness")
def story(request: Request, story_id: str) -> Any:
    web = _web(request)
    with web.reading() as store:
        sid = queries.current_story(store, story_id, f"no story {story_id!r}", lambda s: f"/api{story_url(s)}")
        if not isinstance(sid, str):
            return sid
        data = views.story_data(web, store, sid)
    if data is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return views.story_json(data)


@router.get("/stories/{story_id}/brief", summary="The story's stored brief: the brief.json contract",
            responses={200: {"content": {"application/json": {}},
                             "description": "brief.json; X-Brief-Version and X-Story-Version say how current"}})
def story_brief(request: Request, story_id: str) -> Response:
    web = _web(request)
    with web.reading() as store:
        sid = queries.current_story(store, story_id, f"no story {story_id!r}",
                                    lambda s: f"/api{story_url(s)}/brief")
        if not isinstance(sid, str):
            return sid
        stored = queries.stored_brief(store, sid)
        version = store.version(sid)
    if stored is None:
        raise HTTPException(404, f"story {sid!r} has no brief stored yet (newsbrief show {sid} makes one)")
    return Response(escape_invisible(stored.text), media_type="application/json",
                    headers={"x-brief-version": str(stored.version), "x-story-version": str(version)})


@router.get("/articles/{article_id:path}", summary="One article: as stored, and as its story's brief cleaned it")
def article(request: Request, article_id: str) -> Any:
    web = _web(request)
    with web.reading() as store:
        row = queries.current_article(store, article_id, f"no article {article_id!r}",
                                      lambda a: "/api" + article_url(a))
        if isinstance(row, Response):
            return row
        data = views.article_data(web, store, row)
    return views.article_json(data)


@write_router.post("/stories/{story_id}/brief", summary="Compute and store the story's brief (needs the token)")
def rebrief(request: Request, story_id: str, authorization: str = Header("", max_length=500)) -> Any:
    web = _web(request)
    token = web.settings.token or ""
    given = authorization[7:] if authorization.lower().startswith("bearer ") else ""
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        return SafeJSON({"detail": "a bearer token is needed"}, status_code=401,
                            headers={"www-authenticate": "Bearer"})
    from newsbrief.config import Config
    from newsbrief.context import Context
    from newsbrief.corpus.briefs import brief_story
    from newsbrief.store.sqlite import Store

    config = Config().single_process()  # a thread of a server
    with web.brief_lock, Store(web.settings.store, create=False) as store:
        sid = queries.resolve_story(store, story_id)
        if sid is None:
            raise HTTPException(404, f"no story {story_id!r}")
        result = brief_story(store, sid, Context(config=config))
    if result is None:
        raise HTTPException(422, f"story {sid!r}: no article could be briefed")
    return {"story": sid, "version": result.version, "computed": result.computed,
            "links": {"page": story_url(sid), "brief": f"/api{story_url(sid)}/brief"}}
