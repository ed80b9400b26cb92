"""Replay pen strokes as real mouse events on the canvas (screenshot, benchmark, tests)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

Stroke = Sequence[tuple[float, float]]

# Hand-made digit shapes in a unit box (x right, y down), one list of strokes per digit.
def _arc(cx, cy, rx, ry, a0, a1, n=14):
    return [(cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
            for a in (a0 + (a1 - a0) * i / (n - 1) for i in range(n))]


DIGITS: dict[int, list[Stroke]] = {
    0: [_arc(0.5, 0.5, 0.28, 0.42, 0, 360, 24)],
    1: [[(0.38, 0.22), (0.55, 0.08), (0.55, 0.92)]],
    2: [_arc(0.5, 0.3, 0.28, 0.22, 200, 380, 12) + [(0.72, 0.42), (0.25, 0.92), (0.78, 0.92)]],
    3: [_arc(0.48, 0.28, 0.26, 0.2, 210, 450, 14) + _arc(0.48, 0.7, 0.3, 0.22, -90, 150, 14)],
    4: [[(0.62, 0.92), (0.62, 0.08), (0.2, 0.66), (0.82, 0.66)]],
    5: [[(0.75, 0.1), (0.32, 0.1), (0.28, 0.45)] + _arc(0.48, 0.66, 0.28, 0.26, -120, 150, 14)],
    6: [[(0.68, 0.1), (0.4, 0.35)] + _arc(0.5, 0.68, 0.25, 0.25, 200, 560, 20)],
    7: [[(0.2, 0.1), (0.8, 0.1), (0.42, 0.92)]],
    8: [_arc(0.5, 0.28, 0.21, 0.2, 90, 450, 18) + _arc(0.5, 0.7, 0.26, 0.22, -90, 270, 18)],
    9: [_arc(0.5, 0.32, 0.24, 0.22, 0, 360, 18) + [(0.74, 0.32), (0.66, 0.92)]],
}


def densify(stroke: Stroke, step: float) -> list[tuple[float, float]]:
    """Points every `step` units along a polyline, as a mouse reports them."""
    out = [stroke[0]]
    for (x0, y0), (x1, y1) in zip(stroke, stroke[1:], strict=False):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
        out += [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(1, n + 1)]
    return out


def _send(widget: QWidget, kind, pos: QPointF, button, buttons) -> None:
    event = QMouseEvent(kind, pos, QPointF(widget.mapToGlobal(pos.toPoint())), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def to_widget(surface: QWidget, point: tuple[float, float], box: tuple[float, float, float, float]) -> QPointF:
    """Map a unit-box point into the canvas surface, inside box = (x, y, w, h) of the image (0–1)."""
    rect = surface.image_rect()
    x = rect.left() + (box[0] + point[0] * box[2]) * rect.width()
    y = rect.top() + (box[1] + point[1] * box[3]) * rect.height()
    return QPointF(x, y)


def replay(surface: QWidget, strokes: Iterable[Stroke], box=(0.2, 0.12, 0.6, 0.76),
           step: float = 0.02, on_move=None) -> int:
    """Draw strokes on the canvas surface with press, moves with the button held, release.

    Returns the number of mouse moves sent; on_move() is called after each (the benchmark
    times them).
    """
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    moves = 0
    for stroke in strokes:
        points = [to_widget(surface, p, box) for p in densify(stroke, step)]
        _send(surface, QEvent.Type.MouseButtonPress, points[0], left, left)
        for p in points[1:]:
            _send(surface, QEvent.Type.MouseMove, p, none, left)
            moves += 1
            if on_move is not None:
                on_move()
        _send(surface, QEvent.Type.MouseButtonRelease, points[-1], left, none)
    return moves


def draw_digit(surface: QWidget, digit: int, **kwargs) -> int:
    return replay(surface, DIGITS[digit], **kwargs)
