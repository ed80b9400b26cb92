"""Class-set evaluation in a real window: real clicks on Evaluate, on a mistake, and on “Hold out”."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QCheckBox, QListWidget, QPushButton, QScrollArea

from lenet_gui.core import digits

from .xinput import click, screenshot, settle
from .xserver import screen_size


def canvas_digit(image28: np.ndarray) -> np.ndarray:
    out = np.zeros((280, 280), np.uint8)
    out[40:240, 40:240] = np.asarray(Image.fromarray(image28).resize((200, 200), Image.Resampling.BILINEAR))
    return out


def add(window, image: np.ndarray, label: int) -> str:
    before = {e.id for e in window.class_set.entries()}
    window.canvas.set_image(image)
    window.set_target(str(label))
    window.add_drawing_to_class_set()
    (new,) = {e.id for e in window.class_set.entries()} - before
    return new


def test_evaluate_click_a_mistake_and_hold_out(real_window, qtbot):
    window = real_window()
    _, _, images, labels = digits.load_split()
    for k in range(30):
        add(window, canvas_digit(images[k * 11]), int(labels[k * 11]))
    one = int(np.flatnonzero(labels == 1)[0])
    wrong = add(window, canvas_digit(images[one]), 7)  # a 1 labelled 7
    window.canvas.clear()
    window.docks["evaluation"].raise_()
    qtbot.waitUntil(lambda: window.evaluation.isVisible(), timeout=5000)

    button = window.findChild(QPushButton, "evaluate_class_set_button")
    click(qtbot, button)
    qtbot.waitUntil(lambda: window.evaluation.report() is not None, timeout=30000)
    misses = window.findChild(QListWidget, "misclassified_list")
    row = window.evaluation.misclassified_ids().index(wrong)
    misses.scrollToItem(misses.item(row))
    click(qtbot, misses.viewport(), pos=(lambda r: (r.center().x(), r.center().y()))(misses.visualItemRect(misses.item(row))))
    qtbot.waitUntil(lambda: not window.canvas.is_empty(), timeout=5000)
    np.testing.assert_array_equal(window.canvas.image_array(), window.class_set.image(wrong))

    box = window.findChild(QCheckBox, "holdout_checkbox")
    click(qtbot, box, pos=(8, box.height() // 2))  # on the box itself, as a person aims
    qtbot.waitUntil(box.isChecked, timeout=5000)
    held = window.class_set_held_out()
    assert held == window.browser.held_out_ids()
    # Results were shown, so they are redone with the split: trained-on and held-out side by side.
    qtbot.waitUntil(lambda: (window.evaluation.report() is not None
                             and window.evaluation.report().held_out is not None), timeout=30000)
    table = window.evaluation.per_digit
    assert [table.verticalHeaderItem(r).text() for r in range(table.rowCount())] == ["trained on", "held out"]
    assert table.item(1, 0).text().endswith("%") and table.isVisible()
    w, h = screen_size()
    screenshot(f"class-set-evaluation-{w}x{h}")
    assert misses.visualItemRect(misses.item(0)).height() > 0


@pytest.mark.screen("1366x768")
def test_a_laptop_shows_every_row_of_the_confusion_matrix_without_scrolling(real_window, qtbot):
    window = real_window()
    _, _, images, labels = digits.load_split()
    for k in range(30):
        add(window, canvas_digit(images[k * 11]), int(labels[k * 11]))
    window.docks["evaluation"].raise_()
    window.set_class_set_holdout(True)  # the tallest case: the held-out row and count shown too
    window.evaluate_class_set()
    qtbot.waitUntil(lambda: window.evaluation.report() is not None, timeout=30000)
    add(window, canvas_digit(images[1]), int(labels[1]))  # and "the results are outdated"
    settle(qtbot, 300)
    scroll = window.docks["evaluation"].findChild(QScrollArea)
    confusion = window.evaluation.confusion
    nine = confusion.visualRect(confusion.model().index(9, 0))
    bottom = confusion.viewport().mapTo(scroll.viewport(), nine.bottomLeft()).y()
    screenshot("class-set-evaluation-rows-1366x768")
    assert scroll.verticalScrollBar().maximum() == 0 and bottom < scroll.viewport().height(), (
        f"row 'true 9' ends at y {bottom} of a {scroll.viewport().height()} px tall panel")
