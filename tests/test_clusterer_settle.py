"""The pass over lone stories (`Clusterer._settle`): every `settle_every`
arrivals, the lone stories opened since are decided again with the same join
rule, and one that now picks a story of at least `settle_min_size` articles is
absorbed (older id kept, the other redirects). An article that came just before
the rest of its story is taken in; one that shares a single word (a place, say)
with a large story stays apart. All texts are fictional pseudo-words: the scores
are set by the words shared, nothing else."""
from __future__ import annotations

from newsbrief.corpus.clusterer import ClusterSettings, Clusterer
from newsbrief.ingest.read import from_record
from newsbrief.store.sqlite import Store

_A = "vorlan keshet miradon tulvex baronet quillam".split()
_B = "zephrin oskadel gantrel huvisk merrowin sallucet dravomir pennick tamberly".split()
# a story of nine articles: its six words and one of its own each
STORY = [" ".join(_A + [_B[i]]) for i in range(9)]
# a lone article arriving second: one of the story's words and the words its later articles add
EARLY = " ".join(_A[:1] + _B[1:9])
FILLER = "ostrelle wimberan markune pomeran"
# regroup off: the pass alone is measured (the regroup's own tests are in test_clusterer_regroup.py)
PLAIN = dict(join=0.25, join_low=0.25, background=False, prior_docs=0, bridge=1.1, merge=1.1, lead_words=0,
             regroup=0)


def _run(stream: list[str], **settings):
    c = Clusterer(ClusterSettings(**{**PLAIN, **settings}))
    return c, [c.assign(v) for v in c.vectorize([(t, None) for t in stream])]


def test_an_article_that_came_before_its_story_is_taken_in_at_the_next_pass():
    stream = [STORY[0], EARLY] + STORY[1:] + [FILLER]
    c, got = _run(stream, settle_every=10, settle_min_size=3)
    assert got[1].new and got[1].score < 0.25  # too far from the story's first article when it came
    assert [a.merged for a in got[:10]] == [[]] * 10
    assert got[10].merged == ["s2"]  # the pass before the eleventh arrival
    assert c.resolve("s2") == "s1" and c.stories["s1"].size == 10
    c, got = _run(stream, settle_every=0)  # without the pass it stays alone
    assert all(a.merged == [] for a in got) and c.stories["s2"].size == 1


def test_only_a_story_of_the_minimum_size_takes_it_in():
    c, got = _run([STORY[0], EARLY] + STORY[1:] + [FILLER], settle_every=10, settle_min_size=10)
    assert all(a.merged == [] for a in got) and c.stories["s2"].size == 1


def test_a_lone_article_sharing_one_word_with_a_large_story_stays_apart():
    lone = f"{_A[0]} brennic solvaty trevanth olmiry caskedon"
    c, got = _run([STORY[0], lone] + STORY[1:] + [FILLER], settle_every=10, settle_min_size=3)
    assert all(a.merged == [] for a in got) and c.stories["s2"].size == 1


def test_each_lone_story_gets_one_pass_only():
    """Bounded: a pass looks at the stories opened since the last one, not at
    older lone stories, however close they have come since."""
    fillers = [f"{FILLER} {w}" for w in ("tessaly", "gorvane", "liskary", "rombeck", "vantiel", "corrisk", "helmond",
                                         "quorran")]
    stream = [STORY[0], EARLY] + fillers + STORY[1:] + [FILLER]  # the story grows only after the first pass
    c, got = _run(stream, settle_every=10, settle_min_size=3)
    assert all(a.merged == [] for a in got) and c.stories["s2"].size == 1


def test_the_pass_goes_through_the_store_and_two_ingests_equal_one(tmp_path):
    """Through the store: the absorbed story redirects, every story's size is
    its articles, and a feed ingested in two runs (split inside a pass window)
    ends as in one."""
    settings = ClusterSettings(**PLAIN, settle_every=10, settle_min_size=3)
    stream = [STORY[0], EARLY] + STORY[1:] + [FILLER, FILLER + " tessaly"]
    records = [from_record({"id": f"a{n}", "text": t}, f"feed:{n}") for n, t in enumerate(stream, start=1)]
    with Store(tmp_path / "one.db", settings) as one:
        one.ingest(records)
        in_one = one.article_stories()
        assert one.resolve("s2") == "s1"
        sizes = {row.id: (row.size, len(row.articles)) for row in one.stories()}
    assert in_one["a2"] == "s1" and sizes["s1"] == (10, 10)
    assert all(size == n for size, n in sizes.values())
    with Store(tmp_path / "two.db", settings) as two:
        two.ingest(records[:6])
    with Store(tmp_path / "two.db") as two:  # restored: the saved settings, the pass still due at arrival 11
        two.ingest(records[6:])
        assert two.article_stories() == in_one


def test_a_store_made_before_the_pass_keeps_clustering_without_it():
    assert ClusterSettings.saved({}).settle_every == 0
    assert ClusterSettings().settle_every == 100
