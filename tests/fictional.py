"""Generated FICTIONAL news feeds for the corpus tests.

Every name and event here is invented: each story gets its own made-up place,
people, organisation and subject words (pseudo-words built from syllables with a
seeded random generator), and every article mixes its story's words with common
newsroom words that all stories share. Nothing is taken from real news.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SYLLABLES = "ka lo mer vin dra tos bel quo ran sef ul pim zor ath nev gri sol tam yur eck ob wen fal cir".split()
COMMON = ("officials said the report on tuesday according to residents people local council statement "
          "week city government police told reporters later morning several a new day year public "
          "spokesman workers meeting plans area news two three many after before during").split()
SUBJECTS = ("flood bridge strike election vaccine earthquake merger drought festival trial fire "
            "ferry satellite tariff glacier museum pipeline orchestra harvest rocket").split()


def _word(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def story_words(rng: random.Random, subject: str) -> dict[str, list[str]]:
    return {
        "place": [_word(rng).capitalize() for _ in range(2)],
        "person": [f"{_word(rng, 2).capitalize()} {_word(rng).capitalize()}" for _ in range(2)],
        "org": [f"{_word(rng).capitalize()} Authority"],
        "topic": [subject] + [_word(rng, 2) for _ in range(6)],
    }


def article(rng: random.Random, words: dict[str, list[str]], sentences: int = 6) -> str:
    out = []
    for _ in range(sentences):
        bits = [rng.choice(words["person"]), "of", rng.choice(words["org"]), "said", "the",
                rng.choice(words["topic"]), "near", rng.choice(words["place"])]
        bits += rng.sample(COMMON, 5) + rng.sample(words["topic"], 3)
        out.append(" ".join(bits) + ".")
    return " ".join(out)


def feed(stories: int = 6, per_story: int = 5, seed: int = 7, dated: bool = True,
         prefix: str = "fx") -> tuple[list[dict], dict[str, str]]:
    """(records, gold): `stories` fictional stories of `per_story` articles each,
    interleaved in a seeded order; gold maps article id -> story name."""
    rng = random.Random(seed)
    records, gold = [], {}
    for s in range(stories):
        words = story_words(rng, SUBJECTS[s % len(SUBJECTS)])
        for a in range(per_story):
            art_id = f"{prefix}-{s}-{a}"
            rec = {"id": art_id, "title": f"{words['place'][0]} {words['topic'][0]}: {words['person'][0]} speaks",
                   "text": article(rng, words), "source": f"Fictional Wire {a % 3}",
                   "note": "FICTIONAL: generated for newsbrief's tests"}
            if dated:
                rec["published"] = f"2031-03-{1 + (s * 2 + a) % 27:02d}"
            records.append(rec)
            gold[art_id] = f"story-{s}"
    rng.shuffle(records)
    return records, gold


def write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
