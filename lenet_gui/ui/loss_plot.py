"""The loss curve: MSE loss per step, with markers where the weights or the learning rate changed."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainterPath
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

MAX_MARKERS = 40  # only the newest are drawn: thousands of lines would only make a grey wall
MARKER_COLOURS = {
    "reset": "#d95f02",
    "lr": "#1b6ac9",
    "weights": "#1b9e77",
    "arch": "#7570b3",
}
OTHER_COLOUR = "#777777"
LABEL_CHARS = 22  # a marker's label is a hint, the status bar tells the whole story
# The x axis ends on one of these × 10^k, at least 10% past the newest step: the axes (ticks,
# labels, grid: most of a repaint) are redrawn only when the range moves, not at every step.
NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
TAIL_POINTS = 64  # at most this many newest steps are drawn apart from the rest
EMPTY_TEXT = "No steps yet:\npress “Backprop step”"  # two short lines fit a narrow dock


class LossPlot(QWidget):
    """x = step (1, 2, …), y = MSE loss of that step; vertical markers for events."""

    logYToggled = Signal(bool)
    """The user switched the y axis to logarithmic (True) or linear (False)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._losses = np.zeros(0, dtype=np.float64)
        self._x = np.arange(1, 1025, dtype=np.float64)  # grown by doubling, reused as views
        self._events: list[tuple[int, str, str]] = []
        self._lines: list[pg.InfiniteLine] = []

        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("loss_plot")
        self.plot_widget.setToolTip(
            "The MSE loss after each backprop step. Coloured lines mark where the weights were "
            "reset or replaced, or the learning rate changed."
        )
        item = self.plot_widget.getPlotItem()
        self.plot_item = item
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(max(tick_font.pointSizeF(), 9.0) * 1.2)
        label_style = {"font-size": f"{tick_font.pointSizeF() * 1.15:.0f}pt", "color": "#222"}
        for name, text in (("bottom", "step"), ("left", "MSE loss")):
            axis = item.getAxis(name)
            axis.setTickFont(tick_font)
            axis.setTextPen(pg.mkPen("#222"))
            axis.setPen(pg.mkPen("#555"))
            # "MSE loss (x0.001)" would hide the real numbers the students compare.
            axis.enableAutoSIPrefix(False)
            item.setLabel(name, text, **label_style)
            # Keep each axis (ticks, labels and the grid it draws across the plot) as a pixmap:
            # a new loss repaints the plot area, and replaying the axis costs ~1 ms, a blit ~0.05.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # Horizontal grid only: students read loss values off it; vertical lines cost ~4 ms a
        # repaint on the software rasteriser and say little.
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMenuEnabled(False)
        item.hideButtons()
        # The range is set here, not by pyqtgraph's auto-range, which moves it (and redraws
        # both axes) at every new step. A zoom or pan by the user is kept until log y toggles.
        self._view = item.getViewBox()
        self._view.disableAutoRange()
        self._view.sigRangeChangedManually.connect(self._on_user_range)
        self._user_range = False
        self._x_range: tuple[float, float] | None = None
        self._y_range: tuple[float, float] | None = None
        # Peak downsampling keeps spikes visible; clip-to-view skips what is off screen.
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.curve = item.plot(pen=pg.mkPen("#c2185b", width=2), connect="all")
        # Peak mode keeps each pixel column's min and max, so one bin per pixel loses nothing
        # visible, and halves the cost of the thick line (default: 5 bins per pixel).
        self.curve.opts["autoDownsampleFactor"] = 1.0
        # Between changes of the body, its thick line is replayed from a pixmap, not restroked
        # for the narrow strip a new step repaints (~0.2 ms a step).
        self.curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # The newest few steps, drawn on their own (see _update_curve); same pen, so one line.
        # A plain Qt path item: the scene asks for its bounds and paints it without calling
        # into Python (a pyqtgraph curve costs ~0.15 ms a step in such calls). The few points
        # need no downsampling; log10 is taken here (see _set_tail).
        self.tail = QGraphicsPathItem()
        # Cosmetic: drawn 2 screen pixels wide. (Qt pads the item's bounds by the width in data
        # units, so a step repaints the tail's columns at full height: still a narrow strip.)
        self.tail.setPen(pg.mkPen("#c2185b", width=2))
        self._view.addItem(self.tail, ignoreBounds=True)
        self._tail_x = self._tail_y = np.zeros(0)
        self._body_n, self._body_y = 0, self._losses
        self._tail_start = 0  # index of the tail's first point (the body's last drawn one)
        self._body_lo = self._body_hi = np.nan
        self.empty_text = pg.TextItem(EMPTY_TEXT, color="#666", anchor=(0.5, 0.5))
        self.empty_text.setFont(tick_font)
        item.getViewBox().addItem(self.empty_text, ignoreBounds=True)
        item.getViewBox().sigResized.connect(self._place_empty_text)
        item.getViewBox().sigRangeChanged.connect(self._place_empty_text)

        self.log_y_checkbox = QCheckBox("log y", objectName="log_y_checkbox")
        self.log_y_checkbox.setToolTip(
            "Logarithmic loss axis: equal steps mean equal factors, so slow progress at small "
            "losses stays visible"
        )
        self.log_y_checkbox.toggled.connect(self._on_log_toggled)
        self.last_label = QLabel(objectName="loss_plot_last")
        self.last_label.setToolTip("The newest loss value")
        # It changes at every step: fixed in size it does not make Qt redo the window's layout,
        # opaque it is repainted alone.
        self.last_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.last_label.setAutoFillBackground(True)
        metrics = self.last_label.fontMetrics()
        self.last_label.setFixedSize(
            max(metrics.horizontalAdvance(t) for t in ("step 10,000,000: loss 0.0001234",
                                                       "step 1,000,000: loss diverged (nan)")) + 8,
            metrics.height() + 4,
        )

        bar = QHBoxLayout()
        bar.addWidget(self.log_y_checkbox)
        bar.addStretch(1)
        bar.addWidget(self.last_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(bar)
        self.setMinimumSize(320, 220)

    # -- slots -----------------------------------------------------------------------------
    def set_history(self, losses: np.ndarray) -> None:
        """The whole loss history, one value per step (nan/inf allowed: they leave gaps)."""
        y = np.array(losses, dtype=np.float64).reshape(-1)  # our own copy
        self._losses = y
        self._update_curve()

    def shown_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The plotted (step, loss) points, body and tail joined (nan where a loss could not
        be drawn)."""
        xs, ys = [], []
        if self.curve.xData is not None and len(self.curve.xData):
            xs.append(np.asarray(self.curve.xData))
            ys.append(np.asarray(self.curve.yData))
        later = self._tail_x > self._body_n  # the rest repeats steps the body holds
        xs.append(self._tail_x[later])
        ys.append(self._tail_y[later])
        x, y = np.concatenate(xs), np.concatenate(ys)
        # Bridged losses are drawn at their neighbour's height; as data they are gaps.
        return x, np.where(self._drawable(self._losses[x.astype(np.intp) - 1]), y, np.nan)

    def set_events(self, events: list[tuple[int, str, str]]) -> None:
        """(steps taken when it happened, kind, detail); kind "reset", "lr", "weights", "arch"."""
        events = [(int(s), str(k), str(d)) for s, k, d in events]
        if events == self._events:
            return
        self._events = events
        shown = events[-MAX_MARKERS:]
        while len(self._lines) < len(shown):
            line = pg.InfiniteLine(angle=90, movable=False,
                                   label="", labelOpts={"position": 0.9, "movable": False,
                                                         "fill": (255, 255, 255, 200)})
            line.label.setFont(self._marker_font())
            self.plot_item.addItem(line, ignoreBounds=True)
            self._lines.append(line)
        for i, line in enumerate(self._lines):
            if i >= len(shown):
                line.hide()
                continue
            step, kind, detail = shown[i]
            colour = QColor(MARKER_COLOURS.get(kind, OTHER_COLOUR))
            # Between the loss of step `step` and of step `step + 1`: the change came in between.
            line.setPos(step + 0.5)
            line.setPen(pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
            text = detail if len(detail) <= LABEL_CHARS else detail[: LABEL_CHARS - 1] + "…"
            # InfLineLabel formats its text with str.format: literal braces must be doubled.
            line.label.setFormat(text.replace("{", "{{").replace("}", "}}"))
            line.label.setColor(colour)
            # Stagger labels so markers close together do not print on top of each other.
            line.label.setPosition(0.92 - 0.12 * (i % 4))
            line.setToolTip(f"step {step}: {detail}")
            line.show()

    def set_log_y(self, on: bool) -> None:
        """Switch the y axis without emitting logYToggled."""
        self.log_y_checkbox.blockSignals(True)
        self.log_y_checkbox.setChecked(bool(on))
        self.log_y_checkbox.blockSignals(False)
        self._apply_log(bool(on))

    # -- queries (for tests and the main window) -------------------------------------------
    def log_y(self) -> bool:
        return self.log_y_checkbox.isChecked()

    def marker_count(self) -> int:
        return sum(1 for line in self._lines if line.isVisible())

    # -- internals -------------------------------------------------------------------------
    def _update_curve(self, refit: bool = False) -> None:
        y = self._losses
        n = len(y)
        if n > len(self._x):
            self._x = np.arange(1, 2 * n + 1, dtype=np.float64)
        m, start = self._body_n, self._tail_start
        # The newest steps are drawn by the small tail item: its repaint covers a narrow strip
        # at the right end, while redrawing the whole thick curve costs ~1 ms a step. The body
        # takes them over when the tail grows long, the view moves or the past changed.
        if not refit and 0 < m <= n and n - start <= TAIL_POINTS \
                and _same_bits(y[:m], self._body_y):
            new = y[start:]  # from the body's last drawn point, so the line stays joined
            if self._drawable(new).all():
                lo, hi = self._extent(new)
                if self._user_range or not self._fit(n, min(lo, self._body_lo), max(hi, self._body_hi)):
                    self._set_tail(self._x[start:n], new)
                    self._show_last(n)
                    return
        self._set_body(n)
        self._show_last(n)

    def _set_body(self, n: int) -> None:
        """All n points in the body curve; the tail emptied."""
        y = self._losses
        good = self._drawable(y)  # inf would stretch the axis to nothing
        end = max(n - 1, 0)  # where the tail starts: the last point the body draws
        if n and not good.any():
            self.curve.setData([], [])  # nothing drawable (and no all-nan range warnings)
            lo = hi = np.nan
            shown = y
        else:
            # A loss that cannot be drawn (nan, inf, ≤ 0 on a log axis) is bridged at the last
            # one that can. Left as a nan gap, it would blank its whole pixel column under
            # peak downsampling, the spike just before a divergence with it, and make
            # pyqtgraph check and split the curve at every repaint.
            shown = y if good.all() else _bridged(y, good)  # y stays as given, for log toggling
            self.curve.setData(self._x[:n], shown, connect="all", skipFiniteCheck=True)
            lo, hi = self._extent(shown)
            if n and not self._user_range:
                self._fit(n, lo, hi)
            # Downsampled, pyqtgraph draws whole bins only: up to a pixel's worth of the newest
            # steps is left out (with them, at a divergence, the spike). The tail draws them.
            drawn = self.curve.curve.xData
            if drawn is not None and len(drawn) and n - int(drawn[-1]) <= TAIL_POINTS:
                end = int(drawn[-1]) - 1  # (further back, the end is out of view: nothing lost)
        if end < n - 1:
            self._set_tail(self._x[end:n], shown[end:n])
        elif len(self._tail_x):
            self._set_tail(np.zeros(0), np.zeros(0))
        self._tail_start = end
        self._body_n, self._body_y, self._body_lo, self._body_hi = n, y, lo, hi
        self.empty_text.setVisible(n == 0)
        self._place_empty_text()

    def _set_tail(self, x: np.ndarray, y: np.ndarray) -> None:
        self._tail_x, self._tail_y = x, y  # as given, for shown_data()
        if self.log_y():
            y = np.log10(y)  # the body's PlotDataItem does this itself; all positive here
        self.tail.setPath(pg.arrayToQPath(x, y, connect="all") if len(x) else QPainterPath())

    def _show_last(self, n: int) -> None:
        if n:
            last = self._losses[-1]
            self.last_label.setText(f"step {n:,}: loss {last:.4g}" if np.isfinite(last)
                                    else f"step {n:,}: loss diverged ({last})")
        else:
            self.last_label.setText("")

    def _drawable(self, y: np.ndarray) -> np.ndarray:
        good = np.isfinite(y)
        if self.log_y():
            good &= y > 0  # log10(0) has no place on the axis
        return good

    def _extent(self, shown: np.ndarray) -> tuple[float, float]:
        """Lowest and highest loss, nan skipped, on the axis' scale (log10 in log mode)."""
        if not len(shown):
            return np.nan, np.nan
        lo, hi = float(np.fmin.reduce(shown)), float(np.fmax.reduce(shown))
        if self.log_y():
            with np.errstate(divide="ignore", invalid="ignore"):
                lo, hi = float(np.log10(lo)), float(np.log10(hi))
        return lo, hi

    def _fit(self, n: int, lo: float, hi: float) -> bool:
        """Keep the view on all steps and losses, moving it only when they leave it (→ True)."""
        moved = False
        hi_x = (n + 0.5) * 1.1
        if self._x_range is None or not (hi_x <= self._x_range[1] <= 4 * hi_x):
            self._x_range = (0.5, max(10.0, _nice_above(hi_x)))
            self._view.setXRange(*self._x_range, padding=0)
            moved = True
        if not (np.isfinite(lo) and np.isfinite(hi)):
            return moved
        current = self._y_range
        # Refit when a loss leaves the view, or the losses fill less than half of it.
        if current is None or lo < current[0] or hi > current[1] \
                or (hi - lo) < 0.5 * (current[1] - current[0]):
            span = hi - lo if hi > lo else max(abs(hi) * 0.1, 1e-3)
            self._y_range = (lo - 0.05 * span, hi + 0.05 * span)
            self._view.setYRange(*self._y_range, padding=0)
            moved = True
        return moved

    def _on_user_range(self, *_):
        self._user_range = True

    def _on_log_toggled(self, on: bool) -> None:
        self._apply_log(on)
        self.logYToggled.emit(bool(on))

    def _apply_log(self, on: bool) -> None:
        self.plot_item.setLogMode(x=False, y=on)
        self._user_range, self._x_range, self._y_range = False, None, None  # fit afresh
        self._update_curve(refit=True)

    def _place_empty_text(self, *_):
        if self.empty_text.isVisible():
            (x0, x1), (y0, y1) = self.plot_item.getViewBox().viewRange()
            self.empty_text.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def _marker_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF(), 9.0) * 1.1)
        return f


def _nice_above(x: float) -> float:
    """The smallest NICE × 10^k that is ≥ x (x > 0)."""
    exp = 10.0 ** np.floor(np.log10(x))
    for m in NICE:
        if m * exp >= x * (1 - 1e-12):
            return float(m * exp)
    return float(10 * exp)


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    """Two float64 arrays hold the same values, nan for nan (bit for bit, 25× faster than
    np.array_equal(equal_nan=True): 0.3 ms for a million)."""
    return a.shape == b.shape and bool((a.view(np.uint64) == b.view(np.uint64)).all())


def _bridged(y: np.ndarray, good: np.ndarray) -> np.ndarray:
    """y with each value where good is False replaced by the last good one before it (the
    first good one, before any)."""
    index = np.where(good, np.arange(len(y)), -1)
    np.maximum.accumulate(index, out=index)
    index[index < 0] = int(np.argmax(good))
    return y[index]
