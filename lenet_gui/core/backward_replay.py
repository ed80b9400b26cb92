"""backward(), node by node: the order autograd runs the graph and the gradient flowing into each node."""

from __future__ import annotations

import copy
import weakref
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn as nn

from .autograd_graph import GradNode, grad_graph, walk
from .trace import stages_of_nodes


class StaleBackwardError(ValueError):
    """A kept record of a step's backward() whose numbers a later step has since overwritten."""


@dataclass(frozen=True, eq=False)
class BackwardInputs:
    """What one training step's backward() started from, kept so that it can be replayed.

    flat_weights may be a buffer the trainer reuses (not a copy): a later step overwrites it,
    which moves its version counter, and the record then refuses to be read (see current).
    """

    step: int  # the step that ran it (1-based)
    names: tuple[str, ...]
    shapes: tuple[torch.Size, ...]
    flat_weights: torch.Tensor  # the parameters before the update, end to end
    flat_grads: torch.Tensor | None  # each .grad before backward() added to it (None: cleared)
    x: torch.Tensor
    target: torch.Tensor
    zero_grad: bool
    weights_version: int | None = None  # flat_weights' version counter when the step ran

    @property
    def current(self) -> bool:
        """Whether flat_weights still holds what the step started from (no later step reused it)."""
        return self.weights_version is None or self.flat_weights._version == self.weights_version

    def _check(self) -> None:
        if not self.current:
            raise StaleBackwardError(
                f"the weights kept for the backward() of step {self.step} were overwritten by a later "
                "step: replay a trainer's last_backward before its next step")

    def _split(self, flat: torch.Tensor) -> dict[str, torch.Tensor]:
        views = torch.split(flat, [s.numel() for s in self.shapes])
        return {n: v.view(s) for n, v, s in zip(self.names, views, self.shapes, strict=True)}

    @property
    def weights(self) -> dict[str, torch.Tensor]:
        """Each parameter before the update (views of flat_weights); StaleBackwardError once a
        later step overwrote them."""
        self._check()
        return self._split(self.flat_weights)

    @property
    def grads(self) -> dict[str, torch.Tensor | None]:
        if self.flat_grads is None:
            return dict.fromkeys(self.names)
        return self._split(self.flat_grads)


def backward_inputs(named: list[tuple[str, torch.Tensor]], weights: torch.Tensor | list[torch.Tensor],
                    flat_grads: torch.Tensor | None, x: torch.Tensor, target: torch.Tensor,
                    zero_grad: bool, step: int, weights_version: int | None = None) -> BackwardInputs:
    """The record of a step: weights holds the parameters before its update (a list in named's
    order, or one flat tensor of them end to end, kept as it is: not copied); flat_grads their
    .grad before its backward() (None: there was none). weights_version: the flat tensor's
    version counter when the step ran, if it is a buffer a later step may overwrite."""
    flat_weights = weights if isinstance(weights, torch.Tensor) else \
        torch.cat([w.detach().reshape(-1) for w in weights])
    return BackwardInputs(step, tuple(n for n, _ in named), tuple(p.shape for _, p in named),
                          flat_weights, flat_grads, x.detach().clone(), target.detach().clone(), zero_grad,
                          weights_version)


def flat_grads(named: list[tuple[str, torch.Tensor]]) -> torch.Tensor | None:
    """Every .grad end to end (zeros for a parameter without one), or None if none has one."""
    if all(p.grad is None for _, p in named):
        return None
    return torch.cat([(p.grad if p.grad is not None else torch.zeros_like(p)).detach().reshape(-1)
                      for _, p in named])


@dataclass(frozen=True)
class BackwardStep:
    """One node as backward() ran it."""

    node: int  # index into the graph's node list
    name: str
    grad_shape: tuple[int, ...]  # the gradient flowing into the node (w.r.t. its output)
    grad_norm: float
    grad_map: np.ndarray | None  # for a (1, C, H, W) gradient: |grad| summed over channels, (H, W)
    param: str | None = None  # for a parameter's leaf: which one
    old_grad_norm: float | None = None  # its .grad before this backward (None: no gradient yet)
    new_grad_norm: float | None = None  # and after: old + this contribution (zero_grad off: they add up)


@dataclass(frozen=True)
class BackwardReplay:
    """The graph, the steps in the order backward() ran them, and the forward stage of each node."""

    nodes: list[GradNode]
    steps: list[BackwardStep]
    stage_of: dict[int, str]  # node index -> the key of the forward stage that created it

    def __iter__(self):  # nodes, steps = replay_backward(...)
        return iter((self.nodes, self.steps))


def replay_backward(net: nn.Module, x: torch.Tensor, target: torch.Tensor,
                    zero_grad: bool = True, ran: BackwardInputs | None = None) -> BackwardReplay:
    """The tutorial's forward, MSE loss and backward() on a copy of net; nothing of net changes.

    Without `ran`, the backward() the next step would run on net's current weights, x and
    target; the copy keeps net's current .grad, so with zero_grad off the leaves show the
    accumulation it would make: old .grad + new contribution = new .grad.
    With `ran` (a trainer's last_backward), the backward() a step already ran, from the
    weights, .grad, input and target it started from: its leaves end at the .grad that step's
    optimizer.step() used. A record a later step has overwritten raises StaleBackwardError.
    """
    live = dict(net.named_parameters())
    if ran is not None:
        ran_weights, ran_grads = ran.weights, ran.grads  # refused first if no longer current
    net = _scratch(net)
    if ran is not None:
        x, target = ran.x, ran.target
        with torch.no_grad():
            for name, p in net.named_parameters():
                p.copy_(ran_weights[name])
    for name, p in net.named_parameters():
        # With zero_grad off, the accumulated gradients come along: the step adds to them.
        g = ran_grads[name] if ran is not None else None if zero_grad else live[name].grad
        p.grad = None if g is None else g.detach().clone()
    out, made_by = stages_of_nodes(net, x.detach())
    with torch.enable_grad():
        loss = nn.MSELoss()(out, target.detach())
        nodes = grad_graph(loss, net)
        objects = walk(loss.grad_fn)  # the same order as grad_graph's
        stage_of = _stages_of(nodes, objects, made_by)
        steps: list[BackwardStep] = []
        handles = []
        for i, (node, obj) in enumerate(zip(nodes, objects, strict=True)):
            if node.name != "AccumulateGrad":
                handles.append(obj.register_hook(_recorder(steps, i, node.name)))
        params = dict(net.named_parameters())
        old = {name: None if p.grad is None else float(p.grad.norm()) for name, p in params.items()}
        leaf_of = {n.param: i for i, n in enumerate(nodes) if n.param is not None}
        for name, p in params.items():
            if name in leaf_of:
                handles.append(p.register_post_accumulate_grad_hook(
                    _leaf_recorder(steps, leaf_of[name], name, old[name])))
        try:
            loss.backward()
        finally:
            for h in handles:
                h.remove()
    return BackwardReplay(nodes, steps, stage_of)


# The live net -> a copy of it to run backward() on. Copying the numbers into a kept copy costs
# ~20 µs; a deepcopy of the module tree ~1.3 ms, at every step the panel is open.
_SCRATCH: weakref.WeakKeyDictionary[nn.Module, nn.Module] = weakref.WeakKeyDictionary()


def _scratch(net: nn.Module) -> nn.Module:
    """A copy of net with its current weights (same class, same layers, same numbers)."""
    copy_ = _SCRATCH.get(net)
    state = net.state_dict()
    same = copy_ is not None and type(copy_) is type(net) and "forward" not in net.__dict__ and all(
        a.shape == b.shape for a, b in zip(copy_.state_dict().values(), state.values(), strict=False)) \
        and list(copy_.state_dict()) == list(state) and _same_modules(copy_, net)
    if not same:
        copy_ = _SCRATCH[net] = copy.deepcopy(net)
        return copy_
    with torch.no_grad():
        for k, v in copy_.state_dict().items():
            v.copy_(state[k])
    return copy_


def _same_modules(a: nn.Module, b: nn.Module) -> bool:
    return [type(m) for m in a.modules()] == [type(m) for m in b.modules()]


def _stages_of(nodes: list[GradNode], objects: list, made_by: dict) -> dict[int, str]:
    """Each node's forward stage: its own, else its parent's (a weight's transpose, a leaf)."""
    stage_of = {i: made_by[obj] for i, obj in enumerate(objects) if obj in made_by}
    for i, node in enumerate(nodes):  # breadth first: parents come before their children
        for child in node.children:
            if child not in stage_of and i in stage_of:
                stage_of[child] = stage_of[i]
    return stage_of


def _summary(grad: torch.Tensor | None) -> tuple[tuple[int, ...], float, np.ndarray | None]:
    if grad is None:
        return (), 0.0, None
    g = grad.detach()
    spatial = g.dim() == 4 and g.shape[0] == 1
    return tuple(g.shape), float(g.norm()), g[0].abs().sum(0).numpy().astype(np.float32) if spatial else None


def _recorder(steps: list, index: int, name: str):
    def hook(grad_inputs, grad_outputs):
        shape, norm, grad_map = _summary(grad_outputs[0] if grad_outputs else None)
        steps.append(BackwardStep(index, name, shape, norm, grad_map))
    return hook


def _leaf_recorder(steps: list, index: int, param: str, old: float | None):
    def hook(p: torch.Tensor):
        shape, norm, grad_map = _summary(p.grad)
        steps.append(BackwardStep(index, "AccumulateGrad", shape, norm, grad_map, param, old, norm))
    return hook
