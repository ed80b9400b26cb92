"""Long and wild sessions: divergence at any learning rate, 2,000 random clicks, thousands of repaints."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QPushButton, QWidget
from safetensors.torch import save_file

from lenet_gui.core import Net
from lenet_gui.replay import draw_digit
from lenet_gui.ui.main_window import MainWindow
from lenet_gui.ui.training_panel import CUSTOM_TEXT, RANDOM_TEXT
from tests.helpers_ui import draw_stroke

VIEW_WIDTH = {"tutorial": 576, "lenet5": 400}


@pytest.fixture
def window(open_window):
    return open_window((1280, 860), random_weights=True, seed=0)


def child(window, cls, name):
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


def curve_points(window) -> int:
    return len(window.loss.shown_data()[1])


def type_lr(qtbot, box: QDoubleSpinBox, text: str) -> None:
    """Select the box's text and type a new value, then Enter, as a student does."""
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def click_checkbox(qtbot, box: QCheckBox) -> None:
    """Click on the tick box itself (the widget may be far wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def repaint_everything(window) -> None:
    """Paint every dock, the banner and the plot now, through their real paint paths."""
    for dock in window.docks.values():
        if dock.isVisible():
            dock.repaint()
            dock.widget().grab()
    child(window, pg.PlotWidget, "loss_plot").viewport().repaint()
    window.maps.repaint()
    window.banner.grab()
    window.grab()


# -- divergence --------------------------------------------------------------------------------
def _lrs() -> list[str]:
    # Typed as text: the maximum, just below it, and values far beyond (clamped to it).
    return ["1000", "500", "200", "1e9", "99999"]


@pytest.mark.parametrize("typed", _lrs())
def test_play_at_a_huge_learning_rate_diverges_stops_and_recovers(window, qtbot, typed):
    draw_digit(child(window, QWidget, "canvas"), 5)
    window.set_target("5")
    lr_box = child(window, QDoubleSpinBox, "lr_input")
    type_lr(qtbot, lr_box, typed)
    expected = min(float(typed), lr_box.maximum())
    assert window.session.trainer.lr == expected == lr_box.value()
    play = child(window, QPushButton, "play_button")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert window.is_playing()
    qtbot.waitUntil(lambda: window.session.trainer.diverged, timeout=20000)
    qtbot.waitUntil(lambda: not window.is_playing(), timeout=5000)
    window.refresh_now()

    s = window.session
    history = s.trainer.history.to_numpy()
    last = history[-1]
    # Either the loss itself blew up, or an update overflowed and was undone.
    assert not math.isfinite(last) or s.trainer.diverged
    assert all(torch.isfinite(p).all() for p in s.net.parameters()), "a weight became nan/inf"
    assert not play.isChecked() and play.text() == "Play"
    banner = child(window, QWidget, "diverged_banner")
    text = window.banner_text.text()
    assert banner.isVisible() and window.banner_title.text() == "Diverged" and "learning rate" in text
    assert ("nan" in text or "inf" in text) if not math.isfinite(last) else "overflow" in text
    reset = child(window, QPushButton, "banner_reset_button")
    assert reset.isVisible() and reset.isEnabled()
    # Play refuses to start again while diverged, and says why.
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not window.is_playing() and not play.isChecked()
    assert "diverged" in window.statusBar().currentMessage().lower()

    # Every panel still paints with the nan/inf in the history.
    repaint_everything(window)
    assert curve_points(window) == len(history)
    assert window.loss.last_label.text().startswith(f"step {len(history):,}")
    assert window.training.step_label.text() == f"step {len(history):,}"

    # Reset recovers: the banner goes, and a sane learning rate trains with finite losses.
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    window.refresh_now()
    assert not s.trainer.diverged and not banner.isVisible()
    type_lr(qtbot, lr_box, "0.01")
    button = child(window, QPushButton, "backprop_button")
    for _ in range(5):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.refresh_now()
    tail = s.trainer.history.to_numpy()[-5:]
    assert np.isfinite(tail).all() and not s.trainer.diverged
    assert len(s.trainer.history) == len(history) + 5
    repaint_everything(window)


def test_an_overflowing_update_is_undone_and_named_in_the_banner(window, qtbot, tmp_path):
    """Finite weights, finite loss, but lr × gradient exceeds float32: the update overflows."""
    state = {k: v.clone() for k, v in Net("tutorial", seed=0).state_dict().items()}
    state["fc2.weight"].zero_()
    state["fc2.bias"].fill_(1e36)  # every fc2 unit outputs 1e36 ...
    state["fc3.weight"].fill_(1e-37)  # ... scaled back to an output of about 8: a finite loss
    path = tmp_path / "on_the_edge.safetensors"
    save_file(state, path)
    assert window.open_weights_file(path)
    draw_digit(child(window, QWidget, "canvas"), 1)
    type_lr(qtbot, child(window, QDoubleSpinBox, "lr_input"), "1000")
    before = {k: v.clone() for k, v in window.session.net.state_dict().items()}
    qtbot.mouseClick(child(window, QPushButton, "backprop_button"), Qt.MouseButton.LeftButton)
    window.refresh_now()
    s = window.session
    assert s.trainer.diverged and math.isfinite(s.trainer.history[-1])
    assert all(torch.equal(before[k], v) for k, v in s.net.state_dict().items()), "not undone"
    text = window.banner_text.text()
    assert window.banner.isVisible() and "overflow" in text and "learning rate" in text, text
    # On a 1366×768 laptop the explanation is shown whole, not cut off at the bottom.
    window.resize(1366, 768)
    qtbot.wait(50)
    label = window.banner_text
    assert label.heightForWidth(label.width()) <= label.height(), "the banner text is clipped"
    repaint_everything(window)
    qtbot.mouseClick(window.banner_reset, Qt.MouseButton.LeftButton)
    window.refresh_now()
    assert not window.banner.isVisible()


def test_controls_follow_changes_made_from_code(window):
    """set_lr / set_target called by a script or a test show up in the panel as well."""
    window.set_lr(0.5)
    assert window.training.lr() == 0.5
    window.set_target("7")
    assert window.training.target_selector.currentText() == "7"
    window.set_target("custom", [0.5] * 10)
    assert window.training.current_target() == ("custom", [0.5] * 10)
    assert not window.training.custom_message.isVisible()
    window.set_target("random")
    assert window.training.target_selector.currentText() == RANDOM_TEXT


def test_refresh_now_catches_up_panels_that_were_closed(window, qtbot, tmp_path):
    """Closed docks skip frames; refresh_now (and the exports built on it) must still catch up."""
    draw_digit(child(window, QWidget, "canvas"), 9)
    window.docks["loss"].close()
    window.docks["output"].close()
    for _ in range(6):
        qtbot.mouseClick(window.training.backprop_button, Qt.MouseButton.LeftButton)
        qtbot.wait(40)  # frames run while the docks are closed
    window.refresh_now()
    n = len(window.session.trainer.history)
    assert n == 6 and curve_points(window) == n
    assert window.loss.last_label.text().startswith("step 6:")
    # Each bar's tooltip gives its value: the output of the net as it is after the six steps.
    shown = [float(window.scores.value_text(window.scores.bar_rect(i).center()).split(": ")[1].split()[0]
                   .replace("\u2212", "-")) for i in range(10)]
    assert np.allclose(shown, np.asarray(window.session.trace().output[0]), atol=1e-3)
    window.docks["loss"].show()
    qtbot.wait(50)
    assert curve_points(window) == n


def test_moderate_learning_rates_never_break_play(window, qtbot):
    """Every rung of the ladder up to 100: Play runs, then either diverges cleanly or stays finite."""
    draw_digit(child(window, QWidget, "canvas"), 2)
    window.set_target("random")
    lr_box = child(window, QDoubleSpinBox, "lr_input")
    play = child(window, QPushButton, "play_button")
    for lr in (0.0, 0.001, 0.1, 1.0, 5.0, 20.0, 100.0):
        window.reset_weights()
        lr_box.setValue(lr)
        before = len(window.session.trainer.history)
        qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda b=before: len(window.session.trainer.history) >= b + 150
                        or not window.is_playing(), timeout=20000)
        if window.is_playing():
            qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
        window.refresh_now()
        s = window.session
        assert all(torch.isfinite(p).all() for p in s.net.parameters())
        assert window.banner.isVisible() == s.trainer.diverged
        if not s.trainer.diverged:
            assert np.isfinite(s.trainer.history.to_numpy()[before:]).all()
        repaint_everything(window)


def test_zero_grad_off_with_a_big_learning_rate_diverges_cleanly(window, qtbot):
    draw_digit(child(window, QWidget, "canvas"), 8)
    click_checkbox(qtbot, child(window, QCheckBox, "zero_grad_checkbox"))
    assert window.session.trainer.zero_grad is False
    child(window, QDoubleSpinBox, "lr_input").setValue(50.0)
    window.set_playing(True)
    qtbot.waitUntil(lambda: window.session.trainer.diverged, timeout=20000)
    qtbot.waitUntil(lambda: not window.is_playing(), timeout=5000)
    window.refresh_now()
    assert window.banner.isVisible()
    repaint_everything(window)
    window.reset_weights()
    window.refresh_now()
    assert not window.banner.isVisible()


# -- a random session ----------------------------------------------------------------------------
class RandomStudent:
    """Seeded random user actions on the real window, each checked right after it happened."""

    def __init__(self, window: MainWindow, qtbot, seed: int):
        self.w, self.qtbot = window, qtbot
        self.rng = np.random.default_rng(seed)
        self.surface = child(window, QWidget, "canvas")
        t = window.training
        self.buttons = {
            "step": t.backprop_button, "x10": t.step10_button, "play": t.play_button,
            "reset": t.reset_button, "clear": child(window, QPushButton, "clear_button"),
        }
        self.target = child(window, QComboBox, "target_selector")
        self.arch = child(window, QComboBox, "arch_selector")
        self.lr = child(window, QDoubleSpinBox, "lr_input")
        self.counts: dict[str, int] = {}
        self.max_steps_seen = 0
        self.actions = [
            (self.stroke, 14), (self.clear, 3), (self.undo, 4), (self.redo, 3), (self.step, 12),
            (self.step10, 5), (self.play, 5), (self.wait, 5), (self.set_target, 5),
            (self.custom_value, 2), (self.set_lr, 5), (self.type_lr, 3), (self.set_arch, 2),
            (self.reset, 3), (self.banner_reset, 2), (self.weights, 2), (self.zero_grad, 1),
            (self.resize, 2), (self.close_dock, 2), (self.toggle_dock, 2), (self.reset_layout, 1),
        ]
        weights = np.array([w for _, w in self.actions], dtype=float)
        self.p = weights / weights.sum()

    # -- actions; each returns how many steps it must have taken, as (low, high) --------------
    def press(self, name: str) -> None:
        self.qtbot.mouseClick(self.buttons[name], Qt.MouseButton.LeftButton)

    def playing(self) -> bool:
        return self.w.is_playing()

    def stroke(self):
        s = self.surface
        n = int(self.rng.integers(1, 12))
        # Up to 40% beyond each edge: strokes that start, end or run entirely outside.
        xs = self.rng.uniform(-0.4, 1.4, n) * s.width()
        ys = self.rng.uniform(-0.4, 1.4, n) * s.height()
        draw_stroke(self.qtbot, s, list(zip(xs.tolist(), ys.tolist(), strict=True)))
        return None  # Play may have run meanwhile (draw_stroke lets events through)

    def clear(self):
        self.press("clear")
        return (0, 0) if not self.playing() else None

    def undo(self):
        for _ in range(int(self.rng.integers(1, 6))):  # often past the first command
            self.qtbot.keyClick(self.w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        return None

    def redo(self):
        for _ in range(int(self.rng.integers(1, 4))):
            self.qtbot.keyClick(self.w, Qt.Key.Key_Z,
                                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        return None

    def step(self):
        playing = self.playing()
        self.press("step")
        return (0, 0) if playing else (1, 1)

    def step10(self):
        playing, diverged = self.playing(), self.w.session.trainer.diverged
        self.press("x10")
        if playing:
            return (0, 0)
        return (1, 1) if diverged else (1, 10)

    def play(self):
        self.press("play")
        self.qtbot.wait(int(self.rng.integers(0, 8)))
        return None

    def wait(self):
        self.qtbot.wait(int(self.rng.integers(0, 15)))
        return None

    def set_target(self):
        texts = [*[str(d) for d in range(10)], RANDOM_TEXT, CUSTOM_TEXT]
        self.target.setCurrentIndex(self.target.findText(str(self.rng.choice(texts))))
        return None

    def custom_value(self):
        if self.target.currentText() != CUSTOM_TEXT:
            self.target.setCurrentIndex(self.target.findText(CUSTOM_TEXT))
        spin = self.w.training.custom_inputs[int(self.rng.integers(0, 10))]
        spin.setValue(float(self.rng.choice([-100.0, 100.0, 0.0, self.rng.uniform(-100, 100)])))
        return None

    def set_lr(self):
        self.lr.setValue(float(self.rng.choice([0.0, 1e-6, 0.001, 0.01, 0.1, 1.0, 10.0,
                                                self.lr.maximum()])))
        return None

    def type_lr(self):
        text = str(self.rng.choice(["0", "1e-300", "0.05", "1000", "1e9", "-5", "nan", "inf",
                                    "abc", "1e", "2.5e-3"]))
        type_lr(self.qtbot, self.lr, text)
        return None

    def set_arch(self):
        self.arch.setCurrentIndex(int(self.rng.integers(0, self.arch.count())))
        return None

    def reset(self):
        self.press("reset")
        return (0, 0)  # reset stops Play first, inside the click

    def banner_reset(self):
        if self.w.banner_reset.isVisible():
            self.qtbot.mouseClick(self.w.banner_reset, Qt.MouseButton.LeftButton)
            return (0, 0)
        return None

    def weights(self):
        if self.rng.random() < 0.5:
            self.w.pretrained_action.trigger()
        else:
            self.w.use_random(int(self.rng.integers(0, 2**31 - 1)))
        return (0, 0)

    def zero_grad(self):
        click_checkbox(self.qtbot, child(self.w, QCheckBox, "zero_grad_checkbox"))
        return None

    def resize(self):
        self.w.resize(int(self.rng.integers(300, 2200)), int(self.rng.integers(250, 1500)))
        self.qtbot.wait(0)
        return None

    def close_dock(self):
        dock = list(self.w.docks.values())[int(self.rng.integers(0, len(self.w.docks)))]
        dock.close()
        return None

    def toggle_dock(self):
        dock = list(self.w.docks.values())[int(self.rng.integers(0, len(self.w.docks)))]
        dock.toggleViewAction().trigger()
        return None

    def reset_layout(self):
        self.w.reset_layout()
        return None

    # -- the loop ------------------------------------------------------------------------------
    def run(self, n: int) -> None:
        w = self.w
        with self.qtbot.capture_exceptions() as errors:
            for i in range(n):
                action = self.actions[int(self.rng.choice(len(self.actions), p=self.p))][0]
                name = action.__name__
                self.counts[name] = self.counts.get(name, 0) + 1
                before = len(w.session.trainer.history)
                expected = action()
                w.refresh_now()
                assert not errors, f"action {i} ({name}) raised: {errors[0][1]!r}"
                self.check(i, name, before, expected)
        w.set_playing(False)

    def check(self, i: int, name: str, before: int, expected) -> None:
        w, s = self.w, self.w.session
        where = f"after action {i} ({name})"
        n = len(s.trainer.history)
        assert n >= before and n >= self.max_steps_seen, f"{where}: the loss history shrank"
        self.max_steps_seen = n
        if expected is not None:
            lo, hi = expected
            assert lo <= n - before <= hi, f"{where}: {n - before} steps, expected {lo}–{hi}"
        assert s.trace()["view"].shape == (1, VIEW_WIDTH[s.arch]), where
        # The plot shows every step (an all-nan history leaves nothing drawable).
        drawable = n if np.isfinite(s.trainer.history.to_numpy()).any() else 0
        assert curve_points(w) == drawable, f"{where}: plot has {curve_points(w)} points, history {n}"
        if n:
            assert w.loss.last_label.text().startswith(f"step {n:,}:"), where
        assert w.training.step_label.text() == f"step {n:,}", where
        assert w.status_steps.text() == f"{n:,} steps", where
        if not s.trainer.diverged:
            assert all(bool(torch.isfinite(p).all()) for p in s.net.parameters()), where
        assert w.banner.isHidden() == (not s.trainer.diverged), where
        assert w.training.play_button.isChecked() == w.is_playing(), where
        assert s.trainer.lr == w.training.lr(), where
        assert 0 <= s.trainer.lr <= self.lr.maximum(), where


def test_two_thousand_random_actions_on_the_real_window(window, qtbot):
    student = RandomStudent(window, qtbot, seed=2024)
    student.run(2000)
    # Every kind of action really happened, many times.
    assert set(student.counts) == {a.__name__ for a, _ in student.actions}
    assert min(student.counts.values()) >= 20, student.counts
    s = window.session
    assert len(s.trainer.history) > 300
    assert np.isfinite(s.trainer.history.to_numpy()).any()
    window.reset_layout()
    window.refresh_now()
    repaint_everything(window)


# -- sustained updates ---------------------------------------------------------------------------
def test_two_thousand_steps_with_a_full_repaint_each(window, qtbot):
    """Step, refresh, then paint the feature maps and the loss plot, 2,000 times in a row."""
    draw_digit(child(window, QWidget, "canvas"), 6)
    window.set_target("random")
    plot_view = child(window, pg.PlotWidget, "loss_plot").viewport()
    maps = child(window, QWidget, "feature_maps")
    with qtbot.capture_exceptions() as errors:
        for i in range(2000):
            window.step(1)
            window.refresh_now()
            maps.repaint()
            plot_view.repaint()
            if i % 250 == 0:
                qtbot.wait(0)  # let queued events through, as the event loop would
                assert not errors, errors[0][1]
    assert not errors, errors[0][1]
    assert len(window.session.trainer.history) == 2000 == curve_points(window)
    assert window.loss.last_label.text().startswith("step 2,000:")


def test_the_divergence_banner_speaks_up_in_presentation_mode_and_back(open_window, qtbot):
    """On a projector the banner is read from the back row: its texts at least as large as
    the rest of the window's, the big word larger; back to their own sizes after."""
    window = open_window((1800, 1000), random_weights=True, seed=0)
    draw_digit(child(window, QWidget, "canvas"), 3)
    window.set_lr(100.0)
    for _ in range(500):
        window.step(1)
        if window.session.trainer.diverged:
            break
    window.refresh_now()
    assert window.banner.isVisible()

    def sizes():
        for label in (window.banner_title, window.banner_text, window.banner_reset):
            label.ensurePolished()
        return [w.font().pointSizeF() for w in (window.banner_title, window.banner_text, window.banner_reset)]

    normal = sizes()
    assert normal[0] > normal[1]
    window.set_presentation(True)
    selector = window.findChild(QComboBox, "inspect_selector")
    selector.ensurePolished()
    big = selector.font().pointSizeF()
    assert big > normal[1]  # the case: the projector's text is larger than the banner's own
    title, text, button = sizes()
    assert text >= big and button >= big and title > text
    label = window.banner_text
    assert label.heightForWidth(label.width()) <= window.banner.height(), "the banner text is clipped"
    window.set_presentation(False)
    assert sizes() == normal
