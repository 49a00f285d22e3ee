"""Stage `conflicts`: figures that cannot all be true, and denials.

`figure` conflicts: figures of the same measure for the same event (stage
`events`; a figure without event joins the only event with that measure, or the
only one its article's figures belong to, else the event-less figures) from different
sources or articles, published at most 3 days apart (a later toll is an update),
whose plausible intervals are disjoint: "about 50" is
40..60, "more than 70" is 70..inf, "dozens" is 24..144, "between 30 and 90"
is 30..90 (and two sources' open floors of a year's or a decade's toll that differ by
a tenth, neither told rising: `_rival_floors`). Figures that only add to or sit inside a total ("three other
crew", "one of its drivers", "the overall toll") are left out of the
comparison, and of one source's figures in one article only the largest (the
total, not its breakdown) is compared. One conflict per event and measure lists the figures that clash with
at least one other (the whole range is `figures.ranges(brief)`), with a one-line note: "Killed in <event>: about 50 (A), more than 70 (B), dozens (C)".

`denial` conflicts: deny claims (stage `claims`) of the same event that share
content words are grouped (several denials of the same allegation); an assertion
in the same sentence by another speaker ("X denied the raid that Y said killed
...") or an assertion elsewhere sharing most of the content joins the group as the
denied claim. So do: what a retraction or a backing off takes back (`_retracted`), the
claims of X carried by the document a denial of X's version names (`_same_carrier`), the
one assertion just before a denial that only points back ("denied it", `_pointed_back_to`),
other speakers' assertions of the one deed of the denier the reporter narrates just before
such a denial, in its paragraph ("X is accused of dumping oil off Y. X denies it.",
`_pronoun_chain`: one deed, the actor named, abstain otherwise),
another speaker's assertion a doubt is contrasted with in one sentence ("but ... such",
`_contrasted`), other sources' blame of the same party in that event (`_same_blame`). One deed
may be named at two levels ("the bombings" / "those attacks", "the break-in" / "the
burglary": lexicon `deed_kinds`, `_one_deed_word`). Sizes of one incident ("a 14-truck
collision") and amounts at one place are compared across events of one day
(`_same_thing`, `_close_sizes`, `_rival_totals`); in a story counting many such incidents,
two sizes at two levels of place only when both name one road or facility, the size's
own sentence or the next one of its paragraph naming the incident on that facility
(`_facility_told_after`). Two named sides' counts of things by noun, verb and object,
and two sides' counts of people told one after the other in a paragraph, were tried and
removed (an audit found them setting other causes', places' and years' counts against
each other). A count told with a condition ("six remained in intensive care") is
a part of the plain count (`conflict_scope.condition`); the missing told on two days
are an update. An accusation of another party is never set against a denier
(`_accuses_another`).

Abstentions found on unseen newswire (issue 12, `conflict_scope`): a count of several deeds
at once ("detained or questioned"), one defendant's convictions or confession, another
incident's count ("in a separate attack"), one hospital's intake, people described by
their state as the object of another deed ("evacuate two wounded reporters") are left out;
two counts are not rivals when one is a total over several coordinated places the other
does not all name, one is dated back ("last week") and the other is not, they are told
with deeds of two kinds of one measure ("evacuated" / "left homeless", lexicon
`deed_word_kinds`), or after "in" with two different proper nouns. A group clashing over
more than `max_rival_values` distinct values is many counts, not one dispute: dropped.

Counts the reporter marks as disputed (`figure_disputes`: "Organisers put the crowd at
12,000" after a police count, "said that figure was far too low", "the true figure", ", not
14") are added to the figure conflicts whatever their events (`marked_disputes`), with the
same eligibility (parts, other incidents, one hospital's intake stay out); a denial conflict
that is only such a dispute read as a denial ("The mayor disputed that.") gives way to it.
"""
from __future__ import annotations

import dataclasses
import re

from newsbrief.lexicon import INCIDENT_KINDS, plural, words
from newsbrief.model import Conflict, Progression
from newsbrief.ids import Unique, conflict_id
from newsbrief.unionfind import UnionFind
from newsbrief.stage import Stage
from newsbrief.text.content_words import (OPPOSED_MIN_WORDS, REPORTING_STEMS, _stem, _without_names, _words, negates_telling,
                                          proposition_words, same_proposition)
from newsbrief.stages import confidence, conflict_blame
from newsbrief.stages.figure_disputes import disputed_pairs
from newsbrief.stages.conflict_scope import (adds_to_another, charged_count, countable, dated_back, dated_order, deed_kind,
                                             described_group,
                                             in_names, named_places, one_care_place, part_of_several_places, published,
                                             same_condition, same_population, separate_incident, several_places, side,
                                             to_date_span, union_of_deeds)
from newsbrief.stages.figure_groups import (_short, article_name, article_of, bounds, figure_label,  # noqa: F401 (re-exported)
                                             source_label)

from newsbrief.config import ConflictSettings
from newsbrief.stages.claim_cues import REPORTED_NOUNS, SPEECH_NOUNS
from newsbrief.stages.figures import COUNT_MEASURES  # counts of people
from newsbrief.text.tokens import token_at
from newsbrief.text.numbers import find_numbers
from newsbrief.text.claim_rules import ALLEGATION_NOUNS, DOC_NOUNS  # "memo", "letter", "statement": what carries someone's words
from newsbrief.timex import grammar

MAX_DAYS_APART = ConflictSettings.max_days_apart
MAX_RIVAL_VALUES = ConflictSettings.max_rival_values


def _elsewhere(a, b) -> bool:
    """Both figures are placed, in different places."""
    pa, pb = set(a.places), set(b.places)
    return bool(pa and pb and not (pa & pb))


def _days_apart(brief, a, b) -> float:
    """Days between the publication dates of the articles carrying two figures (0 if unknown)."""
    da, db = published(brief, a), published(brief, b)
    return abs((da - db).days) if da and db else 0


def _about_an_earlier_year(brief, f) -> bool:
    """'In 1961, 14 people died in a mill fire': a figure of a sentence dated to a year
    before its article's is history, not a count of this event."""
    sentence = brief.index.sentence(f.sentence)
    article = brief.index.article(sentence.article) if sentence else None
    published = (article.published or "")[:4] if article else ""
    if not published.isdigit():
        return False
    for t in brief.times:
        last = t.value.split("/")[-1][:4]  # a period ("the past year") counts by its end
        if t.sentence == f.sentence and last.isdigit() and int(last) < int(published):
            return True
    return False


AMOUNT_UNITS = words("amount_units")  # units of a measured amount, singular and plural ("millimetres")


def scoped_keys(brief, ctx) -> dict:
    """Figure id -> (scope, label) for counts of something else than people that can
    still be compared, always inside one event: the size of one thing ("a 12-bus convoy"
    / "a 9-coach convoy": the number before a hyphen sizes the singular noun it
    modifies), compared only where both name the same place or facility (`_same_thing`),
    and an amount in a unit at a named place (two sources' millimetres of rain at one
    town), where a larger later figure is an update (`_relation`).
    Nothing else of measure "other" is compared, nor a figure without an event."""
    from newsbrief.stages.figures import figure_tokens

    out = {}
    for f in brief.figures:
        if f.measure != "other" or ctx is None:
            continue
        doc, anchor = figure_tokens(ctx.doc(f.sentence), f)
        if anchor is None:
            continue
        unit = anchor.head
        nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
        if nxt is not None and nxt.text == "-" and unit.dep_ == "compound" and unit.head.pos_ == "NOUN" \
                and unit.head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in unit.head.children):
            # sizes are grouped by the thing; `_same_thing` compares only those of one event and place
            out[f.id] = (("size", None, unit.head.lemma_.lower()), f"Size of the {unit.head.lower_}")
        elif _counts_incidents(anchor):
            # how many happenings there were ("three bombings" / "twin car bombs"): compared
            # by `_same_thing` as sizes are, so only of one day, place and toll
            kind = INCIDENT_KINDS[unit.lemma_.lower()]
            out[f.id] = (("incidents", None, kind), f"Number of {plural(kind)}")
        elif f.event and f.places and (f.counted or "").lower() in AMOUNT_UNITS:
            unit_word = f.counted.lower()
            for place in f.places:  # one place, whatever event the timeline filed it under: `_one_day` compares
                out.setdefault(f.id, (("amount", unit_word, place),
                                      f"{unit_word.capitalize()} in {place.title()}"))
    # (`_told_count`, comparing two named sides' counts of one noun, verb and object, is not
    # called: an audit found it setting damage of another cause, place or year against
    # the count, audit8_cf)
    return out


ADDITIVE_RX = re.compile(r"\b(?:others?|another|additional|further|more|extra|also)\b", re.I)


def _counts_incidents(anchor) -> bool:
    """The number counts happenings of one kind by itself: it modifies a plural noun of
    lexicon `incident_nouns` ("three suicide bombings", "twin blasts"), not "two of the
    bombings" (a part) nor "two car bombs and a suicide attack" (a part of happenings
    told together)."""
    noun = anchor.head
    return anchor.dep_ in ("nummod", "amod", "compound") and noun.i != anchor.i and noun.tag_ == "NNS" \
        and noun.lemma_.lower() in INCIDENT_KINDS and noun.dep_ != "conj" \
        and not any(c.dep_ == "conj" for c in noun.children)


def _named_things(brief, f) -> set:
    """The places of a figure and the places and facilities (roads, bridges) its sentence names."""
    out = {("place", p.lower()) for p in f.places}
    for _a, _b, text, eid in brief.index.mentions_in(f.sentence):
        entity = brief.index.entity(eid) if eid else None
        if entity is not None and entity.type == "FAC":
            out.add(("entity", eid))
        elif entity is not None and entity.type in ("GPE", "LOC"):
            out.add(("place", entity.name.lower()))
    return out


def _written_in(brief, f, things) -> set:
    """The places of `things` (another sentence's) that the figure's sentence writes by
    name where the tagger read no place ("the Tel Varro market district of X"): named
    in both, whatever the tags. Not the start of a longer name ("Hallerdale Police")."""
    s = brief.sentence(f.sentence)
    text = s.text if s else ""
    return {(k, v) for k, v in things if k == "place"
            and re.search(rf"(?<!\w){re.escape(v)}(?!\w)(?!\s+(?-i:[A-Z]))", text, re.I)}


ANOTHER_ONE = re.compile(r"\b(?:elsewhere|another|a second|a third|a separate|separately)\b", re.I)


def _same_thing(brief, a, b, thing: str | None = None) -> bool:
    """Two sizes ("a 40-wagon train", "a 32-wagon train") are of one thing when neither
    sentence says it is another one ("elsewhere", "another", "a second") and either
    both are filed under one event and their sentences name the same places and
    facilities (a region alone beside a town of that region is not enough), or, on one
    day (`_one_day`), their sentences name the same places, or one the places of the
    other and more, with close sizes (`_close_sizes`), and tell the same outcome
    (`_same_outcome`: one toll in both), unless the story counts many such incidents and
    the two name no shared road or facility (`_many_told`: "80 crashes across the state"). Two crashes of one storm in two towns, in one
    region with different tolls, or at two different times of the day (`_other_hours`)
    are two crashes."""
    for f in (a, b):
        s = brief.sentence(f.sentence)
        if s is not None and ANOTHER_ONE.search(s.text):
            return False
    if _other_hours(brief, a, b):
        return False
    mine, theirs = _named_things(brief, a), _named_things(brief, b)
    mine, theirs = mine | _written_in(brief, a, theirs), theirs | _written_in(brief, b, mine)
    if a.event and a.event == b.event and mine and mine == theirs:
        return True
    if not (_one_day(brief, a, b) and mine and theirs and _same_outcome(brief, a, b)):
        return False
    if mine == theirs:
        return True
    nested = (mine < theirs or theirs < mine) and _close_sizes(a, b)
    shared_facility = any(k == "entity" for k, _v in (mine | _facility_told_after(brief, a, thing))
                          & (theirs | _facility_told_after(brief, b, thing)))
    return nested and (shared_facility or not _many_told(brief, thing))


ADDED_FACT = re.compile(r"\b(?:also|too|as well|meanwhile|separately|elsewhere|another|a second|a third|a separate|"
                        r"other|later|earlier)\b", re.I)


def _facility_told_after(brief, f, thing: str | None = None) -> set:
    """The facilities (roads, bridges: FAC entities) the sentence right after a size's
    sentence, in its article and paragraph, puts the same incident on: it names the
    incident again by its noun or one of its kind, definite ("the collision", "the
    pileup": lexicon `deed_kinds`), and the facility right after a preposition of place
    ("on", "at", "along", "near": `PLACED_ON`), it gives no figure of its own (a distance
    measures from another place or another crash, a new count starts a new thing), and
    no word of an added fact or another happening ("also", "meanwhile", "another":
    `ADDED_FACT`); the incident opens the sentence as what it tells of, or the place
    follows the incident's noun ("the collision on Highway 12"). "In Ostria, three died in an 11-truck collision. The collision closed
    the westbound lanes on Highway 12" puts the collision on Highway 12; a road closed
    ("Police closed Highway 12"), traffic sent onto it, a depot on it, a distance to a
    fire on it, or the lorries on it without the incident named, do not. Only the guard
    of `_many_told` reads it; the place sets compared stay the size sentence's own. A
    sentence in the next paragraph, or further on, is another matter: nothing."""
    s = brief.sentence(f.sentence)
    if s is None or not thing:
        return set()
    nxt = brief.index.next_sentence(s.id)
    if nxt is None:
        return set()
    if nxt.article != s.article or nxt.paragraph != s.paragraph or ADDED_FACT.search(nxt.text) \
            or ANOTHER_ONE.search(nxt.text) or any(g.sentence == nxt.id for g in brief.figures):
        return set()
    noun = rf"(?:the|this|that)\s+(?:{'|'.join(map(re.escape, _kind_nouns(thing)))})"
    opens = re.match(rf"{noun}\b", nxt.text, re.I)  # the incident is what the sentence tells of
    out = set()
    for a, _b, _t, eid in brief.index.mentions_in(nxt.id):
        e = brief.index.entity(eid) if eid else None
        before = nxt.text[max(0, a - 40):a]
        if e is not None and e.type == "FAC" and PLACED_ON.search(before) \
                and (opens or re.search(rf"\b{noun}\s+{PLACED_ON.pattern}", before, re.I)):
            out.add(("entity", eid))  # "The collision left wreckage along X", "... the collision on X"
    return out


PLACED_ON = re.compile(r"\b(?:on|at|along|near)\s+(?:the\s+)?$", re.I)


def _kind_nouns(thing: str) -> set:
    """The thing's noun, its head in lexicon `deed_kinds` and the other kinds of that head
    ("pileup" -> pileup, crash, collision, ...)."""
    from newsbrief.lexicon import mapping
    kinds = mapping("deed_kinds")
    head = kinds.get(thing, thing)
    return {thing, head} | {n for n, h in kinds.items() if h == head}


# words that count incidents ("more than 80 crashes", "dozens of collisions", "a spate of pileups")
MANY = r"(?:\d[\d,]*|many|several|numerous|multiple|countless|dozens|scores|hundreds|thousands|a (?:number|string|series|spate|rash|wave))"


def _many_told(brief, thing) -> bool:
    """Some sentence of the brief counts several incidents of the thing's kind ("Troopers
    counted more than 80 crashes", "dozens of collisions"): the thing itself, its head in
    lexicon `deed_kinds` ("pileup" -> "crash") or another kind of that head. Two sizes
    at two levels of place are then easily two of them: `_same_thing` abstains unless
    both sentences name one road or facility. No thing known: nothing counted."""
    if not thing:
        return False
    nouns = _kind_nouns(thing)
    rx = re.compile(rf"\b{MANY}\s+(?:of\s+)?(?:[a-z\-]+\s+){{0,2}}(?:{'|'.join(map(re.escape, map(plural, nouns)))})\b",
                    re.I)
    return any(rx.search(x.text) for x in brief.sentences)


NESTED_SIZE_RATIO = 1.5  # sizes of one thing told at two levels of place may differ this much


def _close_sizes(a, b) -> bool:
    """Two sizes told at two levels of place ("near Kellby in Ostria" / "in Ostria"), one
    sentence naming a place or facility the other does not, are of one thing only when
    they are close (the larger at most NESTED_SIZE_RATIO times the smaller, as two
    counts of one pileup are), on top of one day and one toll (`_same_outcome`): a
    3-car and a 12-car crash in one region are two crashes."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    small, large = min(ahi, bhi), max(alo, blo)
    return 0 < small and large <= NESTED_SIZE_RATIO * small


DAY_PARTS = re.compile(r"\b(morning|afternoon|evening|night|midnight|noon|midday|dawn|dusk|overnight"
                       r"|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\b", re.I)


def _other_hours(brief, a, b) -> bool:
    """The two sentences name different times or parts of the day ("on Monday morning" /
    "on Monday evening"), the times stage read different values there, or they name
    different days (`_days_named`): two incidents."""
    def hours(f):
        s = brief.sentence(f.sentence)
        return {m.lower().replace(" ", "") for m in DAY_PARTS.findall(s.text if s else "")}
    ha, hb = hours(a), hours(b)
    if ha and hb and not ha & hb:
        return True
    ta = {t.value for t in brief.times if t.sentence == a.sentence}
    tb = {t.value for t in brief.times if t.sentence == b.sentence}
    if ta and tb and not ta & tb:
        return True
    da, db = _days_named(brief, a), _days_named(brief, b)  # "on Saturday" / "on Tuesday", read or not
    return bool(da and db and not da & db)


OUTCOMES = ("killed", "injured")  # the toll of an incident, told beside its size


def _one_day(brief, a, b) -> bool:
    """Nothing puts two figures on different days: one event, a figure outside every
    event, or two events dated the same day."""
    if not a.event or not b.event or a.event == b.event:
        return True
    ea, eb = brief.index.event(a.event), brief.index.event(b.event)
    return bool(ea and eb and ea.date and ea.date == eb.date and not ea.date_end and not eb.date_end)


def _same_outcome(brief, a, b) -> bool:
    """Both sentences give a toll (killed, injured) and every toll measure both give can be
    the same count (an exact count and an open one that includes it)."""
    def tolls(f):
        out = {}
        for g in brief.figures:
            if g.sentence == f.sentence and g.measure in OUTCOMES:
                out.setdefault(g.measure, []).append(bounds(g))
        return out
    mine, theirs = tolls(a), tolls(b)
    common = set(mine) & set(theirs)
    if not common:
        return False
    return all(any(not (x[1] < y[0] or y[1] < x[0]) for x in mine[m] for y in theirs[m]) for m in common)


TOLL_PHRASE = re.compile(r"\b(?:(?:death |casualty )?toll|number of (?:dead|deaths|victims|casualties))\b"
                         r"|\b(?:rose|rises|risen|climbed|climbs|increased|jumped|reached|revised|lowered)\s+(?:\w+\s+)?to\b",
                         re.I)


def _same_count(brief, a, b) -> bool:
    """Something says two dated figures count one thing, so the later one updates the
    earlier: both sentences name one place or facility, or one says it is a toll
    ("the death toll rose to"). Without a cue, two incidents of a story on two days are
    two counts: abstain."""
    if _named_things(brief, a) & _named_things(brief, b):
        return True
    return any(TOLL_PHRASE.search(s.text) for s in (brief.sentence(a.sentence), brief.sentence(b.sentence)) if s)


def _relation(brief, key, a, b, info, max_days_apart, doc=lambda sid: None) -> str | None:
    """How two figures of one group stand: "clash" (they cannot both be true of one thing
    at one time), "progression" (a count that changed between dated articles, where a cue
    says it is one count: `_same_count`), or None (both can be true, or nothing says
    they count one thing). The order and the clash test use the same bounds, so two
    open tolls ("more than 30", then "more than 45") never clash."""
    la, arta, _ = info[a.id]
    lb, artb, _ = info[b.id]
    la, lb = la.lower(), lb.lower()  # "The coastguard" and "the coastguard": one source
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if not (ahi < blo or bhi < alo):
        # both can be true, unless two sources' floors of one long period's toll differ
        return "clash" if _rival_floors(brief, key, a, b, info) else None
    if adds_to_another(brief, a) or adds_to_another(brief, b):
        return None  # "1,100 workers at the depot also stopped work": more people, not a rival count
    if arta == artb and (one_source_of(a, b, la, lb) or not (a.source_text or a.source) or not (b.source_text or b.source)):
        return None  # one source twice in one article ("the Dockers' Guild" / "the guild"), or its own voice beside a count it quotes
    if arta == artb and bool(a.places) != bool(b.places):
        return None  # one article's toll beside a local one ("in Velden, two died"): a part, not a rival
    if _elsewhere(a, b):
        return None  # "died in Nicaragua" vs "died in Honduras": two counts, even of one storm
    if key[0] == "count":
        # two named sides' counts of one thing: rivals unless one source, or either told moving
        if one_source_of(a, b, la, lb) or _days_apart(brief, a, b) > max_days_apart or any(
                _tells_moving(RISE, s.text, doc(s.id)) for s in (brief.sentence(a.sentence), brief.sentence(b.sentence)) if s):
            return None
        return "clash" if same_condition(brief, a, b) else None
    if key[0] == "incidents" and not _same_outcome(brief, a, b):
        return None  # "more than 200 crashes across the region": counts of happenings need one toll to be of one
    if _holds_the_other(brief, a, b) or _holds_the_other(brief, b, a):
        return None  # "six deaths, among them the three from the pileup": a total and its part
    if key[0] in ("size", "incidents") and not _same_thing(brief, a, b, key[2]):
        return None  # "a 3-car crash" near one town, "a 5-car crash" near another: two things
    if not same_population(a, b):
        return None  # "eight crew" and "thirty passengers" drowned: two counts of one wreck
    if not same_condition(brief, a, b):
        return None  # "41 treated" and "six in intensive care": a total and its part
    order = dated_order(brief, a, b)
    one_source = one_source_of(a, b, la, lb)
    # one count that changed: a cue says so, or one source told it on two days of one event
    # (not two incidents a police force counted on two days, outside any event)
    changed = "progression" if _same_count(brief, a, b) or (order is not None and one_source and a.event
                                                             and a.event == b.event) else None
    if order is not None and a.measure == "missing":
        # the missing are found, dead or alive, and others reported missing: a count of the
        # missing told on two days moves either way, an update and never a rival
        return changed
    if _days_apart(brief, a, b) > max_days_apart:
        return changed  # a later toll is an update, not a contradiction
    if key[0] == "amount":
        # a total that grows over the storm: an update; of unknown order, a dispute only
        # when both are one day's measured totals (`_rival_totals`)
        if order is None:
            return "clash" if _rival_totals(brief, a, b) else None
        return "progression" if bounds(order[1])[1] >= bounds(order[0])[0] else "clash"
    if order is not None and bounds(order[1])[0] > bounds(order[0])[1]:
        return changed  # a later, larger toll: the count rose
    if order is None and _told_rising(brief, a, b, doc):
        return None  # "two people have now died": the larger told as a count that moved, of unknown order
    if order is not None and one_source:
        return changed  # one source revising its own figure on a later day: not a dispute
    return "clash"


HOLDING = re.compile(r"\b(?:among them|among whom|including|of whom|of them|of which)\s+(?:the\s+|at\s+least\s+)?", re.I)


def _holds_the_other(brief, total, part) -> bool:
    """The total's sentence says it holds the other count: "six deaths, among them the
    three from the pileup", "including three children". The count right after the
    marker is the part's."""
    s = brief.sentence(total.sentence)
    text = s.text if s else ""
    for m in HOLDING.finditer(text):
        nums = find_numbers(text[m.end():m.end() + 40])
        if nums and nums[0].start == 0 and (nums[0].low, nums[0].high) == (part.low, part.high):
            return True
    return False


def one_source_of(a, b, la, lb) -> bool:
    """Two figures given by one source: one speaker entity, or one label (not "unattributed")."""
    return bool(a.source and a.source == b.source) or (la == lb and la != "unattributed")


FLOOR_SPANS = ("year", "decade")  # periods whose toll cannot grow by a tenth within a day or two
FLOOR_MARGIN = 1.1  # the larger floor at least this many times the smaller
FLOOR_DAYS = 1  # articles at most this many days apart (unknown dates: one story, 0)
# words that tell a count moving or being renewed: an update of one count, never a rival
RISE = re.compile(r"\b(?:rose|rises?|rising|risen|climb\w*|increas\w*|jump\w*|mount\w*|grew|grow\w*|reach\w*"
                  r"|revis\w*|updat\w*|rais\w*|soar\w*|swell\w*|up from|now|new|latest|passed|surpass\w*|topp\w*"
                  r"|exceed\w*)\b", re.I)
# a count dated before the other's telling ("In January ... said", "had been killed", "a
# month ago", "earlier", "after Monday's attack" telling new deaths): an older count or a
# newer one, an update of one toll, never its rival
EARLIER = re.compile(r"\b(?:had (?:been|died|killed|lost|cost)|earlier|previous\w*|ago|last (?:week|month|year|spring"
                     r"|summer|autumn|fall|winter)|at the (?:time|start|end)|after|following"
                     r"|(?:in|by|until|through) (?:early |mid-?|late )?(?:January|February|March|April|May|June|July"
                     r"|August|September|October|November|December)|in (?:19|20)\d\d)\b", re.I)


# words telling that a count moved up to the one given ("have now died", "rose to", "so far")
MOVED = re.compile(r"\b(?:now|so far|rose|risen|climbed|jumped|up from|has (?:grown|increased)|have (?:grown|increased))\b",
                   re.I)
# "..., bringing the death toll from the capsizing to 31": the count moved up to the one
# right after "to" (not "bringing the number of shelters it runs to 12" for another count)
BROUGHT_TO = re.compile(r"\b(?:bringing|raising|pushing|taking) (?:the |its )?(?:[\w-]+ ){0,2}(?:toll|total|number|count"
                        r"|tally)(?: (?:from|of|in) [^.;,]{1,50}?)? to\s+", re.I)


COUNT_SUBJECTS = words("count_subjects")


def _tells_moving(pattern, text: str, doc=None) -> bool:
    """A word of `pattern` in the sentence tells a count moving, unless (with a parse) it
    is a verb whose subject is a noun that names no count: "as the river rose", "prices
    rose". No parse, or a subject that is a count ("the toll rose") or a pronoun: it does."""
    for m in pattern.finditer(text):
        if doc is None:
            return True
        tok = token_at(doc, m.start())
        subject = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] if tok is not None and \
            tok.pos_ in ("VERB", "AUX") else []
        if not subject or subject[0].pos_ not in ("NOUN", "PROPN") or subject[0].lower_ in COUNT_SUBJECTS \
                or subject[0].lemma_.lower() in COUNT_SUBJECTS:
            return True
    return False


def _told_rising(brief, a, b, doc=lambda sid: None) -> bool:
    """Of two figures of unknown order, the larger one's sentence tells its count as
    having moved ("Two people have now died", "the toll rose to"): the smaller may be the
    earlier count of one toll, an update rather than a dispute. The smaller one told
    moving, or neither: no evidence, nothing changes."""
    large = max((a, b), key=lambda f: bounds(f)[0])
    s = brief.sentence(large.sentence)
    if s is None or bounds(a)[0] == bounds(b)[0]:
        return False
    return _tells_moving(MOVED, s.text, doc(s.id)) or any(
        large.text and s.text[m.end():].startswith(large.text) for m in BROUGHT_TO.finditer(s.text))


def _rival_floors(brief, key, a, b, info) -> bool:
    """Two open floors ("more than 800" / "over 950") of one toll over a long period (a
    "to date" group of span FLOOR_SPANS: a year, a decade) are two sources' rival counts,
    though both can be true as intervals: each gives its own count as a floor. Only when
    from different articles and sources, at most FLOOR_DAYS apart, differing by more than
    FLOOR_MARGIN, both exact floors (not "about", not vague), and neither sentence tells
    a change ("rose to", "now", "has passed": `RISE`) -- a toll told rising is an update --
    or dates its count earlier than its telling ("In January ... said", "had been killed",
    "after Monday's attack": `EARLIER`) -- an older count quoted, or new deaths added.
    A floor against an exact count above it, close floors, shorter periods, two places,
    two populations or the same source twice: abstain. FLOOR_SPANS, FLOOR_MARGIN and
    FLOOR_DAYS are guards, not measured values: a looser margin or a longer gap lets a
    count that grew read as a rival."""
    if key[0] != "to date" or key[2] not in FLOOR_SPANS:
        return False
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if ahi != float("inf") or bhi != float("inf") or a.approximate or b.approximate or a.vague or b.vague:
        return False
    (la, arta, _), (lb, artb, _) = info[a.id], info[b.id]
    if arta == artb or la.lower() == lb.lower() or _days_apart(brief, a, b) > FLOOR_DAYS:
        return False
    if _elsewhere(a, b) or not same_population(a, b):
        return False  # two places' tolls, or two populations ("soldiers" / "civilians")
    for f in (a, b):
        s = brief.sentence(f.sentence)
        if s is None or RISE.search(s.text) or EARLIER.search(s.text):
            return False
    small, large = sorted((alo, blo))
    return small > 0 and large >= FLOOR_MARGIN * small


RUNNING = re.compile(r"\b(?:so far|as of|to date|since|in all|in total|total|season\W?s|"
                     r"by (?:noon|midday|morning|afternoon|evening|nightfall|night|dawn|\d|[A-Z]\w+day)"
                     r"|(?:have|has|had) (?:now )?(?:fallen|accumulated|piled up|built up)"
                     r"|over the (?:weekend|week|past|last)"
                     # any span the amount is measured over: "over three days", "in 48 hours",
                     # "to Tuesday evening", "from Sunday to Tuesday", "through the night"
                     r"|over (?:the |a )?(?:\w+ ){0,2}(?:hours?|days?|nights?|weeks?|months?|period)"
                     r"|in (?:the )?(?:\w+ ){0,2}(?:hours|days|nights|weeks)|within|through|throughout|until|till"
                     r"|to (?:late |early )?(?:morning|afternoon|evening|night|noon|midday|midnight|dawn"
                     r"|[A-Z]\w+day\b(?!['\u2019]))|(?:from|between) \w+ (?:\w+ )?(?:to|and|until|through) \w+"
                     r"|still (?:falling|coming|rising)|expected|forecasts?|forecasters?|predict\w*|could|may|might"
                     r"|will|would|up to|as much as|at times)\b", re.I)
# the day a source spoke on ("the office said on Monday"): a day of the telling, not of the amount
TOLD_ON = re.compile(r"\b(?:(?:said|says|reported|announced|added|told\s+\w+)\s+|according to [^,.;]+?\s+)"
                     r"(?:late\s+|early\s+)?(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\b")


def _rival_totals(brief, a, b) -> bool:
    """Two amounts at one place that cannot both be that place's total: on one day
    (`_one_day`), neither sentence a running count ("so far", "by noon"), a forecast
    ("expected", "could", "up to"), a total so far ("since ...", "have fallen", "over the
    weekend": never the rival of one day's amount) or a maximum ("as much as"), at least one
    of them dated by its own verb ("fell on Monday": a day's total; the day a source spoke
    on, "said on Monday", dates the telling, not the amount) and no two different days named
    (each sentence's dates share one, or one of them names none)."""
    if not _one_day(brief, a, b):
        return False
    for f in (a, b):
        s = brief.sentence(f.sentence)
        if s is None or RUNNING.search(s.text):
            return False
    days = [_days_named(brief, f) for f in (a, b)]
    return bool(days[0] or days[1]) and not (days[0] and days[1] and not days[0] & days[1])


WEEKDAYS = set(grammar.WEEKDAYS)  # weekday names


def _days_named(brief, f) -> set:
    """The days a figure's sentence names: the dates the times stage resolved there, and
    weekday names as written (resolved or not)."""
    s = brief.sentence(f.sentence)
    text = s.text if s else ""
    told = [(m.start(), m.end()) for m in TOLD_ON.finditer(text)]
    named = {w.lower() for w in re.findall(r"[A-Za-z]+", TOLD_ON.sub(" ", text))} & WEEKDAYS
    def of_telling(t):
        at = text.find(t.text) if t.text else -1
        return at >= 0 and any(a <= at < b for a, b in told)
    return {t.value for t in brief.times if t.sentence == f.sentence and not of_telling(t)} | named


def _several_of_a_kind(brief, figs) -> bool:
    """Some article gives two different sizes of the thing ("a 3-car crash near Velden
    ... a 7-car crash near Marlow"): the story has several of them, and two sources' sizes
    cannot be told to be of one."""
    seen = {}
    for f in figs:
        seen.setdefault(article_of(brief, f.sentence), set()).add(bounds(f))
    return any(len(v) > 1 for v in seen.values())


def _one_count_a_sentence(figs) -> list:
    """The counts of happenings told alone in their sentence: a sentence with several
    ("Police described twin car bombs, civil defence counted three blasts") lists the
    versions, or several happenings; either way it says nothing of which one is whose."""
    per = {}
    for f in figs:
        per[f.sentence] = per.get(f.sentence, 0) + 1
    return [f for f in figs if per[f.sentence] == 1]


def _best_per_source(brief, figs):
    """Each source's headline figure per article: "12 arrested ... five Klan members,
    seven counter-protesters" is one count and its breakdown, not three claims; the
    largest count, of equal ones the most precise ("three" over "at least three")."""
    best = {}
    for f in figs:
        k = (article_of(brief, f.sentence), source_label(brief, f), side(f))
        if k not in best or (bounds(f)[0], -bounds(f)[1]) > (bounds(best[k])[0], -bounds(best[k])[1]):
            best[k] = f
    keep = {f.id for f in best.values()}
    return [f for f in figs if f.id in keep]


def _group_key(brief, f, scoped):
    """The comparison group of a figure, None when it is compared with nothing."""
    if f.id in scoped:
        return scoped[f.id][0]
    span = to_date_span(brief, f)
    if span and not _about_an_earlier_year(brief, f):
        return ("to date", f.measure, span)  # a whole conflict's toll up to now: its own scope
    if not countable(brief, f) or _about_an_earlier_year(brief, f):
        return None
    if f.event is None and len(brief.events) > 1:
        # outside the events of a story of several, nothing says two counts are of
        # one happening but a place both name: without one, abstain
        if len(f.places or []) != 1:
            return None
        return (None, f.measure, f.places[0])
    return (f.event, f.measure)


PARAGRAPH_REACH = 2  # a count outside every event takes the scope of one this many sentences before it, at most


def _scope_of_paragraph(brief, f, scoped):
    """A count of people outside every event and place, in a story of several events,
    told in the same paragraph and article just after (at most PARAGRAPH_REACH
    sentences) counts of the same measure that all share one event and one set of
    places, is of that event and those places: "The agency said 38 people were still
    missing in X. The mayor said that figure was far too low. 'More than 60 of our people
    are unaccounted for,' she said." Abstains (the figure unchanged) when its sentence
    names a time of its own, or says it is another or added matter (`ANOTHER_ONE`,
    `ADDED_FACT`), or is dated back, when a sentence between names a place, or the earlier
    counts disagree on event or places. Returns a copy with the carried event and places
    (the brief's own figure is not changed)."""
    if f.event is not None or f.places or len(brief.events) < 2 or f.id in scoped or f.measure not in COUNT_MEASURES:
        return f
    s = brief.sentence(f.sentence)
    if s is None or ANOTHER_ONE.search(s.text) or ADDED_FACT.search(s.text) or dated_back(brief, f) \
            or any(t.sentence == s.id for t in brief.times):
        return f
    same = [x for x in brief.sentences if x.article == s.article and x.paragraph == s.paragraph]
    at = next((i for i, x in enumerate(same) if x.id == s.id), None)
    if not at:
        return f
    before = same[max(0, at - PARAGRAPH_REACH):at]
    earlier = {x.id for x in before}
    prior = [g for g in brief.figures if g.sentence in earlier and g.measure == f.measure]
    scopes = {(g.event, tuple(g.places)) for g in prior}
    if len(scopes) != 1:
        return f
    event, places = next(iter(scopes))
    if event is None or not places:
        return f
    first = min(i for i, x in enumerate(before) if x.id in {g.sentence for g in prior})
    for x in before[first + 1:]:
        if any(brief.index.entity(eid) is not None and brief.index.entity(eid).type in ("GPE", "LOC", "FAC")
               for _a, _b, _t, eid in brief.index.mentions_in(x.id) if eid):
            return f  # another place named between: its scope is not carried
    return dataclasses.replace(f, event=event, places=list(places))


def _head(brief, key, labels):
    """(event id, heading) of a group's note."""
    if key in labels:
        return None, labels[key]
    if key[0] == "to date":
        return None, f"{key[1].capitalize()} to date"
    if key[0] is None and len(key) == 3:  # outside every event, at one place
        return None, f"{key[1].capitalize()} in {key[2]}"
    event = brief.index.event(key[0])
    title = _short(event.title if event else "", 60)
    return key[0], key[1].capitalize() + (f" in {title}" if title else "")


def _parts(brief, figs, dated=False) -> list[str]:
    seen, parts = set(), []
    for f in figs:
        when = published(brief, f) if dated else None
        label = f"{figure_label(f)} ({source_label(brief, f)}" + (f", {when.isoformat()})" if when else ")")
        if label not in seen:
            seen.add(label)
            parts.append(label)
    return parts


def figure_conflicts(brief, max_days_apart: int = MAX_DAYS_APART, ctx=None, progressions=None,
                     max_rival_values: int = MAX_RIVAL_VALUES):
    """Figure conflicts, one per (event, measure) whose figures cannot all be true.
    Figures are grouped by the event the `figures` stage filed them under; the scoped
    counts of `scoped_keys` by their scope. Counts that changed over time (`_relation`)
    are appended to `progressions` (a list) when given."""
    groups, order = {}, []
    scoped = scoped_keys(brief, ctx)
    labels = {v[0]: v[1] for v in scoped.values()}
    doc = (lambda sid: ctx.doc(sid)) if ctx is not None and getattr(ctx, "docs", None) is not None else (lambda sid: None)
    for f in brief.figures:
        f = _scope_of_paragraph(brief, f, scoped)
        key = _group_key(brief, f, scoped)
        if key is None:
            continue
        if key[0] not in ("size", "amount", "incidents") and (charged_count(doc(f.sentence), f) or union_of_deeds(doc(f.sentence), f)
                                                  or separate_incident(brief, f) or one_care_place(doc(f.sentence), f)
                                                  or described_group(doc(f.sentence), f)):
            continue  # one defendant's convictions, several deeds at once, another incident, one hospital's part
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(f)
    out = []
    for key in order:
        if key[0] == "incidents":
            groups[key] = _one_count_a_sentence(groups[key])
        if key[0] in ("size", "incidents") and _several_of_a_kind(brief, groups[key]):
            continue  # an article tells of two pileups of different sizes: which one another means is unknown
        figs = _best_per_source(brief, groups[key])
        info = {f.id: (source_label(brief, f), article_of(brief, f.sentence), bounds(f)) for f in figs}
        clash, rose = set(), set()
        spread = {f.id: (several_places(doc(f.sentence)), named_places(brief, doc(f.sentence), f), dated_back(brief, f),
                         deed_kind(doc(f.sentence), f), in_names(doc(f.sentence), f)) for f in figs}
        for i, a in enumerate(figs):
            for b in figs[i + 1:]:
                how = _relation(brief, key, a, b, info, max_days_apart, doc)
                if how == "clash" and _apart_in_scope(spread[a.id], spread[b.id]):
                    how = None
                if how == "clash":
                    clash.update((a.id, b.id))
                elif how == "progression":
                    rose.update((a.id, b.id))
        event_id, head = _head(brief, key, labels)
        if rose and progressions is not None:
            steps = sorted((f for f in figs if f.id in rose), key=lambda f: (published(brief, f), bounds(f)))
            revised = key[1] != "missing" and any(bounds(y)[0] < bounds(x)[0] for x, y in zip(steps, steps[1:]))
            progressions.append(Progression(id="", event=event_id, measure=key[1] if key[0] not in ("size", "amount", "incidents")
                                            else "other", items=[f.id for f in steps],
                                            note=f"{head}: " + " \u2192 ".join(_parts(brief, steps, dated=True))
                                            + (" (revised down)" if revised else "")))
        if not clash:
            continue
        figs = [f for f in figs if f.id in clash]  # the others agree: see figures.ranges()
        if len({bounds(f) for f in figs}) > max_rival_values:
            continue  # more than max_rival_values counts that clash: many days', places' or scopes' counts, not one disputed number
        out.append(Conflict(id="", kind="figure", event=event_id, items=[f.id for f in figs],
                            note=f"{head}: " + ", ".join(_parts(brief, figs))))
    # `_side_by_side` (two sides' counts of people in adjacent sentences) is not called: an
    # audit found it setting last year's, next week's and other events' counts against a
    # count (audit8_cf); abstaining is the safer gap
    return out


def _apart_in_scope(a, b) -> bool:
    """Two counts that cannot be told to be rivals from what their sentences say of
    place and time: one is a total over several places the other does not all name
    ("the storms in X and Y killed 80" / "in X, 52 died"), or one is dated back to an
    earlier period the other is not ("last week police arrested 10" / "more than 30
    have been detained"): a part, or an older count of a rising one; or the two are told
    with deeds of two kinds (`deed_kind`), or after "in" with two different proper
    nouns (`in_names`). Abstain."""
    (multi_a, named_a, back_a, kind_a, in_a), (multi_b, named_b, back_b, kind_b, in_b) = a, b
    if kind_a and kind_b and kind_a != kind_b:
        return True  # "evacuated 5,000" / "left 800 homeless": two kinds of one measure
    if in_a and in_b and not in_a & in_b:
        return True  # "In Harlow, 12 died" / "In Bexley, 30 died": two places
    return part_of_several_places(multi_a, named_b, multi_b, named_a) or back_a != back_b


def _from_text(brief, c) -> set:
    """The content words of a denial's sentence from where its own text starts to the end
    (the parser may stop the text short: "denied targeting the ..."), nothing before it."""
    s = brief.sentence(c.sentence)
    at = s.text.find(c.text) if s is not None and c.text else -1
    return _words(s.text[at:] if at >= 0 else (c.text or ""))


REPORTING = REPORTING_STEMS


def denial_conflicts(brief, ctx=None):
    claims = brief.claims
    def ev(c):
        return brief.index.event_of(c.sentence) or brief.index.event_of(brief.root_of(c.sentence))

    def words(c):
        s = brief.sentence(c.sentence)
        return _words(s.text if s else c.text) - _words(c.speaker_text or "")

    denies = [c for c in claims if c.stance == "deny" and not _refused_to_someone(ctx, c)]
    if not denies:
        return []
    # union-find over denials that share an event (or lack one) and content words
    uf = UnionFind()
    cache = {c.id: words(c) for c in denies}
    own = {c.id: _from_text(brief, c) - _words(c.speaker_text or "") for c in denies}
    for i, a in enumerate(denies):
        for b in denies[i + 1:]:
            shared = len(cache[a.id] & cache[b.id])
            if article_of(brief, a.sentence) == article_of(brief, b.sentence):
                # one article's denials whose own words (`_from_text`) share words deny the same
                # thing, whatever events say; words shared only before them (a lead, another
                # speaker's assertion) are another doubt beside it
                need, shared = 2, len(own[a.id] & own[b.id])
            elif ev(a) and ev(b):
                need = 2 if ev(a) == ev(b) else None
            else:
                need = 3
            if need is not None and shared >= need:
                uf.union(b.id, a.id)
    for neg, deny in _negative_statements(brief, denies):
        cache[neg.id] = words(neg)
        uf.union(neg.id, deny.id)
        denies.append(neg)
    comps = {}
    for c in denies:
        comps.setdefault(uf.find(c.id), []).append(c)
    out, said, counts = [], [], []
    for members in comps.values():
        items = [c.id for c in members]
        asserted = []
        member_sentences = {c.sentence for c in members}
        speakers = {(c.speaker or c.speaker_text or "").lower() for c in members}
        accused, by_accused = set(), []
        deeds = {m.id: _deed(m.text, {w.lower() for w in (m.speaker_text or "").split()}) for m in members
                 if m.stance == "deny"}
        for m in members:
            accused.update(_accused(m.text))
        for c in claims:
            if c.stance != "assert" or c.id in items or c.negated:
                continue  # a negative statement sharing the words says what the denial says
            if (c.speaker or c.speaker_text or "").lower() in speakers:
                continue
            if c.sentence in member_sentences:
                # "denied the raid that Y said killed ...": Y's words sit inside what is denied;
                # another clause of the sentence ("X denied it, and Y defended Z") is not the same
                # proposition, nor is "..., Norpress reported" wrapping the denial
                if any(m.text and c.text and c.text in m.text and c.text != m.text
                       for m in members if m.sentence == c.sentence):
                    asserted.append(c)
                continue
            if any(ev(c) and ev(m) and ev(c) != ev(m) for m in members):
                continue
            if accused and _speaker_keys(brief, c) & accused:
                by_accused.append(c)  # "denied the rebels' claims" against the rebels' claim of it
                continue
            # shared names alone ("the Courier story" / "the Courier printed a correction") are no
            # shared proposition: the overlap counts the words that are not names
            cw = _words(_without_names(c.text))
            # a deed noun meets its kind or head ("the break-in" / "the burglary": `_one_deed_word`)
            if len(cw) >= 3 and any(len(_soft_shared(cw, cache[m.id])) >= max(3, len(cw) // 2)
                                    and _within(set(deeds.get(m.id) or ()), cw)
                                    and not _other_targets(brief, m, c)
                                    and not _denier_subject(m) for m in members):
                asserted.append(c)  # most words shared, and the deed a denial names (verb, object) among them
        asserted += _accused_claims(brief, by_accused, cache, members)
        asserted += [c for c in _described_accuser_claims(brief, members, claims, own) if c not in asserted]
        asserted += [c for c in _retracted(brief, members, claims) if c not in asserted]
        asserted += [c for c in _said_of_the_denier(brief, members, claims, speakers, ev) if c not in asserted]
        asserted += [c for c in _pointed_back_to(brief, members, claims, ctx) if c not in asserted]
        asserted += [c for c in _pronoun_chain(brief, ctx, members, claims, ev) if c not in asserted]
        asserted += [c for c in _contrasted(brief, members, claims) if c not in asserted]
        asserted += [c for c in _accusation_of_the_denier(brief, ctx, members, claims) if c not in asserted]
        asserted += [c for c in _same_deed_denied(brief, ctx, members, claims) if c not in asserted]
        asserted += [c for c in _blamed_on_the_denier(brief, members, claims, speakers, ev) if c not in asserted]
        asserted += [c for c in _same_blame(brief, asserted, claims, ev) if c not in asserted]
        # an accusation of another party is no assertion against these deniers ("The union
        # accused the Trust of hiring guards" / "The council denied hiring guards")
        asserted = [c for c in asserted if not _accuses_another(brief, ctx, c, members)]
        items += [c.id for c in asserted]
        if len(items) < 2:
            continue
        if not asserted and len({brief.root_of(c.sentence) for c in members if c.stance == "deny"}) < 2:
            # one sentence (or its copies) whose denial was split into claims, or a denial and
            # negative statements that agree with it: nobody on the other side
            continue
        deniers = []
        for c in members:
            name = c.speaker_text or "someone"
            if name not in deniers:
                deniers.append(name)
        first = members[0]
        note = f"{', '.join(deniers)} denied: {_short(first.text)}"
        if len(members) == 1 and len(asserted) == 1 and _who(asserted[0]) == _who(first):
            # a retraction or a backing off: the speaker takes back its own words
            note = f"{first.speaker_text or 'A source'} took back: {_short(asserted[0].text)}"
            asserted = []
        if asserted:  # the note quotes the directly matched assertion, never a joiner (`_same_blame`)
            a = asserted[0]
            note += f"; asserted by {a.speaker_text or 'a source'}: {_short(a.text)}"
        out.append(Conflict(id="", kind="denial", event=ev(first), items=items, note=note))
        said.append({c.id for c in asserted})
        counts.append(len(members))
    return _one_per_assertion(out, said, counts)


def _one_per_assertion(found, said, counts) -> list:
    """Denial conflicts that meet the same assertion are one dispute told twice ("rejected
    the union's account" on Wednesday, "again dismissed the union's claim" on Thursday):
    one conflict, the first's note, with every denial's items. `counts` holds the
    denials of each; a note telling more than one ends "(N denials)"."""
    uf = UnionFind()
    for i in range(len(found)):
        uf.find(i)
        for j in range(i):
            if said[i] & said[j]:
                uf.union(j, i)
    groups = {}
    for i in range(len(found)):
        groups.setdefault(uf.find(i), []).append(i)
    out = []
    for members in sorted(groups.values()):
        head = found[members[0]]
        items = list(dict.fromkeys(x for i in members for x in found[i].items))
        count = sum(counts[i] for i in members)
        note = head.note + (f" ({count} denials)" if count > 1 else "")
        out.append(dataclasses.replace(head, items=items, note=note))
    return out


def _refused_to_someone(ctx, c) -> bool:
    """"The council denied the residents a hearing", "to deny him a permit": the cue verb
    has an indirect object (spaCy `dative`) beside its object, so it refuses someone a
    thing, it denies no claim: no denial conflict. Without a parse: False."""
    doc = ctx.doc(c.sentence) if ctx is not None and getattr(ctx, "docs", None) is not None else None
    if doc is None or not c.cue:
        return False
    for t in doc:
        if t.text == c.cue.split()[0] and t.pos_ == "VERB":
            deps = {x.dep_ for x in t.children}
            if "dative" in deps and "dobj" in deps:
                return True
    return False


def _negative_statements(brief, denies) -> list:
    """(negative statement, denial) pairs: a speaker's own negative statement of the
    proposition another denies ("the inspectors said no permit was ever signed for the
    quarry" beside "the board denied signing a permit for the quarry") stands on the
    denial's side. Same proposition: most
    content words that are no names shared (`proposition_words`, at least
    OPPOSED_MIN_WORDS and more than half of each), in another sentence; a conditional, a
    possibility or a question is no statement."""
    out = []
    real = [(d, proposition_words(d.text, REPORTING)) for d in denies]
    for c in brief.claims:
        if c.stance != "assert" or not c.negated or c.modality != "asserted" or "?" in c.text:
            continue
        mine = proposition_words(c.text, REPORTING)
        if negates_telling(c.text):  # "had not told anyone about the spill" negates no spill
            continue
        for d, theirs in real:
            if brief.root_of(d.sentence) != brief.root_of(c.sentence) and same_proposition(mine, theirs):
                out.append((c, d))
                break
    return out


SUBJECT_PRONOUNS = {"it", "he", "she", "they", "we", "i"}


AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "would", "will", "could",
               "been", "be", "ever", "not", "never", "also"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "any", "some", "all", "those", "these", "this"}
NP_END = {"of", "in", "on", "at", "to", "for", "from", "with", "by", "into", "over", "after", "before", "during",
          "and", "or", "but", "that", "which", "who", "last", "this", "next"}


def _deed(text: str, denier: set) -> tuple[str, str] | None:
    """(main verb, object head) stems of what a denial says the denier did: "it had shut
    the night ward of the clinic" -> (shut, ward). Hand-written: the claim text has no
    parse here, and the shape is the plain subject-verb-object of a denied deed."""
    tokens = [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'\-]*", text or "")]
    k = 0
    while k < len(tokens) and (tokens[k] in SUBJECT_PRONOUNS or tokens[k] in denier or tokens[k] in DETERMINERS):
        k += 1
    while k < len(tokens) and tokens[k] in AUXILIARIES:
        k += 1
    if k >= len(tokens):
        return None
    verb, k = tokens[k], k + 1
    while k < len(tokens) and tokens[k] in DETERMINERS:
        k += 1
    head = None
    while k < len(tokens) and tokens[k] not in NP_END:
        head, k = tokens[k], k + 1
    return (_stem(verb), _stem(head)) if head else None


def _denier_subject(m) -> bool:
    """A denial of the denier's own deed ("it had closed the ward", or a gerund: "denied
    closing the ward"): only an assertion that the denier did it meets it
    (`_said_of_the_denier`), not one of another actor's deed ("a contractor of X closed
    the ward")."""
    first = (m.text or "").split()[:1]
    return m.stance == "deny" and bool(first) and (first[0].lower() in SUBJECT_PRONOUNS or _gerund(first[0]))


def _gerund(word: str) -> bool:
    """A denial's text opening with the deed's -ing form ("dumping waste", "having met
    them"): the denier's own deed, its subject left out. Hand-written: the claim text has
    no parse here."""
    return word.islower() and word.endswith("ing") and len(word) > 5 and not word.endswith("thing")


def _blamed_on_the_denier(brief, members, claims, speakers, ev) -> list:
    """Another speaker's assertion that the denier did a happening the denier denies any
    part in (`conflict_blame`): "denied any part in the bombing" against "the Brigades had
    carried out the bombing"; or that blames the denier's own activity the denial says
    played no part ("its blasting had played any part" / "blamed blasting at the Hollin
    site for loosening the slope"). The denier's names are its speaker text and, when linked,
    its entity's names; the assertion is plain (not negated, not conditional), by another
    speaker, in the same event when both have one."""
    out = []
    for m in members:
        sentence, at = brief.sentence(m.sentence), _position(brief, m)
        # read on from the claim's start: the parser may hang "in the bombing" on the verb,
        # leaving the claim "any part"
        if m.stance != "deny" or sentence is None or at < 0:
            continue
        part, cause = conflict_blame.denies_a_part(sentence.text[at:]), conflict_blame.denied_cause(m.text)
        if not part and cause is None:
            continue
        names = {k for k in _speaker_keys(brief, m) if len(k) > 3}
        for c in claims:
            if c.stance != "assert" or c.negated or c.modality != "asserted" or c in out or _who(c) == _who(m) \
                    or (c.speaker or c.speaker_text or "").lower() in speakers:
                continue
            if ev(c) and ev(m) and ev(c) != ev(m):
                continue
            if (part and conflict_blame.blames(c.text, names)) or (
                    cause and conflict_blame.blames_cause(c.cue, c.text, cause, names, _from_cue(brief, c))):
                out.append(c)
    return out


def _from_cue(brief, c) -> str:
    """The claim's clause from its cue word on: its sentence from the cue to the end of the
    claim's words, or, when the words are not one stretch of it (the parser left "by ..."
    out), to the next clause ("; ", " but ", " while ", " and "). "" without the cue."""
    s, at = brief.sentence(c.sentence), _position(brief, c)
    if s is None or not c.cue:
        return ""
    if at >= 0:
        start = s.text.rfind(c.cue, 0, at + 1)
        return s.text[start:at + len(c.text)] if start >= 0 else ""
    start = s.text.find(c.cue)
    return re.split(r";|\s(?:but|while|and)\s", s.text[start:])[0] if start >= 0 else ""


def _said_of_the_denier(brief, members, claims, speakers, ev) -> list:
    """Another speaker's assertion of what a denier denies doing: "the clinic board
    denied it had shut the night ward of the clinic" against "the board had shut the
    night ward of the clinic in May, nurses said". The denial's subject is the denier (a
    pronoun or its name), the assertion names the denier (the head noun of its name, or
    its entity) as the one who did it, in the same event, and it is the same deed: the
    denial's main verb and object head are among the shared words, which cover more than
    half of the denial's words that are no names (the denier's left out); a negated or
    conditional assertion is none."""
    out = []
    for m in members:
        words_ = (m.text or "").split()
        head = (m.speaker_text or "").split()[-1:] if m.speaker_text else []
        if m.stance != "deny" or not words_ or not head \
                or (words_[0].lower() not in SUBJECT_PRONOUNS and words_[0] != head[0] and not _gerund(words_[0])):
            continue
        denier = {w.lower() for w in (m.speaker_text or "").split()}
        theirs = proposition_words(m.text, REPORTING) - denier - {_stem(w) for w in denier}
        deed = _deed(m.text, denier)
        if deed is None or not set(deed) <= theirs:
            continue
        for c in claims:
            if c.stance != "assert" or c.negated or c.modality != "asserted" or c in out:
                continue
            if (c.speaker or c.speaker_text or "").lower() in speakers or brief.root_of(c.sentence) == brief.root_of(m.sentence):
                continue
            if ev(c) and ev(m) and ev(c) != ev(m):
                continue  # another event's deed
            said = (c.text or "").lower().split()
            if head[0].lower() not in said[:4] and not (m.speaker and _leads_the_claim(brief, c, m.speaker)):
                continue  # the assertion is not about the denier doing something
            shared = (proposition_words(c.text, REPORTING) - denier - {_stem(w) for w in denier}) & theirs
            if set(deed) <= shared and 2 * len(shared) > len(theirs):
                out.append(c)
    return out


def _singular_or_plural(noun: str) -> str:
    """A regex for a noun and its regular plural ("story" -> "stor(?:y|ies)", "claim" ->
    "claims?"). Hand-written: the lexicon lists singular nouns and these need no lemmatizer."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return re.escape(noun[:-1]) + "(?:y|ies)"
    if noun.endswith(("s", "x", "ch", "sh")):
        return re.escape(noun) + "(?:es)?"
    return re.escape(noun) + "s?"


# what somebody else alleged ("denied the claims", "the ministry's account"): one list, the
# lexicon `allegation_nouns` the claims stage reads too
ALLEGATION = "(?:" + "|".join(_singular_or_plural(n) for n in sorted(ALLEGATION_NOUNS, key=len, reverse=True)) + ")"
# media nouns name a thing, not the words before them ("Aid workers said the camp was dry.
# The army rejected the photos": photos of anything): they name whose claims are denied
# ("X's video", `_accused`) but never point back
MEDIA_NOUNS = frozenset({"footage", "image", "photo", "photograph", "picture", "video", "recording", "clip"})
POINTED = "(?:" + "|".join(_singular_or_plural(n) for n in sorted(ALLEGATION_NOUNS - MEDIA_NOUNS, key=len,
                                                                   reverse=True)) + ")"
POINTING_BACK = re.compile(rf"^(?:it|this|that|these|those|them|(?:the|these|those|such) {POINTED})$", re.I)


def _pointed_back_to(brief, members, claims, ctx=None) -> list:
    """What a denial that only points back denies ("Police said the owner had locked the
    doors. The owner denied it."; "... denied the claim"; "Police said the owner had
    locked the doors, but he denied it"): the assertion before it in its own sentence,
    else that of the sentence just before it in the same article, when that place holds
    exactly one assertion by someone else than the denier, stated (not negated,
    conditional or asked); with none or several there, or further back, abstain. The
    sentence before counts only when the denial's own sentence has no clause the pronoun
    could point to ("Asked whether ..., X denied it": `_bare_lead`), and when the sentence
    before that one, in the paragraph, does not narrate a deed of the denier
    (`_denier_deed_before`: "X is accused of Y. Z said W. X denies it" abstains)."""
    out = []
    position = {s.id: k for k, s in enumerate(brief.sentences)}
    for m in members:
        k = position.get(m.sentence)
        if m.stance != "deny" or k is None or not POINTING_BACK.match((m.text or "").strip()):
            continue
        found = [c for c in claims if c.sentence == m.sentence and c.stance == "assert" and _before(brief, c, m)]
        if not found and k > 0 and brief.sentences[k - 1].article == brief.sentences[k].article \
                and _bare_lead(brief, m):
            there = {brief.sentences[k - 1].id, brief.root_of(brief.sentences[k - 1].id)}
            prev = brief.sentences[k - 1].text
            found = [c for c in claims if c.sentence in there and c.stance == "assert"]
            if len(found) == 1 and 2 * len(found[0].text or "") < len(prev):
                found = []  # the one claim read there is a small part of that sentence: it may hold others
            if found and _denier_deed_before(brief, ctx, m, k - 2):
                found = []  # "X is accused of Y. Z said W. X denies it": two things "it" may be
        if len(found) == 1 and not found[0].negated and found[0].modality == "asserted" \
                and "?" not in (found[0].text or "") and _who(found[0]) != _who(m):
            out.append(found[0])
    return out


# verbs that tell who is said to have done a deed, not a deed: "is accused of dumping", "blamed X for"
IMPUTING = {"accuse", "blame", "suspect", "charge", "allege", "say", "report", "claim", "believe", "think"}
QUOTES = re.compile(r"[\"\u201c\u201d]")


def _actor_of(verb):
    """The token naming who does a verb: its subject; for a verb joined to another
    ("sold ... and dumped"), that one's; for a deed imputed ("X is accused of dumping",
    "X is said to have dumped"), the one it is imputed to; for a passive ("was dumped by
    X"), the agent. None when nothing says."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    head = verb.head
    if verb.dep_ == "conj" and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        return _actor_of(head)
    if verb.dep_ == "xcomp" and head.lemma_.lower() in IMPUTING:
        return next((c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for") \
            and head.head.lemma_.lower() in IMPUTING:
        imputer = head.head
        return next((c for c in imputer.children if c.dep_ == "dobj"), None) \
            or next((c for c in imputer.children if c.dep_ == "nsubjpass"), None)
    return None


WHERE_POS = ("NOUN", "PROPN", "NUM")
# the verb's dependents that tell where or when: its prepositions, and the place the parser
# reads as a second object or an adverbial noun ("dumped oil off Cape Tarrant", "off" a particle)
WHERE_DEPS = ("prep", "dobj", "npadvmod", "dative")  # what tells one such deed from another: places, things, years, days


def _deed_clauses(doc, start=0, end=None):
    """(actor token, verb lemma, object lemma, where words) of every deed told in a parsed span: a
    verb (not one that only imputes it: `IMPUTING`) with a noun object, active ("dumped
    ballast oil") or passive ("oil was dumped by X"). A deed told negated, as a
    possibility ("could have dumped") or with a pronoun object is no deed here (None
    actor when nothing names who did it). The where words are the nouns around the
    object and the verb's prepositions, and their numbers ("the fire at the Sorrel
    warehouse", "off Cape Morrow", "in 2019"): what tells one such deed from another. Hand-written over spaCy's parse: no library
    reads a clause's deed."""
    end = len(doc) if end is None else end
    out = []
    for t in doc[start:end]:
        if t.pos_ != "VERB" or t.lemma_.lower() in IMPUTING:
            continue
        passive = any(c.dep_ == "auxpass" for c in t.children)
        obj = next((c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        told = frozenset(w.lemma_.lower() for w in obj.subtree if w.i != obj.i and w.pos_ in WHERE_POS) | \
            frozenset(w.lemma_.lower() for c in t.children if c.dep_ in WHERE_DEPS and c.i != obj.i
                      for w in c.subtree if w.pos_ in WHERE_POS)
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in t.children):
            out.append((None, t.lemma_.lower(), obj.lemma_.lower(), told))  # still a candidate: "it" is ambiguous
            continue
        out.append((_actor_of(t), t.lemma_.lower(), obj.lemma_.lower(), told))
    return out


def _names_denier(brief, token, m, sentence_id) -> bool:
    """The actor token is the denier: the head word of the denier's name as written
    ("the company" for "The company"), or inside a mention of the denier's entity. A
    pronoun is nobody here (it would need a chain of its own)."""
    if token is None or token.pos_ == "PRON":
        return False
    head = (m.speaker_text or "").split()[-1:]
    if head and token.lower_ == head[0].lower():
        # one head word is not one actor: "The Venn company denies it" after a deed of "the
        # Marlo company", "Irma Ostrov" after "Pieter Ostrov"; a bare "the company" may
        # point back to the named one
        mine = _actor_name(token)
        denier = {w.lower() for w in re.findall(r"[A-Za-z][\w'\-]*", m.speaker_text)} - DETERMINERS
        return mine <= denier or denier <= mine
    return _in_mention_of(brief, token, m.speaker, sentence_id)


def _actor_name(token) -> frozenset:
    """The name words (proper nouns) of an actor's phrase and its head word: "the Tessan
    company" -> {tessan, company}; "the company" -> {company} (no name)."""
    words = {c.lower_ for c in token.subtree if c.i < token.i and c.pos_ == "PROPN"
             and all(x.dep_ in ("compound", "nmod", "amod", "poss", "flat") for x in _path_up(c, token))}
    return frozenset(words | {token.lower_})


def _path_up(token, top) -> list:
    """The tokens from `token` up to (not including) `top`, which is one of its heads."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def _same_actor(brief, token, name: frozenset, m, sentence_id) -> bool:
    """An assertion's actor is the antecedent's: the same head word and at least its name
    words ("the Tessan company" for "The Tessan company"; not "the Varro company", nor a
    bare "the company"), or a mention of the denier's entity."""
    if token is None or token.pos_ == "PRON":
        return False
    if m.speaker and any(eid == m.speaker and a <= token.idx < b for a, b, _t, eid in brief.index.mentions_in(sentence_id)):
        return True
    return name <= _actor_name(token)


def _span(doc, text_at: int, length: int):
    """Token range [start, end) of a doc covering characters [text_at, text_at + length)."""
    start = next((t.i for t in doc if t.idx >= text_at), len(doc))
    end = next((t.i for t in doc if t.idx >= text_at + length), len(doc))
    return start, end


ACCUSE_CUES = ("accused", "accuses", "accuse", "accusing")


def _accused_token(brief, ctx, c):
    """The accused of an accusation claim ("X accused Y of ..."): the direct object of
    "accuse" inside the claim's words, or None."""
    if (c.cue or "").lower() not in ACCUSE_CUES or ctx is None:
        return None
    cdoc, at = ctx.doc(c.sentence), _position(brief, c)
    if cdoc is None or at < 0:
        return None
    start, end = _span(cdoc, at, len(c.text))
    return next((t for t in cdoc[start:end] if t.dep_ == "dobj" and t.head.lemma_.lower() == "accuse"), None)


def _accuses_another(brief, ctx, c, members) -> bool:
    """Claim c is an accusation ("X accused Y of ...") whose accused is none of the deniers."""
    accused = _accused_token(brief, ctx, c)
    return accused is not None and not any(
        m.stance == "deny" and (_accused_is(brief, accused, m, c.sentence) or _surely_the_denier(brief, accused, m, c.sentence))
        for m in members)


def _accused_is(brief, token, m, sentence_id) -> bool:
    """The accused of an accusation (stage `claims`: "X accused Y of V-ing ...") is the denier: a mention of its entity, the head word
    of its name with no other name words ("the Vossel company" for "The Vossel company"),
    or a bare organisation noun ("the company", "the firm") for an organisation."""
    if token.pos_ == "PRON":
        return False
    # a bare "the company" may be any firm of the story (audit8_cf): not the denier
    return _in_mention_of(brief, token, m.speaker, sentence_id) or _names_denier(brief, token, m, sentence_id)


def _in_mention_of(brief, token, eid, sentence_id) -> bool:
    """The token lies inside a mention of entity `eid` in its sentence."""
    return bool(eid) and any(e == eid and a <= token.idx < b for a, b, _t, e in brief.index.mentions_in(sentence_id))


def _surely_the_denier(brief, token, m, sentence_id) -> bool:
    """The accused is the denier beyond doubt: a mention of its entity, its name's own
    words ("the Vossel company"), or a bare kind ("the company") when the story names one
    body of that kind, the denier, and the article named it before
    (`claims.only_one_of_kind`). A bare head alone (`_names_denier`) is not enough: the
    story may name two companies."""
    if token.pos_ == "PRON":
        return False
    if _in_mention_of(brief, token, m.speaker, sentence_id) or (
            _names_denier(brief, token, m, sentence_id) and len(_actor_name(token)) > 1):
        return True
    if m.speaker and token.pos_ == "NOUN" and any(x.dep_ == "det" and x.lower_ == "the" for x in token.children) \
            and not any(x.dep_ in ("compound", "amod", "poss", "nmod") for x in token.children):
        from newsbrief.stages.claim_speakers import only_one_of_kind
        sentence = brief.sentence(sentence_id)
        one = only_one_of_kind(brief, sentence, token.lower_) if sentence is not None else None
        return bool(one and one["id"] == m.speaker)
    return False


def _accused_deed(token):
    """(verb, object) tokens of the deed an accusation names: "accused the company of
    bringing in replacement workers" -> (bringing, workers); None without a gerund and
    its object."""
    for owner in (token, token.head):
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                verb = next((x for x in prep.children if x.dep_ == "pcomp" and x.tag_ == "VBG"), None)
                obj = next((x for x in verb.children if x.dep_ == "dobj"), None) if verb is not None else None
                if obj is not None and obj.pos_ == "NOUN":
                    return verb, obj
    return None


def _deed_verb_groups() -> dict[str, set]:
    """Verb lemma (phrasal verbs joined by "_") -> the verbs that tell the same deed with
    it (lexicon `deed_verb_synonyms`), itself included."""
    out: dict[str, set] = {}
    for line in words("deed_verb_synonyms"):
        group = set(line.split())
        for v in group:
            out.setdefault(v, set()).update(group)
    return out


DEED_VERBS = _deed_verb_groups()


PARTICLES = frozenset({"away", "out", "in", "off", "up", "down", "over", "on"})  # "throw away" the parser calls an adverb


def _verb_key(token) -> str:
    """A verb's lemma with its particle ("bringing in" -> "bring_in")."""
    prt = next((x.lower_ for x in token.children if x.dep_ == "prt"
                or (x.dep_ == "advmod" and x.i == token.i + 1 and x.lower_ in PARTICLES)), None)
    return token.lemma_.lower() + (f"_{prt}" if prt else "")


def _one_deed_verb(a, b) -> bool:
    """Two verb tokens tell one deed: the same lemma and particle, or one group of lexicon
    `deed_verb_synonyms`."""
    ka, kb = _verb_key(a), _verb_key(b)
    return ka == kb or kb in DEED_VERBS.get(ka, ())


def _denied_deed(ctx, brief, m):
    """(verb, object) tokens of the deed a denial of the denier's own deed names ("denied
    hiring any replacement workers" -> hiring, workers), read from its sentence's parse."""
    doc, at = ctx.doc(m.sentence), _position(brief, m)
    if doc is None or at < 0:
        return None
    start, end = _span(doc, at, len(m.text))
    verb = next((t for t in doc[start:end] if t.pos_ == "VERB"), None)
    obj = next((x for x in verb.children if x.dep_ == "dobj" and x.pos_ == "NOUN"), None) if verb is not None else None
    return (verb, obj) if obj is not None else None


def _accusation_of_the_denier(brief, ctx, members, claims) -> list:
    """Another speaker's accusation of the denier against its denial of that deed: "The
    union accused the company of bringing in replacement workers" / "Kestrel denied
    hiring any replacement workers". In one article; the accused is the denier
    (`_surely_the_denier`: its name, or "the company" when the story names one company,
    the denier); the denial tells the denier's own deed (a gerund or a pronoun subject,
    `_denier_subject`); and the two deeds are one: the same object noun, and verbs of one
    deed (`_one_deed_verb`: "bringing in" / "hiring"; "sacking" / "hiring" are two)."""
    out = []
    if ctx is None:
        return out
    for m in members:
        if m.stance != "deny" or not _denier_subject(m):
            continue
        deed = _denied_deed(ctx, brief, m)
        if deed is None:
            continue
        for c in claims:
            if c.stance != "assert" or c.negated or c in out or _who(c) == _who(m) \
                    or article_of(brief, c.sentence) != article_of(brief, m.sentence):
                continue
            token = _accused_token(brief, ctx, c)
            if token is None or not _surely_the_denier(brief, token, m, c.sentence):
                continue
            found = _accused_deed(token)
            if found is not None and found[1].lemma_.lower() == deed[1].lemma_.lower() \
                    and _one_deed_verb(found[0], deed[0]):
                out.append(c)
    return out


def _deed_chain(ctx, brief, c):
    """(subject, verb, deepest verb, object) of the deed a claim tells, read from its
    sentence's parse: the claim's first verb, the verbs it governs as its complement
    ("ordered anyone to throw away" -> throw away) and the deepest one's object noun
    ("a single sample" -> sample). None without a verb, a complement verb or an object."""
    doc, at = ctx.doc(c.sentence), _position(brief, c)
    if doc is None or at < 0:
        return None
    start, end = _span(doc, at, len(c.text))
    verb = next((t for t in doc[start:end] if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    deep = verb
    while True:
        nxt = next((x for x in deep.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), None)
        if nxt is None:
            break
        deep = nxt
    obj = next((x for x in deep.children if x.dep_ == "dobj" and x.pos_ == "NOUN"), None)
    subject = next((x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    if deep is verb or obj is None or subject is None:
        return None
    return subject, verb, deep, obj


def _same_deed_denied(brief, ctx, members, claims) -> list:
    """A negated denial of a deed told through another verb ("his client never ordered
    anyone to throw away a single sample") against another speaker's assertion of that
    deed in the same article ("Petrossi had ordered technicians to discard water
    samples"): the same first verb, complement verbs of one deed (`_one_deed_verb`), the
    same object noun, and one doer: the assertion's doer is named in the denial's
    sentence, and the denial's is that name or a pronoun or possessed description of him
    ("his client"). Two named doers ("Varga never ordered ...") are two people: abstain."""
    out = []
    if ctx is None:
        return out
    for m in members:
        if m.stance != "deny" or not m.negated:
            continue
        mine = _deed_chain(ctx, brief, m)
        if mine is None:
            continue
        sentence = brief.sentence(m.sentence)
        for c in claims:
            if c.stance != "assert" or c.negated or c in out or _who(c) == _who(m) \
                    or article_of(brief, c.sentence) != article_of(brief, m.sentence):
                continue
            theirs = _deed_chain(ctx, brief, c)
            if theirs is None or theirs[0].pos_ != "PROPN":
                continue
            doer = theirs[0].text
            named = re.search(rf"\b{re.escape(doer)}\b", sentence.text) is not None
            described = mine[0].lower_ in SUBJECT_PRONOUNS or any(x.dep_ == "poss" for x in mine[0].children)
            if not named or not (mine[0].text == doer or (mine[0].pos_ != "PROPN" and described)):
                continue
            if _verb_key(mine[1]) == _verb_key(theirs[1]) and _one_deed_verb(mine[2], theirs[2]) \
                    and mine[3].lemma_.lower() == theirs[3].lemma_.lower():
                out.append(c)
    return out


def _pronoun_chain(brief, ctx, members, claims, ev) -> list:
    """What a denial that only points back ("The company denies it.", `_bare_lead`)
    denies when the sentence before it is the reporter's own narration of a deed of the
    denier ("The Tessan company is accused of dumping ballast oil off Cape Morrow."): the
    assertions of other speakers, elsewhere in the story, that the denier did that deed
    ("Coastguard officers said the Tessan company had dumped ballast oil ..."). A safe,
    explicit chain only, else abstain:
    - the sentence before is in the denial's article AND paragraph, holds no claim (an
      assertion there is `_pointed_back_to`'s) and no quotation mark (another voice);
    - it tells exactly one deed (`_deed_clauses`: a verb with a noun object; two deeds,
      "sold its tanker and dumped oil", make "it" ambiguous), not negated or possible,
      and its actor is the denier by name (`_names_denier`: a pronoun actor, another
      actor, "a tanker spilled oil", is no chain);
    - an assertion meets it when it is stated (not negated, conditional or asked), by
      someone other than the denier, outside those two sentences, of the same event or
      none, and tells the same deed of the same actor: the verb's lemma, the object's
      lemma or its kind or head (`_one_deed_word`), the words around them one inside
      the other's ("the fire" / "the fire at the Sorrel warehouse"; not "... at the
      Dunmore mill": two fires), the actor named with the
      antecedent's name words (`_same_actor`: not "the Varro company" for "the Tessan
      company"); an antecedent actor without a name ("The company is accused ...")
      chains to nothing.
    Without parses (no `ctx`), nothing."""
    if ctx is None:
        return []
    out = []
    position = {s.id: k for k, s in enumerate(brief.sentences)}
    for m in members:
        k = position.get(m.sentence)
        if m.stance != "deny" or not k or not POINTING_BACK.match((m.text or "").strip()) or not _bare_lead(brief, m):
            continue
        here, prev = brief.sentences[k], brief.sentences[k - 1]
        if prev.article != here.article or prev.paragraph != here.paragraph or QUOTES.search(prev.text) \
                or QUOTES.search(here.text) or "?" in prev.text:
            continue
        if any(c.sentence in (prev.id, brief.root_of(prev.id)) for c in claims):
            continue
        if any(c.sentence == m.sentence and c.id != m.id and _before(brief, c, m) for c in claims):
            continue
        doc = ctx.doc(prev.id)
        deeds = _deed_clauses(doc) if doc is not None else []
        if len(deeds) != 1 or not _names_denier(brief, deeds[0][0], m, prev.id):
            continue
        actor, verb, obj, where = deeds[0]
        name = _actor_name(actor)
        if len(name) < 2:
            continue  # "The company is accused of ...": no name says which company the story's others mean
        for c in claims:
            if c.stance != "assert" or c.negated or c.modality != "asserted" or "?" in (c.text or "") or c in out:
                continue
            if _who(c) == _who(m) or brief.root_of(c.sentence) in {brief.root_of(x) for x in (m.sentence, prev.id)}:
                continue
            if ev(c) and ev(m) and ev(c) != ev(m):
                continue
            cdoc, at = ctx.doc(c.sentence), _position(brief, c)
            if cdoc is None or at < 0:
                continue
            start, end = _span(cdoc, at, len(c.text))
            if any(v == verb and _one_deed_word(o, obj) and _same_actor(brief, a, name, m, c.sentence)
                   and (_within(where, w) or _within(w, where)) for a, v, o, w in _deed_clauses(cdoc, start, end)):
                out.append(c)
    return out


def _denier_deed_before(brief, ctx, m, k) -> bool:
    """Sentence number k, in the denial's article and paragraph, narrates a deed of the
    denier by name (`_deed_clauses`, `_names_denier`): a second thing a pointing-back
    denial two sentences on may deny. Without parses, no."""
    if ctx is None or k < 0:
        return False
    s, here = brief.sentences[k], brief.sentence(m.sentence)
    if here is None or s.article != here.article or s.paragraph != here.paragraph:
        return False
    doc = ctx.doc(s.id)
    return doc is not None and any(_names_denier(brief, a, m, s.id) for a, _v, _o, _w in _deed_clauses(doc))


LEAD_CLAUSE = {"asked", "asking", "whether", "if", "when", "after", "as", "while", "because", "told", "questioned",
               "pressed", "about", "over", "that", "who", "which"}
# what may follow "<speaker> denied it" in a sentence that only points back: a day, "later",
# "in a statement", "to reporters", "through a lawyer" (an attribution or a time, no clause)
BARE_TAIL = re.compile(r"^(?:\s*,?\s*(?:(?:late |early )?(?:on )?[A-Z][a-z]+day(?: (?:morning|afternoon|evening|night))?"
                       r"|later|again|at once|in an? (?:\w+ )?(?:statement|interview)|to (?:the )?reporters"
                       r"|through (?:an?|his|her|their|its) (?:\w+ )?(?:spokesman|spokeswoman|spokesperson|lawyer)))*"
                       r"\s*[.!]?\s*$")


def _bare_lead(brief, m) -> bool:
    """The denial's sentence is only "<speaker> denied it": at most three words before the
    name and none of a clause ("Later,", "On Friday,"; not "Asked whether ..., X denied it"),
    at most an adverb between the name and the verb (no apposition: "X, questioned about
    ..., denied it"), and after the object at most a day, "later", "in a statement", "to
    reporters" (`BARE_TAIL`; not "denied it when asked whether ..."): nothing in the
    sentence that "it" could point to. A speaker or object not found as written: abstain."""
    s = brief.sentence(m.sentence)
    name, obj = (m.speaker_text or "").strip(), (m.text or "").strip()
    at = s.text.find(name) if s is not None and name else -1
    if at < 0 and s is not None and m.cue:
        # the speaker resolved to a fuller name than written ("The service" -> "The National
        # Prison Service"): the subject as written is what stands before the cue verb, one
        # short noun phrase ("The service", "The prison service") with no clause of its own
        cue = re.search(rf"\b{re.escape(m.cue)}\b", s.text)
        subject = s.text[:cue.start()].strip() if cue else ""
        if cue and re.fullmatch(r"(?:[Tt]he |[Ii]ts |[Tt]heir )?[A-Za-z'\-]+(?: [A-Za-z'\-]+){0,2}", subject) \
                and not {w.lower() for w in subject.split()} & LEAD_CLAUSE:
            name, at = subject, s.text.find(subject)
    end = s.text.find(obj, at + len(name)) if at >= 0 and obj else -1
    if at < 0 or end < 0:
        return False
    lead = [w.lower() for w in re.findall(r"[A-Za-z']+", s.text[:at])]
    between = re.findall(r"[A-Za-z']+|[,;:()\-]", s.text[at + len(name):end])
    if len(between) > 2 or any(not w.isalpha() for w in between):
        return False  # "X, questioned about his trip, denied it": a clause of its own before the verb
    tail = s.text[end + len(obj):]
    return len(lead) <= 3 and not set(lead) & LEAD_CLAUSE and bool(BARE_TAIL.match(tail))


CONTRAST = re.compile(r"\b(?:but|however|though|although|yet|while)\b", re.I)
ANAPHOR = re.compile(r"\b(?:such|those|these)\s+((?:an?\s+)?[A-Za-z\-]+(?:\s+[A-Za-z\-]+)?)", re.I)
CONTRAST_MIN_SHARED = 2  # content words a contrasted denial shares with the assertion, without a pointer


def _contrasted(brief, members, claims) -> list:
    """In one sentence, another speaker's assertion before a denial or doubt, the two
    clauses joined by a contrast ("but", "however", "while"), and the denial pointing back
    at it with "such", "those" or "these" and a word of the deed an accusation blames for,
    its kind or head (`_points_at_deed`: "blamed X for the fire ... such a fire"; a noun
    of any deed, "such operations", "such acts", is no pointer: it may mean the business
    or anything else; a "such N" of anything else, as "such trams"
    beside "the trams would be delivered", doubts another thing about them), or sharing at
    least CONTRAST_MIN_SHARED of its content words. A bare "it" or "this" ("doubted it would be
    enough", "this year") or one incidental shared word is no pointer. The only such
    assertion of the sentence, else abstain; clauses joined without a contrast, or the
    assertion after the denial, are not one."""
    out = []
    for m in members:
        if m.stance != "deny":
            continue
        s = brief.sentence(m.sentence)
        at = _position(brief, m)
        if s is None or at < 0:
            continue
        found = []
        for c in claims:
            if c.sentence != m.sentence or c.stance != "assert" or c.negated or c.modality != "asserted" \
                    or _who(c) == _who(m) or not _before(brief, c, m):
                continue
            between = s.text[_position(brief, c) + len(c.text):at]
            said = proposition_words(c.text, REPORTING)
            shared = said & proposition_words(m.text, REPORTING)
            deed = _blamed_for(c) if _blamed(c) else set()  # a pointer names the deed blamed, never a thing
            pointer = bool(deed) and any(_points_at_deed(proposition_words(p, REPORTING), deed)
                                         for p in ANAPHOR.findall(m.text or ""))
            if CONTRAST.search(between) and (pointer or len(shared) >= CONTRAST_MIN_SHARED):
                found.append(c)
        if len(found) == 1:
            out.append(found[0])
    return out


def _points_at_deed(pointer: set, deed: set) -> bool:
    """A "such N" names the deed blamed: a word of it, its kind or head ("such attacks" for
    "the bombings", `_one_deed_word`). A noun of any deed ("such operations", "such acts")
    is no pointer: after a blame it as often means the business or another doing."""
    return any(_one_deed_word(x, y) for x in pointer for y in deed)


BLAME_CUES = ("blam", "accus")  # verbs that name who did it, by stem: "blamed the landlord for", "accuses X of"


def _blamed(c) -> str | None:
    """Who an accusation blames: the first word of its text ("landlord" of "the landlord
    for the flooded cellars"), when its cue is a verb of blame."""
    if not (c.cue or "").lower().startswith(BLAME_CUES):
        return None
    first = re.findall(r"[A-Za-z][A-Za-z\-]*", c.text or "")
    while first and first[0].lower() in DETERMINERS:
        first = first[1:]
    return first[0].lower() if first else None


def _blamed_for(c) -> set:
    """The content words of the deed an accusation names: what follows its first "for" or
    "of" ("the landlord for the flooded cellars" -> flooded, cellars)."""
    m = re.search(r"\b(?:for|of)\b(.*)", c.text or "", re.I)
    return proposition_words(m.group(1), REPORTING) if m else set()


def _same_blame(brief, asserted, claims, ev) -> list:
    """Other sources' accusations of the same party for the same deed in the same event
    (one accusation told twice: the party first, and the words of one "for/of" deed, as
    its sentence tells it, containing the other's, `_same_deed`), on the side of the asserted one. Another party
    blamed, another deed ("for the broken windows" beside "for the arson"), or another
    event (or one without), is another accusation."""
    out = []
    for a in asserted:
        who = _blamed(a)
        if who is None or not ev(a):
            continue
        for c in claims:
            if c is not a and c.stance == "assert" and not c.negated and ev(c) == ev(a) and _blamed(c) == who \
                    and _same_deed(_deed_told(brief, c), _deed_told(brief, a)) and c not in asserted and c not in out:
                out.append(c)
    return out


def _deed_told(brief, c) -> set:
    """The content words of the deed an accusation names, read in its sentence up to the
    end of the clause ("for the fire at the mill, while ..." -> fire, mill), where the
    claim's own text may stop short ("poachers for the fire")."""
    s = brief.sentence(c.sentence)
    at = s.text.find(c.text) if s is not None and c.text else -1
    if at < 0:
        return _blamed_for(c)
    m = re.search(r"\b(?:for|of)\b([^,;:]*)", s.text[at:], re.I)
    return proposition_words(CONTRAST.split(m.group(1))[0], REPORTING) if m else set()


def _same_deed(one: set, other: set) -> bool:
    """Two accusations name one deed when the words of one deed contain the other's ("for
    the fire" and "for the fire at the bakery"), a deed noun matching its head
    (`_one_deed_word`: "for the bombings" and "for those attacks"); two deeds that each
    name something the other does not ("the fire at the bakery", "the fire in the bins
    behind the market"), or two kinds of one head ("the bombing", "the shooting"), are two,
    however many words they share."""
    return bool(one and other) and (_within(one, other) or _within(other, one))


def _deed_targets(text: str) -> set:
    """Stems of whom or what a deed noun is done to, read after "<deed> of" ("the killing
    of a young farmer" -> farmer, "the bombing of the bridge" -> bridge): the last word
    before a preposition, conjunction or the end. Deed nouns are those of lexicon
    `deed_kinds` (kinds and heads). Hand-written: claim texts carry no parse here."""
    tokens = [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'\-]*", text or "")]
    out = set()
    for k, t in enumerate(tokens[:-1]):
        if tokens[k + 1] != "of" or not (t in DEED_HEADS or _stem(t) in DEED_HEADS):
            continue
        j, head = k + 2, None
        while j < len(tokens) and tokens[j] in DETERMINERS:
            j += 1
        while j < len(tokens) and tokens[j] not in TARGET_END:
            head, j = tokens[j], j + 1
        if head:
            out.add(_stem(head))
    return out


# words that end the noun phrase after "<deed> of": prepositions, conjunctions, verbs of being
TARGET_END = NP_END | {"near", "outside", "inside", "across", "behind", "beside", "under", "along", "around",
                       "between", "among", "as", "when", "while", "where", "was", "were", "is", "are", "had", "has",
                       "have", "would", "will", "could", "did", "on", "against", "up", "off", "out"}


def _other_targets(brief, m, c) -> bool:
    """A denial and an assertion name a deed each done to someone or something, and the
    two are others ("the killing of a farmer" / "the murder of a teacher", or "the
    killing of a farmer" / "the killing of a teacher"): two deeds, however many words
    they share. Either side naming no target: no evidence, the other tests decide."""
    def told(x):
        s = brief.sentence(x.sentence)
        at = s.text.find(x.text) if s is not None and x.text else -1
        return _deed_targets(s.text[at:] if at >= 0 else (x.text or ""))
    mine, theirs = told(m), told(c)
    return bool(mine and theirs and not mine & theirs)


def _deed_heads() -> dict:
    """Lexicon `deed_kinds` by stem as well as by word (the words compared are stems)."""
    from newsbrief.lexicon import mapping
    out = {}
    for noun, head in mapping("deed_kinds").items():
        out[noun] = out[_stem(noun)] = _stem(head)
        out.setdefault(head, _stem(head))
    return out


DEED_HEADS = _deed_heads()


def _one_deed_word(x: str, y: str) -> bool:
    """The same word, or one a kind or synonym of the other (lexicon `deed_kinds`:
    "bombing" / "attack", "break-in" / "burglary"); never two kinds of one head."""
    return x == y or DEED_HEADS.get(x) == y or DEED_HEADS.get(y) == x


def _soft_shared(mine: set, theirs: set) -> set:
    """The words of `mine` that are in `theirs`, a deed noun also when `theirs` has its
    kind or head (`_one_deed_word`)."""
    return {x for x in mine if x in theirs or any(_one_deed_word(x, y) for y in theirs)}


def _within(small: set, large: set) -> bool:
    """Every word of `small` is a word of `large` or its kind or head (`_one_deed_word`)."""
    return all(any(_one_deed_word(x, y) for y in large) for x in small)


# words that hang a name on another noun ahead of it: "a driver employed by X", "former
# members of X", "a supplier to X": the one who did it is that other noun, not X
HUNG_ON = re.compile(r"\b(?:of|by|for|from|with|to|at|in|on|near|against)\b", re.I)


def _leads_the_claim(brief, c, eid) -> bool:
    """Entity eid heads the claim's subject: a mention of it in the claim's first words
    with no preposition before it and no possessive after it ("X dumped waste", "the X
    board shut ..."; not "a driver employed by a subcontractor of X", "former members of
    X", "X's drivers")."""
    s = brief.sentence(c.sentence)
    if s is None or not c.text:
        return False
    at = s.text.find(c.text)
    if at < 0:
        return False
    for a, b, _t, mention in brief.index.mentions_in(c.sentence):
        if mention == eid and at <= a < at + 40:
            return not HUNG_ON.search(s.text[at:a]) and not s.text[b:b + 2] in ("'s", "’s")
    return False


RETRACT = re.compile(r"^(?:retract|recant|withdr[ae]w)", re.I)
BACK_OFF_CUES = re.compile(r"^(?:back|walk)", re.I)  # phrasal verbs of taking back: "back off", "walk back"
GIVEN_OUT = REPORTED_NOUNS  # "figure", "estimate", "toll": what a source gives out and takes back
# what a back-off takes back: the speaker's own count, named by "that/the/its figure,
# estimate, count, tally" and nothing after it that makes it another thing ("the estimate
# for the school", "the figure it had planned"); a toll may be a fee, a number or total
# anything, another party's figure ("the builder's estimate") is none
BACKED_FIGURE = re.compile(r"^(?:(?:that|the|its|his|her|their) )?(?:figure|estimate|count|tally)s?\b"
                           r"(?!\s+(?:for|of|on the|it|he|she|they|we|that|which|who|to|about)\b)", re.I)
RETRACT_REACH = 3  # sentences between an assertion and the retraction that takes it back unnamed
BACK_OFF_REACH = 2  # sentences between a count and the back-off that takes it back


def _retracted(brief, members, claims) -> list:
    """What a retraction takes back: only a retraction of words (a statement withdrawn,
    not a resignation) or a speaker backing off a figure of its own (`BACKED_FIGURE`: the
    claims stage marks the phrasal verb a denial only with such an object), and only the
    same speaker's last earlier assertion in that article that shares a content word with
    the retraction or, when it names nothing, lies at most RETRACT_REACH sentences before
    it; a back-off takes back only an assertion of that speaker that carries a count of
    people (`_carries_figure`) at most BACK_OFF_REACH sentences before. An assertion
    earlier in the retraction's own sentence counts, one after it does not."""
    out = []
    order = {s.id: k for k, s in enumerate(brief.sentences)}
    for m in members:
        said = {w.lower() for w in re.findall(r"[A-Za-z]+", m.text or "")}
        backs = bool(BACK_OFF_CUES.match(m.cue or "")) and bool(BACKED_FIGURE.match((m.text or "").strip()))
        if not backs and not (RETRACT.match(m.cue or "") and said & SPEECH_NOUNS):
            continue
        who, art, at = _who(m), article_of(brief, m.sentence), order.get(m.sentence, 0)
        about = _words(m.text) - {_stem(w) for w in SPEECH_NOUNS | GIVEN_OUT} - SPEECH_NOUNS - GIVEN_OUT
        earlier = [c for c in claims if c.stance == "assert" and _who(c) == who and c.id != m.id
                   and article_of(brief, c.sentence) == art and (not backs or _carries_figure(brief, c))
                   and (order.get(c.sentence, 0) < at or (c.sentence == m.sentence and _before(brief, c, m)))]
        if backs:  # a count of people given by that speaker at most BACK_OFF_REACH sentences before
            earlier = [c for c in earlier if at - order.get(c.sentence, 0) <= BACK_OFF_REACH]
        elif about:
            earlier = [c for c in earlier if about & _words(c.text)]
        else:
            earlier = [c for c in earlier if at - order.get(c.sentence, 0) <= RETRACT_REACH]
        if earlier:
            out.append(max(earlier, key=lambda c: (order.get(c.sentence, 0), _position(brief, c))))
    return out


def _carries_figure(brief, c) -> bool:
    """A count of people (`COUNT_MEASURES`, not money or an "other" number) of the brief
    lies inside the claim's words: what a back-off can take back."""
    return bool(c.text) and any(g.sentence == c.sentence and g.text and g.text in c.text
                                and g.measure in COUNT_MEASURES for g in brief.figures)


def _position(brief, c) -> int:
    """Where a claim's text starts in its sentence (-1 when it is not found there)."""
    s = brief.sentence(c.sentence)
    return s.text.find(c.text) if s is not None and c.text else -1


def _before(brief, c, m) -> bool:
    """Claim c's text ends before claim m's text starts, in their one sentence."""
    a, b = _position(brief, c), _position(brief, m)
    return a >= 0 and b >= 0 and a + len(c.text) <= b


def _who(c) -> str:
    """The speaker's entity, else the last word of the name as written ("Prosecutor Ivo
    Sarnak" and "Sarnak" are one speaker within an article)."""
    if c.speaker:
        return c.speaker
    words = (c.speaker_text or "").split()
    return words[-1].lower() if words else ""


def _accused_claims(brief, found, cache, members):
    """Of the claims of those whose claims are denied, the denied ones: the only one, or
    those sharing a word that is no name with a denial, or those carried by the document
    the denial names (`_same_carrier`); a speaker quoted on many things is not
    contradicted in all of them by "disputed X's account"."""
    if len(found) <= 1:
        return found
    docs = {_stem(w) for w in DOC_NOUNS} | DOC_NOUNS  # a shared "memo" is no shared content: `_same_carrier` judges it
    return [c for c in found if any((_words(_without_names(c.text)) - REPORTING - docs) & cache[m.id]
                                    or _same_carrier(brief, c, m) for m in members)]




# channels anybody speaks through ("rejected the claims in a statement"): the denier's own
# channel as often as the carrier of the version denied, so never a carrier here
GENERIC_DOCS = frozenset({"statement", "statements", "report", "reports", "release", "releases", "announcement",
                          "message", "post", "tweet", "communique"})


def _same_carrier(brief, c, m) -> bool:
    """The denial's sentence names a specific document (a memo, a letter: not a generic
    channel such as a statement, `GENERIC_DOCS`) that carries the version denied, and the
    claim is attributed to a document of that name outside its own
    words ("..., according to a letter", "X wrote in a report that ..."): the claim is the
    version denied. A document the claim talks about ("X said the memo was short") is
    no carrier."""
    mine, theirs = brief.sentence(m.sentence), brief.sentence(c.sentence)
    if mine is None or theirs is None or not c.text or len(proposition_words(c.text, REPORTING)) < OPPOSED_MIN_WORDS:
        return False  # a fragment ("then on Tuesday night") states nothing to deny
    denied = {w.lower() for w in re.findall(r"[A-Za-z]+", mine.text)} & DOC_NOUNS - GENERIC_DOCS
    outside = theirs.text.replace(c.text, " ")
    carried = {w.lower() for w in re.findall(r"[A-Za-z]+", outside)} & DOC_NOUNS
    return bool(denied & carried)


_ACCUSED_RES = [
    re.compile(rf"(?:^|\b(?:the|a|an)\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)['\u2019]s?\s+(?:\w+\s+)?{ALLEGATION}\b"),
    re.compile(rf"\b{ALLEGATION}\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)"),
]


def _key(text: str) -> str:
    text = (text or "").strip().lower()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"['\u2019]s$", "", text)


def _speaker_keys(brief, c) -> set[str]:
    """The speaker as written and, when linked, every name of its entity."""
    keys = {_key(c.speaker_text)} if c.speaker_text else set()
    e = brief.index.entity(c.speaker) if c.speaker else None
    if e is not None:
        keys.add(_key(e.name))
        keys.update(_key(a) for a in e.aliases)
    keys.discard("")
    return keys


# "the union's account", "the residents' version": whose claims a denial rejects, named by
# a description (the capitalised names are `_ACCUSED_RES`')
DESCRIBED_ACCUSER = re.compile(rf"\bthe\s+([a-z]+?)(?:['\u2019]s|['\u2019])\s+(?:\w+\s+)?{ALLEGATION}\b")
ALLEGATION_STEMS = frozenset(_stem(n) for n in ALLEGATION_NOUNS) | ALLEGATION_NOUNS
ACCOUNT_REACH = 3  # sentences back, in the denial's article, where a bare "the union's account" points


def _described_accuser_claims(brief, members, claims, own) -> list:
    """What a denial of a described party's words ("Ostrander rejected the union's
    account") denies: that party's assertion (its speaker written or linked as the
    description: "the union", "the General Workers' Union") sharing at least two content
    words, not names, with the denial's own words (any article: "dismissed the union's
    claim that a detector had been switched off"); else, when the denial says nothing of
    its own beyond the account, the party's last assertion at most ACCOUNT_REACH
    sentences before it in its article. With none there, or a denier's own words, abstain."""
    out = []
    position = {x.id: k for k, x in enumerate(brief.sentences)}
    for m in members:
        if m.stance != "deny":
            continue
        who = {w.lower() for w in DESCRIBED_ACCUSER.findall(m.text or "")}
        if not who:
            continue
        theirs = [c for c in claims if c.stance == "assert" and not c.negated and c.id != m.id
                  and _who(c) != _who(m) and _speaker_keys(brief, c) & who]
        mine = own.get(m.id, set()) - who - {_stem(w) for w in who}
        said = [c for c in theirs if len((_words(_without_names(c.text)) - REPORTING) & mine) >= 2]
        if not said and len(mine - ALLEGATION_STEMS - REPORTING) <= 2:
            k = position.get(m.sentence)
            before = [c for c in theirs if brief.sentence(c.sentence) is not None
                      and brief.sentence(c.sentence).article == brief.sentence(m.sentence).article
                      and k is not None and 0 < k - position.get(c.sentence, -99) <= ACCOUNT_REACH]
            said = before[-1:]
        out += [c for c in said if c not in out]
    return out


def _accused(text: str) -> set[str]:
    """Whose claims a denial rejects: "the NLF's claims", "allegations by the Harbour Watch"."""
    out = set()
    for rx in _ACCUSED_RES:
        for m in rx.finditer(text or ""):
            name = re.sub(r"^the\s+", "", m.group(1).strip().lower())
            if name and name not in ("the", "a", "an"):
                out.add(name)
    return out



def marked_disputes(brief, figure_found, denial_found, ctx=None) -> tuple[list, list]:
    """Add the counts the reporter marks as disputed (`figure_disputes`) to the figure
    conflicts (into the one already holding either count, else a new one), and drop a
    denial conflict that is only such a dispute read as a denial ("The service disputed
    that." after a count: its claims all sit in the dispute's sentences)."""
    figure_found, covered = list(figure_found), []
    def eligible(f):
        d = ctx.doc(f.sentence) if ctx is not None and getattr(ctx, "docs", None) is not None else None
        if f.measure in COUNT_MEASURES and not countable(brief, f) or _about_an_earlier_year(brief, f):
            return False
        return not (charged_count(d, f) or union_of_deeds(d, f) or separate_incident(brief, f)
                    or one_care_place(d, f) or described_group(d, f))

    for a, b, marked in disputed_pairs(brief, dated_back, eligible,
                                      lambda a, b: same_population(a, b) and same_condition(brief, a, b)):
        covered.append({a.sentence, b.sentence, marked})
        holder = next((c for c in figure_found if a.id in c.items or b.id in c.items), None)
        if holder is not None:
            holder.items += [i for i in (a.id, b.id) if i not in holder.items]
            continue
        event = a.event or b.event
        title = _short(brief.index.event(event).title, 60) if event and brief.index.event(event) else ""
        head = (a.measure if a.measure != "other" else b.measure).capitalize() + (f" in {title}" if title else "")
        figure_found.append(Conflict(id="", kind="figure", event=event, items=[a.id, b.id],
                                     note=f"{head}: " + ", ".join(_parts(brief, [a, b])) + " (disputed)"))
    claim_sentence = {c.id: c.sentence for c in brief.claims}
    kept = [c for c in denial_found
            if not any({claim_sentence.get(i) for i in c.items} <= sentences for sentences in covered)]
    return figure_found, kept


def run(brief, ctx):
    progressions = []
    figure_found = figure_conflicts(brief, ctx.config.conflicts.max_days_apart, ctx, progressions,
                                    ctx.config.conflicts.max_rival_values)
    figure_found, denial_found = marked_disputes(brief, figure_found, denial_conflicts(brief, ctx), ctx)
    found = figure_found + denial_found
    unique = Unique()
    for c in found:
        c.id = unique(conflict_id(c.kind, c.items))
    for p in progressions:
        p.id = unique(conflict_id("progression", p.items))
    brief.conflicts = found
    brief.progressions = progressions
    confidence.score(brief)
    return None


STAGE = Stage("conflicts", run, requires=("events", "figures", "claims"), provides=("conflicts", "progressions"))
