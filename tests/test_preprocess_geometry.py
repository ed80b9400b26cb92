"""input_to_drawing(): a rectangle of the 32×32 input found again in the drawing it came from."""

from __future__ import annotations

import numpy as np
import pytest

from lenet_gui.core.preprocess import input_to_drawing, preprocess_steps


def test_the_digit_in_the_input_maps_back_onto_its_ink():
    image = np.zeros((280, 280), np.float32)
    image[100:160, 50:170] = 1.0  # a wide block of ink: scaled to 20 wide, 10 high
    steps = preprocess_steps(image)
    ys, xs = np.nonzero(steps.final > 0.5)
    found = input_to_drawing(steps, ys.min(), xs.min(), ys.max() + 1, xs.max() + 1)
    assert found == pytest.approx((100, 50, 160, 170), abs=1e-6)
    # The whole input is larger than the ink: it reaches past the digit on every side.
    top, left, bottom, right = input_to_drawing(steps, 0, 0, 32, 32)
    assert top < 100 and left < 50 and bottom > 160 and right > 170


def test_an_empty_drawing_has_no_place_in_the_input():
    assert input_to_drawing(preprocess_steps(np.zeros((280, 280), np.float32)), 0, 0, 32, 32) is None
