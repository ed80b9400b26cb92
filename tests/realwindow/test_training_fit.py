"""The Training panel on a 1366×768 laptop: its loss readout stays in sight when its controls grow."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QScrollArea

from .test_layout import assert_fully_shown, assert_no_scroll_bars, assert_on_screen
from .xinput import click, key, screenshot, settle, type_text


def _training(window):
    return window.docks["training"].findChild(QScrollArea), window.training.findChild(QLabel, "loss_label")


@pytest.mark.screen("1366x768")
def test_a_custom_target_and_a_refused_learning_rate_leave_the_loss_in_sight(real_window, qtbot):
    window = real_window()
    settle(qtbot, 300)
    scroll, loss = _training(window)
    height = window.docks["training"].height()
    window.step(1)
    window.refresh_now()
    selector = window.training.findChild(QComboBox, "target_selector")
    selector.setCurrentIndex(selector.count() - 1)  # custom…: ten boxes in two rows
    settle(qtbot, 500)
    screenshot("training_custom_1366")
    assert window.training.findChild(QAbstractSpinBox, "custom_target_0").isVisible()
    assert_no_scroll_bars(scroll, "the Training panel with a custom target")
    assert_fully_shown(window, loss, "the loss readout with a custom target")
    assert_fully_shown(window, window.loss, "the loss history below it")
    # A learning rate the English locale cannot read: refused with a line of its own.
    lr = window.training.findChild(QAbstractSpinBox, "lr_input")
    click(qtbot, lr)
    key(qtbot, "ctrl+a")
    type_text(qtbot, "0,5")
    key(qtbot, "Return")
    settle(qtbot, 500)
    screenshot("training_custom_refused_1366")
    message = window.training.findChild(QLabel, "lr_message")
    assert message.isVisible() and message.text()
    assert_fully_shown(window, message, "the learning rate's refusal")
    assert_fully_shown(window, loss, "the loss readout under the refusal")
    # Back to a digit: the dock gives back the room it took, and the plot has it again.
    selector.setCurrentIndex(3)
    settle(qtbot, 500)
    assert abs(window.docks["training"].height() - height) <= 40 + message.height()
    assert_fully_shown(window, loss, "the loss readout")
    assert_on_screen(window)
