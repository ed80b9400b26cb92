"""The window's centre column, with the divergence banner floating over its top edge."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class CentralColumn(QWidget):
    """The centre column; `overlay` (the divergence banner) floats over its top edge, out of the layout."""

    MARGIN = 9

    def __init__(self) -> None:
        super().__init__()
        self._overlay: QWidget | None = None

    @property
    def overlay(self) -> QWidget | None:
        return self._overlay

    @overlay.setter
    def overlay(self, widget: QWidget) -> None:
        self._overlay = widget
        widget.installEventFilter(self)  # placed again when shown or its text changes

    def eventFilter(self, watched, event) -> bool:
        if watched is self._overlay and event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self.place_overlay()
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place_overlay()

    def place_overlay(self) -> None:
        o = self._overlay
        if o is None or not o.isVisible():
            return
        m = self.MARGIN
        w = max(1, self.width() - 2 * m)
        h = o.heightForWidth(w) if o.hasHeightForWidth() else o.sizeHint().height()
        h = max(h, o.minimumSizeHint().height())
        o.setGeometry(m, m, w, min(h, max(1, self.height() - 2 * m)))
        o.raise_()
