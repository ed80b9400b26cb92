"""Turn the engine's records into the plain lists, dicts and numpy copies the widgets show."""

from __future__ import annotations

import numpy as np

from ..core.preprocess import PreprocessSteps
from ..core.trace import Trace

# Stages whose values can be negative get the diverging colormap.
SIGNED_KINDS = {"conv", "linear"}


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(s) for s in shape) + ")"


def stage_tooltip(trace: Trace, key: str) -> str:
    """Why a stage has the shape it has, in the words of the tutorial."""
    stage = trace[key]
    arch = trace.arch
    if stage.kind == "input":
        return "The 32×32 image the net sees: one batch, one channel (grayscale)."
    if stage.kind == "conv":
        c_in = stage.param_shapes[0][1][1]
        return (
            f"{stage.shape[1]} filters of {c_in}×{arch.kernel}×{arch.kernel} slide over the input: "
            f"each output side shrinks by {arch.kernel - 1}."
        )
    if stage.kind == "relu":
        return "relu keeps positive values and sets negative ones to 0 — no parameters."
    if stage.kind == "pool":
        return "max_pool2d keeps the largest value of every 2×2 block: each side halves (rounded down)."
    if stage.kind == "view":
        pool = trace["pool2"].shape
        return (
            f"view(-1, {arch.flat}) lays the {pool[1]} channels of {pool[2]}×{pool[3]} end to end: "
            f"{pool[1]} × {pool[2]} × {pool[3]} = {arch.flat} values in one row for fc1. "
            "Only a 32×32 input gives exactly this many."
        )
    w = stage.param_shapes[0][1]
    return f"y = x·Wᵀ + b: {w[1]} inputs × {w[0]} outputs + {w[0]} biases = {stage.num_params:,} parameters."


def table_rows(trace: Trace) -> list[dict]:
    return [
        {
            "key": s.key,
            "index": s.index,
            "name": s.name,
            "op": s.op,
            "shape": s.shape,
            "param_shapes": s.param_shapes,
            "num_params": s.num_params,
            "tooltip": stage_tooltip(trace, s.key),
        }
        for s in trace
    ]


def map_stages(trace: Trace) -> list[dict]:
    """Every stage for the feature-map view: (C, H, W) maps or (D,) vectors, read-only."""
    out = []
    for s in trace:
        # The trace's own frozen copy, batch dimension dropped: already plain data that no
        # one can change, and the widget copies what it keeps.
        data = s.activation[0]
        out.append(
            {
                "key": s.key,
                "title": f"{s.name} → {_shape_text(s.shape)}",
                "kind": s.kind,
                "data": data,
                "signed": s.kind in SIGNED_KINDS,
            }
        )
    return out


def preprocess_thumbs(steps: PreprocessSteps | None) -> list[tuple[str, np.ndarray]]:
    if steps is None:
        return []
    return [
        ("your drawing", steps.normalised.copy()),
        ("cropped", steps.cropped.copy()),
        ("20 px", steps.scaled.copy()),
        ("centred 28×28", steps.centred.copy()),
        ("padded 32×32", steps.final.copy()),
    ]


def size_verdict(net, side: int) -> tuple[str, bool]:
    """Run a blank side×side input through the real net: the shapes that came out, or where
    PyTorch refused and what it said."""
    import torch

    from ..core.trace import StageError, side_path, trace

    try:
        tr = trace(net, torch.zeros(1, 1, side, side))
    except StageError as err:
        stage = err.stage
        return (f"✗ {side}×{side}: stage {stage.index} {stage.name} ({stage.op}, line {stage.line}) "
                f"raised: “{err.torch_message}”. {err.why}").rstrip(), False
    except ValueError as err:
        return f"✗ {err}", False
    view = next((s for s in tr if s.kind == "view"), None)
    fc = next((s for s in tr if s.kind == "linear"), None)
    text = f"✓ {side}×{side}: {side_path(tr)}"
    if view is not None and fc is not None:
        text += f", and {view.op} gives {fc.name} {view.shape[-1]} values per image"
    text += f"; out come {tr.output.shape[-1]} scores."
    return text, True
