"""Years written in words, as transcripts of speech write them: "nineteen ninety-six",
"the year two thousand"."""
from __future__ import annotations

import re

from newsbrief.text.number_words import CARDINALS, between

_UNITS = between(1, 9)
_TEENS = between(10, 19)
_TENS = between(20, 90)  # above nineteen the words are the tens
YEAR_WORDS = r"\b(?P<c>eighteen|nineteen)[\s-]+(?P<yy>(?:%s)(?:[\s-]+(?:%s))?|%s)\b" % (_TENS, _UNITS, _TEENS)


def year_in_words(century: str, rest: str) -> str:
    """ "nineteen", "ninety-six" -> "1996"."""
    yy = sum(CARDINALS[w] for w in re.split(r"[\s-]+", rest.lower()))
    return f"{CARDINALS[century.lower()]}{yy:02d}"
