"""The gradient panel alone: bars, the watched vector and the spelled-out update."""

import re

import numpy as np
import pytest

from lenet_gui.ui.gradient_view import BAR_CELLS, GradientView


def test_bars_scale_with_the_largest_gradient(qtbot):
    view = GradientView()
    qtbot.addWidget(view)
    view.set_gradients([("conv1.weight", (6, 1, 3, 3), 2.0), ("conv1.bias", (6,), 1.0)],
                       "conv1.bias", np.arange(6, dtype=np.float32))
    text = view.table.text()
    assert "█" * BAR_CELLS in text and "█" * (BAR_CELLS // 2) in text
    assert "conv1.bias.grad" in view.watch.text() and "+5" in view.watch.text()


def test_non_finite_gradients_do_not_break_it(qtbot):
    view = GradientView()
    qtbot.addWidget(view)
    view.set_gradients([("fc3.bias", (10,), float("nan")), ("fc3.weight", (10, 84), float("inf"))])
    assert "nan" in view.table.text()
    view.set_update({"name": "fc3.bias[0]", "old": 1.0, "grad": float("nan"), "lr": 0.1, "new": float("nan")})
    assert "nan" in view.update_text.text()


def test_update_is_spelled_out(qtbot):
    view = GradientView()
    qtbot.addWidget(view)
    view.set_update({"name": "conv1.bias[0]", "old": 0.5, "grad": 2.0, "lr": 0.01, "new": 0.48})
    assert "0.48</b> = 0.5 − 0.01 × 2" in view.update_text.text()


def test_selector_emits_only_on_user_choice(qtbot):
    view = GradientView()
    qtbot.addWidget(view)
    seen = []
    view.inspectChanged.connect(seen.append)
    view.set_parameters(["conv1.weight", "conv1.bias"], "conv1.bias")
    assert seen == []
    view.selector.setCurrentIndex(0)
    assert seen == ["conv1.weight"]


def test_tiny_gradients_stay_readable(qtbot):
    # A well-trained net gives gradients of 1e-5: they must not print as zeros.
    view = GradientView()
    qtbot.addWidget(view)
    view.set_gradients([("conv1.bias", (6,), 1e-5)], "conv1.bias", np.full(6, 1.234e-5, np.float32))
    assert "+1.23e-05" in view.watch.text()


def test_the_update_shows_enough_digits_that_old_and_new_differ(qtbot):
    view = GradientView()
    qtbot.addWidget(view)
    old, grad, lr = 0.2235, 0.00371, 0.01
    view.set_update({"name": "conv1.bias[0]", "old": old, "grad": grad, "lr": lr, "new": old - lr * grad})
    new_text, old_text = re.search(r"<b>(.+)</b> = (\S+) −", view.update_text.text()).groups()
    assert new_text != old_text  # not "0.2235 = 0.2235 − 0.01 × 0.00371"
    assert float(new_text) == pytest.approx(old - lr * grad, rel=1e-4)
    # Equal numbers stay short.
    view.set_update({"name": "conv1.bias[0]", "old": 0.5, "grad": 0.0, "lr": lr, "new": 0.5})
    assert "<b>0.5</b> = 0.5 −" in view.update_text.text()
