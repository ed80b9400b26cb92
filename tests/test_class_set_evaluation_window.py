"""Class-set evaluation through the window: evaluate, click a mistake, hold out a part, train, compare."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QListWidget, QPushButton, QSpinBox, QTableWidget, QWidget

from lenet_gui.core import digits
from lenet_gui.ui.main_window import MainWindow
from tests.helpers_ui import error_text


@pytest.fixture
def window(qtbot, tmp_settings):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.docks["evaluation"].raise_()
    return w


def canvas_digit(image28: np.ndarray) -> np.ndarray:
    """A real handwritten digit drawn about 200 px tall in the middle of the 280 px canvas."""
    out = np.zeros((280, 280), np.uint8)
    out[40:240, 40:240] = np.asarray(Image.fromarray(image28).resize((200, 200), Image.Resampling.BILINEAR))
    return out


def add(window, image: np.ndarray, label: int) -> str:
    """What a student does: put a drawing on the canvas, choose its digit, Add."""
    before = {e.id for e in window.class_set.entries()}
    window.canvas.set_image(image)
    window.set_target(str(label))
    window.add_drawing_to_class_set()
    (new,) = {e.id for e in window.class_set.entries()} - before
    return new


def evaluate(qtbot, window):
    button = window.findChild(QPushButton, "evaluate_class_set_button")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: button.text() == "Evaluate on class set", timeout=30000)
    report = window.evaluation.report()
    assert report is not None, window.evaluation.summary.text()
    return report


@pytest.fixture(scope="module")
def mnist():
    _, _, images, labels = digits.load_split()  # never trained on by the bundled weights
    return images, labels


def test_evaluate_then_click_a_mistake_to_see_it(window, qtbot, mnist):
    images, labels = mnist
    ids = {}
    for d in range(10):
        k = int(np.flatnonzero(labels == d)[0])
        ids[add(window, canvas_digit(images[k]), d)] = d
    one = int(np.flatnonzero(labels == 1)[1])
    wrong = add(window, canvas_digit(images[one]), 7)  # a 1 labelled 7: the net must disagree

    report = evaluate(qtbot, window)
    panel = window.findChild(QWidget, "class_set_evaluation")
    assert panel is window.evaluation
    assert report.evaluation.total == 11
    confusion = window.findChild(QTableWidget, "confusion_matrix")
    shown = sum(int(confusion.item(t, p).text() or 0) for t in range(10) for p in range(10))
    assert shown == 11 and confusion.item(7, 1).text() == "1"
    misses = window.findChild(QListWidget, "misclassified_list")
    assert wrong in window.evaluation.misclassified_ids()
    row = window.evaluation.misclassified_ids().index(wrong)
    assert misses.item(row).text().startswith("true 7 → said 1 (")
    # At most one of the ten real digits is missed by the bundled weights.
    assert report.evaluation.correct >= 9

    window.canvas.clear()
    rect = misses.visualItemRect(misses.item(row))
    qtbot.mouseClick(misses.viewport(), Qt.LeftButton, pos=rect.center())
    np.testing.assert_array_equal(window.canvas.image_array(), window.class_set.image(wrong))


def test_held_out_part_is_never_trained_on_and_shown_side_by_side(window, qtbot, mnist, tmp_settings):
    images, labels = mnist
    for k in range(40):
        add(window, canvas_digit(images[k * 7]), int(labels[k * 7]))
    box = window.findChild(QCheckBox, "holdout_checkbox")
    qtbot.mouseClick(box, Qt.LeftButton)
    held = window.class_set_held_out()
    assert held and len(held) < 40
    # The teacher sees which: marked in the Class set list, and counted in the panel.
    listing = window.findChild(QListWidget, "class_set_list")
    marked = {listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
              if listing.item(i).text().endswith("test")}
    assert marked == held == window.browser.held_out_ids()
    assert f"{len(held)} of 40 drawings are held out" in window.findChild(QWidget, "holdout_info").text()

    window.findChild(QSpinBox, "epochs_input").setValue(2)
    before = len(window.session.trainer.history)
    window.docks["class_set"].raise_()
    qtbot.mouseClick(window.findChild(QPushButton, "train_class_set_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "train_class_set_button").text() == "Train on class set",
                    timeout=60000)
    assert len(window.session.trainer.history) == before + 2 * (40 - len(held))

    window.docks["evaluation"].raise_()
    report = evaluate(qtbot, window)
    table = window.findChild(QTableWidget, "per_digit_accuracy")
    assert [table.verticalHeaderItem(r).text() for r in range(table.rowCount())] == ["trained on", "held out"]
    assert report.part(True).total == len(held) and report.part(False).total == 40 - len(held)
    summary = window.findChild(QWidget, "evaluation_summary").text()
    assert f"of {len(held)})" in summary and f"of {40 - len(held)})" in summary

    # The choice is kept for the next start.
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.findChild(QCheckBox, "holdout_checkbox").isChecked()
    assert again.class_set_held_out() == held  # the same drawings: the split is fixed


def test_adding_drawings_moves_none_between_train_and_held_out(window, mnist):
    images, labels = mnist
    for k in range(20):
        add(window, canvas_digit(images[k * 3]), int(labels[k * 3]))
    window.set_class_set_holdout(True)
    held = window.class_set_held_out()
    for k in range(20, 40):
        add(window, canvas_digit(images[k * 3]), int(labels[k * 3]))
    assert window.class_set_held_out() & {e.id for e in window.class_set.entries()[:20]} == held


def test_evaluating_an_empty_class_set_says_what_to_do(window, qtbot):
    qtbot.mouseClick(window.findChild(QPushButton, "evaluate_class_set_button"), Qt.LeftButton)
    assert "empty" in window.findChild(QWidget, "evaluation_summary").text()
    assert window.evaluation.report() is None


def test_everything_held_out_refuses_training_with_a_message(window, mnist):
    images, labels = mnist
    window.set_class_set_holdout(True)
    k = 0
    while True:  # add drawings until the first one that the split holds out
        new = add(window, canvas_digit(images[k]), int(labels[k]))
        k += 1
        if new in window.class_set_held_out():
            break
        window.class_set.delete(new)
    window.train_on_class_set(1)
    assert "held out" in error_text(window)


def test_a_mistake_deleted_since_says_so_and_results_say_they_are_outdated(window, qtbot, mnist):
    images, labels = mnist
    add(window, canvas_digit(images[int(np.flatnonzero(labels == 0)[0])]), 0)
    wrong = add(window, canvas_digit(images[int(np.flatnonzero(labels == 1)[0])]), 7)
    evaluate(qtbot, window)
    outdated = window.findChild(QWidget, "evaluation_outdated")
    assert not outdated.isVisible()
    window.browser.deleteRequested.emit(wrong)  # the teacher deletes it in the Class set panel
    assert outdated.isVisible()
    window.canvas.clear()
    misses = window.findChild(QListWidget, "misclassified_list")
    rect = misses.visualItemRect(misses.item(window.evaluation.misclassified_ids().index(wrong)))
    qtbot.mouseClick(misses.viewport(), Qt.LeftButton, pos=rect.center())
    assert error_text(window) == "That drawing is no longer in the class set."
    assert window.canvas.is_empty()
    evaluate(qtbot, window)
    assert not outdated.isVisible() and wrong not in window.evaluation.misclassified_ids()


def test_closing_the_window_while_evaluating_is_quiet(qtbot, tmp_settings, mnist):
    from PySide6.QtCore import QThreadPool

    images, labels = mnist
    w = MainWindow()  # not handed to qtbot: this test deletes the window itself
    w.show()
    for k in range(60):
        add(w, canvas_digit(images[k]), int(labels[k]))
    w.evaluate_class_set()
    w.close()
    w.deleteLater()
    qtbot.wait(50)
    assert QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)  # queued signals of the job arrive now, for a window that is gone


def test_the_whole_confusion_matrix_is_in_sight_on_a_laptop_screen(open_window, qtbot, mnist):
    """At 1366×768 (the default layout) rows true 0 to true 9 are all seen without scrolling the
    panel: just after evaluating, with “Hold out” ticked, and once the results are outdated."""
    from PySide6.QtWidgets import QScrollArea

    window = open_window(size=(1366, 740))
    images, labels = mnist
    for k in range(30):
        add(window, canvas_digit(images[k * 11]), int(labels[k * 11]))
    window.docks["evaluation"].raise_()
    scroll = window.docks["evaluation"].findChild(QScrollArea)
    confusion = window.findChild(QTableWidget, "confusion_matrix")

    def assert_all_rows_in_sight(when):
        qtbot.wait(50)  # the layout settles
        for t in (0, 9):
            row = confusion.visualRect(confusion.model().index(t, 0))
            top = confusion.viewport().mapTo(scroll.viewport(), row.topLeft()).y()
            bottom = confusion.viewport().mapTo(scroll.viewport(), row.bottomLeft()).y()
            assert 0 <= top and bottom < scroll.viewport().height(), (
                f"{when}: row 'true {t}' spans y {top}–{bottom} of a {scroll.viewport().height()} px tall panel")
        assert scroll.verticalScrollBar().maximum() == 0, f"{when}: the panel scrolls"
        assert confusion.verticalHeader().sectionSize(9) >= confusion.fontMetrics().height()

    evaluate(qtbot, window)
    assert_all_rows_in_sight("evaluated")
    qtbot.mouseClick(window.findChild(QCheckBox, "holdout_checkbox"), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.evaluation.report().held_out is not None, timeout=30000)
    assert window.findChild(QWidget, "holdout_info").isVisible()
    assert_all_rows_in_sight("held out")
    add(window, canvas_digit(images[1]), int(labels[1]))
    assert window.findChild(QWidget, "evaluation_outdated").isVisible()
    assert_all_rows_in_sight("outdated")
