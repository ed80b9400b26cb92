"""Real geometry on a real screen: what a laptop (1366×768) and a projector (1920×1080) show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QPushButton, QScrollArea, QWidget

from .xinput import drag, screenshot, settle
from .xserver import screen_size

STROKE = [(0.35, 0.2), (0.65, 0.2), (0.6, 0.5), (0.4, 0.55), (0.65, 0.6), (0.6, 0.85), (0.35, 0.85)]


def draw_a_digit(qtbot, window) -> None:
    canvas = window.findChild(QWidget, "canvas")
    w, h = canvas.width(), canvas.height()
    drag(qtbot, canvas, [(x * w, y * h) for x, y in STROKE])


def window_rect(window, widget: QWidget) -> QRect:
    """Where widget is, in the window's coordinates."""
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def assert_fully_shown(window, widget: QWidget, what: str) -> None:
    """On screen, not clipped by the window, not covered by a parent's edge."""
    assert widget.isVisible(), f"{what} is hidden"
    assert widget.width() > 0 and widget.height() > 0, f"{what} has no size"
    assert window.rect().contains(window_rect(window, widget)), f"{what} runs past the window"
    assert widget.visibleRegion().boundingRect() == widget.rect(), f"{what} is partly cut off"


def assert_on_screen(window) -> None:
    avail = window.screen().availableGeometry()
    assert avail.contains(window.frameGeometry()), (
        f"the window {window.frameGeometry()} does not fit the screen {avail}")


def assert_no_scroll_bars(area: QAbstractScrollArea, what: str) -> None:
    assert not area.verticalScrollBar().isVisible(), f"{what} needs vertical scrolling"
    assert not area.horizontalScrollBar().isVisible(), f"{what} needs horizontal scrolling"


def assert_every_layers_row_shown(window) -> None:
    table = window.layers.table
    assert_fully_shown(window, table, "the Layers table")
    assert_no_scroll_bars(table, "the Layers table")
    assert table.rowCount() == 14  # 13 stages and the total
    view = table.viewport().rect()
    for row in range(table.rowCount()):
        for col in range(table.columnCount()):
            rect = table.visualRect(table.model().index(row, col))
            assert view.contains(rect), f"cell ({row}, {col}) of the Layers table is cut off"
    assert table.item(13, 4).text() == "81,194"


def assert_titles_unclipped(window) -> None:
    maps = window.maps
    title_font = maps.fonts()[0]
    fm = QFontMetricsF(title_font)
    keys = maps.stage_keys()
    assert len(keys) == 13
    for key in keys:
        rect = maps.stage_rect(key)
        assert maps.rect().toRectF().contains(rect), f"stage {key} is outside the Feature maps panel"
        for text, width in maps.title_lines(key):
            assert "…" not in text and fm.horizontalAdvance(text) <= width + 0.5, f"title {text!r} is cut"


@pytest.mark.screen("1366x768")
def test_a_laptop_screen_shows_the_key_content_without_scrolling(real_window, qtbot):
    window = real_window()
    draw_a_digit(qtbot, window)
    window.refresh_now()
    settle(qtbot, 300)
    assert_on_screen(window)
    assert_every_layers_row_shown(window)
    for name, widget in [("the canvas", window.findChild(QWidget, "canvas")),
                         ("the 32×32 preview", window.preview), ("the output bars", window.scores),
                         ("the loss plot", window.loss), ("the feature maps", window.maps)]:
        assert_fully_shown(window, widget, name)
    for button in window.training.findChildren(QPushButton):
        if button.isVisibleTo(window.training):
            assert_fully_shown(window, button, f"the {button.text()!r} button")
    assert_no_scroll_bars(window.docks["training"].findChild(QScrollArea), "the Training panel")
    assert_titles_unclipped(window)
    # Large enough to see a stroke in each of conv2's sixteen maps.
    assert window.maps.channel_rect("conv2", 0).width() >= 20
    screenshot("layout-1366x768")


@pytest.mark.screen("1366x768")
def test_the_divergence_banner_leaves_the_feature_maps_their_size(real_window, qtbot):
    window = real_window()
    draw_a_digit(qtbot, window)
    maps_dock = window.docks["maps"]
    before = maps_dock.geometry()
    window.set_lr(100.0)
    for _ in range(500):
        window.step(1)
        if window.session.trainer.diverged:
            break
    assert window.session.trainer.diverged
    window.refresh_now()
    settle(qtbot, 300)
    assert window.banner.isVisible()
    assert_fully_shown(window, window.banner_reset, "the banner's Reset button")
    label = window.banner_text
    assert label.heightForWidth(label.width()) <= label.height(), "the banner text is cut off"
    assert maps_dock.geometry() == before, "the banner took room from the Feature maps"
    assert_titles_unclipped(window)
    window.reset_weights()
    window.refresh_now()
    settle(qtbot, 300)
    assert not window.banner.isVisible()
    assert maps_dock.geometry() == before


@pytest.mark.screen("1366x768")
def test_growing_panels_never_widen_the_window_past_the_screen(real_window, qtbot):
    window = real_window()
    window.docks["gradients"].raise_()
    settle(qtbot)
    draw_a_digit(qtbot, window)
    window.step(1)
    window.refresh_now()
    window.training.findChild(QComboBox, "target_selector").setCurrentText("custom…")
    window.refresh_now()
    settle(qtbot, 500)
    assert_on_screen(window)
    assert window.training.findChild(QWidget, "custom_target_editor").isVisible()
    scroll = window.docks["training"].findChild(QScrollArea)
    for name, widget in [("the output bars", window.scores), ("the step count", window.status_steps),
                         ("the Training panel", scroll)]:
        assert_fully_shown(window, widget, name)
    # A panel wider than its column scrolls inside its dock: every control stays reachable.
    reset = window.training.findChild(QPushButton, "reset_button")
    scroll.ensureWidgetVisible(reset)
    settle(qtbot)
    assert_fully_shown(window, reset, "the Reset weights button")
    # Still inside after everything settled, and after the next step.
    window.step(1)
    window.refresh_now()
    settle(qtbot, 300)
    assert_on_screen(window)


def test_the_first_window_fits_the_screen(real_window, qtbot):
    window = real_window()
    settle(qtbot, 300)
    assert_on_screen(window)
    w, h = screen_size()
    assert window.frameGeometry().width() <= w and window.frameGeometry().height() <= h
