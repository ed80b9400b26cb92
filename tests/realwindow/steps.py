"""What a user does in the window, made of real X input: menus, tabs, drop-down lists, dialogs, digits."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QMenu,
    QTabBar,
    QToolButton,
    QToolTip,
    QWidget,
)

from lenet_gui.replay import DIGITS, densify

from .xinput import _xdotool, click, drag, screen_point, settle


def centre(rect) -> tuple[int, int]:
    return rect.center().x(), rect.center().y()


def open_menu(qtbot, window, title: str) -> QMenu:
    bar = window.menuBar()
    entry = next(a for a in bar.actions() if a.text().replace("&", "") == title)
    click(qtbot, bar, centre(bar.actionGeometry(entry)))
    menu = entry.menu()
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    return menu


def choose(qtbot, window, title: str, item: str) -> None:
    """Click a menu of the menu bar, then one of its items (text without the & of its mnemonic)."""
    menu = open_menu(qtbot, window, title)
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(item))
    click(qtbot, menu, centre(menu.actionGeometry(action)))
    settle(qtbot)


def in_sight(dock: QDockWidget) -> bool:
    """On the screen, not only "visible" behind another tab."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def click_tab(qtbot, window, title: str) -> None:
    """Click a dock's tab, first scrolling the tab bar with its arrow buttons as a user would."""
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabText(i) == title and bar.isVisible():
                for _ in range(bar.count()):
                    rect = bar.tabRect(i)
                    if bar.rect().contains(rect.center()) and not _under_arrows(bar, rect):
                        break
                    arrow = Qt.ArrowType.RightArrow if rect.center().x() > bar.width() // 2 \
                        else Qt.ArrowType.LeftArrow
                    click(qtbot, _arrow(bar, arrow))
                click(qtbot, bar, centre(bar.tabRect(i)))
                return
    raise AssertionError(f"no tab {title!r}")


def _arrow(bar: QTabBar, direction) -> QToolButton:
    return next(b for b in bar.findChildren(QToolButton) if b.arrowType() == direction and b.isVisible())


def _under_arrows(bar: QTabBar, rect) -> bool:
    return any(b.isVisible() and b.geometry().contains(rect.center()) for b in bar.findChildren(QToolButton))


def pick(qtbot, combo: QComboBox, text: str) -> None:
    """Open a drop-down list with the mouse and click one of its entries."""
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    index = view.model().index(combo.findText(text), 0)
    view.scrollTo(index)
    settle(qtbot)
    click(qtbot, view.viewport(), centre(view.visualRect(index)))
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5000)


def answer_next_dialog(*keys: str) -> QTimer:
    """Press keys in the next modal dialog once it shows: its exec() runs its own event loop,
    so the keys are sent from a timer that runs inside it. Keep the returned timer alive."""
    timer = QTimer(interval=100)

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and dialog.isActiveWindow():
            timer.stop()
            subprocess.run(["xdotool", "key", "--delay", "30", *keys], check=True)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def draw(qtbot, surface: QWidget, digit: int) -> None:
    """Draw a digit with the real mouse, stroke by stroke, in the middle of the canvas."""
    side = min(surface.width(), surface.height()) * 0.6
    x0, y0 = (surface.width() - side) / 2, (surface.height() - side) / 2
    for stroke in DIGITS[digit]:
        drag(qtbot, surface, [(x0 + x * side, y0 + y * side) for x, y in densify(stroke, 0.05)])


def hover_tooltip(qtbot, widget: QWidget, pos) -> str:
    """Rest the real pointer on pos until Qt shows its tooltip; the tooltip's text."""
    QToolTip.hideText()
    p = screen_point(widget, (pos[0] + 3, pos[1] + 3))
    _xdotool("mousemove", "--sync", str(p.x()), str(p.y()))
    p = screen_point(widget, pos)
    _xdotool("mousemove", "--sync", str(p.x()), str(p.y()))
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    return QToolTip.text()


def diverge(window) -> None:
    """README step 4: learning rate 100, then steps until the loss explodes."""
    window.set_lr(100.0)
    for _ in range(500):
        window.step(1)
        if window.session.trainer.diverged:
            break
    assert window.session.trainer.diverged
    window.refresh_now()
