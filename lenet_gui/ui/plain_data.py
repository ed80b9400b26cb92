"""Turn the engine's records into the plain lists, dicts and numpy copies the widgets show."""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..core.preprocess import PreprocessSteps
from ..core.trace import Trace
from .language import sentences, tr_core
from .numbers import fmt_int

# Stages whose values can be negative get the diverging colormap.
SIGNED_KINDS = {"conv", "linear"}


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(s) for s in shape) + ")"


def stage_tooltip(trace: Trace, key: str) -> str:
    """Why a stage has the shape it has, read from what the trace recorded."""
    stage = trace[key]
    if stage.kind == "input":
        return QCoreApplication.translate("Stages", "The 32×32 image the net sees: one batch, one channel (grayscale).")
    source = trace[stage.input_index] if stage.input_index >= 0 else None
    code = QCoreApplication.translate("Stages", "{op}   (line {line})").format(op=stage.op, line=stage.line) + "\n" if stage.line else ""
    if stage.kind == "conv" and stage.param_shapes:
        c_out, c_in, k_h, k_w = stage.param_shapes[0][1]
        why = QCoreApplication.translate("Stages", "{c_out} filters of {c_in}×{k_h}×{k_w} slide over the input: each output side "
                  "shrinks by {shrink}.").format(c_out=c_out, c_in=c_in, k_h=k_h, k_w=k_w, shrink=k_h - 1)
    elif stage.kind == "relu":
        why = QCoreApplication.translate("Stages", "relu keeps positive values and sets negative ones to 0 — no parameters.")
    elif stage.kind == "pool":
        why = QCoreApplication.translate("Stages", "{name} keeps one value of every window: each side shrinks (rounded down).").format(
            name=stage.name)
    elif stage.kind == "view" and source is not None and len(source.shape) == 4:
        c, h, w = source.shape[1:]
        n = stage.shape[-1]
        why = QCoreApplication.translate("Stages", "view lays the {c} channels of {h}×{w} end to end: {c} × {h} × {w} = {n} values in "
                  "one row for the next layer. Only a 32×32 input gives exactly this many.").format(
                      c=c, h=h, w=w, n=n)
    elif stage.kind == "linear" and stage.param_shapes:
        w = stage.param_shapes[0][1]
        why = QCoreApplication.translate("Stages", "y = x·Wᵀ + b: {inputs} inputs × {outputs} outputs + {outputs} biases = {count} "
                  "parameters.").format(inputs=w[1], outputs=w[0], count=fmt_int(stage.num_params))
    else:
        why = QCoreApplication.translate("Stages", "{name} gives shape {shape}.").format(name=stage.name, shape=stage.shape)
    return code + why


def short_op(op: str, limit: int = 22) -> str:
    """The call for a narrow table cell: arguments that are calls themselves shown as "…"."""
    if len(op) <= limit or "(" not in op or not op.endswith(")"):
        return op
    head, args = op[:op.index("(")], op[op.index("(") + 1:-1]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(args):  # split at top-level commas
        depth += ch in "([" and 1 or (ch in ")]" and -1 or 0)
        if ch == "," and depth == 0:
            parts.append(args[start:i].strip())
            start = i + 1
    parts.append(args[start:].strip())
    return f"{head}({', '.join('…' if _CALL.search(p) else p for p in parts)})"


_CALL = re.compile(r"[A-Za-z_][\w.]*\(")  # a call inside an argument (not a tuple like (2, 2))


def table_rows(trace: Trace) -> list[dict]:
    return [
        {
            "key": s.key,
            "index": s.index,
            "name": s.name,
            "op": short_op(s.op),
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


def preprocess_thumbs(steps: PreprocessSteps | None, drawing: np.ndarray | None = None) -> list[tuple[str, np.ndarray]]:
    """The preprocessing steps for the preview's thumbnails. drawing: the uint8 image (light ink
    on dark) the steps were made from, given by a caller that has it, shown as it is (not
    copied): its grays are exactly those of `normalised`, which the preview would otherwise
    turn back into them (280×280 floats at every frame of a stroke)."""
    if steps is None:
        return []
    if drawing is None or drawing.dtype != np.uint8 or drawing.shape != steps.normalised.shape:
        drawing = steps.normalised.copy()
    return [
        (QCoreApplication.translate("Stages", "your drawing"), drawing),
        (QCoreApplication.translate("Stages", "cropped"), steps.cropped.copy()),
        (QCoreApplication.translate("Stages", "20 px"), steps.scaled.copy()),
        (QCoreApplication.translate("Stages", "centred 28×28"), steps.centred.copy()),
        (QCoreApplication.translate("Stages", "padded 32×32"), steps.final.copy()),
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
        return "✗ " + sentences(QCoreApplication.translate("Stages", "{side}×{side}: stage {index} {name} ({op}, line {line}) raised: “{message}”.").format(
            side=side, index=stage.index, name=stage.name, op=stage.op, line=stage.line,
            message=err.torch_message), tr_core(err.why)), False
    except ValueError as err:
        return "✗ " + tr_core(err), False
    view = next((s for s in tr if s.kind == "view"), None)
    fc = next((s for s in tr if s.kind == "linear"), None)
    text = "✓ " + QCoreApplication.translate("Stages", "{side}×{side}: {path}").format(side=side, path=side_path(tr))
    if view is not None and fc is not None:
        text += QCoreApplication.translate("Stages", ", and {op} gives {name} {count} values per image").format(
            op=view.op, name=fc.name, count=view.shape[-1])
    text += QCoreApplication.translate("Stages", "; out come {count} scores.").format(count=tr.output.shape[-1])

    return text, True
