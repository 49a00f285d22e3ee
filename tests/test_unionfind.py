"""The one union-find used by entities, conflicts and the summary selector."""
from __future__ import annotations

import doctest

from newsbrief import unionfind
from newsbrief.unionfind import UnionFind


def test_docstring_example_holds():
    result = doctest.testmod(unionfind)
    assert result.attempted > 0 and result.failed == 0


def test_joined_keys_share_a_root_and_others_do_not():
    uf = UnionFind()
    for a, b in [(1, 2), (3, 4), (4, 5)]:
        uf.union(a, b)
    assert uf.find(3) == uf.find(5) != uf.find(1)
    assert uf.find(1) == uf.find(2)
    assert uf.groups([5, 1, 6, 2, 3, 4]) == [[5, 3, 4], [1, 2], [6]]


def test_long_chains_collapse_and_tuples_work_as_keys():
    uf = UnionFind()
    keys = [("GEO", f"k{i}") for i in range(500)]
    for a, b in zip(keys, keys[1:]):
        uf.union(b, a)
    assert len({uf.find(k) for k in keys}) == 1
    assert uf.groups(keys) == [keys]
