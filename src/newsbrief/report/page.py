"""The reader's page of a brief: what the self-contained brief.html and the served
story page (newsbrief serve) both lay out, from the same templates.

`page_view(brief, links)` builds on the reader's view (`view.py`) what a page
needs beyond it: every citation as a link to the cited sentence in the citing
article (a syndicated copy cites its own copy), the disagreements with each side
named in full (article title, outlet, date, who, the sentence), figures with
their unit, place, speaker and the sentence as written, claims grouped by speaker
with their source sentence, the timeline laid out in date columns so that no two
labels meet, and each article's text cut into anchored sentences with the removed
lines in place and their reasons. `links` says where links go: anchors inside one
page (`Links`, the static report) or the server's URLs (`newsbrief.web`).

Text stays as written: the templates escape it, and `visible_text` (the template finalizer)
makes invisible controls visible so that article text cannot reorder the page.
"""
from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import Any, Callable

from jinja2 import BaseLoader, ChoiceLoader, Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from newsbrief.ids import fragment
from newsbrief.model import Brief
from newsbrief.report.view import Lookups, day as _day, figure_value, view
from newsbrief.stages.confidence import shown, unsure

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MAX_COLUMNS = 12  # of the timeline: at 390 px wide, about 29 px each
ENTITY_KINDS = [("people", "People"), ("organisations", "Organisations"), ("places", "Places"),
                ("groups", "Groups"), ("events", "Named events")]


# -- links ------------------------------------------------------------------------------

def sentence_anchor(sentence_id: str) -> str:
    """The element id of a sentence on a page: "s" and the sentence id."""
    return "s" + sentence_id


def event_anchor(event_id: str) -> str:
    return "ev-" + event_id


def href_fragment(anchor: str) -> str:
    """A link to an element id on the same page, percent-encoded (ids carry any character)."""
    return "#" + fragment(anchor)


class Links:
    """Where the links of one self-contained page go: to anchors on it."""

    served = False

    def article(self, article_id: str, n: int | None = None) -> str:
        return f"#article-{n}"

    def sentence(self, article_id: str, sentence_id: str, n: int | None = None) -> str:
        return href_fragment(sentence_anchor(sentence_id))

    def event(self, event_id: str) -> str:
        return href_fragment(event_anchor(event_id))


# -- the page ---------------------------------------------------------------------------

class _Page:
    """What the section builders share: the brief, its lookups, and citations."""

    def __init__(self, brief: Brief, links: Links):
        self.brief, self.links, self.look = brief, links, Lookups(brief)
        self.copy_in: dict[tuple[str, str], str] = {}  # (root sentence, article) -> its copy there
        for s in brief.sentences:
            self.copy_in.setdefault((brief.root_of(s.id), s.article), s.id)
        self.titles = {a.id: article_label(a) for a in brief.articles}

    def cites(self, sentence_id: str | list[str] | None, article_ids) -> list[dict]:
        """[n] links, one per article, each to that article's copy of the sentence (of
        the first of the sentences, given several, that the article carries)."""
        sentences = [sentence_id] if isinstance(sentence_id, str) else list(sentence_id or [])
        roots = [self.brief.root_of(s) for s in sentences]
        out = []
        for a in article_ids:
            n = self.look.number.get(a)
            if n is None:
                continue
            sid = next((self.copy_in[(r, a)] for r in roots if (r, a) in self.copy_in), None)
            href = self.links.sentence(a, sid, n) if sid else self.links.article(a, n)
            out.append({"n": n, "href": href, "title": self.titles.get(a, a)})
        return out

    def carriers(self, sentence_id: str) -> list[str]:
        return self.brief.carriers(sentence_id) if self.look.sentence.get(sentence_id) else []

    def event_ref(self, event_id: str | None) -> dict | None:
        e = self.look.event.get(event_id) if event_id else None
        if e is None:
            return None
        return {"title": e.title, "date": e.date, "href": self.links.event(e.id)}


def page_view(brief: Brief, links: Links | None = None, base: dict | None = None) -> dict[str, Any]:
    """Everything brief.html and the served story page show, as plain data, built on
    the reader's view `base` (made here when not given)."""
    page = _Page(brief, links or Links())
    base = view(brief) if base is None else base
    timeline = timeline_section(page, base["timeline"])
    out = {
        "title": base["title"], "used": base["used"], "skipped": base["skipped"],
        "warnings": base["warnings"], "words": base["words"],
        "summary": [{"text": s.text, "cites": page.cites(s.sentence, s.sources)} for s in brief.summary],
        "conflicts": conflicts_section(page), "progressions": progressions_section(page), "timeline": timeline,
        "chart": timeline_chart(timeline), "figures": figures_section(page), "said": claims_section(page),
        "entities": entities_section(base["entities"]), "articles": articles_section(page, base["articles"]),
    }
    used = [a for a in out["articles"] if a["status"] == "used"]
    out["outlets"] = sorted({a["outlet"] for a in used if a["outlet"]})
    dates = sorted(a["published"] for a in used if a["published"])
    out["dates"] = (dates[0], dates[-1]) if dates else None
    out["toc"] = table_of_contents(out)
    out["counts"] = {t["anchor"]: t["count"] for t in out["toc"]}
    return out


def table_of_contents(p: dict) -> list[dict]:
    """The sections in page order with how many items each holds (empty ones but the
    summary left out)."""
    sections = [("disagree", "Where sources disagree", len(p["conflicts"])),
                ("changed", "Counts that changed", len(p["progressions"])),
                ("summary", "Summary", len(p["summary"])),
                ("timeline", "Timeline", len(p["timeline"])),
                ("figures", "Figures", sum(len(g["rows"]) for g in p["figures"])),
                ("said", "Who said what", sum(g["count"] for g in p["said"])),
                ("entities", "People, places and organisations", sum(len(g["members"]) for g in p["entities"])),
                ("articles", "Articles", len(p["articles"]))]
    return [{"anchor": a, "label": label, "count": n} for a, label, n in sections if n or a == "summary"]


def article_label(a) -> str:
    """An article named in full for a reader: title, outlet, date."""
    parts = [a.title or a.source or a.id]
    if a.outlet:
        parts.append(a.outlet)
    if a.published:
        parts.append(a.published)
    return ", ".join(parts)


# -- sections ---------------------------------------------------------------------------

def conflicts_section(page: _Page) -> list[dict]:
    """Each disagreement with its sides: what each source says, who, where, the sentence."""
    figures = {f.id: f for f in page.brief.figures}
    claims = {c.id: c for c in page.brief.claims}
    out = []
    for c in page.brief.conflicts:
        if not shown(c):
            continue  # under confidence.SHOWN: in the JSON only
        sides = []
        for item in c.items:
            if item in figures:
                sides.append(_figure_side(page, figures[item]))
            elif item in claims:
                sides.append(_claim_side(page, claims[item]))
        out.append({"id": c.id, "kind": c.kind, "note": c.note, "event": page.event_ref(c.event), "sides": sides,
                    "unsure": unsure(c)})
    return out


def progressions_section(page: _Page) -> list[dict]:
    """Counts that changed over time, each with its figures in date order."""
    figures = {f.id: f for f in page.brief.figures}
    return [{"id": p.id, "note": p.note, "event": page.event_ref(p.event), "unsure": unsure(p),
             "sides": [_figure_side(page, figures[i]) for i in p.items if i in figures]}
            for p in page.brief.progressions if shown(p)]


def _side(page: _Page, sentence_id: str) -> dict:
    s = page.look.sentence.get(sentence_id)
    art = page.brief.article(s.article) if s else None
    return {"sentence": s.text if s else "", "article": article_label(art) if art else None,
            "cites": page.cites(sentence_id, page.carriers(sentence_id))}


def _figure_side(page: _Page, f) -> dict:
    who = page.look.who(f.source, f.source_text) if (f.source or f.source_text) else "the article"
    return {**_side(page, f.sentence), "value": figure_value(f), "unit": _unit(f), "who": who,
            "pieces": marked(page.look.sentence[f.sentence].text, f.text) if f.sentence in page.look.sentence
            else [(f.text, True)]}


def _claim_side(page: _Page, c) -> dict:
    verb = "denied" if c.stance == "deny" else c.cue
    return {**_side(page, c.sentence), "value": verb, "unit": None, "who": page.look.who(c.speaker, c.speaker_text),
            "pieces": marked(page.look.sentence[c.sentence].text, c.text) if c.sentence in page.look.sentence
            else [(c.text, True)]}


def _unit(f) -> str:
    """What a figure counts: the counted noun, with the measure when it says more."""
    if f.counted and f.measure not in ("other", None):
        return f"{f.counted} ({f.measure})"
    return f.counted or f.measure


def marked(sentence: str, part: str) -> list[tuple[str, bool]]:
    """The sentence as (text, is the part) pieces: the part marked where it occurs."""
    i = sentence.find(part) if part else -1
    if i < 0:
        return [(sentence, False)]
    return [(x, m) for x, m in ((sentence[:i], False), (part, True), (sentence[i + len(part):], False)) if x]


def timeline_section(page: _Page, base_events: list[dict]) -> list[dict]:
    out = []
    for n, (e, b) in enumerate(zip(page.brief.events, base_events), start=1):
        out.append({"n": n, "id": e.id, "anchor": event_anchor(e.id), "href": page.links.event(e.id),
                    "title": e.title, "date": b["date"], "date_end": e.date_end,
                    "cites": page.cites(e.sentences, _event_articles(page, e)),
                    "sentences": b["sentences"]})
    return out


def _event_articles(page: _Page, e) -> list[str]:
    arts: list[str] = []
    for sid in e.sentences:
        for a in page.carriers(sid):
            if a not in arts:
                arts.append(a)
    return arts


def figures_section(page: _Page) -> list[dict]:
    """Figures grouped by event (the undated group last); a syndicated copy adds its
    article to the row of the first. Figures that say neither what they count nor a
    measure ("three" alone), and those under `confidence.SHOWN`, stay in the JSON."""
    groups: dict[str | None, list] = {}
    rows: dict[tuple, dict] = {}
    for f in page.brief.figures:
        if (f.measure == "other" and not f.counted) or not shown(f):
            continue
        key = (page.brief.root_of(f.sentence), f.text, f.measure)
        if key in rows:
            continue
        rows[key] = row = _figure_side(page, f)
        row["places"] = [p.title() if p.islower() else p for p in f.places]
        row["unsure"] = unsure(f)
        groups.setdefault(f.event if f.event in page.look.event else None, []).append(row)
    out = [{"event": page.event_ref(k), "rows": v} for k, v in groups.items() if k is not None]
    if None in groups:
        out.append({"event": None, "rows": groups[None]})
    return out


def claims_section(page: _Page) -> list[dict]:
    """Who said what, grouped by speaker, named speakers with most claims first and the
    unidentified last; a claim carried by several articles is listed once, citing each."""
    speakers: dict[str, dict] = {}
    seen: set[tuple] = set()
    for c in page.brief.claims:
        if not shown(c):
            continue  # under confidence.SHOWN: in the JSON only
        name = page.look.who(c.speaker, c.speaker_text)
        key = (name, page.brief.root_of(c.sentence), c.text)
        if key in seen:
            continue
        seen.add(key)
        side = _claim_side(page, c)
        group = speakers.setdefault(name, {"name": name, "claims": [], "denials": 0})
        group["claims"].append({"text": c.text, "cue": c.cue, "stance": c.stance, "direct": c.direct,
                                "verb": side["value"], "sentence": side["sentence"], "pieces": side["pieces"],
                                "cites": side["cites"], "unsure": unsure(c)})
        group["denials"] += c.stance == "deny"
    out = sorted(speakers.values(), key=lambda g: (g["name"].startswith("unidentified speaker"),
                                                   -len(g["claims"]), g["name"]))
    for g in out:
        g["count"] = len(g["claims"])
    return out


def entities_section(entities: list[dict]) -> list[dict]:
    groups: dict[str, list] = {}
    for e in entities:
        groups.setdefault(e["kind"], []).append(e)
    known = [k for k, _ in ENTITY_KINDS]
    out = [{"kind": label, "members": groups[k]} for k, label in ENTITY_KINDS if k in groups]
    out += [{"kind": k.capitalize(), "members": v} for k, v in groups.items() if k not in known]
    return out


# -- articles ---------------------------------------------------------------------------

def articles_section(page: _Page, base_articles: list[dict]) -> list[dict]:
    """The articles; on a self-contained page with their text (anchored sentences), on
    the server without (each article is a page of its own)."""
    out = []
    for b, a in zip(base_articles, page.brief.articles):
        out.append({**b, "href": page.links.article(a.id, b["n"]), "anchor": f"article-{b['n']}",
                    "label": page.titles[a.id],
                    "blocks": None if page.links.served else article_blocks(page.brief, a, a.text)})
    return out


def article_blocks(brief: Brief, art, raw: str | None = None) -> list[dict]:
    """The article as a reader sees it: kept paragraphs cut into anchored sentences, and
    each removed line with its reason, in place when the text as read (`raw`) shows
    where it was, else after the kept text."""
    mine = [s for s in brief.sentences if s.article == art.id]
    by_paragraph: dict[int, list] = {}
    for s in sorted(mine, key=lambda s: s.position):
        by_paragraph.setdefault(s.paragraph if 0 <= s.paragraph < len(art.paragraphs) else -1, []).append(s)
    kept = [{"kind": "kept", "pieces": _pieces(text, by_paragraph.get(i, []), brief)}
            for i, text in enumerate(art.paragraphs)]
    if -1 in by_paragraph:
        kept.append({"kind": "kept", "pieces": _pieces("", by_paragraph[-1], brief)})
    removed = [{"kind": "removed", "text": r.text, "reason": r.reason} for r in art.removed]
    return _in_reading_order(kept, art.paragraphs, removed, raw)


def _pieces(paragraph: str, sentences: list, brief: Brief) -> list[dict]:
    """A paragraph as pieces: each sentence (with its anchor) where it is found, the text
    between as plain pieces; when a sentence is not found verbatim, the sentences alone."""
    out: list[dict] = []
    at = 0
    for s in sentences:
        i = paragraph.find(s.text, at)
        if i < 0:
            return [_sentence_piece(s, brief) for s in sentences]
        if paragraph[at:i]:
            out.append({"text": paragraph[at:i], "anchor": None})
        out.append(_sentence_piece(s, brief))
        at = i + len(s.text)
    if paragraph[at:]:
        out.append({"text": paragraph[at:], "anchor": None})
    return out


def _sentence_piece(s, brief: Brief) -> dict:
    """A sentence with its anchor; a copy names the article that carried it first."""
    root = brief.root_of(s.id)
    original = brief.sentence(root) if root != s.id else None
    first = brief.article(original.article) if original else None
    return {"text": s.text, "anchor": sentence_anchor(s.id), "copy_of": article_label(first) if first else None}


def _in_reading_order(kept: list[dict], paragraphs: list[str], removed: list[dict], raw: str | None) -> list[dict]:
    if not removed or not raw:
        return kept + removed
    norm = " ".join(raw.split())
    where, at = [], 0
    for text in paragraphs:  # kept paragraphs, found in turn
        i = norm.find(" ".join(text.split()), at)
        where.append(i if i >= 0 else at)
        at = max(at, i + 1) if i >= 0 else at
    before: list[list[dict]] = [[] for _ in range(len(kept) + 1)]  # [k]: before kept[k]; last: at the end
    for r in removed:
        i = norm.find(" ".join(r["text"].split()))
        slot = len(kept) if i < 0 else next((k for k, w in enumerate(where) if w > i), len(where))
        before[slot].append(r)
    out: list[dict] = []
    for k, block in enumerate(kept):
        out += before[k] + [block]
    return out + before[len(kept)]


# -- the timeline picture ---------------------------------------------------------------

def timeline_chart(events: list[dict]) -> dict | None:
    """Dated events in at most MAX_COLUMNS columns of equal time (days, weeks, months
    or years, the smallest unit that fits), each column a stack of numbered points
    linking to their event: points never overlap, and the date labels under the
    columns are short enough for their column (every other one on a narrow screen)."""
    dated = [(e, _day(e["date"])) for e in events]
    dated = [(e, d) for e, d in dated if d]
    if not dated:
        return None
    first, last = min(d for _, d in dated), max(d for _, d in dated)
    unit, bins = _bins(first, last)
    columns = [{"label": label, "full": full, "events": [], "major": i % 2 == 0 and (i + 1 < len(bins) or i == 0)}
               for i, (_, label, full) in enumerate(bins)]
    starts = [b[0] for b in bins]
    for e, d in dated:
        k = max(i for i, s in enumerate(starts) if s <= d)
        columns[k]["events"].append(e)
    return {"columns": columns, "count": len(columns), "unit": unit, "first": first.isoformat(),
            "last": last.isoformat(), "undated": len(events) - len(dated), "dated": len(dated)}


def _bins(first: date, last: date) -> tuple[str, list[tuple[date, str, str]]]:
    """(unit, [(start, short label, full label)]) covering first..last."""
    days = (last - first).days + 1
    if days <= MAX_COLUMNS:
        return "day", [(d, _short(d, i == 0), d.isoformat()) for i, d in
                       enumerate(first + timedelta(n) for n in range(days))]
    if days <= 7 * MAX_COLUMNS:
        weeks = math.ceil(days / 7)
        return "week", [(d, _short(d, i == 0), f"week from {d.isoformat()}") for i, d in
                        enumerate(first + timedelta(7 * n) for n in range(weeks))]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= MAX_COLUMNS:
        out = []
        for n in range(months):
            y, m = divmod(first.month - 1 + n, 12)
            d = date(first.year + y, m + 1, 1)
            label = f"{MONTHS[m]} {d.year}" if n == 0 or m == 0 else MONTHS[m]
            out.append((d if n else first, label, f"{MONTHS[m]} {d.year}"))
        return "month", out
    step = math.ceil((last.year - first.year + 1) / MAX_COLUMNS)
    years = range(first.year, last.year + 1, step)
    return ("year" if step == 1 else f"{step} years"), [
        (date(y, 1, 1) if y != first.year else first, str(y), str(y) if step == 1 else f"{y}\u2013{y + step - 1}")
        for y in years]


def _short(d: date, with_year: bool) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}" + (f" {d.year}" if with_year else "")


# -- rendering --------------------------------------------------------------------------

# bidirectional controls (embeddings, overrides, isolates, marks), C0/C1 controls but
# tab and newline, zero-width space and other invisible characters (not the joiners
# U+200C and U+200D, which some scripts and emoji need)
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def visible_text(value: Any) -> Any:
    """Untrusted text with invisible controls made visible ("[U+202E]"), so article text
    cannot reorder or hide what is around it. Markup (built by the templates) passes."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return _INVISIBLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)


def environment(*loaders: BaseLoader, globals_: dict[str, Callable] | None = None) -> Environment:
    """A Jinja environment over `loaders` then the report's templates: autoescaped, and
    every printed value passed through `visible_text`."""
    env = Environment(loader=ChoiceLoader([*loaders, PackageLoader("newsbrief.report", "templates")]),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, finalize=visible_text, bytecode_cache=_bytecode_cache())
    env.globals.update(globals_ or {})
    return env


def _bytecode_cache():
    """Compiled templates kept in the user's cache folder (Jinja checks each against
    its template's source and its own and Python's versions): compiling them was about
    35 ms of each process's first page, a tenth of the example's brief after the model.
    None (compile each time) when the folder cannot be made."""
    from jinja2 import FileSystemBytecodeCache

    from newsbrief.resources import cache_folder

    folder = cache_folder() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


_static_env: Environment | None = None


def to_html(brief: Brief, base: dict | None = None) -> str:
    """brief.html: the page on its own (its style inline, no script, loads nothing)."""
    global _static_env
    if _static_env is None:
        _static_env = environment()
    return _static_env.get_template("brief.html").render(p=page_view(brief, base=base), served=False)
