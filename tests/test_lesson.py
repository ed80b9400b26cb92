"""An honest lesson: what the window claims matches what is true, and the next class starts afresh."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from lenet_gui.replay import draw_digit


@pytest.fixture
def window(open_window):
    return open_window()


def child(window, cls, name):
    found = window.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r}"
    return found


def test_a_blank_canvas_claims_no_prediction(window):
    assert window.canvas.is_empty()
    assert window.scores.prediction() is None and "prediction: –" in window.scores.caption()
    draw_digit(child(window, QWidget, "canvas"), 3)
    window.refresh_now()
    assert window.scores.prediction() is not None
    window.canvas.clear()
    window.refresh_now()
    assert window.scores.prediction() is None


def test_the_target_in_force_shows_beside_the_backprop_button(window):
    readout = child(window, QLabel, "target_readout")
    button = child(window, QPushButton, "backprop_button")
    assert readout.isVisible() and readout.text() == "→ target 0"
    # Next to the buttons: right under them, not with the Target selector above.
    assert readout.parentWidget() is button.parentWidget()
    assert 0 < readout.mapTo(window, readout.rect().topLeft()).y() - button.mapTo(window, button.rect().topLeft()).y() < 3 * button.height()
    child(window, QComboBox, "target_selector").setCurrentIndex(3)
    assert readout.text() == "→ target 3"
    window.set_target("random")
    assert readout.text() == "→ target random"


def test_the_loss_readout_is_never_stale_after_a_reset(window):
    label = child(window, QLabel, "loss_label")
    window.set_lr(1000.0)
    draw_digit(child(window, QWidget, "canvas"), 3)
    window.refresh_now()
    for _ in range(20):
        window.step(1)
        if window.session.trainer.diverged:
            break
    window.refresh_now()
    assert window.session.trainer.diverged and "diverged" in label.text()
    child(window, QPushButton, "reset_button").click()
    window.refresh_now()
    assert label.text() == "loss —"  # the weights it was about are gone
    window.set_lr(0.01)
    window.step(1)
    window.refresh_now()
    assert label.text().startswith("loss ") and label.text() != "loss —" and "diverged" not in label.text()
    window.use_random(3)
    window.refresh_now()
    assert label.text() == "loss —"


def test_new_lesson_clears_the_history_and_restores_the_chosen_weights(window):
    window.use_random(7)
    chosen = {k: v.clone() for k, v in window.session.net.state_dict().items()}
    draw_digit(child(window, QWidget, "canvas"), 3)
    window.refresh_now()
    window.step(10)
    window.set_lr(0.5)
    window.refresh_now()
    assert window.loss.marker_count() > 0 and len(window.loss.shown_data()[0]) == 10
    action = child(window, QAction, "new_lesson_action")
    assert action in window.menuBar().actions()[0].menu().actions()  # in the File menu
    action.trigger()
    window.refresh_now()
    assert len(window.session.trainer.history) == 0 and window.session.trainer.events == []
    assert len(window.loss.shown_data()[0]) == 0 and window.loss.marker_count() == 0
    assert window.loss.hint_rect() is not None
    for k, v in window.session.net.state_dict().items():
        assert v.equal(chosen[k]), k
    assert window.session.weights_label == "Random (seed 7)"
    assert child(window, QLabel, "step_label").text() == "step 0"
    assert child(window, QLabel, "loss_label").text() == "loss —"
