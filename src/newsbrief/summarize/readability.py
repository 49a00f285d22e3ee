"""Can a sentence stand alone in a summary? Each check names one way it cannot.

`problems(text)` lists the failed checks of a sentence as the summary would show it
(dateline already removed); an empty list means the sentence reads alone. The same
checks are the readability audit of the benchmarks (bench/brief.py,
bench/summary.py): the share of summary sentences failing any of them.

Checks (no model; the summary stage also wants a verb heading the main clause, `summary.has_verb`):
- length: under 6 or over 70 words.
- question: a question, or a line ending in a colon (a lead-in).
- dangling: opens on a pronoun or connective that needs the sentence before
  ("But ...", "They ...", "In the meantime ..."), ends on an attribution to a
  pronoun ("..., he said.") that names no one, or names nothing (no name, no
  number) yet points back with "the area", "the city".
- dateline: still opens on a dateline ("PLACE (Agency) --", "May 3, 2024 -").
- first_person / second_person: the writer or the reader outside a quotation
  ("I think ...", "you agree to ..."): opinion or page furniture, not reporting.
- unattributed_quote: a quotation with no reporting verb outside it.
- split_quote: an odd number of quotation marks (the splitter cut a quotation).
- splitter_break: the sentence ends on a title abbreviation ("... said Ms.") or
  opens in lower case: the splitter broke it in two.
- opinion: says what should be done ("should", "must", "ought to", "need to") outside
  a quotation with no one saying it: the writer's view, not reporting.
- teaser: ends on an ellipsis (a teaser or a cut line).
- caption: a photo or video caption ("(Photo: ...)", "File photo", a credit line).
"""
from __future__ import annotations

import re

from newsbrief.lexicon import words

DANGLING_OPENER = re.compile(
    r"^(he|she|they|it|this|that|these|those|his|her|their|its|him|them|but|however|"
    r"nevertheless|meanwhile|also|and|or|so|yet|still|instead|then|thus|therefore|"
    r"moreover|furthermore|besides|likewise|similarly|otherwise|both|such|there|here|"
    r"nonetheless|even so|in fact|indeed|in turn|hence|accordingly|consequently|again|"
    r"afterwards|after that|at the same time|in the meantime|by contrast|"
    r"in contrast|for (?:his|her|its|their) part|in addition|as a result|for example|"
    r"for instance|on the other hand|the two|the same|the latter|the former|"
    r"the (?:move|decision|incident|attack|announcement|comments?|remarks?|statement)\b)\b", re.I)
# "..., he said." / "..., she added." : an attribution to someone never named here
PRONOUN_ATTRIBUTION = re.compile(
    r"[,\"\u201d]\s*(he|she|they)\s+(said|says|added|adds|told [a-z]+|explained|noted|wrote)\s*[.!]?\s*$",
    re.I)
FIRST_PERSON = re.compile(r"\b(I|[Ww]e|[Oo]urs?|[Uu]s|[Mm]y|[Mm]e)\b")  # not "US"
SECOND_PERSON = re.compile(r"\b([Yy]ou|[Yy]our|[Yy]ours)\b")
QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|``.*?''|\"[^\"]*$|\u201c[^\u201d]*$")
REPORTING = re.compile(r"\b(said|says|say|told|tells|according|added|adds|stated|reported|"
                       r"announced|noted|declared|denied|confirmed|claimed|asserted|"
                       r"warned|wrote|writes|tweeted|insisted|explained|argued|recalled|"
                       r"called|described)\b", re.I)
CAPTION = re.compile(
    r"^(?:this|a|an|the)\s+(?:\w+\s+)?(?:photo|picture|image|photograph|video)\b.*\b(?:shows?|showing)\b|"
    r"\((?:photo|picture|image|video|file|credit)\b[^)]*\)|^(?:photo|file photo|video|image|"
    r"watch|pictured|above|below|top|left|right)\s*[:\-\u2013\u2014]|\b(?:AP|Reuters|AFP|Getty)\s+"
    r"(?:Photo|Images)\b|\bphoto(?:graph)?\s*(?:by|courtesy|credit)\b|\((?:left|right|center|"
    r"centre)\)", re.I)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a past or present tense, or a modal


def has_finite_verb(doc) -> bool:
    """A clause with a tensed verb somewhere (spaCy's tags): a sentence of a story, not
    a headline, dek or caption fragment."""
    return any(t.tag_ in FINITE_TAGS for t in doc)


OBLIGATION = re.compile(r"\b(should|ought to|must|needs? to)\b", re.I)
# obligations that are not the writer's view: a forecast ("the storm should reach ..."),
# a condition ("should the ferry sink"), a rule or a ruling ("under the new law companies
# must ...", "must stand trial, a judge ruled")
_FORECAST = re.compile(r"\bshould\s+(?:\w+ly\s+)?(?:%s)\b" % "|".join(sorted(words("forecast_verbs"))), re.I)
_CONDITION = re.compile(r"\b[Ss]hould\s+(?:he|she|they|it|we|you|I|the|[A-Z][a-z]+)\b")
_RULE = re.compile(r"\b(?:under\s+(?:the|a|an|its|their|new)\b[^,.;]{0,40}?\b(?:law|rules?|regulations?|plan|deal|"
                   r"agreement|order|terms|contract|policy|act)|by law|(?:is|are|was|were)\s+required|ruled|ordered|"
                   r"ruling|decreed|required)\b", re.I)
TEASER = re.compile(r"(\.\.\.|\u2026)\s*[\"\u201d']?\s*$")
def ends_on_title(text: str) -> bool:
    """"... a letter from Ms." : the splitter cut after a title's dot."""
    m = re.search(r"\b([A-Za-z]{1,9})\.\s*$", text.strip())
    return bool(m) and m[1].lower() in words("title_abbreviations")


def _points_back(s: str) -> bool:
    """"Curfews remain in force across the district.": no name, no number, and a
    definite noun for a place or body named before."""
    tokens = s.split()
    if any(t[:1].isupper() for t in tokens[1:]) or re.search(r"\d", s):
        return False
    return any(re.search(rf"\bthe {n}\b", s, re.I) for n in words("anaphoric_nouns"))


def problems(text: str) -> list[str]:
    """The readability checks this sentence fails (empty: it reads alone)."""
    from newsbrief.timex.grammar import dateline_end

    s = (text or "").strip()
    out = []
    n = len(s.split())
    if n < 6 or n > 70:
        out.append("length")
    if s.endswith(("?", ":")) or "?" in s[-3:]:
        out.append("question")
    opener = s.lstrip("\"'`\u201c\u2018 ")
    if DANGLING_OPENER.match(opener) or PRONOUN_ATTRIBUTION.search(s) or _points_back(s):
        out.append("dangling")
    if dateline_end(s):
        out.append("dateline")
    outside = QUOTED.sub(" ", s)
    if FIRST_PERSON.search(outside):
        out.append("first_person")
    if SECOND_PERSON.search(outside):
        out.append("second_person")
    if OBLIGATION.search(outside) and not REPORTING.search(outside) \
            and not (_FORECAST.search(outside) or _CONDITION.search(outside) or _RULE.search(outside)):
        out.append("opinion")
    if s[:1] in "\"\u201c`'\u2018" and not REPORTING.search(outside):
        out.append("unattributed_quote")
    if s.count("\"") % 2 == 1 or s.count("\u201c") != s.count("\u201d"):
        out.append("split_quote")
    if ends_on_title(s) or (opener[:1].islower() and not opener[:2].isupper()):
        out.append("splitter_break")
    if TEASER.search(s):
        out.append("teaser")
    if CAPTION.search(s):
        out.append("caption")
    return out

