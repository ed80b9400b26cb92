"""The controller alone: frames coalesce, Backprop and Play train the session, class-set
training reports its progress and its end, and nothing there touches a widget."""

from __future__ import annotations

import numpy as np

from lenet_gui.core import Session, one_hot
from lenet_gui.ui.controller import Controller


def make(qtbot):
    session = Session(weights="random", seed=0)
    frames: list[set[str]] = []
    controller = Controller(session, lambda dirty, everything: frames.append(set(dirty)),
                            lambda: np.zeros((280, 280), np.uint8))
    return session, controller, frames


def test_changes_marked_together_are_shown_in_one_frame(qtbot):
    session, c, frames = make(qtbot)
    c.refresh_now()
    frames.clear()
    c.schedule("net")
    c.schedule("history")
    c.schedule("net", "layout")
    qtbot.waitUntil(lambda: frames != [], timeout=2000)
    qtbot.wait(50)
    assert frames == [{"net", "history", "layout"}]


def test_step_trains_and_asks_for_one_frame(qtbot):
    session, c, frames = make(qtbot)
    c.refresh_now()
    frames.clear()
    assert c.step(3)
    assert len(session.trainer.history) == 3
    qtbot.waitUntil(lambda: frames != [], timeout=2000)
    assert frames[0] >= {"net", "history"}


def test_play_runs_until_stopped(qtbot):
    session, c, _ = make(qtbot)
    with qtbot.waitSignal(c.playingChanged) as started:
        c.set_playing(True)
    assert started.args == [True] and c.is_playing()
    qtbot.waitUntil(lambda: len(session.trainer.history) > 5, timeout=5000)
    c.set_playing(False)
    n = len(session.trainer.history)
    qtbot.wait(50)
    assert not c.is_playing() and len(session.trainer.history) == n


def test_class_set_training_reports_progress_and_its_end(qtbot):
    session, c, _ = make(qtbot)
    examples = [(session.input.clone(), one_hot(d)) for d in range(4)]
    progress = []
    c.classTrainingProgress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(c.classTrainingEnded, timeout=10000) as ended:
        c.train_on(examples, epochs=3)
        assert c.is_training_on_class_set() and not c.step(1)  # Backprop waits for it
    assert ended.args == [12, True] and progress[0] == (0, 12) and progress[-1] == (12, 12)
    assert len(session.trainer.history) == 12 and not c.is_training_on_class_set()
