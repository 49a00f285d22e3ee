"""A small union-find (disjoint sets) over hashable keys.

    >>> uf = UnionFind()
    >>> uf.union("a", "b"); uf.union("c", "d"); uf.union("b", "d")
    >>> uf.find("a") == uf.find("c")
    True
    >>> uf.find("e") == uf.find("a")   # a key never seen is a set of its own
    False
    >>> uf.groups(["a", "b", "c", "d", "e"])
    [['a', 'b', 'c', 'd'], ['e']]

Used wherever members are joined pairwise and read back as groups (entity keys,
repeated sentences, denials of one thing).
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable


class UnionFind:
    """Disjoint sets with path halving; `union(a, b)` files b's set under a's root."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        """The root of x's set (x joins as a set of its own when new)."""
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def groups(self, keys: Iterable[Hashable]) -> list[list[Hashable]]:
        """The keys grouped by set, groups in order of their first key, keys in given order."""
        out: dict[Hashable, list[Hashable]] = {}
        for k in keys:
            out.setdefault(self.find(k), []).append(k)
        return list(out.values())
