"""The trainer made faster without changing a bit of what it computes: the speed-ups live here,
beside the tutorial's code, and tests hold them equal to the plain Trainer step for step."""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.optim as optim

from .trainer import StepResult, Trainer


@dataclass(frozen=True, eq=False)
class Forward:
    """net(x) computed ahead of a step, with its autograd graph (see FastTrainer.forward_of)."""

    net: nn.Module
    x: torch.Tensor
    versions: tuple[int, ...]  # x's version counter, then each parameter's, when it was run
    output: torch.Tensor


class _SGDUpdate:
    """optimizer.zero_grad() and optimizer.step() of a plain torch.optim.SGD (one group, a float
    lr, no momentum, weight decay, nesterov or maximize), computed as SGD computes them: every
    .grad set to None, then param.add_(grad, alpha=-lr) for each parameter that has one.

    SGD's own calls pass through profiler, compile and hook wrappers that cost ~0.2 of a bare
    step for a net this small. Hooks registered on the optimizer are not run by this path.
    """

    def __init__(self, params: list[torch.Tensor], lr: float, zero_grad: bool) -> None:
        self._params, self._lr, self._zero = params, lr, zero_grad

    def zero_grad(self) -> None:
        if self._zero:  # the tutorial's line; off, gradients add up across steps
            for p in self._params:
                p.grad = None

    @torch.no_grad()
    def step(self) -> None:
        lr = self._lr
        for p in self._params:
            if p.grad is not None:
                p.add_(p.grad, alpha=-lr)


class FastTrainer(Trainer):
    """Trainer with four measured speed-ups around the same tutorial step:

    - the weights before and after an update sit in two flat buffers that one torch.cat fills,
      and after a kept step the buffers swap (the weights after this step are those before the
      next unless something changed them: their version counters tell). Undo costs ~0.1 of a
      bare step this way, ~0.6 with a copy per parameter;
    - a forward pass the window already ran on these weights and this input (to draw the
      maps, with its autograd graph kept) stands in for the step's own `net(input)`;
    - the input and target are checked once, not at every step of Play on the same two;
    - the optimizer's zero_grad() and step() skip SGD's wrappers (see _SGDUpdate) while its
      settings are the tutorial's plain ones.
    """

    def __init__(self, net: nn.Module, lr: float = 0.01, zero_grad: bool = True):
        super().__init__(net, lr, zero_grad)
        total = sum(p.numel() for p in self._params)
        dtype = self._params[0].dtype
        self._before = torch.empty(total, dtype=dtype)
        self._after = torch.empty(total, dtype=dtype)
        self._before_versions: list[int] | None = None  # the weights' versions _before holds
        self._flat: list[torch.Tensor] = []
        self._flat_ptrs: list[int] = []
        self._output: torch.Tensor | None = None  # the forward pass this step trains on
        self._checked: tuple | None = None  # (what _prepare was given, what it returned)

    # -- the frame's forward pass ------------------------------------------------------------
    def forward_of(self, x: torch.Tensor, output: torch.Tensor) -> Forward:
        """Record output = net(x), just computed with its graph (e.g. by trace_with_output).

        Passed to step(), it stands in for the step's own forward pass as long as neither
        the weights nor x have changed since: each in-place change moves their version
        counters. (Edits through .data move nothing: do not pass a Forward across them.)
        """
        if not isinstance(x, torch.Tensor) or not isinstance(output, torch.Tensor):
            raise ValueError("forward_of takes the input tensor and the output tensor net(x) gave")
        return Forward(self.net, x, self._versions(x), output)

    def _versions(self, x: torch.Tensor) -> tuple[int, ...]:
        return (x._version, *(p._version for p in self._params))

    def step(self, x: torch.Tensor, target: torch.Tensor, copy_grads: bool = True,
             forward: Forward | None = None) -> StepResult:
        """Trainer.step; forward: net(x) already run on these weights and this x (see
        forward_of), then the step does not run it again. One that no longer matches is ignored."""
        if forward is not None and not isinstance(forward, Forward):
            raise ValueError(f"forward must come from forward_of(), got {type(forward).__name__}")
        if forward is not None and forward.net is self.net and forward.x is x \
                and forward.versions == self._versions(x):
            self._output = forward.output  # the same ops on the same numbers: the same output
        try:
            return super().step(x, target, copy_grads)
        finally:
            self._output = None  # its graph serves one backward only

    # -- checks --------------------------------------------------------------------------------
    def _prepare(self, x: torch.Tensor, target: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Trainer._prepare, run once for an input and a target: Play steps on the same two
        tensors hundreds of times a second, and checking them again (a pass over the target for
        nan, the input's type, layout and device) costs a tenth of a bare step. Any in-place
        change moves their version counters and they are checked again; other weights' type or
        device too."""
        if not isinstance(x, torch.Tensor) or not isinstance(target, torch.Tensor):
            return super()._prepare(x, target)
        weight = self._params[0]
        seen = (x._version, target._version, weight.dtype, weight.device)
        checked = self._checked
        if checked is not None and checked[0] is x and checked[1] is target and checked[2] == seen:
            return checked[3]
        prepared = super()._prepare(x, target)
        self._checked = (x, target, seen, prepared)
        return prepared

    def _net_for(self, x: torch.Tensor):
        output = self._output
        return self.net if output is None else (lambda _input: output)

    def _optimizer_for_step(self):
        groups = self.optimizer.param_groups
        group = groups[0]
        plain = (len(groups) == 1 and group["momentum"] == 0 and group["weight_decay"] == 0
                 and not group["nesterov"] and not group["maximize"] and not group["differentiable"]
                 and isinstance(group["lr"], float) and len(group["params"]) == len(self._params)
                 and all(a is b for a, b in zip(group["params"], self._params, strict=True)))
        if not plain:
            return super()._optimizer_for_step()
        return _SGDUpdate(self._params, group["lr"], self.zero_grad)

    # -- flat buffers for undo -------------------------------------------------------------
    def _flat_views(self) -> list[torch.Tensor]:
        """Detached flat views of the weights, kept: making ten views costs ~3 µs each.

        Made again if a weight was given new storage (its data pointer moved).
        """
        ptrs = [p.data_ptr() for p in self._params]
        if ptrs != self._flat_ptrs:
            self._flat = [p.detach().view(-1) for p in self._params]
            self._flat_ptrs = ptrs
        return self._flat

    def _snapshot(self) -> torch.Tensor:
        if [p._version for p in self._params] != self._before_versions:
            torch.cat(self._flat_views(), out=self._before)  # changed since the last step
        return self._before

    def _weights_finite(self) -> bool:
        flat = self._after
        torch.cat(self._flat_views(), out=flat)
        # A sum is nan or inf when any element is, and one reduction over all weights in one
        # buffer is far cheaper than isfinite().all(). Only when the sum overflows on finite
        # values is each element checked.
        return math.isfinite(float(flat.sum())) or bool(torch.isfinite(flat).all())

    def flat_weights(self) -> torch.Tensor:
        if [p._version for p in self._params] == self._before_versions:
            # Filled right after the last kept step, and nothing has changed a weight since:
            # no new copy (a fresh 325 kB tensor costs more than filling it).
            return self._before
        return super().flat_weights()

    def _stepped(self) -> None:
        self._before, self._after = self._after, self._before
        self._before_versions = [p._version for p in self._params]

    def _restore(self, before: torch.Tensor) -> None:
        start = 0
        for view in self._flat_views():  # detached views: no autograd to switch off
            view.copy_(before[start:start + view.numel()])
            start += view.numel()
        self._before_versions = None


def defer_compile_import() -> None:
    """Make a new optimizer cheap: torch._dynamo (~1.2 s, a third of the app's start) loads later.

    torch.optim wraps add_param_group, zero_grad, state_dict and load_state_dict so that
    torch.compile never traces into them, and the wrapper imports torch._dynamo on its first
    call. Outside torch.compile the wrapper only passes the call on, so this tells it to call
    the plain method. SGD's own step() still imports torch._dynamo on its first call; the
    FastTrainer's plain-SGD path never calls it (the tutorial console's torch.optim snippet
    does, once). For an app that never compiles; a no-op once torch._dynamo is loaded.
    """
    if "torch._dynamo" in sys.modules:
        return
    for member in vars(optim.Optimizer).values():
        plain = getattr(member, "__wrapped__", None)
        if plain is not None and getattr(getattr(member, "__code__", None), "co_name", "") == "inner":
            setattr(plain, "__dynamo_disable", plain)  # what the wrapper looks up before importing

