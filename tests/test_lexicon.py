"""The lexicon loader: word lists as data files, one entry a line."""
from __future__ import annotations

from importlib import resources

import pytest

from newsbrief import lexicon


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """A throwaway lexicon folder in place of the package's own."""
    monkeypatch.setattr(lexicon, "_folder", lambda: tmp_path)
    lexicon.words.cache_clear()
    lexicon.mapping.cache_clear()
    yield tmp_path
    lexicon.words.cache_clear()
    lexicon.mapping.cache_clear()


def test_words_skip_comments_and_blank_lines_and_fold_case(scratch):
    (scratch / "demo.txt").write_text("# a comment line\n\nZorple\n  blint  # a trailing comment\nzorple\n")
    assert lexicon.words("demo") == frozenset({"zorple", "blint"})


def test_words_are_read_once(scratch):
    (scratch / "demo.txt").write_text("alpha\n")
    first = lexicon.words("demo")
    (scratch / "demo.txt").write_text("beta\n")
    assert lexicon.words("demo") is first


def test_mapping_reads_key_tab_value_and_keeps_the_value_as_written(scratch):
    (scratch / "demo.txt").write_text("# key<TAB>value\nNorth Quell\tQuellish Republic\nnq\tQuellish Republic\n")
    m = lexicon.mapping("demo")
    assert dict(m) == {"north quell": "Quellish Republic", "nq": "Quellish Republic"}
    with pytest.raises(TypeError):
        m["other"] = "x"  # read-only: a cached mapping is shared by every caller


@pytest.mark.parametrize("text", ["no tab here\n", "a\tb\nA\tc\n"])
def test_mapping_rejects_a_malformed_file(scratch, text):
    (scratch / "demo.txt").write_text(text)
    with pytest.raises(ValueError):
        lexicon.mapping("demo")


def test_every_shipped_lexicon_file_loads_and_is_not_empty():
    names = [p.name[:-4] for p in resources.files("newsbrief.lexicon").iterdir() if p.name.endswith(".txt")]
    assert "report_verbs" in names and "titles" in names
    for name in names:
        assert lexicon.words(name), name


def test_shared_lists_are_the_ones_the_stages_use():
    from newsbrief.report import view
    from newsbrief.stages import entities, figures
    from newsbrief.text import claim_rules
    assert claim_rules.REPORT_VERBS is lexicon.REPORT_VERBS is entities.REPORT_VERBS is figures.REPORT_VERBS
    assert claim_rules.ORG_NOUNS is entities.ORG_NOUNS
    assert view.PRONOUNS is claim_rules.PRONOUNS == {"he", "she", "it", "they"}
    assert "say" in lexicon.REPORT_VERBS and "ministry" in lexicon.ORG_NOUNS
