"""The class's own drawings, through the window: add, browse, relabel, delete, train, export, import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QListWidget, QPushButton, QSpinBox, QWidget

from lenet_gui.replay import draw_digit
from lenet_gui.ui.main_window import MainWindow


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
    assert "Draw a digit first" in window.last_error
    draw_digit(window.findChild(QWidget, "canvas"), 2)
    window.set_target("random")
    click(qtbot, window, "add_to_class_set_button")
    assert "0–9" in window.last_error and len(window.class_set) == 0


def test_train_on_class_set_plots_every_step(window, qtbot):
    for digit in (0, 1, 2):
        add(qtbot, window, digit)
    window.findChild(QSpinBox, "epochs_input").setValue(4)
    before = len(window.session.trainer.history)
    click(qtbot, window, "train_class_set_button")
    qtbot.waitUntil(lambda: not window._class_train.isActive(), timeout=20000)
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
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(archive), ""))
    click(qtbot, window, "export_class_set_button")
    assert archive.is_file()

    # A second student's app with its own, empty data folder imports the zip.
    monkeypatch.setenv("LENET_GUI_HOME", str(tmp_path / "other"))
    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    qtbot.mouseClick(other.findChild(QPushButton, "import_class_set_button"), Qt.LeftButton)
    assert sorted(e.label for e in other.class_set.entries()) == [3, 5]
    assert other.findChild(QListWidget, "class_set_list").count() == 2


def test_importing_garbage_says_so(window, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert window.import_class_set(junk) == 0
    assert window.last_error
    assert len(window.class_set) == 0
