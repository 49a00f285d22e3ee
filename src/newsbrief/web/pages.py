"""The HTML pages: the story list (with search and filters), a story's brief, an article."""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from newsbrief.web import queries, views
from newsbrief.web.state import article_url, story_url

router = APIRouter(include_in_schema=False)
PER_PAGE = 20
DATE = r"^(\d{4}-\d{2}-\d{2})?$"  # empty: no bound (a form sends empty fields)


def _web(request: Request):
    return request.app.state.web


@router.get("/")
def story_list(request: Request,
               q: str = Query("", max_length=queries.MAX_QUERY),
               entity: str = Query("", max_length=200),
               date_from: str | None = Query(None, alias="from", pattern=DATE),
               date_to: str | None = Query(None, alias="to", pattern=DATE),
               sort: str = Query("", pattern="^(|size|newest|relevance)$"),
               page: int = Query(1, ge=1, le=10_000),
               partial: str = Query("", pattern="^(|list)$")) -> Response:
    web = _web(request)
    lq = views.ListQuery(q=q, entity=entity, date_from=date_from or None, date_to=date_to or None, sort=sort,
                         offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    with web.reading() as store:
        data = views.list_data(web, store, lq)
    filters = lq.filters()
    pages = max(1, -(-data["total"] // PER_PAGE))

    def page_link(n: int) -> str:
        return "/?" + urlencode({**filters, "page": n}) if n > 1 else ("/?" + urlencode(filters) if filters else "/")

    nav = {"page": page, "pages": pages, "previous": page_link(page - 1) if page > 1 else None,
           "next": page_link(page + 1) if page < pages else None}
    template = "_story_list.html" if partial else "stories.html"
    return web.render(template, d=data, nav=nav, filters=filters)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: str) -> Response:
    web = _web(request)
    with web.reading() as store:
        sid = queries.current_story(store, story_id, f"No story {story_id!r} in this store.", story_url)
        if not isinstance(sid, str):
            return sid
        data = views.story_data(web, store, sid)
    if data is None:
        raise HTTPException(404, f"No story {story_id!r} in this store.")
    return web.render("story.html", d=data, p=data["page"], served=True)


@router.get("/articles/")
def article_by_query(request: Request, id: str = Query(..., min_length=1, max_length=queries.MAX_ID)) -> Response:
    """The same page for an id a path cannot carry ("." or "..")."""
    return _article_page(request, id)


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: str) -> Response:
    return _article_page(request, article_id)


def _article_page(request: Request, article_id: str) -> Response:
    web = _web(request)
    with web.reading() as store:
        row = queries.current_article(store, article_id, f"No article {article_id!r} in this store.", article_url)
        if isinstance(row, Response):
            return row
        data = views.article_data(web, store, row)
    return web.render("article.html", d=data, a=data)
