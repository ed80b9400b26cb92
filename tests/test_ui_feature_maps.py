"""The feature-map view alone: explicit shared levels, orientation, tooltips, highlight, export."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from lenet_gui.core.net import Net
from lenet_gui.core.trace import trace
from lenet_gui.ui.feature_maps import LUT_DIVERGING, FeatureMaps, colorize, stage_level
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
    band = next(b for b in maps._bands if maps._stages[b.index].key == "view")
    assert len(band.strips) == 16 and all(count == 36 for _, _, count in band.strips)
    rect, start, _ = band.strips[3]
    cell = rect.height()
    p = QPointF(rect.x() + 8.5 * cell, rect.center().y())  # channel 3, value 8 = row 1, col 2
    value = stages[7]["data"][3 * 36 + 8]
    assert view.contains(p)
    assert maps.value_text(p) == f"view value 116 = pool2 channel 3, row 1, col 2: {value:.3f}"
    np.testing.assert_allclose(stages[6]["data"][3, 1, 2], value)


def test_signed_zero_is_black_and_extremes_differ():
    rgba = colorize(np.array([-1.0, 0.0, 1.0, np.nan, np.inf]), 1.0, True)
    assert tuple(rgba[1, :3]) == (0, 0, 0)
    assert rgba[0, 2] > rgba[0, 0] and rgba[2, 0] > rgba[2, 2]  # blue below, orange above
    assert tuple(rgba[4]) == tuple(rgba[2]) and tuple(rgba[3]) == (255, 0, 255, 255)
    assert len(LUT_DIVERGING) == 255 and tuple(LUT_DIVERGING[127, :3]) == (0, 0, 0)
    assert stage_level(np.zeros(5)) == 1e-6 and stage_level(np.array([np.nan, -3.0])) == 3.0
    maps_data = np.array([[0.0, 0.5], [1.0, 2.0]])  # the widget's own colours, any shape
    assert colorize(maps_data, 1.0, False).shape == (2, 2, 4)
    assert tuple(colorize(maps_data, 1.0, False)[1, 1]) == tuple(colorize(maps_data, 1.0, False)[1, 0])


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
    band = next(b for b in maps._bands if maps._stages[b.index].key == "view")
    assert len(band.strips) == 16 and band.strips[0][2] == 25
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


def test_export_png(maps, tmp_path):
    maps.set_stages(stages_of())
    path = tmp_path / "maps.png"
    assert maps.export_png(str(path))
    img = QImage(str(path))
    assert img.width() >= 1600 and img.height() >= 1000
    assert not maps.export_png(str(tmp_path / "missing-dir" / "x.png"))


def test_failed_export_keeps_the_previous_png(qtbot, tmp_path, monkeypatch):
    import os

    from lenet_gui.ui import feature_maps as fm

    maps = fm.FeatureMaps()
    qtbot.addWidget(maps)
    maps.set_stages([{"key": "conv1", "title": "conv1", "kind": "conv",
                      "data": np.ones((6, 30, 30), np.float32), "signed": True}])
    target = tmp_path / "maps.png"
    assert maps.export_png(str(target))
    old = target.read_bytes()
    assert old.startswith(b"\x89PNG")

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert maps.export_png(str(target)) is False
    assert target.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["maps.png"]


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


def _reference_image(w: FeatureMaps) -> QImage:
    """The widget as the export draws it: every tile a scaled drawImage of its own channel."""
    from PySide6.QtGui import QPainter

    image = QImage(w.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(w.palette().window().color())
    painter = QPainter(image)
    w._paint(painter, w._bands)
    painter.end()
    return image


def _map_pixels(image: QImage, w: FeatureMaps) -> dict:
    """Every map pixel (frames left out) by stage, as (h, w) arrays of 0xAARRGGBB."""
    words = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)
    out = {}
    for band in w._bands:
        rects = [r for r, _ in band.tiles] + [r for r, _, _ in band.strips]
        out[w._stages[band.index].key] = [
            words[int(r.top()) + 1:int(r.bottom()) - 1, int(r.left()) + 1:int(r.right()) - 1].copy()
            for r in rects]
    return out


@pytest.mark.parametrize("size", [(800, 700), (1200, 300), (420, 900)])
def test_on_screen_maps_equal_the_per_tile_drawing_through_updates(maps, size):
    """The one-buffer picture shows, pixel for pixel, what scaled drawImage per tile shows."""
    maps.resize(*size)
    odd = stages_of(seed=1)
    odd[1]["data"][0, :4, :4] = np.nan
    odd[2]["data"][2] = np.inf
    odd[8]["data"][:5] = -np.inf
    for stages in (stages_of(seed=0), stages_of(seed=2), odd, stages_of("lenet5"), stages_of(seed=3)):
        maps.set_stages(stages)
        shown = maps.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        assert shown.devicePixelRatio() == 1.0
        got, want = _map_pixels(shown, maps), _map_pixels(_reference_image(maps), maps)
        assert got.keys() == want.keys() and len(got) == len(stages)
        for key in want:
            for a, b in zip(got[key], want[key], strict=True):
                assert a.size and np.array_equal(a, b), key


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


def test_the_widgets_colours_follow_a_float64_reference(maps):
    """The widget colours all stages in one float32 pass. Against a float64 reference, they
    may differ by one step of the 255-step table where a value sits on a boundary."""
    from lenet_gui.ui import feature_maps as fm

    stages = stages_of(seed=7)
    stages[3]["data"][0, 0, :3] = [np.nan, np.inf, -np.inf]
    maps.set_stages(stages)
    for st in maps._stages:
        table = fm._ARGB[id(st.lut)]
        local = st.colours - fm._TABLE_START[id(st.lut)]
        ref = _reference_entries(st.data.reshape(-1), st.level, st.signed)
        nan = np.isnan(st.data.reshape(-1))
        assert nan.any() or st.key != "pool1"
        assert (fm._ALL_ARGB[st.colours[nan]] == table[-1]).all()  # every table ends in nan's colour
        assert np.abs(local[~nan] - ref[~nan]).max(initial=0) <= 1, st.key
        assert np.mean(local[~nan] == ref[~nan]) > 0.99, st.key
