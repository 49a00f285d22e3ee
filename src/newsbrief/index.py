"""Lookups derived from a brief's lists, built once and dropped when their list changes.

Every stage asks the same questions: which sentence has this id, which articles
carry a sentence (or a copy of it), which event holds it, which claims and entity
mentions it has. `BriefIndex` answers them from the brief alone, so a brief read
back from JSON (`Brief.from_dict`) answers them too. Each table is built on first
use; the pipeline calls `invalidate(fields)` with what a stage provides, so a table
is rebuilt only after the list it is made from changed.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

# Annotations name model classes as strings: model.py imports this module, so
# importing model here (even for type checkers) would make a cycle.

# table -> the brief fields it is made from
SOURCES: dict[str, tuple[str, ...]] = {
    "sentence": ("sentences",),
    "next_sentence": ("sentences",),
    "article": ("articles",),
    "root": ("sentences", "duplicates"),
    "carriers": ("sentences", "duplicates"),
    "event_of": ("events",),
    "event": ("events",),
    "claims_in": ("claims",),
    "mentions_in": ("entities",),
    "entity": ("entities",),
}


class BriefIndex:
    def __init__(self, brief: "Brief"):
        self._brief = brief
        self._tables: dict[str, Any] = {}

    def invalidate(self, fields: Iterable[str] | None = None) -> None:
        """Forget the tables made from any of `fields` (all tables when None)."""
        if fields is None:
            self._tables.clear()
            return
        fields = set(fields)
        for name, sources in SOURCES.items():
            if fields & set(sources):
                self._tables.pop(name, None)

    def _table(self, name: str, build: Callable[[], Any]) -> Any:
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = build()
        return table

    # -- sentences and articles --------------------------------------------------
    def sentence(self, sentence_id: str) -> "Sentence | None":
        return self._table("sentence", lambda: {s.id: s for s in self._brief.sentences}).get(sentence_id)

    def next_sentence(self, sentence_id: str) -> "Sentence | None":
        """The sentence after `sentence_id` in the brief's order (None for the last)."""
        def build():
            ss = self._brief.sentences
            return {a.id: b for a, b in zip(ss, ss[1:])}
        return self._table("next_sentence", build).get(sentence_id)

    def article(self, article_id: str):
        return self._table("article", lambda: {a.id: a for a in self._brief.articles}).get(article_id)

    def root_of(self, sentence_id: str) -> str:
        """The first sentence of the duplicate chain `sentence_id` belongs to."""
        return self._table("root", self._roots).get(sentence_id, sentence_id)

    def _roots(self) -> dict[str, str]:
        by_id = {s.id: s for s in self._brief.sentences}
        roots: dict[str, str] = {}
        for s in self._brief.sentences:
            seen, cur = set(), s
            while cur.duplicate_of and cur.id not in seen and cur.duplicate_of in by_id:
                seen.add(cur.id)
                cur = by_id[cur.duplicate_of]
            roots[s.id] = cur.id
        return roots

    def carriers(self, sentence_id: str) -> list[str]:
        """Ids of every article carrying this sentence or a near-verbatim copy of it."""
        return list(self._table("carriers", self._carriers).get(self.root_of(sentence_id), []))

    def _carriers(self) -> dict[str, list[str]]:
        by_root: dict[str, list[str]] = {}
        for s in self._brief.sentences:
            found = by_root.setdefault(self.root_of(s.id), [])
            if s.article not in found:
                found.append(s.article)
        return by_root

    # -- events, claims, entities ------------------------------------------------
    def event_of(self, sentence_id: str) -> str | None:
        """The id of the event holding this sentence, else None."""
        def build():  # a sentence in two events belongs to the first
            out: dict[str, str] = {}
            for e in self._brief.events or ():
                for sid in e.sentences:
                    out.setdefault(sid, e.id)
            return out

        return self._table("event_of", build).get(sentence_id)

    def event(self, event_id: str | None) -> "Event | None":
        return self._table("event", lambda: {e.id: e for e in self._brief.events}).get(event_id)

    def claims_in(self, sentence_id: str) -> list["Claim"]:
        def build():
            out: dict[str, list] = {}
            for c in self._brief.claims:
                out.setdefault(c.sentence, []).append(c)
            return out
        return self._table("claims_in", build).get(sentence_id, [])

    def mentions_in(self, sentence_id: str) -> list[tuple[int, int, str, str]]:
        """(start, end, text, entity id) of each entity mention in the sentence."""
        def build():
            out: dict[str, list] = {}
            for e in self._brief.entities:
                for m in e.mentions:
                    out.setdefault(m.sentence, []).append((m.start, m.end, m.text, e.id))
            return out
        return self._table("mentions_in", build).get(sentence_id, [])

    def entity(self, entity_id: str | None):
        return self._table("entity", lambda: {e.id: e for e in self._brief.entities}).get(entity_id)
