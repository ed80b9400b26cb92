"""The tutorial's training step, exactly its five lines, with what the lessons need around it."""

from __future__ import annotations

import math
import sys
from array import array
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim

from .net import copy_state
from .targets import check_target, shown
from .text import QT_TRANSLATE_NOOP
from .trace import check_input, is_plain_input, plain_input

_UNCHECKED = object()  # what the step compares the first input and target with


@dataclass(frozen=True)
class StepResult:
    """What one training step did. Arrays are copies, safe to keep and to display."""

    step: int  # 1-based count of steps taken by this trainer
    loss: float
    finite: bool  # False when the loss was nan or inf (the weights were then left alone)
    output: np.ndarray  # (1, 10) output before the update
    grads: dict[str, np.ndarray]  # gradient of every parameter, as used by the update ({} if not copied)
    lr: float
    zero_grad: bool


@dataclass(frozen=True, eq=False)
class Forward:
    """net(x) computed ahead of a step, with its autograd graph (see Trainer.forward_of)."""

    net: nn.Module
    x: torch.Tensor
    versions: tuple[int, ...]  # x's version counter, then each parameter's, when it was run
    output: torch.Tensor


@dataclass(frozen=True)
class Event:
    """Something that happened between steps, shown as a marker on the loss curve."""

    step: int  # number of steps taken when it happened
    kind: str  # "reset", "lr", "weights" or "zero_grad"
    detail: str


class LossHistory:
    """Loss per step in a compact array: 8 bytes a step, a million steps in 8 MB."""

    def __init__(self) -> None:
        self._values = array("d")

    def append(self, value: float) -> None:
        self._values.append(value)

    @property
    def nbytes(self) -> int:
        """Bytes the stored losses take: 8 per step."""
        return len(self._values) * self._values.itemsize

    @property
    def allocated_bytes(self) -> int:
        """Bytes the buffer has reserved, spare room for growth included."""
        return sys.getsizeof(self._values)

    def clear(self) -> None:
        self._values = array("d")

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __iter__(self):
        return iter(self._values)

    def to_numpy(self) -> np.ndarray:
        return np.frombuffer(self._values, dtype=np.float64).copy()


class Trainer:
    """Runs the tutorial's zero_grad / forward / MSELoss / backward / SGD.step on a Net."""

    def __init__(self, net: nn.Module, lr: float = 0.01, zero_grad: bool = True):
        if not isinstance(net, nn.Module):
            raise ValueError(QT_TRANSLATE_NOOP("Trainer", 'the trainer trains a network (an nn.Module), got {kind}').format(kind=type(net).__name__))
        params = list(net.parameters())
        if not params:
            raise ValueError(QT_TRANSLATE_NOOP("Trainer", 'the network has no parameters to train').msg())
        # The learning rate is multiplied in the weights' own type: it must fit that type.
        self._lr_limit = min(torch.finfo(p.dtype).max if p.is_floating_point() else math.inf
                             for p in params)
        self.net = net
        self.optimizer = optim.SGD(params, lr=_check_lr(lr, self._lr_limit))
        self.criterion = nn.MSELoss()
        self.zero_grad = zero_grad
        self.history = LossHistory()
        self.events: list[Event] = []
        self.diverged = False
        # The optimizer's own parameter list, fetched once: walking the modules with
        # net.parameters() on every step costs as much as a tenth of the step itself.
        self._params = [p for group in self.optimizer.param_groups for p in group["params"]]
        # The weights before and after an update, each in one flat buffer that one torch.cat
        # fills. After a good step the buffers swap: the weights after this step are those
        # before the next, unless something changed them in between (their versions tell).
        total = sum(p.numel() for p in self._params)
        dtype = self._params[0].dtype if self._params else torch.float32
        self._before = torch.empty(total, dtype=dtype)
        self._after = torch.empty(total, dtype=dtype)
        self._before_versions: list[int] | None = None  # the weights' versions _before holds
        self._flat: list[torch.Tensor] = []
        self._flat_ptrs: list[int] = []
        self._checked_target: object = _UNCHECKED
        self._checked_version = -1
        self._target_plain = True  # already in the weights' dtype, outside autograd
        self._checked_input: object = _UNCHECKED
        self._checked_input_version = -1
        self._input_plain = True  # already in the weights' dtype and layout, outside autograd
        self.mark_initial()

    # -- learning rate -------------------------------------------------------------------
    @property
    def lr(self) -> float:
        return self.optimizer.param_groups[0]["lr"]

    @lr.setter
    def lr(self, value: float) -> None:
        value = _check_lr(value, self._lr_limit)
        if value != self.lr:
            for group in self.optimizer.param_groups:
                group["lr"] = value
            self.events.append(Event(len(self.history), "lr", f"lr = {value:g}"))

    # -- the step ------------------------------------------------------------------------
    def forward_of(self, x: torch.Tensor, output: torch.Tensor) -> Forward:
        """Record output = net(x), just computed with its graph (e.g. by trace_with_output).

        Passed to step(), it stands in for the step's own forward pass as long as neither
        the weights nor x have changed since: each in-place change moves their version
        counters. (Edits through .data move nothing: do not pass a Forward across them.)
        """
        if not isinstance(x, torch.Tensor) or not isinstance(output, torch.Tensor):
            raise ValueError(QT_TRANSLATE_NOOP("Trainer", 'forward_of takes the input tensor and the output tensor net(x) gave').msg())
        return Forward(self.net, x, self._versions(x), output)

    def _versions(self, x: torch.Tensor) -> tuple[int, ...]:
        return (x._version, *(p._version for p in self._params))

    def step(self, x: torch.Tensor, target: torch.Tensor, copy_grads: bool = True,
             forward: Forward | None = None) -> StepResult:
        """One training step; never raises on divergence, the result and .diverged say so.

        Bad arguments (a wrong input size, a (10,) target, ...) raise ValueError before anything
        changes. If the loss is nan or inf nothing is backpropagated; if an update would make a
        weight nan or inf it is undone. Either way .diverged is set until reset(), and the
        weights are always finite numbers.

        copy_grads=False leaves result.grads empty: copying all 81,194 gradients costs more
        than a tenth of a step, and Play, which shows only the newest step, never reads them.

        forward: net(x) already run on these weights and this x (see forward_of); the step
        then does not run it again. One that no longer matches is ignored.
        """
        dtype = self._params[0].dtype
        # The same target tensor comes back every step; its version counter changes on any
        # in-place edit, so checking it again only then is exact (and saves ~4% of a step).
        if target is not self._checked_target or target._version != self._checked_version:
            self._target_plain = self._check_target(target, self._params[0])
            self._checked_target, self._checked_version = target, target._version
        if x is not self._checked_input or x._version != self._checked_input_version:
            check_input(self.net, x)  # the same image every step of Play: check it once
            self._input_plain = is_plain_input(x, dtype)
            self._checked_input, self._checked_input_version = x, x._version
        if forward is not None and not isinstance(forward, Forward):
            raise ValueError(QT_TRANSLATE_NOOP("Trainer", 'forward must come from Trainer.forward_of(), got {value}').format(value=type(forward).__name__))
        if x.shape[0] != target.shape[0]:
            raise ValueError(
                QT_TRANSLATE_NOOP("Trainer", 'the trainer takes one image, shape (1, 1, 32, 32), to match the (1, 10) target; got a batch of {value}').format(value=x.shape[0])
            )
        optimizer, criterion, net = self.optimizer, self.criterion, self.net
        x_given = x
        if not self._input_plain:  # float64, channels_last or requiring grad: as the ops need it
            x = plain_input(x, dtype)
        if not self._target_plain:
            target = target.detach().to(dtype)
        if self.zero_grad:
            optimizer.zero_grad()  # otherwise gradients add up across steps
        if forward is not None and forward.net is net and forward.x is x_given \
                and forward.versions == self._versions(x_given):
            output = forward.output  # the same ops on the same numbers: the same output
        else:
            output = net(x)
        loss = criterion(output, target)
        value = float(loss.item())
        finite = math.isfinite(value)
        if finite:
            loss.backward()
            flat = self._flat_views()
            if [p._version for p in self._params] != self._before_versions:
                torch.cat(flat, out=self._before)  # changed since the last step: copy them now
            optimizer.step()
            torch.cat(flat, out=self._after)
            if self._weights_finite(self._after):
                self._before, self._after = self._after, self._before
                self._before_versions = [p._version for p in self._params]
            else:
                # A finite loss can still give an overflowing update (lr * grad = inf).
                start = 0
                for view in flat:  # detached views: no autograd to switch off
                    view.copy_(self._before[start:start + view.numel()])
                    start += view.numel()
                self._before_versions = None
                self.diverged = True
        else:
            # Backpropagating nan would only poison every weight; keep the last finite ones.
            self.diverged = True
        self.history.append(value)
        return StepResult(
            step=len(self.history),
            loss=value,
            finite=finite,
            output=output.detach().numpy().copy(),
            grads=self.gradients() if copy_grads else {},
            lr=self.lr,
            zero_grad=self.zero_grad,
        )

    @staticmethod
    def _check_target(target: torch.Tensor, weight: torch.Tensor) -> bool:
        """check_target, then the numbers once in the weights' type: 1e300 in float64 is finite,
        in float32 it is inf. Returns whether the target is usable as it is."""
        check_target(target)
        if target.device != weight.device:
            raise ValueError(QT_TRANSLATE_NOOP("Trainer", 'the target is on {device} but the net is on {device2}').format(device=target.device, device2=weight.device))
        dtype = weight.dtype
        if target.dtype == dtype and not target.requires_grad:
            return True
        if not torch.isfinite(target.detach().to(dtype)).all():
            raise ValueError(
                QT_TRANSLATE_NOOP("Trainer", "the target holds numbers too large for the net's {value} (beyond ±{value2:.3g})").format(value=str(dtype).removeprefix('torch.'), value2=torch.finfo(dtype).max)
            )
        return False

    def gradients(self) -> dict[str, np.ndarray]:
        """A copy of every parameter's .grad (zeros where backward has not run yet)."""
        return {
            name: (p.grad.detach().numpy().copy() if p.grad is not None else np.zeros(tuple(p.shape), np.float32))
            for name, p in self.net.named_parameters()
        }

    def _flat_views(self) -> list[torch.Tensor]:
        """Detached flat views of the weights, kept: making ten views costs ~3 µs each.

        Made again if a weight was given new storage (its data pointer moved).
        """
        ptrs = [p.data_ptr() for p in self._params]
        if ptrs != self._flat_ptrs:
            self._flat = [p.detach().view(-1) for p in self._params]
            self._flat_ptrs = ptrs
        return self._flat

    @staticmethod
    def _weights_finite(flat: torch.Tensor) -> bool:
        # A sum is nan or inf when any element is, and one reduction over all weights in one
        # buffer is far cheaper than isfinite().all(). Only when the sum overflows on finite
        # values is each element checked.
        return math.isfinite(float(flat.sum())) or bool(torch.isfinite(flat).all())

    # -- resets --------------------------------------------------------------------------
    def mark_initial(self, label: str = "") -> None:
        """Remember the current weights as those reset() returns to."""
        self._initial = {k: v.detach().clone() for k, v in self.net.state_dict().items()}
        if label:
            self.events.append(Event(len(self.history), "weights", label))

    def reset(self) -> None:
        """Restore the remembered initial weights, drop gradients, clear the divergence flag."""
        copy_state(self.net, self._initial)
        self.optimizer.zero_grad(set_to_none=True)
        self.optimizer.state.clear()
        self.diverged = False
        self.events.append(Event(len(self.history), "reset", QT_TRANSLATE_NOOP("Trainer", "weights reset").msg()))

    def clear_history(self) -> None:
        self.history.clear()
        self.events.clear()


def _check_lr(lr: float, limit: float = math.inf) -> float:
    """lr as a float, if it is a number from 0 to limit (the weights' type's largest)."""
    if isinstance(lr, bool):
        raise ValueError(QT_TRANSLATE_NOOP("Trainer", 'the learning rate must be a number, got {lr}').format(lr=repr(lr)))
    try:
        value = float(lr)
    except OverflowError:  # an int or Fraction beyond any float
        value = math.inf
    except Exception:  # not a number at all (None, text that is not one, a tensor with no value)
        raise ValueError(QT_TRANSLATE_NOOP("Trainer", 'the learning rate must be a number, got {value}').format(value=shown(lr))) from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(QT_TRANSLATE_NOOP("Trainer", 'the learning rate must be a finite number ≥ 0, got {value}').format(value=shown(lr)))
    if value > limit:
        raise ValueError(
            QT_TRANSLATE_NOOP("Trainer", 'the learning rate must be at most {limit:.3g}, the largest number the weights can hold, got {value}').format(limit=limit, value=shown(lr))
        )
    return value


def defer_compile_import() -> None:
    """Make a new optimizer cheap: torch._dynamo (~1.2 s, a third of the app's start) loads later.

    torch.optim wraps add_param_group, zero_grad, state_dict and load_state_dict so that
    torch.compile never traces into them, and the wrapper imports torch._dynamo on its first
    call. Outside torch.compile the wrapper only passes the call on, so this tells it to call
    the plain method. SGD's step() still imports torch._dynamo on the first step: call
    import_compile_support() once the window is on screen. For an app that never compiles;
    a no-op once torch._dynamo is loaded.
    """
    if "torch._dynamo" in sys.modules:
        return
    for member in vars(optim.Optimizer).values():
        plain = getattr(member, "__wrapped__", None)
        if plain is not None and getattr(getattr(member, "__code__", None), "co_name", "") == "inner":
            setattr(plain, "__dynamo_disable", plain)  # what the wrapper looks up before importing


def import_compile_support() -> None:
    """Import what the first optimizer.step() needs (torch._dynamo), e.g. while the app is idle."""
    import torch._dynamo  # noqa: F401
