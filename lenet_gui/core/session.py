"""Everything one lesson works on — net, trainer, input, target, which weights — with no Qt."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path

import numpy as np
import torch

from .fast import FastTrainer
from .net import ARCHS, Net, copy_state, get_arch
from .preprocess import PreprocessSteps, preprocess_steps
from .pretrained import load_pretrained
from .targets import custom_target, one_hot, tutorial_target
from .text import QT_TRANSLATE_NOOP
from .timeline import Timeline
from .trace import Trace, trace
from .trainer import Event, EventKind, StepResult
from .weights import WeightsError, arch_of, check_weights, read_weights, save_weights

TARGET_DIGITS = tuple(str(d) for d in range(10))


class Change(Enum):
    """What changed in a Session, as its subscribers are told (see Session.subscribe)."""

    LOSS_APPENDED = auto()  # steps were taken: `values` holds their losses, oldest first
    HISTORY_REPLACED = auto()  # the loss history was cleared: read it whole
    MARKED = auto()  # a marker was added to the history's events (lr, zero_grad, …)
    WEIGHTS_CHANGED = auto()  # a step, a reset, other weights (label and notice may change)
    INPUT_CHANGED = auto()  # a new 1×1×32×32 input
    TARGET_CHANGED = auto()
    ARCH_CHANGED = auto()  # the other architecture: a new net (its layers, its source)
    TRAINING_CHANGED = auto()  # the learning rate or zero_grad


@dataclass(frozen=True)
class SessionEvent:
    kind: Change
    values: tuple[float, ...] = ()  # LOSS_APPENDED: the new losses


Subscriber = Callable[[SessionEvent], None]


class Session:
    """The state of one lesson; the window shows it, a notebook can drive it directly."""

    def __init__(self, arch: str = "tutorial", weights: str = "pretrained", seed: int = 0,
                 lr: float = 0.01):
        self.seed = seed
        self.target_seed = seed
        self.input = torch.zeros(1, 1, 32, 32)
        self.steps: PreprocessSteps | None = None
        self.target_spec = "0"
        self.target = one_hot(0)
        self.weights_label = ""
        self.notice = ""  # a message for the user about the last weights change, if any
        self.trainer: FastTrainer | None = None
        self._subscribers: list[Subscriber] = []
        self._lr = lr
        self.timeline = Timeline(self)  # every step recorded, to go back to any of them
        # The guided lesson being followed, if any, and its step: {"lesson": where it came from
        # ("builtin:<file name>" or a path), "step": 0-based index}; {} when none. Plain data,
        # kept with the session so that a saved session reopens at the same step.
        self.lesson_state: dict = {}
        self._build(arch)
        if weights == "pretrained":
            self.use_pretrained()
        else:
            self.use_random(seed)

    # -- announcing changes ----------------------------------------------------------------
    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call callback(SessionEvent) after every change; returns a function that unsubscribes.

        Callbacks run at once, in the caller's thread, in the order they subscribed: keep them
        cheap (note what changed, redraw later).
        """
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def _announce(self, kind: Change, values: tuple[float, ...] = ()) -> None:
        event = SessionEvent(kind, values)
        for callback in list(self._subscribers):
            callback(event)

    # -- network and weights -------------------------------------------------------------
    @property
    def net(self) -> Net:
        return self.trainer.net

    @property
    def arch(self) -> str:
        return self.net.arch.name

    def _build(self, arch: str, net: Net | None = None) -> None:
        net = net if net is not None else Net(arch, seed=self.seed)
        old = self.trainer
        trainer = FastTrainer(net, lr=old.lr if old else self._lr, zero_grad=old.zero_grad if old else True)
        if old is not None:
            # One loss history for the whole lesson; markers say what changed.
            trainer.history, trainer.events = old.history, old.events
        self.timeline.attach(trainer)
        self.trainer = trainer

    def set_arch(self, arch: str) -> None:
        """Switch architecture, keeping the kind of weights (pretrained or random)."""
        arch = get_arch(arch).name
        if arch == self.arch:
            return
        pretrained = self.weights_label.startswith("Pretrained")
        self._build(arch)
        self._mark(QT_TRANSLATE_NOOP("Session", "architecture: {title}").format(title=ARCHS[arch].title))
        self._announce(Change.ARCH_CHANGED)
        if pretrained:
            self.use_pretrained()
        else:
            self.use_random(self.seed)

    def use_pretrained(self) -> None:
        try:
            # load_pretrained builds a Net unseeded; keep the caller's random numbers as they were.
            with torch.random.fork_rng(devices=[]):
                net = load_pretrained(self.arch)
        except WeightsError as err:
            self.use_random(self.seed)
            self.notice = QT_TRANSLATE_NOOP("Session", "{problem} Using random weights instead.").format(problem=err.args[0] if err.args else str(err))
            self._announce(Change.WEIGHTS_CHANGED)  # the notice too
            return
        self._replace_weights(net.state_dict(), QT_TRANSLATE_NOOP("Session", "Pretrained ({title})").format(title=ARCHS[self.arch].title))

    def use_random(self, seed: int) -> None:
        self.seed = int(seed)
        fresh = Net(self.arch, seed=self.seed)
        self._replace_weights(fresh.state_dict(), QT_TRANSLATE_NOOP("Session", "Random (seed {seed})").format(seed=self.seed))

    def open_weights(self, path: str | os.PathLike) -> dict[str, str]:
        """Load a file, switching architecture if the file is for the other one.

        Every check runs before anything changes: on a WeightsError the net, its weights, the
        architecture, the label and the history are exactly as before.
        """
        name = Path(path).name
        state, meta = read_weights(path)
        arch = arch_of(state)
        switch = arch is not None and arch != self.arch
        if switch:
            net = Net(arch, seed=self.seed)
            check_weights(net, state, name)  # refuse NaNs or int tensors before switching
            self._build(arch, net)
            self._mark(QT_TRANSLATE_NOOP("Session", "architecture: {title}").format(title=ARCHS[arch].title))
            self._announce(Change.ARCH_CHANGED)
        else:
            check_weights(self.net, state, name)
        self._replace_weights(state, name)
        if switch:
            self.notice = QT_TRANSLATE_NOOP("Session", "Switched to {title} to match “{name}”.").format(title=ARCHS[arch].title, name=name)
            self._announce(Change.WEIGHTS_CHANGED)  # the notice too
        return meta

    def save_weights(self, path: str | os.PathLike) -> Path:
        return save_weights(self.net, path, {"source": self.weights_label})

    def _replace_weights(self, state: dict[str, torch.Tensor], label: str) -> None:
        copy_state(self.net, state)
        self.trainer.optimizer.zero_grad(set_to_none=True)
        self.trainer.diverged = False
        self.weights_label = label
        self.notice = ""
        self.trainer.mark_initial(label)
        self._announce(Change.WEIGHTS_CHANGED)

    def _mark(self, detail: str) -> None:
        self.trainer.events.append(Event(len(self.trainer.history), EventKind.ARCH, detail))

    # -- input and target ----------------------------------------------------------------
    def set_image(self, image: np.ndarray, dark_on_light: bool = False) -> None:
        """Preprocess a drawing (light ink on dark, unless dark_on_light) into the 1×1×32×32 input.

        A bad image raises ValueError and leaves the current input as it was.
        """
        self.steps = preprocess_steps(image, dark_on_light)
        self.input = torch.from_numpy(self.steps.final.copy()).view(1, 1, 32, 32)
        self._announce(Change.INPUT_CHANGED)

    def set_target(self, spec: str, values=None) -> None:
        """spec: "0"…"9" (one-hot), "random" (the tutorial's seeded randn) or "custom" (values)."""
        if spec in TARGET_DIGITS:
            target = one_hot(int(spec))
        elif spec == "random":
            target = tutorial_target(self.target_seed)
        elif spec == "custom":
            target = custom_target(values if values is not None else self.target[0].tolist())
        else:
            raise ValueError(QT_TRANSLATE_NOOP("Session", "unknown target {spec}: use a digit 0–9, 'random' or 'custom'").format(spec=repr(spec)))
        self.target_spec, self.target = spec, target
        self._announce(Change.TARGET_CHANGED)

    def set_lr(self, lr: float) -> None:
        """The learning rate (ValueError unless a number from 0 to what the weights hold)."""
        before = self.trainer.lr
        self.trainer.lr = lr
        if self.trainer.lr != before:
            self._announce(Change.TRAINING_CHANGED)
            self._announce(Change.MARKED)

    def set_zero_grad(self, on: bool) -> None:
        """Keep or take out the tutorial's optimizer.zero_grad() line (marked on the curve)."""
        if self.trainer.zero_grad != bool(on):
            self.trainer.set_zero_grad(on)
            self._announce(Change.TRAINING_CHANGED)
            self._announce(Change.MARKED)

    # -- running -------------------------------------------------------------------------
    def trace(self) -> Trace:
        return trace(self.net, self.input)

    def step(self, x: torch.Tensor | None = None, target: torch.Tensor | None = None,
             copy_grads: bool = True, forward=None) -> StepResult:
        """One training step on the session's input and target (or on x and target, e.g. a
        class-set drawing); forward: the frame's forward pass, see FastTrainer.forward_of."""
        result = self.trainer.step(self.input if x is None else x,
                                   self.target if target is None else target,
                                   copy_grads=copy_grads, forward=forward)
        self._announce(Change.WEIGHTS_CHANGED)
        self._announce(Change.LOSS_APPENDED, (result.loss,))
        return result

    def reset(self) -> None:
        self.trainer.reset()
        self._announce(Change.WEIGHTS_CHANGED)
        self._announce(Change.MARKED)

    def new_lesson(self) -> None:
        """The weights chosen last (pretrained, a seed or a file) back, the loss history and
        its events cleared: the next class starts where this one started."""
        self.trainer.reset()
        self.trainer.clear_history()
        self._announce(Change.WEIGHTS_CHANGED)
        self._announce(Change.HISTORY_REPLACED)

    # -- the timeline --------------------------------------------------------------------
    def restore(self, step: int) -> None:
        """Go back to right after `step` (0: before the first): the weights exactly as they were
        then (with the gradients the next step adds to when zero_grad is off, and the
        architecture), the loss history and its markers cut there. The learning rate, zero_grad,
        target and input stay as they are now. The losses of the steps left behind stay in
        `timeline.ghost` (steps `timeline.branch + 1` on), to be drawn, until the next reset or
        new lesson. Weights changed between two steps (a reset, a seed, a file) belong to the
        step before: restore(n) gives what step n + 1 started from. Raises TimelineError (a
        ValueError) for a step that is not in the history.
        """
        self.timeline.restore(step)
        self._announce(Change.WEIGHTS_CHANGED)
        self._announce(Change.HISTORY_REPLACED)

    # -- the whole session in a file -----------------------------------------------------
    @property
    def drawing(self) -> np.ndarray | None:
        """The drawing the input was made from (floats 0–1, ink light), None before any."""
        return self.steps.normalised if self.steps is not None else None

    def save(self, path: str | os.PathLike) -> Path:
        """Write the whole session to one file (a zip of JSON and safetensors, no pickle),
        whole or not at all: weights and initial weights, loss history and markers, the
        timeline, lr, target, zero_grad, the drawing and input, and `lesson_state`."""
        from .session_file import save_session

        return save_session(self, path)

    @classmethod
    def open(cls, path: str | os.PathLike) -> Session:
        """A new session from a file Session.save wrote. A damaged or foreign file raises
        SessionFileError (a ValueError) saying what is wrong."""
        from .session_file import open_session

        return open_session(cls, path)

    # -- plain PyTorch -------------------------------------------------------------------
    def export_script(self, path: str | os.PathLike) -> Path:
        """Write a runnable .py with the tutorial's Net class as the tutorial wrote it, and its
        data beside it (.safetensors: the starting weights, inputs, targets), that trains as
        this session did (the same lr and zero_grad at the same steps) and prints
        `step <n> loss <repr of the float>` for each step."""
        from .export import export_script

        return export_script(self, path)

    def export_notebook(self, path: str | os.PathLike) -> Path:
        """The same as export_script, as a Jupyter notebook (.ipynb) with one cell a part."""
        from .export import export_notebook

        return export_notebook(self, path)
