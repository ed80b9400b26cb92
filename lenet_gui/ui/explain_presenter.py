"""What the Explain panel shows and where: the engine's explanation of the selected value, laid
out for the board, its sources and receptive field on the maps, the preview and the canvas."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ..core.explain import ExplainError, Explanation, explain, receptive_fields
from ..core.preprocess import input_to_drawing
from ..core.trace import Trace
from ..core.value_grads import ValueGrads, value_grads
from . import language
from .canvas import CanvasPanel
from .explain_panel import ExplainPanel
from .feature_maps import FeatureMaps
from .input_preview import InputPreview
from .map_dialog import MapDialog
from .numbers import fmt, fmt_int
from .plain_data import SIGNED_KINDS
from .weights_view import WeightsView

WALK_MS = 350  # one value every 0.35 s: slow enough to follow the kernel with the eye
LIVE_DIGITS = 4


def _index_text(index: tuple[int, ...]) -> str:
    return ", ".join(str(i) for i in index)


class ExplainPresenter(QObject):
    """Keeps the selection (a value of a stage, or one weight) and shows it wherever it belongs."""

    explained = Signal(str)
    """The student chose a value or a weight to explain (its stage key, or the weight's name)."""

    def __init__(self, session: Callable, panel: ExplainPanel, maps: FeatureMaps, preview: InputPreview,
                 canvas: CanvasPanel, weights: WeightsView, in_sight: Callable[[str], bool],
                 bring: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.panel, self.maps, self.preview, self.canvas, self.weights = panel, maps, preview, canvas, weights
        self._in_sight = in_sight  # is the dock of this key on the screen?
        self._bring = bring  # show and raise the dock of this key
        self._trace: Trace | None = None
        self._selection: tuple[str, tuple[int, ...]] | None = None
        self._weight: tuple[str, tuple[int, ...]] | None = None
        self._weight_old: float | None = None  # the selected weight just before the last step
        self._weight_view: tuple | None = None  # (net, name, flat numpy view) of that parameter
        self._grads: tuple[Trace, ValueGrads] | None = None
        self.dialog: MapDialog | None = None
        self._walk = QTimer(self, interval=WALK_MS, timeout=self._walk_step)
        panel.playToggled.connect(self.set_walking)
        panel.moveRequested.connect(self.move)
        maps.elementClicked.connect(self.select)
        maps.moveRequested.connect(self.move)
        maps.channelDoubleClicked.connect(self.enlarge)
        weights.weightClicked.connect(self.select_weight)
        language.texts(self, self._retranslate)

    def _retranslate(self) -> None:
        """After a language switch: what is explained, again in the new language."""
        if self._trace is None:  # nothing shown yet
            return
        if self._selection is not None:
            self._show_value()
        elif self._weight is not None:
            self._show_weight()
        if self.dialog is not None and self.dialog.isVisible():
            self._update_dialog()

    # --- what the window calls -----------------------------------------------------------
    def set_trace(self, trace: Trace) -> None:
        """A new frame's trace: follow it live in the panels that are in sight (and only there)."""
        self._trace = trace
        if self._in_sight("explain"):
            if self._selection is not None:
                self._show_value()
            elif self._weight is not None:
                self._show_weight()
        if self._in_sight("weights"):
            self.show_weights()
        if self.dialog is not None and self.dialog.isVisible():
            self._update_dialog()

    def before_step(self) -> None:
        """Called before every training step: remember the selected weight's value."""
        if self._weight is None:
            return
        net, (name, index) = self._session().net, self._weight
        cached = self._weight_view
        if cached is None or cached[0] is not net or cached[1] != name:
            p = dict(net.named_parameters()).get(name)
            cached = (net, name, p.detach().numpy() if p is not None else None)
            self._weight_view = cached
        self._weight_old = float(cached[2][index]) if cached[2] is not None else None

    def weights_changed(self) -> None:
        """Other weights (reset, a file, pretrained): the remembered old value means nothing now."""
        self._weight_old = None

    def show_weights(self) -> None:
        net = self._session().net
        self.weights.set_weights([(n, p.detach().numpy()) for n, p in net.named_parameters()
                                  if n.endswith("weight")])

    # --- selection -----------------------------------------------------------------------
    def selection(self) -> tuple[str, tuple[int, ...]] | None:
        return self._selection

    def select(self, stage: str, index: tuple) -> None:
        """Explain element index of stage (and show the panel if it is out of sight)."""
        self._selection = (str(stage), tuple(int(i) for i in index))
        self._weight = None
        self.weights.set_selected(None)
        self.maps.highlight(self._selection[0])  # an output bar's value too: its stage framed
        if not self._in_sight("explain"):
            self._bring("explain")
        self._show_value()
        self.explained.emit(self._selection[0])

    def select_output(self, i: int) -> None:
        """An output bar was clicked: explain that output of the last stage."""
        trace = self._current()
        if trace is not None:
            self.select(trace[len(trace) - 1].key, (int(i),))

    def select_weight(self, name: str, index: tuple) -> None:
        """Explain how the last step changed one weight."""
        self._weight = (str(name), tuple(int(i) for i in index))
        self._weight_old = None
        self._weight_view = None
        self._selection = None
        self.set_walking(False)
        self.maps.set_marks()
        self.preview.set_field(None)
        self.canvas.set_field(None)
        self.weights.set_selected(self._weight)
        if not self._in_sight("explain"):
            self._bring("explain")
        self._show_weight()
        self.explained.emit(self._weight[0])

    def clear(self) -> None:
        self._selection = self._weight = None
        self.set_walking(False)
        self.panel.clear()
        self.maps.set_marks()
        self.preview.set_field(None)
        self.canvas.set_field(None)
        self.weights.set_selected(None)

    def move(self, dx: int, dy: int, dc: int = 0) -> None:
        """To the neighbouring value: columns dx, rows dy, channels dc (clamped at the edges)."""
        selected = self._selected()
        if selected is None:
            return
        trace, stage, index, shape = selected
        if len(shape) == 3:
            c, r, col = index
            new = (min(max(c + dc, 0), shape[0] - 1), min(max(r + dy, 0), shape[1] - 1),
                   min(max(col + dx, 0), shape[2] - 1))
        else:
            row = self._row_length(trace, stage)
            new = (min(max(index[0] + dx + dy * row + dc * row, 0), shape[0] - 1),)
        self.select(stage, new)

    def _selected(self) -> tuple[Trace, str, tuple, tuple] | None:
        """(trace, stage, index, the stage's shape without the batch) of the selected value, or None."""
        if self._selection is None:
            return None
        trace = self._current()
        if trace is None:
            return None
        stage, index = self._selection
        return trace, stage, index, trace[stage].shape[1:]

    def set_walking(self, on: bool) -> None:
        """Walk the selection over its map, value after value (the kernel sliding)."""
        on = bool(on) and self._selection is not None
        self._walk.start() if on else self._walk.stop()
        self.panel.set_playing(on)

    def is_walking(self) -> bool:
        return self._walk.isActive()

    def _walk_step(self) -> None:
        if self._selection is None:
            self.set_walking(False)
            return
        selected = self._selected()
        if selected is None:
            return
        _, stage, index, shape = selected
        if len(shape) == 3:
            c, r, col = index
            col += 1
            if col >= shape[2]:
                col, r = 0, r + 1
            if r >= shape[1]:
                r = 0
            new = (c, r, col)
        else:
            new = ((index[0] + 1) % shape[0],)
        self.select(stage, new)

    def enlarge(self, stage: str, channel: int) -> None:
        """Show one map (a channel, or a whole vector when channel is -1) large in its window."""
        if self.dialog is None:
            self.dialog = MapDialog(self.maps.window())
            self.dialog.resize(600, 640)
        self.dialog.key, self.dialog.channel = stage, channel
        self._update_dialog()
        self.dialog.show()
        self.dialog.raise_()

    # --- the work ------------------------------------------------------------------------
    @staticmethod
    def _row_length(trace: Trace, stage: str) -> int:
        """A vector's values per row as the maps lay it out (view: one source map per row)."""
        st = trace[stage]
        if st.kind == "view" and st.input_index >= 0 and len(trace[st.input_index].shape) == 4:
            return int(np.prod(trace[st.input_index].shape[2:]))
        return 1

    def _current(self) -> Trace | None:
        """The last frame's trace, or a new one when training has changed the weights since."""
        trace = self._trace
        try:
            if trace is not None:
                for name in trace.weights:
                    trace.weight(name)  # raises if a step changed it since
                return trace
        except ValueError:
            pass
        self._trace = self._session().trace()
        return self._trace

    def _update_dialog(self) -> None:
        trace = self._current()
        d = self.dialog
        try:
            st = trace[d.key]
        except KeyError:
            return
        data = st.activation[0]
        channel = d.channel
        if data.ndim == 3:
            channel = min(max(channel, 0), data.shape[0] - 1)
            data = data[channel]
            title = self.tr("{stage}, channel {channel}: {h}×{w}").format(
                stage=st.key, channel=channel, h=data.shape[0], w=data.shape[1])
        else:
            title = self.tr("{stage}: {n} values").format(stage=st.key, n=data.shape[0])
        mark = None
        if self._selection is not None and self._selection[0] == d.key:
            index = self._selection[1]
            mark = index[1:] if len(index) == 3 and index[0] == channel else (
                (0, index[0]) if len(index) == 1 else None)
        d.show_map(d.key, channel, title, data, st.kind in SIGNED_KINDS, mark)

    def _show_value(self) -> None:
        stage, index = self._selection
        trace = self._current()
        s = self._session()
        try:
            e = explain(trace, stage, index, target=s.target)
        except ExplainError as err:
            # E.g. another architecture, whose maps are smaller: say so, outline nothing.
            self.maps.set_marks()
            self.preview.set_field(None)
            self.canvas.set_field(None)
            self.set_walking(False)
            self.panel.show_content({"title": self.tr("Cannot explain this value"), "rows": [],
                                     "text": language.tr_core(err), "walkable": False})
            return
        fields = receptive_fields(trace, stage, index)
        self._mark(trace, stage, index, e, fields)
        rows = self._rows(trace, stage, index, e)
        notes = []
        grad = self._gradient(trace, stage, index)
        if grad is not None:
            rows.append([("text", self.tr("∂loss/∂value =")), ("bold", fmt(grad, LIVE_DIGITS))])
            notes.append(self.tr("After backward(), this value's gradient is {grad}: the loss would "
                                 "change by about {grad} × a small change of it (loss now {loss}).")
                         .format(grad=fmt(grad, LIVE_DIGITS), loss=fmt(self._grads[1].loss, LIVE_DIGITS)))
        field_note = self._field_note(trace, stage, fields, trace["input"].activation[0])
        if field_note:
            notes.insert(0, field_note)  # what the board cannot show comes first
        notes.append(language.tr_core(e.text))  # the engine's sentence, in the user's language
        shape = trace[stage].shape[1:]
        self.panel.show_content({
            "title": self.tr("{stage}[{index}] = {value}").format(
                stage=stage, index=_index_text(index), value=fmt(e.value, 6)),
            "rows": rows, "text": "\n\n".join(notes), "kind": e.kind, "value": e.value,
            "stage": stage, "index": index, "gradient": grad,
            "walkable": int(np.prod(shape)) > 1,
        })

    def _gradient(self, trace: Trace, stage: str, index: tuple[int, ...]) -> float | None:
        """∂loss/∂value once a step was taken (the next step's backward sends it), else None."""
        s = self._session()
        if len(s.trainer.history) == 0:
            return None
        if self._grads is None or self._grads[0] is not trace:
            self._grads = (trace, value_grads(s.net, s.input, s.target))
        try:
            return self._grads[1].at(stage, index)
        except (KeyError, IndexError):
            return None

    @staticmethod
    def _reads_whole_maps(trace: Trace, stage: str, fields: dict) -> bool:
        """Does the value read every value of the last map before it (an fc value does; a view
        value is one cell of one map)?"""
        spatial = [key for key, mask in fields.items() if mask.ndim == 3 and key != stage]
        return len(trace[stage].shape) != 4 and bool(spatial) and bool(fields[spatial[0]].all()) \
            and "input" in fields

    def _field_note(self, trace: Trace, stage: str, fields: dict, image: np.ndarray) -> str:
        """For a value past the maps, which input pixels reach it, and why not the others."""
        if not self._reads_whole_maps(trace, stage, fields):
            return ""
        field = fields["input"]
        field = field[0] if field.ndim == 3 else field
        rows, cols = np.flatnonzero(field.any(axis=1)), np.flatnonzero(field.any(axis=0))
        if rows.size == 0:
            return ""
        h, w = field.shape
        missed_r, missed_c = h - 1 - int(rows[-1]), w - 1 - int(cols[-1])
        if missed_r <= 0 and missed_c <= 0:
            return self.tr("It depends on every pixel of the {h}×{w} input.").format(h=h, w=w)
        return language.sentences(self.tr(
            "It depends on input rows {r0}–{r1} and columns {c0}–{c1} only ({fh}×{fw}): the last "
            "{mr} rows and {mc} columns of the {h}×{w} input reach no value from here on. Each "
            "max_pool2d keeps whole 2×2 windows and drops an odd row and column (13 → 6 drops one), "
            "and each 3×3 convolution needs two more input rows than it gives, so those pixels are "
            "never read: the red band on the 32×32 preview.").format(
            r0=int(rows[0]), r1=int(rows[-1]), c0=int(cols[0]), c1=int(cols[-1]),
            fh=int(rows[-1] - rows[0] + 1), fw=int(cols[-1] - cols[0] + 1), mr=missed_r, mc=missed_c,
            h=h, w=w),
            self.tr("No ink lies there: the preprocessing centres the digit in the middle 28×28 and "
                    "pads 2 pixels around it, so nothing of the drawing is lost.")
            if not np.any(image.reshape(field.shape)[~field] > 0) else
            self.tr("Some ink lies there, and the net never sees it."))

    def _mark(self, trace: Trace, stage: str, index: tuple, e: Explanation, fields: dict) -> None:
        """Outline the value, the cells it read, and its receptive field on every earlier map."""
        sources = None
        if e.source_stage and e.positions:
            positions = e.positions
            if e.kind == "linear":
                positions = tuple((k,) for k, *_ in e.terms)  # the largest contributions only
            sources = (e.source_stage, [tuple(int(v) for v in p) for p in positions])
        rects = {}
        for key, mask in fields.items():
            if key == stage or mask.ndim != 3:
                continue
            rows, cols = np.flatnonzero(mask.any(axis=(0, 2))), np.flatnonzero(mask.any(axis=(0, 1)))
            if rows.size == 0:
                continue
            box = (int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1)
            rects[key] = [(int(c), *box) for c in np.flatnonzero(mask.any(axis=(1, 2)))]
        # A value past the maps reads whole maps: there, what it never reads is shaded, which
        # shows the rows and columns of each map (and of the input) that reach nothing.
        shade = self._reads_whole_maps(trace, stage, fields)
        self.maps.set_marks((stage, tuple(index)), sources, rects, shade)
        box = rects.get("input", [None])[0]
        self.preview.set_field(box[1:] if box is not None else None, shade)
        steps = self._session().steps
        drawing = input_to_drawing(steps, *box[1:]) if box is not None and steps is not None else None
        self.canvas.set_field(drawing, shade)

    def _origin(self, trace: Trace, source: str):
        """For inputs that view laid out: where input k came from, e.g. " (pool2 3, 1, 4)"."""
        src = trace[source]
        if src.kind != "view" or src.input_index < 0 or len(trace[src.input_index].shape) != 4:
            return lambda k: ""
        spatial = trace[src.input_index]

        def origin(k: int) -> str:
            c, r, col = np.unravel_index(k, spatial.shape[1:])
            return self.tr(" ← {stage} ch {c}, row {r}, col {col}").format(stage=spatial.key, c=c, r=r, col=col)
        return origin

    def _rows(self, trace: Trace, stage: str, index: tuple, e: Explanation) -> list[list[tuple]]:
        """The board: the computation as rows of words, numbers and grids."""
        v = ("bold", fmt(e.value, 6))
        if e.kind == "conv":
            n = e.inputs.shape[0]
            rows = [[("text", self.tr("For each of the %n channels of {src}: the patch × kernel {c} of "
                                      "{stage}, summed", "", n).format(src=e.source_stage, c=index[0],
                                                                       stage=stage))]]
            for ci in range(n):
                first = ci == 0
                rows.append([("text", self.tr("ch {c}").format(c=ci)),
                             ("grid", np.asarray(e.inputs[ci]), (), self.tr("patch") if first else ""),
                             ("text", "×"),
                             ("grid", np.asarray(e.weights[ci]), (), self.tr("kernel") if first else ""),
                             ("text", "="), ("bold", fmt(e.partial_sums[ci], LIVE_DIGITS))])
            total = float(np.sum(e.partial_sums))
            rows.append([("text", self.tr("Σ over the channels =")), ("bold", fmt(total, 6)),
                         ("text", self.tr("+ bias")), ("bold", fmt(e.bias, LIVE_DIGITS)), ("text", "="), v])
            return rows
        if e.kind == "pool":
            window = np.asarray(e.inputs)
            i, j = np.unravel_index(int(np.argmax(window)), window.shape)
            return [[("grid", window, ((int(i), int(j)),), self.tr("window of {src}").format(src=e.source_stage)),
                     ("text", self.tr("→ the largest =")), v]]
        if e.kind == "relu":
            return [[("text", "max("), ("bold", fmt(float(e.inputs[0]), 6)), ("text", ", 0) ="), v],
                    [("text", self.tr("x comes from {src}[{index}]").format(src=e.source_stage,
                                                                           index=_index_text(index)))]]
        if e.kind == "view":
            src = trace[e.source_stage].shape[1:]
            where = e.positions[0]
            rows = [[("text", f"view[{index[0]}] = {e.source_stage}[{_index_text(where)}] ="), v]]
            if len(src) == 3:
                c, r, col = where
                rows.append([("text", "{c}·{h}·{w} + {r}·{w} + {col} = {i}".format(
                    c=c, h=src[1], w=src[2], r=r, col=col, i=index[0]))])
            return rows
        if e.kind == "linear":
            origin = self._origin(trace, e.source_stage)
            n = len(e.inputs)
            rows = [[("text", self.tr("{stage}[{o}] = Σ w·x over {n} inputs + bias; the largest terms:").format(
                stage=stage, o=index[0], n=fmt_int(n)))]]
            for k, w, x, p in e.terms:
                rows.append([("text", f"w[{k}]·x[{k}]" + origin(k)), ("text", "="),
                             ("text", f"{fmt(w, LIVE_DIGITS)} × {fmt(x, LIVE_DIGITS)}"),
                             ("text", "="), ("bold", fmt(p, LIVE_DIGITS))])
            total = float(np.dot(e.inputs.astype(np.float64), e.weights.astype(np.float64)))
            rest = total - sum(p for *_, p in e.terms)
            rows.append([("text", self.tr("+ the other {n} terms").format(n=fmt_int(n - len(e.terms)))),
                         ("bold", fmt(rest, LIVE_DIGITS))])
            rows.append([("text", self.tr("Σ =")), ("bold", fmt(total, 6)), ("text", self.tr("+ bias")),
                         ("bold", fmt(e.bias, LIVE_DIGITS)), ("text", "="), v])
            if e.loss_term is not None:
                t, term, share, loss = e.loss_term
                rows.append([("text", f"(y − t)² = ({fmt(e.value, LIVE_DIGITS)} − {fmt(t, LIVE_DIGITS)})² ="),
                             ("bold", fmt(term, LIVE_DIGITS))])
                rows.append([("text", self.tr("{share} % of the loss {loss} (the mean of the 10 terms)").format(
                    share=fmt(100 * share, 3), loss=fmt(loss, LIVE_DIGITS)))])
            return rows
        if e.kind == "input":
            return [[("text", self.tr("input pixel [{index}] =").format(index=_index_text(index))), v]]
        return [[("text", stage), v]]

    def _show_weight(self) -> None:
        name, index = self._weight
        s = self._session()
        p = dict(s.net.named_parameters()).get(name)
        if p is None or len(index) != p.dim():
            self.panel.show_content({"title": self.tr("No such weight"), "rows": [],
                                     "text": self.tr("The network has changed: click a weight again."),
                                     "walkable": False})
            return
        new = float(p.detach()[index])
        grad = float(p.grad[index]) if p.grad is not None else None
        lr = s.trainer.lr
        rows = [[("text", self.tr("value now")), ("bold", fmt(new, 8))]]
        text = self.tr("SGD changes every weight by −lr × its gradient: new = old − lr × grad.")
        if grad is not None:
            rows.append([("text", self.tr("gradient (.grad)")), ("bold", fmt(grad, 8))])
            rows.append([("text", self.tr("learning rate")), ("bold", fmt(lr, 6))])
        if self._weight_old is not None and grad is not None:
            rows.append([("text", self.tr("new = old − lr × grad =")),
                         ("bold", fmt(self._weight_old, 8)), ("text", "−"), ("bold", fmt(lr, 6)),
                         ("text", "×"), ("bold", fmt(grad, 8)), ("text", "="), ("bold", fmt(new, 8))])
            rows.append([("text", self.tr("change")), ("bold", fmt(new - self._weight_old, 6))])
        else:
            text = language.sentences(text, self.tr("Take a Backprop step to see how it changes this weight."))
        self.panel.show_content({
            "title": self.tr("{name}[{index}] = {value}").format(name=name, index=_index_text(index),
                                                                 value=fmt(new, 8)),
            "rows": rows, "text": text, "kind": "weight", "value": new, "gradient": grad,
            "old": self._weight_old, "lr": lr, "walkable": False,
        })
