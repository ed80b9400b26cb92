"""Keys on a real X11 window: Redo's platform binding, Space and P after a typed field, the View menu."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QPushButton,
    QWidget,
)

from .steps import choose, click_tab, in_sight, open_menu
from .xinput import click, drag, key, screenshot, settle, type_text


def steps(window) -> int:
    return len(window.session.trainer.history)


def stroke(qtbot, window) -> None:
    surface = window.findChild(QWidget, "canvas")
    w, h = surface.width(), surface.height()
    drag(qtbot, surface, [(w * 0.4, h * 0.3), (w * 0.5, h * 0.5), (w * 0.55, h * 0.7)])
    qtbot.waitUntil(lambda: not window.canvas.is_empty(), timeout=5000)


WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def window_keys(window) -> Counter:
    """Every key sequence bound window-wide: actions, shortcuts and button mnemonics.

    (A key of one widget only, such as the class-set list's Delete, is left to that widget's tests.)
    """
    keys: Counter = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() in WINDOW_WIDE:
            for seq in action.shortcuts():
                keys[seq.toString()] += 1
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE:
            for seq in shortcut.keys():
                keys[seq.toString()] += 1
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            keys[button.shortcut().toString()] += 1
    return keys


def test_no_key_sequence_is_bound_twice_with_the_platforms_bindings(real_window):
    window = real_window()
    keys = window_keys(window)
    twice = {k: n for k, n in keys.items() if n > 1}
    assert not twice, f"bound more than once (Qt calls them ambiguous and fires neither): {twice}"
    for seq in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert keys[seq.toString()] == 1, f"the platform's Redo key {seq.toString()} is not bound"


def test_redo_works_with_the_platforms_key_ctrl_y_and_the_button(real_window, qtbot):
    window = real_window()
    stroke(qtbot, window)
    drawn = window.canvas.image_array()
    for redo in ("ctrl+shift+z", "ctrl+y", "button"):
        key(qtbot, "ctrl+z")
        qtbot.waitUntil(window.canvas.is_empty, timeout=5000)
        if redo == "button":
            redo_button = window.findChild(QPushButton, "redo_button")
            assert redo_button is not None and redo_button.isVisible() and redo_button.isEnabled()
            click(qtbot, redo_button)
        else:
            key(qtbot, redo)
        qtbot.waitUntil(lambda: not window.canvas.is_empty(), timeout=5000)
        assert (window.canvas.image_array() == drawn).all(), f"{redo} did not bring the stroke back"
    assert not redo_button.isEnabled(), "nothing left to redo"


# (objectName, text typed, the panel it is in): every number box a lesson types into.
FIELDS = [
    ("lr_input", "0.02", "training"),
    ("brush_width", "30", None),
    ("input_size", "40", "sizes"),
    ("epochs_input", "3", "class_set"),
    ("custom_target_0", "1", "training"),
]


@pytest.mark.parametrize(("name", "typed", "dock"), FIELDS, ids=[f[0] for f in FIELDS])
def test_after_enter_or_escape_in_a_field_space_and_p_act_on_the_window(real_window, qtbot, name, typed, dock):
    window = real_window()
    if name.startswith("custom_target"):
        selector = window.findChild(QComboBox, "target_selector")
        selector.setCurrentIndex(selector.count() - 1)  # custom…
    if dock:
        window.docks[dock].raise_()
    field = window.findChild(QAbstractSpinBox, name)
    qtbot.waitUntil(field.isVisible, timeout=5000)
    settle(qtbot)

    click(qtbot, field)
    key(qtbot, "ctrl+a")
    type_text(qtbot, typed)
    key(qtbot, "Return")
    assert field.value() == float(typed), "Enter lost the typed value"
    before = steps(window)
    key(qtbot, "space")
    qtbot.waitUntil(lambda: steps(window) == before + 1, timeout=5000)
    assert field.value() == float(typed) and " " not in field.cleanText(), "Space went into the field"

    click(qtbot, field)
    key(qtbot, "Escape")
    key(qtbot, "shift+space")
    qtbot.waitUntil(lambda: steps(window) == before + 11, timeout=5000)
    play = window.findChild(QPushButton, "play_button")
    key(qtbot, "p")
    qtbot.waitUntil(play.isChecked, timeout=5000)
    key(qtbot, "p")
    qtbot.waitUntil(lambda: not play.isChecked(), timeout=5000)
    assert field.value() == float(typed) and "p" not in field.cleanText().lower()


def test_view_menu_raises_a_panel_behind_a_tab_and_hides_only_one_in_sight(real_window, qtbot):
    window = real_window()
    layers = window.findChild(QDockWidget, "dock_layers")
    click_tab(qtbot, window, "Gradients")
    qtbot.waitUntil(lambda: not in_sight(layers), timeout=5000)
    layers_item = next(a for a in open_menu(qtbot, window, "View").actions() if a.text() == "Layers")
    assert not layers_item.isChecked(), "a panel behind a tab is shown as in sight"
    key(qtbot, "Escape")

    choose(qtbot, window, "View", "Layers")  # README step 2: "Open the Layers table"
    qtbot.waitUntil(lambda: in_sight(layers), timeout=5000)
    screenshot("view-layers-raised")

    choose(qtbot, window, "View", "Layers")  # in sight: now it hides
    qtbot.waitUntil(lambda: not layers.isVisible(), timeout=5000)
    choose(qtbot, window, "View", "Layers")  # hidden: it comes back, in front
    qtbot.waitUntil(lambda: in_sight(layers), timeout=5000)


def test_a_field_in_a_floating_panel_gives_the_keys_back_too(real_window, qtbot):
    window = real_window()
    window.docks["training"].setFloating(True)  # a teacher may float the Training panel
    settle(qtbot, 500)
    field = window.findChild(QAbstractSpinBox, "lr_input")
    click(qtbot, field)
    key(qtbot, "ctrl+a")
    type_text(qtbot, "0.02")
    key(qtbot, "Return")
    assert window.session.trainer.lr == 0.02
    before = steps(window)
    key(qtbot, "space")
    qtbot.waitUntil(lambda: steps(window) == before + 1, timeout=5000)
    assert field.value() == 0.02
