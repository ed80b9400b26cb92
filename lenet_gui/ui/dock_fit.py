"""A dock whose panel grows (ten custom-target boxes, a refusal message) takes the height it needs from its neighbours, and gives it back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea


class DockFit(QObject):
    """Keeps the whole of a scrolled panel in sight, as far as its dock area has room.

    The Training panel's readouts (the loss, the step count) sit under its controls: on a
    1366×768 laptop, choosing a custom target or mistyping the learning rate pushed them below
    the dock's edge, behind a scroll bar, while the class trained on. The dock now grows by what
    the panel needs, taken from the docks beside it, and shrinks back by what it took when the
    panel does. (Its scroll bars stay for a screen too small even for that.)

    A bar opening above the docks (a lesson's) shortens the whole column instead: the dock then
    takes what it lacks from the same neighbour, and gives it back when the bar closes. In the
    normal window and in presentation mode alike.
    """

    def __init__(self, window: QMainWindow, dock: QDockWidget, area: QScrollArea,
                 neighbour: QDockWidget) -> None:
        super().__init__(window)
        # The dock beside it in the same column that gives the room and takes it back: asked
        # to grow alone, a dock gets only part of the height, shared out among its neighbours.
        self._window, self._dock, self._area, self._neighbour = window, dock, area, neighbour
        self._taken = 0  # height taken from the neighbours, given back when the panel shrinks
        self._height = 0  # the dock's height when it last took or gave back
        self._needed: int | None = None  # the panel's height at the last fit
        self._pending = False
        self._panel = area.widget()
        # The docks' height follows the central widget's: bars above them, the window's size.
        # (Kept from the start: its events still come while the window is destroyed.)
        self._central = window.centralWidget()
        self._column = self._central.height()
        self._fitted_column: int | None = None  # the column's height at the last fit
        self._panel.installEventFilter(self)
        self._central.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # A control shown or hidden asks for a new layout: fit once it has been laid out.
        if watched is self._panel and event.type() == QEvent.Type.LayoutRequest:
            self._schedule(ROUNDS, fresh=True)
        elif watched is self._central and event.type() == QEvent.Type.Resize \
                and event.size().height() != self._column:
            self._column = event.size().height()
            self._schedule(ROUNDS)
        return False

    def forget(self) -> None:
        """A layout was put back (Reset layout, leaving presentation mode): its sizes are the
        user's, with nothing taken to give back when the column grows again."""
        self._taken = 0
        self._fitted_column = self._central.height()

    def needed_height(self) -> int:
        """The dock's height that shows its whole panel (the readouts in sight)."""
        room, needed = self._room_and_need()
        return self._dock.height() + needed - room.height()

    def _room_and_need(self):
        """The room the panel has and the height it needs."""
        # Against the room without scroll bars: a vertical bar narrows the panel, which then
        # needs a horizontal one too, and the height that bar takes is not the panel's.
        room = self._area.maximumViewportSize()
        panel = self._area.widget()
        needed = panel.minimumSizeHint().height()
        if panel.hasHeightForWidth():  # a wrapped message takes more lines than its minimum
            needed = max(needed, panel.heightForWidth(room.width()))
        return room, needed

    def _schedule(self, rounds: int, fresh: bool = False) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, lambda: self.fit(rounds, fresh))  # dropped with the window

    def fit(self, rounds: int = 1, fresh: bool = False) -> None:
        """Grow the dock by the height its panel lacks, or give back what it took and no longer needs."""
        self._pending = False
        dock = self._dock
        # Whether the column changed since the last fit (a bar above the docks, the window's
        # size): then the dock's new height is the column's, not a drag's.
        column = self._central.height()
        column_changed = self._fitted_column is not None and column != self._fitted_column
        self._fitted_column = column
        if not dock.isVisible() or dock.isFloating():
            return
        room, needed = self._room_and_need()
        if fresh and needed == self._needed:
            return  # a new text, not a new row: the dock's height stays the user's
        self._needed = needed  # (at every fit: one set off by the column may have come first)
        if not column_changed and self._taken and dock.height() != self._height:
            self._taken = 0  # sized since by a drag, Reset layout or presentation mode: theirs now
        lacking = needed - room.height()
        before = dock.height()
        if lacking > 0:
            change = lacking
        elif lacking < 0 and self._taken > 0:
            change = -min(self._taken, -lacking)
        else:
            return
        neighbour, window = self._neighbour, self._window
        # Only a neighbour in the same column, not a tab of the same place (sized as one, the
        # last size asked for would win and shrink the dock instead).
        if neighbour.isVisible() and not neighbour.isFloating() \
                and window.dockWidgetArea(neighbour) == window.dockWidgetArea(dock) \
                and neighbour not in window.tabifiedDockWidgets(dock):
            self._window.resizeDocks([dock, neighbour], [before + change, neighbour.height() - change],
                                     Qt.Orientation.Vertical)
        else:
            self._window.resizeDocks([dock], [before + change], Qt.Orientation.Vertical)
        # The docks are laid out again before the new height shows: look once more then, as long
        # as the dock moved (the neighbours' minimums may stop it short).
        QTimer.singleShot(0, self, lambda: self._took(before, rounds))

    def _took(self, before: int, rounds: int) -> None:
        moved = self._dock.height() - before
        self._taken = max(0, self._taken + moved)
        self._height = self._dock.height()
        if moved and rounds > 1:
            self._schedule(rounds - 1)


ROUNDS = 12  # fits in a row after one change: resizeDocks moves a dock part of the way each time
