"""The training timeline: checkpoints and what each step used, to go back to any step exactly."""

from __future__ import annotations

import bisect
import hashlib
import zlib
from dataclasses import dataclass, field

import numpy as np
import torch

from .net import copy_state
from .trainer import Event

# The timeline's memory stays under this: 100,000 steps in well under 200 MB.
MEMORY_BUDGET = 180 * 2**20
# A checkpoint every SPACING steps to begin with (a restore replays fewer than SPACING steps,
# ~1 ms each); the spacing doubles whenever the checkpoints outgrow the budget.
SPACING = 32
# A full copy of the weights at least every KEY_STEPS steps; the checkpoints in between keep
# only the bits that changed since that copy (XOR, compressed): one step changes few of them.
KEY_STEPS = 2048


class TimelineError(ValueError):
    """A step the timeline cannot go back to (out of range, or from before its records)."""


@dataclass
class Checkpoint:
    """The trainer's state right after a step (and any change made before the next one)."""

    step: int
    arch: str
    weights: torch.Tensor | None  # all parameters in one flat tensor (a key checkpoint) ...
    base: int | None  # ... or None and the step of the key checkpoint that `delta` is against
    delta: bytes | None  # zlib of (these weights' bits XOR the base's bits)
    grads: bytes | None  # zlib of the flat gradients, kept when the next step adds to them
    diverged: bool
    forced: bool  # taken because something outside training changed the weights
    context: dict | None = None  # at a forced checkpoint: the session's label, seed, initial weights

    @property
    def nbytes(self) -> int:
        n = len(self.delta or b"") + len(self.grads or b"")
        return n + (self.weights.numel() * self.weights.element_size() if self.weights is not None else 0)


@dataclass
class Changes:
    """A value that steps used, recorded only at the steps where it changed."""

    steps: list[int] = field(default_factory=list)
    values: list = field(default_factory=list)

    def at(self, step: int):
        i = bisect.bisect_right(self.steps, step) - 1
        return self.values[i] if i >= 0 else None

    def set(self, step: int, value) -> None:
        if self.values and self.values[-1] == value and not isinstance(value, torch.Tensor):
            return
        if self.steps and self.steps[-1] == step:
            self.values[-1] = value
        else:
            self.steps.append(step)
            self.values.append(value)

    def cut(self, step: int) -> None:
        """Forget what changed after step."""
        i = bisect.bisect_right(self.steps, step)
        del self.steps[i:], self.values[i:]


def flat_weights(net) -> torch.Tensor:
    return torch.cat([p.detach().reshape(-1) for p in net.parameters()])


def flat_grads(net) -> torch.Tensor | None:
    grads = [p.grad for p in net.parameters()]
    if any(g is None for g in grads):
        return None
    return torch.cat([g.detach().reshape(-1) for g in grads])


def _xor(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.bitwise_xor(a.view(np.uint32), b.view(np.uint32))


class Timeline:
    """Records every step a session's trainer takes; `restore(n)` brings back the state after
    step n bit for bit: the nearest checkpoint, then the recorded steps replayed.

    A step is deterministic given the weights, the gradients (when zero_grad is off), the input,
    the target, the learning rate and zero_grad: those are recorded, each only when it changes.
    Anything that changes the weights between steps (another file, a reset, a new seed) is
    noticed from the weights' version counters and gets a checkpoint of its own.
    """

    def __init__(self, session) -> None:
        self.session = session
        self.spacing = SPACING
        self.key_steps = KEY_STEPS
        self.checkpoints: dict[int, Checkpoint] = {}
        self._steps: list[int] = []  # checkpoint steps, sorted
        self.lr = Changes()
        self.zero_grad = Changes()
        self.input = Changes()  # values: indexes into pool
        self.target = Changes()
        self.pool: list[torch.Tensor] = []  # each distinct input and target once
        self._pool_index: dict[bytes, int] = {}
        self.ghost: np.ndarray = np.zeros(0)  # losses of the future left behind by a restore
        self.branch: int | None = None  # the step where it was left
        self._trainer = None
        self._n = -1  # steps recorded (-1: nothing yet)
        self._versions: tuple = ()
        self._n_events = 0
        self._last_x: tuple = (None, -1)
        self._last_target: tuple = (None, -1)
        self._replaying = False

    # -- recording (called by Trainer.step) -------------------------------------------------
    def attach(self, trainer) -> None:
        trainer.recorder = self

    def before_step(self, trainer, x: torch.Tensor, target: torch.Tensor) -> None:
        if self._replaying:
            return
        self.sync(trainer)
        n = self._n + 1  # the step about to be taken
        last = self.checkpoints.get(self._n)
        if not trainer.zero_grad and last is not None and last.grads is None:
            # This step adds to the gradients left by the last one: they become state.
            grads = flat_grads(trainer.net)
            if grads is not None:
                last.grads = zlib.compress(grads.numpy().tobytes(), 1)
        self.lr.set(n, trainer.lr)
        self.zero_grad.set(n, bool(trainer.zero_grad))
        self._record_tensor(self.input, n, x, "_last_x")
        self._record_tensor(self.target, n, target, "_last_target")

    def after_step(self, trainer) -> None:
        if self._replaying:
            return
        self._n = len(trainer.history)
        self._versions = self._versions_of(trainer)
        if self._n % self.spacing == 0:
            self._checkpoint(trainer, forced=False)

    def _record_tensor(self, changes: Changes, n: int, t: torch.Tensor, last_attr: str) -> None:
        obj, version = getattr(self, last_attr)
        if t is obj and t._version == version:
            return  # the same tensor, unchanged since the last step (every step of Play)
        setattr(self, last_attr, (t, t._version))
        t = t.detach()
        data = t.contiguous().numpy().tobytes()
        key = hashlib.blake2b(data + repr((tuple(t.shape), str(t.dtype))).encode(), digest_size=16).digest()
        index = self._pool_index.get(key)
        if index is None:
            index = len(self.pool)
            self.pool.append(t.clone())
            self._pool_index[key] = index
        if changes.at(n) != index:
            changes.set(n, index)

    @staticmethod
    def _versions_of(trainer) -> tuple:
        return tuple(p._version for p in trainer.net.parameters())

    def sync(self, trainer=None) -> None:
        """Notice what changed since the last step: a new lesson, a reset, other weights."""
        trainer = trainer if trainer is not None else self.session.trainer
        n = len(trainer.history)
        events = trainer.events
        if n < self._n or len(events) < self._n_events:
            self.clear()  # the history was cleared (a new lesson): start again
        if any(e.kind == "reset" for e in events[self._n_events:]):
            self.ghost, self.branch = np.zeros(0), None  # a reset ends the left-behind future
        self._n_events = len(events)
        if self._n < 0 or n != self._n:
            # Steps taken that were not recorded (or nothing yet): the record starts here.
            self.clear()
            self._n = n
            self._checkpoint(trainer, forced=True)
        elif trainer is not self._trainer or self._versions_of(trainer) != self._versions:
            self._checkpoint(trainer, forced=True)

    def clear(self) -> None:
        """Forget every record (a new lesson)."""
        self.checkpoints.clear()
        self._steps.clear()
        for c in (self.lr, self.zero_grad, self.input, self.target):
            c.steps.clear()
            c.values.clear()
        self.pool.clear()
        self._pool_index.clear()
        self.ghost, self.branch = np.zeros(0), None
        self.spacing, self.key_steps = SPACING, KEY_STEPS
        self._n = -1
        self._last_x = self._last_target = (None, -1)

    # -- checkpoints ------------------------------------------------------------------------
    def _checkpoint(self, trainer, forced: bool) -> None:
        n = self._n
        net = trainer.net
        weights = flat_weights(net)
        arch = net.arch.name
        context = None
        if forced:
            s = self.session
            initial = trainer.initial_state
            flat = torch.cat([t.detach().reshape(-1) for t in initial.values()])
            if flat.shape == weights.shape and torch.equal(flat, weights):
                initial = None  # the usual case, right after new weights: the same numbers once
            context = {"label": s.weights_label, "seed": s.seed, "initial": initial}
        old = self.checkpoints.get(n)
        if old is not None and old.forced and not forced:
            return
        if old is not None:
            self._drop(n)  # replaced (with the deltas made against it, if it was a key)
        base = self._key_before(n)
        key = self.checkpoints.get(base) if base is not None else None
        grads = None
        if not trainer.zero_grad:
            g = flat_grads(net)
            grads = zlib.compress(g.numpy().tobytes(), 1) if g is not None else None
        if forced or key is None or key.arch != arch or n - base >= self.key_steps \
                or key.weights.numel() != weights.numel():
            cp = Checkpoint(n, arch, weights, None, None, grads, trainer.diverged, forced, context)
        else:
            delta = zlib.compress(_xor(weights.numpy(), key.weights.numpy()).tobytes(), 1)
            cp = Checkpoint(n, arch, None, base, delta, grads, trainer.diverged, forced, context)
        self.checkpoints[n] = cp
        bisect.insort(self._steps, n)
        self._trainer = trainer
        self._versions = self._versions_of(trainer)
        if self.nbytes > MEMORY_BUDGET:
            self._thin()

    def _key_before(self, n: int) -> int | None:
        """The step of the newest key checkpoint at or before n, if any."""
        i = bisect.bisect_right(self._steps, n) - 1
        while i >= 0:
            cp = self.checkpoints[self._steps[i]]
            if cp.weights is not None:
                return cp.step
            i -= 1
        return None

    def _drop(self, step: int) -> None:
        """Remove the checkpoint at step, and the deltas made against it."""
        self.checkpoints.pop(step, None)
        i = bisect.bisect_left(self._steps, step)
        if i < len(self._steps) and self._steps[i] == step:
            del self._steps[i]
        orphans = [s for s, cp in self.checkpoints.items() if cp.base == step]
        for s in orphans:
            self._drop(s)

    def _thin(self) -> None:
        """Over budget: keep every other periodic checkpoint (the spacing doubles); when the
        key copies alone fill half the budget, keep every other of them too."""
        while self.nbytes > MEMORY_BUDGET:
            victims = []
            keys = sum(cp.nbytes for cp in self.checkpoints.values() if cp.weights is not None)
            if keys > MEMORY_BUDGET // 2:
                victims = [s for s, cp in self.checkpoints.items()
                           if cp.weights is not None and not cp.forced and s % (2 * self.key_steps)]
                if victims:
                    self.key_steps *= 2
            if not victims:
                victims = [s for s, cp in self.checkpoints.items()
                           if cp.weights is None and not cp.forced and s % (2 * self.spacing)]
                if victims:
                    self.spacing *= 2
            if not victims:
                # Nothing left to drop but the user's own changes (never dropped): the next
                # checkpoints come further apart.
                self.spacing = min(self.spacing * 2, 2**30)
                return
            for s in victims:
                self._drop(s)

    @property
    def nbytes(self) -> int:
        """Bytes the timeline holds: checkpoints, initial weights, inputs and targets, records."""
        total = sum(cp.nbytes for cp in self.checkpoints.values())
        seen = set()
        for cp in self.checkpoints.values():
            initial = (cp.context or {}).get("initial")
            if initial is not None and id(initial) not in seen:
                seen.add(id(initial))
                total += sum(t.numel() * t.element_size() for t in initial.values())
        total += sum(t.numel() * t.element_size() for t in self.pool)
        total += 16 * sum(len(c.steps) for c in (self.lr, self.zero_grad, self.input, self.target))
        return total + self.ghost.nbytes

    def weights_at(self, cp: Checkpoint) -> torch.Tensor:
        """The flat weights a checkpoint holds."""
        if cp.weights is not None:
            return cp.weights
        key = self.checkpoints[cp.base].weights.numpy()
        bits = np.frombuffer(zlib.decompress(cp.delta), dtype=np.uint32)
        return torch.from_numpy(_xor(key, bits).view(np.float32).copy())

    # -- going back -------------------------------------------------------------------------
    @property
    def first_step(self) -> int:
        """The earliest step the timeline can go back to."""
        return self._steps[0] if self._steps else len(self.session.trainer.history)

    def restore(self, step: int) -> None:
        """The state right after `step` (and the changes made before the next step) back."""
        session = self.session
        self.sync()
        if isinstance(step, bool) or not isinstance(step, (int, np.integer)):
            raise TimelineError(f"the step to go back to must be a whole number, got {step!r}")
        step = int(step)
        n = len(session.trainer.history)
        first = self.first_step
        if not first <= step <= n:
            raise TimelineError(f"there is no step {step} to go back to: choose one from {first} to {n}")
        if step == n:
            return
        i = bisect.bisect_right(self._steps, step) - 1
        cp = self.checkpoints[self._steps[i]]
        trainer = session.trainer
        lr_now, zero_grad_now = trainer.lr, trainer.zero_grad
        events = list(trainer.events)
        self.ghost = trainer.history.to_numpy()[step:]
        self.branch = step
        # Checkpoints after the new end belong to the future left behind.
        for s in [s for s in self._steps if s > step]:
            self.checkpoints.pop(s)
        del self._steps[bisect.bisect_right(self._steps, step):]
        self._load(cp)
        trainer = session.trainer  # a new one if the architecture changed back
        trainer.history.truncate(cp.step)
        self._replaying = True
        try:
            groups = trainer.optimizer.param_groups
            for k in range(cp.step + 1, step + 1):
                for g in groups:
                    g["lr"] = self.lr.at(k)
                trainer.zero_grad = self.zero_grad.at(k)
                trainer.step(self.pool[self.input.at(k)], self.pool[self.target.at(k)], copy_grads=False)
        finally:
            self._replaying = False
        for c in (self.lr, self.zero_grad, self.input, self.target):
            c.cut(step)
        # The controls stay as they are; a marker says so when they differ from the past's.
        lr_then = self.lr.at(step) if step else lr_now
        zero_grad_then = self.zero_grad.at(step) if step else zero_grad_now
        trainer.events[:] = [e for e in events if e.step <= step]
        for g in trainer.optimizer.param_groups:
            g["lr"] = lr_then if lr_then is not None else lr_now
        trainer.zero_grad = zero_grad_now
        trainer.lr = lr_now  # a marker if it differs
        if zero_grad_then is not None and zero_grad_then != zero_grad_now:
            trainer.events.append(Event(step, "zero_grad", f"zero_grad {'on' if zero_grad_now else 'off'}"))
        self._n = step
        self._n_events = len(trainer.events)
        self._trainer = trainer
        self._versions = self._versions_of(trainer)
        self._last_x = self._last_target = (None, -1)

    def _context_before(self, step: int) -> Checkpoint | None:
        """The newest forced checkpoint at or before step: the weights chosen last."""
        i = bisect.bisect_right(self._steps, step) - 1
        while i >= 0:
            cp = self.checkpoints[self._steps[i]]
            if cp.context is not None:
                return cp
            i -= 1
        return None

    @staticmethod
    def _put(net, flat: torch.Tensor, grads: torch.Tensor | None = None, set_grads: bool = False) -> None:
        start = 0
        with torch.no_grad():
            for p in net.parameters():
                k = p.numel()
                p.copy_(flat[start:start + k].view_as(p))
                if set_grads:
                    p.grad = grads[start:start + k].view_as(p).clone() if grads is not None else None
                start += k

    def _load(self, cp: Checkpoint) -> None:
        """Put a checkpoint's weights, gradients and divergence flag into the session's net."""
        session = self.session
        # The weights chosen last before this checkpoint: the label, the seed, what Reset gives.
        chosen = self._context_before(cp.step)
        context = chosen.context if chosen is not None else None
        if context is not None:
            session.weights_label = context["label"]
            session.seed = context["seed"]
        if cp.arch != session.arch:
            session._build(cp.arch)
        trainer = session.trainer
        net = trainer.net
        if context is not None:
            if context["initial"] is None:
                self._put(net, chosen.weights)
            else:
                copy_state(net, context["initial"])
            trainer.mark_initial()
        grads = None
        if cp.grads is not None:
            grads = torch.from_numpy(np.frombuffer(zlib.decompress(cp.grads), dtype=np.float32).copy())
        self._put(net, self.weights_at(cp), grads, set_grads=True)
        trainer.optimizer.state.clear()
        trainer.diverged = cp.diverged
