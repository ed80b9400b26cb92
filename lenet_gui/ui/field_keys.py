"""Enter or Escape in any text field of the window hands the keyboard back to the window's shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

LEAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


def is_text_field(widget: QWidget | None) -> bool:
    """A widget that takes typed characters, so single-key shortcuts (Space, P) go into it."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QAbstractSpinBox))


def in_window(window: QWidget, widget: QWidget | None) -> bool:
    """Is widget part of window (its floating panels too), not of a dialog or another window?"""
    w = widget
    while w is not None:
        if w is window:
            return True
        if w.isWindow() and not isinstance(w, QDockWidget):
            return False  # a dialog or another top-level window
        w = w.parentWidget()
    return False


class FieldKeys(QObject):
    """Watches whichever field of `window` has the focus; after Enter or Escape, focus goes to `home`.

    A typed field keeps Space and P for itself (a spin box would take Space as text), so after
    "type 100, press Enter" the lesson's Space did nothing. One mechanism for every field, present
    and future: the field that gets the focus is watched, wherever it is in the window (floating
    panels included), and nothing is watched in dialogs, whose Enter and Escape belong to them.
    """

    def __init__(self, window: QWidget, home: QWidget):
        super().__init__(window)
        self._window = window
        self._home = home
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if is_text_field(now) and in_window(self._window, now):
            now.installEventFilter(self)  # installing again replaces, never doubles, the filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and event.key() in LEAVE_KEYS:
            # After the field has handled the key itself: Enter must still commit the value.
            QTimer.singleShot(0, self, lambda field=watched: self._hand_back(field))
        return False

    def _hand_back(self, field: QObject) -> None:
        if not (isValid(field) and isValid(self._home)) or QApplication.focusWidget() is not field:
            return  # the user already went elsewhere
        if self._home.window() is field.window():
            self._home.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            field.clearFocus()  # a floating panel: its window keeps the keys, without the field
