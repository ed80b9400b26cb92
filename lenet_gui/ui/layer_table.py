"""Table of every stage of forward(): op as the tutorial writes it, output shape, parameters."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import language, numbers

COLUMNS = (QT_TRANSLATE_NOOP("LayerTable", "Stage"), QT_TRANSLATE_NOOP("LayerTable", "Op"),
           QT_TRANSLATE_NOOP("LayerTable", "Output shape"), QT_TRANSLATE_NOOP("LayerTable", "Parameter shapes"),
           QT_TRANSLATE_NOOP("LayerTable", "Parameters"))
_COLUMN_TIPS = (
    QT_TRANSLATE_NOOP("LayerTable", "Position and name of the stage in the tutorial's forward()"),
    QT_TRANSLATE_NOOP("LayerTable", "The line of code that produces this stage, as the tutorial writes it"),
    QT_TRANSLATE_NOOP("LayerTable", "Shape of the output tensor: (N batch, C channels, H height, W width) or (N, features)"),
    QT_TRANSLATE_NOOP("LayerTable", "Shapes of the learnable tensors of this layer: weight + bias"),
    QT_TRANSLATE_NOOP("LayerTable", "Number of learnable numbers in this layer"),
)
_KEY_ROLE = Qt.ItemDataRole.UserRole


def shape_text(shape) -> str:
    """(1, 6, 30, 30) written the way Python prints a tuple; (6,) keeps its comma."""
    shape = tuple(int(s) for s in shape)
    return f"({shape[0]},)" if len(shape) == 1 else "(" + ", ".join(str(s) for s in shape) + ")"


def _count_formula(param_shapes) -> str:
    parts = []
    for name, shape in param_shapes:
        n = math.prod(int(s) for s in shape)
        dims = "×".join(str(int(s)) for s in shape)
        parts.append(f"{name} {dims} = {numbers.fmt_int(n)}" if len(shape) > 1 else f"{name} {numbers.fmt_int(n)}")
    return " + ".join(parts)


class LayerTable(QWidget):
    """Architecture selector (objectName "arch_selector") over the stage table ("layer_table")."""

    archChanged = Signal(str)
    """The user picked another architecture: its name (str). Not emitted by set_archs."""

    stageSelected = Signal(str)
    """The user selected a stage's row: the stage key (str), e.g. "conv1"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._quiet = False  # True while the table is filled or selected from code

        self.arch_selector = QComboBox()
        self.arch_selector.setObjectName("arch_selector")
        self.arch_selector.currentIndexChanged.connect(self._on_arch_index_changed)
        label = QLabel()
        label.setBuddy(self.arch_selector)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("layer_table")

        def retranslate() -> None:
            self.arch_selector.setToolTip(self.tr("Which revision of the tutorial's network to build"))
            label.setText(self.tr("Network:"))
            label.setToolTip(self.arch_selector.toolTip())
            self.table.setToolTip(self.tr("Every stage of forward(); select a row to highlight its feature maps"))
            self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
            for col, tip in enumerate(_COLUMN_TIPS):
                self.table.horizontalHeaderItem(col).setToolTip(self.tr(tip))

        language.texts(self, retranslate)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table (the arrows move between rows): a table's default walks its cells
        # round and round, and a keyboard user could never Tab on to the rest of the window.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Breathing room between columns; ResizeToContents includes the padding.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)

        self._label = label
        self._presenting = False
        self._apply_fonts()

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.arch_selector, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    # --- public API ----------------------------------------------------------------------
    def set_archs(self, items: list[tuple[str, str]], current: str) -> None:
        """Fill the selector with (name, title) pairs and select `current`; emits nothing."""
        self._quiet = True
        try:
            self.arch_selector.clear()
            for name, title in items:
                self.arch_selector.addItem(title, name)
                self.arch_selector.setItemData(self.arch_selector.count() - 1, title,
                                               Qt.ItemDataRole.ToolTipRole)
            index = self.arch_selector.findData(current)
            self.arch_selector.setCurrentIndex(max(index, 0) if items else -1)
        finally:
            self._quiet = False

    def current_arch(self) -> str:
        return self.arch_selector.currentData() or ""

    def set_rows(self, rows: list[dict]) -> None:
        """One row per stage (keys: key, index, name, op, shape, param_shapes, num_params,
        tooltip optional) and a bold Total row. The selected stage stays selected."""
        selected = self.selected_stage()
        self._quiet = True
        # Both headers fit their sections to the contents; left on while the cells are filled,
        # they measure the whole table again at every new item (~40 ms for a refill, at each
        # start-up, language or architecture change). They fit once, when put back below.
        headers = (self.table.horizontalHeader(), self.table.verticalHeader())
        for header in headers:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(rows) + 1)
            self._keys = [str(r["key"]) for r in rows]
            previous_shape: tuple = ()
            total = 0
            for i, row in enumerate(rows):
                shape = tuple(row["shape"])
                params = tuple(row.get("param_shapes", ()))
                count = int(row.get("num_params", 0))
                total += count
                tip = row.get("tooltip") or self._default_tip(row, previous_shape)
                shape_cell = shape_text(shape)
                if row.get("name") == "view" and len(previous_shape) == 4:
                    # Make the flattening visible in the table itself, not only in a tooltip.
                    c, h, w = previous_shape[1:]
                    shape_cell += f" = {c}×{h}×{w}"
                cells = (
                    f"{row['index']}  {row['name']}",
                    str(row["op"]),
                    shape_cell,
                    # Shapes only, on one line: every row stays one line high, so the whole
                    # table fits a laptop screen; the names are in the tooltip.
                    " + ".join(shape_text(s) for _n, s in params),
                    numbers.fmt_int(count),
                )
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    item.setData(_KEY_ROLE, self._keys[i])
                    item.setToolTip(_count_formula(params) if col == 4 and params else
                                    ", ".join(f"{n} {shape_text(s)}" for n, s in params) if col == 3 and params
                                    else tip)
                    if col == 1:
                        item.setFont(self._mono)
                    if col == 4:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                        if count == 0:
                            item.setForeground(QBrush(QColor(128, 128, 128)))
                    self.table.setItem(i, col, item)
                previous_shape = shape
            self._set_total_row(len(rows), total)
        finally:
            for header in headers:
                header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.table.resizeColumnsToContents()
            self.table.resizeRowsToContents()
            self.updateGeometry()
            self._quiet = False
        if selected in self._keys:
            self.select_stage(selected)

    def select_stage(self, key: str) -> None:
        """Select the row of stage `key` (from code: stageSelected is not emitted)."""
        self._quiet = True
        try:
            if key in self._keys:
                row = self._keys.index(key)
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
            else:
                self.table.clearSelection()
        finally:
            self._quiet = False

    def selected_stage(self) -> str:
        """Key of the selected stage, or "" when none is."""
        items = self.table.selectedItems()
        return str(items[0].data(_KEY_ROLE) or "") if items else ""

    def total_params(self) -> int:
        item = self.table.item(self.table.rowCount() - 1, 4)
        return int(item.text().replace(",", "")) if item is not None and item.text() else 0

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: text large enough for the back of a classroom on a projector."""
        self._presenting = bool(on)
        # The parameter shapes stay in the Parameters cells' tooltips: at projector size the
        # table keeps stage, op, output shape and count in view without scrolling.
        self.table.setColumnHidden(3, self._presenting)
        self._apply_fonts()

    def sizeHint(self) -> QSize:
        """Room for every row and column without a scroll bar."""
        t = self.table
        frame = 2 * t.frameWidth()
        width = t.horizontalHeader().length() + frame
        height = t.horizontalHeader().height() + t.verticalHeader().length() + frame
        top = max(self.arch_selector.sizeHint().height(), self._label.sizeHint().height())
        m = self.layout().contentsMargins()
        spacing = self.layout().spacing()
        return QSize(max(width, 200) + m.left() + m.right(), height + top + spacing + m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)  # the table scrolls rather than push the window off a small screen

    # --- helpers -------------------------------------------------------------------------
    def _apply_fonts(self) -> None:
        # The table follows the window's font (smaller on a laptop, larger in presentation
        # mode) instead of fixing its own size; the op column is code, in a fixed-width font.
        font = QFont(self.font())
        padding = "QTableWidget::item { padding: 0px 3px; }"
        if self._presenting:
            # Just above the projector's minimum: the four columns then fit beside the digit.
            from .presentation import MIN_TEXT_PX, text_point_size  # (it imports pyqtgraph)

            font.setPointSizeF(text_point_size(self, MIN_TEXT_PX + 1))
            self.table.setStyleSheet(f"{padding} QTableWidget, QHeaderView {{ font-size: {font.pointSizeF():.2f}pt; }}")
        else:
            self.table.setStyleSheet(padding)
        self.table.setFont(font)
        header_font = QFont(font)
        header_font.setBold(True)
        self.table.horizontalHeader().setFont(header_font)
        self.arch_selector.setFont(font)
        self._label.setFont(font)
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._mono.setPointSizeF(font.pointSizeF())
        bold = QFont(font)
        bold.setBold(True)
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                if item is None:
                    continue
                total = row == self.table.rowCount() - 1
                item.setFont(bold if total else self._mono if col == 1 else font)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.updateGeometry()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_label"):
            self._apply_fonts()

    def _set_total_row(self, row: int, total: int) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        for col, text in enumerate((self.tr("Total"), "", "", "", numbers.fmt_int(total))):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not a stage: not selectable
            item.setFont(bold)
            item.setToolTip(self.tr("All learnable parameters of the network: {count}").format(
                count=numbers.fmt_int(total)))
            if col == 4:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)

    def _default_tip(self, row: dict, previous_shape: tuple) -> str:
        if row.get("name") == "view" and len(previous_shape) == 4:
            c, h, w = previous_shape[1:]
            return self.tr("{c} channels × {h} × {w} = {n} values in one row for fc1").format(
                c=c, h=h, w=w, n=c * h * w)

        return f"{row['op']} → {shape_text(row['shape'])}"

    def _on_arch_index_changed(self, index: int) -> None:
        if not self._quiet and index >= 0:
            self.archChanged.emit(str(self.arch_selector.itemData(index)))

    def _on_selection_changed(self) -> None:
        if self._quiet:
            return
        key = self.selected_stage()
        if key:
            self.stageSelected.emit(key)
