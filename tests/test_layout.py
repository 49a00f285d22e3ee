"""Source layout rules, read from the code with `ast` (nothing is imported):
no function over MAX_LINES lines, and no import cycle among newsbrief modules."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "src" / "newsbrief"
MAX_LINES = 120
# path::function, each to be split; remove an entry once it is
KNOWN_LONG: set[str] = set()


def _trees():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def long_functions() -> dict[str, int]:
    """{path::function: lines} of every function, nested ones included, over MAX_LINES."""
    found = {}
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_LINES:
                    found[f"{path.relative_to(PACKAGE).as_posix()}::{node.name}"] = lines
    return found


def import_graph() -> dict[str, set[str]]:
    """{module: newsbrief modules it imports}, from imports anywhere in the file
    (a function-level import closes a cycle as surely, only later)."""
    trees = {_module_name(path): (path, tree) for path, tree in _trees()}
    graph: dict[str, set[str]] = {name: set() for name in trees}
    for name, (path, tree) in trees.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: resolve against this module's package
                    base = package.split(".")[:len(package.split(".")) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                # "from newsbrief.stages import figures" imports the submodule
                targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in trees else module
                           for a in node.names]
            else:
                continue
            for target in targets:
                if target in trees and target != name:
                    graph[name].add(target)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (a, b, ..., a) per strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [_cycle_in(graph, group) for group in groups]


def _cycle_in(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A shortest path from the group's first module back to itself (breadth first)."""
    start = min(group)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for v in frontier:
            for w in sorted(graph[v] & group):
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start] + path[::-1][1:] + [start]
                if w not in came_from:
                    came_from[w] = v
                    following.append(w)
        frontier = following
    return sorted(group)  # not reached: a strongly connected group has a cycle


def test_no_function_is_too_long():
    found = long_functions()
    too_long = {k: n for k, n in found.items() if k not in KNOWN_LONG}
    assert not too_long, f"functions over {MAX_LINES} lines (split them): {too_long}"


def test_known_long_functions_still_exist():
    # an entry left after its function was split would hide a new long one
    assert KNOWN_LONG <= set(long_functions()), f"split already: {KNOWN_LONG - set(long_functions())}"


def test_no_import_cycle():
    cycles = find_cycles(import_graph())
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_cycle_finder_reports_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_import_graph_sees_function_level_imports():
    graph = import_graph()
    assert "newsbrief.timex.refs" in graph["newsbrief.timex.grammar"]  # imported inside `find`
    assert "newsbrief.report.view" in graph["newsbrief.report.render"]
