"""A whole session in one file: a zip of session.json and tensors.safetensors, read within limits."""

from __future__ import annotations

import json
import math
import os
import stat
import zipfile
import zlib
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load as load_safetensors_bytes
from safetensors.torch import save as save_safetensors_bytes

from .atomic import replacing
from .net import ARCHS, copy_state, state_shapes
from .text import QT_TRANSLATE_NOOP, Msg
from .timeline import TimelineError
from .trainer import Event, EventKind

FORMAT = "lenet-gui session"
VERSION = 1
SUFFIX = ".lenet"
# A 100,000-step session is ~10–200 MB, most of it checkpoints; far more is no session of ours.
MAX_FILE = 1024 * 2**20
MAX_JSON = 64 * 2**20
MAX_RATIO = 100  # a packed member that unpacks to more than this many times its size: a zip bomb
MAX_LESSON_STATE = 2**20
MAX_DRAWING_SIDE = 4096
EVENT_KINDS = tuple(kind.value for kind in EventKind)
TARGET_SPECS = (*(str(d) for d in range(10)), "random", "custom")


def lesson_state_size(state) -> int:
    """The lesson state's length as JSON, measured the same way when saving and when opening
    (a Japanese note counted as escapes on one side only made a saved file refuse to open)."""
    return len(json.dumps(state, ensure_ascii=False, allow_nan=False))


MEMBERS = ("session.json", "tensors.safetensors")


class SessionFileError(ValueError):
    """A session file that cannot be opened or written, with what is wrong with it."""


# -- writing ---------------------------------------------------------------------------------
def save_session(session, path: str | os.PathLike) -> Path:
    """Write the whole session to path, whole or not at all."""
    p = Path(path)
    trainer = session.trainer
    timeline_meta, tensors = session.timeline.to_record()
    net = trainer.net
    for name, t in net.state_dict().items():
        tensors[f"weights.{name}"] = t.detach()
    for name, t in trainer.initial_state.items():
        tensors[f"initial.{name}"] = t.detach()
    for name, p_ in net.named_parameters():
        if p_.grad is not None:
            tensors[f"grads.{name}"] = p_.grad.detach()
    tensors["history"] = torch.from_numpy(trainer.history.to_numpy())
    tensors["input"] = session.input.detach().to(torch.float32)
    tensors["target"] = session.target.detach().to(torch.float32)
    drawing = session.drawing
    if drawing is not None:
        tensors["drawing"] = torch.from_numpy(np.ascontiguousarray(drawing, dtype=np.float32))
    meta = {
        "format": FORMAT, "version": VERSION,
        "arch": session.arch, "seed": session.seed, "target_seed": session.target_seed,
        "weights_label": session.weights_label,
        "lr": trainer.lr, "zero_grad": bool(trainer.zero_grad), "diverged": bool(trainer.diverged),
        "target_spec": session.target_spec,
        "steps": len(trainer.history),
        "events": [[e.step, str(e.kind), e.detail] for e in trainer.events],
        "lesson_state": session.lesson_state,
        "timeline": timeline_meta,
    }
    try:
        state = session.lesson_state
        # What open_session accepts, checked before anything is written: a file it refuses
        # would replace a good one.
        if not isinstance(state, dict):
            raise ValueError(f"a dict, not {type(state).__name__}")
        if lesson_state_size(state) > MAX_LESSON_STATE:
            raise ValueError(f"at most {MAX_LESSON_STATE:,} characters of JSON")
        text = json.dumps(meta, ensure_ascii=False, allow_nan=False).encode("utf-8")
        if len(text) > MAX_JSON:
            raise ValueError(f"at most {MAX_JSON // 2**20} MB of JSON in all")
    except (TypeError, ValueError) as err:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "The session cannot be saved: lesson_state must hold plain JSON values ({problem}).").format(problem=str(err))) from None
    # Packed, unless it packs so small that open_session would take it for a zip bomb (with
    # room to spare: zlib's and the zip's deflate differ by a few bytes).
    packing = zipfile.ZIP_DEFLATED
    if len(text) > MAX_RATIO // 2 * max(len(zlib.compress(text, 6)), 1024):
        packing = zipfile.ZIP_STORED
    # safetensors wants each tensor contiguous and not sharing memory with another.
    blob = save_safetensors_bytes({k: v.contiguous().clone() for k, v in tensors.items()})
    try:
        with replacing(p, prefix=f".{p.name}.", suffix=".tmp") as f:
            with zipfile.ZipFile(f, "w") as z:
                z.writestr("session.json", text, compress_type=packing)
                # The checkpoints are packed already: stored as they are, they read back fast.
                z.writestr("tensors.safetensors", blob, compress_type=zipfile.ZIP_STORED)
    except OSError as err:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "Could not save the session to “{name}”: {problem}.").format(name=p.name, problem=err.strerror or str(err))) from None
    return p


# -- reading ---------------------------------------------------------------------------------
def read_session(path: str | os.PathLike) -> tuple[dict, dict[str, torch.Tensor]]:
    """session.json and the tensors, each read within its limits."""
    p = Path(path)
    name = p.name or str(p)
    try:
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):
            raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is not a regular file, so it holds no session.").format(name=name))
        if info.st_size > MAX_FILE:
            raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is {size:.0f} MB: larger than any session (at most {limit} MB).").format(
                name=name, size=info.st_size / 2**20, limit=MAX_FILE // 2**20))
        with open(p, "rb") as f, zipfile.ZipFile(f) as z:
            parts = {}
            for member in MEMBERS:
                try:
                    zi = z.getinfo(member)
                except KeyError:
                    raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is not a lenet-gui session: it has no {member}.").format(name=name, member=member)) from None
                limit = MAX_JSON if member.endswith(".json") else MAX_FILE
                if zi.file_size > limit or zi.file_size > MAX_RATIO * max(zi.compress_size, 1024):
                    raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is damaged: its {member} claims {size:,} bytes.").format(
                        name=name, member=member, size=zi.file_size))
                with z.open(zi) as m:
                    data = m.read(limit + 1)  # never more than the limit, whatever it declared
                if len(data) > limit:
                    raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is damaged: its {member} is too large.").format(name=name, member=member))
                parts[member] = data
    except FileNotFoundError:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "There is no file “{path}”. It may have been moved or deleted.").format(path=str(p))) from None
    except IsADirectoryError:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is a folder, not a session file.").format(name=name)) from None
    except PermissionError:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” cannot be read: you do not have permission to open it.").format(name=name)) from None
    except (zipfile.BadZipFile, EOFError, NotImplementedError, zipfile.LargeZipFile):
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is not a lenet-gui session, or it is damaged (not a readable zip).").format(name=name)) from None
    except OSError as err:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” cannot be read: {problem}.").format(name=name, problem=err.strerror or str(err))) from None
    except SessionFileError:
        raise
    except Exception:  # zlib, lzma or bz2 errors from a damaged member, a flipped header field
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is damaged: its contents cannot be unpacked.").format(name=name)) from None
    try:
        meta = json.loads(parts["session.json"].decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError):
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is damaged: its session.json is not valid JSON.").format(name=name)) from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is not a lenet-gui session.").format(name=name))
    if meta.get("version") != VERSION:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” was saved by another version of lenet-gui (format {version}; this one "
                                                 "reads {ours}).").format(name=name, version=repr(meta.get('version')), ours=VERSION))
    try:
        tensors = load_safetensors_bytes(parts["tensors.safetensors"])
    except Exception:  # the parser's own error types: a header that lies, a truncated body
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” is damaged: its tensors cannot be read.").format(name=name)) from None
    return meta, tensors


def _short(err: BaseException):
    """What went wrong, for a sentence: the engine's own (still translatable) or its first 300 characters."""
    said = err.args[0] if err.args else ""
    return said if isinstance(said, Msg) else str(err)[:300]


def _no_constant(word: str):
    raise ValueError(f"{word} is not a number a session holds")


def open_session(session_class, path: str | os.PathLike):
    """A new session from the file; a bad file raises SessionFileError (nothing else changes)."""
    name = Path(path).name or str(path)
    meta, tensors = read_session(path)
    try:
        return _build(session_class, meta, tensors)
    except (ValueError, TypeError, KeyError) as err:  # SessionFileError included
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{name}” cannot be opened as a session: {problem}").format(
            name=name, problem=_short(err))) from None


def _build(session_class, meta: dict, tensors: dict[str, torch.Tensor]):
    arch = meta.get("arch")
    if arch not in ARCHS:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the architecture {arch} is not one of {archs}").format(arch=repr(str(arch)[:40]), archs=', '.join(ARCHS)))
    seed = _whole(meta.get("seed"), "seed", 0, 2**63 - 1)
    target_seed = _whole(meta.get("target_seed"), "target_seed", 0, 2**63 - 1)
    steps = _whole(meta.get("steps"), "steps", 0, 10**9)
    label = _text(meta.get("weights_label"), "weights_label", 500)
    lr = meta.get("lr")
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not math.isfinite(lr) or lr < 0:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the learning rate must be a number ≥ 0, got {value}").format(value=str(lr)[:40]))
    zero_grad, diverged = meta.get("zero_grad"), meta.get("diverged")
    if not isinstance(zero_grad, bool) or not isinstance(diverged, bool):
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“zero_grad” and “diverged” must be true or false").msg())
    spec = meta.get("target_spec")
    if spec not in TARGET_SPECS:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the target {spec} is not a digit, 'random' or 'custom'").format(spec=repr(str(spec)[:40])))
    events = meta.get("events")
    if not isinstance(events, list) or len(events) > 1_000_000:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the markers (“events”) are not a list").msg())
    checked_events = []
    for e in events:
        if not isinstance(e, list) or len(e) != 3 or e[1] not in EVENT_KINDS:
            raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "a marker (“events”) is damaged").msg())
        checked_events.append(Event(_whole(e[0], "a marker's step", 0, steps), EventKind(e[1]), _text(e[2], "a marker", 500)))
    lesson_state = meta.get("lesson_state", {})
    if not isinstance(lesson_state, dict) or lesson_state_size(lesson_state) > MAX_LESSON_STATE:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the lesson's state is not a small table of values").msg())
    shapes = state_shapes(arch)
    current = _state(tensors, "weights", shapes)
    initial = _state(tensors, "initial", shapes)
    grads = {k: _tensor(tensors, f"grads.{k}", shape) for k, shape in shapes.items() if f"grads.{k}" in tensors}
    history = tensors.get("history")
    if not isinstance(history, torch.Tensor) or history.dtype != torch.float64 \
            or tuple(history.shape) != (steps,):
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the loss history does not hold {steps:,} losses").format(steps=steps))
    x = _tensor(tensors, "input", (1, 1, 32, 32))
    target = _tensor(tensors, "target", (1, 10))
    drawing = tensors.get("drawing")
    if drawing is not None:
        if drawing.dtype != torch.float32 or drawing.dim() != 2 or not 0 < min(drawing.shape) \
                or max(drawing.shape) > MAX_DRAWING_SIDE or not torch.isfinite(drawing).all() \
                or drawing.min() < 0 or drawing.max() > 1:
            raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the drawing is damaged (not a grayscale image with values 0 to 1)").msg())

    # Everything read is checked; a new session is built from it (the open one is untouched).
    session = session_class(arch=arch, weights="random", seed=seed, lr=float(lr))
    trainer = session.trainer
    trainer.recorder = None  # what follows is no training
    copy_state(trainer.net, initial)
    trainer.mark_initial()
    copy_state(trainer.net, current)
    for name, p in trainer.net.named_parameters():
        p.grad = grads[name].clone() if name in grads else None
    trainer.zero_grad = zero_grad
    trainer.diverged = diverged
    trainer.history.extend(history.numpy())
    trainer.events[:] = checked_events
    session.target_seed = target_seed
    session.weights_label = label
    session.target_spec, session.target = spec, target.clone()
    if drawing is not None:
        session.set_image(drawing.numpy())
    session.input = x.clone()  # the input the steps used, bit for bit
    session.lesson_state = lesson_state
    session.timeline.attach(trainer)
    try:
        session.timeline.load_record(meta.get("timeline"), tensors)
    except TimelineError as err:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "its training timeline is damaged: {problem}").format(problem=_short(err))) from None
    return session


def _whole(value, what: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{what}” must be a whole number from {lo:,} to {hi:,}, got {value}").format(
            what=what, lo=lo, hi=hi, value=str(value)[:40]))
    return value


def _text(value, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "“{what}” must be text").format(what=what))
    return value[:limit]


def _tensor(tensors: dict, key: str, shape: tuple) -> torch.Tensor:
    t = tensors.get(key)
    if t is None:
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the tensor “{key}” is missing").format(key=key))
    if t.dtype != torch.float32 or tuple(t.shape) != tuple(shape):
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the tensor “{key}” is {dtype} {shape}, not float32 {wanted}").format(
            key=key, dtype=str(t.dtype).removeprefix('torch.'), shape=tuple(t.shape), wanted=tuple(shape)))
    if not torch.isfinite(t).all():
        raise SessionFileError(QT_TRANSLATE_NOOP("SessionFile", "the tensor “{key}” holds numbers that are not finite (nan or inf)").format(key=key))
    return t


def _state(tensors: dict, prefix: str, shapes: dict) -> dict[str, torch.Tensor]:
    return {k: _tensor(tensors, f"{prefix}.{k}", shape) for k, shape in shapes.items()}
