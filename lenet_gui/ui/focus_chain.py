"""Tab and Shift+Tab go only to controls on the screen, never into a panel behind another tab;
a focus ring shows where the keys go on widgets that paint all their area."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
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


class FocusRing(QWidget):
    """A dotted frame over `target` while it has the focus, for widgets that draw all their area.

    A widget of its own, laid over the target: the target's pictures and partial repaints stay
    exactly as they are, and a person on the keyboard still sees where the keys go.
    """

    def __init__(self, target: QWidget):
        super().__init__(target.parentWidget())
        self.setObjectName(f"{target.objectName()}_focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target = target
        target.installEventFilter(self)
        self.hide()

    def follow(self) -> None:
        """Shown over the target if it has the focus, hidden otherwise."""
        if self.parentWidget() is not self._target.parentWidget():
            self.setParent(self._target.parentWidget())  # the target moved to another panel
        if self._target.hasFocus() and self._target.isVisible():
            self.setGeometry(self._target.geometry())
            self.show()
            self.raise_()
        else:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _FOLLOWED:
            self.follow()
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DotLine))
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()


_FOLLOWED = (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Move, QEvent.Type.Resize,
             QEvent.Type.Show, QEvent.Type.Hide)
