"""The reader's view of a brief: plain dicts and lists, ready to lay out.

`view(brief)` builds it once (numbered articles, figures grouped by event, claims
grouped by speaker, a timeline with positions on an axis); the Markdown and HTML
renderers of `render` only lay it out, and other front ends can reuse the
per-section builders. Article text stays as written: escaping is the renderer's.
"""
from __future__ import annotations

import re
from datetime import date

from newsbrief.lexicon import PRONOUNS
from newsbrief.model import Brief
from newsbrief.stages.confidence import shown, unsure

TYPE_NAMES = {"PERSON": "people", "ORG": "organisations", "GPE": "places", "LOC": "places",
              "FAC": "places", "NORP": "groups", "EVENT": "events"}


def figure_value(f) -> str:
    """"about 80", "more than 70", "up to 900", "30–90", or the vague word."""
    if f.vague or (f.low is None and f.high is None):
        return f.text
    lo, hi = _num(f.low), _num(f.high)
    if lo is not None and hi is not None:
        if lo == hi:
            return f"about {lo}" if f.approximate else lo
        return f"{lo}\u2013{hi}"
    if lo is not None:
        return f"at least {lo}"
    return f"up to {hi}"


def _num(x):
    if x is None:
        return None
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def day(value: str | None) -> date | None:
    """The day of an ISO date, the first of the month for "YYYY-MM"; None for no date or an impossible one."""
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3] or 1))
    except ValueError:
        return None


def safe_url(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://[^\s\"'<>]+$", url) else None


class Lookups:
    """What every section looks up: an article's number (articles are cited by it)
    and sentences, entities and events by id."""

    def __init__(self, brief: Brief):
        self.number = {a.id: i + 1 for i, a in enumerate(brief.articles)}
        self.sentence = {s.id: s for s in brief.sentences}
        self.entity = {e.id: e for e in brief.entities}
        self.event = {e.id: e for e in brief.events}

    def cite(self, article_ids) -> list[int]:
        return [self.number[a] for a in article_ids if a in self.number]

    def who(self, entity_id, text) -> str:
        e = self.entity.get(entity_id)
        # a nationality word ("Norlandic") names no one: show the speaker as written
        if e and not (e.type == "NORP" and text and len(text) > len(e.name)):
            return e.name
        if text and text.lower() in PRONOUNS:  # the claims stage found no antecedent
            return f"unidentified speaker (\u201c{text}\u201d)"
        return text or (e.name if e else "unattributed")


def view(brief: Brief) -> dict:
    look = Lookups(brief)
    articles = articles_view(brief, look)
    summary = summary_view(brief, look)
    timeline, axis = timeline_view(brief, look)
    figure_groups = figures_view(brief, look)
    said = claims_view(brief, look)
    conflicts = conflicts_view(brief, look)
    progressions = progressions_view(brief, look)
    entities = entities_view(brief)
    used = [a for a in articles if a["status"] == "used"]
    return {
        "title": _headline(brief), "articles": articles, "used": len(used),
        "skipped": len(articles) - len(used), "summary": summary, "timeline": timeline,
        "axis": axis, "figure_groups": figure_groups, "said": said, "conflicts": conflicts,
        "progressions": progressions,
        "entities": entities, "warnings": brief.warnings,
        "words": sum(len(s["text"].split()) for s in summary),
    }


def articles_view(brief: Brief, look: Lookups | None = None) -> list[dict]:
    look = look or Lookups(brief)
    articles = []
    for a in brief.articles:
        articles.append({
            "n": look.number[a.id], "id": a.id, "title": a.title or a.id, "source": a.source,
            "url": safe_url(a.url), "outlet": a.outlet, "published": a.published,
            "basis": a.published_basis, "status": a.status, "reason": a.reason,
            "removed": a.removed, "warnings": a.warnings, "paragraphs": a.paragraphs,
            "sentences": sum(1 for s in brief.sentences if s.article == a.id),
        })
    return articles


def summary_view(brief: Brief, look: Lookups | None = None) -> list[dict]:
    look = look or Lookups(brief)
    return [{"text": s.text, "sources": look.cite(s.sources)} for s in brief.summary]


def timeline_view(brief: Brief, look: Lookups | None = None) -> tuple[list[dict], list[dict]]:
    """(events, axis): every event with its position in [0, 100] on an axis from the
    first to the last date any event names (None when undated)."""
    look = look or Lookups(brief)
    days = [d for e in brief.events for d in (day(e.date), day(e.date_end)) if d]
    first, last = (min(days), max(days)) if days else (None, None)
    span = max(1, (last - first).days) if days else 1
    timeline = []
    for e in brief.events:
        d = day(e.date)
        arts = []
        for sid in e.sentences:
            s = look.sentence.get(sid)
            if s:
                for a in brief.carriers(s.id):
                    if a not in arts:
                        arts.append(a)
        timeline.append({"id": e.id, "title": e.title, "date": e.date or "undated",
                         "date_end": e.date_end, "sources": look.cite(arts),
                         "x": round(100 * (d - first).days / span, 1) if d and first else None,
                         "sentences": [look.sentence[s].text for s in e.sentences if s in look.sentence][:3]})
    axis = []
    if days:
        axis = [{"label": first.isoformat(), "x": 0}, {"label": last.isoformat(), "x": 100}]
    return timeline, axis


def figures_view(brief: Brief, look: Lookups | None = None) -> list[dict]:
    """Figures grouped by event, the group of no dated event last; a syndicated copy
    adds its article to the same row. Figures of no listed measure ("three
    warehouses") and figures under `confidence.SHOWN` stay in the JSON only; rows
    under `confidence.SURE` say so (`unsure`)."""
    look = look or Lookups(brief)
    groups: dict[str | None, list] = {}
    rows_by_key: dict[tuple, dict] = {}
    for f in brief.figures:
        if f.measure == "other" or not shown(f):
            continue
        s = look.sentence.get(f.sentence)
        key = (brief.root_of(f.sentence), f.text, f.measure)
        if key in rows_by_key:
            rows_by_key[key]["sources"] = look.cite(brief.carriers(f.sentence))
            continue
        row = rows_by_key[key] = {
            "value": figure_value(f), "measure": f.measure, "text": f.text,
            "who": look.who(f.source, f.source_text) if (f.source or f.source_text) else "the article",
            "sources": look.cite([s.article]) if s else [], "counted": f.counted, "unsure": unsure(f),
        }
        groups.setdefault(f.event, []).append(row)
    event_of = look.event
    figure_groups = [{"event": (event_of[k].title + (f" ({event_of[k].date})" if event_of[k].date else ""))
                      if k in event_of else "Not tied to a dated event", "rows": rows}
                     for k, rows in groups.items()]
    figure_groups.sort(key=lambda g: g["event"] == "Not tied to a dated event")
    return figure_groups


def claims_view(brief: Brief, look: Lookups | None = None) -> list[dict]:
    """Who said what, grouped by speaker: named speakers first, most claims first, the
    unidentified last. A claim repeated in a syndicated copy is listed once with
    every carrier. Claims under `confidence.SHOWN` stay in the JSON only."""
    look = look or Lookups(brief)
    speakers: dict[str, dict] = {}
    seen_claims: dict[tuple, dict] = {}
    for c in brief.claims:
        if not shown(c):
            continue
        name = look.who(c.speaker, c.speaker_text)
        key = (name, brief.root_of(c.sentence), c.text)
        if key in seen_claims:
            seen_claims[key]["sources"] = look.cite(brief.carriers(c.sentence))
            continue
        s = look.sentence.get(c.sentence)
        item = seen_claims[key] = {"text": c.text, "cue": c.cue, "stance": c.stance, "direct": c.direct,
                                   "sources": look.cite([s.article]) if s else [], "unsure": unsure(c)}
        speakers.setdefault(name, {"name": name, "claims": []})["claims"].append(item)
    return sorted(speakers.values(), key=lambda g: (g["name"].startswith("unidentified speaker"),
                                                    -len(g["claims"])))


def conflicts_view(brief: Brief, look: Lookups | None = None) -> list[dict]:
    """The disagreements a reader is shown (those under `confidence.SHOWN` stay in the JSON)."""
    look = look or Lookups(brief)
    return [{"kind": c.kind, "note": c.note, "unsure": unsure(c),
             "event": look.event[c.event].title if c.event in look.event else None}
            for c in brief.conflicts if shown(c)]


def progressions_view(brief: Brief, look: Lookups | None = None) -> list[dict]:
    """Counts that changed over time ("killed: 6 (...) -> 9 (...)"): not disagreements."""
    look = look or Lookups(brief)
    return [{"measure": p.measure, "note": p.note, "unsure": unsure(p),
             "event": look.event[p.event].title if p.event in look.event else None}
            for p in brief.progressions if shown(p)]


def entities_view(brief: Brief) -> list[dict]:
    return [{"name": e.name, "type": e.type, "kind": TYPE_NAMES.get(e.type, e.type.lower()),
             "aliases": [a for a in e.aliases if a != e.name], "articles": e.articles,
             "mentions": len(e.mentions)} for e in brief.entities]


def _headline(brief: Brief) -> str:
    """The title of the article the summary leans on most, else a plain label."""
    counts: dict[str, int] = {}
    for s in brief.summary:
        for a in s.sources:
            counts[a] = counts.get(a, 0) + 1
    for art_id in sorted(counts, key=lambda a: -counts[a]):
        a = brief.article(art_id)
        if a and a.title:
            return a.title
    return "News brief"  # the line under the heading counts the articles
