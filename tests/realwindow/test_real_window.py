"""The tier itself: a real xcb window at the screen size of this run, driven through the X server."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from .xinput import click, key, screenshot
from .xserver import screen_size


def test_window_opens_on_a_real_x_screen_of_the_run_size(real_window):
    window = real_window()
    assert QGuiApplication.platformName() == "xcb"
    screen = window.screen().geometry()
    assert (screen.width(), screen.height()) == screen_size()
    screenshot(f"start-{screen.width()}x{screen.height()}")


def test_x_server_key_presses_and_clicks_reach_the_window(real_window, qtbot):
    window = real_window()
    steps = len(window.session.trainer.history)
    key(qtbot, "space")  # Backprop step, as README step 3 says
    qtbot.waitUntil(lambda: len(window.session.trainer.history) == steps + 1, timeout=5000)
    click(qtbot, window.findChild(QPushButton, "backprop_button"))
    qtbot.waitUntil(lambda: len(window.session.trainer.history) == steps + 2, timeout=5000)
