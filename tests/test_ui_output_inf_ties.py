"""A diverged net's outputs: several +inf tie, and no digit wins (argmax would name the first)."""

from __future__ import annotations

import numpy as np
import pytest

from lenet_gui.ui.output_scores import OutputScores


@pytest.fixture
def scores(qtbot):
    w = OutputScores()
    qtbot.addWidget(w)
    w.resize(520, 340)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_outputs_tied_at_plus_inf_claim_no_prediction(scores):
    # What a learning rate of 100 left in fc3 after a few steps: eight +inf, two -inf.
    v = np.array([np.inf] * 8 + [-np.inf] * 2)
    scores.set_scores(v)
    assert scores.prediction() is None and scores.caption() == "prediction: –"
    v = np.array([0.1, np.inf, 0.2, np.nan, 0.0, np.inf, 0.3, -np.inf, 0.0, 0.0])
    scores.set_scores(v)
    assert scores.prediction() is None


def test_a_single_plus_inf_still_wins(scores):
    v = np.array([0.1, 0.2, np.inf, np.nan, -np.inf, 0.0, 0.3, 0.0, 0.0, 0.0])
    scores.set_scores(v)
    assert scores.prediction() == 2 and scores.caption() == "prediction: 2"
