"""The 32×32 input the net actually sees, pixel by pixel, with the preprocessing steps below it."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import language
from .bounded_cache import BoundedCache
from .numbers import fmt_fixed
from .value_tooltip import handle_tooltip

CAPTION = QT_TRANSLATE_NOOP("InputPreview", "32×32 — what the net sees")
_PAD = 6
_WIDE_IMAGE = 0.36  # share of a short, wide preview's width for the 32×32 image (3 px a pixel on a laptop)


def _gray_image(a: np.ndarray, words: bool = False) -> tuple[QImage, np.ndarray]:
    """Float array in [0, 1] → Grayscale8 QImage with fixed levels (0 black, 1 white); a uint8
    array is taken as the grays themselves.

    Returns the buffer too: the QImage only borrows it. With words, the grays are RGB32 words
    (g, g, g) instead, the pixels Qt makes of Grayscale8: enlarged by whole pixels (the big
    image) they look the same and draw ~4× faster. (Shrunk smoothly or by a fraction, Qt
    samples the two formats a little differently: the thumbnails stay Grayscale8.)
    """
    if a.dtype == np.uint8 and not words:  # already the grays (the drawing's thumbnail)
        buf = np.array(a, order="C")  # the QImage borrows it: a copy of our own
        h, w = buf.shape
        return QImage(buf.data, w, h, w, QImage.Format.Format_Grayscale8), buf
    # float32 and in place: the drawing's thumbnail (280×280) is converted at every frame of
    # a stroke, and each float64 temporary cost another pass over it.
    f = np.array(a, np.float32)
    if not np.isfinite(f).all():  # (nan_to_num's own checks cost more than the rest here)
        np.nan_to_num(f, copy=False, nan=0.0, posinf=1.0, neginf=0.0)
    np.clip(f, 0.0, 1.0, out=f)
    f *= 255.0
    f += 0.5
    if words:
        buf = f.astype(np.uint32)
        buf *= np.uint32(0x010101)  # g in each of R, G and B
        buf |= np.uint32(0xFF000000)
        h, w = buf.shape
        return QImage(buf.data, w, h, 4 * w, QImage.Format.Format_RGB32), buf
    buf = np.ascontiguousarray(f.astype(np.uint8))
    h, w = buf.shape
    return QImage(buf.data, w, h, w, QImage.Format.Format_Grayscale8), buf


def field_rect(r: QRectF, h: int, w: int, field: tuple[int, int, int, int]) -> QRectF:
    """Where field (pixel rows/cols of an h×w image shown in r) is outlined."""
    top, left, bottom, right = field
    cw, ch = r.width() / w, r.height() / h
    return QRectF(r.x() + left * cw, r.y() + top * ch, (right - left) * cw, (bottom - top) * ch)


def field_region(r: QRectF, inner: QRectF, shade: bool) -> QRegion:
    """What a field's marks cover: its outline (a 2-px pen), or all of r when the rest is shaded."""
    return QRegion((r if shade else inner).toAlignedRect().adjusted(-2, -2, 2, 2))


def paint_field(painter: QPainter, r: QRectF, h: int, w: int, field: tuple[int, int, int, int],
                shade: bool) -> None:
    """Outline field (pixel rows/cols of an h×w image shown in r); with shade, shade the rest."""
    inner = field_rect(r, h, w, field)
    outside = QRegion(r.toAlignedRect()) - QRegion(inner.toAlignedRect())
    if shade:
        painter.save()
        painter.setClipRegion(outside)
        painter.fillRect(r, QColor(200, 30, 30, 120))
        painter.restore()
    painter.save()  # the dashed pen is the outline's own: what is drawn next keeps its colour
    painter.setPen(QPen(QColor(80, 220, 120), 2, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(inner)
    painter.restore()


class InputPreview(QWidget):
    """Pixelated view of the (32, 32) input in [0, 1] and thumbnails of how it was made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("input_preview")
        # paintEvent fills what it repaints: a repaint at every frame of a stroke then leaves
        # the column and the window behind it alone.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._image = np.zeros((32, 32), np.float32)
        self._qimage, self._buf = _gray_image(self._image, words=True)
        self._steps: list[tuple[str, QImage | None, np.ndarray | None]] = []
        self._font_cache: tuple[tuple, tuple[QFont, QFont]] | None = None
        self._captions: BoundedCache = BoundedCache(64)  # see _caption
        self._wide_cache: tuple | None = None  # see _wide_layout
        self._steps_cache: tuple | None = None  # see _steps_layout
        self._field: tuple[int, int, int, int] | None = None  # see set_field
        self._shade = False

    # --- public API ----------------------------------------------------------------------
    def set_image(self, a: np.ndarray) -> None:
        """Show a (32, 32) float array; 0 is black, 1 is white, values outside are clipped."""
        a = np.array(a, dtype=np.float32)
        if a.ndim != 2:
            raise ValueError(f"InputPreview.set_image takes a 2-D array, got shape {a.shape}")
        self._image = a
        # (Whole device pixels per cell only: at a fractional screen scale the two formats
        # are sampled a little differently.)
        self._qimage, self._buf = _gray_image(a, words=float(self.devicePixelRatioF()).is_integer())
        self.update()

    def set_steps(self, steps: list[tuple[str, np.ndarray]]) -> None:
        """Show the preprocessing steps as (caption, 2-D float array in [0, 1], or uint8 array of
        grays 0–255 shown as they are); empty arrays allowed."""
        out = []
        for title, arr in steps:
            a = np.asarray(arr)
            a = a if a.dtype == np.uint8 else a.astype(np.float32, copy=False)
            if a.ndim != 2 or a.size == 0:
                out.append((str(title), None, None))
            else:
                img, buf = _gray_image(a)
                out.append((str(title), img, buf))
        self._steps = out
        self.update()

    def set_field(self, field: tuple[int, int, int, int] | None, shade: bool = False) -> None:
        """Outline the pixels (top, left, bottom, right; the last two exclusive) a selected value
        depends on; with shade, shade the rest, which it never reads; None clears."""
        field = None if field is None else tuple(int(v) for v in field)
        if (field, shade) != (self._field, self._shade):
            if (field is None) != (self._field is None):
                # The caption is written in the field's pen while a field is shown.
                self._field, self._shade = field, bool(shade)
                self.update()
                return
            # From one field to another, only where the old and the new marks lie: the
            # caption and the thumbnails stay.
            r = self.image_rect()
            h, w = self._image.shape
            region = QRegion()
            for f, s in ((self._field, self._shade), (field, bool(shade))):
                region += field_region(r, field_rect(r, h, w, f), s)
            self._field, self._shade = field, bool(shade)
            self.update(region)

    def field(self) -> tuple[int, int, int, int] | None:
        return self._field

    def image(self) -> np.ndarray:
        """A copy of the array shown in the big image."""
        return self._image.copy()

    def value_text(self, pos: QPointF) -> str:
        """Tooltip text for a widget position: "row r, col c: 0.73", or "" outside the image."""
        r = self.image_rect()
        h, w = self._image.shape
        if not r.contains(pos) or r.width() <= 0:
            return ""
        col = min(int((pos.x() - r.x()) * w / r.width()), w - 1)
        row = min(int((pos.y() - r.y()) * h / r.height()), h - 1)
        return self.tr("row {row}, col {col}: {value}").format(
            row=row, col=col, value=fmt_fixed(float(self._image[row, col]), 2))

    # --- layout --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(340, 440)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 150)  # the 32×32 image shrinks first on a short laptop screen

    def height_for_cell(self, cell: int) -> int:
        """The least height, at this width, that shows the big image at `cell` screen pixels
        a pixel (a centre column that gives room to a banner shrinks the preview to this)."""
        side = cell * max(self._image.shape)
        cap_h, thumb, text_h = self._row_heights()
        wide = math.ceil(cap_h + side + 2 * _PAD)
        if self._steps and self.width() >= 1.6 * wide:
            return wide  # the steps beside the image
        return math.ceil(cap_h + side + thumb + text_h + (2 * _PAD if thumb else 0) + 2 * _PAD)

    def _fonts(self) -> tuple[QFont, QFont]:
        # Asked for several times per paint, and a paint comes with every frame of drawing:
        # built once per width and widget font.
        key = (self.width(), self.font().key(), language.current())
        if self._font_cache is None or self._font_cache[0] != key:
            self._font_cache = (key, self._make_fonts())
        return self._font_cache[1]

    def _make_fonts(self) -> tuple[QFont, QFont]:
        caption = QFont(self.font())
        caption.setPointSizeF(max(11.0, caption.pointSizeF()))
        caption.setBold(True)
        # Shrink the caption rather than clip it in a narrow dock.
        width = QFontMetricsF(caption).horizontalAdvance(self.tr(CAPTION))
        room = self.width() - 2 * _PAD
        if width > room > 0:
            caption.setPointSizeF(max(7.0, caption.pointSizeF() * room / width))
        small = QFont(self.font())
        small.setPointSizeF(max(9.0, self.font().pointSizeF() * 0.85))
        return caption, small

    def _wide(self) -> bool:
        """Short and wide (a laptop's centre column): the steps go beside the image, not below."""
        return bool(self._steps) and self.width() >= 1.6 * self.height()

    def _row_heights(self) -> tuple[float, float, float]:
        caption, small = self._fonts()
        cap_h = QFontMetricsF(caption).height() + 8
        if not self._steps:
            return cap_h, 0.0, 0.0
        n = len(self._steps)
        thumb = min(90.0, max(24.0, (self.width() - _PAD * (n + 1)) / n))
        text_h = 2 * QFontMetricsF(small).height() + 4  # captions may take two lines
        return cap_h, thumb, text_h

    def image_rect(self) -> QRectF:
        """Where the big 32×32 image is drawn: whole-pixel squares, centred in its place."""
        h, w = self._image.shape
        if self._wide():
            # Under the caption, on the left; the steps take the rest of the width.
            cap_h = self._row_heights()[0]
            column = self.width() * _WIDE_IMAGE
            side = max(8.0, min(self.height() - cap_h - 2 * _PAD, column))
            cell = max(1.0, float(int(side / max(h, w))))
            return QRectF(round((column - cell * w) / 2) + _PAD, cap_h, cell * w, cell * h)
        cap_h, thumb, text_h = self._row_heights()
        steps_h = thumb + text_h + (2 * _PAD if thumb else 0)
        side = max(8.0, min(self.width() - 2 * _PAD, self.height() - cap_h - steps_h - 2 * _PAD))
        # Whole screen pixels per input pixel keep every square the same size and crisp.
        cell = max(1.0, float(int(side / max(h, w))))
        return QRectF(round((self.width() - cell * w) / 2), _PAD, cell * w, cell * h)

    def _wide_layout(self, big: QRectF) -> tuple:
        """(left, caption rect, thumbnail side, per row, caption height) beside the image; worked
        out once per size and font: the preview repaints at every frame of a stroke."""
        caption_font, small = self._fonts()
        key = (self.size().width(), self.size().height(), big.getRect(), caption_font.key(), len(self._steps))
        if self._wide_cache is None or self._wide_cache[0] != key:
            column = self.width() * _WIDE_IMAGE
            cap_rect = QRectF(0, 0, self.width(), big.top())
            left = column + 2 * _PAD
            thumb, per_row, text_h = self._wide_grid(left, big.top())
            self._wide_cache = (key, (left, cap_rect, thumb, per_row, text_h))
        return self._wide_cache[1]

    def _wide_grid(self, left: float, top: float) -> tuple[float, int, float]:
        """Beside the image: (thumbnail side, thumbnails per row, caption height) that fit."""
        _, small = self._fonts()
        text_h = 2 * QFontMetricsF(small).height() + 4
        room_w, room_h = self.width() - left - _PAD, self.height() - top - _PAD
        n, best = len(self._steps), (0.0, len(self._steps))
        for per_row in range(1, n + 1):
            rows = -(-n // per_row)
            thumb = min((room_w - (per_row - 1) * _PAD) / per_row,
                        (room_h - rows * text_h - (rows - 1) * _PAD) / rows, 90.0)
            if thumb > best[0]:
                best = (thumb, per_row)
        return max(best[0], 8.0), best[1], text_h

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._backdrop())
        caption_font, small = self._fonts()
        r = self.image_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp squares
        painter.drawImage(r, self._qimage)
        h, w = self._image.shape
        cell = r.width() / w
        if cell >= 6:  # a faint grid shows the pixels even where neighbours are equal
            painter.setPen(QPen(QColor(128, 128, 128, 60), 1))
            # One call for all lines: drawing goes on while the mouse moves, every frame counts.
            painter.drawLines([QLineF(r.x() + i * cell, r.top(), r.x() + i * cell, r.bottom())
                               for i in range(1, w)]
                              + [QLineF(r.left(), r.y() + j * cell, r.right(), r.y() + j * cell)
                                 for j in range(1, h)])
        painter.setPen(QPen(self.palette().windowText().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r.adjusted(-1, -1, 0, 0))
        if self._field is not None:
            paint_field(painter, r, h, w, self._field, self._shade)

        painter.setFont(caption_font)
        if self._wide():
            # The caption heads the steps, which show how the image beside them was made.
            left, cap_rect, thumb, per_row, text_h = self._wide_layout(r)
            painter.drawText(cap_rect, Qt.AlignmentFlag.AlignCenter, self.tr(CAPTION))
            self._paint_steps(painter, small, cap_rect.bottom(), thumb, text_h, left, per_row,
                              region=event.region())
        else:
            cap_h, thumb, text_h = self._row_heights()
            cap_rect = QRectF(0, r.bottom() + 2, self.width(), cap_h)
            painter.drawText(cap_rect, Qt.AlignmentFlag.AlignCenter, self.tr(CAPTION))
            if self._steps:
                self._paint_steps(painter, small, cap_rect.bottom() + _PAD, thumb, text_h, region=event.region())
        painter.end()

    def _backdrop(self) -> QColor:
        """What the window paints behind the preview: the background of the nearest ancestor
        that fills its own (the window at last). Not the preview's own palette: with a style
        sheet on the window (presentation mode) a palette set there does not reach it."""
        w = self.parentWidget()
        while w is not None and not (w.isWindow() or w.autoFillBackground()):
            w = w.parentWidget()
        w = w or self
        return w.palette().color(w.backgroundRole())

    def _paint_steps(self, painter: QPainter, font: QFont, top: float, thumb: float,
                     text_h: float, left: float | None = None, per_row: int = 0,
                     region: QRegion | None = None) -> None:
        font, cells = self._steps_layout(font, top, thumb, text_h, left, per_row)
        # A new field repaints the image only: the steps, all below and right of their first
        # thumbnail's corner, are then left as they are on screen.
        if region is not None and cells and not region.intersects(
                QRectF(cells[0][0] - _PAD, top - 2, self.width(), self.height()).toAlignedRect()):
            return
        painter.setFont(font)
        black, frame = QColor(0, 0, 0), QPen(QColor(140, 140, 140), 1)
        text_pen = QPen(self.palette().windowText().color())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for (_title, img, _buf), (x, y, box, at, caption) in zip(self._steps, cells, strict=True):
            painter.fillRect(box, black)
            if img is not None:
                # Keep the aspect ratio: a cropped digit is rarely square.
                s = min(thumb / img.width(), thumb / img.height())
                iw, ih = img.width() * s, img.height() * s
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, s < 1)
                painter.drawImage(QRectF(x + (thumb - iw) / 2, y + (thumb - ih) / 2, iw, ih), img)
            painter.setPen(frame)
            painter.drawRect(box)
            painter.setPen(text_pen)
            painter.drawStaticText(at, caption)

    def _steps_layout(self, font: QFont, top: float, thumb: float, text_h: float,
                      left: float | None, per_row: int) -> tuple[QFont, list[tuple]]:
        """The captions' font and each thumbnail's (x, y, box, caption place, caption), worked out
        once per size, font and captions: the thumbnails repaint at every frame of a stroke."""
        titles = tuple(title for title, _i, _b in self._steps)
        key = (titles, font.key(), top, thumb, text_h, left, per_row, self.width())
        if self._steps_cache is not None and self._steps_cache[0] == key:
            return self._steps_cache[1]
        n = len(titles)
        per_row = per_row or n
        if left is None:  # one centred row under the image
            left = (self.width() - (n * thumb + (n - 1) * _PAD)) / 2
        else:  # rows of per_row, centred in the room beside the image
            left += (self.width() - left - _PAD - (per_row * thumb + (per_row - 1) * _PAD)) / 2
        # Captions wrap between words; shrink the font until the longest word fits a thumbnail.
        words = [w for title in titles for w in title.split()] or [""]
        widest = max(QFontMetricsF(font).horizontalAdvance(w) for w in words)
        if widest > thumb > 0:
            font = QFont(font)
            font.setPointSizeF(max(6.0, font.pointSizeF() * thumb / widest))
        cells = []
        for i, title in enumerate(titles):
            row, col = divmod(i, per_row)
            x, y = left + col * (thumb + _PAD), top + row * (thumb + text_h + _PAD)
            cells.append((x, y, QRectF(x, y, thumb, thumb), QPointF(x - _PAD / 2 + 0.5, y + thumb + 2),
                          self._caption(title, thumb + _PAD - 1, font)))
        self._steps_cache = (key, (font, cells))
        return font, cells

    def _caption(self, title: str, width: float, font: QFont) -> QStaticText:
        """A thumbnail's caption, wrapped and centred, laid out once: the thumbnails are
        painted at every frame of a stroke, and laying out six wrapped captions cost ~0.1 ms."""
        key = (title, width, font.key())
        found = self._captions.get(key)
        if found is None:
            found = QStaticText(title)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.setTextWidth(width)
            found.setTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
            found.prepare(QTransform(), font)
            self._captions.keep(key, found)
        return found

    def event(self, event: QEvent) -> bool:
        return handle_tooltip(self, event, self.value_text) or super().event(event)

    def mouseMoveEvent(self, event) -> None:
        # Keep the tooltip following the cursor while it is already shown.
        if QToolTip.isVisible():
            pos = QPointF(event.position())
            text = self.value_text(pos)
            if text:
                QToolTip.showText(self.mapToGlobal(QPoint(int(pos.x()), int(pos.y()))), text, self)
        super().mouseMoveEvent(event)
