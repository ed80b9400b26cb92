"""Tests drive the app through what it offers (methods, signals, named widgets, input events),
never through its private attributes: a test that reads `window._play` passes or fails with the
implementation, not with what a person or a program using lenet-gui can see."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# The test's own objects and the standard library may be reached into: `self._procs` is a
# helper class's own state, `os._exit` is how a test simulates a power cut.
ALLOWED_OWNERS = {"self", "os"}
BY_NAME = {"setattr", "getattr", "delattr", "hasattr"}


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and len(name) > 1


def private_accesses(source: str) -> list[str]:
    """`owner._name` (strings and comments aside), private names passed as strings to setattr and
    its kin (monkeypatch's too), and private names imported from lenet_gui."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value.id if isinstance(node.value, ast.Name) else ast.unparse(node.value)
            if owner not in ALLOWED_OWNERS:
                found.append(f"line {node.lineno}: {owner}.{node.attr}")
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in BY_NAME and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
                    and isinstance(node.args[1].value, str) and _private(node.args[1].value):
                found.append(f"line {node.lineno}: {name}(…, {node.args[1].value!r})")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lenet_gui"):
            found += [f"line {node.lineno}: import {a.name}" for a in node.names if _private(a.name)]
    return found


def test_the_checker_finds_what_it_is_for():
    assert private_accesses("window._play.isActive()\n") == ["line 1: window._play"]
    assert len(private_accesses("x = maps._bands[0]._stages\n")) == 2
    assert private_accesses('monkeypatch.setattr(w.canvas, "_begin_stroke", f)\n')
    assert private_accesses("from lenet_gui.ui.feature_maps import (\n    FeatureMaps,\n    _ARGB,\n)\n")
    assert private_accesses("fm._ALL_ARGB[0]\n") == ["line 1: fm._ALL_ARGB"]
    assert private_accesses("getattr(window, '_play')\n")
    assert private_accesses("self._procs.append(p)\nos._exit(9)\n'torch._dynamo'\n# a._b\n") == []
    assert private_accesses("obj.__class__\n") == []


def test_no_test_reaches_into_private_attributes():
    offenders = {}
    for path in sorted(TESTS.rglob("*.py")):
        if path.name == Path(__file__).name:
            continue
        found = private_accesses(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(TESTS))] = found
    assert offenders == {}
