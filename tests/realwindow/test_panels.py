"""Training, loss and output panels in a real window: numbers typed with real keys in a French
and an English locale, the mouse wheel on the real loss plot, labels as a class sees them."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QPushButton, QScrollArea, QWidget

from lenet_gui.replay import draw_digit
from lenet_gui.ui import language

from .xinput import click, key, screen_point, screenshot, settle, type_text, wheel

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def locale():
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def slow_drag(qtbot, widget: QWidget, points) -> None:
    """A left-button drag that Qt sees move by move, over more than half a second: pyqtgraph
    takes a shorter press for a click, and moves sent while Qt is not reading arrive as one."""
    def xdotool(*args: str) -> None:
        subprocess.run(["xdotool", *args], check=True)

    first = screen_point(widget, points[0])
    xdotool("mousemove", "--sync", str(first.x()), str(first.y()), "mousedown", "1")
    for pt in points[1:]:
        qtbot.wait(60)
        p = screen_point(widget, pt)
        xdotool("mousemove", "--sync", str(p.x()), str(p.y()))
    qtbot.wait(60)
    xdotool("mouseup", "1")
    settle(qtbot)


def retype(qtbot, box: QAbstractSpinBox, text: str) -> None:
    """Click into the box, select its text with the keyboard, type and press Enter."""
    click(qtbot, box.lineEdit())
    key(qtbot, "ctrl+a")
    type_text(qtbot, text)
    key(qtbot, "Return")


def test_french_learning_rate_takes_a_comma_and_refuses_a_point(real_window, qtbot, locale):
    locale(FRENCH)
    window = real_window()
    box = window.findChild(QAbstractSpinBox, "lr_input")
    message = window.findChild(QLabel, "lr_message")
    assert box.text() == "0,01"
    retype(qtbot, box, "0,5")
    qtbot.waitUntil(lambda: window.session.trainer.lr == 0.5, timeout=3000)
    assert box.text() == "0,5" and not message.isVisible()
    retype(qtbot, box, "0.2")
    qtbot.waitUntil(message.isVisible, timeout=3000)
    assert "comma" in message.text() and window.session.trainer.lr == 0.5 and box.text() == "0,5"
    window.set_target("custom", [0.25] + [0.0] * 9)
    settle(qtbot)
    boxes = [window.findChild(QAbstractSpinBox, f"custom_target_{d}") for d in range(10)]
    assert boxes[0].text() == "0,25" and not any("." in b.text() for b in [box, *boxes])
    screenshot("panels-french-lr")


def test_english_learning_rate_refuses_a_comma_instead_of_reading_5(real_window, qtbot, locale):
    locale(ENGLISH)
    window = real_window()
    box = window.findChild(QAbstractSpinBox, "lr_input")
    retype(qtbot, box, "0,5")
    message = window.findChild(QLabel, "lr_message")
    qtbot.waitUntil(message.isVisible, timeout=3000)
    assert window.session.trainer.lr == pytest.approx(0.01) and "point" in message.text()
    assert box.text() == "0.01"


def test_a_wheel_notch_on_the_loss_plot_keeps_following_the_newest_step(real_window, qtbot):
    window = real_window()
    draw_digit(window.findChild(QWidget, "canvas"), 3)
    window.step(20)
    window.refresh_now()
    plot = window.loss
    view = plot.plot_item.getViewBox()
    wheel(qtbot, plot.plot_widget, 1)
    (x0, x1), _ = view.viewRange()
    width = x1 - x0
    assert width < 20 and plot.following()
    show_all = window.findChild(QPushButton, "loss_show_all_button")
    assert show_all.isVisible() and show_all.isEnabled()
    window.set_lr(100.0)  # on to a divergence, as in the lesson
    for _ in range(30):
        window.step(10)
        if window.session.trainer.diverged:
            break
    window.refresh_now()
    settle(qtbot)
    n = len(window.session.trainer.history)
    (x0, x1), (y0, y1) = view.viewRange()
    assert x0 <= n <= x1 and x1 - x0 == pytest.approx(width)
    finite = window.session.trainer.history.to_numpy()[int(x0):n]
    finite = finite[np.isfinite(finite)]
    assert y1 >= finite.max()  # the spike is in view, not above it
    screenshot("panels-loss-following")
    click(qtbot, show_all)
    (x0, x1), _ = view.viewRange()
    assert x0 <= 1 and x1 >= n and not show_all.isEnabled()


def test_event_labels_stay_apart_and_off_the_hint_on_a_fresh_window(real_window, qtbot):
    window = real_window()
    for lr in (0.5, 100.0, 0.01):
        window.set_lr(lr)
    window.reset_weights()
    window.refresh_now()
    settle(qtbot)
    hint = window.loss.hint_rect()
    rects = [m.label_rect for m in window.loss.markers() if m.label_rect is not None]
    assert hint is not None and rects
    for i, a in enumerate(rects):
        assert not a.intersects(hint)
        assert not any(a.intersects(b) for b in rects[i + 1:])
    screenshot("panels-loss-events")


def test_a_drag_into_the_past_keeps_the_loss_plot_still(real_window, qtbot):
    window = real_window()
    draw_digit(window.findChild(QWidget, "canvas"), 3)
    window.step(40)
    window.refresh_now()
    plot = window.loss
    view = plot.plot_item.getViewBox()
    wheel(qtbot, plot.plot_widget, 2)  # zoom in: following the newest step
    assert plot.following()
    w = plot.plot_widget
    y = w.height() // 2
    slow_drag(qtbot, w, [(w.width() // 3 + dx, y) for dx in range(0, w.width() // 2, 10)])  # to the past
    assert not plot.following()
    before = view.viewRange()[0]
    window.step(20)
    window.refresh_now()
    settle(qtbot)
    assert view.viewRange()[0] == pytest.approx(before)


@pytest.mark.screen("1366x768")
@pytest.mark.parametrize("code", ["en", "fr", "ja"])
def test_a_laptop_shows_every_gradient_row_without_scrolling(real_window, qtbot, locale, code):
    window = real_window()
    try:
        language.set_language(code)
        draw_digit(window.findChild(QWidget, "canvas"), 3)
        window.set_target("3")
        window.step()
        window.docks["gradients"].raise_()
        settle(qtbot, 300)
        table = window.findChild(QLabel, "gradient_table")
        assert "fc3.bias" in table.text()
        scroll = window.docks["gradients"].findChild(QScrollArea)
        bottom = table.mapTo(scroll.viewport(), QPoint(0, table.height())).y()
        screenshot(f"gradients-{code}-1366x768")
        assert scroll.verticalScrollBar().value() == 0 and bottom <= scroll.viewport().height(), (
            f"the table's last row ends at y {bottom} of a {scroll.viewport().height()} px tall panel")
        assert not scroll.horizontalScrollBar().isVisible()
    finally:
        language.set_language("en")
