"""Stage `conflicts`: figures that cannot all be true, and denials.

`figure` conflicts: figures of the same measure for the same event (stage
`events`; a figure without event joins the only event with that measure, or the
only one its article's figures belong to, else the event-less figures) from different
sources or articles, published at most 3 days apart (a later toll is an update),
whose plausible intervals are disjoint: "about 50" is
40..60, "more than 70" is 70..inf, "dozens" is 24..144, "between 30 and 90"
is 30..90. Figures that only add to or sit inside a total ("three other
crew", "one of its drivers", "the overall toll") are left out of the
comparison, and of one source's figures in one article only the largest (the
total, not its breakdown) is compared. One conflict per event and measure lists the figures that clash with
at least one other (the whole range is `figures.ranges(brief)`), with a one-line note: "Killed in <event>: about 50 (A), more than 70 (B), dozens (C)".

`denial` conflicts: deny claims (stage `claims`) of the same event that share
content words are grouped (several denials of the same allegation); an assertion
in the same sentence by another speaker ("X denied the raid that Y said killed
...") or an assertion elsewhere sharing most of the content joins the group as the
denied claim.
"""
from __future__ import annotations

import math
import re

from newsbrief.model import Conflict
from newsbrief.unionfind import UnionFind

INF = math.inf
VAGUE_BOUNDS = [
    (r"tens of thousands", (20_000, 99_999)),
    (r"hundreds of thousands", (200_000, 999_999)),
    (r"several dozen|many dozen", (24, 144)),
    (r"several hundred|many hundred", (200, 999)),
    (r"several thousand|many thousand", (2_000, 9_999)),
    (r"dozens", (24, 144)),
    (r"scores", (40, 199)),
    (r"hundreds", (200, 999)),
    (r"thousands", (2_000, 99_999)),
    (r"millions", (2_000_000, INF)),
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


def _article(brief, sentence_id):
    s = brief.sentence(sentence_id)
    return s.article if s else None


def _comparable(brief, f) -> bool:
    """A figure that claims to be the whole count (not a part, an addition, a running total)."""
    if f.measure in ("other", "money", "distance"):
        return False
    if f.counted and ADDITIVE.search(f.counted):
        return False
    speakers = brief.runtime.get("speakers_by_sentence")
    if speakers is None or brief.runtime.get("speakers_claims") != len(brief.claims):
        speakers = {}
        for c in brief.claims:
            if c.speaker_text:
                speakers.setdefault(c.sentence, []).append(c.speaker_text)
        brief.runtime["speakers_by_sentence"], brief.runtime["speakers_claims"] = speakers, len(brief.claims)
    # "relatives of three victims said": the figure names the speaker
    if f.text and any(f.text in sp for sp in speakers.get(f.sentence, ())):
        return False
    s = brief.sentence(f.sentence)
    text = s.text if s else ""
    at = text.find(f.text or "\0")
    if at >= 0:
        after = text[at + len(f.text):at + len(f.text) + 12]
        if re.match(r"\s+of\s+(?:its|their|the|his|her|our|them|those)\b", after):
            return False  # "one of its drivers": a part
        window = text[max(0, at - 60):at + len(f.text) + 60]
        if CUMULATIVE.search(window):
            return False
        if re.match(r"\s+(?:other|more|additional|further)\b", text[at + len(f.text):]):
            return False
    return True


MAX_DAYS_APART = 3


def _elsewhere(brief, a, b, cache) -> bool:
    """Both figures are placed, in different places."""
    from newsbrief.stages.figures import places
    for f in (a, b):
        if f.id not in cache:
            try:
                cache[f.id] = places(brief, f)
            except Exception:
                cache[f.id] = set()
    pa, pb = cache[a.id], cache[b.id]
    return bool(pa and pb and not (pa & pb))


def _days_apart(brief, a, b) -> float:
    """Days between the publication dates of the articles carrying two figures (0 if unknown)."""
    from newsbrief.timex.grammar import to_date
    days = []
    for f in (a, b):
        art = brief.article(_article(brief, f.sentence) or "")
        day = to_date(art.published) if art else None
        if day is None:
            return 0
        days.append(day)
    return abs((days[0] - days[1]).days)


def _event_title(brief, event_id):
    for e in brief.events:
        if e.id == event_id:
            return e.title
    return None


def _about(brief, sentence_id, event_id) -> bool:
    """Is the sentence close enough to the event to have joined it? (The events
    stage's own similarity and threshold; without them, assume so.)"""
    from newsbrief.stages.events import JOIN_UNDATED
    sim = brief.runtime.get("event_similarity")
    event = next((e for e in brief.events if e.id == event_id), None)
    if sim is None or event is None:
        return True
    return max((sim(sentence_id, s) for s in event.sentences), default=0.0) >= JOIN_UNDATED


def _group_key(brief, f, event_groups):
    """(event, measure); a figure without event joins the only event with that measure,
    or the only one its article's other figures of that measure belong to, when its
    sentence is about that event (a conference's head count does not join an
    assault's just because both count people)."""
    if f.event is not None:
        return (f.event, f.measure)
    events = event_groups.get(f.measure, {})
    if len(events) == 1:
        only = next(iter(events))
        return (only if _about(brief, f.sentence, only) else None, f.measure)
    art = _article(brief, f.sentence)
    mine = [ev for ev, arts in events.items() if art in arts]
    if len(mine) == 1 and _about(brief, f.sentence, mine[0]):
        return (mine[0], f.measure)
    return (None, f.measure)


def figure_conflicts(brief):
    comparable = [f for f in brief.figures if _comparable(brief, f)]
    event_groups = {}  # measure -> event -> articles
    for f in comparable:
        if f.event is not None:
            event_groups.setdefault(f.measure, {}).setdefault(f.event, set()).add(_article(brief, f.sentence))
    groups, order = {}, []
    for f in comparable:
        key = _group_key(brief, f, event_groups)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(f)
    out = []
    place_cache = {}
    for key in order:
        # each source's headline figure per article: "12 arrested ... five Klan members,
        # seven counter-protesters" is one count and its breakdown, not three claims
        best = {}
        for f in groups[key]:
            k = (_article(brief, f.sentence), source_label(brief, f))
            if k not in best or bounds(f)[0] > bounds(best[k])[0]:
                best[k] = f
        keep = {f.id for f in best.values()}
        figs = [f for f in groups[key] if f.id in keep]
        clash = set()
        info = {f.id: (source_label(brief, f), _article(brief, f.sentence), bounds(f)) for f in figs}
        for i, a in enumerate(figs):
            la, arta, (alo, ahi) = info[a.id]
            for b in figs[i + 1:]:
                lb, artb, (blo, bhi) = info[b.id]
                if not (ahi < blo or bhi < alo):
                    continue  # both can be true
                if la == lb and arta == artb:
                    continue
                if _days_apart(brief, a, b) > MAX_DAYS_APART:
                    continue  # a later toll is an update, not a contradiction
                if not (a.event and a.event == b.event) and _elsewhere(brief, a, b, place_cache):
                    continue  # without events: "died in Nicaragua" vs "died in Honduras"
                clash.update((a.id, b.id))
        if not clash:
            continue
        title = _short(_event_title(brief, key[0]) or "", 60)
        head = key[1].capitalize() + (f" in {title}" if title else "")
        figs = [f for f in figs if f.id in clash]  # the others agree: see figures.ranges()
        seen, parts = set(), []
        for f in figs:
            label = f"{figure_label(f)} ({source_label(brief, f)})"
            if label not in seen:
                seen.add(label)
                parts.append(label)
        out.append(Conflict(id="", kind="figure", event=key[0], items=[f.id for f in figs],
                            note=f"{head}: " + ", ".join(parts)))
    return out


STOP = set("""a an the and or but of to in on at by for with from as is are was were be been being has have had
do does did not no it its it's this that these those there their they them he she his her we our you your i
said say says saying told tell added denied deny denies officially claims claim claimed which who whom what when
where while after before also than then so such over under into out up about against between during would could
should will can may might must just only very more most other some any all each both one two three
""".split())


def _stem(w):
    w = w.lower().strip("'\u2019")
    for suf in ("ing", "ed", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def _words(text):
    return {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z\-]+", text or "") if w.lower() not in STOP and len(w) > 2}


def denial_conflicts(brief):
    claims = brief.claims
    event_of = {}
    for e in brief.events:
        for sid in e.sentences:
            event_of.setdefault(sid, e.id)

    def ev(c):
        return event_of.get(c.sentence) or event_of.get(brief.root_of(c.sentence))

    def words(c):
        s = brief.sentence(c.sentence)
        return _words(s.text if s else c.text) - _words(c.speaker_text or "")

    denies = [c for c in claims if c.stance == "deny"]
    if not denies:
        return []
    # union-find over denials that share an event (or lack one) and content words
    uf = UnionFind()
    cache = {c.id: words(c) for c in denies}
    for i, a in enumerate(denies):
        for b in denies[i + 1:]:
            shared = len(cache[a.id] & cache[b.id])
            if _article(brief, a.sentence) == _article(brief, b.sentence):
                need = 2  # one article's denials sharing words deny the same thing, whatever events say
            elif ev(a) and ev(b):
                need = 2 if ev(a) == ev(b) else None
            else:
                need = 3
            if need is not None and shared >= need:
                uf.union(b.id, a.id)
    comps = {}
    for c in denies:
        comps.setdefault(uf.find(c.id), []).append(c)
    out = []
    for members in comps.values():
        items = [c.id for c in members]
        asserted = []
        member_sentences = {c.sentence for c in members}
        speakers = {(c.speaker or c.speaker_text or "").lower() for c in members}
        accused = set()
        for m in members:
            accused.update(_accused(m.text))
        for c in claims:
            if c.stance != "assert" or c.id in items:
                continue
            if (c.speaker or c.speaker_text or "").lower() in speakers:
                continue
            if c.sentence in member_sentences:
                # "denied the raid that Y said killed ...", but not "..., Norpress reported" wrapping the denial
                if not any(m.text and m.text in (c.text or "") for m in members if m.sentence == c.sentence):
                    asserted.append(c)
                continue
            if any(ev(c) and ev(m) and ev(c) != ev(m) for m in members):
                continue
            if accused and _speaker_keys(brief, c) & accused:
                asserted.append(c)  # "denied the rebels' claims" against the rebels' claim
                continue
            cw = _words(c.text)
            if len(cw) >= 3 and any(len(cw & cache[m.id]) >= max(3, len(cw) // 2) for m in members):
                asserted.append(c)
        items += [c.id for c in asserted]
        if len(items) < 2:
            continue
        deniers = []
        for c in members:
            name = c.speaker_text or "someone"
            if name not in deniers:
                deniers.append(name)
        first = members[0]
        note = f"{', '.join(deniers)} denied: {_short(first.text)}"
        if asserted:
            a = asserted[0]
            note += f"; asserted by {a.speaker_text or 'a source'}: {_short(a.text)}"
        if len(members) > 1:
            note += f" ({len(members)} denials)"
        out.append(Conflict(id="", kind="denial", event=ev(first), items=items, note=note))
    return out


ALLEGATION = r"(?:claims?|allegations?|accusations?|reports?|assertions?|charges?|statements?|accounts?)"
_ACCUSED_RES = [
    re.compile(rf"(?:^|\b(?:the|a|an)\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)['\u2019]s?\s+(?:\w+\s+)?{ALLEGATION}\b"),
    re.compile(rf"\b{ALLEGATION}\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)"),
]


def _key(text: str) -> str:
    text = (text or "").strip().lower()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"['\u2019]s$", "", text)


def _speaker_keys(brief, c) -> set[str]:
    """The speaker as written and, when linked, every name of its entity."""
    keys = {_key(c.speaker_text)} if c.speaker_text else set()
    if c.speaker:
        for e in brief.entities:
            if e.id == c.speaker:
                keys.add(_key(e.name))
                keys.update(_key(a) for a in e.aliases)
                break
    keys.discard("")
    return keys


def _accused(text: str) -> set[str]:
    """Whose claims a denial rejects: "the NLF's claims", "allegations by the Harbour Watch"."""
    out = set()
    for rx in _ACCUSED_RES:
        for m in rx.finditer(text or ""):
            name = re.sub(r"^the\s+", "", m.group(1).strip().lower())
            if name and name not in ("the", "a", "an"):
                out.add(name)
    return out


def _short(text, n=90):
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "\u2026"


def run(brief, options=None):
    found = figure_conflicts(brief) + denial_conflicts(brief)
    for i, c in enumerate(found, 1):
        c.id = f"k{i}"
    brief.conflicts = found
    return None
