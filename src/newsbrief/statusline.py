"""One self-rewriting line on stderr, for progress on a terminal (hand-written rather
than with tqdm: it is one line, and tqdm would be a dependency for it)."""
from __future__ import annotations

import sys
import time


class StatusLine:
    """`show(text)` rewrites the line at most every `every` seconds (or at once when
    forced); `close()` clears it. Does nothing when not `enabled` (not a terminal, -q)."""

    def __init__(self, enabled: bool, stream=None, every: float = 0.2):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.every = every
        self.started = time.perf_counter()
        self.shown = 0.0

    def due(self, force: bool = False) -> bool:
        """Is a new line due now (and is there anywhere to show it)?"""
        now = time.perf_counter()
        if not self.enabled or (now - self.shown < self.every and not force):
            return False
        self.shown = now
        return True

    def rate(self, count: int) -> float:
        return count / max(time.perf_counter() - self.started, 1e-9)

    def show(self, text: str) -> None:
        print(f"\r\033[K{text}", end="", file=self.stream, flush=True)

    def close(self) -> None:
        if self.enabled and self.shown:
            print("\r\033[K", end="", file=self.stream, flush=True)
