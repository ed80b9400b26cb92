"""The Help menu's boxes: the keyboard shortcuts, read from the window's menus, and About."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

FIELD_NOTE = QT_TRANSLATE_NOOP("HelpDialogs", "Enter or Escape in a number box gives these keys back to the window.")
TAB_NOTE = QT_TRANSLATE_NOOP("HelpDialogs", "Tab and Shift+Tab go from control to control; Enter presses the button that has the focus.")


def on_every_keyboard(keys: QKeySequence) -> bool:
    """False for the keys of special keyboards that platforms also bind (Undo, Open, F14…)."""
    key = keys[0].key() if keys.count() else Qt.Key.Key_unknown
    return key < Qt.Key.Key_F13  # F13 and up: F13–F35, then Help, Undo, Open, media keys…


class HelpDialogs(QObject):
    """Shows the window's Help boxes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every menu action with keys, read from the actions themselves
        (the keys of special keyboards left out)."""
        rows = []
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else ():
                keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                        if on_every_keyboard(k)]
                if keys:
                    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                    rows.append((self.tr(" or ").join(keys), text.rstrip("…")))
        return rows

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>&nbsp;&nbsp;{html.escape(v)}</td></tr>"
                       for k, v in self.shortcut_rows())
        box = QMessageBox(QMessageBox.Information, self.tr("Keyboard shortcuts"),
                          f"<table>{rows}</table><p>{self.tr(FIELD_NOTE)}</p><p>{self.tr(TAB_NOTE)}</p>", parent=self.window)
        box.setObjectName("shortcuts_box")
        box.open()

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self.window, self.tr("About lenet-gui"),
            f"<h3>lenet-gui {__version__}</h3><p>"
            + self.tr("Draw a digit and watch the LeNet of the PyTorch "
                      "tutorial “Neural Networks” see it and learn.") + "</p><p>"
            + self.tr("Bundled weights were trained on MNIST digits (CC BY-SA 3.0).") + "</p>",
        )
