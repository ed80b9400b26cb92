"""The source a student reads for a net: the file its forward() lives in, as it is on disk."""

from __future__ import annotations

import ast
import inspect
import sys
from dataclasses import dataclass

import torch.nn as nn

from .. import tutorial


@dataclass(frozen=True)
class Source:
    """Source text and where it sits in its file, so a Stage's file and line find their line."""

    text: str
    file: str
    first_line: int  # the file's line number of the text's first line
    training_lines: tuple[int, ...]  # the tutorial's five training lines, when the text holds them
    layers: str  # print(net): the layers as this net really built them

    def line_text(self, line: int) -> str:
        """The text of the file's line `line`, if this source holds it."""
        lines = self.text.splitlines()
        i = line - self.first_line
        return lines[i] if 0 <= i < len(lines) else ""


def _training_lines() -> tuple[int, ...]:
    """File lines of the statements in tutorial.training_step (the tutorial's five), no return."""
    lines, first = inspect.getsourcelines(tutorial.training_step)
    body = ast.parse("".join(lines)).body[0].body
    return tuple(first + node.lineno - 1 for node in body if not isinstance(node, ast.Return))


def forward_source(net: nn.Module) -> Source:
    """The tutorial's file when net runs the tutorial's forward(); else the class that defines it."""
    owner = next((cls for cls in type(net).__mro__ if "forward" in cls.__dict__), type(net))
    module = sys.modules.get(owner.__module__)
    if module is tutorial:
        text = inspect.getsource(tutorial)
        return Source(text, inspect.getsourcefile(tutorial), 1, _training_lines(), repr(net))
    try:
        lines, first = inspect.getsourcelines(owner)
        file = inspect.getsourcefile(owner) or ""
    except (OSError, TypeError):  # defined where no source is kept (an interactive session)
        return Source(f"# the source of {owner.__qualname__} is not available\n", "", 0, (), repr(net))
    return Source("".join(lines), file, first, (), repr(net))
