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
staff were ..."), and for a negative statement that another speaker's assertion of the
same proposition opposes (`opposed_negations`), else "assert". `direct` is true when most of the content is
inside quotation marks; `text` is then the quotation.

This module reads each sentence (`extract`) and links the speakers (`run`); the parts
sit beside it: `claim_cues` (cues, their subject, who may speak), `claim_spans`,
`claim_content` (what a cue reports), `claim_speaker_repairs` (the parser's speaker
mended in the sentence), `claim_stance`, `claim_pronouns` and `claim_speakers` (the
speaker from its article).
"""
from __future__ import annotations

import re

from newsbrief.model import Claim
from newsbrief.text.claim_rules import DENY_VERBS, PRONOUNS, TITLES, clean_speaker, quote_spans, quoted_share, tidy
from newsbrief.stage import Stage
from newsbrief.ids import claim_id
from newsbrief.timex.grammar import without_dateline
from newsbrief.lexicon import words
from newsbrief.stages.claim_content import (content_tokens, reports_elsewhere, without_joined_cues,
                                             without_time_of_saying)
from newsbrief.stages.claim_cues import (FIRST_PERSON, THIRD_PERSON_SUBJECTS, cue_blocked, is_cue, plausible_speaker,
                                         subject_of)
from newsbrief.stages.claim_pronouns import honorific_genders, known_names, person_subjects, pronoun_genders
from newsbrief.stages.claim_spans import char_range, speaker_span, token_text
from newsbrief.stages.claim_speaker_repairs import (inverted_name, name_before, named_in_apposition,
                                                    one_description, one_name, outside_aside, outside_quotes,
                                                    quoted_by, quoted_person, role_of_the_named, titled_conjunct,
                                                    trailing_subject)
from newsbrief.stages.claim_speakers import paragraph_quotes, quoted_only, resolve_speaker, role_holders
from newsbrief.stages.claim_stance import backs_off, denies_in_content, opposed_negations, polarity, stance_of


def extract(doc, known=frozenset()):
    """Raw claims of one parsed sentence: list of dicts (no linking, pronouns unresolved).
    `known`: token indices of names the entities stage found (see `plausible_speaker`)."""
    text = doc.text
    quotes = quote_spans(text)
    found = []
    used_cues = set()
    for t in doc:
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            to = [c for c in t.children if c.lower_ == "to"][0]
            pobj = [c for c in to.children if c.dep_ == "pobj"]
            if not pobj or not plausible_speaker(pobj[0], t):
                continue
            head = t.head if t.head != t else t
            own = {u.i for u in t.subtree}
            ctoks = [u for u in head.subtree if u.i not in own]
            if head == t:
                ctoks = [u for u in doc if u.i not in own]
            found.append(_raw(doc, quotes, t, "according to", pobj[0], ctoks))
            used_cues.add(t.i)
            continue
        backed = backs_off(t)
        if backed is not None:
            spk = subject_of(t)
            if spk is not None and plausible_speaker(spk, t, known):
                r = _raw(doc, quotes, t, None, spk, list(backed.subtree))
                r["stance"] = "deny"  # "backed away from the figure": the speaker takes back what it gave out
                found.append(r)
            continue
        if not is_cue(t) or t.i in used_cues:
            continue
        if any(a <= t.idx < b for a, b in quotes):
            continue  # "my friends told me ..." inside a quotation: the quoted person speaks
        if cue_blocked(t):
            continue
        spk = subject_of(t)
        if spk is None:
            spk = trailing_subject(t) or inverted_name(t)
        spk = outside_aside(t, spk)
        spk = named_in_apposition(spk)
        spk = outside_quotes(t, spk, quotes)
        if spk is not None and spk.pos_ == "VERB":
            spk = name_before(t)  # "Reporting from X, the channel's Jane Roe said"
            if spk is None:
                continue
        if spk is not None and not plausible_speaker(spk, t, known):
            continue
        spk = titled_conjunct(spk) or spk
        ctoks = without_joined_cues(t, without_time_of_saying(t, content_tokens(t, spk)))
        if ctoks and reports_elsewhere(t, ctoks):
            # "..., the paper wrote while acknowledging her missteps": what it acknowledges is
            # its own object; with none ("as it responded to an alarm") it reports nothing
            objs = [c for c in t.children if c.dep_ == "dobj" and c.lower_ not in PRONOUNS]
            ctoks = list(objs[0].subtree) if objs else []
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
        relay = quoted_by(t)
        if relay is not None and spk is not None and relay.i != spk.i and plausible_speaker(relay, t, known):
            found.append(_raw(doc, quotes, t, None, relay, ctoks))  # the outlet that quotes X says it too
        quoted = quoted_person(t)
        if quoted is not None and spk is not None and quoted.i != spk.i and plausible_speaker(quoted, t, known):
            found.append(_raw(doc, quotes, t, None, quoted, ctoks))  # ... and X, quoted by the outlet, says it
        if spk is not None:  # "A local officer and the army each said": both speak
            for c in spk.children:
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in FIRST_PERSON \
                        and not one_name(spk, c) and not role_of_the_named(spk, c) \
                        and not one_description(spk, c) \
                        and plausible_speaker(c, t, known):
                    found.append(_raw(doc, quotes, t, None, c, ctoks))
    if not found:
        colon = _colon_quote(doc, quotes)
        if colon is not None:
            found.append(colon)
    found = [f for f in found if f and f["text"] and not _only_a_question(f["text"])]
    found = _without_time_clause_reports(doc, found)
    found = _without_relays(doc, found)
    if any(f["speaker"] for f in found):
        found = [f for f in found if f["speaker"]]
    return found


TIME_MARKS = ("after", "before", "when", "while", "since", "until", "once")


def _in_time_clause(cue) -> bool:
    """The cue heads a clause of time ("after a driver reported the crash"): it tells
    when something happened, within what the sentence reports."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in cue.children)


def _only_a_question(text: str) -> bool:
    """The words said are one question ("What just happened?", "Is he nervous?"): asked,
    not claimed. A question among statements ("What is left? Nothing, she said") is kept."""
    t = text.strip().rstrip("\"'\u201d\u2019 ")
    return t.endswith("?") and not re.search(r"[.!?][\"'\u201d\u2019]?\s+\S", t[:-1])


def _without_time_clause_reports(doc, found):
    """"The bodies were found after a driver reported the crash, the group said": a cue in
    a clause of time, with a thing for its object (no clause: "reported the crash"), inside
    what another speaker says is part of that speaker's account, not a claim of its own;
    it is dropped. ("..., after the captain said the hull was sound, ..." says something.)"""
    def inside(g, f):
        a, b = f["content_span"]
        return g is not f and f["speaker"] and a <= doc[g["cue_i"]].idx < b

    def thing_only(g):
        a, b = g["content_span"]
        return not any(t.pos_ in ("VERB", "AUX") for t in doc if a <= t.idx < b)
    return [g for g in found if not (_in_time_clause(doc[g["cue_i"]]) and thing_only(g)
                                     and any(inside(g, f) for f in found))]


TOLD_BACK = frozenset({"her", "him", "them", "us", "me"})


def told_back(cue) -> bool:
    """The cue's hearer is a pronoun ("had told her", "told us"): inside another
    speaker's words, that speaker is who was told, and tells it."""
    return any(c.dep_ in ("dative", "dobj") and c.lower_ in TOLD_BACK for c in cue.children)


def _without_relays(doc, found):
    """'X denied the claims, the agency reported': the outlet relays X's claim; the claim
    is X's, so an attribution whose content holds another attributed cue is dropped."""
    if len(found) < 2:
        return found
    def trailing(f):  # "..., the agency reported.": the cue follows what it reports
        return f["cue_span"][0] >= f["content_span"][1]

    drop = set()
    for k, f in enumerate(found):
        for j, g in enumerate(found):
            if j == k or not (f["speaker"] and g["speaker"]) or g["cue_i"] not in f.get("roots", ()):
                continue
            # f's content is g's attribution: the relay is the trailing one, else the outer f;
            # but "X said prisoners had told her ...": X heard it, the account is X's
            drop.add(j if (trailing(g) and g["cue_i"] > f["cue_i"]) or told_back(doc[g["cue_i"]]) else k)
    return [f for k, f in enumerate(found) if k not in drop]


COLON_STOP = {"update", "note", "watch", "read", "related", "breaking", "exclusive", "photos", "photo", "video",
              "editor", "correction", "warning", "source", "sources", "credit", "caption", "more", "see", "q", "a"}
FIRST_SECOND_PERSON = words("first_second_person")  # a speaker's own words; a list entry has none


def _describes_the_named(rest) -> bool:
    """The words after "Name:" describe the named one rather than report what they said:
    no first or second person, and no clause with a subject of its own other than "he",
    "she" or "it" (a fragment, "Hits the fastball hard"; "When rested, she is hard to
    beat"). A headline's "Name: the bridge will close", "Name: Velk lied" or, in title case,
    "Name: Mayor Misled The Council" reports."""
    if any(t.lower_ in FIRST_SECOND_PERSON for t in rest):
        return False
    long_words = [t for t in rest if t.is_alpha and len(t) > 3]
    if long_words and sum(t.text[0].isupper() for t in long_words) >= 0.6 * len(long_words):
        return False  # a headline in title case ("Velk: Mayor Misled The Council"): the parse is no guide
    inside = {t.i for t in rest}
    roots = [t for t in rest if t.head.i not in inside or t.head == t]
    main = next((t for t in roots if t.pos_ in ("VERB", "AUX")), None)
    if main is None:
        return True
    # the parser may take the name itself for the subject: only a subject among the words counts
    subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in inside]
    return not subj or subj[0].lower_ in THIRD_PERSON_SUBJECTS


def _colon_quote(doc, quotes):
    """'PENCE: Well, look, ...' / 'Jane Roe: "We will rebuild"': a named speaker, a colon, the words.
    A name in mixed case before unquoted words that describe the named one
    (`_describes_the_named`: "Jane Roe: Runs the depot since May") is a list entry."""
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
    if not caps and not direct and _describes_the_named(rest):
        return None  # "Ana Velk: Hits the fastball hard." / "Ana Velk: When rested, she is ...": a list entry
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
        if name.lower().strip(".") in TITLES and (name.endswith(".") or span.end >= len(doc) - 1):
            spk_tok = None  # "said Sen." cut off by the sentence splitter
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
    negated, modality = polarity(cue_tok, lemma, ctoks)
    stance = stance_of(lemma, cue_tok, content)
    if stance == "assert" and cue_text is None and denies_in_content(cue_tok, lemma, ctoks, negated):
        stance = "deny"
    return {"cue": cue, "lemma": lemma, "speaker": spk, "text": content, "direct": direct,
            "stance": stance, "cue_i": cue_tok.i,
            "negated": negated, "modality": modality,
            "roots": {u.i for u in ctoks if u.head.i not in {w.i for w in ctoks} or u.head == u},
            # character spans inside the sentence, for evaluation against span annotations
            "cue_span": (cue_tok.idx, cue_end), "content_span": (start, end)}


def _claim(sentence, n, r, speaker_id, speaker_text, confidence):
    return Claim(id=claim_id(sentence.id, n), sentence=sentence.id, speaker=speaker_id,
                 speaker_text=speaker_text, cue=r["cue"], stance=r["stance"],
                 text=without_dateline(r["text"]), direct=r["direct"], negated=r.get("negated", False),
                 modality=r.get("modality", "asserted"), confidence=confidence)


def run(brief, ctx):
    brief.claims = []
    history: dict[str, list[dict]] = {}  # article -> earlier speakers, in order
    subjects: dict[str, list] = {}  # article -> [(position, named person subjects)]
    pending = []  # (sentence, quotation) of quoted sentences without a cue
    genders = {**pronoun_genders(brief, ctx), **honorific_genders(brief)}  # an honorific outweighs a pronoun
    roles = role_holders(brief)
    for sentence in brief.sentences:
        doc = ctx.doc(sentence.id)
        if doc is None:
            continue
        spoken = history.setdefault(sentence.article, [])
        recent = subjects.setdefault(sentence.article, [])
        raw = sorted(extract(doc, known_names(brief, doc, sentence.id)), key=lambda r: r["cue_i"])
        n = 0  # rank of the claim in its sentence
        for r in raw:
            speaker_id, speaker_text, conf = resolve_speaker(brief, sentence, doc, r, spoken, recent, genders, roles)
            if not speaker_text:
                continue  # abstain: a claim whose speaker is unknown is not reported
            n += 1
            brief.claims.append(_claim(sentence, n, r, speaker_id, speaker_text, conf))
        if not raw:  # (a sentence with its own cue whose speaker was abstained on stays unattributed)
            quoted = quoted_only(doc)
            if quoted and not _only_a_question(quoted):
                pending.append((sentence, quoted))
        recent.append((sentence.position, person_subjects(brief, doc, sentence.id)))
    brief.claims.extend(paragraph_quotes(brief, ctx, pending))
    opposed_negations(brief)
    order = {s.id: k for k, s in enumerate(brief.sentences)}
    brief.claims.sort(key=lambda c: (order.get(c.sentence, 0), c.id))
    return None


STAGE = Stage("claims", run, requires=("sentences", "docs", "entities", "events"), provides=("claims",))
