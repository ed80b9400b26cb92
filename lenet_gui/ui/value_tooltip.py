"""The value under the cursor as a tooltip, for widgets that paint their own pixels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget


def handle_tooltip(widget: QWidget, event: QEvent, text_at: Callable[[QPointF], str]) -> bool:
    """Answer Qt's tooltip request with text_at(position); True when the event was a request."""
    if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
        return False
    text = text_at(QPointF(event.pos()))
    if text:
        QToolTip.showText(event.globalPos(), text, widget)
    else:
        QToolTip.hideText()
        event.ignore()  # nothing here: let Qt show no tooltip at all
    return True


def follow_tooltip(widget: QWidget, pos: QPointF, text_at: Callable[[QPointF], str]) -> None:
    """While a tooltip is up, let it follow the cursor from value to value (call on mouse moves)."""
    if QToolTip.isVisible():
        text = text_at(pos)
        if text:
            QToolTip.showText(widget.mapToGlobal(pos.toPoint()), text, widget)


def show_tooltip_at(widget: QWidget, pos: QPointF, text_at: Callable[[QPointF], str]) -> None:
    """The tooltip a pointer at pos would bring, shown now: the keyboard's way to it."""
    text = text_at(pos)
    if text:
        QToolTip.showText(widget.mapToGlobal(pos.toPoint()), text, widget)
    else:
        QToolTip.hideText()
