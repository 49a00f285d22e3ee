"""Looking tokens up in a spaCy parse by character offset."""
from __future__ import annotations

import bisect


def _end(token) -> int:
    return token.idx + len(token.text)


def token_at(doc, start: int):
    """The token of `doc` (a Doc or a Span) holding character `start`, or the first
    token after it when `start` falls in the space between two tokens; None past the
    last token. A token's offsets are its document's, so `start` is too. Tokens stand
    in order and never overlap, so their end offsets rise: a bisection finds the first
    one ending after `start`."""
    i = bisect.bisect_right(doc, start, key=_end)
    return doc[i] if i < len(doc) else None
