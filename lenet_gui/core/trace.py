"""One real forward pass, recorded: every op net(x) runs, with its output and its line of source.

Nothing here re-implements the network. `torch.overrides.TorchFunctionMode` sees each torch
call that net.forward() makes (F.conv2d inside self.conv1, F.relu, F.max_pool2d, x.view,
F.linear, ...); each one that returns a tensor becomes a Stage. A subclass whose forward()
inserts a torch.tanh or swaps the pooling is traced as it runs, with no table to update.
"""

from __future__ import annotations

import contextvars
import linecache
import sys
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from types import CodeType

import numpy as np
import torch
import torch.nn as nn
from torch.overrides import TorchFunctionMode

from .net import Arch
from .text import QT_TRANSLATE_NOOP, sentences


# eq=False: comparing two stages field by field would compare numpy arrays, which is ambiguous.
@dataclass(frozen=True, eq=False)
class Stage:
    """What one stage of the forward pass did: the op, its output and its parameters."""

    index: int
    key: str  # unique: "conv1", "relu1", "pool1", ...
    name: str  # the layer's attribute ("conv1") or the function's name ("relu", "max_pool2d")
    op: str  # the call as forward() writes it; calls recorded just before it on the line: "…"
    kind: str  # "input", "conv", "relu", "pool", "view", "linear" or "other"
    line: int  # the line of `file` whose call ran it (0 = the input)
    shape: tuple[int, ...]
    param_shapes: tuple[tuple[str, tuple[int, ...]], ...]
    num_params: int
    activation: np.ndarray  # read-only float32 copy of the output
    file: str = ""  # the source file of the forward() that ran it
    input_index: int = -1  # the stage whose output this op read (-1: none recorded)
    call: tuple = ()  # the call's other arguments: positional (tensors as None), then keyword pairs

    @property
    def is_spatial(self) -> bool:
        return len(self.shape) == 4


@dataclass(frozen=True)
class Trace:
    """The stages of one forward pass, indexable by position or by key."""

    arch: Arch | None
    stages: tuple[Stage, ...]
    # The net's parameters as this pass used them: name -> (the tensor, its version then). Not
    # copies: explain() reads them and refuses if training has changed them since.
    weights: dict = field(default_factory=dict, compare=False, repr=False)

    def weight(self, name: str) -> np.ndarray:
        """A parameter's values as this pass used them (ValueError if changed since)."""
        try:
            tensor, version = self.weights[name]
        except KeyError:
            raise ValueError(QT_TRANSLATE_NOOP("Trace", 'this trace used no parameter {name}').format(name=repr(name))) from None
        if tensor._version != version:
            raise ValueError(QT_TRANSLATE_NOOP("Trace", '{name} has changed since this trace was taken: trace again').format(name=name))
        return tensor.detach().numpy()

    def __iter__(self) -> Iterator[Stage]:
        return iter(self.stages)

    def __len__(self) -> int:
        return len(self.stages)

    def __getitem__(self, item: int | str) -> Stage:
        if isinstance(item, str):
            for stage in self.stages:
                if stage.key == item:
                    return stage
            raise KeyError(item)
        return self.stages[item]

    @property
    def output(self) -> np.ndarray:
        return self.stages[-1].activation

    @property
    def num_params(self) -> int:
        return sum(s.num_params for s in self.stages)


class StageError(ValueError):
    """net(x) failed: which stage, which line, on what shape, and PyTorch's own message."""

    def __init__(self, message: str, stage: Stage, torch_message: str, completed: Trace, why: str = ""):
        super().__init__(message)
        self.stage = stage  # the op that raised; its activation is empty
        self.torch_message = torch_message
        self.completed = completed  # the stages that ran before it
        self.why = why  # one sentence from the shapes that came out


# The tutorial's 13 stages, as trace() names them (tests hold this equal to a real trace).
STAGE_KEYS = ("input", "conv1", "relu1", "pool1", "conv2", "relu2", "pool2", "view",
              "fc1", "relu3", "fc2", "relu4", "fc3")

_KINDS = {
    "conv2d": "conv", "conv1d": "conv", "conv3d": "conv", "linear": "linear",
    "relu": "relu", "relu_": "relu",
    "max_pool2d": "pool", "max_pool2d_with_indices": "pool", "avg_pool2d": "pool",
    "max_pool1d": "pool", "adaptive_avg_pool2d": "pool", "adaptive_max_pool2d": "pool",
    "view": "view", "reshape": "view", "flatten": "view",
}
_NUMBERED = {"relu": "relu", "pool": "pool"}  # keys relu1, relu2, pool1, ... as the tutorial's


def _func_name(func) -> str:
    name = getattr(func, "__name__", None) or str(func)
    return name.lstrip("_")


class _Recorder(TorchFunctionMode):
    """Keeps each tensor-returning torch call that net(x) makes, with where forward() made it."""

    def __init__(self, forward_codes: frozenset[CodeType]):
        super().__init__()
        self.forward_codes = forward_codes
        self.calls: list[tuple[object, tuple, torch.Tensor | None, tuple[str, int, str, int, int]]] = []
        self.failed: tuple[object, tuple, BaseException, tuple] | None = None
        self.kwargs: list[dict] = []

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        try:
            out = func(*args, **kwargs)
        except Exception as err:
            self.failed = (func, args, err, self._where())
            raise
        if isinstance(out, torch.Tensor):
            self.calls.append((func, args, out, self._where()))
            self.kwargs.append(kwargs)
        return out

    def _where(self) -> tuple[str, int, str, int, int]:
        """(file, line, call text, column, end column) of the innermost forward() frame."""
        frame = sys._getframe(2)
        while frame is not None and frame.f_code not in self.forward_codes:
            frame = frame.f_back
        if frame is None:
            return ("", 0, "", 0, 0)
        return _call_at(frame.f_code, frame.f_lasti)


_CALLS: dict[tuple[CodeType, int], tuple[str, int, str, int, int]] = {}


def _call_at(code: CodeType, lasti: int) -> tuple[str, int, str, int, int]:
    """The source of the call a frame is making (Python 3.11 keeps each instruction's columns)."""
    key = (code, lasti)
    found = _CALLS.get(key)
    if found is None:
        positions = list(code.co_positions())
        line, end_line, col, end_col = positions[lasti // 2] if lasti // 2 < len(positions) else (None,) * 4
        line = line or code.co_firstlineno
        text = linecache.getline(code.co_filename, line).rstrip("\n")
        if col is not None and end_col is not None and end_line == line:
            call = text[col:end_col]
        else:
            call, col, end_col = text.strip(), 0, len(text)
        found = _CALLS[key] = (code.co_filename, line, call, col or 0, end_col or len(text))
    return found


def _forward_codes(net: nn.Module) -> frozenset[CodeType]:
    """The code of every forward() in the net's class hierarchy (a subclass may call super's)."""
    codes = {cls.__dict__["forward"].__code__ for cls in type(net).__mro__
             if "forward" in cls.__dict__ and cls is not nn.Module
             and hasattr(cls.__dict__["forward"], "__code__")}
    own = net.__dict__.get("forward")  # a forward() set on this one net
    if own is not None and hasattr(own, "__code__"):
        codes.add(own.__code__)
    return frozenset(codes)


def _layer_names(net: nn.Module) -> dict[int, tuple[str, nn.Module]]:
    """id(weight or bias) -> (layer name, layer): which layer a functional call belongs to."""
    found = {}
    for name, module in net.named_modules():
        for p in module._parameters.values():
            if p is not None:  # the net itself, when it is one layer: named by its class
                found[id(p)] = (name or type(module).__name__, module)
    return found


def _frozen_copies(tensors: list[torch.Tensor]) -> list[np.ndarray]:
    """Read-only float32 copies of the tensors: views of one fresh buffer, filled at once.

    The records must not share memory with the net; one copy for all costs half of one
    per stage.
    """
    arrays = [t.numpy(force=True) for t in tensors]  # detached views (a copy only off the CPU)
    if not arrays:
        return []
    buffer = np.concatenate([a.reshape(-1) for a in arrays], dtype=np.float32)  # new memory
    buffer.flags.writeable = False
    out, start = [], 0
    for a in arrays:
        end = start + a.size
        out.append(buffer[start:end].reshape(a.shape))
        start = end
    return out


# The floating-point types an input may come in; it is converted to the net's own.
INPUT_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)


def check_input(net: nn.Module, x: torch.Tensor) -> None:
    """Raise ValueError unless net can take x: its type and layout, then a real forward pass.

    The size check runs the net itself on zeros of x's size (once per size and net), so what
    it accepts is exactly what net(x) accepts, and the message is the one trace() gives.
    """
    _check_tensor(net, x)
    size = (int(x.shape[2]), int(x.shape[3]), _forward_codes(net))
    known = _SIZES.setdefault(net, {})
    if size not in known:
        try:
            trace(net, torch.zeros(1, 1, size[0], size[1]))
            known[size] = None
        except StageError as err:
            known[size] = err.args[0]  # the sentence itself (a Msg), still translatable
    if known[size] is not None:
        raise ValueError(known[size])


def _check_tensor(net: nn.Module, x: torch.Tensor, params: list | None = None) -> None:
    """Everything check_input checks but the size: cheap enough for every frame.

    params: the net's named_parameters(), when the caller has already listed them.
    """
    if not isinstance(net, nn.Module):
        raise ValueError(QT_TRANSLATE_NOOP("Trace", 'a network (a torch.nn.Module such as Net()) is needed, got {kind}').format(kind=type(net).__name__))
    if not isinstance(x, torch.Tensor):
        raise ValueError(
            QT_TRANSLATE_NOOP("Trace", 'the input must be a torch tensor of shape (N, 1, 32, 32), got {value}').format(value=type(x).__name__)
        )
    if x.layout != torch.strided:
        raise ValueError(
            QT_TRANSLATE_NOOP("Trace", 'the input must be an ordinary (dense) tensor, got a {layout} one; use x.to_dense()').format(layout=x.layout)
        )
    if x.device.type == "meta":
        raise ValueError(QT_TRANSLATE_NOOP("Trace", "the input is a 'meta' tensor: it has a shape but no pixel values").msg())
    if params is None:
        params = list(net.named_parameters())
    device = params[0][1].device if params else x.device
    if x.device != device:
        raise ValueError(QT_TRANSLATE_NOOP("Trace", "the input is on {device} but the net is on {net_device}; use x.to('{net_device}')").format(device=x.device, net_device=device))
    if x.dim() != 4 or x.shape[1] != 1:
        raise ValueError(
            QT_TRANSLATE_NOOP("Trace", 'the input must have shape (N, 1, H, W) — a batch of one-channel images — but got {value}. For one 32×32 image use x.view(1, 1, 32, 32).').format(value=tuple(x.shape))
        )
    if x.dtype not in INPUT_DTYPES:
        raise ValueError(
            QT_TRANSLATE_NOOP("Trace", 'the input must be a float tensor (pixel brightness 0.0–1.0) in float32, float64, float16 or bfloat16, got {dtype}; convert it with x.float()').format(dtype=x.dtype)
        )
    if x.shape[0] == 0:
        raise ValueError(QT_TRANSLATE_NOOP("Trace", 'the input batch is empty: it must hold at least one image').msg())


def is_plain_input(x: torch.Tensor, dtype: torch.dtype) -> bool:
    """Is x, as given, what the net's ops take: this dtype, no autograd, row-major strides?"""
    if x.dtype != dtype or x.requires_grad:
        return False
    # A 1×1×32×32 tensor in channels_last is "contiguous" too, but its strides make conv2d
    # keep that format, and view(-1, 576) cannot flatten the result; only row-major strides do.
    expected, step = [], 1
    for size in reversed(x.shape):
        expected.append(step)
        step *= size
    return x.stride() == tuple(reversed(expected))


def plain_input(x: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """x detached, in dtype, with row-major strides (x itself when it is already so)."""
    if is_plain_input(x, dtype):
        return x
    return x.detach().to(dtype).clone(memory_format=torch.contiguous_format)


_SIZES: weakref.WeakKeyDictionary[nn.Module, dict] = weakref.WeakKeyDictionary()


@torch.inference_mode()
def trace(net: nn.Module, x: torch.Tensor) -> Trace:
    """Run net(x) once and record every stage's output, shape, parameters and source line."""
    return _trace(net, x)[0]


def trace_with_output(net: nn.Module, x: torch.Tensor) -> tuple[Trace, torch.Tensor]:
    """trace(), and net(x) as a tensor with its autograd graph, ready for a loss and backward.

    It is the real net(x), so a training step on these weights and this input can use this
    output instead of running its own forward pass: the same numbers and gradients.
    """
    with torch.enable_grad():
        return _trace(net, x)


def _trace(net: nn.Module, x: torch.Tensor) -> tuple[Trace, torch.Tensor]:
    trace_, out, _ = _recorded(net, x)
    return trace_, out


def stages_of_nodes(net: nn.Module, x: torch.Tensor) -> tuple[torch.Tensor, dict]:
    """net(x) with its graph, and which stage created each backward node: {grad_fn: stage key}."""
    with torch.enable_grad():
        trace_, out, calls = _recorded(net, x)
    return out, {o.grad_fn: stage.key for (_, _, o, _), stage in zip(calls, trace_.stages[1:], strict=True)
                 if o.grad_fn is not None}


def _recorded(net: nn.Module, x: torch.Tensor) -> tuple[Trace, torch.Tensor, list]:
    # One walk of the modules for the device, the dtype and the weights (each walk costs
    # as much as a dozen recorded stages).
    params = list(net.named_parameters()) if isinstance(net, nn.Module) else []
    _check_tensor(net, x, params)
    # A float64 or float16 input is fine to ask for; the weights are float32.
    x = plain_input(x, params[0][1].dtype if params else torch.float32)
    recorder = _Recorder(_forward_codes(net))
    try:
        with recorder:
            out = net(x)
    except Exception as err:  # noqa: BLE001 - whatever PyTorch raised, said as a stage error
        raise _stage_error(net, x, recorder, err) from err
    stages = _stages(net, x, recorder.calls, recorder.kwargs)
    weights = {name: (p, p._version) for name, p in params}
    return Trace(getattr(net, "arch", None), stages, weights), out, recorder.calls


def _stages(net: nn.Module, x: torch.Tensor, calls: list, kwargs: list | None = None) -> tuple[Stage, ...]:
    copies = _frozen_copies([x, *(out for _, _, out, _ in calls)])
    stages = [_stage(0, "input", "input", "x", "input", 0, tuple(x.shape), (), 0, copies[0], "", -1, ())]
    made = {id(x): 0}  # which stage produced each tensor, to find each op's input
    kwargs = kwargs or [{}] * len(calls)
    tensor = torch.Tensor
    for index, ((_, args, out, where), copy, described, kw) in enumerate(
            zip(calls, copies[1:], _descriptions(net, calls), kwargs, strict=True), start=1):
        key, name, op, kind, shapes, count = described
        source = made.get(id(args[0]), -1) if args and isinstance(args[0], tensor) else -1
        call = (tuple([None if isinstance(a, tensor) else a for a in args[1:]]),
                tuple(sorted(kw.items())) if kw else ())
        stages.append(_stage(index, key, name, op, kind, where[1], tuple(out.shape), shapes, count,
                             copy, where[0], source, call))
        made[id(out)] = index
    return tuple(stages)


_STAGE_FIELDS = tuple(f.name for f in fields(Stage))


def _stage(*values) -> Stage:
    """Stage(*values), every field given, without the frozen __init__'s one setattr per field
    (a dozen stages at every frame: that __init__ cost as much as copying their values)."""
    stage = object.__new__(Stage)
    stage.__dict__.update(zip(_STAGE_FIELDS, values, strict=True))
    return stage


# Per net: the descriptions of a sequence of calls. The same forward() on the same layers makes
# the same calls at every frame; describing them costs as much as the forward pass itself.
_DESCRIBED: weakref.WeakKeyDictionary[nn.Module, dict] = weakref.WeakKeyDictionary()


def _descriptions(net: nn.Module, calls: list) -> list[tuple]:
    signature = tuple((func, where, id(args[1]) if len(args) > 1 else 0) for func, args, _, where in calls)
    known = _DESCRIBED.setdefault(net, {})
    found = known.get(signature)
    if found is None:
        layers = _layer_names(net)
        counts: dict[str, int] = {}
        keys: set[str] = {"input"}
        previous: list[tuple[str, int, int, int]] = []  # (file, line, col, end) of calls so far
        found = []
        for func, args, _, where in calls:
            found.append(_describe(func, args, where, layers, counts, keys, previous))
            previous.append((where[0], where[1], where[3], where[4]))
        if len(known) > 64:  # a forward() that makes new calls every time: keep it bounded
            known.clear()
        known[signature] = found
    return found


def _describe(func, args, where, layers, counts, keys, previous):
    """(key, name, op, kind, param_shapes, num_params) of one recorded call."""
    fname = _func_name(func)
    kind = _KINDS.get(fname, "other")
    layer = next((layers[id(a)] for a in args[1:3] if isinstance(a, torch.Tensor) and id(a) in layers), None)
    if layer is not None:
        name, module = layer
        params = [(n, p) for n, p in module._parameters.items() if p is not None]
        shapes = tuple((n, tuple(p.shape)) for n, p in params)
        count = sum(p.numel() for _, p in params)
        key = name
    else:
        name = {"max_pool2d_with_indices": "max_pool2d"}.get(fname, fname)
        shapes, count = (), 0
        base = _NUMBERED.get(kind, name)
        counts[base] = counts.get(base, 0) + 1
        key = f"{base}{counts[base]}" if kind in _NUMBERED else base
    while key in keys:  # a layer called twice, a second view: keep keys unique
        counts[key] = counts.get(key, 1) + 1
        key = f"{key}_{counts[key]}"
    keys.add(key)
    return key, name, _op_text(where, previous), kind, shapes, count


def _op_text(where, previous) -> str:
    """The call's source, with calls recorded before it inside the same text shown as "…"."""
    file, line, call, col, end = where
    if not call:
        return "x"
    text = linecache.getline(file, line) if file else ""
    inner = sorted((c, e) for f, ln, c, e in previous if f == file and ln == line and col <= c and e <= end
                   and (c, e) != (col, end))
    if not inner or not text:
        return call
    parts, at = [], col
    for c, e in inner:
        if c < at:
            continue  # nested inside one already elided
        parts.append(text[at:c])
        parts.append("…")
        at = e
    parts.append(text[at:end])
    return "".join(parts)


def _stage_error(net: nn.Module, x: torch.Tensor, recorder: _Recorder, err: BaseException) -> StageError:
    """Say which stage failed, with PyTorch's own message and the stages that ran before it."""
    calls = recorder.calls
    completed = Trace(getattr(net, "arch", None), _stages(net, x, calls))
    torch_message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    if recorder.failed is not None:
        func, args, _err, where = recorder.failed
    else:  # it failed outside a torch call (Python code in forward())
        func, args, where = None, (), ("", 0, "", 0, 0)
    previous = [(w[0], w[1], w[3], w[4]) for *_, w in calls]
    keys = {s.key for s in completed}
    counts: dict[str, int] = {}
    for s in completed:  # continue the numbering where the completed stages left it
        base = _NUMBERED.get(s.kind)
        if base:
            counts[base] = counts.get(base, 0) + 1
    if func is not None:
        key, name, op, kind, shapes, count = _describe(func, args, where, _layer_names(net), counts, keys, previous)
    else:
        key, name, op, kind, shapes, count = "forward", "forward", "forward(x)", "other", (), 0
    given = tuple(args[0].shape) if args and isinstance(args[0], torch.Tensor) else ()
    stage = Stage(len(completed), key, name, op, kind, where[1], given, shapes, count,
                  np.empty((0,), np.float32), where[0])
    message = QT_TRANSLATE_NOOP("StageError", "stage {index} '{name}' ({op}) cannot take a tensor of shape "
                                              "{given}: {torch_message}.").format(
        index=stage.index, name=name, op=op, given=given, torch_message=torch_message)
    why = _why(net, x, stage, completed)
    return StageError(sentences([message, why]) if why else message, stage, torch_message, completed, why)


def side_path(completed: Trace) -> str:
    """The spatial side after each stage that changed it: "28 → 26 → 13 → 11 → 5"."""
    sides = []
    for s in completed:
        if s.is_spatial and (not sides or sides[-1] != s.shape[-1]):
            sides.append(s.shape[-1])
    return " → ".join(str(v) for v in sides)


def _why(net: nn.Module, x: torch.Tensor, stage: Stage, completed: Trace) -> str:
    """One sentence on why this stage failed, from the shapes that really came out."""
    given = stage.shape
    layer = dict(net.named_modules()).get(stage.name) if stage.param_shapes else None
    path = side_path(completed)
    if stage.kind == "linear" and isinstance(layer, nn.Linear) and given:
        got = given[-1]
        before = next((s for s in reversed(completed.stages) if s.is_spatial), None)
        laid = (f"{'×'.join(str(v) for v in before.shape[1:])} = {got}" if before is not None
                and int(np.prod(before.shape[1:])) == got else str(got))
        good = _fitting_shape(net, before.key if before is not None else "")
        if good:
            return QT_TRANSLATE_NOOP(
                "StageError", "The input went {path}, so each image reaches {name} as {laid} values, "
                "but {name} was built for {wanted}. A {side}×{side} input arrives as {good}.").format(
                    path=path, name=stage.name, laid=laid, wanted=layer.in_features, side=INPUT_SIDE, good=good)
        return QT_TRANSLATE_NOOP(
            "StageError", "The input went {path}, so each image reaches {name} as {laid} values, "
            "but {name} was built for {wanted}.").format(path=path, name=stage.name, laid=laid,
                                                         wanted=layer.in_features)
    if stage.kind == "conv" and isinstance(layer, nn.Conv2d) and len(given) == 4:
        k = layer.kernel_size
        return QT_TRANSLATE_NOOP(
            "StageError", "The input went {path}: a {h}×{w} map is smaller than the "
            "{k_h}×{k_w} kernel of {name}.").format(path=path, h=given[-2], w=given[-1], k_h=k[0], k_w=k[1],
                                                    name=stage.name)
    if stage.kind == "pool" and len(given) == 4:
        return QT_TRANSLATE_NOOP(
            "StageError", "The input went {path}: a {h}×{w} map is too small for the pooling window.").format(
                path=path, h=given[-2], w=given[-1])

    return ""


INPUT_SIDE = 32  # the tutorial's input side


def _fitting_shape(net: nn.Module, key: str) -> str:
    """What the stage `key` holds for the tutorial's 32×32 input, e.g. "16×6×6 = 576" (run, not computed)."""
    if not key or _FITTING.get():
        return ""  # (a net that cannot take 32×32 either: no second try inside the first)
    token = _FITTING.set(True)
    try:
        with torch.inference_mode():
            shape = trace(net, torch.zeros(1, 1, INPUT_SIDE, INPUT_SIDE))[key].shape[1:]
    except (StageError, KeyError):
        return ""
    finally:
        _FITTING.reset(token)
    return f"{'×'.join(str(v) for v in shape)} = {int(np.prod(shape))}"


_FITTING: contextvars.ContextVar[bool] = contextvars.ContextVar("fitting", default=False)
