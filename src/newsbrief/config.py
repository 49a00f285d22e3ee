"""Settings of a brief: the summary budget and every numeric threshold, in one place.

`Config()` gives the defaults (the values the benchmarks were measured with);
`Config.from_toml(path)` reads a file of sections named like the fields below:

    words = 150
    [events]
    join_undated = 0.2

An unknown section or key is an error (a typo should not be silently ignored).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_TOML_BYTES = 1024 * 1024  # a settings file (`--config`) is read up to this size


@dataclass(frozen=True)
class CleanSettings:
    off_topic_below: float = 0.2  # share of a paragraph's distinctive weight found elsewhere in the cluster


@dataclass(frozen=True)
class SentenceSettings:
    max_chars: int = 2000  # a "sentence" longer than this is split at the nearest ; or ,


@dataclass(frozen=True)
class DuplicateSettings:
    num_perm: int = 64  # MinHash permutations
    lsh_threshold: float = 0.5  # Jaccard of shingle sets worth a closer look
    same_at: int = 90  # rapidfuzz ratio (0-100) at which two sentences are the same sentence
    min_words: int = 5  # shorter sentences ("He said so.") repeat by chance
    exhaustive_up_to: int = 3000  # sentences compared all against all; above, MinHash LSH


@dataclass(frozen=True)
class ParseSettings:
    processes: int = 0  # spaCy processes; 0 = two when two cores are free and the cluster is big
    parallel_from: int = 120  # sentences below which one process is faster
    # texts per nlp.pipe batch in one process: 256 (the model's own nlp.batch_size) took
    # 10-15% less CPU than 1000 on 770-1,035 sentences, the same annotations (docs/speed.md)
    batch_size: int = 256
    worker_batch: int = 100  # texts a parse worker gets at a time: docs stream back while it parses on


@dataclass(frozen=True)
class EventSettings:
    story_days: int = 21  # an undated sentence may join an event up to this many days before publication
    background_days: int = 60  # a date this much older than publication is background
    join_dated: float = 0.06  # similarity for two sentences with overlapping dates
    join_undated: float = 0.16  # similarity for an undated sentence to join an event
    pair_undated: float = 0.22  # similarity for two undated sentences to form an event
    anchor_title: float = 0.12  # an article's title must be this close to the event taken as its main one
    paraphrase: float = 0.45  # an undated sentence this close to one of a dated storyline reports the same thing
    join_anchor: float = 0.09  # an undated sentence this close to its article's main event joins it
    dense_up_to: int = 4000  # sentences; the pair matrix then takes at most 128 MB
    adopt_sentences: int = 2  # an undated article naming no day joins a storyline this many of its sentences point to


@dataclass(frozen=True)
class ConflictSettings:
    approx_slack: float = 0.2  # "about 200" covers 160-240
    max_days_apart: int = 3  # figures published further apart are a progression, not a dispute
    max_rival_values: int = 3  # a group clashing over more distinct values is a story of many counts (days, places, scopes): abstain


@dataclass(frozen=True)
class SummarySettings:
    anchor_carriers: int = 2  # the anchor event's most central sentence is kept when this many articles report the event (0: never)
    anchor_lead: int = 3  # with one storyline, the most-carried sentence is kept only when it (or a copy) is among its article's first this many sentences (0: anywhere, as before issue 14's ninth round)
    event_weight: float = 8.0  # concept weight, per reporting article, of telling an event reported by 2+ articles (at 5 the seeds read from their folder, undated, lose a storyline: coverage 0.50)
    facets_min_words: int = 150  # ... only in summaries of at least this budget (room for six sentences or more)
    opening_weight: float = 10.0  # concept weight of telling what each article adds first (its first own sentence); with facets only
    opening_sentences: int = 1  # ... any of this many of its first choosable sentences that are not copies
    words_per_event: int = 0  # reserve one sentence per main event per this many words of budget (0: none; measured worse)
    fill_share: float = 0.6  # below this share of the budget in clean sentences, first-person and unattributed ones may fill (0: never)
    apart: bool = True  # never two summary sentences telling one figure or one background event
    voice_weight: float = 8.0  # concept weight of quoting each named speaker of the brief's claims; with facets only
    headline_weight: float = 10.0  # concept weight of telling each article's headline; with facets only
    denial_weight: float = 8.0  # concept weight of telling each named party's denial (a shown claim of stance "deny"); with facets only


@dataclass(frozen=True)
class SelectorSettings:
    min_words: int = 8
    max_words: int = 55
    min_df: int = 3  # a concept is used by this many articles (of more than five)
    df_power: float = 1.0
    word_share: float = 3.0  # sentence bonus per word, times the share of articles using it
    unigram: float = 0.0  # weight of a content word concept relative to a bigram
    duplicate: float = 0.8  # share of the shorter sentence's bigrams found in the other: one group
    redundant: float = 0.5  # the same share above which two candidates are never both chosen
    lead_sentences: int = 3  # "opening sentences" of an article
    lead_bonus: float = 1.0  # extra concept weight per article using the concept in its opening
    position_bonus: float = 20.0  # sentence bonus for an article's first sentence, / (1 + position)
    support_bonus: float = 0.3  # sentence bonus per extra article carrying the sentence
    ilp_nodes: int = 500  # solver nodes (deterministic, unlike a clock); DUC 2004 needs at most 30
    ilp_time: float = 10.0  # seconds; a safety net: the greedy result is kept if the solver does not finish


@dataclass(frozen=True)
class Config:
    words: int = 240  # summary budget in words (a reader allows 250; 200 before issue 14's sixth round)
    clean: CleanSettings = field(default_factory=CleanSettings)
    sentences: SentenceSettings = field(default_factory=SentenceSettings)
    duplicates: DuplicateSettings = field(default_factory=DuplicateSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    events: EventSettings = field(default_factory=EventSettings)
    conflicts: ConflictSettings = field(default_factory=ConflictSettings)
    summary: SummarySettings = field(default_factory=SummarySettings)
    selector: SelectorSettings = field(default_factory=SelectorSettings)

    def replace(self, **changes: Any) -> "Config":
        """A copy with top-level fields changed: `config.replace(words=150)`."""
        return dataclasses.replace(self, **changes)

    def with_section(self, section: str, **changes: Any) -> "Config":
        """A copy with fields of one section changed: `config.with_section("parse", processes=1)`."""
        return self.replace(**{section: dataclasses.replace(getattr(self, section), **changes)})

    def single_process(self) -> "Config":
        """These settings with one spaCy process: a server thread or a batch worker is already one of many."""
        return self.with_section("parse", processes=1)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Config":
        top: dict[str, Any] = {}
        sections = {f.name: f for f in dataclasses.fields(cls)}
        for key, value in data.items():
            if key not in sections:
                raise ValueError(f"unknown setting {key!r}")
            kind = sections[key].default_factory if sections[key].default_factory is not dataclasses.MISSING else None
            if isinstance(value, dict):
                if kind is None:
                    raise ValueError(f"setting {key!r} is a value, not a section")
                known = {f.name for f in dataclasses.fields(kind)}
                unknown = set(value) - known
                if unknown:
                    raise ValueError(f"unknown setting {key}.{sorted(unknown)[0]}")
                top[key] = kind(**value)
            else:
                if kind is not None:
                    raise ValueError(f"setting {key!r} is a section; write [{key}]")
                top[key] = value
        return cls(**top)

    @classmethod
    def from_toml(cls, path: str | Path) -> "Config":
        try:
            import tomllib
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib
        from newsbrief.files import NotRegular, open_regular

        # a regular file of at most 1 MB: a FIFO named here would block, /dev/zero never end
        try:
            fh = open_regular(path)
        except NotRegular:
            raise ValueError("not a regular file (a folder, a FIFO or a device); not read") from None
        except OSError as exc:  # missing, unreadable: the system's words, without the errno prefix
            raise ValueError(exc.strerror or str(exc)) from None
        with fh:
            data = fh.read(MAX_TOML_BYTES + 1)
        if len(data) > MAX_TOML_BYTES:
            raise ValueError(f"more than {MAX_TOML_BYTES:,} bytes; not a settings file")
        return cls.from_dict(tomllib.loads(data.decode("utf-8")))
