"""Everything one lesson works on — net, trainer, input, target, which weights — with no Qt."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import torch

from .net import ARCHS, Net, copy_state, get_arch
from .preprocess import PreprocessSteps, preprocess_steps
from .pretrained import load_pretrained
from .targets import custom_target, one_hot, tutorial_target
from .text import QT_TRANSLATE_NOOP
from .trace import Trace, trace
from .trainer import Event, StepResult, Trainer
from .weights import WeightsError, arch_of, check_weights, read_weights, save_weights

TARGET_DIGITS = tuple(str(d) for d in range(10))


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
        self.trainer: Trainer | None = None
        self._lr = lr
        self._build(arch)
        if weights == "pretrained":
            self.use_pretrained()
        else:
            self.use_random(seed)

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
        trainer = Trainer(net, lr=old.lr if old else self._lr, zero_grad=old.zero_grad if old else True)
        if old is not None:
            # One loss history for the whole lesson; markers say what changed.
            trainer.history, trainer.events = old.history, old.events
        self.trainer = trainer

    def set_arch(self, arch: str) -> None:
        """Switch architecture, keeping the kind of weights (pretrained or random)."""
        arch = get_arch(arch).name
        if arch == self.arch:
            return
        pretrained = self.weights_label.startswith("Pretrained")
        self._build(arch)
        self._mark(QT_TRANSLATE_NOOP("Session", "architecture: {title}").format(title=ARCHS[arch].title))
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
        else:
            check_weights(self.net, state, name)
        self._replace_weights(state, name)
        if switch:
            self.notice = QT_TRANSLATE_NOOP("Session", "Switched to {title} to match “{name}”.").format(title=ARCHS[arch].title, name=name)
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

    def _mark(self, detail: str) -> None:
        self.trainer.events.append(Event(len(self.trainer.history), "weights", detail))

    # -- input and target ----------------------------------------------------------------
    def set_image(self, image: np.ndarray, dark_on_light: bool = False) -> None:
        """Preprocess a drawing (light ink on dark, unless dark_on_light) into the 1×1×32×32 input.

        A bad image raises ValueError and leaves the current input as it was.
        """
        self.steps = preprocess_steps(image, dark_on_light)
        self.input = torch.from_numpy(self.steps.final.copy()).view(1, 1, 32, 32)

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

    # -- running -------------------------------------------------------------------------
    def trace(self) -> Trace:
        return trace(self.net, self.input)

    def step(self) -> StepResult:
        return self.trainer.step(self.input, self.target)

    def reset(self) -> None:
        self.trainer.reset()

    def new_lesson(self) -> None:
        """The weights chosen last (pretrained, a seed or a file) back, the loss history and
        its events cleared: the next class starts where this one started."""
        self.trainer.reset()
        self.trainer.clear_history()
