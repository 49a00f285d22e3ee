"""Ids of what a brief names, derived from content and place, never from a run's counters.

The same input briefed again gives the same ids, and a sentence keeps its id in
any cluster that carries its article: the store and the web UI key on them.

    article    as given: the JSONL "id", else the file name without extension; a JSONL
               record without an id gets "art:" + hash of its title and text (of the
               line, when it is not JSON). A repeated id gets "~2", "~3", ... (the
               first number not already taken by another article).
    sentence   <article id>:s<hash of the sentence text>        "quay-fire:s1c0ffee123"
    entity     ent:<hash of type and canonical name>            "ent:5e1dd0a2b4"
    event      ev:<hash of the id of its first sentence>        "ev:77a0c3e9d1"
    figure     <sentence id>:f<character offset in the sentence> "quay-fire:s1c0ffee123:f42"
    claim      <sentence id>:c<rank of the claim in its sentence, from 1>
    conflict   cf:<hash of its kind and item ids>               "cf:0d9e8f7a6b"

A hash is the first 10 hex digits of BLAKE2b over the UTF-8 text. When two items
of one list would get the same id (the same sentence twice in one article, two
entities of one type and name), the later ones in list order get "~2", "~3", ...

Sentence ids hash the text rather than count paragraphs: what `clean` keeps
depends on the cluster (a line recurring in several articles, an off-topic
paragraph), so a paragraph's index among the kept ones may differ from one
cluster to the next while the sentence does not.

Ids are opaque strings and carry whatever characters an article id brings
(spaces, "/", "#", non-ASCII): percent-encode them (`fragment`) to put one in a
URL. The fixed parts are at the end, so a sentence id still reads unambiguously
from the right. Never parse an id for order: every list of a brief is in reading
order, and positions (`Sentence.position`, the index in `Brief.sentences`) say it.
A figure's offset may be read back (`figure_offset`) to find its own copy of a number
written twice in its sentence ("three blasts ... three bombers").
"""
from __future__ import annotations

import re

import hashlib
from typing import Iterable
from urllib.parse import quote

HASH_HEX = 10


def digest(*parts: str) -> str:
    """Short stable hash of some text parts (joined with a separator no text has)."""
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=HASH_HEX // 2).hexdigest()


def content_article_id(*parts: str) -> str:
    return f"art:{digest(*parts)}"


def sentence_id(article_id: str, text: str) -> str:
    return f"{article_id}:s{digest(text)}"


def entity_id(type_: str, name: str) -> str:
    return f"ent:{digest(type_, name)}"


def event_id(first_sentence: str) -> str:
    return f"ev:{digest(first_sentence)}"


def figure_id(sentence: str, offset: int) -> str:
    return f"{sentence}:f{offset}"


def figure_offset(fid: str) -> int | None:
    """The character offset a figure id was made from ("...:f147" -> 147), None if none."""
    m = re.search(r":f(\d+)(?:~\d+)?$", fid or "")
    return int(m.group(1)) if m else None


def claim_id(sentence: str, rank: int) -> str:
    return f"{sentence}:c{rank}"


def conflict_id(kind: str, items: Iterable[str]) -> str:
    return f"cf:{digest(kind, *sorted(items))}"


class Unique:
    """Hands out ids unique within one list: `base` itself the first time, then
    `base~2`, `base~3`, ...: the first that is not taken. Deterministic, given the
    order of the calls."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)

    def __call__(self, base: str) -> str:
        new, n = base, 1
        while new in self.taken:
            n += 1
            new = f"{base}~{n}"
        self.taken.add(new)
        return new


def fragment(any_id: str) -> str:
    """The id percent-encoded for a URL fragment or path segment (RFC 3986)."""
    return quote(any_id, safe=":~")
