"""The class-set browser, clicked like a student would: thumbnails, selection, signals, busy state."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QPushButton

from lenet_gui.ui.class_set_browser import THUMB, ClassSetBrowser

L = Qt.MouseButton.LeftButton


def img(value: int, shape=(28, 28)) -> np.ndarray:
    a = np.zeros(shape, np.uint8)
    a[shape[0] // 4: 3 * shape[0] // 4, shape[1] // 4: 3 * shape[1] // 4] = value
    return a


ITEMS = [("a" * 32, 3, img(255)), ("b" * 32, 7, img(128)), ("c" * 32, 3, img(40, (50, 20)))]


@pytest.fixture
def browser(qtbot):
    b = ClassSetBrowser()
    qtbot.addWidget(b)
    b.resize(560, 420)
    b.show()
    qtbot.waitExposed(b)
    return b


@pytest.fixture
def record(browser):
    seen = []
    for name in ("addRequested", "deleteRequested", "relabelRequested", "trainRequested",
                 "cancelRequested", "exportRequested", "importRequested", "loadRequested"):
        getattr(browser, name).connect(lambda *a, n=name: seen.append((n, *a)))
    return seen


def _click_item(qtbot, browser, row, double=False):
    rect = browser.list.visualItemRect(browser.list.item(row))
    pos = rect.center()
    qtbot.mouseClick(browser.list.viewport(), L, pos=pos)
    if double:  # a real double-click: press, release, then the double-click event
        qtbot.mouseDClick(browser.list.viewport(), L, pos=pos)


def test_names_and_tooltips(browser):
    for name in ("add_to_class_set_button", "delete_drawing_button", "train_class_set_button",
                 "export_class_set_button", "import_class_set_button"):
        button = browser.findChild(QPushButton, name)
        assert button is not None and button.toolTip(), name
    assert "target digit" in browser.add_button.toolTip()
    assert browser.findChild(QProgressBar, "class_set_progress") is browser.progress
    assert browser.epochs() == 5
    assert browser.relabel_combo.count() == 10 and browser.relabel_combo.toolTip()
    assert browser.epochs_input.toolTip() and browser.list.toolTip()


def test_empty_state_shows_a_hint(browser):
    assert browser.stack.currentWidget() is browser.empty_label and browser.empty_label.isVisible()
    assert "Add drawing" in browser.empty_label.text()
    assert browser.add_button.isEnabled() and browser.import_button.isEnabled()
    assert not browser.train_button.isEnabled() and not browser.export_button.isEnabled()
    assert not browser.delete_button.isEnabled()
    assert not browser.progress.isVisible()


def test_entries_show_thumbnails_with_labels(browser):
    browser.set_entries(ITEMS)
    assert browser.stack.currentWidget() is browser.list
    assert [browser.list.item(i).text() for i in range(3)] == ["3", "7", "3"]
    assert "3 drawings" in browser.count_label.text() and "3: 2" in browser.count_label.text()
    assert "7: 1" in browser.count_label.text()
    pix = browser.list.item(0).icon().pixmap(THUMB, THUMB)
    im = pix.toImage()
    assert not pix.isNull()
    assert _value(im, im.width() // 2, im.height() // 2) > 200  # ink in the middle
    assert _value(im, 1, 1) < 20  # background at the corner
    # A tall 50×20 drawing keeps its aspect ratio.
    tall = browser.list.item(2).icon().pixmap(THUMB, THUMB)
    assert tall.height() > tall.width()
    assert browser.train_button.isEnabled() and browser.export_button.isEnabled()


def _value(image, x, y) -> int:
    return image.pixelColor(x, y).value()


def test_click_select_and_delete_by_button_and_key(browser, record, qtbot):
    browser.set_entries(ITEMS)
    _click_item(qtbot, browser, 1)
    assert browser.selected_id() == "b" * 32
    assert browser.relabel_combo.currentText() == "7" and browser.delete_button.isEnabled()
    qtbot.mouseClick(browser.delete_button, L)
    assert record == [("deleteRequested", "b" * 32)]
    browser.list.setFocus()
    qtbot.keyClick(browser.list, Qt.Key.Key_Delete)
    assert record[-1] == ("deleteRequested", "b" * 32)


def test_relabel_with_the_combo(browser, record, qtbot):
    browser.set_entries(ITEMS)
    _click_item(qtbot, browser, 0)
    assert browser.relabel_combo.currentText() == "3"
    browser.relabel_combo.setFocus()
    qtbot.keyClick(browser.relabel_combo, Qt.Key.Key_Down)
    assert record == [("relabelRequested", "a" * 32, 4)]
    # Selecting another drawing shows its label without asking for a relabel.
    _click_item(qtbot, browser, 1)
    assert browser.relabel_combo.currentText() == "7" and len(record) == 1


def test_relabel_does_nothing_without_selection(browser, record, qtbot):
    browser.set_entries(ITEMS)
    assert not browser.relabel_combo.isEnabled()
    browser._on_relabel(5)
    assert record == []


def test_double_click_loads(browser, record, qtbot):
    browser.set_entries(ITEMS)
    _click_item(qtbot, browser, 2, double=True)
    assert ("loadRequested", "c" * 32) in record


def test_add_export_import_buttons(browser, record, qtbot):
    browser.set_entries(ITEMS)
    for b in (browser.add_button, browser.export_button, browser.import_button):
        qtbot.mouseClick(b, L)
    assert record == [("addRequested",), ("exportRequested",), ("importRequested",)]


def test_train_with_typed_epochs_then_stop(browser, record, qtbot):
    browser.set_entries(ITEMS)
    spin = browser.epochs_input
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    qtbot.mouseClick(browser.train_button, L)
    assert record == [("trainRequested", 12)]
    browser.set_busy(True)
    assert browser.train_button.text() == "Stop training" and browser.train_button.isEnabled()
    assert not browser.add_button.isEnabled() and not browser.import_button.isEnabled()
    assert not browser.epochs_input.isEnabled()
    _click_item(qtbot, browser, 0)
    assert not browser.delete_button.isEnabled()
    qtbot.mouseClick(browser.train_button, L)
    assert record[-1] == ("cancelRequested",)
    browser.set_busy(False)
    assert browser.train_button.text() == "Train on class set" and browser.add_button.isEnabled()


def test_progress(browser):
    browser.set_progress(3, 10)
    assert browser.progress.isVisible()
    assert browser.progress.value() == 3 and browser.progress.maximum() == 10
    browser.set_progress(50, 10)
    assert browser.progress.value() == 10
    browser.set_progress(0, 0)
    assert not browser.progress.isVisible()


def test_selection_survives_refresh_and_deleted_selection_clears(browser, qtbot):
    browser.set_entries(ITEMS)
    _click_item(qtbot, browser, 1)
    browser.set_entries(list(reversed(ITEMS)))
    assert browser.selected_id() == "b" * 32
    browser.set_entries([ITEMS[0]])
    assert browser.selected_id() is None and not browser.delete_button.isEnabled()
    assert "1 drawing " in browser.count_label.text() + " "
    browser.set_entries([])
    assert browser.stack.currentWidget() is browser.empty_label


def test_odd_images_get_a_placeholder_not_an_exception(browser):
    browser.set_entries([("x", 1, np.zeros((0, 0), np.uint8)), ("y", 2, np.zeros((4, 4), np.float32)),
                         ("z", 3, np.zeros((2, 2, 3), np.uint8)),
                         ("w", 4, np.arange(12, dtype=np.uint8).reshape(3, 4)[:, ::2])])
    assert browser.list.count() == 4
    assert not browser.list.item(3).icon().pixmap(THUMB, THUMB).isNull()


def test_many_entries(browser):
    items = [(f"{k:032x}", k % 10, img(k % 256)) for k in range(500)]
    browser.set_entries(items)
    assert browser.list.count() == 500 and "500 drawings" in browser.count_label.text()
    browser.grab()


def test_thumbnail_does_not_keep_a_view_of_the_array(browser):
    a = img(255)
    browser.set_entries([("a", 1, a)])
    a[:] = 0
    del a
    im = browser.list.item(0).icon().pixmap(THUMB, THUMB).toImage()
    assert _value(im, im.width() // 2, im.height() // 2) > 200
