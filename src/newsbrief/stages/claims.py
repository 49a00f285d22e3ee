"""Stage `claims`: who said what (direct quotes and reported speech).

Reads the spaCy parse of every kept sentence (stage `parse`) and fills
`brief.claims` with `model.Claim`s:

* reporting verbs ("said", "told", "noted", "denied", "says", "put the number at",
  ...) with their subject as speaker and their clausal complement as content;
* inverted attributions ("'...', X said", "..., X told a briefing", "Under no
  circumstances, the warden said, would ...") where the content precedes the speaker;
* "according to X";
* a pronoun speaker ("he said", "it said") is resolved to the most recent fitting
  speaker earlier in the same article (PERSON for he/she, ORG/GPE/... for it/they),
  falling back to the most recent fitting named mention.

`speaker` is the entity id from `entities.lookup` when the entities stage knows
the span, else None; `speaker_text` is the name as written (the person's name when
the subject is "title + name", else the noun phrase). `stance` is "deny" for
denial verbs and negated responsibility ("played no part in", "none of its
staff were ..."), else "assert". `direct` is true when most of the content is
inside quotation marks; `text` is then the quotation.
"""
from __future__ import annotations

from newsbrief.text.claim_rules import (ALLEGATION_NOUNS, DENY_VERBS, DISMISS_CUES, DISMISSIVE_RE, DOC_NOUNS, GROUP_LABELS, NEEDS_CLAUSE, NEG_RESP_RE, ORG_NOUNS,
                          PERSON_LABELS, PRONOUNS, PRONOUNS_PERSON, PUT_OBJECTS, RELATIVE,
                          REPORT_VERBS, ROLE_NOUNS, TITLES, clean_speaker, quote_spans, quoted_share, tidy)
from newsbrief.model import Claim
from newsbrief.stages.entities import lookup as entity_at
from newsbrief.stage import Stage
from newsbrief.ids import claim_id
from newsbrief.timex.grammar import without_dateline

SUBJ = ("nsubj", "nsubjpass")
# "X refused to comment", "X went on to say": the subject of these speaks through the xcomp
CLIMB_XCOMP = {"refuse", "decline", "go", "continue", "want", "try", "seem", "appear", "begin", "start"}
FIRST_PERSON = {"i", "we", "me", "us"}
POSSESSIVE = {"its", "their", "his", "her", "our", "my", "your"}
CLAUSE = ("ccomp", "xcomp")


# -- entity linking ----------------------------------------------------------------
def lookup(brief, sentence_id, text, start=None):
    """The entity (id) a speaker's words name: the `entities` stage ran before (contract)."""
    return entity_at(brief, sentence_id, text, start)


def entity_type(brief, entity_id):
    if not entity_id:
        return None
    entity = brief.index.entity(entity_id)
    return entity.type if entity else None


# -- spans ---------------------------------------------------------------------
def np_span(h):
    """The noun phrase headed by `h` without clauses, appositions or conjuncts."""
    doc = h.doc
    skip = set()
    for c in h.children:
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


def strip_titles(span):
    """"Major-General Jane Roe" -> "Jane Roe" (keeps at least the last token)."""
    doc = span.doc
    lo = span.start
    while lo < span.end - 1 and (doc[lo].text.lower().strip(".") in TITLES or doc[lo].text in "-"
                                 or doc[lo].text.lower() in TITLES):
        lo += 1
    return doc[lo:span.end]


def speaker_span(h):
    """(span, label) naming the speaker headed by token `h`."""
    doc = h.doc
    if h.lemma_.lower() in DOC_NOUNS:
        # "a statement from the ministry", "the ministry's statement": the ministry speaks
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
    np = np_span(h)
    persons = [e for e in doc.ents if e.label_ in PERSON_LABELS and e.start >= np.start and e.end <= np.end]
    if persons:
        return strip_titles(persons[-1]), "PERSON"
    if h.lemma_.lower() in ROLE_NOUNS or h.ent_type_ == "":
        for c in h.children:
            if c.dep_ == "appos":
                sub = doc[c.left_edge.i:c.right_edge.i + 1]
                inner = [e for e in doc.ents if e.label_ in PERSON_LABELS and e.start >= sub.start and e.end <= sub.end]
                if inner:
                    return strip_titles(inner[0]), "PERSON"
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
        if lo < h.i or len(np) == 1:
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
        elif low in ORG_NOUNS or h.tag_ == "NNPS":
            label = "ORG"
        elif h.pos_ == "PROPN":
            label = "ORG"
        elif h.lower_ in PRONOUNS:
            label = "PRON"
    return np, label


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


# -- cue analysis ----------------------------------------------------------------
def is_cue(t) -> bool:
    lemma = t.lemma_.lower()
    if lemma not in REPORT_VERBS:
        return False
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if t.tag_ == "VBN" and t.dep_ in ("amod", "acl"):
        return False
    if any(c.dep_ == "auxpass" for c in t.children) and t.lemma_ not in ("quote", "cite"):
        return False
    if t.tag_ == "VBN" and t.dep_ not in ("ROOT", "ccomp", "conj", "relcl") \
            and not any(c.dep_ == "aux" for c in t.children):
        return False
    return True


def subject_of(v):
    """The token naming who speaks with verb `v` (follows participles, conjuncts, relatives)."""
    seen = 0
    while v is not None and seen < 4:
        seen += 1
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj:
            named = [c for c in subj if c.ent_type_ and c.pos_ == "PROPN"]
            s = named[-1] if len(subj) > 1 and named else subj[0]  # "the wire service Norpress said"
            if s.lower_ in RELATIVE and v.dep_ == "relcl":
                return v.head
            return s
        agent = [c for c in v.children if c.dep_ == "agent"]
        if agent:
            pobj = [c for c in agent[0].children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
        passive = [c for c in v.children if c.dep_ == "nsubjpass"]
        if passive:
            # "X was quoted as saying": X speaks; "X was told that": X does not
            if v.lemma_ in ("quote", "cite"):
                return passive[0]
            return None
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head != v:
            if v.dep_ == "advcl" and v.tag_ != "VBG":
                return None
            if v.dep_ == "xcomp" and v.head.lemma_.lower() not in REPORT_VERBS | CLIMB_XCOMP:
                return None
            participle = v.dep_ == "advcl"
            v = v.head
            # "X denied that Y had ..., saying Z": the parser hangs "saying" on the reported
            # clause; its speaker is the one who denied, not Y
            if participle and v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORT_VERBS:
                v = v.head
            continue
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head != v.head:
            v = v.head.head  # "X was quoted as saying"
            continue
        return None
    return None


def _without_participle_claims(toks):
    """What is said stops before ", saying ..." / ", adding ...": that participle is a
    claim of its own (see `subject_of`), even when the parser hangs it inside."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in REPORT_VERBS \
                and t.i > 0 and t.doc[t.i - 1].text == "," and t.head.i in inside:
            cut = {u.i for u in t.subtree} | {t.i - 1}
            return [u for u in toks if u.i not in cut]
    return toks


def content_tokens(v, speaker_tok):
    """Tokens of what is said with cue `v`, or [] (and whether inverted)."""
    doc = v.doc
    lemma = v.lemma_.lower()
    clauses = [c for c in v.children if c.dep_ in CLAUSE]
    forward = [c for c in clauses if c.i > v.i]
    backward = [c for c in clauses if c.i < v.i]
    if lemma in DISMISS_CUES:
        objs = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in ALLEGATION_NOUNS]
        if objs:  # "called the reports lies", "dismissed the claims as propaganda"
            toks = list(objs[0].subtree)
            for c in v.children:
                if c.i > objs[0].i and c.dep_ in ("oprd", "xcomp", "ccomp", "prep", "advcl", "acomp"):
                    toks += list(c.subtree)
            return toks
    if lemma == "put":
        objs = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in PUT_OBJECTS]
        if objs:
            toks = list(objs[0].subtree)
            for c in v.children:
                if c.dep_ == "prep" and c.i > objs[0].i:
                    toks += list(c.subtree)
            # "put the number of those hurt at X": the "at" may hang under "hurt"
            return toks
        return []
    if forward:
        toks = []
        for c in forward:
            toks += list(c.subtree)
        return _without_participle_claims(toks)
    if lemma in DENY_VERBS:
        objs = [c for c in v.children if c.dep_ in ("dobj", "pcomp")]
        if objs:
            toks = list(objs[0].subtree)
            return toks
    if backward:
        toks = []
        for c in backward:
            toks += list(c.subtree)
        return toks
    if lemma in NEEDS_CLAUSE:
        return []
    # inverted inside a clause: "..., a spokesman said, was ..." / "..., Norpress reported."
    if v.dep_ in ("parataxis", "ccomp", "advcl", "conj") and v.head != v:
        own = {t.i for t in v.subtree}
        toks = [t for t in v.head.subtree if t.i not in own]
        if speaker_tok is not None and toks:
            return toks
    # "told a briefing that the mission had ended" misparsed: take the rest after "that"
    for t in doc[v.i + 1:]:
        if t.lower_ == "that" and t.i <= v.i + 6:
            rest = [u for u in doc[t.i + 1:] if not (u.is_punct and u.i == len(doc) - 1)]
            return rest
        if t.is_punct:
            break
    return []


def stance_of(lemma: str, cue_tok, text: str) -> str:
    if lemma in DENY_VERBS:
        if any(c.dep_ == "neg" for c in cue_tok.children) or cue_tok.head.lemma_.lower() in ("refuse", "decline"):
            return "assert"  # "did not deny", "refused to deny": no denial
        return "deny"
    if lemma in DISMISS_CUES and DISMISSIVE_RE.search(text):
        return "deny"
    if NEG_RESP_RE.search(text):
        return "deny"
    return "assert"


# -- extraction per sentence -------------------------------------------------------
def extract(doc):
    """Raw claims of one parsed sentence: list of dicts (no linking, pronouns unresolved)."""
    text = doc.text
    quotes = quote_spans(text)
    found = []
    used_cues = set()
    for t in doc:
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            to = [c for c in t.children if c.lower_ == "to"][0]
            pobj = [c for c in to.children if c.dep_ == "pobj"]
            if not pobj:
                continue
            head = t.head if t.head != t else t
            own = {u.i for u in t.subtree}
            ctoks = [u for u in head.subtree if u.i not in own]
            if head == t:
                ctoks = [u for u in doc if u.i not in own]
            found.append(_raw(doc, quotes, t, "according to", pobj[0], ctoks))
            used_cues.add(t.i)
            continue
        if not is_cue(t) or t.i in used_cues:
            continue
        if any(a <= t.idx < b for a, b in quotes):
            continue  # "my friends told me ..." inside a quotation: the quoted person speaks
        spk = subject_of(t)
        ctoks = content_tokens(t, spk)
        if not ctoks:
            continue
        if spk is not None and spk.lower_ in FIRST_PERSON:
            continue  # "I will not ...", inside a quotation: not an attribution
        if spk is not None and spk.i in {u.i for u in ctoks}:
            ctoks = [u for u in ctoks if u.i not in {w.i for w in spk.subtree}]
        if spk is None:
            # "was told that ...", "reportedly said": no speaker, keep only quotes
            if quoted_share(quotes, *char_range(ctoks)) < 0.5:
                continue
        used_cues.add(t.i)
        found.append(_raw(doc, quotes, t, None, spk, ctoks))
        if spk is not None:  # "A local officer and the army each said": both speak
            for c in spk.children:
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in FIRST_PERSON:
                    found.append(_raw(doc, quotes, t, None, c, ctoks))
    if not found:
        colon = _colon_quote(doc, quotes)
        if colon is not None:
            found.append(colon)
    found = [f for f in found if f and f["text"]]
    if any(f["speaker"] for f in found):
        found = [f for f in found if f["speaker"]]
    return found


COLON_STOP = {"update", "note", "watch", "read", "related", "breaking", "exclusive", "photos", "photo", "video",
              "editor", "correction", "warning", "source", "sources", "credit", "caption", "more", "see", "q", "a"}


def _colon_quote(doc, quotes):
    """'PENCE: Well, look, ...' / 'Jane Roe: "We will rebuild"': a named speaker, a colon, the words."""
    colon = next((t for t in doc[:6] if t.text == ":"), None)
    if colon is None or colon.i == 0 or len(doc) - colon.i < 4:
        return None
    lo = 0
    while lo < colon.i and doc[lo].is_punct:
        lo += 1
    head = doc[lo:colon.i]
    head_text = head.text.strip()
    if not head_text or head_text.lower() in COLON_STOP:
        return None
    persons = [e for e in doc.ents if e.label_ in ("PERSON", "ORG") and e.start == head.start and e.end == colon.i]
    caps = len(head) == 1 and head_text.isupper() and head_text.isalpha() and len(head_text) >= 3
    if not persons and not caps:
        return None
    rest = [t for t in doc[colon.i + 1:]]
    while rest and rest[-1].is_punct and rest[-1].text in ".":
        rest = rest[:-1]
    if not rest:
        return None
    start, end = char_range(rest)
    direct = quoted_share(quotes, start, end) >= 0.5
    inner = [(a, b) for a, b in quotes if a < end and b > start]
    text = tidy(" ".join(doc.text[max(a, start):min(b, end)] for a, b in inner) if direct and inner
                else doc.text[start:end])
    label = persons[0].label_ if persons else "PERSON"
    span = persons[0] if persons else head
    return {"cue": ":", "lemma": ":", "text": text, "direct": direct, "stance": stance_of(":", colon, text),
            "cue_i": colon.i, "cue_span": (colon.idx, colon.idx + 1), "content_span": (start, end),
            "speaker": {"text": head_text.title() if caps else span.text, "start": span.start_char,
                        "end": span.end_char, "label": label, "pronoun": False, "i": span.start}}


def _raw(doc, quotes, cue_tok, cue_text, spk_tok, ctoks):
    ctoks = sorted(ctoks, key=lambda u: u.i)
    while len(ctoks) > 1 and ctoks[0].is_punct and ctoks[0].text in ",;:-":
        ctoks = ctoks[1:]
    while len(ctoks) > 1 and ctoks[-1].is_punct and ctoks[-1].text in ",;:-.":
        ctoks = ctoks[:-1]
    start, end = char_range(ctoks)
    direct = quoted_share(quotes, start, end) >= 0.5
    if direct:
        inner = [(s, e) for s, e in quotes if s < end and e > start]
        content = " ".join(doc.text[s:e].strip() for s, e in inner)
    else:
        content = token_text(ctoks)
    content = tidy(content)
    if spk_tok is not None:
        span, label = speaker_span(spk_tok)
        name = clean_speaker(span.text) or span.text
        if name.lower().strip(".") in TITLES:  # "said Sen." cut off by the sentence splitter
            spk_tok = None
    if spk_tok is not None:
        spk = {"text": name, "start": span.start_char + max(0, span.text.find(name)), "end": span.end_char, "label": label,
               "pronoun": spk_tok.lower_ in PRONOUNS and len(span) == 1, "i": spk_tok.i}
    else:
        spk = None
    cue = cue_text or cue_tok.text
    lemma = cue_tok.lemma_.lower() if cue_text is None else "according to"
    if lemma in DENY_VERBS:
        # "has formally denied" keeps the verb; "rejected claims" keeps object noun out
        pass
    cue_end = cue_tok.idx + len(cue_tok)
    if cue_text == "according to":
        cue_end = next((c.idx + len(c) for c in cue_tok.children if c.lower_ == "to"), cue_end)
    return {"cue": cue, "lemma": lemma, "speaker": spk, "text": content, "direct": direct,
            "stance": stance_of(lemma, cue_tok, content), "cue_i": cue_tok.i,
            # character spans inside the sentence, for evaluation against span annotations
            "cue_span": (cue_tok.idx, cue_end), "content_span": (start, end)}


# -- stage -------------------------------------------------------------------------
def _fits(pronoun: str, label: str | None) -> bool:
    if label is None:
        return False
    if pronoun in PRONOUNS_PERSON:
        return label in PERSON_LABELS
    return label in GROUP_LABELS


def _continuation(brief, sentence, doc, last):
    """A sentence that is all quotation right after a quoted claim continues it:
    '"We are ready," she said. "We have trained for this."'"""
    if last is None:
        return None
    prev_sentence, prev = last
    if not prev.direct or not (prev.speaker or prev.speaker_text):
        return None
    if sentence.position - prev_sentence.position != 1:
        return None
    text = doc.text.strip()
    spans = quote_spans(text)
    if not text or quoted_share(spans, 0, len(text)) < 0.8:
        return None
    quoted = tidy(" ".join(text[a:b] for a, b in spans))
    if not quoted:
        return None
    return {"speaker": prev.speaker, "speaker_text": prev.speaker_text, "cue": prev.cue,
            "stance": stance_of("", doc[0], quoted), "text": quoted, "direct": True}


def subjects_before(doc, i, sentence_id):
    """Named or described subjects earlier in the same sentence (pronoun antecedents)."""
    out = []
    for t in doc[:i]:
        if t.dep_ in SUBJ and t.lower_ not in PRONOUNS and t.lower_ not in RELATIVE and t.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE for c in t.children):
            span, label = speaker_span(t)
            main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
            out.append({"text": clean_speaker(span.text) or span.text, "start": span.start_char, "label": label,
                        "sid": sentence_id, "i": t.i, "main": main})
    return out


def run(brief, ctx):
    brief.claims = []
    history: dict[str, list[dict]] = {}  # article -> earlier speakers, in order
    mentions: dict[str, list[dict]] = {}  # article -> earlier named mentions, in order
    last_claim: dict[str, tuple] = {}  # article -> (sentence, claim) of its latest claim
    for sentence in brief.sentences:
        n = 0  # rank of the claim in its sentence
        doc = ctx.doc(sentence.id)
        if doc is None:
            continue
        spoken = history.setdefault(sentence.article, [])
        named = mentions.setdefault(sentence.article, [])
        raw = sorted(extract(doc), key=lambda r: r["cue_i"])
        if not raw:
            cont = _continuation(brief, sentence, doc, last_claim.get(sentence.article))
            if cont is not None:
                n += 1
                brief.claims.append(Claim(id=claim_id(sentence.id, n), sentence=sentence.id, **cont))
                last_claim[sentence.article] = (sentence, brief.claims[-1])
                named.extend({"text": clean_speaker(e.text) or e.text, "start": e.start_char, "label": e.label_,
                              "sid": sentence.id, "i": e.start}
                             for e in doc.ents if e.label_ in PERSON_LABELS | GROUP_LABELS)
                continue
        local = [{"text": clean_speaker(e.text) or e.text, "start": e.start_char, "label": e.label_, "sid": sentence.id, "i": e.start}
                 for e in doc.ents if e.label_ in PERSON_LABELS | GROUP_LABELS]
        for r in raw:
            spk = r["speaker"]
            speaker_id = speaker_text = None
            if spk is not None and spk["pronoun"]:
                pron = spk["text"].lower()
                ante = None
                before = subjects_before(doc, spk["i"], sentence.id)
                # the main clause's subject first ("X threatened ..., something it said ..."), then the nearest
                ordered = [c for c in before if c["main"]] + list(reversed([c for c in before if not c["main"]]))
                for cand in ordered:
                    if _fits(pron, cand["label"]):
                        ante = dict(cand, id=lookup(brief, sentence.id, cand["text"], cand["start"]))
                        break
                for cand in ([] if ante else reversed(spoken)):
                    if _fits(pron, cand["label"]):
                        ante = cand
                        break
                if ante is None:
                    earlier = named + [m for m in local if m["i"] < spk["i"]]
                    for cand in reversed(earlier):
                        if _fits(pron, cand["label"]):
                            ante = dict(cand, id=lookup(brief, cand["sid"], cand["text"], cand["start"]))
                            break
                if ante is not None:
                    speaker_id, speaker_text = ante.get("id"), ante["text"]
                else:
                    speaker_text = spk["text"]
            elif spk is not None:
                speaker_text = spk["text"]
                speaker_id = lookup(brief, sentence.id, spk["text"], spk["start"])
                label = entity_type(brief, speaker_id) or spk["label"]
                spoken.append({"text": speaker_text, "id": speaker_id, "label": label})
            n += 1
            brief.claims.append(Claim(id=claim_id(sentence.id, n), sentence=sentence.id, speaker=speaker_id,
                                      speaker_text=speaker_text, cue=r["cue"], stance=r["stance"],
                                      text=without_dateline(r["text"]), direct=r["direct"]))
            last_claim[sentence.article] = (sentence, brief.claims[-1])
        named.extend(local)
    return None


STAGE = Stage("claims", run, requires=("sentences", "docs", "entities"), provides=("claims",))
