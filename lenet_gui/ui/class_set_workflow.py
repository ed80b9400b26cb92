"""The class set's workflows: add, delete and undo, relabel, load, import, export, evaluate and train on it."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject

from ..core import one_hot, preprocess
from ..core.classset import ClassSetError
from ..core.evaluate import holdout_split
from . import language
from .class_set_evaluation import HOLDOUT_FRACTION, HOLDOUT_SEED, ClassSetEvaluationJob
from .class_set_import import ClassSetImport


class ClassSetWorkflow(QObject):
    """What the Class set and Evaluation panels ask for, done on the window's class set.

    Reads the window's `class_set`, `session`, `canvas`, `browser` and `evaluation`; a failure
    is said in a dialog and the status bar, and leaves the class set as it was.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.import_job: ClassSetImport | None = None  # the import running, if any
        self.evaluation_job: ClassSetEvaluationJob | None = None  # the evaluation running

    def add_drawing(self) -> None:
        w = self.window
        spec = w.session.target_spec
        if w.canvas.is_empty():
            w.report_error(self.tr("Nothing to add"), self.tr("Draw a digit first."))
            return
        if spec not in {str(d) for d in range(10)}:
            w.report_error(self.tr("Choose a digit"), self.tr("Pick the digit you drew as the target (0–9); it becomes the label."))
            return
        try:
            w.class_set.add(w.canvas.image_array(), int(spec))
        except (OSError, ValueError) as err:
            w.report_error(self.tr("Could not add the drawing"), language.tr_core(err))
            return
        self.show()

    def show(self) -> None:
        """The browser's thumbnails, the held-out marks and the Evaluation panel's counts, as they are now."""
        w = self.window
        # Thumbnails are decoded lazily in worker threads (ClassSet.image is thread-safe).
        w.browser.set_entries([(e.id, e.label) for e in w.class_set.entries()],
                              loader=w.class_set.image)
        w.browser.set_undo_available(w.class_set.undo_count, w.class_set.undo_is_delete_all)
        w.browser.set_notice(language.sentences(*(language.tr_core(s) for s in w.class_set.set_aside)))
        held = self.held_out()
        w.browser.set_held_out(held or ())
        w.evaluation.set_holdout_info(len(held or ()), len(w.class_set))
        report = w.evaluation.report()
        if report is not None:
            w.evaluation.set_outdated(set(report.ids) != {e.id for e in w.class_set.entries()})

    def held_out(self) -> set[str] | None:
        """Ids of the drawings held out for testing, or None when the split is off."""
        w = self.window
        if not w.evaluation.holdout():
            return None
        return set(holdout_split([e.id for e in w.class_set.entries()], HOLDOUT_FRACTION, HOLDOUT_SEED)[1])

    def set_holdout(self, on: bool) -> None:
        """Hold out a fixed fifth of the class set from training (kept in the settings)."""
        w = self.window
        w.evaluation.set_holdout(on)
        w.settings.set("class_set/hold_out", bool(on))
        self.show()
        if w.evaluation.report() is not None:
            self.evaluate()  # the panel then shows both sides at once

    def evaluate(self) -> None:
        """Run the current net on every class-set drawing in the background; the panel shows it."""
        w = self.window
        if self.evaluation_job is not None and self.evaluation_job.is_running():
            self.evaluation_job.cancel()  # the newer net or split wins
        if len(w.class_set) == 0:
            w.evaluation.set_message(self.tr("The class set is empty: add drawings first (draw, pick the "
                                             "digit as target, press “Add drawing”)."))
            return
        # A copy: training may change the weights while the worker reads them.
        job = ClassSetEvaluationJob(w.class_set, copy.deepcopy(w.session.net), self.held_out())
        # Bound methods, not lambdas: Qt drops them if the window is gone before the job ends.
        job.progressed.connect(self._evaluation_progress)
        job.succeeded.connect(self._evaluated)
        job.failed.connect(self._evaluation_failed)
        self.evaluation_job = job
        w.evaluation.set_running(True)
        w.evaluation.set_progress(0, len(w.class_set))
        job.start()

    def cancel_evaluation(self) -> None:
        if self.evaluation_job is not None:
            self.evaluation_job.cancel()

    def _evaluation_progress(self, done: int, total: int) -> None:
        w = self.window
        if self.sender() is self.evaluation_job:  # not one a newer evaluation replaced
            w.evaluation.set_progress(done, total)

    def _evaluated(self, report) -> None:
        w = self.window
        if self.sender() is not self.evaluation_job:
            return  # a newer evaluation replaced this one
        w.evaluation.set_running(False)
        w.evaluation.show_report(report)
        self.show()  # the results are current: no "changed since" note

    def _evaluation_failed(self, text: str, cancelled: bool) -> None:
        w = self.window
        if self.sender() is not self.evaluation_job:
            return
        w.evaluation.set_running(False)
        w.evaluation.set_message(text)

    def delete_all(self) -> None:
        """Remove every drawing (the browser asked for confirmation); undo brings them back."""
        w = self.window
        self._call(w.class_set.delete_all)
        if w.class_set.can_undo_delete_all:
            w.statusBar().showMessage(self.tr("Deleted every drawing of the class set; "
                                              "“Undo delete all” brings them back."), 8000)

    def undo_delete_all(self) -> None:
        self._call(self.window.class_set.undo_delete_all)

    def delete(self, entry_id: str) -> None:
        w = self.window
        if self._call(w.class_set.delete, entry_id):  # kept for undo (not a file already gone)
            w.statusBar().showMessage(self.tr("Deleted one drawing; “Undo delete” (Ctrl+Z in the list) "
                                              "brings it back."), 8000)

    def relabel(self, entry_id: str, label: int) -> None:
        self._call(self.window.class_set.relabel, entry_id, label)

    def _call(self, fn, *args):
        """fn(*args), its error reported; what it returned (None after an error)."""
        w = self.window
        result = None
        try:
            result = fn(*args)
        except (OSError, ValueError, KeyError) as err:
            w.report_error(self.tr("Class set"), language.tr_core(err))
        self.show()
        return result

    def load(self, entry_id: str) -> None:
        w = self.window
        try:
            w.canvas.set_image(w.class_set.image(entry_id))
        except KeyError:  # e.g. a mistake listed by an evaluation, deleted since
            w.report_error(self.tr("Could not load the drawing"), self.tr("That drawing is no longer in the class set."))
        except (OSError, ValueError) as err:
            w.report_error(self.tr("Could not load the drawing"), language.tr_core(err))

    def train(self, epochs: int) -> None:
        """Train on the class's drawings, epoch by epoch, without freezing the window."""
        w = self.window
        w.set_playing(False)
        held = self.held_out() or set()
        images, labels = [], []
        for e in w.class_set.entries():
            if e.id in held:
                continue  # held out for testing: never trained on
            try:
                images.append(w.class_set.image(e.id))
            except (ClassSetError, KeyError):
                continue  # damaged or deleted meanwhile: left out, as the thumbnail shows
            labels.append(e.label)
        if len(labels) == 0:
            if held:
                w.report_error(self.tr("Every drawing is held out"), self.tr(
                    "All the drawings are held out for testing: "
                    "add more drawings, or untick “Hold out” in the Evaluation panel."))
            else:
                w.report_error(self.tr("The class set is empty"),
                         self.tr("Add some drawings first: draw, pick the digit as target, press Add."))
            return
        inputs = [(preprocess(img), one_hot(int(lab))) for img, lab in zip(images, labels, strict=True)]
        w.gradient_presenter.forget()
        w.browser.set_busy(True)
        w.controller.train_on(inputs, epochs)

    def training_ended(self, done: int, finished: bool) -> None:
        w = self.window
        w.browser.set_busy(False)
        w.browser.set_progress(0, 0)
        if finished:
            w.statusBar().showMessage(self.tr("Trained %n steps on the class set.", "", done), 5000)
            if w.evaluation.report() is not None:
                self.evaluate()  # the results shown are for the net as it is now

    def import_zip(self, path: str | Path) -> None:
        """Start adding the drawings of a class-set zip in the background (progress, Cancel).

        All or nothing; damaged members are skipped and counted in the status bar.
        """
        w = self.window
        if self.import_job is not None and self.import_job.is_running():
            w.report_error(self.tr("Already importing"), self.tr("Wait for the import that is running, or cancel it."))
            return
        job = ClassSetImport(w.class_set, path)  # no Qt parent: it may outlive the window
        job.progressed.connect(w.browser.set_progress)
        job.succeeded.connect(self._imported)
        job.failed.connect(self._import_failed)
        self.import_job = job
        w.browser.set_importing(True)
        w.browser.set_progress(0, 1)
        job.start()

    def cancel_import(self) -> None:
        if self.import_job is not None:
            self.import_job.cancel()

    def _imported(self, result) -> None:
        w = self.window
        w.browser.set_importing(False)
        self.show()
        message = self.tr("Imported %n drawings", "", result.added)
        if result.skipped_duplicate:
            message += self.tr("; %n were already there", "", result.skipped_duplicate)
        if result.skipped_bad:
            message += self.tr("; skipped %n damaged ones", "", result.skipped_bad)
        w.statusBar().showMessage(message + self.tr("."), 8000)

    def _import_failed(self, text: str, cancelled: bool) -> None:
        w = self.window
        w.browser.set_importing(False)
        self.show()
        if cancelled:
            w.statusBar().showMessage(language.tr_core(text), 8000)
        else:
            w.report_error(self.tr("Could not import the class set"), language.tr_core(text))

    def export_zip(self, path: str | Path) -> bool:
        w = self.window
        try:
            count = w.class_set.export_zip(path)
        except (OSError, ValueError) as err:
            w.report_error(self.tr("Could not export the class set"), language.tr_core(err))
            return False
        w.statusBar().showMessage(self.tr("Exported %n drawings to {name}.", "", count).format(
            name=Path(path).name), 8000)
        return True
