"""Search over the stored briefs, kept in memory beside the store.

The store indexes articles (FTS5); this indexes what a brief adds to them: the
summary, the names of people, places and organisations (with their spellings)
and the speakers of claims. It is an in-memory SQLite FTS5 table owned by the
server process, so the store file is never written to; before each use it
catches up with the briefs stored since (one cheap query of story versions), so
briefs stored by an ingest running beside the server are found without a
restart. It also answers the list's entity filter.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any

from newsbrief.web.queries import fts_query


class BriefIndex:
    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE VIRTUAL TABLE briefs USING fts5 (story UNINDEXED, summary, names, speakers)")
        self.lock = threading.Lock()
        self.versions: dict[str, int] = {}  # story -> version of the brief indexed
        self.spellings: dict[str, set[str]] = {}  # story -> entity names and spellings, lower-case
        self.canonical: dict[str, set[str]] = {}  # story -> entity names, lower-case
        self.labels: dict[str, str] = {}  # lower-case name -> the name as a brief spells it
        self.counts: dict[str, int] = {}  # lower-case canonical name -> stories naming it

    def refresh(self, store) -> None:
        """Index the briefs stored or replaced since the last call; forget the deleted."""
        current = dict(store.db.execute("SELECT story, version FROM briefs"))
        with self.lock:
            changed = [s for s, v in current.items() if self.versions.get(s) != v]
            gone = [s for s in self.versions if s not in current]
            if not changed and not gone:
                return
            for story in gone + changed:
                self._drop(story)
            for story in changed:
                row = store.db.execute("SELECT version, brief FROM briefs WHERE story = ?", (story,)).fetchone()
                if row:
                    self._add(story, row[0], json.loads(row[1]))

    def _drop(self, story: str) -> None:
        self.db.execute("DELETE FROM briefs WHERE story = ?", (story,))
        self.versions.pop(story, None)
        self.spellings.pop(story, None)
        for name in self.canonical.pop(story, ()):
            self.counts[name] -= 1

    def _add(self, story: str, version: int, brief: dict[str, Any]) -> None:
        entities = [e for e in brief.get("entities", []) if e.get("type") in _KINDS]
        names = [e["name"] for e in entities] + [a for e in entities for a in e.get("aliases", [])]
        speakers = [c.get("speaker_text") or "" for c in brief.get("claims", [])]
        summary = " ".join(s.get("text", "") for s in brief.get("summary", []))
        self.db.execute("INSERT INTO briefs (story, summary, names, speakers) VALUES (?, ?, ?, ?)",
                        (story, summary, " | ".join(names), " | ".join(speakers)))
        self.versions[story] = version
        canonical = self.canonical[story] = {e["name"].lower() for e in entities}
        self.spellings[story] = {n.lower() for n in names}
        for e in entities:
            self.labels.setdefault(e["name"].lower(), e["name"])
        for name in canonical:
            self.counts[name] = self.counts.get(name, 0) + 1

    def search(self, words: list[str], limit: int = 200) -> list[str]:
        """Stories whose brief matches every word, best first."""
        if not words:
            return []
        with self.lock:
            return [r[0] for r in self.db.execute("SELECT story FROM briefs WHERE briefs MATCH ? ORDER BY rank "
                                                  "LIMIT ?", (fts_query(words), limit))]

    def naming(self, entity: str) -> list[str]:
        """Stories whose brief names `entity` (a name or spelling, any case)."""
        key = entity.strip().lower()
        with self.lock:
            return [s for s, names in self.spellings.items() if key in names]

    def top_entities(self, n: int = 40) -> list[tuple[str, int]]:
        """(name, stories naming it) of the entities most stories name."""
        with self.lock:
            ranked = sorted((k for k, v in self.counts.items() if v > 0), key=lambda k: (-self.counts[k], k))
            return [(self.labels.get(k, k), self.counts[k]) for k in ranked[:n]]


_KINDS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"}
