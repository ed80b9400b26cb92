"""Thumbnails of the class's own drawings, with add/delete/relabel/train/export/import buttons."""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from . import language
from .numbers import LocaleSpinBox, fmt_int

THUMB = 64  # thumbnail side in pixels: big enough to recognise a digit from the back row
# Thumbnails kept at most (~16 KB each); older ones go back to the placeholder and are decoded
# again if scrolled to, so a huge class set costs bounded memory however far one scrolls.
MAX_THUMBNAILS = 2000
ID_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "ClassSetBrowser",
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
    deleteAllRequested = Signal()
    """Delete every drawing (asked after the user confirmed it)."""
    undoDeleteAllRequested = Signal()
    """Bring back the drawings of the last deletion (one drawing, or “delete all”)."""
    cancelImportRequested = Signal()
    """Stop the import that is running; nothing of it is kept."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._busy = False
        self._importing = False
        self._loader: Callable[[str], np.ndarray] | None = None
        self._items: dict[str, QListWidgetItem] = {}
        self._held_out: frozenset[str] = frozenset()
        # Thumbnails made so far, by drawing id (a drawing's image never changes), oldest first.
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._pending: set[str] = set()
        self._thumbs = _ThumbRelay()  # no Qt parent: running jobs may outlive the browser
        self._thumbs.done.connect(self._thumb_done)
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

        # Thumbnails are decoded in a worker thread, and only once their item is painted.
        self.list.setItemDelegate(_LazyThumbnails(self))
        # The window's own Delete (clear the canvas) must not win while the list has the focus.
        self.list.installEventFilter(self)
        self.empty_label = QLabel(objectName="class_set_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.list)

        self.count_label = QLabel(objectName="class_set_count")

        self.count_label.setWordWrap(True)

        self.add_button = QPushButton(objectName="add_to_class_set_button")
        self.delete_button = QPushButton(objectName="delete_drawing_button")
        self.relabel_combo = QComboBox(objectName="relabel_combo")
        self.relabel_combo.addItems([str(d) for d in range(10)])
        relabel_caption = QLabel()
        self._relabel_caption = relabel_caption
        relabel_caption.setBuddy(self.relabel_combo)

        self.train_button = QPushButton(objectName="train_class_set_button")
        self.epochs_input = LocaleSpinBox(objectName="epochs_input")
        self.epochs_input.setRange(1, 1000)
        self.epochs_input.setValue(5)
        self.progress = QProgressBar(objectName="class_set_progress")
        self.progress.setFormat("%v / %m")
        self.progress.hide()

        self.delete_all_button = QPushButton(objectName="delete_all_class_set_button")
        self.undo_delete_all_button = QPushButton(objectName="undo_delete_all_button")
        self.undo_delete_all_button.hide()
        self._undo = (0, False)  # (drawings the undo button brings back, from “Delete all”)
        self.cancel_import_button = QPushButton(objectName="cancel_import_button")
        self.cancel_import_button.hide()
        self.notice_label = QLabel(objectName="class_set_notice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setStyleSheet("color: #8a4b00;")
        self.notice_label.hide()

        self.export_button = QPushButton(objectName="export_class_set_button")
        self.import_button = QPushButton(objectName="import_class_set_button")
        self._counts: tuple[int, list[int]] = (0, [])
        # A click leaves the keyboard where it was. These disable or hide themselves once
        # clicked (Delete all…, its undo, Delete, Import…), and Qt then handed the focus on to
        # the epochs box, where Space and P were typed as text instead of training; Tab still
        # reaches them. Train keeps its focus: it stays enabled (as Stop), and taking the focus
        # from the epochs box commits a number typed there before it is read.
        for button in (self.add_button, self.delete_button, self.delete_all_button,
                       self.undo_delete_all_button, self.export_button, self.import_button,
                       self.cancel_import_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        edit_row = QHBoxLayout()
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.delete_button)
        edit_row.addWidget(self.delete_all_button)
        edit_row.addWidget(self.undo_delete_all_button)
        edit_row.addStretch(1)
        edit_row.addWidget(relabel_caption)
        edit_row.addWidget(self.relabel_combo)
        train_row = QHBoxLayout()
        train_row.addWidget(self.train_button)
        train_row.addWidget(self.epochs_input)
        train_row.addStretch(1)
        train_row.addWidget(self.export_button)
        train_row.addWidget(self.import_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(edit_row)
        layout.addLayout(train_row)
        layout.addLayout(progress_row)

        self.add_button.clicked.connect(self.addRequested.emit)
        self.delete_button.clicked.connect(self._on_delete)
        self.relabel_combo.activated.connect(self._on_relabel)
        self.train_button.clicked.connect(self._on_train)
        self.export_button.clicked.connect(self.exportRequested.emit)
        self.import_button.clicked.connect(self.importRequested.emit)
        self.list.itemDoubleClicked.connect(lambda item: self.loadRequested.emit(item.data(ID_ROLE)))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.delete_all_button.clicked.connect(self._confirm_delete_all)
        self.undo_delete_all_button.clicked.connect(self.undoDeleteAllRequested.emit)
        self.cancel_import_button.clicked.connect(self.cancelImportRequested.emit)
        self.set_busy(False)
        self.set_entries([])
        language.texts(self, self._retranslate)

    # -- slots -----------------------------------------------------------------------------
    def set_entries(self, items, loader: Callable[[str], np.ndarray] | None = None) -> None:
        """Every drawing as (id, label 0–9) or (id, label, uint8 image H×W); the selection is kept.

        Without an image, loader(id) gives it when its thumbnail is first painted; it runs in a
        worker thread, so it must not touch widgets (ClassSet.image does not).
        """
        keep = self.selected_id()
        self._loader = loader
        ids = {str(item[0]) for item in items}
        self._icons = OrderedDict((k, v) for k, v in self._icons.items() if k in ids)
        self.list.blockSignals(True)
        self.list.clear()
        self._items = {}
        counts = [0] * 10
        for id_, label, *image in items:
            label, id_ = int(label), str(id_)
            if image:
                icon = _icon(image[0])
            else:
                icon = self._icons.get(id_) or _placeholder()
            item = QListWidgetItem(icon, str(label))
            self._items[id_] = item
            item.setData(ID_ROLE, str(id_))
            item.setData(LABEL_ROLE, label)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setFont(self._label_font)
            self.list.addItem(item)
            if 0 <= label <= 9:
                counts[label] += 1
            if id_ == keep:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._mark_held_out()
        self.stack.setCurrentWidget(self.list if items else self.empty_label)
        n = len(items)
        self._counts = (n, list(counts))
        self._show_counts()
        self._update_buttons()

    def _show_counts(self) -> None:
        n, counts = self._counts
        if n:
            per_digit = "  ".join(f"{d}: {fmt_int(c)}" for d, c in enumerate(counts))
            self.count_label.setText(self.tr("%Ln drawings", "", n) + "   —   " + per_digit)
        else:
            self.count_label.setText("")

    def _retranslate(self) -> None:
        self.list.setToolTip(self.tr("The class's drawings with their labels. Double-click one to put it "
                                     "on the canvas; Delete removes the selected one."))
        self.empty_label.setText(self.tr(EMPTY_HINT))
        self.count_label.setToolTip(self.tr("How many drawings of each digit the class set holds"))
        self.add_button.setText(self.tr("Add drawing"))
        self.add_button.setToolTip(self.tr("Store the current drawing in the class set, labelled with "
                                           "the selected target digit"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Remove the selected drawing from the class set"))
        self.relabel_combo.setToolTip(self.tr("The label of the selected drawing; choose another digit "
                                              "to relabel it"))
        self._relabel_caption.setText(self.tr("Label"))
        self.epochs_input.setSuffix(self.tr(" epochs"))
        self.epochs_input.setToolTip(self.tr("How many times to go through every drawing of the class set"))
        self.progress.setToolTip(self.tr("Training progress over the class set"))
        self.delete_all_button.setText(self.tr("Delete all…"))
        self.delete_all_button.setToolTip(self.tr("Remove every drawing of the class set, for a new class "
                                                  "(asks first; can be undone)"))
        self._name_undo()
        self.cancel_import_button.setText(self.tr("Cancel import"))
        self.cancel_import_button.setToolTip(self.tr("Stop importing; nothing of that file is kept"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the class set as a zip file to share or keep"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add the drawings of a class-set zip file"))
        self.set_busy(self._busy)
        self._show_counts()
        self._mark_held_out()
        if self.progress.isVisible():
            self.progress.setFormat(self.tr("Importing %v / %m") if self._importing else "%v / %m")

    def set_held_out(self, ids) -> None:
        """Mark these drawings as held out for testing (“test” under the thumbnail)."""
        self._held_out = frozenset(ids)
        self._mark_held_out()

    def held_out_ids(self) -> set[str]:
        """The listed drawings marked as held out."""
        return {id_ for id_ in self._items if id_ in self._held_out}

    def set_progress(self, done: int, total: int) -> None:
        """Training or import progress; total 0 hides the bar."""
        if total <= 0:
            self.progress.hide()
            return
        self.progress.setFormat(self.tr("Importing %v / %m") if self._importing else "%v / %m")
        self.progress.setRange(0, int(total))
        self.progress.setValue(max(0, min(int(done), int(total))))
        self.progress.show()

    def set_busy(self, busy: bool) -> None:
        """While training: editing is off and the train button becomes “Stop”."""
        self._busy = bool(busy)
        self.train_button.setText(self.tr("Stop training") if busy else self.tr("Train on class set"))
        self.train_button.setToolTip(
            self.tr("Stop training on the class set") if busy else
            self.tr("Train the network on every drawing of the class set (one-hot targets, the tutorial's "
                    "MSE loss and SGD), for the chosen number of epochs")
        )
        self._update_buttons()

    def set_importing(self, importing: bool) -> None:
        """While an import runs: editing is off and “Cancel import” shows."""
        self._importing = bool(importing)
        self.cancel_import_button.setVisible(self._importing)
        self.cancel_import_button.setEnabled(self._importing)
        if not importing:
            self.set_progress(0, 0)
        self._update_buttons()

    def set_undo_available(self, count: int, everything: bool = False) -> None:
        """Show “Undo delete” (one drawing deleted) or “Undo delete all” (everything) while
        `count` deleted drawings can come back; Ctrl+Z in the list does the same."""
        self._undo = (max(0, int(count)), bool(everything))
        self._name_undo()
        self.undo_delete_all_button.setVisible(self._undo[0] > 0)
        self._update_buttons()

    def _name_undo(self) -> None:
        everything = self._undo[1]
        self.undo_delete_all_button.setText(self.tr("Undo delete all") if everything else self.tr("Undo delete"))
        self.undo_delete_all_button.setToolTip(
            self.tr("Bring back the drawings removed by “Delete all” (Ctrl+Z in the list)") if everything else
            self.tr("Bring back the drawing just deleted (Ctrl+Z in the list)"))

    def set_notice(self, text: str) -> None:
        """A note above the drawings (e.g. a damaged file that was set aside); "" hides it."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def is_importing(self) -> bool:
        return self._importing

    # -- queries ---------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def epochs(self) -> int:
        return int(self.epochs_input.value())

    # -- internals -------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        selected = self.list.selectedItems()
        idle = not self._busy and not self._importing
        has_items = self.list.count() > 0
        self.add_button.setEnabled(idle)
        self.delete_button.setEnabled(idle and bool(selected))
        self.delete_all_button.setEnabled(idle and has_items)
        self.undo_delete_all_button.setEnabled(idle)
        self.relabel_combo.setEnabled(idle and bool(selected))
        self.train_button.setEnabled(self._busy or (has_items and not self._importing))
        self.epochs_input.setEnabled(idle)
        self.export_button.setEnabled(idle and has_items)
        self.import_button.setEnabled(idle)
        if selected:
            self.relabel_combo.blockSignals(True)
            self.relabel_combo.setCurrentIndex(int(selected[0].data(LABEL_ROLE)) % 10)
            self.relabel_combo.blockSignals(False)

    def _mark_held_out(self) -> None:
        for id_, item in self._items.items():
            label = int(item.data(LABEL_ROLE))
            held = id_ in self._held_out
            item.setText(self.tr("{label} test").format(label=label) if held else str(label))
            item.setForeground(QColor(200, 90, 0) if held else self.palette().text().color())
            item.setToolTip(
                self.tr("labelled {label}; held out for testing, never trained on; double-click to put it "
                        "on the canvas").format(label=label) if held else
                self.tr("labelled {label}; double-click to put it on the canvas").format(label=label))

    def _on_delete(self) -> None:
        id_ = self.selected_id()
        if id_ is not None and not self._busy and not self._importing:
            self.deleteRequested.emit(id_)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ShortcutOverride accepted: the key comes to the list as a key press instead of
        # triggering the window's Delete shortcut (clear the canvas).
        if watched is self.list and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self._on_delete()
                return True
            # Ctrl+Z here undoes the list's last deletion, never the canvas's last stroke (a
            # second habitual press with nothing left to undo must not reach the canvas).
            if event.matches(QKeySequence.StandardKey.Undo):
                event.accept()
                if event.type() == QEvent.Type.KeyPress and self.undo_delete_all_button.isVisible() \
                        and self.undo_delete_all_button.isEnabled():
                    self.undoDeleteAllRequested.emit()
                return True
        return super().eventFilter(watched, event)

    def _confirm_delete_all(self) -> None:
        n = self.list.count()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete all drawings"),
                          self.tr("Delete all %Ln drawings of the class set?", "", n) + "\n\n"
                          + self.tr("“Undo delete all” brings them back until the app is closed."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirm_delete_all")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Delete all"))
        box.buttonClicked.connect(lambda clicked: clicked is yes and self.deleteAllRequested.emit())
        box.open()

    def _want(self, id_: str | None) -> None:
        """A painted item without its thumbnail: decode it in the background, once."""
        if (id_ is None or self._loader is None or id_ in self._icons or id_ in self._pending
                or id_ not in self._items):
            return
        self._pending.add(id_)
        QThreadPool.globalInstance().start(_ThumbJob(self._thumbs, id_, self._loader))

    def _thumb_done(self, id_: str, image: QImage | None) -> None:
        self._pending.discard(id_)
        icon = QIcon(QPixmap.fromImage(image)) if image is not None else _placeholder(damaged=True)
        self._icons[id_] = icon
        while len(self._icons) > MAX_THUMBNAILS:
            old, _ = self._icons.popitem(last=False)
            if old in self._items:
                self._items[old].setIcon(_placeholder())
        item = self._items.get(id_)
        if item is not None:
            item.setIcon(icon)
            if image is None:
                item.setToolTip(self.tr("this drawing's file is damaged; it is left out of training"))


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
    scaled = _thumb_image(image)
    return QIcon(QPixmap.fromImage(scaled)) if scaled is not None else _placeholder(damaged=True)


def _thumb_image(image: np.ndarray) -> QImage | None:
    """The drawing scaled to THUMB as a QImage (safe in any thread), or None if it is no drawing."""
    a = np.asarray(image)
    if a.ndim != 2 or a.size == 0 or a.dtype != np.uint8:
        return None
    a = np.ascontiguousarray(a)
    h, w = a.shape
    qimg = QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()  # own the pixels
    return qimg.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                       Qt.TransformationMode.SmoothTransformation)


@functools.cache  # one shared pixmap for every item, not one each
def _placeholder(damaged: bool = False) -> QIcon:
    """A dark square while the thumbnail is decoded; grey with a cross if it cannot be."""
    pix = QPixmap(THUMB, THUMB)
    pix.fill(Qt.GlobalColor.gray if damaged else QColor(40, 40, 40))
    if damaged:
        p = QPainter(pix)
        p.setPen(QColor(90, 90, 90))
        p.drawLine(8, 8, THUMB - 8, THUMB - 8)
        p.drawLine(THUMB - 8, 8, 8, THUMB - 8)
        p.end()
    return QIcon(pix)


class _ThumbRelay(QObject):
    """Carries finished thumbnails from the worker threads to the GUI thread (queued)."""

    done = Signal(str, object)  # (id, QImage or None)


class _ThumbJob(QRunnable):
    """Decodes one drawing and scales it, off the GUI thread."""

    def __init__(self, relay: _ThumbRelay, id_: str, loader: Callable[[str], np.ndarray]):
        super().__init__()
        self._relay, self._id, self._loader = relay, id_, loader

    def run(self) -> None:
        try:
            image = _thumb_image(self._loader(self._id))
        except Exception:  # noqa: BLE001 - a damaged or vanished file shows as a grey cross
            image = None
        try:
            self._relay.done.emit(self._id, image)
        except RuntimeError:
            pass  # the browser was closed meanwhile


class _LazyThumbnails(QStyledItemDelegate):
    """Asks for an item's thumbnail when the item is painted, i.e. when it is visible."""

    def __init__(self, browser: ClassSetBrowser):
        super().__init__(browser.list)
        self._browser = browser

    def paint(self, painter, option, index) -> None:
        self._browser._want(index.data(ID_ROLE))
        super().paint(painter, option, index)
