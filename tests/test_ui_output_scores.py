"""The output bars alone: prediction follows argmax, stable range, targets, nan/inf, tooltips."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetricsF

from lenet_gui.ui.output_scores import DEFAULT_RANGE, OutputScores
from tests.helpers_ui import tooltip_at


@pytest.fixture
def scores(qtbot):
    w = OutputScores()
    qtbot.addWidget(w)
    w.resize(520, 340)
    w.show()
    qtbot.waitExposed(w)
    return w


def _pixel(w, p: QPointF) -> QColor:
    img = w.grab().toImage()
    r = img.devicePixelRatio()
    return img.pixelColor(int(p.x() * r), int(p.y() * r))


def _value_y(w: OutputScores, v: float) -> float:
    plot = w.plot_rect()
    lo, hi = w.y_range()
    return plot.bottom() - (v - lo) / (hi - lo) * plot.height()


def test_prediction_follows_argmax(scores):
    assert scores.caption() == "prediction: –"
    v = np.zeros(10)
    v[7] = 0.9
    scores.set_scores(v)
    assert scores.caption() == "prediction: 7"
    v[2] = 1.2
    scores.set_scores(v)
    assert scores.prediction() == 2 and scores.caption() == "prediction: 2"
    # The winner's bar has its own colour.
    x2, x7 = scores.bar_rect(2).center().x(), scores.bar_rect(7).center().x()
    y = _value_y(scores, 0.4)
    assert _pixel(scores, QPointF(x2, y)) != _pixel(scores, QPointF(x7, y))
    assert _pixel(scores, QPointF(x7, y)) != scores.palette().base().color()


def test_negative_bars_hang_below_zero(scores):
    v = np.full(10, -0.3)
    v[0] = 0.2
    scores.set_scores(v)
    x = scores.bar_rect(5).center().x()
    bg = scores.palette().base().color()
    assert _pixel(scores, QPointF(x, _value_y(scores, -0.15))) != bg  # inside the bar
    assert _pixel(scores, QPointF(x, _value_y(scores, 0.15))) == bg  # above zero: empty
    assert scores.prediction() == 0


def test_range_is_stable_and_expands(scores):
    scores.set_scores(np.linspace(-0.2, 1.1, 10))
    assert scores.y_range() == DEFAULT_RANGE
    scores.set_scores(np.linspace(-0.4, 1.3, 10))
    assert scores.y_range() == DEFAULT_RANGE  # no jumping for ordinary values
    scores.set_scores(np.linspace(-3, 4, 10))
    lo, hi = scores.y_range()
    assert lo <= -3 and hi >= 4 and (lo, hi) == (-5.0, 5.0)
    scores.set_scores(np.zeros(10))
    scores.set_target(np.full(10, 2.0))
    assert scores.y_range()[1] >= 2.0


def test_tooltip_and_target(scores):
    v = np.zeros(10)
    v[3] = 0.912
    scores.set_scores(v)
    p = scores.bar_rect(3).center()
    assert scores.value_text(p) == "output 3: 0.912"
    t = np.zeros(10, np.float32)
    t[3] = 1.0
    scores.set_target(t)
    assert scores.value_text(p) == "output 3: 0.912 (target 1.0)"
    assert tooltip_at(scores, p) == "output 3: 0.912 (target 1.0)"
    assert scores.value_text(QPointF(1, 1)) == ""
    # The target marker is drawn at the target value over digit 3.
    marker = QPointF(scores.bar_rect(3).left() + 0.15 * scores.bar_rect(3).width() - 1, _value_y(scores, 1.0))
    before = _pixel(scores, marker)
    scores.set_target(None)
    assert _pixel(scores, marker) != before
    assert scores.value_text(p) == "output 3: 0.912"


def test_non_finite_values_draw(scores):
    v = np.array([np.nan, np.inf, -np.inf, 0.5, 0, 0, 0, 0, 0, 0])
    scores.set_scores(v)
    scores.set_target(np.array([np.nan] + [0.0] * 9))
    scores.grab()
    assert scores.prediction() == 1
    assert scores.value_text(scores.bar_rect(0).center()).startswith("output 0: nan")
    assert scores.value_text(scores.bar_rect(2).center()) .startswith("output 2: −inf")
    scores.set_scores(np.full(10, np.nan))
    scores.grab()
    assert scores.caption() == "prediction: –"
    with pytest.raises(ValueError):
        scores.set_scores(np.zeros(9))


def test_render(scores, tmp_path):
    scores.set_scores(np.array([0.05, -0.1, 0.2, 0.1, -0.3, 0.0, 0.15, 0.93, 0.3, -0.05]))
    scores.set_target(np.eye(10)[7])
    assert scores.grab().save(str(tmp_path / "scores.png"))


def test_a_step_repaints_only_what_changed_and_the_result_is_whole(scores, monkeypatch):
    """Each update repaints the region it asks for; painted over the old picture, that gives
    exactly the picture a full repaint gives (nothing outside the region was stale)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QRegion

    asked: list = []
    original = scores.update

    def record(*args):
        asked.append(QRegion(args[0]) if args else QRegion(scores.rect()))
        original(*args)

    monkeypatch.setattr(scores, "update", record)

    def full() -> QImage:
        image = QImage(scores.size(), QImage.Format.Format_ARGB32_Premultiplied)
        scores.render(image)
        return image

    rng = np.random.default_rng(3)
    scores.set_target(np.eye(10)[3])
    shown = full()
    partial = 0
    sequence = [rng.normal(0.0, 0.1, 10) + 0.9 * np.eye(10)[3] for _ in range(12)]
    sequence[5][7] = 1.3  # the winner changes, and back
    sequence[8][[1, 6]] = [np.inf, np.nan]
    for values in sequence:
        asked.clear()
        scores.set_scores(values)
        region = QRegion()
        for r in asked:
            region += r
        partial += region.boundingRect() != scores.rect()
        # Repaint just that, in place, over the old picture.
        scores.render(shown, region.boundingRect().topLeft(), region)
        assert shown == full()
    assert partial >= 6  # most steps repainted only the bars
    assert QRect(scores.rect()).contains(region.boundingRect())


def test_signed_axis_labels_keep_their_signs_after_a_divergence(scores):
    v = np.zeros(10)
    v[2], v[5] = -2e23, 3e22
    scores.set_scores(v)
    labels = scores.y_labels()
    texts = [t for t, _ in labels]
    assert any(t.startswith("−") and "e+23" in t for t in texts), texts
    fm = QFontMetricsF(scores.axis_font())
    for text, box in labels:  # every label fits the room it is drawn in: no sign cut off
        assert box.left() >= 0 and fm.horizontalAdvance(text) <= box.width(), (text, box)


def test_a_blank_input_shows_outputs_but_claims_no_prediction(scores):
    v = np.zeros(10)
    v[1] = 0.3
    scores.set_scores(v, predict=False)
    assert scores.prediction() is None and "prediction: –" in scores.caption()
    scores.set_scores(v)
    assert scores.prediction() == 1


def test_training_steps_repaint_only_the_moved_bar_ends_and_the_result_is_whole(scores):
    """A training step moves each bar's end by a pixel or so (one crosses zero here): the
    region asked for is small, and painted over the old picture it gives the full picture."""
    from PySide6.QtGui import QImage, QRegion

    def full() -> QImage:
        image = QImage(scores.size(), QImage.Format.Format_ARGB32_Premultiplied)
        scores.render(image)
        return image

    scores.set_target(np.eye(10)[3])
    values = np.array([0.01, -0.2, 0.3, 0.8, 0.0, 0.05, -0.01, 0.2, 0.1, -0.3])
    scores.set_scores(values)
    shown = full()
    asked: list = []
    original = scores.update
    scores.update = lambda *args: (asked.append(QRegion(args[0]) if args else QRegion(scores.rect())),
                                   original(*args))
    try:
        for k in range(8):
            values = values + np.linspace(-0.004, 0.004, 10) * (k + 1)
            values[0] = 0.003 - 0.002 * k  # crosses zero
            asked.clear()
            scores.set_scores(values)
            region = QRegion()
            for r in asked:
                region += r
            assert 0 < sum(r.width() * r.height() for r in region) < scores.width() * scores.height() / 10
            scores.render(shown, region.boundingRect().topLeft(), region)
            assert shown == full(), k
    finally:
        del scores.update


# A diverged net's outputs: several +inf tie, and no digit wins (argmax would name the first).
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
