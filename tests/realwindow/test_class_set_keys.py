"""Delete in the Class set list deletes the drawing there, through the real X11 key, not the canvas."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QWidget

from .steps import draw
from .xinput import click, key, settle


def test_delete_in_the_class_set_list_deletes_that_drawing_and_keeps_the_canvas(real_window, qtbot):
    window = real_window()
    surface = window.findChild(QWidget, "canvas")
    draw(qtbot, surface, 3)
    window.set_target("3")
    window.add_drawing_to_class_set()
    window.add_drawing_to_class_set()
    drawn = window.canvas.image_array().copy()
    assert len(window.class_set) == 2
    window.docks["class_set"].raise_()
    listing = window.findChild(QListWidget, "class_set_list")
    qtbot.waitUntil(lambda: listing.isVisible() and listing.count() == 2, timeout=5000)
    settle(qtbot, 200)
    first = listing.visualItemRect(listing.item(0))
    click(qtbot, listing.viewport(), (first.center().x(), first.center().y()))
    key(qtbot, "Delete")
    qtbot.waitUntil(lambda: len(window.class_set) == 1, timeout=5000)
    assert (window.canvas.image_array() == drawn).all(), "Delete also cleared the canvas"
