"""Which words report speech and who their subject is (used by stage `claims`).

A reporting verb is a cue unless something blocks it (a question, a conditional, an
inability, a verb of saying inside what is not said); `subject_of` finds its subject
through raising and control verbs; `plausible_speaker` keeps the subjects news writing
lets speak (a name, a pronoun, a person or body noun; never a dateline, a date or a
number; a place only as the plain subject of the cue). The grammar words shared by the
claim helpers sit at the top.
"""
from __future__ import annotations

from newsbrief.text.claim_rules import (AGENT_SUFFIX, ALLEGATION_NOUNS, DOC_NOUNS, PERSON_LABELS, PRONOUNS,
                                        QUESTION_MARKS, REFUSAL_VERBS, RELATIVE, REPORT_VERBS, SPEAKER_NOUNS)
from newsbrief.timex.grammar import dateline_end
from newsbrief.lexicon import words
from newsbrief.stages.claim_spans import held_by, np_span, speaker_span


SUBJ = ("nsubj", "nsubjpass")
ISSUE_VERBS = {"issue", "release", "send", "publish", "post", "circulate", "distribute", "put"}
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


def refuses_a_grant(v) -> bool:
    """"denied the requests", "was denied bail", "denied him entry": "deny" as withholding
    what was asked for, no claim denied (lexicon granted_things)."""
    return v.lemma_.lower() == "deny" and any(
        c.dep_ in ("dobj", "dative", "attr", "oprd") and c.lemma_.lower() in GRANTED_THINGS for c in v.children)


def propositional(obj) -> bool:
    """An object that holds a proposition: an allegation, words said, a figure given out,
    or a noun with a clause ("the idea that the dam leaked")."""
    low = obj.lemma_.lower()
    if low in ALLEGATION_NOUNS or low in SPEECH_NOUNS or low in REPORTED_NOUNS:
        return True
    return any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children) for c in obj.children)


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


def plausible_speaker(tok, cue, known=frozenset()) -> bool:
    """Whether the subject token can be a speaker by news-writing convention: a name, a
    pronoun, or a common noun that names people, an institution or a document; never a
    dateline, never a date or number, never "whose <noun>", and a place only as the plain
    subject of the cue. `known`: indices of tokens the entities stage knows as a person or organisation
    (a surname the parser took for a common noun)."""
    doc = tok.doc
    if tok.idx < dateline_end(doc.text):
        return False
    if tok.lower_ in PRONOUNS or tok.i in known:
        return True
    if any(c.tag_ == "WP$" for c in tok.children):
        return False  # "people whose relatives had reported them missing": a description, no one named
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
               and not held_by(e.root, tok) for e in doc.ents)


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


def joined_to_reported_clause(v) -> bool:
    """A reporting verb without a subject of its own that the parser joined to the clause
    another cue reports ("Reeve said members would vote ... and urged them": "urged" hangs
    on "vote"): the reporter's next claim, not the clause's subject's (`subject_of`), and no
    part of the first claim's words (`claim_content.without_joined_cues`)."""
    h = v.head
    return v.dep_ == "conj" and v.lemma_.lower() in REPORT_VERBS and h.dep_ == "ccomp" \
        and h.lemma_.lower() not in REPORT_VERBS and h.head.lemma_.lower() in REPORT_VERBS \
        and not any(d.dep_ in ("nsubj", "nsubjpass") for d in v.children)


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
            if joined_to_reported_clause(v):
                v = v.head.head  # "Reeve said members would vote and urged them to accept": Reeve urged
                continue
            participle = v.dep_ == "advcl"
            v = v.head
            # "X denied that Y had ..., saying Z": the parser hangs "saying" on the reported
            # clause; its speaker is the one who denied, not Y
            if participle and v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORT_VERBS \
                    and v.lemma_.lower() not in REPORT_VERBS:
                v = v.head  # (but "X denied ..., saying Z, the agency reported": X says Z)
            elif participle and v.dep_ in ("acl", "ccomp") and v.lemma_.lower() not in REPORT_VERBS \
                    and v.head.pos_ == "NOUN" and v.head.dep_ == "dobj" and v.head.head.lemma_.lower() in REPORT_VERBS:
                v = v.head.head  # "X rejected reports that police had fired, saying Z": X says Z
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


THIRD_PERSON_SUBJECTS = ("he", "she", "it")
