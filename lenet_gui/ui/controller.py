"""Runs the training loops (Backprop, ×10, Play, the class set) and schedules the window's frames."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..core.fast import Forward
from ..core.session import Session

FRAME_MS = 16  # redraw at most once per 60 Hz frame
PLAY_SLICE_S = 0.010  # Play runs steps for this long, then lets Qt handle input and paint
# While playing, refresh and paint may take at most this share of the time (measured: ~10
# frames a second, every dock live, and Play keeps >0.8 of a bare loop's steps/s; the rest
# goes to the trainer's undo copy and finite check around the tutorial's five lines).
PAINT_SHARE = 0.05


class Controller(QObject):
    """The loops that train the session's net, and the frame timer that shows the result.

    Changes are marked with schedule("net", "history", …) and shown together at the next
    frame by `show(dirty, everything)`, the window's view update. No widget is touched here.
    """

    playingChanged = Signal(bool)
    """Play started or stopped (divergence and errors stop it too)."""
    classTrainingProgress = Signal(int, int)
    """Steps done and steps in all, while training on the class set."""
    classTrainingEnded = Signal(int, bool)
    """Class-set training ended: steps done, and whether it ran to the end (not stopped)."""
    message = Signal(str)
    """A sentence for the status bar."""

    def __init__(self, session: Session, show: Callable[[set[str], bool], None],
                 image: Callable[[], np.ndarray], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._show = show
        self._image = image  # the drawing as it is now (the canvas)
        self.before_step: Callable[[], None] = lambda: None  # e.g. note a weight to show its update
        self.dirty: set[str] = {"input", "net", "layout", "history"}
        self.hidden: set[str] = set()  # panels out of sight: shown again when they are
        self.forward: Forward | None = None  # the last frame's forward pass, for the next step
        self.refreshing = False  # inside a frame
        self._last_frame = 0.0  # when the last frame started
        self._frame_cost = 0.0
        self._tick_end = 0.0  # when the last Play tick ended
        self.frame_timer = QTimer(self, singleShot=True, timeout=self._refresh)
        self.frame_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may add a ms
        self._play = QTimer(self, interval=0, timeout=self._play_tick)
        self._class_train = QTimer(self, interval=0, timeout=self._class_train_tick)
        self._class_queue: list[tuple] = []
        self._class_total = 0

    # ------------------------------------------------------------------ frames
    def schedule(self, *what: str) -> None:
        """Mark parts dirty and refresh at the next frame; repeated calls coalesce."""
        self.dirty.update(what)
        if not self.frame_timer.isActive():
            interval = FRAME_MS / 1000
            if self.is_playing() or self.is_training_on_class_set():
                # Painting must not slow training down: keep its share of the time small.
                interval = max(interval, self._frame_cost / PAINT_SHARE)
            wait = self._last_frame + interval - time.perf_counter()
            self.frame_timer.start(max(0, int(wait * 1000)))

    def refresh_now(self) -> None:
        """Bring every panel, hidden ones too, up to date immediately."""
        self.frame_timer.stop()
        if self.hidden:
            # Hidden panels skipped earlier frames whose dirty marks are gone: redo them all.
            self.dirty |= {"net", "history"}
        self._refresh(everything=True)

    def _refresh(self, everything: bool = False) -> None:
        start = time.perf_counter()
        dirty, self.dirty = self.dirty, set()
        self.refreshing = True
        try:
            self._show(dirty, everything)
        finally:
            self.refreshing = False
        # Frames are spaced from start to start, so a change waits at most one frame interval.
        self._last_frame = start
        self._frame_cost = time.perf_counter() - start

    # ------------------------------------------------------------------ Backprop, ×10, Play
    def is_playing(self) -> bool:
        return self._play.isActive()

    def step(self, n: int = 1) -> bool:
        """Run n backprop steps now (stopping at divergence); False while the class set trains."""
        if self.is_training_on_class_set():
            return False
        n = max(1, int(n))
        self._run_steps(lambda done: done < n)
        self.schedule("net", "history")
        return True

    def set_playing(self, playing: bool) -> None:
        playing = bool(playing) and not self.is_training_on_class_set()
        if playing and self.session.trainer.diverged:
            playing = False
            self.message.emit(self.tr("Training diverged: reset the weights or lower the "
                                      "learning rate first."))
        if playing:
            self._tick_end = 0.0  # the pause before this is no frame's cost
            self._play.start()
        else:
            self._play.stop()
        self.playingChanged.emit(playing)

    def _run_steps(self, more: Callable[[int], bool]) -> None:
        """Step while more(steps done so far) holds; divergence stops it, and Play with it."""
        done = 0
        while more(done):
            self.before_step()
            result = self._train_step()
            done += 1
            if not result.finite or self.session.trainer.diverged:
                self.set_playing(False)
                return

    def _train_step(self):
        """session.step() without copying every gradient: the panels read them from the net."""
        s = self.session
        if "input" in self.dirty:
            # A stroke the next frame has not shown yet: train on what is drawn now, not on
            # the drawing of the last frame. (The preview catches up at that frame.)
            s.set_image(self._image())
            self.dirty.discard("input")
            self.dirty.add("preview")  # only the preview is behind now
        forward, self.forward = self.forward, None  # its graph serves one backward only
        return s.step(copy_grads=False, forward=forward)

    def _play_tick(self) -> None:
        start = time.perf_counter()
        if self._last_frame > self._tick_end > 0:
            # A frame ran since the last tick (Play's zero timer waits for idle): the gap is
            # its whole cost, painting included, which the throttle in schedule keeps small.
            # Capped: one stall (the machine busy elsewhere) must not stop frames for seconds.
            self._frame_cost = min(start - self._tick_end, 0.1)
        end = start + PLAY_SLICE_S
        try:
            self._run_steps(lambda _done: time.perf_counter() < end)
        except Exception:
            # A bug here would recur on every tick, hundreds a second: stop, and report it once.
            self.set_playing(False)
            raise
        self.schedule("net", "history")
        self._tick_end = time.perf_counter()

    # ------------------------------------------------------------------ the class set
    def is_training_on_class_set(self) -> bool:
        return self._class_train.isActive()

    def train_on(self, examples: list[tuple], epochs: int) -> None:
        """Train on (input, target) pairs, `epochs` times in a seeded shuffle, a slice per tick."""
        self.set_playing(False)
        rng = np.random.default_rng(0)
        self._class_queue = [examples[i] for _ in range(max(1, int(epochs)))
                             for i in rng.permutation(len(examples))]
        self._class_total = len(self._class_queue)
        self.classTrainingProgress.emit(0, self._class_total)
        self._class_train.start()

    def _class_train_tick(self) -> None:
        end = time.perf_counter() + PLAY_SLICE_S
        trainer = self.session.trainer
        try:
            while self._class_queue and time.perf_counter() < end:
                x, target = self._class_queue.pop()
                result = self.session.step(x, target, copy_grads=False)
                if not result.finite or trainer.diverged:
                    self._class_queue.clear()
        except Exception:
            self.stop_class_training()  # as for Play: one report, not one per tick
            raise
        done = self._class_total - len(self._class_queue)
        self.classTrainingProgress.emit(done, self._class_total)
        if not self._class_queue:
            self._end_class_training(done, True)
        self.schedule("net", "history")

    def stop_class_training(self) -> None:
        self._end_class_training(self._class_total - len(self._class_queue), False)

    def _end_class_training(self, done: int, finished: bool) -> None:
        self._class_queue.clear()
        self._class_train.stop()
        self.schedule("net", "history")
        self.classTrainingEnded.emit(done, finished)

    def stop(self) -> None:
        """Stop every loop and the frame timer (the window is closing)."""
        self._play.stop()
        self._class_train.stop()
        self.frame_timer.stop()
