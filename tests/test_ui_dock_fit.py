"""The Training dock grows to show its panel whole, never shrinks for it, and leaves a user's own sizing alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QScrollArea


def _settle(qtbot) -> None:
    qtbot.wait(100)  # the dock fits over a few rounds of the event loop


def _custom(window, qtbot, on: bool) -> None:
    selector = window.training.findChild(QComboBox, "target_selector")
    selector.setCurrentIndex(selector.count() - 1 if on else 3)
    _settle(qtbot)


def test_a_custom_target_gets_room_from_the_loss_history_and_gives_it_back(open_window, qtbot):
    window = open_window(size=(1366, 740))
    _settle(qtbot)
    training, loss = window.docks["training"], window.docks["loss"]
    before = (training.height(), loss.height())
    _custom(window, qtbot, True)
    scroll = training.findChild(QScrollArea)
    assert not scroll.verticalScrollBar().isVisible()
    assert training.height() > before[0] and loss.height() < before[1]
    _custom(window, qtbot, False)
    assert abs(training.height() - before[0]) <= 2 and abs(loss.height() - before[1]) <= 2


def test_with_the_loss_history_as_a_tab_beside_it_the_dock_is_never_squeezed(open_window, qtbot):
    window = open_window(size=(1366, 740))
    training, loss = window.docks["training"], window.docks["loss"]
    window.tabifyDockWidget(training, loss)
    training.raise_()
    _settle(qtbot)
    before = training.height()
    _custom(window, qtbot, True)
    assert training.height() >= before
    window.training.play_button.setText("Pause")  # a new text asks for a layout, not for room
    _settle(qtbot)
    assert training.height() >= before


def test_a_height_the_user_gave_the_dock_is_kept_when_only_a_text_changes(open_window, qtbot):
    window = open_window(size=(1366, 740))
    training = window.docks["training"]
    _custom(window, qtbot, True)
    grown = training.height()
    window.resizeDocks([training], [grown - 60], Qt.Orientation.Vertical)  # the user's drag
    _settle(qtbot)
    mine = training.height()
    assert mine < grown
    window.training.play_button.setText("Pause")
    _settle(qtbot)
    assert training.height() == mine
