"""Presentation mode's 20 px promise for what the README's lesson reads but the panels do not draw
themselves: tooltips (the view row's arithmetic, a pixel's value), the divergence banner's
explanation, and the Input size panel's verdict when a lesson brings the panel."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget

from lenet_gui.ui.presentation import MIN_TEXT_PX

from .steps import draw, hover_tooltip
from .test_layout import assert_fully_shown, text_widgets_too_small, wait_until_maximized
from .xinput import key, screenshot, settle


def presenting(qtbot, window, on: bool) -> None:
    action = window.findChild(QAction, "presentation_action")
    if action.isChecked() != on:
        key(qtbot, "F5")
    qtbot.waitUntil(lambda: action.isChecked() == on, timeout=3000)
    if on:
        wait_until_maximized(qtbot, window)
    settle(qtbot, 300)


def tooltip_px() -> int:
    """The pixel size of the tooltip on the screen."""
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]
    assert len(tips) == 1, tips
    return QFontInfo(tips[0].font()).pixelSize()


def view_row_tooltip(qtbot, window) -> str:
    window.docks["layers"].raise_()
    settle(qtbot, 300)
    table = window.findChild(QTableWidget, "layer_table")
    row = next(r for r in range(table.rowCount()) if table.item(r, 1) and table.item(r, 1).text() == "x.view(-1, …)")
    rect = table.visualItemRect(table.item(row, 1))
    return hover_tooltip(qtbot, table.viewport(), (rect.center().x(), rect.center().y()))


@pytest.mark.screen("1920x1080")
def test_tooltips_are_projector_sized_while_presenting(real_window, qtbot):
    window = real_window()
    normal = (view_row_tooltip(qtbot, window), tooltip_px())
    assert "576" in normal[0] and normal[1] < MIN_TEXT_PX

    presenting(qtbot, window, True)
    assert "576" in view_row_tooltip(qtbot, window)
    assert tooltip_px() >= MIN_TEXT_PX
    screenshot("presentation-view-row-tooltip")
    # A feature map pixel's value, which the lesson's step 3 hovers.
    window.docks["maps"].raise_()
    settle(qtbot, 300)
    maps = window.maps
    centre = maps.channel_rect("conv1", 0).center()
    assert re.search(r"\d", hover_tooltip(qtbot, maps, (centre.x(), centre.y())))
    assert tooltip_px() >= MIN_TEXT_PX

    presenting(qtbot, window, False)
    view_row_tooltip(qtbot, window)
    assert tooltip_px() == normal[1]  # the laptop's size again


def banner_text_px(window) -> list[float]:
    """Every text size the divergence banner uses, in px: its label's and each size its text sets."""
    sizes = []
    for name in ("diverged_title", "diverged_text"):
        label = window.findChild(QLabel, name)
        px_per_pt = label.logicalDpiY() / 72.0
        sizes += [float(QFontInfo(label.font()).pixelSize())]
        sizes += [float(pt) * px_per_pt for pt in re.findall(r"font-size:\s*([\d.]+)pt", label.text())]
        sizes += [float(px) for px in re.findall(r"font-size:\s*([\d.]+)px", label.text())]
    return sizes


@pytest.mark.screen("1920x1080")
def test_the_divergence_banners_explanation_is_projector_sized(real_window, qtbot):
    window = real_window()
    draw(qtbot, window.findChild(QWidget, "canvas"), 3)
    window.set_lr(100)
    window.step(10)
    window.refresh_now()
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    normal = banner_text_px(window)
    assert min(normal) < MIN_TEXT_PX  # the laptop's small print for the story under "Diverged"

    presenting(qtbot, window, True)  # turned on while the banner shows
    window.refresh_now()
    assert window.banner.isVisible()
    assert all(px >= MIN_TEXT_PX for px in banner_text_px(window)), banner_text_px(window)
    assert "100" in window.banner_text.text()
    screenshot("presentation-divergence-banner")

    key(qtbot, "ctrl+r")  # gone, and diverging again while presenting
    window.refresh_now()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    window.step(10)
    window.refresh_now()
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    assert all(px >= MIN_TEXT_PX for px in banner_text_px(window)), banner_text_px(window)

    presenting(qtbot, window, False)
    window.refresh_now()
    assert banner_text_px(window) == normal


@pytest.mark.screen("1920x1080")
def test_the_input_size_verdict_is_projector_sized_when_a_lesson_shows_the_panel(real_window, qtbot):
    """Presentation mode hides the Input size panel; lesson 1 brings it back for its step 4."""
    window = real_window()
    presenting(qtbot, window, True)
    window.docks["sizes"].show()
    window.docks["sizes"].raise_()
    window.refresh_now()
    settle(qtbot, 300)
    verdict = [w for w in window.docks["sizes"].findChildren(QLabel) if "576" in w.text()]
    assert verdict and verdict[0].isVisible()
    assert text_widgets_too_small(window) == []
    screenshot("presentation-input-size")
    presenting(qtbot, window, False)  # (tooltips are sized for every window of the process)


@pytest.mark.screen("1920x1080")
def test_a_lesson_opened_while_presenting_leaves_the_loss_readout_in_sight(real_window, qtbot):
    """The lesson bar takes the top of the window: the right column gets shorter, and the Training
    panel's loss and step count went below its edge, behind a scroll bar, as the class trained."""
    window = real_window()
    presenting(qtbot, window, True)
    for name in ("loss_label", "step_label"):
        assert_fully_shown(window, window.findChild(QLabel, name), name)
    window.lesson_bar.open_builtin("lesson2_draw_and_train.toml")
    qtbot.waitUntil(lambda: window.lesson_bar.isVisible(), timeout=3000)
    settle(qtbot, 800)
    screenshot("presentation-lesson-training-readout")
    for name in ("loss_label", "step_label"):
        assert_fully_shown(window, window.findChild(QLabel, name), name)
    window.lesson_bar.close_lesson()
    settle(qtbot, 800)
    for name in ("loss_label", "step_label"):
        assert_fully_shown(window, window.findChild(QLabel, name), name)
    presenting(qtbot, window, False)
