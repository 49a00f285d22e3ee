"""News in TREC/LDC SGML: `<DOC>` records, as newswire corpora ship them
(DUC, TAC, AQUAINT, Gigaword and many research collections).

    <DOC>
    <DOCNO> APW19990707.0181 </DOCNO>
    <DATE_TIME> 1999-07-07 08:30:27 </DATE_TIME>
    <HEADLINE> A headline </HEADLINE>
    <TEXT> <P> A paragraph, hard-wrapped. </P> <P> ... </P> </TEXT>
    </DOC>

One file may hold many records. The markup is a loose SGML (unclosed tags, bare
ampersands), so records are cut with regular expressions, not an XML parser.
Returns plain dicts; `read` turns them into articles.
"""
from __future__ import annotations

import html
import re
from datetime import date

_DOC = re.compile(r"<DOC(?:\s[^>]*)?>(.*?)(?:</DOC>|(?=<DOC[\s>])|\Z)", re.S | re.I)
_PARA = re.compile(r"<P(?:\s[^>]*)?>(.*?)(?:</P>|(?=<P[\s>])|\Z)", re.S | re.I)
_TAG = re.compile(r"<[^>]{0,200}>")
# DOCNO of LDC newswire: source, date, number ("APW19990707.0181", "NYT_ENG_20050101.0001")
_DOCNO_DATE = re.compile(r"[A-Z_]{3,}?_?(\d{4})(\d{2})(\d{2})")


def _iso(m) -> str | None:
    """YYYY-MM-DD from a (year, month, day) match when that day exists."""
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def looks_like(text: str) -> bool:
    return bool(re.match(r"\s*<DOC[\s>]", text[:200], re.I))


def _field(body: str, *names: str) -> str | None:
    for name in names:
        m = re.search(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}>", body, re.S | re.I)
        if m:
            return _plain(m.group(1))
    return None


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", fragment))).strip()


def records(text: str) -> list[dict]:
    """{"id", "title", "text", "published"} for every <DOC> in the text; the body's
    paragraphs are joined by blank lines, each paragraph on one line."""
    out = []
    for m in _DOC.finditer(text):
        body = m.group(1)
        docno = _field(body, "DOCNO", "DOCID")
        title = _field(body, "HEADLINE", "TITLE", "HL", "HEAD")
        block = re.search(r"<TEXT(?:\s[^>]*)?>(.*?)(?:</TEXT>|\Z)", body, re.S | re.I)
        main = block.group(1) if block else ""
        paras = [_plain(p) for p in _PARA.findall(main)] or [_plain(main)]
        published = None
        stamp = _field(body, "DATE_TIME", "DATE", "DATELINE")
        if stamp:
            d = re.search(r"(\d{4})-(\d{2})-(\d{2})", stamp) or re.search(r"\b(19\d\d|20\d\d)(\d{2})(\d{2})\b", stamp)
            published = _iso(d)  # None for an impossible date ("1998-17-06" is in real data)
        if published is None and docno:
            published = _iso(_DOCNO_DATE.search(docno))
        out.append({"id": docno, "title": title, "text": "\n\n".join(p for p in paras if p),
                    "published": published})
    return out
