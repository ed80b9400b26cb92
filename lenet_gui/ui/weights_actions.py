"""The net's weights and architecture changed from the window: open, save, pretrained, random, another architecture or session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QInputDialog

from ..core import WeightsError
from ..core.pretrained import pretrained_metadata
from ..core.session import Session
from . import language
from .numbers import fmt, fmt_int

WEIGHT_FILTER = QT_TRANSLATE_NOOP("WeightsActions", "Weights (*.safetensors *.pt *.pth);;All files (*)")


class WeightsActions(QObject):
    """Changes the window's net and weights; a bad file gets a clear message and changes nothing.

    After each change the panels are told (`after_change`): the Gradients and Explain panels
    forget the update they showed, the controls follow the session, the next frame redraws all.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def ask_open(self) -> None:
        w = self.window
        w.ask_path(False, self.tr("Open weights"), "", self.tr(WEIGHT_FILTER), w.open_weights_file)

    def ask_save(self) -> None:
        w = self.window
        w.ask_path(True, self.tr("Save weights"), f"{w.session.arch}.safetensors", self.tr(WEIGHT_FILTER),
                    w.save_weights_file)

    def ask_random(self) -> None:
        w = self.window
        seed, ok = QInputDialog.getInt(w, self.tr("Random weights"),
                                       self.tr("Seed (same seed, same weights on every laptop):"),
                                       w.session.seed, 0, 2**31 - 1)
        if ok:
            w.use_random(seed)
        else:
            w.frames.update_status()  # the Random entry, checked by the click, unchecked again

    def use_session(self, session: Session) -> None:
        """Show and train another session (one opened from a file) in place of the current one."""
        w = self.window
        w.set_playing(False)
        w.stop_class_training()
        w.follow_session(session)
        w.controller.forward = None  # a forward pass of the old net
        w.gradient_presenter.new_session()
        w.frames.replace_history()
        self.after_change()

    def set_arch(self, arch: str) -> None:
        w = self.window
        w.set_playing(False)
        try:
            w.session.set_arch(arch)
        except ValueError as err:
            w.report_error(self.tr("Architecture not changed"), language.tr_core(err))
        self.after_change()

    def use_pretrained(self) -> None:
        w = self.window
        w.set_playing(False)
        w.session.use_pretrained()
        self.after_change()

    def use_random(self, seed: int) -> None:
        w = self.window
        w.set_playing(False)
        w.session.use_random(seed)
        self.after_change()

    def open_file(self, path: str | Path) -> bool:
        """Load weights; a bad file gets a clear message and changes nothing."""
        w = self.window
        w.set_playing(False)
        try:
            w.session.open_weights(path)
        except WeightsError as err:
            w.report_error(self.tr("Could not open weights"), language.tr_core(err))
            return False
        self.after_change()
        return True

    def save_file(self, path: str | Path) -> bool:
        w = self.window
        try:
            saved = w.session.save_weights(path)
        except WeightsError as err:
            w.report_error(self.tr("Could not save weights"), language.tr_core(err))
            return False
        w.statusBar().showMessage(self.tr("Saved weights to {path}").format(path=saved), 5000)
        return True

    def after_change(self) -> None:
        """Other weights or another net: every panel follows at the next frame."""
        w = self.window
        w.gradient_presenter.forget()
        w.explainer.weights_changed()
        if w.session.notice:
            w.statusBar().showMessage(language.tr_core(w.session.notice), 8000)
        w.training_actions.sync_controls()
        w.controller.schedule("net", "layout", "history")

    def pretrained_tip(self) -> str:
        """What the bundled weights of this architecture were trained on, and how well they do."""
        tip = self.tr("Weights trained on real handwritten digits")
        try:
            meta = pretrained_metadata(self.window.session.arch)
            accuracy, digits = float(meta["heldout_accuracy"]), int(meta["heldout_digits"])
        except (WeightsError, KeyError, ValueError):
            return tip  # the file itself says what is wrong when it is chosen
        return self.tr("{tip}: {accuracy} % right on {digits} digits held out from training").format(
            tip=tip, accuracy=fmt(100 * accuracy, 3), digits=fmt_int(digits))
