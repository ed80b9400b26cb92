"""A stroke's frames traced off the window's thread: the same numbers as here, never a stale one."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from lenet_gui.core import Net, one_hot, preprocess, trace
from lenet_gui.core.preprocess import preprocess_steps
from lenet_gui.replay import DIGITS, draw_digit, to_widget
from lenet_gui.ui.drawing_worker import DrawingWorker
from lenet_gui.ui.feature_maps import stage_level
from tests.helpers_ui import send_mouse


def a_drawing(digit: int = 3) -> np.ndarray:
    """A (280, 280) uint8 drawing: a thick ring or bar, made without the canvas."""
    yy, xx = np.mgrid[0:280, 0:280]
    ring = np.abs(np.hypot(yy - 140, xx - 130 - digit) - 70) < 12
    return np.where(ring, 255, 0).astype(np.uint8)


@pytest.fixture
def worker(qtbot):
    w = DrawingWorker()
    yield w
    w.shutdown()


def test_a_drawing_traced_off_the_thread_is_bit_for_bit_the_one_traced_here(worker, qtbot):
    net = Net("tutorial", seed=3)
    pixels = a_drawing()
    with qtbot.waitSignal(worker.ready, timeout=5000) as got:
        worker.submit(net, pixels)
    frame = got.args[0]
    assert not worker.busy()
    assert np.array_equal(frame.steps.final, preprocess_steps(pixels).final)
    here = trace(net, preprocess(pixels))
    assert [s.key for s in frame.trace] == [s.key for s in here]
    for theirs, ours in zip(frame.trace, here, strict=True):
        assert np.array_equal(theirs.activation, ours.activation), theirs.key
    assert frame.is_current(net)


def test_a_cancelled_drawing_is_never_shown(worker, qtbot):
    got = []
    worker.ready.connect(got.append)
    worker.submit(Net("tutorial", seed=0), a_drawing())
    assert worker.busy()
    worker.cancel()
    assert not worker.busy()
    with qtbot.waitSignal(worker.ready, timeout=5000):
        worker.submit(Net("tutorial", seed=0), a_drawing(5))  # runs after the cancelled one
    qtbot.wait(50)
    assert len(got) == 1 and np.array_equal(got[0].pixels, a_drawing(5))


def test_weights_changed_after_the_trace_make_its_frame_stale(worker, qtbot):
    net = Net("tutorial", seed=0)
    with qtbot.waitSignal(worker.ready, timeout=5000) as got:
        worker.submit(net, a_drawing())
    frame = got.args[0]
    assert frame.is_current(net)
    assert not frame.is_current(Net("tutorial", seed=0))  # another net, the same numbers
    with torch.no_grad():
        net.fc3.bias.add_(0.5)  # what a Backprop step does to it, in place
    assert not frame.is_current(net)


def test_a_net_that_cannot_take_the_drawing_reports_its_error(worker, qtbot):
    class Broken(Net):
        def forward(self, x):
            raise RuntimeError("this net refuses every drawing")

    with qtbot.waitSignal(worker.failed, timeout=5000) as got:
        worker.submit(Broken("tutorial", seed=0), a_drawing())
    assert "refuses" in str(got.args[0])
    assert not worker.busy()


# ----------------------------------------------------------------------------- in the window
def press_and_move(canvas: QWidget, digit: int = 3) -> None:
    """Most of a digit's first stroke, the button still held: the stroke goes on."""
    box = (0.2, 0.12, 0.6, 0.76)
    points = [to_widget(canvas, p, box) for p in DIGITS[digit][0]]
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(canvas, QEvent.Type.MouseButtonPress, points[0], left, left)
    for p in points[1:]:
        send_mouse(canvas, QEvent.Type.MouseMove, p, none, left)


def test_while_a_stroke_goes_on_the_maps_and_bars_show_the_drawing_as_it_is(open_window, qtbot):
    window = open_window()
    canvas = window.findChild(QWidget, "canvas")
    press_and_move(canvas)

    def shown_now() -> bool:
        x = preprocess(window.canvas.image_array())
        if not torch.equal(window.session.input, x):
            return False
        fc3 = trace(window.session.net, x)["fc3"].activation
        return window.maps.level("fc3") == stage_level(fc3[0]) and \
            int(np.argmax(fc3)) == window.scores.prediction()

    qtbot.waitUntil(shown_now, timeout=5000)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, (10, 10), Qt.MouseButton.LeftButton,
               Qt.MouseButton.NoButton)


def test_a_step_during_a_stroke_trains_on_the_drawing_as_it_is(open_window, qtbot):
    window = open_window()
    window.set_target("3")
    before = Net("tutorial", seed=0)
    before.load_state_dict(window.session.net.state_dict())
    canvas = window.findChild(QWidget, "canvas")
    qtbot.wait(100)  # the window's own first changes (docks laid out, shown) are shown
    window.refresh_now()
    press_and_move(canvas)
    # A frame may have sent the drawing off to be traced: the step must not wait for it, nor
    # train on the drawing of an earlier frame.
    window.controller.frame_timer.timeout.emit()  # the frame the moves asked for, now
    assert window.controller.drawing.busy()
    window.step(1)
    x = preprocess(window.canvas.image_array())
    expected = torch.nn.functional.mse_loss(before(x), one_hot(3)).item()
    assert window.session.trainer.history[-1] == pytest.approx(expected, rel=1e-6)
    # Whatever the worker brings back now was traced on the weights before the step: not shown.
    qtbot.wait(100)
    fc3 = trace(window.session.net, window.session.input)["fc3"].activation
    window.refresh_now()
    assert window.maps.level("fc3") == stage_level(fc3[0])
    draw_digit(canvas, 1)
