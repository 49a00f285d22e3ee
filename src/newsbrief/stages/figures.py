"""Stage `figures`: counts with what they count, their bounds and who gave them.

For every kept sentence, `figure_rules.find_numbers` finds count expressions with
their qualifier ("about", "more than", "as many as", "between .. and ..", "at
least", number words, "dozens"); years, dates, times, ages, percentages, model
and street numbers are never figures. The measure (killed, injured, missing,
displaced, arrested, participants, money, distance, other) comes from the
dependency parse: the counted noun ("protesters", "fatalities"), the verb that
governs it ("were killed", "died", "wounded", "participated"), the collective
action its subject carries out ("staged a protest": participants), a clause of
taking part ("dozens of nurses joined the picket", "was greeted by hundreds of fans",
"the fair drew some 3,000 visitors", "a delegation of 40", "went on strike", "stopped
work": participants), a light verb's object ("raises the death toll to", "put the number
of injured at"), and last the nearest casualty word of the sentence when the counted
thing is people. A count of places ("from five countries") is never a casualty or a crowd.
`source` is the speaker of the claim made in the same sentence (stage `claims`),
`event` the event whose sentences include this one (stage `events`).

Helper for renderers: `ranges(brief)` (see its docstring).
"""
from __future__ import annotations

import re

from newsbrief.lexicon import MODAL_AUXILIARIES, ORG_NOUNS, REPORT_VERBS, words
from newsbrief.text.numbers import (GENERIC_COUNT, LIGHT_VERBS, MORE_AFTER, PERSON_NOUNS, WEAK_WORDS, WORD_MEASURE,
                           find_numbers)
from newsbrief.model import Figure
from newsbrief.ids import Unique, figure_id, figure_offset
from newsbrief.stage import Stage
from newsbrief.stages.figure_groups import comparable, figure_label, join_events, source_label

ROLE_NOUNS = words("role_nouns")  # "a captain was killed": one person
ANIMALS = words("animal_nouns")  # "two dogs were injured": a count of animals is no casualty count
GROUP_NOUNS = words("group_nouns")  # "a family was killed": several people, no count of one
TRANSPARENT = words("transparent_preps")  # "45 died, including 12 children"
PLACE_TIME_PREPS = words("place_time_preps")  # "killed ... in three states"
# places and facilities a number may count: never people hurt or taking part
# ("victims from four countries", "taken to two hospitals")
PLACE_COUNTS = words("place_nouns") | words("place_count_nouns")
COLLECTIVE_ACTIONS = words("collective_actions")  # "staged a protest", "launched an assault"
ATTENDANCE_VERBS = words("attendance_verbs")  # "came to the rally", "packed the square"
GATHERINGS = words("gathering_nouns")  # "the rally", "the funeral"
VENUES = words("venue_nouns")  # "the hall", "the square"
CARRIERS = words("carrier_nouns")  # "the ferry returned with 40 passengers": a load, no company
MEASURES = ("killed", "injured", "missing", "displaced", "arrested", "participants", "money", "distance", "other")


def _measure_word(t) -> str | None:
    if t.lemma_.lower() in ("force", "drive", "chase", "flee", "leave") and t.pos_ == "VERB":
        # "forced from their homes", "driven out of their homes"
        for c in t.children:
            if c.dep_ in ("prep", "prt") and any(u.lemma_.lower() in HOME_NOUNS for u in c.subtree):
                return "displaced"
            if c.dep_ == "dobj" and t.lemma_.lower() in ("flee", "leave") and c.lemma_.lower() in HOME_NOUNS \
                    and any(d.dep_ == "poss" for d in c.children) and not _negated_or_none(t) and not _for_a_purpose(t):
                # "fled their homes", "left their homes"; not "left home at six" (no owner), nor
                # "left their homes to study abroad" (a purpose: a move, nobody displaced)
                return "displaced"
    if _out_of_home(t) or _under_evacuation(t):
        return "displaced"  # "were still out of their homes", "remained under evacuation orders"
    if _injuries_borne(t):
        return "injured"  # "suffered burns", "sustained minor injuries", "had bullet wounds"
    if _admitted_patient(t):
        return "injured"  # "six of whom remained admitted" (to the hospital the sentence names)
    if t.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in t.children):
        return "participants"  # "took part in the rally"
    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ("remain", "be", "lie", "stay", "take", "rush", "admit",
                                                         "airlift", "fly", "bring", "send", "carry", "treat",
                                                         "move", "transfer"):
        for c in t.children:  # "remain in critical condition", "were taken to hospital"
            if c.dep_ == "prep" and c.lower_ in ("in", "to", "into", "at") and any(
                    p.dep_ == "pobj" and (p.lemma_.lower() in ("hospital", "intensive", "clinic") or (
                        p.lemma_.lower() in ("care", "condition") and any(m.lower_ in MEDICAL_STATES for m in p.children)
                        and (p.lemma_.lower() != "condition" or _person_subject(t))))
                    for p in c.children):  # "in intensive care", "in critical condition"; not a thing's "good condition"
                return "injured"
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    p.dep_ == "pobj" and _an_injury(p) for p in c.children):
                return "injured"  # "treated for injuries", "treated for cuts"
    if _sheltered(t):
        return "displaced"  # "families stayed in the shelter", "were moved to evacuation centres"
    if _care_casualty(t):
        return "injured"  # people hurt in a named happening who had to be cared for
    if _negated_prefix(t):
        return None  # "non-lethal wounds": the prefix denies what the word names
    if t.lemma_.lower() == "drown":
        return _drowned(t)
    if t.lemma_.lower() in ("shoot", "shot") and not _shot_at_people(t):
        return None  # the noun "shots", "shot a film", "membership shot up", "shot at the guards"
    if t.lemma_.lower() == "toll" and t.dep_ == "dobj" and t.head.lemma_.lower() == "take" and any(
            c.lower_ in ("a", "an", "its", "their", "his", "her") for c in t.children) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return None  # "the strain has taken a (heavy) toll (on ...)", "took its toll": strain, no dead

    if t.pos_ == "VERB" and t.lemma_.lower() == "execute" and any(
            c.dep_ == "dobj" and not is_person_like(c) for c in t.children):
        return None  # "executed the order", "executed a turn": carried out, nobody killed
    for key in (t.lemma_.lower(), t.lower_):
        m = WORD_MEASURE.get(key)
        if m is None:
            continue
        if key in WEAK_WORDS:
            # "lost their lives", "bodies were found", "fought": only with a fitting head
            if key in ("life", "lives") and t.head.lemma_.lower() not in ("lose", "claim", "take", "cost", "end") \
                    and not _loss_of(t):
                return None
            if key in ("life", "lives") and t.head.lemma_.lower() == "end" and (
                    t.dep_ != "dobj" or any(c.dep_ in ("amod", "compound") for c in t.children)):
                return None  # "ended the lives of six hikers" killed; not "ended their working lives"
            if key in ("body", "bodies") and any(
                    c.dep_ == "prep" and c.lower_ == "of" and p.dep_ == "pobj" and not is_person_like(p)
                    and p.pos_ != "NUM" for c in t.children for p in c.children):
                return None  # "a body of water", "a body of opinion": no dead body
            if key in ("body", "bodies") and _identified(t):
                return "other"  # bodies named or identified: who they were, not how many died
            if key == "fight" and t.pos_ != "VERB":
                return None
        return m
    return None


HOME_NOUNS = words("home_nouns")
HOSPITAL_NOUNS = words("hospital_nouns")
# verbs whose subject is out of its home by being there or being put there ("moved" only passive)
OUT_OF_HOME_VERBS = ("be", "remain", "stay", "move", "keep", "evacuate")
# verbs of bearing an injury: "suffered burns", "sustained injuries", "had bullet wounds"
INJURY_VERBS = ("suffer", "sustain", "have")


def _for_a_purpose(verb) -> bool:
    """The verb has an infinitive of purpose: "left their homes to study abroad"."""
    return any(x.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in x.children)
               for x in verb.children)


def _negated_or_none(verb, obj=None) -> bool:
    """A "not" on the verb, or a "no" on its object ("suffered no injuries")."""
    return any(c.dep_ == "neg" for c in verb.children) or (
        obj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children))


def _out_of_home(t) -> bool:
    """People out of their homes: "be"/"remain"/"stay" (or passive "moved", "kept",
    "evacuated") with an "out of" phrase whose object is a home noun ("were still out of
    their homes", "were moved out of 300 houses"), not negated, its subject people. Not
    "out of work", "out of school", "moved out of the old building", "stayed out of the
    village" (being out of a place is displacement only from their own homes); not the active
    "they moved out of their flat" (a move, nobody displaced)."""
    lemma = t.lemma_.lower()
    if t.pos_ not in ("VERB", "AUX") or lemma not in OUT_OF_HOME_VERBS or _negated_or_none(t):
        return False
    if lemma in ("move", "keep", "evacuate") and not any(c.dep_ == "auxpass" for c in t.children):
        return False
    homes = [p for out in t.children if out.dep_ in ("prep", "prt") and out.lower_ == "out"
             for of in out.children if of.dep_ == "prep" and of.lower_ == "of"
             for p in of.children if p.dep_ == "pobj" and p.lemma_.lower() in HOME_NOUNS]
    if lemma in ("be", "remain", "stay"):  # staying out of a place is displacement only from their own homes
        homes = [p for p in homes if any(c.dep_ == "poss" for c in p.children)]  # not "stayed out of the village"
    return bool(homes) and _person_subject(t)


def _under_evacuation(t) -> bool:
    """People "under evacuation orders" (or notices): "be"/"remain"/"stay"/"live" with an
    "under" phrase whose object is an order or notice of evacuation, not negated, its
    subject people. Not "under a curfew", "under orders to leave their posts"."""
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in ("be", "remain", "stay", "live") or _negated_or_none(t):
        return False
    return any(p.dep_ == "pobj" and p.lemma_.lower() in ("order", "notice") and any(
        m.dep_ in ("compound", "amod") and m.lemma_.lower() in ("evacuation", "evacuate") for m in p.children)
               for c in t.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children) \
        and _person_subject(t)


def _an_injury(t) -> bool:
    """An injury noun (lexicon `injury_nouns`), by lemma or, where the lemmatiser kept the
    plural, by its plural form ("wounds")."""
    low = t.lemma_.lower()
    return low in CARE_INJURIES or t.lower_.rstrip("s") in CARE_INJURIES or low.rstrip("s") in CARE_INJURIES


def _injuries_borne(t) -> bool:
    """A verb of bearing (INJURY_VERBS) whose object is an injury ("suffered burns",
    "sustained minor injuries", "had bullet wounds"), not negated ("suffered no
    injuries"), its subject people. Not "had keys", "suffered losses"."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in INJURY_VERBS:
        return False
    objs = [c for c in t.children if c.dep_ == "dobj"]
    injuries = [o for o in objs if _an_injury(o)]
    return bool(injuries) and not _negated_or_none(t, injuries[0]) and _person_subject(t)


def _admitted_patient(t) -> bool:
    """A passive "admitted" with no "to"/"into" phrase, no object or clause (a fact
    admitted) and a hospital named in the sentence: "treated in hospital ..., six of whom
    remained admitted". "Admitted to hospital" is read where care places are; not "were
    admitted to the bar", "the two men had admitted the theft"."""
    if t.pos_ != "VERB" or t.lemma_.lower() != "admit" or not any(c.dep_ == "auxpass" for c in t.children):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") or (c.dep_ == "prep" and c.lower_ in ("to", "into"))
           for c in t.children) or _negated_or_none(t):
        return False
    return any(u.lemma_.lower() in HOSPITAL_NOUNS for u in t.doc if u.i != t.i)


def _loss_of(t) -> bool:
    """"with the loss of 40 lives", "the loss of some 300 lives": lives counted by a
    number under "loss of" were lost (not "the loss of their working lives": no number)."""
    of = t.head
    if t.dep_ != "pobj" or of.lower_ != "of":
        return False
    n = of.head  # "the loss of hundreds of lives": "lives" hangs on "hundreds"
    if (n.pos_ == "NUM" or n.lemma_.lower() in SCALE_WORDS) and n.dep_ == "pobj" and n.head.lower_ == "of":
        return n.head.head.lemma_.lower() == "loss"
    return n.lemma_.lower() == "loss" and any(c.dep_ == "nummod" or c.lemma_.lower() in SCALE_WORDS
                                              for c in t.children)


def _person_subject(verb) -> bool:
    """A condition is a patient's only when whoever is in it may be a person: the
    verb's subject (or the noun a relative clause hangs on, or the subject of the verb
    a conjunct shares) is people, a bare number or a personal pronoun; no subject found
    keeps it. Not "the 20 houses remain in good condition", "the bridge is in poor
    condition"."""
    subj, v = _subjects(verb), verb
    while not subj and v.dep_ == "conj" and v.head != v:
        v = v.head
        subj = _subjects(v)
    if not subj and verb.dep_ in ("relcl", "acl"):
        subj = [verb.head]
    if not subj:
        return True
    s = subj[0]
    if s.pos_ == "PRON":
        return s.lower_ in ("he", "she", "they", "who", "we", "i", "you", "all", "both", "some", "none")
    if s.pos_ == "NUM" or s.lemma_.lower() in SCALE_WORDS:
        c = counted_token(s)
        return c is s or is_person_like(c) or c.ent_type_ == "PERSON"
    return is_person_like(s) or s.ent_type_ in ("PERSON", "NORP")


SHELTER_VERBS = ("remain", "stay", "spend", "sleep", "take", "move", "bring", "send", "house", "bus", "evacuate")


# people who are at a shelter to help, report or run it, not to be housed there
HELPER_NOUNS = ("volunteer", "staff", "staffer", "worker", "employee", "reporter", "journalist", "official",
                "officer", "police", "policeman", "soldier", "troop", "medic", "nurse", "doctor", "helper",
                "firefighter", "rescuer", "aid", "crew", "photographer", "visitor", "inspector", "guard")


def _sheltered(verb) -> bool:
    """People put up in a shelter away from home: a verb of staying or moving (not
    negated; not plain "be": "were at the shelter" may be visitors) with an
    "in"/"to"/"into"/"at" phrase whose object is "shelter(s)" (with no "of": "the shelter
    of the wall" is cover) or an "evacuation centre", and a subject that is people or a
    bare number, and no helpers (HELPER_NOUNS: "reporters were taken to the shelter").
    Not "forty dogs remained in shelters", "sought shelter under the bridge" (no such
    phrase), "the volunteers who run the shelter"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in SHELTER_VERBS or any(
            c.dep_ == "neg" for c in verb.children):
        return False
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into", "at")
              for p in c.children if p.dep_ == "pobj"]
    if not any((p.lemma_.lower() == "shelter" or (p.lemma_.lower() in ("centre", "center") and any(
            c.lemma_.lower() == "evacuation" for c in p.children))) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in p.children) for p in places):
        return False
    subj = _subjects(verb)
    if verb.dep_ == "relcl" and (not subj or subj[0].lower_ in ("who", "that", "which")):
        subj = [verb.head]  # "forty volunteers who stayed at the shelter": the noun the clause is on
    if not subj:
        return False
    s = counted_token(subj[0]) if subj[0].pos_ == "NUM" or subj[0].lemma_.lower() in SCALE_WORDS else subj[0]
    if s.lemma_.lower() in HELPER_NOUNS or s.lower_ in HELPER_NOUNS or any(
            c.dep_ == "compound" and c.lemma_.lower() in HELPER_NOUNS for c in s.children):
        return False  # "twelve reporters were taken to the shelter", "aid workers": they do not live there
    return s.pos_ == "NUM" or (s.pos_ != "PRON" and is_person_like(s)) or s.lower_ in ("they", "who")


# what a condition or care is when it is a patient's: "in critical condition", "in intensive care"
MEDICAL_STATES = ("critical", "serious", "stable", "grave", "fair", "satisfactory", "poor", "guarded", "intensive",
                  "life-threatening", "good")


# one person a gun may be fired at: kin and roles in the singular ("shot his wife")
SHOT_PERSONS = ("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "neighbour",
                "neighbor", "friend", "girlfriend", "boyfriend", "partner", "child", "baby", "man", "woman", "boy",
                "girl", "suspect", "victim", "guard", "officer", "teenager", "driver", "colleague", "cousin",
                "uncle", "aunt", "nephew", "niece", "stepson", "stepdaughter", "fiancee", "fiance")
SHOT_PRONOUNS = ("him", "her", "them", "himself", "herself", "themselves", "me", "us")


def _shot_target(o) -> bool:
    """An object of "shot" that is a person: a person noun or entity, a singular kin or
    role noun (SHOT_PERSONS), an object pronoun, or a number counting people ("two of
    her sons"); a bare number counts nobody ("shoot a day or two")."""
    c = counted_token(o)
    return any(x.pos_ != "NUM" and (x.lemma_.lower() in SHOT_PERSONS or x.lower_ in SHOT_PERSONS or x.ent_type_ == "PERSON" or (
        x.lower_ in SHOT_PRONOUNS if x.pos_ == "PRON" else is_person_like(x))) for x in {o, c})


def _aimed_at(at, verb) -> bool:
    """An "at" on "shot" that tells where the gun was aimed: with no object ("were shot
    at but not hit"), or right after the verb with people as its object ("shot at three
    soldiers"). Not a place or a distance: "were shot at close range", "at a checkpoint"."""
    objs = [p for p in at.children if p.dep_ == "pobj"]
    return not objs or (at.i == verb.i + 1 and any(_shot_target(p) for p in objs))


def _shot_at_people(t) -> bool:
    """"shoot"/"shot" names a casualty only as a verb of hitting someone: passive ("two
    guards were shot"), a participle on a noun ("the man shot"), or active with an
    object that is people (any of the object's conjuncts: "police shot two men", "shot
    his brother and two cousins"). Not the noun ("heard three shots", "a shot of the bay"),
    "shot up to 900" (rose), "shot down" (a craft), "shot a video", "shot 40
    rounds", "shot at three soldiers" / "were shot at" (aimed, not said to have hit)."""
    if t.pos_ != "VERB":
        return False
    kids = list(t.children)
    if any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in kids):
        return False  # "prices shot up", "the jet was shot down": a rise, a craft
    if any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "at" and _aimed_at(c, t) for c in kids):
        return False  # "shot at two children", "were shot at but not hit" (not "shot two men at the gate")
    objs = [c for c in kids if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts]
    if objs:
        return any(_shot_target(o) for o in objs)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or t.dep_ in ("acl", "amod", "relcl", "conj"):
        return True
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "up", "into", "past", "through") for c in kids)


def _identified(body) -> bool:
    """Bodies identified, named or handed back: the verb above the noun ("named six
    bodies"), or above the "N of" the noun hangs on ("named six of the bodies")."""
    h = body.head
    if h.lower_ == "of" and h.head != h and h.head.pos_ in ("NUM", "NOUN", "PRON"):
        h = h.head.head  # "<verb> N of the bodies": the verb governs the number
    return h.lemma_.lower() in IDENTIFYING


CARE_VERBS = ("need", "require", "receive", "undergo")  # a care verb: its subject suffered, did nothing
CARE_NOUNS = ("treatment", "surgery", "care", "hospitalization", "hospitalisation")
# what care is "for" when it makes a casualty; an illness ("for flu") makes none
CARE_INJURIES = words("injury_nouns")
# words of a happening that hurts people: care near one of them is for that happening
INCIDENT_WORDS = ("accident", "crash", "collision", "explosion", "blast", "fire", "blaze", "attack", "bombing",
                  "shooting", "stampede", "derailment", "collapse", "kill", "injure", "wound", "hurt")
# a rate or a habit ("each month", "every year", "last winter"): care as routine, no casualty
HABITUAL = re.compile(r"\b(?:each|every|per|a)\s+(?:day|week|month|year|winter|summer|season)\b|"
                      r"\b(?:daily|weekly|monthly|yearly|annually|usually|routinely|typically)\b|"
                      r"\blast\s+(?:winter|summer|spring|autumn|year|season)\b", re.I)


def _care_casualty(t) -> bool:
    """Care that makes its subject a casualty ("received treatment"): a care verb with a
    care noun as object, not negated, its subject (or the noun a relative clause hangs on)
    people, any "for" object an injury, and the sentence about one happening that hurts
    (an incident word, or an injury named as what the care was for), with no rate or habit.
    Narrow on purpose: a wrong injured count is worse than none."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in CARE_VERBS:
        return False
    care = [c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in CARE_NOUNS]
    if not care or any(c.dep_ == "neg" for c in t.children):
        return False
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    who = t.head if t.dep_ == "relcl" else (subj[0] if subj else None)
    if who is None or who.pos_ == "PRON" or not is_person_like(who):
        return False
    fors = [p for h in [t, *care] for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children if p.dep_ == "pobj"]
    if any(p.lemma_.lower() not in CARE_INJURIES for p in fors):
        return False
    doc = t.doc
    if HABITUAL.search(doc.text):
        return False
    incident = any(u.lemma_.lower() in INCIDENT_WORDS for u in doc if u.i != t.i)
    in_hospital = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in HOSPITAL_NOUNS
                      for n in care for c in n.children)  # "needed hospital care": care for the hurt
    return incident or bool(fors) or in_hospital


def _negated_prefix(t) -> bool:
    """"non-fatal", "non fatal", "nonfatal": a measure word its prefix negates."""
    if t.lower_.startswith("non") and WORD_MEASURE.get(t.lower_[3:].lstrip("-")):
        return True
    doc = t.doc
    if t.i >= 1 and doc[t.i - 1].lower_ in ("non", "non-"):
        return True
    return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "non"


DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|ago|old|aged?|"
    r"night|morning|evening|afternoon|weekend|season|term|quarter|\d{4}s?|\d+s)\b|[/:]", re.I)


def _date_like(t) -> bool:
    """Inside a spaCy DATE/TIME/PERCENT/ORDINAL entity that really is one
    ("two weeks", "March 3", "his 60s"); spaCy also tags plain counts as DATE."""
    if t.ent_type_ in ("PERCENT", "ORDINAL"):
        return True
    if t.ent_type_ not in ("DATE", "TIME"):
        return False
    doc = t.doc
    lo = hi = t.i
    while lo > 0 and doc[lo - 1].ent_iob_ != "O" and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    if _run_on_count(t, lo):
        return False
    return bool(DATE_WORDS.search(doc[lo:hi + 1].text))


def _run_on_count(t, lo) -> bool:
    """"died on June 9 and 14 more were hurt": a DATE entity (from token `lo`) ran on past
    "and" over a number that counts something of its own ("more", "others", a plural
    noun after it; the number grammar kept it as a count)."""
    doc = t.doc
    if t.i + 1 < len(doc) and DATE_WORDS.search(doc[t.i + 1].text):
        return False  # "two hours and 10 minutes", "13 and 11 years": a span, still no count
    return t.i > lo + 1 and doc[t.i - 1].lower_ in ("and", "or") and bool(MORE_AFTER.match(doc.text[t.idx + len(t):]))


def _measure_after(anchor) -> str | None:
    """The casualty measure of the words right after a run-on count ("and 11 more were
    injured"), up to the next punctuation or conjunction: the parse hung the count on
    the date, so its own clause is read from the words."""
    for u in anchor.doc[anchor.i + 1:anchor.i + 6]:
        if u.is_punct or u.dep_ == "cc" or u.lower_ in ("and", "or", "but"):
            return None
        m = _measure_word(u)
        if m in CASUALTY_MEASURES and u.pos_ in ("VERB", "ADJ", "AUX"):
            return m
    return None


def _tokens_in(doc, start, end):
    return [t for t in doc if t.idx < end and t.idx + len(t) > start]


def counted_token(anchor):
    """The noun the number counts: its head for "200 soldiers", the of-object for
    "dozens of people" / "one of its drivers", else the number itself."""
    t = anchor
    steps = 0
    while t.dep_ in ("nummod", "quantmod", "compound", "advmod", "amod") and t.head != t and steps < 3 \
            and t.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ"):
        t = t.head
        steps += 1
    if t.pos_ == "NUM" or t.lower_ in GENERIC_COUNT or t.lemma_.lower() in ("dozen", "hundred", "thousand", "score",
                                                                            "handful"):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    return t


def is_person_like(t) -> bool:
    lemma = t.lemma_.lower()
    if lemma in PERSON_NOUNS or t.lower_ in PERSON_NOUNS or t.pos_ in ("NUM", "PRON"):
        return True
    if t.ent_type_ == "NORP":
        return True
    return t.lower_.endswith(("ers", "ians", "ists", "men", "ees"))


SCALE_WORDS = ("dozen", "hundred", "thousand", "score", "handful")


def _drowned(verb) -> str | None:
    """"drown" kills only people who drown: an intransitive or passive "drown" (no object,
    no particle) whose subject is a person noun, a nationality ("two Britons"), a plural in
    "-men", or a bare number ("12 villagers drowned", "eight were drowned"); for "thousands
    of <noun>" the noun decides. Not "the river drowned 40 sheep", "chants drowned the
    speeches", "drowned out the band", "40 sheep drowned", "thousands of heifers drowned"
    (no person). Narrower than `is_person_like` on purpose: its "-ers"/"-ists" endings
    take animals that drown in floods ("heifers", "lobsters") for people."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "prt", "iobj") for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ == "conj":  # "were swept away and drowned": the first verb's subject
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None
    s = subj[0]
    if s.pos_ == "PRON" and verb.dep_ == "relcl":
        s = verb.head  # "two hikers who drowned": the noun the clause is about
    if s.pos_ == "NUM" or s.lemma_.lower() in SCALE_WORDS:
        s = counted_token(s)  # "thousands of heifers drowned": the heifers did; "eight drowned": a bare count
        if s.pos_ == "NUM" or s.lemma_.lower() in SCALE_WORDS:
            return "killed"
    if s.lemma_.lower() in PERSON_NOUNS or s.lower_ in PERSON_NOUNS or s.lower_ in ("he", "she", "they", "we", "who",
                                                                                      "i"):
        return "killed"
    if s.ent_type_ == "NORP" or (s.tag_ == "NNS" and s.lower_.endswith("men")):
        return "killed"  # "two Britons drowned", "six fishermen drowned"
    return None


NEAR_MISS = ("nearly", "almost", "narrowly")


def _near_miss(counted) -> bool:
    """The verb above the counted noun is hedged as not having happened: "nearly died",
    "were almost killed", "nearly drowned". Only an adverb right before the verb (or
    its auxiliary) counts, so "nearly 40 people were killed" (the adverb on the number)
    is still a toll."""
    t = counted
    for _ in range(4):
        t = t.head
        if t.pos_ == "VERB":  # only the casualty verb itself: not "rescuers almost reached the 12 who died"
            return _measure_word(t) is not None and any(
                c.dep_ == "advmod" and c.lower_ in NEAR_MISS and c.i < t.i and c.nbor(1).pos_ in ("VERB", "AUX")
                for c in t.children)
        if t == t.head:
            return False
    return False


def _verb_measure(counted):
    t = counted
    for _ in range(4):
        h = t.head
        if h == t:
            return None
        if h.pos_ in ("VERB", "AUX"):
            m = _measure_word(h)
            if m:
                return m
            for c in h.children:
                if c.dep_ in ("acomp", "oprd") and _measure_word(c):
                    return _measure_word(c)
            return None
        if h.pos_ == "NOUN" and _measure_word(h) not in (None, "participants"):
            return _measure_word(h)  # "the deaths of four demonstrators"
        t = h
    return None


def measure_of(doc, anchor) -> tuple[str, object]:
    """(measure, counted token) for the number whose last token is `anchor`: from the
    words at the counted noun, else from the heads above it, else from a clause of
    taking part (`_takes_part`) or the size of a delegation (`_group_size`), else, when
    the number counts people, from the nearest casualty word of the sentence."""
    by_the = _by_the_scale(anchor)
    if by_the is not False:
        if by_the is None or not _party_noun(by_the, None):
            return "other", anchor  # "sheep died by the thousands", "letters arrived by the hundreds": no people
        m, _ = measure_of(doc, by_the)  # "villagers by the hundreds marched": what the villagers did
        return m, by_the
    counted = counted_token(anchor)
    if anchor.lower_ == "one" and counted != anchor and not is_person_like(counted) \
            and not _measure_word(counted):
        return "other", counted  # "one of the objectives was to ..."
    if counted.lemma_.lower() in FREQUENCY_NOUNS:
        return "other", counted  # "wounded three times": how often, not how many
    if counted != anchor and counted.pos_ == "NOUN" and counted.lemma_.lower() in ANIMALS:
        return "other", counted  # "two other dogs were injured": no people
    if _other_animals(doc, anchor, counted):
        return "other", counted  # "killing one dog and injuring two others": the others are dogs too
    if counted != anchor and counted.tag_ == "NNS" and counted.lemma_.lower() in ("charge", "count"):
        return "other", counted  # "faced six charges", "31 counts of assault": charges, not people
    m = _measure_at(counted, anchor)
    if m is None:
        m = _measure_above(counted, anchor)
        if m in COUNT_MEASURES and _partitive_whole(counted, anchor):
            return "other", counted  # "Of the 36 diners, 9 were hurt": the 36 were there, 9 were hurt
    if m in COUNT_MEASURES and counted != anchor and (counted.lemma_.lower() in PLACE_COUNTS
                                                     or counted.lower_ in PLACE_COUNTS):
        return "other", counted  # "the dead came from at least five countries": places, not people
    if m in (None, "other") and _takes_part(counted, anchor):
        return "participants", counted  # "dozens of nurses joined the picket", "the fair drew some 3,000 visitors"
    if m in (None, "other") and _group_size(counted, anchor):
        return "participants", counted  # "a delegation of dozens of farmers", "his 40-member entourage"
    if m:
        if m in COUNT_MEASURES and _negated_count(doc, anchor, counted, m):
            return "other", counted  # "none of the 40 passengers were hurt": how many there were, not hurt
        if m in CASUALTY_MEASURES and _near_miss(counted):
            return "other", counted  # "two climbers nearly died": it did not happen
        return m, counted
    if counted == anchor and anchor.lower_ == "one":
        return "other", counted  # "I've got one too", "for one"
    if not is_person_like(counted) and counted.lemma_.lower() not in GENERIC_COUNT:
        return "other", counted
    return _nearest_casualty(doc, anchor), counted


BY_THE_SCALES = ("dozens", "scores", "hundreds", "thousands", "millions")


def _by_the_scale(anchor):
    """"by the hundreds" / "by the thousands" tells how many of someone did something:
    the noun it hangs on ("villagers by the hundreds marched") or the subject of the verb
    it hangs on ("fans came by the thousands", "students protested by the hundreds",
    parsed with the verb on the noun). False when the number is no such phrase; None when
    nobody is named."""
    by = anchor.head
    if anchor.lower_ not in BY_THE_SCALES or anchor.dep_ != "pobj" or by.lower_ != "by" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in anchor.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children):
        return False  # not "touched by the thousands of letters": those count the letters
    h = by.head
    if h.pos_ in ("NOUN", "PROPN"):
        return h
    if h.pos_ in ("VERB", "AUX"):
        subj = _subjects(h)
        if subj:
            return subj[0]
        if h.dep_ in ("acl", "relcl") and h.head.pos_ in ("NOUN", "PROPN"):
            return h.head
    return None


# words that take a part of a whole with "of": "12 of the 40", "most of the 40", "none of the 40"
PART_WORDS = ("some", "most", "many", "several", "few", "half", "majority", "minority", "rest", "remainder",
              "none", "neither", "either", "dozens", "scores", "hundreds", "thousands", "third", "quarter")


def _partitive_whole(counted, anchor) -> bool:
    """The number is the size of the whole a part is taken from: "Of the 36 diners, 9
    were injured" (a fronted "of" on the verb, the verb's subject the part) or "9 of
    the 36 diners were injured" (a number or a part word before "of"). Asked only when
    the verb above gave the measure: the casualty belongs to the part, the whole counts
    who were there. Not "all of the 40", "each
    of the 40" (the whole suffered it), nor when the counted noun itself names the
    measure ("Of the 40 wounded, 12 ...": decided before this is asked)."""
    if counted == anchor or anchor.head != counted or counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return False
    of = counted.head
    h = of.head
    if h.pos_ == "NUM" or h.lower_ in PART_WORDS:
        return True  # "9 of the 36 diners", "most of the 36 diners"
    if h.pos_ in ("VERB", "AUX") and of.i < h.i and of.i == of.left_edge.i and (
            of.i == 0 or of.doc[of.i - 1].is_punct):
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > of.i]
        return bool(subj) and (subj[0].pos_ == "NUM" or subj[0].lower_ in PART_WORDS)
    return False


def _measure_at(counted, anchor) -> str | None:
    """The measure the counted noun, the number, or the noun's modifiers and relative
    clauses name; None when they name none."""
    for t in (counted, anchor):
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and _an_injury(p)
                and not any(d.dep_ == "det" and d.lower_ == "no" for d in p.children) for p in c.children)
               for c in t.children) and (t is anchor or is_person_like(t)):
            return "injured"  # "two of them with gunshot wounds", "40 passengers with minor injuries"
    for t in (counted, anchor):
        m = _measure_word(t)
        if m == "participants":
            own = next((_measure_word(c) for c in counted.children if c.dep_ in ("acl", "relcl")
                        and c.pos_ == "VERB" and _measure_word(c) not in (None, "participants", "other")), None)
            if own:
                return own  # "the three protesters arrested on Monday": their own clause says what befell them
            if counted.head.lower_ == "of" and counted.head.head.pos_ == "NUM" and counted.head.head != anchor:
                return m  # "arrested 12 of the 300 protesters": the 12 were arrested, the 300 protested
            # "arrested 45 protesters", "wounded two marchers": the verb says what happened
            verb = _verb_measure(counted)
            return verb if verb and verb != "participants" else m
        if m in ("arrested", "displaced") and t.pos_ == "NOUN":
            # a status noun ("prisoners", "refugees") yields to what befell them: "nine inmates
            # were killed", "the massacre of hundreds of refugees", "two refugees drowned",
            # "about 40 prisoners are taking part" (in a hunger strike; refugees who gathered
            # somewhere are still refugees)
            verb = _verb_measure(counted)
            return verb if verb in ("killed", "injured", "missing") or (verb == "participants" and m == "arrested") else m
        if m:
            return m
    if counted.lemma_.lower() in VICTIM_NOUNS:
        cue = next((p for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None)
        if cue is not None and _measure_word(cue) == "killed" and cue.lower_ not in WEAK_WORDS:
            return "killed"  # "the 12 victims of the massacre"; not "of the fire", "of the fraud"
    if is_person_like(counted) and any(c.dep_ == "advmod" and c.lower_ in PRESENCE_WORDS and not (
            c.lower_ == "there" and (counted.pos_ == "NUM" or c.doc[c.i - 1].lower_ == "out"))
                                       for c in counted.children):  # "40 guests there"; not "people out there"
        # nor a bare number "there" ("it was 12 below zero there"): nobody is counted
        verb = _verb_measure(counted)  # "the 200 guests there were evacuated": what befell them decides
        return verb if verb and verb not in ("participants", "other") else "participants"  # "250 guests inside"
    if is_person_like(counted) and counted != anchor and any(
            c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and (_attends(c) or _gathers(c)) for c in anchor.children):
        return "participants"  # "Hundreds of fans crammed into the theatre" parsed with the verb on "Hundreds"
    for c in counted.children:  # "wounded soldiers", "death toll"
        if c.dep_ in ("amod", "compound") and _measure_word(c):
            return _measure_word(c)
    for c in counted.children:  # "workers it said were hurt", "people arrested"
        if c.dep_ in ("relcl", "acl"):
            for t in c.subtree:
                if t.pos_ in ("VERB", "ADJ", "NOUN") and _measure_word(t):
                    return _measure_word(t)
    return None


def _toll_source(t, h):
    """The "from" of a toll's cause when the parse hung the toll's "to N" on a gerund
    inside it ("raised the toll from the dam bursting to 19", "the toll from the mine
    flooding to 12"): the "from" token, which hangs on the toll or its light verb; else None."""
    if not (t.dep_ == "prep" and t.lower_ == "to" and h.tag_ == "VBG"):
        return None
    if h.dep_ in ("advcl", "xcomp", "conj") and h.head.lemma_.lower() in LIGHT_VERBS:
        # the gerund hung on the light verb itself, right after its "from" phrase
        return next((c for c in h.head.children if c.dep_ == "prep" and c.lower_ == "from"
                     and c.right_edge.i == h.i - 1), None)
    if h.dep_ not in ("acl", "pcomp", "pobj"):
        return None
    a = h
    for _ in range(3):
        a = a.head
        if a.lower_ == "from" and a.dep_ == "prep":
            top = a.head
            if (top.pos_ == "NOUN" and _measure_word(top) not in (None, "participants")) or (
                    top.pos_ == "VERB" and top.lemma_.lower() in LIGHT_VERBS):
                return a
            return None
        if a.dep_ not in ("pobj", "compound", "acl"):
            return None
    return None


def _measure_above(counted, anchor) -> str | None:
    """The measure the heads above the counted noun give: "were killed", "died",
    "brings the death toll to". "other" when the number counts something else (the
    speakers of a reporting verb, what a verb that is no casualty verb acted on);
    None when the nearest casualty word of the sentence may decide."""
    t = counted
    crossed_report = False
    fall_back = True  # may the nearest casualty word of the sentence decide?
    generic = counted.lemma_.lower() in GENERIC_COUNT
    for _ in range(6):
        h = t.head
        if h == t:
            break
        if t.dep_ == "pobj" and h.dep_ == "agent":
            # who did it: "were killed by 12 gunmen" counts no dead; "attended by 600 guests"
            # counts those who came
            verb = h.head
            if is_person_like(counted) and _measure_word(verb) == "participants" and not _on_duty(counted):
                return "participants"  # not "the march was attended by hundreds of police": its cordon
            return "other"
        if t in (counted, anchor) and _in_company(t, counted):
            return "participants"  # "flew to the final with dozens of supporters", "met with 40 farmers"
        frm = _toll_source(t, h)
        if frm is not None:  # "the toll from the bridge collapsing to 19": the parse hung "to" on the gerund
            m = _measure_word(frm.head)
            if m and frm.head.pos_ == "NOUN":
                return m
            t = frm
            continue
        if h.lower_ in TRANSPARENT:  # "45 died, including 12 children"
            t = h
            continue
        if t.dep_ == "pobj" and h.lower_ in PLACE_TIME_PREPS:
            return "other"  # "killed ... in three states": where, not whom
        if h.pos_ in ("VERB", "AUX"):
            for c in h.children:  # "were missing", "were left dead", "were shot dead"
                if c.dep_ in ("acomp", "oprd", "xcomp") and c != t and _measure_word(c):
                    return _measure_word(c)
        if t.dep_ == "prep" and t.lower_ == "with" and h.pos_ == "VERB" and counted != anchor and not (
                is_person_like(counted) or counted.ent_type_ == "PERSON"):
            return "other"  # "fled with dozens of goats", "with 40 years of experience": what they had, no one hurt
        m = _measure_word(h)
        if m and h.pos_ in ("VERB", "ADJ", "NOUN", "AUX"):
            if t.dep_ == "nsubj" and h.pos_ == "VERB" and m in AGENT_MEASURES and h.lemma_.lower() not in CARE_VERBS + INJURY_VERBS \
                    and any(c.dep_ == "dobj" for c in h.children):
                return "other"  # "two gunmen killed three guards": the subject did it, the object suffered it
            if m == "participants" and h.pos_ == "VERB" and t.dep_ == "prep" and t.lower_ not in TRANSPARENT:
                return "other"  # behind a preposition of a gathering verb ("rallied for 12 teachers"): not there
            if m == "participants" and h.pos_ == "VERB" and t.dep_ == "dobj" and not is_person_like(counted):
                return "other"  # "attended nine hearings": the occasions, not those who came
            if m == "participants" and h.pos_ == "VERB" and t.dep_ == "nsubj" and t in (counted, anchor) and (
                    not is_person_like(counted) or (h.lemma_.lower() == "gather" and any(
                        c.dep_ in ("dobj", "prt") for c in h.children))):
                return "other"  # "fifty lorries gathered", "officers gathered evidence": no crowd
            return m
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and h.pos_ in ("VERB", "AUX"):
            break  # "..., and 40 schools stayed shut": the count is of its own clause
        if h.pos_ in ("VERB", "AUX"):
            lemma = h.lemma_.lower()
            if lemma == "be" and t.dep_ in ("nsubj", "prep"):
                state = _state_measure(h, counted)
                if state:
                    return state
                if t.dep_ == "prep" and t.lower_ not in ("at", "to", "around", "about"):
                    return "other"  # "the guests were of six faiths": of what kind, not how many
            if t.dep_ == "nsubj" and is_person_like(counted) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in COLLECTIVE_ACTIONS for c in h.children):
                return "participants"  # "300 fighters launched an assault": those who took part
            if t in (counted, anchor) and t.dep_ == "nsubj" and is_person_like(counted) and (
                    _attends(h) or _present_at(h, counted, anchor)):
                return "participants"  # "about 1,200 came to the rally" (not "the pensioner, 81, came")
            if lemma in LIGHT_VERBS:
                for c in h.children:
                    if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c != t:
                        for u in c.subtree:
                            if _measure_word(u):
                                if _measure_word(u) == "participants" and _on_duty(counted):
                                    return "other"  # "the march brought hundreds of riot police": its cordon
                                return _measure_word(u)
                        if c.lemma_.lower() in GENERIC_COUNT:
                            generic = True  # "put the total at/between ..."
                t = h
                continue
            if lemma in REPORT_VERBS:
                crossed_report = t.dep_ in ("nsubj", "nsubjpass") and (t == counted or t == anchor)
                break
            # a verb that says what happened, and it is no casualty verb:
            # "prompted 150,000 to seek higher ground", "destroyed 40 homes"
            fall_back = generic
            break
        t = h
    if crossed_report and t.dep_ == "nsubj" and _reports_a_clause(t.head):
        # "two of them said (that) ...": the active subject of a reporting verb that reports
        # a clause counts the speakers, no figure of the story (not "64 trains were halted",
        # "nine of them spoke for an hour", "30 deputies announced a boycott")
        return SPEAKERS
    if crossed_report or not fall_back:
        return "other"
    return None


def _reports_a_clause(verb) -> bool:
    """A reporting verb used to report: a clause under it, or it stands beside the clause
    it reports ("Rain fell all night, three of the wardens told us.")."""
    kids = list(verb.children)
    subj = [c for c in kids if c.dep_ == "nsubj" and c.i < verb.i]
    if not subj or any(u.pos_ not in ("ADV", "AUX", "PART") for u in verb.doc[subj[0].right_edge.i + 1:verb.i]):
        return False  # the subject's phrase must end at the verb
    if any(u.text == "," for u in subj[0].subtree):
        return False  # a list parsed as the subject ("nine crates, two vans and a boat, the paper wrote")
    return verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis") for c in kids)


AGENT_MEASURES = ("killed", "injured", "arrested")
FREQUENCY_NOUNS = ("time", "occasion")
SPEAKERS = "speakers"  # internal: the number counts who said it ("two of the officials said"); dropped
IDENTIFYING = ("identify", "name", "release", "return", "repatriate")
PRESENCE_WORDS = ("inside", "present", "there")  # "aboard" is a load, not a crowd: see _aboard
COMPANY_VERBS = words("company_verbs")  # "flew to the final with dozens of supporters"
VICTIM_NOUNS = ("victim",)  # counted by what befell them: "victims of the massacre" were killed


FILL_VERBS = ("pack", "fill", "cram", "jam", "crowd", "throng")


CASUALTY_MEASURES = ("killed", "injured", "missing", "displaced", "arrested")
# "none of the 40", "neither of the two", "not one of the 300", "not a single one of the 12"
NONE_OF = re.compile(r"\b(?:none|neither|not\s+(?:a\s+single\s+)?one|not\s+any)\s+of\s+"
                     r"(?:the|its|their|his|her|our|these|those|all)?\s*$", re.I)


def _negated_count(doc, anchor, counted, measure) -> bool:
    """A casualty said not to have happened to the counted people: the number is the
    object of "none of"/"neither of"/"not one of" ("none of the 40 passengers were
    hurt"), or the verb above the count is negated ("the 40 passengers were not hurt",
    "12 guards were never arrested"), or a casualty noun of the same measure has "no" and
    the count is under it or in its own clause ("no injuries among the 40 passengers";
    not "four were killed, and no injuries were reported at the school", nor "no
    arrests were made, although 14 were detained"). Then the number counts the people,
    not the casualty: a flipped negation is worse than a gap."""
    first = min(t.i for t in (anchor, counted))
    left = doc[max(0, first - 8):first]
    lo = left[0].idx if len(left) else doc[first].idx
    if NONE_OF.search(doc.text[lo:doc[first].idx]):
        return True
    if anchor.lower_ == "one" and re.search(r"\bnot\s+(?:a\s+single\s+|even\s+)?$", doc.text[lo:anchor.idx], re.I):
        return True  # "not one of the 30 crew was injured": nobody was
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.pos_ == "VERB" and any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("none", "neither", "nobody") or (
                c.lower_ == "one" and any(n.dep_ == "neg" for n in c.children)))
            for c in counted.head.head.children):
        return True  # "Of the 200 workers, none were hurt": a fronted partitive under "none"
    t = counted
    for _ in range(6):
        h = t.head
        if h == t:
            break
        if h.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "neg" for c in h.children) or (
                    _failed_attempt(h) and WORD_MEASURE.get(h.lemma_.lower()) == measure):
                return True
            if h.dep_ == "conj" and any(c.dep_ == "neg" for c in h.head.children) and h.head.pos_ == "VERB":
                return False  # the negation is of the first conjunct's own clause
            break
        t = h
    own = _clause_verb(counted)
    return any(c.dep_ == "det" and c.lower_ == "no" and (counted in u.subtree or _clause_verb(u) == own)
               for u in doc if WORD_MEASURE.get(u.lemma_.lower()) == measure and u.pos_ == "NOUN"
               and u.lower_ not in WEAK_WORDS for c in u.children)


def _other_animals(doc, anchor, counted) -> bool:
    """"others" (or "one of them") counting on from animals named before it in the sentence,
    with no person noun between: "left one dog dead and two others injured"."""
    if counted.lower_ not in ("others", "them") and not (counted == anchor and anchor.lower_ == "one"):
        return False
    for t in reversed(doc[:anchor.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() in ANIMALS:
            return True
        if t.pos_ in ("NOUN", "PROPN", "PRON") and (is_person_like(t) or t.ent_type_ == "PERSON"):
            return False
    return False


def _failed_attempt(verb) -> bool:
    """The act was tried and did not take place: "failed to evacuate", "were unable to
    evacuate", "were not able to arrest" (the verb is the infinitive of a failure). Only
    for the verb that gives the measure: "failed to protect three others who were killed"
    counts the dead."""
    if verb.dep_ != "xcomp":
        return False
    above = verb.head
    if above.lemma_.lower() in ("fail", "unable"):
        return True
    return above.lemma_.lower() == "able" and (
        any(c.dep_ == "neg" for c in above.children) or any(c.dep_ == "neg" for c in above.head.children))


def _clause_verb(t):
    """The nearest verb above `t` (or `t` itself): the head of its clause."""
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head == t:
            return t
        t = t.head
    return t


PRESENCE_VERBS = words("presence_verbs")  # "dozens assembled", "a crowd congregated"
# people counted by a state they are in, not by having come together: waiting hostages or
# standing passengers are no crowd
STATUS_NOUNS = ("hostage", "passenger", "prisoner", "inmate", "detainee", "captive", "patient", "driver",
                "resident", "crew", "commuter", "worker", "employee", "staff", "pupil", "student")


def _present_at(verb, counted, anchor) -> bool:
    """A crowd that came together: a verb of gathering (lexicon presence_verbs: "assembled",
    "congregated"), not negated, with no object and no particle, whose subject counts
    people who are no status ("dozens of mourners assembled", "about 300 congregated"; not
    "twelve hostages assembled", "officers gathered evidence", "fifty trucks converged")."""
    kids = list(verb.children)
    if verb.lemma_.lower() not in PRESENCE_VERBS or any(
            c.dep_ in ("neg", "xcomp", "acomp", "oprd", "dobj", "prt") for c in kids):
        return False
    if counted == anchor:
        return True  # a bare count: "about 300 congregated"
    return is_person_like(counted) and counted.lemma_.lower() not in STATUS_NOUNS


def _in_company(t, counted) -> bool:
    """People with whom the subject acts: the object of "with" on a verb that names no
    casualty ("met with 40 farmers", "rode in with a guide and 30 hikers",
    a conjunct sharing the "with"). Not "a bus with 40 passengers" (on a noun), "with
    30 injured" (a casualty word on the counted noun)."""
    if counted.lemma_.lower() in GENERIC_COUNT:
        return False  # "swapped 7 worn tyres with 9 new ones": "ones" is no person
    if t.dep_ == "conj" and t.head.dep_ == "pobj":
        t = t.head
    h = t.head
    if not (t.dep_ == "pobj" and h.lower_ == "with" and (is_person_like(counted) or counted.lemma_.lower() in
                                                         COMPANY_PEOPLE) and counted.pos_ in ("NOUN", "PROPN")
            and not any(_measure_word(c) for c in counted.children)):
        return False
    verb = h.head if h.head.pos_ == "VERB" else _misattached_company(h, counted)
    if verb is None:
        return False
    own = _subjects(verb)
    if own and own[0].dep_ == "nsubjpass":
        return False  # "was buried with two aides and 20 soldiers": what befell them, no company
    subj = _doers(verb)
    if subj and _thing(subj[0]):
        return False  # "the ship returned with 40 crew", "was seen returning with ...": a load, no company
    if subj and h.i < subj[0].i:
        return False  # "With 3 million residents, the province ranks ...": what it has, no company
    if verb.lemma_.lower() not in COMPANY_VERBS or _aboard(counted):
        return False  # "lodges with his three cousins", "foundered with 70 riders aboard": no company
    # a verb of gathering is company too ("marched with hundreds of her supporters"); a casualty verb is not
    return _measure_word(verb) in (None, "participants")


def _misattached_company(with_, counted):
    """The verb a "with" phrase of people belongs to when the parser hung it on a noun of
    that verb's object (fictional: "she inspected the damaged roof of the depot with a
    dozen of her engineers"): the people carry "his"/"her", a possessor no thing can be,
    so they are the company of a person, and every noun from the "with" up to the verb
    (through "of"/"in" phrases and the object) is no person (else it may be the
    possessor: "met the widow with dozens of her relatives"). Only the plain climb to the
    verb; that verb's own subject must be a person ("he"/"she", a person entity or a
    person noun). None otherwise: "a school with hundreds of its pupils", "a bus with
    dozens of passengers" say what a thing holds, no company."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in counted.children):
        return None
    t = with_.head
    for _ in range(8):
        if t.pos_ == "VERB":
            break
        if t.pos_ not in ("NOUN", "PROPN", "ADP") or (t.pos_ != "ADP" and (
                is_person_like(t) or t.ent_type_ in ("PERSON", "NORP"))) or t.head == t or \
                t.dep_ not in ("pobj", "prep", "dobj", "compound"):
            return None
        t = t.head
    else:
        return None
    subj = _doers(t)
    return t if subj and _one_or_more_people(subj[0]) else None


def _thing(t) -> bool:
    """A subject that carries people rather than keeping company with them: "it", or a
    vehicle or vessel (lexicon carrier_nouns: "the ship returned with 40 crew")."""
    if t.pos_ == "PRON":
        return t.lower_ == "it"
    return t.lemma_.lower() in CARRIERS or t.lower_ in CARRIERS


def _subjects(verb):
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _doers(verb):
    """Who does what `verb` says: its own subject; for a complement clause without one,
    its controller, as enhanced dependencies read it (the object of the verb the clause
    hangs on when that verb has one, "saw him marching with ...", else that verb's
    subject, "was seen marching with ...", "began marching with ..."); a conjoined verb
    without a subject shares its first's ("arrived and prayed with ...")."""
    v = verb
    for _ in range(4):
        subj = _subjects(v)
        if subj or v.head == v:
            return subj
        if v.dep_ == "xcomp" and v.head.pos_ in ("VERB", "AUX"):
            objs = [c for c in v.head.children if c.dep_ == "dobj"]
            if objs:
                return objs
        elif not (v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX")):
            return []
        v = v.head
    return []


ABOARD = ("aboard", "onboard")


def _aboard(counted) -> bool:
    """People said to be aboard ("70 riders aboard", "9 crew on board"), or the
    first of a list whose last is ("70 riders and 9 crew aboard"): the load of a
    vessel or vehicle, no crowd and no company."""
    heads = [counted] + [c for c in counted.children if c.dep_ == "conj"]
    for t in heads:
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ in ABOARD:
                return True
            if c.dep_ == "prep" and c.lower_ == "on" and any(
                    p.dep_ == "pobj" and p.lower_ == "board" for p in c.children):
                return True
    return False


def _attends(verb) -> bool:
    """A verb of turning up (lexicon attendance_verbs) whose goal is an occasion or a
    venue: "came to the rally", "flocked to the funeral", "packed the square", "crammed
    into the hall", "turned out", "showed up". Not "came to 2,300 dollars" (the number
    is no subject there), "came to the city" (no occasion), "filled the orders"."""
    lemma = verb.lemma_.lower()
    if lemma not in ATTENDANCE_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    kids = list(verb.children)
    if lemma in ("turn", "show"):
        return any(c.dep_ == "prt" and c.lower_ == ("out" if lemma == "turn" else "up") for c in kids)
    goals = [p for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "for", "into", "in", "onto", "at")
             for p in c.children if p.dep_ == "pobj"]
    if lemma in FILL_VERBS:
        goals += [c for c in kids if c.dep_ == "dobj"]
        return any(g.lemma_.lower() in VENUES | GATHERINGS or g.lower_ in VENUES for g in goals)
    return any(g.lemma_.lower() in GATHERINGS or (lemma != "come" and g.lower_ in VENUES) for g in goals)


# -- counts of people who take part -----------------------------------------------------
# Hand-written: no library reads who took part in an occasion from a dependency parse.
JOINING_VERBS = words("joining_verbs")  # "dozens of nurses joined the picket", "was joined by"
GREETING_VERBS = words("greeting_verbs")  # "was greeted by hundreds of fans"
AUDIENCE_VERBS = words("audience_verbs")  # "addressed thousands of supporters"
DRAWING_VERBS = words("drawing_verbs")  # "the vigil drew hundreds of students"
DOC_NOUNS = words("doc_nouns")  # "letter", "message": what is addressed to someone
SIGNED_DOCUMENTS = words("signed_documents")  # "scores of lawmakers signed the letter"
PROTEST_VERBS = words("protest_verbs")  # "hundreds of students protested outside the embassy"
OCCASIONS = GATHERINGS | words("occasion_extra") | COLLECTIVE_ACTIONS  # what one joins or is on
DRAWING_OCCASIONS = GATHERINGS | words("occasion_extra")  # what draws a crowd: not "the attack drew police"
COMPANY_PEOPLE = words("company_people")  # "colleagues", "aides", "fans": people, whatever their ending
NO_PARTY = words("no_party_nouns")  # victims, hostages, patients: never a crowd that took part
MEMBERSHIPS = words("membership_nouns")  # "joined the company", "joined the rebels": enlisted, not taking part
DEMANDS = words("demand_nouns")  # "joined the call for": no occasion
ON_DUTY = words("on_duty_nouns")  # police, medics at an occasion: its escort, never its crowd
WORKER_NOUNS = words("worker_nouns")  # "1,900 workers had stayed away": strikers
WORKPLACES = frozenset({"work", "job", "plant", "factory", "shift", "depot", "site", "mine", "yard", "warehouse"})
FACTUAL_HEADS = words("factual_heads")  # "began to march": it happened


PARTY_NOUNS = words("party_nouns")  # "a delegation of 40", "his 300-strong entourage"


def _group_size(counted, anchor) -> bool:
    """The number is the size of a body of people that came together: the object of "of"
    on such a noun ("a delegation of dozens of farmers", "an entourage of 300 people",
    "a congregation of several hundred"), or the number of a "N-member" / "N-strong" such
    noun ("her 35-member delegation"). Not a number the noun merely sits near ("one of
    the helicopters that flew him and his entourage")."""
    top = _phrase_top(anchor, counted)
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in PARTY_NOUNS:
        return counted == anchor or _party_noun(counted, anchor) or counted.lemma_.lower() in GENERIC_COUNT
    return counted.lemma_.lower() in PARTY_NOUNS and any(
        c.lower_ in ("member", "strong") and c.i == anchor.i + 2 and c.doc[anchor.i + 1].text == "-"
        for c in counted.children) or (counted.lemma_.lower() in ("member",) and counted.head.lemma_.lower() in
                                       PARTY_NOUNS and counted.i == anchor.i + 2)


def _a_count(t) -> bool:
    """A number or a vague quantity ("4,000", "hundreds"), or a noun a number counts."""
    return t.pos_ == "NUM" or t.lemma_.lower() in SCALE_WORDS or any(c.dep_ == "nummod" for c in t.children)


def _gathers(verb) -> bool:
    """A verb of coming together that names participants ("rallying", "marching"), not
    negated, and not "gathering evidence" / "gathered up" (an object or a particle)."""
    if _measure_word(verb) != "participants" or any(c.dep_ == "neg" for c in verb.children):
        return False
    return verb.lemma_.lower() != "gather" or not any(c.dep_ in ("dobj", "prt") for c in verb.children)


def _party_noun(counted, anchor) -> bool:
    """The counted noun is people who may take part ("dozens of his colleagues", "hundreds
    of fans"), or there is no noun ("hundreds joined the march"); not a victim or a hostage.
    `anchor` None: only whether the noun is people."""
    if counted == anchor:
        return True
    lemma = counted.lemma_.lower()
    if lemma in NO_PARTY or counted.lower_ in NO_PARTY:
        return False
    return counted.pos_ in ("NOUN", "PROPN") and (
        is_person_like(counted) or lemma in COMPANY_PEOPLE or counted.lower_ in COMPANY_PEOPLE
        or (lemma in ROLE_NOUNS and lemma != "source") or counted.ent_type_ == "NORP")


def _happened(verb) -> bool:
    """The verb states something that took place: not negated, not under a modal or a
    condition ("could join", "if hundreds march"), not an infinitive or gerund hung on a
    plan, a wish or a refusal ("are expected to join", "refused to sign")."""
    if any(c.dep_ == "neg" for c in verb.children) or _unreal(verb):
        return False
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FACTUAL_HEADS and _happened(verb.head)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in FACTUAL_HEADS:
        return False  # "were seen marching": what someone saw, told by another verb
    return True


def _phrase_top(anchor, counted):
    """The token of the counted phrase that hangs on the clause: "dozens" in "dozens of
    nurses", "nurses" in "several hundred nurses"; a conjunct stands for its first
    conjunct's role ("the mayor and dozens of shopkeepers joined ...")."""
    top = anchor if counted != anchor and anchor.is_ancestor(counted) else counted
    while top.dep_ == "conj" and top.head != top and top.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        top = top.head
    return top


PERSON_WORDS = words("role_person_words")  # "the candidate", "the couple": people, whatever their ending


def _one_or_more_people(t) -> bool:
    """A person or people: a personal pronoun ("he", "them"), a person entity, a person
    or role noun ("the mayor", "the candidate": their endings say nothing). Not "it",
    "they" (may be a body), an organisation or place, a name the tagger gave no entity
    type, or a common noun for a thing ("the storm")."""
    if t.pos_ == "PRON":
        return t.lower_ in ("he", "she", "him", "her", "them", "us", "me")
    if t.ent_type_ == "PERSON" or t.i in t.doc.user_data.get(PERSON_TOKENS, ()):
        return True
    return t.pos_ == "NOUN" and (is_person_like(t) or t.lemma_.lower() in ROLE_NOUNS | COMPANY_PEOPLE
                                 or t.lemma_.lower() in PERSON_WORDS)


# doc.user_data key: tokens of the sentence that the entities stage knows as a person,
# though the parser gave them no type (a surname alone, read against the cluster's full names)
PERSON_TOKENS = "newsbrief.figures.person_tokens"


def _mark_people(brief, sentence_id, doc) -> None:
    spans = [(a, b) for a, b, _t, e in brief.index.mentions_in(sentence_id)
             if (ent := brief.index.entity(e)) is not None and ent.type == "PERSON"]
    doc.user_data[PERSON_TOKENS] = frozenset(t.i for t in doc for a, b in spans if a <= t.idx < b)


def _an_occasion(t) -> bool:
    return t.lemma_.lower() in OCCASIONS or t.lower_ in OCCASIONS


def _joins_an_occasion(verb) -> bool:
    """"joined the picket", "joined in the protest", "joined the minister", "joined them":
    the goal is an occasion or people; not an employer, a force or a body one enlists in
    ("joined the company", "joined the army"), nor a named organisation or place, nor a
    stance shared ("joined him in condemning the move", "in calling for an inquiry");
    a place ("in Orsk") does not matter."""
    ins = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
           if p.dep_ in ("pobj", "pcomp")]
    if any((p.dep_ == "pcomp" or p.tag_ == "VBG") and not (_gathers(p) or p.lemma_.lower() in PROTEST_VERBS)
           for p in ins):
        return False  # "joined him in condemning the move", "in calling for an inquiry": a stance shared
    goals = [c for c in verb.children if c.dep_ == "dobj"]
    goals += [p for p in ins if p.dep_ == "pobj"]
    if not goals:
        return False
    g = goals[0]
    if g.lemma_.lower() in MEMBERSHIPS or g.lower_ in MEMBERSHIPS or g.ent_type_ in ("ORG", "GPE", "FAC", "LOC"):
        return False
    if g.lemma_.lower() in DEMANDS and any(
            (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")
            for c in g.children):
        return False  # "joined the call for an inquiry", "joined calls to resign": a demand, not a phone call
    return _an_occasion(g) or _one_or_more_people(g)


def _accompanies(verb) -> bool:
    """"accompanied the minister", "flanked the coffin": an object that is no organisation."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and objs[0].ent_type_ not in ("ORG", "GPE")


def _signed_together(verb) -> bool:
    """"signed the letter", "signed an open letter": a document people sign together."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in SIGNED_DOCUMENTS or c.lower_ in SIGNED_DOCUMENTS)
               for c in verb.children)


def _subject_takes_part(verb) -> bool:
    """The subject of `verb` took part: joined an occasion or people, accompanied someone,
    signed a letter together, protested with no object, walked out, went on strike,
    dialled into a call, or was on a call / in an audience / among a crowd."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if any(c.dep_ == "nsubjpass" for c in kids):
        return False
    if lemma in ("join", "rejoin"):
        return _joins_an_occasion(verb)
    if lemma in JOINING_VERBS:
        return _accompanies(verb)
    if lemma in GREETING_VERBS:  # "hundreds of fans greeted the coach": a crowd at an arrival
        objs = [c for c in kids if c.dep_ == "dobj"]
        return bool(objs) and _one_or_more_people(objs[0])
    if lemma == "sign":
        return _signed_together(verb)
    if lemma in PROTEST_VERBS:
        return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in kids)
    if lemma == "walk":
        if any(w == "off" and p.lemma_.lower() in ("job", "work") for w, p in
               ((c.lower_, p) for c in kids if c.dep_ in ("prep", "prt") for p in c.children if p.dep_ == "pobj")):
            return True  # "walked off the job": a strike
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in kids) and not any(
            c.dep_ == "prep" and c.lower_ == "on" for c in kids)  # not "walked out on his family"
    preps = [(c.lower_, p) for c in kids if c.dep_ in ("prep", "prt") for p in c.children if p.dep_ == "pobj"]
    if lemma in ("go", "come", "remain", "stay", "be"):  # "went on strike", "remained on strike", "are on strike"
        if any(w == "on" and p.lemma_.lower() == "strike" and not any(d.dep_ == "det" for d in p.children)
               for w, p in preps):
            return True  # not "were on the strike committee" (a det: "the strike" as a thing)
        if lemma in ("go", "come"):
            return False
    if lemma == "stay" and any(c.dep_ in ("advmod", "prt") and c.lower_ == "away" for c in kids):
        # "1,900 workers had stayed away (from work)": a strike; not "voters stayed away"
        workers = any(c.dep_ == "nsubj" and c.lemma_.lower() in WORKER_NOUNS for c in kids)
        return workers and all((w in ("from", "at") and p.lemma_.lower() in WORKPLACES)
                               or p.ent_type_ in ("DATE", "TIME") for w, p in preps)  # "on Tuesday" is when
    if lemma in ("stop", "down", "lay") and not any(c.dep_ == "nsubjpass" for c in kids):
        objs = [c for c in kids if c.dep_ == "dobj"]  # "stopped work", "downed tools", "laid down their tools"
        return bool(objs) and objs[0].lemma_.lower() in ("work", "tool") and not any(
            (d.dep_ in ("det", "poss", "amod", "compound") and d.lower_ not in ("their", "his", "her"))
            or (d.dep_ == "prep" and d.lower_ == "on") for d in objs[0].children) and not any(
            c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
                                                          for p in c.children)
            for c in kids)  # not "stopped work on the bridge" (a halt); "on Monday" is when
    if lemma in ("call", "dial", "phone", "log"):
        return any(w in ("into", "in", "to", "on") and _an_occasion(p) and p.lemma_.lower() in ("call", "meeting", "session",
                                                                                            "hearing", "conference")
                   for w, p in preps)
    if lemma == "be":
        return any(w in ("on", "in", "among") and _an_occasion(p) and p.lemma_.lower() not in COLLECTIVE_ACTIONS
                   for w, p in preps)
    return False


def _on_duty(counted) -> bool:
    """Police, soldiers, guards, medics: at an occasion to guard or treat it ("police
    officers", "security guards")."""
    return counted.lemma_.lower() in ON_DUTY or counted.lower_ in ON_DUTY or any(
        c.dep_ == "compound" and c.lemma_.lower() in ON_DUTY for c in counted.children)


def _takes_part(counted, anchor) -> bool:
    """A count of people (vague, as news writes crowds: "dozens of", "a handful of",
    "several", or exact) who took part in an occasion or kept someone company, read
    from the clause around it (called only when nothing else gave a measure; a count
    of one is no crowd):
    the subject of a verb of joining, protesting or signing ("dozens of nurses joined the
    picket", "scores of lawmakers signed the letter", "hundreds of students protested"),
    the agent of a passive of joining or greeting ("was joined by dozens of shopkeepers",
    "was greeted by hundreds of fans"), the object of addressing an audience ("addressed
    thousands of supporters"), of an occasion drawing people ("the vigil drew hundreds of
    students") or of leading people in a collective action ("led dozens of colleagues in a
    walkout"). Never people counted by what befell them (victims, hostages), a verb that
    did not happen (negated, modal, planned), a count of things, or the speakers of a
    reporting verb (no such verb is in these lists)."""
    if not _party_noun(counted, anchor) or (anchor.like_num and anchor.lower_ in ("one", "1")):
        return False  # "joined by one of the men": one person is no crowd
    top = _phrase_top(anchor, counted)
    h = top.head
    if _on_duty(counted):
        verb = h.head if top.dep_ == "pobj" and h.dep_ == "agent" else h
        if verb.lemma_.lower() not in {"join", "rejoin", "sign", "go", "come", "walk"} | PROTEST_VERBS:
            return False  # "was accompanied by three officers", "the vigil drew dozens of police"
    if top.dep_ == "ROOT":  # "Hundreds of students protested ..." parsed with the verb on "Hundreds"
        verbs = [c for c in top.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
                 and not _subjects(c)]
        if not verbs:
            return False
        return _happened(verbs[0]) and _subject_takes_part(verbs[0])
    if h == top:
        return False
    if top.dep_ == "nsubj" and h.pos_ in ("VERB", "AUX"):
        return _happened(h) and _subject_takes_part(h)
    if top.dep_ == "pobj" and h.lower_ == "by" and h.dep_ == "agent":
        verb = h.head
        lemma = verb.lemma_.lower()
        if not _happened(verb):
            return False
        if lemma in JOINING_VERBS and any(_a_count(c) for c in _subjects(verb) + [verb.head] if c != verb):
            return False  # "the 600 migrants were accompanied by 1,400 relatives": a crowd's kin, no occasion
        if lemma in JOINING_VERBS or lemma in GREETING_VERBS or _measure_word(verb) == "participants":
            return True  # "joined by", "greeted by", "the hearing was attended by several growers"
        return lemma == "sign" and (verb.head.lemma_.lower() in SIGNED_DOCUMENTS or any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in SIGNED_DOCUMENTS for c in verb.children))
    if top.dep_ == "dobj" and h.pos_ == "VERB" and _happened(h) and counted != anchor:
        lemma = h.lemma_.lower()
        if lemma in AUDIENCE_VERBS:  # not "addressed dozens of letters to the council": sent, no audience
            return not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in h.children) and not (
                counted.lemma_.lower() in SIGNED_DOCUMENTS | DOC_NOUNS)
        if lemma in DRAWING_VERBS:
            subj = _subjects(h)
            return bool(subj) and (subj[0].lemma_.lower() in DRAWING_OCCASIONS or subj[0].lower_ in DRAWING_OCCASIONS)
        if lemma == "lead":
            return any(c.dep_ == "prep" and c.lower_ in ("in", "on") and _an_occasion(p)
                       for c in h.children for p in c.children if p.dep_ == "pobj")
    return False


def _state_measure(verb, counted) -> str | None:
    """What "N were <state>" counts when the state names no casualty: "were without
    power" counts something else; "were inside", "were at the concert" counts those
    present; any other place ("were in Orsk", "were on the bridge") says where they
    were, so the nearest casualty word ("during the shooting") may not decide, unless a
    casualty verb takes them back (_casualty_befalls).
    None when the state says nothing."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("without", "out of"):
            return "other"
        if is_person_like(counted) and (
                (c.dep_ in ("advmod", "acomp") and c.lower_ in PRESENCE_WORDS) or
                (c.dep_ == "prep" and (c.lower_ == "inside" or (c.lower_ == "at" and _at_a_place(c, counted))))):
            return "participants"
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "near")
              and not c.i <= counted.i <= c.right_edge.i]
    named = [u for c in places for p in c.children if p.dep_ == "pobj"
             for u in [p, *(m for m in p.children if m.dep_ in ("amod", "compound"))]]  # not "the moment of the blast"
    if places and not any(_measure_word(u) or u.lemma_.lower() in CARE_PLACES for u in named) \
            and not _casualty_befalls(verb, counted):
        return "other"  # "were in a cafe during the shooting": where they were, no casualty of theirs
    return None


# who a casualty verb later in the sentence may be about: the people "N were in X" counted
BACK_REFERENCES = ("them", "they", "all", "both", "everyone", "who")


def _casualty_befalls(verb, counted) -> bool:
    """Whether a casualty VERB or adjective of the sentence (not a noun like "death",
    "shooting", "blast": those name a happening, not who it hit) takes as an argument
    the counted people, a word referring back to them ("them", "all", "all of them"),
    or is a conjunct of "were" with no subject of its own ("were in the house and were
    killed"). Then "N were in X" may still count casualties and the nearest casualty
    word decides. Not "were in the church when the bomb exploded, killing 12" (the
    dead are a number of their own)."""
    for t in verb.doc:
        m = _measure_word(t)
        if not m or m in ("participants", "other") or t.pos_ not in ("VERB", "ADJ") or t.i == verb.i:
            continue
        if t.dep_ == "conj" and t.head == verb and not _subjects(t):
            return True
        args = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if t.dep_ == "acomp" or t.pos_ == "ADJ":
            args += _subjects(t.head)
        for a in args:
            if a == counted or a.i == counted.i:
                return True
            if a.lower_ in BACK_REFERENCES:
                return True
            if a.pos_ in ("DET", "PRON") and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.lower_ in ("them", "those") for p in c.children) for c in a.children):
                return True  # "all of them died"
    return False


# what people are "in" that makes them casualties: "in intensive care", "in custody", "in a coma"
CARE_PLACES = ("care", "condition", "hospital", "clinic", "custody", "coma", "shock", "icu", "surgery")


# what "at" takes that is no place anyone is present at: "at times", "at odds", "at risk",
# "at the time", "at least", "at home", "at work", "at war"
AT_NO_PLACE = ("time", "moment", "point", "odds", "risk", "least", "most", "first", "last", "once", "age", "end",
               "start", "beginning", "stage", "home", "work", "war", "peace", "large", "fault", "pains", "loss",
               "mercy", "ease", "liberty", "hand", "heart", "all", "issue", "stake", "helm", "wheel")


def _at_a_place(prep, counted) -> bool:
    """An "at" phrase of "N were at ..." that names where they were: not the phrase the
    number itself sits in ("At 31, she was ...": an age), not a pronoun ("is at it again"),
    a time or a number, nor an idiom's noun (AT_NO_PLACE: "were at odds", "were in the
    yard at the moment")."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    if not objs or prep.i <= counted.i <= prep.right_edge.i:
        return False
    p = objs[0]
    return not (p.pos_ in ("PRON", "NUM") or p.ent_type_ in ("DATE", "TIME", "CARDINAL")
                or p.lemma_.lower() in AT_NO_PLACE or p.lower_ in AT_NO_PLACE)


def _nearest_casualty(doc, anchor) -> str:
    """The last resort: the casualty word of the sentence nearest the number."""
    best = None
    for t in doc:
        m = _measure_word(t)
        if m and m != "participants" and t.i != anchor.i and t.lower_ not in WEAK_WORDS:
            d = abs(t.i - anchor.i)
            if best is None or d < best[0]:
                best = (d, m)
    return best[1] if best else "other"


def _np_text(t, after: int = -1):
    """The counted noun with its modifiers, those after token `after` (the number: "twin"
    in "twin car bombs" is an adjective the noun holds, not what is counted)."""
    after = after if after < t.i else -1  # a number told after its noun ("the dead numbered 27") cuts nothing
    toks = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i > after] + [t]
    lo = min(x.i for x in toks)
    return t.doc[lo:t.i + 1].text


def _claim_for(brief, sentence_id, text):
    best = None
    for c in brief.index.claims_in(sentence_id):
        if text and text in (c.text or ""):
            return c
        if best is None and (c.speaker or c.speaker_text):
            best = c
    return best


ESTIMATE_VERBS = frozenset({"put", "estimate", "place", "peg", "set", "number"})  # "put the crowd at 9,000"


def _estimator(brief, sentence_id, doc, num):
    """(entity id or None, text) of who gives a figure by an estimating verb: "Organisers put
    the crowd at 12,000", "Police estimated the march at 3,000 people" -- the subject of
    put / estimate / place / peg / set whose "at" governs the number. The news formula
    of a rival estimate, which the claims stage reads as no claim (so a figure would
    otherwise take the sentence's other speaker: "..., while organisers said 12,000
    attended"). A pronoun subject, a passive, no subject: None (the claim's speaker
    stays). Hand-written over spaCy's parse: no library reads this formula."""
    toks = _tokens_in(doc, num.value_start, num.value_end)
    if not toks:
        return None
    t = toks[-1]
    for _ in range(3):  # "3,000" -> "people" -> "at", or "12,000" -> "at"
        if t.dep_ == "pobj" and t.head.lower_ == "at":
            break
        t = t.head
    else:
        return None
    verb = t.head.head if t.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in ESTIMATE_VERBS or t.head.dep_ != "prep" \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    # who estimates is a person, a body or people ("Organisers", "Police", "the Harbour
    # Guild"), not "The march set a record at 12,000" nor "The judge set the hearing at 10"
    if not (subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.lemma_.lower() in ORG_NOUNS
            or is_person_like(subj)) or subj.lemma_.lower() in ROLE_NOUNS and verb.lemma_.lower() == "set":
        return None
    first, last = subj.left_edge, subj
    text = doc.text[first.idx:last.idx + len(last)]
    eid = next((e for a, b, _t, e in brief.index.mentions_in(sentence_id) if e and a <= subj.idx < b), None)
    return eid, text


def _event_index(brief):
    index = {}
    for e in brief.events or []:
        for sid in e.sentences or []:
            index.setdefault(sid, e.id)
    return index


def _hyphen_person(doc, anchor) -> bool:
    """"a 12-member crew": the noun after the hyphen names people."""
    nxt = [t for t in doc if t.i > anchor.i and t.text != "-"][:1]
    return bool(nxt) and is_person_like(nxt[0]) and nxt[0].pos_ != "NUM"


def extract(doc):
    """Raw figures of one parsed sentence: list of dicts."""
    text = doc.text
    out = []
    for num in find_numbers(text):
        toks = _tokens_in(doc, num.value_start, num.value_end)
        if not toks:
            continue
        if not num.vague and num.unit is None and any(_date_like(t) for t in toks):
            continue
        anchor = toks[-1]
        if num.unit == "distance" and _layer_depth(text, num):
            measure, counted = "other", None  # "two feet of water": how much, not how far
        elif num.unit in ("money", "distance"):
            measure, counted = num.unit, None
        elif num.unit == "area":
            measure, counted = "other", None
        elif re.match(r"-[a-z]", text[num.value_end:num.value_end + 2]) and not _hyphen_person(doc, anchor):
            measure, counted = "other", None  # "a 12-truck crash": counts the trucks, whatever the crash did
        else:
            measure, counted = measure_of(doc, anchor)
            if measure == "other" and anchor.i >= 2 and doc[anchor.i - 2].ent_type_ == "DATE" \
                    and _run_on_count(anchor, anchor.i - 2):
                measure = _measure_after(anchor) or measure  # "on June 9 and 14 more were injured"
            if measure == "other" and num.value2_start is not None:
                toks2 = _tokens_in(doc, num.value2_start, num.end)
                if toks2:
                    measure, counted = measure_of(doc, toks2[-1])
        if measure == SPEAKERS:
            continue  # "..., three of the wardens told us": who told it, not what happened
        if measure == "other":
            if num.vague and (counted is None or counted.i == anchor.i or counted.pos_ != "NOUN"
                              or is_person_like(counted)):
                # "by the hundreds": nothing counted; "hundreds of onlookers lined the quay": people
                # in no role to reconcile. "dozens of lorries" is a count of lorries
                continue
            if num.word and not num.qualified and num.low == 1 and num.unit is None:
                continue  # "one of the advisers", "one week"
        out.append({"num": num, "measure": measure,
                    "counted": _np_text(counted, anchor.i) if counted is not None and counted != anchor else None})
    return out


LAYER_NOUNS = words("layer_nouns")
LAYER_OF = re.compile(r"^\s*[a-z]+\s+of\s+([a-z]+)(?:\s+([a-z]+))?", re.I)


def _layer_depth(text, num) -> bool:
    """A length unit of a layer ("an inch of rain", "two feet of fresh water"): a depth."""
    m = LAYER_OF.match(text[num.value_end:])
    return bool(m) and any((w or "").lower() in LAYER_NOUNS for w in m.groups())


ORDINAL_ONE = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def one_person_counts(doc, taken):
    """Casualties of one person named without a number: "a driver of the relief convoy
    was injured", "detained the fifth", "a sixth was wounded", "wounding a police sergeant",
    "a hiker ... drowned", "a ranger was hurt". The patient of a casualty verb that is a
    singular person noun under "a"/"an" (or an ordinal standing for a person) is a count
    of one; under negation, or already counted, it is none. `taken`: character spans of
    the sentence's number figures. Returns raw figures like `extract`."""
    from newsbrief.text.numbers import Number

    out = []
    for t in doc:
        if t.tag_ not in ("NN", "JJ", "CD") and not (t.lower_ in ORDINAL_ONE):
            continue
        dets = [c for c in t.children if c.dep_ == "det"]
        ordinal = t.lower_ in ORDINAL_ONE and not any(c.dep_ in ("pobj", "prep") for c in t.children)
        if not (ordinal or (dets and dets[0].lower_ in ("a", "an") and t.tag_ == "NN" and t.pos_ == "NOUN"
                             and (is_person_like(t) or t.lemma_.lower() in ROLE_NOUNS))):
            continue
        if ordinal and not dets:
            continue  # "in the third" without a determiner: not a person
        if t.lemma_.lower() in GENERIC_COUNT or t.lemma_.lower() in GROUP_NOUNS:
            continue  # "a total of 40 were killed", "a family was killed": no count of one person
        verb, role = _casualty_verb(t)
        if verb is None:
            continue
        measure = _one_measure(verb, role)
        if measure not in ("killed", "injured", "arrested", "missing"):
            continue
        if any(c.dep_ == "neg" for c in verb.children) or _unreal(verb):
            continue
        lo = dets[0].idx if dets else t.idx
        hi = t.idx + len(t)
        if any(a < hi and lo < b for a, b in taken):
            continue
        text = doc.text[lo:hi]
        num = Number(start=lo, end=hi, text=text, low=1, high=1, word=True, value_start=lo, value_end=hi)
        out.append({"num": num, "measure": measure, "counted": t.text})
    return out


def several_counts(doc, taken):
    """"several <people>" who took part ("several colleagues joined the call", "was joined
    by several aides"): the number grammar keeps "several" alone out (it is no count of
    anything by itself, and "several people were hurt" is left to the casualty words), so
    it becomes a vague count only where `_takes_part` reads a clause of taking part.
    `taken`: character spans of the sentence's other figures. Returns raw figures like
    `extract`."""
    from newsbrief.text.numbers import Number

    out = []
    for t in doc:
        if t.lower_ != "several" or t.dep_ not in ("amod", "nummod", "det", "nsubj", "dobj", "pobj"):
            continue
        if t.dep_ in ("nsubj", "dobj", "pobj"):  # "several of his aides"
            counted = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), t)
        else:
            counted = t.head
        if counted == t:
            continue  # a bare "several" ("several were hurt"): nothing says they are people
        lo, hi = t.idx, t.idx + len(t)
        if any(a < hi and lo < b for a, b in taken):
            continue
        if not _takes_part(counted, t):
            continue
        num = Number(start=lo, end=hi, text=t.text, low=None, high=None, vague=True, word=True,
                     value_start=lo, value_end=hi)
        out.append({"num": num, "measure": "participants", "counted": re.sub(r"^several\s+", "", _np_text(counted), flags=re.I)})
    return out


UNREAL_AUX = MODAL_AUXILIARIES | {"would", "will"}  # a possibility, a condition's outcome or a prediction


def _unreal(verb) -> bool:
    """A casualty that did not happen: under a condition ("if a guard is hurt") or a modal
    ("a driver could be killed", "a nurse will be arrested")."""
    kids = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return True
    return any(c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in kids)


def _casualty_verb(t):
    """(verb, role) a person noun suffers: the passive subject ("was killed"), the subject of
    an intransitive ("died", "perished"), the object of an active ("killed an officer");
    a conjunct takes its first conjunct's role ("three rebels and a soldier were killed")."""
    while t.dep_ == "conj" and t.head != t and t.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        t = t.head
    h = t.head
    if h.pos_ not in ("VERB", "AUX") or h == t:
        return None, None
    if t.dep_ in ("nsubjpass", "dobj"):
        return h, t.dep_
    if t.dep_ == "nsubj" and not any(c.dep_ == "dobj" and c.lemma_.lower() not in ("life",) for c in h.children):
        return h, "nsubj"
    return None, None


def _one_measure(verb, role) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
        return "killed"
    if role == "nsubj" and lemma not in ("die", "perish", "disappear", "drown"):
        return None  # "a gunman killed ...": the subject did it
    m = _measure_word(verb)
    if m is None:
        for c in verb.children:
            if c.dep_ in ("acomp", "oprd") and _measure_word(c):
                return _measure_word(c)
    return m


def run(brief, ctx):
    brief.figures = []
    events = _event_index(brief)
    unique = Unique()
    for sentence in brief.sentences:
        doc = ctx.doc(sentence.id)
        if doc is None:
            continue
        _mark_people(brief, sentence.id, doc)
        raws = extract(doc)
        raws += one_person_counts(doc, [(r["num"].start, r["num"].end) for r in raws])
        raws += several_counts(doc, [(r["num"].start, r["num"].end) for r in raws])
        for raw in raws:
            num = raw["num"]
            claim = _claim_for(brief, sentence.id, num.text)
            estimator = _estimator(brief, sentence.id, doc, num)
            event = events.get(sentence.id) or events.get(brief.root_of(sentence.id))
            if sentence.id in ctx.loose_members:  # the timeline's guess: join_events may still file it
                event = None
            brief.figures.append(Figure(
                id=unique(figure_id(sentence.id, num.start)), sentence=sentence.id, text=num.text,
                measure=raw["measure"],
                low=num.low, high=num.high, approximate=num.approximate, vague=num.vague,
                source=estimator[0] if estimator else claim.speaker if claim else None,
                source_text=estimator[1] if estimator else claim.speaker_text if claim else None,
                event=event, counted=raw["counted"]))
            brief.figures[-1].places = sorted(places(doc, brief.figures[-1]))
    join_events(brief, ctx.about_event)


# -- reconciliation helper for renderers ---------------------------------------------
def ranges(brief):
    """Figure ranges per event and measure, for the renderer (call after `conflicts`).

    Count measures only (killed, injured, missing, displaced, arrested,
    participants); money, distance and "other" are left out. One dict per
    (event, measure), in order of first appearance; figures are grouped by
    the event the stage filed them under (`figure_groups.join_events`):

        {"event": "ev:b2b606304c" | None, "measure": "killed",
         "low": 40.0 | None,     # smallest lower bound among whole counts (None: none stated)
         "high": 90.0 | None,    # largest upper bound; None when some source gives an open
                                 # "more than N" or none gives an upper bound
         "text": "40 to 90" | "40 or more" | "up to 90" | "52" | "unclear",
         "items": [{"figure": "a2:s0e0ce06243:f20", "text": "more than 60", "source": "Harbour Radio",
                    "article": "a2", "low": 60.0, "high": None, "vague": False,
                    "part": False}, ...],   # every figure, in reading order
         "conflict": "cf:7cfb78e2bb" | None}  # the `figure` conflict of this group, if any

    `source` is the speaker as written, else the entity name, else the article's
    outlet or id. `part` marks figures that are a part of or an addition to the
    count ("one of its drivers", "three other crew", "the overall toll"):
    they are listed but do not set low/high.
    """
    groups = {}
    order = []
    for f in brief.figures:
        if f.measure not in COUNT_MEASURES:
            continue
        key = (f.event, f.measure)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(f)
    conflict_of = _figure_conflicts(brief)
    article_of = {s.id: s.article for s in brief.sentences}
    out = []
    for key in order:
        figs = groups[key]
        whole = {f.id for f in figs if comparable(brief, f)}
        low, high = _bounds([f for f in figs if f.id in whole] or figs)
        out.append({
            "event": key[0], "measure": key[1], "low": low, "high": high, "text": _range_text(low, high),
            "items": [{"figure": f.id, "text": figure_label(f), "source": source_label(brief, f),
                       "article": article_of.get(f.sentence), "low": f.low, "high": f.high,
                       "vague": f.vague, "part": f.id not in whole} for f in figs],
            "conflict": next((conflict_of[f.id] for f in figs if f.id in conflict_of), None),
        })
    return out


def _figure_conflicts(brief) -> dict[str, str]:
    """{figure id: id of the `figure` conflict it is in}."""
    conflict_of = {}
    for c in brief.conflicts:
        if c.kind == "figure":
            for i in c.items:
                conflict_of[i] = c.id
    return conflict_of


def _bounds(basis) -> tuple[float | None, float | None]:
    """(low, high) of a group: the smallest lower bound and the largest bound; no
    high when a figure is open above ("more than 70") or none gives an upper bound."""
    lows = [f.low for f in basis if f.low is not None]
    highs = [f.high for f in basis if f.high is not None]
    open_high = any(f.high is None and f.low is not None for f in basis)
    low = min(lows) if lows else None
    high = None if open_high or not highs else max(highs + lows)
    return low, high


def _range_text(low, high) -> str:
    if low is None and high is None:
        return "unclear"
    if high is None:
        return f"{_fmt(low)} or more"
    if low is None:
        return f"up to {_fmt(high)}"
    if low == high:
        return _fmt(low)
    return f"{_fmt(low)} to {_fmt(high)}"


COUNT_MEASURES = ("killed", "injured", "missing", "displaced", "arrested", "participants")


def _fmt(x):
    return f"{int(x):,}" if x is not None and float(x).is_integer() else f"{x}"


def figure_tokens(doc, f):
    """(doc, anchor token) of a figure in its sentence's doc, or (None, None)."""
    if doc is None or not f.text:
        return None, None
    at = figure_offset(f.id)
    if at is None or doc.text[at:at + len(f.text)] != f.text:
        at = doc.text.find(f.text)  # the id's offset is the figure's own: the first copy is another's
    if at < 0:
        return doc, None
    inside = [t for t in doc if t.idx < at + len(f.text) and t.idx + len(t) > at]
    toks = [t for t in inside if t.like_num or t.pos_ == "NUM" or t.lower_ in ("dozens", "hundreds", "thousands")]
    if not toks and f.low == 1 and f.high == 1 and inside:
        toks = [inside[-1]]  # a count of one named by its noun ("a woman")
    elif not toks and len(inside) == 1 and inside[0].text == f.text:
        toks = inside  # a word that is the whole figure but no numeral ("twin")
    return doc, (toks[0] if toks else None)


def heads_to_verb(anchor, steps: int = 4) -> list:
    """The noun a figure's number counts and the words above it, up to its verb
    (at most `steps` up): where the count's scope, place and deed are said."""
    t = counted_token(anchor)
    out = [t]
    for _ in range(steps):
        if t.head == t:
            break
        t = t.head
        out.append(t)
        if t.pos_ in ("VERB", "AUX"):
            break
    return out


def places(doc, f) -> set[str]:
    """Places the figure is said to happen in: GPE/LOC names under an "in"/"across"
    phrase of the verb that governs it ("died in Nicaragua", "In Honduras, 231 ..."),
    or "from" for people moved out ("evacuated from Orsk").
    Empty when the sentence does not say."""
    doc, anchor = figure_tokens(doc, f)
    if anchor is None:
        return set()
    heads = heads_to_verb(anchor, 5)
    found = set()
    # people moved out are counted where they were moved from ("evacuated from Orsk")
    preps = ("in", "across", "throughout", "inside") + (("from",) if f.measure == "displaced" else ())
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for e in doc.ents:
                    if e.label_ in ("GPE", "LOC") and c.left_edge.i <= e.start and e.end - 1 <= c.right_edge.i:
                        found.add(e.text.lower())
    verb = heads[-1]
    if not found and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in REPORT_VERBS:
        for c in verb.children:  # "the village of Orsk recorded 40 millimetres": the subject is where
            if c.dep_ == "nsubj":
                for e in doc.ents:
                    if e.label_ in ("GPE", "LOC") and c.left_edge.i <= e.start and e.end - 1 <= c.right_edge.i:
                        found.add(e.text.lower())
    root = [t for t in doc if t.dep_ == "ROOT"]
    for r in root:  # sentence-initial "In Honduras, ..."
        for c in r.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i <= 1:
                for e in doc.ents:
                    if e.label_ in ("GPE", "LOC") and c.left_edge.i <= e.start and e.end - 1 <= c.right_edge.i:
                        found.add(e.text.lower())
    return found


STAGE = Stage("figures", run, requires=("sentences", "docs", "events", "similarity", "claims"), provides=("figures",))
