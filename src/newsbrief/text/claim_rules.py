"""Lexicons and span helpers for claim extraction (used by `claims`).

Everything here is general English grammar: reporting verbs, denial verbs, the
phrases of negated responsibility, role nouns. Nothing names a particular story.
"""
from __future__ import annotations

import re

from newsbrief import lexicon
from newsbrief.lexicon import words

REPORT_VERBS = lexicon.REPORT_VERBS  # lemmas of verbs that introduce what somebody said
# verbs that only count when they take a clause ("call X Y", "put the number at", ...)
NEEDS_CLAUSE = words("clause_verbs")
DENY_VERBS = words("deny_verbs")
# noun-object of "put": "put the number/toll at"
PUT_OBJECTS = words("put_objects")

# words of harm done to people (lexicon measure_words: killed, injured, missing)
_HARM_WORDS = frozenset(re.escape(w) for w, m in lexicon.mapping("measure_words").items()
                        if m in ("killed", "injured", "missing"))
# content phrases that deny responsibility or presence even after a neutral verb
_NEG_RESP = [
    r"\bnothing to do with\b",
    # own people: "none of its staff were there"; not a toll ("none of its 220 pupils was
    # hurt": a report of harm, a fact, not an answer to anyone)
    r"\bnone of (?:its|their|our|his|her)\b(?![^.;,]*\b(?:%s)\b)" % "|".join(sorted(_HARM_WORDS)),
    r"\b(?:was|were|is|are|had been|has been|have been)\s+not\s+(?:involved|responsible|present|behind)\b",
    r"\bno (?:involvement|role|part|responsibility|connection|link)\b",
    r"\bplayed no\b",
    r"\bnot (?:responsible|involved|behind)\b",
    r"\b(?:did|does|do|had|has|have|was|were)\s*(?:not|n't)\s+(?:carry out|conduct|launch|order|target|attack|"
    r"strike|bomb|fire|shoot|kill|take part|participate|involve)\w*",
    r"\bnever (?:carried out|conducted|launched|ordered|targeted|attacked|struck|fired|killed|took part)\b",
    r"\b(?:done|did|doing) nothing wrong\b",
]
NEG_RESP_RE = re.compile("|".join(_NEG_RESP), re.I)
# adjectives that call what someone said untrue; a denial only when they are said of a
# claim ("the reports were false", "false allegations"), not of a deed ("false promises")
DISMISS_ADJECTIVES = words("dismiss_adjectives")
# verbs of a wrongdoer's own utterance: "gave false statements" accuses, it denies nothing
UTTER_VERBS = words("utter_verbs")

PRONOUNS_PERSON = lexicon.PRONOUNS_PERSON
PRONOUNS_GROUP = lexicon.PRONOUNS_GROUP
PRONOUNS = lexicon.PRONOUNS
RELATIVE = words("relative_pronouns")

# nouns naming a person by role: their appositive/compound name is the speaker
ROLE_NOUNS = words("role_nouns")
ORG_NOUNS = lexicon.ORG_NOUNS
PERSON_LABELS = {"PERSON"}
GROUP_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}

QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb"


OPENING = "\u201c\u201e\u00ab"
CLOSING = "\u201d\u00bb"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of double-quoted passages.

    Handles straight, curly and newswire (``...'') quotes. With an odd number of
    marks, a first mark that closes (curly closing, or after sentence punctuation)
    ends a quotation that began in an earlier sentence.
    """
    t = text.replace("``", '"\x00').replace("''", '"\x00')
    marks = [i for i, ch in enumerate(t) if ch in QUOTE_CHARS]
    spans = []
    if not marks:
        return spans
    if len(marks) % 2 == 1:
        first = marks[0]
        closes = t[first] in CLOSING or text[first:first + 2] == "''" or (
            t[first] == '"' and first > 0 and t[first - 1] in ",.?!;" and t[first + 1:first + 2] in ("", " ", "\n"))
        if closes:
            spans.append((0, first))
            marks = marks[1:]
    for k in range(0, len(marks) - 1, 2):
        a, b = marks[k], marks[k + 1]
        start = a + (2 if t[a + 1:a + 2] == "\x00" else 1)
        spans.append((start, b))
    if len(marks) % 2 == 1:  # a quotation that runs on past this sentence
        a = marks[-1]
        start = a + (2 if t[a + 1:a + 2] == "\x00" else 1)
        if start < len(text):
            spans.append((start, len(text)))
    return spans


def closed_quote_spans(text: str) -> list[tuple[int, int]]:
    """The `quote_spans` whose opening and closing marks are both inside `text`: no
    quotation carried over from the sentence before or running on past this one. With an
    odd number of marks the pairing of straight marks is unknown (a stray mark left by
    scraping, '"Through the clinic, ...'), so only curly pairs (an opening mark, then a
    closing one) count there."""
    t = text.replace("``", '"\x00').replace("''", '"\x00')
    marks = [i for i, ch in enumerate(t) if ch in QUOTE_CHARS]
    out = []
    for a, b in quote_spans(text):
        opener = a - (2 if t[a - 1:a] == "\x00" else 1)
        if a == 0 or b >= len(text) or opener < 0 or t[opener] not in QUOTE_CHARS or t[b] not in QUOTE_CHARS:
            continue
        if len(marks) % 2 == 1 and not (t[opener] in OPENING and t[b] in CLOSING):
            continue
        out.append((a, b))
    return out


def quoted_share(spans, start: int, end: int) -> float:
    if end <= start:
        return 0.0
    inside = sum(max(0, min(e, end) - max(s, start)) for s, e in spans)
    return inside / (end - start)


def tidy(text: str) -> str:
    text = text.strip().strip(",;:").strip()
    text = re.sub(r"^(?:that)\s+", "", text)
    # drop quote marks that are unbalanced at the edges
    text = text.replace("``", "").replace("''", "")
    while text and text[0] in QUOTE_CHARS and sum(text.count(q) for q in QUOTE_CHARS) % 2 == 1:
        text = text[1:].strip()
    while text and text[-1] in QUOTE_CHARS and sum(text.count(q) for q in QUOTE_CHARS) % 2 == 1:
        text = text[:-1].strip()
    text = re.sub(r"^(?:that)\s+", "", text)
    return text.strip().strip(",;:").strip()

# words before a name that are titles, not the name
TITLES = lexicon.TITLES

# "called the reports lies", "dismissed the claims as propaganda": a denial
DISMISS_CUES = words("dismiss_cues")
ALLEGATION_NOUNS = words("allegation_nouns")
DISMISSIVE_RE = re.compile(r"\b(?:lies?|false|fabricat\w*|baseless|groundless|unfounded|nonsense|propaganda|untrue|"
                           r"slander\w*|fake|absurd|ridiculous|fiction|provocation|disinformation|misinformation)\b",
                           re.I)
# nouns that carry someone else's words: "a statement from the ministry said"
DOC_NOUNS = words("doc_nouns")
# common nouns that can head a speaker ("a witness said"); any other common noun cannot
_COUNTING = frozenset({"body", "casualty", "death", "dozen", "fatality", "figure", "hundred", "injury", "many", "number",
                       "one", "other", "others", "some", "tally", "thousand", "toll", "total"})
SPEAKER_NOUNS = words("speaker_nouns") | ROLE_NOUNS | ORG_NOUNS | DOC_NOUNS | (words("person_nouns") - _COUNTING)
# agent nouns by their ending: "investigators", "rescuers", "monitors", "activists", "civilians"
AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|eer)s?$")
# "declined to say", "refused to comment", "failed to confirm": nothing is reported
REFUSAL_VERBS = words("refusal_verbs")
HEDGE_WORDS = words("hedge_words")  # "could", "may", "reportedly": a possibility
HEDGE_CUES = words("hedge_cues")    # "suggested", "believes": a possibility
QUESTION_MARKS = frozenset({"whether", "if"})

def clean_speaker(text: str | None) -> str | None:
    """Drop dateline debris before a speaker: "2017 (AGENCY)-The ministry" -> "The ministry"."""
    if not text:
        return text
    if ")" in text and "(" not in text.split(")")[-1]:
        tail = re.sub(r"^.*\)\s*[-\u2013\u2014:]*\s*", "", text)
        if tail:
            text = tail
    text = re.sub(r"^[\W_]+", "", text)
    text = re.sub(r"[\s,;:\-\u2013\u2014]+$", "", text)
    return text or None


# head nouns of a description of one person ("the Dorset Liberal", "a police sergeant")
DESCRIPTION_HEADS = ROLE_NOUNS | TITLES | words("description_heads") | words("role_person_words")
