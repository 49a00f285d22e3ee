"""The tense of the verb governing a time expression: "will meet on Friday" is ahead
of the anchor, "met on Friday" behind it. Read from the spaCy parse when there is
one, else from future words just before the expression."""
from __future__ import annotations

import re

from newsbrief.lexicon import MODAL_AUXILIARIES, words
from newsbrief.text.tokens import token_at

_FUTURE_AUX = words("future_auxiliaries")
_SCHEDULED = words("scheduled_events")
_SAYING = words("saying_verbs")
_EXPECTED = words("expected_adjectives")
_AS_SOON_AS = re.compile(r"\bas\s+(?:soon|early)\s+as\s*$", re.I)
_FUTURE_WORDS = re.compile(r"\b(?:will|shall|'ll|is\s+due\s+to|are\s+due\s+to|scheduled|planned|plans\s+to|"
                           r"plan\s+to|expected\s+to|set\s+to|going\s+to|ahead\s+of|upcoming)\b", re.I)


def _name_word(tok) -> bool:
    """A capitalised word inside the sentence that the parser took for a verb: a word of
    a name ("Stone Aid Group"), not the happening's verb."""
    return tok.i > 0 and tok.text[:1].isupper() and tok.text[1:2].islower() \
        and not tok.doc[tok.i - 1].is_punct and tok.doc[tok.i - 1].text[:1].isupper()


def tense(text: str, start: int, end: int, doc=None) -> str | None:
    """"future", "past", "present" or None: the tense of the verb governing text[start:end]."""
    if doc is not None:
        tok = token_at(doc, start)
        if _AS_SOON_AS.search(text[max(0, start - 20):start]):
            return "future"
        if tok is not None and tok.idx < end:
            if tok.dep_ == "compound" and tok.head.idx < end and tok.head.i > tok.i:
                tok = tok.head  # "Tuesday morning": the phrase is headed by "morning"
            modifier = tok.dep_ in ("poss", "compound") or (tok.i + 1 < len(doc) and doc[tok.i + 1].dep_ == "case")
            if modifier:  # "Friday's vote": a noun modifier, no tense of its own; the verb of
                tok = tok.head  # the noun it modifies may say ("will attend Friday's vote"),
                if tok.lemma_.lower() not in _SCHEDULED and tok.lower_ not in _SCHEDULED:
                    return None  # but only for a scheduled happening: "are clearing up Monday's flood"
            steps = 0
            for _ in range(6):
                if (tok.pos_ in ("VERB", "AUX") and not _name_word(tok)) or tok.head is tok:
                    break
                tok = tok.head
                steps += 1
            verb = tok
            for _ in range(3):
                kids = list(verb.children)
                auxes = [k for k in kids if k.dep_ in ("aux", "auxpass")]
                if any(k.lower_ in _FUTURE_AUX for k in auxes):
                    return "future"
                if any(k.lower_ in MODAL_AUXILIARIES for k in auxes):
                    return None  # "could open by October": no tense of its own, nor its reporter's
                if verb.lemma_ == "be" and any(k.dep_ in ("acomp", "attr") and k.lower_ in _EXPECTED for k in kids):
                    return "future"
                if verb.lemma_.lower() in ("plan", "schedule", "expect"):
                    return "future"
                if any(k.tag_ == "TO" for k in auxes) and verb.head is not verb and verb.head.lemma_ in (
                        "plan", "expect", "schedule", "set", "due", "go", "intend", "hope", "aim", "vow",
                        "promise", "agree", "want", "decide", "prepare"):
                    return "future"
                if verb.tag_ == "VBD" or any(k.tag_ == "VBD" for k in auxes):
                    return "past"
                if verb.tag_ == "VBN" and any(k.lemma_ == "have" for k in auxes):
                    return "past"
                if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("advcl", "acl"):
                    return "past"  # "the terms, announced Friday, ...": a past participle clause
                if verb.tag_ == "VBG" and any(k.tag_ in ("VBZ", "VBP") for k in auxes):
                    return "future"
                if verb.tag_ in ("VBZ", "VBP") and not auxes and steps <= 2 and verb.lemma_.lower() not in _SAYING:
                    return None if modifier else "present"
                if verb.head is verb or verb.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp"):
                    break
                verb = verb.head
            return None
    before = text[max(0, start - 60):start]
    return "future" if _FUTURE_WORDS.search(before) else None

