"""One feature map enlarged in its own window, with the value under the cursor."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QVBoxLayout, QWidget

from . import language, numbers
from .value_tooltip import follow_tooltip, handle_tooltip


def _colours(data: np.ndarray, signed: bool) -> np.ndarray:
    """RGBA: blue–black–orange for signed values, black–orange–yellow for non-negative ones."""
    finite = data[np.isfinite(data)]
    level = max(float(np.abs(finite).max()) if finite.size else 0.0, 1e-6)
    t = np.clip(np.nan_to_num(data) / level, -1.0, 1.0)
    pos = np.clip(t, 0, 1)[..., None] * np.array([255, 170, 40], np.float32)
    neg = np.clip(-t, 0, 1)[..., None] * np.array([60, 150, 255], np.float32)
    rgb = pos + (neg if signed else 0)
    rgba = np.empty(data.shape + (4,), np.uint8)
    rgba[..., :3] = np.clip(rgb, 0, 255).astype(np.uint8)
    rgba[..., 3] = 255
    return rgba


class LargeMap(QWidget):
    """A (H, W) map drawn as large as the widget allows, crisp squares, value on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("large_map")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._data = np.zeros((1, 1), np.float32)
        self._image = QImage()
        self._mark: tuple[int, int] | None = None

    def set_map(self, data: np.ndarray, signed: bool, mark: tuple[int, int] | None = None) -> None:
        a = np.array(data, np.float32)
        if a.ndim == 1:
            a = a[None]
        self._data = a
        rgba = np.ascontiguousarray(_colours(a, signed))
        h, w = a.shape
        self._image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
        self._mark = mark
        self.update()

    def data(self) -> np.ndarray:
        return self._data.copy()

    def map_rect(self) -> QRectF:
        h, w = self._data.shape
        cell = max(1.0, math.floor(min((self.width() - 8) / w, (self.height() - 8) / h)))
        return QRectF((self.width() - cell * w) / 2, (self.height() - cell * h) / 2, cell * w, cell * h)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        r = self.map_rect()
        if not r.contains(pos):
            return None
        h, w = self._data.shape
        return (min(int((pos.y() - r.y()) * h / r.height()), h - 1),
                min(int((pos.x() - r.x()) * w / r.width()), w - 1))

    def value_text(self, pos: QPointF) -> str:
        cell = self.cell_at(pos)
        if cell is None:
            return ""
        return self.tr("row {row}, col {col}: {value}").format(
            row=cell[0], col=cell[1], value=numbers.fmt(float(self._data[cell]), 6))

    def sizeHint(self) -> QSize:
        return QSize(560, 560)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        r = self.map_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(r, self._image)
        h, w = self._data.shape
        cell = r.width() / w
        if cell >= 24:  # room for the numbers themselves
            painter.setPen(QColor(255, 255, 255))
            for row in range(h):
                for col in range(w):
                    painter.drawText(QRectF(r.x() + col * cell, r.y() + row * cell, cell, cell),
                                     Qt.AlignmentFlag.AlignCenter, numbers.fmt(float(self._data[row, col]), 2))
        if self._mark is not None:
            row, col = self._mark
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.drawRect(QRectF(r.x() + col * cell, r.y() + row * cell, cell, cell))
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        follow_tooltip(self, QPointF(event.position()), self.value_text)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        return handle_tooltip(self, event, self.value_text) or super().event(event)


class MapDialog(QDialog):
    """A window holding one enlarged map; the window keeps it up to date while it is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_dialog")
        self.key, self.channel = "", -1
        self.caption = QLabel(objectName="map_dialog_caption")
        self.map = LargeMap()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.map, 1)
        # The generic title until a map is shown; a map's title is its presenter's to translate.
        language.texts(self, lambda: self.key or self.setWindowTitle(self.tr("Feature map")))

    def show_map(self, key: str, channel: int, title: str, data: np.ndarray, signed: bool,
                 mark: tuple[int, int] | None = None) -> None:
        self.key, self.channel = key, channel
        self.setWindowTitle(title)
        self.caption.setText(title)
        self.map.set_map(data, signed, mark)
