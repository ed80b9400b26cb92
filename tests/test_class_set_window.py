"""The class's own drawings, through the window: add, browse, relabel, delete, train, export, import."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton, QSpinBox, QWidget

from lenet_gui.replay import draw_digit
from lenet_gui.ui import file_dialog
from lenet_gui.ui.main_window import MainWindow
from tests.helpers_ui import error_text


@pytest.fixture
def window(qtbot, tmp_settings):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.docks["class_set"].raise_()
    return w


def click(qtbot, window, name):
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), f"{name} is not clickable"
    qtbot.mouseClick(button, Qt.LeftButton)


def add(qtbot, window, digit):
    window.canvas.clear()
    draw_digit(window.findChild(QWidget, "canvas"), digit)
    selector = window.findChild(QComboBox, "target_selector")
    selector.setCurrentIndex(selector.findText(str(digit)))
    click(qtbot, window, "add_to_class_set_button")


def test_add_browse_relabel_delete(window, qtbot):
    listing = window.findChild(QListWidget, "class_set_list")
    for digit in (1, 7, 7):
        add(qtbot, window, digit)
    assert listing.count() == 3
    assert sorted(e.label for e in window.class_set.entries()) == [1, 7, 7]

    listing.setCurrentRow(0)
    entry_id = window.browser.selected_id()
    relabel = window.findChild(QComboBox, "relabel_combo")
    relabel.setCurrentIndex(relabel.findText("4"))
    relabel.activated.emit(relabel.currentIndex())  # what a choice in the open list sends
    assert window.class_set.entry(entry_id).label == 4

    click(qtbot, window, "delete_drawing_button")
    assert listing.count() == 2 and entry_id not in window.class_set


def test_adding_needs_a_drawing_and_a_digit_target(window, qtbot):
    click(qtbot, window, "add_to_class_set_button")
    assert "Draw a digit first" in error_text(window)
    draw_digit(window.findChild(QWidget, "canvas"), 2)
    window.set_target("random")
    click(qtbot, window, "add_to_class_set_button")
    assert "0–9" in error_text(window) and len(window.class_set) == 0


def test_train_on_class_set_plots_every_step(window, qtbot):
    for digit in (0, 1, 2):
        add(qtbot, window, digit)
    window.findChild(QSpinBox, "epochs_input").setValue(4)
    before = len(window.session.trainer.history)
    click(qtbot, window, "train_class_set_button")
    qtbot.waitUntil(lambda: not window.is_training_on_class_set(), timeout=20000)
    window.refresh_now()
    assert len(window.session.trainer.history) == before + 3 * 4
    assert len(window.loss.shown_data()[1]) == before + 12


def test_double_click_puts_a_drawing_back_on_the_canvas(window, qtbot):
    add(qtbot, window, 8)
    drawn = window.canvas.image_array()
    window.canvas.clear()
    entry_id = window.class_set.entries()[0].id
    window.browser.loadRequested.emit(entry_id)
    assert (window.canvas.image_array() > 0).sum() == pytest.approx((drawn > 0).sum(), rel=0.05)


def test_export_then_import_into_another_laptop(window, qtbot, tmp_path, monkeypatch):
    for digit in (3, 5):
        add(qtbot, window, digit)
    archive = tmp_path / "class.zip"
    monkeypatch.setattr(file_dialog, "ask_path", lambda *a, **k: str(archive))
    click(qtbot, window, "export_class_set_button")
    assert archive.is_file()

    # A second student's app with its own, empty data folder imports the zip.
    monkeypatch.setenv("LENET_GUI_HOME", str(tmp_path / "other"))
    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    monkeypatch.setattr(file_dialog, "ask_path", lambda *a, **k: str(archive))
    qtbot.mouseClick(other.findChild(QPushButton, "import_class_set_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not other.browser.is_importing(), timeout=20000)
    assert "Imported 2 drawings" in other.statusBar().currentMessage()
    assert sorted(e.label for e in other.class_set.entries()) == [3, 5]
    assert other.findChild(QListWidget, "class_set_list").count() == 2


def test_importing_garbage_says_so(window, qtbot, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    window.import_class_set(junk)
    qtbot.waitUntil(lambda: not window.browser.is_importing(), timeout=20000)
    assert "not a readable zip" in error_text(window)
    assert len(window.class_set) == 0


def test_delete_key_in_the_list_deletes_the_drawing_not_the_canvas(window, qtbot):
    for digit in (1, 7):
        add(qtbot, window, digit)
    listing = window.findChild(QListWidget, "class_set_list")
    listing.setFocus()
    listing.setCurrentRow(0)
    entry_id = window.browser.selected_id()
    assert not window.canvas.is_empty()
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert entry_id not in window.class_set and len(window.class_set) == 1
    assert listing.count() == 1
    assert not window.canvas.is_empty()  # the window's Delete (clear the drawing) did not fire


def test_a_drawing_deleted_in_the_list_comes_back_with_ctrl_z_and_the_canvas_keeps_its_stroke(window, qtbot):
    for digit in (1, 7):
        add(qtbot, window, digit)
    before = [(e.id, e.label) for e in window.class_set.entries()]
    drawn = window.canvas.image_array()
    listing = window.findChild(QListWidget, "class_set_list")
    listing.setFocus()
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert len(window.class_set) == 1
    undo = window.findChild(QPushButton, "undo_delete_all_button")
    assert undo.isVisible() and undo.text() == "Undo delete"
    assert "Undo delete" in window.statusBar().currentMessage()
    qtbot.keyClick(listing, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(e.id, e.label) for e in window.class_set.entries()] == before
    assert listing.count() == 2 and not undo.isVisible()
    assert (window.canvas.image_array() == drawn).all()  # the canvas's Undo did not fire


def test_a_drawing_deleted_after_delete_all_leaves_the_class_it_removed_for_undo(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    for digit in (2, 3):
        add(qtbot, window, digit)
    first_class = sorted(e.id for e in window.class_set.entries())
    click(qtbot, window, "delete_all_class_set_button")
    box = window.findChild(QMessageBox, "confirm_delete_all")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.LeftButton)
    add(qtbot, window, 5)  # the next class draws; one scribble is deleted
    listing = window.findChild(QListWidget, "class_set_list")
    listing.setFocus()
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    undo = window.findChild(QPushButton, "undo_delete_all_button")
    assert undo.text() == "Undo delete"
    qtbot.keyClick(listing, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.class_set) == 1 and undo.isVisible() and undo.text() == "Undo delete all"
    qtbot.keyClick(listing, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.class_set) == 3
    assert set(first_class) <= {e.id for e in window.class_set.entries()}
    drawn = window.canvas.image_array()
    qtbot.keyClick(listing, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left to undo
    assert not undo.isVisible() and (window.canvas.image_array() == drawn).all()  # not the canvas's


def test_delete_all_after_confirming_then_undo(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    for digit in (2, 3, 4):
        add(qtbot, window, digit)
    before = [(e.id, e.label) for e in window.class_set.entries()]
    click(qtbot, window, "delete_all_class_set_button")
    box = window.findChild(QMessageBox, "confirm_delete_all")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.LeftButton)
    assert len(window.class_set) == 0
    assert window.findChild(QListWidget, "class_set_list").count() == 0
    click(qtbot, window, "undo_delete_all_button")
    assert [(e.id, e.label) for e in window.class_set.entries()] == before
    assert window.findChild(QListWidget, "class_set_list").count() == 3
    assert not window.findChild(QPushButton, "undo_delete_all_button").isVisible()


def test_a_damaged_index_is_set_aside_and_said_in_the_panel(qtbot, tmp_settings):
    from PySide6.QtWidgets import QLabel

    from lenet_gui.core import ClassSet

    folder = tmp_settings / "data" / "class_set"
    ClassSet(folder).add(np.full((8, 8), 255, np.uint8), 5)
    (folder / "index.json").write_text('{"entries": [{"id": "x", "created": 1' + "0" * 400 + "}]}")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.docks["class_set"].raise_()
    assert len(w.class_set) == 1
    notice = w.findChild(QLabel, "class_set_notice")
    assert notice.isVisible() and "index" in notice.text() and "damaged-" in notice.text()


def test_import_runs_off_the_gui_thread_and_cancel_keeps_nothing(window, qtbot, tmp_path):
    import threading

    from PySide6.QtCore import QRunnable, QThreadPool

    from lenet_gui.core import ClassSet

    src = ClassSet(tmp_path / "src")
    for k in range(5):
        src.add(np.full((8, 8), 200, np.uint8), k)
    src.export_zip(tmp_path / "five.zip")

    # Hold every worker thread, so the import is still waiting when Cancel is clicked.
    release = threading.Event()

    class Hold(QRunnable):
        def run(self):
            release.wait(30)

    pool = QThreadPool.globalInstance()
    for _ in range(pool.maxThreadCount()):
        pool.start(Hold())
    try:
        window.import_class_set(tmp_path / "five.zip")
        assert window.browser.is_importing()
        assert not window.findChild(QPushButton, "import_class_set_button").isEnabled()
        click(qtbot, window, "cancel_import_button")
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.browser.is_importing(), timeout=20000)
    assert len(window.class_set) == 0 and "cancelled" in window.statusBar().currentMessage()
    assert not error_text(window)

    window.import_class_set(tmp_path / "five.zip")  # and without a cancel it completes
    qtbot.waitUntil(lambda: not window.browser.is_importing(), timeout=20000)
    assert len(window.class_set) == 5
    assert window.findChild(QListWidget, "class_set_list").count() == 5


def test_closing_the_window_while_importing_is_harmless_and_all_or_nothing(qtbot, tmp_settings, tmp_path):
    import threading

    from PySide6.QtCore import QRunnable, QThreadPool
    from PySide6.QtWidgets import QApplication

    from lenet_gui.core import ClassSet

    src = ClassSet(tmp_path / "src")
    for k in range(5):
        src.add(np.full((8, 8), 200, np.uint8), k)
    src.export_zip(tmp_path / "five.zip")
    w = MainWindow()
    w.show()
    qtbot.waitExposed(w)
    folder = w.class_set.folder
    release = threading.Event()

    class Hold(QRunnable):
        def run(self):
            release.wait(30)

    pool = QThreadPool.globalInstance()
    for _ in range(pool.maxThreadCount()):
        pool.start(Hold())
    try:
        w.import_class_set(tmp_path / "five.zip")
        job = w.class_set_import
        w.close()
        w.deleteLater()
        QApplication.processEvents()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)
    pool.waitForDone(20000)
    QApplication.processEvents()
    assert len(ClassSet(folder)) in (0, 5)
    assert not list(folder.glob(".tmp-*"))


@pytest.mark.parametrize(("code", "space"), [("ja", ""), ("fr", " "), ("en", " ")])
def test_the_notices_above_the_drawings_join_as_the_language_does(window, back_to_english, code, space):
    # Japanese puts no space after 「。」 between two sentences about files set aside.
    from lenet_gui.core.text import QT_TRANSLATE_NOOP
    from lenet_gui.ui import language

    language.set_language(code)
    folder = QT_TRANSLATE_NOOP("ClassSet", "“{folder}” was not a folder")
    started = QT_TRANSLATE_NOOP("ClassSet", "an empty class set was started").msg()
    moved = QT_TRANSLATE_NOOP("ClassSet", "{what}; it was moved to “{target}”, {then}.")
    first, second = (moved.format(what=folder.format(folder=name), target=name + ".damaged", then=started)
                     for name in ("a", "b"))
    window.class_set.set_aside = (first, second)
    window.class_set_workflow.show()
    text = window.findChild(QLabel, "class_set_notice").text()
    assert text == language.tr_core(first) + space + language.tr_core(second), text
