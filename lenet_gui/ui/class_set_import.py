"""A class-set import run in a worker thread, with progress and Cancel, so the window never freezes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from ..core.classset import ClassSet, ClassSetError, ImportCancelled, ImportResult
from .background_job import BackgroundJob
from .language import tr_core


class ClassSetImport(BackgroundJob):
    """Imports one zip into a ClassSet off the GUI thread.

    progressed: (members looked at, members in the zip); succeeded: the ImportResult (the
    drawings are in the class set); failed: why nothing was imported, and whether the user
    cancelled it.
    """

    def __init__(self, class_set: ClassSet, path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.class_set = class_set
        self.path = Path(path)

    def work(self) -> ImportResult:
        self.class_set.import_zip(self.path, progress=self.progress, cancelled=self.cancelled)
        return self.class_set.last_import or ImportResult(0, 0, 0)

    def failure(self, err: Exception) -> tuple[str, bool]:
        if isinstance(err, ImportCancelled):
            return tr_core(err), True
        if isinstance(err, ClassSetError):
            return tr_core(err), False
        return QCoreApplication.translate(
            "ClassSetImport", "Could not import “{name}” ({kind}: {problem}). Nothing was imported.").format(
                name=self.path.name, kind=type(err).__name__, problem=tr_core(err)), False
