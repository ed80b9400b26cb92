"""`lenet-gui bench`: how fast the window steps, draws, plays, starts and stays small, vs targets."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass

WIDTH, HEIGHT = 1200, 800
MOUSE_PERIOD_S = 0.008  # a USB mouse reports at 125 Hz; strokes are replayed at that pace
FRAME_S = 0.016


@dataclass
class Row:
    """One line of the table: a measured figure against its target."""

    key: str
    name: str
    value: float
    unit: str
    figure: str  # the value as printed, with the medians and ratios behind it
    target: str
    ok: bool | None  # None: reported, no target


# ----------------------------------------------------------------------------- helpers
def _median(xs) -> float:
    return float(statistics.median(xs)) if xs else float("nan")


def _pct(xs, q: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    return float(s[min(len(s) - 1, int(round(q * (len(s) - 1))))])


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak, not current


class _PaintCounter:
    """Counts and timestamps paint events of some widgets (to prove the window really painted)."""

    def __init__(self, widgets):
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                    counter.times.append(time.perf_counter())
                return False

        self.count = 0
        self.times: list[float] = []
        self._filter = Filter()
        for w in widgets:
            w.installEventFilter(self._filter)

    def last_after(self, t: float) -> float | None:
        after = [x for x in self.times if x >= t]
        return after[0] if after else None


def _settle(app, rounds: int = 3) -> None:
    """Let queued updates (scene changes, then the viewport's paint) run to the end."""
    for _ in range(rounds):
        app.processEvents()


def _frame_now(app, window) -> None:
    """Run the pending frame through the window's own frame timer, now, and paint it.

    The timer would wait for the next 60 Hz slot; the work is the same. (refresh_now() would
    also redraw panels hidden behind tabs, which a frame skips.)
    """
    window.controller.frame_timer.start(0)
    while window.controller.frame_timer.isActive():
        app.processEvents()
    _settle(app)


# ----------------------------------------------------------------------------- the bare step
def _bare_setup(window):
    import torch
    import torch.nn as nn
    import torch.optim as optim

    from .core import Net

    net = Net("tutorial", seed=0)
    net.load_state_dict(window.session.net.state_dict())
    x = window.session.input.clone()
    target = window.session.target.clone()
    optimizer = optim.SGD(net.parameters(), lr=0.01)
    criterion = nn.MSELoss()
    torch.manual_seed(0)

    def step():
        # The tutorial's five lines, nothing around them.
        optimizer.zero_grad()
        output = net(x)
        loss = criterion(output, target)
        loss.backward()
        optimizer.step()

    step()  # the first optimizer.step() loads torch's compile support (seconds): not timed
    return step


def _time_calls(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


# ----------------------------------------------------------------------------- figures
def bench_step(app, window, n: int) -> tuple[list[Row], dict]:
    """Backprop button click → step → refresh of every dock → the window painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPushButton

    button = window.findChild(QPushButton, "backprop_button")
    docks = [window.maps, window.scores, window.loss.plot_widget.viewport(), window.training]
    painted = _PaintCounter(docks)
    bare = _bare_setup(window)

    def ui_step():
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        _frame_now(app, window)

    for _ in range(max(3, n // 10)):  # warm up caches, layouts, allocator
        ui_step()
        bare()
    ui, plain = [], []
    before = painted.count
    for _ in range(n):  # interleaved, so load on the machine hits both alike
        ui += _time_calls(ui_step, 1)
        plain += _time_calls(bare, 1)
    paints = (painted.count - before) / n
    med, p95, bare_med = _median(ui) * 1e3, _pct(ui, 0.95) * 1e3, _median(plain) * 1e3
    ratio = med / bare_med
    rows = [
        Row("step_ms", "Backprop step, every dock repainted (median)", med, "ms",
            f"{med:.2f} ms (p95 {p95:.2f})", "≤ 5 ms", med <= 5.0),
        Row("step_ratio", "  … vs the bare tutorial step", ratio, "×",
            f"{ratio:.2f}× of {bare_med:.2f} ms", "≤ 4×", ratio <= 4.0),
    ]
    return rows, {"step_ms": med, "step_p95_ms": p95, "bare_step_ms": bare_med,
                  "paints_per_step": paints}


def bench_draw(app, window, strokes: int) -> tuple[list[Row], dict]:
    """Mouse moves at 125 Hz: each move's cost incl. the refresh it triggers; latency to the docks."""
    from PySide6.QtWidgets import QWidget

    from .replay import draw_digit

    surface = window.findChild(QWidget, "canvas")
    painted = _PaintCounter([window.maps])
    refreshed: list[float] = []
    window.controller.frame_timer.timeout.connect(lambda: refreshed.append(time.perf_counter()))

    costs: list[float] = []
    state = {"t0": 0.0}

    def paced_move():
        # The move event has just been handled; run what it set off, as the event loop would.
        _settle(app)
        now = time.perf_counter()
        costs.append(now - state["t0"])
        # Wait for the next mouse report without handling events, so the work stays counted.
        while time.perf_counter() < now + MOUSE_PERIOD_S:
            time.sleep(0.0005)
        state["t0"] = time.perf_counter()

    for i in range(strokes):
        window.canvas.clear()
        _settle(app)
        time.sleep(FRAME_S)
        state["t0"] = time.perf_counter()
        draw_digit(surface, i % 10, on_move=paced_move)
    _settle(app)

    # Latency, in the worst phase: a move right after a frame waits longest for the next one.
    delays: list[float] = []
    digits = [d % 10 for d in range(max(4, strokes))]
    for d in digits:
        window.canvas.clear()
        _settle(app)
        time.sleep(0.05)  # long idle: the first move is shown at once; frames follow
        draw_digit(surface, d)  # a stroke on the canvas; frames pending
        # One more move of the stroke, sent right after a frame was shown.
        start = len(refreshed)
        deadline = time.perf_counter() + 0.2
        while len(refreshed) == start and time.perf_counter() < deadline:
            app.processEvents()
        _settle(app)
        from .replay import DIGITS, to_widget

        box = (0.2, 0.12, 0.6, 0.76)
        x, y = DIGITS[d][0][-1]
        from PySide6.QtCore import QEvent, QPointF, Qt
        from PySide6.QtGui import QMouseEvent

        left = Qt.MouseButton.LeftButton
        p = to_widget(surface, (x, y), box)
        for dx in (0.004, 0.0):  # press, then the timed move
            q = QPointF(p.x() + dx * 100, p.y())
            kind = QEvent.Type.MouseButtonPress if dx else QEvent.Type.MouseMove
            ev = QMouseEvent(kind, q, QPointF(surface.mapToGlobal(q.toPoint())), left if dx else
                             Qt.MouseButton.NoButton, left, Qt.KeyboardModifier.NoModifier)
            app.sendEvent(surface, ev)
        t_last = time.perf_counter()
        n_ref = len(refreshed)
        deadline = t_last + 0.5
        shown = None
        while time.perf_counter() < deadline:
            app.processEvents()
            if len(refreshed) > n_ref:
                shown = painted.last_after(refreshed[n_ref])
                if shown is not None:
                    break
        ev = QMouseEvent(QEvent.Type.MouseButtonRelease, q, QPointF(surface.mapToGlobal(q.toPoint())),
                         left, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        app.sendEvent(surface, ev)
        if shown is not None:
            delays.append(shown - t_last)
    _settle(app)

    med, p95 = _median(costs) * 1e3, _pct(costs, 0.95) * 1e3
    d_med, d_max = _median(delays) * 1e3, max(delays) * 1e3 if delays else float("nan")
    rows = [
        Row("move_p95_ms", "Mouse move incl. the refresh it sets off (p95)", p95, "ms",
            f"{p95:.2f} ms (median {med:.2f}, {len(costs)} moves)", "≤ 8 ms", p95 <= 8.0),
        Row("move_delay_ms", "Move → docks show it, worst phase (median)", d_med, "ms",
            f"{d_med:.1f} ms (max {d_max:.1f}, {len(delays)} strokes)", "≤ 16 ms", d_med <= 16.0),
    ]
    return rows, {"move_ms": med, "move_p95_ms": p95, "move_delay_ms": d_med,
                  "move_delay_max_ms": d_max}


def bench_play(app, window, seconds: float, rounds: int) -> tuple[list[Row], dict]:
    """Play with the real timer and event loop vs the bare five lines, in alternating rounds.

    The figure is the median of the rounds' ratios: on a shared machine a burst of load elsewhere
    slows one round, and a median of paired rounds leaves it out where a total would count it.
    """
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QPushButton

    play = window.findChild(QPushButton, "play_button")
    painted = _PaintCounter([window.maps])
    frames = [0]
    window.controller.frame_timer.timeout.connect(lambda: frames.__setitem__(0, frames[0] + 1))
    bare = _bare_setup(window)
    history = window.session.trainer.history
    ui_steps = bare_steps = paints = refreshes = 0
    ui_time = bare_time = 0.0
    ratios = []
    chunk = seconds / rounds
    for _ in range(rounds):
        end = time.perf_counter() + chunk
        t0 = time.perf_counter()
        k = 0
        while time.perf_counter() < end:
            bare()
            k += 1
        bare_dt = time.perf_counter() - t0
        bare_time += bare_dt
        bare_steps += k

        loop = QEventLoop()
        n0, p0, f0 = len(history), painted.count, frames[0]
        t0 = time.perf_counter()
        play.click()
        QTimer.singleShot(int(chunk * 1000), loop.quit)
        loop.exec()
        play.click()
        ui_dt = time.perf_counter() - t0
        ui_time += ui_dt
        ui_steps += len(history) - n0
        ratios.append(((len(history) - n0) / ui_dt) / (k / bare_dt))
        paints += painted.count - p0
        refreshes += frames[0] - f0
        _settle(app)
    ui_rate, bare_rate = ui_steps / ui_time, bare_steps / bare_time
    ratio = _median(ratios)
    fps = refreshes / ui_time
    rows = [
        Row("play_ratio", "Play steps/s, all docks live, vs bare loop", ratio, "×",
            f"{ratio:.2f} ({ui_rate:.0f} vs {bare_rate:.0f} steps/s, {rounds} rounds "
            f"{min(ratios):.2f}–{max(ratios):.2f})", "≥ 0.8", ratio >= 0.8),
        Row("play_fps", "  … frames (every dock redrawn) while playing", fps, "/s",
            f"{fps:.1f} /s (maps painted {paints / ui_time:.1f} /s)", "≤ 60 /s", fps <= 61.0),
    ]
    return rows, {"play_steps_per_s": ui_rate, "bare_steps_per_s": bare_rate, "play_ratio": ratio,
                  "play_round_ratios": ratios, "play_redraws_per_s": fps}


def bench_explain(app, window, n: int, seconds: float, rounds: int) -> tuple[list[Row], dict]:
    """The Explain panel: a click on a value until the panel has painted its explanation, and
    Play with the panel open, following one value live."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.docks["explain"].show()
    window.docks["explain"].raise_()
    _frame_now(app, window)
    maps = window.maps
    # A lesson's mix: conv cells (1 and 6 input channels), pool, relu, view, fc1 and fc3.
    cells = [("conv1", (2, 12, 14)), ("conv2", (7, 5, 6)), ("pool1", (1, 7, 8)), ("relu2", (3, 6, 6)),
             ("view", (200,)), ("fc1", (11,)), ("fc3", (3,)), ("conv2", (12, 8, 3))]
    painted = _PaintCounter([window.explain_panel.board])
    times = []
    for i in range(n + 5):
        key, index = cells[i % len(cells)]
        pos = maps.element_rect(key, index).center().toPoint()
        before = painted.count
        t0 = time.perf_counter()
        QTest.mouseClick(maps, Qt.MouseButton.LeftButton, pos=pos)
        while painted.count == before and time.perf_counter() - t0 < 1.0:
            app.processEvents()
        if i >= 5:  # warm-up
            times.append(time.perf_counter() - t0)
    p95 = _pct(times, 0.95) * 1e3
    window.explainer.select("conv2", (7, 5, 6))  # followed live while playing
    play, ratio = _play_with_panel_open(app, window, "explain_play", seconds, rounds)
    rows = [
        Row("explain_ms", "Explain: click a value → explanation painted (p95)", p95, "ms",
            f"{p95:.2f} ms (median {_median(times) * 1e3:.2f}, {len(times)} clicks)", "≤ 16 ms", p95 <= 16.0),
        play,
    ]
    return rows, {"explain_p95_ms": p95, "explain_play_ratio": ratio}


def _play_with_panel_open(app, window, key: str, seconds: float, rounds: int) -> tuple[Row, float]:
    """Play measured with the panel now in sight; then the Layers tab is raised again."""
    play_rows, play_extra = bench_play(app, window, seconds, rounds)
    ratio = play_extra["play_ratio"]
    window.docks["layers"].raise_()
    _settle(app)
    return Row(key, "  … Play steps/s with it open, vs bare loop", ratio, "×", play_rows[0].figure,
               "≥ 0.8", ratio >= 0.8), ratio


def bench_autograd(app, window, n: int, seconds: float, rounds: int) -> tuple[list[Row], dict]:
    """The Autograd graph panel open: its update after a step, and Play with it on screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPushButton

    window.docks["autograd"].show()
    window.docks["autograd"].raise_()
    _settle(app)
    button = window.findChild(QPushButton, "backprop_button")
    times = []
    for i in range(n + 5):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        t0 = time.perf_counter()
        window.presenter.update()  # the replayed backward, the graph items, the repaint
        window.autograd.view.viewport().repaint()
        if i >= 5:  # warm-up
            times.append(time.perf_counter() - t0)
        _frame_now(app, window)
    p95 = _pct(times, 0.95) * 1e3
    play, ratio = _play_with_panel_open(app, window, "autograd_play", seconds, rounds)
    rows = [
        Row("autograd_ms", "Autograd graph: update after a step (p95)", p95, "ms",
            f"{p95:.2f} ms (median {_median(times) * 1e3:.2f})", "≤ 16 ms", p95 <= 16.0),
        play,
    ]
    return rows, {"autograd_p95_ms": p95, "autograd_play_ratio": ratio}


_COLD_CHILD = r"""
import os, sys, time
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
import torch
torch.set_num_threads(1)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from lenet_gui.ui.errors import install_excepthook
from lenet_gui.ui.main_window import MainWindow

app = QApplication.instance() or QApplication(sys.argv[:1])
app.setApplicationName("lenet-gui")
app.setOrganizationName("lenet-gui")
window = MainWindow()
hook = install_excepthook(lambda: window)

class First(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done and obj.window() is window:
            self.done = True
            QTimer.singleShot(0, report)  # after the rest of this first frame has painted
        return False

def report():
    if window.controller.dirty or window.controller.frame_timer.isActive():  # docks not filled yet: wait for their paint
        First.done = False
        return
    print(f"SHOWN {time.time():.6f}", flush=True)
    app.quit()

first = First()
app.installEventFilter(first)
window.resize(%d, %d)
window.show()
app.exec()
hook.uninstall()
"""

_BASE_CHILD = r"""
import time
import torch, PySide6.QtWidgets, pyqtgraph
print(f"SHOWN {time.time():.6f}", flush=True)
"""


def _launch(code: str, env: dict) -> float:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("SHOWN "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"the child did not report: {out.stderr[-2000:]}")


def bench_cold(runs: int, home: str) -> tuple[list[Row], dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LENET_GUI_HOME=home,
               PYQTGRAPH_QT_LIB="PySide6")
    # A user's launch reads the bytecode that the install (or the first launch) wrote, as the
    # baseline's libraries do; a shell that forbids writing it (PYTHONDONTWRITEBYTECODE) would
    # time the compiling of the app's ~100 modules (~170 ms) at every launch instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_code = _COLD_CHILD % (WIDTH, HEIGHT)
    _launch(_BASE_CHILD, env)  # warm the file cache for both
    _launch(app_code, env)  # and write the app's bytecode where it was not yet
    app_t, base_t = [], []
    for _ in range(runs):  # interleaved: load on the machine hits both alike
        base_t.append(_launch(_BASE_CHILD, env))
        app_t.append(_launch(app_code, env))
    a, b = _median(app_t), _median(base_t)
    ratio = a / b
    rows = [Row("cold_ratio", "Cold start to first painted window vs imports", ratio, "×",
                f"{ratio:.2f} ({a:.2f} s vs {b:.2f} s, {runs} runs)", "≤ 1.3×", ratio <= 1.3)]
    return rows, {"cold_start_s": a, "imports_s": b, "cold_ratio": ratio}


def bench_memory(app, window, steps: int) -> tuple[list[Row], dict]:
    """RSS growth over many steps of Play (real timer, real refreshes)."""
    import gc

    from PySide6.QtCore import QEventLoop, QTimer

    history = window.session.trainer.history
    loop = QEventLoop()

    def run_until(n):
        def check():
            if len(history) >= n:
                window.set_playing(False)
                loop.quit()

        poll = QTimer(interval=50, timeout=check)
        poll.start()
        window.set_playing(True)
        loop.exec()
        poll.stop()
        _settle(app)

    warm = min(2000, steps // 10)
    run_until(len(history) + warm)
    gc.collect()
    before = _rss_mb()
    # The timeline keeps checkpoints on purpose (its own figure, timeline_mb): what grows
    # beyond them is what this figure is about.
    kept_before = window.session.timeline.nbytes / 2**20
    t0 = time.perf_counter()
    start_n = len(history)
    run_until(start_n + steps)
    window.refresh_now()
    _settle(app)
    gc.collect()
    after = _rss_mb()
    done = len(history) - start_n
    kept = window.session.timeline.nbytes / 2**20 - kept_before
    growth = after - before - kept
    limit = 10.0 * steps / 100_000 if steps < 100_000 else 10.0
    rows = [Row("rss_growth_mb", f"RSS growth over {done:,} Play steps, timeline aside", growth, "MB",
                f"{growth:+.1f} MB ({before:.0f} → {after:.0f} MB, timeline {kept:+.1f} MB, "
                f"{time.perf_counter() - t0:.0f} s)",
                f"≤ {limit:g} MB", growth <= limit)]
    return rows, {"rss_growth_mb": growth, "rss_before_mb": before, "rss_after_mb": after,
                  "timeline_growth_mb": kept,
                  "memory_steps": done}


def bench_loss_plot(app, window, points: int, n: int) -> tuple[list[Row], dict]:
    """set_history with a million losses and the plot repainted."""
    import numpy as np

    rng = np.random.default_rng(0)
    losses = np.abs(rng.standard_normal(points)).cumsum()[::-1] / points + 0.01
    plot = window.loss
    painted = _PaintCounter([plot.plot_widget.viewport()])

    def once():
        losses[-1] *= 0.999  # a new value each time, as Play would give
        plot.set_history(losses)
        _settle(app)

    once()
    before = painted.count
    times = _time_calls(once, n)
    assert painted.count > before, "the loss plot did not repaint"
    med = _median(times) * 1e3
    rows = [Row("plot_1e6_ms", f"Loss plot: set_history + repaint, {points:,} points", med, "ms",
                f"{med:.1f} ms (p95 {_pct(times, 0.95) * 1e3:.1f})", "≤ 50 ms", med <= 50.0)]
    window.refresh_now()  # back to the real history
    _settle(app)
    return rows, {"plot_1e6_ms": med}


def bench_matplotlib(window, ours_ms: float, n_scratch: int, n_reuse: int) -> tuple[list[Row], dict]:
    """The same maps and loss curve redrawn with matplotlib (Agg) after each step."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    import numpy as np

    session = window.session
    keys = ("conv1", "relu1", "pool1", "conv2", "relu2", "pool2")

    def maps():
        session.step()
        tr = session.trace()
        return [tr[k].activation[0] for k in keys], session.trainer.history.to_numpy()

    def layout():
        fig = plt.figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
        grid = fig.add_gridspec(7, 16)
        axes = []
        for row in range(len(keys)):
            for c in range(6 if row < 3 else 16):
                ax = fig.add_subplot(grid[row, c])
                ax.set_axis_off()
                axes.append(ax)
        loss_ax = fig.add_subplot(grid[6, :])
        return fig, axes, loss_ax

    def scratch():
        acts, hist = maps()
        fig, axes, loss_ax = layout()
        i = 0
        for a in acts:
            level = max(float(np.abs(a).max()), 1e-6)
            for ch in a:
                axes[i].imshow(ch, cmap="magma", vmin=0, vmax=level, interpolation="nearest")
                i += 1
        loss_ax.plot(np.arange(1, len(hist) + 1), hist)
        fig.canvas.draw()
        plt.close(fig)

    fig, axes, loss_ax = layout()
    acts, hist = maps()
    images = []
    i = 0
    for a in acts:
        for ch in a:
            images.append(axes[i].imshow(ch, cmap="magma", vmin=0, vmax=1, interpolation="nearest"))
            i += 1
    (line,) = loss_ax.plot(np.arange(1, len(hist) + 1), hist)
    fig.canvas.draw()

    def reuse():
        acts, hist = maps()
        i = 0
        for a in acts:
            level = max(float(np.abs(a).max()), 1e-6)
            for ch in a:
                images[i].set_data(ch)
                images[i].set_clim(0, level)
                i += 1
        line.set_data(np.arange(1, len(hist) + 1), hist)
        loss_ax.relim()
        loss_ax.autoscale_view()
        fig.canvas.draw()

    scratch()
    reuse()
    s = _median(_time_calls(scratch, n_scratch)) * 1e3
    r = _median(_time_calls(reuse, n_reuse)) * 1e3
    plt.close(fig)
    rows = [
        Row("mpl_scratch_x", "Speed-up vs matplotlib, new figure per step", s / ours_ms, "×",
            f"{s / ours_ms:.0f}× ({s:.0f} ms vs {ours_ms:.2f} ms)", "> 1×", s > ours_ms),
        Row("mpl_reuse_x", "Speed-up vs matplotlib, reused artists", r / ours_ms, "×",
            f"{r / ours_ms:.0f}× ({r:.0f} ms vs {ours_ms:.2f} ms)", "> 1×", r > ours_ms),
    ]
    return rows, {"mpl_scratch_ms": s, "mpl_reuse_ms": r}


def bench_timeline(window, steps: int, restores: int) -> tuple[list[Row], dict]:
    """A long session (the window's drawing and target): the timeline's memory, going back to
    random steps, and saving and reopening the whole session."""
    import random

    from .core import Session

    session = Session(arch=window.session.arch, weights="pretrained")
    session.input = window.session.input.clone()
    session.target = window.session.target.clone()
    trainer = session.trainer
    t0 = time.perf_counter()
    for _ in range(steps):
        trainer.step(session.input, session.target, copy_grads=False)
    train_s = time.perf_counter() - t0
    memory = session.timeline.nbytes / 2**20
    with tempfile.TemporaryDirectory(prefix="lenet-gui-bench-session-") as folder:
        path = os.path.join(folder, "long.lenet")
        t0 = time.perf_counter()
        session.save(path)
        saved = time.perf_counter()
        Session.open(path)
        save_open = time.perf_counter() - t0
        size_mb = os.path.getsize(path) / 2**20
        save_s = saved - t0
    # Each restore cuts the history there: going from the latest point down, each one goes
    # back through a timeline whose checkpoints at and before it are those of the whole run.
    points = sorted(random.Random(0).sample(range(steps), restores), reverse=True)
    times = []
    for n in points:
        t = time.perf_counter()
        session.restore(n)
        times.append(time.perf_counter() - t)
    p95 = _pct(times, 0.95) * 1e3
    rows = [
        Row("restore_p95_ms", f"Go back to a random step of {steps:,}", p95, "ms",
            f"{p95:.1f} ms p95 (median {_median(times) * 1e3:.1f}, {restores} restores)", "≤ 100 ms",
            p95 <= 100.0),
        Row("timeline_mb", f"Timeline memory after {steps:,} steps", memory, "MB",
            f"{memory:.1f} MB (spacing {session.timeline.spacing} steps)", "≤ 200 MB", memory <= 200.0),
        Row("session_save_open_s", f"Save + reopen a {steps:,}-step session", save_open, "s",
            f"{save_open:.2f} s ({save_s:.2f} s save, {size_mb:.1f} MB file)", "≤ 1 s", save_open <= 1.0),
    ]
    return rows, {"restore_p95_ms": p95, "timeline_mb": memory, "session_save_open_s": save_open,
                  "session_file_mb": size_mb, "timeline_steps": steps, "timeline_train_s": train_s}


# ----------------------------------------------------------------------------- driver
def _make_window(app):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from .replay import draw_digit
    from .ui.main_window import MainWindow

    window = MainWindow()
    window.resize(WIDTH, HEIGHT)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.refresh_now()
    _settle(app)
    draw_digit(window.findChild(QWidget, "canvas"), 3)
    window.training.target_selector.setCurrentIndex(window.training.target_selector.findText("3"))
    window.refresh_now()
    _settle(app)
    return window


def format_table(rows: list[Row]) -> str:
    w1 = max([len("figure")] + [len(r.name) for r in rows])
    w2 = max([len("measured")] + [len(r.figure) for r in rows])
    w3 = max([len("target")] + [len(r.target) for r in rows])
    lines = [f"{'figure':<{w1}}  {'measured':<{w2}}  {'target':<{w3}}  result",
             f"{'-' * w1}  {'-' * w2}  {'-' * w3}  ------"]
    for r in rows:
        verdict = "—" if r.ok is None else ("PASS" if r.ok else "FAIL")
        lines.append(f"{r.name:<{w1}}  {r.figure:<{w2}}  {r.target:<{w3}}  {verdict}")
    return "\n".join(lines)


FIGURES = ("step", "draw", "play", "autograd", "explain", "plot", "memory", "matplotlib", "timeline", "cold")


def run(quick: bool = False, only: tuple[str, ...] = FIGURES, log=print) -> tuple[list[Row], dict]:
    """Every figure, from one run. The caller has set up the environment (see main)."""
    import torch
    from PySide6.QtWidgets import QApplication

    torch.set_num_threads(1)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = _make_window(app)
    rows: list[Row] = []
    extra: dict = {}

    def add(result, what):
        r, e = result
        rows.extend(r)
        extra.update(e)
        log(f"  {what} done")

    try:
        if "step" in only or "matplotlib" in only:
            add(bench_step(app, window, 30 if quick else 400), "backprop step")
        if "draw" in only:
            add(bench_draw(app, window, 2 if quick else 20), "drawing")
        if "play" in only:
            add(bench_play(app, window, 1.0 if quick else 20.0, 2 if quick else 20), "play")
        if "autograd" in only:
            add(bench_autograd(app, window, 20 if quick else 200, 1.0 if quick else 10.0,
                               2 if quick else 10), "autograd graph")
        if "explain" in only:
            add(bench_explain(app, window, 20 if quick else 300, 1.0 if quick else 10.0,
                              2 if quick else 10), "explain panel")
        if "plot" in only:
            add(bench_loss_plot(app, window, 1_000_000, 3 if quick else 20), "loss plot")
        if "memory" in only:
            add(bench_memory(app, window, 2_000 if quick else 100_000), "memory")
        if "matplotlib" in only:
            add(bench_matplotlib(window, extra["step_ms"], 1 if quick else 5, 3 if quick else 30),
                "matplotlib")
        if "timeline" in only:
            add(bench_timeline(window, 2_000 if quick else 100_000, 10 if quick else 50), "timeline")
    finally:
        window.set_playing(False)
        window.close()
        window.deleteLater()
        _settle(app)
    if "cold" in only:
        add(bench_cold(1 if quick else 5, os.environ["LENET_GUI_HOME"]), "cold start")
    extra.update({
        "python": platform.python_version(), "torch": torch.__version__,
        "machine": platform.machine(), "cpus": os.cpu_count(), "torch_threads": torch.get_num_threads(),
        "quick": quick, "window": [WIDTH, HEIGHT],
    })
    return rows, extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lenet-gui bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a few iterations of each (for tests)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--only", default=",".join(FIGURES),
                        help=f"comma-separated figures to measure (default: all of {','.join(FIGURES)})")
    args = parser.parse_args(argv)

    saved = {k: os.environ.get(k) for k in ("QT_QPA_PLATFORM", "LENET_GUI_HOME", "PYQTGRAPH_QT_LIB")}
    with tempfile.TemporaryDirectory(prefix="lenet-gui-bench-") as home:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["LENET_GUI_HOME"] = home  # never touch the user's settings
        os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
        try:
            log = (lambda *_: None) if args.json else (lambda m: print(m, file=sys.stderr, flush=True))
            only = tuple(f.strip() for f in args.only.split(",") if f.strip())
            unknown = set(only) - set(FIGURES)
            if unknown:
                parser.error(f"unknown figure(s): {', '.join(sorted(unknown))}")
            rows, extra = run(quick=args.quick, only=only, log=log)
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    if args.json:
        print(json.dumps({"rows": [asdict(r) for r in rows], "details": extra}, indent=2))
    else:
        print(format_table(rows))
        failed = [r.key for r in rows if r.ok is False]
        print(f"\n{len(rows) - len(failed)}/{len(rows)} targets met"
              + (f"; missed: {', '.join(failed)}" if failed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
