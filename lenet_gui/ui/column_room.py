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
    shared the height out anew, 17 px of it to the Output panel at 1366×768, and all of what the
    feature maps under the canvas had given (59 px) to the canvas.

    Here the docks of the column give in their order, each down to its floor (the Output
    panel's bars are drawn at any height; the Training panel keeps what its controls need; the
    loss plot's curve wants all the height it can keep), and when the column grows again each
    gets back what it gave; a dock beside the column (the feature maps) gives what Qt takes from
    it and gets that back too: the layout is the one from before the bar. Only for the bar's own
    changes, while the docks are open, docked, and the window keeps its size; any other change
    of their heights (a drag, a panel's DockFit, a new window size) is taken as it is.
    """

    def __init__(self, window: QMainWindow, bar: QWidget, docks: list[QDockWidget],
                 floor: Callable[[QDockWidget], int], others: list[QDockWidget] = ()) -> None:
        super().__init__(window)
        self._window, self._bar, self._docks, self._floor = window, bar, list(docks), floor
        self._others = list(others)
        self._given = [0] * len(self._docks)  # what each dock of the column gave the bar
        self._lost = [0] * len(self._others)  # what each dock beside it lost to the bar
        # The docks' heights (the column's, then those beside it in sight) as they were last
        # settled or as this class wants them, the window's size and the bar's height then.
        self._known: list[int] | None = None
        self._size = QSize()
        self._bar_height = 0
        self._rounds = 0  # tries left to bring the docks to _known (resizeDocks goes part of the way)
        self._pending = False
        # Only events are read here, and a look scheduled: they still come while the window
        # is destroyed, when nothing may be asked of it.
        for widget in (*self._docks, *self._others, window.centralWidget()):
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
        self._lost = [0] * len(self._others)
        self._known = None

    def heights(self) -> list[int]:
        """The column's docks' heights, then those of the docks beside it that are in sight."""
        return [dock.height() for dock in self._docks + self._beside()]

    def _beside(self) -> list[QDockWidget]:
        """The docks beside the column, when all of them are in sight and docked (else none)."""
        shown = [d for d in self._others if d.isVisible() and not d.isFloating()]
        return shown if len(shown) == len(self._others) else []

    def _stacked(self) -> bool:
        """The column's docks are open, one above the other in one dock area (no tabs, none floating)."""
        w = self._window
        area = w.dockWidgetArea(self._docks[0])
        return all(d.isVisible() and not d.isFloating() and w.dockWidgetArea(d) == area
                   and not any(o in w.tabifiedDockWidgets(d) for o in self._docks) for d in self._docks)

    def _settle(self) -> None:
        self._pending = False
        w = self._window
        if not w.isVisible():
            return
        bar = self._bar.height() if self._bar.isVisible() else 0
        if bar != self._bar_height or self._rounds:
            # The bar's change laid out first (Qt's own share-out), so that the room is measured.
            # (Only then: a drag or a DockFit of the Training panel needs no extra layout pass.)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            w.layout().activate()
            bar = self._bar.height() if self._bar.isVisible() else 0
        if not self._stacked():
            self._known = None
            return
        now = self.heights()
        known, n = self._known, len(self._docks)
        if known is None or len(known) != len(now) or w.size() != self._size:
            self._adopt(now, bar)  # new: as they are
            return
        change = sum(now[:n]) - sum(known[:n])
        if not change:
            if now == known or not self._rounds:
                self._adopt(now, bar)  # as they are: no change, or not the bar's
            else:  # not there yet: resizeDocks moved the docks part of the way
                self._rounds -= 1
                self._resize(known)
            return
        if bar == self._bar_height:
            self._adopt(now, bar)  # the column changed for another reason
            return
        self._bar_height = bar
        self._known = self._share(known[:n], change) + self._give_back(known[n:], now[n:], not bar)
        self._rounds = ROUNDS
        self._resize(self._known)

    def _adopt(self, heights: list[int], bar: int) -> None:
        self._known, self._size, self._bar_height, self._rounds = heights, self._window.size(), bar, 0

    def _share(self, heights: list[int], change: int) -> list[int]:
        """The column's heights after it changed by `change` px: taken from the docks in their
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
        # A dock left below its floor (the Training panel's readouts out of sight, after a
        # layout put back) takes what it lacks from those above theirs, in the same order:
        # what its DockFit would do, done here so that the two agree instead of undoing each
        # other's resizes.
        floors = [self._floor(dock) for dock in self._docks]
        for i in range(len(targets)):
            lack = floors[i] - targets[i]
            for j in range(len(targets)):
                if lack <= 0:
                    break
                part = min(lack, max(0, targets[j] - floors[j])) if j != i else 0
                targets[j] -= part
                targets[i] += part
                lack -= part
        return targets

    def _give_back(self, before: list[int], now: list[int], closed: bool) -> list[int]:
        """The heights of the docks beside the column: as Qt makes them while the bar is open
        (what each lost, and got back as the bar's height changed, counted), then the height
        from before it."""
        if not before:
            return []
        if closed:
            targets = [b + lost for b, lost in zip(before, self._lost, strict=True)]
            self._lost = [0] * len(self._others)
            return targets
        self._lost = [max(0, lost + b - h) for lost, b, h in zip(self._lost, before, now, strict=True)]
        return list(now)

    def _resize(self, targets: list[int]) -> None:
        if targets == self.heights():
            return
        n = len(self._docks)
        self._window.resize_docks(self._docks, targets[:n], Qt.Orientation.Vertical)
        beside = self._beside()
        if beside:
            self._window.resize_docks(beside, targets[n:], Qt.Orientation.Vertical)
        if not self._pending:  # look again once Qt has laid it out
            self._pending = True
            QTimer.singleShot(0, self, self._settle)


ROUNDS = 6  # tries after one change of the bar
