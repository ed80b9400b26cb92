"""The keyboard alone, through the X server: Tab walks what is on the screen and leaves the
tables, Enter presses the button Tab reached, the arrows pick a value on the feature maps."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDockWidget, QPushButton, QWidget

from .steps import draw, in_sight
from .xinput import key, screenshot


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def dock_of(widget: QWidget) -> QDockWidget | None:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def tab_until(qtbot, name: str, limit: int = 40) -> list[QWidget]:
    """Press Tab until the control `name` has the focus; every control passed on the way."""
    seen = []
    for _ in range(limit):
        key(qtbot, "Tab")
        seen.append(focused())
        if focused() is not None and focused().objectName() == name:
            return seen
    raise AssertionError(f"Tab never reached {name}: {[w.objectName() for w in seen if w]}")


def test_tab_goes_round_the_window_through_what_is_on_screen_only(real_window, qtbot):
    window = real_window()
    window.findChild(QWidget, "clear_button").setFocus()
    qtbot.waitUntil(lambda: focused() is not None and focused().objectName() == "clear_button")
    seen = tab_until(qtbot, "layer_table") + tab_until(qtbot, "clear_button")  # out of the table too
    for widget in seen:
        dock = dock_of(widget)
        assert dock is None or in_sight(dock), f"{widget.objectName()} is in a panel behind a tab"
    names = {w.objectName() for w in seen}
    assert {"target_selector", "lr_input", "play_button", "feature_maps"} <= names
    assert "input_size" not in names  # its panel is behind the Layers tab


def test_enter_presses_the_button_tab_reached_and_the_arrows_pick_a_value(real_window, qtbot):
    window = real_window()
    draw(qtbot, window.findChild(QWidget, "canvas"), 7)
    window.findChild(QWidget, "clear_button").setFocus()
    qtbot.waitUntil(lambda: focused() is not None and focused().objectName() == "clear_button")
    tab_until(qtbot, "play_button")
    key(qtbot, "Return")
    play = window.findChild(QPushButton, "play_button")
    qtbot.waitUntil(play.isChecked, timeout=5000)
    key(qtbot, "KP_Enter")
    qtbot.waitUntil(lambda: not play.isChecked(), timeout=5000)

    tab_until(qtbot, "feature_maps")
    key(qtbot, "Right")
    assert window.explainer.selection() == ("input", (0, 0, 0))
    key(qtbot, "Right", "Down")
    assert window.explainer.selection() == ("input", (0, 1, 1))
    assert in_sight(window.docks["explain"])
    screenshot("keyboard_maps_value")


def test_tab_reaches_the_output_bars_and_the_weights_and_enter_explains_what_the_arrows_chose(real_window, qtbot):
    window = real_window()
    draw(qtbot, window.findChild(QWidget, "canvas"), 7)
    window.refresh_now()
    bars = window.findChild(QWidget, "output_scores")
    window.findChild(QWidget, "clear_button").setFocus()
    qtbot.waitUntil(lambda: focused() is not None and focused().objectName() == "clear_button")
    tab_until(qtbot, "output_scores")
    key(qtbot, "Right", "Right", "Return")
    predicted = bars.prediction()
    assert bars.cursor() == min(predicted + 1, 9)
    assert window.explainer.selection()[1] == (bars.cursor(),)
    assert window.findChild(QWidget, "output_scores_focus_ring").isVisible()
    screenshot("keyboard_output_bar")

    window.docks["weights"].show()
    window.docks["weights"].raise_()
    qtbot.waitUntil(lambda: in_sight(window.docks["weights"]))
    weights = window.findChild(QWidget, "weights")
    tab_until(qtbot, "weights")
    key(qtbot, "Right", "Down", "Down", "Return")
    first = weights.names()[0]
    assert weights.cursor() == weights.selected() == (first, (0, 0, 2, 0))
    assert in_sight(window.docks["explain"])
    screenshot("keyboard_weight")
