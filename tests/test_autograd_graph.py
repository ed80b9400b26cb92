"""grad_graph() is the graph PyTorch built: the same nodes and edges as walking next_functions."""

from __future__ import annotations

from collections import Counter

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from lenet_gui.core import Net
from lenet_gui.core.autograd_graph import GraphError, grad_graph


def direct_walk(fn) -> tuple[Counter, Counter]:
    """Node names and (parent, child) name pairs, by a depth-first walk of next_functions."""
    seen, names, edges = set(), Counter(), Counter()
    stack = [fn]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        names[type(node).__name__] += 1
        for child, _ in node.next_functions:
            if child is not None:
                edges[(type(node).__name__, type(child).__name__)] += 1
                stack.append(child)
    return names, edges


def loss_of(net):
    out = net(torch.rand(1, 1, 32, 32))
    return nn.MSELoss()(out, torch.zeros(1, 10))


class Tanh(Net):
    def forward(self, x):
        x = torch.tanh(F.max_pool2d(F.relu(self.conv1(x)), (2, 2)))
        x = F.avg_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, self.num_flat_features(x))
        return self.fc3(F.relu(self.fc2(F.relu(self.fc1(x)))))


@pytest.mark.parametrize("net", [Net(seed=0), Net("lenet5", seed=0), Tanh(seed=0)],
                         ids=["tutorial", "lenet5", "changed forward"])
def test_the_graph_is_what_next_functions_gives(net):
    loss = loss_of(net)
    nodes = grad_graph(loss, net)
    names, edges = direct_walk(loss.grad_fn)
    assert Counter(n.name for n in nodes) == names
    assert Counter((n.name, nodes[c].name) for n in nodes for c in n.children) == edges
    assert nodes[0].name == "MseLossBackward0"
    leaves = {n.param: n.shape for n in nodes if n.name == "AccumulateGrad"}
    assert leaves == {name: tuple(p.shape) for name, p in net.named_parameters()}


def test_a_changed_forward_draws_its_own_graph():
    names = {n.name for n in grad_graph(loss_of(Tanh(seed=0)))}
    assert "TanhBackward0" in names and "AvgPool2DBackward0" in names
    assert "TanhBackward0" not in {n.name for n in grad_graph(loss_of(Net(seed=0)))}


def test_the_tutorials_walk_mse_linear():
    nodes = grad_graph(loss_of(Net(seed=0)), Net(seed=0))
    first = nodes[nodes[0].children[0]]
    assert first.name == "AddmmBackward0"
    assert [nodes[c].name for c in first.children] == ["AccumulateGrad", "ReluBackward0", "TBackward0"]
    assert all(n.param is None for n in nodes)  # another net's leaves are not this net's


def test_the_graph_stays_walkable_after_backward():
    net = Net(seed=1)
    loss = loss_of(net)
    before = grad_graph(loss, net)
    loss.backward()
    assert grad_graph(loss, net) == before


@pytest.mark.parametrize("bad", [torch.zeros(()), 3.0, None, torch.zeros(1, requires_grad=True)])
def test_no_graph_is_a_clear_error(bad):
    with pytest.raises(GraphError, match="grad"):
        grad_graph(bad)
