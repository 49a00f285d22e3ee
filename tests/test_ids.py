"""Ids: derived from content and place, the same on every run and in every cluster.
Invented examples only."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from urllib.parse import unquote

from conftest import ROOT
from newsbrief import ids
from newsbrief.model import Article
from newsbrief.pipeline import brief_articles, brief_paths

FERRY = ("The ferry Marisol ran aground on the reef off Kesh island on Tuesday night, the coastguard said.\n\n"
         "Ulmenfeld bakers march in Prenz\n\n"  # a pasted story under a headline of its own
         "Bakers in the northern valley of Ulmenfeld protested against flour prices with loaves and banners "
         "outside the Guild Hall of Prenz.\n\n"
         "All 140 passengers of the Marisol were taken off the ferry by lifeboats before dawn, the coastguard said.\n\n"
         "Divers inspected the hull of the Marisol on Wednesday and found a long gash near the bow.")
FERRY_TOO = ("The coastguard said the ferry Marisol struck the reef off Kesh island late on Tuesday.\n\n"
             "Lifeboats carried the passengers of the Marisol to the harbour of Kesh before dawn.\n\n"
             "The hull of the Marisol was inspected by divers, who found a gash near the bow of the ferry.")


def brief_of(*articles):
    return brief_articles([Article(id=i, source=f"{i}.txt", text=t) for i, t in articles])


def test_an_article_keeps_its_sentence_ids_in_another_cluster():
    alone = brief_of(("ferry-a", FERRY))
    together = brief_of(("ferry-a", FERRY), ("ferry-b", FERRY_TOO))
    # beside the second article the bakers' paragraph (and its headline) is off topic and dropped ...
    assert [r.reason for r in together.article("ferry-a").removed] == ["off_topic", "off_topic"]
    before = {s.text: s for s in alone.sentences}
    after = {s.text: s for s in together.sentences if s.article == "ferry-a"}
    assert len(after) == len(before) - 1
    # ... so the later paragraphs move up, but no sentence changes its id
    assert any(after[t].paragraph != before[t].paragraph for t in after)
    assert all(after[t].id == before[t].id == ids.sentence_id("ferry-a", t) for t in after)


def test_one_sentence_twice_in_an_article_gets_two_ids():
    text = "The bridge reopened on Friday, the council said."
    b = brief_of(("bridge", f"{text}\n\nTraffic was light in the morning.\n\n{text}"))
    first, _, again = (s.id for s in b.sentences)
    assert first == ids.sentence_id("bridge", text) and again == first + "~2"


def test_unique_is_deterministic_and_never_reuses_an_id():
    unique = ids.Unique(["quay~2"])
    assert [unique(x) for x in ("quay", "quay", "quay", "pier")] == ["quay", "quay~3", "quay~4", "pier"]


def test_hashed_ids_depend_on_content_only():
    assert ids.entity_id("GPE", "Kesh") == ids.entity_id("GPE", "Kesh") != ids.entity_id("ORG", "Kesh")
    assert ids.conflict_id("figure", ["x", "y"]) == ids.conflict_id("figure", ["y", "x"])
    assert ids.conflict_id("figure", ["x", "y"]) != ids.conflict_id("denial", ["x", "y"])
    assert len(ids.digest("anything")) == ids.HASH_HEX
    assert ids.digest("a", "bc") != ids.digest("ab", "c")


def test_odd_article_ids_survive_a_url_fragment():
    sid = ids.sentence_id("Hafen news/2024 #3 über", "Der Hafen ist zu.")
    frag = ids.fragment(sid)
    assert not set(frag) & {" ", "#", "/", "?"} and frag.isascii() and unquote(frag) == sid
    assert frag.endswith(sid[-12:])  # the fixed part stays readable


KINDS = ("articles", "sentences", "entities", "events", "figures", "claims", "conflicts")


def test_the_same_input_gets_the_same_ids_on_another_run(tmp_path):
    feed = tmp_path / "cluster.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "ferry-a", "published": "2024-05-08", "text": FERRY},
        {"id": "ferry-b", "published": "2024-05-08", "text": FERRY_TOO},
        {"text": "At least 30 passengers were hurt when the Marisol hit the reef, a doctor in Kesh said. "
                 "The operator denied that the ferry had left port in a storm."}]) + "\n")
    d = brief_paths([str(feed)]).to_dict()
    here = {k: [x["id"] for x in d[k]] for k in KINDS}
    assert here["entities"] and here["events"] and here["figures"] and here["claims"]
    # another process, string hashing seeded 0 (this one is random unless PYTHONHASHSEED is set)
    code = ("import json, sys; from newsbrief.pipeline import brief_paths; d = brief_paths([sys.argv[1]]).to_dict();"
            f"print(json.dumps({{k: [x['id'] for x in d[k]] for k in {KINDS!r}}}))")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", code, str(feed)], capture_output=True, text=True, env=env,
                          timeout=300, check=True)
    assert json.loads(done.stdout) == here
