"""The weights themselves: every conv kernel and every Linear matrix as a small image."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import language, numbers
from .focus_chain import CursorKeys, scroll_area_around
from .images import rgba_image
from .value_tooltip import follow_tooltip, handle_tooltip, show_tooltip_at

_PAD = 6
_GAP = 2  # between kernels, in kernel cells' units of screen pixels


def _diverging(n: int = 255) -> np.ndarray:
    """Blue (negative) – black (0) – orange (positive), as the feature maps colour signed values."""
    t = np.linspace(-1.0, 1.0, n)
    stops = [-1.0, -0.5, 0.0, 0.5, 1.0]
    colours = [(175, 220, 255), (30, 100, 200), (0, 0, 0), (200, 100, 10), (255, 240, 170)]
    lut = np.empty((n, 4), np.uint8)
    for ch in range(3):
        lut[:, ch] = np.round(np.interp(t, stops, [c[ch] for c in colours]))
    lut[:, 3] = 255
    return lut


_LUT = _diverging()


def _rgba(values: np.ndarray, level: float) -> np.ndarray:
    idx = np.clip(np.rint((np.nan_to_num(values) / level + 1.0) * 127.0), 0, 254).astype(np.intp)
    return _LUT[idx]


@dataclass
class _Tensor:
    name: str
    data: np.ndarray  # (out, in, k, k) or (out, in)
    level: float
    image: QImage
    title_rect: QRectF
    rect: QRectF  # the image's place
    cell: tuple[float, float]  # screen px per value (x, y)

    @property
    def conv(self) -> bool:
        return self.data.ndim == 4


class WeightsView(QWidget):
    """conv kernels as grids of k×k images (a row per input channel, a column per filter) and
    Linear weights as one image (a row per output, a column per input); hover for a value.

    On the keyboard: Tab reaches it; the arrow keys move a dashed cursor from weight to weight
    as they are drawn (across kernels too; on from the weight clicked last), Page Up/Down to the
    previous or next tensor, each weight's value shown and explained as a click does, as Enter
    does; Escape takes the cursor away. Space stays the Backprop step."""

    weightClicked = Signal(str, tuple)
    """The user clicked one weight, or moved the keyboard's cursor to it: the parameter's name
    and the weight's index."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weights")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._tensors: list[_Tensor] = []
        self._shapes: tuple = ()
        self._laid_width = -1
        self._selected: tuple[str, tuple] | None = None
        self._cursor: tuple[str, tuple] | None = None  # the keyboard's weight, while the keys are here
        self._keys = CursorKeys(self, self._move_cursor, self._press_cursor, lambda: self._cursor is not None,
                                lambda: self.set_cursor(None))
        self._height = 100
        language.texts(self, self._relayout)  # the captions' new words may wrap to more lines

    # --- public API ----------------------------------------------------------------------
    def set_weights(self, tensors: list[tuple[str, np.ndarray]]) -> None:
        """Show these weight tensors (name, array of 4 or 2 dimensions); others are left out."""
        kept = []
        for name, values in tensors:
            a = np.asarray(values, np.float32)
            if a.ndim not in (2, 4):
                continue
            finite = a[np.isfinite(a)]
            level = max(float(np.abs(finite).max()) if finite.size else 0.0, 1e-6)
            kept.append((name, a.copy(), level))
        shapes = tuple((n, a.shape) for n, a, _ in kept)
        old = {t.name: t for t in self._tensors}
        self._tensors = [_Tensor(n, a, lvl, self._image(a, lvl), QRectF(), QRectF(), (1.0, 1.0))
                         for n, a, lvl in kept]
        if shapes != self._shapes or not old:
            self._shapes = shapes
            self._laid_width = -1
        else:
            for t in self._tensors:
                o = old[t.name]
                t.title_rect, t.rect, t.cell = o.title_rect, o.rect, o.cell
        if self._cursor is not None and not self._knows(self._cursor):
            self._cursor = None  # another architecture: that weight is gone
        self._ensure_layout()
        self.update()

    def names(self) -> list[str]:
        return [t.name for t in self._tensors]

    def weight_at(self, pos: QPointF) -> tuple[str, tuple[int, ...]] | None:
        """The weight drawn at pos: (parameter name, its index), or None."""
        self._ensure_layout()
        for t in self._tensors:
            if not t.rect.contains(pos):
                continue
            cx, cy = t.cell
            x, y = int((pos.x() - t.rect.x()) / cx), int((pos.y() - t.rect.y()) / cy)
            if t.conv:
                out, inp, k, _ = t.data.shape
                col, c = divmod(x, k + 1)
                row, r = divmod(y, k + 1)
                if c < k and r < k and col < out and row < inp:
                    return t.name, (col, row, r, c)
                return None
            out, inp = t.data.shape
            return t.name, (min(y, out - 1), min(x, inp - 1))
        return None

    def weight_rect(self, name: str, index: tuple[int, ...]) -> QRectF:
        """Where one weight is drawn (empty when unknown)."""
        self._ensure_layout()
        for t in self._tensors:
            if t.name != name:
                continue
            cx, cy = t.cell
            if t.conv and len(index) == 4:
                o, i, r, c = index
                k = t.data.shape[2]
                return QRectF(t.rect.x() + (o * (k + 1) + c) * cx, t.rect.y() + (i * (k + 1) + r) * cy, cx, cy)
            if not t.conv and len(index) == 2:
                o, i = index
                return QRectF(t.rect.x() + i * cx, t.rect.y() + o * cy, cx, cy)
        return QRectF()

    def value_text(self, pos: QPointF) -> str:
        found = self.weight_at(pos)
        if found is None:
            return ""
        name, index = found
        t = next(t for t in self._tensors if t.name == name)
        where = ", ".join(str(i) for i in index)
        return self.tr("{name}[{where}] = {value} (click: how the last step changed it)").format(
            name=name, where=where, value=numbers.fmt(float(t.data[index]), 6))

    def set_selected(self, selected: tuple[str, tuple] | None) -> None:
        """Outline one weight (name, index); None clears."""
        if selected != self._selected:
            self._selected = selected
            self.update()

    def selected(self) -> tuple[str, tuple] | None:
        """The outlined weight (name, index), or None."""
        return self._selected

    def cursor(self) -> tuple[str, tuple] | None:
        """The weight the keyboard's cursor is on (name, index; Enter explains it), or None."""
        return self._cursor

    def set_cursor(self, at: tuple[str, tuple] | None) -> None:
        """Put the keyboard's cursor on one weight (scrolled into sight, its value shown as a
        tooltip), or take it away with None. An unknown weight takes it away too."""
        if at is not None:
            at = (str(at[0]), tuple(int(i) for i in at[1]))
            if not self._knows(at):
                at = None
        if at == self._cursor:
            return
        self._cursor = at
        self.update()
        if at is not None:
            rect = self.weight_rect(*at)
            self._scroll_to(rect)
            show_tooltip_at(self, rect.center(), self.value_text)

    def _tensor(self, name: str) -> _Tensor | None:
        return next((t for t in self._tensors if t.name == name), None)

    def _knows(self, at: tuple[str, tuple]) -> bool:
        t = self._tensor(at[0])
        return t is not None and _inside(t.data.shape, tuple(at[1]))

    def _move_cursor(self, dx: int, dy: int, page: int) -> bool:
        if not self._tensors:
            return False
        at = self._cursor  # (set_tensors takes it away when its tensor goes)
        if at is None:
            if self._selected is None or not self._knows(self._selected):
                t = self._tensors[0]  # the first arrow shows where the arrows start
                self.set_cursor((t.name, (0,) * t.data.ndim))
                return True
            at = self._selected  # on from the weight explained last (a click)
        name, index = at
        t = self._tensor(name)
        if page:
            k = min(max(self._tensors.index(t) + page, 0), len(self._tensors) - 1)
            t = self._tensors[k]
            self.set_cursor((t.name, (0,) * t.data.ndim) if t.name != name else at)
            return True
        if t.conv:
            # As drawn: a column of kernels per filter, a row per input channel, so across goes
            # from one kernel's last column to the next filter's first.
            out, inp, k, _ = t.data.shape
            o, i, r, c = index
            o, c = _step(o, c, dx, out, k)
            i, r = _step(i, r, dy, inp, k)
            self.set_cursor((name, (o, i, r, c)))
        else:
            out, inp = t.data.shape
            o, i = index
            self.set_cursor((name, (min(max(o + dy, 0), out - 1), min(max(i + dx, 0), inp - 1))))
        return True

    def _press_cursor(self) -> None:
        if self._cursor is None:
            self._move_cursor(0, 0, 0)  # Enter before any arrow: the weight the arrows start from
        if self._cursor is not None:
            self.set_selected(self._cursor)
            self.weightClicked.emit(*self._cursor)

    def _scroll_to(self, rect: QRectF) -> None:
        """The panel scrolls to show rect (the view sits in a scroll area taller than its dock)."""
        area = scroll_area_around(self)
        if area is not None and area.widget() is self:
            c = rect.center()
            area.ensureVisible(int(c.x()), int(c.y()), int(rect.width() / 2) + 24, int(rect.height() / 2) + 24)

    # --- layout --------------------------------------------------------------------------
    @staticmethod
    def _image(a: np.ndarray, level: float) -> QImage:
        if a.ndim == 2:
            return rgba_image(_rgba(a, level))
        out, inp, k, _ = a.shape
        # One image: a column of kernels per filter, a row per input channel, one blank
        # (transparent) cell between kernels.
        canvas = np.zeros((inp * (k + 1), out * (k + 1), 4), np.uint8)
        colours = _rgba(a, level)  # (out, in, k, k, 4)
        view = canvas.reshape(inp, k + 1, out, k + 1, 4)[:, :k, :, :k]
        view[...] = colours.transpose(1, 2, 0, 3, 4)
        return rgba_image(canvas)

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold, self.font()

    def _ensure_layout(self) -> None:
        if self._laid_width == self.width():
            return
        self._laid_width = self.width()
        bold, _ = self._fonts()
        fm = QFontMetricsF(bold)
        avail = max(60.0, self.width() - 2 * _PAD)
        y = float(_PAD)
        for t in self._tensors:
            # As many lines as the caption wraps to in this width: none of it is cut.
            th = fm.boundingRect(QRectF(0, 0, avail, 1e4), int(Qt.TextFlag.TextWordWrap),
                                 self._caption(t)).height() + 2
            t.title_rect = QRectF(_PAD, y, avail, th)
            y += th
            if t.conv:
                out, inp, k, _ = t.data.shape
                cols, rows = out * (k + 1) - 1, inp * (k + 1) - 1
                s = max(2.0, min(14.0, math.floor(avail / cols)))
                t.cell = (s, s)
                t.rect = QRectF(_PAD, y, cols * s, rows * s)
            else:
                out, inp = t.data.shape
                sx = min(8.0, avail / inp)
                sy = max(1.0, min(8.0, sx * 2))
                t.cell = (sx, sy)
                t.rect = QRectF(_PAD, y, inp * sx, out * sy)
            y = t.rect.bottom() + 2 * _PAD
        self._height = int(y)
        self.setMinimumHeight(self._height)

    def _caption(self, t: _Tensor) -> str:
        if t.conv:
            out, inp, k, _ = t.data.shape
            caption = self.tr("{name}: {out} filters of {inp}×{k}×{k} (a column per filter, "
                              "a row per input channel)").format(name=t.name, out=out, inp=inp, k=k)
        else:
            out, inp = t.data.shape
            caption = self.tr("{name}: {out}×{inp} (a row per output, a column per input)").format(
                name=t.name, out=out, inp=inp)
        return caption + "  ±" + numbers.fmt(t.level, 3)

    def _relayout(self) -> None:
        self._laid_width = -1
        self._ensure_layout()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(340, max(200, self._height))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 100)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._laid_width = -1

    # --- painting and input --------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self)
        bold, normal = self._fonts()
        text = self.palette().windowText().color()
        for t in self._tensors:
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(t.title_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self._caption(t))
            # Shrunk Linear matrices are averaged, not sampled: no column silently dropped.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, t.cell[0] < 1)
            painter.drawImage(t.rect, t.image)
        if self._selected is not None:
            rect = self.weight_rect(*self._selected)
            if not rect.isEmpty():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(255, 255, 255), 3))
                painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
        if self._cursor is not None:  # the keyboard's weight: dashed, a little outside the outline
            rect = self.weight_rect(*self._cursor)
            if not rect.isEmpty():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(255, 255, 255), 3))
                painter.drawRect(rect.adjusted(-4, -4, 4, 4))
                painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
                painter.drawRect(rect.adjusted(-4, -4, 4, 4))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.weight_at(QPointF(event.position()))
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            if self._cursor is not None:
                self.set_cursor(found)  # the keyboard's cursor, if it is out, goes along
            self.set_selected(found)
            self.weightClicked.emit(*found)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        follow_tooltip(self, QPointF(event.position()), self.value_text)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        return handle_tooltip(self, event, self.value_text) or super().event(event)


def _inside(shape: tuple[int, ...], index: tuple[int, ...]) -> bool:
    return len(shape) == len(index) and all(0 <= i < n for i, n in zip(index, shape, strict=True))


def _step(block: int, cell: int, d: int, blocks: int, k: int) -> tuple[int, int]:
    """One weight along a row (or column) of k-wide kernels: (kernel, cell) moved by d, held
    at both ends."""
    flat = min(max(block * k + cell + d, 0), blocks * k - 1)
    return divmod(flat, k)
