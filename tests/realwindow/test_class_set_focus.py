"""After the Class set's own buttons, Space and P still train: the keyboard is not left in the epochs box."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QPushButton, QWidget

from .steps import answer_next_dialog, draw
from .xinput import click, key, settle


def steps(window) -> int:
    return len(window.session.trainer.history)


def space_and_p_train(qtbot, window) -> None:
    before = steps(window)
    key(qtbot, "space")
    qtbot.waitUntil(lambda: steps(window) == before + 1, timeout=5000)
    play = window.findChild(QPushButton, "play_button")
    key(qtbot, "p")
    qtbot.waitUntil(play.isChecked, timeout=5000)
    key(qtbot, "p")
    qtbot.waitUntil(lambda: not play.isChecked(), timeout=5000)


def class_set_in_sight(qtbot, window, drawings: int) -> QPushButton:
    """`drawings` drawn 3s in the class set, its panel in sight; returns its Delete all button."""
    draw(qtbot, window.findChild(QWidget, "canvas"), 3)
    window.set_target("3")
    for _ in range(drawings):
        window.add_drawing_to_class_set()
    window.docks["class_set"].raise_()
    delete_all = window.findChild(QPushButton, "delete_all_class_set_button")
    qtbot.waitUntil(delete_all.isVisible, timeout=5000)
    return delete_all


def test_space_and_p_after_delete_all_and_its_undo(real_window, qtbot):
    window = real_window()
    delete_all = class_set_in_sight(qtbot, window, 2)
    settle(qtbot, 200)
    epochs = window.findChild(QAbstractSpinBox, "epochs_input")
    typed = epochs.text()

    dialog = answer_next_dialog("shift+Tab", "space")  # from Cancel (the default) to "Delete all"
    click(qtbot, delete_all)
    qtbot.waitUntil(lambda: len(window.class_set) == 0, timeout=5000)
    dialog.stop()
    settle(qtbot, 200)
    space_and_p_train(qtbot, window)
    assert epochs.text() == typed, "Space and P went into the epochs box"

    undo = window.findChild(QPushButton, "undo_delete_all_button")
    click(qtbot, undo)
    qtbot.waitUntil(lambda: len(window.class_set) == 2, timeout=5000)
    settle(qtbot, 200)
    space_and_p_train(qtbot, window)
    assert epochs.text() == typed, "Space and P went into the epochs box"


def test_space_and_p_after_enter_on_delete_all_and_on_its_undo(real_window, qtbot):
    # Tab then Enter: the button has the focus by then, hides itself, and Qt hands the focus on.
    window = real_window()
    delete_all = class_set_in_sight(qtbot, window, 1)
    epochs = window.findChild(QAbstractSpinBox, "epochs_input")
    typed = epochs.text()
    delete_all.setFocus()  # where Tab takes the keyboard
    settle(qtbot, 100)
    dialog = answer_next_dialog("shift+Tab", "space")
    key(qtbot, "Return")
    qtbot.waitUntil(lambda: len(window.class_set) == 0, timeout=5000)
    dialog.stop()
    settle(qtbot, 300)
    space_and_p_train(qtbot, window)
    assert epochs.text() == typed, "Space and P went into the epochs box"
    undo = window.findChild(QPushButton, "undo_delete_all_button")
    undo.setFocus()
    settle(qtbot, 100)
    key(qtbot, "Return")
    qtbot.waitUntil(lambda: len(window.class_set) == 1, timeout=5000)
    settle(qtbot, 300)
    space_and_p_train(qtbot, window)
    assert epochs.text() == typed, "Space and P went into the epochs box"
