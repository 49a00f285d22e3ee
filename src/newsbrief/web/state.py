"""What one server process holds (settings, templates, the brief search index, a
cache of parsed briefs) and the URLs of its pages."""
from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from typing import Iterator

from fastapi.responses import HTMLResponse
from jinja2 import PackageLoader
from markupsafe import Markup

from newsbrief.ids import fragment
from newsbrief.model import Brief
from newsbrief.report import page as report_page
from newsbrief.store.sqlite import Store
from newsbrief.web.brief_index import BriefIndex

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
# file name -> (package, path inside it, media type)
STATIC = {
    "brief.css": ("newsbrief.report", "templates/brief.css", "text/css; charset=utf-8"),
    "web.css": ("newsbrief.web", "static/web.css", "text/css; charset=utf-8"),
    "app.js": ("newsbrief.web", "static/app.js", "text/javascript; charset=utf-8"),
}
PAGE_CACHE = 32


@dataclass
class Settings:
    store: str
    token: str | None = None  # enables the one write endpoint
    poll_seconds: float = 5.0  # how often an open page asks whether the store changed
    allowed_hosts: list[str] | None = None  # None: any Host header


class ServedLinks(report_page.Links):
    """Links of the served pages: an article is its own page, a sentence an anchor on it."""

    served = True

    def article(self, article_id: str, n: int | None = None) -> str:
        return article_url(article_id)

    def sentence(self, article_id: str, sentence_id: str, n: int | None = None) -> str:
        return article_url(article_id) + report_page.href_fragment(report_page.sentence_anchor(sentence_id))


def article_url(article_id: str) -> str:
    """/articles/<id>, percent-encoded; an id a browser would read as a dot segment
    ("." or "..") goes in the query instead."""
    if article_id.strip(".") == "":
        return "/articles/?id=" + fragment(article_id)
    return "/articles/" + fragment(article_id)


def story_url(story_id: str) -> str:
    return "/stories/" + fragment(story_id)


class Web:
    """What one server process holds: settings, templates, the brief search index and
    a cache of parsed briefs and their pages (keyed by story, version and content)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.env = report_page.environment(PackageLoader("newsbrief.web", "templates"),
                                           globals_={"story_url": story_url, "article_url": article_url})
        self.index = BriefIndex()
        self.links = ServedLinks()
        self._cache: OrderedDict[tuple, tuple[Brief, dict]] = OrderedDict()
        self._lock = threading.Lock()
        self.brief_lock = threading.Lock()  # one brief computed at a time
        self.static = {name: (files(pkg) / path).read_bytes() for name, (pkg, path, _) in STATIC.items()}

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store, opened for this request, inside one read transaction."""
        store = Store(self.settings.store, create=False)
        try:
            with store.read():
                yield store
        finally:
            store.close()

    def brief_and_page(self, story: str, version: int, text: str) -> tuple[Brief, dict]:
        """The stored brief parsed, its page view and its sections' HTML, made once per brief."""
        key = (story, version, hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        brief = Brief.from_dict(json.loads(text))
        page = report_page.page_view(brief, self.links)
        # the brief's sections, rendered once (autoescaped): the same for every request
        page["html"] = Markup(self.env.get_template("_brief.html").render(p=page, served=True))
        made = (brief, page)
        with self._lock:
            self._cache[key] = made
            while len(self._cache) > PAGE_CACHE:
                self._cache.popitem(last=False)
        return made

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def render(self, template: str, status_code: int = 200, **context) -> HTMLResponse:
        html = self.env.get_template(template).render(poll=self.settings.poll_seconds, **context)
        return HTMLResponse(html, status_code=status_code)
