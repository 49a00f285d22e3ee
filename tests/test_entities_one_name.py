"""Entities: one written name the tagger put under a person and another type is one
entity (`entities._join_one_name_across_types`), typed a place when a mention is placed
("in Tel Varro"). The tagger's labels are set by hand here (hand-made mentions): the
parser does not make these slips on demand. Every name and text is invented."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsbrief.stages import entities
from newsbrief.unionfind import UnionFind


@dataclass
class _Sentence:
    text: str


def _mention(text: str, name: str, label: str):
    s = _Sentence(text)
    a = text.index(name)
    return (s, name, a, a + len(name), label)


def _join(mentions, joined=()):
    """(nodes, keys, union-find) after `_join_one_name_across_types`, the mentions keyed as `run`
    keys them; `joined`: pairs of key positions joined before (as `run`'s earlier passes)."""
    nodes = {}
    for i, (s, text, _a, _b, label) in enumerate(mentions):
        nodes.setdefault(entities._norm_key(text, label, {}), []).append(i)
    keys = list(nodes)
    uf = UnionFind()
    for k in keys:
        uf.find(k)
    for a, b in joined:
        uf.union(keys[a], keys[b])
    entities._join_one_name_across_types(keys, nodes, mentions, uf, entities._by_surface(keys, nodes, mentions))
    return nodes, keys, uf


def _entities_of(mentions):
    """The groups of mention names `_join_one_name_across_types` makes."""
    nodes, keys, uf = _join(mentions)
    groups = {}
    for k, idx in nodes.items():
        groups.setdefault(uf.find(k), set()).update(mentions[i][1] + "/" + mentions[i][4] for i in idx)
    return sorted(sorted(g) for g in groups.values())


def test_a_full_name_tagged_a_person_and_a_body_is_one_entity():
    ments = [_mention('"Every cell is checked," said Corvin Ashdale, a spokesman.', "Corvin Ashdale", "PERSON"),
             _mention("Corvin Ashdale said the wing would stay open.", "Corvin Ashdale", "ORG")]
    assert _entities_of(ments) == [["Corvin Ashdale/ORG", "Corvin Ashdale/PERSON"]]


def test_a_place_name_tagged_a_person_in_a_dateline_is_one_entity():
    ments = [_mention("Two bombs struck the market in Tel Varro on Monday.", "Tel Varro", "GPE"),
             _mention("Tel Varro, a warren of lanes, has 900 stalls.", "Tel Varro", "PERSON")]
    assert _entities_of(ments) == [["Tel Varro/GPE", "Tel Varro/PERSON"]]
    assert entities._entity_label([0, 1], ments) == "GPE"  # "in Tel Varro": the place


@pytest.mark.parametrize("mentions", [
    # a country and a man called by the same one word: two things
    [("Talks resumed in Jordan on Friday.", "Jordan", "GPE"), ("Jordan said he would stay.", "Jordan", "PERSON")],
    # a people's word and a one-word name: left apart
    [("The Danish crew was safe.", "Danish", "NORP"), ("Danish said the crew was safe.", "Danish", "PERSON")],
])
def test_a_one_word_name_of_a_country_or_people_is_not_joined_to_a_person(mentions):
    ments = [_mention(*m) for m in mentions]
    assert len(_entities_of(ments)) == 2


def test_a_surname_of_a_person_named_in_full_keeps_apart_from_a_firm_of_that_word():
    ments = [_mention("Minister Ada Quellby opened the plant.", "Ada Quellby", "PERSON"),
             _mention("Quellby said the plant was safe.", "Quellby", "PERSON"),
             _mention("Quellby, the carmaker, cut 300 jobs.", "Quellby", "ORG")]
    _nodes, keys, uf = _join(ments, joined=[(0, 1)])  # the surname joined to the person named in full first
    assert uf.find(keys[2]) != uf.find(keys[0])


def test_a_one_word_name_unknown_to_the_gazetteer_tagged_two_ways_is_one_entity():
    ments = [_mention("Brannock Ferries cut the Saturday sailing.", "Brannock", "ORG"),
             _mention("Brannock said the sailing would resume.", "Brannock", "PERSON"),
             _mention("Brannock said the ferry was sound.", "Brannock", "ORG")]
    assert len(_entities_of(ments)) == 1


def test_a_dateline_in_capitals_is_the_place_it_spells():
    assert entities._surface("HALDERWICK") == "Halderwick" and entities._surface("NATO") == "NATO"


def test_a_person_named_in_full_and_tagged_a_body_once_stays_a_person():
    ments = [_mention("Ilse Marrow said the vote was fair.", "Ilse Marrow", "ORG"),
             _mention("Ilse Marrow, the clerk, counted again.", "Ilse Marrow", "ORG"),
             _mention("The clerk, Ilse Marrow, said so.", "Ilse Marrow", "PERSON")]
    assert entities._entity_label([0, 1, 2], ments) == "PERSON"
