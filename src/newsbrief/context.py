"""The typed context of one run: settings, shared resources and runtime data.

Stages receive `run(brief, ctx)`. The brief holds what is serialised; the context
holds what only the run needs. Each runtime field is provided by one stage (named
in the field's comment, and in that stage's contract) and read by later ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from newsbrief.config import Config
from newsbrief.resources import Resources, default


@dataclass
class Context:
    config: Config = field(default_factory=Config)
    resources: Resources = field(default_factory=default)
    docs: dict[str, Any] = field(default_factory=dict)  # parse: sentence id -> spaCy Doc
    time_anchors: dict[str, date | None] = field(default_factory=dict)  # times: date a sentence was read against
    time_unresolved: set[str] = field(default_factory=set)  # times: sentences naming a day that has no anchor
    similarity: Callable[[str, str], float] | None = None  # events: sentence-pair similarity
    similarity_idf: dict[str, float] = field(default_factory=dict)  # events: feature weights
    loose_members: set[str] = field(default_factory=set)  # events: sentences placed by a weak link only
    timeless: bool = False  # events: no article dated and none naming a day (its events are undated)
    timings: dict[str, float] = field(default_factory=dict)  # stage name -> seconds

    @property
    def words(self) -> int:
        """The summary budget in words."""
        return self.config.words

    def doc(self, sentence_id: str):
        """The parsed spaCy Doc of one sentence (filled by the `parse` stage)."""
        return self.docs.get(sentence_id)

    def about_event(self, sentence_id: str, event) -> bool:
        """Is the sentence close enough to the event to have joined it undated? (The
        events stage's own similarity and threshold; without them, no: abstain.)"""
        if self.similarity is None or event is None:
            return False
        best = max((self.similarity(sentence_id, s) for s in event.sentences), default=0.0)
        return best >= self.config.events.join_undated
