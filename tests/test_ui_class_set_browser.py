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
                 "cancelRequested", "exportRequested", "importRequested", "loadRequested",
                 "deleteAllRequested", "undoDeleteAllRequested", "cancelImportRequested"):
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
    browser.relabel_combo.activated.emit(5)  # as if a digit were picked in the list
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


def _is_thumbnail(browser, row) -> bool:
    """True once the item shows its drawing (the placeholder is a flat dark square)."""
    im = browser.list.item(row).icon().pixmap(THUMB, THUMB).toImage()
    return _value(im, im.width() // 2, im.height() // 2) > 200


def test_thumbnails_are_decoded_lazily_in_a_worker_thread(browser, qtbot):
    import threading

    calls = []

    def loader(id_):
        calls.append((id_, threading.get_ident()))
        return img(255)

    items = [(f"{k:032x}", k % 10) for k in range(500)]
    browser.set_entries(items, loader=loader)
    assert browser.list.count() == 500 and "500 drawings" in browser.count_label.text()
    qtbot.waitUntil(lambda: _is_thumbnail(browser, 0), timeout=10000)
    assert all(thread != threading.get_ident() for _, thread in calls)
    loaded = {id_ for id_, _ in calls}
    assert items[0][0] in loaded and items[-1][0] not in loaded and len(loaded) < 200
    browser.list.scrollToBottom()
    qtbot.waitUntil(lambda: _is_thumbnail(browser, 499), timeout=10000)
    # A refresh keeps the thumbnails made: no second decode of the same drawing.
    before = len(calls)
    browser.set_entries(items[:3], loader=loader)
    qtbot.wait(50)
    assert _is_thumbnail(browser, 0) and len(calls) == before


def test_a_drawing_that_cannot_be_read_gets_a_crossed_placeholder(browser, qtbot):
    def loader(id_):
        raise ValueError("damaged")

    browser.set_entries([("a" * 32, 1)], loader=loader)
    qtbot.waitUntil(lambda: "damaged" in browser.list.item(0).toolTip(), timeout=10000)
    assert not browser.list.item(0).icon().pixmap(THUMB, THUMB).isNull()


def test_delete_all_asks_first_and_offers_undo(browser, record, qtbot):
    from PySide6.QtWidgets import QMessageBox

    browser.set_entries(ITEMS)
    button = browser.findChild(QPushButton, "delete_all_class_set_button")
    assert button.isEnabled() and button.toolTip()
    for answer in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes):
        qtbot.mouseClick(button, L)
        box = browser.findChild(QMessageBox, "confirm_delete_all")
        assert box is not None and box.isVisible() and "3 drawings" in box.text()
        qtbot.mouseClick(box.button(answer), L)
        qtbot.waitUntil(lambda: browser.findChild(QMessageBox, "confirm_delete_all") is None)
    assert record == [("deleteAllRequested",)]
    undo = browser.findChild(QPushButton, "undo_delete_all_button")
    assert not undo.isVisible()
    browser.set_entries([])
    browser.set_undo_available(3)
    assert undo.isVisible() and not button.isEnabled()
    qtbot.mouseClick(undo, L)
    assert record[-1] == ("undoDeleteAllRequested",)


def test_while_importing_editing_is_off_and_cancel_shows(browser, record, qtbot):
    browser.set_entries(ITEMS)
    browser.set_importing(True)
    browser.set_progress(3, 10)
    cancel = browser.findChild(QPushButton, "cancel_import_button")
    assert cancel.isVisible() and browser.progress.isVisible() and "Importing" in browser.progress.format()
    for b in (browser.add_button, browser.import_button, browser.export_button, browser.train_button,
              browser.delete_all_button):
        assert not b.isEnabled(), b.objectName()
    qtbot.mouseClick(cancel, L)
    assert record == [("cancelImportRequested",)]
    browser.set_importing(False)
    assert not cancel.isVisible() and not browser.progress.isVisible() and browser.import_button.isEnabled()


def test_a_notice_about_set_aside_files_shows_above_the_drawings(browser):
    from PySide6.QtWidgets import QLabel

    label = browser.findChild(QLabel, "class_set_notice")
    assert not label.isVisible()
    browser.set_notice("The class set's index was moved aside.")
    assert label.isVisible() and "moved aside" in label.text()
    browser.set_notice("")
    assert not label.isVisible()


def test_thumbnails_kept_are_bounded_however_far_one_scrolls(browser, qtbot, monkeypatch):
    from lenet_gui.ui import class_set_browser

    monkeypatch.setattr(class_set_browser, "MAX_THUMBNAILS", 40)  # more than fit on screen
    items = [(f"{k:032x}", k % 10) for k in range(300)]
    browser.set_entries(items, loader=lambda id_: img(255))
    qtbot.waitUntil(lambda: _is_thumbnail(browser, 0), timeout=10000)
    browser.list.scrollToBottom()
    qtbot.waitUntil(lambda: _is_thumbnail(browser, 299), timeout=10000)
    shown = sum(_is_thumbnail(browser, row) for row in range(300))
    assert 0 < shown <= 40
    browser.list.scrollToTop()  # scrolled back: decoded again
    qtbot.waitUntil(lambda: _is_thumbnail(browser, 0), timeout=10000)
