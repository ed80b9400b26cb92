"""One forward pass that records every stage, the functional ops included."""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from .net import INPUT_SIZE, Arch, Net


# eq=False: comparing two stages field by field would compare numpy arrays, which is ambiguous.
@dataclass(frozen=True, eq=False)
class Stage:
    """What one stage of the forward pass did: the op, its output and its parameters."""

    index: int
    key: str  # unique: "conv1", "relu1", "pool1", ...
    name: str  # as the tutorial names it: "conv1", "relu", "max_pool2d", "view", ...
    op: str  # the op as the tutorial writes it
    kind: str  # "input", "conv", "relu", "pool", "view" or "linear"
    line: int  # which line of the tutorial's forward() runs it (0 = the input)
    shape: tuple[int, ...]
    param_shapes: tuple[tuple[str, tuple[int, ...]], ...]
    num_params: int
    activation: np.ndarray  # read-only float32 copy of the output

    @property
    def is_spatial(self) -> bool:
        return len(self.shape) == 4


@dataclass(frozen=True)
class Trace:
    """The stages of one forward pass, indexable by position or by key."""

    arch: Arch
    stages: tuple[Stage, ...]

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


# (key, name, op template, kind, forward() line, module attribute or None)
_PLAN = (
    ("conv1", "conv1", "self.conv1(x)", "conv", 1, "conv1"),
    ("relu1", "relu", "F.relu(x)", "relu", 1, None),
    ("pool1", "max_pool2d", "F.max_pool2d(x, (2, 2))", "pool", 1, None),
    ("conv2", "conv2", "self.conv2(x)", "conv", 2, "conv2"),
    ("relu2", "relu", "F.relu(x)", "relu", 2, None),
    ("pool2", "max_pool2d", "F.max_pool2d(x, 2)", "pool", 2, None),
    ("view", "view", "x.view(-1, {flat})", "view", 3, None),
    ("fc1", "fc1", "self.fc1(x)", "linear", 4, "fc1"),
    ("relu3", "relu", "F.relu(x)", "relu", 4, None),
    ("fc2", "fc2", "self.fc2(x)", "linear", 5, "fc2"),
    ("relu4", "relu", "F.relu(x)", "relu", 5, None),
    ("fc3", "fc3", "self.fc3(x)", "linear", 6, "fc3"),
)

STAGE_KEYS = ("input",) + tuple(p[0] for p in _PLAN)


def _check_sizes(arch: Arch, *sizes: int) -> None:
    if not isinstance(arch, Arch):
        raise ValueError(f"an architecture (an Arch, e.g. ARCHS['tutorial']) is needed, got {type(arch).__name__}")
    for size in sizes:
        if isinstance(size, bool) or not isinstance(size, numbers.Integral) or size < 0:
            raise ValueError(f"an image side is a whole number of pixels ≥ 0, got {type(size).__name__}")


def spatial_sizes(arch: Arch, size: int) -> list[int]:
    """Side length after input, conv1, pool, conv2, pool: 32 -> 30 -> 15 -> 13 -> 6 for 3x3."""
    _check_sizes(arch, size)
    size = int(size)
    sizes = [size]
    for _ in range(2):
        size = size - arch.kernel + 1
        sizes.append(size)
        size = size // 2
        sizes.append(size)
    return sizes


def explain_input_size(arch: Arch, height: int, width: int) -> str:
    """Why the net needs 32x32: the size arithmetic for the expected and the given input."""
    _check_sizes(arch, height, width)
    good = " → ".join(str(s) for s in spatial_sizes(arch, INPUT_SIZE))
    side = spatial_sizes(arch, INPUT_SIZE)[-1]
    text = (
        f"The net expects a {INPUT_SIZE}×{INPUT_SIZE} input: {good} "
        f"(conv1 {arch.kernel}×{arch.kernel}, max_pool2d 2, conv2 {arch.kernel}×{arch.kernel}, "
        f"max_pool2d 2), so view(-1, {arch.flat}) gives fc1 its 16×{side}×{side} = {arch.flat} values."
    )
    if height == width:
        got = " → ".join(str(max(s, 0)) for s in spatial_sizes(arch, height))
        text += f" A {height}×{width} input goes {got}."
    return text


def _param_info(module: nn.Module | None) -> tuple[tuple[tuple[str, tuple[int, ...]], ...], int]:
    """(name, shape) of each parameter of the module, and how many numbers they hold."""
    if module is None:
        return (), 0
    # A layer without sub-modules holds its parameters itself: reading them directly skips
    # named_parameters()' walk over the module tree (~5 µs per layer, at every step).
    params = module._parameters.items() if not module._modules else module.named_parameters()
    params = [(n, p) for n, p in params if p is not None]
    return tuple((n, tuple(p.shape)) for n, p in params), sum(p.numel() for _, p in params)


def _frozen_copies(tensors: list[torch.Tensor]) -> list[np.ndarray]:
    """Read-only float32 copies of the tensors: views of one fresh buffer, filled at once.

    The records must not share memory with the net; one copy for all costs half of one
    per stage.
    """
    arrays = [t.detach().numpy() for t in tensors]
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
    """Raise ValueError, saying which stage would fail and why, unless net can take x.

    The sizes are worked out arithmetically, so nothing runs and nothing changes.
    """
    if not isinstance(x, torch.Tensor):
        raise ValueError(
            f"the input must be a torch tensor of shape (N, 1, 32, 32), got {type(x).__name__}"
        )
    if x.layout != torch.strided:
        raise ValueError(
            f"the input must be an ordinary (dense) tensor, got a {x.layout} one; use x.to_dense()"
        )
    if x.device.type == "meta":
        raise ValueError("the input is a 'meta' tensor: it has a shape but no pixel values")
    device = next((p.device for p in net.parameters()), x.device) if isinstance(net, nn.Module) else x.device
    if x.device != device:
        raise ValueError(f"the input is on {x.device} but the net is on {device}; use x.to('{device}')")
    if x.dim() != 4 or x.shape[1] != 1:
        raise ValueError(
            f"the input must have shape (N, 1, H, W) — a batch of one-channel images — "
            f"but got {tuple(x.shape)}. For one 32×32 image use x.view(1, 1, 32, 32)."
        )
    if x.dtype not in INPUT_DTYPES:
        raise ValueError(
            f"the input must be a float tensor (pixel brightness 0.0–1.0) in float32, float64, "
            f"float16 or bfloat16, got {x.dtype}; convert it with x.float()"
        )
    if x.shape[0] == 0:
        raise ValueError("the input batch is empty: it must hold at least one image")
    arch = getattr(net, "arch", None)  # any nn.Module may be trained; only a Net has an Arch
    problem = _size_problem(arch, int(x.shape[2]), int(x.shape[3])) if isinstance(arch, Arch) else None
    if problem:
        raise ValueError(problem)


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


def _size_problem(arch: Arch, height: int, width: int) -> str | None:
    """Follow an H×W image through the stages; describe the first one that cannot take it."""
    k = arch.kernel
    h, w = height, width
    for index, key, op in ((1, "conv1", "self.conv1(x)"), (4, "conv2", "self.conv2(x)")):
        channels = 1 if key == "conv1" else 6
        if h < k or w < k:
            return (
                f"stage {index} '{key}' ({op}) cannot take a tensor of shape (N, {channels}, {h}, {w}): "
                f"its {h}×{w} input is smaller than the {k}×{k} kernel. "
                + explain_input_size(arch, height, width)
            )
        h, w = h - k + 1, w - k + 1
        if h < 2 or w < 2:
            pool = _PLAN[index + 1]
            return (
                f"stage {index + 2} '{pool[1]}' ({pool[2]}) cannot take a tensor of shape "
                f"(N, {6 if key == 'conv1' else 16}, {h}, {w}): a 2×2 pooling window does not fit. "
                + explain_input_size(arch, height, width)
            )
        h, w = h // 2, w // 2
    if 16 * h * w != arch.flat:
        return (
            f"stage 7 'view' (x.view(-1, {arch.flat})) got a tensor of shape (N, 16, {h}, {w}), "
            f"which is 16×{h}×{w} = {16 * h * w} values per image, but fc1 expects {arch.flat}. "
            + explain_input_size(arch, height, width)
        )
    return None


def _direct(module: nn.Module) -> Callable[[torch.Tensor], torch.Tensor]:
    """The functional op a plain Conv2d or Linear runs, without the module-call machinery.

    Same op, same arguments, so the same numbers; anything else (hooks, another padding mode,
    a subclass) is called as a module.
    """
    plain = not (module._forward_hooks or module._forward_pre_hooks) \
        and "forward" not in module.__dict__  # a forward() set on this one layer
    if type(module) is nn.Conv2d and plain and module.padding_mode == "zeros":
        weight, bias = module.weight, module.bias
        stride, padding, dilation, groups = module.stride, module.padding, module.dilation, module.groups
        return lambda x: F.conv2d(x, weight, bias, stride, padding, dilation, groups)
    if type(module) is nn.Linear and plain:
        weight, bias = module.weight, module.bias
        return lambda x: F.linear(x, weight, bias)
    return module


_LAYERS = ("conv1", "conv2", "fc1", "fc2", "fc3")


class PlainForward:
    """net(x) computed as the functional calls net.forward() makes: the same ops on the same
    weights, so the same numbers and gradients, without nn.Module's call machinery (~40 µs
    of a ~0.5 ms training step).

    Only for a Net whose layers are plain and carry no hooks (checked at every call, as is
    any module-wide hook); otherwise it simply calls net(x). The ops hold the layers' weight
    and bias tensors: they are made again when a layer or one of those tensors is replaced.
    """

    def __init__(self, net: nn.Module):
        self.net = net
        self._made_for: tuple[object, ...] = ()  # each layer, its weight and its bias
        self._ops: list[Callable[[torch.Tensor], torch.Tensor]] | None = None

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        net = self.net
        if type(net) is not Net:
            return net(x)
        layers = tuple(net._modules[name] for name in _LAYERS)
        if _hooked(net, layers):  # (a forward() set on the net or a layer counts too)
            return net(x)
        made_for = tuple(t for m in layers for t in (m, m._parameters.get("weight"),
                                                       m._parameters.get("bias")))
        if self._ops is None or len(made_for) != len(self._made_for) \
                or any(a is not b for a, b in zip(made_for, self._made_for, strict=True)):
            ops = _ops(net)
            plain = not any(isinstance(ops[name], nn.Module) for name in _LAYERS)
            self._made_for = made_for
            self._ops = [ops[key] for key, *_ in _PLAN] if plain else None
        if self._ops is None:
            return net(x)
        for op in self._ops:
            x = op(x)
        return x


def _hooked(net: nn.Module, layers: tuple[nn.Module, ...]) -> bool:
    """Would net(x) run a hook: the net's, a layer's, or one registered for every module?"""
    from torch.nn.modules import module as nn_module

    for m in (net, *layers):
        if m._forward_hooks or m._forward_pre_hooks or m._backward_hooks or m._backward_pre_hooks \
                or "forward" in m.__dict__:
            return True
    return any(getattr(nn_module, name, None) for name in (
        "_global_forward_hooks", "_global_forward_pre_hooks", "_global_backward_hooks",
        "_global_backward_pre_hooks"))


def _ops(net: Net) -> dict[str, Callable[[torch.Tensor], torch.Tensor]]:
    flat = net.arch.flat

    def view(x: torch.Tensor) -> torch.Tensor:
        per_image = x[0].numel() if x.shape[0] else 0
        if per_image != flat:
            # x.view(-1, flat) might even succeed on a batch and silently mix images.
            raise ValueError(
                f"got a tensor of shape {tuple(x.shape)}, which is {per_image} values per image, "
                f"but fc1 expects {flat}"
            )
        return x.view(-1, flat)

    return {
        "conv1": _direct(net.conv1),
        "relu1": F.relu,
        "pool1": lambda x: F.max_pool2d(x, (2, 2)),
        "conv2": _direct(net.conv2),
        "relu2": F.relu,
        "pool2": lambda x: F.max_pool2d(x, 2),
        "view": view,
        "fc1": _direct(net.fc1),
        "relu3": F.relu,
        "fc2": _direct(net.fc2),
        "relu4": F.relu,
        "fc3": _direct(net.fc3),
    }


@torch.inference_mode()
def trace(net: Net, x: torch.Tensor) -> Trace:
    """Run net on x stage by stage and record every stage's output, shape and parameters."""
    return _trace(net, x)[0]


def trace_with_output(net: Net, x: torch.Tensor) -> tuple[Trace, torch.Tensor]:
    """trace(), and net(x) as a tensor with its autograd graph, ready for a loss and backward.

    The ops are the ones net.forward runs, so the output and its gradients are the same
    numbers; a training step on these weights and this input can skip its own forward pass.
    """
    with torch.enable_grad():
        return _trace(net, x)


def _trace(net: Net, x: torch.Tensor) -> tuple[Trace, torch.Tensor]:
    if not isinstance(net, Net):
        raise ValueError(f"trace() follows a Net stage by stage, got {type(net).__name__}")
    check_input(net, x)
    # A float64 or float16 input is fine to ask for; the weights are float32.
    x = plain_input(x, net.conv1.weight.dtype)
    arch = net.arch
    ops = _ops(net)
    height, width = x.shape[-2], x.shape[-1]
    outputs = [x]
    for index, (key, name, op, _kind, _line, _attr) in enumerate(_PLAN, start=1):
        try:
            x = ops[key](x)
        except (RuntimeError, ValueError) as err:
            raise ValueError(
                f"stage {index} '{name}' ({op.format(flat=arch.flat)}) cannot take a tensor of "
                f"shape {tuple(x.shape)}: {str(err).splitlines()[0]}. "
                + explain_input_size(arch, height, width)
            ) from err
        outputs.append(x)
    copies = _frozen_copies(outputs)
    params = {attr: _param_info(getattr(net, attr)) for *_, attr in _PLAN if attr}
    stages = [Stage(0, "input", "input", "x", "input", 0, tuple(outputs[0].shape), (), 0, copies[0])]
    for index, (key, name, op, kind, line, attr) in enumerate(_PLAN, start=1):
        shapes, count = params[attr] if attr else ((), 0)
        stages.append(Stage(index, key, name, op.format(flat=arch.flat), kind, line,
                            tuple(outputs[index].shape), shapes, count, copies[index]))
    return Trace(arch, tuple(stages)), x
