"""The loss plot: data as given, gaps for non-finite values, log axis, capped markers, and
thousands of repaints without a crash (PySide6 6.12.0 + pyqtgraph 0.14.0 aborted here)."""

from __future__ import annotations

import warnings

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from lenet_gui.ui import loss_plot
from lenet_gui.ui.loss_plot import LossPlot
from lenet_gui.ui.presentation import TEXT_PX


@pytest.fixture
def plot(qtbot):
    p = LossPlot()
    qtbot.addWidget(p)
    p.resize(640, 400)
    p.show()
    qtbot.waitExposed(p)
    return p


def _tail(p: LossPlot) -> tuple[np.ndarray, np.ndarray]:
    """The points of the tail as drawn (in the view's coordinates: log10 in log mode)."""
    path = p.tail.path()
    pts = [path.elementAt(i) for i in range(path.elementCount())]
    return np.array([e.x for e in pts]), np.array([e.y for e in pts])


def _curve_y(p: LossPlot) -> np.ndarray:
    return np.asarray(p.shown_data()[1], dtype=np.float64)


def test_structure_names_and_labels(plot):
    assert isinstance(plot.plot_widget, pg.PlotWidget)
    assert plot.plot_widget.objectName() == "loss_plot"
    assert plot.findChild(pg.PlotWidget, "loss_plot") is plot.plot_widget
    assert plot.plot_item.getAxis("bottom").labelText == "step"
    assert plot.plot_item.getAxis("left").labelText == "MSE loss"
    assert plot.curve.opts["autoDownsample"] and plot.curve.opts["downsampleMethod"] == "peak"
    assert plot.curve.opts["clipToView"]
    assert plot.log_y_checkbox.objectName() == "log_y_checkbox" and plot.log_y_checkbox.toolTip()
    assert plot.plot_widget.toolTip()
    assert plot.plot_item.getAxis("left").style["tickFont"].pointSizeF() >= 10


def test_history_is_plotted_step_by_step_and_copied(plot):
    losses = np.array([0.5, 0.25, 0.125, 0.0625])
    plot.set_history(losses)
    losses[0] = 99.0  # the caller keeps using its array
    np.testing.assert_array_equal(plot.shown_data()[0], [1, 2, 3, 4])
    np.testing.assert_array_equal(_curve_y(plot), [0.5, 0.25, 0.125, 0.0625])
    assert "step 4" in plot.last_label.text() and "0.0625" in plot.last_label.text()
    first = plot.curve
    plot.set_history(np.arange(10.0))
    assert plot.curve is first  # created once, updated with setData
    assert plot.plot_item.listDataItems() == [plot.curve]


def test_non_finite_values_are_gaps_in_the_data_and_keep_the_axis(plot, qtbot):
    y = np.array([0.5, 0.4, np.inf, np.nan, 0.2, -np.inf, 0.1])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plot.set_history(y)
        plot.plot_widget.grab()
    shown = _curve_y(plot)
    assert np.isnan(shown[[2, 3, 5]]).all() and shown[[0, 1, 4, 6]].tolist() == [0.5, 0.4, 0.2, 0.1]
    # Drawn, they are bridged at the last drawable loss: the line has no holes to lose.
    assert plot.curve.yData.tolist() == [0.5, 0.4, 0.4, 0.4, 0.2, 0.2, 0.1]
    (_, _), (y0, y1) = plot.plot_item.getViewBox().viewRange()
    assert np.isfinite([y0, y1]).all() and y1 < 10  # inf did not blow up the range
    assert "diverged" not in plot.last_label.text()
    plot.set_history(np.array([0.3, np.inf]))
    assert "diverged (inf)" in plot.last_label.text()


def test_all_non_finite_and_empty_histories(plot):
    plot.set_history(np.array([np.nan, np.inf]))
    plot.plot_widget.grab()
    assert len(plot.shown_data()[0]) == 0
    plot.set_history(np.zeros(0))
    plot.plot_widget.grab()
    assert plot.empty_text.isVisible() and plot.last_label.text() == ""
    plot.set_history([0.1])
    assert not plot.empty_text.isVisible()


def test_log_y_by_mouse_copes_with_zero(plot, qtbot):
    seen = []
    plot.logYToggled.connect(seen.append)
    plot.set_history(np.array([1.0, 0.1, 0.0, 0.01, 1e-300]))
    box = plot.log_y_checkbox
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert seen == [True] and plot.log_y()
    assert plot.plot_item.getAxis("left").logMode
    shown = _curve_y(plot)
    assert np.isnan(shown[2]) and shown[3] == 0.01
    plot.plot_widget.grab()  # would warn (errors here) on log10(0)
    (_, _), (y0, y1) = plot.plot_item.getViewBox().viewRange()
    assert np.isfinite([y0, y1]).all()
    # Back to linear: the zero is a plain point again.
    plot.set_log_y(False)
    assert seen == [True] and _curve_y(plot)[2] == 0.0
    assert not plot.plot_item.getAxis("left").logMode


def test_markers_positions_colours_and_labels(plot):
    plot.set_history(np.linspace(1, 0.1, 50))
    events = [(0, "weights", "pretrained weights"), (10, "lr", "lr = 0.1"),
              (20, "reset", "weights reset"), (30, "arch", "architecture {5×5} LeNet-5 with a long name"),
              (40, "mystery", "x")]
    plot.set_events(events)
    markers = plot.markers()
    assert plot.marker_count() == 5
    assert [m.x for m in markers] == [0.5, 10.5, 20.5, 30.5, 40.5]
    assert markers[1].colour == loss_plot.MARKER_COLOURS["lr"]
    assert markers[2].colour == loss_plot.MARKER_COLOURS["reset"]
    assert markers[4].colour == loss_plot.OTHER_COLOUR
    assert markers[0].text == "pretrained weights"
    assert markers[3].text.startswith("architecture {5×5}")  # braces survive
    assert markers[3].text.endswith("…")
    assert "architecture {5×5} LeNet-5 with a long name" in markers[3].tooltip
    # Markers do not change the y range.
    (_, _), (y0, y1) = plot.plot_item.getViewBox().viewRange()
    assert y1 < 2


def test_markers_are_capped_and_hidden_again(plot):
    plot.set_history(np.ones(5000))
    plot.set_events([(k, "lr", f"lr = {k}") for k in range(3000)])
    assert plot.marker_count() == loss_plot.MAX_MARKERS
    markers = plot.markers()
    assert len(markers) == loss_plot.MAX_MARKERS
    assert markers[-1].x == 2999.5 and markers[0].x == 3000 - loss_plot.MAX_MARKERS + 0.5
    plot.set_events([(3, "reset", "weights reset")])
    assert plot.marker_count() == 1
    plot.set_events([])
    assert plot.marker_count() == 0 and plot.markers() == []
    plot.plot_widget.grab()


def test_a_million_points_are_downsampled_when_drawn(plot):
    y = np.abs(np.random.default_rng(0).standard_normal(1_000_000)) + 1e-3
    plot.set_history(y)
    plot.plot_widget.grab()
    x_shown, _ = plot.curve.getData()
    assert 0 < len(x_shown) < 20_000  # peak-downsampled to about two points per pixel
    plot.set_log_y(True)
    plot.plot_widget.grab()
    assert plot.plot_item.getAxis("left").logMode


def test_set_log_y_has_no_echo(plot):
    seen = []
    plot.logYToggled.connect(seen.append)
    plot.set_log_y(True)
    assert plot.log_y() and seen == []


def test_sustained_repaints_do_not_crash(plot, monkeypatch):
    """3,000 updates and repaints with a growing history and a few markers."""
    painted = []
    original = pg.AxisItem.paint

    def counting_paint(self, *args, **kwargs):
        painted.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pg.AxisItem, "paint", counting_paint)
    plot.resize(320, 220)  # small: the test is about many repaints, not big ones
    rng = np.random.default_rng(1)
    history = np.abs(rng.standard_normal(30_000)) * np.exp(-np.arange(30_000) / 5000)
    viewport = plot.plot_widget.viewport()
    axes = [plot.plot_item.getAxis(name) for name in ("left", "bottom")]
    for i in range(1, 3001):
        plot.set_history(history[: i * 10])
        for axis in axes:  # the axes are cached until their range moves: redraw them anyway
            axis.picture = None
            axis.update()
        if i % 500 == 0:
            plot.set_events([(k * 500, "lr", f"lr {k}") for k in range(i // 500)])
            plot.set_log_y(not plot.log_y())
        viewport.repaint()
    plot.grab()
    assert len(painted) >= 2 * 3000  # both axes really painted on every cycle
    np.testing.assert_array_equal(_curve_y(plot), history)


def test_view_holds_every_loss_and_moves_only_when_they_leave_it(plot):
    losses = list(np.linspace(1.0, 0.5, 100))
    plot.set_history(np.array(losses))
    (x0, x1), (y0, y1) = plot.plot_item.getViewBox().viewRange()
    assert x0 <= 1 and 100 < x1 < 200 and y0 < 0.5 and y1 > 1.0
    losses.append(0.49)  # one more step inside the view: the axes need not move
    plot.set_history(np.array(losses))
    assert plot.plot_item.getViewBox().viewRange() == [[x0, x1], [y0, y1]]
    losses += [3.0] * int(x1)  # a spike and many more steps: both ranges grow to hold them
    plot.set_history(np.array(losses))
    (_, x2), (_, y2) = plot.plot_item.getViewBox().viewRange()
    assert x2 >= len(losses) and y2 > 3.0
    plot.set_history(np.full(3, 0.001))  # a fresh lesson: the view shrinks back to it
    (_, x3), (y3, y4) = plot.plot_item.getViewBox().viewRange()
    assert x3 <= 10 and y3 < 0.001 < y4 < 0.01


def test_a_zoom_by_the_user_is_kept_until_log_y_toggles(plot, qtbot):
    plot.set_history(np.linspace(1.0, 0.5, 100))
    view = plot.plot_item.getViewBox()
    view.scaleBy((0.5, 0.5))  # what the mouse wheel does
    view.sigRangeChangedManually.emit(view.state["mouseEnabled"])
    zoomed = view.viewRange()
    plot.set_history(np.linspace(1.0, 0.4, 120))
    assert view.viewRange() == zoomed
    plot.set_log_y(True)
    (_, _), (y0, y1) = view.viewRange()
    assert y0 < np.log10(0.4) and y1 > 0.0  # refitted to all losses, in decades


@pytest.mark.parametrize("log", [False, True])
def test_new_steps_go_to_the_tail_and_the_whole_history_stays_shown(plot, log):
    """Step by step the body is left alone; what is drawn is always exactly the history."""
    rng = np.random.default_rng(1)
    y = list(0.5 * np.exp(-np.arange(200) / 50) + 0.01 * rng.random(200))
    plot.set_log_y(log)
    plot.set_history(np.array(y[:10]))
    body = len(plot.curve.xData)
    appended_to_tail = 0
    for n in range(11, 200):
        plot.set_history(np.array(y[:n]))
        x_shown, y_shown = plot.shown_data()
        np.testing.assert_array_equal(x_shown, np.arange(1, n + 1))
        np.testing.assert_array_equal(y_shown, y[:n])
        if len(plot.curve.xData) == body:
            appended_to_tail += 1
            tail_x, tail_y = _tail(plot)
            assert tail_x[0] == body  # joined to the body's last point
            # Drawn on the body's scale: pyqtgraph takes log10 of the body's values itself.
            drawn = np.log10(y[body - 1:n]) if log else y[body - 1:n]
            np.testing.assert_array_equal(tail_x, np.arange(body, n + 1))
            np.testing.assert_allclose(tail_y, drawn, rtol=1e-12)
            np.testing.assert_allclose(plot.curve.curve.yData[-1], drawn[0], rtol=1e-12)
        body = len(plot.curve.xData)
        assert len(_tail(plot)[0]) <= loss_plot.TAIL_POINTS + 1
    assert appended_to_tail > 100  # most steps left the long curve alone
    plot.plot_widget.grab()


@pytest.mark.parametrize("change", ["shorter", "edited past", "nan", "log", "jump"])
def test_the_tail_gives_way_whenever_the_past_or_the_view_changes(plot, change):
    y = np.linspace(1.0, 0.5, 90)
    y[70:] = 0.6 + 0.001 * (np.arange(20) % 3)  # inside the view: no refit of their own
    plot.set_history(y[:80])
    plot.set_history(y[:85])  # five steps in the tail
    assert len(_tail(plot)[0]) == 6
    if change == "shorter":
        new = y[:20]
    elif change == "edited past":
        new = y.copy()
        new[3] = 0.7
    elif change == "nan":
        new = y.copy()
        new[-1] = np.nan
    elif change == "jump":
        new = y.copy()
        new[-1] = 50.0  # leaves the view: everything is redrawn anyway
    else:
        new = y
        plot.set_log_y(True)
    plot.set_history(new)
    x_shown, y_shown = plot.shown_data()
    expected = np.where(np.isfinite(new), new, np.nan)
    np.testing.assert_array_equal(x_shown, np.arange(1, len(new) + 1))
    np.testing.assert_array_equal(y_shown, expected)
    if change != "log":  # (in log mode the next steps go to the tail again)
        assert len(_tail(plot)[0]) == 0
    (_, _), (y0, y1) = plot.plot_item.getViewBox().viewRange()
    finite = new[np.isfinite(new)]
    if change != "log":
        assert y0 <= finite.min() and finite.max() <= y1
    plot.plot_widget.grab()


def test_the_spike_before_a_divergence_is_drawn(plot):
    """Downsampled, pyqtgraph draws whole bins only, and a bin with a nan as nothing: the last
    losses before an inf (the spike that says training blew up) must still be drawn."""
    y = np.concatenate([np.full(4900, 1e-3), [5e3, 1.3e18, np.inf, np.inf]])
    for n in (4800, 4900, 4901, 4902, 4903, 4904):
        plot.set_history(y[:n])
    plot.plot_widget.grab()
    body = plot.curve.curve.yData  # what the curve item paints, after downsampling
    assert len(body) < 4000  # downsampled
    assert max(np.nanmax(body), np.nanmax(_tail(plot)[1])) == 1.3e18
    (_, _), (y0, y1) = plot.plot_item.getViewBox().viewRange()
    assert y0 < 1e-3 and y1 >= 1.3e18


def test_the_newest_step_is_always_drawn_and_joined(plot):
    """Body (downsampled) and tail together reach the newest step, with no break between."""
    rng = np.random.default_rng(4)
    y = 0.2 * np.exp(-np.arange(30_000) / 5000) + 0.01 * rng.random(30_000)
    for n in range(20_000, 20_400, 7):
        plot.set_history(y[:n])
        body_x = plot.curve.curve.xData
        tail_x, tail_y = _tail(plot)
        assert len(body_x) < n  # downsampled
        last = tail_x[-1] if len(tail_x) else body_x[-1]
        assert last == n, n
        if len(tail_x):
            assert tail_x[0] == body_x[-1], n  # the tail starts where the body's line ends
            np.testing.assert_array_equal(tail_y, y[int(tail_x[0]) - 1:n])


def _wheel(plot: LossPlot, notches: int) -> None:
    """Mouse-wheel notches over the middle of the plot area, as Qt delivers them."""
    viewport = plot.plot_widget.viewport()
    centre = plot.plot_widget.mapFromScene(plot.plot_item.getViewBox().sceneBoundingRect().center())
    event = QWheelEvent(QPointF(centre), QPointF(viewport.mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def test_after_a_wheel_zoom_the_view_keeps_following_the_newest_step(plot):
    losses = list(np.linspace(1.0, 0.5, 20))
    plot.set_history(np.array(losses))
    view = plot.plot_item.getViewBox()
    assert not plot.show_all_button.isEnabled()
    _wheel(plot, 1)  # one notch in
    (x0, x1), _ = view.viewRange()
    width = x1 - x0
    assert width < 19 and plot.following() and plot.show_all_button.isEnabled()
    for _ in range(200):  # training goes on, then diverges
        losses.append(losses[-1] * 0.99)
        plot.set_history(np.array(losses))
    losses.append(1e6)
    plot.set_history(np.array(losses))
    (x0, x1), (y0, y1) = view.viewRange()
    assert x0 <= len(losses) <= x1 and x1 - x0 == pytest.approx(width)  # zoom width kept
    assert y1 >= 1e6  # the spike is in view
    plot.show_all_button.click()
    (x0, x1), _ = view.viewRange()
    assert x0 <= 1 and x1 >= len(losses) and not plot.show_all_button.isEnabled()


def test_after_panning_to_the_past_the_view_stays_put(plot):
    losses = list(np.linspace(1.0, 0.5, 200))
    plot.set_history(np.array(losses))
    view = plot.plot_item.getViewBox()
    view.setXRange(10, 40, padding=0)
    view.gesture = "pan"
    view.sigRangeChangedManually.emit(view.state["mouseEnabled"])
    assert not plot.following()
    losses += [0.4] * 50
    plot.set_history(np.array(losses))
    (x0, x1), _ = view.viewRange()
    assert (x0, x1) == pytest.approx((10, 40))


def test_event_labels_never_overlap_each_other_or_the_hint(plot):
    events = [(0, "weights", "Pretrained (tutorial LeNet)"), (0, "reset", "weights reset"),
              (0, "lr", "lr = 0.5"), (1, "lr", "lr = 100"), (2, "reset", "weights reset"),
              (3, "zero_grad", "zero_grad off"), (4, "weights", "Random (seed 3)")]
    plot.set_history(np.zeros(0))
    plot.set_events(events)
    plot.grab()
    hint = plot.hint_rect()
    markers = plot.markers()
    assert hint is not None and len(markers) == 5  # the three at step 0 share one marker
    assert "(+2 more)" in markers[0].text and "weights reset" in markers[0].tooltip
    rects = [m.label_rect for m in markers if m.label_rect is not None]
    assert rects, "some labels are shown"
    for i, a in enumerate(rects):
        assert not a.intersects(hint)
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)
    plot.set_history(np.linspace(1, 0.5, 30))  # with steps: the hint goes, labels stay apart
    plot.grab()
    assert plot.hint_rect() is None
    rects = [m.label_rect for m in plot.markers() if m.label_rect is not None]
    assert len(rects) >= 3
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)


def test_an_emptied_history_shows_the_first_steps_range_again(plot):
    plot.set_history(np.linspace(1, 0.5, 2000))
    plot.set_history(np.zeros(0))  # a new lesson
    (x0, x1), _ = plot.plot_item.getViewBox().viewRange()
    assert (x0, x1) == (0.5, 10.0)


def test_appended_losses_draw_what_the_whole_history_draws(qtbot):
    """Told only the new steps, frame after frame, the plot shows what set_history shows."""
    rng = np.random.default_rng(5)
    losses = np.abs(rng.normal(size=700)).cumsum()[::-1] / 100
    losses[[50, 51, 420]] = [np.nan, np.inf, np.nan]  # gaps, and a divergence-like spike
    appended, whole = LossPlot(), LossPlot()
    for p in (appended, whole):
        qtbot.addWidget(p)
        p.resize(640, 400)
        p.show()
    start = 0
    for size in [1, 1, 3, 60, 1, 200, 5, 130, 299]:
        appended.append_losses(losses[start:start + size])
        start += size
        whole.set_history(losses[:start])
        assert appended.step_count() == whole.step_count() == start
        for a, b in zip(appended.shown_data(), whole.shown_data(), strict=True):
            np.testing.assert_array_equal(a, b)
        assert appended.last_label.text() == whole.last_label.text()
    assert start == len(losses)
    appended.set_history([])  # a new lesson
    assert appended.step_count() == 0
    appended.append_losses([0.5])
    assert appended.step_count() == 1 and appended.last_label.text().startswith("step 1")


def test_every_kind_of_event_has_its_own_colour():
    from lenet_gui.core import EventKind
    from lenet_gui.ui.loss_plot import MARKER_COLOURS

    assert set(MARKER_COLOURS) == {kind.value for kind in EventKind}
    assert len(set(MARKER_COLOURS.values())) == len(MARKER_COLOURS)


def _slider_on_screen(p: LossPlot):
    """The slider as the window shows it now (the offscreen backing store), and as it draws
    itself afresh."""
    from PySide6.QtGui import QImage

    QApplication.processEvents()
    slider = p.step_slider
    shown = p.screen().grabWindow(p.winId()).toImage().copy(
        slider.geometry().translated(slider.parentWidget().mapTo(p, QPoint(0, 0))))
    return (shown.convertToFormat(QImage.Format.Format_RGB32),
            slider.grab().toImage().convertToFormat(QImage.Format.Format_RGB32))


def test_the_timeline_slider_shows_each_step_and_each_picked_step(plot):
    """The slider is not repainted when a new step leaves its handle where it is; whenever the
    handle moves (a picked step while steps are added, a new pick, back to the end) the window
    shows it moved."""
    plot.set_history(np.linspace(1.0, 0.5, 5))
    shown, fresh = _slider_on_screen(plot)
    assert shown == fresh
    losses = list(np.linspace(1.0, 0.5, 5))
    for k in range(40):
        losses.append(0.5 - k * 0.001)
        plot.append_losses([losses[-1]])
        if k == 10:
            plot.set_cursor(3)  # picked: the handle now moves left as the range grows
        if k == 30:
            plot.set_cursor(len(losses))  # back to following the newest step
        shown, fresh = _slider_on_screen(plot)
        assert shown == fresh, k
        assert plot.step_slider.maximum() == len(losses)


def _y_view(p: LossPlot) -> tuple[float, float]:
    (_, _), (y0, y1) = p.plot_item.getViewBox().viewRange()
    return y0, y1


@pytest.mark.parametrize("log", [False, True])
@pytest.mark.parametrize("spike", [7.6e11, 1e20])
def test_after_a_divergence_and_a_reset_the_new_steps_fill_the_axis(plot, qtbot, log, spike):
    """README step 4: the loss explodes (to 7.6e11 or 1e20, then inf), the teacher resets the
    weights and trains on at a sane rate: the new steps must not stay squashed flat under the
    spike. Frame by frame, as the window tells the plot."""
    plot.set_log_y(log)
    events = [(0, "lr", "lr = 0.05")]

    def frame(losses, *new_events):
        events.extend(new_events)
        plot.append_losses(losses)
        plot.set_events(list(events))
        plot.set_timeline(None, np.zeros(0))

    frame(np.linspace(0.2, 0.04, 10))
    frame([0.036, 1.8e9, spike, np.inf], (10, "lr", "lr = 100"))
    assert _y_view(plot)[1] >= (np.log10(spike) if log else spike)  # the explosion is shown while it lasts
    frame([], (14, "reset", "weights reset"))
    new = 0.2 * 0.8 ** np.arange(40)  # as fast as the first steps fall
    for k in range(4, len(new)):
        if k == 4:
            frame(new[:5], (14, "lr", "lr = 0.05"))  # five steps in one frame
        else:
            frame(new[k:k + 1])
        # Drawn: Qt draws nothing of a line reaching 1e11 up from a view 0.2 high.
        assert _curve_pixels(plot) > 100, f"after {k + 1} new steps no curve is drawn"
        y0, y1 = _y_view(plot)
        shown = np.log10(new[:k + 1]) if log else new[:k + 1]
        lo, hi = shown.min(), shown.max()
        assert y0 <= lo and hi <= y1, f"step {k + 1} of the new run is out of view"
        assert hi - lo >= 0.5 * (y1 - y0), f"after {k + 1} new steps the curve is squashed flat ({y0}, {y1})"
    (x0, x1), _ = plot.plot_item.getViewBox().viewRange()
    assert x0 <= 1 and x1 >= 14 + len(new)  # the whole history stays along the x axis
    # The run that diverged is kept: its spike runs off the top of the view.
    assert np.nanmax(_curve_y(plot)) == spike


def _curve_pixels(p: LossPlot) -> int:
    """How many pixels of the plot are painted in the curve's colour."""
    image = p.plot_widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    return int(np.count_nonzero(rows[:, :image.width()] == pg.mkColor("#c2185b").rgb()))


@pytest.mark.parametrize("log", [False, True])
@pytest.mark.parametrize("steps", [3, 2000])
def test_an_emptied_history_keeps_no_loss_range_of_the_last_lesson(plot, log, steps):
    plot.set_log_y(log)
    plot.set_history(np.concatenate([np.linspace(0.2, 0.05, steps - 2), [1e20, np.inf]]))
    plot.set_history(np.zeros(0))  # File → New lesson
    (x0, x1), (y0, y1) = plot.plot_item.getViewBox().viewRange()
    assert (x0, x1) == (0.5, 10.0)
    # Not the last lesson's 0 … 1e20: where a first loss (about 0.1) lands.
    assert (y0, y1) == ((-3.0, 0.0) if log else (0.0, 1.0))
    plot.append_losses([0.3, 0.2])
    y0, y1 = _y_view(plot)
    lo, hi = (np.log10(0.2), np.log10(0.3)) if log else (0.2, 0.3)
    assert y0 <= lo and hi <= y1 and hi - lo >= 0.5 * (y1 - y0)


def _tick_text_rects(axis):
    """Where the axis draws its tick numbers (its own coordinates), as its next paint will."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        return [rect for rect, _, _ in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()



@pytest.mark.parametrize("px", [None, 16.0, TEXT_PX * 0.9, 30.0])  # the laptop's; projectors' 768 to 1080 lines; larger
@pytest.mark.parametrize("code", ["en", "fr", "ja"])
def test_the_loss_axis_label_keeps_clear_of_the_tick_numbers(qtbot, plot, back_to_english, code, px):
    # Rotated beside the tick numbers, 「MSE 損失」 touched 「5e-05」 on a 1920×1080 projector:
    # pyqtgraph makes room for 0.8 of the label's height, and a Japanese line is taller.
    from lenet_gui.ui import language

    language.set_language(code)
    axes = [plot.plot_item.getAxis(name) for name in ("left", "bottom")]
    if px is not None:  # as presentation mode sizes the axes for the screen
        font = QFont(plot.font())
        font.setPixelSize(round(px))
        for axis in axes:
            axis.setTickFont(font)
            axis.setLabel(axis.labelText, **{**axis.labelStyle, "font-size": f"{px * 72 / plot.logicalDpiY():.1f}pt"})
    plot.set_history(np.geomspace(5.5e-5, 3.4e-5, 12))
    for _ in range(2):  # painted: the axes measure their tick numbers and are laid out for them
        plot.grab()
        qtbot.wait(20)
    left, bottom = ((axis.label.mapRectToParent(axis.label.boundingRect()), _tick_text_rects(axis)) for axis in axes)
    assert left[1] and bottom[1]
    # The label's box has a few pixels of margin around its letters: clear of it is clear.
    assert all(left[0].right() + 2 <= tick.left() for tick in left[1]), left
    assert all(tick.bottom() + 2 <= bottom[0].top() for tick in bottom[1]), bottom


def test_presentation_mode_keeps_the_loss_plots_controls_to_one_row_and_the_readout(qtbot, open_window):
    # Projector-sized, the timeline's row, "log y" and "Show all", and the readout took three
    # rows of the panel: with a lesson's bar above the docks the curve kept 150 px of 1080.
    from PySide6.QtWidgets import QWidget

    window = open_window()
    window.loss.set_history(np.geomspace(5.5e-5, 3.4e-5, 12))
    names = ("log_y_checkbox", "loss_show_all_button", "loss_step_slider", "loss_go_back_button")
    controls = [window.loss.findChild(QWidget, name) for name in names]
    readout = window.loss.findChild(QWidget, "loss_plot_last")

    def one_row(*widgets) -> bool:
        qtbot.wait(20)  # laid out
        middles = [w.geometry().center().y() for w in widgets]
        return max(middles) - min(middles) <= 4

    assert not one_row(*controls)  # on the laptop: the timeline, then the check box and button
    window.set_presentation(True)
    assert one_row(*controls)
    plot, slider = window.loss.plot_widget.geometry(), controls[2].geometry()
    assert plot.bottom() < slider.top() < slider.bottom() < readout.geometry().top()
    assert readout.width() >= readout.fontMetrics().horizontalAdvance(readout.text())  # whole
    window.set_presentation(False)
    assert not one_row(*controls)
    assert one_row(controls[0], readout)  # beside "log y" again
