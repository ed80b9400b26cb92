"""Tab and Shift+Tab go only to controls on the screen, never into a panel behind another tab;
a focus ring shows where the keys go on widgets that paint all their area, and the arrow keys
and Enter reach what those widgets' clicks do (CursorKeys)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QTabBar, QToolButton, QWidget

# More steps than the window has controls: the walk always ends, even if nothing is in sight.
_MAX_STEPS = 500

# The keys that move a keyboard cursor over a painted widget: (across, down, page).
MOVES = {int(Qt.Key.Key_Left.value): (-1, 0, 0), int(Qt.Key.Key_Right.value): (1, 0, 0),
         int(Qt.Key.Key_Up.value): (0, -1, 0), int(Qt.Key.Key_Down.value): (0, 1, 0),
         int(Qt.Key.Key_PageUp.value): (0, 0, -1), int(Qt.Key.Key_PageDown.value): (0, 0, 1)}
_ENTER = (int(Qt.Key.Key_Return.value), int(Qt.Key.Key_Enter.value))
_ESCAPE = int(Qt.Key.Key_Escape.value)


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


def scroll_area_around(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area that holds `widget`, the one to scroll to bring it in sight."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    return area


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
        if now is None or now is start or (in_sight(now) and not _tab_scroller(now)):
            return True
    return True


def _tab_scroller(widget: QWidget) -> bool:
    """One of the arrows that scroll a tab bar too narrow for its tabs: a stop that does nothing
    for the keyboard, whose arrow keys already go from tab to tab on the tab bar itself."""
    return isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QTabBar)


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
            # Only the part in sight: a target taller than its scroll area still shows all four sides.
            parent = self.parentWidget()
            shown = self._target.geometry()
            self.setGeometry(shown.intersected(parent.rect()) if parent is not None else shown)
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


class CursorKeys(QObject):
    """The keyboard's way to what clicks do on a widget that paints its items itself (bars,
    weights): Tab reaches it, with a FocusRing; the arrow keys (and Page Up/Down) move a cursor
    over its items and do what a click on the new item does, as they do on the feature maps;
    Enter does it again; Escape takes the cursor away.

    Space is the window's Backprop step here too, as everywhere, and P its Play: the widget
    takes only the arrows, Page Up/Down, Enter and (while its cursor is out) Escape.

    `move(dx, dy, page)` moves the widget's cursor (placing it first if there is none) and
    returns False for a key it has no use for; `activate()` does what a click on the cursor's
    item does (placing the cursor first if there is none); `has_cursor()` and `clear()` read
    and take away the cursor, which goes when the focus leaves.
    """

    def __init__(self, widget: QWidget, move: Callable[[int, int, int], bool], activate: Callable[[], None],
                 has_cursor: Callable[[], bool], clear: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._move, self._activate, self._has_cursor, self._clear = move, activate, has_cursor, clear
        self._ring: FocusRing | None = None  # made at the first focus, once the widget is in a panel
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)

    def ring(self) -> FocusRing | None:
        return self._ring

    def _takes(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Shift+Space (×10 steps), Ctrl+…: the window's
        key = int(event.key())
        return key in MOVES or key in _ENTER or (key == _ESCAPE and self._has_cursor())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self._takes(event):
            event.accept()  # the key comes as a key press instead of the window's shortcut
            return True
        if kind == QEvent.Type.KeyPress and self._takes(event):
            key = int(event.key())
            if key in MOVES:
                if not self._move(*MOVES[key]):
                    return False
                self._activate()  # the arrows explain as they go, as on the feature maps
                return True
            if key == _ESCAPE:
                self._clear()
            else:
                self._activate()
            return True
        if kind == QEvent.Type.FocusIn:
            # Where the keys go: a ring over the widget, a widget of its own (see FocusRing).
            if self._ring is None and self._widget.parentWidget() is not None:
                self._ring = FocusRing(self._widget)
            if self._ring is not None:
                self._ring.follow()
        elif kind == QEvent.Type.FocusOut:
            self._clear()  # the cursor goes with the keys: nothing dashed is left behind
        return False
