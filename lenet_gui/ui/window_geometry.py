"""The window's size on the screen and its docks' default proportions (a 1366×768 laptop to a projector)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar


def frame_extra(window: QMainWindow) -> QSize:
    """What the window manager's frame adds to the window (a guess before it is shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return QSize(2, 30)


def room(window: QMainWindow) -> QSize:
    """The largest window (without its frame) the screen has room for."""
    screen = window.screen()
    if screen is None:
        return QSize(1600, 1000)
    return screen.availableGeometry().size() - frame_extra(window)


def fitting_size(window: QMainWindow) -> QSize:
    """1600×1000, or less on a smaller screen (a 1366×768 laptop)."""
    space = room(window)
    return QSize(min(1600, space.width()), min(1000, space.height()))


def keep_on_screen(window: QMainWindow) -> None:
    """Shrink (and move) the window back inside the screen if anything made it outgrow it."""
    screen = window.screen()
    if screen is None or not window.isVisible() or window.windowState() & (
            Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
        return
    space = room(window)
    size = window.size().boundedTo(space).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    avail, frame = screen.availableGeometry(), window.frameGeometry()
    x = min(max(frame.x(), avail.x()), max(avail.x(), avail.right() + 1 - frame.width()))
    y = min(max(frame.y(), avail.y()), max(avail.y(), avail.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def title_height(window: QMainWindow, dock: QDockWidget) -> int:
    """The height of a dock's title bar (measured once shown, a guess before)."""
    inner = dock.widget()
    if dock.isVisible() and 0 < inner.height() < dock.height():
        return dock.height() - inner.height()
    return window.fontMetrics().height() + 8


def size_docks(window, size: QSize) -> None:
    """The default proportions for a window of this size: every row of the Layers table,
    the training controls in full, the output bars at their readable size, and the feature
    maps and the loss plot with all the rest."""
    w, h = size.width(), size.height()
    d = window.docks
    training = window.training.sizeHint()
    right = max(training.width() + 4, int(w * 0.25))
    table = window.layers.sizeHint()
    left = min(table.width() + 2, max(300, w - right - window.centralWidget().minimumSizeHint().width() - 14))
    window.resize_docks([d["layers"], d["output"]], [left, right], Qt.Horizontal)
    column = h - window.menuBar().sizeHint().height() - window.statusBar().sizeHint().height()
    bars = [bar.sizeHint().height() for bar in window.findChildren(QTabBar) if bar.count() > 1]
    tab_bar = max(bars, default=window.fontMetrics().height() + 14)  # the secondary panels' tabs
    layers_h = table.height() + title_height(window, d["layers"]) + tab_bar + 10
    # On a larger screen the canvas row gets a fair share too, not just the table's height.
    top = max(layers_h, int(column * 0.45))
    window.resize_docks([d["maps"]], [max(200, column - top)], Qt.Vertical)
    output = max(d["output"].minimumSizeHint().height(), int(column * 0.27))
    training_h = training.height() + title_height(window, d["training"]) + 2
    window.resize_docks([d["output"], d["training"], d["loss"]],
                        # The loss plot gives way first: a taller menu or status bar (Japanese)
                        # must not take the rows from the training controls.
                        [output, training_h, max(160, column - output - training_h - 16)], Qt.Vertical)
