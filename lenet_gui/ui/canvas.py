"""The drawing canvas: a fixed 280×280 grayscale image drawn with mouse, pen or touch, with undo."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
    QTabletEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import language
from .numbers import LocaleSpinBox

IMAGE_SIZE = 280  # ten times MNIST's 28 px: the drawing never depends on the widget's size
DEFAULT_BRUSH = 20
BRUSH_RANGE = (4, 60)
ONE_LINE_PT = 9.0  # the hint shrinks to this on one line before it wraps
_MARGIN = 6  # widget pixels between the surface's edge and the image's border


def _blank() -> QImage:
    image = QImage(IMAGE_SIZE, IMAGE_SIZE, QImage.Format.Format_Grayscale8)
    image.fill(0)
    return image


def _as_array(image: QImage) -> np.ndarray:
    # Rows of a QImage may be padded to 4 bytes, so reshape by bytesPerLine and cut.
    buf = np.frombuffer(image.constBits(), np.uint8)
    return buf.reshape(image.height(), image.bytesPerLine())[:, : image.width()].copy()


def _paste(target: QImage, patch: QImage, top_left) -> None:
    painter = QPainter(target)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.drawImage(top_left, patch)
    painter.end()


class _PatchCommand(QUndoCommand):
    """Swap one rectangle of the image between its state before and after an edit.

    Only the touched rectangle is stored, so a long undo history of strokes stays small.
    """

    def __init__(self, panel: CanvasPanel, rect: QRect, before: QImage, after: QImage,
                 text: str, applied: bool) -> None:
        super().__init__(text)
        self._panel = panel
        self._rect = QRect(rect)
        self._before = before
        self._after = after
        self._skip_first_redo = applied  # a stroke is already on the image when it is pushed

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._panel._restore(self._rect, self._after)

    def undo(self) -> None:
        self._panel._restore(self._rect, self._before)


def fit_hint(text: str, box: QRectF, base: QFont, size: float) -> tuple[QFont, Qt.AlignmentFlag]:
    """The font and flags that fit a hint into box: on one line, shrunk from `size` down to
    ONE_LINE_PT, before wrapped (shrunk down to 6 pt). A small canvas on a 1366×768 laptop, or
    a longer translation, would otherwise cut it; and Japanese, wrapped, breaks inside a word
    (「ここに数字を描 / く」): it has no spaces to break at."""
    one_line = Qt.AlignmentFlag.AlignCenter
    wrapped = one_line | Qt.TextFlag.TextWordWrap
    font = QFont(base)
    for flags, smallest in ((one_line, ONE_LINE_PT), (wrapped, 6.0)):
        at = size
        while True:
            font.setPointSizeF(at)
            fits = box.contains(QFontMetricsF(font).boundingRect(box, flags, text))
            if fits:
                return font, flags
            if at <= smallest:
                break
            at = max(smallest, at - 0.5)
    return font, wrapped


class _Surface(QWidget):
    """Shows the panel's image scaled to fit and turns pointer input into strokes."""

    def __init__(self, panel: CanvasPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self.setObjectName("canvas")
        # paintEvent fills what it repaints: a mouse move repaints the stroke's few pixels, not
        # the panel and the window behind them too.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        language.texts(self, lambda: self.setToolTip(self.tr("Draw a digit with the mouse, a pen or a finger")))
        self.setMinimumSize(140, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        # Touch: no touch handling of our own; Qt synthesizes mouse events from unhandled
        # touches (AA_SynthesizeMouseForUnhandledTouchEvents is on by default).
        self._drawing = False

    def sizeHint(self) -> QSize:
        return QSize(IMAGE_SIZE + 2 * _MARGIN, IMAGE_SIZE + 2 * _MARGIN)

    def image_rect(self) -> QRectF:
        """Where the image is shown: the largest centred square that fits."""
        side = max(1.0, min(self.width(), self.height()) - 2.0 * _MARGIN)
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_image(self, pos: QPointF) -> QPointF:
        r = self.image_rect()
        scale = IMAGE_SIZE / r.width()
        return QPointF((pos.x() - r.x()) * scale, (pos.y() - r.y()) * scale)

    def to_widget(self, rect: QRectF) -> QRect:
        r = self.image_rect()
        scale = r.width() / IMAGE_SIZE
        return QRectF(r.x() + rect.x() * scale, r.y() + rect.y() * scale,
                      rect.width() * scale, rect.height() * scale).toAlignedRect().adjusted(-2, -2, 2, 2)

    # --- pointer input -------------------------------------------------------------------
    def _press(self, pos: QPointF) -> None:
        self._drawing = True
        self._panel._begin_stroke(self.to_image(pos))

    def _move(self, pos: QPointF) -> None:
        if self._drawing:
            self._panel._extend_stroke(self.to_image(pos))

    def _release(self, pos: QPointF) -> None:
        if self._drawing:
            self._drawing = False
            self._panel._extend_stroke(self.to_image(pos))
            self._panel._end_stroke()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(QPointF(event.position()))
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self._move(QPointF(event.position()))
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._release(QPointF(event.position()))
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting the tablet event stops Qt from also sending a synthesized mouse event.
        pos = QPointF(event.position())
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._press(pos)
        elif kind == QEvent.Type.TabletMove:
            self._move(pos)
        elif kind == QEvent.Type.TabletRelease:
            self._release(pos)
        event.accept()

    # --- painting ------------------------------------------------------------------------
    def _paint_hint(self, painter: QPainter, r) -> None:
        """"Draw a digit here", fitted to the canvas (see fit_hint)."""
        text = self.tr("Draw a digit here")
        box = r.adjusted(6, 6, -6, -6)
        font, flags = fit_hint(text, box, self.font(), max(11.0, r.height() / 18))
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255, 90))
        painter.drawText(box, flags, text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        r = self.image_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(r, self._panel._image)
        if self._panel.is_empty():
            self._paint_hint(painter, r)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(150, 150, 150), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r.adjusted(-1, -1, 1, 1))
        field = self._panel.field()
        if field is not None:
            # The drawing's pixels a selected value depends on (see CanvasPanel.set_field).
            scale = r.width() / IMAGE_SIZE
            top, left, bottom, right = field
            inner = QRectF(r.x() + left * scale, r.y() + top * scale, (right - left) * scale,
                           (bottom - top) * scale).intersected(r)
            if self._panel.shaded():
                painter.save()
                painter.setClipRegion(QRegion(r.toAlignedRect()) - QRegion(inner.toAlignedRect()))
                painter.fillRect(r, QColor(200, 30, 30, 90))
                painter.restore()
            painter.setPen(QPen(QColor(80, 220, 120), 2, Qt.PenStyle.DashLine))
            painter.drawRect(inner)
        painter.end()


class CanvasPanel(QWidget):
    """Drawing surface (objectName "canvas") with Clear, Undo, Redo and brush-width controls."""

    changed = Signal()
    """The image changed (every stroke segment, clear, undo, redo, set_image); no payload:
    pull the pixels with image_array(), so a receiver can coalesce many changes into one."""

    strokeFinished = Signal()
    """The pen or mouse button was released; no payload."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = _blank()
        self._empty = True
        self._brush = DEFAULT_BRUSH
        self._stroke_before: QImage | None = None
        self._stroke_rect = QRectF()
        self._last: QPointF | None = None

        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

        self._field: tuple[float, float, float, float] | None = None  # see set_field
        self._shade = False
        self._surface = _Surface(self)

        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear_button")
        self.clear_button.clicked.connect(self.clear)

        # Arrows, not words: three word buttons and the brush box made the centre column too wide
        # for the Layers table beside it on a 1366-px laptop. The names are kept for screen readers.
        self.undo_button = QPushButton("↶")
        self.undo_button.setObjectName("undo_button")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)

        self.redo_button = QPushButton("↷")
        self.redo_button.setObjectName("redo_button")
        self.redo_button.clicked.connect(self.redo)
        self.redo_button.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)

        # Typed the locale's way; text it cannot read is refused with a message at the box.
        self.brush_spin = LocaleSpinBox()
        self.brush_spin.setObjectName("brush_width")
        self.brush_spin.setRange(*BRUSH_RANGE)
        self.brush_spin.setValue(self._brush)
        self.brush_spin.setSuffix(" px")
        self.brush_spin.valueChanged.connect(self.set_brush_width)
        brush_label = QLabel()
        brush_label.setBuddy(self.brush_spin)

        def retranslate() -> None:
            self.clear_button.setText(self.tr("Clear"))
            self.clear_button.setToolTip(self.tr("Clear the drawing (Ctrl+N or Delete); Undo brings it back"))
            self.undo_button.setAccessibleName(self.tr("Undo"))
            self.undo_button.setToolTip(self.tr("Undo the last stroke or clear (Ctrl+Z)"))
            self.redo_button.setAccessibleName(self.tr("Redo"))
            self.redo_button.setToolTip(self.tr("Redo the stroke or clear that Undo took back (Ctrl+Shift+Z or Ctrl+Y)"))
            self.brush_spin.setToolTip(self.tr("Brush width in pixels of the {size}×{size} drawing ({low}–{high})")
                                       .format(size=IMAGE_SIZE, low=BRUSH_RANGE[0], high=BRUSH_RANGE[1]))
            brush_label.setText(self.tr("Brush:"))
            brush_label.setToolTip(self.brush_spin.toolTip())

        language.texts(self, retranslate)


        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        for button in (self.undo_button, self.redo_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("↶") * 2 + 14)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(brush_label)
        row.addWidget(self.brush_spin)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._surface, 1)
        layout.addLayout(row)

    # --- public API ----------------------------------------------------------------------
    def set_field(self, field: tuple[float, float, float, float] | None, shade: bool = False) -> None:
        """Outline the part of the drawing (top, left, bottom, right in its 280-px pixels) that
        a selected value depends on; with shade, shade the rest; None clears."""
        field = None if field is None else tuple(float(v) for v in field)
        if (field, shade) != (self._field, self._shade):
            self._field, self._shade = field, bool(shade)
            self._surface.update()

    def field(self) -> tuple[float, float, float, float] | None:
        return self._field

    def shaded(self) -> bool:
        return self._shade

    def surface(self) -> QWidget:
        """The drawing surface child (objectName "canvas")."""
        return self._surface

    def image_array(self) -> np.ndarray:
        """A (280, 280) uint8 copy of the drawing: 0 background, 255 ink."""
        return _as_array(self._image)

    def is_empty(self) -> bool:
        return self._empty

    def brush_width(self) -> int:
        return self._brush

    def set_brush_width(self, width: int) -> None:
        width = int(min(max(int(width), BRUSH_RANGE[0]), BRUSH_RANGE[1]))
        self._brush = width
        if self.brush_spin.value() != width:
            self.brush_spin.setValue(width)

    def clear(self) -> None:
        """Wipe the drawing as one undoable step; nothing happens when it is already empty."""
        if self._empty:
            return
        self._push_full(_blank(), "Clear")

    def undo(self) -> None:
        self._finish_pending_stroke()
        self.undo_stack.undo()  # does nothing past the first command

    def redo(self) -> None:
        self._finish_pending_stroke()
        self.undo_stack.redo()

    def set_image(self, image: np.ndarray) -> None:
        """Replace the drawing (undoable) with a 2-D grayscale array, scaled to 280×280.

        uint8 is taken as 0..255; floats as 0..1 (nan counts as background). A non-square
        image keeps its aspect ratio and is centred on the black background.
        """
        a = np.asarray(image)
        if a.ndim != 2 or a.size == 0:
            raise ValueError(f"set_image takes a non-empty 2-D grayscale array, got shape {a.shape}")
        if a.dtype != np.uint8:
            f = np.nan_to_num(a.astype(np.float64), nan=0.0, posinf=1.0, neginf=0.0)
            a = (np.clip(f, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
        a = np.ascontiguousarray(a)
        h, w = a.shape
        src = QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        scaled = src.scaled(IMAGE_SIZE, IMAGE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)
        after = _blank()
        _paste(after, scaled, QPointF((IMAGE_SIZE - scaled.width()) // 2,
                                      (IMAGE_SIZE - scaled.height()) // 2))
        self._push_full(after, "Set image")

    # --- strokes (called by the surface) ------------------------------------------------
    def _pen(self) -> QPen:
        return QPen(QColor(255, 255, 255), self._brush, Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def _begin_stroke(self, p: QPointF) -> None:
        self._finish_pending_stroke()
        self._stroke_before = self._image.copy()
        self._stroke_rect = QRectF()
        self._last = p
        # A click without movement still leaves a round dot of the brush's width.
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255))
        r = self._brush / 2
        painter.drawEllipse(p, r, r)
        painter.end()
        self._touched(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r))

    def _extend_stroke(self, p: QPointF) -> None:
        if self._last is None:
            return
        # One antialiased segment into the fixed image; only its bounding box is repainted.
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen())
        painter.drawLine(self._last, p)
        painter.end()
        r = self._brush / 2 + 1
        seg = QRectF(self._last, p).normalized().adjusted(-r, -r, r, r)
        self._last = p
        self._touched(seg)

    def _touched(self, rect: QRectF) -> None:
        rect = rect.intersected(QRectF(0, 0, IMAGE_SIZE, IMAGE_SIZE))
        if rect.isEmpty():
            return  # entirely outside the image: nothing was drawn
        self._stroke_rect = self._stroke_rect.united(rect) if not self._stroke_rect.isEmpty() else rect
        if self._empty:
            self._empty = False
            self._surface.update()  # the whole surface once: the "Draw a digit here" hint goes
        else:
            self._surface.update(self._surface.to_widget(rect))
        self.changed.emit()

    def _end_stroke(self) -> None:
        self._finish_pending_stroke()
        self.strokeFinished.emit()

    def _finish_pending_stroke(self) -> None:
        """Turn the stroke in progress (if any) into one undo command."""
        before, self._stroke_before = self._stroke_before, None
        self._last = None
        if before is None or self._stroke_rect.isEmpty():
            return
        rect = self._stroke_rect.toAlignedRect().intersected(QRect(0, 0, IMAGE_SIZE, IMAGE_SIZE))
        self._stroke_rect = QRectF()
        cmd = _PatchCommand(self, rect, before.copy(rect), self._image.copy(rect), "Stroke",
                            applied=True)
        self.undo_stack.push(cmd)

    def _push_full(self, after: QImage, text: str) -> None:
        self._finish_pending_stroke()
        full = QRect(0, 0, IMAGE_SIZE, IMAGE_SIZE)
        self.undo_stack.push(_PatchCommand(self, full, self._image.copy(), after, text, applied=False))

    def _restore(self, rect: QRect, patch: QImage) -> None:
        _paste(self._image, patch, rect.topLeft())
        self._empty = not bool(_as_array(self._image).any())
        self._surface.update()
        self.changed.emit()
