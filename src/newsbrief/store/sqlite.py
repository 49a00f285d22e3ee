"""The corpus store: one SQLite file holding articles, their sentences, stories,
the clusterer's state and each story's brief.

- Created on first use; the schema carries a version (`PRAGMA user_version`) and
  `MIGRATIONS` brings an older store up to date in one transaction.
- WAL journal: a process reading (`stories`, `show`) while `ingest` writes sees
  the last committed state, never a half-written batch.
- Every write is a transaction. Ingest commits one batch of articles at a time
  together with the story rows and clusterer state they changed, so a crash or
  Ctrl-C loses at most the batch in flight and never leaves half a story.
- Full-text search over titles and bodies with FTS5 (`search`).
- SQL is always parameterised: article text is untrusted.

The brief of a story is stored as its JSON (the brief.json contract, as a blob),
its Markdown, and one row per brief sentence, together with the story version it
was computed from; it is reused until the story changes. Nothing here depends on
the format of sentence or article ids.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

from newsbrief.corpus.clusterer import ArticleVector, Changes, ClusterSettings, Clusterer, StoryState
from newsbrief.model import Article

DEFAULT_PATH = "newsbrief.db"
ENV_VAR = "NEWSBRIEF_STORE"


def default_path() -> str:
    return os.environ.get(ENV_VAR) or DEFAULT_PATH


# Each entry takes the store from version i to i + 1. Never edit a released entry:
# add a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        n INTEGER PRIMARY KEY,             -- arrival order in the store
        id TEXT NOT NULL UNIQUE,
        text_hash TEXT NOT NULL,
        source TEXT NOT NULL,
        title TEXT,
        text TEXT NOT NULL,
        published TEXT,
        published_basis TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        extra TEXT NOT NULL,               -- JSON object
        story TEXT NOT NULL,               -- current story (follows merges)
        first_story TEXT NOT NULL          -- the story it was first put in
    );
    CREATE INDEX articles_text_hash ON articles (text_hash);
    CREATE INDEX articles_story ON articles (story);
    CREATE TABLE aliases (                 -- the same text ingested under another id
        id TEXT PRIMARY KEY,
        same_as TEXT NOT NULL REFERENCES articles (id)
    );
    CREATE TABLE sentences (
        article TEXT NOT NULL REFERENCES articles (id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article, position)
    ) WITHOUT ROWID;
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,              -- arrival number of its first article
        last_seq INTEGER NOT NULL,         -- arrival number of its latest article
        version INTEGER NOT NULL,          -- +1 whenever its articles change
        size INTEGER NOT NULL,
        first_seen TEXT,                   -- earliest publication date known
        last_seen TEXT,
        title TEXT,
        absorbed_into TEXT                 -- set when another story absorbed it: the id redirects
    );
    CREATE TABLE story_state (             -- the clusterer's view of an active story
        id TEXT PRIMARY KEY REFERENCES stories (id),
        seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        size INTEGER NOT NULL,
        terms BLOB NOT NULL,
        weights BLOB NOT NULL,
        shingles BLOB NOT NULL,
        first_date TEXT,
        last_date TEXT
    );
    CREATE INDEX story_state_last_seq ON story_state (last_seq);
    CREATE TABLE df (term INTEGER PRIMARY KEY, n INTEGER NOT NULL);
    CREATE TABLE briefs (
        story TEXT PRIMARY KEY REFERENCES stories (id),
        version INTEGER NOT NULL,          -- the story version it was computed from
        brief TEXT NOT NULL,               -- brief.json
        markdown TEXT NOT NULL
    );
    CREATE TABLE brief_sentences (
        story TEXT NOT NULL REFERENCES stories (id),
        position INTEGER NOT NULL,
        sentence TEXT NOT NULL,            -- the brief's sentence id, whatever its format
        article TEXT NOT NULL,
        text TEXT NOT NULL,
        duplicate_of TEXT,
        PRIMARY KEY (story, position)
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content='articles', content_rowid='n');
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A problem with the store the user can act on (one line, no traceback)."""


@dataclass
class StoryRow:
    id: str
    title: str | None
    articles: list[str]
    first_seen: str | None
    last_seen: str | None
    size: int
    briefed: bool
    version: int
    last_seq: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "articles": self.articles, "first_seen": self.first_seen,
                "last_seen": self.last_seen, "size": self.size, "briefed": self.briefed}


@dataclass
class IngestReport:
    added: int = 0
    skipped: dict[str, int] = dataclasses.field(default_factory=dict)  # reason kind -> count
    conflicts: list[str] = dataclasses.field(default_factory=list)  # same id, different text
    problems: list[str] = dataclasses.field(default_factory=list)  # unreadable inputs, with reasons
    new_stories: set[str] = dataclasses.field(default_factory=set)
    grown_stories: set[str] = dataclasses.field(default_factory=set)
    merged: dict[str, str] = dataclasses.field(default_factory=dict)  # absorbed -> absorbing

    def skip(self, kind: str) -> None:
        self.skipped[kind] = self.skipped.get(kind, 0) + 1

    @property
    def nothing_read(self) -> bool:
        """No article added and every skip an unreadable input: the run had nothing to work on."""
        return self.added == 0 and sum(self.skipped.values()) == self.skipped.get("unreadable", 0)

    def line(self) -> str:
        skipped = sum(self.skipped.values())
        why = ", ".join(f"{k}: {v}" for k, v in sorted(self.skipped.items()))
        grown = len(self.grown_stories - self.new_stories)
        merged = f", {len(self.merged)} merged" if self.merged else ""
        return (f"added {self.added} article(s), skipped {skipped}" + (f" ({why})" if why else "")
                + f"; stories: {len(self.new_stories)} new, {grown} grown{merged}")


def text_hash(art: Article) -> str:
    """Identity of an article's text: title and body with whitespace and case folded."""
    key = " ".join(f"{art.title or ''}\n{art.text}".lower().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass
class Prepared:
    """An article with what ingest computes from it alone, computed ahead (by a batch
    worker, `prepare`): its text hash, sentence rows and clusterer vector. `ingest`
    takes these or plain articles, and computes whatever is missing itself."""
    article: Article
    text_hash: str | None = None
    sentences: list[str] | None = None
    vector: ArticleVector | None = None


def prepare(articles: list[Article], clusterer: Clusterer) -> list[Prepared]:
    """What `ingest` computes per article, for articles read elsewhere. Needs no store:
    vectors depend only on the clusterer's settings, not on its state."""
    used = [a for a in articles if a.status == "used"]
    vectors = iter(clusterer.vectorize([(_cluster_text(a), a.published) for a in used]))
    return [Prepared(a, text_hash(a), split_sentences(a.text), next(vectors)) if a.status == "used"
            else Prepared(a) for a in articles]


def _blob(a: np.ndarray) -> bytes:
    return a.tobytes()


class Store:
    """One open store. Use as a context manager, or call `close`."""

    def __init__(self, path: str | os.PathLike, settings: ClusterSettings | None = None,
                 create: bool = True, timeout: float = 30.0):
        self.path = str(path)
        if not create and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no store here (run `newsbrief ingest FEED --store {self.path}` first)")
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a newsbrief store ({exc})") from None
        self.db.execute("PRAGMA synchronous=NORMAL")  # WAL: a commit survives a process crash
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate(settings)
        self.settings = self._settings()

    # -- schema ----------------------------------------------------------------------
    def _migrate(self, settings: ClusterSettings | None) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {version} is newer than this newsbrief "
                             f"understands ({SCHEMA_VERSION}); upgrade newsbrief")
        if version == SCHEMA_VERSION:
            return
        with self.write():
            version = self.db.execute("PRAGMA user_version").fetchone()[0]  # another process may have done it
            if version == 0 and self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"{self.path}: an SQLite file, but not a newsbrief store")
            for step in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[step]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {step + 1}")
            if version == 0:
                chosen = dataclasses.asdict(settings or ClusterSettings())
                self._set_meta(settings=json.dumps(chosen), n_docs="0", seq="0", next_id="1")

    def _settings(self) -> ClusterSettings:
        return ClusterSettings.saved(json.loads(self.meta("settings")))

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def _set_meta(self, **values: str) -> None:
        self.db.executemany("INSERT INTO meta (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            [(k, str(v)) for k, v in values.items()])

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction (taken at once, so two writers queue instead of failing
        half-way); rolled back on any exception, KeyboardInterrupt included."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[None]:
        """One read transaction: every query inside sees the same committed state."""
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- clusterer state ---------------------------------------------------------------
    def load_clusterer(self) -> Clusterer:
        with self.read():
            seq = int(self.meta("seq"))
            limit = seq - self.settings.window_articles
            rows = self.db.execute("SELECT id, seq, last_seq, size, terms, weights, shingles, first_date, "
                                   "last_date FROM story_state WHERE last_seq >= ?", (limit,)).fetchall()
            stories = [StoryState(r[0], r[1], r[2], r[3], np.frombuffer(r[4], dtype=np.int32).copy(),
                                  np.frombuffer(r[5], dtype=np.float32).copy(),
                                  np.frombuffer(r[6], dtype=np.int64).copy(), r[7], r[8]) for r in rows]
            df = self.db.execute("SELECT term, n FROM df").fetchall()
            redirects = dict(self.db.execute("SELECT id, absorbed_into FROM stories "
                                             "WHERE absorbed_into IS NOT NULL").fetchall())
            return Clusterer.restore(self.settings, df, int(self.meta("n_docs")), seq, int(self.meta("next_id")),
                                     stories, redirects)

    def _save_changes(self, ch: Changes) -> None:
        self.db.executemany(
            "INSERT INTO df (term, n) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET n = n + excluded.n",
            sorted(ch.df_delta.items()))
        self.db.executemany(
            "INSERT OR REPLACE INTO story_state (id, seq, last_seq, size, terms, weights, shingles, first_date, "
            "last_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(st.id, st.seq, st.last_seq, st.size, _blob(st.terms), _blob(st.weights), _blob(st.shingles),
              st.first_date, st.last_date) for st in ch.stories])
        self.db.executemany("DELETE FROM story_state WHERE id = ?", [(g,) for g in ch.gone])
        self._set_meta(n_docs=str(ch.n_docs), seq=str(ch.seq), next_id=str(ch.next_id))

    # -- ingest ------------------------------------------------------------------------
    def ingest(self, articles: Iterable[Article | Prepared], batch: int = 100, progress=None,
               report: IngestReport | None = None) -> IngestReport:
        """Add articles in order, each to a story. Commits every `batch` articles.
        Items may be `Prepared` (hash, sentences and vector computed ahead): the result
        is the same as for their plain articles."""
        report = report or IngestReport()
        clusterer = self.load_clusterer()
        pending: list[Article] = []
        for art in articles:
            pending.append(art)
            if len(pending) >= batch:
                self._ingest_batch(clusterer, pending, report)
                if progress:
                    progress(len(pending))
                pending = []
        if pending:
            self._ingest_batch(clusterer, pending, report)
            if progress:
                progress(len(pending))
        return report

    def _ingest_batch(self, clusterer: Clusterer, batch: list[Article | Prepared], report: IngestReport) -> None:
        with self.write():
            if int(self.meta("seq")) != clusterer.seq:
                raise StoreError(f"{self.path}: another ingest wrote to this store meanwhile; "
                                 "run one ingest at a time")
            fresh: list[tuple[Article, str]] = []
            ahead: list[Prepared] = []  # aligned with fresh
            aliases: list[tuple[str, str]] = []
            seen_ids: dict[str, str] = {}
            seen_hashes: dict[str, str] = {}
            for item in batch:
                item = item if isinstance(item, Prepared) else Prepared(item)
                art = item.article
                if art.status != "used":
                    report.problems.append(art.reason or f"{art.source}: unreadable")
                    report.skip("unreadable")
                    continue
                h = item.text_hash or text_hash(art)
                known = seen_ids.get(art.id) or self._hash_of(art.id)
                if known is not None:
                    if known == h:
                        report.skip("already in the store")
                    else:
                        report.conflicts.append(f"{art.source}: id {art.id!r} is already in the store with "
                                                "a different text; not added")
                        report.skip("same id, different text")
                    continue
                same = seen_hashes.get(h) or self._id_of_hash(h)
                if same is not None:
                    aliases.append((art.id, same))  # written once `same` is in (it may be in this batch)
                    report.skip("same text as an article in the store")
                    continue
                seen_ids[art.id], seen_hashes[h] = h, art.id
                fresh.append((art, h))
                ahead.append(item)
            missing = iter(clusterer.vectorize([(_cluster_text(p.article), p.article.published)
                                                for p in ahead if p.vector is None]))
            vectors = [p.vector if p.vector is not None else next(missing) for p in ahead]
            touched: dict[str, list] = {}  # story -> [articles added, earliest date, latest date]
            recount: dict[str, None] = {}
            for (art, h), vec, item in zip(fresh, vectors, ahead):
                got = clusterer.assign(vec)
                self._insert_article(art, h, got.story, item.sentences)
                if got.new:
                    report.new_stories.add(got.story)
                    self.db.execute("INSERT INTO stories (id, seq, last_seq, version, size, title) "
                                    "VALUES (?, ?, ?, 0, 0, ?)", (got.story, clusterer.seq, clusterer.seq,
                                                                   _story_title(art)))
                else:
                    report.grown_stories.add(got.story)
                for gone in got.merged:
                    # absorbed by the article's story, or (the clusterer's pass over lone
                    # stories, `_settle`) by another: the story it redirects to now
                    into = clusterer.resolve(gone)
                    self.db.execute("UPDATE articles SET story = ? WHERE story = ?", (into, gone))
                    self.db.execute("UPDATE stories SET absorbed_into = ? WHERE id = ? OR absorbed_into = ?",
                                    (into, gone, gone))
                    self.db.execute("DELETE FROM briefs WHERE story = ?", (gone,))
                    self.db.execute("DELETE FROM brief_sentences WHERE story = ?", (gone,))
                    report.merged[gone] = into
                    for k, v in list(report.merged.items()):
                        if v == gone:
                            report.merged[k] = into
                    touched.pop(gone, None)
                    recount.pop(gone, None)
                    recount[into] = None
                entry = touched.setdefault(got.story, [0, None, None])
                entry[0] += 1
                if art.published:
                    entry[1] = min(filter(None, [entry[1], art.published]))
                    entry[2] = max(filter(None, [entry[2], art.published]))
                report.added += 1
            self.db.executemany("INSERT OR IGNORE INTO aliases (id, same_as) VALUES (?, ?)", aliases)
            for sid in recount:
                if sid not in touched:  # it absorbed a lone story but took no article of this batch
                    self._refresh_story(sid, clusterer.seq)
            for sid, (added, first, last) in touched.items():
                if sid in recount:  # it absorbed another story: count from the articles
                    self._refresh_story(sid, clusterer.seq)
                else:  # incremental, so the cost does not grow with the story
                    self.db.execute(
                        "UPDATE stories SET size = size + ?, first_seen = coalesce(min(first_seen, ?), first_seen, ?), "
                        "last_seen = coalesce(max(last_seen, ?), last_seen, ?), last_seq = ?, version = version + 1 "
                        "WHERE id = ?", (added, first, first, last, last, clusterer.seq, sid))
            self._save_changes(clusterer.take_changes())

    def _hash_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT text_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row:
            return row[0]
        alias = self.db.execute("SELECT a.text_hash FROM aliases JOIN articles a ON a.id = aliases.same_as "
                                "WHERE aliases.id = ?", (article_id,)).fetchone()
        return alias[0] if alias else None

    def _id_of_hash(self, h: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE text_hash = ? ORDER BY n LIMIT 1", (h,)).fetchone()
        return row[0] if row else None

    def _insert_article(self, art: Article, h: str, story: str, sentences: list[str] | None = None) -> None:
        cur = self.db.execute(
            "INSERT INTO articles (id, text_hash, source, title, text, published, published_basis, url, outlet, "
            "extra, story, first_story) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (art.id, h, art.source, art.title, art.text, art.published, art.published_basis, art.url, art.outlet,
             json.dumps(art.extra, ensure_ascii=False, default=str), story, story))
        self.db.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                        (cur.lastrowid, art.title or "", art.text))
        self.db.executemany("INSERT INTO sentences (article, position, text) VALUES (?, ?, ?)",
                            [(art.id, i, s) for i, s in enumerate(
                                split_sentences(art.text) if sentences is None else sentences)])

    def _refresh_story(self, sid: str, seq: int) -> None:
        size, first, last = self.db.execute(
            "SELECT count(*), min(published), max(published) FROM articles WHERE story = ?", (sid,)).fetchone()
        self.db.execute("UPDATE stories SET size = ?, first_seen = ?, last_seen = ?, last_seq = ?, "
                        "version = version + 1 WHERE id = ?", (size, first, last, seq, sid))

    # -- reading -----------------------------------------------------------------------
    def resolve(self, story_id: str) -> str | None:
        """The id a story is known by now (following merges), or None if unknown."""
        row = self.db.execute("SELECT id, absorbed_into FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        return row[1] or row[0]

    def stories(self) -> list[StoryRow]:
        """Every current story, largest and most recent first."""
        with self.read():
            rows = self.db.execute(
                "SELECT s.id, s.title, s.first_seen, s.last_seen, s.size, s.version, s.last_seq, b.version "
                "FROM stories s LEFT JOIN briefs b ON b.story = s.id WHERE s.absorbed_into IS NULL").fetchall()
            members: dict[str, list[str]] = {}
            for art_id, story in self.db.execute("SELECT id, story FROM articles ORDER BY n"):
                members.setdefault(story, []).append(art_id)
        out = [StoryRow(r[0], r[1], members.get(r[0], []), r[2], r[3], r[4], r[7] == r[5], r[5], r[6])
               for r in rows]
        # stable sorts, least significant key first: latest arrival, latest date, size
        out.sort(key=lambda s: -s.last_seq)
        out.sort(key=lambda s: s.last_seen or "", reverse=True)
        out.sort(key=lambda s: -s.size)
        return out

    def story_articles(self, story_id: str) -> tuple[int, list[Article]]:
        """(version, articles) of a story, read in one transaction, in arrival order."""
        with self.read():
            row = self.db.execute("SELECT version FROM stories WHERE id = ?", (story_id,)).fetchone()
            if row is None:
                raise StoreError(f"no story {story_id!r} in {self.path}")
            rows = self.db.execute("SELECT id, source, title, text, published, published_basis, url, outlet, "
                                   "extra FROM articles WHERE story = ? ORDER BY n", (story_id,)).fetchall()
        return row[0], [Article(id=r[0], source=r[1], title=r[2], text=r[3], published=r[4],
                                published_basis=r[5], url=r[6], outlet=r[7], extra=json.loads(r[8]))
                        for r in rows]

    def article_stories(self) -> dict[str, str]:
        """Every article id (aliases included) -> its current story."""
        with self.read():
            out = dict(self.db.execute("SELECT id, story FROM articles"))
            for alias, same in self.db.execute("SELECT id, same_as FROM aliases"):
                out[alias] = out[same]
        return out

    def stored_brief(self, story_id: str) -> tuple[int, str, str] | None:
        """(version, brief JSON, Markdown) as stored, current or not."""
        row = self.db.execute("SELECT version, brief, markdown FROM briefs WHERE story = ?", (story_id,)).fetchone()
        return tuple(row) if row else None

    def version(self, story_id: str) -> int:
        row = self.db.execute("SELECT version FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise StoreError(f"no story {story_id!r} in {self.path}")
        return row[0]

    def save_brief(self, story_id: str, version: int, brief_json: str, markdown: str,
                   sentences: list[tuple[str, str, str, str | None]]) -> None:
        """Store a brief computed from `version` of the story (sentence rows: id, article, text,
        duplicate_of). A brief of an older version than the one stored is not written."""
        with self.write():
            row = self.db.execute("SELECT version FROM briefs WHERE story = ?", (story_id,)).fetchone()
            if row and row[0] > version:
                return
            self.db.execute("INSERT OR REPLACE INTO briefs (story, version, brief, markdown) VALUES (?, ?, ?, ?)",
                            (story_id, version, brief_json, markdown))
            self.db.execute("DELETE FROM brief_sentences WHERE story = ?", (story_id,))
            self.db.executemany("INSERT INTO brief_sentences (story, position, sentence, article, text, "
                                "duplicate_of) VALUES (?, ?, ?, ?, ?, ?)",
                                [(story_id, i, *s) for i, s in enumerate(sentences)])

    def stale_stories(self) -> list[str]:
        """Stories whose stored brief is missing or older than the story, oldest first."""
        return [sid for sid, _ in self._stale(1, "s.seq")]

    def stale_sizes(self, min_size: int = 1) -> list[tuple[str, int]]:
        """(id, size) of the stale stories of at least `min_size` articles, largest first
        (then oldest), without reading their articles."""
        return self._stale(min_size, "s.size DESC, s.seq")

    def _stale(self, min_size: int, order: str) -> list[tuple[str, int]]:
        # `order` is one of the two constants above, never input
        return [tuple(r) for r in self.db.execute(
            "SELECT s.id, s.size FROM stories s LEFT JOIN briefs b ON b.story = s.id "
            "WHERE s.absorbed_into IS NULL AND (b.version IS NULL OR b.version < s.version) AND s.size >= ? "
            f"ORDER BY {order}", (min_size,))]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """(article id, story) of the articles matching words of `query` (FTS5, best first).
        The query is reduced to plain words, so no FTS syntax from a user reaches SQLite."""
        words = re.findall(r"\w+", query)
        if not words:
            return []
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        return self.db.execute(
            "SELECT a.id, a.story FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit)).fetchall()

    def counts(self) -> dict[str, int]:
        with self.read():
            return {
                "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
                "sentences": self.db.execute("SELECT count(*) FROM sentences").fetchone()[0],
                "stories": self.db.execute("SELECT count(*) FROM stories WHERE absorbed_into IS NULL").fetchone()[0],
                "briefs": self.db.execute("SELECT count(*) FROM briefs").fetchone()[0],
            }


def _statements(script: str) -> list[str]:
    """The statements of a migration script (none of ours has ';' inside a literal)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _cluster_text(art: Article) -> str:
    return f"{art.title}\n{art.text}" if art.title else art.text


def _story_title(art: Article) -> str:
    """A story's name: the title of the article that opened it, else its first sentence."""
    if art.title:
        return art.title
    lead = next((p for p in re.split(r"\n\s*\n", art.text) if p.strip()), "")
    first = next(iter(split_sentences(lead[:2000])), "") or art.text.strip()[:200]
    first = " ".join(first.split())
    return first if len(first) <= 100 else first[:97].rsplit(" ", 1)[0] + "..."


def split_sentences(text: str) -> list[str]:
    """Sentences of an article body, paragraph by paragraph, for the store's rows and
    search. sentencex alone, without the brief pipeline's repairs (which cost four
    times as much and would halve the ingest rate); a brief's own sentences are the
    pipeline's, stored with the brief."""
    import sentencex

    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        if paragraph:
            out.extend(s.strip() for s in sentencex.segment("en", paragraph) if s.strip())
    return out
