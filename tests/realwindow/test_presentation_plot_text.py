"""Presentation mode's promise, every text at least 20 px and whole, held inside the loss plot and the
Autograd graph too."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QAction, QFontInfo
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsView

from lenet_gui.ui.presentation import MIN_TEXT_PX

from .steps import draw
from .test_languages import cut_texts, speaking  # noqa: F401, F811 (a fixture)
from .test_layout import wait_until_maximized
from .xinput import key, screenshot, settle


def plot_texts(window) -> dict[str, int]:
    """Each text a plot shows (hints, marker labels) and its pixel size."""
    sizes = {}
    for plot in window.findChildren(pg.PlotWidget):
        for item in plot.scene().items():
            if isinstance(item, pg.TextItem) and item.isVisible() and item.textItem.toPlainText().strip():
                sizes[item.textItem.toPlainText()] = QFontInfo(item.textItem.font()).pixelSize()
    return sizes


@pytest.mark.screen("1920x1080")
def test_the_loss_plots_hint_and_marker_labels_are_projector_sized(real_window, qtbot):
    window = real_window()
    action = window.findChild(QAction, "presentation_action")
    normal = plot_texts(window)
    assert any("No steps yet" in text for text in normal), normal  # the hint and the weights' marker

    key(qtbot, "F5")
    qtbot.waitUntil(action.isChecked, timeout=3000)
    wait_until_maximized(qtbot, window)
    shown = plot_texts(window)
    assert shown and all(px >= MIN_TEXT_PX for px in shown.values()), shown

    # A marker made while presenting (reset after a few steps) is projector-sized too.
    draw(qtbot, window.canvas.surface(), 3)
    for _ in range(3):
        key(qtbot, "space")
    qtbot.waitUntil(lambda: len(window.session.trainer.history) == 3, timeout=5000)
    key(qtbot, "ctrl+r")
    window.refresh_now()
    settle(qtbot, 300)
    shown = plot_texts(window)
    assert any("reset" in text for text in shown), shown
    assert all(px >= MIN_TEXT_PX for px in shown.values()), shown
    screenshot("presentation-loss-plot-text")

    key(qtbot, "F5")
    qtbot.waitUntil(lambda: not action.isChecked(), timeout=3000)
    settle(qtbot, 300)
    back = plot_texts(window)
    assert back and all(px < MIN_TEXT_PX for px in back.values()), back  # the laptop's sizes again


@pytest.mark.screen("1920x1080")
@pytest.mark.parametrize("code", ["en", "fr", "ja"])
def test_presentation_mode_cuts_no_text_in_each_language(real_window, qtbot, speaking, code):  # noqa: F811
    """The readout under the loss plot kept the laptop's size and lost its first letters."""
    speaking(code)
    window = real_window()
    action = window.findChild(QAction, "presentation_action")
    key(qtbot, "F5")
    qtbot.waitUntil(action.isChecked, timeout=3000)
    wait_until_maximized(qtbot, window)
    draw(qtbot, window.canvas.surface(), 3)
    for _ in range(2):
        key(qtbot, "space")
    window.refresh_now()
    settle(qtbot, 300)
    assert cut_texts(window) == []
    key(qtbot, "F5")  # and back: the laptop's sizes, still whole
    qtbot.waitUntil(lambda: not action.isChecked(), timeout=3000)
    settle(qtbot, 500)
    assert cut_texts(window) == []


def graph_labels(window) -> list[tuple[str, float, bool]]:
    """Each node label of the Autograd graph: (text, its height on the screen in px, whole in its box)."""
    view = window.findChild(QGraphicsView, "autograd_graph_view")
    scale = view.transform().m22()
    return [(item.text(), QFontInfo(item.font()).pixelSize() * scale,
             item.parentItem().boundingRect().contains(item.mapRectToParent(item.boundingRect())))
            for item in view.scene().items() if isinstance(item, QGraphicsSimpleTextItem)]


@pytest.mark.screen("1920x1080")
def test_the_autograd_graphs_labels_are_projector_sized_and_whole(real_window, qtbot):
    window = real_window()
    action = window.findChild(QAction, "presentation_action")
    draw(qtbot, window.canvas.surface(), 3)
    key(qtbot, "space")
    qtbot.waitUntil(lambda: len(window.session.trainer.history) == 1, timeout=5000)

    key(qtbot, "F5")
    qtbot.waitUntil(action.isChecked, timeout=3000)
    wait_until_maximized(qtbot, window)
    window.docks["autograd"].raise_()
    window.refresh_now()
    settle(qtbot, 300)
    labels = graph_labels(window)
    assert labels, "no graph drawn"
    assert all(px >= MIN_TEXT_PX and whole for _, px, whole in labels), labels
    screenshot("presentation-autograd-graph")

    key(qtbot, "F5")
    qtbot.waitUntil(lambda: not action.isChecked(), timeout=3000)
    settle(qtbot, 300)
    labels = graph_labels(window)
    assert all(px < MIN_TEXT_PX for _, px, _ in labels), labels  # the laptop's size again
