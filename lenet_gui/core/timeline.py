"""The training timeline: checkpoints and what each step used, to go back to any step exactly."""

from __future__ import annotations

import bisect
import hashlib
import math
import zlib
from dataclasses import dataclass, field

import numpy as np
import torch

from .net import ARCHS, copy_state, state_shapes
from .text import QT_TRANSLATE_NOOP
from .trainer import Event, EventKind

# The timeline's memory stays under this: 100,000 steps in well under 200 MB.
MEMORY_BUDGET = 180 * 2**20
# A checkpoint every SPACING steps to begin with (a restore replays fewer than SPACING steps,
# ~1 ms each); the spacing doubles whenever the checkpoints outgrow the budget.
SPACING = 16
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
    delta: bytes | None  # these weights' bits XOR the base's bits, packed (see _delta)
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
        self._held = 0  # bytes of the checkpoints, initial weights and pool (see _recount)

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
                self._held += len(last.grads)
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
            self._held += t.numel() * t.element_size()
            self._pool_index[key] = index
        if changes.at(n) != index:
            changes.set(n, index)

    @staticmethod
    def _versions_of(trainer) -> tuple:
        # The optimizer's own list: walking the net's modules with parameters() twice a step
        # cost a fifth of a bare step.
        return tuple(p._version for group in trainer.optimizer.param_groups for p in group["params"])

    def sync(self, trainer=None) -> None:
        """Notice what changed since the last step: a new lesson, a reset, other weights."""
        trainer = trainer if trainer is not None else self.session.trainer
        n = len(trainer.history)
        events = trainer.events
        if n < self._n or len(events) < self._n_events:
            self.clear()  # the history was cleared (a new lesson): start again
        if any(e.kind == EventKind.RESET for e in events[self._n_events:]):
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
        self._held = 0
        self._n = -1
        self._last_x = self._last_target = (None, -1)

    # -- checkpoints ------------------------------------------------------------------------
    def _checkpoint(self, trainer, forced: bool) -> None:
        n = self._n
        net = trainer.net
        weights = trainer.flat_weights()  # maybe the trainer's buffer: copied if kept
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
            cp = Checkpoint(n, arch, weights.clone(), None, None, grads, trainer.diverged, forced,
                            context)
        else:
            delta = _delta(weights.numpy(), key.weights.numpy())
            cp = Checkpoint(n, arch, None, base, delta, grads, trainer.diverged, forced, context)
        self.checkpoints[n] = cp
        if old is not None or forced:
            self._recount()  # new initial weights, or a checkpoint replaced: rare
        else:
            self._held += cp.nbytes
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
            self._recount()

    @property
    def nbytes(self) -> int:
        """Bytes the timeline holds: checkpoints, initial weights, inputs and targets, records."""
        changes = 16 * sum(len(c.steps) for c in (self.lr, self.zero_grad, self.input, self.target))
        return self._held + changes + self.ghost.nbytes

    def _recount(self) -> None:
        """Count the checkpoints' bytes afresh (kept as a running total between changes: a
        long timeline has thousands of checkpoints, and the budget is checked at each one)."""
        total = sum(cp.nbytes for cp in self.checkpoints.values())
        seen = set()
        for cp in self.checkpoints.values():
            initial = (cp.context or {}).get("initial")
            if initial is not None and id(initial) not in seen:
                seen.add(id(initial))
                total += sum(t.numel() * t.element_size() for t in initial.values())
        total += sum(t.numel() * t.element_size() for t in self.pool)
        self._held = total

    def weights_at(self, cp: Checkpoint) -> torch.Tensor:
        """The flat weights a checkpoint holds."""
        if cp.weights is not None:
            return cp.weights
        key = self.checkpoints[cp.base].weights.numpy()
        bits = _unpack(cp.delta, key.size, "a checkpoint")
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
            raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the step to go back to must be a whole number, got {value}").format(
                value=repr(step)))
        step = int(step)
        n = len(session.trainer.history)
        first = self.first_step
        if not first <= step <= n:
            raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "there is no step {step} to go back to: choose one from {first} to {last}").format(
                step=step, first=first, last=n))
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
        self._recount()
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
            trainer.events.append(Event(step, EventKind.ZERO_GRAD, f"zero_grad {'on' if zero_grad_now else 'off'}"))
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

    # -- saving and opening (core/session_file.py writes and reads the file) -----------------
    def to_record(self) -> tuple[dict, dict[str, torch.Tensor]]:
        """The timeline as plain JSON values and named tensors."""
        self.sync()
        tensors: dict[str, torch.Tensor] = {}
        checkpoints = []
        # The packed checkpoints one after the other in one tensor, each entry saying where:
        # thousands of small tensors would cost more to write and read than their bytes.
        packed: list[bytes] = []
        end = 0

        def put(data: bytes) -> list[int]:
            nonlocal end
            packed.append(data)
            end += len(data)
            return [end - len(data), end]

        for step in self._steps:
            cp = self.checkpoints[step]
            entry = {"step": step, "arch": cp.arch, "base": cp.base, "diverged": cp.diverged,
                     "forced": cp.forced, "delta": None, "grads": None, "context": None}
            if cp.weights is not None:
                tensors[f"ckpt.{step}.weights"] = cp.weights
            else:
                entry["delta"] = put(cp.delta)
            if cp.grads is not None:
                entry["grads"] = put(cp.grads)
            if cp.context is not None:
                initial = cp.context["initial"]
                entry["context"] = {"label": cp.context["label"], "seed": cp.context["seed"],
                                    "initial": initial is not None}
                if initial is not None:
                    tensors[f"ckpt.{step}.initial"] = torch.cat([t.detach().reshape(-1) for t in initial.values()])
            checkpoints.append(entry)
        if packed:
            tensors["ckpt.packed"] = _bytes_tensor(b"".join(packed))
        for i, t in enumerate(self.pool):
            tensors[f"pool.{i}"] = t
        if len(self.ghost):
            tensors["ghost"] = torch.from_numpy(self.ghost.copy())
        meta = {
            "spacing": self.spacing, "key_steps": self.key_steps, "checkpoints": checkpoints,
            "lr": [[s, v] for s, v in zip(self.lr.steps, self.lr.values, strict=True)],
            "zero_grad": [[s, v] for s, v in zip(self.zero_grad.steps, self.zero_grad.values, strict=True)],
            "input": [[s, v] for s, v in zip(self.input.steps, self.input.values, strict=True)],
            "target": [[s, v] for s, v in zip(self.target.steps, self.target.values, strict=True)],
            "pool": len(self.pool), "branch": self.branch,
        }
        return meta, tensors

    def load_record(self, meta: dict, tensors: dict[str, torch.Tensor]) -> None:
        """Take over a saved timeline, for this session's trainer and history as they are now.

        Everything is checked first: a bad record raises TimelineError and leaves the timeline
        as it was.
        """
        trainer = self.session.trainer
        n = len(trainer.history)
        if not isinstance(meta, dict):
            raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the timeline is not a table of values").msg())
        spacing = _whole(meta.get("spacing"), "spacing", 1, 2**30)
        key_steps = _whole(meta.get("key_steps"), "key_steps", 1, 2**40)
        sizes = {a: sum(int(np.prod(s)) for s in state_shapes(a).values()) for a in ARCHS}
        entries = meta.get("checkpoints")
        if not isinstance(entries, list) or not entries or len(entries) > 10_000_000:
            raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the timeline has no checkpoints").msg())
        checkpoints: dict[int, Checkpoint] = {}
        sparse: dict[int, list[bytes]] = {}  # key step -> the few-words deltas made against it
        last = -1
        blob = tensors.get("ckpt.packed")
        blob = _bytes_of(blob, QT_TRANSLATE_NOOP("Timeline", "the packed checkpoints").msg()) if blob is not None else b""

        def piece(span, what: str) -> bytes:
            if not isinstance(span, list) or len(span) != 2 \
                    or not all(isinstance(v, int) and not isinstance(v, bool) for v in span) \
                    or not 0 <= span[0] < span[1] <= len(blob):
                raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is missing or damaged").format(what=what))
            return blob[span[0]:span[1]]

        for e in entries:
            if not isinstance(e, dict):
                raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "a checkpoint is not a table of values").msg())
            step = _whole(e.get("step"), QT_TRANSLATE_NOOP("Timeline", "a checkpoint's step").msg(), 0, n)
            if step <= last:
                raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the checkpoints are not in order of their steps").msg())
            last = step
            arch = e.get("arch")
            if arch not in ARCHS:
                raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "checkpoint {step} is for an unknown architecture").format(step=step))
            size = sizes[arch]
            base = e.get("base")
            weights = delta = None
            if base is None:
                weights = _finite(tensors.get(f"ckpt.{step}.weights"), (size,), QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}").format(step=step))
            else:
                base = _whole(base, QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}'s base").format(step=step), 0, step - 1)
                key = checkpoints.get(base)
                if key is None or key.weights is None or key.arch != arch:
                    raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "checkpoint {step} refers to a checkpoint that is not there").format(step=step))
                delta = piece(e.get("delta"), QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}").format(step=step))
                if delta[:1] == b"S" and len(delta) % 8 == 1:
                    sparse.setdefault(base, []).append(delta)  # checked together, below
                else:
                    _check_delta(delta, key.weights.numpy().view(np.uint32), QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}").format(step=step))
            grads = None
            if e.get("grads") is not None:
                grads = piece(e.get("grads"), QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}'s gradients").format(step=step))
                g = np.frombuffer(_inflate(grads, 4 * size, QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}'s gradients").format(step=step)), dtype=np.float32)
                if not np.isfinite(g).all():
                    raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}'s gradients are not finite").format(step=step))
            diverged, forced = e.get("diverged"), e.get("forced")
            if not isinstance(diverged, bool) or not isinstance(forced, bool):
                raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}: “diverged” and “forced” must be true or false").format(step=step))
            context = e.get("context")
            if context is not None:
                if not isinstance(context, dict) or not isinstance(context.get("label"), str) \
                        or not isinstance(context.get("initial"), bool):
                    raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "checkpoint {step} has a damaged description of its weights").format(step=step))
                seed = _whole(context.get("seed"), QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}'s seed").format(step=step), 0, 2**63 - 1)
                initial = None
                if context["initial"]:
                    flat = _finite(tensors.get(f"ckpt.{step}.initial"), (size,), QT_TRANSLATE_NOOP("Timeline", "checkpoint {step}'s initial weights").format(step=step))
                    initial, start = {}, 0
                    for name, shape in state_shapes(arch).items():
                        k = int(np.prod(shape))
                        initial[name] = flat[start:start + k].view(shape)
                        start += k
                elif weights is None:
                    raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "checkpoint {step} is missing its weights").format(step=step))
                context = {"label": context["label"][:500], "seed": seed, "initial": initial}
            checkpoints[step] = Checkpoint(step, arch, weights, base, delta, grads, diverged, forced, context)
        for base, deltas in sparse.items():
            _check_sparse(deltas, checkpoints[base].weights.numpy().view(np.uint32),
                          QT_TRANSLATE_NOOP("Timeline", "a checkpoint made against checkpoint {base}").format(base=base))
        first = entries[0]["step"]
        if checkpoints[first].context is None:
            raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the first checkpoint does not say which weights it holds").msg())
        count = _whole(meta.get("pool"), "pool", 0, 10_000_000)
        pool = [_finite(tensors.get(f"pool.{i}"), None, QT_TRANSLATE_NOOP("Timeline", "input or target {i}").format(i=i)) for i in range(count)]
        changes = {}
        for name, kind in (("lr", float), ("zero_grad", bool), ("input", int), ("target", int)):
            rows = meta.get(name)
            if not isinstance(rows, list):
                raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the record of “{name}” is not a list").format(name=name))
            c = Changes()
            prev = first
            for row in rows:
                if not isinstance(row, list) or len(row) != 2:
                    raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the record of “{name}” has a damaged row").format(name=name))
                step = _whole(row[0], QT_TRANSLATE_NOOP("Timeline", "a step in “{name}”").format(name=name), prev + 1 if c.steps else first + 1, n)
                prev = step
                value = row[1]
                if kind is float:
                    if isinstance(value, bool) or not isinstance(value, (int, float)) \
                            or not math.isfinite(value) or value < 0:
                        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "a learning rate in the timeline is not a number ≥ 0 ({value})").format(value=repr(value)[:40]))
                    value = float(value)
                elif kind is bool:
                    if not isinstance(value, bool):
                        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "a zero_grad setting in the timeline is not true or false").msg())
                else:
                    value = _whole(value, QT_TRANSLATE_NOOP("Timeline", "an input in the timeline").msg() if name == "input"
                                   else QT_TRANSLATE_NOOP("Timeline", "a target in the timeline").msg(), 0, count - 1)
                    want = (1, 1, 32, 32) if name == "input" else (1, 10)
                    if tuple(pool[value].shape) != want or pool[value].dtype != torch.float32:
                        raise TimelineError((QT_TRANSLATE_NOOP("Timeline", "input {value} in the timeline has the wrong shape") if name == "input"
                                             else QT_TRANSLATE_NOOP("Timeline", "target {value} in the timeline has the wrong shape")).format(value=value))
                c.steps.append(step)
                c.values.append(value)
            if n > first and (not c.steps or c.steps[0] != first + 1):
                raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the timeline does not say which {name} the first step used").format(name=name))
            changes[name] = c
        ghost = tensors.get("ghost")
        if ghost is None:
            ghost = np.zeros(0)
        elif ghost.dtype != torch.float64 or ghost.dim() != 1 or ghost.numel() > 100_000_000:
            raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "the left-behind losses are damaged").msg())
        else:
            ghost = ghost.numpy().copy()
        branch = meta.get("branch")
        if branch is not None:
            branch = _whole(branch, QT_TRANSLATE_NOOP("Timeline", "the branch step").msg(), 0, 2**62)
        # All checked: take it over.
        self.spacing, self.key_steps = spacing, key_steps
        self.checkpoints = checkpoints
        self._steps = sorted(checkpoints)
        self.lr, self.zero_grad = changes["lr"], changes["zero_grad"]
        self.input, self.target = changes["input"], changes["target"]
        self.pool = [t.clone() for t in pool]
        self._pool_index = {}
        for i, t in enumerate(self.pool):
            data = t.contiguous().numpy().tobytes()
            key = hashlib.blake2b(data + repr((tuple(t.shape), str(t.dtype))).encode(), digest_size=16).digest()
            self._pool_index.setdefault(key, i)
        self.ghost, self.branch = (ghost, branch) if len(ghost) else (np.zeros(0), None)
        self._recount()
        self._n = n
        self._n_events = len(trainer.events)
        self._trainer = trainer
        self._versions = self._versions_of(trainer)
        self._last_x = self._last_target = (None, -1)


def _delta(new: np.ndarray, key: np.ndarray) -> bytes:
    """new's bits XOR key's bits, packed: the changed words' places and XORs when few changed
    (cheaper than compressing, at every checkpoint), else all the XOR words compressed.

    The places come from comparing the two arrays (one pass, no 325 kB of XOR words written
    and read again); only the few changed words are XORed.
    """
    a, b = new.view(np.uint32), key.view(np.uint32)
    places = np.flatnonzero(a != b)  # on a bool mask: ~8× faster than on the words
    if len(places) * 8 < a.size:
        return b"S" + places.astype("<u4").tobytes() + (a[places] ^ b[places]).astype("<u4").tobytes()
    return b"Z" + zlib.compress(_xor(a, b).tobytes(), 1)


def _unpack(data: bytes, size: int, what: str) -> np.ndarray:
    """_delta's XOR words back: size uint32 words, checked (a damaged file must not index out of range)."""
    kind, body = data[:1], data[1:]
    if kind == b"Z":
        return np.frombuffer(_inflate(body, 4 * size, what), dtype=np.uint32)
    if kind != b"S" or len(body) % 8:
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is damaged (its changes are not in a known form)").format(what=what))
    k = len(body) // 8
    places = np.frombuffer(body[:4 * k], dtype="<u4").astype(np.int64)
    if k and (places[-1] >= size or (np.diff(places) <= 0).any()):
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is damaged (it changes numbers that are not there)").format(what=what))
    out = np.zeros(size, dtype=np.uint32)
    out[places] = np.frombuffer(body[4 * k:], dtype="<u4")
    return out


def _check_delta(delta: bytes, key: np.ndarray, what: str) -> None:
    """The weights a packed delta makes from its key copy are finite (only the changed ones
    need looking at: the key's were checked)."""
    if delta[:1] == b"S" and len(delta) % 8 == 1:
        k = len(delta) // 8
        places = np.frombuffer(delta[1:1 + 4 * k], dtype="<u4").astype(np.int64)
        if k and (places[-1] >= key.size or (np.diff(places) <= 0).any()):
            raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is damaged (it changes numbers that are not there)").format(what=what))
        values = key[places] ^ np.frombuffer(delta[1 + 4 * k:], dtype="<u4")
    else:
        values = _xor(key, _unpack(delta, key.size, what))
    if not np.isfinite(values.view(np.float32)).all():
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} holds numbers that are not finite").format(what=what))


def _check_sparse(deltas: list[bytes], key: np.ndarray, what: str) -> None:
    """_check_delta for many few-words deltas against one key at once: thousands of them in a
    long session, each a handful of numpy calls when checked alone."""
    places, values, lengths = [], [], []
    for delta in deltas:
        k = len(delta) // 8
        places.append(np.frombuffer(delta, dtype="<u4", count=k, offset=1))
        values.append(np.frombuffer(delta, dtype="<u4", offset=1 + 4 * k))
        lengths.append(k)
    where = np.concatenate(places).astype(np.int64)
    if not where.size:
        return
    if where.max() >= key.size:
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is damaged (it changes numbers that are not there)").format(what=what))
    rising = np.diff(where) > 0
    starts = np.cumsum(lengths)[:-1]  # where each next delta begins: no order across them
    rising[starts[(starts > 0) & (starts <= rising.size)] - 1] = True
    if not rising.all():
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is damaged (it changes numbers that are not there)").format(what=what))
    if not np.isfinite((key[where] ^ np.concatenate(values)).view(np.float32)).all():
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} holds numbers that are not finite").format(what=what))


def _bytes_tensor(data: bytes) -> torch.Tensor:
    return torch.frombuffer(bytearray(data), dtype=torch.uint8)


def _bytes_of(t, what: str) -> bytes:
    if not isinstance(t, torch.Tensor) or t.dtype != torch.uint8 or t.dim() != 1:
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is missing or damaged").format(what=what))
    return t.numpy().tobytes()


def _inflate(data: bytes, size: int, what: str) -> bytes:
    """zlib data that must unpack to exactly size bytes (never more: no unpacking bombs)."""
    try:
        d = zlib.decompressobj()
        out = d.decompress(data, size + 1)
    except zlib.error:
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is damaged (it does not unpack)").format(what=what)) from None
    if len(out) != size or not d.eof:
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is damaged (it unpacks to the wrong size)").format(what=what))
    return out


def _whole(value, what: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} must be a whole number from {lo} to {hi}, got {value}").format(
            what=what, lo=lo, hi=hi, value=repr(value)[:200]))
    return value


def _finite(t, shape, what: str) -> torch.Tensor:
    if not isinstance(t, torch.Tensor) or t.dtype != torch.float32 \
            or (shape is not None and tuple(t.shape) != shape):
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} is missing or has the wrong shape or type").format(what=what))
    if not torch.isfinite(t).all():
        raise TimelineError(QT_TRANSLATE_NOOP("Timeline", "{what} holds numbers that are not finite").format(what=what))
    return t
