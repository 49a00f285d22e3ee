"""The one data model every stage reads and extends.

A `Brief` starts as a list of `Article`s (stage `read`) and each later stage fills
one more list. Field names follow the JSON contract (docs/BRIEF_FORMAT in
../shared/eval/BRIEF_FORMAT.md); `Brief.to_dict()` is that JSON.
What a run needs besides the brief (parsed spaCy docs, time anchors, the event
similarity) lives in `context.Context`; lookups derived from the lists (sentence by
id, carriers, event of a sentence) in `index.BriefIndex`. Neither is serialised.
"""
from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from newsbrief.index import BriefIndex

SCHEMA = "newsbrief.brief/1"


@dataclass
class Removal:
    text: str
    reason: str  # "boilerplate", "off_topic", "heading", "title_repeat", "link_list", "byline", ...

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Removal":
        return cls(**_fields(cls, d))


@dataclass
class Article:
    id: str
    source: str
    title: str | None = None
    text: str = field(default="", compare=False)  # the body as read (title excluded); not serialised
    published: str | None = None
    published_basis: str = "unknown"  # "given" | "inferred" | "unknown"
    status: str = "used"  # "used" | "skipped"
    reason: str | None = None
    removed: list[Removal] = field(default_factory=list)
    url: str | None = None
    outlet: str | None = None  # the JSONL "source" field (a publication name)
    extra: dict[str, Any] = field(default_factory=dict)  # other JSONL keys, kept
    warnings: list[str] = field(default_factory=list)
    # paragraphs kept by `clean`: list of str, in reading order
    paragraphs: list[str] = field(default_factory=list)

    def skip(self, reason: str) -> "Article":
        self.status, self.reason = "skipped", reason
        return self

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        """The article as serialised: its `text` (the body as read) is not, so it is ""."""
        art = cls(**_fields(cls, d))
        art.removed = [Removal.from_dict(r) for r in art.removed]
        return art


@dataclass
class Sentence:
    id: str
    article: str
    text: str
    position: int = 0  # index of the sentence inside its article (0 = lead)
    paragraph: int = 0  # index of the paragraph inside its article
    duplicate_of: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Sentence":
        return cls(**_fields(cls, d))


@dataclass
class Mention:
    sentence: str
    text: str
    start: int = 0  # character offsets inside the sentence text
    end: int = 0

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        return cls(**_fields(cls, d))


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    articles: int = 0  # how many articles name it

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        ent = cls(**_fields(cls, d))
        ent.mentions = [Mention.from_dict(m) for m in ent.mentions]
        return ent


@dataclass
class Time:
    sentence: str
    text: str
    value: str  # YYYY-MM-DD, YYYY-MM, YYYY, XXXX-MM-DD or START/END
    start: int = 0
    end: int = 0

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Time":
        return cls(**_fields(cls, d))


@dataclass
class Event:
    id: str
    title: str
    date: str | None
    date_end: str | None = None
    sentences: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(**_fields(cls, d))


@dataclass
class Figure:
    id: str
    sentence: str
    text: str
    measure: str
    low: float | None
    high: float | None
    approximate: bool = False
    vague: bool = False
    source: str | None = None  # entity id
    source_text: str | None = None
    event: str | None = None
    counted: str | None = None  # what is counted, e.g. "Syrian soldiers"
    places: list[str] = field(default_factory=list)  # where it is said to happen ("died in X"), lower-case
    date: str | None = None  # as of when (ISO day of its sentence's event or article), None when unknown
    confidence: float = 1.0  # how sure the reading is, 0..1

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Figure":
        return cls(**_fields(cls, d))


@dataclass
class Claim:
    id: str
    sentence: str
    speaker: str | None
    speaker_text: str | None
    cue: str
    stance: str  # "assert" | "deny"
    text: str
    direct: bool = False
    negated: bool = False  # what is said is itself negated ("said the bridge was not damaged")
    modality: str = "asserted"  # "asserted" | "possible" (may, could, suggested) | "conditional" (if ...)
    confidence: float = 1.0  # how sure the speaker and stance are, 0..1
    # the claims stage's confidence in the speaker, before `confidence.score` adjusts
    # `confidence` (kept so that scoring a reloaded brief again changes nothing)
    speaker_confidence: float | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Claim":
        return cls(**_fields(cls, d))


@dataclass
class Conflict:
    id: str
    kind: str  # "figure" | "denial" | ...
    event: str | None
    items: list[str]
    note: str
    confidence: float = 1.0  # how sure the disagreement is real, 0..1

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Conflict":
        return cls(**_fields(cls, d))


@dataclass
class Progression:
    """A count that changed over time within one event, measure and place ("the toll
    rose from 6 to 9"): the figures in the order of their dates, not a disagreement."""
    id: str
    event: str | None
    measure: str
    items: list[str]  # figure ids, earliest first
    note: str
    confidence: float = 1.0

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Progression":
        return cls(**_fields(cls, d))


@dataclass
class SummaryItem:
    sentence: str
    text: str
    sources: list[str]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SummaryItem":
        return cls(**_fields(cls, d))


@dataclass
class Brief:
    articles: list[Article] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    progressions: list[Progression] = field(default_factory=list)  # optional in the JSON
    summary: list[SummaryItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # -- lookups (derived; see index.py) -------------------------------------------
    @property
    def index(self) -> BriefIndex:
        """The brief's derived lookups; not a field, so never serialised or compared."""
        index = self.__dict__.get("_index")
        if index is None:
            index = self.__dict__["_index"] = BriefIndex(self)
        return index

    def reindex(self, *fields: str) -> None:
        """Say that these lists changed (all when none is named): their lookups are rebuilt."""
        self.index.invalidate(fields or None)

    def used_articles(self) -> list[Article]:
        return [a for a in self.articles if a.status == "used"]

    def article(self, article_id: str) -> Article | None:
        return self.index.article(article_id)

    def sentence(self, sentence_id: str) -> Sentence | None:
        return self.index.sentence(sentence_id)

    def root_of(self, sentence_id: str) -> str:
        """The first sentence of the duplicate chain `sentence_id` belongs to."""
        return self.index.root_of(sentence_id)

    def carriers(self, sentence_id: str) -> list[str]:
        """Ids of every article carrying this sentence or a near-verbatim copy of it."""
        return self.index.carriers(sentence_id)

    # -- JSON ------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        articles = []
        for a in self.articles:
            d = {
                "id": a.id,
                "source": a.source,
                "title": a.title,
                "published": a.published,
                "published_basis": a.published_basis,
                "status": a.status,
                "reason": a.reason,
                "removed": [asdict(r) for r in a.removed],
                "url": a.url,
                "outlet": a.outlet,
                "warnings": a.warnings,
                "paragraphs": list(a.paragraphs),
            }
            if a.extra:
                d["extra"] = a.extra
            articles.append(d)
        return {
            "schema": SCHEMA,
            "articles": articles,
            "sentences": [asdict(s) for s in self.sentences],
            "entities": [asdict(e) for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "events": [asdict(e) for e in self.events],
            "figures": [asdict(f) for f in self.figures],
            "claims": [asdict(c) for c in self.claims],
            "conflicts": [asdict(c) for c in self.conflicts],
            "progressions": [asdict(p) for p in self.progressions],
            "summary": [asdict(s) for s in self.summary],
            "warnings": self.warnings,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Brief":
        """The Brief that `to_dict` wrote: `Brief.from_dict(b.to_dict()) == b`.

        Equality is on what is serialised. Not serialised: the index (not a field)
        and `Article.text`, the body as read, page furniture included, which is
        left out of `==` (`compare=False`). What the article keeps is serialised
        (`paragraphs`, with `removed` beside it), so the store and the web UI can
        show an article's cleaned text and its sentences.
        Keys this version does not know are ignored; another `schema` is refused.
        The JSON Schema of the dict is `json_schema()`.
        """
        if d.get("schema", SCHEMA) != SCHEMA:
            raise ValueError(f"not a {SCHEMA} brief: schema {d.get('schema')!r}")
        parts = {"articles": Article, "sentences": Sentence, "entities": Entity, "times": Time,
                 "events": Event, "figures": Figure, "claims": Claim, "conflicts": Conflict,
                 "progressions": Progression, "summary": SummaryItem}
        brief = cls(**{name: [kind.from_dict(x) for x in d.get(name) or []] for name, kind in parts.items()})
        brief.warnings = list(d.get("warnings") or [])
        return brief


def _fields(cls, d: dict[str, Any]) -> dict[str, Any]:
    """The keys of `d` that are fields of the dataclass `cls`, values copied (a loaded
    brief shares no list with the dict it came from)."""
    names = {f.name for f in fields(cls)}
    return {k: copy.deepcopy(v) for k, v in d.items() if k in names}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `Brief.to_dict()`: newsbrief/schema/brief.schema.json."""
    from importlib.resources import files

    return json.loads((files("newsbrief") / "schema" / "brief.schema.json").read_text(encoding="utf-8"))
