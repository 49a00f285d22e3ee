"""Repairs of the parser's speaker in one sentence (used by stage `claims`).

The parse often gives a cue no subject, the wrong one or one too many: a trailing
subject after a quotation, an inverted "said X", a name in apposition to its
description, a noun inside a dash aside or inside the quotation, conjuncts that are one
person or one firm, an outlet that quotes a person. Each function mends one such case
and returns the token that speaks, or says which conjuncts are no second speaker.
"""
from __future__ import annotations

from newsbrief.text.claim_rules import AGENT_SUFFIX, DESCRIPTION_HEADS, PERSON_LABELS, PRONOUNS, ROLE_NOUNS, TITLES


def name_before(cue):
    """The root of a PERSON name that ends right before the cue, else None."""
    doc = cue.doc
    for e in doc.ents:
        if e.label_ in PERSON_LABELS and e.end == cue.i:
            return e.root
    return None


def trailing_subject(cue):
    """'..., the port authority and divers reported.' misparsed so the cue has no subject: the noun
    phrase between the last comma and a sentence-final cue is its subject (the head of
    its first conjunct), by the news convention of the trailing attribution."""
    doc = cue.doc
    if cue.dep_ != "ROOT" or any(not t.is_punct for t in doc[cue.i + 1:]):
        return None
    comma = next((t.i for t in reversed(doc[:cue.i]) if t.text == ","), None)
    if comma is None or cue.i - comma < 2 or cue.i - comma > 7:
        return None
    span = doc[comma + 1:cue.i]
    if not all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PART") for t in span):
        return None
    first = []
    for t in span:
        if t.pos_ == "CCONJ":
            break
        first.append(t)
    nouns = [t for t in first if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def named_in_apposition(spk):
    """"said the opposition Harland Monitor for Civil Rights": a common noun the parser made
    the subject, with a name right after it in apposition (no comma between), describes the
    name; the name speaks."""
    if spk is None or spk.pos_ != "NOUN":
        return spk
    for c in spk.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == spk.i + 1:
            return c
    return spk


def outside_quotes(cue, spk, quotes):
    """'"We apologise to Ana Velk, Tom Hale and the passengers," a statement from the firm
    said.': a cue outside the quotation whose subject the parser found inside it (a name the
    quoted words address) has for speaker the noun between the quotation's end and the cue
    (the first one), or no one."""
    if spk is None or not any(a <= spk.idx < b for a, b in quotes) or any(a <= cue.idx < b for a, b in quotes):
        return spk
    end = max((b for a, b in quotes if b <= cue.idx), default=None)
    if end is None:
        return None
    between = [t for t in cue.doc if end <= t.idx < cue.idx and t.pos_ in ("NOUN", "PROPN", "PRON")]
    return between[0] if between else None


DASHES = ("-", "--", "\u2013", "\u2014")


def outside_aside(cue, spk):
    """"The Kessel Liberal - who served 20 years, including six as deputy leader - said
    ...": a speaker found inside a dash-bounded aside right before the cue is the parser
    reading the aside's noun as the subject; the one who speaks is the noun right before
    the aside (the head of its phrase), or no one when there is none."""
    doc = cue.doc
    if spk is None or cue.i < 3 or doc[cue.i - 1].text not in DASHES:
        return spk
    opening = next((t.i for t in reversed(doc[:cue.i - 1]) if t.text in DASHES), None)
    if opening is None or not opening < spk.i < cue.i - 1:
        return spk
    before = doc[opening - 1] if opening > 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return before


def inverted_name(cue):
    """'"...," said Brenn, lead author of the study.' misparsed so the name hangs on a
    clause after the cue: by the news convention of the inverted attribution, a name
    (a person's or a body's) right after a cue that right follows a closing quotation
    speaks. The name's last word is returned."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc):
        return None
    before = doc[cue.i - 1]
    if not (before.is_punct and before.is_quote) and before.text not in ("''", "\u201d"):
        return None
    name = []
    for t in doc[cue.i + 1:]:
        if t.pos_ != "PROPN" or t.ent_type_ not in ("PERSON", "ORG"):
            break
        name.append(t)
    after = doc[name[-1].i + 1] if name and name[-1].i + 1 < len(doc) else None
    if not name or after is None or after.text not in (",", "."):
        return None
    return name[-1]


def titled_conjunct(spk):
    """"The club's coach and founder Ilse Lund said": an unnamed role noun conjoined
    with a name that carries a role title of its own may be one person (the coach who
    founded the club) or two ("the mayor and police chief Ilse Lund"); only the named
    one is taken as speaker, so the unnamed role, which may be her, is never a second
    speaker (nor is the possessor of "the club's coach"). None when `spk` is not such a role."""
    if spk is None or spk.pos_ != "NOUN" or spk.lemma_.lower() not in ROLE_NOUNS:
        return None
    for c in spk.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and any(
                d.dep_ == "compound" and d.pos_ == "NOUN" and d.is_lower and (
                    d.lemma_.lower() in ROLE_NOUNS or AGENT_SUFFIX.search(d.lower_)) for d in c.children):
            return c
    return None


def role_of_the_named(spk, conj) -> bool:
    """"said the bakery's owner and manager, Ada Lund": a role conjoined with the
    role whose appositive names the speaker is another role of that person, no second
    speaker (a conjunct with a name of its own is one: "the mayor and Ivo Renk")."""
    if not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in spk.children):
        return False
    if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in conj.children):
        return False
    low = conj.lower_.strip(".")
    return conj.lemma_.lower() in ROLE_NOUNS or low in ROLE_NOUNS or low in TITLES or (
        conj.is_upper and len(conj) <= 4)  # an abbreviated title ("CEO", "CFO")


def one_description(spk, conj) -> bool:
    """"the former assembly speaker and Liberal contender said": two person nouns under one
    "the", the later one without a determiner or a name of its own, describe one person
    ("the mayor and the police chief" are two; "the mayor and Ivo Renk" too)."""
    return spk.pos_ == "NOUN" and conj.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ == "the" for d in spk.children) and not any(
        d.dep_ in ("det", "poss", "appos") or (d.dep_ == "compound" and d.ent_type_ == "PERSON") for d in conj.children) \
        and conj.lemma_.lower() in DESCRIPTION_HEADS


def one_name(a, b) -> bool:
    """Two conjuncts that are one name: joined by "&" ("Harl & Sons", a firm or a title)
    or inside one named entity of the parser. Only an "&" written right before the later
    conjunct joins it: "Harl & Sons and Tova Oil" is one firm and a second one."""
    doc = a.doc
    lo, hi = sorted((a.i, b.i))
    edge = doc[hi].left_edge.i
    if edge > lo and doc[edge - 1].text == "&":
        return True
    return any(e.start <= lo and hi < e.end for e in doc.ents)


def quoted_person(cue):
    """The person a passive quote verb with an agent quotes as saying something: the
    passive subject of "quote" when the verb has a "by" agent (the outlet, which the
    general rule makes the speaker) and an "as <say>" complement. Else None."""
    q = cue
    if cue.lemma_.lower() == "say" and cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        q = cue.head.head  # the cue is the "saying" of "quoted by Y as saying"
    if q.lemma_.lower() != "quote" or not any(c.dep_ == "agent" for c in q.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" and any(p.lemma_.lower() == "say" for p in c.children)
               for c in q.children):
        return None
    subj = [c for c in q.children if c.dep_ == "nsubjpass" and c.lower_ not in PRONOUNS]
    return subj[0] if subj else None


def quoted_by(cue):
    """The outlet that quotes a person, when the saying cue is the "as" complement of a
    passive quote verb and the outlet the "by" object of the cue, of "as" or of the quote
    verb: that object, else None."""
    if cue.lemma_.lower() != "say" or cue.dep_ != "pcomp" or cue.head.lower_ != "as":
        return None
    quoted = cue.head.head
    if quoted.lemma_.lower() != "quote":
        return None
    for h in (cue, cue.head, quoted):
        for c in h.children:
            if c.dep_ in ("agent", "prep") and c.lower_ == "by":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    return None


NAME_PARTICLES = ("de", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "da", "dos", "del")
