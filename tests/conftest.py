"""Shared fixtures.

Tests that read ../shared (the seed cluster, the scorer, evaluation data) use the
`shared` fixture: without it they skip on a developer machine, but fail loudly
when CI is set, because CI always has ../shared beside the clone.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds" / "seeds.jsonl").exists():
        if os.environ.get("CI"):
            pytest.fail(f"../shared is missing at {SHARED}: CI must have it beside the clone")
        pytest.skip("../shared not present")
    return SHARED


def make_brief(sentences_by_article: dict[str, list[str]], published: dict[str, str] | None = None):
    """(brief, ctx): a Brief with the given sentences already split and parsed, and
    the run's Context holding the docs, for stage tests.

    `sentences_by_article` maps an article id to its sentences in order.
    """
    from newsbrief.stages import parse
    from newsbrief.model import Article, Brief, Sentence
    from newsbrief.context import Context
    from newsbrief.pipeline import run_stage

    brief = Brief()
    n = 0
    for art_id, texts in sentences_by_article.items():
        pub = (published or {}).get(art_id)
        brief.articles.append(Article(id=art_id, source=art_id, title=None, text=" ".join(texts),
                                      published=pub, published_basis="given" if pub else "unknown",
                                      paragraphs=list(texts)))
        for i, text in enumerate(texts):
            n += 1
            brief.sentences.append(Sentence(id=f"s{n}", article=art_id, text=text, position=i, paragraph=i))
    ctx = Context()
    run_stage(parse.STAGE, brief, ctx)
    return brief, ctx
