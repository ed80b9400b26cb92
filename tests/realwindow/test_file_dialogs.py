"""The app's file dialogs on a 1366×768 laptop in English, French and Japanese: every column
header and file name whole, sizes and dates written the way the window's language writes them."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QFileInfo, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QTreeView

from lenet_gui.ui import language

from .test_languages import speaking  # noqa: F401  (a fixture)
from .xinput import screenshot

LONG_NAME = "lenet5_classe_de_madame_dupont_apres_dix_epoques.safetensors"
SIZE, DATE = 1, 3  # Qt's columns: Name, Size, Type, Date Modified


def open_dialog_and_measure(window, ask, measure, timeout_s: float = 20.0) -> dict:
    """Open a (modal) file dialog with `ask`, let `measure(dialog, view)` read it once the folder
    is listed, then cancel it; what measure returned (or why nothing could be measured)."""
    seen: dict = {}
    end = time.monotonic() + timeout_s

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        view = dialog.findChild(QTreeView, "treeView") if isinstance(dialog, QFileDialog) else None
        listed = view is not None and view.model().rowCount(view.rootIndex()) >= 2
        if not listed and time.monotonic() < end:
            QTimer.singleShot(100, inspect)
            return
        try:
            if listed:
                QTimer.singleShot(300, lambda: finish(dialog, view))  # the columns settle after the rows
                return
            seen["error"] = f"no file dialog listing the folder (modal: {dialog!r})"
        except Exception as err:  # noqa: BLE001  (reported by the test, not lost in Qt's loop)
            seen["error"] = repr(err)
        if isinstance(dialog, QFileDialog):
            dialog.reject()

    def finish(dialog, view) -> None:
        try:
            seen.update(measure(dialog, view))
        except Exception as err:  # noqa: BLE001
            seen["error"] = repr(err)
        finally:
            dialog.reject()

    QTimer.singleShot(0, inspect)
    ask()
    assert "error" not in seen, seen["error"]
    return seen


def cut_columns(dialog, view) -> list[str]:
    """Every header, column or side-bar place with less room than it needs, and a dialog past the screen."""
    cut = []
    header, model, root = view.header(), view.model(), view.rootIndex()
    for col in range(header.count()):
        if header.isSectionHidden(col):
            continue
        title = model.headerData(col, Qt.Orientation.Horizontal)
        room = header.sectionSize(col)
        if header.sectionSizeHint(col) > room:
            cut.append(f"header {title!r} ({header.sectionSizeHint(col)} > {room} px)")
        need = view.sizeHintForColumn(col)  # its widest cell, icon and margins included
        if need > room:
            widest = max((model.index(r, col, root).data() or "" for r in range(model.rowCount(root))), key=len)
            cut.append(f"{title!r} cells such as {widest!r} ({need} > {room} px)")
    side = dialog.findChild(QListView, "sidebar")  # Computer, the home folder…
    if side is not None and side.sizeHintForColumn(0) > side.viewport().width():
        places = [side.model().index(r, 0).data() for r in range(side.model().rowCount())]
        cut.append(f"side bar {places} ({side.sizeHintForColumn(0)} > {side.viewport().width()} px)")
    if view.horizontalScrollBar().isVisible():
        cut.append("the columns need scrolling sideways")
    screen = dialog.screen().availableGeometry()
    if not screen.contains(dialog.frameGeometry()):
        cut.append(f"the dialog {dialog.frameGeometry()} runs past the screen {screen}")
    return cut


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A folder of weights the dialog opens in (its current folder), one with a long name."""
    where = tmp_path / "weights"
    (where / "sous-dossier").mkdir(parents=True)
    (where / LONG_NAME).write_bytes(b"\0" * 1536)
    (where / "poids.pt").write_bytes(b"\0" * 2_500_000)
    monkeypatch.chdir(where)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # Qt's own dialog settings
    return where


@pytest.mark.screen("1366x768")
@pytest.mark.parametrize("code", ["en", "fr", "ja"])
def test_the_open_dialog_shows_every_column_and_name_whole(real_window, speaking, folder, code):  # noqa: F811
    speaking(code)
    window = real_window()
    assert language.current() == code

    def measure(dialog, view):
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        QApplication.processEvents()
        screenshot(f"file-dialog-{code}-1366x768")
        model, root = view.model(), view.rootIndex()
        rows = {model.index(r, 0, root).data(): r for r in range(model.rowCount(root))}
        row = rows[LONG_NAME]
        return {"cut": cut_columns(dialog, view), "path": dialog.directory().absoluteFilePath(LONG_NAME),
                "size": model.index(row, SIZE, root).data(), "date": model.index(row, DATE, root).data()}

    seen = open_dialog_and_measure(window, window.weights_actions.ask_open, measure)
    assert not seen["cut"], "cut in the Open weights dialog:\n" + "\n".join(seen["cut"])
    # The window's language writes the numbers (the system here is C, English): 1,5 Kio in French.
    # The file the dialog lists: Qt reopens the folder visited last, which may be an earlier
    # test's, whose file was written a minute before this one's.
    modified = QFileInfo(seen["path"]).lastModified()
    assert seen["size"] == QLocale().formattedDataSize(1536)
    assert seen["date"] == QLocale().toString(modified, QLocale.FormatType.ShortFormat)


@pytest.mark.screen("1366x768")
def test_in_presentation_mode_the_dialog_widens_for_long_names(real_window, qtbot, speaking, folder):  # noqa: F811
    # Presentation mode's large text reaches the dialog too: the long name no longer fits three
    # quarters of the screen, and the dialog widens rather than hide the name or the date.
    speaking("fr")
    window = real_window()
    window.set_presentation(True)
    qtbot.wait(300)

    def measure(dialog, view):
        screenshot("file-dialog-presentation-fr-1366x768")
        return {"cut": cut_columns(dialog, view), "width": dialog.width()}

    seen = open_dialog_and_measure(window, window.weights_actions.ask_open, measure)
    assert not seen["cut"], "cut in the Open weights dialog:\n" + "\n".join(seen["cut"])
    assert seen["width"] > 1024  # wider than three quarters of the laptop's screen
