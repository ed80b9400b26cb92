"""The Help menu's boxes: the keyboard shortcuts, read from the window's menus, and About."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

FIELD_NOTE = QT_TRANSLATE_NOOP("HelpDialogs", "Enter or Escape in a number box gives these keys back to the window.")
TAB_NOTE = QT_TRANSLATE_NOOP("HelpDialogs", "Tab and Shift+Tab go from control to control; Enter presses the button that has the focus.")
# The keys that move the explained value: the Explain panel's and the Feature maps' own
# (explain_panel.move_for_key), not menu actions, so listed here rather than read from the menus.
EXPLAIN_HEADING = QT_TRANSLATE_NOOP(
    "HelpDialogs", "In the Explain panel and the Feature maps, once a value is chosen (click it):")
EXPLAIN_KEYS = (
    ((Qt.Key.Key_Left, Qt.Key.Key_Right),
     QT_TRANSLATE_NOOP("HelpDialogs", "the value to the left or right (in a vector: the previous or next one)")),
    ((Qt.Key.Key_Up, Qt.Key.Key_Down),
     QT_TRANSLATE_NOOP("HelpDialogs", "the value above or below (in a vector: a row of its picture back or on)")),
    ((Qt.Key.Key_PageUp, Qt.Key.Key_PageDown),
     QT_TRANSLATE_NOOP("HelpDialogs", "the same place in the previous or next map")),
)
EXPLAIN_NOTE = QT_TRANSLATE_NOOP(
    "HelpDialogs", "In the Feature maps, an arrow key with no value chosen yet picks the first value of the "
                   "framed layer. “Walk ▶” in the Explain panel walks the filter over the map.")
# The keys of the Output bars and the Weights view: their CursorKeys (focus_chain), not menu actions.
CURSOR_HEADING = QT_TRANSLATE_NOOP(
    "HelpDialogs", "In the Output bars and the Weights, once Tab has reached them (a dotted frame shows it):")
CURSOR_KEYS = (
    ((Qt.Key.Key_Left, Qt.Key.Key_Right),
     QT_TRANSLATE_NOOP("HelpDialogs", "the previous or next bar or weight, explained as a click does")),
    ((Qt.Key.Key_Up, Qt.Key.Key_Down),
     QT_TRANSLATE_NOOP("HelpDialogs", "in the Weights: the weight above or below, as drawn")),
    ((Qt.Key.Key_PageUp, Qt.Key.Key_PageDown),
     QT_TRANSLATE_NOOP("HelpDialogs", "in the Weights: the first weight of the previous or next tensor")),
    ((Qt.Key.Key_Return, Qt.Key.Key_Enter),
     QT_TRANSLATE_NOOP("HelpDialogs", "explain the value under the cursor, as a click does")),
    ((Qt.Key.Key_Escape,),
     QT_TRANSLATE_NOOP("HelpDialogs", "take the cursor away")),
)
# The Class set list's own keys (class_set_browser's event filter), not menu actions.
CLASS_SET_HEADING = QT_TRANSLATE_NOOP("HelpDialogs", "In the Class set list:")
CLASS_SET_KEYS = (
    ((Qt.Key.Key_Delete,), QT_TRANSLATE_NOOP("HelpDialogs", "delete the selected drawing")),
    ((QKeySequence.StandardKey.Undo,),
     QT_TRANSLATE_NOOP("HelpDialogs", "bring back the drawing, or drawings, deleted last")),
)
CURSOR_NOTE = QT_TRANSLATE_NOOP(
    "HelpDialogs", "The first arrow key moves on from the bar or weight last clicked; with none clicked, it "
                   "shows the predicted digit or the first weight. Space stays the Backprop step here too.")

# The Keyboard shortcuts box's text width, in pixels, at most (two columns).
SHORTCUTS_WIDTH = 760


def widest_message_box(screen_width: int) -> int:
    """The widest Qt lets a message box be on a screen this wide (QMessageBox's own limit:
    wider text is cut at the box's edge)."""
    return screen_width if screen_width <= 1024 else min(screen_width - 480, 1000)


def on_every_keyboard(keys: QKeySequence) -> bool:
    """False for the keys of special keyboards that platforms also bind (Undo, Open, F14…)."""
    key = keys[0].key() if keys.count() else Qt.Key.Key_unknown
    return key < Qt.Key.Key_F13  # F13 and up: F13–F35, then Help, Undo, Open, media keys…


def menu_text(text: str) -> str:
    """A menu entry's text without its Alt letter: "&Backprop step" → "Backprop step", and the
    Japanese way, 「誤差逆伝播を 1 ステップ(&B)」 → 「誤差逆伝播を 1 ステップ」."""
    text = re.sub(r"\(&[^&]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


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
                    text = menu_text(action.text())
                    rows.append((self.tr(" or ").join(keys), text.rstrip("…")))
        return rows

    def explain_key_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the keys that move the value the Explain panel explains."""
        return self._key_rows(EXPLAIN_KEYS)

    def cursor_key_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the keys of the Output bars' and the Weights' cursor."""
        return self._key_rows(CURSOR_KEYS)

    def _key_rows(self, keys_and_texts) -> list[tuple[str, str]]:
        return [(" / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys),
                 self.tr(what)) for keys, what in keys_and_texts]

    def show_shortcuts(self) -> None:
        # Two columns, the menus' keys beside the panels' own: one column of them all is taller
        # than a 768-pixel screen, and its last rows fell below the screen's edge.
        menus = (f"<table>{_rows(self.shortcut_rows())}</table>"
                 f"<p>{html.escape(self.tr(FIELD_NOTE), quote=False)}</p><p>{html.escape(self.tr(TAB_NOTE), quote=False)}</p>")
        panels = (f"<p>{html.escape(self.tr(EXPLAIN_HEADING), quote=False)}</p>"
                  f"<table>{_rows(self.explain_key_rows())}</table>"
                  f"<p>{html.escape(self.tr(EXPLAIN_NOTE), quote=False)}</p>"
                  f"<p>{html.escape(self.tr(CURSOR_HEADING), quote=False)}</p>"
                  f"<table>{_rows(self.cursor_key_rows())}</table>"
                  f"<p>{html.escape(self.tr(CURSOR_NOTE), quote=False)}</p>"
                  f"<p>{html.escape(self.tr(CLASS_SET_HEADING), quote=False)}</p>"
                  f"<table>{_rows(self._key_rows(CLASS_SET_KEYS))}</table>")
        box = QMessageBox(QMessageBox.Information, self.tr("Keyboard shortcuts"),
                          f'<table><tr><td valign="top" width="50%">{menus}</td><td>&nbsp;&nbsp;&nbsp;</td>'
                          f'<td valign="top" width="50%">{panels}</td></tr></table>', parent=self.window)
        box.setObjectName("shortcuts_box")
        # A message box keeps its text 500 pixels wide, too narrow for two columns: the text's
        # label gets the width of two, within the widest a message box grows on this screen.
        label = box.findChild(QLabel, "qt_msgbox_label")
        screen = self.window.screen()
        if label is not None and screen is not None:
            label.setMinimumWidth(min(SHORTCUTS_WIDTH, widest_message_box(screen.availableGeometry().width()) - 130))
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


def _rows(rows: list[tuple[str, str]]) -> str:
    """Table rows of (keys, what they do): the keys in bold."""
    return "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>&nbsp;&nbsp;{html.escape(v)}</td></tr>" for k, v in rows)
