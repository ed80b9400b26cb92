"""Going back in training with the keyboard on a real X11 window: the loss plot's step slider."""

from __future__ import annotations

import torch
from PySide6.QtWidgets import QPushButton, QSlider

from .xinput import click, key, screenshot, settle


def test_arrow_keys_pick_a_step_and_enter_goes_back(real_window, qtbot):
    window = real_window()
    record = {}
    for _ in range(12):
        key(qtbot, "space")  # Backprop step
    qtbot.waitUntil(lambda: len(window.session.trainer.history) == 12, timeout=10000)
    window.refresh_now()
    slider = window.findChild(QSlider, "loss_step_slider")
    button = window.findChild(QPushButton, "loss_go_back_button")
    assert slider.isVisible() and slider.maximum() == 12
    # The weights after step 8, to compare with: the same session replayed in memory.
    from lenet_gui.core import Session

    probe = Session(arch=window.session.arch)
    probe.input, probe.target = window.session.input.clone(), window.session.target.clone()
    for n in range(1, 9):
        probe.step()
        record[n] = [p.detach().clone() for p in probe.net.parameters()]
    click(qtbot, slider, (slider.width() - 4, slider.height() // 2))  # the handle, at the end
    qtbot.waitUntil(slider.hasFocus, timeout=5000)
    assert slider.value() == 12
    for _ in range(4):
        key(qtbot, "Left")
    qtbot.waitUntil(lambda: slider.value() == 8, timeout=5000)
    assert button.isEnabled() and len(window.session.trainer.history) == 12
    key(qtbot, "Return")
    qtbot.waitUntil(lambda: len(window.session.trainer.history) == 8, timeout=5000)
    settle(qtbot)
    window.refresh_now()
    screenshot("timeline_went_back")
    assert all(torch.equal(a, b) for a, b in zip(record[8], window.session.net.parameters(), strict=True))
    assert window.loss.branch_step() == 8 and len(window.loss.ghost_data()[0]) == 4
    assert not button.isEnabled()
