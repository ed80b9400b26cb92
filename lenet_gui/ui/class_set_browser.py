"""Thumbnails of the class's own drawings, with add/delete/relabel/train/export/import buttons."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

THUMB = 64  # thumbnail side in pixels: big enough to recognise a digit from the back row
ID_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY_HINT = (
    "The class set is empty.\n\n"
    "Draw a digit, choose that digit as the target,\n"
    "then press “Add drawing” to keep it here.\n"
    "With a few drawings of each digit you can train on them."
)


class ClassSetBrowser(QWidget):
    """Shows the class set it is given and asks the main window to change it (no file I/O)."""

    addRequested = Signal()
    """Store the current drawing, labelled with the selected target digit."""
    deleteRequested = Signal(str)
    """Delete the drawing with this id."""
    relabelRequested = Signal(str, int)
    """(id, new label 0–9)."""
    trainRequested = Signal(int)
    """Train on the whole class set for this many epochs."""
    cancelRequested = Signal()
    """Stop the training that is running (the train button reads “Stop” while busy)."""
    exportRequested = Signal()
    """Ask for a zip file name and export the class set."""
    importRequested = Signal()
    """Ask for a zip file and import its drawings."""
    loadRequested = Signal(str)
    """Put the drawing with this id on the canvas (double-click)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._busy = False
        self._label_font = self.font()
        self._label_font.setBold(True)
        self._label_font.setPointSizeF(max(self._label_font.pointSizeF(), 9.0) * 1.2)

        self.list = QListWidget(objectName="class_set_list")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        label_height = QFontMetrics(self._label_font).height()
        self.list.setGridSize(QSize(THUMB + 22, THUMB + label_height + 14))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip("The class's drawings with their labels. Double-click one to put it "
                             "on the canvas; Delete removes the selected one.")
        self.empty_label = QLabel(EMPTY_HINT, objectName="class_set_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.list)

        self.count_label = QLabel(objectName="class_set_count")
        self.count_label.setToolTip("How many drawings of each digit the class set holds")
        self.count_label.setWordWrap(True)

        self.add_button = QPushButton("Add drawing", objectName="add_to_class_set_button")
        self.add_button.setToolTip("Store the current drawing in the class set, labelled with "
                                   "the selected target digit")
        self.delete_button = QPushButton("Delete", objectName="delete_drawing_button")
        self.delete_button.setToolTip("Remove the selected drawing from the class set")
        self.relabel_combo = QComboBox(objectName="relabel_combo")
        self.relabel_combo.addItems([str(d) for d in range(10)])
        self.relabel_combo.setToolTip("The label of the selected drawing; choose another digit "
                                      "to relabel it")
        relabel_caption = QLabel("Label")
        relabel_caption.setBuddy(self.relabel_combo)

        self.train_button = QPushButton("Train on class set", objectName="train_class_set_button")
        self.epochs_input = QSpinBox(objectName="epochs_input")
        self.epochs_input.setRange(1, 1000)
        self.epochs_input.setValue(5)
        self.epochs_input.setSuffix(" epochs")
        self.epochs_input.setToolTip("How many times to go through every drawing of the class set")
        self.progress = QProgressBar(objectName="class_set_progress")
        self.progress.setToolTip("Training progress over the class set")
        self.progress.setFormat("%v / %m")
        self.progress.hide()

        self.export_button = QPushButton("Export…", objectName="export_class_set_button")
        self.export_button.setToolTip("Save the class set as a zip file to share or keep")
        self.import_button = QPushButton("Import…", objectName="import_class_set_button")
        self.import_button.setToolTip("Add the drawings of a class-set zip file")

        edit_row = QHBoxLayout()
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.delete_button)
        edit_row.addStretch(1)
        edit_row.addWidget(relabel_caption)
        edit_row.addWidget(self.relabel_combo)
        train_row = QHBoxLayout()
        train_row.addWidget(self.train_button)
        train_row.addWidget(self.epochs_input)
        train_row.addStretch(1)
        train_row.addWidget(self.export_button)
        train_row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(edit_row)
        layout.addLayout(train_row)
        layout.addWidget(self.progress)

        self.add_button.clicked.connect(self.addRequested.emit)
        self.delete_button.clicked.connect(self._on_delete)
        self.relabel_combo.activated.connect(self._on_relabel)
        self.train_button.clicked.connect(self._on_train)
        self.export_button.clicked.connect(self.exportRequested.emit)
        self.import_button.clicked.connect(self.importRequested.emit)
        self.list.itemDoubleClicked.connect(lambda item: self.loadRequested.emit(item.data(ID_ROLE)))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete)
        self.set_busy(False)
        self.set_entries([])

    # -- slots -----------------------------------------------------------------------------
    def set_entries(self, items: list[tuple[str, int, np.ndarray]]) -> None:
        """(id, label 0–9, uint8 image H×W) for every drawing; the selection is kept by id."""
        keep = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        counts = [0] * 10
        for id_, label, image in items:
            label = int(label)
            item = QListWidgetItem(_icon(image), str(label))
            item.setData(ID_ROLE, str(id_))
            item.setData(LABEL_ROLE, label)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setFont(self._label_font)
            item.setToolTip(f"labelled {label}; double-click to put it on the canvas")
            self.list.addItem(item)
            if 0 <= label <= 9:
                counts[label] += 1
            if id_ == keep:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.stack.setCurrentWidget(self.list if items else self.empty_label)
        n = len(items)
        if n:
            per_digit = "  ".join(f"{d}: {c}" for d, c in enumerate(counts))
            self.count_label.setText(f"{n} drawing{'s' if n != 1 else ''}   —   {per_digit}")
        else:
            self.count_label.setText("")
        self._update_buttons()

    def set_progress(self, done: int, total: int) -> None:
        """Training progress; total 0 hides the bar."""
        if total <= 0:
            self.progress.hide()
            return
        self.progress.setRange(0, int(total))
        self.progress.setValue(max(0, min(int(done), int(total))))
        self.progress.show()

    def set_busy(self, busy: bool) -> None:
        """While training: editing is off and the train button becomes “Stop”."""
        self._busy = bool(busy)
        self.train_button.setText("Stop training" if busy else "Train on class set")
        self.train_button.setToolTip(
            "Stop training on the class set" if busy else
            "Train the network on every drawing of the class set (one-hot targets, the tutorial's "
            "MSE loss and SGD), for the chosen number of epochs"
        )
        self._update_buttons()

    # -- queries ---------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def epochs(self) -> int:
        return int(self.epochs_input.value())

    # -- internals -------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        selected = self.list.selectedItems()
        idle = not self._busy
        has_items = self.list.count() > 0
        self.add_button.setEnabled(idle)
        self.delete_button.setEnabled(idle and bool(selected))
        self.relabel_combo.setEnabled(idle and bool(selected))
        self.train_button.setEnabled(self._busy or has_items)
        self.epochs_input.setEnabled(idle)
        self.export_button.setEnabled(idle and has_items)
        self.import_button.setEnabled(idle)
        if selected:
            self.relabel_combo.blockSignals(True)
            self.relabel_combo.setCurrentIndex(int(selected[0].data(LABEL_ROLE)) % 10)
            self.relabel_combo.blockSignals(False)

    def _on_delete(self) -> None:
        id_ = self.selected_id()
        if id_ is not None and not self._busy:
            self.deleteRequested.emit(id_)

    def _on_relabel(self, index: int) -> None:
        items = self.list.selectedItems()
        if items and int(items[0].data(LABEL_ROLE)) != index:
            self.relabelRequested.emit(items[0].data(ID_ROLE), int(index))

    def _on_train(self) -> None:
        if self._busy:
            self.cancelRequested.emit()
        else:
            self.trainRequested.emit(self.epochs())


def _icon(image: np.ndarray) -> QIcon:
    """A square thumbnail of a uint8 drawing (anything else becomes a grey square)."""
    a = np.asarray(image)
    if a.ndim != 2 or a.size == 0 or a.dtype != np.uint8:
        pix = QPixmap(THUMB, THUMB)
        pix.fill(Qt.GlobalColor.gray)
        return QIcon(pix)
    a = np.ascontiguousarray(a)
    h, w = a.shape
    qimg = QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()  # own the pixels
    scaled = qimg.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    return QIcon(QPixmap.fromImage(scaled))
