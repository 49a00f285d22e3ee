"""Helpers of the web tests: FICTIONAL feeds (every name, place and figure invented),
a store built from them, a live server on a free loopback port, and Chromium.

The hostile feed is a small invented story (a ferry strike in Lumen Bay) whose
titles, texts, ids and URLs carry what an attacker would put in an article:
script tags, event handlers, `javascript:` URLs, bidirectional controls, and ids
with characters that need escaping in a URL and a fragment.
"""
from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWSROOM = ROOT / "examples" / "newsroom-feed.jsonl"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

RAN = "document.documentElement.setAttribute('data-ran','yes')"
SCRIPT = f"<script>{RAN}</script>"
HANDLER = f'"><img src=x onerror="{RAN}">'
JS_LINK = f'<a href="javascript:{RAN}">tap here</a>'
SVG = f'<svg onload="{RAN}"></svg>'
BIDI = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: would show "]1[" reversed, and the text after it
ODD_ID = 'ferry/2 #q "x" ü%20'  # a slash, a hash, quotes, non-ASCII, a percent sign


def hostile_records() -> list[dict]:
    return [
        {"id": "ferry-1", "title": "Lumen Bay ferry crews strike " + SCRIPT, "source": "Harbour Herald",
         "published": "2033-06-06", "url": "javascript:" + RAN,
         "text": "Ferry crews in Lumen Bay walked off the boats on Monday, stranding about 900 passengers at "
                 f"the Pellin terminal, the Lumen Bay Ferry Union said. {SCRIPT}\n\n"
                 "Union secretary Odile Marchetti said crews had not been paid for two months.\n\n"
                 f"Crews gathered on the quay with banners {HANDLER} and sang until dawn.\n\n"
                 f"The ferry operator Baywave said it had paid every crew member in full. {JS_LINK}\n\n"
                 "Advertisement\n\n"
                 "Share this article\n\n"
                 f"Passengers queued at the Pellin terminal late into the night. Vote{BIDI}]1[ now {SVG}"},
        {"id": ODD_ID, "title": "Pellin terminal stays shut as ferry strike goes on", "source": "Coast Wire",
         "published": "2033-06-07", "url": "https://example.org/ferry-2",
         "text": "The Pellin terminal in Lumen Bay stayed shut on Tuesday as the ferry strike went into a second "
                 "day, the Lumen Bay Ferry Union said.\n\n"
                 "Union secretary Odile Marchetti said crews had not been paid for two months.\n\n"
                 "Baywave denied that any crew member had gone unpaid and said about 600 passengers had been "
                 "moved to buses.\n\n"
                 "Marchetti said Baywave had recruited replacement crews from an agency in Pellin. "
                 "Baywave denied recruiting replacement crews from an agency."},
    ]


def write_feed(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def build_store(path: Path, feeds: list[Path], brief: bool = True) -> Path:
    """A store holding the feeds' articles, every story briefed (as `ingest --brief`)."""
    from newsbrief.corpus.briefs import brief_story
    from newsbrief.ingest import read
    from newsbrief.store.sqlite import Store

    with Store(path) as store:
        for feed in feeds:
            store.ingest(read.iter_path(str(feed)))
        if brief:
            for sid in store.stale_stories():
                brief_story(store, sid)
    return path


def story_of(store_path: Path, article_id: str) -> str:
    from newsbrief.store.sqlite import Store

    with Store(store_path, create=False) as store:
        return store.article_stories()[article_id]


@contextmanager
def live_server(settings) -> Iterator[str]:
    """The app of `settings` (or an app already made) served in a thread on 127.0.0.1
    and a free port: yields its base URL; stopped, with a bounded wait, at the end."""
    from newsbrief.web import Settings, create_app
    from newsbrief.web.server import background

    with background(create_app(settings) if isinstance(settings, Settings) else settings) as url:
        yield url


def chromium_path() -> str:
    """Debian's chromium; missing: a failure when CI is set (make test installs it), else a skip."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: `make test` installs it (apt-get install chromium)")
        pytest.skip("chromium not installed")
    return path


@contextmanager
def browser() -> Iterator:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("playwright is missing: install the test extra (pip install -e '.[test]')")
        pytest.skip("playwright not installed")
    path = chromium_path()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            yield b
        finally:
            b.close()


_built: dict[str, Path] = {}


def shared_store(tmp_path_factory) -> Path:
    """The newsroom feed and the hostile feed in one store, every story briefed: built
    once per test session; tests that write use `copy_store`."""
    if "store" not in _built:
        d = tmp_path_factory.mktemp("webstore")
        feed = write_feed(d / "hostile.jsonl", hostile_records())
        _built["store"] = build_store(d / "store.db", [NEWSROOM, feed])
    return _built["store"]


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


TOWNS = ["Arden Cove", "Belmere", "Corlin Heath", "Dunmarsh", "Elverton", "Farrowgate", "Glenmoor"]


def timeline_records(n: int = 50) -> list[dict]:
    """One long fictional article of `n` sentences (a storm moving along a coast)."""
    lines = [f"Storm crews reached {TOWNS[i % len(TOWNS)]} on call {i + 1} as the gale moved along the "
             f"Sorrel coast, the coastguard said." for i in range(n)]
    return [{"id": "gale-1", "title": "The Sorrel coast gale, day by day", "source": "Sorrel Post",
             "published": "2034-01-02", "text": "\n\n".join(lines)}]


def timeline_brief(days: list[int], start: str = "2034-01-01"):
    """A Brief of the timeline article with one event per sentence, event i on day
    `days[i]` after `start`: a valid brief, written by hand to test the picture."""
    from datetime import date, timedelta

    from newsbrief import ids
    from newsbrief.model import Article, Brief, Event, Sentence, SummaryItem

    rec = timeline_records(len(days))[0]
    paragraphs = rec["text"].split("\n\n")
    art = Article(id=rec["id"], source=rec["source"], title=rec["title"], published=rec["published"],
                  published_basis="given", outlet=rec["source"], paragraphs=paragraphs)
    sentences = [Sentence(id=ids.sentence_id(art.id, t), article=art.id, text=t, position=i, paragraph=i)
                 for i, t in enumerate(paragraphs)]
    day0 = date.fromisoformat(start)
    events = [Event(id=ids.event_id(s.id), title=s.text[:40], date=(day0 + timedelta(d)).isoformat(),
                    sentences=[s.id]) for s, d in zip(sentences, days)]
    events.sort(key=lambda e: e.date)
    summary = [SummaryItem(sentence=s.id, text=s.text, sources=[art.id]) for s in sentences[:3]]
    return Brief(articles=[art], sentences=sentences, events=events, summary=summary)


def store_with_brief(path: Path, records: list[dict], brief) -> tuple[Path, str]:
    """A store of `records` (one story) whose stored brief is `brief`: (path, story id)."""
    from newsbrief.ingest import read
    from newsbrief.report import render
    from newsbrief.store.sqlite import Store

    feed = write_feed(path.with_suffix(".jsonl"), records)
    with Store(path) as store:
        store.ingest(read.iter_path(str(feed)))
        (sid,) = [s.id for s in store.stories()]
        store.save_brief(sid, store.version(sid), render.to_json(brief), render.to_markdown(brief),
                         [(s.id, s.article, s.text, s.duplicate_of) for s in brief.sentences])
    return path, sid
