"""The window's timeline: pick an earlier step on the loss plot, go back, train on; save, open, export."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QSlider, QWidget

from lenet_gui.replay import draw_digit
from tests.helpers_ui import error_text


@pytest.fixture
def window(open_window):
    return open_window()


def weights(window):
    return [p.detach().clone() for p in window.session.net.parameters()]


def same(a, b):
    return all(torch.equal(x, y) for x, y in zip(a, b, strict=True))


def train(window, qtbot, steps, record=None):
    for _ in range(steps):
        window.step(1)
        if record is not None:
            record[len(window.session.trainer.history)] = weights(window)
    window.refresh_now()


def test_keys_pick_a_step_and_enter_goes_back_exactly(window, qtbot):
    draw_digit(window.findChild(QWidget, "canvas"), 4)
    window.refresh_now()
    record = {0: weights(window)}
    train(window, qtbot, 30, record)
    slider = window.findChild(QSlider, "loss_step_slider")
    button = window.findChild(QPushButton, "loss_go_back_button")
    assert slider.maximum() == 30 and slider.value() == 30 and not button.isEnabled()
    slider.setFocus()
    for _ in range(12):
        qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert window.loss.cursor_step() == 18 and button.isEnabled()
    assert "18" in window.loss.last_label.text()
    assert len(window.session.trainer.history) == 30  # picking is not yet going back
    qtbot.keyClick(slider, Qt.Key.Key_Return)
    window.refresh_now()
    assert len(window.session.trainer.history) == 18 and same(weights(window), record[18])
    x, y = window.loss.ghost_data()
    assert list(x) == list(range(19, 31)) and window.loss.branch_step() == 18
    assert slider.maximum() == 18 and not button.isEnabled()
    # Training goes on from there; the steps left behind stay drawn faintly.
    train(window, qtbot, 5)
    assert len(window.session.trainer.history) == 23 and len(window.loss.ghost_data()[0]) == 12
    # Until the next reset.
    window.reset_weights()
    window.refresh_now()
    assert window.loss.branch_step() is None and len(window.loss.ghost_data()[0]) == 0


def test_double_click_on_the_curve_goes_back_to_that_step(window, qtbot):
    record = {0: weights(window)}
    train(window, qtbot, 20, record)
    view = window.loss.plot_item.getViewBox()
    scene_pos = view.mapViewToScene(QPointF(7, float(np.nanmean(window.loss.shown_data()[1]))))
    viewport = window.loss.plot_widget.viewport()
    pos = window.loss.plot_widget.mapFromScene(scene_pos)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    assert window.loss.cursor_step() == 7 and len(window.session.trainer.history) == 20
    # A double-click as the system sends it: press, release, double-click, release.
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)
    window.refresh_now()
    assert len(window.session.trainer.history) == 7 and same(weights(window), record[7])


def test_going_back_before_an_architecture_switch_switches_back(window, qtbot):
    train(window, qtbot, 6)
    window.set_arch("lenet5")
    train(window, qtbot, 4)
    window.session_files.restore(3)
    window.refresh_now()
    assert window.session.arch == "tutorial" and len(window.session.trainer.history) == 3
    assert window.findChild(QWidget, "arch_selector").currentText() == "Tutorial net (3×3 kernels)"


def test_a_saved_session_opens_to_the_same_screen(window, qtbot, open_window, tmp_path):
    draw_digit(window.findChild(QWidget, "canvas"), 2)
    window.refresh_now()
    window.set_target("2")
    window.set_lr(0.02)
    train(window, qtbot, 15)
    window.session_files.restore(9)
    train(window, qtbot, 4)
    path = tmp_path / "class.lenet"
    assert window.session_files.save(path)
    other = open_window()
    assert other.session_files.open(path)
    assert same(weights(other), weights(window))
    assert np.array_equal(other.canvas.image_array(), window.canvas.image_array())
    assert torch.equal(other.session.input, window.session.input)
    assert other.training.current_target()[0] == "2" and other.training.lr() == pytest.approx(0.02)
    x1, y1 = other.loss.shown_data()
    x0, y0 = window.loss.shown_data()
    assert np.array_equal(x1, x0) and np.array_equal(y1, y0, equal_nan=True)
    assert other.loss.branch_step() == 9 and len(other.loss.ghost_data()[0]) == 6
    # And it trains on exactly as the saved one does.
    train(window, qtbot, 3)
    train(other, qtbot, 3)
    assert same(weights(other), weights(window))


def test_a_bad_session_file_gets_a_message_and_changes_nothing(window, qtbot, tmp_path):
    train(window, qtbot, 5)
    before = weights(window)
    bad = tmp_path / "bad.lenet"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert not window.session_files.open(bad)
    assert "bad.lenet" in error_text(window)
    assert same(weights(window), before) and len(window.session.trainer.history) == 5


def test_file_menu_has_the_session_entries_with_free_keys(window):
    names = {a.objectName(): a for a in window.findChildren(type(window.menuBar().actions()[0]))}
    for name in ("save_session_action", "open_session_action", "export_script_action", "export_notebook_action"):
        assert name in names
    assert names["save_session_action"].shortcut().toString() == "Ctrl+Shift+S"
    assert names["open_session_action"].shortcut().toString() == "Ctrl+Shift+O"
    keys = [k.toString() for a in names.values() for k in a.shortcuts()]
    assert keys.count("Ctrl+Shift+S") == 1 and keys.count("Ctrl+Shift+O") == 1


def test_exports_from_the_window_write_script_and_notebook(window, qtbot, tmp_path):
    train(window, qtbot, 3)
    assert window.session_files.export_script(tmp_path / "l.py")
    assert window.session_files.export_notebook(tmp_path / "l.ipynb")
    assert (tmp_path / "l.py").is_file() and (tmp_path / "l.ipynb").is_file()
    assert not window.session_files.export_script(tmp_path / "missing" / "l.py")
    assert error_text(window).startswith("Could not write")



def test_the_timeline_and_the_session_entries_follow_a_language_switch(window, qtbot, back_to_english):
    draw_digit(window.findChild(QWidget, "canvas"), 4)
    train(window, qtbot, 10)
    window.loss.set_cursor(4)
    button = window.findChild(QPushButton, "loss_go_back_button")
    save = window.findChild(QAction, "save_session_action")
    window.findChild(QAction, "language_fr_action").trigger()
    assert button.text() == "Revenir" and save.text() == "Enregistrer la session…"
    assert window.loss.last_label.text().startswith("◀ pas 4 : perte")
    window.findChild(QAction, "language_ja_action").trigger()
    assert button.text() == "戻る" and save.text() == "セッションを保存…"
    assert save.statusTip().startswith("セッション全体を")
    window.findChild(QAction, "language_en_action").trigger()
    assert button.text() == "Go back" and save.text() == "Save session…"


def test_a_saved_session_reopens_its_lesson_at_its_step(window, qtbot, open_window, tmp_path):
    bar = window.lesson_bar
    assert bar.open_builtin("lesson1_tutorial.toml")
    bar.go_to(2)  # the shapes step
    window.set_lr(0.03)
    train(window, qtbot, 4)
    path = tmp_path / "class.lenet"
    assert window.session_files.save(path)
    other = open_window()
    assert other.lesson_bar.open_builtin("lesson2_draw_and_train.toml")  # another lesson was open there
    assert other.session_files.open(path)
    assert other.lesson_bar.isVisible() and other.lesson_bar.step_index() == 2
    assert other.lesson_bar.lesson().title["en"] == bar.lesson().title["en"]
    assert other.lesson_bar.highlighted() == "layer_table"
    assert other.docks["class_set"].isHidden()  # what the lesson hides is out of sight again
    # The step is shown as it was; its preset does not overwrite what the session holds.
    assert other.training.lr() == pytest.approx(0.03) and same(weights(other), weights(window))
    assert other.session.lesson_state == window.session.lesson_state
    # A session saved without a lesson closes the one that was open.
    bar.close_lesson()
    assert window.session_files.save(path)
    assert other.session_files.open(path)
    assert not other.lesson_bar.isVisible() and other.session.lesson_state == {}
    assert not other.docks["class_set"].isHidden()


def test_a_session_whose_lesson_file_is_gone_opens_and_says_so(window, qtbot, open_window, tmp_path):
    train(window, qtbot, 3)
    window.session.lesson_state = {"lesson": str(tmp_path / "moved.toml"), "step": 1}
    path = tmp_path / "class.lenet"
    assert window.session_files.save(path)
    other = open_window()
    assert other.session_files.open(path)
    assert "moved.toml" in error_text(other)
    assert len(other.session.trainer.history) == 3 and not other.lesson_bar.isVisible()
    assert other.session.lesson_state == {"lesson": str(tmp_path / "moved.toml"), "step": 1}


def branch_colour_pixels(window) -> int:
    """How many pixels of the loss plot, as painted, have the branch mark's colour."""
    from PySide6.QtGui import QColor, QImage

    from lenet_gui.ui.loss_plot import BRANCH_COLOUR

    image = window.loss.plot_widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    colour = QColor(BRANCH_COLOUR)
    bgr = np.array([colour.blue(), colour.green(), colour.red()], np.int16)
    return int((np.abs(pixels[:, :image.width(), :3].astype(np.int16) - bgr).max(axis=2) <= 24).sum())


def test_the_branch_point_stays_marked_when_a_setting_changed_there(window, qtbot):
    # Go back, change something, train on: the usual "what if". The change's marker sits after
    # the branch step, where the branch's dotted line is: the split must still be seen.
    train(window, qtbot, 12)
    window.session_files.restore(6)
    window.set_zero_grad(False)
    train(window, qtbot, 4)
    window.loss.show_all()
    window.refresh_now()
    assert window.loss.branch_step() == 6
    assert any(m.x == 6.5 for m in window.loss.markers())  # zero_grad off, after step 6
    assert branch_colour_pixels(window) >= 30


AUTO_LESSON = """
[lesson]
title.en = "Seven"
[[step]]
text.en = "Look at the canvas."
[[step]]
text.en = "Draw a 7."
[step.advance]
prediction = 7
auto = true
[[step]]
text.en = "Well done."
"""


def test_a_reopened_lesson_step_is_checked_against_the_sessions_drawing(open_window, qtbot, tmp_path):
    # The step's condition was read before the file's drawing replaced the window's own: a 7
    # on the canvas of the window opening the file met "prediction is 7" and skipped the step.
    lesson = tmp_path / "seven.toml"
    lesson.write_text(AUTO_LESSON, encoding="utf-8")
    saved = open_window()
    draw_digit(saved.findChild(QWidget, "canvas"), 3)
    saved.refresh_now()
    assert saved.lesson_bar.open_file(lesson)
    saved.lesson_bar.go_to(1)
    assert saved.lesson_bar.step_index() == 1 and saved.scores.prediction() == 3
    path = tmp_path / "class.lenet"
    assert saved.session_files.save(path)
    other = open_window()
    draw_digit(other.findChild(QWidget, "canvas"), 7)
    other.refresh_now()
    assert other.scores.prediction() == 7
    assert other.session_files.open(path)
    assert other.scores.prediction() == 3 and other.lesson_bar.step_index() == 1
