"""What two figures must share to be rival counts of one thing (used by `conflicts`):
the same population, a comparable whole count, and for progressions the order of
their dates.

- `countable`: a whole count; "N of the X" stays a part of a count unless the figure is
  the object of a kill or arrest verb and no clause follows ("police detained six of the
  smugglers" counts detained smugglers; "six of the smugglers who fled were ..." is a part;
  lexicon `whole_counts` lists nouns that always name a whole count: "two of the dead").
- `same_population`: "eight crew and thirty passengers" of one wreck are two counts, not
  rivals, and "eight crew" against "forty people" is a part against a total; the side of
  a counted noun comes from lexicon `population_sides` (a generic noun, "people",
  "victims" or none, is no side).
- `condition`: "six people remained in intensive care" is a part of "41 treated", not its
  rival: a count told with a condition or status in its own clause (grave, light, still,
  discharged, in hospital, in custody: lexicon `condition_words`) is compared only with
  counts told with the same ones. A count of the missing is itself a status: "still" there
  is no part.
- `adds_to_another`: a count whose own clause says it adds to another ("300 drivers also
  walked out"): more people, never a rival.
- `dated_order`: which of two figures was published later, when both articles are dated
  on different days.
- `to_date_phrase`: a toll of a whole conflict or season up to now, when the period phrase
  sits in the figure's own clause ("1,400 people have died in the past decade"): its own
  scope, never compared with the count of one incident. A period phrase in another clause
  or an apposition ("the worst crash on the road in the past decade") does not count.
- `union_of_deeds`: "detained or questioned more than 30", "killed or injured 60": a count
  of several deeds or outcomes at once, never the rival of a count of one of them.
- `charged_count`: "convicted of three murders", "confessed to killing nine": one
  defendant's account, a part of a toll (lexicon `charge_words`).
- `several_places`: "the storms in X and Y killed 80" is a total over two places, not
  the rival of a toll told for one of them.
- `dated_back`: "last week police arrested 10": a count of an earlier period, not the
  rival of a count told without it (a running total, or a later day's count).
- `deed_kind`: "evacuated 5,000" and "left 800 homeless" are both displaced, but of two
  kinds (lexicon `deed_word_kinds`): never rivals.
- `separate_incident`: "in a separate attack, gunmen killed five": another incident's count.
- `one_care_place`: "the district hospital treated 35": one hospital's part of a toll
  (lexicon `care_place_verbs`).
- `described_group`: "attempts to evacuate two wounded journalists": people described by
  their state, the object of another deed, not a toll.
- `in_names`: "In Harlow, 12 died" / "In Bexley, 30 died": proper nouns after "in" of
  the count's verb, read as places even when the entity recogniser gives them no label.
"""
from __future__ import annotations

import re

from newsbrief.lexicon import mapping, words
from newsbrief.stages.figure_groups import ADDITIVE, article_of, comparable
from newsbrief.timex import grammar

WHOLE_COUNTS = words("whole_counts")
SIDES = mapping("population_sides")


def countable(brief, f) -> bool:
    return comparable(brief, f, WHOLE_COUNTS)


def side(f) -> str | None:
    """The population side of what a figure counts ("gunmen" -> fighters), None when generic."""
    counted = (f.counted or "").lower().replace("-", " ").split()
    for word in reversed(counted):
        if word in SIDES:
            return SIDES[word]
    return None


def same_population(a, b) -> bool:
    """Both count one side, or both count without naming one ("people", "victims"):
    "eight crew" against "forty people" is a part against a total."""
    return side(a) == side(b)


CONDITIONS = mapping("condition_words")
CONDITION = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                 for w in sorted(CONDITIONS, key=len, reverse=True)) + r")(?![\w-])", re.I)


def condition(brief, f) -> frozenset:
    """The condition classes (lexicon `condition_words`) told in the clause of a figure
    ("At the hospital, six people remained in intensive care" -> {still, grave}); empty
    for a plain count ("the hospital treated 41 people") and for a count of the missing,
    whose "still" is the count itself."""
    if f.measure == "missing":
        return frozenset()
    s = brief.sentence(f.sentence)
    at = s.text.find(f.text or "\0") if s is not None else -1
    if at < 0:
        return frozenset()
    clause = _own_clause(s.text, at, at + len(f.text))
    return frozenset(CONDITIONS[re.sub(r"\s+", " ", m.group(0).lower())] for m in CONDITION.finditer(clause))


def same_condition(brief, a, b) -> bool:
    """Both counts tell the same conditions (or none): "41 treated" and "six in intensive
    care" are a total and its part, never rivals."""
    return condition(brief, a) == condition(brief, b)


def published(brief, f):
    """The publication date of the article carrying figure `f` (None if unknown)."""
    art = brief.article(article_of(brief, f.sentence) or "")
    return grammar.to_date(art.published) if art and art.published else None


def dated_order(brief, a, b):
    """(earlier, later) when both figures' articles are dated on different days, else None."""
    da, db = published(brief, a), published(brief, b)
    if da is None or db is None or da == db:
        return None
    return (a, b) if da < db else (b, a)


TO_DATE = re.compile(r"\b(?:to date|in total|since (?:the|its) (?:start|beginning|outbreak)|since (?:it|the \w+) began"
                     r"|(?:year|month|week|decade)s?-long|in the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?|decades?))\b",
                     re.I)


SPANS = re.compile(r"\b(year|month|week|decade)s?\b", re.I)


def to_date_span(brief, f) -> str | None:
    """The period a toll to date covers ("decade" for "in the past decade", "all" for
    "since the fighting started"), None when the figure is no toll to date: two tolls of
    different periods are not rivals."""
    m = to_date_phrase(brief, f)
    if not m:
        return None
    span = SPANS.search(m.group(0))
    return span.group(1).lower() if span else "all"


def to_date_phrase(brief, f):
    """The period phrase of a count of people up to now over a whole conflict or period
    (not of one incident), None when the figure is no such count."""
    if f.measure in ("other", "money", "distance"):
        return None
    if f.counted and ADDITIVE.search(f.counted.replace(f.text or "\0", " ")):
        return None  # "another 40 people": an addition
    if f.low == 1 and f.high == 1:
        return None  # "a soldier": one of the count
    s = brief.sentence(f.sentence)
    at = s.text.find(f.text or "\0") if s is not None else -1
    if at < 0:
        return None
    if re.match(r"\s+of\s+(?:its|their|the|his|her|our|them|those)\b", s.text[at + len(f.text):]):
        return None
    return _in_own_clause(s.text, at, at + len(f.text))


CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\u2014]|\s\u2013\s|\s-\s")
SUPERLATIVE = re.compile(r"\b(?:\w+iest|worst|biggest|largest|greatest|highest|most|first|only)\b", re.I)


def _own_clause(text: str, start: int, end: int) -> str:
    """The clause of text holding text[start:end], between clause breaks (`CLAUSE_BREAK`)."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    stop = CLAUSE_BREAK.search(text, end)
    return text[left:stop.start() if stop else len(text)]


# a clause's next verb phrase joined on: what follows it tells another thing
JOINED = re.compile(r"\b(?:and|while|but|whereas|as|when|after|before|because)\b", re.I)
ADDED = re.compile(r"\b(?:also|too|as well)\b", re.I)


def adds_to_another(brief, f) -> bool:
    """The figure's own clause, after the count and before a joined clause, says it adds to
    another count ("also", "too", "as well"): "300 drivers also walked out" counts more
    people, not the same ones. "Police also said 12 died" keeps its count (the word comes
    before it), and so does "killed two gunmen and ..., while a guard also died"."""
    s = brief.sentence(f.sentence)
    at = s.text.find(f.text) if s is not None and f.text else -1
    if at < 0:
        return False
    end = at + len(f.text)
    stop = CLAUSE_BREAK.search(s.text, end)
    rest = s.text[end:stop.start() if stop else len(s.text)]  # the clause after the count
    return bool(ADDED.search(JOINED.split(rest, maxsplit=1)[0]))


def _in_own_clause(text: str, start: int, end: int):
    """The period phrase of the clause holding text[start:end], None when the phrase sits
    in another clause or after a superlative ("the worst ... in the past year" ranks the
    incident, it does not count a period)."""
    clause = _own_clause(text, start, end)
    m = TO_DATE.search(clause)
    if m is None or SUPERLATIVE.search(clause[:m.start()]):
        return None
    return m


CHARGE_WORDS = words("charge_words")
# what may sit between a count and the legal verb it is the object of: the count's own
# preposition ("of", "to", "with"), a gerund of the deed ("confessed to killing nine")
THROUGH_DEPS = ("prep", "pcomp", "pobj", "dobj", "acomp", "xcomp", "advcl", "nsubjpass", "conj")


def charged_count(doc, f) -> bool:
    """The figure counts what one person is charged with, convicted of or confesses
    ("was convicted of three murders", "found guilty of two murders", "confessed to killing
    nine", "charged with killing 18"): walking up from the counted noun through
    prepositions and the deed's verb, a lemma of lexicon `charge_words` is reached before
    any other noun. "Charged in the bombing that killed 20" passes the noun "bombing":
    the bombing's toll, kept."""
    from newsbrief.stages.figures import counted_token, figure_tokens
    doc, anchor = figure_tokens(doc, f)
    if anchor is None:
        return False
    t = counted_token(anchor)
    for _ in range(6):
        if t.head == t:
            return False
        t = t.head
        if t.lemma_.lower() in CHARGE_WORDS:
            return True
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            return False  # another thing's count ("the bombing that killed 20")
        if t.dep_ not in THROUGH_DEPS and t.pos_ not in ("ADP", "VERB", "AUX", "ADJ"):
            return False
    return False


OWN_COUNT = ("dobj", "nsubjpass", "attr")  # a joined verb's own count (a shared subject is no count of its own)


def union_of_deeds(doc, f) -> bool:
    """The count is told of several deeds or outcomes at once: the verb or adjective that
    governs it is joined with "or" to another one ("detained or questioned more than 30
    people", "40 people dead or missing"), or with "and" to one of another measure
    ("killed and injured 60"): a count of the union, not of one measure, so never a
    rival of a count of one of them. "Arrested and charged 10" keeps its count (charging
    is no other count of people), and so does "killing two and wounding 24" (the joined
    verb has an object of its own: two counts)."""
    from newsbrief.stages.figures import figure_tokens, heads_to_verb
    from newsbrief.text.numbers import WORD_MEASURE
    doc, anchor = figure_tokens(doc, f)
    if anchor is None:
        return False
    heads = [anchor] + heads_to_verb(anchor)
    heads += [c for h in heads if h.pos_ == "AUX" for c in h.children if c.dep_ == "acomp"]  # "were dead or missing"
    for h in heads:
        if h.pos_ not in ("VERB", "ADJ"):
            continue
        joined = [c for c in h.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")]
        if h.dep_ == "conj" and h.head.pos_ in ("VERB", "ADJ"):
            joined.append(h.head)
        for other in joined:
            if any(c.dep_ in OWN_COUNT for c in other.children):
                continue  # "killing two and wounding 24": each verb has its own count
            first = other if other.i < h.i else h
            ccs = {c.lower_ for c in first.children if c.dep_ == "cc"} | \
                  {c.lower_ for c in (other, h)[first is other].children if c.dep_ == "cc"}
            mine, theirs = WORD_MEASURE.get(h.lemma_.lower()), WORD_MEASURE.get(other.lemma_.lower())
            if "or" in ccs and other.lemma_.lower() != h.lemma_.lower():
                return True
            if "and" in ccs and theirs and mine and theirs != mine:
                return True
    return False


def several_places(doc) -> frozenset:
    """The places a sentence names in a coordination ("in X and Y", "across X, Y and Z"):
    a place name (GPE/LOC) joined by conj to another proper noun, or proper nouns joined
    under "in", "across" or "throughout"; a partner is a place too whatever its entity
    label (a fictional town read as a person or a building). Empty unless two."""
    if doc is None:
        return frozenset()
    found = set()
    places = {e.root.i for e in doc.ents if e.label_ in ("GPE", "LOC")}
    for t in doc:
        if t.pos_ != "PROPN" or t.dep_ == "conj":
            continue
        partners = [c for c in t.conjuncts if c.pos_ == "PROPN"]
        if not partners:
            continue
        under_in = t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "throughout")
        if under_in or t.i in places or any(c.i in places for c in partners):
            found.update(x.lower_ for x in [t, *partners])
    return frozenset(found) if len(found) >= 2 else frozenset()


def named_places(brief, doc, f) -> frozenset:
    """Every place a figure's sentence names (its own places, GPE/LOC names and their
    head words, the coordinated places of `several_places`), lower-cased."""
    out = {p.lower() for p in f.places}
    if doc is not None:
        out |= {e.root.text.lower() for e in doc.ents if e.label_ in ("GPE", "LOC")}
        out |= {e.text.lower() for e in doc.ents if e.label_ in ("GPE", "LOC")}
        out |= several_places(doc)
    return frozenset(out)


def part_of_several_places(multi_a, named_b, multi_b, named_a) -> bool:
    """One figure is told over several places the other does not all name: a total over
    places against (maybe) one of them, not a rival."""
    return bool(multi_a and not multi_a <= named_b) or bool(multi_b and not multi_b <= named_a)


# "last week" dates a count back; "in the last week", "in the past year" count up to now
# (`to_date_phrase`), never an earlier period
PAST_PERIOD = re.compile(r"(?<!the )\blast\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)\b"
                         r"(?!['\u2019]s)|\bearlier\s+(?:this|that|in\s+the|last)\s+(?:week|month|year)\b"
                         r"|\b(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago\b", re.I)


def dated_back(brief, f) -> str | None:
    """The earlier period the figure's own clause dates its count to ("Last week the
    government arrested 10", "two weeks ago, 40 were detained"), lower-cased, None when
    none. A possessive ("last week's bombing killed 21") names the incident, not the
    count's time: None."""
    s = brief.sentence(f.sentence)
    at = s.text.find(f.text or "\0") if s is not None else -1
    if at < 0:
        return None
    left = max((m.end() for m in re.finditer(r"[;:\u2014]|,\s+(?:and|but|while|as)\b", s.text[:at])), default=0)
    stop = re.search(r"[;:\u2014]|,\s+(?:and|but|while|as)\b", s.text[at:])
    clause = s.text[left:at + stop.start() if stop else len(s.text)]
    m = PAST_PERIOD.search(clause)
    return re.sub(r"\s+", " ", m.group(0).lower()) if m else None


DEED_KINDS = mapping("deed_word_kinds")


def _governing(anchor):
    """The counted noun and the words above it up to its verb, then the verb's
    predicative words ("left 800 residents homeless", "were dead or missing")."""
    from newsbrief.stages.figures import heads_to_verb
    out = [anchor] + heads_to_verb(anchor)
    out += [c for h in out if h.pos_ in ("VERB", "AUX") for c in h.children if c.dep_ in ("oprd", "acomp")]
    return out


def deed_kind(doc, f) -> str | None:
    """The kind of deed a count of people is told with (lexicon `deed_word_kinds`): the
    first word on the way from the counted noun up to its verb, or the verb's
    predicative word, whose lemma or form is listed there and names the figure's measure.
    None when no such word: such a count is compared with any."""
    from newsbrief.stages.figures import figure_tokens
    from newsbrief.text.numbers import WORD_MEASURE
    doc, anchor = figure_tokens(doc, f)
    if anchor is None:
        return None
    for t in _governing(anchor):
        for w in (t.lemma_.lower(), t.lower_):
            if w in DEED_KINDS and WORD_MEASURE.get(w, f.measure) == f.measure:
                return DEED_KINDS[w]
    return None


SEPARATE = re.compile(r"\b(?:elsewhere|separately|in (?:a|an) (?:separate|second|third|different|unrelated) \w+"
                      r"|in another \w+)\b", re.I)


def separate_incident(brief, f) -> bool:
    """The sentence, up to the end of the figure's clause, tells of another incident
    ("In a separate attack, gunmen killed five", "elsewhere, three died"): that
    incident's count, never the rival of the main one."""
    s = brief.sentence(f.sentence)
    at = s.text.find(f.text or "\0") if s is not None else -1
    if at < 0:
        return False
    stop = CLAUSE_BREAK.search(s.text, at + len(f.text))
    return bool(SEPARATE.search(s.text[:stop.start() if stop else len(s.text)]))


CARE_PLACE_VERBS = words("care_place_verbs")


def one_care_place(doc, f) -> bool:
    """The count is what one place or person of care took in ("the district hospital
    treated 35 injured workers", "a clinic admitted 12"): the verb of the count is a care
    verb (lexicon `care_place_verbs`) whose subject is one (a singular noun), a part of
    the toll. "Hospitals treated 200" (plural) may be the whole: kept."""
    from newsbrief.stages.figures import figure_tokens
    doc, anchor = figure_tokens(doc, f)
    if anchor is None:
        return False
    for t in _governing(anchor):
        if t.pos_ == "VERB" and t.lemma_.lower() in CARE_PLACE_VERBS:
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            return bool(subj) and subj[0].tag_ in ("NN", "NNP")
    return False


NOT_PLACES = ("DATE", "TIME", "EVENT", "ORG", "NORP", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT")


def in_names(doc, f) -> frozenset:
    """Proper nouns after "in", "at" or "near" of the count's verb or counted noun ("In
    Harlow, 12 people died"), outside date, organisation and person names: the places
    the count is told of, read as words, even when the entity recogniser labels none."""
    from newsbrief.stages.figures import figure_tokens
    doc, anchor = figure_tokens(doc, f)
    if anchor is None:
        return frozenset()
    labelled = {i: e.label_ for e in doc.ents for i in range(e.start, e.end)}
    out = set()
    for h in _governing(anchor):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near"):
                for t in c.subtree:
                    if t.pos_ == "PROPN" and labelled.get(t.i) not in NOT_PLACES:
                        out.add(t.lower_)
    return frozenset(out)


def described_group(doc, f) -> bool:
    """The count's measure comes only from an adjective on the counted noun, and the verb
    above it is of another deed ("attempts to evacuate two wounded journalists", "rescuers
    carried 12 injured miners out"): a group of people described by their state, often a
    part of a toll or of another incident, not a toll. "The blast injured 60 pupils" or
    "20 people were wounded" tell the deed itself: kept."""
    from newsbrief.stages.figures import counted_token, figure_tokens
    from newsbrief.text.numbers import WORD_MEASURE
    doc, anchor = figure_tokens(doc, f)
    if anchor is None:
        return False
    counted = counted_token(anchor)
    described = any(c.dep_ == "amod" and WORD_MEASURE.get(c.lemma_.lower(), WORD_MEASURE.get(c.lower_)) == f.measure
                    for c in counted.children)
    if not described:
        return False
    above = [t for t in _governing(anchor) if t not in (anchor, counted)]
    if not any(t.pos_ == "VERB" for t in above):
        return False  # no other deed named: nothing says the group is a part
    return not any(WORD_MEASURE.get(t.lemma_.lower(), WORD_MEASURE.get(t.lower_)) == f.measure for t in above)
