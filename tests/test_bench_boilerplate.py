"""The boilerplate benchmark's scores, on fictional outputs and golds."""
from bench.boilerplate import SnippetScore, TokenScore, _attribute
from collections import Counter


def test_token_scores_pool_counts_over_pages():
    score = TokenScore()
    score.add("The harbour wall held. Share this", "The harbour wall held overnight.")
    score.add("", "Crews reopened the coast road.")
    row = score.row()
    assert row["precision"] == 4 / 6  # the, harbour, wall, held of six output tokens
    assert row["recall"] == 4 / 10
    assert row["mean_page_f1"] == (2 * (4 / 6) * (4 / 5) / (4 / 6 + 4 / 5)) / 2


def test_snippet_scores_count_found_and_leaked_snippets():
    score = SnippetScore()
    score.add("The quay of Dunmore reopened.\nSign up for our  newsletter",
              {"with": ["quay of Dunmore", "coast road"], "without": ["sign up for our newsletter", "Cookie"]})
    row = score.row()
    assert (score.tp, score.fn, score.fp, score.tn) == (1, 1, 1, 1)
    assert row["precision"] == 0.5 and row["recall"] == 0.5


def test_losses_are_attributed_to_the_removal_reason_once():
    lost = Counter()
    _attribute(lost, [("Harbour news", "heading"), ("harbour news", "boilerplate")], "Harbour news today", "l3s")
    assert lost == Counter({"heading": 2, "boilerplate": 0})
