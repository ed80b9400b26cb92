"""The app's Open and Save dialogs: Qt's file dialog, readable in every language on a laptop.

Qt's own (non-native) dialog opens at about 630×410 px with columns of fixed widths measured on
English samples: French cut "Dernière modification" to "Dernière modifica", long file names
lost their middle, and Japanese cut "コンピュータ" in the side bar. Here the dialog takes three
quarters of the screen, and its columns (and side bar) are as wide as their headers and texts,
again whenever the folder or the dialog's size changes; the Name column takes the room left.

Qt's file list writes sizes and dates the system's way (QLocale::system()), whatever language
the app speaks: French chosen from the Language menu on an English system still read
"1.21 KiB" and "12/2/26 3:04 PM". A proxy model writes them the app's way (the default QLocale
that language.set_language sets, the system's when the app follows the system).

Where the platform lends its own dialog (a GNOME or Windows desktop), that dialog is shown as
before: none of this applies to it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QSplitter,
    QTreeView,
    QWidget,
)

NAME, SIZE, TYPE, DATE = range(4)  # QFileSystemModel's columns
SCREEN_SHARE = 0.75  # of the screen's free area the dialog takes, width and height
MAX_SIZE = QSize(1100, 720)  # on a larger screen, more would only be empty rows and a wider gap


def ask_path(parent: QWidget | None, save: bool, title: str, name: str, filter_: str) -> str:
    """The file the user chose ("" when cancelled): an existing one to open, or one to save
    (the dialog asks before replacing a file). `name` is the folder or file it starts at, as
    for QFileDialog.getOpenFileName / getSaveFileName."""
    dialog = make_dialog(parent, save, title, name, filter_)
    try:
        chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()  # Qt writes the dialog's settings (last folder, columns) then
    return chosen[0] if chosen else ""


def make_dialog(parent: QWidget | None, save: bool, title: str, name: str, filter_: str) -> QFileDialog:
    """The dialog ask_path shows, not yet shown: as the static QFileDialog functions make it."""
    dialog = QFileDialog(parent, title, name, filter_)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    view = _file_list(dialog)
    if view is not None:  # Qt's own dialog, not the platform's
        proxy = LocaleFileModel(dialog)  # a parent: Python must not delete what the dialog shows
        dialog.setProxyModel(proxy)
        ColumnFit(dialog, view)
        dialog.resize(fitting_size(dialog, parent))
    return dialog


def fitting_size(dialog: QWidget, parent: QWidget | None) -> QSize:
    """Three quarters of the free screen (at most MAX_SIZE), never less than the dialog needs,
    never more than the screen."""
    screen = (parent or dialog).screen()
    free = screen.availableGeometry().size() if screen is not None else MAX_SIZE
    share = QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE)).boundedTo(MAX_SIZE)
    return share.expandedTo(dialog.minimumSizeHint()).boundedTo(free)


def _file_list(dialog: QFileDialog) -> QTreeView | None:
    """The dialog's detail view (the list of files with their columns); None for a platform's dialog."""
    return next((v for v in dialog.findChildren(QTreeView) if isinstance(v.model(), QFileSystemModel)), None)


class LocaleFileModel(QIdentityProxyModel):
    """Qt's file list, its sizes and dates written the way the app writes numbers."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column in (SIZE, DATE):
            files = self.sourceModel()
            source = self.mapToSource(index)
            if isinstance(files, QFileSystemModel) and source.isValid():
                if column == DATE:
                    return QLocale().toString(files.lastModified(source), QLocale.FormatType.ShortFormat)
                if not files.isDir(source):  # a folder has no size (Qt shows none either)
                    return QLocale().formattedDataSize(files.size(source))
        return super().data(index, role)


class ColumnFit(QObject):
    """Keeps the dialog's columns as wide as their headers and texts, the Name column filling
    the rest, and its side bar as wide as its places; after each change of folder or size.
    When the folder's names need more room than the list has (a presentation-mode font), the
    dialog widens as far as the screen allows; a size the user gives it is kept."""

    def __init__(self, dialog: QFileDialog, view: QTreeView) -> None:
        super().__init__(dialog)
        self._dialog, self._view = dialog, view
        self._may_widen = True
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.rowsInserted, model.layoutChanged, model.modelReset, model.dataChanged):
            signal.connect(self._new_texts)
        dialog.directoryEntered.connect(self._new_texts)
        view.viewport().installEventFilter(self)

    def _new_texts(self) -> None:
        self._may_widen = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Wider or narrower, not taller: a column the user drags past the edge brings a scroll
        # bar, and the list's new height must not undo the drag.
        if event.type() == QEvent.Type.Show:
            self._new_texts()
        elif event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self._timer.start()
        return False

    def fit(self) -> None:
        view = self._view
        header = view.header()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for column in shown:
            if column != NAME:
                view.resizeColumnToContents(column)  # the wider of its header and its texts
        if NAME in shown:
            others = sum(header.sectionSize(c) for c in shown if c != NAME)
            need = max(view.sizeHintForColumn(NAME), header.sectionSizeHint(NAME))
            header.resizeSection(NAME, max(need, view.viewport().width() - others))
        self._fit_side_bar()
        if self._may_widen and self._dialog.isVisible():
            self._may_widen = False
            self._widen(sum(header.sectionSize(c) for c in shown) - view.viewport().width())

    def _widen(self, by: int) -> None:
        """Widen the dialog by up to `by` px, as much as the screen has, keeping it on screen."""
        dialog = self._dialog
        screen = dialog.screen()
        if by <= 0 or screen is None:
            return
        free, frame, inner = screen.availableGeometry(), dialog.frameGeometry(), dialog.geometry()
        by = min(by, free.width() - frame.width())
        if by <= 0:
            return
        left = min(max(free.left(), frame.left() - by // 2), free.right() + 1 - frame.width() - by)
        dialog.setGeometry(inner.left() + left - frame.left(), inner.top(), inner.width() + by, inner.height())

    def _fit_side_bar(self) -> None:
        splitter = self._dialog.findChild(QSplitter)
        if splitter is None or splitter.count() < 2:
            return
        side = splitter.widget(0)
        if not isinstance(side, QAbstractItemView):
            return
        need = side.sizeHintForColumn(0) + 2 * side.frameWidth()
        if side.verticalScrollBar().isVisible():
            need += side.verticalScrollBar().width()
        sizes = splitter.sizes()
        need = min(need, sum(sizes) // 3)  # a long bookmark must not squeeze the list of files
        if need > sizes[0]:
            splitter.setSizes([need, sum(sizes) - need] + sizes[2:])
