"""Drive widgets as a person would: mouse strokes with the button held, tooltips at a point."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget


def _point(p) -> QPoint:
    if isinstance(p, QPointF):
        return p.toPoint()
    if isinstance(p, QPoint):
        return p
    return QPoint(int(round(p[0])), int(round(p[1])))


def send_mouse(widget: QWidget, kind: QEvent.Type, pos, button: Qt.MouseButton,
               buttons: Qt.MouseButton) -> None:
    """Send one mouse event in widget coordinates, with `buttons` held during the event."""
    local = QPointF(_point(pos))
    global_ = QPointF(widget.mapToGlobal(_point(pos)))
    event = QMouseEvent(kind, local, global_, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def draw_stroke(qtbot, widget: QWidget, points: Sequence) -> None:
    """Press the left button at points[0], move through the rest with it held, release at the end.

    qtbot.mouseMove cannot hold a button, so the moves are QMouseEvents sent directly with
    buttons=LeftButton. Points are (x, y) tuples, QPoint or QPointF in widget coordinates;
    a single point is a click (a dot).
    """
    assert points, "a stroke needs at least one point"
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(widget, QEvent.Type.MouseButtonPress, points[0], left, left)
    for p in points[1:]:
        send_mouse(widget, QEvent.Type.MouseMove, p, none, left)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, points[-1], left, none)
    qtbot.wait(0)


def tooltip_at(widget: QWidget, pos) -> str:
    """Ask the widget for its tooltip at pos the way Qt does (a QHelpEvent) and return the text."""
    QToolTip.hideText()
    p = _point(pos)
    event = QHelpEvent(QEvent.Type.ToolTip, p, widget.mapToGlobal(p))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def error_text(window: QWidget) -> str:
    """The sentence of the newest error dialog open over the window, or "" when none is."""
    from PySide6.QtWidgets import QMessageBox

    boxes = [b for b in window.findChildren(QMessageBox, "error_message") if b.isVisible()]
    return boxes[-1].text() if boxes else ""
