"""The window's File menu entries for whole sessions (save, open, export) and going back in training."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ..core import Session
from ..core.session_file import SUFFIX
from . import language
from .numbers import fmt_int


class SessionFiles(QObject):
    """Saves, opens and exports the window's session, and restores a step the loss plot picks.

    Each method takes a path (tests call them directly); the menu entries ask for one first.
    A failure shows a clear message and leaves the window's session as it was.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def _entry_texts(self) -> list[tuple[str, str]]:
        """Each menu entry's text and tip, in the current language."""
        return [
            (self.tr("Save session…"),
             self.tr("Save the whole session in one file: weights, loss history, timeline, drawing, "
                     "target and learning rate")),
            (self.tr("Open session…"), self.tr("Open a saved session: the screen as it was when it was saved")),
            (self.tr("Export as Python script…"),
             self.tr("The session as a plain PyTorch script with the tutorial's Net class, "
                     "printing the same losses")),
            (self.tr("Export as notebook…"), self.tr("The same as a Jupyter notebook")),
        ]

    def add_actions(self, menu, before) -> None:
        """Four entries in the File menu, above `before`."""
        w = self.window
        entries = [
            (self._ask_save, "Ctrl+Shift+S", "save_session_action"),
            (self._ask_open, "Ctrl+Shift+O", "open_session_action"),
            (self._ask_script, None, "export_script_action"),
            (self._ask_notebook, None, "export_notebook_action"),
        ]
        self.actions = []
        for i, ((text, tip), (slot, keys, name)) in enumerate(zip(self._entry_texts(), entries, strict=True)):
            action = w.menu_action(menu, text, slot, keys, tip)
            action.setObjectName(name)
            # The window's own setter looks texts up as its own; these are ours: set after it,
            # now and at every language change.
            language.texts(action, lambda a=action, i=i: self._set_texts(a, i))
            menu.removeAction(action)
            menu.insertAction(before, action)
            self.actions.append(action)
        menu.insertSeparator(before)

    def _set_texts(self, action, i: int) -> None:
        text, tip = self._entry_texts()[i]
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)

    # -- the work --------------------------------------------------------------------------
    def save(self, path: str | Path) -> bool:
        w = self.window
        w.refresh_now()  # the drawing as it is now, not as of the last frame
        try:
            saved = w.session.save(path)
        except ValueError as err:
            w.report_error(self.tr("Could not save the session"), language.tr_core(err))
            return False
        w.statusBar().showMessage(self.tr("Saved the session to {path}").format(path=str(saved)), 5000)
        return True

    def open(self, path: str | Path) -> bool:
        """Replace the window's session with the file's; a bad file changes nothing."""
        w = self.window
        w.set_playing(False)
        w.stop_class_training()
        try:
            session = Session.open(path)
        except ValueError as err:
            w.report_error(self.tr("Could not open the session"), language.tr_core(err))
            return False
        state = dict(session.lesson_state)
        w.use_session(session)
        drawing = session.drawing
        if drawing is not None:
            w.canvas.set_image(drawing)
        else:
            w.canvas.clear()
        w.loss.show_all()
        w.refresh_now()
        # The lesson and step it was saved at, without the step's preset (the file's weights
        # and settings stand); none saved closes the one open. A lesson that cannot be found
        # again says why, and the session stays open without it, its lesson_state kept. After
        # the drawing is shown: the step's condition reads what the file holds, not what this
        # window showed before.
        if not w.lesson_bar.restore(state):
            w.lesson_bar.close_lesson()
            session.lesson_state = state
        w.refresh_now()
        w.statusBar().showMessage(self.tr("Opened the session {name}: {steps} steps").format(
            name=Path(path).name, steps=fmt_int(len(session.trainer.history))), 8000)
        return True

    def export_script(self, path: str | Path) -> bool:
        return self._export(lambda: self.window.session.export_script(path))

    def export_notebook(self, path: str | Path) -> bool:
        return self._export(lambda: self.window.session.export_notebook(path))

    def _export(self, write) -> bool:
        w = self.window
        w.refresh_now()
        try:
            written = write()
        except (ValueError, OSError) as err:
            w.report_error(self.tr("Could not export the session"), language.tr_core(err))
            return False
        w.statusBar().showMessage(self.tr("Exported to {path} (its data beside it)").format(path=str(written)), 5000)
        return True

    def restore(self, step: int) -> bool:
        """Go back to right after `step`: training stops, the weights are put back exactly."""
        w = self.window
        w.set_playing(False)
        w.stop_class_training()
        try:
            w.session.restore(step)
        except ValueError as err:
            w.report_error(self.tr("Could not go back"), language.tr_core(err))
            return False
        w.after_weights_change()
        w.statusBar().showMessage(self.tr(
            "Back to step {step}: training goes on from here; the faint curve shows the steps "
            "left behind.").format(step=fmt_int(step)), 8000)
        return True

    # -- dialogs ---------------------------------------------------------------------------
    def _ask_save(self) -> None:
        self.window.ask_path(True, self.tr("Save session"), f"lesson{SUFFIX}",
                              self.tr("lenet-gui sessions (*{suffix})").format(suffix=SUFFIX), self.save)

    def _ask_open(self) -> None:
        self.window.ask_path(False, self.tr("Open session"), "",
                              self.tr("lenet-gui sessions (*{suffix});;All files (*)").format(suffix=SUFFIX),
                              self.open)

    def _ask_script(self) -> None:
        self.window.ask_path(True, self.tr("Export as Python script"), "lesson.py",
                              self.tr("Python scripts (*.py)"), self.export_script)

    def _ask_notebook(self) -> None:
        self.window.ask_path(True, self.tr("Export as notebook"), "lesson.ipynb",
                              self.tr("Jupyter notebooks (*.ipynb)"), self.export_notebook)

