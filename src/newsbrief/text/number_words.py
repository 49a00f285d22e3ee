"""English number words, written once (lexicon files `number_words` and `ordinals`).

    CARDINALS["forty"] == 40         # zero .. ninety: the words below a hundred
    SCALES["million"] == 1_000_000   # hundred, thousand, million, billion
    ORDINALS["third"] == 3
    DECADES["sixties"] == 6          # the tens, as decades ("the sixties")
    between(1, 9) == "one|two|...|nine"   # a regex alternation, smallest first
    ordinal_value("4th") == ordinal_value("fourth") == 4
"""
from __future__ import annotations

import re

from newsbrief.lexicon import mapping

_ALL = {w: int(v) for w, v in mapping("number_words").items()}
CARDINALS: dict[str, int] = {w: v for w, v in _ALL.items() if v < 100}
SCALES: dict[str, int] = {w: v for w, v in _ALL.items() if v >= 100}
ORDINALS: dict[str, int] = {w: int(v) for w, v in mapping("ordinals").items()}
# "twenty" -> "twenties": every tens word ends in -y
DECADES: dict[str, int] = {w[:-1] + "ies": v // 10 for w, v in CARDINALS.items() if v >= 20 and v % 10 == 0}


def between(low: int, high: int) -> str:
    """The cardinal words from `low` to `high` (inclusive) as a regex alternation."""
    return "|".join(w for w, v in CARDINALS.items() if low <= v <= high)


def ordinal_value(word: str) -> int | None:
    """"fourth" or "4th" -> 4; None for anything else."""
    w = word.lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    return int(m.group(1)) if m else ORDINALS.get(w)
