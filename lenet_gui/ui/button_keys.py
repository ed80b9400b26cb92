"""Enter presses the button or ticks the box that has the focus, so Tab and Enter work every control."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import isValid

from .field_keys import in_window, is_text_field

PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ButtonKeys(QObject):
    """Watches whichever button of `window` has the focus; Enter (either key) clicks it.

    Space, the key a focused button usually takes, is the window's Backprop step everywhere (the
    lessons' key), and a button outside a dialog ignores Enter: a person on the keyboard could
    Tab to Clear or Play but not press it. Dialogs keep their own Enter (their default button).
    """

    def __init__(self, window: QWidget, home: QWidget):
        super().__init__(window)
        self._window = window
        self._home = home  # where the keyboard goes when a pressed button takes itself away
        self._pressed: QAbstractButton | None = None  # the last one Enter pressed, until the focus moves on
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        # (The focus may come back to the button itself first, from the dialog it opened.)
        if now is not None and now is not self._pressed and in_window(self._window, now):
            pressed, self._pressed = self._pressed, None
            if pressed is not None and is_text_field(now) and isValid(pressed) \
                    and not (pressed.isVisible() and pressed.isEnabled()):
                # The button pressed with Enter took itself away (Delete all, after its dialog;
                # its Undo): Qt handed the focus to the next control, a number box that would
                # take Space and P as text. The keyboard goes home, as after Enter in a field.
                self._home.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if isinstance(now, QAbstractButton) and in_window(self._window, now):
            now.installEventFilter(self)  # installing again replaces, never doubles, the filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.KeyPress and event.key() in PRESS_KEYS
                and not event.isAutoRepeat()
                and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
                and isinstance(watched, QAbstractButton) and watched.hasFocus()):
            if watched.isEnabled():
                self._pressed = watched
                watched.animateClick()
            return True
        return False
