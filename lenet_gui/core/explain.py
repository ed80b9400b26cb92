"""Why a value is what it is: the computation behind any element of a traced stage, with real numbers.

Everything is read from the trace: the op it recorded, the stage it read from, the arguments
it was called with and the weights it used. Nothing re-states the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from .text import QT_TRANSLATE_NOOP, aside, joined, numbers, plain, sentences
from .trace import INPUT_SIDE, Trace

TOP = 5  # a Linear layer's largest contributions named one by one; the rest summed


class ExplainError(ValueError):
    """The element cannot be explained: no such stage or index, or the weights changed since."""


@dataclass(frozen=True)
class Explanation:
    """The computation behind one value, laid out as a teacher would write it."""

    kind: str  # "input", "conv", "relu", "pool", "view", "linear" or "other"
    value: float  # equal to the traced activation
    inputs: np.ndarray  # what it read from the previous stage: (C_in, k, k), (2, 2), (1,) or (N,)
    weights: np.ndarray | None  # (C_in, k, k) for conv, (N,) for linear, else None
    bias: float | None
    text: str  # the sentence a student reads
    positions: tuple = ()  # where the inputs sit in the previous stage's output (without batch)
    partial_sums: np.ndarray | None = None  # conv: Σ patch × kernel per input channel
    terms: tuple = field(default=())  # linear: (input index, w, x, w·x) of the largest contributions
    source_stage: str = ""  # the key of the stage the inputs came from
    # the last stage with a target: (target, (y − t)², that term's share of the loss, the loss)
    loss_term: tuple[float, float, float, float] | None = None


def explain(trace: Trace, stage: str, index: tuple[int, ...], target=None) -> Explanation:
    """The computation of element `index` (without the batch dimension) of `stage`'s output.

    With target (the (1, 10) training target), the last stage's explanation adds its MSE term
    (y − t)² and that term's share of the loss.
    """
    try:
        st = trace[stage]
    except KeyError:
        raise ExplainError(QT_TRANSLATE_NOOP("Explain", 'no stage {stage}: the stages are {value}').format(stage=repr(stage), value=', '.join(s.key for s in trace))) from None
    index = tuple(int(i) for i in (index if isinstance(index, tuple | list) else (index,)))
    out = st.activation[0]
    if len(index) != out.ndim or any(not 0 <= i < n for i, n in zip(index, out.shape, strict=True)):
        raise ExplainError(QT_TRANSLATE_NOOP("Explain", '{stage} has shape {value} (without the batch): no element {index}').format(stage=stage, value=tuple(out.shape), index=index))
    value = float(out[index])
    if st.kind == "input":
        return Explanation("input", value, np.array([value], np.float32), None, None,
                           QT_TRANSLATE_NOOP("Explain", "The input pixel at row {row}, column {col}: {value:.4g} "
                                             "(0 = dark background, 1 = full ink).").format(
                               row=index[1], col=index[2], value=value))
    src = trace[st.input_index] if st.input_index >= 0 else None
    if src is None:
        raise ExplainError(QT_TRANSLATE_NOOP("Explain", '{stage}: the trace does not say which stage it read from').format(stage=stage))
    x = src.activation[0]
    how = {"conv": _conv, "relu": _relu, "pool": _pool, "view": _view, "linear": _linear}.get(st.kind)
    if how is None:
        return Explanation(st.kind, value, np.array([], np.float32), None, None,
                           QT_TRANSLATE_NOOP("Explain", "{op} gave {value:.4g} here; the app does not spell out {name} yet.").format(
                               op=st.op, value=value, name=st.name),
                           source_stage=src.key)
    found = how(trace, st, src, x, index, value)
    if target is not None and st.index == len(trace) - 1 and st.kind == "linear":
        t = np.asarray(target, dtype=np.float64).reshape(-1)
        y = trace.output.reshape(-1).astype(np.float64)
        terms = (y - t) ** 2
        term = float(terms[index[0]])
        share = term / float(terms.sum()) if terms.sum() > 0 else 0.0
        found = replace(found, loss_term=(float(t[index[0]]), term, share, float(terms.mean())), text=sentences([found.text, QT_TRANSLATE_NOOP("Explain",
            "Against the target {target:.4g}, its MSE term is ({value:.4g} − {target:.4g})² = "
            "{term:.4g}: {share:.0%} of the loss (the mean of the {count} terms, {mean:.4g}).").format(
                target=float(t[index[0]]), value=value, term=term, share=share, count=len(t),
                mean=float(terms.mean()))]))
    return found


def _weight(trace: Trace, name: str) -> np.ndarray:
    try:
        return trace.weight(name)
    except ValueError as err:
        raise ExplainError(str(err)) from None


def _conv(trace, st, src, x, index, value):
    c, r, col = index
    positional = st.call[0]
    stride, padding, dilation, groups = (positional + ((1, 1), (0, 0), (1, 1), 1)[len(positional) - 2:])[2:6]
    if tuple(np.atleast_1d(padding)) not in ((0,), (0, 0)) or tuple(np.atleast_1d(dilation)) not in ((1,), (1, 1)) \
            or groups != 1:
        raise ExplainError(QT_TRANSLATE_NOOP("Explain", '{key}: only convolutions without padding or dilation are spelled out').format(key=st.key))
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    w = _weight(trace, f"{st.name}.weight")[c]  # (C_in, k, k)
    b = float(_weight(trace, f"{st.name}.bias")[c]) if f"{st.name}.bias" in trace.weights else 0.0
    k_h, k_w = w.shape[1:]
    patch = x[:, r * sh:r * sh + k_h, col * sw:col * sw + k_w]
    sums = (patch.astype(np.float64) * w).sum(axis=(1, 2))
    channels = len(sums)
    # One whole template each: two templates added together are a plain str, never translated.
    said = (QT_TRANSLATE_NOOP("Explain", "{name} slides a {k_h}×{k_w} filter over all {channels} channels of {src}. "
                              "At row {row}, column {col} of output channel {c}: for each input channel, the "
                              "{k_h}×{k_w} patch × kernel {c}, summed ({sums}); "
                              "Σ = {total:.6g}, + bias {bias:.4g} = {value:.6g}.")
            if channels > 1 else
            QT_TRANSLATE_NOOP("Explain", "{name} slides a {k_h}×{k_w} filter over the {channels} channel of {src}. "
                              "At row {row}, column {col} of output channel {c}: the "
                              "{k_h}×{k_w} patch × kernel {c}, summed ({sums}); "
                              "Σ = {total:.6g}, + bias {bias:.4g} = {value:.6g}."))
    text = said.format(
        name=st.name, k_h=k_h, k_w=k_w, channels=channels, src=src.key, row=r, col=col, c=c,
        sums=numbers(sums), total=float(sums.sum()), bias=b, value=value)
    positions = tuple((ci, r * sh + i, col * sw + j) for ci in range(channels) for i in range(k_h) for j in range(k_w))
    return Explanation("conv", value, np.array(patch), np.array(w), b, text, positions,
                       sums.astype(np.float64), source_stage=src.key)


def _relu(trace, st, src, x, index, value):
    v = float(x[index])
    said = (QT_TRANSLATE_NOOP("Explain", "ReLU is max(x, 0): x = {x:.6g} from {src}; it is positive, so it passes: {value:.6g}.")
            if v > 0 else
            QT_TRANSLATE_NOOP("Explain", "ReLU is max(x, 0): x = {x:.6g} from {src}; it is not positive, so it becomes 0: {value:.6g}."))
    return Explanation("relu", value, np.array([v], np.float32), None, None,
                       said.format(x=v, src=src.key, value=value),
                       (index,), source_stage=src.key)


def _pool(trace, st, src, x, index, value):
    if st.name != "max_pool2d":
        raise ExplainError(QT_TRANSLATE_NOOP("Explain", '{key}: only max pooling is spelled out').format(key=st.key))
    positional, keywords = st.call[0], dict(st.call[1])
    size = positional[0] if positional else keywords.get("kernel_size")
    stride = positional[1] if len(positional) > 1 else keywords.get("stride")
    kh, kw = (size, size) if isinstance(size, int) else tuple(size)
    stride = stride if stride not in (None, ()) else (kh, kw)
    sh, sw = (stride, stride) if isinstance(stride, int) else tuple(stride)
    c, r, col = index
    window = x[c, r * sh:r * sh + kh, col * sw:col * sw + kw]
    i, j = np.unravel_index(int(np.argmax(window)), window.shape)
    cells = numbers(window.reshape(-1))
    text = QT_TRANSLATE_NOOP("Explain", "max_pool2d keeps the largest of each {kh}×{kw} window of {src}: the window at rows "
                             "{top}–{bottom}, columns {left}–{right} of channel {c} holds "
                             "{cells}; the largest is {value:.6g} (row {row}, column {col}).").format(
        kh=kh, kw=kw, src=src.key, top=r * sh, bottom=r * sh + kh - 1, left=col * sw, right=col * sw + kw - 1,
        c=c, cells=cells, value=value, row=int(r * sh + i), col=int(col * sw + j))
    positions = tuple((c, r * sh + a, col * sw + b) for a in range(kh) for b in range(kw))
    return Explanation("pool", value, np.array(window), None, None, text, positions, source_stage=src.key)


def _view(trace, st, src, x, index, value):
    (i,) = index
    where = np.unravel_index(i, x.shape)
    dims = "×".join(str(n) for n in x.shape)
    if len(x.shape) == 3:
        ch, r, col = (int(v) for v in where)
        s_h, s_w = x.shape[1:]
        formula = f"{ch}·{s_h}·{s_w} + {r}·{s_w} + {col} = {i}"
        text = QT_TRANSLATE_NOOP("Explain", "view lays the {dims} values of {src} out in one row, channel by channel, row by row: "
                                 "element {i} is channel {ch}, row {row}, column {col} ({formula}), value {value:.6g}.").format(
            dims=dims, src=src.key, i=i, ch=ch, row=r, col=col, formula=formula, value=value)
    else:
        text = QT_TRANSLATE_NOOP("Explain", "view lays the {dims} values of {src} out in one row: element {i} is {where}, {value:.6g}.").format(
            dims=dims, src=src.key, i=i, where=tuple(int(v) for v in where), value=value)
    return Explanation("view", value, np.array([x[where]], np.float32), None, None, text,
                       (tuple(int(v) for v in where),), source_stage=src.key)


def _linear(trace, st, src, x, index, value):
    (o,) = index
    w = _weight(trace, f"{st.name}.weight")[o].astype(np.float64)
    b = float(_weight(trace, f"{st.name}.bias")[o]) if f"{st.name}.bias" in trace.weights else 0.0
    xs = x.reshape(-1).astype(np.float64)
    products = w * xs
    top = np.argsort(-np.abs(products), kind="stable")[:TOP]
    origin = _flattened_from(trace, src)
    terms = tuple((int(k), float(w[k]), float(xs[k]), float(products[k])) for k in top)
    named = joined("; ", (joined("", (f"w[{k}]·x[{k}]", origin(k),
                                      plain(" = {w:.3g}·{x:.3g} = {p:.4g}", w=wk, x=xk, p=pk)))
                          for k, wk, xk, pk in terms))
    rest = float(products.sum() - products[top].sum())
    text = QT_TRANSLATE_NOOP("Explain", "{name} is y = Wx + b: output {o} = Σ over {count} inputs of w·x, + bias. Largest: {named}; "
                             "the other {others} add {rest:.4g}; Σ = {total:.6g}, + bias {bias:.4g} "
                             "= {value:.6g}.").format(
        name=st.name, o=o, count=len(xs), named=named, others=len(xs) - len(top), rest=rest,
        total=float(products.sum()), bias=b, value=value)
    return Explanation("linear", value, xs.astype(np.float32), w.astype(np.float32), b, text,
                       tuple(zip(range(len(xs)))), terms=terms, source_stage=src.key)  # ((0,), (1,), …)


def _flattened_from(trace: Trace, src):
    """For an input laid out by view: where element k came from, e.g. " (pool2 ch 3, row 1, col 4)"."""
    if src.kind != "view" or src.input_index < 0:
        return lambda k: ""
    spatial = trace[src.input_index]
    shape = spatial.activation.shape[1:]
    if len(shape) != 3:
        return lambda k: ""

    def origin(k: int) -> str:
        c, r, col = np.unravel_index(k, shape)
        # An aside, not " " + …: a str added to a sentence is a plain str, never translated,
        # and the space before the bracket is the language's (none before Japanese 「（」).
        return aside(QT_TRANSLATE_NOOP("Explain", "({stage} ch {c}, row {row}, col {col})").format(
            stage=spatial.key, c=int(c), row=int(r), col=int(col)))
    return origin


def receptive_field(trace: Trace, stage: str, index: tuple[int, ...]) -> np.ndarray:
    """The input pixels the value depends on through the network's geometry: bool (H, W)."""
    field_ = receptive_fields(trace, stage, index)["input"]
    field_ = field_[0] if field_.ndim == 3 else field_
    height, width = trace["input"].activation.shape[-2:]
    assert field_.shape == (height, width)
    return field_


def receptive_fields(trace: Trace, stage: str, index: tuple[int, ...]) -> dict[str, np.ndarray]:
    """For the stage itself and every stage it reads from, down to the input: which of its
    values (bool, the stage's shape without the batch) the value depends on."""
    try:
        st = trace[stage]
    except KeyError:
        raise ExplainError(QT_TRANSLATE_NOOP("Explain", 'no stage {stage}').format(stage=repr(stage))) from None
    height, width = trace["input"].activation.shape[-2:]
    out = st.activation[0]
    index = tuple(int(i) for i in (index if isinstance(index, tuple | list) else (index,)))
    if len(index) != out.ndim or any(not 0 <= i < n for i, n in zip(index, out.shape, strict=True)):
        raise ExplainError(QT_TRANSLATE_NOOP("Explain", '{stage} has shape {value} (without the batch): no element {index}').format(stage=stage, value=tuple(out.shape), index=index))
    needed = np.zeros(out.shape, bool)
    needed[index] = True
    found = {st.key: needed}
    while st.kind != "input":
        if st.input_index < 0:
            raise ExplainError(QT_TRANSLATE_NOOP("Explain", '{stage}: the trace does not say which stage it read from').format(stage=st.key))
        src = trace[st.input_index]
        needed = _back(trace, st, src, needed)
        st = src
        found[st.key] = needed
    return found


def _back(trace: Trace, st, src, needed: np.ndarray) -> np.ndarray:
    """Which elements of src's output the `needed` elements of st's output read."""
    shape = src.activation.shape[1:]
    if st.kind in ("relu", "other") and shape == needed.shape:
        return needed.copy()
    if st.kind == "view":
        return needed.reshape(shape) if needed.size == int(np.prod(shape)) else np.ones(shape, bool)
    if st.kind == "linear":
        # Every output of a Linear layer reads every input (its weight matrix is dense).
        return np.full(shape, bool(needed.any()))
    if st.kind in ("conv", "pool") and len(shape) == 3:
        if st.kind == "conv":
            k_h, k_w = _weight(trace, f"{st.name}.weight").shape[2:]
            stride = st.call[0][2] if len(st.call[0]) > 2 else 1
        else:
            positional, keywords = st.call[0], dict(st.call[1])
            size = positional[0] if positional else keywords.get("kernel_size")
            k_h, k_w = (size, size) if isinstance(size, int) else tuple(size)
            stride = positional[1] if len(positional) > 1 else keywords.get("stride")
            stride = stride if stride not in (None, ()) else (k_h, k_w)
        sh, sw = (stride, stride) if isinstance(stride, int) else tuple(stride)
        spatial = _spread(needed.any(axis=0), shape[1:], (k_h, k_w), (sh, sw))
        touched = np.zeros(shape, bool)
        if st.kind == "conv":
            touched[:] = spatial  # every input channel feeds every output channel
        else:
            channels = needed.any(axis=(1, 2))
            touched[channels] = spatial
        return touched
    return np.ones(shape, bool)  # an op the app does not analyse: assume it reads everything


def _spread(out: np.ndarray, size: tuple[int, int], kernel: tuple[int, int], stride: tuple[int, int]) -> np.ndarray:
    """The (H, W) input cells that the True cells of a window op's (h, w) output read: each
    output cell (r, c) reads rows r·sh … r·sh + k_h − 1 and columns c·sw … c·sw + k_w − 1.

    One shifted, strided copy of the output per kernel offset, instead of a loop over the
    output cells (784 of them for a value past the maps).
    """
    (k_h, k_w), (sh, sw) = kernel, stride
    spatial = np.zeros(size, bool)
    for i in range(min(k_h, size[0])):
        rows = min(out.shape[0], len(range(i, size[0], sh)))
        for j in range(min(k_w, size[1])):
            cols = min(out.shape[1], len(range(j, size[1], sw)))
            spatial[i:i + sh * rows:sh, j:j + sw * cols:sw] |= out[:rows, :cols]
    return spatial


__all__ = ["Explanation", "ExplainError", "explain", "receptive_field", "receptive_fields", "INPUT_SIDE"]
