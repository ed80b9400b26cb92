"""Tab and Shift+Tab go only to controls on the screen, never into a panel behind another tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

# More steps than the window has controls: the walk always ends, even if nothing is in sight.
_MAX_STEPS = 500


def dock_in_sight(dock: QDockWidget) -> bool:
    """Shown and on the screen: a panel behind another tab is "visible" to Qt, but none of it shows."""
    return not dock.isHidden() and not dock.visibleRegion().isEmpty()


def in_sight(widget: QWidget) -> bool:
    """Whether every panel around `widget` is on the screen (a control outside panels always is)."""
    w = widget
    while w is not None:
        if isinstance(w, QDockWidget) and not dock_in_sight(w):
            return False
        w = w.parentWidget()
    return True


def focus_next_in_sight(forward: bool, step: Callable[[bool], bool]) -> bool:
    """What Tab (forward) or Shift+Tab does, skipping controls out of sight.

    `step` is Qt's own move to the next control in the window's tab order; it is repeated while
    the focus lands in a panel behind another tab, where the person could not see the cursor
    and typed digits would silently change a value they cannot see.
    """
    start = QApplication.focusWidget()
    for _ in range(_MAX_STEPS):
        if not step(forward):
            return False
        now = QApplication.focusWidget()
        if now is None or now is start or in_sight(now):
            return True
    return True
