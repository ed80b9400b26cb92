"""A lesson's bar and panels in a real window: the Training panel's readouts stay in sight while
the bar takes the top of the window, and closing the lesson puts back the panels it opened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from .test_layout import assert_fully_shown, assert_on_screen
from .test_presentation_small_print import presenting
from .xinput import screenshot, settle

READOUTS = ("loss_label", "step_label")


def readouts_shown(window) -> None:
    for name in READOUTS:
        assert_fully_shown(window, window.findChild(QLabel, name), name)


@pytest.mark.screen("1920x1080", "1366x768")
def test_a_lesson_bar_leaves_the_training_readouts_in_sight_and_gives_the_room_back(real_window, qtbot):
    """The bar opens above the docks: the right column got shorter and the loss and step count
    went below the Training dock's edge, behind a scroll bar, in the normal window."""
    window = real_window()
    readouts_shown(window)
    size = window.size()
    training, loss = window.docks["training"].height(), window.docks["loss"].height()
    window.lesson_bar.open_builtin("lesson2_draw_and_train.toml")
    qtbot.waitUntil(lambda: window.lesson_bar.isVisible(), timeout=3000)
    settle(qtbot, 800)
    screenshot(f"lesson-training-readout-{window.screen().size().width()}")
    readouts_shown(window)
    assert window.size() == size
    assert_on_screen(window)
    window.lesson_bar.close_lesson()
    settle(qtbot, 800)
    readouts_shown(window)
    # The room taken for the bar is given back: the Training dock as it was before the lesson,
    # the loss plot about so (Qt shares the column's new height with the Output dock too: 18 px
    # of it at 1366×768).
    assert abs(window.docks["training"].height() - training) <= 4
    assert window.docks["loss"].height() >= loss - 24


@pytest.mark.screen("1920x1080")
def test_closing_a_lesson_hides_again_the_panel_it_opened_while_presenting(real_window, qtbot):
    """Presentation mode hides the Input size panel; lesson 1 brings it forward for a step. Once
    the lesson is closed it stayed open and squeezed the left column."""
    window = real_window()
    presenting(qtbot, window, True)
    assert not window.docks["sizes"].isVisible()
    window.lesson_bar.open_builtin("lesson1_tutorial.toml")
    qtbot.waitUntil(lambda: window.lesson_bar.isVisible(), timeout=3000)
    window.lesson_bar.go_to(3)
    settle(qtbot, 500)
    assert window.docks["sizes"].isVisible()
    window.lesson_bar.go_to(4)  # a panel opened by the lesson stays while it runs
    settle(qtbot, 300)
    window.lesson_bar.close_lesson()
    settle(qtbot, 500)
    screenshot("presentation-lesson1-closed")
    assert not window.docks["sizes"].isVisible()
    assert window.docks["maps"].isVisible()
    presenting(qtbot, window, False)
    assert window.docks["sizes"].isVisible() or window.docks["layers"].isVisible()
