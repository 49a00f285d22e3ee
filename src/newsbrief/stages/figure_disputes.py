"""Rival counts the reporter sets against each other (used by stage `conflicts`).

News writing marks a disputed count in a few fixed ways, and the mark is what makes
two counts rivals, wherever the timeline filed them:

  * a pointer back at the count told just before: "The service disputed that (figure).",
    "The mayor gave a lower figure.", "... said that figure was far too low";
  * a rival estimate: "Police put the crowd at 7,500.", "said the true figure was 34",
    "put the number far higher";
  * an explicit correction: "17 people were taken that morning, not 14".

`disputed_pairs` pairs the count of the marked sentence (or of the sentence right after a
pointer, where the rival gives its own figure, in the same paragraph) with the count just before it in the same
article (at most `REACH` sentences back, the paragraph before included) of the same
measure, or, for "not N", with an earlier count of N anywhere in the cluster. It abstains
(no pair) when the two come from one source, their values can both be true, their
sentences name different places or days, one names a year or month of its own ("In 2019
..."), one is dated back and the other is not, one says it is
another matter ("also", "another", "elsewhere"), or more than one count of that measure
stands where the rival is looked for. Written by hand: no library reads these marks.

    >>> bool(POINTER.search("The council disputed that figure."))
    True
    >>> bool(POINTER.search("The council disputed that the fire had spread."))
    False
    >>> bool(RIVAL_ESTIMATE.search("Police put the crowd at about 300."))
    True
"""
from __future__ import annotations

import re

from newsbrief.lexicon import words
from newsbrief.text.number_words import CARDINALS
from newsbrief.stages.figure_groups import bounds

REACH = 5  # sentences back from the marked one where the rival count may stand
COUNTS = "|".join(sorted(words("dispute_count_nouns")))
VERBS = "|".join(sorted(words("dispute_verbs")))
POSSESSOR = r"(?:that|this|the|those|these|its|their|his|her|our|[A-Z][\w'\-]*(?:'s)?)"
# "disputed that figure", "rejected the police count", "disputed that." (nothing after: the count before)
POINTER = re.compile(rf"\b(?:{VERBS})\s+(?:{POSSESSOR}\s+(?:[\w'\-]+\s+){{0,2}}?(?:{COUNTS})s?\b"
                     rf"|(?:that|this|it)\s*[.;]|(?:that|this|it)$)", re.I)
LOWER_HIGHER = re.compile(rf"\b(?:gave|give|gives|offered|cited|put forward|had)\s+an?\s+(?:much\s+|far\s+)?"
                          rf"(?:lower|higher|smaller|larger)\s+(?:{COUNTS})\b"
                          rf"|\b(?:far|much|way)\s+too\s+(?:low|high)\b|\b(?:under|over)(?:estimat|stat|count)\w*", re.I)
RIVAL_ESTIMATE = re.compile(rf"\bput\s+(?:the|its|their|his|her|our)\s+(?:[\w'\-]+\s+){{0,2}}?(?:{COUNTS})s?\b"
                            rf"(?:\s+of\s+[\w\s'\-]{{1,30}}?)?\s+(?:at\b|(?:far|much|considerably)\s+(?:higher|lower)\b)"
                            rf"|\b(?:the|its|their|our|his|her)\s+(?:true|real|actual|correct)\s+(?:{COUNTS})\b", re.I)
NUMBER = r"(?:\d[\d,.]*|" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + r")"
NOT_N = re.compile(rf",\s*not\s+(?P<n>{NUMBER})\b", re.I)
OTHER_MATTER = re.compile(r"\b(?:also|another|elsewhere|separately|a separate|in addition)\b", re.I)


def _value(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if text in CARDINALS:
        return float(CARDINALS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _noun(f) -> str:
    """The head noun a figure counts, singular, lower-case ("" when none)."""
    last = (f.counted or "").lower().split()[-1:] or [""]
    return re.sub(r"(?<=[a-z])s$", "", last[0])


def _comparable(rival, disputing) -> bool:
    """One measure, and for counts of things one noun; the disputing count may be told
    bare ("the true figure was 34", measure other and no noun or a count noun), taking the
    rival's. A bare rival is never compared: what it counts is unknown."""
    a, b = rival, disputing
    if a.measure in ("money", "distance") or b.measure in ("money", "distance"):
        return a.measure == b.measure
    bare = lambda f: f.measure == "other" and _noun(f) in ("", *words("dispute_count_nouns"))  # noqa: E731
    if bare(a):
        return False
    return bare(b) or (a.measure == b.measure and (a.measure != "other" or _noun(a) == _noun(b)))


def _disjoint(a, b) -> bool:
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    return ahi < blo or bhi < alo


def _told_times(brief, f) -> set:
    """The time values named in a figure's sentence (a period by its end)."""
    return {t.value.split("/")[-1] for t in brief.times if t.sentence == f.sentence}


def _apart(brief, a, b, dated_back) -> bool:
    """Told of different places or periods, or one of them another matter: no rivals."""
    pa, pb = set(a.places), set(b.places)
    if pa and pb and not pa & pb:
        return True
    if bool(dated_back(brief, a)) != bool(dated_back(brief, b)):
        return True
    ta, tb = _told_times(brief, a), _told_times(brief, b)
    if (ta and tb and not ta & tb) or any(len(v) <= 7 for v in ta ^ tb):
        return True  # two different days, or a year or month of its own ("In 2019 ...")
    return any(OTHER_MATTER.search(brief.sentence(f.sentence).text) for f in (a, b))


PEOPLE = words("person_nouns")


def _of_people(f) -> bool:
    return f.measure in ("killed", "injured", "missing", "displaced", "arrested", "participants") \
        or (f.measure == "other" and _noun(f) in PEOPLE)


def _loose(a, b) -> bool:
    """After a mark that points at "the number" just told: one measure as `_comparable`, or
    two counts of people one of which was read without a measure ("the number of
    prisoners on strike has risen to 63" / "31 inmates were refusing food")."""
    if _comparable(a, b):
        return True
    # two measures read for both ("arrested" / "participants") are two counts; one read
    # without a measure is the reading that may have missed it
    return "other" in (a.measure, b.measure) and _of_people(a) and _of_people(b)


def _who(brief, f, marked) -> str | None:
    """Who gives a count: its source, else the speaker of the one claim of its sentence
    (the claims stage resolved "he said"), else, for the disputing count, the one speaker
    of the marked sentence ("The mayor disputed that figure."); None when unknown."""
    if f.source or f.source_text:
        return (f.source or f.source_text).lower()
    for sid in dict.fromkeys((f.sentence, marked)):
        speakers = {c.speaker or (c.speaker_text or "").lower() for c in brief.claims if c.sentence == sid}
        speakers.discard("")
        if len(speakers) == 1:
            return speakers.pop()
        if sid == f.sentence and speakers:
            return None  # several speakers in its own sentence: whose count it is is unknown
    return None


def disputed_pairs(brief, dated_back, eligible=lambda f: True,
                   compatible=lambda a, b: True) -> list[tuple[object, object, str]]:
    """(rival count, disputing count, marked sentence id) for every marked dispute;
    `eligible` says which figures may be compared at all (the conflicts stage leaves out
    parts, one hospital's intake, another incident's count), `compatible` whether two may
    count one thing at all (one population, one condition)."""
    sentences = brief.sentences
    position = {s.id: k for k, s in enumerate(sentences)}
    figs_in: dict[str, list] = {}
    for f in brief.figures:
        if eligible(f):
            figs_in.setdefault(f.sentence, []).append(f)
    out, seen = [], set()

    def rival_before(k, b):
        """The one comparable count in the REACH sentences before position k (same article)."""
        for j in range(k - 1, max(-1, k - 1 - REACH), -1):
            if sentences[j].article != sentences[k].article:
                return None
            there = [f for f in figs_in.get(sentences[j].id, []) if _loose(f, b)]
            if len(there) > 1 or (there and not compatible(there[0], b)):
                return None  # a total and its parts, two counts, or the nearest of another population: abstain
            if there:
                return there[0]
        return None

    def keep(a, b, marked, explicit=False):
        if a is None or b is None or a.id == b.id or (a.id, b.id) in seen:
            return
        who_a, who_b = _who(brief, a, a.sentence), _who(brief, b, marked)
        if not (who_a or who_b) or (who_a and who_a == who_b) or not _disjoint(a, b) \
                or not (explicit or compatible(a, b)) or _apart(brief, a, b, dated_back):
            return
        seen.add((a.id, b.id))
        out.append((a, b, marked))

    for k, s in enumerate(sentences):
        text = s.text
        own = figs_in.get(s.id, [])
        if (m := NOT_N.search(text)) is not None and (n := _value(m.group("n"))) is not None:
            said = [f for f in own if f.text and text.find(f.text) < m.start() and bounds(f) != (n, n)]
            if len(said) == 1:
                b = said[0]
                earlier = [f for f in brief.figures if position.get(f.sentence, k) < k and f.low == n and eligible(f)
                           and _loose(f, b)]
                if earlier:  # the correction names the rival's value: no population check needed
                    keep(earlier[-1], b, s.id, explicit=True)
            continue
        cue = RIVAL_ESTIMATE.search(text) or LOWER_HIGHER.search(text) or POINTER.search(text)
        if cue is None:
            continue
        # the rival's figure: the first count told after the mark in its sentence ("put the
        # number at 28 and said none ..."), else, after a bare pointer, the next sentence's one
        after = sorted((at, f) for f in own if f.text and (at := text.find(f.text, cue.start())) >= 0)
        candidates = [after[0][1]] if after else ([] if own else None)
        if candidates is None and k + 1 < len(sentences) and sentences[k + 1].article == s.article \
                and sentences[k + 1].paragraph == s.paragraph:  # a new paragraph may be another matter
            candidates = figs_in.get(sentences[k + 1].id, [])
        if not candidates or len(candidates) != 1:
            continue  # no count, or several where the rival's is looked for: abstain
        keep(rival_before(k, candidates[0]), candidates[0], s.id)
    return out
