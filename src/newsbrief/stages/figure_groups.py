"""Figures side by side: their plausible bounds, labels, and the event a figure counts for.

Shared by the `figures` stage (which files each figure under an event), by
`figures.ranges` (the range of each count a reader sees) and by `conflicts` (which
of those counts cannot all be true).
"""
from __future__ import annotations

import math
import re

from newsbrief.lexicon import words

INF = math.inf
VAGUE_BOUNDS = [
    (r"tens of thousands", (20_000, 99_999)),
    (r"hundreds of thousands", (200_000, 999_999)),
    (r"dozens of thousands", (24_000, 144_000)),
    (r"tens of millions", (20_000_000, 99_999_999)),
    (r"dozens of millions", (24_000_000, 144_000_000)),
    (r"hundreds of millions", (200_000_000, 999_999_999)),
    (r"tens of billions", (20_000_000_000, 99_999_999_999)),
    (r"dozens of billions", (24_000_000_000, 144_000_000_000)),
    (r"hundreds of billions", (200_000_000_000, 999_999_999_999)),
    (r"several dozen|many dozen", (24, 144)),
    (r"several hundred|many hundred", (200, 999)),
    (r"several thousand|many thousand", (2_000, 9_999)),
    (r"dozens", (24, 144)),
    (r"scores", (40, 199)),
    (r"hundreds", (200, 999)),
    (r"thousands", (2_000, 99_999)),
    (r"millions", (2_000_000, INF)),
    (r"billions", (2_000_000_000, INF)),
]
APPROX_SLACK = 0.2
ADDITIVE = re.compile(r"\b(?:others?|another|additional|further|more|extra|also)\b", re.I)
CUMULATIVE = re.compile(r"\b(?:overall|cumulative|in total since|since the (?:start|beginning)|to date)\b", re.I)


def bounds(f) -> tuple[float, float]:
    """The interval of values a figure allows."""
    if f.vague:
        for pattern, b in VAGUE_BOUNDS:
            if re.search(pattern, f.text or "", re.I):
                return b
        return (1, INF)
    lo = f.low if f.low is not None else 0
    hi = f.high if f.high is not None else INF
    if f.approximate:
        lo, hi = lo * (1 - APPROX_SLACK), hi * (1 + APPROX_SLACK)
    return (lo, hi)


def figure_label(f) -> str:
    return re.sub(r"\s+", " ", (f.text or "").strip().strip('"\u201c\u201d'))


def source_label(brief, f) -> str:
    if f.source_text:
        return f.source_text
    if f.source:
        for e in brief.entities:
            if e.id == f.source:
                return e.name
    s = brief.sentence(f.sentence)
    if s is not None:
        a = brief.article(s.article)
        if a is not None:
            return article_name(a)
    return "unattributed"


def article_name(a) -> str:
    """How a reader knows an article without a speaker: its outlet, the site of its
    URL, its title, and only then its id (often a hash)."""
    if a.outlet:
        return a.outlet
    host = re.match(r"https?://(?:www\.)?([^/:?#]+)", a.url or "")
    if host:
        return host.group(1)
    if a.title:
        return f"\u201c{_short(a.title, 50)}\u201d"
    return a.id


def article_of(brief, sentence_id):
    s = brief.sentence(sentence_id)
    return s.article if s else None


def comparable(brief, f, whole_nouns=None) -> bool:
    """A figure that claims to be the whole count (not a part, an addition, a running total).
    With `whole_nouns` (conflicts), "N of the X" is a whole count only as the object of a
    kill or arrest verb with no clause after it ("troops captured six of the smugglers,
    the army said" counts captured smugglers); "six of the smugglers who fled" or "six of
    the smugglers were ...", a possessive's ("one of its drivers") and a noun naming a
    whole count ("two of the dead") stay parts."""
    if f.measure in ("other", "money", "distance"):
        return False
    if f.counted and ADDITIVE.search(f.counted):
        return False
    if f.low == 1 and f.high == 1 and re.match(r"(?:an?|the)\s", f.text or "", re.I):
        return False  # "a soldier was killed", "the third was arrested": one of the count, not the count
    # "relatives of three victims said": the figure names the speaker
    if f.text and any(f.text in c.speaker_text for c in brief.index.claims_in(f.sentence) if c.speaker_text):
        return False
    s = brief.sentence(f.sentence)
    text = s.text if s else ""
    at = text.find(f.text or "\0")
    if at >= 0:
        after = text[at + len(f.text):at + len(f.text) + 12]
        if re.match(r"\s+of\s+(?:its|their|the|his|her|our|them|those)\b", after) \
                and not (f.measure == "participants" and MEMBERSHIP.match(text[at + len(f.text):])) \
                and not (f.measure == "missing" and COMMUNITY.match(text[at + len(f.text):])):
            whole = re.match(r"\s+of\s+the\s+([A-Za-z\-]+)", text[at + len(f.text):]) if whole_nouns is not None else None
            if not whole or whole.group(1).lower() in whole_nouns or not _object_of_deed(text, at, at + len(f.text) + whole.end()):
                return False  # "one of its drivers": a part
        window = text[max(0, at - 60):at + len(f.text) + 60]
        if CUMULATIVE.search(window):
            return False
        if re.match(r"\s+(?:other|more|additional|further)\b", text[at + len(f.text):]):
            return False
    return True


# "3,400 of its members joined the strike": an organisation's count of its own people
# who took part is its whole count of the participants, not a part of it
MEMBERSHIP = re.compile(r"\s+of\s+(?:its|their|our)\s+(?:\w+\s+)?(?:members|workers|employees|staff)\b", re.I)
# "more than 60 of our people are unaccounted for": a community's own count of its missing
# is its whole count of the missing (lexicon `community_nouns`), not a part of it
COMMUNITY = re.compile(rf"\s+of\s+our\s+(?:{'|'.join(map(re.escape, sorted(words('community_nouns'))))})\b", re.I)


DEED_BEFORE = re.compile(r"\b(?:killed|killing|kill|kills|shot|shooting|arrested|arresting|arrest|arrests|detained|detaining"
                         r"|captured|capturing|seized|seizing|executed|rounded up)\s+$", re.I)
CLAUSE_AFTER = re.compile(r"\s*,?\s*(?:who|whom|that|which|were|was|are|is|had|have|has|died|remain)\b", re.I)


def _object_of_deed(text: str, start: int, end: int) -> bool:
    """text[start:end] ("six of the smugglers") follows a kill or arrest verb directly and
    no relative clause or verb of its own follows it."""
    return bool(DEED_BEFORE.search(text[max(0, start - 30):start])) and not CLAUSE_AFTER.match(text[end:])


def _short(text, n=90):
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "\u2026"


def join_events(brief, about) -> None:
    """File each count figure that has no event of its own under the only event with
    that measure, or the only one its article's other figures of that measure
    belong to, when its sentence is about that event (`about(sentence_id, event)`):
    a conference's head count does not join an assault's just because both count
    people."""
    events: dict[str, dict[str, set]] = {}  # measure -> event -> articles
    for f in brief.figures:
        if f.event is not None and comparable(brief, f):
            events.setdefault(f.measure, {}).setdefault(f.event, set()).add(article_of(brief, f.sentence))
    for f in brief.figures:
        if f.event is not None or not comparable(brief, f):
            continue
        candidates = events.get(f.measure, {})
        if len(candidates) == 1:
            mine = list(candidates)
        else:
            art = article_of(brief, f.sentence)
            mine = [ev for ev, arts in candidates.items() if art in arts]
        if len(mine) == 1 and about(f.sentence, brief.index.event(mine[0])):
            f.event = mine[0]
