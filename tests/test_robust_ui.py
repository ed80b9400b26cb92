"""Crashes inside slots and event handlers, damaged settings, and a clean start as a process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QMessageBox,
    QPushButton,
    QWidget,
)

from lenet_gui.replay import draw_digit
from lenet_gui.ui.canvas import DEFAULT_BRUSH
from lenet_gui.ui.errors import LOG_NAME, install_excepthook
from lenet_gui.ui.main_window import LAYOUT_VERSION, MainWindow
from tests.helpers_ui import error_text

ROOT = Path(__file__).resolve().parents[1]


def make_window(qtbot) -> MainWindow:
    w = MainWindow(random_weights=True, seed=2)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.refresh_now()
    return w


@pytest.fixture
def window(qtbot, tmp_settings):
    return make_window(qtbot)


@pytest.fixture
def hook(window):
    h = install_excepthook(lambda: window)
    yield h
    h.close_dialogs()
    h.uninstall()


def post_stroke(qtbot, widget: QWidget, points) -> None:
    """A stroke delivered by the event loop, as the app gets it from the mouse.

    (An event sent directly from Python hands an override's exception back to the sender;
    from the event loop it goes to sys.excepthook, which is what this file tests.)
    """
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    kinds = [QEvent.Type.MouseButtonPress] + [QEvent.Type.MouseMove] * (len(points) - 2) + [
        QEvent.Type.MouseButtonRelease]
    for i, (kind, (x, y)) in enumerate(zip(kinds, points, strict=True)):
        button = none if kind == QEvent.Type.MouseMove else left
        held = none if i == len(points) - 1 else left
        local = QPointF(x, y)
        event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(local.toPoint())), button, held,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.postEvent(widget, event)
    qtbot.wait(20)


def steps(window) -> int:
    return len(window.session.trainer.history)


def assert_reported(hook, tmp_settings, message: str) -> None:
    """A details dialog is on screen and the traceback is in the per-user log."""
    assert message in hook.last_message
    box = hook.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible() and box.objectName() == "error_dialog"
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert "Traceback" in box.detailedText() and message in box.detailedText()
    log = tmp_settings / "logs" / LOG_NAME
    assert hook.log_path == log and message in log.read_text(encoding="utf-8")
    assert str(log) in box.informativeText()


# -- uncaught exceptions in slots and event handlers ----------------------------------------------
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_button_slot_is_reported_and_the_window_goes_on(window, hook, qtbot,
                                                                        tmp_settings, monkeypatch):
    button = window.findChild(QPushButton, "backprop_button")
    real_step = window.session.trainer.step
    calls = []

    def broken_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bug in the backprop step")
        return real_step(*args, **kwargs)

    monkeypatch.setattr(window.session.trainer, "step", broken_once)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert hook.handled == 1
    assert_reported(hook, tmp_settings, "a bug in the backprop step")
    assert steps(window) == 0
    # Another click steps as if nothing happened.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.refresh_now()
    assert steps(window) == 1 and window.training.step_label.text() == "step 1"
    assert hook.handled == 1


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_mouse_handler_is_reported_and_drawing_goes_on(window, hook, qtbot,
                                                                       tmp_settings, monkeypatch):
    surface = window.findChild(QWidget, "canvas")

    def broken(event):
        raise ValueError("the pen broke")

    monkeypatch.setattr(surface, "mousePressEvent", broken)  # Qt's own handler, overridden
    post_stroke(qtbot, surface, [(100, 100), (150, 160), (200, 220)])
    assert_reported(hook, tmp_settings, "the pen broke")
    monkeypatch.undo()
    draw_digit(surface, 1)
    window.refresh_now()
    assert float(window.session.input.sum()) > 10
    assert hook.handled == 1


@pytest.mark.qt_no_exception_capture
def test_an_exception_while_refreshing_a_panel_is_reported_and_the_next_frame_works(
        window, hook, qtbot, tmp_settings, monkeypatch):
    real = window.scores.set_scores
    monkeypatch.setattr(window.scores, "set_scores", lambda *a: 1 / 0)
    draw_digit(window.findChild(QWidget, "canvas"), 7)  # the frame timer refreshes: it raises
    qtbot.waitUntil(lambda: hook.handled >= 1, timeout=5000)
    assert_reported(hook, tmp_settings, "division by zero")
    monkeypatch.setattr(window.scores, "set_scores", real)
    window.step(1)
    window.refresh_now()
    assert steps(window) == 1 and float(window.session.input.sum()) > 10


@pytest.mark.qt_no_exception_capture
def test_an_exception_while_playing_stops_play_instead_of_repeating_forever(window, hook, qtbot,
                                                                          tmp_settings, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("step failed during Play")

    monkeypatch.setattr(window.session.trainer, "step", broken)
    play = window.findChild(QPushButton, "play_button")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.handled >= 1, timeout=5000)
    # Let the event loop run: a timer that kept firing would raise again and again.
    qtbot.wait(200)
    assert hook.handled == 1, f"Play kept running into the error ({hook.handled} times)"
    assert not window.is_playing() and not play.isChecked() and play.text() == "Play"
    assert_reported(hook, tmp_settings, "step failed during Play")
    monkeypatch.undo()
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: steps(window) >= 5, timeout=5000)
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not window.is_playing()


@pytest.mark.qt_no_exception_capture
def test_an_exception_while_training_on_the_class_set_stops_it(window, hook, qtbot, tmp_settings,
                                                               monkeypatch):
    surface = window.findChild(QWidget, "canvas")
    for d in (3, 8):
        window.canvas.clear()
        draw_digit(surface, d)
        window.set_target(str(d))
        window.refresh_now()
        window.add_drawing_to_class_set()
    assert len(window.class_set) == 2

    def broken(*args, **kwargs):
        raise RuntimeError("class-set step failed")

    monkeypatch.setattr(window.session.trainer, "step", broken)
    window.train_on_class_set(50)
    qtbot.waitUntil(lambda: hook.handled >= 1, timeout=5000)
    qtbot.wait(200)
    assert hook.handled == 1 and not window.is_training_on_class_set()
    train = window.browser.train_button
    assert train.text() == "Train on class set"  # not stuck in "Stop training"
    monkeypatch.undo()
    window.step(1)  # single steps are allowed again
    assert steps(window) == 1


# -- damaged settings ---------------------------------------------------------------------------------
def _dock_layout(w: MainWindow) -> dict:
    return {name: (w.dockWidgetArea(d), d.isVisible(), d.isFloating()) for name, d in w.docks.items()}


@pytest.fixture
def default_layout(qtbot, tmp_settings, tmp_path, monkeypatch):
    """The dock layout of a window started with no settings at all (in its own home folder)."""
    monkeypatch.setenv("LENET_GUI_HOME", str(tmp_path / "clean_home"))
    w = make_window(qtbot)
    layout = _dock_layout(w)
    w.hide()
    # Back to the test's own home; never fall through to the user's real settings.
    monkeypatch.setenv("LENET_GUI_HOME", str(tmp_settings))
    return layout


def _other_version_state(qtbot, version: int) -> QByteArray:
    w = MainWindow(random_weights=True)
    qtbot.addWidget(w)
    w.docks["loss"].setFloating(True)
    w.docks["maps"].hide()
    return w.saveState(version)


GARBAGE = {
    "wrong types": {
        "train/lr": "fast", "net/arch": "resnet152", "canvas/brush": "thick",
        "window/layout_version": "one", "window/geometry": "not bytes", "window/state": "12",
    },
    "huge numbers": {
        "train/lr": "1e308", "net/arch": "1e999", "canvas/brush": "99999999999999999999999",
        "window/layout_version": "1e400",
    },
    "negative and odd numbers": {
        "train/lr": "-3", "canvas/brush": "-40", "window/layout_version": "-1",
    },
    "nan and inf": {"train/lr": "nan", "canvas/brush": "inf", "window/layout_version": "nan"},
    "random bytes for the layout": {"window/layout_version": 1},  # bytes added below
    "a layout from another version": {"window/layout_version": 1},  # state added below
    "a layout version from the future": {"window/layout_version": 99},  # real state added below
}


@pytest.mark.parametrize("kind", list(GARBAGE))
def test_damaged_settings_start_with_defaults_and_no_error(qtbot, tmp_settings, default_layout, kind):
    layout = default_layout
    tmp_settings.mkdir(parents=True, exist_ok=True)
    q = QSettings(str(tmp_settings / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in GARBAGE[kind].items():
        q.setValue(key, value)
    rng = np.random.default_rng(5)
    if kind == "random bytes for the layout":
        q.setValue("window/geometry", QByteArray(rng.integers(0, 256, 300, dtype=np.uint8).tobytes()))
        q.setValue("window/state", QByteArray(rng.integers(0, 256, 2000, dtype=np.uint8).tobytes()))
    elif kind == "a layout from another version":
        q.setValue("window/state", _other_version_state(qtbot, LAYOUT_VERSION + 6))
    elif kind == "a layout version from the future":
        q.setValue("window/state", _other_version_state(qtbot, LAYOUT_VERSION))
    q.sync()
    del q
    w = make_window(qtbot)
    assert w.session.trainer.lr == 0.01 and w.training.lr() == 0.01
    assert w.session.arch == "tutorial"
    assert w.canvas.brush_width() == DEFAULT_BRUSH
    assert _dock_layout(w) == layout
    assert error_text(w) == "" and not w.findChildren(QMessageBox)
    # The damaged values are replaced by good ones when the window closes.
    w.close()
    again = Path(tmp_settings / "settings.ini").read_text(encoding="utf-8", errors="replace")
    assert "lr=0.01" in again and "arch=tutorial" in again


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe garbage \x89PNG" * 300,
    b"[window]\nstate=@ByteArray(\nlayout_version=1\n[[[train]\nlr==\n",
    ("[train]\nlr=" + "9" * 100_000 + "\n").encode(),
    b"[General]\n" + b"key=value\n" * 5000,
])
def test_an_unreadable_settings_file_starts_with_defaults(qtbot, tmp_settings, default_layout, content):
    layout = default_layout
    tmp_settings.mkdir(parents=True, exist_ok=True)
    (tmp_settings / "settings.ini").write_bytes(content)
    w = make_window(qtbot)
    assert w.session.trainer.lr == 0.01 and w.session.arch == "tutorial"
    assert w.canvas.brush_width() == DEFAULT_BRUSH
    assert _dock_layout(w) == layout
    assert error_text(w) == "" and not w.findChildren(QMessageBox)
    w.close()
    assert "lr=0.01" in (tmp_settings / "settings.ini").read_text(encoding="utf-8", errors="replace")


def test_good_settings_are_still_honoured(qtbot, tmp_settings):
    w = make_window(qtbot)
    w.findChild(QComboBox, "arch_selector")  # exists
    w.set_lr(0.05)
    w.set_arch("lenet5")
    w.canvas.set_brush_width(33)
    w.docks["code"].close()
    w.close()
    again = make_window(qtbot)
    assert again.session.trainer.lr == 0.05 and again.session.arch == "lenet5"
    assert again.canvas.brush_width() == 33
    assert not again.docks["code"].isVisible()
    assert again.findChild(QDockWidget, "dock_code") is again.docks["code"]


# -- the app as a process ----------------------------------------------------------------------------
def _run_app(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LENET_GUI_HOME=str(home),
               PYQTGRAPH_QT_LIB="PySide6")
    return subprocess.run([sys.executable, "-m", "lenet_gui", "--quit-after", "300", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


def test_the_app_starts_and_quits_cleanly_as_a_process(tmp_path):
    home = tmp_path / "home"
    done = _run_app(home)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
    # closeEvent ran: the settings were written, as when a student quits.
    from lenet_gui.ui.main_window import LAYOUT_VERSION

    assert f"layout_version={LAYOUT_VERSION}" in (home / "settings.ini").read_text()


def test_the_app_starts_with_damaged_settings_and_other_options(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.ini").write_bytes(b"\x00\xff[window]\nstate=@ByteArray(\x01\x02)\ngeometry=5\n")
    done = _run_app(home, "--arch", "lenet5", "--random", "--seed", "7")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "arch=lenet5" in (home / "settings.ini").read_text(errors="replace")


def test_help_names_every_option(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LENET_GUI_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "lenet_gui", "--help"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    for option in ("--arch", "--random", "--seed", "--quit-after"):
        assert option in done.stdout


def test_closing_the_window_stops_play(window, qtbot):
    """Closing stops Play and the frame timer; no step runs in a closed window."""
    window.set_playing(True)
    qtbot.waitUntil(lambda: steps(window) > 0, timeout=5000)
    window.close()
    n = steps(window)
    assert not window.is_playing()
    qtbot.wait(200)  # Play's timer, had it kept running, would have stepped many times by now
    assert steps(window) == n
