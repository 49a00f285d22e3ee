r"""Untrusted text made safe to keep, print and show.

Article text, titles, JSONL fields and even file names come from outside. Before
anything else reads them:

- `clean(text)` for what the brief keeps (article text, titles, fields): newlines
  unified, lone surrogates (unpaired UTF-16 halves, which no UTF-8 writer accepts)
  replaced by U+FFFD, and control characters, bidirectional controls (embeddings,
  overrides, isolates, marks: they reorder text on screen, e.g. citation numbers)
  and zero-width characters removed;
- `shown(text)` for names that must stay recognisable (file names, paths, and every
  line printed to a terminal): the same characters escaped as `\xNN` / `\uNNNN`
  instead of removed, so a file name cannot forge a line of output or move text
  around it, and a byte that is not UTF-8 (surrogate-escaped by the OS) is shown as
  the byte it was.

    >>> clean("Vote\u202e1]2[ \x1b[31mok")
    'Vote1]2[ [31mok'
    >>> print(shown("a\nb\u202e.txt"))
    a\nb\u202e.txt
"""
from __future__ import annotations

import re

# bidirectional formatting: LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM
BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
# C0 controls but tab and newline, DEL, C1 controls, zero-width space / joiners kept
# out of words, BOM, and the invisible "interlinear annotation" controls
_REMOVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2060\ufeff\ufff9-\ufffb" + BIDI + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPE = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u2028\u2029\u2060\ufeff\ufff9-\ufffb" + BIDI + "\ud800-\udfff]")


def clean(text: str) -> str:
    """Text safe to keep: see the module docstring."""
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _SURROGATE.sub("\ufffd", text)
    return _REMOVE.sub("", text)


def surrogates(text: str) -> int:
    """How many lone surrogates `clean` will replace."""
    return len(_SURROGATE.findall(text)) if text else 0


def output(text: str) -> str:
    """A whole rendered file (JSON, Markdown, HTML) made safe as a last step: what
    `clean` removes, removed; lone surrogates replaced; line and paragraph separators
    made spaces (a raw line break inside a JSON string would not be JSON)."""
    text = _SURROGATE.sub("\ufffd", text).replace("\u2028", " ").replace("\u2029", " ")
    return _REMOVE.sub("", text)


def clean_line(text: str) -> str:
    """One line of text (a title, a name): cleaned, white space collapsed."""
    return re.sub(r"\s+", " ", clean(text or "")).strip()


def _escape(m: re.Match) -> str:
    ch = m.group()
    code = ord(ch)
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    if 0xDC80 <= code <= 0xDCFF:  # a byte the OS could not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, keep_newlines: bool = False) -> str:
    """Text safe to print or show as a name: see the module docstring."""
    text = str(text)
    if keep_newlines:
        return "\n".join(_ESCAPE.sub(_escape, line) for line in text.split("\n"))
    return _ESCAPE.sub(_escape, text)


def cut(text: str, limit: int) -> tuple[str, bool]:
    """At most `limit` characters, cut at a word boundary near the end when there is
    one; (text, whether it was cut)."""
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    space = head.rfind(" ", int(limit * 0.8))
    return (head[:space] if space > 0 else head).rstrip() + "\u2026", True
