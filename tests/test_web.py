"""The served UI over the store (issue 17), through its HTTP interface: the JSON API
against the CLI's output, ids validated, read-only, headers, bounded queries,
live updates after an ingest, hostile text escaped. Feeds are FICTIONAL
(examples/newsroom-feed.jsonl and tests/webkit.py). Browser tests: test_web_browser.py.
"""
from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

import webkit
from newsbrief.ids import fragment
from newsbrief.model import Brief
from newsbrief.web import Settings, create_app
from newsbrief.web.state import LOOPBACK_HOSTS, article_url


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return webkit.shared_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(Settings(store=str(store)))) as c:
        yield c


def cli_json(capsys, *args) -> object:
    from newsbrief import cli

    assert cli.main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


# -- the JSON API ---------------------------------------------------------------------

def test_api_stories_are_the_items_of_stories_json(client, store, capsys):
    expected = cli_json(capsys, "stories", "--store", str(store), "--json")
    got = client.get("/api/stories", params={"limit": 100}).json()
    assert got["items"] == expected and got["total"] == len(expected) and got["next"] is None


def test_api_pagination_walks_every_story_once(client):
    seen, url = [], "/api/stories?limit=1"
    while url:
        page = client.get(url).json()
        assert len(page["items"]) == 1 and page["limit"] == 1
        seen += [s["id"] for s in page["items"]]
        url = page["next"]
    assert seen == [s["id"] for s in client.get("/api/stories").json()["items"]]
    assert len(seen) == 4


def test_api_brief_is_the_stored_brief_json(client, store, capsys):
    shown = cli_json(capsys, "show", "s2", "--store", str(store), "--json")
    r = client.get("/api/stories/s2/brief")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.json() == shown
    assert r.headers["x-brief-version"] == r.headers["x-story-version"]
    brief = Brief.from_dict(r.json())
    assert {a.id for a in brief.articles} == {"tram-1", "tram-2", "tram-3", "tram-4"}


def test_api_story_and_article(client):
    s = client.get("/api/stories/s1").json()
    assert s["id"] == "s1" and s["size"] == 5 and s["briefed"] and not s["stale"] and s["new_articles"] == []
    assert "Valley Courier" in s["outlets"] and s["lead"]
    a = client.get("/api/articles/flood-2").json()
    assert a["story"] == "s1" and a["in_brief"] and a["status"] == "used"
    assert a["sentences"] and all(x["link"] == "/articles/flood-2#s" + x["id"] for x in a["sentences"])


def test_api_search_finds_the_story_with_highlights(client):
    r = client.get("/api/search", params={"q": "comet nucleus"}).json()
    assert r["items"][0]["id"] == "s3"
    assert any("nucleus" in h.lower() for m in r["items"][0]["matches"] for h in m["highlights"])
    assert client.get("/api/search", params={"q": "zzyzx"}).json()["items"] == []


def test_filters_by_name_and_date(client):
    named = client.get("/api/stories", params={"entity": "idris falconer"}).json()
    assert [s["id"] for s in named["items"]] == ["s1"]
    late = client.get("/api/stories", params={"from": "2032-04-10", "to": "2032-12-31"}).json()
    assert [s["id"] for s in late["items"]] == ["s3"]  # the only story with an article on or after that day
    early = client.get("/api/stories", params={"to": "2032-04-02"}).json()
    assert {s["id"] for s in early["items"]} == {"s1", "s3"}


def test_openapi_describes_the_api(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/brief",
                 "/api/articles/{article_id}", "/api/search"):
        assert path in spec["paths"], path
    assert not any(p.startswith("/stories") for p in spec["paths"])  # pages are not API


# -- ids, read-only, headers, bounds ------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/stories/s99", "/stories/..%2F..%2Fetc%2Fpasswd", "/articles/..%2F..%2Fetc%2Fpasswd",
    "/articles/%2e%2e/%2e%2e/etc/passwd", "/articles/no-such", "/articles/" + "a" * 600,
    "/api/stories/s99", "/api/stories/s99/brief", "/api/articles/no-such", "/api/articles/..%2Fstore.db",
    "/static/..%2Fapp.py", "/static/brief.html",
])
def test_unknown_ids_are_404(client, path):
    r = client.get(path)
    assert r.status_code == 404, (path, r.status_code)
    assert r.headers["x-content-type-options"] == "nosniff"


def test_an_id_with_any_character_is_found_by_its_escaped_url(store):
    from urllib.request import urlopen

    odd = webkit.ODD_ID  # through a real server: the test client decodes a path twice
    with webkit.live_server(Settings(store=str(store))) as base:
        with urlopen(base + article_url(odd), timeout=30) as r:
            assert r.status == 200 and "Pellin terminal stays shut" in r.read().decode()
        with urlopen(base + "/api/articles/" + fragment(odd), timeout=30) as r:
            assert json.loads(r.read())["id"] == odd
    assert article_url("..") == "/articles/?id=.."  # a dot segment would be eaten by the browser


def test_read_only_without_a_token(client):
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/stories/s1/brief").status_code == 405
        assert getattr(client, method)("/api/stories").status_code == 405


def test_write_endpoint_needs_the_token(store, tmp_path):
    copy = webkit.copy_store(store, tmp_path / "copy.db")
    with TestClient(create_app(Settings(store=str(copy), token="sesame-1234"))) as c:
        assert c.post("/api/stories/s3/brief").status_code == 401
        assert c.post("/api/stories/s3/brief", headers={"authorization": "Bearer wrong"}).status_code == 401
        ok = c.post("/api/stories/s3/brief", headers={"authorization": "Bearer sesame-1234"})
        assert ok.status_code == 200 and ok.json()["computed"] is False  # the stored brief was current
        assert c.post("/api/stories/s99/brief", headers={"authorization": "Bearer sesame-1234"}).status_code == 404


def test_security_headers_on_every_response(client):
    for path in ("/", "/stories/s1", "/articles/flood-1", "/api/stories", "/static/app.js", "/nowhere"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"] == "no-referrer"


def test_only_loopback_host_names_when_bound_to_loopback(store):
    with TestClient(create_app(Settings(store=str(store), allowed_hosts=LOOPBACK_HOSTS)),
                    base_url="http://127.0.0.1:8080") as c:
        assert c.get("/api/status").status_code == 200
        r = c.get("/api/status", headers={"host": "attacker.example"})
        assert r.status_code == 400 and "nosniff" in r.headers["x-content-type-options"]


@pytest.mark.parametrize("params", [{"limit": 101}, {"limit": 0}, {"offset": -1}, {"q": "w" * 201},
                                    {"from": "yesterday"}, {"to": "2032-4-1"}, {"entity": "e" * 201}])
def test_query_sizes_are_bounded(client, params):
    assert client.get("/api/stories", params=params).status_code == 422
    page = client.get("/", params=params)
    assert page.status_code in (400, 200) and "<script>" not in page.text
    if "limit" not in params and "offset" not in params:  # the page has neither
        assert page.status_code == 400


def test_search_with_fts_syntax_is_plain_words(client):
    for q in ['"unbalanced', "NEAR(a b", "tram*", "title:comet", "a OR b AND NOT c", ")(", "'; DROP TABLE articles"]:
        assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/api/stories").json()["total"] == 4


# -- pages ------------------------------------------------------------------------------

def test_story_page_sections_and_citations(client):
    html = client.get("/stories/s1").text
    toc = re.search(r'<nav class="toc".*?</nav>', html, re.S).group()
    assert toc.index("Summary") < toc.index("Timeline") < toc.index("Who said what")
    cites = re.findall(r'<a class="cite" href="([^"]+)"', html)
    assert cites and all(re.match(r"^/articles/[^#]+#s.+", c) for c in cites)
    # every citation lands on a sentence anchor of the article it names
    for href in set(cites[:6]):
        path, anchor = href.split("#")
        page = client.get(path).text
        from urllib.parse import unquote
        assert f'id="{unquote(anchor)}"' in page.replace("&#34;", '"'), href


def test_disagreements_come_first_and_name_their_sources(client, store):
    sid = webkit.story_of(store, "ferry-1")
    html = client.get(f"/stories/{sid}").text
    assert html.index('id="disagree"') < html.index('id="summary"')
    block = html[html.index('id="disagree"'):html.index('id="summary"')]
    # a side names the whole article (title, outlet, date), not an id or a cut headline
    assert "Pellin terminal stays shut as ferry strike goes on, Coast Wire, 2033-06-07" in block


def test_article_page_anchors_sentences_and_shows_removed_lines(client):
    html = client.get("/articles/ferry-1").text
    assert 'class="removed-line"' in html and "removed: boilerplate" in html and "Advertisement" in html
    assert re.search(r'<span class="sent[^"]*" id="sferry-1:s[0-9a-f]{10}"', html)
    # the removed lines stay where they were: "Advertisement" before the line after it
    assert html.index("Advertisement") < html.index("Share this article")


def test_hostile_text_is_escaped_and_controls_made_visible(client, store):
    sid = webkit.story_of(store, "ferry-1")
    for path in (f"/stories/{sid}", "/articles/ferry-1", "/?q=ferry"):
        html = client.get(path).text
        assert "<script>document" not in html and "<img" not in html and "<svg" not in html, path
        assert not re.search(r"href=[\"']?javascript:", html, re.I), path
        assert "\u202e" not in html, path
    article = client.get("/articles/ferry-1").text
    # bidi controls never reach a page: the reader drops them (text/normalise), and
    # `shown` would make any left visible (tested below)
    assert "&lt;script&gt;document.documentElement" in article and "\u202e" not in article
    assert 'href="javascript' not in article.lower()  # the javascript: url is not linked


def test_list_updates_after_an_ingest_and_a_story_shows_its_stale_brief(store, tmp_path):
    from newsbrief.ingest import read
    from newsbrief.store.sqlite import Store

    copy = webkit.copy_store(store, tmp_path / "live.db")
    with TestClient(create_app(Settings(store=str(copy)))) as c:
        before = c.get("/api/status").json()
        extra = webkit.write_feed(tmp_path / "more.jsonl", [
            {"id": "flood-6", "title": "Marrowby flood wall inquiry opens", "source": "Valley Courier",
             "published": "2032-04-12", "text": "The inquiry into the failed flood wall on Quay Lane in Marrowby "
             "opened on Monday, the district council said. Mayor Idris Falconer said the River Tessel defences "
             "would be rebuilt before winter."},
            {"id": "kiln-1", "title": "Brickworks kiln reopens in Suttonfold", "source": "Suttonfold Echo",
             "published": "2032-04-12", "text": "The old brickworks kiln in Suttonfold fired its first bricks "
             "in forty years on Saturday, the heritage trust said."}])
        with Store(copy) as s:  # an ingest beside the running server
            s.ingest(read.iter_path(str(extra)))
        after = c.get("/api/status").json()
        assert after["stamp"] != before["stamp"] and after["articles"] == before["articles"] + 2
        titles = [s["title"] for s in c.get("/api/stories").json()["items"]]
        assert "Brickworks kiln reopens in Suttonfold" in titles and "Brickworks kiln" in c.get("/").text
        sid = webkit.story_of(copy, "flood-6")
        story = c.get(f"/api/stories/{sid}").json()
        assert story["stale"] and story["new_articles"] == ["flood-6"] and not story["briefed"]
        page = c.get(f"/stories/{sid}").text
        assert "This brief is older than the story" in page and "Marrowby flood wall inquiry opens" in page
        new = c.get("/stories/" + webkit.story_of(copy, "kiln-1")).text
        assert "No brief is stored for this story yet" in new


def test_merged_story_and_alias_redirect(store, tmp_path):
    import sqlite3

    copy = webkit.copy_store(store, tmp_path / "merged.db")
    with sqlite3.connect(copy) as db:  # as a merge leaves it: the younger id redirects
        db.execute("UPDATE stories SET absorbed_into = 's1' WHERE id = 's3'")
        db.execute("INSERT INTO aliases (id, same_as) VALUES ('flood-1-copy', 'flood-1')")
    with TestClient(create_app(Settings(store=str(copy))), follow_redirects=False) as c:
        r = c.get("/stories/s3")
        assert r.status_code == 308 and r.headers["location"] == "/stories/s1"
        assert c.get("/api/stories/s3/brief").headers["location"] == "/api/stories/s1/brief"
        assert c.get("/articles/flood-1-copy").headers["location"] == "/articles/flood-1"


def test_no_store_is_a_clear_error(tmp_path, capsys):
    from newsbrief import cli

    assert cli.main(["serve", "--store", str(tmp_path / "none.db")]) == 2
    assert "no store here" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_serve_binds_loopback_unless_told_and_warns(store, capsys, monkeypatch):
    import uvicorn

    from newsbrief import cli
    from newsbrief.cli.serve import is_loopback

    bound = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda self: bound.append((self.config.host, self.config.port)))
    assert cli.main(["serve", "--store", str(store)]) == 0
    assert bound[-1] == ("127.0.0.1", 8080) and "warning" not in capsys.readouterr().err
    assert cli.main(["serve", "--store", str(store), "--host", "0.0.0.0", "--port", "9000"]) == 0
    assert bound[-1] == ("0.0.0.0", 9000) and "warning: serving on 0.0.0.0" in capsys.readouterr().err
    assert is_loopback("::1") and is_loopback("localhost") and not is_loopback("192.0.2.1")
    assert cli.main(["serve", "--port", "99999"]) == 2


# -- the page view shared with brief.html ---------------------------------------------------

def test_timeline_columns_fit_any_span_and_hold_every_event():
    from newsbrief.report.page import MAX_COLUMNS, timeline_chart

    def events(dates):
        return [{"n": i + 1, "date": d, "title": f"event {i + 1}", "href": f"#e{i}"} for i, d in enumerate(dates)]

    for dates, unit in ((["2032-04-01"] * 50, "day"), (["2032-04-01", "2032-04-12"], "day"),
                        (["2032-04-01", "2032-05-20"], "week"), (["2032-01-15", "2032-11-02"], "month"),
                        (["2020-03-01", "2031-06-01"], "year"), (["1990-01-01", "2031-06-01"], "4 years")):
        chart = timeline_chart(events(dates + ["undated"]))
        assert chart["unit"] == unit, dates
        assert 1 <= chart["count"] <= MAX_COLUMNS and chart["undated"] == 1
        placed = [e["n"] for c in chart["columns"] for e in c["events"]]
        assert sorted(placed) == list(range(1, len(dates) + 1))  # each dated event once
        major = [c["major"] for c in chart["columns"]]  # the labels a narrow screen keeps
        assert major[0] and not any(a and b for a, b in zip(major, major[1:]))
        assert chart["count"] == 1 or not major[-1]  # each kept label has two columns of room
    assert timeline_chart(events(["undated", "XXXX-04-01"])) is None


def test_static_report_citations_land_on_sentences_of_the_page(tmp_path):
    from newsbrief import cli

    assert cli.main(["brief", str(webkit.NEWSROOM), "-o", str(tmp_path), "-q"]) == 0
    html = (tmp_path / "brief.html").read_text()
    anchors = set(re.findall(r'<span class="sent[^"]*" id="([^"]+)"', html))
    cites = re.findall(r'<a class="cite" href="#([^"]+)"', html)
    assert cites and anchors
    from urllib.parse import unquote
    assert all(unquote(c) in anchors for c in cites)
    assert "<script" not in html and 'http-equiv="Content-Security-Policy"' in html


def test_shown_makes_reordering_controls_visible_and_keeps_joiners():
    from markupsafe import Markup

    from newsbrief.report.page import visible_text as shown

    assert shown("Vote\u202e]1[ \u2066x\u2069 \x1b[31m") == "Vote[U+202E]]1[ [U+2066]x[U+2069] [U+001B][31m"
    assert shown("\u0915\u094d\u200d\u0937 \U0001f469\u200d\U0001f4bb") == "\u0915\u094d\u200d\u0937 \U0001f469\u200d\U0001f4bb"
    assert shown(Markup("<b>\u202e</b>")) == Markup("<b>\u202e</b>") and shown(3) == 3
