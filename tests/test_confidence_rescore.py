"""Confidence: scoring is idempotent, also on a brief reloaded from its JSON. Fictional
examples."""
from conftest import facts_brief
from newsbrief.model import Brief
from newsbrief.stages import confidence

ARTICLES = {"a": ["The harbour master said the ferry could be delayed by the storm.",
                  "Nurses said 40 people were treated at the clinic in Velden."],
            "b": ["The harbour master said the ferry could be delayed by the storm.",
                  "The clinic in Velden treated 55 people, a doctor said."]}


def _levels(brief):
    return ([c.confidence for c in brief.claims], [f.confidence for f in brief.figures],
            [c.confidence for c in brief.conflicts])


def test_rescoring_a_reloaded_brief_changes_no_confidence():
    """Fictional: a possibility ("could be delayed", x0.8) carried twice (+0.05); scored,
    written to JSON, reloaded and scored again, every level is the same."""
    b = facts_brief(ARTICLES)
    possible = [c for c in b.claims if c.modality == "possible"]
    assert possible and all(c.confidence < 1.0 for c in possible)
    before = _levels(b)
    confidence.score(b)
    assert _levels(b) == before
    again = Brief.from_dict(b.to_dict())
    confidence.score(again)
    assert _levels(again) == before
    confidence.score(again)
    assert _levels(again) == before


def test_the_speaker_confidence_is_kept_and_only_the_claim_level_penalised():
    """Fictional: the claims stage's speaker confidence survives in the JSON unchanged; a
    stated claim of a named speaker read once keeps its level, a possibility is lowered."""
    b = facts_brief({"a": ["The harbour master said the ferry could be delayed by the storm.",
                           "The harbour master said the pier was closed on Monday."]})
    d = {c["text"]: c for c in b.to_dict()["claims"]}
    stated = next(c for t, c in d.items() if "pier" in t)
    maybe = next(c for t, c in d.items() if "ferry" in t)
    assert stated["speaker_confidence"] == stated["confidence"]
    assert maybe["confidence"] < maybe["speaker_confidence"]
