"""Counts of things other than casualties told by two sources in the same words (used by
`conflicts`): "about 800 homes lost power" against "more than 3,000 homes lost power".

News writing gives two sides' counts of one thing with one predicate: the counted noun,
the verb it is the subject or object of, and what the verb does it to (its object, its
particle, the common nouns of its prepositions that do not say when: "lost power", "were
on board"). Two figures are one measure only when all three are the same words; anything else (another
verb, "restored to 800 homes", "licensed to carry 50") is another count. A count is
never compared when it is a part ("300 of the homes"), negated ("had not lost"),
a forecast or a possibility ("could lose", "are expected to"; a perfect modal, "may
have lost", is a bound on what happened, and kept), or told of a proper place or a
date only (those are kept out of the predicate and left to `_elsewhere` and the day tests).
"""
from __future__ import annotations

from newsbrief.lexicon import words

MODALS = words("possibility_modals")  # "could", "may", "might", "would", "should", "will", "can"
EXPECTING = words("expecting_verbs")  # "expect", "forecast", "predict": a count to come
SUBJECT_OR_OBJECT = ("nsubj", "nsubjpass", "dobj", "attr")
TIME_PREPS = words("time_preps")  # "during", "until": when, not what
TIME_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


def _predicate(verb, counted) -> frozenset:
    """What the verb does to its counted subject or object: lemmas of its particle, its
    other object, an adjective complement and the common-noun objects of its prepositions."""
    out = set()
    for c in verb.children:
        if c == counted:
            continue
        if c.dep_ in ("prt", "acomp"):
            out.add(c.lemma_.lower())
        elif c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_:
            out.add(c.lemma_.lower())
        elif c.dep_ == "prep" and c.lower_ not in TIME_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.ent_type_ not in TIME_ENTS:
                    out.add(f"{c.lower_} {p.lemma_.lower()}")
    return frozenset(out)


def _told_plainly(verb) -> bool:
    """The verb tells what happened: not negated, no possibility or future without a
    perfect ("could lose", "will flood"; "may have lost" is kept), not a count to come
    ("are expected to lose")."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in kids):
        return False
    modal = [c for c in kids if c.dep_ == "aux" and c.lower_ in MODALS]
    if modal and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids):
        return False
    up = verb
    for _ in range(3):
        if up.head == up:
            break
        if up.dep_ in ("xcomp", "ccomp") and up.head.lemma_.lower() in EXPECTING:
            return False
        up = up.head
    return True


def told_key(doc, anchor, event) -> tuple | None:
    """("told", event, counted noun, verb, predicate) of a count, None when it is not a whole
    count told plainly as the subject or object of a verb."""
    from newsbrief.stages.figures import counted_token

    if event is None:
        return None
    nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        return None  # "300 of the damaged homes": a part
    counted = counted_token(anchor)
    if counted == anchor or counted.pos_ != "NOUN" or counted.dep_ not in SUBJECT_OR_OBJECT:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in counted.children):
        return None
    verb = counted.head
    if verb.pos_ not in ("VERB", "AUX") or not _told_plainly(verb):
        return None
    return ("told", event, counted.lemma_.lower(), verb.lemma_.lower(), _predicate(verb, counted))


def label(key, counted: str | None) -> str:
    """A note heading: "Homes (lose power)"."""
    _told, _event, noun, verb, pred = key
    return f"{(counted or noun).capitalize()} ({' '.join([verb, *sorted(pred)])})"
