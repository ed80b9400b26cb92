"""A lesson's bar and panels in a real window: the Training panel's readouts stay in sight while
the bar takes the top of the window, and closing the lesson puts back the panels it opened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from .test_languages import speaking  # noqa: F401 (a fixture)
from .test_layout import assert_fully_shown, assert_on_screen
from .test_presentation_small_print import presenting
from .xinput import screenshot, settle

READOUTS = ("loss_label", "step_label")
COLUMN = ("output", "training", "loss")  # the right column, top to bottom


def column(window) -> dict[str, int]:
    return {key: window.docks[key].height() for key in COLUMN}


def layout(window) -> dict[str, tuple[int, int]]:
    """The size of every panel in sight, and of the canvas' column."""
    sizes = {key: (d.width(), d.height()) for key, d in window.docks.items() if d.isVisible()}
    sizes["centre"] = (window.centralWidget().width(), window.centralWidget().height())
    return sizes


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
    # the loss plot too.
    assert abs(window.docks["training"].height() - training) <= 1
    assert abs(window.docks["loss"].height() - loss) <= 1


@pytest.mark.screen("1366x768", "1920x1080")
def test_closing_a_lesson_gives_the_room_back_where_it_came_from(real_window, qtbot):
    """Qt shared the height the closed bar left out anew: at 1366×768 the Output panel got 17 px
    of what the loss plot had given, and the canvas all that the feature maps had (59 px)."""
    window = real_window()
    before, right = layout(window), column(window)
    window.lesson_bar.open_builtin("lesson2_draw_and_train.toml")
    qtbot.waitUntil(lambda: window.lesson_bar.isVisible(), timeout=3000)
    settle(qtbot, 800)
    assert column(window) != right  # the bar took its room from the column
    window.lesson_bar.go_to(1)  # a step of another length: the bar's height changes
    settle(qtbot, 500)
    window.lesson_bar.close_lesson()
    settle(qtbot, 800)
    assert layout(window) == before


@pytest.mark.screen("1920x1080")
@pytest.mark.parametrize("code", ["en", "ja"])
def test_a_lesson_bar_takes_its_room_from_the_output_panel_before_the_loss_plot_while_presenting(
        real_window, qtbot, speaking, code):  # noqa: F811
    """Presentation mode with a lesson open left the loss plot 150 px of a 1080-line screen:
    the bar's height came out of every dock, and the Training panel took its part back from
    the loss plot. The Output panel's bars are drawn at any height; the curve needs it."""
    speaking(code)
    window = real_window()
    presenting(qtbot, window, True)
    before = column(window)
    spare = before["output"] - window.docks["output"].minimumSizeHint().height()
    plot = window.loss.plot_widget.height()
    window.lesson_bar.open_builtin("lesson2_draw_and_train.toml")
    qtbot.waitUntil(lambda: window.lesson_bar.isVisible(), timeout=3000)
    settle(qtbot, 800)
    screenshot(f"presentation-lesson-loss-plot-{code}")
    after = column(window)
    taken = sum(before.values()) - sum(after.values())
    assert taken >= window.lesson_bar.height()  # (and the separator's px)
    readouts_shown(window)
    # The loss plot gives only what the Output panel could not.
    assert after["loss"] >= before["loss"] - max(0, taken - spare) - 1, (before, after, spare)
    assert window.loss.plot_widget.height() >= plot - max(0, taken - spare) - 1
    window.lesson_bar.close_lesson()
    settle(qtbot, 800)
    assert column(window) == before


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


@pytest.mark.screen("1366x768")
@pytest.mark.parametrize("code", ["en", "fr", "ja"])
def test_a_lesson_bar_keeps_the_window_on_a_laptop_screen_while_presenting(
        real_window, qtbot, speaking, code):  # noqa: F811
    """The bar's top row, the lesson's title and its condition on one line, set the window's
    least width: in French with presentation mode's text it was 1398 px on a 1366-px screen."""
    speaking(code)
    window = real_window()
    presenting(qtbot, window, True)
    for lesson in ("lesson1_tutorial.toml", "lesson2_draw_and_train.toml"):
        window.lesson_bar.open_builtin(lesson)
        qtbot.waitUntil(lambda: window.lesson_bar.isVisible(), timeout=3000)
        settle(qtbot, 800)
        screenshot(f"presentation-lesson-laptop-{code}-{lesson.split('_')[0]}")
        assert_on_screen(window)
        assert window.lesson_bar.title_label.text() and window.lesson_bar.next_button.isVisible()
        assert_fully_shown(window, window.lesson_bar.next_button, "Next")
        assert_fully_shown(window, window.lesson_bar.close_button, "Close")
        window.lesson_bar.close_lesson()
        settle(qtbot, 500)
