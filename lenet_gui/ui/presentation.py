"""Presentation mode for a projector: large text, thick lines, the digit and the maps as large as the screen allows."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

SETTING = "view/presentation"
TEXT_PX = 24  # the window's text; panels draw their small print at 0.85 of it, still ≥ 20 px
MIN_TEXT_PX = 20  # what the back row reads on a 1920×1080 projector
FULL_HD = 1080  # lower projectors show the same picture as large: their text scales with the screen
LINE_WIDTH = 3  # plot curves and axes
# Behind tabs beside the feature maps: one click away, out of the way of the digit and the maps.
RIGHT = ("output", "training", "loss")
# Not part of a lecture; View shows them, leaving the mode restores them.
HIDDEN = ("sizes", "class_set", "evaluation")


@dataclass
class _Saved:
    """What presentation mode changes, to put back exactly."""

    state: QByteArray
    geometry: QByteArray
    window_state: Qt.WindowState
    status_bar: bool
    palette: QPalette
    style_sheet: str


def text_point_size(widget: QWidget, px: float = TEXT_PX) -> float:
    """Points for a text px pixels high on a 1920×1080 screen, in proportion on a smaller one
    (panels scale their fonts from points, not pixels)."""
    screen = widget.screen()
    scale = min(1.0, screen.size().height() / FULL_HD) if screen is not None else 1.0
    return px * scale * 72.0 / max(1.0, float(widget.logicalDpiY()))


def _high_contrast(base: QPalette) -> QPalette:
    palette = QPalette(base)
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    for role, colour in ((QPalette.ColorRole.Window, white), (QPalette.ColorRole.WindowText, black),
                         (QPalette.ColorRole.Base, white), (QPalette.ColorRole.AlternateBase, QColor(232, 232, 232)),
                         (QPalette.ColorRole.Text, black), (QPalette.ColorRole.ButtonText, black),
                         (QPalette.ColorRole.Button, QColor(225, 225, 225)),
                         (QPalette.ColorRole.Highlight, QColor(0, 70, 190)),
                         (QPalette.ColorRole.HighlightedText, white)):
        palette.setColor(role, colour)
    return palette


_NORMAL_TOOLTIP_FONT: QFont | None = None  # the process's tooltip font before any presentation


class Presentation(QObject):
    """Turns a MainWindow's presentation mode on and off; off restores the layout exactly."""

    def __init__(self, window, layout_version: int) -> None:
        super().__init__(window)
        self.window = window
        self.layout_version = layout_version
        self._saved: _Saved | None = None
        self._plots: list[tuple] = []  # (item, what, previous value) for the pyqtgraph parts
        self._sized_for = None  # the window size the presentation layout was made for
        self._normal_size = None  # the window's size before presentation mode
        self._pending: QByteArray | None = None  # the normal layout, waiting for the normal size
        # Tooltips' font belongs to the whole process, not to a window: one closed while
        # presenting left the next window's tooltips projector-sized. A new window starts normal.
        global _NORMAL_TOOLTIP_FONT
        if _NORMAL_TOOLTIP_FONT is None:
            _NORMAL_TOOLTIP_FONT = QFont(QToolTip.font())
        QToolTip.setFont(_NORMAL_TOOLTIP_FONT)

    def is_on(self) -> bool:
        return self._saved is not None

    def normal_layout(self) -> tuple[QByteArray, QByteArray]:
        """(state, geometry) of the normal layout: what settings keep, even while presenting."""
        w = self.window
        if self._saved is not None:
            return self._saved.state, self._saved.geometry
        return w.saveState(self.layout_version), w.saveGeometry()

    def set_on(self, on: bool) -> None:
        on = bool(on)
        if on == self.is_on():
            return
        w = self.window
        if on:
            self._normal_size = w.size()
            self._saved = _Saved(w.saveState(self.layout_version), w.saveGeometry(), w.windowState(),
                                 w.statusBar().isVisibleTo(w), QPalette(w.palette()), w.styleSheet())
            self._style(True)
            self._arrange()
            w.column_room.forget()  # an open lesson's bar: the presentation's heights are made with it
            w.installEventFilter(self)  # sized again once the window manager has maximised it
            # A lesson's bar opening or closing above the docks changes their height, not the
            # window's: the Training dock's DockFit keeps its readouts in sight then, as it does
            # in the normal window.
            if w.isVisible():
                self._maximize()
            # else: on its first Show (a window manager maximises a mapped window, not a new one)
            QTimer.singleShot(0, self._size)
        else:
            saved, self._saved = self._saved, None
            w.removeEventFilter(self)
            self._style(False, saved)
            w.setWindowState(saved.window_state)
            w.restoreGeometry(saved.geometry)
            w.statusBar().setVisible(saved.status_bar)
            self._restore_docks(saved.state)
            # Again once the normal fonts have given every panel its normal minimum size (a
            # presentation-size minimum would still bend the restored proportions now).
            QTimer.singleShot(0, lambda: self._restore_docks(saved.state))
            if w.size() != self._normal_size:
                # The window manager gives the window its old size back a moment later: the
                # docks are put back again then, for that size.
                self._pending = saved.state
                w.installEventFilter(self)

    def _restore_docks(self, state: QByteArray) -> None:
        w = self.window
        for dock in w.docks.values():
            dock.setFloating(False)
        w.restoreState(state, self.layout_version)
        w.layout().invalidate()
        w.layout().activate()
        w.training_fit.forget()  # the restored heights are the user's
        w.column_room.forget()

    # ------------------------------------------------------------------ look
    def _style(self, on: bool, saved: _Saved | None = None) -> None:
        w = self.window
        if on:
            pt = text_point_size(w)
            # A style sheet reaches every widget, those that set their own font too.
            # Check boxes' squares grow with their text: at 13 px they were lost on a projector.
            box = round(TEXT_PX * 0.8)
            w.setStyleSheet(f"{w.styleSheet()}\nQWidget {{ font-size: {pt:.1f}pt; }}"
                            f"\nQCheckBox::indicator {{ width: {box}px; height: {box}px; }}")
            w.setPalette(_high_contrast(w.palette()))
            w.statusBar().hide()  # steps, lr and weights: the panels show what matters
            # Tooltips are windows of their own, out of the style sheet's reach: the view row's
            # arithmetic and a pixel's value are read from the back row too.
            tip = QFont(QToolTip.font())
            tip.setPointSizeF(text_point_size(w, TEXT_PX * 0.9))
            QToolTip.setFont(tip)
        else:
            w.setStyleSheet(saved.style_sheet)
            w.setPalette(saved.palette)
            QToolTip.setFont(_NORMAL_TOOLTIP_FONT)
        for widget in w.findChildren(QWidget):
            hook = getattr(widget, "set_presentation", None)
            if callable(hook):
                hook(on)
        self._style_plots(on)

    def _style_plots(self, on: bool) -> None:
        """pyqtgraph draws its axes and curves itself: larger tick text and thicker pens."""
        if not on:
            for item, what, value in reversed(self._plots):
                if what == "tick":
                    item.setTickFont(value)
                elif what == "label":
                    item.setLabel(item.labelText, units=item.labelUnits, unitPrefix=item.labelUnitPrefix, **value)
                elif what == "text":
                    item.setFont(value)
                elif what == "axis_pen":
                    item.setPen(value)
                elif what == "pen":
                    item.setPen(value)
            self._plots.clear()
            return
        font = QFont(self.window.font())
        font.setPointSizeF(text_point_size(self.window, TEXT_PX * 0.9))
        for plot in self.window.findChildren(pg.PlotWidget):
            item = plot.getPlotItem()
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                self._plots.append((axis, "tick", axis.style.get("tickFont")))
                axis.setTickFont(font)
                self._plots.append((axis, "label", dict(axis.labelStyle)))
                axis.setLabel(axis.labelText, units=axis.labelUnits, unitPrefix=axis.labelUnitPrefix,
                              **{**axis.labelStyle, "font-size": f"{font.pointSizeF():.1f}pt"})
                self._plots.append((axis, "axis_pen", QPen(axis.pen())))
                pen = QPen(axis.pen())
                pen.setWidthF(2)
                axis.setPen(pen)
            # Marker labels are TextItems of their own; a line's built-in label, if any, too.
            for text in [i.label for i in item.items if isinstance(i, pg.InfiniteLine)
                         and getattr(i, "label", None) is not None] \
                    + [i for i in item.items if isinstance(i, pg.TextItem)]:
                self._plots.append((text, "text", QFont(text.textItem.font())))
                text.setFont(font)
            for curve in item.listDataItems():
                old = curve.opts.get("pen")
                pen = QPen(pg.mkPen(old))
                self._plots.append((curve, "pen", QPen(pen)))
                pen.setWidthF(max(LINE_WIDTH, pen.widthF() * 2))
                curve.setPen(pen)

    # ------------------------------------------------------------------ layout
    def _arrange(self) -> None:
        """The maps on the left at full height (the table and the other panels as tabs beside
        them), the digit in the middle, output, training and loss on the right."""
        w = self.window
        d = w.docks
        for dock in d.values():
            dock.setFloating(False)
        w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, d["maps"])
        # Every other panel (the table, code, gradients, autograd, console, and any added later)
        # becomes a tab beside the maps, so none takes width from them.
        for key, dock in d.items():
            if key not in ("maps", *RIGHT, *HIDDEN):
                w.tabifyDockWidget(d["maps"], dock)
        for key in RIGHT:
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, d[key])
        for key, dock in d.items():
            dock.setVisible(key not in HIDDEN)
        d["maps"].raise_()

    def _size(self) -> None:
        w = self.window
        if not self.is_on():
            return
        self._sized_for = w.size()
        d = w.docks
        width = w.width()
        training = w.training.sizeHint()
        right = max(training.width() + 24, int(width * 0.25))
        centre_min = w.centralWidget().minimumSizeHint().width()
        centre = max(centre_min, int(width * 0.24))
        left = width - right - centre - 16
        # The table, one tab away, fits without scrolling when the screen allows it.
        table = w.layers.sizeHint().width() + 24
        if left < table:
            left = min(table, width - right - centre_min - 16)
        left = max(300, left)
        w.resize_docks([d["maps"], d["output"]], [left, right], Qt.Orientation.Horizontal)
        self._size_column()

    def _size_column(self) -> None:
        """Output, training and loss down the right column: the training panel whole, its
        loss and step count in sight."""
        w = self.window
        if not self.is_on():
            return
        d = w.docks
        # The docks' height: the window's, less the menu bar and any bar above them.
        column = w.centralWidget().height()
        output = int(column * 0.3)
        training_h = w.training.sizeHint().height() + 40
        w.resize_docks([d["output"], d["training"], d["loss"]],
                       [output, training_h, max(200, column - output - training_h)], Qt.Orientation.Vertical)

    def _maximize(self) -> None:
        w = self.window
        if self.is_on() and not w.windowState() & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
            w.setWindowState(w.windowState() | Qt.WindowState.WindowMaximized)

    def eventFilter(self, watched, event) -> bool:
        # (Nothing is asked of the window here: its events still come while it is destroyed.)
        if watched is self.window and event.type() == QEvent.Type.Show and self.is_on():
            QTimer.singleShot(0, self._maximize)
        if watched is self.window and event.type() == QEvent.Type.Resize and self._pending is not None:
            if self.window.size() == self._normal_size:
                state, self._pending = self._pending, None
                self.window.removeEventFilter(self)
                QTimer.singleShot(0, lambda: self._restore_docks(state))
            return False
        if watched is self.window and event.type() == QEvent.Type.Resize and self.is_on() \
                and self._sized_for != self.window.size():
            QTimer.singleShot(0, self._size)
            if self.window.windowState() & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
                self.window.removeEventFilter(self)  # maximised: from now on the user's sizes stay
        return False
