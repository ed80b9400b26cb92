"""A stroke's new drawing preprocessed and traced off the window's thread: a mouse move then waits
for painting only, not for the forward pass."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn as nn
from PySide6.QtCore import QObject, Qt, Signal

from ..core.preprocess import PreprocessSteps, preprocess_steps
from ..core.trace import Trace, trace


@dataclass(frozen=True)
class DrawnFrame:
    """What one drawing gives: its pixels, its preprocessing, and the net's real forward pass."""

    net: nn.Module  # the net traced (a session may have replaced it since)
    pixels: np.ndarray  # (280, 280) uint8, as the canvas held it
    steps: PreprocessSteps
    trace: Trace

    def is_current(self, net: nn.Module) -> bool:
        """Still true of the session: the same net, its weights unchanged since the trace."""
        return net is self.net and self.trace.is_current()


def _drawn_frame(net: nn.Module, pixels: np.ndarray) -> DrawnFrame:
    steps = preprocess_steps(pixels)
    return DrawnFrame(net, pixels, steps, trace(net, steps.input()))


class DrawingWorker(QObject):
    """One drawing at a time, on one thread of its own; its result arrives on the window's thread.

    The pass reads the net's weights while the window's thread may change them (a Backprop
    step during a stroke): such a result is dropped (DrawnFrame.is_current), never shown.
    """

    ready = Signal(object)
    """A DrawnFrame, delivered on the window's thread; never one of a job cancelled since."""
    failed = Signal(object)
    """The exception the job raised (e.g. a net that cannot take this drawing)."""
    _finished = Signal(int, object)  # (job, future), from the worker thread: queued to this one

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None  # started at the first drawing
        self._job = 0  # the newest job; results of older ones are dropped
        self._running: int | None = None
        # Queued even when the job is done before submit() returns (the callback then runs on
        # this thread): a result never arrives inside the frame that asked for it.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def busy(self) -> bool:
        """A job is running: its drawing is not in the session yet."""
        return self._running is not None

    def submit(self, net: nn.Module, pixels: np.ndarray) -> None:
        """Preprocess and trace pixels (not copied: the caller's own copy) with net's weights."""
        if self._pool is None:
            # The window's thread count, not the default: two threads make a step 10× slower here.
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lenet-gui-drawing",
                                            initializer=torch.set_num_threads,
                                            initargs=(torch.get_num_threads(),))
        self._job += 1
        job = self._running = self._job
        future = self._pool.submit(_drawn_frame, net, pixels)
        future.add_done_callback(lambda done: self._finished.emit(job, done))

    def cancel(self) -> None:
        """Drop the running job's result: the window showed a newer input itself."""
        self._job += 1
        self._running = None

    def shutdown(self) -> None:
        self.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _deliver(self, job: int, future: Future) -> None:
        if job != self._job:
            return  # cancelled, or a newer job followed
        self._running = None
        error = future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.ready.emit(future.result())
