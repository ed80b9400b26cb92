"""Work run in Qt's thread pool with progress and Cancel; its result arrives as a signal in the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class BackgroundJob(QObject):
    """Subclasses implement work() and failure(); start() runs work() off the GUI thread.

    work() reports with self.progress(done, total) and checks self.cancelled(); its return value
    is emitted by succeeded, an exception becomes failed with failure()'s sentence. Signals sent
    after the window is gone (a deleted receiver) are dropped, and stop the work.
    """

    progressed = Signal(int, int)
    """(done, total)."""
    succeeded = Signal(object)
    """What work() returned."""
    failed = Signal(str, bool)
    """(a sentence for the user, whether the user stopped it)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._done = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Run(self))

    def cancel(self) -> None:
        """Ask the work to stop at its next check; it then fails as cancelled."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return not self._done.is_set()

    def work(self):
        raise NotImplementedError

    def failure(self, err: Exception) -> tuple[str, bool] | None:
        """(sentence, cancelled) for an error work() may raise; None lets the generic one stand."""
        return None

    def run(self) -> None:
        """The work itself, then its signal (the worker thread calls it; tests may call it directly)."""
        cancelled = False
        try:
            result = self.work()
        except Exception as err:  # noqa: BLE001 - the window must leave its "working" state
            said = self.failure(err)
            result, cancelled = said if said is not None else (f"{type(err).__name__}: {err}", False)
        finally:
            self._done.set()
        try:
            if isinstance(result, str):
                self.failed.emit(result, cancelled)
            else:
                self.succeeded.emit(result)
        except RuntimeError:
            pass  # the window was closed meanwhile

    def progress(self, done: int, total: int) -> None:
        try:
            self.progressed.emit(done, total)
        except RuntimeError:
            self._cancel.set()  # nobody is listening any more


class _Run(QRunnable):
    def __init__(self, job: BackgroundJob):
        super().__init__()
        self._job = job  # a Python reference keeps the job alive while it runs

    def run(self) -> None:
        self._job.run()
