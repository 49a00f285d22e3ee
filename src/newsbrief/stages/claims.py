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
"""
from __future__ import annotations

import re

from newsbrief.text.claim_rules import (ALLEGATION_NOUNS, DENY_VERBS, DISMISS_ADJECTIVES, DISMISS_CUES, DISMISSIVE_RE, DOC_NOUNS, GROUP_LABELS,
                          HEDGE_CUES, HEDGE_WORDS, NEEDS_CLAUSE, NEG_RESP_RE, ORG_NOUNS,
                          PERSON_LABELS, PRONOUNS, PRONOUNS_PERSON, PUT_OBJECTS, QUESTION_MARKS, REFUSAL_VERBS, RELATIVE,
                          REPORT_VERBS, ROLE_NOUNS, SPEAKER_NOUNS, AGENT_SUFFIX, TITLES, UTTER_VERBS, clean_speaker,
                          quote_spans, closed_quote_spans, quoted_share, tidy)
from newsbrief import lexicon
from newsbrief.lexicon import words
from newsbrief.model import Claim
from newsbrief.stages.entities import lookup as entity_at
from newsbrief.stage import Stage
from newsbrief.ids import claim_id
from newsbrief.timex.grammar import dateline_end, without_dateline
from newsbrief.text.content_words import (OPPOSED_MIN_WORDS, REPORTING_STEMS, holds_negation, negates_telling,
                                          proposition_words, same_proposition)

SUBJ = ("nsubj", "nsubjpass")
ISSUE_VERBS = {"issue", "release", "send", "publish", "post", "circulate", "distribute", "put"}
AUTHOR_VERBS = {"write", "draft", "publish", "issue", "release", "send", "sign", "compile", "prepare"}
# "X refused to comment", "X went on to say": the subject of these speaks through the xcomp
CLIMB_XCOMP = {"refuse", "decline", "go", "continue", "want", "try", "seem", "appear", "begin", "start"}
FIRST_PERSON = {"i", "we", "me", "us"}
POSSESSIVE = {"its", "their", "his", "her", "our", "my", "your"}
CLAUSE = ("ccomp", "xcomp")
DOUBT_VERBS = words("doubt_verbs")  # "said they doubted that ...": a denial of the clause that follows
WRONG_WORDS = words("wrong_words")  # "the earlier count was inaccurate"
# what a source gave out and another can declare wrong ("the earlier information was wrong")
REPORTED_NOUNS = words("reported_nouns")
SPEECH_NOUNS = words("speech_nouns")  # what a retraction can take back: "retracted the statement"
RETRACT_VERBS = {"retract", "recant"}
# deny verbs whose object is always something said or done that they deny ("denied the
# raid", "disputed the figures"); the others deny only a proposition ("rejected the claims")
ANY_OBJECT_DENIALS = {"deny", "dispute", "refute"}
GRANTED_THINGS = words("granted_things")  # "denied the request", "was denied bail": a refusal


def _refuses_a_grant(v) -> bool:
    """"denied the requests", "was denied bail", "denied him entry": "deny" as withholding
    what was asked for, no claim denied (lexicon granted_things)."""
    return v.lemma_.lower() == "deny" and any(
        c.dep_ in ("dobj", "dative", "attr", "oprd") and c.lemma_.lower() in GRANTED_THINGS for c in v.children)


def _propositional(obj) -> bool:
    """An object that holds a proposition: an allegation, words said, a figure given out,
    or a noun with a clause ("the idea that the dam leaked")."""
    low = obj.lemma_.lower()
    if low in ALLEGATION_NOUNS or low in SPEECH_NOUNS or low in REPORTED_NOUNS:
        return True
    return any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children) for c in obj.children)


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
            if h.lemma_.lower() in ROLE_NOUNS and len(sub) >= 2 and all(
                    (u.pos_ == "PROPN" and u.text[:1].isupper() and u.ent_type_ not in ("GPE", "LOC", "FAC", "NORP"))
                    or _joining_hyphen(u) for u in sub) \
                    and not any(p.dep_ == "prep" and p.i < c.i for p in h.children):
                # ("The mayor of the capital, Port Kessarin,": the appositive may name the capital)
                return strip_titles(sub)
    return None


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
        if _held_by(last.root, h):
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


def _held_by(tok, h) -> bool:
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
    if t.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in RELATIVE for c in t.children):
        return False  # "the letters that X signed": the clause says which letters, X claims nothing here
    if t.tag_ == "VBN" and t.dep_ not in ("ROOT", "ccomp", "conj", "relcl") \
            and not any(c.dep_ == "aux" for c in t.children):
        return False
    if _reduced_passive(t):
        return False
    return True


# verbs of saying and thinking that take "to be"/"to have" only in the passive: "a man
# believed to have fled", "the ship, said to be the fastest": others believe, not the man
RAISING_VERBS = {"believe", "say", "think", "know", "report", "understand", "consider", "allege", "suppose",
                 "presume", "reckon", "rumour", "rumor", "estimate", "fear"}


def _reduced_passive(t) -> bool:
    """A past participle of a raising verb without auxiliary, object or clause, whose
    complement is a "to be"/"to have" infinitive right after it: the reduced passive "X (now) believed
    to have been involved", which the parser may take for a past tense with X as subject.
    An active "claimed to have seen", "promised to be there" is not of this kind (those
    verbs are not raising verbs), nor "believed that ..." (a clause)."""
    if t.lemma_.lower() not in RAISING_VERBS or t.tag_ not in ("VBN", "VBD"):
        return False
    kids = list(t.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids):
        return False
    nxt = t.i + 1
    while nxt < len(t.doc) and t.doc[nxt].pos_ == "ADV":
        nxt += 1
    if nxt + 1 >= len(t.doc) or t.doc[nxt].lower_ != "to" or t.doc[nxt + 1].lemma_ not in ("have", "be"):
        return False  # the infinitive follows the participle at once: "believed (now) to have"
    return any(c.dep_ == "xcomp" and c.i > t.i for c in kids) or t.doc[nxt].head.head == t


NEGATIVE_SUBJECTS = {"nobody", "none", "neither", "noone"}
NOT_SPEAKER_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "WORK_OF_ART", "LAW"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}


def cue_blocked(t) -> bool:
    """A cue that reports nothing: negated ("did not deny", "could not confirm", "never
    said"), refused ("declined to say", "refused to comment", "failed to confirm"), asked
    ("asked whether X had promised"), or with nobody as subject ("no one would confirm")."""
    for c in t.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.dep_ == "mark" and c.lower_ in QUESTION_MARKS:
            return True
        if c.dep_ == "nsubj" and (c.lower_ in NEGATIVE_SUBJECTS or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    head = t.head
    if t.dep_ == "xcomp" and head.lemma_.lower() in REFUSAL_VERBS:
        return True
    if t.dep_ in ("xcomp", "conj") and head != t and head.dep_ == "xcomp" and head.head.lemma_.lower() in REFUSAL_VERBS:
        return True  # "declined to confirm or deny"
    if t.dep_ == "conj" and head != t and head.lemma_.lower() in REPORT_VERBS and cue_blocked(head) \
            and not any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children):
        return True  # "did not confirm or deny": the negation scopes over both (not "... but say")
    if _unable(t) or _infinitive_list_blocked(t) or _inside_unsaid(t) or _irrealis(t) or _acts_on_someone(t):
        return True
    return False


CONDITIONAL_MARKS = words("conditional_marks")  # "unless", "lest"
COUNTERFACTUAL_ADVERBS = words("counterfactual_adverbs")  # "otherwise"
IRREALIS_MODALS = words("irrealis_modals")  # "would", "could", "might"


def _asks(t) -> bool:
    """The cue's clause is a question: an auxiliary before its subject ("Would she even
    call it a breach?", "Did he say that ...?") and a question mark ending the clause."""
    subj = [c for c in t.children if c.dep_ in SUBJ]
    if not subj or not any(c.dep_ == "aux" and c.i < subj[0].i for c in t.children):
        return False
    end = t.right_edge.i
    return any(u.text == "?" for u in t.doc[end:end + 2])


def _irrealis(t) -> bool:
    """A cue in words that say nothing was said: a question (`_asks`), a condition
    ("unless the council withdraws its objection": it has not), a counterfactual
    ("Otherwise she would be claiming that ...", "would argue it if ..."), or the
    subjunctive of a demand ("insisted that the mayor admit that ...": no admission)."""
    kids = list(t.children)
    if _asks(t):
        return True
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
        return True
    aux = [c for c in kids if c.dep_ == "aux"]
    if any(a.lower_ in IRREALIS_MODALS for a in aux) and any(
            (c.dep_ == "advmod" and c.lower_ in COUNTERFACTUAL_ADVERBS)
            or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS | CONDITIONAL_MARKS
                                          for m in c.children)) for c in kids):
        return True
    # a bare verb with a singular subject after "that" and no auxiliary: "demanded that
    # X admit ...", "asked that she confirm ..." (a finite report would read "admits",
    # "admitted"; with a plural subject the forms are alike and nothing is decided)
    subj = [c for c in kids if c.dep_ in SUBJ]
    return t.tag_ in ("VB", "VBP") and t.dep_ == "ccomp" and not aux and bool(subj) \
        and (subj[0].tag_ in ("NN", "NNP") or subj[0].lower_ in THIRD_PERSON_SUBJECTS) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)


def _acts_on_someone(t) -> bool:
    """"calling members to rally behind him", "called the envoys to come back": "call"
    with an object and a "to" infinitive summons or phones someone; no words reported
    ("called on the board to resign", "called the plan a mistake" are other frames)."""
    if t.lemma_.lower() != "call" or not any(c.dep_ == "dobj" for c in t.children):
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in t.children)


INABILITY = {"unable", "incapable"}


def _cannot(v) -> bool:
    """`v` says its subject could not: "was unable to", "was not able to"."""
    return any(c.dep_ == "acomp" and (c.lower_ in INABILITY or (
        c.lower_ == "able" and any(d.dep_ == "neg" for d in v.children))) for c in v.children)


def _unable(t) -> bool:
    """A cue under "unable to" / "not able to" ("was unable to confirm ..."): nothing is said."""
    h = t.head
    if t.dep_ != "xcomp" or h == t:
        return False
    return h.lower_ in INABILITY or (h.lower_ == "able" and any(d.dep_ == "neg" for d in h.head.children)) \
        or _cannot(h)


def _infinitive_list_blocked(t) -> bool:
    """A bare infinitive conjoined after what was not done: "was unable to name the
    workers, say how they were hurt or ...", "declined to name the firm or say ...": the
    inability, refusal or negation of the list's first verb covers the cue too (a plain
    negation only over "or"/"nor"; never across "but"). Only a base-form cue without a
    subject of its own ("did not name them, but said ..." is a new statement)."""
    if t.dep_ != "conj" or t.tag_ not in ("VB", "VBP") or any(c.dep_ in SUBJ for c in t.children):
        return False
    first = t.head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first == t:
        return False
    chain = [t]
    while chain[-1] != first:
        chain.append(chain[-1].head)
    ccs = {c.lower_ for u in chain for c in u.children if c.dep_ == "cc"}
    if "but" in ccs:
        return False  # "cannot explain the crack but say the dam is safe": a contrast, said
    # (the parser may hang the cue on the refusal verb itself: "declined to name X or say Y")
    if _cannot(first) or _unable(first) or (first.dep_ == "xcomp" and first.head.lemma_.lower() in REFUSAL_VERBS) \
            or first.lemma_.lower() in REFUSAL_VERBS:
        return True
    # a plain negation covers the list only with "or"/"nor" ("did not name X or say Y");
    # "do not know the cause and say ..." says it
    return bool(ccs & {"or", "nor"}) and any(c.dep_ == "neg" for c in first.children)


def _inside_unsaid(t) -> bool:
    """A cue inside what another cue did not say ("never revealed where they thought
    the fault lay", "would not reveal whether he felt ..."): a belief nobody stated. Only
    a cue with its own subject there ("where they thought"): a cue without one shares the outer
    subject, and the parser may hang it inside the unsaid clause when it is the refuser's
    own statement ("declined to say what she would do and insisted that ..."). Such a
    cue stays blocked when the verb it is conjoined to has a subject that is not a pronoun
    ("declined to say when the team would travel and insisted ..."): the speaker would be
    taken from that subject, the wrong one."""
    if not any(c.dep_ in SUBJ for c in t.children):
        head = t
        while head.dep_ == "conj":
            head = head.head
        if not any(c.dep_ in SUBJ and c.lower_ not in PRONOUNS for c in head.children):
            return False
    child = t
    for a in t.ancestors:
        if child.dep_ in CLAUSE and a.lemma_.lower() in REPORT_VERBS and a.pos_ in ("VERB", "AUX") \
                and (any(c.dep_ == "neg" or c.lower_ == "never" for c in a.children)
                     or (a.dep_ == "xcomp" and a.head.lemma_.lower() in REFUSAL_VERBS) or _unable(a)):
            return True
        child = a
    return False


def _name_before(cue):
    """The root of a PERSON name that ends right before the cue, else None."""
    doc = cue.doc
    for e in doc.ents:
        if e.label_ in PERSON_LABELS and e.end == cue.i:
            return e.root
    return None


def plausible_speaker(tok, cue, known=frozenset()) -> bool:
    """Whether the subject token can be a speaker by news-writing convention: a name, a
    pronoun, or a common noun that names people, an institution or a document; never a
    dateline, never a date or number, and a place only as the plain subject of the cue.
    `known`: indices of tokens the entities stage knows as a person or organisation
    (a surname the parser took for a common noun)."""
    doc = tok.doc
    if tok.idx < dateline_end(doc.text):
        return False
    if tok.lower_ in PRONOUNS or tok.i in known:
        return True
    ent = tok.ent_type_
    if ent in NOT_SPEAKER_ENTS:
        return False
    if ent in PLACE_ENTS and not (tok.dep_ == "nsubj" and tok.head == cue):
        return False
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False  # "Reporting from X, Y said": a gerund subject is a misparse
    if tok.lemma_.lower() in DOC_NOUNS and speaker_span(tok)[0].root.lemma_.lower() in DOC_NOUNS:
        return False  # "the email said", "a statement said": a document nobody is named for
    if tok.pos_ == "PROPN" or ent:
        return True
    if tok.lemma_.lower() in SPEAKER_NOUNS or tok.lower_ in SPEAKER_NOUNS or AGENT_SUFFIX.search(tok.lower_):
        return True
    if tok.lemma_.lower() in BODY_HEADS:
        return _named_body(tok)
    span = np_span(tok)
    # a thing with a person in it speaks only when the person is its own name, not hung
    # on it ("a rumour about Ana Velk", "assessments of Velk" say nothing)
    return any(e.label_ in PERSON_LABELS and e.start >= span.start and e.end <= span.end
               and not _held_by(e.root, tok) for e in doc.ents)


BODY_HEADS = frozenset({"board", "panel", "bureau"})  # a body only when named as one (`_named_body`)
BODY_MODIFIERS = words("body_modifiers") | words("org_head_words") | words("speaker_nouns")


def _named_body(tok) -> bool:
    """"board", "panel", "bureau" head a speaker only inside a named body: a proper-noun
    or institution modifier ("the clinic board", "an appeals panel", "the Harl board"),
    never a thing ("a loose floor board", "a display panel", "a notice board"). Only the
    modifier right before the head decides: "the school bulletin board" is a bulletin board."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    c = max(mods, key=lambda c: c.i) if mods else None
    return c is not None and (c.pos_ == "PROPN" or c.lemma_.lower() in BODY_MODIFIERS or c.lower_ in BODY_MODIFIERS)


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
            if participle and v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORT_VERBS \
                    and v.lemma_.lower() not in REPORT_VERBS:
                v = v.head  # (but "X denied ..., saying Z, the agency reported": X says Z)
            continue
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head != v.head:
            v = v.head.head  # "X was quoted as saying"
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in DOC_NOUNS:
            doc_noun = v.head  # "X issued a statement saying ...": who issued it speaks
            if doc_noun.dep_ == "dobj" and doc_noun.head.lemma_.lower() in ISSUE_VERBS:
                if cue_blocked(doc_noun.head):
                    return None  # "did not issue a statement saying ..."
                v = doc_noun.head
                continue
            return doc_noun  # "the board's statement saying ...": its owner, if named (speaker_span)
        return None
    return None


def _quote_before(v, speaker_tok):
    """'"...," the prosecutor said' where the parser hung the quotation on the cue as some
    other clause: the words inside a quotation that ends right before the speaker."""
    if speaker_tok is None:
        return []
    doc = v.doc
    spans = quote_spans(doc.text)
    first = doc[speaker_tok.left_edge.i]
    ends = [b for a, b in spans if b <= first.idx and doc.text[b:first.idx].strip(" ,'\"\u201d`") == ""]
    if not ends:
        return []
    a = max(x for x, b in spans if b == ends[-1])
    return [t for t in doc if a <= t.idx < ends[-1] and not (t.is_punct and t.idx + len(t) >= ends[-1])]


def _trailing_subject(cue):
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


def _named_in_apposition(spk):
    """"said the opposition Harland Monitor for Civil Rights": a common noun the parser made
    the subject, with a name right after it in apposition (no comma between), describes the
    name; the name speaks."""
    if spk is None or spk.pos_ != "NOUN":
        return spk
    for c in spk.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == spk.i + 1:
            return c
    return spk


def _outside_quotes(cue, spk, quotes):
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


def _outside_aside(cue, spk):
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


def _inverted_name(cue):
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


# cues that take a clause and no object of their own: a noun between the cue and its
# clause is the clause's subject that the parser attached to the cue
OBJECT_IS_SUBJECT_CUES = {"say", "add", "announce", "state", "insist", "declare", "claim", "confirm"}
NON_SUBJECT_OBJECTS = {"it", "this", "that", "so", "nothing", "anything", "something", "much", "little"}


def content_tokens(v, speaker_tok):
    """Tokens of what is said with cue `v`, or [] (and whether inverted)."""
    doc = v.doc
    lemma = v.lemma_.lower()
    clauses = [c for c in v.children if c.dep_ in CLAUSE]
    forward = [c for c in clauses if c.i > v.i]
    backward = [c for c in clauses if c.i < v.i]
    if backward:
        # '"...," Velk said on Harbour Radio's "Morning Desk."': a proper name the parser
        # made the cue's clause is a title, not words said
        forward = [c for c in forward if c.pos_ != "PROPN"]
    if backward and speaker_tok is not None and speaker_tok.i > v.i:
        # '"...," says Orla Brenn, who co-authored the paper': in an inverted attribution the
        # words said come before the cue; a "clause" after the speaker is the parser hanging
        # the speaker's own description on the cue
        forward = [c for c in forward if c.i < speaker_tok.i]
    if lemma in DISMISS_CUES:
        objs = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in ALLEGATION_NOUNS]
        if objs:  # "called the reports lies", "dismissed the claims as propaganda"
            toks = list(objs[0].subtree)
            for c in v.children:
                if c.i > objs[0].i and c.dep_ in ("oprd", "xcomp", "ccomp", "prep", "advcl", "acomp"):
                    toks += list(c.subtree)
            return toks
    if lemma == "accuse":
        # "The union accused the company of bringing in replacement workers": the speaker
        # asserts that the accused did the deed (an accusation without a gerund, "accused
        # him of fraud", names a charge, no deed: no claim here)
        objs = [c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        of = [c for c in list(v.children) + (list(objs[0].children) if objs else [])
              if c.dep_ == "prep" and c.lower_ == "of" and c.i > v.i
              and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)]  # "of" under the verb or the object
        if objs and of:
            return sorted({t.i: t for t in list(objs[0].subtree) + list(of[0].subtree)}.values(), key=lambda t: t.i)
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
        if lemma in DENY_VERBS and lemma not in ANY_OBJECT_DENIALS and any(
                c.dep_ == "dobj" and c.i < forward[0].i and not _propositional(c) for c in v.children):
            return []  # "dismissed two ministers - the cabinet met ...": the object is what was dismissed
        toks = []
        for c in forward:
            toks += list(c.subtree)
        if lemma in OBJECT_IS_SUBJECT_CUES:
            # "said on Monday the toll from the crash off Velk was 12": the parser may take
            # "the toll ..." as the object of "said" and leave "Velk was 12" as the clause;
            # a saying verb has no such object, so it is the clause's own subject
            objs = [c for c in v.children if c.dep_ == "dobj" and v.i < c.i < forward[0].i
                    and c.lower_ not in NON_SUBJECT_OBJECTS]
            if objs:
                toks = list(objs[0].subtree) + toks
        return _without_participle_claims(toks)
    if lemma in DENY_VERBS:
        objs = [c for c in v.children if c.dep_ in ("dobj", "pcomp")]
        if objs and lemma in RETRACT_VERBS and objs[0].lemma_.lower() not in SPEECH_NOUNS:
            return []  # "retracted his resignation": no words taken back
        if objs and lemma not in ANY_OBJECT_DENIALS and not _propositional(objs[0]):
            return []  # "rejected the offer", "rebuffed the approach": no claim is denied
        if _refuses_a_grant(v):
            return []  # "denied the request": a refusal, no claim is denied
        if objs:
            toks = list(objs[0].subtree)
            return toks
    if backward:
        toks = []
        for c in backward:
            toks += list(c.subtree)
        return toks
    if lemma in ("predict", "forecast"):
        objs = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i and c.lower_ not in PRONOUNS]
        if objs:  # "predicts rain over the coast", "forecast a dry week for the valley"
            toks = list(objs[0].subtree)
            for c in v.children:
                if c.dep_ in ("prep", "npadvmod") and c.i > objs[0].i:
                    toks += list(c.subtree)
            return toks
    if lemma == "say":
        objs = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i and c.pos_ in ("NOUN", "PROPN")]
        if objs and any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN") and c.i > objs[0].i and any(
                d.dep_ == "dobj" for d in c.children) for c in objs[0].children):
            return list(objs[0].subtree)  # "said a landslide buried four houses", parsed as an object
    named = _object_content(v, lemma)
    if named:
        return named
    if lemma in NEEDS_CLAUSE:
        return []
    quoted = _quote_before(v, speaker_tok)
    if quoted:
        return quoted
    # inverted inside a clause: "..., a spokesman said, was ..." / "..., Norpress reported."
    # (never for a conjoined or adverbial cue with an object of its own, "..., write
    # letters or ...", "while some repeat the prayer, ...", unless the object is words
    # said that point back, "X claimed ..., and Y repeated the claim"; nor when the
    # speaker is inside the words: a conjunct that took its subject from the clause
    # before does not report that clause; "stressed one point: ..." has an object)
    if v.dep_ in ("parataxis", "ccomp", "advcl", "conj") and v.head != v \
            and not (v.dep_ == "ccomp" and is_cue(v.head)) \
            and not (v.dep_ in ("conj", "advcl") and any(
                c.dep_ == "dobj" and not _points_back(c) for c in v.children)):
        own = {t.i for t in v.subtree}
        toks = [t for t in v.head.subtree if t.i not in own]
        if speaker_tok is not None and toks and speaker_tok.i not in {t.i for t in toks}:
            return toks
    # "told a briefing that the mission had ended" misparsed: take the rest after "that"
    for t in doc[v.i + 1:]:
        if t.lower_ == "that" and t.i <= v.i + 6:
            rest = [u for u in doc[t.i + 1:] if not (u.is_punct and u.i == len(doc) - 1)]
            return rest
        if t.is_punct:
            break
    return []


def _points_back(obj) -> bool:
    """An object that is words said before, named by a definite determiner ("repeated the
    claim", "echoed that suggestion"), after a clause with a subject of its own (what was
    claimed); not "writing their stories", "made a statement"."""
    head = obj.head.head
    return obj.lemma_.lower() in SPEECH_NOUNS | ALLEGATION_NOUNS and any(
        d.dep_ == "det" and d.lower_ in ("the", "that", "this", "these", "those") for d in obj.children) \
        and any(c.dep_ in SUBJ for c in head.children)


OBJECT_REPORTS = words("object_report_verbs")  # "reported flooding in the valley"
ATTITUDE_NOUNS = words("attitude_nouns")  # "expressed concern that ..."
CREDIT_NOUNS = ("responsibility", "credit")  # "claimed responsibility for the pipeline fire"
EMPHASIS_VERBS = ("emphasise", "emphasize", "stress", "underline", "underscore")
NAMING_VERBS = ("call", "describe", "label", "brand", "term")
PLEDGE_VERBS = ("promise", "vow")  # "promised new pumps": the thing pledged is what is said  # "described the bridge as unsafe"


def _object_content(v, lemma):
    """What a cue says through its noun object when it has no clause: the thing
    reported ("reported flooding in the valley", "first reported 12 missing"), the
    responsibility claimed ("claimed responsibility for the pipeline fire"), whom a cause
    is laid on ("blamed the new dam for the drought"), what a thing is called ("called
    the defeat 'a useful lesson'", "described the bridge as unsafe"), the attitude
    expressed ("expressed concern that fares would double"), the thing pledged ("promising new
    pumps"). [] when the object is not of that kind
    ("claimed the town", "called him at home", "described the scene", "blamed himself")."""
    objs = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i]
    if not objs:
        return []
    obj = objs[0]
    after = [c for c in v.children if c.i > obj.i and c.dep_ in ("prep", "oprd", "npadvmod", "advmod")]
    low = obj.lemma_.lower()
    if lemma in EMPHASIS_VERBS and not any(c.dep_ in ("acl", "prep", "relcl") for c in obj.children):
        return []  # "stressed the importance of talks", not "stressed the rope"
    if lemma in OBJECT_REPORTS and obj.pos_ != "PRON" and obj.ent_type_ != "PERSON" \
            and obj.lemma_.lower() not in ROLE_NOUNS:  # "confirmed the judge": an approval, not a report
        keep = [c for c in after if c.dep_ == "prep" and c.lower_ not in ("to", "on", "at", "by")]
        return list(obj.subtree) + [u for c in keep for u in c.subtree]
    if lemma == "claim" and low in CREDIT_NOUNS:
        return list(obj.subtree) + [u for c in after if c.dep_ == "prep" and c.lower_ == "for" for u in c.subtree]
    if lemma == "blame" and obj.pos_ != "PRON":
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in obj.children):
            return list(obj.subtree)  # "blamed the dam for the drought", "for" hung on the object
        cause = [c for c in after if c.dep_ == "prep" and c.lower_ == "for"]
        return list(obj.subtree) + list(cause[0].subtree) if cause else []
    if lemma in NAMING_VERBS:
        what = [c for c in after if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")]
        return list(obj.subtree) + list(what[0].subtree) if what else []
    nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    # "promised her staff would be paid": a verb or modal after the "object" makes it the
    # subject of the promised clause (misparsed), not the thing pledged
    clause_follows = nxt is not None and (nxt.pos_ in ("VERB", "AUX") or nxt.tag_ == "MD")
    if lemma in PLEDGE_VERBS and obj.pos_ == "NOUN" and low not in ROLE_NOUNS | SPEECH_NOUNS and not clause_follows:
        # "promising new pumps for every street", "vowed a full inquiry": what is pledged
        return list(obj.subtree) + [u for c in after if c.dep_ == "prep" and c.lower_ != "to" for u in c.subtree]
    if lemma in ("express", "voice") and low in ATTITUDE_NOUNS:
        return list(obj.subtree) + [u for c in after if c.dep_ == "prep" for u in c.subtree]
    return []


def stance_of(lemma: str, cue_tok, text: str) -> str:
    head = cue_tok.head
    if cue_tok.tag_ == "VBG" and cue_tok.dep_ == "advcl" and head.dep_ == "ccomp" and head.head.lemma_.lower() \
            in DENY_VERBS and head.lemma_.lower() not in REPORT_VERBS:
        head = head.head  # "rejecting that X had signed, adding ...": the parser hangs it on the denied clause
    if cue_tok.tag_ == "VBG" and cue_tok.dep_ == "advcl" and head.lemma_.lower() in DENY_VERBS - RETRACT_VERBS \
            and not cue_blocked(head) and not _refuses_a_grant(head):
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
    return r.lemma_.lower() in DENY_VERBS and any(c.dep_ == "dobj" and _propositional(c) for c in kids)


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


# -- extraction per sentence -------------------------------------------------------
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
        backed = _backs_off(t)
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
            spk = _trailing_subject(t) or _inverted_name(t)
        spk = _outside_aside(t, spk)
        spk = _named_in_apposition(spk)
        spk = _outside_quotes(t, spk, quotes)
        if spk is not None and spk.pos_ == "VERB":
            spk = _name_before(t)  # "Reporting from X, the channel's Jane Roe said"
            if spk is None:
                continue
        if spk is not None and not plausible_speaker(spk, t, known):
            continue
        spk = _titled_conjunct(spk) or spk
        ctoks = _without_time_of_saying(t, content_tokens(t, spk))
        if ctoks and _reports_elsewhere(t, ctoks):
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
        relay = _quoted_by(t)
        if relay is not None and spk is not None and relay.i != spk.i and plausible_speaker(relay, t, known):
            found.append(_raw(doc, quotes, t, None, relay, ctoks))  # the outlet that quotes X says it too
        quoted = _quoted_person(t)
        if quoted is not None and spk is not None and quoted.i != spk.i and plausible_speaker(quoted, t, known):
            found.append(_raw(doc, quotes, t, None, quoted, ctoks))  # ... and X, quoted by the outlet, says it
        if spk is not None:  # "A local officer and the army each said": both speak
            for c in spk.children:
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in FIRST_PERSON \
                        and not _one_name(spk, c) and not _role_of_the_named(spk, c) \
                        and not _one_description(spk, c) \
                        and plausible_speaker(c, t, known):
                    found.append(_raw(doc, quotes, t, None, c, ctoks))
    if not found:
        colon = _colon_quote(doc, quotes)
        if colon is not None:
            found.append(colon)
    found = [f for f in found if f and f["text"] and not _only_a_question(f["text"])]
    found = _without_time_clause_reports(doc, found)
    found = _without_relays(found)
    if any(f["speaker"] for f in found):
        found = [f for f in found if f["speaker"]]
    return found


def _reports_elsewhere(t, ctoks) -> bool:
    """A cue in a clause of time, purpose, reason or manner reports nothing of the clause
    it hangs on ("The engine stalled before the crew could respond to the fire", "a van
    struck him as it responded to an alarm"): only "as X said" reports its host, and not
    with a "to" phrase of its own ("as it replied to the letter")."""
    own = {u.i for u in t.subtree}
    marks = [c for c in t.children if c.dep_ == "mark"]
    return t.dep_ == "advcl" and bool(marks) and not any(u.i in own for u in ctoks) and (
        marks[0].lower_ != "as" or any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children))


def _titled_conjunct(spk):
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


def _role_of_the_named(spk, conj) -> bool:
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


def _one_description(spk, conj) -> bool:
    """"the former assembly speaker and Liberal contender said": two person nouns under one
    "the", the later one without a determiner or a name of its own, describe one person
    ("the mayor and the police chief" are two; "the mayor and Ivo Renk" too)."""
    return spk.pos_ == "NOUN" and conj.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ == "the" for d in spk.children) and not any(
        d.dep_ in ("det", "poss", "appos") or (d.dep_ == "compound" and d.ent_type_ == "PERSON") for d in conj.children) \
        and conj.lemma_.lower() in DESCRIPTION_HEADS


def _one_name(a, b) -> bool:
    """Two conjuncts that are one name: joined by "&" ("Harl & Sons", a firm or a title)
    or inside one named entity of the parser. Only an "&" written right before the later
    conjunct joins it: "Harl & Sons and Tova Oil" is one firm and a second one."""
    doc = a.doc
    lo, hi = sorted((a.i, b.i))
    edge = doc[hi].left_edge.i
    if edge > lo and doc[edge - 1].text == "&":
        return True
    return any(e.start <= lo and hi < e.end for e in doc.ents)


BACK_OFF = {"back": ("off", "away", "down"), "walk": ("back",)}


def _backs_off(t):
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


def _quoted_person(cue):
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


def _quoted_by(cue):
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


def _without_time_of_saying(cue, ctoks):
    """"said on Wednesday they had found ...", "said Sunday the mayor was ...": a date right
    after the cue tells when it was said (the parser hangs it on the clause); it is not
    part of what was said. Not "said Sunday's vote was rigged" (the date owns a noun)."""
    if not ctoks or ctoks[0].i != cue.i + 1:
        return ctoks
    k = 1 if ctoks[0].lower_ in ("on", "late", "early", "last", "this") and len(ctoks) > 1 else 0
    n = k
    while n < len(ctoks) and ctoks[n].ent_type_ in ("DATE", "TIME") and ctoks[n].dep_ in (
            "npadvmod", "pobj", "compound", "det", "amod", "nummod", "prep", "advmod"):
        n += 1
    if n == k or n >= len(ctoks) - 2 or ctoks[n].dep_ in ("case", "punct") or ctoks[n].tag_ == "POS":
        return ctoks
    rest = ctoks[n:]
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest):
        return ctoks
    return rest


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


def _without_relays(found):
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
            # f's content is g's attribution: the relay is the trailing one, else the outer f
            drop.add(j if trailing(g) and g["cue_i"] > f["cue_i"] else k)
    return [f for k, f in enumerate(found) if k not in drop]


COLON_STOP = {"update", "note", "watch", "read", "related", "breaking", "exclusive", "photos", "photo", "video",
              "editor", "correction", "warning", "source", "sources", "credit", "caption", "more", "see", "q", "a"}


FIRST_SECOND_PERSON = words("first_second_person")  # a speaker's own words; a list entry has none


THIRD_PERSON_SUBJECTS = ("he", "she", "it")


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


# -- negated statements that answer another speaker ---------------------------------


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


# -- stage -------------------------------------------------------------------------
def _fits(pronoun: str, label: str | None) -> bool:
    if label is None:
        return False
    if pronoun in PRONOUNS_PERSON:
        return label in PERSON_LABELS
    return label in GROUP_LABELS


def _label(brief, sentence_id, text, start, label):
    """The entities stage's type for a name when it knows it, else the parser's guess
    ("Quennell" untagged by the parser but a PERSON entity of the brief)."""
    return entity_type(brief, lookup(brief, sentence_id, text, start)) or label


def _is_person_subject(t, brief=None, sentence_id=None) -> bool:
    """A subject that is itself a person: a name tagged PERSON, a role noun, or a token
    the entities stage knows as a person's name."""
    if t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and t.lemma_.lower() in ROLE_NOUNS):
        return True
    return brief is not None and t.i in _known_names(brief, t.doc, sentence_id, ("PERSON",))


def _known_names(brief, doc, sentence_id, types=("PERSON", "ORG")) -> frozenset:
    """Indices of tokens inside a mention of a person (or organisation) entity."""
    spans = [(a, b) for a, b, _t, eid in brief.index.mentions_in(sentence_id) if entity_type(brief, eid) in types]
    if not spans:
        return frozenset()
    return frozenset(t.i for t in doc if any(a <= t.idx < b for a, b in spans))


def _in_quotes(doc):
    """Token indices inside quotation marks: a subject of the quoted words is not who
    speaks them ('"Ivo Marr is no thief," he said': "he" is not Marr), so a pronoun's
    antecedent is never looked for there. Only quotations that open and close inside the
    sentence count (`closed_quote_spans`): a stray mark left by scraping does not quote
    the whole sentence."""
    spans = closed_quote_spans(doc.text)
    return frozenset(t.i for t in doc if any(a <= t.idx < b for a, b in spans))


def subjects_before(brief, doc, i, sentence_id):
    """Named or described subjects earlier in the same sentence (pronoun antecedents),
    outside quotation marks (`_in_quotes`)."""
    out = []
    quoted = _in_quotes(doc)
    for t in doc[:i]:
        if t.i in quoted:
            continue
        if t.dep_ in SUBJ and t.lower_ not in PRONOUNS and t.lower_ not in RELATIVE and t.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE for c in t.children) \
                and t.idx >= dateline_end(doc.text):
            span, label = speaker_span(t)
            text = clean_speaker(span.text) or span.text
            label = _label(brief, sentence_id, text, span.start_char, label)
            if label in PERSON_LABELS and not _is_person_subject(t, brief, sentence_id) and t.pos_ != "PROPN":
                continue  # "an activist's appeal to the president": the appeal, not the president
            main = _main_clause(t)
            out.append({"text": text, "start": span.start_char, "label": label, "sid": sentence_id, "i": t.i,
                        "main": main, "gender": _honorific_before(doc.text, span.start_char),
                        # a plural noun, unless a person the parser or the brief knows ("Fields")
                        "plural": t.tag_ in ("NNS", "NNPS") and t.ent_type_ not in PERSON_LABELS
                        and entity_type(brief, lookup(brief, sentence_id, text, span.start_char)) is None})
    return out


def _main_clause(t) -> bool:
    """The subject of the sentence's main verb (or of a verb conjoined with it), when it is
    an active subject or its verb is a speech verb: the one a pronoun after it continues
    ("Ana Velk declared that ... He urged ..."). A passive subject of another verb is not
    preferred ("Ivo Marr was found dead the day after Ana Velk was arrested. She ...":
    the one found is talked about, not acting), so it competes like any other subject."""
    main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
    return main and (t.dep_ == "nsubj" or t.head.lemma_.lower() in REPORT_VERBS)


def _person_subjects(brief, doc, sentence_id):
    """Named people and organisations that are the grammatical subject of a clause of this
    sentence: the antecedents a pronoun in the next sentences points back to."""
    out = []
    dl = dateline_end(doc.text)
    quoted = _in_quotes(doc)
    for t in doc:
        role = t.pos_ == "NOUN" and t.lemma_.lower() in ROLE_NOUNS  # "The school's director, Ana Velk, ..."
        if t.dep_ in SUBJ and (t.pos_ == "PROPN" or role) and t.idx >= dl and t.i not in quoted:
            span, label = speaker_span(t)
            if role and span.root.pos_ != "PROPN":
                # a role without the name of who holds it ("The mayor was there."): a "he" after
                # it may be that person, so no earlier name is its antecedent
                out.append({"text": None, "start": t.idx, "label": "PERSON", "sid": sentence_id, "id": None,
                            "main": _main_clause(t)})
                continue
            if role and _other_named_person(brief, doc, sentence_id, span):
                # "The mill's owner, Ana Velk, met the union's head, Ivo Sarn": a "he" after
                # it may be either role-holder, so abstain as for an unnamed role
                out.append({"text": None, "start": t.idx, "label": "PERSON", "sid": sentence_id, "id": None,
                            "main": _main_clause(t)})
                continue
            text = clean_speaker(span.text) or span.text
            label = _label(brief, sentence_id, text, span.start_char, label)
            if label in PERSON_LABELS | GROUP_LABELS:
                out.append({"text": text, "start": span.start_char, "label": label, "sid": sentence_id,
                            "id": lookup(brief, sentence_id, text, span.start_char), "main": _main_clause(t),
                            "gender": _honorific_before(doc.text, span.start_char)})
    return out + _asked_people(brief, doc, sentence_id, quoted)


ASKING_VERBS = ("ask", "question", "press", "quiz", "interview")


def _asked_people(brief, doc, sentence_id, quoted):
    """The person a named subject asked ("Host Ivo Renk asked Ana Velk whether ...", "...
    pressed the senator on ..."): the "he said" that answers is that person, by the
    interview convention, so the asked one comes after the asker among the antecedents;
    asked by role or pronoun ("asked the senator", "asked him"), a "he" after it may be
    either: an entry with no name, so no one is its antecedent."""
    out = []
    for t in doc:
        if t.dep_ != "dobj" or t.head.lemma_.lower() not in ASKING_VERBS or t.i in quoted:
            continue
        if not any(c.dep_ in SUBJ for c in t.head.children):
            continue
        v = t.head
        main = v.dep_ == "ROOT" or (v.dep_ == "conj" and v.head.dep_ == "ROOT")
        if t.pos_ == "PROPN":
            span, label = speaker_span(t)
            text = clean_speaker(span.text) or span.text
            if _label(brief, sentence_id, text, span.start_char, label) == "PERSON":
                out.append({"text": text, "start": span.start_char, "label": "PERSON", "sid": sentence_id,
                            "id": lookup(brief, sentence_id, text, span.start_char), "main": main,
                            "gender": _honorific_before(doc.text, span.start_char)})
                continue
        if t.pos_ == "PRON" or t.lemma_.lower() in ROLE_NOUNS or t.lemma_.lower() in TITLES:
            out.append({"text": None, "start": t.idx, "label": "PERSON", "sid": sentence_id, "id": None, "main": main})
    return out


def _other_named_person(brief, doc, sentence_id, span) -> bool:
    """A person named in the sentence outside `span` (a second role-holder, an object)."""
    names = _known_names(brief, doc, sentence_id, ("PERSON",))
    return any(i not in range(span.start, span.end) for i in names) or any(
        u.ent_type_ == "PERSON" and u.i not in range(span.start, span.end) for u in doc)


ANAPHORIC_ORGS = {"group", "agency", "organisation", "organization", "observatory", "monitor", "channel",
                  "broadcaster", "tv", "television", "network", "service", "station", "outlet"}


def _synonyms() -> dict[str, tuple[str, ...]]:
    """Head nouns that name one kind of body (lexicon `org_synonyms`, one group a line)."""
    out = {}
    for line in words("org_synonyms"):
        group = tuple(line.split())
        for w in group:
            out[w] = group
    return out


SAME_NOUN = _synonyms()
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
POSSESSED = re.compile(r"\w(?:['\u2019]s|s['\u2019])\s+\w")  # "Velk's lawyer", "Rogers' doctor"
NAME_KINDS = lexicon.mapping("org_name_kinds")  # "motors" -> "company firm carmaker automaker"
DESCRIBED = frozenset(w for kinds in NAME_KINDS.values() for w in kinds.split())


def _definite_org(spk, doc) -> str | None:
    """'the group', 'the relief group', 'the radio', 'the TV': a definite organisation
    noun (a lower-case word or an all-capitals abbreviation) with at most two lower-case
    modifiers, resolved by `_resolve_definite`."""
    words_ = spk["text"].split()
    if not 2 <= len(words_) <= 4 or words_[0].lower() != "the":
        return None
    noun = words_[-1].lower()
    if not all(w.islower() for w in words_[1:-1]) or not (words_[-1].islower() or words_[-1].isupper()):
        return None
    return noun if noun in ORG_NOUNS | ANAPHORIC_ORGS | set(SAME_NOUN) | DESCRIBED else None


def _resolve_pronoun(brief, sentence, doc, spk, spoken, recent, genders=None):
    """(antecedent, confidence) of a pronoun speaker, or (None, 0): a subject earlier in
    the sentence (main clause first), else for he/she the named person who was a subject
    in the two sentences before (`_nearest_subject`), else the article's last fitting
    speaker. Never a person written with an honorific of the other sex (`_sex_clash`);
    outside the sentence's own subjects, no antecedent when the sentence names another
    person before the pronoun (`_other_person_before`: "A letter from Ana Velk was read out; in
    it she warned": "she" is Velk, not the speaker of the sentence before)."""
    pron = spk["text"].lower()
    genders = genders or {}
    before = subjects_before(brief, doc, spk["i"], sentence.id)
    ordered = [c for c in before if c["main"]] + list(reversed([c for c in before if not c["main"]]))
    for cand in ordered:
        if pron in ("he", "she") and cand.get("plural"):
            continue  # "Reporters asked Ana Velk ..., and she warned": a plural noun is no "she"
        cand = dict(cand, id=lookup(brief, sentence.id, cand["text"], cand["start"]))
        if cand["id"] is not None and _names_a_part(brief, sentence.id, doc, cand, cand["id"]):
            cand["id"] = None  # "Farmers near Orsk said they feared ...": they are not Orsk
        if (_fits(pron, cand["label"]) or (pron == "they" and cand.get("plural") and _reports_own(doc, cand, spk))) \
                and not _sex_clash(pron, cand, {}):
            return cand, 0.85  # (the subject is in this sentence: only its own honorific counts)
    near = _nearest_subject(recent, sentence.position, pron, genders)
    if near is False:
        return None, 0.0  # several people were subjects, none of the main clause: ambiguous
    if near is not None and near["text"]:
        if _other_person_before(brief, doc, sentence.id, spk["i"], near):
            return None, 0.0
        return near, 0.75
    for cand in reversed(spoken):
        if sentence.position - cand.get("pos", -99) > 1:
            break  # the last speaker is too far back: abstain
        if _fits(pron, cand["label"]):
            if _sex_clash(pron, cand, genders) or _other_person_before(brief, doc, sentence.id, spk["i"], cand):
                return None, 0.0
            return cand, 0.7
    return None, 0.0


def _names_antecedent(spk, ante, content: str) -> bool:
    """A "he"/"she" whose words name the antecedent in the third person ("The ledger says
    Reyk is not guilty," he told reporters) is someone else talking about that person (a
    lawyer, a relative): abstain rather than give the words to the person they are about."""
    if spk["text"].lower() not in ("he", "she") or not ante.get("text"):
        return False
    last = ante["text"].split()[-1].strip(".,")
    if not last[:1].isupper() or len(last) < 2:
        return False  # "the official": a description, not a name the words could repeat
    # not the start of a longer proper name ("his Velk Party members": the party, named for him)
    return re.search(r"\b%s\b(?!\s+[A-Z])" % re.escape(last), content) is not None


def _reports_own(doc, cand, spk) -> bool:
    """"ferry captains said they feared ...": the pronoun is the subject of a clause that
    the candidate's own verb reports, so it is the candidate (people named by a plural
    noun are "they" too). Not "Reporters asked the ministry ..., and they said" (a clause
    of its own: either may be meant)."""
    pron = doc[spk["i"]]
    cue = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or cue.dep_ != "ccomp":
        return False
    return any(c.i == cand["i"] and c.dep_ in ("nsubj", "nsubjpass") for c in cue.head.children)


def _nearest_subject(recent, position, pron, genders):
    """The antecedent among the subjects of the nearest of the two sentences before that
    has a fitting one: the main clause's subject first ("President Ana Velk declared
    that Judge Ivo Marr had erred. He urged ...": "he" is Velk, not Marr, who is only
    the subject of what she declared); with no main-clause subject, the one person who
    is a subject there, and False when several are. None when no sentence has one."""
    for pos, subs in reversed(recent):
        if position - pos > 2:
            return None
        fitting = [c for c in subs if _fits(pron, c["label"]) and not _sex_clash(pron, c, genders)]
        if not fitting:
            continue
        main = [c for c in fitting if c.get("main")]
        if main:
            return main[-1]
        if len({c["text"] for c in fitting}) > 1:
            return False
        return fitting[-1]
    return None


HONORIFIC_SEX = lexicon.mapping("gendered_honorifics")  # "mrs" -> "she": see the lexicon


def _sex_clash(pron: str, cand, genders) -> bool:
    """A he/she whose candidate is written with an honorific of the other sex: in its own
    text ("Mrs. Holt"), where it was a subject (`gender` key) or anywhere in the brief
    (`genders`, from `_honorific_genders`)."""
    if pron not in ("he", "she"):
        return False
    first = (cand.get("text") or "").split()[:1]
    sex = cand.get("gender") or (HONORIFIC_SEX.get(first[0].lower().strip(".")) if first else None) \
        or genders.get(cand.get("id"))
    return sex is not None and sex != pron


def _honorific_before(text: str, start: int, previous: str = "") -> str | None:
    """The sex ("he"/"she") an honorific right before character `start` gives, else
    None; at the sentence's start the honorific may end the sentence before ("Ms." cut
    from its name by the sentence splitter)."""
    head = text[:start].split()
    if not head:
        head = previous.split()[-1:]
    return HONORIFIC_SEX.get(head[-1].lower().strip(".")) if head else None


def _honorific_genders(brief) -> dict:
    """Entity id -> "he"/"she" for the people the brief writes with an honorific of one
    sex only ("Mrs. Holt said ... Holt added ..."); a person written with both is left out."""
    prev = {}
    by_article = {}
    for s in brief.sentences:
        prev[s.id] = by_article.get(s.article, "")
        by_article[s.article] = s.text
    out = {}
    for e in brief.entities:
        if e.type != "PERSON":
            continue
        seen = set()
        for m in e.mentions:
            s = brief.index.sentence(m.sentence)
            if s is not None:
                sex = _honorific_before(s.text, m.start, prev.get(s.id, ""))
                if sex:
                    seen.add(sex)
        if len(seen) == 1:
            out[e.id] = seen.pop()
    return out


GENDERED_PRONOUNS = lexicon.mapping("gendered_pronouns")  # "her" -> "she"


def _pronoun_genders(brief, ctx) -> dict:
    """Entity id -> "he"/"she" for the people whose own clause gives them a possessive or
    reflexive of one sex only, outside quotation marks ("Ivo Sarn had hoped to be back at
    his farm by May": Sarn is a "he"; "Sarn kissed her hand" counts too, so a person seen
    with both is left out). Only used to refuse a "she" or "he" that clashes: a wrong vote
    costs an abstention, never a speaker."""
    seen: dict[str, set] = {}
    for s in brief.sentences:
        doc = ctx.doc(s.id)
        if doc is None:
            continue
        people = [(a, b, eid) for a, b, _t, eid in brief.index.mentions_in(s.id) if entity_type(brief, eid) == "PERSON"]
        if not people:
            continue
        quoted = _in_quotes(doc)
        for p in doc:
            sex = GENDERED_PRONOUNS.get(p.lower_)
            if sex is None or p.i in quoted or (p.lower_ in ("his", "her") and p.dep_ != "poss"):
                continue
            v = p.head
            while v.pos_ not in ("VERB", "AUX") and v.head != v:
                v = v.head
            subj = [c for c in v.children if c.dep_ in SUBJ]
            if not subj and v.dep_ in ("xcomp", "conj") and v.head != v:
                subj = [c for c in v.head.children if c.dep_ in SUBJ]
            for c in subj:
                for a, b, eid in people:
                    if a <= c.idx < b:
                        seen.setdefault(eid, set()).add(sex)
    return {eid: next(iter(sexes)) for eid, sexes in seen.items() if len(sexes) == 1}


def _other_person_before(brief, doc, sentence_id, i, cand) -> bool:
    """A person other than `cand` named before token `i` of the sentence, outside
    quotation marks: a pronoun after it may point to that person instead."""
    quoted = _in_quotes(doc)
    end = doc[i].idx
    own = (cand.get("text") or "").lower()
    for a, _b, text, eid in brief.index.mentions_in(sentence_id):
        if a < end and entity_type(brief, eid) == "PERSON" and not any(
                t.idx == a and t.i in quoted for t in doc) and eid != cand.get("id") \
                and text.lower() not in own and own not in text.lower():
            return True
    return any(e.label_ in PERSON_LABELS and e.end <= i and e.start not in quoted
               and e.text.lower() not in own and own not in e.text.lower() for e in doc.ents)


DEFINITE_REACH = 3  # sentences back a definite description ("the agency") may point


def _resolve_definite(spoken, noun, position):
    """The earlier speaker of the article a definite description names: one whose name
    holds the noun or a synonym of it ("the agency" after "the Norpress agency", "the
    television" after "national TV"), or whose name ends in a word of that kind
    (`NAME_KINDS`: "the carmaker" after "Norvik Motors"), within DEFINITE_REACH sentences
    and past at most one other organisation that spoke. Else None: the description stays
    unlinked ("the relief group" after "the Defence Ministry" is not the ministry, nor is
    "the group" a group that spoke before two others did, nor "the company" one of two
    firms that spoke); "the government" names itself."""
    forms = SAME_NOUN.get(noun, (noun,))

    def kind_of(text):
        last = re.sub(r"[^a-z]", "", text.split()[-1]) if text.split() else ""
        return noun in NAME_KINDS.get(last, "").split()

    others = 0  # organisations that spoke since, under another name
    for k in range(len(spoken) - 1, -1, -1):
        cand = spoken[k]
        text = cand["text"].lower()
        if cand["label"] in GROUP_LABELS and text not in ("the " + noun, noun):
            named = any(f in text.split() for f in forms)
            if named or kind_of(text):
                # a description points back a few sentences, past at most one other speaker
                if others > 1 or position - cand.get("pos", -99) > DEFINITE_REACH:
                    return None
                if not named and others:
                    return None  # "the company" past another body that spoke: it may be that one
                if not named and any(
                        position - c.get("pos", -99) <= DEFINITE_REACH
                        and c["text"].lower() != text and kind_of(c["text"].lower()) for c in spoken[:k]):
                    return None  # two firms spoke: "the company" may be either
                return cand
            others += 1
    return None


def _only_one_of_kind(brief, sentence, noun):
    """The story's one organisation of the kind "the <noun>" names, when its article
    named it earlier ("the company said" paragraphs after "Harlow Payments plc said", the
    cluster naming no other firm): a journalist calls a story's only body of a kind by
    the kind alone. Of the kind: a word of its name is the noun or a synonym ("the
    agency" of "Tesk Relief Agency"), or its last word says the kind ("plc", "Motors":
    lexicon org_name_kinds). Two such bodies in the cluster, or none named earlier in the
    article, and the description stays unlinked (`_resolve_definite` looks only a few
    sentences back, among speakers)."""
    forms = SAME_NOUN.get(noun, (noun,))

    def of_kind(name):
        w = [re.sub(r"[^a-z]", "", x.lower()) for x in name.split()]
        return len(w) > 1 and (any(f in w for f in forms) or noun in NAME_KINDS.get(w[-1], "").split())

    kind = [e for e in brief.entities or [] if e.type == "ORG" and any(of_kind(a) for a in [e.name, *e.aliases])]
    if len(kind) != 1:
        return None
    e = kind[0]
    at = {x.id: x.position for x in brief.sentences if x.article == sentence.article}
    if not any(m.sentence in at and at[m.sentence] < sentence.position for m in e.mentions):
        return None
    return {"text": e.name, "id": e.id, "label": "ORG"}


def _claim(sentence, n, r, speaker_id, speaker_text, confidence):
    return Claim(id=claim_id(sentence.id, n), sentence=sentence.id, speaker=speaker_id,
                 speaker_text=speaker_text, cue=r["cue"], stance=r["stance"],
                 text=without_dateline(r["text"]), direct=r["direct"], negated=r.get("negated", False),
                 modality=r.get("modality", "asserted"), confidence=confidence)


# roles many people of one story hold, unnamed as often as named ("a spokesman", "an
# official"): "the spokesman" is never read as the one named holder of the role
SHARED_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "member", "resident",
                          "witness", "expert", "analyst", "officer", "aide", "adviser", "advisor", "representative",
                          "executive", "manager", "head", "leader", "chief", "deputy", "police", "reporter",
                          "correspondent", "journalist", "scientist", "researcher"})
NAMED_ROLES = ROLE_NOUNS - SHARED_ROLES
_ROLE_WORD = "|".join(sorted(NAMED_ROLES, key=len, reverse=True))
ROLE_AFTER = re.compile(rf"^,\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){{0,3}}?({_ROLE_WORD})\b", re.I)
ROLE_BEFORE = re.compile(rf"\b({_ROLE_WORD}),?\s+$", re.I)
ROLE_SPEAKER = re.compile(rf"^(?:the|his|her|their|its)\s+({_ROLE_WORD})$", re.I)


def role_holders(brief) -> dict[str, set]:
    """Role noun -> the people the cluster names holding it: "Iva Marr, a lawyer who
    represents ...", "their lawyer, Iva Marr,", "lawyer Iva Marr". Roles many people
    hold unnamed (`SHARED_ROLES`) are left out."""
    out: dict[str, set] = {}
    for s in brief.sentences:
        for a, b, _t, eid in brief.index.mentions_in(s.id):
            if eid is None or entity_type(brief, eid) != "PERSON":
                continue
            for m in (ROLE_AFTER.match(s.text[b:]), ROLE_BEFORE.search(s.text[:a])):
                if m:
                    out.setdefault(m.group(1).lower(), set()).add(eid)
    return out


NAME_PARTICLES = ("de", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "da", "dos", "del")
DESCRIPTION_HEADS = ROLE_NOUNS | TITLES | words("description_heads") | words("role_person_words")


def _described_speaker_before(doc, spk, spoken, position):
    """'Ana Velk said the vote was rigged. "We were robbed," the Dorset Liberal said.': a
    speaker described, not named ("the" and a person's role, party or title, singular, no
    name in it), right after a sentence whose one speaker was a named person, is that person
    (news writing varies the name this way). None otherwise: two speakers before, a body or
    no one speaking in the sentence before, a name in the description."""
    words_ = spk["text"].split()
    if len(words_) < 2 or words_[0].lower() != "the" or spk["label"] == "ORG":
        return None
    head = doc[spk["i"]]
    if head.tag_ not in ("NN", "NNP") or not (head.lemma_.lower() in DESCRIPTION_HEADS or head.ent_type_ == "NORP"):
        return None
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in head.children):
        return None  # "the country's prime minister": a role of a body, whoever holds it
    # a modifier that sets the one person apart ("former", "Dorset", "assembly"); a bare
    # role ("the mayor", "the police chief") may be anyone in it
    if not any((d.dep_ == "amod" and d.pos_ == "ADJ") or d.pos_ == "PROPN" for d in head.lefts):
        return None
    if any(c.dep_ == "conj" and not _one_description(head, c) for c in head.children):
        return None  # "the mayor and the Dorset Liberal": two speakers
    if any(t.ent_type_ == "PERSON" for t in doc.char_span(spk["start"], spk["end"], alignment_mode="expand") or []):
        return None
    before = [e for e in spoken if e["pos"] == position - 1]
    ids = {e.get("id") for e in before}
    if len(ids) != 1 or None in ids or before[-1].get("label") != "PERSON":
        return None
    if not all(w[:1].isupper() or w in NAME_PARTICLES for w in before[-1]["text"].split()):
        return None  # "harbour officials said": a kind of people, not a named one
    return {"text": before[-1]["text"], "id": before[-1]["id"], "label": "PERSON", "gender": before[-1].get("gender")}


def _the_one_in_role(brief, sentence, text, roles):
    """The one person the story names in the role "their lawyer" / "the mayor" gives,
    when the speaker's article names that person too (before or after: a lead's "their
    lawyer said" is often named lower down); None with two holders or none."""
    m = ROLE_SPEAKER.match((text or "").strip())
    holders = roles.get(m.group(1).lower(), set()) if m and roles else set()
    if len(holders) != 1:
        return None
    eid = next(iter(holders))
    here = {x.id for x in brief.sentences if x.article == sentence.article}
    e = brief.index.entity(eid)
    return eid if e is not None and any(mm.sentence in here for mm in e.mentions) else None


def _speaker(brief, sentence, doc, r, spoken, recent, genders=None, roles=None):
    """(id, text, confidence) of the speaker of raw claim `r`; text None when unknown."""
    spk = r["speaker"]
    if spk is None:
        return None, None, 0.0
    if spk["pronoun"]:
        ante, conf = _resolve_pronoun(brief, sentence, doc, spk, spoken, recent, genders)
        if ante is None or _names_antecedent(spk, ante, r["text"]):
            return None, None, 0.0
        if genders is not None and ante.get("id") and spk["text"].lower() in ("he", "she"):
            # "Ana Velk said ... 'We need money,' she said": Velk is a "she" from here on, so a
            # later "he" never takes her name (first evidence kept; it only refuses candidates)
            genders.setdefault(ante["id"], spk["text"].lower())
        spoken.append(dict(ante, pos=sentence.position))
        return ante.get("id"), ante["text"], conf
    noun = _definite_org(spk, doc)
    speaker_id = lookup(brief, sentence.id, spk["text"], spk["start"])
    if noun:
        ante = _resolve_definite(spoken, noun, sentence.position)
        if ante is None and speaker_id is None and len(spk["text"].split()) == 2:
            ante = _only_one_of_kind(brief, sentence, noun)
        if ante is not None:
            spoken.append(dict(ante, pos=sentence.position))
            return ante.get("id"), ante["text"], 0.7
        if noun in ANAPHORIC_ORGS and speaker_id is None and len(spk["text"].split()) == 2:
            return None, None, 0.0  # a bare "the group said" pointing back to no speaker it can be: abstain
    if spk["label"] == "ORG" and entity_type(brief, speaker_id) == "PERSON" and " " in spk["text"]:
        speaker_id = None  # "the Kessel cabinet office" is not Kessel
    part_type = None
    if speaker_id is not None and _names_a_part(brief, sentence.id, doc, spk, speaker_id):
        # "teachers in Orsk" are not Orsk, "local and Polish truckers" not the Poles; the
        # kind the name gave still says a "they" may point back to them
        part_type, speaker_id = entity_type(brief, speaker_id), None
    owned = spk["text"].split()[-1].lower().strip(".,")
    if speaker_id is not None and POSSESSED.search(spk["text"]) and owned not in SPEAKS_FOR \
            and owned not in ORG_NOUNS and owned not in DOC_NOUNS and not _names_word(brief, speaker_id, owned):
        # "Ana Velk's lawyer" is not Velk, even where the tagger made Velk a body ("Monday's
        # Harbour Gazette" is the Gazette: its name holds the owned word)
        speaker_id = None
    if speaker_id is None:
        speaker_id = _titled_person(brief, sentence, spk["text"])
    by_role = speaker_id is None and part_type is None and _the_one_in_role(brief, sentence, spk["text"], roles)
    if by_role:
        speaker_id = by_role
    if part_type is None and entity_type(brief, speaker_id) != "PERSON":
        # (a link to a body, place or group is to the description's modifier: "the Dorset
        # Liberal", "the former assembly speaker")
        ante = _described_speaker_before(doc, spk, spoken, sentence.position)
        if ante is not None:
            spoken.append(dict(ante, pos=sentence.position))
            return ante["id"], ante["text"], 0.7
    label = entity_type(brief, speaker_id) or part_type or spk["label"]
    spoken.append({"text": spk["text"], "id": speaker_id, "label": label, "pos": sentence.position,
                   "gender": _honorific_before(doc.text, spk["start"])})
    return speaker_id, spk["text"], 0.7 if by_role else 1.0


PLACING_PREPS = words("placing_preps")  # "teachers in Orsk", "nurses with the agency"


def _names_a_part(brief, sentence_id, doc, spk, entity_id) -> bool:
    """The entity is only part of the speaker's phrase, not who speaks: a name inside a
    phrase that places the speaker ("teachers in Orsk", "a shopkeeper in Vell",
    "nurses with the agency") or one of two conjoined modifiers ("local and Polish
    truckers"). Not "ICRC officials" or "the Vell police"
    (the name alone before the noun speaks for its body), nor a name that holds the
    phrase's head."""
    span = doc.char_span(spk["start"], spk["start"] + len(spk["text"]), alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    for a, b, _t, eid in brief.index.mentions_in(sentence_id):
        if eid != entity_id or not (a < span.end_char and span.start_char < b):
            continue
        toks = [t for t in span if a <= t.idx < b]
        if not toks or head in toks:
            return False
        root = next((t for t in toks if t.head not in toks or t.head == t), toks[0])
        if root.dep_ in ("amod", "compound", "nmod", "conj") and (
                root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)) and root.head.i <= head.i:
            return True  # "local and Polish truckers"
        t = root
        for _ in range(6):
            if t == head or t.head == t:
                break
            if t.dep_ == "pobj" and t.head.lower_ in PLACING_PREPS:
                return True  # "officials in Orsk"
            if entity_type(brief, entity_id) == "PERSON" and _held_by(root, head):
                return True  # "relatives of Ana Velk": they speak, not Velk
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head == head \
                    and head.lemma_.lower() in ROLE_NOUNS and entity_type(brief, entity_id) in ("GPE", "LOC"):
                return True  # "the mayor of Dunsby": the one who holds the place's office speaks, not the town
            t = t.head
        return False
    return False


def _names_word(brief, entity_id, word: str) -> bool:
    """Does the entity's name or an alias hold `word` ("Gazette" in "Harbour Gazette")?"""
    e = brief.index.entity(entity_id)
    return e is not None and any(word in a.lower().split() for a in [e.name, *e.aliases])


def _titled_person(brief, sentence, text: str) -> str | None:
    """'the president', 'the senator': the one person this article names with that title
    ("President Anna Roe"); None when none or several, when only another article names
    one, or when another entity of this sentence or the one before holds the title word
    ("the Velden Rowing Club president")."""
    words_ = text.split()
    if len(words_) != 2 or words_[0].lower() != "the" or words_[1].lower().strip(".") not in TITLES:
        return None
    title = words_[1].lower()

    def in_article(e):
        return any(brief.index.sentence(m.sentence) is not None
                   and brief.index.sentence(m.sentence).article == sentence.article for m in e.mentions)

    here = [e for e in brief.entities if e.type == "PERSON" and in_article(e) and any(
        a.split()[0].lower().strip(".") == title and len(a.split()) > 1 for a in e.aliases)]
    if len(here) != 1:
        return None
    near = {s.id for s in brief.sentences if s.article == sentence.article
            and 0 <= sentence.position - s.position <= 1}
    for e in brief.entities:
        if e.id != here[0].id and any(m.sentence in near for m in e.mentions) and any(
                title in a.lower().split() for a in [e.name, *e.aliases]):
            return None
    return here[0].id


def _quoted_only(doc) -> str | None:
    """The quotation of a sentence that is (almost) all quotation, else None."""
    text = doc.text.strip()
    spans = quote_spans(text)
    if not text or quoted_share(spans, 0, len(text)) < 0.8:
        return None
    return tidy(" ".join(text[a:b] for a, b in spans)) or None


def _paragraph_quotes(brief, ctx, pending):
    """A quotation without a cue takes the speaker of the nearest direct claim of the
    same paragraph ('"We are ready." ... "We trained for this," she said.')."""
    by_sentence = {}
    for c in brief.claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    out = []
    for sentence, quoted in pending:
        best = None
        for other in brief.sentences:
            if other.article != sentence.article or other.id == sentence.id:
                continue
            if other.paragraph != sentence.paragraph and other.position != sentence.position - 1:
                continue  # another paragraph: only a quote right after the quoted claim continues it
            for c in by_sentence.get(other.id, []):
                if c.direct and c.speaker_text:
                    gap = abs(other.position - sentence.position)
                    if best is None or gap < best[0]:
                        best = (gap, c)
        if best is None or best[0] > 2:
            continue
        c = best[1]
        out.append(Claim(id=claim_id(sentence.id, 1), sentence=sentence.id, speaker=c.speaker,
                         speaker_text=c.speaker_text, cue=c.cue, stance=stance_of("", ctx.doc(sentence.id)[0], quoted),
                         text=quoted, direct=True, confidence=round(min(c.confidence, 0.8), 2)))
    return out


def run(brief, ctx):
    brief.claims = []
    history: dict[str, list[dict]] = {}  # article -> earlier speakers, in order
    subjects: dict[str, list] = {}  # article -> [(position, named person subjects)]
    pending = []  # (sentence, quotation) of quoted sentences without a cue
    genders = {**_pronoun_genders(brief, ctx), **_honorific_genders(brief)}  # an honorific outweighs a pronoun
    roles = role_holders(brief)
    for sentence in brief.sentences:
        doc = ctx.doc(sentence.id)
        if doc is None:
            continue
        spoken = history.setdefault(sentence.article, [])
        recent = subjects.setdefault(sentence.article, [])
        raw = sorted(extract(doc, _known_names(brief, doc, sentence.id)), key=lambda r: r["cue_i"])
        n = 0  # rank of the claim in its sentence
        for r in raw:
            speaker_id, speaker_text, conf = _speaker(brief, sentence, doc, r, spoken, recent, genders, roles)
            if not speaker_text:
                continue  # abstain: a claim whose speaker is unknown is not reported
            n += 1
            brief.claims.append(_claim(sentence, n, r, speaker_id, speaker_text, conf))
        if not raw:  # (a sentence with its own cue whose speaker was abstained on stays unattributed)
            quoted = _quoted_only(doc)
            if quoted and not _only_a_question(quoted):
                pending.append((sentence, quoted))
        recent.append((sentence.position, _person_subjects(brief, doc, sentence.id)))
    brief.claims.extend(_paragraph_quotes(brief, ctx, pending))
    opposed_negations(brief)
    order = {s.id: k for k, s in enumerate(brief.sentences)}
    brief.claims.sort(key=lambda c: (order.get(c.sentence, 0), c.id))
    return None


STAGE = Stage("claims", run, requires=("sentences", "docs", "entities", "events"), provides=("claims",))
