"""Stance of a claim (used by stage `claims`): assert or deny.

`stance_of` reads the cue (a denial verb, a retraction, a doubt), `denies_in_content`
the words said ("was not involved", "the report is false"), `polarity` the negation
and modality of the cue; `opposed_negations` makes a negative statement a denial only
when another speaker asserts the same proposition. `backs_off` reads a speaker taking
back what it gave out ("backed away from the figure").
"""
from __future__ import annotations

import re

from newsbrief.text.claim_rules import (ALLEGATION_NOUNS, DENY_VERBS, DISMISSIVE_RE, DISMISS_ADJECTIVES,
                                        DISMISS_CUES, HEDGE_CUES, HEDGE_WORDS, NEG_RESP_RE, ORG_NOUNS, PRONOUNS,
                                        REPORT_VERBS, ROLE_NOUNS, TITLES, UTTER_VERBS)
from newsbrief.text.content_words import (OPPOSED_MIN_WORDS, REPORTING_STEMS, holds_negation, negates_telling,
                                          proposition_words, same_proposition)
from newsbrief.stages.claim_cues import (DOUBT_VERBS, REPORTED_NOUNS, RETRACT_VERBS, SPEECH_NOUNS, SUBJ, WRONG_WORDS,
                                         propositional, refuses_a_grant, cue_blocked)


def stance_of(lemma: str, cue_tok, text: str) -> str:
    head = cue_tok.head
    if cue_tok.tag_ == "VBG" and cue_tok.dep_ == "advcl" and head.dep_ == "ccomp" and head.head.lemma_.lower() \
            in DENY_VERBS and head.lemma_.lower() not in REPORT_VERBS:
        head = head.head  # "rejecting that X had signed, adding ...": the parser hangs it on the denied clause
    if cue_tok.tag_ == "VBG" and cue_tok.dep_ == "advcl" and head.lemma_.lower() in DENY_VERBS - RETRACT_VERBS \
            and not cue_blocked(head) and not refuses_a_grant(head):
        # "denied the report, saying it was careful": the reason is part of the denial (but
        # "retracted the statement, adding that ...": what the speaker adds now is asserted)
        return "deny"
    if lemma in DENY_VERBS:
        if any(c.dep_ == "neg" for c in cue_tok.children) or cue_tok.head.lemma_.lower() in ("refuse", "decline"):
            return "assert"  # "did not deny", "refused to deny": no denial
        return "deny"
    if lemma in DISMISS_CUES and DISMISSIVE_RE.search(text):
        return "deny"
    m = NEG_RESP_RE.search(text)
    if (m and not _nested_report(cue_tok, text, m.start())) or _calls_untrue(cue_tok.doc, text) \
            or _pleads_innocence(cue_tok.doc, text):
        return "deny"
    return "assert"


def _nested_report(cue_tok, text: str, at: int) -> bool:
    """The denial phrase is what another, named speaker says inside the content ("believe
    the tape shows Reyk saying he was not involved"): Reyk denies, the outer speaker
    asserts (that claim is extracted from its own cue)."""
    doc = cue_tok.doc
    start = doc.text.find(text)
    if start < 0:
        return False
    for n in doc:
        if n.i == cue_tok.i or n.lemma_.lower() not in REPORT_VERBS or not start <= n.idx < start + at:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") and c.lower_ not in PRONOUNS
               for c in n.children):
            return True
    return False


def _in_text(tok, text: str) -> bool:
    return re.search(r"\b%s\b" % re.escape(tok.lower_), text, re.I) is not None


def _calls_untrue(doc, text: str) -> bool:
    """What is said calls a claim untrue: the adjective is the predicate ("the reports were
    false", "dismissed as baseless") or describes an allegation ("these are false claims").
    Not a deed called false ("making false promises") nor a wrongdoer's own words ("gave
    false statements to the inquiry"): those accuse, they deny nothing."""
    for t in doc:
        if t.lower_ not in DISMISS_ADJECTIVES or not _in_text(t, text):
            continue
        a = t
        while a.dep_ == "conj" and a.head != a:
            a = a.head
        if a.dep_ in ("acomp", "oprd", "attr") or (a.dep_ in ("pobj", "amod") and a.head.lower_ == "as"):
            if not any(c.dep_ == "neg" for c in a.head.children):
                return True
        elif a.dep_ == "amod" and a.head.lemma_.lower() in ALLEGATION_NOUNS | REPORTED_NOUNS \
                and not (a.head.dep_ == "dobj" and a.head.head.lemma_.lower() in UTTER_VERBS):
            return True
    return False


def _pleads_innocence(doc, text: str) -> bool:
    """"not guilty" in what is said denies guilt, unless it is someone else's plea that the
    speaker reports ("Reyk pleaded not guilty, police said": the police assert a fact); the
    speaker's own plea ("said she would plead not guilty") is a denial."""
    if not re.search(r"\bnot guilty\b", text, re.I):
        return False
    for t in doc:
        if t.lower_ != "guilty" or not _in_text(t, text):
            continue
        v = t.head
        if v.lemma_.lower() != "plead":
            return True
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and v.dep_ == "conj":
            subj = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in PRONOUNS:
            return True
    return False


def _content_roots(ctoks):
    inside = {u.i for u in ctoks}
    return [u for u in ctoks if u.head.i not in inside or u.head == u]


def _aimed_at_a_proposition(r) -> bool:
    """A denial or doubt verb aimed at what someone else said: a clause ("doubted that the
    dam could fail", "rejected that ...") or an allegation noun ("rejected the reports");
    not "rejected the offer", "questioned three men"."""
    kids = list(r.children)
    if any(c.dep_ == "ccomp" for c in kids) or any(c.dep_ == "mark" and c.lower_ in ("whether", "that") for c in kids):
        return True
    if r.lemma_.lower() in DOUBT_VERBS and _split_complement(r):
        return True
    return r.lemma_.lower() in DENY_VERBS and any(c.dep_ == "dobj" and propositional(c) for c in kids)


def _split_complement(r) -> bool:
    """A doubt of a clause without "that" ("questioned the crews could ..."), which the parser
    split, hanging its subject on the doubt verb (as object, or subject of an xcomp) and its
    modal verb on the reporting verb above as a clause of its own without a subject. Only a
    modal clause right after the doubt verb's words counts ("doubted the plan and would
    vote" is a conjunct)."""
    objs = [c for c in r.children if c.dep_ in ("dobj", "xcomp") and c.i > r.i]
    if not objs or r.head == r:
        return False
    end = max(u.i for u in r.subtree)
    for v in r.head.children:
        if v.dep_ == "ccomp" and v.i > end and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) \
                and any(c.dep_ == "aux" and c.tag_ == "MD" and c.i == end + 1 for c in v.children):
            return True
    return False


def denies_in_content(cue_tok, lemma: str, ctoks, negated: bool) -> bool:
    """What is said is itself a denial, though the cue is neutral:
    * the speaker's own denial or doubt of a proposition reported ("said they doubted the
      ferry could sail", "said it rejected the allegations"), see `_aimed_at_a_proposition`;
    * what someone reported declared wrong ("said the earlier figures were wrong").
    A negative statement of the speaker's own ("insisted that no one was hurt", "said the
    pier had never flooded") asserts negated content: it is no denial (`negated`), unless
    another speaker asserts the same thing (`opposed_negations`, over the whole cluster)."""
    roots = _content_roots(ctoks)[:2]
    for r in roots:
        kids = list(r.children)
        subj = [c for c in kids if c.dep_ in SUBJ]
        if r.lemma_.lower() in DENY_VERBS | DOUBT_VERBS and r.pos_ == "VERB" and not any(c.dep_ == "neg" for c in kids) \
                and subj and subj[0].lower_ in PRONOUNS and _aimed_at_a_proposition(r):
            return True
        if r.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in WRONG_WORDS for c in kids) \
                and not any(c.dep_ == "neg" for c in kids) \
                and subj and subj[0].lemma_.lower() in ALLEGATION_NOUNS | REPORTED_NOUNS:
            return True
    return False


BACK_OFF = {"back": ("off", "away", "down"), "walk": ("back",)}


def backs_off(t):
    """The object a speaker takes back with a phrasal verb ("back off", "back away from",
    "walk back"); the object is something said or given out (speech, reported or allegation
    nouns, but not a "toll", which may be a fee) and the speaker's own (`_someone_elses`).
    None otherwise (a thing backed away from, a negated back-off, a fee, another party's
    figure)."""
    parts = BACK_OFF.get(t.lemma_.lower())
    if t.pos_ != "VERB" or not parts or not any(c.dep_ in ("prt", "advmod") and c.lower_ in parts for c in t.children):
        return None
    if cue_blocked(t):
        return None
    objs = [c for c in t.children if c.dep_ == "dobj"]
    preps = [c for c in t.children if c.dep_ == "prep"]
    preps += [p for c in t.children if c.dep_ in ("prt", "advmod") for p in c.children if p.dep_ == "prep"]
    objs += [p for c in preps if c.lower_ in ("from", "on") for p in c.children if p.dep_ == "pobj"]
    for o in objs:
        if o.lemma_.lower() in (SPEECH_NOUNS | REPORTED_NOUNS | ALLEGATION_NOUNS) - {"toll"} and not _someone_elses(o):
            return o
    return None


OWN = {"its", "his", "her", "their", "our", "my"}


def _someone_elses(o) -> bool:
    """The object is not the speaker's own word or figure: another possessor ("the
    builder's estimate"), a noun modifier ("the bridge toll": a fee) or a clause that
    makes it a thing ("the toll it had planned to charge")."""
    return any((c.dep_ == "poss" and c.lower_ not in OWN) or c.dep_ in ("compound", "relcl", "acl") for c in o.children)


def polarity(cue_tok, lemma: str, ctoks) -> tuple[bool, str]:
    """(negated, modality) of what is said: negated when the main predicate of the content
    carries a negation ("said the bridge was not damaged", "said no one was hurt");
    modality "conditional" under "if"/"unless", "possible" with a hedge ("may", "could",
    "reportedly") or a hedging cue ("suggested", "believes"), else "asserted"."""
    inside = {u.i for u in ctoks}
    roots = [u for u in ctoks if u.head.i not in inside or u.head == u]
    negated = False
    modality = "possible" if lemma in HEDGE_CUES else "asserted"
    for r in roots[:2]:
        for c in r.children:
            if c.dep_ == "neg" or c.lower_ in ("never", "nobody", "none") or (
                    c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(
                        d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
                negated = True
            if c.dep_ in ("aux", "advmod") and c.lower_ in HEDGE_WORDS:
                modality = "possible"
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                modality = "conditional"
    if any(c.dep_ == "advmod" and c.lower_ in HEDGE_WORDS for c in cue_tok.children):
        modality = "possible"  # "reportedly said"
    return negated, modality


def _voice(c) -> str:
    """Who says it: the speaker's entity, else the last word of the name as written."""
    if c.speaker:
        return c.speaker
    name = (c.speaker_text or "").split()
    return name[-1].lower().strip(".,") if name else ""


def _same_voice(a, b) -> bool:
    """One speaker: the same entity when both are linked, else a name word written in
    both ("Pellworth" and "Pellworth Haulage"): capitalised, three letters or more, no
    article, title, role or kind of body ("The Health Ministry" and "the Interior
    Ministry" are two)."""
    if a.speaker and b.speaker:
        return a.speaker == b.speaker
    common = ORG_NOUNS | ROLE_NOUNS | TITLES | {"the"}

    def names(c):
        found = (re.sub(r"['’]s$", "", w.strip(".,")) for w in (c.speaker_text or "").split())
        return {w for w in found if w[:1].isupper() and len(w) > 2 and w.lower() not in common}

    return bool(names(a) & names(b))


def opposed_negations(brief) -> int:
    """A speaker's own negative statement ("insisted it had made no such request", "said
    the plant had never leaked") asserts negated content; it is a denial only when, in the
    cluster, another speaker asserts the same proposition un-negated (most content words
    that are no names shared, see `same_proposition`), in the same event when both have
    one and not in the same sentence or a copy of it. Without such an opposing claim it
    stays an assertion: a careful reader calls "no one was hurt" a report, not a denial.
    Conditional statements are left alone. A speaker saying again, negated, what it
    denied elsewhere ("Pellworth denied that its driver had caused the crash" ... "Pellworth
    said again that its driver had not caused the crash") denies it again: the same
    voice, the same proposition, the same event. Returns how many claims became denials."""
    def ev(c):
        return brief.index.event_of(c.sentence) or brief.index.event_of(brief.root_of(c.sentence))

    usable = [c for c in brief.claims if c.stance == "assert" and c.modality != "conditional"]
    negs = [c for c in usable if c.negated and "?" not in c.text]  # a question states nothing
    if not negs:
        return 0
    # (an assertion whose words hold a negation anywhere is no opposite: the flag reads only
    # the main predicate, and "No sign of a break-in was found. The fall is not ..." is
    # as negative as the statement it would oppose)
    plain = [(c, proposition_words(c.text, REPORTING_STEMS)) for c in usable
             if not c.negated and not holds_negation(c.text)]
    denied = [(c, proposition_words(c.text, REPORTING_STEMS)) for c in brief.claims
              if c.stance == "deny" and not c.negated and c.modality != "conditional"]
    turned = 0
    for n in negs:
        words_n = proposition_words(n.text, REPORTING_STEMS)
        if len(words_n) < OPPOSED_MIN_WORDS or negates_telling(n.text):
            continue
        opposed = ((c, words_c) for c, words_c in plain if _voice(c) != _voice(n))
        repeated = ((c, words_c) for c, words_c in denied if _same_voice(c, n))
        for c, words_c in (*opposed, *repeated):
            if brief.root_of(c.sentence) == brief.root_of(n.sentence):
                continue
            if ev(c) and ev(n) and ev(c) != ev(n):
                continue
            if same_proposition(words_n, words_c):
                n.stance = "deny"
                turned += 1
                break
    return turned
