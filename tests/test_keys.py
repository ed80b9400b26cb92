"""The window's keys: each bound once by one action, Redo by every platform binding, Help lists them
all, Enter or Escape in a field gives Space and P back, View raises a panel behind a tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDockWidget,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from lenet_gui.replay import draw_digit


@pytest.fixture
def window(open_window):
    return open_window()


def steps(window) -> int:
    return len(window.session.trainer.history)


def menu_action(window, menu_title: str, text: str):
    for entry in window.menuBar().actions():
        if entry.text().replace("&", "") == menu_title:
            for action in entry.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu_title} → {text}")


def test_every_platform_redo_binding_and_ctrl_y_redo_a_stroke(window, qtbot):
    draw_digit(window.findChild(QWidget, "canvas"), 1)
    drawn = window.canvas.image_array()
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) + [QKeySequence("Ctrl+Y")]
    for seq in bindings:
        window.canvas.undo()
        assert window.canvas.is_empty()
        QTest.keySequence(window, seq)
        assert (window.canvas.image_array() == drawn).all(), f"{seq.toString()} did not redo"


def test_redo_button_beside_undo(window, qtbot):
    draw_digit(window.findChild(QWidget, "canvas"), 7)
    drawn = window.canvas.image_array()
    undo = window.findChild(QPushButton, "undo_button")
    redo = window.findChild(QPushButton, "redo_button")
    assert redo is not None and redo.parent() is undo.parent() and not redo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert window.canvas.is_empty() and redo.isEnabled()
    qtbot.mouseClick(redo, Qt.MouseButton.LeftButton)
    assert (window.canvas.image_array() == drawn).all() and not redo.isEnabled()
    assert "Ctrl+Y" in redo.toolTip() and "Ctrl+Shift+Z" in redo.toolTip()


def ordinary(seq: QKeySequence) -> bool:
    """A key every keyboard has (not the Undo, Open or F14 keys that platforms also bind)."""
    key = seq[0].key()
    return key < Qt.Key.Key_F13  # F13 and up: F13–F35, then Help, Undo, Open, media keys…


def test_help_lists_every_key_the_window_binds(window, qtbot):
    menu_action(window, "Help", "Keyboard shortcuts").trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "Keyboard shortcuts")
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    bound = [(a.text(), k.toString(QKeySequence.SequenceFormat.NativeText))
             for a in window.findChildren(QAction) for k in a.shortcuts() if ordinary(k)]
    assert len(bound) >= 12
    missing = [(what, k) for what, k in bound if k not in text]
    assert not missing, f"bound but not listed in Help → Keyboard shortcuts: {missing}"
    for what in ("Backprop step", "Play / pause", "Redo stroke", "Reset weights"):
        assert what in text
    assert "Enter or Escape" in text
    assert "Ctrl+Y" in text and "Ctrl+Shift+Z" in text
    box.close()


def open_shortcuts(window, qtbot) -> QMessageBox:
    window.help_dialogs.show_shortcuts()  # Help → Keyboard shortcuts, in any language
    box = [b for b in window.findChildren(QMessageBox) if b.objectName() == "shortcuts_box"][-1]  # the newest
    qtbot.waitUntil(box.isVisible)
    return box


def assert_listed(window, qtbot, heading: str, keys, phrases) -> None:
    """Help → Keyboard shortcuts names each key, and says each phrase, after `heading`."""
    box = open_shortcuts(window, qtbot)
    text = box.text()
    assert heading in text
    section = text[text.index(heading):]
    for key in keys:
        name = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        assert f"<b>{name}" in section or f"/ {name}</b>" in section, f"{name} is not listed under {heading}"
    for what in phrases:
        assert what in section
    box.close()


def test_help_lists_the_keys_that_move_the_explained_value(window, qtbot):
    """Every key the Explain panel (and the Feature maps) take to move the selected value is
    named in Help → Keyboard shortcuts, under the panel's name, with what it does."""
    from lenet_gui.ui.explain_panel import move_for_key

    moving = [k for k in Qt.Key if move_for_key(k) is not None]
    assert len(moving) == 6
    assert_listed(window, qtbot, "Explain panel", moving,
                  ("the value to the left or right", "the value above or below", "the previous or next map"))


def test_help_lists_the_keys_of_the_output_bars_and_the_weights(window, qtbot):
    """Every key the Output bars' and the Weights' cursor takes (focus_chain.CursorKeys: the
    arrows, Page Up/Down, Enter and Escape) is named in Help → Keyboard shortcuts, under
    those panels' names, with what it does."""
    from lenet_gui.ui.focus_chain import MOVES

    taken = [Qt.Key(k) for k in MOVES] + [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape]
    assert_listed(window, qtbot, "Output bars and the Weights", taken,
                  ("previous or next bar or weight", "the weight above or below", "previous or next tensor",
                   "as a click does", "take the cursor away", "Space stays the Backprop step"))


def test_the_shortcuts_box_shows_all_its_text_on_the_screen(window, qtbot, back_to_english):
    """The box is no taller or wider than the screen and its text is not cut: in one column,
    the panels' keys fell below the edge of a 768-pixel screen."""
    from lenet_gui.ui import language

    for code in ("en", "fr", "ja"):
        language.set_language(code)
        box = open_shortcuts(window, qtbot)
        qtbot.waitUntil(lambda b=box: b.size().height() > 100)
        screen = box.screen().availableGeometry()
        assert box.frameGeometry().height() <= screen.height() and box.frameGeometry().width() <= screen.width(), \
            (code, box.frameGeometry(), screen)
        label = next(lab for lab in box.findChildren(QLabel) if lab.text() == box.text())
        assert label.heightForWidth(label.width()) <= label.height(), code
        assert label.geometry().right() < box.width(), code
        box.close()


def test_the_explain_panel_keys_are_listed_in_french_and_japanese(window, qtbot, back_to_english):
    from lenet_gui.ui import language

    for code, panel, bars in (("fr", "panneau Explication", "barres de la Sortie"),
                              ("ja", "「説明」パネル", "「出力」の棒")):
        language.set_language(code)
        box = open_shortcuts(window, qtbot)
        assert panel in box.text() and "Explain panel" not in box.text(), box.text()
        assert bars in box.text() and "Output bars" not in box.text(), box.text()
        box.close()


def test_after_enter_in_a_field_space_steps_and_p_plays(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field = window.findChild(QAbstractSpinBox, "lr_input")
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.selectAll()
    qtbot.keyClicks(field, "0.02")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not field)
    assert window.session.trainer.lr == pytest.approx(0.02)
    before = steps(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert steps(window) == before + 1 and field.value() == pytest.approx(0.02)

    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not field)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P)
    assert window.findChild(QPushButton, "play_button").isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P)
    assert not window.findChild(QPushButton, "play_button").isChecked()


def in_sight(dock: QDockWidget) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_view_menu_raises_a_panel_behind_a_tab_instead_of_hiding_it(window, qtbot):
    layers = window.findChild(QDockWidget, "dock_layers")
    window.docks["gradients"].raise_()
    qtbot.waitUntil(lambda: not in_sight(layers))
    item = menu_action(window, "View", "Layers")
    item.trigger()
    qtbot.waitUntil(lambda: in_sight(layers))
    assert item.isChecked()
    item.trigger()  # in sight: hides
    assert layers.isHidden() and not item.isChecked()
    item.trigger()  # hidden: shown, in front
    qtbot.waitUntil(lambda: in_sight(layers))
    assert item.isChecked()


def mnemonic_clashes(actions) -> dict[str, list[str]]:
    """Alt letters that more than one of these menu entries underline, with the entries."""
    by_key: dict[str, list[str]] = {}
    for action in actions:
        if action.isSeparator() or not action.text():
            continue
        letter = QKeySequence.mnemonic(action.text()).toString()
        if letter:
            by_key.setdefault(letter, []).append(action.text())
    return {k: texts for k, texts in by_key.items() if len(texts) > 1}


@pytest.mark.parametrize("code", ["en", "fr", "ja"])
def test_each_menu_and_each_menu_entry_has_its_own_alt_letter(window, back_to_english, code):
    """In Japanese Alt+L opened Language, never Lesson (both were (&L)), and Alt+L, Enter switched
    the class to English; in French Alt+E was both Entraînement and Aide."""
    from lenet_gui.ui import language

    language.set_language(code)
    bar = window.menuBar()
    assert mnemonic_clashes(bar.actions()) == {}, code
    for entry in bar.actions():
        menu = entry.menu()
        menu.aboutToShow.emit()  # menus that fill their entries as they open
        assert mnemonic_clashes(menu.actions()) == {}, (code, entry.text())


def test_japanese_menus_put_the_alt_letter_at_the_end_in_parentheses(window, back_to_english):
    """「誤差逆伝播を ×&10 ステップ」 underlined the 1 inside the text; Japanese menus write
    「誤差逆伝播を ×10 ステップ(&1)」, as every other entry does."""
    import re

    from lenet_gui.ui import language

    language.set_language("ja")
    inside = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        menu.aboutToShow.emit()  # menus that fill their entries as they open
        for action in [entry, *menu.actions()]:
            text = action.text().split("\t")[0].replace("&&", "")
            if "&" in text and not re.search(r"\(&[^&]\)(…)?$", text):
                inside.append(text)
    assert inside == []


def test_the_shortcut_list_writes_japanese_entries_without_their_alt_letter(window, back_to_english):
    """The list strips the menus' "&": in Japanese the letter is in parentheses at the end,
    「誤差逆伝播を 1 ステップ(&B)」, and the list read 「誤差逆伝播を 1 ステップ(B)」."""
    import re

    from lenet_gui.ui import language

    language.set_language("ja")
    rows = window.shortcut_rows()
    assert rows
    assert [what for _, what in rows if re.search(r"\([A-Za-z0-9]\)$", what)] == []
    assert any(what.endswith("ステップ") for _, what in rows)
