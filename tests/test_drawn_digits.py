"""Real handwriting replayed as mouse strokes on the real canvas is recognised by the bundled weights.

Held-out MNIST digits (never trained on) are thinned to one-pixel skeletons, the skeletons are
drawn back as pen strokes with the default brush at several sizes and positions, and the
window's own pipeline (canvas → preprocess → net) must name the digit at least 95% of the time.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from lenet_gui.replay import DIGITS, draw_digit

digits = pytest.importorskip("lenet_gui.core.digits")


def skeleton_segments(image28: np.ndarray) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pen segments joining neighbouring skeleton pixels, as (row, col) pairs."""
    skel = digits.thin(image28 > digits.SKELETON_INK)
    segments = []
    rows, cols = np.nonzero(skel)
    on = set(zip(rows.tolist(), cols.tolist(), strict=True))
    for r, c in on:
        linked = False
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            if (r + dr, c + dc) in on:
                segments.append(((r, c), (r + dr, c + dc)))
                linked = True
        if not linked:
            segments.append(((r, c), (r, c)))
    return segments


def send(surface, kind, pos, button, buttons):
    event = QMouseEvent(kind, pos, QPointF(surface.mapToGlobal(pos.toPoint())), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(surface, event)


def draw_segments(surface, segments, left, top, cell):
    """Press, move with the button held, release — one short stroke per segment."""
    rect = surface.image_rect()
    scale = rect.width() / 280

    def at(rc):
        return QPointF(rect.left() + (left + rc[1] * cell) * scale, rect.top() + (top + rc[0] * cell) * scale)

    lb, nb = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for p, q in segments:
        send(surface, QEvent.Type.MouseButtonPress, at(p), lb, lb)
        send(surface, QEvent.Type.MouseMove, at(q), nb, lb)
        send(surface, QEvent.Type.MouseButtonRelease, at(q), lb, nb)


def open_window(qtbot, arch="tutorial"):
    from lenet_gui.ui.main_window import MainWindow

    w = MainWindow(arch=arch)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    assert w.session.weights_label.startswith("Pretrained")
    assert w.session.arch == arch
    assert w.canvas.brush_width() == 20, "the test draws with the default brush"
    return w


@pytest.fixture
def window(qtbot, tmp_settings):
    return open_window(qtbot)


def predict(window) -> int:
    window.refresh_now()
    return int(np.argmax(window.session.trace().output[0]))


# (cell size in canvas px, left, top): a ~130 px digit in the middle, a ~90 px one in a corner,
# a ~230 px one filling the canvas.
PLACEMENTS = [(6.5, 50, 50), (4.5, 10, 150), (10.0, 0, 0)]


# The issue's bar (95%) is for the tutorial net, which the app starts with. LeNet-5's bundled
# weights read 92.1% of these drawings (221/240): its bar only guards against a regression.
@pytest.mark.parametrize("arch, bar", [("tutorial", 0.95), ("lenet5", 0.90)])
def test_real_handwriting_drawn_on_the_canvas_is_recognised(qtbot, tmp_settings, arch, bar):
    window = open_window(qtbot, arch)
    _, _, images, labels = digits.load_split()
    rng = np.random.default_rng(0)
    picks = np.concatenate([rng.choice(np.flatnonzero(labels == d), 8, replace=False) for d in range(10)])
    surface = window.findChild(QWidget, "canvas")
    right = total = 0
    wrong = []
    for i in picks:
        for cell, left, top in PLACEMENTS:
            window.canvas.clear()
            draw_segments(surface, skeleton_segments(images[i]), left, top, cell)
            guess = predict(window)
            total += 1
            right += guess == labels[i]
            if guess != labels[i]:
                wrong.append((int(labels[i]), guess))
    accuracy = right / total
    print(f"{arch}: drawn real handwriting: {right}/{total} = {accuracy:.1%}; wrong (true, guess): {wrong}")
    assert accuracy >= bar


def test_clearly_drawn_digits_of_any_size_and_place(window):
    surface = window.findChild(QWidget, "canvas")
    boxes = [(0.2, 0.12, 0.6, 0.76), (0.05, 0.05, 0.35, 0.45), (0.55, 0.5, 0.4, 0.45), (0.0, 0.0, 1.0, 1.0)]
    wrong = []
    for digit in DIGITS:
        for box in boxes:
            window.canvas.clear()
            draw_digit(surface, digit, box=box)
            guess = predict(window)
            if guess != digit:
                wrong.append((digit, box, guess))
    assert len(wrong) <= 2, wrong  # 40 drawings: at least 95%
