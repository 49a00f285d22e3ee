"""The reader: every input becomes an article, used or skipped with a reason naming it."""
import io
import json

from newsbrief.ingest import read


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_txt_title_then_body(tmp_path):
    p = write(tmp_path, "a1.txt", "Storm hits the coast\n\nA storm hit the coast on Monday.\n\nRoads were closed.\n")
    [art] = read.read_paths([str(p)])
    assert art.id == "a1" and art.status == "used"
    assert art.title == "Storm hits the coast"
    assert "Roads were closed." in art.text and "Storm hits" not in art.text


def test_hard_wrapped_newswire_has_no_title(tmp_path):
    body = ("Officials in the river town said on Friday that the flood barrier\n"
            "had held overnight, sparing hundreds of homes from the rising water\n"
            "that swept through the valley.\n")
    [art] = read.read_paths([str(write(tmp_path, "D1.txt", body))])
    assert art.title is None
    assert art.text.startswith("Officials in the river town")


def test_jsonl_fields_and_extra_keys(tmp_path):
    lines = [json.dumps({"id": "x1", "title": "T", "text": "Body one is here.", "published": "2024-05-02",
                         "url": "https://example.org/a", "source": "Daily", "lang": "en"}),
             "{not json",
             json.dumps({"id": "x3", "title": "No text"}),
             json.dumps(["a", "list"]),
             json.dumps({"id": 7, "text": "Numeric id works.", "published": "May 3, 2024"})]
    p = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    arts = read.read_paths([str(p)])
    assert [a.status for a in arts] == ["used", "skipped", "skipped", "skipped", "used"]
    first = arts[0]
    assert (first.published, first.published_basis, first.outlet, first.extra) == (
        "2024-05-02", "given", "Daily", {"lang": "en"})
    assert "feed.jsonl:2" in arts[1].reason and "invalid JSON" in arts[1].reason
    assert "feed.jsonl:3" in arts[2].reason and "no article text" in arts[2].reason
    assert "expected a JSON object" in arts[3].reason
    assert arts[4].id == "7" and arts[4].published == "2024-05-03"


def test_html_main_text_title_and_date(tmp_path):
    html = ("<html><head><title>Bridge reopens</title>"
            "<meta property='article:published_time' content='2023-11-02T08:00:00Z'></head><body>"
            "<nav>Home | News | Sport</nav><article><h1>Bridge reopens</h1>"
            "<p>The old river bridge reopened to traffic on Thursday after two years of repairs, the council said.</p>"
            "<p>Engineers replaced all of the steel cables and strengthened the towers on both banks.</p>"
            "</article></body></html>")
    [art] = read.read_paths([str(write(tmp_path, "bridge.html", html))])
    assert art.status == "used" and art.title == "Bridge reopens"
    assert art.published == "2023-11-02"
    assert "steel cables" in art.text and "Home | News" not in art.text


def test_bad_inputs_are_skipped_with_reasons(tmp_path):
    empty = write(tmp_path, "empty.txt", "")
    binary = write(tmp_path, "blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    bad_utf8 = write(tmp_path, "latin.txt", "Caf\xe9 owners protest\n\nThe caf\xe9 owners marched.".encode("latin-1"))
    title_only = write(tmp_path, "title.txt", "Only a title\n")
    arts = read.read_paths([str(empty), str(binary), str(bad_utf8), str(title_only), str(tmp_path / "missing.txt")])
    by_id = {a.id: a for a in arts}
    assert by_id["empty"].status == "skipped" and "empty file" in by_id["empty"].reason
    assert by_id["blob"].status == "skipped" and "binary" in by_id["blob"].reason
    assert by_id["latin"].status == "used" and "\ufffd" in by_id["latin"].text
    assert any("invalid UTF-8" in w for w in by_id["latin"].warnings)
    assert by_id["title"].status == "skipped"
    assert by_id["missing"].status == "skipped" and "no such file" in by_id["missing"].reason


def test_folder_reads_articles_not_feeds_and_ids_stay_unique(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "a.txt", "Title A\n\nBody A is here.")
    write(tmp_path / "sub", "a.txt", "Title B\n\nBody B is here.")
    write(tmp_path, "feed.jsonl", json.dumps({"id": "a", "text": "x"}))
    write(tmp_path, "notes.json", "{}")
    arts = read.read_paths([str(tmp_path)])
    used = [a for a in arts if a.status == "used"]
    assert sorted(a.title for a in used) == ["Title A", "Title B"]
    assert len({a.id for a in arts}) == len(arts)
    # what a folder holds but is not read is listed, with the reason
    reasons = {a.source.rsplit("/", 1)[-1]: a.reason for a in arts if a.status == "skipped"}
    assert set(reasons) == {"feed.jsonl", "notes.json"}
    assert "read only when named" in reasons["feed.jsonl"] and "not an article file" in reasons["notes.json"]


def test_a_repeated_id_never_takes_an_id_given_to_another_article(tmp_path):
    recs = [{"id": "quay", "text": "The quay flooded."}, {"id": "quay", "text": "The quay dried out."},
            {"id": "quay~2", "text": "The quay reopened."}, {"id": "quay", "text": "The quay closed again."}]
    p = write(tmp_path, "feed.jsonl", "\n".join(json.dumps(r) for r in recs) + "\n")
    arts = read.read_paths([str(p)])
    assert [a.id for a in arts] == ["quay", "quay~3", "quay~2", "quay~4"]
    assert "'quay' already used; this article is 'quay~3'" in arts[1].warnings[0]
    assert not arts[2].warnings


def test_an_article_without_id_is_named_from_its_content_in_any_feed(tmp_path):
    story = {"title": "Tram stops", "text": "The trams of Velden stopped at noon, the operator said."}
    one = write(tmp_path, "monday.jsonl", json.dumps({"text": "Another story entirely."}) + "\n" + json.dumps(story))
    two = write(tmp_path, "tuesday.jsonl", json.dumps({**story, "lang": "en"}) + "\n")
    first, second = read.read_paths([str(one)])[1], read.read_paths([str(two)])[0]
    assert first.id == second.id and first.id.startswith("art:")
    other = read.read_paths([str(one)])[0]
    assert other.id != first.id
    bad = write(tmp_path, "bad.jsonl", "{not json\n")
    assert read.read_paths([str(bad)])[0].id == read.read_paths([str(bad)])[0].id
    assert read.read_paths([str(bad)])[0].id.startswith("art:")


def test_empty_folder_is_reported(tmp_path):
    [art] = read.read_paths([str(tmp_path)])
    assert art.status == "skipped" and "no .txt, .html or .htm" in art.reason


def test_stdin_jsonl(monkeypatch):
    data = json.dumps({"id": "s1", "title": "T", "text": "From stdin."}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    [art] = read.read_paths(["-"])
    assert art.id == "s1" and art.text == "From stdin."


SGML = """<DOC>
<DOCNO> XNA20240312.0007 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 2024-03-12 09:14:00 </DATE_TIME>
<BODY>
<HEADLINE> Ferry &amp; barge collide off Port Vessany </HEADLINE>
<TEXT>
<P>
   PORT VESSANY (XNA) -- A ferry and a grain barge collided off
the harbour wall on Monday, injuring 14 people, the port authority said.
</P>
<P>
   Divers were checking the barge's hull.
</P>
</TEXT>
</BODY>
</DOC>
<DOC>
<DOCNO> XNA20240313.0002 </DOCNO>
<TEXT>
Port officials reopened the channel on Tuesday.
</TEXT>
</DOC>
<DOC>
<DOCNO> XNA20240313.0003 </DOCNO>
<TEXT>   </TEXT>
</DOC>
"""


def test_newswire_sgml_records_are_articles(tmp_path):
    """A fictional two-story newswire file in the TREC/LDC <DOC> format, no suffix."""
    (tmp_path / "XNA_20240312").write_text(SGML, encoding="utf-8")
    (tmp_path / "NOTES").write_text("just a note, not a <DOC> file\n", encoding="utf-8")
    arts = read.read_paths([str(tmp_path)])
    notes = arts.pop(0)  # NOTES sorts first: no suffix and no <DOC>, listed as not read
    assert notes.status == "skipped" and "not SGML" in notes.reason
    assert [a.id for a in arts] == ["XNA20240312.0007", "XNA20240313.0002", "XNA20240313.0003"]
    first, second, empty = arts
    assert first.title == "Ferry & barge collide off Port Vessany"
    assert first.published == "2024-03-12" and first.published_basis == "given"
    assert first.text.split("\n\n") == [
        "PORT VESSANY (XNA) -- A ferry and a grain barge collided off the harbour wall on Monday, "
        "injuring 14 people, the port authority said.",
        "Divers were checking the barge's hull."]
    assert second.published == "2024-03-13"  # from the DOCNO when no date is given
    assert second.title is None and second.text == "Port officials reopened the channel on Tuesday."
    assert empty.status == "skipped" and "no article text" in empty.reason
    assert empty.source.endswith("#3")


def test_an_impossible_date_is_no_date(tmp_path):
    """Real newswire carries "1998-17-06": neither the SGML stamp nor a feed's
    `published` may pass an impossible day on to later stages."""
    (tmp_path / "XNA_19980617").write_text(
        "<DOC>\n<DOCNO> XNA19980617.0042 </DOCNO>\n<DATE_TIME> 1998-17-06 15:43:00 </DATE_TIME>\n"
        "<TEXT>\n<P> Floods closed the coast road near Varrow on Tuesday. </P>\n</TEXT>\n</DOC>\n",
        encoding="utf-8")
    (art,) = read.read_paths([str(tmp_path)])
    assert art.published == "1998-06-17"  # from the DOCNO instead
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "x", "text": "Floods closed the coast road.", "published": "2024-13-45"}\n',
                    encoding="utf-8")
    (art,) = read.read_paths([str(feed)])
    assert art.published is None and any("not a date" in w for w in art.warnings)
