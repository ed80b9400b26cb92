"""Tab and Shift+Tab walk every control on the screen and only those: no table keeps the focus
to itself, no panel behind another tab takes it out of sight; Enter presses what Tab reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTableWidget,
    QToolButton,
    QToolTip,
    QWidget,
)

from lenet_gui.replay import draw_digit


@pytest.fixture
def window(open_window, qtbot):
    w = open_window()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def dock_of(widget: QWidget) -> QDockWidget | None:
    w = widget
    while w is not None and not isinstance(w, QDockWidget):
        w = w.parentWidget()
    return w


def on_screen(widget: QWidget) -> bool:
    """Every panel around the widget shows some of itself (one behind a tab shows nothing)."""
    w = widget
    while w is not None:
        if isinstance(w, QDockWidget) and w.visibleRegion().isEmpty():
            return False
        w = w.parentWidget()
    return True


def walk(qtbot, start: QWidget, key: Qt.Key, presses: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), key)
        seen.append(QApplication.focusWidget())
    return seen


@pytest.mark.parametrize("name, dock", [("layer_table", "layers"), ("per_digit_accuracy", "evaluation"),
                                        ("confusion_matrix", "evaluation")])
def test_tab_leaves_a_table_instead_of_walking_its_cells(window, qtbot, name, dock):
    window.docks[dock].raise_()
    qtbot.waitUntil(lambda: not window.docks[dock].visibleRegion().isEmpty())
    table = window.findChild(QTableWidget, name)
    after_tab = walk(qtbot, table, Qt.Key.Key_Tab, 1)[0]
    assert after_tab is not table
    after_backtab = walk(qtbot, table, Qt.Key.Key_Backtab, 1)[0]
    assert after_backtab is not table


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tab_goes_round_the_controls_on_screen_and_never_behind_a_tab(window, qtbot, key):
    start = window.findChild(QWidget, "clear_button")
    seen = walk(qtbot, start, key, 60)
    hidden = [w.objectName() or type(w).__name__ for w in seen if not on_screen(w)]
    assert hidden == []
    assert start in seen  # round the window and back: nothing keeps the focus
    names = {w.objectName() for w in seen}
    assert {"arch_selector", "layer_table", "target_selector", "lr_input", "backprop_button",
            "play_button"} <= names
    assert not any(isinstance(w, QScrollArea) for w in seen)  # a stop that shows no focus
    assert "loss_plot" not in names and "loss_step_slider" in names  # the plot takes no keys


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tab_skips_the_arrows_of_a_tab_bar_too_narrow_for_its_tabs(open_window, qtbot, key):
    window = open_window(size=(1000, 700))  # the panels' tab bar needs its scroll arrows
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    arrows = [b for bar in window.findChildren(QTabBar) for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert arrows, "no tab bar scrolls at this size: the test shows nothing"
    seen = walk(qtbot, window.findChild(QWidget, "clear_button"), key, 60)
    assert not [w for w in seen if w in arrows]
    assert any(isinstance(w, QTabBar) for w in seen)  # the tab bar itself stays a stop


def test_a_panel_brought_to_the_front_is_in_the_tab_order(window, qtbot):
    window.docks["sizes"].raise_()
    qtbot.waitUntil(lambda: not window.docks["sizes"].visibleRegion().isEmpty())
    seen = walk(qtbot, window.findChild(QWidget, "clear_button"), Qt.Key.Key_Tab, 60)
    names = {w.objectName() for w in seen}
    assert "input_size" in names and "layer_table" not in names


def test_enter_presses_the_button_or_ticks_the_box_that_tab_went_to(window, qtbot):
    draw_digit(window.findChild(QWidget, "canvas"), 7)
    clear = window.findChild(QPushButton, "clear_button")
    clear.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is clear)
    qtbot.keyClick(clear, Qt.Key.Key_Return)
    qtbot.waitUntil(window.canvas.is_empty)

    box = window.findChild(QCheckBox, "zero_grad_checkbox")
    ticked = box.isChecked()
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClick(box, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: box.isChecked() != ticked)

    play = window.findChild(QPushButton, "play_button")
    play.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is play)
    qtbot.keyClick(play, Qt.Key.Key_Return)
    qtbot.waitUntil(window.is_playing)
    qtbot.keyClick(play, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_playing())


def test_space_on_a_focused_button_is_still_the_backprop_step(window, qtbot):
    clear = window.findChild(QPushButton, "clear_button")
    clear.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is clear)
    before = len(window.session.trainer.history)
    qtbot.keyClick(clear, Qt.Key.Key_Space)
    assert len(window.session.trainer.history) == before + 1


def test_the_feature_maps_are_reached_by_tab_and_the_arrows_pick_and_move_a_value(window, qtbot):
    draw_digit(window.findChild(QWidget, "canvas"), 7)
    window.refresh_now()
    maps = reached_by_tab(window, qtbot, "feature_maps")
    qtbot.keyClick(maps, Qt.Key.Key_Right)  # nothing chosen yet: the input's first value
    assert window.explainer.selection() == ("input", (0, 0, 0))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert window.explainer.selection() == ("input", (0, 1, 1))
    assert QApplication.focusWidget() is maps
    ring = window.findChild(QWidget, "feature_maps_focus_ring")  # where the keys go, in sight
    assert ring.isVisible() and ring.geometry() == maps.geometry()
    qtbot.keyClick(maps, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not maps and not ring.isVisible()


def test_the_arrows_start_from_the_stage_chosen_in_the_layer_table(window, qtbot):
    window.refresh_now()
    table = window.findChild(QTableWidget, "layer_table")
    table.selectRow(4)  # conv2
    maps = window.findChild(QWidget, "feature_maps")
    maps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is maps)
    qtbot.keyClick(maps, Qt.Key.Key_PageDown)
    stage, index = window.explainer.selection()
    assert stage == maps.highlighted() and stage.startswith("conv2") and index == (0, 0, 0)


def test_the_arrows_start_from_the_input_when_the_framed_stage_is_not_shown(window, qtbot):
    window.refresh_now()
    maps = window.findChild(QWidget, "feature_maps")
    maps.highlight("tanh1")  # a stage another forward() had: not among those shown now
    maps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is maps)
    qtbot.keyClick(maps, Qt.Key.Key_Right)
    assert window.explainer.selection() == ("input", (0, 0, 0))


def test_the_explain_panels_walk_is_reached_with_tab_and_pressed_with_enter(window, qtbot):
    window.refresh_now()
    window.explainer.select("input", (0, 0, 0))
    panel = window.findChild(QWidget, "explain")
    qtbot.waitUntil(lambda: not window.docks["explain"].visibleRegion().isEmpty())
    panel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel)
    qtbot.keyClick(panel, Qt.Key.Key_Tab)
    walk_button = window.findChild(QPushButton, "explain_play")
    assert QApplication.focusWidget() is walk_button
    qtbot.keyClick(walk_button, Qt.Key.Key_Return)
    qtbot.waitUntil(window.explainer.is_walking)
    qtbot.keyClick(walk_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.explainer.is_walking())


def reached_by_tab(window, qtbot, name: str) -> QWidget:
    """The widget `name`, after checking Tab reaches it, with the focus as Tab gives it."""
    widget = window.findChild(QWidget, name)
    assert widget in walk(qtbot, window.findChild(QWidget, "clear_button"), Qt.Key.Key_Tab, 60)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    return widget


def test_the_output_bars_are_reached_by_tab_and_the_arrows_explain_the_bar_they_reach(window, qtbot):
    draw_digit(window.findChild(QWidget, "canvas"), 7)
    window.refresh_now()
    bars = reached_by_tab(window, qtbot, "output_scores")
    ring = window.findChild(QWidget, "output_scores_focus_ring")  # where the keys go, in sight
    assert ring.isVisible() and ring.geometry() == bars.geometry()
    before = len(window.session.trainer.history)
    qtbot.keyClick(bars, Qt.Key.Key_Right)  # the cursor comes out on the prediction first
    predicted = bars.prediction()
    assert bars.cursor() == predicted and QToolTip.text().startswith(f"output {predicted}:")
    assert window.explainer.selection()[1] == (predicted,)  # explained at once, as on the maps
    qtbot.keyClick(bars, Qt.Key.Key_Left)
    assert window.explainer.selection()[1] == (predicted - 1,)
    qtbot.keyClick(bars, Qt.Key.Key_Return)
    assert window.explainer.selection()[1] == (predicted - 1,)
    qtbot.keyClick(bars, Qt.Key.Key_Space)  # the Backprop step, cursor or not
    assert len(window.session.trainer.history) == before + 1
    assert bars.cursor() == predicted - 1
    qtbot.keyClick(bars, Qt.Key.Key_Escape)  # the cursor away
    assert bars.cursor() is None
    qtbot.keyClick(bars, Qt.Key.Key_Space)
    assert len(window.session.trainer.history) == before + 2
    qtbot.keyClick(bars, Qt.Key.Key_Right)
    qtbot.keyClick(bars, Qt.Key.Key_P)  # P is the window's Play wherever the keys are
    qtbot.waitUntil(window.is_playing)
    window.set_playing(False)
    qtbot.keyClick(bars, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not bars and not ring.isVisible() and bars.cursor() is None


def test_after_a_click_on_a_bar_the_first_arrow_moves_on_from_it(window, qtbot):
    bars = window.findChild(QWidget, "output_scores")
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=bars.bar_rect(2).center().toPoint())
    assert window.explainer.selection()[1] == (2,)
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Right)
    assert bars.cursor() == 3 and window.explainer.selection()[1] == (3,)


def test_the_weights_are_reached_by_tab_and_the_arrows_explain_the_weight_they_reach(window, qtbot):
    window.docks["weights"].show()
    window.docks["weights"].raise_()
    qtbot.waitUntil(lambda: not window.docks["weights"].visibleRegion().isEmpty())
    window.refresh_now()
    view = reached_by_tab(window, qtbot, "weights")
    ring = window.findChild(QWidget, "weights_focus_ring")  # in sight, though the view is taller than its panel
    assert ring.isVisible() and not ring.geometry().isEmpty()
    assert ring.parentWidget().rect().contains(ring.geometry())
    first, second = view.names()[:2]
    with qtbot.waitSignal(view.weightClicked) as clicked:
        qtbot.keyClick(view, Qt.Key.Key_Right)  # the cursor comes out on the first weight
    assert clicked.args == [first, (0, 0, 0, 0)]
    assert view.cursor() == (first, (0, 0, 0, 0)) and QToolTip.text().startswith(f"{first}[0, 0, 0, 0] =")
    for _ in range(3):  # along the first 3×3 kernel, then into the next filter's
        qtbot.keyClick(view, Qt.Key.Key_Right)
    with qtbot.waitSignal(view.weightClicked) as clicked:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert clicked.args == [first, (1, 0, 1, 0)] and view.selected() == (first, (1, 0, 1, 0))
    assert view.cursor() == (first, (1, 0, 1, 0))
    with qtbot.waitSignal(view.weightClicked) as clicked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert clicked.args == [first, (1, 0, 1, 0)]
    before = len(window.session.trainer.history)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # the next tensor
    assert view.cursor() == view.selected() == (second, (0, 0, 0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the Backprop step, cursor or not
    assert len(window.session.trainer.history) == before + 1
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # the cursor away
    assert view.cursor() is None
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert len(window.session.trainer.history) == before + 2
    qtbot.keyClick(view, Qt.Key.Key_Right)  # on from the weight explained last
    assert view.cursor() == view.selected() == (second, (0, 0, 0, 1))
    view.clearFocus()
    assert view.cursor() is None and not ring.isVisible()


def test_enter_after_a_click_explains_the_clicked_bar_or_weight_itself(window, qtbot):
    bars = window.findChild(QWidget, "output_scores")
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=bars.bar_rect(3).center().toPoint())
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Return)
    assert bars.cursor() == 3 and window.explainer.selection()[1] == (3,)

    window.docks["weights"].show()
    window.docks["weights"].raise_()
    qtbot.waitUntil(lambda: not window.docks["weights"].visibleRegion().isEmpty())
    window.refresh_now()
    view = window.findChild(QWidget, "weights")
    first = view.names()[0]
    clicked = (first, (2, 0, 1, 1))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.weight_rect(*clicked).center().toPoint())
    assert view.selected() == clicked
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.cursor() == clicked and QToolTip.text().startswith(f"{first}[2, 0, 1, 1] =")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.weight_rect(first, (0, 0, 0, 0)).center().toPoint())
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # at the top edge: the cursor comes out where it is
    assert view.cursor() == (first, (0, 0, 0, 0)) and QToolTip.text().startswith(f"{first}[0, 0, 0, 0] =")
