"""Real geometry on a real screen: what a laptop (1366×768) and a projector (1920×1080) show."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QFontInfo, QFontMetricsF, QKeySequence, QRegion, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QWidget,
)

from lenet_gui.ui.presentation import MIN_TEXT_PX

from .steps import diverge
from .xinput import drag, key, screenshot, settle
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
    assert shown_region(widget).boundingRect() == widget.rect(), f"{what} is partly cut off"


def shown_region(widget: QWidget) -> QRegion:
    """Where the widget or what it holds can be seen. Its own visibleRegion() leaves out what
    its opaque children cover: a panel filled edge to edge by them has none of its own."""
    region = QRegion(widget.visibleRegion())
    for child in widget.findChildren(QWidget):
        if child.isVisible() and not child.isWindow():
            region += child.visibleRegion().translated(child.mapTo(widget, QPoint(0, 0)))
    return region & QRegion(widget.rect())


def assert_on_screen(window) -> None:
    avail = window.screen().availableGeometry()
    assert avail.contains(window.frameGeometry()), (
        f"the window {window.frameGeometry()} does not fit the screen {avail}")


def assert_no_scroll_bars(area: QAbstractScrollArea, what: str) -> None:
    assert not area.verticalScrollBar().isVisible(), f"{what} needs vertical scrolling"
    assert not area.horizontalScrollBar().isVisible(), (
        f"{what} needs horizontal scrolling ({area.viewport().width()} px wide)")


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
    for stage in keys:
        rect = maps.stage_rect(stage)
        assert maps.rect().toRectF().contains(rect), f"stage {stage} is outside the Feature maps panel"
        for text, width in maps.title_lines(stage):
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
    diverge(window)
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


def text_widgets_too_small(window) -> list[str]:
    """Every visible text the window shows in widgets, with a font under the projector minimum."""
    small = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        if isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull():
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QTabBar, QHeaderView,
                               QLineEdit)):
            px = QFontInfo(widget.font()).pixelSize()
            if px < MIN_TEXT_PX:
                small.append(f"{type(widget).__name__} {widget.objectName()!r} {px} px")
    return small


def wait_until_maximized(qtbot, window) -> None:
    """The state is set at once; the window manager gives the size a moment later."""
    avail = window.screen().availableGeometry()
    try:
        qtbot.waitUntil(lambda: window.isMaximized() and window.frameGeometry().width() >= avail.width() - 2,
                        timeout=10000)  # a loaded machine's window manager can take its time
    except Exception as err:
        raise AssertionError(f"not maximised: {window.windowState()} {window.frameGeometry()} on {avail}; "
                             f"{window_manager_view(window)}") from err
    settle(qtbot, 500)


def window_manager_view(window) -> str:
    """What the X server holds for the window: the state the window manager set, its frame."""
    import subprocess
    props = subprocess.run(["xprop", "-id", str(int(window.winId())), "_NET_WM_STATE", "_NET_FRAME_EXTENTS",
                            "WM_STATE"], capture_output=True, text=True).stdout.strip().replace("\n", "; ")
    wm = subprocess.run(["pgrep", "-c", "openbox"], capture_output=True, text=True).stdout.strip()
    return f"{props} (openbox processes: {wm})"


def visible_dock_geometry(window) -> dict:
    """Where each dock in sight is (docks behind a tab or closed have no place that counts)."""
    return {key: dock.geometry() for key, dock in window.docks.items()
            if dock.isVisible() and not dock.visibleRegion().isEmpty()}


@pytest.mark.screen("1920x1080")
def test_presentation_mode_on_a_projector_and_back(real_window, qtbot):
    window = real_window()
    draw_a_digit(qtbot, window)
    window.step(3)
    window.refresh_now()
    settle(qtbot, 300)
    action = window.findChild(QAction, "presentation_action")
    normal_docks, normal_geometry = visible_dock_geometry(window), window.geometry()
    normal_table_font = QFontInfo(window.layers.table.font()).pixelSize()

    key(qtbot, "F5")  # the real key through the X server: it collides with nothing
    qtbot.waitUntil(action.isChecked, timeout=3000)
    wait_until_maximized(qtbot, window)
    window.refresh_now()
    assert_on_screen(window)
    assert text_widgets_too_small(window) == []
    maps = window.maps
    assert all(QFontInfo(f).pixelSize() >= MIN_TEXT_PX for f in maps.fonts())
    assert_titles_unclipped(window)
    for plot in window.findChildren(pg.PlotWidget):
        for name in ("left", "bottom"):
            assert QFontInfo(plot.getPlotItem().getAxis(name).style["tickFont"]).pixelSize() >= MIN_TEXT_PX
    # The digit and the maps get the room: each larger than on the normal layout.
    assert window.findChild(QWidget, "canvas").height() >= 400
    assert maps.width() * maps.height() >= 700 * 900
    screenshot("presentation-1920x1080")

    # The table, one tab away: projector-sized and whole.
    window.docks["layers"].raise_()
    settle(qtbot, 300)
    table = window.layers.table
    assert text_widgets_too_small(window) == []
    for row in range(table.rowCount()):
        for col in range(table.columnCount()):
            item = table.item(row, col)
            if item is not None and not table.isColumnHidden(col):
                assert QFontInfo(item.font()).pixelSize() >= MIN_TEXT_PX, (row, col)
    assert_no_scroll_bars(table, "the Layers table")
    view = table.viewport().rect()
    for row in range(table.rowCount()):
        for col in range(table.columnCount()):
            if not table.isColumnHidden(col):
                assert view.contains(table.visualRect(table.model().index(row, col))), (row, col)
    screenshot("presentation-1920x1080-layers")
    window.docks["maps"].raise_()

    key(qtbot, "F5")
    qtbot.waitUntil(lambda: not action.isChecked(), timeout=3000)
    qtbot.waitUntil(lambda: not window.isMaximized(), timeout=5000)
    qtbot.waitUntil(lambda: window.geometry() == normal_geometry, timeout=5000)
    settle(qtbot, 500)
    assert visible_dock_geometry(window) == normal_docks
    assert QFontInfo(window.layers.table.font()).pixelSize() == normal_table_font


def test_presentation_mode_is_remembered_and_fits_the_screen(real_window, qtbot):
    window = real_window()
    window.findChild(QAction, "presentation_action").trigger()
    settle(qtbot, 500)
    window.close()
    again = real_window()  # the same profile: the mode comes back
    action = again.findChild(QAction, "presentation_action")
    assert action.isChecked()
    wait_until_maximized(qtbot, again)
    assert_on_screen(again)
    assert_titles_unclipped(again)
    w, h = screen_size()
    screenshot(f"presentation-start-{w}x{h}")
    action.trigger()
    settle(qtbot, 300)
    again.close()
    assert not real_window().findChild(QAction, "presentation_action").isChecked()


def test_no_other_shortcut_uses_the_presentation_key(real_window):
    window = real_window()
    keys = window.findChild(QAction, "presentation_action").shortcuts()
    assert keys and keys[0] == QKeySequence("F5")
    others = [a for a in window.findChildren(QAction) if a.objectName() != "presentation_action"]
    taken = {s.toString() for a in others for s in a.shortcuts()}
    taken |= {s.key().toString() for s in window.findChildren(QShortcut)}
    assert "F5" not in taken


@pytest.mark.screen("1366x768")
def test_reset_layout_brings_back_the_fitted_laptop_layout(real_window, qtbot):
    window = real_window()
    window.resize_docks([window.docks["layers"]], [420], Qt.Orientation.Horizontal)  # a user drags
    settle(qtbot, 300)
    assert window.layers.table.horizontalScrollBar().isVisible()
    window.reset_layout()
    settle(qtbot, 300)
    assert_every_layers_row_shown(window)
    assert_titles_unclipped(window)
