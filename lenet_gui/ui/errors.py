"""Uncaught exceptions become a logged traceback and a friendly, non-blocking dialog."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from . import paths

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000  # then errors.log becomes errors.log.1 and a new one starts
MAX_DIALOGS = 3  # different errors shown at once; more are only counted
SHORT_TEXT = 300  # characters of the exception message shown in the dialog


class _LogFile(RotatingFileHandler):
    """errors.log, rotated by the standard handler; remembers a failed write instead of
    printing "--- Logging error ---", so the dialog can say the log could not be written."""

    failure: BaseException | None = None

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.failure = sys.exc_info()[1]


@dataclass(frozen=True)
class _Report:
    key: tuple[str, str, str]
    headline: str
    details: str
    log_path: Path | None
    log_problem: str


class ExceptionHandler(QObject):
    """sys.excepthook replacement: log the traceback, show it, keep the app running."""

    reported = Signal(object)
    """A _Report (plain strings and a path) on its way to the GUI thread; queued when the
    exception happened in another thread, because dialogs may only be made in the GUI thread."""

    def __init__(self, parent_getter: Callable[[], QWidget | None]):
        super().__init__()
        self._parent_getter = parent_getter
        self.last_message = ""  # the headline of the last dialog shown or updated
        self.last_dialog: QMessageBox | None = None
        self.log_path: Path | None = None
        self.handled = 0  # exceptions seen since install
        self.hidden = 0  # different errors not shown because MAX_DIALOGS were open
        # key → [dialog, how many times, informative text]
        self._open: dict[tuple[str, str, str], list] = {}
        self._log: _LogFile | None = None  # opened at the first error
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        self.reported.connect(self._show)

    # -- hooks -----------------------------------------------------------------------------
    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)  # Ctrl+C in the terminal still quits
            return
        try:
            self.handled += 1
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            sys.stderr.write(details)
            log_path, problem = self._write_log(details)
            self.log_path = log_path or self.log_path
            message = str(exc)
            if len(message) > SHORT_TEXT:
                message = message[:SHORT_TEXT] + "…"
            name = getattr(exc_type, "__name__", "Error")
            headline = f"{name}: {message}" if message else name
            frame = traceback.extract_tb(tb)[-1] if tb is not None else None
            where = f"{frame.filename}:{frame.lineno}" if frame else ""
            self.reported.emit(_Report((name, str(exc), where), headline, details, log_path, problem))
        except Exception:  # noqa: BLE001 - the hook must never raise; fall back to stderr
            sys.__excepthook__(exc_type, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        """Put back the hooks that were there before install_excepthook; close the log file."""
        if sys.excepthook is self:
            sys.excepthook = self._previous
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread
        self._close_log()

    def close_dialogs(self) -> None:
        for box, _, _ in list(self._open.values()):
            box.close()
        self._open.clear()

    # -- log -------------------------------------------------------------------------------
    def _write_log(self, details: str) -> tuple[Path | None, str]:
        try:
            path = paths.log_dir() / LOG_NAME
        except OSError as err:  # no log folder (a read-only home): the dialog still shows
            return None, err.strerror or str(err)
        if self._log is None or self._log.baseFilename != os.path.abspath(path):
            self._close_log()
            # delay: the file is opened at the first record, not here.
            self._log = _LogFile(path, maxBytes=MAX_LOG_BYTES, backupCount=1,
                                 encoding="utf-8", errors="replace", delay=True)
            self._log.setFormatter(logging.Formatter("=== %(asctime)s ===\n%(message)s\n",
                                                     datefmt="%Y-%m-%d %H:%M:%S"))
        self._log.failure = None
        self._log.handle(logging.makeLogRecord({"msg": details, "levelno": logging.ERROR,
                                                "levelname": "ERROR"}))
        if self._log.failure is not None:
            err = self._log.failure
            self._close_log()
            return None, getattr(err, "strerror", None) or str(err)
        return path, ""

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    # -- dialog ----------------------------------------------------------------------------
    def _show(self, report: _Report) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or QThread.currentThread() != app.thread():
            return  # no widgets possible: the log and stderr have it
        if report.key in self._open:
            slot = self._open[report.key]
            slot[1] += 1
            times = slot[1]
            slot[0].setText(_friendly(report) + "\n\n" + self.tr("(This happened %n times.)", "", times))
            self.last_message, self.last_dialog = report.headline, slot[0]
            return
        if len(self._open) >= MAX_DIALOGS:
            self.hidden += 1
            hidden = self.hidden
            box, _, info = list(self._open.values())[-1]  # the newest dialog carries the count
            box.setInformativeText(
                info + "\n\n" + self.tr("%n more different errors were only written to the log.", "", hidden)
            )
            return
        box = QMessageBox(self._parent())
        box.setObjectName("error_dialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages are data, never markup
        box.setText(_friendly(report))
        info = _informative(report)
        box.setInformativeText(info)
        box.setDetailedText(report.details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.NonModal)  # the lesson goes on behind it
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, key=report.key: self._forget(key))
        self._open[report.key] = [box, 1, info]
        self.last_message, self.last_dialog = report.headline, box
        box.show()

    def _forget(self, key: tuple[str, str, str]) -> None:
        slot = self._open.pop(key, None)
        if slot is not None and slot[0] is self.last_dialog:
            self.last_dialog = None  # it deletes itself on close

    def _parent(self) -> QWidget | None:
        try:
            parent = self._parent_getter()
        except Exception:  # noqa: BLE001 - a broken window must not hide the error
            return None
        return parent if isinstance(parent, QWidget) else None


def _friendly(report: _Report) -> str:
    return QCoreApplication.translate("Errors", "Something went wrong inside lenet-gui:") + "\n" + report.headline


def _informative(report: _Report) -> str:
    if report.log_path is not None:
        where = QCoreApplication.translate("Errors", "The details were written to:") + f"\n{report.log_path}"
    else:
        where = QCoreApplication.translate("Errors", "The details could not be written to a log file ({problem}).").format(
            problem=report.log_problem)
    return QCoreApplication.translate("Errors", "lenet-gui keeps running; you can carry on.") + "\n" + where



def install_excepthook(parent_getter: Callable[[], QWidget | None]) -> ExceptionHandler:
    """Route uncaught exceptions (GUI and Python threads) to a handler; undo with .uninstall().

    Create it in the GUI thread (it is a QObject living there).
    """
    handler = ExceptionHandler(parent_getter)
    sys.excepthook = handler
    threading.excepthook = handler._thread_hook
    return handler


def show_error(parent: QWidget | None, title: str, text: str, details: str | None = None
               ) -> QMessageBox:
    """A clear, non-blocking error message (opened, never exec'd).

    With a parent the dialog is window-modal and deletes itself when closed; without one the
    caller must keep the returned box alive while it is shown.
    """
    box = QMessageBox(parent)
    box.setObjectName("error_message")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
