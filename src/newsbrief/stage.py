"""The stage contract: what a stage needs from the brief and what it adds.

A stage is a function `run(brief, ctx)` plus the names of the data it reads
(`requires`) and fills (`provides`), in the manner of spaCy's declared pipeline
components. Names are fields of `Brief` ("sentences", "entities", ...), parts of
an article ("paragraphs", "published") or the context's runtime data ("docs",
"time_anchors", "similarity"). `check_order` refuses a pipeline in which a stage
would read something no earlier stage provides, so the order is checked, not
remembered.

>>> def count(brief, ctx): ...
>>> check_order([Stage("count", count, requires=("sentences",))])
Traceback (most recent call last):
...
ValueError: stage 'count' requires 'sentences', which no earlier stage provides
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

# What `read` gives every pipeline before its first stage.
READ_PROVIDES = ("articles",)


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable  # run(brief: Brief, ctx: Context) -> None
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()


def check_order(stages: Iterable[Stage], given: Iterable[str] = READ_PROVIDES) -> None:
    """Raise ValueError unless each stage's requirements are provided before it runs."""
    have = set(given)
    for stage in stages:
        for need in stage.requires:
            if need not in have:
                raise ValueError(f"stage {stage.name!r} requires {need!r}, which no earlier stage provides")
        have.update(stage.provides)
