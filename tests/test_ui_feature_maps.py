"""The feature-map view alone: explicit shared levels, orientation, tooltips, highlight, export."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from lenet_gui.core.net import Net
from lenet_gui.core.trace import trace
from lenet_gui.ui.feature_maps import (
    LUT_DIVERGING,
    LUT_GRAY,
    LUT_SEQUENTIAL,
    FeatureMaps,
    stage_level,
)
from tests.helpers_ui import tooltip_at

SIGNED = {"conv", "linear"}


def stages_of(arch: str = "tutorial", seed: int = 0) -> list[dict]:
    torch.manual_seed(seed)
    x = torch.rand(1, 1, 32, 32)
    t = trace(Net(arch), x)
    return [{"key": s.key, "title": f"{s.name} → {s.shape}", "kind": s.kind,
             "data": np.array(s.activation[0]), "signed": s.kind in SIGNED} for s in t]


def small_stages() -> list[dict]:
    """A hand-made relu stage with a dead channel and known values, and a signed vector."""
    relu = np.zeros((3, 8, 8), np.float32)
    relu[0] = 0.5
    relu[2, 0, :] = 2.0  # only the top row of channel 2 is lit
    relu[2, 3, 5] = 1.25
    vec = np.linspace(-1, 1, 10).astype(np.float32)
    return [
        {"key": "relu1", "title": "relu → (1, 3, 8, 8)", "kind": "relu", "data": relu, "signed": False},
        {"key": "fc3", "title": "fc3 → (1, 10)", "kind": "linear", "data": vec, "signed": True},
    ]


@pytest.fixture
def maps(qtbot):
    w = FeatureMaps()
    qtbot.addWidget(w)
    w.resize(800, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _pixel(w: FeatureMaps, p: QPointF) -> QColor:
    img = w.grab().toImage()
    ratio = img.devicePixelRatio()
    return img.pixelColor(int(p.x() * ratio), int(p.y() * ratio))


def _cell_center(rect, h, w, row, col) -> QPointF:
    return QPointF(rect.x() + (col + 0.5) * rect.width() / w, rect.y() + (row + 0.5) * rect.height() / h)


def test_real_trace_is_drawn(maps):
    maps.set_stages(stages_of())
    img = maps.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colors = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colors) > 20  # many colours, not a blank widget
    assert maps.stage_keys()[0] == "input" and maps.stage_keys()[-1] == "fc3"
    for key in ("input", "conv1", "pool2", "view", "fc3"):
        r = maps.stage_rect(key)
        assert not r.isEmpty() and maps.rect().toRectF().contains(r.adjusted(1, 1, -1, -1))
    assert not maps.channel_rect("conv2", 15).isEmpty()


def test_dead_channel_is_black_and_levels_are_shared(maps):
    maps.set_stages(small_stages())
    assert maps.level("relu1") == 2.0
    dead = maps.channel_rect("relu1", 1)
    assert _pixel(maps, dead.center()).getRgb()[:3] == (0, 0, 0)
    # Channel 0 is a constant 0.5: a quarter of the shared level, not stretched to full colour.
    half = _pixel(maps, maps.channel_rect("relu1", 0).center())
    full = _pixel(maps, _cell_center(maps.channel_rect("relu1", 2), 8, 8, 0, 3))
    assert 0 < half.lightness() < full.lightness()


def test_orientation_row_zero_on_top(maps):
    maps.set_stages(small_stages())
    r = maps.channel_rect("relu1", 2)
    top = _pixel(maps, _cell_center(r, 8, 8, 0, 1))
    bottom = _pixel(maps, _cell_center(r, 8, 8, 7, 1))
    lone = _pixel(maps, _cell_center(r, 8, 8, 3, 5))  # row 3, col 5: not transposed
    mirror = _pixel(maps, _cell_center(r, 8, 8, 5, 3))
    assert top.lightness() > 200 and bottom.getRgb()[:3] == (0, 0, 0)
    assert lone.lightness() > 50 and mirror.getRgb()[:3] == (0, 0, 0)


def test_tooltips(maps):
    maps.set_stages(small_stages())
    p = _cell_center(maps.channel_rect("relu1", 2), 8, 8, 3, 5)
    assert maps.value_text(p) == "relu1 channel 2, row 3, col 5: 1.250"
    assert tooltip_at(maps, p) == "relu1 channel 2, row 3, col 5: 1.250"
    maps.set_stages(stages_of())
    data = stages_of()[1]["data"]
    p = _cell_center(maps.channel_rect("conv1", 3), 30, 30, 12, 7)
    assert maps.value_text(p) == f"conv1 channel 3, row 12, col 7: {data[3, 12, 7]:.3f}"


def test_view_wraps_as_pool_maps_end_to_end(maps):
    stages = stages_of()
    maps.set_stages(stages)
    view = maps.stage_rect("view")
    strips = maps.value_rects("view")
    assert len(strips) == 16 and all(count == 36 for _, _, count in strips)
    rect, start, _ = strips[3]
    cell = rect.height()
    p = QPointF(rect.x() + 8.5 * cell, rect.center().y())  # channel 3, value 8 = row 1, col 2
    value = stages[7]["data"][3 * 36 + 8]
    assert view.contains(p)
    assert maps.value_text(p) == f"view value 116 = pool2 channel 3, row 1, col 2: {value:.3f}"
    np.testing.assert_allclose(stages[6]["data"][3, 1, 2], value)


def test_signed_zero_is_black_and_extremes_differ(maps):
    values = np.array([-1.0, 0.0, 1.0, np.nan, np.inf], np.float32)
    maps.set_stages([{"key": "fc3", "title": "fc3", "kind": "linear", "data": values, "signed": True}])
    [(rect, start, count)] = maps.value_rects("fc3")
    assert (start, count) == (0, 5)
    cell = rect.height()
    rgba = [_pixel(maps, QPointF(rect.x() + (i + 0.5) * cell, rect.center().y())).getRgb()
            for i in range(5)]
    assert maps.level("fc3") == 1.0  # the finite values decide the level
    assert rgba[1][:3] == (0, 0, 0)
    assert rgba[0][2] > rgba[0][0] and rgba[2][0] > rgba[2][2]  # blue below, orange above
    assert rgba[4] == rgba[2] and rgba[3] == (255, 0, 255, 255)  # inf at the end, nan magenta
    assert len(LUT_DIVERGING) == 255 and tuple(LUT_DIVERGING[127, :3]) == (0, 0, 0)
    assert stage_level(np.zeros(5)) == 1e-6 and stage_level(np.array([np.nan, -3.0])) == 3.0


def test_odd_data_and_changing_layouts(maps, qtbot):
    stages = stages_of()
    for s in stages:
        s["data"] = np.zeros_like(s["data"])
    maps.set_stages(stages)
    maps.grab()
    assert _pixel(maps, maps.channel_rect("conv1", 0).center()).getRgb()[:3] == (0, 0, 0)
    stages[1]["data"][0, 0, 0] = np.nan
    stages[1]["data"][1] = np.inf
    stages[8]["data"][:] = -np.inf
    maps.set_stages(stages)
    maps.grab()
    assert "nan" in maps.value_text(_cell_center(maps.channel_rect("conv1", 0), 30, 30, 0, 0))
    maps.set_stages(stages_of("lenet5"))  # other shapes: 28×28, 16×5×5, view 400
    maps.grab()
    assert maps.channel_rect("conv1", 0).width() / maps.channel_rect("pool2", 0).width() == pytest.approx(28 / 5)
    strips = maps.value_rects("view")
    assert len(strips) == 16 and strips[0][2] == 25
    maps.set_stages([])
    maps.grab()
    assert maps.value_text(QPointF(10, 10)) == ""
    for size in [(340, 480), (1600, 400), (400, 1200)]:
        maps.set_stages(stages_of())
        maps.resize(*size)
        maps.grab()
        for key in maps.stage_keys():
            r = maps.stage_rect(key)
            assert maps.rect().toRectF().adjusted(-1, -1, 1, 1).contains(r), (size, key)


def test_highlight_and_click(maps, qtbot):
    maps.set_stages(stages_of())
    r = maps.stage_rect("pool1")
    edge = QPointF(r.center().x(), r.top() + 1.5)
    before = _pixel(maps, edge)
    maps.highlight("pool1")
    assert maps.highlighted() == "pool1"
    framed = _pixel(maps, edge)
    assert framed != before and framed == maps.palette().highlight().color()
    maps.highlight(None)
    assert _pixel(maps, edge) == before
    with qtbot.waitSignal(maps.stageClicked) as blocker:
        qtbot.mouseClick(maps, Qt.MouseButton.LeftButton, pos=maps.channel_rect("relu2", 4).center().toPoint())
    assert blocker.args == ["relu2"] and maps.highlighted() == "relu2"


def test_png_export_is_large_and_whole(maps):
    maps.set_stages(stages_of())
    img = QImage.fromData(maps.png_bytes(), "PNG")
    assert img.width() >= 1600 and img.height() >= 1000
    colors = {img.pixel(x, y) for x in range(0, img.width(), 9) for y in range(0, img.height(), 9)}
    assert len(colors) > 20  # the maps, not a blank picture


def test_the_input_is_shown_at_fixed_levels(qtbot):
    # A faint drawing must look faint, as in the 32×32 preview, not stretched to white.
    maps = FeatureMaps()
    qtbot.addWidget(maps)
    faint = np.full((1, 32, 32), 0.2, np.float32)
    maps.set_stages([{"key": "input", "title": "input", "kind": "input", "data": faint, "signed": False}])
    assert maps.level("input") == 1.0
    maps.set_stages([{"key": "input", "title": "input", "kind": "input",
                      "data": np.zeros((1, 32, 32), np.float32), "signed": False}])
    assert maps.level("input") == 1.0


def _stage_cells(w: FeatureMaps, stage: dict) -> list:
    """Every rectangle of values of a stage with its grid: (rect, rows, cols) of each channel,
    or of each row of cells of a vector."""
    data = stage["data"][None] if stage["data"].ndim == 2 else stage["data"]
    if data.ndim == 3:
        return [(w.channel_rect(stage["key"], c), *data.shape[1:]) for c in range(data.shape[0])]
    return [(r, 1, count) for r, _, count in w.value_rects(stage["key"])]


def _map_pixels(image: QImage, w: FeatureMaps, stages: list[dict]) -> dict:
    """Every map pixel (frames left out) by stage, as (h, w) arrays of 0xAARRGGBB, and a mask of
    those whose centre is not on a cell's edge (within 2% of a cell, where rounding decides)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    words = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)
    out = {}
    for st in stages:
        out[st["key"]] = []
        for r, rows, cols in _stage_cells(w, st):
            top, left = int(r.top()) + 1, int(r.left()) + 1
            block = words[top:int(r.bottom()) - 1, left:int(r.right()) - 1].copy()
            ys = (np.arange(block.shape[0]) + top + 0.5 - r.y()) * rows / r.height()
            xs = (np.arange(block.shape[1]) + left + 0.5 - r.x()) * cols / r.width()
            clear = lambda t: np.abs(t - np.rint(t)) > 0.02  # noqa: E731
            out[st["key"]].append((block, clear(ys)[:, None] & clear(xs)[None, :]))
    return out


@pytest.mark.parametrize("size", [(1600, 1000), (2400, 1000), (1600, 1900)])
def test_on_screen_maps_equal_the_exported_picture_through_updates(maps, size):
    """The on-screen picture (one buffer, repainted in parts) shows, pixel for pixel, what the
    export draws from scratch with a scaled image per tile. At 1600×1000 and more the export
    is drawn at the widget's own size and layout."""
    maps.resize(*size)
    odd = stages_of(seed=1)
    odd[1]["data"][0, :4, :4] = np.nan
    odd[2]["data"][2] = np.inf
    odd[8]["data"][:5] = -np.inf
    for stages in (stages_of(seed=0), stages_of(seed=2), odd, stages_of("lenet5"), stages_of(seed=3)):
        maps.set_stages(stages)
        shown = maps.grab().toImage()
        assert shown.devicePixelRatio() == 1.0
        exported = QImage.fromData(maps.png_bytes(), "PNG")
        assert exported.size() == shown.size()
        got, want = _map_pixels(shown, maps, stages), _map_pixels(exported, maps, stages)
        for key in want:
            assert want[key], key
            for (a, clear), (b, _) in zip(got[key], want[key], strict=True):
                assert a.size and clear.mean() > 0.5 and np.array_equal(a[clear], b[clear]), key


def test_the_widget_keeps_its_own_copy(maps):
    stages = small_stages()
    maps.set_stages(stages)
    before = maps.grab().toImage()
    stages[0]["data"][:] = 7.0  # the caller reuses its arrays
    stages[1]["data"][:] = -3.0
    assert maps.level("relu1") == 2.0
    rect = maps.channel_rect("relu1", 2)
    assert maps.value_text(_cell_center(rect, 8, 8, 3, 5)).endswith("1.250")
    assert maps.grab().toImage() == before


def _reference_entries(data: np.ndarray, level: float, signed: bool) -> np.ndarray:
    """Each value's entry in its colour table, worked out in float64 one array at a time."""
    t = np.where(np.isnan(data), 0.0, data).astype(np.float64) / level
    if signed:
        return np.rint(np.clip(t, -1.0, 1.0) * 127.0 + 127.0).astype(np.intp)
    return np.rint(np.clip(t, 0.0, 1.0) * 255.0).astype(np.intp)


def _lut_of(stage: dict) -> np.ndarray:
    if stage["signed"]:
        return LUT_DIVERGING
    return LUT_GRAY if stage["kind"] == "input" else LUT_SEQUENTIAL


def test_the_widgets_colours_follow_a_float64_reference(maps):
    """The widget colours all stages in one float32 pass. Against a float64 reference, the colour
    of each value on screen may differ by one step of the 255-step table where a value sits on
    a boundary; nan is drawn magenta."""
    maps.resize(1600, 1000)  # every value at least a few pixels wide
    stages = stages_of(seed=7)
    stages[3]["data"][0, 0, :3] = [np.nan, np.inf, -np.inf]
    maps.set_stages(stages)
    image = maps.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    pixels = pixels[:, :image.width() * 3].reshape(image.height(), image.width(), 3)
    for st in stages:
        data = st["data"][None] if st["data"].ndim == 2 else st["data"]
        level = maps.level(st["key"])
        if data.ndim == 3:
            c, h, w = data.shape
            points = []
            for ch in range(c):
                r = maps.channel_rect(st["key"], ch)
                ys = r.y() + (np.arange(h) + 0.5) * r.height() / h
                xs = r.x() + (np.arange(w) + 0.5) * r.width() / w
                points.append((np.repeat(ys, w), np.tile(xs, h)))
            ys = np.concatenate([p[0] for p in points])
            xs = np.concatenate([p[1] for p in points])
        else:
            ys, xs = [], []
            for rect, _, count in maps.value_rects(st["key"]):
                xs.append(rect.x() + (np.arange(count) + 0.5) * rect.height())
                ys.append(np.full(count, rect.center().y()))
            ys, xs = np.concatenate(ys), np.concatenate(xs)
        shown = pixels[ys.astype(int), xs.astype(int)].astype(int)
        flat = data.reshape(-1)
        nan = np.isnan(flat)
        assert nan.any() or st["key"] != "pool1"
        assert (shown[nan] == (255, 0, 255)).all(), st["key"]
        lut = _lut_of(st)[:, :3].astype(int)
        # Each pixel's entry in its table: the nearest colour (the tables' colours are distinct).
        entries = np.abs(shown[~nan][:, None, :] - lut[None]).sum(-1).argmin(1)
        ref = _reference_entries(flat, level, st["signed"])[~nan]
        assert np.abs(entries - ref).max(initial=0) <= 1, st["key"]
        assert np.mean(entries == ref) > 0.99, st["key"]


def _on_screen(w: FeatureMaps) -> QImage:
    """What the window shows now (the offscreen platform's backing store), without repainting."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return w.screen().grabWindow(w.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_a_step_repaints_every_value_and_legend_that_changed(maps, qtbot):
    """After a step only what changed is repainted: what stays on screen equals a new widget's
    picture of the same stages, through single values recoloured, legends whose numbers change
    width, many values at once and a value that becomes nan."""
    maps.resize(900, 700)
    stages = stages_of(seed=0)
    maps.set_stages(stages)
    _on_screen(maps)

    def fresh() -> QImage:
        other = FeatureMaps()
        qtbot.addWidget(other)
        other.resize(maps.size())
        other.set_stages(step)
        return other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    steps = []
    one = [dict(s, data=s["data"].copy()) for s in stages]
    one[4]["data"][3, 2, 2] = -one[4]["data"][3, 2, 2]  # one value of conv2 changes colour
    steps.append(one)
    wider = [dict(s, data=s["data"].copy()) for s in one]
    wider[8]["data"][0] = 123.456  # fc1's level and legend: a longer number
    steps.append(wider)
    narrower = [dict(s, data=s["data"].copy()) for s in one]
    narrower[8]["data"][0] = 0.5
    steps.append(narrower)
    many = [dict(s, data=s["data"] * 1.7) for s in stages]  # every value, every legend
    steps.append(many)
    nan = [dict(s, data=s["data"].copy()) for s in many]
    nan[1]["data"][0, 5, 5] = np.nan
    steps.append(nan)
    steps.append(stages)
    for i, step in enumerate(steps):
        maps.set_stages(step)
        assert _on_screen(maps) == fresh(), f"update {i}"


def test_moving_the_marks_repaints_every_outline_and_shading_that_changed(maps, qtbot):
    """set_marks repaints only where a mark appears or goes: through a sequence of selections
    (a conv cell, an fc value whose field covers every map, another fc value, one field
    narrowed, shading off, nothing) what stays on screen equals a new widget's picture."""
    maps.resize(900, 700)
    stages = stages_of(seed=1)
    maps.set_stages(stages)
    _on_screen(maps)
    spatial = [s for s in stages if np.asarray(s["data"]).ndim == 3]

    def everything(shrink: int = 0) -> dict:
        return {s["key"]: [(c, 0, 0, s["data"].shape[1] - shrink, s["data"].shape[2] - shrink)
                           for c in range(s["data"].shape[0])] for s in spatial}

    sequence = [
        dict(selected=("conv2", (3, 4, 5)), sources=("pool1", [(c, 4 + i, 5) for c in range(2) for i in range(3)]),
             fields={"input": [(0, 4, 5, 14, 15)]}, shade=True),
        dict(selected=("fc1", (11,)), fields=everything(), shade=True),
        dict(selected=("fc3", (3,)), fields=everything(), shade=True),
        dict(selected=("fc3", (4,)), fields=everything(shrink=1), shade=True),
        dict(selected=("fc3", (4,)), fields=everything(shrink=1), shade=False),
        dict(selected=("relu2", (1, 2, 2)), sources=("conv2", [(1, 2, 2)])),
        dict(),
    ]

    def fresh(marks: dict) -> QImage:
        other = FeatureMaps()
        qtbot.addWidget(other)
        other.resize(maps.size())
        other.set_stages(stages)
        other.set_marks(**marks)
        return other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    for i, marks in enumerate(sequence):
        maps.set_marks(**marks)
        assert _on_screen(maps) == fresh(marks), f"marks {i}"


def test_the_marks_follow_a_new_layout_and_new_shapes(maps, qtbot):
    """Where each value is drawn is kept per layout: after a resize and after maps of other
    shapes, the marks and element_rect are where a new widget puts them."""
    from PySide6.QtCore import QRectF

    def fresh(stages, marks: dict) -> FeatureMaps:
        other = FeatureMaps()
        qtbot.addWidget(other)
        other.resize(maps.size())
        other.set_stages(stages)
        other.set_marks(**marks)
        return other

    conv = dict(selected=("conv2", (3, 4, 2)), sources=("pool1", [(c, 4 + i, 2) for c in range(2) for i in range(3)]),
                fields={"input": [(0, 4, 2, 14, 12)]}, shade=True)
    fc = dict(selected=("fc1", (11,)), sources=("view", [(3,), (200,), (399,)]))
    for arch, size, marks in [("tutorial", (900, 700), conv), ("tutorial", (640, 560), conv),
                              ("tutorial", (640, 560), fc), ("lenet5", (640, 560), fc),
                              ("lenet5", (640, 560), conv), ("lenet5", (900, 700), fc)]:
        stages = stages_of(arch)
        maps.resize(*size)
        maps.set_stages(stages)
        maps.set_marks(**marks)
        other = fresh(stages, marks)
        assert _on_screen(maps) == other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32), (arch, size)
        for key, index in [marks["selected"]] + [(marks["sources"][0], i) for i in marks["sources"][1]]:
            assert maps.element_rect(key, index) == other.element_rect(key, index) != QRectF(), (arch, key, index)


def test_legends_stay_right_through_thousands_of_numbers(maps, qtbot):
    """Legends are kept per number and place, and the oldest are dropped when many were made:
    after thousands of levels (a long drawing) the levels seen first, and new ones, still
    paint what a new widget paints."""
    maps.resize(900, 700)
    stages = stages_of(seed=0)

    def scaled(k: float) -> list[dict]:
        return [dict(s, data=s["data"] * k) for s in stages]

    def fresh(step) -> QImage:
        other = FeatureMaps()
        qtbot.addWidget(other)
        other.resize(maps.size())
        other.set_stages(step)
        return other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    factors = [1.0 + 0.0037 * i for i in range(400)]  # 13 new legends each
    for i, k in enumerate(factors):
        maps.set_stages(scaled(k))
        if i % 8 == 0:
            _on_screen(maps)
    for k in (factors[0], factors[1], factors[-1], 0.731, factors[2]):
        maps.set_stages(scaled(k))
        assert _on_screen(maps) == fresh(scaled(k)), k


@pytest.mark.parametrize("values, level", [
    ([np.inf, -np.inf, np.nan], "−inf … +inf"),  # a diverged fc3: the table's ends
    ([np.nan, np.nan, np.nan], "nan … nan"),
])
def test_a_stage_without_a_finite_value_names_no_finite_level(maps, qtbot, values, level):
    stages = stages_of()
    data = np.resize(np.array(values, np.float32), stages[-1]["data"].shape)
    stages[-1] = dict(stages[-1], data=data, signed=True)
    maps.set_stages(stages)
    maps.grab()
    corner = maps.stage_rect(stages[-1]["key"]).topLeft() + QPointF(2, 2)
    text = maps.value_text(corner)
    assert text.endswith(level) and "1e-06" not in text, text
