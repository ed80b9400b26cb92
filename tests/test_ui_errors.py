"""The exception hook: logs with traceback, one non-blocking dialog per burst, app keeps going."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from lenet_gui.ui import errors
from lenet_gui.ui.errors import install_excepthook, show_error


def _exc_info(exc: BaseException):
    try:
        raise exc
    except BaseException:  # noqa: BLE001
        return sys.exc_info()


@pytest.fixture
def window(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def hook(tmp_settings, window, qtbot):
    before = sys.excepthook, threading.excepthook
    h = install_excepthook(lambda: window)
    yield h
    h.close_dialogs()
    h.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def _dialogs() -> list[QMessageBox]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "error_dialog" and w.isVisible()]


def test_direct_call_logs_and_shows_a_non_blocking_dialog(hook, tmp_settings, window, capsys):
    hook(*_exc_info(ValueError("the target must have shape (1, 10)")))
    log = tmp_settings / "logs" / "errors.log"
    text = log.read_text()
    assert "Traceback" in text and "ValueError: the target must have shape (1, 10)" in text
    assert "===" in text  # timestamp header
    assert hook.last_message == "ValueError: the target must have shape (1, 10)"
    box = hook.last_dialog
    assert box is not None and box.isVisible() and box.parent() is window
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert str(log) in box.informativeText() and "keeps running" in box.informativeText()
    assert box.text().startswith("Something went wrong") and hook.last_message in box.text()
    assert "Traceback" in box.detailedText()
    assert "ValueError" in capsys.readouterr().err  # developers still see it in the terminal
    assert hook.log_path == log


def test_burst_of_identical_errors_opens_one_dialog(hook):
    for _ in range(40):
        hook(*_exc_info(ZeroDivisionError("division by zero")))
    assert len(_dialogs()) == 1
    assert "40 times" in hook.last_dialog.text()
    assert hook.handled == 40


def test_many_different_errors_are_capped(hook):
    for k in range(10):
        hook(*_exc_info(RuntimeError(f"problem {k}")))
    assert len(_dialogs()) == errors.MAX_DIALOGS
    assert hook.hidden == 10 - errors.MAX_DIALOGS
    assert "more different error" in _dialogs()[-1].informativeText() or any(
        "more different error" in d.informativeText() for d in _dialogs())
    text = (hook.log_path).read_text()
    assert all(f"problem {k}" in text for k in range(10))  # all are in the log


def test_closing_the_dialog_lets_the_next_error_show_again(hook, qtbot):
    hook(*_exc_info(KeyError("x")))
    first = hook.last_dialog
    first.close()
    qtbot.waitUntil(lambda: not _dialogs())
    assert hook.last_dialog is None
    hook(*_exc_info(KeyError("x")))
    assert len(_dialogs()) == 1 and "times" not in hook.last_dialog.text()


def test_long_messages_are_shortened_and_markup_is_not_rendered(hook):
    hook(*_exc_info(ValueError("<b>bold</b>" + "x" * 5000)))
    box = hook.last_dialog
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert len(box.text()) < 400 and box.text().endswith("…")
    assert "x" * 5000 in box.detailedText()


def test_log_rotates_when_large(hook, tmp_settings, monkeypatch):
    monkeypatch.setattr(errors, "MAX_LOG_BYTES", 200)
    hook(*_exc_info(ValueError("a" * 300)))
    hook(*_exc_info(ValueError("b")))
    logs = tmp_settings / "logs"
    assert "a" * 300 in (logs / "errors.log.1").read_text()
    assert "ValueError: b" in (logs / "errors.log").read_text()


def test_the_log_keeps_one_old_file_only(hook, tmp_settings, monkeypatch):
    monkeypatch.setattr(errors, "MAX_LOG_BYTES", 300)
    for k in range(12):
        hook(*_exc_info(ValueError(f"error number {k} " + "x" * 200)))
    logs = tmp_settings / "logs"
    assert sorted(p.name for p in logs.iterdir()) == ["errors.log", "errors.log.1"]
    assert "error number 11" in (logs / "errors.log").read_text()


def test_a_log_folder_that_cannot_be_made_still_shows_the_dialog(tmp_path, monkeypatch, window, capsys):
    (tmp_path / "file").write_text("a file where the home folder should be")
    monkeypatch.setenv("LENET_GUI_HOME", str(tmp_path / "file" / "home"))
    h = install_excepthook(lambda: window)
    try:
        h(*_exc_info(ValueError("no home")))
        assert h.last_message == "ValueError: no home" and h.log_path is None
        assert "could not be written" in h.last_dialog.informativeText()
    finally:
        h.close_dialogs()
        h.uninstall()


def test_a_log_that_cannot_be_opened_is_reported_in_the_dialog_only(hook, tmp_settings, capsys):
    (tmp_settings / "logs" / "errors.log").mkdir(parents=True)  # a folder where the file goes
    hook(*_exc_info(ValueError("first")))
    assert "could not be written" in hook.last_dialog.informativeText()
    assert "Logging error" not in capsys.readouterr().err  # the logging module stays quiet
    (tmp_settings / "logs" / "errors.log").rmdir()
    hook(*_exc_info(ValueError("second")))  # once it can be written again, it is
    assert "ValueError: second" in (tmp_settings / "logs" / "errors.log").read_text()


def test_unwritable_log_still_shows_the_dialog(hook, tmp_settings):
    (tmp_settings / "logs").rmdir() if (tmp_settings / "logs").exists() else None
    tmp_settings.mkdir(parents=True, exist_ok=True)
    (tmp_settings / "logs").write_text("a file where the folder should be")
    hook(*_exc_info(OSError("disk")))
    assert hook.last_message == "OSError: disk"
    assert "could not be written" in hook.last_dialog.informativeText()


def test_parent_getter_that_fails_gives_a_parentless_dialog(tmp_settings, qtbot):
    def broken():
        raise RuntimeError("window is gone")

    h = install_excepthook(broken)
    try:
        h(*_exc_info(ValueError("v")))
        assert h.last_dialog.parent() is None and h.last_dialog.isVisible()
    finally:
        h.close_dialogs()
        h.uninstall()


def test_keyboard_interrupt_goes_to_previous_hook(tmp_settings, window):
    seen = []
    old = sys.excepthook
    sys.excepthook = lambda *a: seen.append(a[0])
    try:
        h = install_excepthook(lambda: window)
        h(*_exc_info(KeyboardInterrupt()))
        assert seen == [KeyboardInterrupt] and h.handled == 0
        h.uninstall()
        assert sys.excepthook is not h
    finally:
        sys.excepthook = old


class _Thrower(QObject):
    fire = Signal()

    def __init__(self):
        super().__init__()
        self.after = []
        self.fire.connect(self.boom)

    def boom(self):
        raise ValueError("raised in a slot")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_hook_and_the_app_keeps_running(hook, qtbot):
    button = QPushButton("boom")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert hook.last_message == "ZeroDivisionError: division by zero"
    # The event loop still runs: a timer fires afterwards.
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])
    thrower = _Thrower()
    thrower.fire.emit()
    assert hook.last_message == "ValueError: raised in a slot"
    assert len(_dialogs()) == 2


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_python_thread_is_shown_in_the_gui_thread(hook, qtbot):
    t = threading.Thread(target=lambda: [][1])
    t.start()
    t.join()
    qtbot.waitUntil(lambda: hook.last_message.startswith("IndexError"))
    assert hook.last_dialog.isVisible()


def test_show_error_is_non_blocking(window, qtbot):
    box = show_error(window, "Cannot open weights", "“x.pt” is empty (0 bytes).", details="more")
    assert box.isVisible() and box.windowTitle() == "Cannot open weights"
    assert box.text() == "“x.pt” is empty (0 bytes)." and box.detailedText() == "more"
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    loose = show_error(None, "t", "no parent")
    qtbot.addWidget(loose)
    assert loose.isVisible()
