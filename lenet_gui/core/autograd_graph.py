"""The backward graph PyTorch built for a loss, walked from loss.grad_fn through next_functions."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import torch
import torch.nn as nn

MAX_NODES = 10_000  # the tutorial's graph has ~25; a runaway graph is cut, not walked for ever


class GraphError(ValueError):
    """The tensor has no backward graph to walk."""


@dataclass(frozen=True)
class GradNode:
    """One node of the backward graph, as PyTorch names it."""

    name: str  # PyTorch's class name: "MseLossBackward0", "AddmmBackward0", "AccumulateGrad", ...
    children: tuple[int, ...]  # indices into the list, in next_functions order (None entries left out)
    param: str | None  # for an AccumulateGrad leaf of the net: its parameter, e.g. "conv1.weight"
    shape: tuple[int, ...] | None  # for an AccumulateGrad leaf: the shape of the tensor it fills


def grad_graph(loss: torch.Tensor, net: nn.Module | None = None) -> list[GradNode]:
    """Every node reachable from loss.grad_fn, breadth first, the first being loss.grad_fn itself.

    With net, AccumulateGrad leaves are named by the parameter they accumulate into. Nothing is
    drawn from a template: a changed forward() or another architecture gives its own graph.
    """
    if not isinstance(loss, torch.Tensor):
        raise GraphError(f"grad_graph needs a tensor, got {type(loss).__name__}")
    if loss.grad_fn is None:
        raise GraphError("this tensor has no grad_fn: it was not computed from tensors that require grad "
                         "(or it was computed under torch.no_grad())")
    names = {id(p): name for name, p in net.named_parameters()} if net is not None else {}
    order = walk(loss.grad_fn)
    index = {node: i for i, node in enumerate(order)}
    nodes = []
    for node in order:
        children = tuple(index[c] for c, _ in node.next_functions if c is not None and c in index)
        variable = getattr(node, "variable", None)  # AccumulateGrad holds the leaf it fills
        nodes.append(GradNode(
            type(node).__name__, children,
            names.get(id(variable)) if variable is not None else None,
            tuple(variable.shape) if variable is not None else None))
    return nodes


def walk(root) -> list:
    """The autograd nodes reachable from root, breadth first, root first, at most MAX_NODES."""
    index = {root: 0}
    order = [root]
    queue = deque(order)
    while queue:
        node = queue.popleft()
        for child, _ in node.next_functions:
            if child is not None and child not in index and len(order) < MAX_NODES:
                index[child] = len(order)
                order.append(child)
                queue.append(child)
    return order
