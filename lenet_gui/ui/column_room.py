"""A bar opening above the docks (a lesson's) takes its height from the docks of a column that can spare it, and gives each back what it gave when it closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget


class ColumnRoom(QObject):
    """Decides which docks of a column give the height a bar above them takes, and gives it back.

    Left to Qt, a column shortened by the lesson's bar lost the height from all its docks, and
    the Training panel's DockFit took its part back from the loss plot: in presentation mode,
    with a lesson open, the plot kept 150 px of a 1080-line screen. When the bar closed, Qt
    shared the height out anew, 17 px of it to the Output panel at 1366×768.

    Here the docks give in their order, each down to its floor (the Output panel's bars are
    drawn at any height; the Training panel keeps what its controls need; the loss plot's curve
    wants all the height it can keep), and when the column grows again each gets back what it
    gave: the layout is the one from before the bar. Only for the bar's own changes, while the
    docks are stacked in one column as the layouts put them and the window keeps its size; any
    other change of the docks' heights (a drag, a panel's DockFit, a new window size) is taken
    as it is.
    """

    def __init__(self, window: QMainWindow, bar: QWidget, docks: list[QDockWidget],
                 floor: Callable[[QDockWidget], int]) -> None:
        super().__init__(window)
        self._window, self._bar, self._docks, self._floor = window, bar, list(docks), floor
        self._given = [0] * len(self._docks)  # what each dock gave the bar, to be given back
        # The docks' heights as they were last settled (or as this class wants them), the
        # window's size and the bar's height then.
        self._known: list[int] | None = None
        self._size = QSize()
        self._bar_height = 0
        self._rounds = 0  # tries left to bring the docks to _known (resizeDocks goes part of the way)
        self._pending = False
        # Only events are read here, and a look scheduled: they still come while the window
        # is destroyed, when nothing may be asked of it.
        for widget in (*self._docks, window.centralWidget()):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._settle)  # dropped with the window
        return False

    def forget(self) -> None:
        """A layout was put in place (presentation mode, Reset layout): its heights are the
        user's, with nothing given to take back."""
        self._given = [0] * len(self._docks)
        self._known = None

    def given(self) -> list[int]:
        """What each dock gave the bar and will get back, in the docks' order."""
        return list(self._given)

    def heights(self) -> list[int]:
        return [dock.height() for dock in self._docks]

    def _stacked(self) -> bool:
        """The docks are open, one above the other in one dock area (no tabs, none floating)."""
        w = self._window
        area = w.dockWidgetArea(self._docks[0])
        return all(d.isVisible() and not d.isFloating() and w.dockWidgetArea(d) == area
                   and not any(o in w.tabifiedDockWidgets(d) for o in self._docks) for d in self._docks)

    def _settle(self) -> None:
        self._pending = False
        w = self._window
        if not w.isVisible():
            return
        # Whatever changed laid out first (Qt's own share-out), so that the room is measured.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        w.layout().activate()
        if not self._stacked():
            self._known = None
            return
        now, bar = self.heights(), self._bar.height() if self._bar.isVisible() else 0
        known = self._known
        if known is None or w.size() != self._size or sum(now) == sum(known) and (now == known or not self._rounds):
            self._adopt(now, bar)  # as they are: no change, or not the bar's
            return
        if sum(now) == sum(known):  # not there yet: resizeDocks moved the docks part of the way
            self._rounds -= 1
            self._resize(known)
            return
        if bar == self._bar_height:
            self._adopt(now, bar)  # the column changed for another reason
            return
        self._bar_height = bar
        self._known = self._share(known, sum(now) - sum(known))
        self._rounds = ROUNDS
        self._resize(self._known)

    def _adopt(self, heights: list[int], bar: int) -> None:
        self._known, self._size, self._bar_height, self._rounds = heights, self._window.size(), bar, 0

    def _share(self, heights: list[int], change: int) -> list[int]:
        """The heights after the column changed by `change` px: taken from the docks in their
        order, each down to its floor; given back to those that gave, the rest to the last."""
        targets = list(heights)
        if change < 0:
            need = -change
            for i, dock in enumerate(self._docks):
                part = min(need, max(0, targets[i] - self._floor(dock)))
                targets[i] -= part
                self._given[i] += part
                need -= part
            targets[-1] -= need  # (none can spare more: the last one gives the rest)
            self._given[-1] += need
        else:
            rest = change
            for i in reversed(range(len(self._docks))):
                part = min(rest, self._given[i])
                targets[i] += part
                self._given[i] -= part
                rest -= part
            targets[-1] += rest
        return targets

    def _resize(self, targets: list[int]) -> None:
        if targets != self.heights():
            self._window.resize_docks(self._docks, targets, Qt.Orientation.Vertical)
            if not self._pending:  # look again once Qt has laid it out
                self._pending = True
                QTimer.singleShot(0, self, self._settle)


ROUNDS = 6  # tries after one change of the bar
