"""Token spans of a claim's speaker and words (used by stage `claims`).

`speaker_span` is the name as written (title stripped, apposition read: "the chief,
Ida Renk" gives "Ida Renk"); `np_span`, `token_text` and `char_range` turn parse
tokens into text and offsets; `lookup` and `entity_type` link a span to the entities
stage's list.
"""
from __future__ import annotations

from newsbrief.text.claim_rules import DOC_NOUNS, ORG_NOUNS, PERSON_LABELS, PRONOUNS, RELATIVE, ROLE_NOUNS, TITLES
from newsbrief.stages.entities import lookup as entity_at


AUTHOR_VERBS = {"write", "draft", "publish", "issue", "release", "send", "sign", "compile", "prepare"}


def lookup(brief, sentence_id, text, start=None):
    """The entity (id) a speaker's words name: the `entities` stage ran before (contract)."""
    return entity_at(brief, sentence_id, text, start)


def entity_type(brief, entity_id):
    if not entity_id:
        return None
    entity = brief.index.entity(entity_id)
    return entity.type if entity else None


def np_span(h):
    """The noun phrase headed by `h` without clauses, appositions or conjuncts."""
    doc = h.doc
    skip = set()
    for c in h.children:
        if c.dep_ == "punct" and _joining_hyphen(c):
            continue  # "Oda Lind-Haugen": the hyphen inside a name stays
        if c.dep_ in ("relcl", "appos", "acl", "advcl", "parataxis", "punct", "cc", "conj"):
            skip.update(t.i for t in c.subtree)
    keep = {t.i for t in h.subtree if t.i not in skip}
    lo = hi = h.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    while lo < hi and doc[lo].is_punct:
        lo += 1
    return doc[lo:hi + 1]


def _joining_hyphen(t) -> bool:
    """A hyphen written between two words without spaces ("Lind-Haugen"), not a dash."""
    doc = t.doc
    return t.text == "-" and 0 < t.i < len(doc) - 1 and not doc[t.i - 1].whitespace_ and not t.whitespace_


def strip_titles(span):
    """"Major-General Jane Roe" -> "Jane Roe" (keeps at least the last token)."""
    doc = span.doc
    lo = span.start
    # a title, or a capitalised role noun ("Deputy Director Maren Ostby": "Director" is no name)
    # followed only by proper nouns, none possessive ("the County Sheriff's Office" is no
    # title before a name)
    titled = [t.i for t in span[:-1] if t.is_title and (t.text.lower().strip(".") in TITLES or (
        t.lower_ in ROLE_NOUNS and all(u.pos_ == "PROPN" and u.tag_ != "POS" and u.text not in ("'s", "\u2019s", "'")
                                       for u in doc[t.i + 1:span.end])))]
    if titled and span.end - titled[-1] - 1 >= 2:
        lo = titled[-1] + 1  # "Agency President Jane Roe" -> "Jane Roe"
    while lo < span.end - 1 and (doc[lo].text.lower().strip(".") in TITLES or doc[lo].text in "-"
                                 or doc[lo].text.lower() in TITLES):
        lo += 1
    hi = span.end
    while hi - 1 > lo and doc[hi - 1].tag_ == "POS":
        hi -= 1  # the tagger can take the possessive into the name ("Jane Roe's" aide): the name is "Jane Roe"
    return doc[lo:hi]


def _appositive_name(h):
    """The person's name in apposition to head `h` ("the mill's owner, Ana Velk,"), or None.
    After a role noun a run of capitalised proper nouns counts even when the tagger calls it
    a body ("its chief executive, Ana Velk", tagged ORG): a role's appositive names who holds it."""
    doc = h.doc
    for c in h.children:
        if c.dep_ == "appos":
            sub = doc[c.left_edge.i:c.right_edge.i + 1]
            inner = [e for e in doc.ents if e.label_ in PERSON_LABELS and e.start >= sub.start and e.end <= sub.end]
            if inner:
                return strip_titles(inner[0])
            if h.lemma_.lower() in ROLE_NOUNS and _name_run(sub) \
                    and not any(p.dep_ == "prep" and p.i < c.i for p in h.children):
                # ("The mayor of the capital, Port Kessarin,": the appositive may name the capital)
                return strip_titles(sub)
    if h.lemma_.lower() in ROLE_NOUNS:
        # "the mayor of Wendle, Pell Ormond," hung on the place: a name in apposition to a
        # name is the role's holder (a place's own apposition describes it: "Wendle, a port")
        places = [o for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        for c in (c for o in places for c in o.rights if c.dep_ == "appos"):
            sub = doc[c.left_edge.i:c.right_edge.i + 1]
            if _name_run(sub):
                return strip_titles(sub)
    return None


def _name_run(sub) -> bool:
    """Two or more capitalised proper nouns (hyphens joining them allowed), none a place."""
    return len(sub) >= 2 and all(
        (u.pos_ == "PROPN" and u.text[:1].isupper() and u.ent_type_ not in ("GPE", "LOC", "FAC", "NORP"))
        or _joining_hyphen(u) for u in sub)


def speaker_span(h):
    """(span, label) naming the speaker headed by token `h`."""
    doc = h.doc
    if h.lemma_.lower() in DOC_NOUNS:
        # "a statement from the ministry", "the ministry's statement": the ministry speaks
        owners = [c for c in h.children if c.dep_ == "compound" and (
            c.pos_ == "PROPN" or (c.text[:1].isupper() and c.i > h.left_edge.i))]  # "An Agency statement"
        if owners:  # "an Agency statement": the Agency
            return doc[owners[0].left_edge.i:owners[-1].i + 1], "ORG"
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of", "for"):
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj and (pobj[0].ent_type_ or pobj[0].lemma_.lower() in ORG_NOUNS or pobj[0].pos_ == "PROPN"):
                    return speaker_span(pobj[0])
            if c.dep_ == "poss" and (c.ent_type_ or c.lemma_.lower() in ORG_NOUNS) and c.lower_ not in PRONOUNS:
                span, label = speaker_span(c)
                if span.text.endswith("'s"):
                    span = doc[span.start:span.end - 1]
                return span, label
            if c.dep_ == "relcl" and c.lemma_.lower() in AUTHOR_VERBS:
                # "an email that the council released": the subject of a relative clause of authorship
                author = [a for a in c.children if a.dep_ == "nsubj" and a.lower_ not in RELATIVE
                          and a.lower_ not in PRONOUNS and (a.ent_type_ in PERSON_LABELS | {"ORG"}
                                                            or a.lemma_.lower() in ORG_NOUNS)]
                if author:
                    return speaker_span(author[0])
    if h.lemma_.lower() in ROLE_NOUNS:
        named = _appositive_name(h)
        if named is not None:  # "The Gazette's editor, Ana Velk, said": Velk, whatever the tagger made of "Gazette"
            return named, "PERSON"
    np = np_span(h)
    if h.text.lower().strip(".") in TITLES and h.i == np.end - 1:
        # "said Harbour Police Sgt. Jane Roe": the parser heads the subject on the title
        after = [e for e in doc.ents if e.label_ in PERSON_LABELS and h.i < e.start <= h.i + 2]
        if after:
            return strip_titles(after[0]), "PERSON"
    persons = [e for e in doc.ents if e.label_ in PERSON_LABELS and e.start >= np.start and e.end <= np.end]
    if persons:
        own = [e for e in persons if e.start <= h.i < e.end]  # the head's own name first
        if own:
            lo = own[0].start
            while lo - 1 >= h.left_edge.i and (doc[lo - 1].text == "-" or (
                    doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound")):
                lo -= 1  # "Ana-Maria Roe" tagged as "Maria Roe"
            while lo < own[0].start and doc[lo].text == "-":
                lo += 1
            return strip_titles(doc[lo:own[0].end]), "PERSON"
        if h.pos_ == "NOUN" and h.lemma_.lower() in ORG_NOUNS and h.lemma_.lower() not in ROLE_NOUNS \
                and all(e.end <= h.i for e in persons):
            return doc[np.start + (np[0].lower_ == "the"):np.end], "ORG"  # "the Kessel cabinet office": not Kessel
        last = persons[-1]
        if h.pos_ == "PROPN" and h.i >= last.end and h.text.istitle() and h.lemma_.lower() not in ORG_NOUNS \
                and h.ent_type_ != "ORG" and all(doc[k].pos_ == "PROPN" and doc[k].dep_ == "compound"
                                                 for k in range(last.end, h.i)):
            # the tagger cut the surname off ("Chief [Ana Lucia] Prado" with "Prado" as a place):
            # the name runs on to the head
            return strip_titles(doc[last.start:h.i + 1]), "PERSON"
        if h.pos_ == "NOUN" and last.end <= h.i and (
                last[-1].tag_ == "POS" or (last.end < len(doc) and doc[last.end].tag_ == "POS")):
            named = _appositive_name(h)
            if named is not None:
                return named, "PERSON"  # "Ana Velk's friend, Ivo Sarn, said": Sarn
            if h.lemma_.lower() in SPEAKS_FOR:
                return strip_titles(last), "PERSON"  # "Ana Velk's spokesman said": Velk's word, as "a spokesman for Velk"
            # "Ana Velk's lawyer said", "Velk's supporters said": they speak, not Velk
            return doc[np.start + (np[0].lower_ == "the"):np.end], "PERSON"
        if held_by(last.root, h):
            # "relatives of Ana Velk", "a lawyer for Velk", "people close to the minister,
            # whose aide Ivo Sarn ...": they speak, as "Velk's relatives" (not "a spokesman for Velk")
            named = _appositive_name(h)
            return (named if named is not None else _own_phrase(h, np)), "PERSON"
        return strip_titles(last), "PERSON"
    if h.ent_type_ == "":
        named = _appositive_name(h)
        if named is not None:
            return named, "PERSON"
    ents = [e for e in doc.ents if e.start <= h.i < e.end]
    if ents and h.pos_ == "PROPN":
        bare = strip_titles(ents[0])
        if len(bare) < len(ents[0]) and len(bare) >= 2:  # "Major-General Jane Roe" tagged ORG
            return bare, "PERSON"
    if not ents and h.pos_ == "PROPN":
        # an untagged name: the run of proper nouns ending at the head, titles dropped
        lo = h.i
        while lo - 1 >= np.start and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound":
            lo -= 1
        while lo < h.i and doc[lo].text.lower().strip(".") in TITLES:
            lo += 1
        if lo < h.i or len(np) == 1 or any(c.dep_ == "prep" and c.i > h.i for c in h.children):
            return doc[lo:h.i + 1], ("PERSON" if lo < h.i else "ORG")
    label = None
    if ents:
        label = ents[0].label_
        if len(np) > 8:  # a long description: keep the named part
            return ents[0], label
        if any(u.pos_ == "NOUN" for u in doc[np.start:ents[0].start]):
            return ents[0], label  # "the state news agency NORPA" -> "NORPA"
    if label is None:
        low = h.lemma_.lower()
        if low in ROLE_NOUNS:
            label = "PERSON"
        elif low in ORG_NOUNS or low in ANAPHORIC_ORGS or h.tag_ == "NNPS":
            label = "ORG"
        elif h.pos_ == "PROPN":
            label = "ORG"
        elif h.lower_ in PRONOUNS:
            label = "PRON"
    return np, label


def held_by(tok, h) -> bool:
    """Name token `tok` hangs on the common noun `h` through a preposition or a relative
    clause ("relatives of Velk", "a lawyer for Velk", "sources close to the minister,
    whose deputy Velk ..."), and `h` is none who speaks for the named (a spokesman, a
    representative, an office, nor words: "emails of Velk's aides" are their words)."""
    low = h.lemma_.lower()
    if h.pos_ != "NOUN" or low in SPEAKS_FOR or low in ORG_NOUNS or low in DOC_NOUNS:
        return False
    if tok.dep_ == "appos":
        return False  # "the chief executive of Norvik Motors, Ivo Sarn, said": the appositive is who speaks
    t = tok
    for _ in range(12):
        if t == h or t.head == t:
            return False
        if t.dep_ in ("pobj", "relcl", "acl") :
            return True
        t = t.head
    return False


def _own_phrase(h, np):
    """The noun phrase of `h` up to the first comma, dash or relative clause after it:
    "Sources close to the minister, whose ... ," -> "Sources close to the minister"."""
    doc = h.doc
    end = np.end
    for k in range(h.i + 1, np.end):
        if doc[k].text in (",", "(", "\u2014", "\u2013", "--", "_") or doc[k].dep_ == "relcl":
            end = k
            break
    return doc[np.start:end]


def token_text(tokens):
    """Text of a token list (may be non-contiguous), keeping original spacing."""
    tokens = sorted(tokens, key=lambda t: t.i)
    out = []
    for k, t in enumerate(tokens):
        out.append(t.text)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None:
            out.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
    return "".join(out)


def char_range(tokens):
    tokens = list(tokens)
    return (min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)) if tokens else (0, 0)


ANAPHORIC_ORGS = {"group", "agency", "organisation", "organization", "observatory", "monitor", "channel",
                  "broadcaster", "tv", "television", "network", "service", "station", "outlet"}
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
