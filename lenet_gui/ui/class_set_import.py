"""A class-set import run in a worker thread, with progress and Cancel, so the window never freezes."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.classset import ClassSet, ClassSetError, ImportCancelled, ImportResult


class ClassSetImport(QObject):
    """Imports one zip into a ClassSet off the GUI thread; its signals arrive in the GUI thread."""

    progressed = Signal(int, int)
    """(members looked at, members in the zip)."""
    succeeded = Signal(object)
    """The ImportResult: the drawings are in the class set."""
    failed = Signal(str, bool)
    """(why nothing was imported: a sentence for the user, whether the user cancelled it)."""

    def __init__(self, class_set: ClassSet, path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.class_set = class_set
        self.path = Path(path)
        self._cancel = threading.Event()
        self._done = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Run(self))

    def cancel(self) -> None:
        """Ask the import to stop; it then fails with “cancelled” and keeps nothing."""
        self._cancel.set()

    def is_running(self) -> bool:
        return not self._done.is_set()

    def _run(self) -> None:
        cancelled = False
        try:
            self.class_set.import_zip(self.path, progress=self._progress, cancelled=self._cancel.is_set)
            result: ImportResult | str = self.class_set.last_import or ImportResult(0, 0, 0)
        except ImportCancelled as err:
            result, cancelled = str(err), True
        except ClassSetError as err:
            result = str(err)
        except Exception as err:  # noqa: BLE001 - the window must leave its "importing" state
            result = f"Could not import “{self.path.name}” ({type(err).__name__}: {err}). Nothing was imported."
        finally:
            self._done.set()
        try:
            if isinstance(result, str):
                self.failed.emit(result, cancelled)
            else:
                self.succeeded.emit(result)
        except RuntimeError:
            pass  # the window was closed meanwhile

    def _progress(self, done: int, total: int) -> None:
        try:
            self.progressed.emit(done, total)
        except RuntimeError:
            self._cancel.set()  # nobody is listening any more


class _Run(QRunnable):
    def __init__(self, job: ClassSetImport):
        super().__init__()
        self._job = job  # a Python reference keeps the job alive while it runs

    def run(self) -> None:
        self._job._run()
