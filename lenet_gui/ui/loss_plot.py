"""The loss curve: MSE loss per step, with markers where the weights or the learning rate changed."""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainterPath
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from . import language
from .numbers import fmt, fmt_int, nice_above
from .presentation import TEXT_PX, text_point_size

MAX_MARKERS = 40  # only the newest are drawn: thousands of lines would only make a grey wall
MARKER_COLOURS = {  # one for every kind of event (lenet_gui.core.EventKind's values)
    "reset": "#d95f02",
    "lr": "#1b6ac9",
    "weights": "#1b9e77",
    "arch": "#7570b3",
    "zero_grad": "#b8860b",
}
OTHER_COLOUR = "#777777"
LABEL_CHARS = 22  # a marker's label is a hint, the status bar tells the whole story
# The x axis ends on one of these × 10^k, at least 10% past the newest step: the axes (ticks,
# labels, grid: most of a repaint) are redrawn only when the range moves, not at every step.
NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
TAIL_POINTS = 64  # at most this many newest steps are drawn apart from the rest
EMPTY_TEXT = QT_TRANSLATE_NOOP("LossPlot", "No steps yet:\npress “Backprop step”")  # two short lines fit a narrow dock
EMPTY_X = (0.5, 10.0)  # the x range before the first step, as the first step's fit gives
# The y range before the first step, where a first loss lands (about 0.1 for random weights):
# 0 … 1, and 0.001 … 1 on the log axis (log10 of the loss).
EMPTY_Y = (0.0, 1.0)
EMPTY_LOG_Y = (-3.0, 0.0)
# After these events the weights are others: the steps that follow are a new run of training.
RUN_STARTS = ("reset", "weights", "arch")
FOLLOW_AHEAD = 0.2  # following the newest step, the view jumps to leave this share of it ahead
GHOST_PEN = (194, 24, 91, 70)  # the steps left behind by going back: the curve's colour, faint
BRANCH_COLOUR = "#6a3d9a"
CURSOR_COLOUR = "#444444"
LABEL_NUDGE = 5  # how far past the axis' edge pyqtgraph draws an axis label
LABEL_GAP = 4  # px at least between an axis label's line and the tick numbers (a fifth of the line)
_DECIMAL = re.compile(r"\d+\.\d+(?:e[+-]?\d+)?|\d+e[+-]?\d+")


class Marker(NamedTuple):
    """One event marker as shown: a line at x, its colour, its label and tooltip. label_rect
    is where the label is drawn (scene coordinates), None when it found no free room."""

    x: float
    colour: str
    text: str
    tooltip: str
    label_rect: QRectF | None


class _LossViewBox(pg.ViewBox):
    """The plot's view box; it tells whether the user's last range change zoomed or panned."""

    def __init__(self) -> None:
        super().__init__()
        self.gesture = ""

    def wheelEvent(self, ev, axis=None):
        self.gesture = "zoom"
        super().wheelEvent(ev, axis)

    def mouseDragEvent(self, ev, axis=None):
        self.gesture = "zoom" if ev.button() == Qt.MouseButton.RightButton else "pan"
        super().mouseDragEvent(ev, axis)


class _LocaleAxis(pg.AxisItem):
    """Tick labels with the locale's decimal mark (0,5 in French) and a real minus sign, and
    room for the axis label beside them whatever its height."""

    def _updateWidth(self):  # noqa: N802 (pyqtgraph's name)
        super()._updateWidth()
        self._room_for_label(self.setMinimumWidth, self.setMaximumWidth, self.maximumWidth())

    def _updateHeight(self):  # noqa: N802 (pyqtgraph's name)
        super()._updateHeight()
        self._room_for_label(self.setMinimumHeight, self.setMaximumHeight, self.maximumHeight())

    def _room_for_label(self, set_min, set_max, size: float) -> None:
        # pyqtgraph makes room for 0.8 of the label's line and draws it LABEL_NUDGE px beyond
        # the axis: a taller line (Japanese, presentation mode's text) reached into the tick
        # numbers, 「MSE 損失」 touching 「5e-05」. The rest of the line and a gap are added.
        if not self.isVisible() or self.label is None or not self.label.isVisible() \
                or (self.fixedWidth if self.orientation in ("left", "right") else self.fixedHeight) is not None:
            return
        line = self.label.boundingRect().height()
        size += max(0.0, 0.2 * line - LABEL_NUDGE) + max(LABEL_GAP, 0.2 * line)
        set_min(size)
        set_max(size)

    def tickStrings(self, values, scale, spacing):
        loc = QLocale()
        out = []
        for text in super().tickStrings(values, scale, spacing):
            try:
                float(text)
            except ValueError:
                out.append(text)
                continue
            text = text.replace(".", loc.decimalPoint())
            out.append("−" + text[1:] if text.startswith("-") else text)
        return out


class _StepSlider(QSlider):
    """The timeline's slider. Its range grows at every step while its handle stays at the
    end: a change that leaves the handle where it was drawn is not repainted (~0.15 ms a
    step for the same pixels)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._drawn_handle = None  # where the last paint put the handle
        self._deferred = False

    def set_span(self, n: int, follow: bool) -> None:
        """Range 0 … n; with follow, the value n too. Judged once, on the final state: the
        range first would put the handle elsewhere for a moment."""
        self._deferred = True
        try:
            self.setRange(0, n)
            if follow:
                self.setValue(n)
        finally:
            self._deferred = False
        self.sliderChange(QSlider.SliderChange.SliderRangeChange)

    def _handle_rect(self):
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderHandle, self)

    def sliderChange(self, change) -> None:  # noqa: N802 (Qt's name)
        if self._deferred:
            return
        if change in (QSlider.SliderChange.SliderRangeChange, QSlider.SliderChange.SliderValueChange) \
                and self._drawn_handle is not None and self._handle_rect() == self._drawn_handle:
            return
        super().sliderChange(change)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._drawn_handle = self._handle_rect()
        super().paintEvent(event)


class LossPlot(QWidget):
    """x = step (1, 2, …), y = MSE loss of that step; vertical markers for events."""

    logYToggled = Signal(bool)
    """The user switched the y axis to logarithmic (True) or linear (False)."""
    restoreRequested = Signal(int)
    """The user asked to go back to right after this step (0: before the first)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._losses = np.zeros(0, dtype=np.float64)
        self._store = self._losses  # _losses is its first part (see append_losses)
        self._x = np.arange(1, 1025, dtype=np.float64)  # grown by doubling, reused as views
        self._events: list[tuple[int, str, str]] = []
        self._lines: list[pg.InfiniteLine] = []

        self._view = _LossViewBox()
        self.plot_widget = pg.PlotWidget(
            background="w", viewBox=self._view,
            axisItems={"bottom": _LocaleAxis("bottom"), "left": _LocaleAxis("left")})
        self.plot_widget.setObjectName("loss_plot")
        # Not a Tab stop: the plot takes no keys and shows no focus (the slider under it walks
        # the steps from the keyboard).
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        item = self.plot_widget.getPlotItem()
        self.plot_item = item
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(max(tick_font.pointSizeF(), 9.0) * 1.2)
        label_style = {"font-size": f"{tick_font.pointSizeF() * 1.15:.0f}pt", "color": "#222"}
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setTickFont(tick_font)
            axis.setTextPen(pg.mkPen("#222"))
            axis.setPen(pg.mkPen("#555"))
            # "MSE loss (x0.001)" would hide the real numbers the students compare.
            axis.enableAutoSIPrefix(False)
            # Keep each axis (ticks, labels and the grid it draws across the plot) as a pixmap:
            # a new loss repaints the plot area, and replaying the axis costs ~1 ms, a blit ~0.05.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # Horizontal grid only: students read loss values off it; vertical lines cost ~4 ms a
        # repaint on the software rasteriser and say little.
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMenuEnabled(False)
        item.hideButtons()
        # The range is set here, not by pyqtgraph's auto-range, which moves it (and redraws
        # both axes) at every new step. After a zoom by the user the view keeps its width and
        # follows the newest step; panned away from the end, it stays (see _on_user_range).
        self._view.disableAutoRange()
        self._view.sigRangeChangedManually.connect(self._on_user_range)
        self._user_range = False
        self._follow = False
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
        self._left_out: tuple[tuple[int, int], ...] = ()  # the body's _diverged_runs()
        self.empty_text = pg.TextItem("", color="#666", anchor=(0.5, 0.5))
        self.empty_text.setFont(tick_font)
        self._hint_font = QFont(tick_font)
        self._presentation_font: QFont | None = None  # set while presentation mode is on
        item.getViewBox().addItem(self.empty_text, ignoreBounds=True)
        item.getViewBox().sigResized.connect(self._place_empty_text)
        item.getViewBox().sigRangeChanged.connect(self._place_empty_text)
        self._labels: list[pg.TextItem] = []
        self._shown: list[tuple[int, str, str, str]] = []  # (step, colour, label, tooltip)
        self._view.sigResized.connect(self._place_labels)
        self._view.sigRangeChanged.connect(self._place_labels)

        self.log_y_checkbox = QCheckBox(objectName="log_y_checkbox")
        self.log_y_checkbox.toggled.connect(self._on_log_toggled)
        self.show_all_button = QPushButton(objectName="loss_show_all_button")
        self.show_all_button.setEnabled(False)
        self.show_all_button.clicked.connect(self.show_all)
        self.last_label = QLabel(objectName="loss_plot_last")
        # It changes at every step: fixed in size it does not make Qt redo the window's layout,
        # opaque it is repainted alone.
        self.last_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.last_label.setAutoFillBackground(True)

        def retranslate() -> None:
            self.plot_widget.setToolTip(self.tr(
                "The MSE loss after each backprop step. Coloured lines mark where the weights were "
                "reset or replaced, or the learning rate changed."))
            item.setLabel("bottom", self.tr("step"), **label_style)
            item.setLabel("left", self.tr("MSE loss"), **label_style)
            self.empty_text.setText(self.tr(EMPTY_TEXT))
            self.log_y_checkbox.setText(self.tr("log y"))
            self.log_y_checkbox.setToolTip(self.tr(
                "Logarithmic loss axis: equal steps mean equal factors, so slow progress at small "
                "losses stays visible"))
            self.show_all_button.setText(self.tr("Show all"))
            self.show_all_button.setToolTip(self.tr("Zoom out to every step and loss (after a zoom or pan "
                                                    "with the mouse)"))
            self.last_label.setToolTip(self.tr("The newest loss value"))
            self._size_last_label()
            self._show_last(len(self._losses))
            self._timeline_texts()
            if self._events:
                self.set_events(self._events)

        self._build_timeline()  # before the texts: showing the last loss moves its slider
        language.texts(self, retranslate)
        bar = QHBoxLayout()
        bar.addWidget(self.log_y_checkbox)
        bar.addWidget(self.show_all_button)
        bar.addStretch(1)
        bar.addWidget(self.last_label)
        self._bar = bar
        self._readout_row = QHBoxLayout()  # the readout's own row in presentation mode
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(self._timeline_row)
        layout.addLayout(bar)
        layout.addLayout(self._readout_row)
        # Low enough for the Training panel above to grow by ten custom-target boxes on a
        # 1366×768 laptop (see DockFit); the plot still shows its curve and axes.
        self.setMinimumSize(320, 190)

    # -- slots -----------------------------------------------------------------------------
    def set_history(self, losses: np.ndarray) -> None:
        """The whole loss history, one value per step (nan/inf allowed: they leave gaps)."""
        y = np.array(losses, dtype=np.float64).reshape(-1)  # our own copy
        self._losses = self._store = y
        self._update_curve()

    def append_losses(self, losses) -> None:
        """The losses of the steps taken since (one per step, oldest first); those shown stay.

        Told only what is new, the plot neither copies nor compares the whole history.
        """
        new = np.asarray(losses, dtype=np.float64).reshape(-1)
        n, k = len(self._losses), len(new)
        if not k:
            return
        if n + k > len(self._store) or self._store is not self._losses.base:
            # Room to grow: a step costs one write, not a copy of the history.
            store = np.empty(max(2 * (n + k), 1024), dtype=np.float64)
            store[:n] = self._losses
            self._store = store
        self._store[n:n + k] = new
        self._losses = self._store[:n + k]
        self._update_curve(past_unchanged=True)

    def step_count(self) -> int:
        """How many steps the plot has losses for."""
        return len(self._losses)

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
        """(steps taken when it happened, kind, detail); kind one of MARKER_COLOURS' keys.

        Events between the same two steps share one marker; its label names the newest and
        how many more, its tooltip all of them.
        """
        events = [(int(s), str(k), str(d)) for s, k, d in events]
        if events == self._events:
            return
        self._events = events
        groups: list[list[tuple[int, str, str]]] = []
        for event in events:
            if groups and groups[-1][0][0] == event[0]:
                groups[-1].append(event)
            else:
                groups.append([event])
        self._shown = []
        for group in groups[-MAX_MARKERS:]:
            step, kind, _ = group[-1]
            details = [_localized(d) for _, _, d in group]
            text = details[-1] if len(details[-1]) <= LABEL_CHARS else details[-1][: LABEL_CHARS - 1] + "…"
            if len(details) > 1:  # the others are in the tooltip
                text += self.tr(" (+%n more)", "", len(details) - 1)
            tip = "\n".join(self.tr("step {step}: {what}").format(step=fmt_int(step), what=d) for d in details)
            self._shown.append((step, MARKER_COLOURS.get(kind, OTHER_COLOUR), text, tip))
        while len(self._lines) < len(self._shown):
            line = pg.InfiniteLine(angle=90, movable=False)
            self.plot_item.addItem(line, ignoreBounds=True)
            self._lines.append(line)
            label = pg.TextItem("", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 215))
            label.setFont(self._marker_font())
            self._view.addItem(label, ignoreBounds=True)
            self._labels.append(label)
        for i, (line, label) in enumerate(zip(self._lines, self._labels, strict=True)):
            if i >= len(self._shown):
                line.hide()
                label.hide()
                continue
            step, colour, text, tip = self._shown[i]
            # Between the loss of step `step` and of step `step + 1`: the change came in between.
            line.setPos(step + 0.5)
            line.setPen(pg.mkPen(QColor(colour), width=2, style=Qt.PenStyle.DashLine))
            line.setToolTip(tip)
            label.setText(text, color=QColor(colour))
            label.setToolTip(tip)
            line.show()
        self._place_labels()
        if self._diverged_runs() != self._left_out:
            self._update_curve(refit=True)  # a reset after a divergence: the axis fits again

    def markers(self) -> list[Marker]:
        """The markers drawn, oldest first."""
        out = []
        for (step, colour, text, tip), label in zip(self._shown, self._labels, strict=False):
            rect = label.sceneBoundingRect() if label.isVisible() else None
            out.append(Marker(step + 0.5, colour, text, tip, rect))
        return out

    def hint_rect(self) -> QRectF | None:
        """Where the "No steps yet" hint is drawn (scene coordinates), None when hidden."""
        return self.empty_text.sceneBoundingRect() if self.empty_text.isVisible() else None

    def show_all(self) -> None:
        """Back to the whole history after a zoom or pan (the "Show all" button)."""
        self._user_range = self._follow = False
        self._x_range = self._y_range = None
        self.show_all_button.setEnabled(False)
        self._update_curve(refit=True)

    def following(self) -> bool:
        """True while the view keeps up with the newest step: always, unless the user
        panned away from the end."""
        return self._follow or not self._user_range

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

    # -- the timeline: going back to an earlier step ------------------------------------------
    def _build_timeline(self) -> None:
        """A faint curve for the steps left behind, a line where they branched off, and a
        cursor to pick a step: the slider below the plot (keys too) or a click on the plot;
        "Go back" (Enter on the slider, or a double-click on the plot) asks to restore it."""
        self._ghost_end = 0
        self._ghost_key: tuple = (None, 0, b"", b"")
        self._ghost_xy = (np.zeros(0), np.zeros(0))
        self.ghost_curve = pg.PlotDataItem(pen=pg.mkPen(GHOST_PEN, width=2), connect="finite")
        self.ghost_curve.setZValue(-1)
        # In the view, not the plot's list of data items (the loss curve is its one data item);
        # so the log axis is passed on to it by hand (_apply_log).
        self._view.addItem(self.ghost_curve, ignoreBounds=True)
        self.branch_line = pg.InfiniteLine(angle=90, movable=False,
                                           pen=pg.mkPen(BRANCH_COLOUR, width=2, style=Qt.PenStyle.DotLine))
        # Over the event markers: a change made right after going back (the usual "what if")
        # has its marker at the same place.
        self.branch_line.setZValue(2)
        self.plot_item.addItem(self.branch_line, ignoreBounds=True)
        self.branch_line.hide()
        # And a dot on the curve where the two futures split, which no marker line can cover.
        self.branch_dot = pg.PlotDataItem(pen=None, symbol="o", symbolSize=11, symbolBrush=pg.mkBrush(BRANCH_COLOUR),
                                          symbolPen=pg.mkPen("w", width=1.5))
        self.branch_dot.setZValue(3)
        self._view.addItem(self.branch_dot, ignoreBounds=True)
        self.cursor_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(CURSOR_COLOUR, width=1))
        self.plot_item.addItem(self.cursor_line, ignoreBounds=True)
        self.cursor_line.hide()
        self.plot_widget.scene().sigMouseClicked.connect(self._on_plot_click)
        self.step_slider = _StepSlider(Qt.Orientation.Horizontal, objectName="loss_step_slider")
        self.step_slider.setRange(0, 0)
        self.step_slider.valueChanged.connect(self._on_cursor)
        self.step_slider.installEventFilter(self)
        self.go_back_button = QPushButton(objectName="loss_go_back_button")
        self.go_back_button.setEnabled(False)
        self.go_back_button.clicked.connect(self._request_restore)
        row = QHBoxLayout()
        row.addWidget(self.step_slider, 1)
        row.addWidget(self.go_back_button)
        self._timeline_row = row

    def _timeline_texts(self) -> None:
        """The timeline's texts in the current language (the window's texts setter calls it)."""
        self.step_slider.setAccessibleName(self.tr("Step to go back to"))
        self.step_slider.setToolTip(self.tr(
            "Pick an earlier step (drag, or the arrow keys), then Go back (or press Enter) to "
            "restore the weights exactly as they were after it. A click on the curve picks a "
            "step too; a double-click goes back to it."))
        self.go_back_button.setText(self.tr("Go back"))
        self.go_back_button.setToolTip(self.tr(
            "Restore the weights after the chosen step and cut the history there; the steps "
            "after it stay drawn faintly until the next reset"))
        branch = self._ghost_key[0]
        if branch is not None:
            self.branch_line.setToolTip(self._branch_tip(branch, self._ghost_key[1]))
        self._on_cursor(self.step_slider.value())  # a picked step's "back to step …" too

    def _branch_tip(self, branch: int, count: int) -> str:
        return self.tr("Went back to step {step} here: the faint curve is the {count} steps "
                       "left behind").format(step=fmt_int(branch), count=fmt_int(count))

    def set_timeline(self, branch: int | None, ghost: np.ndarray) -> None:
        """The steps left behind by going back: their losses (steps branch + 1, …), drawn
        faintly, and a mark after step `branch`. None / empty: nothing left behind."""
        ghost = np.asarray(ghost, dtype=np.float64).reshape(-1)
        # Called every frame: its ends and length tell a new future from the one shown (it only
        # changes when the student goes back), without copying 800 kB of a long one each frame.
        key = (branch, len(ghost), ghost[:8].tobytes(), ghost[-8:].tobytes()) \
            if branch is not None and len(ghost) else (None, 0, b"", b"")
        if key == self._ghost_key:
            return
        self._ghost_key = key
        if key[0] is None:
            self._ghost_xy = (np.zeros(0), np.zeros(0))
            self.ghost_curve.setData([], [])
            self.branch_dot.setData([], [])
            self.branch_line.hide()
            self._ghost_end = 0
        else:
            x = np.arange(branch + 1, branch + 1 + len(ghost), dtype=np.float64)
            y = np.where(np.isfinite(ghost), ghost, np.nan)
            self._ghost_xy = (x, y)
            self.branch_dot.setData([], [])
            if 1 <= branch <= len(self._losses):
                # From the branch point's own loss: the faint line leaves the curve where it split.
                x = np.concatenate(([branch], x))
                y = np.concatenate(([self._losses[branch - 1]], y))
                if np.isfinite(y[0]):
                    self.branch_dot.setData(x[:1], y[:1])
            self.ghost_curve.setData(x, y, connect="finite")
            self._ghost_end = branch + len(ghost)
            self.branch_line.setPos(branch + 0.5)
            self.branch_line.setToolTip(self._branch_tip(branch, len(ghost)))
            self.branch_line.show()
        self._update_curve(refit=not self._user_range)

    def ghost_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The steps left behind and their losses (drawn faintly, from the branch point on)."""
        return self._ghost_xy

    def branch_step(self) -> int | None:
        """The step after which the faint curve branched off, None when there is none."""
        return self._ghost_key[0]

    def cursor_step(self) -> int:
        """The step picked to go back to (the newest step when none is picked)."""
        return self.step_slider.value()

    def set_cursor(self, step: int) -> None:
        """Pick a step (clamped to 0 … the newest step)."""
        self.step_slider.setValue(int(step))

    def _sync_slider(self, n: int) -> None:
        """The slider spans 0 … n; a cursor left at the end follows the newest step."""
        slider = self.step_slider
        at_end = slider.value() >= slider.maximum()
        slider.blockSignals(True)
        slider.set_span(n, at_end)
        slider.blockSignals(False)
        self._on_cursor(slider.value())

    def _on_cursor(self, step: int) -> None:
        n = len(self._losses)
        picked = step < n
        self.go_back_button.setEnabled(picked)
        self.cursor_line.setVisible(picked)
        if picked:
            self.cursor_line.setPos(step)
            loss = self._losses[step - 1] if step else None
            if loss is None:
                text = self.tr("back to the start (step 0)")
            else:
                text = self.tr("back to step {step}: loss {loss}").format(step=fmt_int(step), loss=fmt(loss))
            self.last_label.setText(text)
        else:
            self._show_last(n)

    def _request_restore(self) -> None:
        step = self.step_slider.value()
        if step < len(self._losses):
            self.restoreRequested.emit(step)

    def _on_plot_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not len(self._losses):
            return
        pos = self._view.mapSceneToView(event.scenePos())
        if not self._view.sceneBoundingRect().contains(event.scenePos()):
            return
        step = int(min(max(round(pos.x()), 0), len(self._losses)))
        self.step_slider.setValue(step)
        if event.double():
            self._request_restore()

    def eventFilter(self, watched, event) -> bool:
        # Enter on the slider goes back, as the button does: the keyboard's way to restore.
        if watched is self.step_slider and event.type() == event.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._request_restore()
            return True
        return super().eventFilter(watched, event)

    # -- internals -------------------------------------------------------------------------
    def _update_curve(self, refit: bool = False, past_unchanged: bool = False) -> None:
        y = self._losses
        n = len(y)
        if n > len(self._x):
            self._x = np.arange(1, 2 * n + 1, dtype=np.float64)
        m, start = self._body_n, self._tail_start
        # The newest steps are drawn by the small tail item: its repaint covers a narrow strip
        # at the right end, while redrawing the whole thick curve costs ~1 ms a step. The body
        # takes them over when the tail grows long, the view moves or the past changed.
        if not refit and 0 < m <= n and n - start <= TAIL_POINTS \
                and (past_unchanged or _same_bits(y[:m], self._body_y)):
            new = y[start:]  # from the body's last drawn point, so the line stays joined
            if self._drawable(new).all():
                lo, hi = self._extent(new)
                if not self._fit_view(n, min(lo, self._body_lo), max(hi, self._body_hi)):
                    self._set_tail(self._x[start:n], new)
                    self._show_last(n)
                    return
        self._set_body(n)
        self._show_last(n)

    def _set_body(self, n: int) -> None:
        """All n points in the body curve; the tail emptied."""
        y = self._losses
        self._left_out = self._diverged_runs()
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
            lo, hi = self._extent(self._fitted(shown))
            if n:
                # The view first: the curve works out what it draws from the view it is in
                # when given its data. A spike left out of the fit is drawn pulled in to a
                # million view heights; given before the view moved off it, it was drawn as
                # it is, 1e20 up from a view 0.2 high, and Qt drew nothing of that line.
                self._fit_view(n, lo, hi)
            self.curve.setData(self._x[:n], shown, connect="all", skipFiniteCheck=True)
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
        empty_y = EMPTY_LOG_Y if self.log_y() else EMPTY_Y
        if n == 0 and not self._user_range and (self._x_range, self._y_range) != (EMPTY_X, empty_y):
            # No steps (a new lesson): the axes the first steps will have, in whole steps, not
            # the last lesson's ranges (its divergence's 1e20) or pyqtgraph's 0-1.
            self._x_range, self._y_range = EMPTY_X, empty_y
            self._view.setRange(xRange=EMPTY_X, yRange=empty_y, padding=0)
        self.empty_text.setVisible(n == 0)
        self._place_empty_text()

    def _set_tail(self, x: np.ndarray, y: np.ndarray) -> None:
        self._tail_x, self._tail_y = x, y  # as given, for shown_data()
        if self.log_y():
            y = np.log10(y)  # the body's PlotDataItem does this itself; all positive here
        self.tail.setPath(pg.arrayToQPath(x, y, connect="all") if len(x) else QPainterPath())

    def _show_last(self, n: int) -> None:
        if self.step_slider.maximum() != n:
            self._sync_slider(n)  # (which comes back here unless a step is picked)
            return
        if self.step_slider.value() < n:
            return  # the picked step's loss stays in the readout
        if n:
            self.last_label.setText(self._last_text(n, self._losses[-1]))
        else:
            self.last_label.setText("")

    def _last_text(self, n: int, last: float) -> str:
        if np.isfinite(last):
            return self.tr("step {step}: loss {value}").format(step=fmt_int(n), value=fmt(last))
        return self.tr("step {step}: loss diverged ({value})").format(step=fmt_int(n), value=last)


    def _drawable(self, y: np.ndarray) -> np.ndarray:
        good = np.isfinite(y)
        if self.log_y():
            good &= y > 0  # log10(0) has no place on the axis
        return good

    def _diverged_runs(self) -> tuple[tuple[int, int], ...]:
        """(first, end) indices of the runs of steps that diverged (a nan or inf loss) and are
        over: the weights were reset or changed after them."""
        y, runs, start = self._losses, [], 0
        for end in sorted({step for step, kind, _ in self._events if kind in RUN_STARTS}):
            end = min(end, len(y))
            if end > start and not np.isfinite(y[start:end]).all():
                runs.append((start, end))
            start = max(start, end)
        return tuple(runs)

    def _fitted(self, shown: np.ndarray) -> np.ndarray:
        """The losses the y axis fits: all but those of runs that diverged and are over. A
        class resets the weights after the loss exploded to 1e20: the steps that follow would
        stay squashed flat at the bottom under the spike (drawn still, off the top of the view)."""
        if not self._left_out:
            return shown
        keep = np.ones(len(shown), dtype=bool)
        for start, end in self._left_out:
            keep[start:end] = False
        return shown[keep]

    def _extent(self, shown: np.ndarray) -> tuple[float, float]:
        """Lowest and highest loss, nan skipped, on the axis' scale (log10 in log mode)."""
        if not len(shown):
            return np.nan, np.nan
        lo, hi = float(np.fmin.reduce(shown)), float(np.fmax.reduce(shown))
        if self.log_y():
            with np.errstate(divide="ignore", invalid="ignore"):
                lo, hi = float(np.log10(lo)), float(np.log10(hi))
        return lo, hi

    def _fit_view(self, n: int, lo: float, hi: float) -> bool:
        """Move the view as needed for n steps (→ True if it moved): all of them, the newest
        ones after a zoom, none once the user panned away from the end."""
        if not self._user_range:
            return self._fit(n, lo, hi)
        return self._follow_end(n) if self._follow else False

    def _follow_end(self, n: int) -> bool:
        """Keep the zoomed view's width; jump ahead when the newest step reaches its right
        edge, and fit y to the losses in view (so a divergence shows)."""
        (x0, x1), (y0, y1) = self._view.viewRange()
        width = x1 - x0
        moved = False
        if not (x0 <= n <= x1):
            x1 = n + FOLLOW_AHEAD * width
            x0 = x1 - width
            moved = True
        shown = self._losses[max(0, int(np.floor(x0)) - 1):n]
        shown = shown[self._drawable(shown)]
        if len(shown):
            lo, hi = self._extent(shown)
            if moved or lo < y0 or hi > y1 or (hi - lo) < 0.5 * (y1 - y0):
                span = hi - lo if hi > lo else max(abs(hi) * 0.1, 1e-3)
                y0, y1 = lo - 0.05 * span, hi + 0.05 * span
                moved = True
        if moved:
            self._view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        return moved

    def _fit(self, n: int, lo: float, hi: float) -> bool:
        """Keep the view on all steps and losses, moving it only when they leave it (→ True)."""
        moved = False
        hi_x = (max(n, self._ghost_end) + 0.5) * 1.1  # the faint steps left behind in view too
        if self._x_range is None or not (hi_x <= self._x_range[1] <= 4 * hi_x):
            self._x_range = (0.5, max(10.0, nice_above(hi_x, NICE)))
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
        # A zoom keeps following the newest step; a pan does while the newest step stays in
        # view, and stops once the user looks at the past.
        self._user_range = True
        (x0, x1), _ = self._view.viewRange()
        self._follow = self._view.gesture == "zoom" or x0 <= len(self._losses) <= x1
        self.show_all_button.setEnabled(True)

    def _on_log_toggled(self, on: bool) -> None:
        self._apply_log(on)
        self.logYToggled.emit(bool(on))

    def _apply_log(self, on: bool) -> None:
        self.plot_item.setLogMode(x=False, y=on)
        self.ghost_curve.setLogMode(False, on)
        self.branch_dot.setLogMode(False, on)
        self._user_range, self._x_range, self._y_range = False, None, None  # fit afresh
        self._follow = False
        self.show_all_button.setEnabled(False)
        self._update_curve(refit=True)

    def _place_empty_text(self, *_):
        if self.empty_text.isVisible():
            (x0, x1), (y0, y1) = self.plot_item.getViewBox().viewRange()
            self.empty_text.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def _place_labels(self, *_) -> None:
        """Marker labels in rows from the top: each in the first row where it clears its
        neighbour, above the "No steps yet" hint; a label with no room left is hidden (its
        line's tooltip still tells it)."""
        view = self._view
        count = len(self._shown)
        if not count:
            return
        (x0, x1), (y0, y1) = view.viewRange()
        top_left = view.mapViewToScene(QPointF(x0, y1))
        bottom_right = view.mapViewToScene(QPointF(x1, y0))
        left, top, right = top_left.x(), top_left.y(), bottom_right.x()
        bottom = bottom_right.y()
        hint = self.hint_rect()
        if hint is not None:
            bottom = min(bottom, hint.top())
        row_h = 0.0
        rows: list[float] = []  # right end of the last label in each row
        for label in self._labels[:count]:
            row_h = max(row_h, label.textItem.boundingRect().height() + 1)
        for step, label in zip((s for s, *_ in self._shown), self._labels[:count], strict=True):
            x = view.mapViewToScene(QPointF(step + 0.5, y1)).x()
            # The label's own size on screen (text, margins): it ignores the view's scaling.
            w = label.textItem.boundingRect().width()
            start = x + 3 if x + 3 + w <= right else x - 3 - w  # right of its line, or left
            if not (left <= x <= right) or start < left:
                label.hide()
                continue
            row = next((r for r, end in enumerate(rows) if end + 4 <= start), len(rows))
            y = top + 2 + row * row_h
            if y + row_h > bottom:
                label.hide()
                continue
            if row == len(rows):
                rows.append(0.0)
            rows[row] = start + w
            label.setPos(view.mapSceneToView(QPointF(start, y)))
            label.show()

    def _size_last_label(self) -> None:
        """Room for the longest readout in the label's font (language and presentation mode)."""
        metrics = self.last_label.fontMetrics()
        self.last_label.setFixedSize(
            max(metrics.horizontalAdvance(t) for t in (
                self._last_text(10_000_000, 0.0001234), self._last_text(1_000_000, float("nan")),
                self.tr("back to step {step}: loss {loss}").format(step=fmt_int(1_000_000),
                                                                  loss=fmt(0.0001234)))) + 8,
            metrics.height() + 4)

    def set_presentation(self, on: bool) -> None:
        """Projector-sized hint and marker labels (the presentation sizes the axes): they are
        items of the view, not of the plot, and a marker made while presenting is new."""
        if on:
            font = QFont(self.font())
            font.setPointSizeF(text_point_size(self, TEXT_PX * 0.9))
            self._presentation_font = font
        else:
            self._presentation_font = None
        self.empty_text.setFont(self._presentation_font or self._hint_font)
        for label in self._labels:
            label.setFont(self._marker_font())
        self._place_empty_text()
        self._place_labels()
        # The presentation's style sheet has just given the readout its projector font: in its
        # laptop-sized box, beside "log y" and "Show all" in a quarter of the screen, its start
        # was cut off ("as 2 : perte 0,1857"). There it gets a row of its own and that row's
        # width, and "log y" and "Show all" join the timeline's row: with the controls' text
        # projector-sized, a third row of them left the curve 150 px of a 1080-line screen
        # once a lesson's bar took its room. Back on the laptop, their places again.
        boxes = (self.log_y_checkbox, self.show_all_button)
        for widget in (*boxes, self.last_label):
            for row in (self._bar, self._timeline_row, self._readout_row):
                row.removeWidget(widget)
        if on:
            for i, widget in enumerate(boxes):
                self._timeline_row.insertWidget(i, widget)
            self._readout_row.addWidget(self.last_label)
            self.last_label.setMinimumWidth(0)
            self.last_label.setMaximumWidth(16_777_215)
            self.last_label.setFixedHeight(self.last_label.fontMetrics().height() + 4)
        else:
            for i, widget in enumerate(boxes):
                self._bar.insertWidget(i, widget)
            self._bar.addWidget(self.last_label)
            self._size_last_label()

    def _marker_font(self) -> QFont:
        if self._presentation_font is not None:
            return QFont(self._presentation_font)
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF(), 9.0) * 1.1)
        return f


def _localized(detail: str) -> str:
    """An event's text with its decimals the locale's way ("lr = 0,5" in French); the engine
    writes them with a point."""
    return _DECIMAL.sub(lambda m: fmt(float(m.group()), 6), detail)


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
