"""Syndicated copies are linked; merely similar sentences are not."""
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.pipeline import run_stage
from newsbrief.stages import duplicates
from newsbrief.model import Article, Brief, Sentence


def brief_of(pairs):
    brief = Brief()
    for i, (art, text) in enumerate(pairs, start=1):
        if not brief.article(art):
            brief.articles.append(Article(id=art, source=art))
        brief.sentences.append(Sentence(id=f"s{i}", article=art, text=text))
    run_stage(duplicates.STAGE, brief, Context())
    return brief


def test_syndicated_copy_with_quote_and_spacing_differences_is_linked():
    b = brief_of([
        ("a", "The ferry operator said that \u201cno passenger was hurt\u201d when the ship hit the rocks near the island."),
        ("b", "Crews worked through the night."),
        ("c", 'The ferry operator said that "no passenger was hurt" when the ship hit the rocks near the island .'),
    ])
    assert b.sentences[2].duplicate_of == "s1"
    assert b.sentences[1].duplicate_of is None
    assert b.carriers("s3") == ["a", "c"] and b.carriers("s1") == ["a", "c"]


def test_similar_but_different_facts_are_not_duplicates():
    b = brief_of([
        ("a", "Two people were killed when the ferry hit the rocks near the island on Friday."),
        ("b", "Nine people were injured when the bus hit a wall near the station on Sunday."),
    ])
    assert b.sentences[1].duplicate_of is None


def test_third_copy_points_to_the_first():
    text = "Firefighters brought the warehouse blaze under control after nine hours of work."
    b = brief_of([("a", text), ("b", text), ("c", text.replace("nine", "nine long"))])
    assert [s.duplicate_of for s in b.sentences] == [None, "s1", "s1"]
    assert b.carriers("s1") == ["a", "b", "c"]


def test_short_sentences_repeat_by_chance():
    b = brief_of([("a", "He said no."), ("b", "He said no.")])
    assert b.sentences[1].duplicate_of is None
