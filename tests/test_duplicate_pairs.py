"""Precision and recall of the duplicates stage on fictional pairs (tests/duplicate_pairs.py):
edited copies (a clause inserted, a shortened form, a reworded attribution or figure
sentence, other spellings) and hard negatives (a shared quotation, other figures, a
negation, another speaker, day or verb). Both candidate paths: all pairs and MinHash LSH."""
import pytest

from duplicate_pairs import NEGATIVES, POSITIVES
from newsbrief.context import Context
from newsbrief.ids import sentence_id
from newsbrief.model import Article, Brief, Sentence
from newsbrief.pipeline import run_stage
from newsbrief.stages import duplicates


def linked(first: str, second: str) -> bool:
    brief = Brief(articles=[Article(id="a", source="a"), Article(id="b", source="b")])
    brief.sentences = [Sentence(id=sentence_id(art, text), article=art, text=text)
                       for art, text in (("a", first), ("b", second))]
    run_stage(duplicates.STAGE, brief, Context())
    return brief.sentences[1].duplicate_of == brief.sentences[0].id


@pytest.fixture(params=["exhaustive", "lsh"])
def path(request, monkeypatch):
    if request.param == "lsh":
        monkeypatch.setattr(duplicates, "EXHAUSTIVE_UP_TO", 0)
    return request.param


def test_no_hard_negative_is_linked(path):
    wrong = [(kind, b) for kind, a, b in NEGATIVES if linked(a, b)]
    assert not wrong, f"precision {1 - len(wrong) / len(NEGATIVES):.2f} on negatives: {wrong}"


def test_edited_copies_are_linked(path):
    missed = [(kind, b) for kind, a, b in POSITIVES if not linked(a, b)]
    recall = 1 - len(missed) / len(POSITIVES)
    assert recall >= 0.9, f"recall {recall:.2f}: {missed}"


def test_every_kind_of_edit_is_linked_at_least_once(path):
    kinds = {kind for kind, _, _ in POSITIVES}
    found = {kind for kind, a, b in POSITIVES if linked(a, b)}
    assert found == kinds

