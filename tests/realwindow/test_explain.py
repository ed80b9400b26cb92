"""The Explain panel in a real window: a click through the X server on a feature-map cell, then
arrow keys typed on the keyboard, and the panel shows the traced numbers."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QWidget

from lenet_gui.replay import draw_digit

from .xinput import click, key, screenshot, settle


def test_clicking_a_conv_cell_explains_it_and_arrows_walk_on(real_window, qtbot):
    window = real_window()
    draw_digit(window.findChild(QWidget, "canvas"), 3)
    window.refresh_now()
    settle(qtbot)
    rect = window.maps.element_rect("conv2", (4, 5, 5))
    assert not rect.isEmpty()
    click(qtbot, window.maps, (rect.center().x(), rect.center().y()))
    qtbot.waitUntil(lambda: window.explain_panel.content().get("index") == (4, 5, 5), timeout=5000)
    panel = window.explain_panel
    assert panel.isVisible() and not panel.visibleRegion().isEmpty()  # raised from behind its tab
    content = panel.content()
    tr = window.session.trace()
    assert content["value"] == float(tr["conv2"].activation[0, 4, 5, 5])
    grids = [item[1] for row in content["rows"] for item in row if item[0] == "grid"]
    np.testing.assert_array_equal(grids[0], tr["pool1"].activation[0, 0, 5:8, 5:8])
    # The maps took the keyboard focus with the click: the arrows move the selection.
    key(qtbot, "Right")
    qtbot.waitUntil(lambda: panel.content().get("index") == (4, 5, 6), timeout=3000)
    key(qtbot, "Down")
    qtbot.waitUntil(lambda: panel.content().get("index") == (4, 6, 6), timeout=3000)
    window.refresh_now()
    settle(qtbot)
    screenshot("explain-conv2")
