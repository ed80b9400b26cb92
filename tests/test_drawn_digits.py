"""Clearly drawn digits of any size and place on the canvas are recognised by the bundled weights.

Real handwriting drawn as mouse strokes is measured in tests/test_recognition.py; this checks
the app's own hand-made digit shapes (lenet_gui.replay), drawn with the default brush.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from lenet_gui.replay import DIGITS, draw_digit


@pytest.fixture
def window(open_window):
    w = open_window(size=(1400, 900))
    assert w.session.weights_label.startswith("Pretrained") and w.session.arch == "tutorial"
    assert w.canvas.brush_width() == 20, "the test draws with the default brush"
    return w


def test_clearly_drawn_digits_of_any_size_and_place(window):
    surface = window.findChild(QWidget, "canvas")
    scores = window.findChild(QWidget, "output_scores")
    boxes = [(0.2, 0.12, 0.6, 0.76), (0.05, 0.05, 0.35, 0.45), (0.55, 0.5, 0.4, 0.45), (0.0, 0.0, 1.0, 1.0)]
    wrong = []
    for digit in DIGITS:
        for box in boxes:
            window.canvas.clear()
            draw_digit(surface, digit, box=box)
            window.refresh_now()
            guess = scores.prediction()  # what the Output panel shows
            if guess != digit:
                wrong.append((digit, box, guess))
    assert len(wrong) <= 2, wrong  # 40 drawings: at least 95%
