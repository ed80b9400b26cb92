"""What a frame shows in which view: the session's state and the marked changes, handed to the panels."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLocale, QObject

from ..core import ARCHS
from ..core.session import Change, SessionEvent
from ..core.source import forward_source
from ..core.trace import trace_with_output
from ..core.trainer import EventKind
from . import language
from .numbers import fmt
from .plain_data import map_stages, preprocess_thumbs, size_verdict, table_rows

# Losses the frame hands the loss plot as new; beyond this (a hidden plot catching up after a
# long Play) the plot reads the whole history once instead.
LOSS_BACKLOG = 100_000


class FramePresenter(QObject):
    """Turns the session's changes into marks for the controller, and a frame into the panels' data.

    The window builds the panels; this reads them from it (`window.maps`, `window.loss`, …) and
    the session from `window.session` (a session opened from a file replaces it).
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.stage_lines: dict[str, tuple[str, int]] = {}  # stage key -> (file, line)
        self.loss_appended: list[float] = []  # losses the loss plot has not been given yet
        self.loss_replaced = True  # the plot must read the whole history at the next frame
        self._status_shown: tuple | None = None  # what the status bar says (see update_status)

    def replace_history(self) -> None:
        """The loss plot reads the whole history at the next frame (another session)."""
        self.loss_replaced, self.loss_appended = True, []

    def on_session(self, event: SessionEvent) -> None:
        """What changed in the session, marked for the next frame: many changes, one frame."""
        schedule = self.window.controller.schedule
        kind = event.kind
        if kind is Change.LOSS_APPENDED:
            if not self.loss_replaced:
                self.loss_appended.extend(event.values)
                if len(self.loss_appended) > LOSS_BACKLOG:
                    self.loss_replaced, self.loss_appended = True, []
            schedule("history")
        elif kind is Change.HISTORY_REPLACED:
            self.loss_replaced, self.loss_appended = True, []
            schedule("history")
        elif kind is Change.ARCH_CHANGED:
            schedule("net", "layout", "history")
        elif kind in (Change.WEIGHTS_CHANGED, Change.TARGET_CHANGED):
            schedule("net", "history")
        elif kind in (Change.TRAINING_CHANGED, Change.MARKED):
            schedule("history")
        elif kind is Change.INPUT_CHANGED and not self.window.controller.refreshing:
            schedule("net")  # (a frame's own set_image is shown by that frame)

    def show_frame(self, dirty: set[str], everything: bool) -> None:
        """One frame: what changed (dirty), shown; hidden panels too when everything."""
        w = self.window
        s = w.session
        # A panel behind another tab costs as much to update as a visible one (the Gradients
        # table alone ~5 ms of text layout); it catches up when it is shown.
        hidden = set() if everything else w.controller.hidden
        # While a stroke goes on; the frame after the pen lifts ("rest") is the drawing at rest.
        drawing = ("input" in dirty or "preview" in dirty) and "rest" not in dirty
        if "input" in dirty or "preview" in dirty:
            pixels = None  # the canvas's pixels the steps were made from, when this frame read them
            if "input" in dirty:
                pixels = w.canvas.image_array()
                s.set_image(pixels)
            w.preview.set_image(s.input[0, 0].numpy().copy())
            w.preview.set_steps(preprocess_thumbs(s.steps, pixels))
            dirty.add("net")
        if "net" in dirty or "layout" in dirty:
            if drawing:
                # A stroke goes on: the next frame brings a new input, so keeping the graph
                # for a step would be work thrown away.
                tr, w.controller.forward = s.trace(), None
            else:
                # Traced with its autograd graph: the next Backprop step, on these same
                # weights and this input, trains on this forward pass instead of its own.
                tr, output = trace_with_output(s.net, s.input)
                w.controller.forward = s.trainer.forward_of(s.input, output)
            if "layout" in dirty:
                w.layers.set_archs([(a.name, language.tr_core(a.title)) for a in ARCHS.values()], s.arch)
                w.layers.set_rows(table_rows(tr))
                self.explain_size()
                src = forward_source(s.net)
                w.code.set_source(src.text, src.file, src.first_line, src.training_lines, src.layers)
                self.stage_lines = {stage.key: (stage.file, stage.line) for stage in tr}
            w.explainer.set_trace(tr)
            if "maps" not in hidden:
                w.maps.set_stages(map_stages(tr))
            if "output" not in hidden:
                # A blank canvas is no digit: its outputs are shown, but no prediction.
                w.scores.set_scores(np.array(tr.output[0], dtype=np.float64),
                                    not w.canvas.is_empty())  # predict
                w.scores.set_target(s.target[0].numpy().astype(np.float64))
        if "history" in dirty:
            history = s.trainer.history
            w.code.set_training(s.trainer.lr, s.trainer.zero_grad)
            if "gradients" not in hidden:
                w.gradient_presenter.show()
            if "loss" not in hidden:
                appended = self.loss_appended
                if self.loss_replaced or w.loss.step_count() + len(appended) != len(history):
                    w.loss.set_history(history.to_numpy())
                else:
                    w.loss.append_losses(appended)  # only the new steps: no copy of the past
                self.loss_replaced, self.loss_appended = False, []
                w.loss.set_events([(e.step, e.kind.value, language.tr_core(e.detail)) for e in s.trainer.events])
                s.timeline.sync()  # a reset since the last step ends the steps left behind
                w.loss.set_timeline(s.timeline.branch, s.timeline.ghost)
            else:
                self.loss_replaced, self.loss_appended = True, []  # read whole when shown
            w.training.set_step_count(len(history))
            w.training.set_loss(self.last_loss())
        # The graph's backward runs on a copy (~3 ms): not while Play or class training runs.
        if ("history" in dirty or "net" in dirty) and "autograd" not in hidden \
                and not w.is_playing() and not w.is_training_on_class_set():
            w.presenter.update()
        self.update_status()

    def last_loss(self) -> float | None:
        """The last step's loss, or None when no step was taken since the weights last changed
        (a reset, other weights, a new lesson): the loss shown is never that of other weights."""
        trainer = self.window.session.trainer
        n = len(trainer.history)
        for event in reversed(trainer.events):  # only those since the last step are read
            if event.step < n:
                break
            if event.kind in (EventKind.RESET, EventKind.WEIGHTS, EventKind.ARCH):
                return None
        return trainer.history[-1] if n else None

    def update_status(self) -> None:
        """The status bar's weights, architecture, lr and steps; the divergence banner."""
        w = self.window
        s = w.session
        steps = len(s.trainer.history)
        # Every frame ends here, and while a digit is drawn none of these change: the four
        # texts are made again only when what they say (or the language they say it in) does.
        shown = (s.weights_label, s.arch, s.trainer.lr, steps, language.current(), QLocale())
        if shown != self._status_shown:
            self._status_shown = shown
            w.status_weights.setText(self.tr("Weights: {label}").format(label=language.tr_core(s.weights_label)))
            w.status_arch.setText(language.tr_core(ARCHS[s.arch].title))
            w.status_lr.setText(self.tr("lr {value}").format(value=fmt(s.trainer.lr, 6)))
            w.status_steps.setText(self.tr("%Ln steps", "", steps))
        w.pretrained_action.setChecked(s.weights_label.startswith("Pretrained"))
        w.random_action.setChecked(s.weights_label.startswith("Random"))
        diverged = s.trainer.diverged
        if diverged != w.banner.isVisible():
            if diverged:
                last = s.trainer.history[-1] if len(s.trainer.history) else float("nan")
                # A finite last loss means the update overflowed (and was undone), not the loss.
                what = (self.tr("The loss became {value}.").format(value=last) if not math.isfinite(last) else
                        self.tr("An update (lr × gradient) overflowed to infinity and was undone."))
                # One big word, the story smaller: it fits the narrow centre column of a laptop.
                w.banner_title.setText(self.tr("Diverged"))
                # What happened leads the advice in one text: Japanese puts no space after 「。」.
                w.banner_text.setText(self.tr("{what} Lower the learning rate (now {lr}) or reset the weights.")
                                      .format(what=what, lr=fmt(s.trainer.lr, 6)))
            w.column.show_banner(diverged)

    def explain_size(self, side: int | None = None) -> None:
        """The Input size panel's verdict for an N×N input (the panel's own N by default)."""
        w = self.window
        text, works = size_verdict(w.session.net, w.sizes.side() if side is None else side)
        w.sizes.set_verdict(text, works)

    def highlight_code(self, key: str) -> None:
        """Mark the source line of a stage in the Tutorial code panel."""
        self.window.code.highlight_line(*self.stage_lines.get(key, ("", 0)))
