"""What a cue reports (used by stage `claims`): the tokens of its clause, its object
when the object holds the words said ("expressed concern that ...", "put the toll at
..."), a quotation the parser hung elsewhere, and without the time of saying ("said on
Wednesday ...") or a clause the cue only hangs on.
"""
from __future__ import annotations

from newsbrief.text.claim_rules import (ALLEGATION_NOUNS, DENY_VERBS, DISMISS_CUES, NEEDS_CLAUSE, PRONOUNS,
                                        PUT_OBJECTS, REPORT_VERBS, ROLE_NOUNS, quote_spans)
from newsbrief.lexicon import words
from newsbrief.stages.claim_cues import (ANY_OBJECT_DENIALS, CLAUSE, RETRACT_VERBS, SPEECH_NOUNS, SUBJ,
                                         cue_blocked, is_cue, joined_to_reported_clause, propositional,
                                         refuses_a_grant)


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
                c.dep_ == "dobj" and c.i < forward[0].i and not propositional(c) for c in v.children):
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
        if objs and lemma not in ANY_OBJECT_DENIALS and not propositional(objs[0]):
            return []  # "rejected the offer", "rebuffed the approach": no claim is denied
        if refuses_a_grant(v):
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


def reports_elsewhere(t, ctoks) -> bool:
    """A cue in a clause of time, purpose, reason or manner reports nothing of the clause
    it hangs on ("The engine stalled before the crew could respond to the fire", "a van
    struck him as it responded to an alarm"): only "as X said" reports its host, and not
    with a "to" phrase of its own ("as it replied to the letter")."""
    own = {u.i for u in t.subtree}
    marks = [c for c in t.children if c.dep_ == "mark"]
    return t.dep_ == "advcl" and bool(marks) and not any(u.i in own for u in ctoks) and (
        marks[0].lower_ != "as" or any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children))


def without_time_of_saying(cue, ctoks):
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


def without_joined_cues(cue, ctoks):
    """"denied that any crew had gone unpaid and said 600 passengers were moved": the parser
    joins the second cue to the denied clause; it is the same speaker's next claim
    (`claim_cues.subject_of`), not part of what was denied. Its words, and the "and"
    before it, leave the content; not a joined verb that reports nothing ("and would
    report within weeks") or a refusal ("but would not say whether ..."), which the
    speaker said too."""
    own = {u.i for u in ctoks}
    cut = set()
    for root in (c for c in cue.children if c.dep_ == "ccomp" and c.i in own):
        for c in root.children:
            if joined_to_reported_clause(c) and not cue_blocked(c) \
                    and any(d.dep_ in ("ccomp", "xcomp", "dobj") for d in c.children):
                cut |= {u.i for u in c.subtree}
                cut |= {d.i for d in root.children if d.dep_ == "cc" and d.i == c.left_edge.i - 1}
    kept = [u for u in ctoks if u.i not in cut]
    return kept if kept else ctoks

