"""Who a pronoun speaker is (used by stage `claims`).

"he said", "it said" resolve to the most recent fitting speaker or named subject of
the same article: a person for he/she, with the sex its pronouns and honorifics give
(`pronoun_genders`, `honorific_genders`), a body or place for it/they; a person
asked a question answers "he said"; another person named in between makes it unsure.
"""
from __future__ import annotations

import re

from newsbrief.text.claim_rules import (DESCRIPTION_HEADS, GROUP_LABELS, PERSON_LABELS, PRONOUNS, PRONOUNS_PERSON, RELATIVE,
                                        REPORT_VERBS, ROLE_NOUNS, TITLES, clean_speaker, closed_quote_spans)
from newsbrief.timex.grammar import dateline_end
from newsbrief import lexicon
from newsbrief.lexicon import words
from newsbrief.stages.claim_cues import POSSESSIVE, SUBJ
from newsbrief.stages.claim_spans import held_by, entity_type, lookup, speaker_span


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
    return brief is not None and t.i in known_names(brief, t.doc, sentence_id, ("PERSON",))


def known_names(brief, doc, sentence_id, types=("PERSON", "ORG")) -> frozenset:
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
                        "main": main, "gender": honorific_before(doc.text, span.start_char),
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


def person_subjects(brief, doc, sentence_id):
    """Named people and organisations that are the grammatical subject of a clause of this
    sentence: the antecedents a pronoun in the next sentences points back to."""
    out = []
    dl = dateline_end(doc.text)
    quoted = _in_quotes(doc)
    for t in doc:
        # "The school's director, Ana Velk, ..."; "A police sergeant ... told the radio": a
        # person described, named or not (one person: a title or description word, singular)
        role = t.pos_ == "NOUN" and (t.lemma_.lower() in ROLE_NOUNS or (
            t.tag_ == "NN" and t.lemma_.lower() in DESCRIPTION_HEADS))
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
                            "gender": honorific_before(doc.text, span.start_char)})
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
                            "gender": honorific_before(doc.text, span.start_char)})
                continue
        if t.pos_ == "PRON" or t.lemma_.lower() in ROLE_NOUNS or t.lemma_.lower() in TITLES:
            out.append({"text": None, "start": t.idx, "label": "PERSON", "sid": sentence_id, "id": None, "main": main})
    return out


def _other_named_person(brief, doc, sentence_id, span) -> bool:
    """A person named in the sentence outside `span` (a second role-holder, an object)."""
    names = known_names(brief, doc, sentence_id, ("PERSON",))
    return any(i not in range(span.start, span.end) for i in names) or any(
        u.ent_type_ == "PERSON" and u.i not in range(span.start, span.end) for u in doc)


def resolve_pronoun(brief, sentence, doc, spk, spoken, recent, genders=None):
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
        if cand["id"] is not None and names_a_part(brief, sentence.id, doc, cand, cand["id"]):
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


def names_antecedent(spk, ante, content: str) -> bool:
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
    (`genders`, from `honorific_genders`)."""
    if pron not in ("he", "she"):
        return False
    first = (cand.get("text") or "").split()[:1]
    sex = cand.get("gender") or (HONORIFIC_SEX.get(first[0].lower().strip(".")) if first else None) \
        or genders.get(cand.get("id"))
    return sex is not None and sex != pron


def honorific_before(text: str, start: int, previous: str = "") -> str | None:
    """The sex ("he"/"she") an honorific right before character `start` gives, else
    None; at the sentence's start the honorific may end the sentence before ("Ms." cut
    from its name by the sentence splitter)."""
    head = text[:start].split()
    if not head:
        head = previous.split()[-1:]
    return HONORIFIC_SEX.get(head[-1].lower().strip(".")) if head else None


def honorific_genders(brief) -> dict:
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
                sex = honorific_before(s.text, m.start, prev.get(s.id, ""))
                if sex:
                    seen.add(sex)
        if len(seen) == 1:
            out[e.id] = seen.pop()
    return out


GENDERED_PRONOUNS = lexicon.mapping("gendered_pronouns")  # "her" -> "she"


def pronoun_genders(brief, ctx) -> dict:
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


PLACING_PREPS = words("placing_preps")  # "teachers in Orsk", "nurses with the agency"


def names_a_part(brief, sentence_id, doc, spk, entity_id) -> bool:
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
            if entity_type(brief, entity_id) == "PERSON" and held_by(root, head):
                return True  # "relatives of Ana Velk": they speak, not Velk
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head == head \
                    and head.lemma_.lower() in ROLE_NOUNS and entity_type(brief, entity_id) in ("GPE", "LOC"):
                return True  # "the mayor of Dunsby": the one who holds the place's office speaks, not the town
            t = t.head
        return False
    return False
