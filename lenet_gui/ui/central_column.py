"""The window's centre column: the divergence banner, the canvas and the 32×32 preview."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .presentation import text_point_size

# While the banner shows, the drawing may shrink to this height (its image 64 px square): a
# digit still reads at that size.
CANVAS_FLOOR = 76
# The banner's look; its texts in points: the explanation, and the big word 1.6 times it.
BANNER_STYLE = ("#diverged_banner {{ background: #b3261e; border-radius: 6px; }}"
                " #diverged_banner QLabel {{ color: white; font-size: {text:.1f}pt; }}"
                " #diverged_banner QLabel#diverged_title {{ font-size: {title:.1f}pt; font-weight: bold; }}")
TEXT_PT = 10.0  # a size smaller than the word, so the explanation fits the laptop's column


class CentralColumn(QWidget):
    """The banner (hidden until training diverges) in a row of its own above the canvas and
    the preview, which give it their room.

    Floating over the canvas, the banner hid the drawing on a 1366×768 laptop. Given a row
    without more, it made the column taller, and the window took that height from the Feature
    maps dock (and kept it so after the banner went). So while it shows, the canvas and the
    preview may shrink further than they otherwise do: down to CANVAS_FLOOR and to the 32×32
    image at 2 screen pixels a pixel. On a 1366×768 laptop the column with the banner then
    needs no more height than without it, in English, French and Japanese.
    """

    def __init__(self, banner: QWidget, canvas: QWidget, preview: QWidget) -> None:
        """canvas: the canvas panel (its surface() is the drawing); preview: the input preview
        (height_for_cell(n) is its least height for n screen pixels a pixel)."""
        super().__init__()
        self._banner = banner
        self._canvas = canvas
        self._preview = preview
        self._minimums: tuple[int, int] | None = None  # theirs while the banner shows
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(canvas, 3)
        layout.addWidget(preview, 2)
        self.set_presentation(False)

    def show_banner(self, shown: bool) -> None:
        """Show or hide the banner: through here, not its own show(), which would lay the
        column out with the banner in it before the canvas and the preview made it room."""
        surface = self._canvas.surface()
        if shown and self._minimums is None:
            self._minimums = (surface.minimumHeight(), self._preview.minimumHeight())
            surface.setMinimumHeight(min(CANVAS_FLOOR, self._minimums[0]))
            self._preview.setMinimumHeight(self._preview.height_for_cell(2))
            # Taken in now, not through the event queue: showing the banner lays out this
            # column, and the window around it, at once.
            self._canvas.layout().activate()
            self._fit_banner()
        self._banner.setVisible(shown)
        if not shown and self._minimums is not None:
            surface.setMinimumHeight(self._minimums[0])
            self._preview.setMinimumHeight(self._minimums[1])
            self._minimums = None

    def set_presentation(self, on: bool) -> None:
        """The banner's texts at presentation mode's size for a projector, or at their own."""
        text = text_point_size(self) if on else TEXT_PT
        self._banner.setStyleSheet(BANNER_STYLE.format(text=text, title=1.6 * text))
        for label in self._banner.findChildren(QLabel):
            label.ensurePolished()
        if self._minimums is not None:
            self._fit_banner()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._minimums is not None and event.size().width() != event.oldSize().width():
            self._fit_banner()

    def _fit_banner(self) -> None:
        # Its lines at this width, as its least height: the column then never squeezes the
        # banner's last line away (a window made smaller while it shows), it asks for room.
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        self._banner.setMinimumHeight(self._banner.heightForWidth(width))
