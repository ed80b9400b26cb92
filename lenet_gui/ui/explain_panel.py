"""The Explain panel: one value's computation laid out as a teacher writes it on the board."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QStaticText,
    QTextDocument,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import language, numbers
from .bounded_cache import BoundedCache
from .focus_chain import MOVES

_GAP = 6  # between the items of a row
_ROW_GAP = 8
_PAD = 6


def cell_text(v: float) -> str:
    """A number in a grid cell: two decimals, the same width in every cell."""
    v = float(v)
    return numbers.fmt_fixed(v, 2) if math.isfinite(v) else numbers.fmt(v)


_FIXED: dict[tuple[str, int], dict | None] = {}
_FIXED_PROBES = (0.5, -0.001, 3.14159, -2.71828, 1234.5678, -98765.4321, 0.0, 1e21)


def _fixed_marks() -> dict | None:
    """How the user's locale writes two decimals differently from Python's "f": its decimal
    mark and its minus, as a str.translate table; None when it differs in more (other digits)."""
    loc = QLocale()
    key = (loc.name(), loc.numberOptions().value)
    if key not in _FIXED:
        table = str.maketrans({".": loc.decimalPoint(), "-": loc.negativeSign()})
        same = all(numbers.fmt_fixed(v, 2, loc) == f"{v:.2f}".translate(table) for v in _FIXED_PROBES)
        _FIXED[key] = table if same else None
    return _FIXED[key]


def cell_texts(values) -> list[list[str]]:
    """cell_text of every value of a grid, row by row, in a fraction of its time: a conv2
    explanation shows 108 numbers, and a call into QLocale for each was most of laying it out."""
    grid = np.asarray(values, dtype=np.float64).tolist()
    table = _fixed_marks()
    if table is None:
        return [[cell_text(v) for v in line] for line in grid]
    # Python rounds an exact tie (an odd multiple of 1/8) to even, QLocale away from zero:
    # those few, and nan and inf, go the long way. + 0.0 writes −0.0 as QLocale does, "0.00".
    return [[f"{v + 0.0:.2f}".translate(table) if math.isfinite(v) and (v * 8) % 2 != 1 else cell_text(v)
             for v in line] for line in grid]


class _Grid:
    """What painting one grid takes, worked out once per content: its cells, their tints,
    their texts laid out once, the cells to mark."""

    __slots__ = ("caption", "fills", "cells", "glyphs", "marks")

    def __init__(self, caption, fills, cells, glyphs, marks) -> None:
        self.caption, self.fills, self.cells, self.glyphs, self.marks = caption, fills, cells, glyphs, marks


class Board(QWidget):
    """Rows of items — words, numbers and small grids of numbers — painted left to right.

    An item is ("text", str), ("bold", str) or ("grid", 2-D array, cells to mark, caption).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explain_board")
        self._rows: list[list[tuple]] = []
        self._texts: dict[int, list[list[str]]] = {}
        self._placed: list[tuple[QRectF, tuple]] = []
        self._grids: dict[int, _Grid] | None = None  # built at the first paint after a change
        # (bold, text) → its width / its laid-out text, in the board's fonts: the same numbers,
        # words and symbols come back at every click. Emptied at every change of font or style;
        # never more than a few thousand, even over a long Play session.
        self._advances: BoundedCache = BoundedCache(4096)
        self._words: BoundedCache = BoundedCache(4096)
        self._size = QSize()

    def set_rows(self, rows: list[list[tuple]]) -> None:
        self._rows = rows
        # Each cell's text once per content, not at every paint (locale formatting is slow).
        self._texts = {id(item): cell_texts(item[1]) for row in rows for item in row if item[0] == "grid"}
        self._layout()
        self.update()

    def rows(self) -> list[list[tuple]]:
        return self._rows

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        return self.font(), bold

    def _cell(self, fm: QFontMetricsF) -> tuple[float, float]:
        return fm.horizontalAdvance(cell_text(-0.88)) + 6, fm.height() + 4

    @staticmethod
    def _caption_height(fm: QFontMetricsF, caption: str) -> float:
        """A grid's caption's line: as tall as its glyphs (a Japanese fallback font is taller
        than the panel's own), with room for descenders above the grid."""
        if not caption:
            return 0.0
        return max(fm.height(), fm.boundingRect(caption).height()) + 3

    def _item_size(self, item: tuple, fm: QFontMetricsF, bm: QFontMetricsF,
                   cell: tuple[float, float]) -> tuple[float, float]:
        kind = item[0]
        if kind == "grid":
            values = item[1]
            cw, ch = cell
            caption = self._caption_height(fm, item[3] if len(item) > 3 else "")
            return max(values.shape[1] * cw, fm.horizontalAdvance(item[3]) if caption else 0.0), \
                values.shape[0] * ch + caption
        metrics = bm if kind == "bold" else fm
        return self._advance(kind == "bold", item[1], metrics) + 2, metrics.height()

    def _layout(self) -> None:
        normal, bold = self._fonts()
        fm, bm = QFontMetricsF(normal), QFontMetricsF(bold)
        cell = self._cell(fm)
        placed, y, width = [], float(_PAD), 0.0
        for row in self._rows:
            sizes = [self._item_size(item, fm, bm, cell) for item in row]
            height = max((h for _, h in sizes), default=fm.height())
            x = float(_PAD)
            for item, (w, h) in zip(row, sizes, strict=True):
                placed.append((QRectF(x, y + (height - h) / 2, w, h), item))
                x += w + _GAP
            width = max(width, x)
            y += height + _ROW_GAP
        self._placed = placed
        self._grids = None
        size = QSize(math.ceil(width + _PAD), math.ceil(y + _PAD))
        if size != self._size:  # the same size: nothing for the panel to lay out again
            self._size = size
            self.setMinimumSize(size)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._size

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._advances.clear()  # another font or style lays the texts out anew
        self._words.clear()
        self._layout()
        self.update()

    def _advance(self, bold: bool, text: str, metrics: QFontMetricsF) -> float:
        found = self._advances.get((bold, text))
        if found is None:
            found = self._advances.keep((bold, text), metrics.horizontalAdvance(text))
        return found

    def _word(self, bold: bool, text: str, font: QFont) -> QStaticText:
        found = self._words.get((bold, text))
        if found is None:
            found = self._words.keep((bold, text), QStaticText(text))
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(QTransform(), font)  # its size in this font (fallback fonts too)
        return found

    def _grid(self, rect: QRectF, item: tuple, fm: QFontMetricsF, cw: float, ch: float) -> _Grid:
        values, marks = item[1], item[2]
        font = self.font()  # the normal one of _fonts(), which fm measures
        caption = item[3] if len(item) > 3 else ""
        top = rect.top()
        said = None
        if caption:
            line = self._caption_height(fm, caption)
            said = (QRectF(rect.left(), top, rect.width(), line), caption)
            top += line
        level = float(np.nanmax(np.abs(values))) if values.size and np.isfinite(values).any() else 1.0
        level = level or 1.0
        texts = self._texts.get(id(item)) or cell_texts(values)
        height = fm.height()
        fills, cells, glyphs = [], [], []
        for r, line in enumerate(np.asarray(values, dtype=np.float64).tolist()):
            for c, v in enumerate(line):
                cell = QRectF(rect.left() + c * cw, top + r * ch, cw, ch)
                # A light tint: orange for positive, blue for negative, as in the maps.
                t = min(1.0, abs(v) / level) if math.isfinite(v) else 1.0
                tint = QColor(240, 140, 20) if v >= 0 else QColor(40, 135, 245)
                tint.setAlphaF(0.12 + 0.45 * t)
                fills.append((cell, tint))
                cells.append(cell)
                # Centred in the cell as drawText(cell, AlignCenter) centres it.
                static, advance = self._word(False, texts[r][c], font), self._advance(False, texts[r][c], fm)
                glyphs.append((QPointF(cell.x() + (cw - advance) / 2, cell.y() + (ch - height) / 2), static))
        boxes = [QRectF(rect.left() + c * cw + 1, top + r * ch + 1, cw - 2, ch - 2) for r, c in marks]
        return _Grid(said, fills, cells, glyphs, boxes)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        normal, bold = self._fonts()
        fm = QFontMetricsF(normal)
        if self._grids is None:
            cw, ch = self._cell(fm)
            self._grids = {id(item): self._grid(rect, item, fm, cw, ch)
                           for rect, item in self._placed if item[0] == "grid"}
        text = self.palette().windowText().color()
        lines = QPen(QColor(128, 128, 128), 1)
        clip = QRectF(event.rect())
        for rect, item in self._placed:
            if not rect.intersects(clip):
                continue
            kind = item[0]
            if kind != "grid":
                font = bold if kind == "bold" else normal
                painter.setFont(font)
                painter.setPen(text)
                # Laid out once per text and font (a board paints a few dozen, the same ones
                # at every repaint); placed as drawText(rect, AlignLeft | AlignVCenter) would.
                static = self._word(kind == "bold", item[1], font)
                painter.drawStaticText(QPointF(rect.x(), rect.y() + (rect.height() - static.size().height()) / 2),
                                       static)
                continue
            grid = self._grids[id(item)]
            painter.setFont(normal)
            if grid.caption is not None:
                painter.setPen(text)
                painter.drawText(grid.caption[0], Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 grid.caption[1])
            # Tints, then every cell's frame in one call, then the numbers: each cell's frame
            # is drawn over its neighbour's tint, as when the cells were painted one by one.
            for cell, tint in grid.fills:
                painter.fillRect(cell, tint)
            painter.setPen(lines)
            painter.drawRects(grid.cells)
            painter.setPen(text)
            for at, static in grid.glyphs:
                painter.drawStaticText(at, static)
            if grid.marks:
                painter.setPen(QPen(self.palette().highlight().color(), 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRects(grid.marks)
        painter.end()


class WrappedText(QLabel):
    """A word-wrapped, selectable label that works out its height once per width and text.

    A selectable label lays its whole text out twice for every heightForWidth() (at the width
    asked, then back), and one layout pass of the panel asks a dozen times: for a long
    explanation that was the dearest part of showing it. The scroll area still asks at three
    widths per new text; a document of our own, laid out as the label lays out its own, answers
    each with one layout.
    """

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self._heights: dict[int, int] = {}
        self._measure: QTextDocument | None = None  # the text as the label lays it out

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            self._measure = None
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._height_for(width)
        return height

    def _plain(self) -> bool:
        """Is this what the panel sets (a plain, word-wrapped text without margin, indent,
        frame or style sheet), whose layout and painting the document below repeats?"""
        return (self.textFormat() == Qt.TextFormat.PlainText and self.wordWrap() and not self.margin()
                and self.indent() <= 0 and not self.frameWidth() and not self.style().inherits("QStyleSheetStyle"))

    def _document(self, text_width: int) -> QTextDocument:
        """The text laid out at text_width as the label lays out its own document."""
        doc = self._measure
        if doc is None:
            # As QLabel sets up the document of a selectable text: its font, wrapping at words,
            # no margin; the width first, so that the text is laid out once, at it.
            doc = self._measure = QTextDocument()
            doc.setUndoRedoEnabled(False)
            doc.setDefaultFont(self.font())
            option = doc.defaultTextOption()
            option.setAlignment(self.alignment())
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            doc.setDefaultTextOption(option)
            doc.setDocumentMargin(0)
            doc.setTextWidth(text_width)
            doc.setPlainText(self.text())
        elif doc.textWidth() != text_width:
            doc.setTextWidth(text_width)
        return doc

    def _height_for(self, width: int) -> int:
        """QLabel's heightForWidth() with one layout; QLabel's own for what the panel does not set."""
        if not self._plain():
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        doc = self._document(max(max(width, self.minimumWidth()) - margins.left() - margins.right(), 0))
        height = math.ceil(doc.size().height()) + margins.top() + margins.bottom()
        return max(height, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        # QLabel lays a new text out four times before painting it (its text, its options, its
        # frame, its width: each a layout of the whole text); the document above is already
        # laid out, and drawn here as QLabel draws its own. A selection is QLabel's to paint.
        if not self._plain() or self.hasSelectedText():
            super().paintEvent(event)
            return
        rect = self.contentsRect()
        doc = self._document(rect.width())
        # Centred vertically as QLabel centres it, then on whole pixels (toAlignedRect).
        spare = rect.height() - doc.documentLayout().documentSize().height()
        align = self.alignment()
        offset = (max(spare / 2, 0.0) if align & Qt.AlignmentFlag.AlignVCenter else
                  max(spare, 0.0) if align & Qt.AlignmentFlag.AlignBottom else 0.0)
        at = QRectF(rect.x(), offset + rect.y(), rect.width(), rect.height()).toAlignedRect()
        palette = self.palette()  # in the colour group of the widget's state, as QLabel's
        if self.foregroundRole() != QPalette.ColorRole.Text and self.isEnabled():
            palette.setColor(QPalette.ColorRole.Text, palette.color(self.foregroundRole()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        painter = QPainter(self)
        painter.translate(QPointF(at.topLeft()))
        painter.setClipRect(QRectF(0, 0, at.width(), at.height()))
        doc.documentLayout().draw(painter, context)
        painter.end()

    def sizeHint(self) -> QSize:
        # The panel's column sizes this label by heightForWidth() alone (its width policy is
        # Ignored), and the scroll area under the column makes the column at least as tall as
        # its heightForWidth(): the size hints only add to a minimum that is always exceeded.
        # QLabel works them out anew for every new text, at three widths, each a layout of the
        # whole text and another to undo it: for a long explanation most of a click's layout.
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), 0)

    def changeEvent(self, event: QEvent) -> None:
        # A font, style or direction change lays the text out anew.
        self._heights.clear()
        self._measure = None
        super().changeEvent(event)


class ExplainPanel(QWidget):
    """The computation of the selected value; arrow keys ask for the neighbouring value."""

    moveRequested = Signal(int, int, int)
    """Arrow keys (columns, rows) or Page Up/Down (channels): the step to the neighbour asked for."""
    playToggled = Signal(bool)
    """The Walk button: walk the selection over its map, value after value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explain")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys move the selection
        self.title = QLabel(objectName="explain_title")
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.play_button = QPushButton(objectName="explain_play")
        self.play_button.setCheckable(True)
        # Tab reaches it (Enter presses it), a click does not take the arrows from the panel.
        self.play_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.play_button.toggled.connect(self.playToggled)
        self.hint = QLabel(objectName="explain_hint")
        self.board = Board()
        self.text = WrappedText(objectName="explain_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setMinimumWidth(120)
        # The board first, the sentences under it, one scroll for both: the numbers get the room.
        body = QWidget(objectName="explain_body")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.board)
        column.addWidget(self.text)
        column.addStretch(1)
        self.scroll = QScrollArea(objectName="explain_scroll")
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows are ours, not scrolling
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.hint, 1)
        # The column sits in a plain sheet that the panel resizes itself, not in a layout of the
        # panel: a new title or text then lays out the panel's inside only. (A layout of the
        # panel's own would make the dock, and with it every dock of the window, lay out again
        # at each click, although the panel's size hints never change.)
        self._sheet = QWidget(self, objectName="explain_sheet")
        layout = QVBoxLayout(self._sheet)
        layout.addWidget(self.title)
        layout.addLayout(controls)
        layout.addWidget(self.scroll, 1)
        self._content: dict = {}
        self.clear()
        language.texts(self, self._retranslate)

    # --- public API ----------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing selected: say how to select something."""
        self._content = {}
        self._say_how_to_select()
        self.board.set_rows([])
        self.play_button.setEnabled(False)

    def _say_how_to_select(self) -> None:
        self.title.setText(self.tr("Explain a value"))
        self.text.setText(self.tr("Click any value in the feature maps, an output bar or a weight: "
                                  "this panel shows how it was computed, with the real numbers."))

    def _retranslate(self) -> None:
        """The panel's own texts in the current language; what it explains is the presenter's."""
        self.play_button.setText(self.tr("Pause ❚❚") if self.play_button.isChecked() else self.tr("Walk ▶"))
        self.play_button.setToolTip(self.tr("Walk the filter over the map, one value after the other"))
        self.hint.setText(self.tr("Arrow keys: the neighbouring value"))
        if not self._content:
            self._say_how_to_select()

    def show_content(self, content: dict) -> None:
        """Show plain content: title (str), rows (Board rows), text (str), walkable (bool)."""
        self._content = content
        self.title.setText(content.get("title", ""))
        self.board.set_rows(content.get("rows", []))
        self.text.setText(content.get("text", ""))
        self.play_button.setEnabled(bool(content.get("walkable", False)))

    def content(self) -> dict:
        """What is shown (the dict given to show_content), for tests and screenshots."""
        return self._content

    def set_playing(self, on: bool) -> None:
        self.play_button.blockSignals(True)
        self.play_button.setChecked(bool(on))
        self.play_button.setText(self.tr("Pause ❚❚") if on else self.tr("Walk ▶"))
        self.play_button.blockSignals(False)

    def is_playing(self) -> bool:
        return self.play_button.isChecked()

    # --- Qt ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = move_for_key(event.key())
        if step is not None and self._content:
            self.moveRequested.emit(*step)
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._sheet.setGeometry(self.rect())

    def sizeHint(self) -> QSize:
        return QSize(360, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 160)


def move_for_key(key: int) -> tuple[int, int, int] | None:
    """(columns, rows, channels) an arrow or page key moves the selection by, or None."""
    return MOVES.get(int(key.value) if hasattr(key, "value") else int(key))
