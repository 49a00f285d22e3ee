"""Stage `sentences`: kept paragraphs into sentences, with ids and positions.

A sentence id is its article id and a hash of its text (`newsbrief.ids`), so it
does not depend on the cluster or on the sentences before it.

sentencex does the splitting (it knows "Lt. Gen.", "U.K. -led", "3.5 miles");
`repair` then mends the few splits it gets wrong in news text: a piece that
starts in lower case or with a digit continues the previous one, and so does a
piece after a clock time ("3 p.m. | Tuesday").
"""
from __future__ import annotations

import re

import sentencex

from newsbrief.ids import Unique, sentence_id
from newsbrief.model import Brief, Sentence
from newsbrief.stage import Stage

_CLOCK_END = re.compile(r"\b[ap]\.m\.\s*$", re.I)
_DAY_START = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight)\b")
MAX_CHARS = 2000  # a "sentence" longer than this is split at the nearest ; or ,


def run(brief: Brief, ctx=None) -> None:
    unique = Unique(s.id for s in brief.sentences)
    for art in brief.used_articles():
        position = 0
        for p_index, paragraph in enumerate(art.paragraphs):
            for text in split(paragraph):
                brief.sentences.append(Sentence(id=unique(sentence_id(art.id, text)), article=art.id, text=text,
                                                position=position, paragraph=p_index))
                position += 1
        if position == 0:
            art.skip(f"{art.source}: no sentences in the article text")


def split(paragraph: str) -> list[str]:
    """Sentences of one paragraph, whitespace tidied."""
    paragraph = re.sub(r"\s+", " ", paragraph).strip()
    if not paragraph:
        return []
    pieces = [p.strip() for p in sentencex.segment("en", paragraph) if p.strip()]
    return [chunk for s in repair(pieces) for chunk in _cap_length(s)]


def repair(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for piece in pieces:
        if out and _continues(out[-1], piece):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _continues(previous: str, piece: str) -> bool:
    first = piece.lstrip("\"'\u201c\u2018(`")[:1]
    if first.islower() or (first.isdigit() and not previous.rstrip().endswith((".", "!", "?"))):
        return True
    return bool(_CLOCK_END.search(previous) and _DAY_START.match(piece))


def _cap_length(text: str) -> list[str]:
    """Scraped text sometimes has no full stops at all; keep sentences readable."""
    if len(text) <= MAX_CHARS:
        return [text]
    out = []
    while len(text) > MAX_CHARS:
        cut = max(text.rfind("; ", 0, MAX_CHARS), text.rfind(", ", 0, MAX_CHARS))
        cut = cut + 1 if cut > MAX_CHARS // 4 else MAX_CHARS
        out.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        out.append(text)
    return out


STAGE = Stage("sentences", run, requires=("paragraphs",), provides=("sentences",))
