"""What every command shares: exit codes, the one way to print a message line, and
the whole-number argument type.

Messages quote input (file names, ids, titles, exception text that repeats them),
and input is untrusted, so every line goes through `normalise.shown`: no input can
move the cursor, clear the terminal or forge a second line.
"""
from __future__ import annotations

import argparse
import sys

from newsbrief.text.normalise import shown

EXIT_OK, EXIT_ERROR, EXIT_NOTHING = 0, 1, 2  # a signal's exit is 128 + its number


def say(line: str) -> None:
    """One line on stderr, escaped so that input cannot forge another."""
    print(f"newsbrief: {shown(line)}", file=sys.stderr)


def positive(text: str) -> int:
    """argparse type: a whole number above 0."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {value}")
    return value


def store_path(args) -> str:
    """The store a corpus command works on: --store, else NEWSBRIEF_STORE, else ./newsbrief.db."""
    from newsbrief.store.sqlite import default_path

    return args.store or default_path()
