"""The tutorial's training step (lenet_gui.tutorial, its five lines) with what a lesson needs
around it: checks, the loss history and its events, undoing a step that diverged."""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim

from ..tutorial import training_step
from .backward_replay import BackwardInputs, backward_inputs, flat_grads
from .net import copy_state
from .targets import check_target, shown
from .text import QT_TRANSLATE_NOOP
from .trace import check_input, plain_input


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


class EventKind(StrEnum):
    """What happened between steps, marked on the loss curve (each kind in its own colour).
    Its value is a plain string, which is what the window's widgets receive."""

    RESET = "reset"  # the weights went back to where training started
    LR = "lr"  # the learning rate changed
    WEIGHTS = "weights"  # other weights: pretrained, a seed, a file
    ARCH = "arch"  # the other architecture
    ZERO_GRAD = "zero_grad"  # the tutorial's zero_grad() line switched on or off


@dataclass(frozen=True)
class Event:
    """Something that happened between steps, shown as a marker on the loss curve."""

    step: int  # number of steps taken when it happened
    kind: EventKind
    detail: str


class LossHistory:
    """Loss per step in a compact array: 8 bytes a step, a million steps in 8 MB."""

    def __init__(self) -> None:
        self._values = array("d")

    def append(self, value: float) -> None:
        self._values.append(value)

    def clear(self) -> None:
        self._values = array("d")

    def extend(self, values: np.ndarray) -> None:
        """Append many losses at once (a session opened from a file)."""
        self._values.frombytes(np.ascontiguousarray(values, dtype=np.float64).tobytes())

    def truncate(self, n: int) -> None:
        """Keep the first n losses (going back in the timeline)."""
        del self._values[max(0, int(n)):]

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __iter__(self):
        return iter(self._values)

    def to_numpy(self) -> np.ndarray:
        return np.frombuffer(self._values, dtype=np.float64).copy()


class _KeepGradients:
    """The optimizer with the tutorial's `optimizer.zero_grad()` line taken out: gradients add up."""

    def __init__(self, optimizer: optim.Optimizer) -> None:
        self._optimizer = optimizer

    def zero_grad(self) -> None:
        pass

    def step(self) -> None:
        self._optimizer.step()


class Trainer:
    """Runs the tutorial's training step (`tutorial.training_step`, its five lines) on a Net,
    with what a lesson needs around it: checked arguments, a loss history, and weights that
    never become nan or inf (a step that would make them so is undone)."""

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
        self._params = params
        # Set keep_backward to keep what each step's backward() started from, so that the last
        # backward() can be replayed node by node (the weights' copy the undo keeps anyway).
        self.keep_backward = False
        self._kept: BackwardInputs | tuple | None = None  # see last_backward
        self._frozen: dict[str, tuple] = {}  # "x", "target" -> (tensor, its version, a copy)
        self._named = list(net.named_parameters())
        # Told of every step, with what it used (see core/timeline.py); None: nobody listens.
        self.recorder = None
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
            self.events.append(Event(len(self.history), EventKind.LR, f"lr = {value:g}"))

    # -- the step ------------------------------------------------------------------------
    def step(self, x: torch.Tensor, target: torch.Tensor, copy_grads: bool = True) -> StepResult:
        """One training step; never raises on divergence, the result and .diverged say so.

        Bad arguments (a wrong input size, a (10,) target, ...) raise ValueError before anything
        changes. If the loss is nan or inf, or the update makes a weight nan or inf, the weights
        are put back as they were before the step: .diverged is set until reset(), and the
        weights are always finite numbers.

        copy_grads=False leaves result.grads empty: copying all 81,194 gradients costs more
        than a tenth of a step, and Play, which shows only the newest step, never reads them.
        """
        x, target = self._prepare(x, target)
        before = self._snapshot()
        # With zero_grad off, backward() adds to .grad: what it added to is kept for a replay.
        grads_before = flat_grads(self._named) if self.keep_backward and not self.zero_grad else None
        if self.recorder is not None:
            self.recorder.before_step(self, x, target)
        output, loss = training_step(self._net_for(x), x, target, self.criterion, self._optimizer_for_step())
        value = float(loss.item())
        finite = math.isfinite(value)
        if finite and self._weights_finite():
            self._stepped()
        else:
            # nan or inf in the loss, or an update (lr × gradient) that overflowed: the last
            # finite weights back, as if the step had not been taken.
            self._restore(before)
            self.diverged = True
        # Only references here, at every step; last_backward makes the record when it is read.
        self._kept = None if not self.keep_backward else (
            self._named, before, grads_before, self._frozen_copy("x", x),
            self._frozen_copy("target", target), self.zero_grad, len(self.history) + 1,
            before._version if isinstance(before, torch.Tensor) else None)
        self.history.append(value)
        if self.recorder is not None:
            self.recorder.after_step(self)
        return StepResult(
            step=len(self.history),
            loss=value,
            finite=finite,
            output=output.detach().numpy().copy(),
            grads=self.gradients() if copy_grads else {},
            lr=self.lr,
            zero_grad=self.zero_grad,
        )

    @property
    def last_backward(self) -> BackwardInputs | None:
        """What the last step's backward() started from, when keep_backward was set for it (None
        after other weights, a reset or a cleared history). Valid until the next step: a record
        read then and kept refuses to be replayed once a later step reused its buffers
        (BackwardInputs.current)."""
        kept = self._kept
        if isinstance(kept, tuple):
            *args, version = kept
            self._kept = kept = backward_inputs(*args, weights_version=version)
        return kept

    @last_backward.setter
    def last_backward(self, value: BackwardInputs | None) -> None:
        self._kept = value

    def _frozen_copy(self, key: str, t: torch.Tensor) -> torch.Tensor:
        """A copy of t as it is now, made again only when t is another tensor or was changed in
        place since (its version counter moved): Play steps on the same input every time."""
        seen = self._frozen.get(key)
        if seen is not None and seen[0] is t and seen[1] == t._version:
            return seen[2]
        copy_ = t.detach().clone()
        self._frozen[key] = (t, t._version, copy_)
        return copy_

    def _prepare(self, x: torch.Tensor, target: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Check the input and the target (ValueError), then each in the weights' type."""
        dtype = self._params[0].dtype
        plain_target = self._check_target(target, self._params[0])
        check_input(self.net, x)
        if x.shape[0] != target.shape[0]:
            raise ValueError(QT_TRANSLATE_NOOP(
                "Trainer", "the trainer takes one image, shape (1, 1, 32, 32), to match the (1, 10) "
                "target; got a batch of {count}").format(count=int(x.shape[0])))
        # float64, channels_last or requiring grad: as the ops need it
        x = plain_input(x, dtype)
        return x, (target if plain_target else target.detach().to(dtype))

    # What the step runs and keeps around the tutorial's lines; core.fast does the same faster.
    def _net_for(self, x: torch.Tensor):
        return self.net

    def _optimizer_for_step(self):
        return self.optimizer if self.zero_grad else _KeepGradients(self.optimizer)

    def _snapshot(self) -> list[torch.Tensor]:
        return [p.detach().clone() for p in self._params]

    def _weights_finite(self) -> bool:
        return all(bool(torch.isfinite(p).all()) for p in self._params)

    def flat_weights(self) -> torch.Tensor:
        """Every weight as it is now, end to end in the net's parameter order, in one flat tensor.
        It may be the trainer's own buffer: read it before the next step and never change it."""
        return torch.cat([p.detach().reshape(-1) for p in self._params])

    def _stepped(self) -> None:
        """The step was kept."""

    def _restore(self, before: list[torch.Tensor]) -> None:
        with torch.no_grad():
            for p, old in zip(self._params, before, strict=True):
                p.copy_(old)

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

    # -- resets --------------------------------------------------------------------------
    def mark_initial(self, label: str = "") -> None:
        """Remember the current weights as those reset() returns to."""
        self.last_backward = None  # other weights: the last backward() no longer led to them
        self._initial = {k: v.detach().clone() for k, v in self.net.state_dict().items()}
        if label:
            self.events.append(Event(len(self.history), EventKind.WEIGHTS, label))

    @property
    def initial_state(self) -> dict[str, torch.Tensor]:
        """The weights reset() returns to (a dict of its own tensors: do not change them)."""
        return self._initial

    def reset(self) -> None:
        """Restore the remembered initial weights, drop gradients, clear the divergence flag."""
        copy_state(self.net, self._initial)
        self.optimizer.zero_grad(set_to_none=True)
        self.optimizer.state.clear()
        self.diverged = False
        self.last_backward = None
        self.events.append(Event(len(self.history), EventKind.RESET, QT_TRANSLATE_NOOP("Trainer", "weights reset").msg()))

    def set_zero_grad(self, on: bool) -> None:
        """Keep or drop the tutorial's optimizer.zero_grad() line; the change is marked."""
        if self.zero_grad != bool(on):
            self.zero_grad = bool(on)
            said = (QT_TRANSLATE_NOOP("Trainer", "zero_grad on") if on
                    else QT_TRANSLATE_NOOP("Trainer", "zero_grad off"))
            self.events.append(Event(len(self.history), EventKind.ZERO_GRAD, said.msg()))

    def clear_history(self) -> None:
        self.last_backward = None
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
