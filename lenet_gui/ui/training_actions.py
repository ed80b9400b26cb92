"""The training's settings changed from the window: reset, new lesson, target, learning rate, zero_grad."""

from __future__ import annotations

from PySide6.QtCore import QObject

from . import language


class TrainingActions(QObject):
    """Changes the window's training settings; a value the session refuses is said and the controls put back."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def sync_controls(self) -> None:
        """Put the session's state into the controls without echoing signals back."""
        w = self.window
        s = w.session
        w.training.set_lr(s.trainer.lr)
        w.training.set_zero_grad(s.trainer.zero_grad)
        values = s.target[0].tolist() if s.target_spec == "custom" else None
        w.training.set_target(s.target_spec, values)
        w.training.set_playing(w.is_playing())
        w.pretrained_action.setToolTip(w.weights_actions.pretrained_tip())

    def reset_weights(self) -> None:
        w = self.window
        w.set_playing(False)
        w.session.reset()
        w.gradient_presenter.forget()
        w.explainer.weights_changed()
        w.controller.schedule("net", "history")

    def new_lesson(self) -> None:
        """One action for the next class: empty loss history, the chosen weights back."""
        w = self.window
        w.set_playing(False)
        if w.is_training_on_class_set():
            w.stop_class_training()
        w.session.new_lesson()
        w.gradient_presenter.forget()
        w.loss.show_all()  # a zoom into the last class's curve means nothing now
        w.statusBar().showMessage(
            self.tr("New lesson: loss history cleared, weights back to {label}.").format(
                label=language.tr_core(w.session.weights_label)), 8000)
        w.controller.schedule("net", "history")

    def set_target(self, spec: str, values=None) -> None:
        w = self.window
        try:
            w.session.set_target(spec, values)
        except ValueError as err:
            w.report_error(self.tr("Target not changed"), language.tr_core(err))
            self.sync_controls()
            return
        # Called from code, the selector must follow too (with the values the session took).
        w.training.set_target(spec, w.session.target[0].tolist() if spec == "custom" else None)
        w.controller.schedule("net")

    def set_lr(self, lr: float) -> None:
        w = self.window
        try:
            w.session.set_lr(lr)
        except ValueError as err:
            w.report_error(self.tr("Learning rate not changed"), language.tr_core(err))
            self.sync_controls()
            return
        w.training.set_lr(w.session.trainer.lr)  # called from code, the box must follow too
        w.controller.schedule("history")

    def set_zero_grad(self, on: bool) -> None:
        w = self.window
        # Marked on the loss curve: what happens after it is the tutorial's warning.
        w.session.set_zero_grad(on)
        w.training.set_zero_grad(bool(on))
        w.controller.schedule("history")
