"""The whole window driven as a student would: draw, read, pick a target, step, watch the loss."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from lenet_gui.replay import draw_digit
from lenet_gui.ui.main_window import MainWindow
from tests.helpers_ui import error_text


@pytest.fixture
def window(open_window):
    return open_window()


def child(window, cls, name):
    found = window.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r}"
    return found


def draw(window, qtbot, digit=3):
    draw_digit(child(window, QWidget, "canvas"), digit)
    window.refresh_now()


def loss_points(window) -> np.ndarray:
    return window.loss.shown_data()[1]


def table_text(window) -> str:
    table = child(window, QTableWidget, "layer_table")
    return "\n".join(
        " | ".join(table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount()))
        for r in range(table.rowCount())
    )


def test_default_window_has_every_named_part(window):
    for cls, name in [
        (QWidget, "canvas"), (QPushButton, "clear_button"), (QPushButton, "backprop_button"),
        (QPushButton, "play_button"), (QComboBox, "target_selector"), (QDoubleSpinBox, "lr_input"),
        (pg.PlotWidget, "loss_plot"), (QTableWidget, "layer_table"), (QWidget, "feature_maps"),
        (QWidget, "output_scores"),
    ]:
        child(window, cls, name)
    s = window.session
    assert s.net.num_params() == 81194
    assert tuple(s.input.shape) == (1, 1, 32, 32)
    assert len(s.trainer.history) == 0
    assert "81,194" in table_text(window)
    assert window.session.weights_label.startswith("Pretrained")


def test_draw_pick_target_step_and_watch_the_loss_fall(window, qtbot):
    # The tutorial's lesson starts from random weights (the pretrained ones already read a 3).
    window.use_random(0)
    assert float(window.session.input.sum()) == 0.0
    draw(window, qtbot, 3)
    assert float(window.session.input.sum()) > 10, "the 32×32 preview stayed empty"

    selector = child(window, QComboBox, "target_selector")
    selector.setCurrentIndex(selector.findText("3"))
    assert window.session.target_spec == "3"
    before = float(window.session.trace().output[0, 3])

    button = child(window, QPushButton, "backprop_button")
    for _ in range(20):
        qtbot.mouseClick(button, Qt.LeftButton)
    window.refresh_now()
    losses = loss_points(window)
    assert len(losses) == 20 and len(window.session.trainer.history) == 20
    assert losses[-1] < losses[0]
    after = float(window.session.trace().output[0, 3])
    assert abs(1 - after) < abs(1 - before)


def test_random_weights_learn_the_target_too(window, qtbot):
    window.use_random(0)
    draw(window, qtbot, 7)
    window.set_target("7")
    for _ in range(30):
        window.step(1)
    window.refresh_now()
    history = window.session.trainer.history.to_numpy()
    assert history[-1] < history[0]
    assert window.session.weights_label == "Random (seed 0)"


def test_clear_and_undo(window, qtbot):
    draw(window, qtbot, 1)
    drawn = window.session.input.clone()
    qtbot.mouseClick(child(window, QPushButton, "clear_button"), Qt.LeftButton)
    window.refresh_now()
    assert float(window.session.input.sum()) == 0.0
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    window.refresh_now()
    assert torch.equal(window.session.input, drawn)


def test_switching_architecture_rebuilds_the_table(window, qtbot):
    assert "576" in table_text(window)
    selector = child(window, QComboBox, "arch_selector")
    selector.setCurrentIndex(selector.findData("lenet5") if selector.findData("lenet5") >= 0 else 1)
    window.refresh_now()
    assert window.session.arch == "lenet5"
    text = table_text(window)
    assert "(1, 400)" in text and "61,706" in text and "576" not in text
    assert window.session.trace()["view"].shape == (1, 400)
    window.set_arch("tutorial")
    window.refresh_now()
    assert "(1, 576)" in table_text(window) and "x.view(-1, …)" in table_text(window)
    table = child(window, QTableWidget, "layer_table")
    view_row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "x.view(-1, …)")
    assert "x.view(-1, self.num_flat_features(x))" in table.item(view_row, 1).toolTip()


def test_divergence_stops_play_and_says_so(window, qtbot):
    draw(window, qtbot, 5)
    lr = child(window, QDoubleSpinBox, "lr_input")
    lr.setValue(lr.maximum())
    assert window.session.trainer.lr == lr.maximum()
    qtbot.mouseClick(child(window, QPushButton, "play_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.session.trainer.diverged, timeout=10000)
    qtbot.waitUntil(lambda: not window.is_playing(), timeout=5000)
    window.refresh_now()
    banner = child(window, QWidget, "diverged_banner")
    assert banner.isVisible() and "lower the learning rate" in window.banner_text.text().lower()
    # The plot and every dock keep working, and Reset brings the net back.
    window.step(1)
    window.refresh_now()
    qtbot.mouseClick(window.banner_reset, Qt.LeftButton)
    window.refresh_now()
    assert not window.session.trainer.diverged and not banner.isVisible()
    assert all(torch.isfinite(p).all() for p in window.session.net.parameters())


def test_a_bad_weights_file_changes_nothing(window, tmp_path):
    bad = tmp_path / "homework.pt"
    bad.write_bytes(b"definitely not weights")
    before = {k: v.clone() for k, v in window.session.net.state_dict().items()}
    assert window.open_weights_file(bad) is False
    assert "not a weights file" in error_text(window)
    assert all(torch.equal(before[k], v) for k, v in window.session.net.state_dict().items())


def test_save_and_open_weights_round_trip(window, tmp_path):
    window.use_random(3)
    path = tmp_path / "mine.safetensors"
    assert window.save_weights_file(path)
    window.use_pretrained()
    assert window.open_weights_file(path)
    assert window.session.weights_label == "mine.safetensors"
    assert torch.equal(window.session.net.conv1.bias, torch.nn.Module.state_dict(
        __import__("lenet_gui.core", fromlist=["Net"]).Net(seed=3))["conv1.bias"])


def test_exports(window, qtbot, tmp_path):
    draw(window, qtbot, 2)
    window.step(3)
    csv_path, png_path = tmp_path / "loss.csv", tmp_path / "maps.png"
    assert window.export_loss_csv(csv_path)
    lines = csv_path.read_text().splitlines()
    assert lines[0] == "step,loss" and len(lines) == 4
    assert window.export_feature_maps(png_path) and png_path.stat().st_size > 1000


def test_zero_grad_off_makes_gradients_add_up(window, qtbot):
    draw(window, qtbot, 4)
    window.set_target("4")
    window.set_zero_grad(False)
    window.step(1)
    g1 = window.session.net.conv1.bias.grad.clone()
    window.step(1)
    g2 = window.session.net.conv1.bias.grad.clone()
    assert not torch.allclose(g1, g2) and g2.abs().sum() > g1.abs().sum()
    window.refresh_now()
    assert window.session.trainer.events[-1].detail == "zero_grad off"
    assert "OFF" in window.code.training_label.text()
    assert "conv1.bias.grad" in window.grads.watch.text()


def test_layout_is_remembered_and_can_be_reset(qtbot, tmp_settings):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.docks["loss"].hide()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert not second.docks["loss"].isVisible()
    second.reset_layout()
    assert second.docks["loss"].isVisible()


def test_keyboard_space_steps_and_shift_space_steps_ten(window, qtbot):
    draw(window, qtbot, 6)
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key_Space)
    assert len(window.session.trainer.history) == 1
    qtbot.keyClick(window.canvas, Qt.Key_Space, Qt.ShiftModifier)
    assert len(window.session.trainer.history) == 11


def test_a_panel_behind_a_tab_catches_up_when_its_tab_is_picked(window, qtbot):
    draw(window, qtbot, 2)
    window.set_target("2")
    assert window.docks["gradients"].visibleRegion().isEmpty()  # behind the Layers tab
    qtbot.mouseClick(child(window, QPushButton, "backprop_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.training.step_label.text() == "step 1")
    assert window.grads.watch.text() == ""  # not drawn while out of sight
    window.docks["gradients"].raise_()
    qtbot.waitUntil(lambda: "conv1.bias.grad" in window.grads.watch.text())


def test_a_step_right_after_a_stroke_trains_on_that_stroke(window, qtbot):
    # No frame runs between the stroke and the key press: the step must still see the drawing.
    draw_digit(child(window, QWidget, "canvas"), 3)
    window.set_target("3")
    window.step(1)
    assert float(window.session.input.sum()) > 10
    assert window.session.trainer.history[-1] < 0.05  # the pretrained net already reads a 3


def test_after_a_stroke_the_step_trains_on_the_forward_pass_the_window_showed(window, qtbot):
    """The frame after the pen lifts runs net(x) with its graph; Backprop then needs no other."""
    window.step(1)  # the trainer has checked once that a 32×32 input fits this net
    forwards = []
    window.session.net.register_forward_hook(lambda *args: forwards.append(1))
    draw_digit(child(window, QWidget, "canvas"), 3)
    qtbot.waitUntil(lambda: forwards != [], timeout=5000)
    qtbot.wait(100)  # every frame the stroke asked for has run
    shown = len(forwards)
    window.step(1)
    assert len(forwards) == shown, "the step ran the net again instead of using the frame's pass"
    window.step(1)  # the weights changed: this one runs its own forward pass
    assert len(forwards) == shown + 1


def test_the_log_scale_of_the_loss_plot_is_remembered(qtbot, tmp_settings):
    first = MainWindow()
    qtbot.addWidget(first)
    box = first.findChild(QCheckBox, "log_y_checkbox")
    assert not box.isChecked()
    box.click()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.findChild(QCheckBox, "log_y_checkbox").isChecked() and second.loss.log_y()


def test_the_pretrained_choice_says_how_well_the_bundled_weights_read_digits(window):
    from lenet_gui.core import pretrained_metadata
    from lenet_gui.ui.numbers import fmt

    for arch in ("lenet5", "tutorial"):
        window.set_arch(arch)
        percent = fmt(100 * float(pretrained_metadata(arch)["heldout_accuracy"]), 3) + " %"
        assert percent in window.pretrained_action.toolTip(), window.pretrained_action.toolTip()


@pytest.mark.parametrize(("code", "joined"), [("ja", "。学習率"), ("fr", ". Baissez")])
def test_the_divergence_banner_joins_its_sentences_as_the_language_does(window, qtbot, back_to_english,
                                                                        code, joined):
    # Japanese puts no space after 「。」: the banner read 「損失が inf になりました。 学習率…」.
    from lenet_gui.ui import language

    language.set_language(code)
    draw(window, qtbot, 3)
    window.set_lr(100)
    window.step(20)
    window.refresh_now()
    assert window.session.trainer.diverged and window.banner.isVisible()
    assert joined in window.banner_text.text(), window.banner_text.text()
