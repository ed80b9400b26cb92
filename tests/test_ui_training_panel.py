"""The training panel, driven with mouse and keyboard: signals, no echo, bad input handled."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QPushButton, QWidget

from lenet_gui.ui.training_panel import TrainingPanel

L = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(qtbot):
    p = TrainingPanel()
    qtbot.addWidget(p)
    p.resize(560, 360)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def record(panel):
    seen = []
    for name in ("stepRequested", "playToggled", "resetRequested", "targetChanged",
                 "lrChanged", "zeroGradChanged"):
        getattr(panel, name).connect(lambda *a, n=name: seen.append((n, *a)))
    return seen


def test_controls_exist_with_names_defaults_and_tooltips(panel):
    combo = panel.findChild(QComboBox, "target_selector")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        *map(str, range(10)), "random (tutorial)", "custom…"]
    assert panel.findChild(QAbstractSpinBox, "lr_input").value() == pytest.approx(0.01)
    assert panel.lr() == pytest.approx(0.01)
    for name, text in [("backprop_button", "Backprop step"), ("step10_button", "×10"),
                       ("play_button", "Play"), ("reset_button", "Reset weights")]:
        assert panel.findChild(QPushButton, name).text() == text
    assert panel.play_button.isCheckable()
    zg = panel.findChild(QCheckBox, "zero_grad_checkbox")
    assert zg.isChecked() and "add up" in zg.toolTip()
    tip = panel.backprop_button.toolTip()
    assert "Space" in tip and "zero_grad" in tip and "backward" in tip and "optimizer.step" in tip
    for w in panel.findChildren(QWidget):
        if isinstance(w, QPushButton | QComboBox | QCheckBox | QAbstractSpinBox) and w.isVisible():
            assert w.toolTip(), w.objectName()
    assert panel.current_target() == ("0", None)


def test_buttons_emit(panel, record, qtbot):
    qtbot.mouseClick(panel.backprop_button, L)
    qtbot.mouseClick(panel.step10_button, L)
    qtbot.mouseClick(panel.reset_button, L)
    assert record == [("stepRequested", 1), ("stepRequested", 10), ("resetRequested",)]


def test_play_toggles_text_and_disables_single_steps(panel, record, qtbot):
    qtbot.mouseClick(panel.play_button, L)
    assert record == [("playToggled", True)]
    assert panel.play_button.text() == "Pause"
    assert not panel.backprop_button.isEnabled() and not panel.step10_button.isEnabled()
    qtbot.mouseClick(panel.play_button, L)
    assert record[-1] == ("playToggled", False) and panel.play_button.text() == "Play"
    assert panel.backprop_button.isEnabled()


def test_set_playing_does_not_echo(panel, record):
    panel.set_playing(True)
    assert panel.play_button.isChecked() and panel.play_button.text() == "Pause"
    panel.set_playing(False)
    assert panel.play_button.text() == "Play" and panel.backprop_button.isEnabled()
    assert record == []


def test_choosing_targets_with_the_keyboard(panel, record, qtbot):
    combo = panel.target_selector
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert record[-1] == ("targetChanged", "1", None)
    qtbot.keyClick(combo, Qt.Key.Key_R)  # jumps to "random (tutorial)"
    assert record[-1] == ("targetChanged", "random", None)
    assert not panel.custom_box.isVisible()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert record[-1][:2] == ("targetChanged", "custom")
    assert panel.custom_box.isVisible()
    assert record[-1][2] == [0.0] * 10  # from "random" there is no digit to start from


def test_custom_starts_from_the_digit_and_edits_emit(panel, record, qtbot):
    combo = panel.target_selector
    combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert record[-1] == ("targetChanged", "3", None)
    qtbot.keyClick(combo, Qt.Key.Key_End)
    want = [0.0] * 10
    want[3] = 1.0
    assert record[-1] == ("targetChanged", "custom", want)
    spin = panel.custom_inputs[7]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "0.25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    want[7] = 0.25
    assert record[-1] == ("targetChanged", "custom", want)
    assert panel.current_target() == ("custom", want)
    assert sum(1 for r in record if r[0] == "targetChanged") == 5  # no per-keystroke signals
    # Going to a digit and back keeps the student's edited values.
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert record[-1] == ("targetChanged", "custom", want)


def test_set_target_shows_without_echo(panel, record):
    panel.set_target("7")
    assert panel.target_selector.currentText() == "7" and not panel.custom_box.isVisible()
    panel.set_target("random", None)
    assert panel.target_selector.currentText() == "random (tutorial)"
    values = [0.5, -1.5, 0, 0, 2, 0, 0, 0, 0, 0.125]
    panel.set_target("custom", values)
    assert panel.current_target() == ("custom", [float(v) for v in values])
    assert panel.custom_box.isVisible() and not panel.custom_message.isVisible()
    assert record == []


@pytest.mark.parametrize("values, words", [
    (None, "ten numbers"),
    ([1, 2, 3], "exactly ten"),
    (["a"] * 10, "not numbers"),
    ([math.nan] + [0] * 9, "finite"),
    ([1e9] + [0] * 9, "between"),
    (42, "not numbers"),
])
def test_bad_custom_values_give_an_inline_message(panel, record, values, words):
    panel.set_target("custom", values)
    assert panel.custom_message.isVisible() and words in panel.custom_message.text()
    assert record == []
    # A valid target clears the message.
    panel.set_target("2")
    assert not panel.custom_message.isVisible()


def test_unknown_spec_gives_a_message_and_keeps_the_target(panel):
    panel.set_target("4")
    panel.set_target("eleven")
    assert panel.custom_message.isVisible() and "eleven" in panel.custom_message.text()
    assert panel.current_target() == ("4", None)


def _type_lr(qtbot, panel, text):
    box = panel.lr_input
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


@pytest.mark.parametrize("text, value", [("1e-3", 0.001), ("0.0001", 0.0001), ("0.3", 0.3),
                                         ("2", 2.0), ("5000", 1000.0), ("0", 0.0)])
def test_typing_a_learning_rate(panel, record, qtbot, text, value):
    _type_lr(qtbot, panel, text)
    assert panel.lr() == pytest.approx(value)
    assert record[-1] == ("lrChanged", pytest.approx(value))


def test_learning_rate_text_shows_small_values_plainly(panel):
    panel.set_lr(0.0001)
    assert panel.lr_input.text() == "0.0001"
    panel.set_lr(0.01)
    assert panel.lr_input.text() == "0.01"


def test_garbage_is_not_typed_into_the_learning_rate(panel, record, qtbot):
    _type_lr(qtbot, panel, "abc-")
    assert panel.lr() == pytest.approx(0.01)
    assert record == []


def test_arrow_keys_walk_one_two_five(panel, record, qtbot):
    box = panel.lr_input
    box.setFocus()
    seen = []
    for key in [Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Down]:
        qtbot.keyClick(box, key)
        seen.append(panel.lr())
    assert seen == pytest.approx([0.02, 0.05, 0.1, 0.05])
    panel.set_lr(0.003)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert panel.lr() == pytest.approx(0.005)
    panel.set_lr(0.0001)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert panel.lr() == 0.0
    qtbot.keyClick(box, Qt.Key.Key_Down)  # nothing below 0
    assert panel.lr() == 0.0
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert panel.lr() == pytest.approx(0.0001)
    assert [r[0] for r in record] == ["lrChanged"] * 7


def test_set_lr_does_not_echo(panel, record):
    panel.set_lr(0.5)
    assert panel.lr() == 0.5 and record == []


def test_zero_grad_checkbox(panel, record, qtbot):
    box = panel.zero_grad_checkbox
    qtbot.mouseClick(box, L, pos=QPoint(10, box.height() // 2))  # on the tick box
    assert record == [("zeroGradChanged", False)]
    panel.set_zero_grad(True)
    assert panel.zero_grad_checkbox.isChecked() and len(record) == 1


@pytest.mark.parametrize("value, text", [
    (0.0123, "loss 0.0123"), (1.23456789, "loss 1.235"), (2.5e-7, "loss 2.5e-07"), (0, "loss 0"),
    (float("inf"), "loss: diverged (inf)"), (float("nan"), "loss: diverged (nan)"),
    (float("-inf"), "loss: diverged (inf)"), ("junk", "loss: diverged (nan)"),
])
def test_loss_label(panel, value, text):
    panel.set_loss(value)
    assert panel.loss_label.text() == text


def test_loss_text_is_not_clipped_and_is_big(panel, qtbot):
    panel.set_loss(float("nan"))
    qtbot.waitUntil(lambda: panel.loss_label.width() >= panel.loss_label.sizeHint().width())
    assert panel.loss_label.font().pointSizeF() >= 1.5 * panel.font().pointSizeF()


def test_step_count(panel):
    panel.set_step_count(1234567)
    assert panel.step_label.text() == "step 1,234,567"


def test_the_readouts_grow_with_a_larger_font_such_as_presentation_mode(qtbot):
    from lenet_gui.ui.training_panel import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.set_step_count(100_000_000)
    panel.setStyleSheet("QWidget { font-size: 30pt; }")  # what presentation mode does
    qtbot.wait(10)
    for label in (panel.loss_label, panel.step_label):
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), label.text()
        assert label.fontMetrics().height() <= label.height()
