"""The ten outputs of fc3 as bars from zero, the prediction, and the target drawn over them."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.evaluate import NO_DIGIT, predicted_digits
from . import language
from .focus_chain import CursorKeys
from .numbers import MINUS, fmt, fmt_edit, nice_above
from .value_tooltip import handle_tooltip, show_tooltip_at

DEFAULT_RANGE = (-0.5, 1.5)  # the tutorial's scores start near 0 and the one-hot target is 1
N = 10
_BAR = QColor(70, 130, 200)  # blue and orange stay distinct for colour-blind viewers
_WINNER = QColor(240, 140, 20)
_TARGET = QColor(150, 20, 110)  # not the zero line's colour, so target 0 stays visible


def _num(v: float) -> str:
    """0.912, −0.5 (0,912 in French): three decimals, as the bars are read."""
    if not math.isfinite(v):
        return fmt(v)
    loc = QLocale()
    return loc.toString(v, "f", 3).replace(loc.negativeSign(), MINUS)


_MARKER_W = 3.0  # the marker's line width, whole pixels: crisp without antialiasing


def _marker_rects(x0: float, x1: float, y: float) -> list[QRectF]:
    """The target marker |—|: a bar across the column and a tick at each end, as rectangles.

    Filled rectangles, not lines of a thick pen: Qt fills them directly, while it first
    outlines a thick line (~60 µs for the ten markers at every repaint).
    """
    h = _MARKER_W / 2
    return [QRectF(x0, y - h, x1 - x0, _MARKER_W), QRectF(x0 - h, y - 6, _MARKER_W, 12),
            QRectF(x1 - h, y - 6, _MARKER_W, 12)]


def _short(v: float) -> str:
    """1.0, 0.25, −0.5 (1,0 and 0,25 in French): the target as a person would write it."""
    if not math.isfinite(v):
        return fmt(v)
    loc = QLocale()
    text = fmt_edit(v, 3, loc).replace(loc.negativeSign(), MINUS)
    return text if loc.decimalPoint() in text else f"{text}{loc.decimalPoint()}0"


class OutputScores(QWidget):
    """Bar chart of the 10 outputs, labelled 0–9, with "prediction: k" and target markers.

    On the keyboard: Tab reaches it; Left and Right move a dashed cursor from bar to bar (on from
    the bar clicked last, else out on the prediction), show the bar's value and do what a click
    does, as Enter does; Escape takes the cursor away. Space stays the Backprop step."""

    barClicked = Signal(int)
    """The user clicked the bar (or the label) of one output, or pressed Enter on it: its index."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("output_scores")
        # paintEvent fills its whole area: Qt need not paint the dock (and its title icons) first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._scores = np.zeros(N, np.float64)
        self._has_scores = False
        self._predict = True
        self._target: np.ndarray | None = None
        self._font_cache: tuple[QFont, QFont, QFont] | None = None
        self._bg: tuple[tuple, QPixmap] | None = None  # (what it was drawn for, the picture)
        self._marker_cache: tuple[tuple, list[QRectF]] | None = None
        # Worked out once per change, not at every paint and query: (winner, (lo, hi), all
        # finite), and the plot's place for the widget's size and fonts.
        self._summary: tuple[int | None, tuple[float, float], bool, bool] = (None, DEFAULT_RANGE, True, True)
        self._geometry: tuple[QSize, QRectF, float] | None = None
        self._cursor: int | None = None  # the keyboard's bar, while the keys are here
        self._clicked: int | None = None  # the last bar clicked: where the arrows start
        self._keys = CursorKeys(self, self._move_cursor, self._press_cursor, lambda: self._cursor is not None,
                                lambda: self.set_cursor(None))

    # --- public API ----------------------------------------------------------------------
    def set_scores(self, values: np.ndarray, predict: bool = True) -> None:
        """Show the 10 outputs (any finite or non-finite floats); predict=False (a blank
        input) shows them without claiming a prediction."""
        # Non-finite scores are labelled in words, which may reach outside the plot.
        before = self._summary if self._has_scores else None
        old = self._scores
        self._scores = self._ten(values)
        self._has_scores = True
        self._predict = bool(predict)
        self._summarize()
        after = self._summary
        if before is not None and before == after and after[2]:
            # Same winner, same scale: only the bars moved (caption, labels, axes stay put),
            # and a step moves their ends by a pixel or so: just that is repainted, not the
            # whole plot's background.
            region = self._moved_bars(old, self._scores)
            if not region.isEmpty():
                self.update(region)
        else:
            self.update()

    def _moved_bars(self, old: np.ndarray, new: np.ndarray) -> QRegion:
        """Where bars changed between the finite scores old and new (same range): for each
        bar, the rows between its old and new end, with a margin for rounding."""
        plot = self.plot_rect()
        lo, hi = self.y_range()
        w = plot.width() / N
        scale = plot.height() / (hi - lo)
        y_old = (plot.bottom() - (np.clip(old, lo, hi) - lo) * scale).tolist()
        y_new = (plot.bottom() - (np.clip(new, lo, hi) - lo) * scale).tolist()
        region = QRegion()
        for i in np.flatnonzero(old != new).tolist():
            top, bottom = min(y_old[i], y_new[i]), max(y_old[i], y_new[i])
            region += QRectF(plot.x() + i * w + w * 0.15 - 2, top - 2, w * 0.7 + 4,
                             bottom - top + 4).toAlignedRect()
        return region

    def set_target(self, values: np.ndarray | None) -> None:
        """Draw the target over the bars (10 floats), or no target with None."""
        target = None if values is None else self._ten(values)
        if _same(target, self._target):
            return  # set at every frame: an unchanged target must not repaint the whole panel
        self._target = target
        self._summarize()
        self.update()

    def cursor(self) -> int | None:
        """The output the keyboard's cursor is on (Enter explains it), or None."""
        return self._cursor

    def set_cursor(self, i: int | None) -> None:
        """Put the keyboard's cursor on output i (its value shown as a tooltip), or take it away."""
        i = None if i is None else min(max(int(i), 0), N - 1)
        if i == self._cursor:
            return
        self._cursor = i
        self.update()
        if i is not None:
            column = self.bar_rect(i)
            show_tooltip_at(self, QPointF(column.center().x(), column.bottom()), self.value_text)

    def _move_cursor(self, dx: int, _dy: int, _page: int) -> bool:
        if not dx:
            return False  # up, down, page: nothing to move to among ten bars side by side
        if self._cursor is not None:
            self.set_cursor(self._cursor + dx)
        elif self._clicked is not None:
            self.set_cursor(self._clicked + dx)  # on from the bar clicked last
        else:
            self.set_cursor(self._start_bar())  # the first arrow shows where the arrows start
        return True

    def _press_cursor(self) -> None:
        if self._cursor is None:  # Enter before any arrow
            self.set_cursor(self._start_bar())
        self.barClicked.emit(self._cursor)

    def _start_bar(self) -> int:
        """Where the keyboard's cursor comes out: the bar clicked last, else the prediction."""
        if self._clicked is not None:
            return self._clicked
        prediction = self.prediction()
        return prediction if prediction is not None else 0

    def prediction(self) -> int | None:
        """Index of the largest output (+inf counts, nan does not); None when there is none,
        or when several outputs tie at +inf (a diverged net: argmax would name the first)."""
        return self._summary[0]

    def _summarize(self) -> None:
        s = self._scores
        pred = None
        if self._has_scores and self._predict:
            said = int(predicted_digits(s))  # the class-set evaluation's rule too
            pred = said if said != NO_DIGIT else None
        self._summary = (pred, self._range(), bool(np.isfinite(s).all()), self._predict)

    def caption(self) -> str:
        p = self.prediction()
        return self.tr("prediction: {digit}").format(digit=p if p is not None else "–")

    def y_range(self) -> tuple[float, float]:
        """At least DEFAULT_RANGE, widened in 1-2-5 steps to hold every finite value."""
        return self._summary[1]

    def _range(self) -> tuple[float, float]:
        lo, hi = DEFAULT_RANGE
        values = [self._scores] + ([self._target] if self._target is not None else [])
        finite = np.concatenate([v[np.isfinite(v)] for v in values])
        if finite.size:
            if finite.min() < lo:
                lo = -nice_above(-float(finite.min()) * 1.05)
            if finite.max() > hi:
                hi = nice_above(float(finite.max()) * 1.05)
        return lo, hi

    def bar_rect(self, i: int) -> QRectF:
        """The column of digit i (the whole height of the plot)."""
        plot = self.plot_rect()
        w = plot.width() / N
        return QRectF(plot.x() + i * w, plot.y(), w, plot.height())

    def value_text(self, pos: QPointF) -> str:
        """Tooltip at pos: "output 3: 0.912 (target 1.0)", or "" outside the bars."""
        plot = self.plot_rect()
        if not (plot.left() <= pos.x() < plot.right()) or pos.y() < plot.top() \
                or pos.y() > plot.bottom() + self._label_height():
            return ""
        i = min(int((pos.x() - plot.x()) / (plot.width() / N)), N - 1)
        text = self.tr("output {digit}: {value}").format(digit=i, value=_num(float(self._scores[i])))
        if self._target is not None:
            text += self.tr(" (target {value})").format(value=_short(float(self._target[i])))
        return text

    # --- layout --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 200)

    @staticmethod
    def _ten(values) -> np.ndarray:
        a = np.asarray(values, dtype=np.float64).reshape(-1)
        if a.size != N:
            raise ValueError(f"expected {N} values, got shape {np.shape(values)}")
        return a.copy()

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        # Asked for a dozen times per paint: built once per widget font (see changeEvent).
        if self._font_cache is None:
            self._font_cache = self._make_fonts()
        return self._font_cache

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._font_cache = None
            self._geometry = None
        super().changeEvent(event)

    def _make_fonts(self) -> tuple[QFont, QFont, QFont]:
        base = self.font().pointSizeF()
        caption = QFont(self.font())
        caption.setPointSizeF(max(16.0, base * 1.6))
        caption.setBold(True)
        digits = QFont(self.font())
        digits.setPointSizeF(max(13.0, base * 1.3))
        digits.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, base * 0.85))
        return caption, digits, small

    def _label_height(self) -> float:
        self.plot_rect()
        return self._geometry[2]

    def axis_font(self) -> QFont:
        """The font of the y axis labels."""
        return QFont(self._fonts()[2])

    def y_labels(self) -> list[tuple[str, QRectF]]:
        """The y axis labels as drawn: text (signed, the locale's decimal mark) and the box it
        is right-aligned in, left of the plot."""
        plot = self.plot_rect()
        lo, hi = self.y_range()
        h = QFontMetricsF(self._fonts()[2]).height()
        labels = []
        for v, text in self._ticks(lo, hi):
            y = plot.bottom() - (v - lo) / (hi - lo) * plot.height()
            labels.append((text, QRectF(0, y - h / 2, plot.left() - 5, h)))
        return labels

    @staticmethod
    def _ticks(lo: float, hi: float) -> list[tuple[float, str]]:
        """Grid values at round steps over [lo, hi] and their labels."""
        step = nice_above((hi - lo) / 5)
        first = math.ceil(lo / step - 1e-9)
        ticks = []
        for k in range(first, first + 12):
            v = k * step  # a multiple, not a running sum: no drift to 0.30000000000000004
            if v > hi + step * 1e-9:
                break
            ticks.append((v, fmt(v, 6) if k else "0"))
        return ticks

    def plot_rect(self) -> QRectF:
        """Where the bars are drawn: the plot area inside the axes and labels."""
        lo, hi = self.y_range()
        if self._geometry is None or self._geometry[0] != (self.size(), lo, hi):
            caption, digits, small = self._fonts()
            top = QFontMetricsF(caption).height() + 8
            # As wide as the widest label of this range: a narrower column would cut off the
            # left end of "−2e+23", its sign.
            fm = QFontMetricsF(small)
            left = max(fm.horizontalAdvance(t) for t in [f"{MINUS}0.00", *(t for _, t in self._ticks(lo, hi))]) + 10
            label_h = QFontMetricsF(digits).height() + 4
            rect = QRectF(left, top, max(10.0, self.width() - left - 8),
                          max(10.0, self.height() - top - label_h - 4))
            self._geometry = ((self.size(), lo, hi), rect, label_h)
        return QRectF(self._geometry[1])

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        caption_font, digit_font, small_font = self._fonts()
        text = self.palette().text().color()
        plot = self.plot_rect()
        lo, hi = self.y_range()
        painter = QPainter(self)
        # Axes, grid, y labels, digit labels and the target key change only with the size or
        # the range: a cached picture of them is one blit, their text ~0.5 ms every step.
        painter.drawPixmap(0, 0, self._background(plot, lo, hi))
        # Bars, markers and axes are upright rectangles and lines: crisp without antialiasing,
        # and filled directly. (Only the arrows of infinite scores are antialiased.)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

        bottom, scale = plot.bottom(), plot.height() / (hi - lo)

        def y_of(v: float) -> float:
            v = min(max(v, lo), hi)  # ±inf and out-of-range values end at the edge
            return bottom - (v - lo) * scale

        pred = self.prediction()
        w = plot.width() / N
        zero = y_of(0.0)
        label_h = self._label_height()
        exposed = QRectF(event.rect())
        bar_w = w * 0.7
        values = self._scores.tolist() if self._has_scores else []
        # All ten heights in one numpy expression; ±inf end at the edge, nan draws no bar.
        ys = (bottom - (np.clip(self._scores, lo, hi) - lo) * scale).tolist() if values else []
        bars: dict[bool, list[QRectF]] = {False: [], True: []}  # by winner: one call per colour
        x0 = plot.x() + w * 0.15
        for i, (value, y) in enumerate(zip(values, ys, strict=True)):
            if value == value:  # not nan
                bars[i == pred].append(QRectF(x0 + i * w, min(y, zero), bar_w, abs(zero - y)))
        painter.setPen(Qt.PenStyle.NoPen)
        for winner, rects in bars.items():
            if rects:
                painter.setBrush(_WINNER if winner else _BAR)
                painter.drawRects(rects)
        for i, value in enumerate(values):
            if math.isfinite(value):
                continue
            fm = QFontMetricsF(small_font)
            x0 = plot.x() + i * w + w * 0.15
            if math.isinf(value):  # an arrow: the bar goes on beyond the plot
                color = _WINNER if i == pred else _BAR
                tip = plot.top() if value > 0 else plot.bottom()
                d = 1 if value > 0 else -1
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color.darker(130))
                painter.drawPolygon(QPolygonF([QPointF(x0, tip + d * bar_w / 2),
                                               QPointF(x0 + bar_w / 2, tip),
                                               QPointF(x0 + bar_w, tip + d * bar_w / 2)]))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            if not math.isfinite(value):
                painter.setPen(text)
                painter.setFont(small_font)
                label_y = zero - fm.height() - 2 if math.isnan(value) or value < 0 else zero + 2
                painter.drawText(QRectF(x0 - w * 0.15, label_y, w, fm.height()),
                                 Qt.AlignmentFlag.AlignCenter, fmt(value))
        markers = self._markers(plot, lo, hi)
        if markers:  # all in one call
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._target_color())
            painter.drawRects(markers)
        if pred is not None and exposed.intersects(QRectF(plot.x(), plot.bottom() + 4,
                                                          plot.width(), label_h)):
            # The background has every digit in the text colour; the winner's is drawn anew.
            cell = QRectF(plot.x() + pred * w, plot.bottom() + 4, w, label_h)
            painter.fillRect(cell, self.palette().base())
            painter.setPen(_WINNER.darker(115))
            painter.setFont(digit_font)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(pred))

        painter.setPen(QPen(text, 2))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        painter.setPen(QPen(QColor(128, 128, 128), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)

        if self._cursor is not None:  # the keyboard's bar: its whole column, bar and digit
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.bar_rect(self._cursor).adjusted(2, 1, -2, label_h + 2))

        cap = QRectF(plot.left(), 2, plot.width(), plot.top() - 6)
        if exposed.intersects(cap):  # a step repaints only the bars (see set_scores)
            painter.setFont(caption_font)
            painter.setPen(text)
            painter.drawText(cap, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.caption())
        painter.end()

    def _markers(self, plot: QRectF, lo: float, hi: float) -> list[QRectF]:
        """The target's |—| markers; they move only with the target, size and range."""
        if self._target is None:
            return []
        key = (self._target.tobytes(), plot.getRect(), lo, hi)
        if self._marker_cache is not None and self._marker_cache[0] == key:
            return self._marker_cache[1]
        w = plot.width() / N
        rects: list[QRectF] = []
        for i in range(N):
            value = float(self._target[i])
            if math.isfinite(value):
                # A hollow marker, |—|, across the column at the target value: it leaves the
                # bar visible under it and still reads where it coincides with the zero line.
                x0 = plot.x() + i * w + w * 0.15
                y = plot.bottom() - (min(max(value, lo), hi) - lo) / (hi - lo) * plot.height()
                rects += _marker_rects(x0 - 3, x0 + w * 0.7 + 3, y)
        self._marker_cache = (key, rects)
        return rects

    def _background(self, plot: QRectF, lo: float, hi: float) -> QPixmap:
        """What only the size, range, fonts and palette change, drawn once and kept."""
        palette = self.palette()
        key = (language.current(), self.size(), self.devicePixelRatioF(), lo, hi, self._target is not None,

               palette.base().color().rgba(), palette.text().color().rgba(), id(self._fonts()))
        if self._bg is not None and self._bg[0] == key:
            return self._bg[1]
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap((QSizeF(self.size()) * ratio).toSize())
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(palette.base().color())
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        caption_font, digit_font, small_font = self._fonts()
        text = palette.text().color()

        def y_of(v: float) -> float:
            return plot.bottom() - (min(max(v, lo), hi) - lo) / (hi - lo) * plot.height()

        # Grid and y labels at round steps.
        painter.setFont(small_font)
        fm = QFontMetricsF(small_font)
        for label, box in self.y_labels():
            y = box.center().y()
            painter.setPen(QPen(QColor(128, 128, 128, 70), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        w = plot.width() / N
        label_h = self._label_height()
        painter.setPen(text)
        painter.setFont(digit_font)
        for i in range(N):
            painter.drawText(QRectF(plot.x() + i * w, plot.bottom() + 4, w, label_h),
                             Qt.AlignmentFlag.AlignCenter, str(i))
        if self._target is not None:
            cap = QRectF(plot.left(), 2, plot.width(), plot.top() - 6)
            painter.setFont(small_font)
            key_w = fm.horizontalAdvance(self.tr("target")) + 30
            kx = cap.right() - key_w
            self._draw_target_marker(painter, kx, kx + 18, cap.center().y())
            painter.setPen(text)
            painter.drawText(QRectF(kx + 24, cap.top(), key_w, cap.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("target"))
        painter.end()
        self._bg = (key, pixmap)
        return pixmap

    def _draw_target_marker(self, painter: QPainter, x0: float, x1: float, y: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._target_color())
        painter.drawRects(_marker_rects(x0, x1, y))

    def _target_color(self) -> QColor:
        # Dark on a light background, light on a dark one.
        return _TARGET if self.palette().base().color().lightness() > 128 else QColor(255, 120, 220)

    def bar_at(self, pos: QPointF) -> int | None:
        """The output whose column (bar or label) is at pos, or None."""
        plot = self.plot_rect()
        if not (plot.left() <= pos.x() < plot.right()) or pos.y() < plot.top() \
                or pos.y() > plot.bottom() + self._label_height():
            return None
        return min(int((pos.x() - plot.x()) / (plot.width() / N)), N - 1)

    def mousePressEvent(self, event) -> None:
        i = self.bar_at(QPointF(event.position()))
        if i is not None and event.button() == Qt.MouseButton.LeftButton:
            self._clicked = i
            if self._cursor is not None:
                self.set_cursor(i)  # the keyboard's cursor, if it is out, goes along
            self.barClicked.emit(i)
            event.accept()
            return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        return handle_tooltip(self, event, self.value_text) or super().event(event)


def _same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    if a is None or b is None:
        return a is b
    return bool(np.array_equal(a, b, equal_nan=True))
