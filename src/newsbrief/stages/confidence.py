"""How sure the brief is of each figure, claim and conflict: a `confidence` in 0..1
set by stated rules, applied as the `conflicts` stage's post-pass (the `figures` and
`claims` stages keep their own readings; this only scores them).

Figure (starting at 1.0):
  - a vague amount ("dozens", "hundreds") -0.3, an approximate one ("about 50") -0.1;
  - nobody gives it (no source named in the sentence) -0.1;
  - its sentence hedges it ("reportedly", "could", "estimated") -0.2;
  - it is filed under no event -0.1; it counts something of measure "other" -0.1;
  - carried by two or more articles +0.1 (a copy is a second carrier).
Claim: the claims stage's confidence in the speaker (1.0 named, less for a resolved
  pronoun or description; kept as `speaker_confidence`, so re-scoring is idempotent), times 0.8 when what is said is a possibility or a condition,
  plus 0.05 when two or more articles carry it.
Conflict: the mean confidence of its items, times 0.9 when all its items come from one
  article (one article's own voices, not two outlets), and for a denial met by no
  assertion (only denials and negative statements of one allegation) times 0.8.

Readers see the confident ones: `SHOWN` is the level under which the Markdown and
HTML leave an item out (the JSON keeps everything), `SURE` the level under which they
mark it as uncertain.
"""
from __future__ import annotations

import re

from newsbrief.lexicon import words

SHOWN = 0.5
SURE = 0.7
HEDGES = words("hedge_words") | {"estimated", "unconfirmed", "unverified", "estimate"}


def _clip(x: float) -> float:
    return round(max(0.0, min(1.0, x)), 2)


def _hedged(text: str) -> bool:
    return any(w.lower() in HEDGES for w in re.findall(r"[A-Za-z]+", text or ""))


def figure_confidence(brief, f) -> float:
    conf = 1.0
    if f.vague:
        conf -= 0.3
    elif f.approximate:
        conf -= 0.1
    if not (f.source or f.source_text):
        conf -= 0.1
    s = brief.sentence(f.sentence)
    if s is not None and _hedged(s.text):
        conf -= 0.2
    if f.event is None:
        conf -= 0.1
    if f.measure == "other":
        conf -= 0.1
    if len(brief.carriers(f.sentence)) >= 2:
        conf += 0.1
    return _clip(conf)


def claim_confidence(brief, c) -> float:
    # the claims stage's own confidence, kept in the claim's `speaker_confidence` (written
    # to the JSON) the first time, so that scoring twice, or again after the brief is
    # reloaded, changes nothing
    if c.speaker_confidence is None:
        c.speaker_confidence = c.confidence if c.confidence is not None else 1.0
    conf = c.speaker_confidence
    if c.modality in ("possible", "conditional"):
        conf *= 0.8
    if len(brief.carriers(c.sentence)) >= 2:
        conf += 0.05
    return _clip(conf)


def conflict_confidence(brief, c, items: dict) -> float:
    """`items`: figure and claim id -> the figure or claim."""
    confs = [items[i].confidence for i in c.items if i in items]
    conf = sum(confs) / len(confs) if confs else 0.5
    articles = set()
    for i in c.items:
        sentence = brief.sentence(items[i].sentence) if i in items else None
        if sentence is not None:
            articles.add(sentence.article)
    if len(articles) < 2:
        conf *= 0.9
    if getattr(c, "kind", None) == "denial" and all(
            getattr(items.get(i), "stance", None) == "deny" or getattr(items.get(i), "negated", False) for i in c.items):
        conf *= 0.8
    return _clip(conf)


def score(brief) -> None:
    """Set the confidence of every figure, claim, conflict and progression of `brief`."""
    for f in brief.figures:
        f.confidence = figure_confidence(brief, f)
    for c in brief.claims:
        c.confidence = claim_confidence(brief, c)
    items = {f.id: f for f in brief.figures}
    items.update({c.id: c for c in brief.claims})
    for c in list(brief.conflicts) + list(getattr(brief, "progressions", [])):
        c.confidence = conflict_confidence(brief, c, items)


def shown(x) -> bool:
    """Whether the Markdown and HTML show this item."""
    return (x.confidence if x.confidence is not None else 1.0) >= SHOWN


def unsure(x) -> bool:
    """Whether the Markdown and HTML mark this item as uncertain."""
    return shown(x) and x.confidence < SURE
