"""One source correcting another by name (used by `conflicts`): "the bridge had been closed on
Friday, and not on Monday as the council had said".

News writing marks a correction of another party's account with a negated phrase followed
by "as <party> (had) said/claimed/stated".
The corrected claim is that party's own assertion elsewhere in the story (by speaker name,
or a definite description only one speaker fits: "the company") that shares a content word
with the negated phrase ("not on Monday" / "closed the bridge on Monday"). Without such a
claim, or with two candidates, nothing is set against the correction.
"""
from __future__ import annotations

import re

from newsbrief.lexicon import mapping, words
from newsbrief.text.content_words import _words

NAME_KINDS = mapping("org_name_kinds")  # "lines" -> "company firm operator ..."
SAYING = r"(?:said|says|claimed|claims|stated|states|insisted|maintained|reported|told\s+\w+|announced)"
PARTY = r"((?:the\s+)?[A-Za-z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
NOT_AS = re.compile(rf"\bnot\s+(?!only\b|just\b|merely\b)([^,.;:]{{2,60}}?),?\s+as\s+{PARTY}\s+(?:had\s+|has\s+|first\s+|earlier\s+)*{SAYING}\b")


def _corrections(text: str):
    """(corrected words, party) pairs told in a sentence."""
    for m in NOT_AS.finditer(text):
        yield _words(m.group(1)), m.group(2)


def _fits(brief, party: str, c) -> bool:
    """The claim's speaker is the party: the same words, or "the <kind>" fitting its name."""
    party = party.lower().strip()
    names = {(c.speaker_text or "").lower()}
    entity = brief.index.entity(c.speaker) if c.speaker else None
    if entity is not None:
        names.add(entity.name.lower())
        names.update(a.lower() for a in entity.aliases)
    names.discard("")
    if party in names:
        return True
    parts = party.split()
    if len(parts) == 2 and parts[0] == "the":
        return any(parts[1] == n.split()[-1] or parts[1] in NAME_KINDS.get(n.split()[-1], "").split()
                   for n in names if len(n.split()) > 1)
    return False


def correction_conflicts(brief) -> list:
    """(correcting claim, corrected claim) pairs."""
    out = []
    for c in brief.claims:
        if c.stance != "assert":
            continue
        s = brief.sentence(c.sentence)
        if s is None or not c.text or c.text not in s.text:
            continue
        for corrected, party in _corrections(c.text):
            if not corrected:
                continue
            found = [o for o in brief.claims if o.stance == "assert" and not o.negated and o.id != c.id
                     and brief.root_of(o.sentence) != brief.root_of(c.sentence) and _fits(brief, party, o)
                     and corrected & _words(o.text)]
            speakers = {(o.speaker or o.speaker_text or "").lower() for o in found}
            if found and len(speakers) == 1:
                out.append((c, found))
    return out
