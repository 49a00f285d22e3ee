"""A party denying any part in a happening, against another speaker naming it as the doer.

"The Western Gate Brigades denied any part in the bombing" meets "the minister said the
Western Gate Brigades had carried out the bombing": the denial is of a share in a
happening (a noun of the lexicon `incident_nouns`: a bombing, an attack, a crash), the
assertion names the denier right before a verb of doing or causing it ("were behind",
"carried out", "was responsible for") and the same kind of happening after it. Read from
the claims' words, no parse: `conflicts.denial_conflicts` adds the event and speaker
checks (another speaker, the same event).

>>> denies_a_part("any role in the market attack")
True
>>> blames("the Ostra Front had carried out the attack", {"ostra front"})
True
>>> blames("the attack on the Ostra Front's offices killed two", {"ostra front"})
False

A denier's own activity said to have played no part ("its blasting had played any part
in the collapse") meets another speaker blaming that activity at the denier ("blamed
blasting at the Hollin site for loosening the slope"):

>>> denied_cause("its dredging had played any part in the flooding")
'dredging'
>>> blames_cause("blamed", "dredging by Marl Aggregates for the flooding", "dredging", {"marl aggregates"})
True
"""
from __future__ import annotations

import re

from newsbrief.lexicon import INCIDENT_KINDS, plural

_INCIDENT = "(?:" + "|".join(sorted({re.escape(w) for n in INCIDENT_KINDS for w in (n, plural(n))},
                                    key=len, reverse=True)) + ")"
# "any part in the bombing", "no role in the attack", "nothing to do with the blasts",
# "was not involved in the shooting", "not responsible for the crash"
_PART = re.compile(
    r"\b(?:(?:any|no)\s+(?:part|role|involvement|hand|responsibility|link|connection)\s+(?:in|for|with|to)"
    r"|nothing\s+to\s+do\s+with|not\s+(?:been\s+)?(?:involved\s+in|responsible\s+for|behind))\b"
    rf"[^.;]{{0,40}}?\b{_INCIDENT}\b", re.I)
# the doer's verb after its name: "were behind", "had carried out", "was responsible for"
_DOING = (r"(?:had\s+|has\s+|have\s+)?(?:been\s+)?(?:(?:was|were|is|are)\s+)?"
          r"(?:behind|responsible\s+for|carried\s+out|carrying\s+out|staged|planted|launched|set\s+off|caused)\b")


def denies_a_part(text: str) -> bool:
    """The denial's words refuse a share in a happening named by an incident noun."""
    return bool(_PART.search(text or ""))


def blames(text: str, names: set[str]) -> bool:
    """The assertion's words name one of `names` (lowercased, e.g. "western gate brigades")
    as the doer of a happening: the name, the doer's verb, then an incident noun within
    a few words."""
    low = (text or "").lower()
    for name in sorted(n for n in names if n):
        if re.search(rf"\b{re.escape(name)}\s+{_DOING}[^.;]{{0,30}}?\b{_INCIDENT}\b", low):
            return True
    return False


# "its blasting had played any part in", "their dredging played no role in": the denier's
# own activity (a noun after the possessive) denied a share in what happened
_OWN_CAUSE = re.compile(r"^(?:its|their|his|her)\s+([a-z]+)\s+(?:had\s+|has\s+|have\s+)?(?:played|had)\s+"
                        r"(?:any|no)\s+(?:part|role)\b", re.I)


def denied_cause(text: str) -> str | None:
    """The activity noun of a denial that the denier's own activity played a part."""
    found = _OWN_CAUSE.match((text or "").strip())
    return found.group(1).lower() if found else None


def blames_cause(cue: str, text: str, cause: str, names: set[str], span: str = "") -> bool:
    """The assertion blames that activity (cue "blame", its words opening on the noun)
    and names the denier in its words or in `span`, its sentence from the cue to the
    words' end ("blamed dredging by Marl Aggregates for ...": the parser may hang "by
    ..." on the verb, outside the words)."""
    low = (text or "").lower()
    return (cue or "").lower().startswith("blam") and low.split()[:1] == [cause] \
        and any(re.search(rf"\b{re.escape(n)}\b", (span or text).lower()) for n in names if n)
