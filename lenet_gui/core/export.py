"""A session as plain PyTorch: a script or a notebook with the tutorial's Net, replaying its steps."""

from __future__ import annotations

import inspect
import os
import zlib
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save as save_safetensors_bytes

from .. import tutorial
from .atomic import replacing
from .net import ARCHS, state_shapes
from .text import QT_TRANSLATE_NOOP


class ExportError(ValueError):
    """The session could not be written as a script or notebook."""


def _plan(session):
    """(cells, tensors): the code cells as (kind, text) and the tensors the code loads."""
    timeline = session.timeline
    timeline.sync()
    arch = session.arch
    n = len(session.trainer.history)
    steps = sorted(timeline.checkpoints)
    forced = [s for s in steps if timeline.checkpoints[s].forced]
    # The script builds one net: it starts after the last switch to this architecture.
    start = forced[0]
    for s in forced:
        if timeline.checkpoints[s].arch != arch:
            start = None
        elif start is None:
            start = s
    loads = [s for s in forced if s >= start]
    tensors: dict[str, torch.Tensor] = {}
    names = list(state_shapes(arch).items())
    for s in loads:
        cp = timeline.checkpoints[s]
        flat, at = timeline.weights_at(cp), 0
        for name, shape in names:
            k = int(torch.Size(shape).numel())
            tensors[f"weights.{s}.{name}"] = flat[at:at + k].view(shape).clone()
            at += k
        if cp.grads is not None:
            g, at = torch.from_numpy(np.frombuffer(zlib.decompress(cp.grads), dtype=np.float32).copy()), 0
            for name, shape in names:
                k = int(torch.Size(shape).numel())
                tensors[f"grads.{s}.{name}"] = g[at:at + k].view(shape).clone()
                at += k
    schedule = {"lr": {}, "zero_grad": {}, "input": {}, "target": {}}
    used: dict[str, int] = {}
    for kind in schedule:
        changes = getattr(timeline, kind)
        for k in range(start + 1, n + 1):
            value = changes.at(k)
            if k != start + 1 and changes.at(k - 1) == value:
                continue
            if kind in ("input", "target"):
                key = f"{kind}.{value}"
                if key not in used:
                    used[key] = len(used)
                    tensors[key] = timeline.pool[value].clone()
                value = key
            schedule[kind][k] = value
    return arch, start, n, loads, schedule, tensors


def _cells(session, data_name: str, data_path_code: str) -> tuple[list[tuple[str, str]], dict]:
    arch, start, n, loads, schedule, tensors = _plan(session)
    title = ARCHS[arch].title
    net_source = inspect.getsource(tutorial.Net)
    cells: list[tuple[str, str]] = []
    cells.append(("markdown", (
        f"# A lenet-gui session in plain PyTorch\n\n"
        f"The network of the PyTorch beginner tutorial ({title}), trained as in the session: "
        f"the same starting weights, input and target (in `{data_name}`), the same learning rate "
        f"and zero_grad at the same steps, {n - start} steps (steps {start + 1} to {n}). "
        f"Each step prints its loss.")))
    cells.append(("code", (
        "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\nimport torch.optim as optim\n"
        "from pathlib import Path\n\n"
        "from safetensors.torch import load_file\n\n"
        "# One thread, as lenet-gui runs: the same thread count gives the same sums, bit for bit.\n"
        "torch.set_num_threads(1)")))
    cells.append(("markdown", "The tutorial's network, as the tutorial wrote it:"))
    cells.append(("code", net_source.rstrip()))
    setup = ["net = Net()"]
    if arch != "tutorial":
        a = ARCHS[arch]
        setup += [
            f"# {a.title}: the same layers with {a.kernel}×{a.kernel} kernels, so after two convolutions",
            f"# and poolings fc1 takes {a.flat} numbers (the tutorial's own forward() is unchanged).",
            f"net.conv1 = nn.Conv2d(1, 6, {a.kernel})",
            f"net.conv2 = nn.Conv2d(6, 16, {a.kernel})",
            f"net.fc1 = nn.Linear({a.flat}, 120)",
        ]
    setup += [
        f"data = load_file({data_path_code})",
        "",
        "",
        "def load_weights(step):",
        "    \"\"\"The weights the session had after this step (its start, a reset, other weights).\"\"\"",
        "    net.load_state_dict({k.split('.', 2)[2]: v for k, v in data.items() if k.startswith(f'weights.{step}.')})",
        "    grads = {k.split('.', 2)[2]: v for k, v in data.items() if k.startswith(f'grads.{step}.')}",
        "    for name, p in net.named_parameters():",
        "        p.grad = grads[name].clone() if name in grads else None",
        "",
        "",
        "criterion = nn.MSELoss()",
        f"optimizer = optim.SGD(net.parameters(), lr={schedule['lr'].get(start + 1, session.trainer.lr)!r})",
        "# What the session changed, at the step it changed it before (only changes are listed).",
        f"LOAD_WEIGHTS_AFTER = {loads!r}",
        f"LR = {schedule['lr']!r}",
        f"ZERO_GRAD = {schedule['zero_grad']!r}",
        f"INPUT = {schedule['input']!r}",
        f"TARGET = {schedule['target']!r}",
    ]
    cells.append(("code", "\n".join(setup)))
    loop = [
        f"load_weights({start})",
        "zero_grad = True",
        f"for step in range({start + 1}, {n + 1}):",
        "    if step - 1 in LOAD_WEIGHTS_AFTER and step - 1 > " + str(start) + ":",
        "        load_weights(step - 1)",
        "    if step in LR:",
        "        for group in optimizer.param_groups:",
        "            group['lr'] = LR[step]",
        "    zero_grad = ZERO_GRAD.get(step, zero_grad)",
        "    input = data[INPUT[step]] if step in INPUT else input",
        "    target = data[TARGET[step]] if step in TARGET else target",
        "    # in your training loop:",
        "    if zero_grad:",
        "        optimizer.zero_grad()   # zero the gradient buffers",
        "    output = net(input)",
        "    loss = criterion(output, target)",
        "    loss.backward()",
        "    optimizer.step()    # Does the update",
        "    print(f'step {step} loss {loss.item()!r}')",
    ]
    cells.append(("markdown", "The training loop: the tutorial's lines, with what the session changed."))
    cells.append(("code", "\n".join(loop)))
    return cells, tensors


def _write(path: Path, text: bytes) -> None:
    try:
        with replacing(path, prefix=f".{path.name}.", suffix=".tmp") as f:
            f.write(text)
    except OSError as err:
        raise ExportError(QT_TRANSLATE_NOOP("Export", "Could not write “{name}”: {problem}.").format(
            name=path.name, problem=err.strerror or str(err))) from None


def export_script(session, path: str | os.PathLike) -> Path:
    """Write path (.py) and, beside it, its data (.safetensors); returns the script's path."""
    p = Path(path)
    data = p.with_suffix(".safetensors")
    cells, tensors = _cells(session, data.name, f"Path(__file__).with_name({data.name!r})")
    parts = []
    for kind, text in cells:
        if kind == "markdown":
            lines = text.removeprefix("# ").splitlines()
            parts.append("\n".join(("# " + line).rstrip() for line in lines))
        else:
            parts.append(text)
    body = f'"""A lenet-gui session in plain PyTorch: python {p.name}"""\n\n' + "\n\n\n".join(parts) + "\n"
    _write(data, save_safetensors_bytes({k: v.contiguous() for k, v in tensors.items()}))
    _write(p, body.encode("utf-8"))
    return p


def export_notebook(session, path: str | os.PathLike) -> Path:
    """Write path (.ipynb) with the script's cells and, beside it, its data (.safetensors)."""
    import nbformat

    p = Path(path)
    data = p.with_suffix(".safetensors")
    cells, tensors = _cells(session, data.name, f"Path({data.name!r})")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell(t) if k == "markdown" else nbformat.v4.new_code_cell(t)
                for k, t in cells]
    nbformat.validate(nb)
    _write(data, save_safetensors_bytes({k: v.contiguous() for k, v in tensors.items()}))
    _write(p, nbformat.writes(nb).encode("utf-8"))
    return p
