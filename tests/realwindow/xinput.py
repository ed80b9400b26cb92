"""Drive a real window as a person does: keys and mouse through the X server (xdotool), not Qt events."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget


def _xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def settle(qtbot, ms: int = 150) -> None:
    """Let the X server deliver what xdotool sent and Qt handle it."""
    QApplication.processEvents()
    qtbot.wait(ms)


def key(qtbot, *keys: str) -> None:
    """Press key combinations as X keysyms, e.g. key(qtbot, "ctrl+shift+z"), key(qtbot, "space")."""
    _xdotool("key", "--delay", "30", *keys)
    settle(qtbot)


def type_text(qtbot, text: str) -> None:
    """Type text as a keyboard would (each character a key press)."""
    _xdotool("type", "--delay", "30", text)
    settle(qtbot)


def screen_point(widget: QWidget, pos) -> QPoint:
    return widget.mapToGlobal(QPoint(int(pos[0]), int(pos[1])))


def click(qtbot, widget: QWidget, pos=None, button: int = 1) -> None:
    """Move the real pointer over widget (its centre by default) and click."""
    if pos is None:
        pos = (widget.width() // 2, widget.height() // 2)
    p = screen_point(widget, pos)
    _xdotool("mousemove", "--sync", str(p.x()), str(p.y()), "click", str(button))
    settle(qtbot)


def wheel(qtbot, widget: QWidget, notches: int, pos=None) -> None:
    """Turn the mouse wheel over widget: positive notches scroll up (zoom in on plots)."""
    if pos is None:
        pos = (widget.width() // 2, widget.height() // 2)
    p = screen_point(widget, pos)
    button = "4" if notches > 0 else "5"
    _xdotool("mousemove", "--sync", str(p.x()), str(p.y()))
    for _ in range(abs(notches)):
        _xdotool("click", button)
    settle(qtbot)


def drag(qtbot, widget: QWidget, points: Sequence, step_ms: int = 8) -> None:
    """A stroke with the left button held, through points in widget coordinates.

    One xdotool call per point, with Qt's event loop running in between: motion events that
    queue up unread are compressed by Qt's xcb into the last one, and the stroke would become a
    straight line from the press to the release.
    """
    first = screen_point(widget, points[0])
    _xdotool("mousemove", "--sync", str(first.x()), str(first.y()), "mousedown", "1")
    QApplication.processEvents()
    for pt in points[1:]:
        p = screen_point(widget, pt)
        _xdotool("mousemove", "--sync", str(p.x()), str(p.y()))
        qtbot.wait(step_ms)
    _xdotool("mouseup", "1")
    settle(qtbot)


def screenshot(name: str) -> Path | None:
    """Save the whole X screen as LENET_GUI_SHOTS/name.png when that folder is set (for looking at)."""
    folder = os.environ.get("LENET_GUI_SHOTS")
    if not folder or shutil.which("import") is None:
        return None
    path = Path(folder) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    return path
