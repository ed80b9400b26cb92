"""Enter presses the button or ticks the box that has the focus, so Tab and Enter work every control."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from .field_keys import in_window

PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ButtonKeys(QObject):
    """Watches whichever button of `window` has the focus; Enter (either key) clicks it.

    Space, the key a focused button usually takes, is the window's Backprop step everywhere (the
    lessons' key), and a button outside a dialog ignores Enter: a person on the keyboard could
    Tab to Clear or Play but not press it. Dialogs keep their own Enter (their default button).
    """

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(now, QAbstractButton) and in_window(self._window, now):
            now.installEventFilter(self)  # installing again replaces, never doubles, the filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.KeyPress and event.key() in PRESS_KEYS
                and not event.isAutoRepeat()
                and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
                and isinstance(watched, QAbstractButton) and watched.hasFocus()):
            if watched.isEnabled():
                watched.animateClick()
            return True
        return False
