"""Every stage's output as images and strips, painted by one QPainter from cached QImages."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import numbers
from .bounded_cache import BoundedCache
from .focus_chain import MOVES, FocusRing
from .images import rgba_image
from .value_tooltip import follow_tooltip, handle_tooltip

LEVEL_FLOOR = 1e-6
_NAN_RGBA = (255, 0, 255, 255)  # magenta: impossible in either colormap, so a nan stands out
_PAD = 4
_GAP = 6  # between tiles
_COL_GAP = 14  # between columns of stages
_MAX_SCALE = 12.0
_LEGEND_BAR = 56.0  # the colour bar of a legend, px wide
_LEGEND_BAR_MIN = 16.0
# Values recoloured and repainted one by one (a step); more (a new drawing) and every map is
# written whole: a rectangle per value costs ~3 µs to add to the region.
_FEW_CHANGES = 48


def _ramp(stops: list[tuple[float, tuple[int, int, int]]], n: int) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n)
    xs = [p for p, _ in stops]
    out = np.empty((n, 4), np.uint8)
    for ch in range(3):
        out[:, ch] = np.round(np.interp(t, xs, [c[ch] for _, c in stops])).astype(np.uint8)
    out[:, 3] = 255
    return out


# Zero is black in every map, so a dead ReLU channel and a silent conv channel look the same:
# black. Positive values run through orange to pale yellow, negative ones through blue to pale
# blue — a blue/orange pair that stays distinct for the common colour-vision deficiencies.
_POSITIVE = [(0.0, (0, 0, 0)), (0.35, (140, 45, 0)), (0.7, (240, 140, 20)), (1.0, (255, 240, 170))]
_NEGATIVE = [(0.0, (0, 0, 0)), (0.35, (10, 55, 150)), (0.7, (40, 135, 245)), (1.0, (175, 220, 255))]
LUT_SEQUENTIAL = _ramp(_POSITIVE, 256)  # index 0 = 0, 255 = +level
LUT_DIVERGING = np.concatenate([_ramp(_NEGATIVE, 128)[::-1], _ramp(_POSITIVE, 128)[1:]])  # 255, 127 = 0
LUT_GRAY = _ramp([(0.0, (0, 0, 0)), (1.0, (255, 255, 255))], 256)


def stage_level(data: np.ndarray) -> float:
    """The colour level of a stage: max |value| over all its finite values, at least 1e-6.

    One level per stage, recomputed at every update and not smoothed: channels of a stage
    stay comparable (a dead channel is black, never stretched noise), and the legend's
    number is exactly the value shown at full colour. Smoothing would make the legend lag
    behind what is drawn.
    """
    if data.size:
        top = float(np.abs(data).max())  # one pass; nan or inf only when there are some
        if math.isfinite(top):
            return max(top, LEVEL_FLOOR)
    finite = data[np.isfinite(data)]
    return max(float(np.abs(finite).max()) if finite.size else 0.0, LEVEL_FLOOR)


def _stage_levels(flat: np.ndarray, sizes: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """stage_level() of every stage of flat (stages of the given sizes, end to end)."""
    if not len(sizes):
        return np.zeros(0)
    if not sizes.all():  # reduceat cannot take an empty stage
        return np.array([stage_level(flat[e - n:e]) for n, e in zip(sizes, ends, strict=True)])
    top = np.maximum.reduceat(np.abs(flat), ends - sizes).astype(np.float64)  # nan propagates
    levels = np.maximum(top, LEVEL_FLOOR)
    for i in np.flatnonzero(~np.isfinite(top)):  # nan or inf: the finite values decide
        levels[i] = stage_level(flat[ends[i] - sizes[i]:ends[i]])
    return levels


class _Colouring:
    """Values of all stages → entries in _ALL_ARGB, the per-stage constants worked out once.

    Signed stages map [-level, level] onto the diverging table, the others [0, level] onto
    theirs; nan gets the nan colour, ±inf the ends. Float32 and a handful of whole-array
    operations: ~20,000 values cost what a dozen per-stage passes cost in call overhead.
    """

    def __init__(self, sizes: np.ndarray, signed: np.ndarray, luts: list[np.ndarray]):
        starts = np.array([_TABLE_START[id(lut)] for lut in luts], np.float32)
        self.sizes = sizes
        self.top = np.where(signed, 127.0, 255.0)  # entries from zero to a full-colour value
        self.zero = np.repeat(starts + np.where(signed, 127.0, 0.0).astype(np.float32), sizes)
        self.lo = np.repeat(starts, sizes)
        self.hi = np.repeat(starts + np.where(signed, 254.0, 255.0).astype(np.float32), sizes)

    def __call__(self, flat: np.ndarray, levels: np.ndarray) -> np.ndarray:
        t = flat * np.repeat((self.top / levels).astype(np.float32), self.sizes)
        t += self.zero
        nan = np.isnan(t)
        has_nan = bool(nan.any())
        if has_nan:
            t[nan] = 0.0
        np.minimum(t, self.hi, out=t)  # +inf ends here
        np.maximum(t, self.lo, out=t)  # -inf here
        colours = np.rint(t, out=t).astype(np.intp)
        if has_nan:
            colours[nan] = len(_ALL_ARGB) - 1  # every table ends with the nan colour
        return colours


_NO_RECT = QRectF()


def _as_words(lut: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(lut, dtype=np.uint8).view(np.uint32).reshape(-1)


_NAN_WORD = _as_words(np.array([_NAN_RGBA], np.uint8))[0]


def _argb_words(lut: np.ndarray) -> np.ndarray:
    """A colour table as the native words of Format_ARGB32_Premultiplied (all opaque)."""
    c = np.asarray(lut, np.uint32)
    return (c[:, 3] << 24) | (c[:, 0] << 16) | (c[:, 1] << 8) | c[:, 2]


_TABLES = (LUT_SEQUENTIAL, LUT_DIVERGING, LUT_GRAY)
# The widget composes every stage into one image of the screen's own pixel format, so Qt
# blits it without converting. Index len(table) - 1 of each is the nan colour.
_ARGB = {id(lut): _argb_words(np.concatenate([lut, np.array([_NAN_RGBA], np.uint8)]))
         for lut in _TABLES}
# All three tables end to end, so one take() colours every stage at once.
_TABLE_START = dict(zip((id(t) for t in _TABLES),
                        np.cumsum([0] + [len(t) + 1 for t in _TABLES[:-1]]).tolist(), strict=True))
_ALL_ARGB = np.concatenate([_ARGB[id(t)] for t in _TABLES])
_ALL_RGBA = np.concatenate([_as_words(np.concatenate([t, np.array([_NAN_RGBA], np.uint8)]))
                            for t in _TABLES])


@dataclass
class _Stage:
    key: str
    title: str
    kind: str
    signed: bool
    data: np.ndarray  # (C, H, W) or (D,), float32
    level: float
    lut: np.ndarray  # LUT_SEQUENTIAL, LUT_DIVERGING or LUT_GRAY
    colours: np.ndarray  # flat: each value's entry in _ALL_ARGB
    wrap: tuple[int, int] | None  # vectors: (rows, cols) forced, e.g. view = 16 maps × 36
    wrap_source: str = ""  # the stage whose maps the wrapped rows are
    _image: QImage | None = None

    @property
    def spatial(self) -> bool:
        return self.data.ndim == 3

    @property
    def image(self) -> QImage:
        """Spatial: channels stacked with one spare row each; vector: one row of D (for export)."""
        if self._image is None:
            words = _ALL_RGBA.take(self.colours)
            if self.spatial:
                c, h, w = self.data.shape
                # One spare row after each channel keeps nearest-neighbour sampling of a
                # channel's source rectangle from ever picking up its neighbour.
                padded = np.full((c, h + 1, w), _NAN_WORD, np.uint32)
                padded[:, :h] = words.reshape(c, h, w)
                words = padded.reshape(c * (h + 1), w)
            else:
                words = words.reshape(1, -1)
            self._image = rgba_image(words.view(np.uint8).reshape(words.shape + (4,)))
        return self._image


@dataclass
class _Mosaic:
    """Where the values of one band land in device pixels (the maps' pixels, frames excluded)."""

    rect: QRectF  # the region the tiles cover, logical pixels
    dst: np.ndarray  # flat indices into the widget's picture that show a value
    src: np.ndarray  # for each of them, the value's flat index in the stage


@dataclass
class _Band:
    """Where one stage is drawn: its frame, heading, legend and the data rectangles."""

    index: int
    rect: QRectF
    title_rect: QRectF
    legend_rect: QRectF
    two_line_title: bool
    legend_right: bool = False  # right end of the title line, else under the title
    # spatial: (rect, channel); vector: (rect, first index, count) with square cells
    tiles: list[tuple[QRectF, int]] = field(default_factory=list)
    strips: list[tuple[QRectF, int, int]] = field(default_factory=list)
    labels: list[tuple[QRectF, str]] = field(default_factory=list)
    note: tuple[QRectF, str] | None = None
    legend_place: tuple | None = None  # see FeatureMaps._legend


class FeatureMaps(QWidget):
    """The output of every stage: channel images for (C, H, W) stages, strips for vectors."""

    stageClicked = Signal(str)
    """The user clicked a stage: its key (str), e.g. "relu2"."""
    elementClicked = Signal(str, tuple)
    """The user clicked one value: the stage's key and the value's index, (c, row, col) or (i,)."""
    channelDoubleClicked = Signal(str, int)
    """The user double-clicked one map: the stage's key and the channel, to see it enlarged."""
    moveRequested = Signal(int, int, int)
    """An arrow key (columns, rows) or Page Up/Down (channels) while the maps have the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feature_maps")
        # paintEvent fills its whole area: Qt need not paint the dock (and its title icons) first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip("")  # the value under the cursor is shown instead (see event())
        self.setMouseTracking(True)
        # Tab reaches the maps too: the arrow keys then pick a value, without the mouse.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._marks: dict = {}  # see set_marks
        self._focus_ring: FocusRing | None = None  # made at the first focus (see focusInEvent)
        self._stages: list[_Stage] = []
        self._signature: tuple = ()
        self._bands: list[_Band] = []
        self._rects: tuple[list[_Band], BoundedCache] = (self._bands, BoundedCache(_RECTS_KEPT))  # see element_rect
        self._shown_items: tuple = (None, None, {})  # (marks, bands, their _mark_items), see set_marks
        self._layout_size = QSize()
        self._highlight = ""
        self._presenting = False
        self._narrowest: tuple[tuple, float] | None = None  # see _narrowest_column
        self._metrics_cache: tuple | None = None  # see _metrics
        # Titles, channel numbers and notes change only with the layout: they are drawn once
        # into this image, and a repaint after a step draws the maps and legends over it.
        self._static: QImage | None = None
        # Per band, where its values land in the static picture's pixels.
        self._mosaics: list[_Mosaic | None] = []
        # The static picture with every value's pixels written in (see _compose_frame): one
        # take, one gather and one scatter colour all maps, and one blit shows them.
        self._frame: np.ndarray | None = None  # (h, w) uint32, owned here; _frame_image borrows it
        self._frame_image: QImage | None = None
        self._frame_dst = self._frame_src = np.zeros(0, np.intp)
        # The colour entries the frame's pixels show (None: to be written whole at the next
        # paint), and each value's pixels, value after value: _value_dst[_value_ptr[i]:
        # _value_ptr[i + 1]]. A step changes the colour of a handful of values: only their
        # pixels are written and repainted.
        self._frame_colours: np.ndarray | None = None
        self._value_ptr = np.zeros(1, np.intp)
        self._value_dst = np.zeros(0, np.intp)
        self._colours = np.zeros(0, np.intp)  # every value's entry in _ALL_ARGB, stage after stage
        self._colouring: tuple[tuple, _Colouring] | None = None  # for the stages' sizes and kinds
        self._dirty_region = QRegion()  # where the maps are (see _changing_region)
        self._titles: tuple[str, ...] = ()
        self._static_texts: BoundedCache = BoundedCache(_KEPT)  # see _text
        self._legends: BoundedCache = BoundedCache(_KEPT)  # see _legend()
        # The legends of the stages shown, in band order (see _legend_list), and those the
        # last update was for: a step repaints only the legends whose numbers changed.
        self._legend_list_cache: tuple | None = None
        self._shown_legends: list[tuple] | None = None
        self._legend_bars: BoundedCache = BoundedCache(64)  # see _legend_bar (a few per size)
        self._font_cache: tuple[QFont, QFont] | None = None
        # The three colour tables as one-row images, built once per widget.
        self._legend_images = {
            id(lut): rgba_image(lut.reshape(1, -1, 4)) for lut in _TABLES
        }

    # --- public API ----------------------------------------------------------------------
    def set_stages(self, stages: list[dict]) -> None:
        """Show the stages: dicts with key, title, kind, data ((C, H, W) or (D,)), signed.

        Optional key "wrap": (rows, cols) to lay a vector out in rows; by default a "view"
        vector wraps into one row per map of the spatial stage before it. Call it at every
        update: the layout is rebuilt only when the keys or shapes change.
        """
        shaped = []
        for d in stages:
            data = np.asarray(d["data"], dtype=np.float32)
            while data.ndim > 3 or (data.ndim == 2 and data.shape[0] == 1):
                data = data[0]  # drop batch dimensions of one
            if data.ndim == 2:
                data = data[None]
            if data.ndim == 0:
                data = data.reshape(1)
            shaped.append(data)
        # One copy of all values, stage after stage: the stages' data are views of it, and
        # levels and colours are found for all of them at once, not in a dozen small passes.
        flat = np.concatenate(shaped, axis=None) if shaped else np.zeros(0, np.float32)  # flattened
        sizes = np.array([a.size for a in shaped], np.intp)
        ends = np.cumsum(sizes)
        kinds = [str(d.get("kind", "")) for d in stages]
        signed = np.array([bool(d.get("signed", False)) for d in stages], bool)
        levels = _stage_levels(flat, sizes, ends)
        for i, kind in enumerate(kinds):
            if kind == "input":
                # The input is an image in [0, 1]: shown at fixed levels like the 32×32 preview,
                # so an empty canvas is black, not faint noise stretched to full brightness.
                levels[i] = max(1.0, levels[i])
        luts = [LUT_DIVERGING if signed[i] else
                LUT_GRAY if kind == "input" and shaped[i].ndim == 3 else LUT_SEQUENTIAL
                for i, kind in enumerate(kinds)]
        key = (tuple(sizes.tolist()), tuple(signed.tolist()), tuple(id(lut) for lut in luts))
        if self._colouring is None or self._colouring[0] != key:
            self._colouring = (key, _Colouring(sizes, signed, luts))
        colours = self._colouring[1](flat, levels)
        self._colours = colours

        out: list[_Stage] = []
        previous: _Stage | None = None
        # Python numbers, not numpy scalars: a dozen stages of numpy scalar arithmetic and
        # indexing cost more than their values' colouring.
        for d, a, b, shape, kind, sign, level, lut in zip(
                stages, (ends - sizes).tolist(), ends.tolist(), (a.shape for a in shaped), kinds,
                signed.tolist(), levels.tolist(), luts, strict=True):
            data = flat[a:b].reshape(shape)
            wrap = tuple(d["wrap"]) if d.get("wrap") else None
            source = ""
            if wrap is None and len(shape) == 1 and kind == "view" and previous is not None \
                    and previous.spatial and previous.data.size == b - a:
                c, h, w = previous.data.shape
                wrap, source = (c, h * w), previous.key
            key = str(d["key"])
            previous = _Stage(key, str(d.get("title", key)), kind, sign, data, level, lut,
                              colours[a:b], wrap, source)
            out.append(previous)
        signature = tuple((s.key, s.kind, s.data.shape, s.wrap) for s in out)
        self._stages = out
        if signature != self._signature:
            self._signature = signature
            self._layout_size = QSize()  # relayout at the next paint
        titles = tuple(s.title for s in out)
        if titles != self._titles:
            self._titles = titles
            self._static = None
        region = self._changes() if self._static is not None and self._layout_size == self.size() else None
        if region is None:
            self.update()
        elif not region.isEmpty():
            # Same layout: only values whose colour changed and legends whose numbers changed
            # are repainted, not the whole background (~1.2 MB) at every step.
            self.update(region)

    def _changes(self) -> QRegion | None:
        """Write the values whose colour changed into the frame and return where they and the
        legends that changed are; None when the frame cannot tell (it is then drawn whole)."""
        old, new = self._frame_colours, self._colours
        if old is None or self._frame is None or old.shape != new.shape or self._shown_legends is None \
                or len(self._shown_legends) != len(self._bands):
            return None
        region = QRegion()
        differs = old != new
        # Counted first: a new drawing changes all ~20,000 values, and their indices would be
        # an array as large as the colours, made only to be counted.
        if np.count_nonzero(differs) > _FEW_CHANGES:
            region += self._dirty_region  # every map: recoloured whole at the paint
            self._frame_colours = None
        elif (changed := np.flatnonzero(differs)).size:
            starts, ends = self._value_ptr[changed], self._value_ptr[changed + 1]
            counts = ends - starts
            shown = counts > 0
            if shown.any():
                starts, counts, values = starts[shown], counts[shown], changed[shown]
                # Every pixel of the changed values, value after value.
                offsets = np.repeat(starts - np.cumsum(counts) + counts, counts)
                pixels = self._value_dst[offsets + np.arange(int(counts.sum()))]
                self._frame.reshape(-1)[pixels] = np.repeat(_ALL_ARGB.take(new[values]), counts)
                width = self._frame.shape[1]
                ys, xs = np.divmod(pixels, width)
                firsts = np.cumsum(counts) - counts
                x0, x1 = np.minimum.reduceat(xs, firsts), np.maximum.reduceat(xs, firsts)
                y0, y1 = np.minimum.reduceat(ys, firsts), np.maximum.reduceat(ys, firsts)
                ratio = self._static.devicePixelRatio()
                # Device pixels to the logical ones that cover them.
                x0, y0 = np.floor(x0 / ratio).astype(int), np.floor(y0 / ratio).astype(int)
                x1, y1 = np.ceil((x1 + 1) / ratio).astype(int), np.ceil((y1 + 1) / ratio).astype(int)
                for a, b, c, d in zip(x0.tolist(), y0.tolist(), (x1 - x0).tolist(), (y1 - y0).tolist(),
                                      strict=True):
                    region += QRect(a, b, c, d)
                self._frame_image = None  # a new QImage over the changed pixels
            self._frame_colours = new
        else:
            self._frame_colours = new
        legends = self._legend_list()
        for before, after in zip(self._shown_legends, legends, strict=True):
            if before is not after:
                region += before[6]
                region += after[6]
        self._shown_legends = legends
        return region

    def stage_keys(self) -> list[str]:
        return [s.key for s in self._stages]

    def level(self, key: str) -> float:
        """The colour level of a stage (the value drawn at full colour)."""
        return self._stages[self._index(key)].level

    def highlight(self, key: str | None) -> None:
        """Frame the stage `key` (e.g. the row selected in the layer table); None or "" clears."""
        if (key or "") != self._highlight:
            before = self.stage_rect(self._highlight) if self._highlight else QRectF()
            self._highlight = key or ""
            after = self.stage_rect(self._highlight) if self._highlight else QRectF()
            self.update(QRegion(before.toAlignedRect().adjusted(-2, -2, 2, 2))
                        + QRegion(after.toAlignedRect().adjusted(-2, -2, 2, 2)))

    def highlighted(self) -> str:
        return self._highlight

    def stage_rect(self, key: str) -> QRectF:
        """Where the stage is drawn in the widget (empty when unknown)."""
        self._ensure_layout()
        for band in self._bands:
            if self._stages[band.index].key == key:
                return QRectF(band.rect)
        return QRectF()

    def channel_rect(self, key: str, channel: int) -> QRectF:
        """Where one channel of a spatial stage is drawn (empty when unknown)."""
        return QRectF(self._channel_tiles().get((key, channel), _NO_RECT))

    def value_rects(self, key: str) -> list[tuple[QRectF, int, int]]:
        """Where the values of a vector stage are drawn: (rect of a row of square cells, index of
        its first value, number of values). Empty for a spatial or unknown stage."""
        self._ensure_layout()
        for band in self._bands:
            if self._stages[band.index].key == key:
                return [(QRectF(rect), start, count) for rect, start, count in band.strips]
        return []

    def title_lines(self, key: str) -> list[tuple[str, float]]:
        """A stage's title as drawn: (text of each line, the width it has), for checking that
        nothing is cut. Empty when the stage is unknown."""
        self._ensure_layout()
        for band in self._bands:
            if self._stages[band.index].key == key:
                return [(line, band.title_rect.width()) for line in self._title_lines(band)]
        return []

    def fonts(self) -> tuple[QFont, QFont]:
        """The fonts it draws with: (titles, numbers and legends)."""
        return self._fonts()

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: legends and numbers as large as the titles, thicker frames."""
        self._presenting = bool(on)
        self._font_cache = None
        self._layout_size = QSize()
        self._static = None
        self._static_texts.clear()
        self._legends = BoundedCache(_KEPT)
        self.update()

    def value_text(self, pos: QPointF) -> str:
        """What the tooltip says at pos, e.g. "conv1 channel 3, row 12, col 7: -0.412"."""
        hit = self.element_at(pos)
        if hit is None:
            key = self.stage_at(pos)  # in a stage's band, between its values
            if not key:
                return ""
            st = self._stages[self._index(key)]
            return self.tr("{title} — level {level}").format(title=st.title, level=_legend_text(st))
        key, index = hit
        st = self._stages[self._index(key)]
        if len(index) == 3:
            c, row, col = index
            return self.tr("{stage} channel {c}, row {row}, col {col}: {value}").format(
                stage=st.key, c=c, row=row, col=col, value=_num(st.data[c, row, col]))
        (i,) = index
        value = _num(st.data[i])
        if st.wrap_source and st.wrap:
            src = self._stages[self._index(st.wrap_source)].data.shape
            c, rest = divmod(i, src[1] * src[2])
            r, k = divmod(rest, src[2])
            return self.tr("{stage} value {i} = {source} channel {c}, row {row}, col {col}: {value}").format(
                stage=st.key, i=i, source=st.wrap_source, c=c, row=r, col=k, value=value)
        return self.tr("{stage} value {i}: {value}").format(stage=st.key, i=i, value=value)

    def stage_at(self, pos: QPointF) -> str:
        self._ensure_layout()
        for band in self._bands:
            if band.rect.contains(pos):
                return self._stages[band.index].key
        return ""

    def element_at(self, pos: QPointF) -> tuple[str, tuple[int, ...]] | None:
        """The value drawn at pos: (stage key, index without the batch), or None."""
        self._ensure_layout()
        for band in self._bands:
            if not band.rect.contains(pos):
                continue
            st = self._stages[band.index]
            for rect, c in band.tiles:
                if rect.contains(pos):
                    _, h, w = st.data.shape
                    row = min(int((pos.y() - rect.y()) * h / rect.height()), h - 1)
                    col = min(int((pos.x() - rect.x()) * w / rect.width()), w - 1)
                    return st.key, (c, row, col)
            for rect, start, count in band.strips:
                if rect.contains(pos):
                    return st.key, (start + min(int((pos.x() - rect.x()) / rect.height()), count - 1),)
        return None

    def element_rect(self, key: str, index: tuple[int, ...]) -> QRectF:
        """Where one value is drawn (empty when unknown)."""
        self._ensure_layout()
        # Kept per layout (a new one is a new list of bands): a conv2 value's 54 sources are
        # looked up three times per click, each a walk of the bands.
        if self._rects[0] is not self._bands:
            self._rects = (self._bands, BoundedCache(_RECTS_KEPT))
        index = tuple(index)
        found = self._rects[1].get((key, index))
        if found is None:
            found = self._rects[1].keep((key, index), self._element_rect(key, index))
        return QRectF(found)

    def _element_rect(self, key: str, index: tuple[int, ...]) -> QRectF:
        for band in self._bands:
            st = self._stages[band.index]
            if st.key != key:
                continue
            if st.spatial and len(index) == 3:
                c, row, col = index
                _, h, w = st.data.shape
                for rect, ch in band.tiles:
                    if ch == c:
                        cw, chh = rect.width() / w, rect.height() / h
                        return QRectF(rect.x() + col * cw, rect.y() + row * chh, cw, chh)
            elif not st.spatial and len(index) == 1:
                (i,) = index
                for rect, start, count in band.strips:
                    if start <= i < start + count:
                        cell = rect.height()
                        return QRectF(rect.x() + (i - start) * cell, rect.y(), cell, cell)
        return QRectF()

    def set_marks(self, selected: tuple | None = None, sources: tuple | None = None,
                  fields: dict | None = None, shade: bool = False) -> None:
        """Outline a selected value, the values it read and the region it depends on.

        selected: (key, index); sources: (key, [index, ...]); fields: {key: [(channel, top,
        left, bottom, right), ...]} — rectangles of map cells (bottom, right exclusive); with
        shade, the cells of those channels outside them are shaded: they reach nothing selected.
        """
        marks = {"selected": selected, "sources": sources, "fields": fields or {}, "shade": bool(shade)}
        if marks != self._marks:
            # Only where an outline or a shading appears or goes: a click repaints a few tiles,
            # and from one fc value to another (both read every map) hardly any.
            self._ensure_layout()
            kept = self._shown_items  # what the marks on screen draw, from the last change
            old = kept[2] if kept[0] is self._marks and kept[1] is self._bands else self._mark_items(self._marks)
            new = self._mark_items(marks)
            region = QRegion()
            for item in old.keys() ^ new.keys():
                rect = old.get(item, new.get(item))
                if not rect.isEmpty():
                    region += rect.toAlignedRect().adjusted(-4, -4, 4, 4)
            self._marks = marks
            self._shown_items = (marks, self._bands, new)
            self.update(region)

    def _channel_tiles(self) -> dict[tuple[str, int], QRectF]:
        """Where each channel of each spatial stage is drawn, by (key, channel)."""
        self._ensure_layout()
        return {(self._stages[band.index].key, c): rect for band in self._bands for rect, c in band.tiles}

    def _mark_items(self, marks: dict) -> dict[tuple, QRectF]:
        """What set_marks' marks draw, each keyed by all that decides how it looks, with the
        tile or cell it covers."""
        items: dict[tuple, QRectF] = {}
        if not marks or not self._stages:
            return items
        if marks.get("selected"):
            key, index = marks["selected"]
            items[("selected", key, tuple(index))] = self.element_rect(key, index)
        if marks.get("sources"):
            key, indices = marks["sources"]
            for i in indices:
                index = tuple(i)
                items[("source", key, index)] = self.element_rect(key, index)
        fields = marks.get("fields") or {}
        if fields:
            tiles, shade = self._channel_tiles(), bool(marks.get("shade"))
            for key, boxes in fields.items():
                for box in boxes:  # (numpy integers hash and compare as Python's)
                    items[("field", key, tuple(box), shade)] = tiles.get((key, box[0]), _NO_RECT)
        return items

    def marks(self) -> dict:
        return dict(self._marks)

    def png_bytes(self) -> bytes:
        """All stages rendered at a good size (at least 1600×1000), encoded as PNG."""
        size = QSize(max(1600, self.width()), max(1000, self.height()))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().window().color())
        painter = QPainter(image)
        self._paint(painter, self._compute_layout(size))
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = image.save(buffer, "PNG")
        return bytes(buffer.data()) if ok else b""

    # --- Qt ------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(720, 760)

    def minimumSizeHint(self) -> QSize:
        return QSize(340, 480)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        if self._static is None:
            ratio = self.devicePixelRatioF()
            image = QImage((QSizeF(self.size()) * ratio).toSize(),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(self.palette().window().color())
            static = QPainter(image)
            # The frame of the highlighted stage is drawn over the picture (below): choosing
            # another stage then costs a repaint, not a new picture and its pixel maps.
            self._paint_static(static, self._bands, borders=True, highlight=False)
            static.end()
            self._static = image
            self._mosaics = [self._mosaic(band, image) for band in self._bands]
            self._start_frame(image)
            self._dirty_region = self._changing_region()
        # All maps, gaps and frames included, as one picture at screen resolution: one
        # unscaled blit (clipped to what changed) instead of a scaled drawImage and a drawRect
        # per channel.
        painter = QPainter(self)
        painter.drawImage(QPointF(0, 0), self._compose_frame())
        legends = self._legend_list()
        self._shown_legends = legends
        region = event.region()  # (a new QRegion at each call)
        self._draw_legends(painter, [lg for lg in legends if region.intersects(lg[6])])
        if self._highlight:
            for band in self._bands:
                if self._stages[band.index].key == self._highlight:
                    self._paint_highlight(painter, band)
        if self._marks:
            self._paint_marks(painter, region)
        painter.end()

    def _paint_marks(self, painter: QPainter, region: QRegion) -> None:
        """The selection, its sources and its field (set_marks) over the maps, where the
        repaint reaches (an fc value's field covers every map: most stay as they were)."""
        fields = self._marks.get("fields") or {}
        painter.setBrush(Qt.BrushStyle.NoBrush)
        tiles = self._channel_tiles() if fields else {}
        shading = bool(self._marks.get("shade"))
        shade = QColor(200, 30, 30, 110)  # what the selected value does not read
        outlines = []  # drawn together: tiles do not overlap, so the order does not show
        for key, rects in fields.items():
            _, h, w = self._stages[self._index(key)].data.shape
            for channel, top, left, bottom, right in rects:
                tile = tiles.get((key, channel), QRectF())
                if tile.isEmpty() or not region.intersects(tile.toAlignedRect().adjusted(-4, -4, 4, 4)):
                    continue
                cw, ch = tile.width() / w, tile.height() / h
                inner = QRectF(tile.x() + left * cw, tile.y() + top * ch, (right - left) * cw, (bottom - top) * ch)
                if shading and right < w:
                    painter.fillRect(QRectF(inner.right(), tile.top(), tile.right() - inner.right(), tile.height()), shade)
                if shading and bottom < h:
                    painter.fillRect(QRectF(tile.left(), inner.bottom(), inner.right() - tile.left(),
                                            tile.bottom() - inner.bottom()), shade)
                if shading and left > 0:
                    painter.fillRect(QRectF(tile.left(), tile.top(), inner.left() - tile.left(), inner.bottom() - tile.top()), shade)
                if shading and top > 0:
                    painter.fillRect(QRectF(inner.left(), tile.top(), inner.width(), inner.top() - tile.top()), shade)
                outlines.append(inner)
        if outlines:
            painter.setPen(QPen(QColor(80, 220, 120), 1.5, Qt.PenStyle.DashLine))
            painter.drawRects(outlines)
        sources = self._marks.get("sources")
        if sources:
            key, indices = sources
            painter.setPen(QPen(QColor(80, 220, 120), 2))
            painter.drawRects([self.element_rect(key, tuple(i)).adjusted(0.5, 0.5, -0.5, -0.5) for i in indices])
        selected = self._marks.get("selected")
        if selected:
            rect = self.element_rect(*selected)
            if not rect.isEmpty():
                painter.setPen(QPen(QColor(255, 255, 255), 3))
                painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))

    def _changing_region(self) -> QRegion:
        """Where the maps are (the legends are added as they change, see _changes)."""
        region = QRegion()
        for mosaic in self._mosaics:
            if mosaic is not None:
                region += mosaic.rect.toAlignedRect().adjusted(-1, -1, 1, 1)
        return region

    def _start_frame(self, static: QImage) -> None:
        """The static picture as the frame buffer, and where each stage's values go in it."""
        self._frame = np.ascontiguousarray(_words(static))
        starts = np.cumsum([0] + [st.data.size for st in self._stages])
        used = [(m, starts[band.index]) for band, m in zip(self._bands, self._mosaics, strict=True)
                if m is not None]
        self._frame_dst = np.concatenate([m.dst for m, _ in used]) if used else np.zeros(0, np.intp)
        self._frame_src = np.concatenate([m.src + at for m, at in used]) if used else np.zeros(0, np.intp)
        order = np.argsort(self._frame_src, kind="stable")
        self._value_dst = self._frame_dst[order]
        self._value_ptr = np.searchsorted(self._frame_src[order], np.arange(int(starts[-1]) + 1))
        self._frame_colours = None

    def _compose_frame(self) -> QImage:
        """The frame with the current stages' colours written into the maps' pixels."""
        if self._frame_colours is None:
            if self._frame_dst.size:
                words = _ALL_ARGB.take(self._colours)
                self._frame.reshape(-1)[self._frame_dst] = words[self._frame_src]
            self._frame_colours = self._colours
            self._frame_image = None
        if self._frame_image is None:
            h, w = self._frame.shape
            # A new QImage over the same pixels at each change: nothing can hold a stale copy.
            self._frame_image = QImage(self._frame.data, w, h, 4 * w,
                                       QImage.Format.Format_ARGB32_Premultiplied)
            self._frame_image.setDevicePixelRatio(self._static.devicePixelRatio())
        return self._frame_image

    def _mosaic(self, band: _Band, static: QImage) -> _Mosaic | None:
        """Map each device pixel of the band's tiles (or strips) to the value drawn there.

        The same nearest-neighbour sampling as drawImage into the same rectangles: a pixel
        whose centre lies in a tile shows the value under that centre.
        """
        st = self._stages[band.index]
        ratio = static.devicePixelRatio()
        cells = []  # (device rect x0, y0, x1, y1, rows, cols, flat index of the first value, row stride)
        if st.spatial:
            _, h, w = st.data.shape
            cells = [(rect, h, w, c * h * w, w) for rect, c in band.tiles]
        else:
            cells = [(rect, 1, count, start, count) for rect, start, count in band.strips]
        if not cells:
            return None
        spans = []
        for rect, rows, cols, first, stride in cells:
            x0, x1 = round(rect.left() * ratio), round(rect.right() * ratio)
            y0, y1 = round(rect.top() * ratio), round(rect.bottom() * ratio)
            if x1 <= x0 or y1 <= y0:
                continue
            xs, ys = np.arange(x0, x1), np.arange(y0, y1)
            # Qt steps through the source in 16.16 fixed point, a hair short of exact: a pixel
            # centre exactly on a boundary takes the value before it. So does this.
            col = np.clip(((xs + 0.5) / ratio - rect.left()) * cols / rect.width() - 1e-4, 0, cols - 1)
            row = np.clip(((ys + 0.5) / ratio - rect.top()) * rows / rect.height() - 1e-4, 0, rows - 1)
            spans.append((xs, ys, first + row.astype(np.intp)[:, None] * stride
                          + col.astype(np.intp)[None, :], rect))
        if not spans:
            return None
        left = max(0, min(int(xs[0]) for xs, _, _, _ in spans))
        top = max(0, min(int(ys[0]) for _, ys, _, _ in spans))
        right = min(static.width(), max(int(xs[-1]) + 1 for xs, _, _, _ in spans))
        bottom = min(static.height(), max(int(ys[-1]) + 1 for _, ys, _, _ in spans))
        if right <= left or bottom <= top:
            return None
        # Which value each pixel ends up showing (-1: the static picture), in the order the
        # maps were drawn one by one: a map, then its frame, over what came before.
        owner = np.full((bottom - top, right - left), -1, np.intp)
        for xs, ys, index, rect in spans:
            keep_x, keep_y = (xs >= left) & (xs < right), (ys >= top) & (ys < bottom)
            owner[np.ix_(ys[keep_y] - top, xs[keep_x] - left)] = index[keep_y][:, keep_x]
            fx, fy, frame = _frame_pixels(rect, ratio)
            fy, fx = fy - top, fx - left
            inside = (fx >= 0) & (fx < right - left) & (fy >= 0) & (fy < bottom - top)
            owner[fy[inside], fx[inside]] = -1
        ys, xs = np.nonzero(owner >= 0)
        dst = (ys + top) * static.width() + (xs + left)  # flat, in the whole picture
        rect = QRectF(left / ratio, top / ratio, (right - left) / ratio, (bottom - top) / ratio)
        return _Mosaic(rect, dst, owner[ys, xs])

    def resizeEvent(self, event) -> None:
        self._layout_size = QSize()
        self._static = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange, QEvent.Type.LanguageChange):

            self._layout_size = QSize()
            self._static = None
            self._static_texts.clear()
            self._legends = BoundedCache(_KEPT)
            self._font_cache = None
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = QPointF(event.position())
        key = self.stage_at(pos)
        if key and event.button() == Qt.MouseButton.LeftButton:
            self.highlight(key)
            self.stageClicked.emit(key)
            found = self.element_at(pos)
            if found is not None:
                self.elementClicked.emit(*found)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.element_at(QPointF(event.position()))
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            key, index = found
            self.channelDoubleClicked.emit(key, index[0] if len(index) == 3 else -1)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        step = MOVES.get(int(event.key()))
        if step is not None and self._marks.get("selected"):
            self.moveRequested.emit(*step)
            event.accept()
            return
        if step is not None and self._stages:
            # Nothing chosen yet: the first value of the framed stage (else of the input), as a
            # click on it would, so the keyboard alone can pick a value and walk the maps.
            key = self._highlight if self._highlight in {s.key for s in self._stages} else self._stages[0].key
            index = (0,) * len(self._stages[self._index(key)].data.shape)
            self.highlight(key)
            self.stageClicked.emit(key)
            self.elementClicked.emit(key, index)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        # Where the keys go: a ring over the maps, a widget of its own (see FocusRing).
        if self._focus_ring is None and self.parentWidget() is not None:
            self._focus_ring = FocusRing(self)
        if self._focus_ring is not None:
            self._focus_ring.follow()

    def event(self, event: QEvent) -> bool:
        return handle_tooltip(self, event, self.value_text) or super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # While a tooltip is up, let it follow the cursor from pixel to pixel.
        follow_tooltip(self, QPointF(event.position()), self.value_text)
        super().mouseMoveEvent(event)

    # --- layout --------------------------------------------------------------------------
    def _index(self, key: str) -> int:
        for i, s in enumerate(self._stages):
            if s.key == key:
                return i
        raise KeyError(key)

    def _fonts(self) -> tuple[QFont, QFont]:
        # Asked for several times a paint: built once per widget font (see changeEvent).
        if self._font_cache is None:
            title = QFont(self.font())
            title.setPointSizeF(max(10.0, title.pointSizeF()))
            title.setBold(True)
            small = QFont(self.font())
            # On a projector the numbers must read from the back row: as large as the text.
            small.setPointSizeF(self.font().pointSizeF() if self._presenting
                                else max(8.0, self.font().pointSizeF() * 0.85))
            self._font_cache = (title, small)
        return self._font_cache

    def _ensure_layout(self) -> None:
        if self._layout_size != self.size():
            self._bands = self._compute_layout(self.size())
            self._layout_size = QSize(self.size())
            self._static = None

    def _compute_layout(self, size: QSize) -> list[_Band]:
        """Pick the columns, heading position and scale that show the maps largest.

        Tries 1–5 columns of stages with the heading above or left of each stage and finds
        by bisection the largest scale (screen px per map pixel) at which everything fits.
        """
        if not self._stages:
            return []
        width, height = float(size.width()), float(size.height())
        best: tuple[float, int, str, list[int]] | None = None
        # A column at least as wide as the longest title line and the widest legend: a title
        # or a legend cut off says nothing (the columns are tried from the widest anyway).
        narrowest = self._narrowest_column()
        for mode in ("top", "left"):
            for k in range(1, min(5, len(self._stages)) + 1):  # short, wide docks need 4–5
                cw = (width - (k - 1) * _COL_GAP) / k
                if cw < (max(140.0, narrowest) if mode == "top" else max(300.0, narrowest + 120.0)):
                    continue
                fits = self._fit(mode, k, cw, height)
                # Another column or a side heading must earn its place with clearly bigger maps.
                if fits is not None and (best is None or fits[0] > best[0] * 1.2):
                    best = (fits[0], k, mode, fits[1])
        if best is None:
            # Too small for every title and legend in full: the largest maps that fit at all.
            for k in range(1, min(5, len(self._stages)) + 1):
                cw = (width - (k - 1) * _COL_GAP) / k
                fits = self._fit("top", k, cw, height) if cw >= 60 else None
                if fits is not None and (best is None or fits[0] > best[0]):
                    best = (fits[0], k, "top", fits[1])
        if best is None:  # smaller than any sensible layout: one column, smallest scale
            best = (0.25, 1, "top", [len(self._stages)])
        scale, k, mode, splits = best
        if scale >= 2:
            # Whole or half screen pixels per map pixel: squares of equal (or alternating) size.
            scale = math.floor(scale * 2) / 2
        cw = (width - (k - 1) * _COL_GAP) / k
        bands, start = [], 0
        for col, end in enumerate(splits):
            x, y = col * (cw + _COL_GAP), 0.0
            for i in range(start, end):
                band = self._place(i, scale, x, y, cw, mode)
                bands.append(band)
                y = band.rect.bottom() + 2
            start = end
        return bands

    def _narrowest_column(self) -> float:
        title_font, small_font = self._fonts()
        key = (self._titles, title_font.key(), small_font.key())
        if self._narrowest is not None and self._narrowest[0] == key:
            return self._narrowest[1]  # asked for at every trial placement of a layout
        tm = QFontMetricsF(title_font)
        widest = 0.0
        for st in self._stages:
            if " → " in st.title:
                name, shape = st.title.split(" → ", 1)
                widest = max(widest, tm.horizontalAdvance(name), tm.horizontalAdvance(f"→ {shape}"))
            else:
                widest = max(widest, tm.horizontalAdvance(st.title))
        found = max(widest, self._legend_min(QFontMetricsF(small_font))) + 2 * _PAD + 1
        self._narrowest = (key, found)
        return found

    @staticmethod
    def _legend_width(sm: QFontMetricsF) -> float:
        """The room a legend likes: two everyday numbers and a full bar."""
        return 70 + sm.horizontalAdvance("−0.000 … +0.000")

    @staticmethod
    def _legend_min(sm: QFontMetricsF) -> float:
        """The least room for a legend: its numbers at their longest (a diverged −8.88e+88)
        beside a short bar."""
        return 2 * sm.horizontalAdvance("−8.88e+88") + _LEGEND_BAR_MIN + 8

    def _metrics(self, i: int) -> tuple[QFontMetricsF, QFontMetricsF, float, float]:
        """(title metrics, small metrics, a legend's width, stage i's title width), measured
        once per fonts and titles: a layout places every stage some 500 times."""
        title_font, small_font = self._fonts()
        key = (self._titles, title_font.key(), small_font.key())
        if self._metrics_cache is None or self._metrics_cache[0] != key:
            tm, sm = QFontMetricsF(title_font), QFontMetricsF(small_font)
            widths = [tm.horizontalAdvance(st.title) for st in self._stages]
            self._metrics_cache = (key, tm, sm, self._legend_width(sm), widths)
        _, tm, sm, legend_w, widths = self._metrics_cache
        return tm, sm, legend_w, widths[i]

    def _fit(self, mode: str, k: int, cw: float, height: float) -> tuple[float, list[int]] | None:
        def splits_at(scale: float) -> list[int] | None:
            heights = [self._place(i, scale, 0, 0, cw, mode, measure=True).rect.height() + 2
                       for i in range(len(self._stages))]
            return _partition(heights, k, height)

        lo, hi = 0.25, _MAX_SCALE
        if splits_at(lo) is None:
            return None
        if (s := splits_at(hi)) is not None:
            return hi, s
        for _ in range(16):
            mid = (lo + hi) / 2
            if splits_at(mid) is None:
                hi = mid
            else:
                lo = mid
        return lo, splits_at(lo)

    def _place(self, i: int, scale: float, x: float, y: float, cw: float, mode: str,
               measure: bool = False) -> _Band:
        """Where stage i goes at this scale; with measure, only its height (no tiles, strips
        or labels are placed: a layout tries some 500 scales, and placing them was its cost)."""
        st = self._stages[i]
        tm, sm, legend_w, title_w = self._metrics(i)
        th, sh = tm.height() + 2, sm.height()
        two_line = False
        if mode == "top" and title_w + legend_w + 3 * _PAD <= cw:
            title_rect = QRectF(x + _PAD, y + 1, cw - 3 * _PAD - legend_w, th)
            legend_rect = QRectF(x + cw - 2 * _PAD - legend_w, y + 1, legend_w, th)
            cx, cy, avail = x + _PAD, y + th + 4, cw - 2 * _PAD
            head_h = th + 4
        elif mode == "top":  # narrow column: the legend goes under the title
            # A title too long for the column breaks before its shape instead of being cut.
            lines = 1 if title_w <= cw - 2 * _PAD or " → " not in st.title else 2
            two_line = lines == 2
            title_rect = QRectF(x + _PAD, y + 1, cw - 2 * _PAD, th * lines)
            legend_rect = QRectF(x + _PAD, y + th * lines + 1, min(legend_w, cw - 2 * _PAD), sh + 4)
            cx, cy, avail = x + _PAD, y + th * lines + sh + 8, cw - 2 * _PAD
            head_h = th * lines + sh + 8
        else:
            left_w = max(legend_w, 150.0, self._narrowest_column() - 2 * _PAD) + 2 * _PAD
            title_rect = QRectF(x + _PAD, y + _PAD, left_w - 2 * _PAD, 2 * th)
            legend_rect = QRectF(x + _PAD, y + _PAD + 2 * th, left_w - 2 * _PAD, sh + 4)
            cx, cy, avail = x + left_w, y + _PAD, cw - left_w - _PAD
            head_h = 2 * th + sh + 4 + 2 * _PAD
        band = _Band(i, QRectF(), title_rect, legend_rect, mode == "left" or two_line,
                     legend_right=legend_rect.top() == title_rect.top())
        avail = max(avail, 10.0)
        if st.spatial:
            content_h = self._place_tiles(band, st, scale, cx, cy, avail, sm, measure)
        else:
            content_h = self._place_strips(band, st, scale, cx, cy, avail, sm, measure)
        content_h += cy - y
        band.rect = QRectF(x, y, cw, max(head_h, content_h) + _PAD)
        return band

    @staticmethod
    def _place_tiles(band: _Band, st: _Stage, scale: float, cx: float, cy: float,
                     avail: float, sm: QFontMetricsF, measure: bool = False) -> float:
        c, h, w = st.data.shape
        tw, th = w * scale, h * scale
        label_h = sm.height() if tw >= sm.horizontalAdvance(str(c - 1)) + 2 else 0.0
        per_row = max(1, min(c, int((avail + _GAP) // (tw + _GAP))))
        rows = math.ceil(c / per_row)
        per_row = math.ceil(c / rows)  # balance: 16 maps as 8 + 8, not 12 + 4
        for ch in range(0 if measure else c):
            r, k = divmod(ch, per_row)
            left = cx + k * (tw + _GAP)
            top = cy + r * (label_h + th + _GAP)
            if label_h:
                band.labels.append((QRectF(left, top, tw, label_h), str(ch)))
            band.tiles.append((QRectF(left, top + label_h, tw, th), ch))
        return rows * (label_h + th) + (rows - 1) * _GAP

    @staticmethod
    def _place_strips(band: _Band, st: _Stage, scale: float, cx: float, cy: float,
                      avail: float, sm: QFontMetricsF, measure: bool = False) -> float:
        d = st.data.shape[0]
        cell = min(max(2.0 * scale + 2.0, 3.0), 24.0)
        if d <= 16:
            cell = min(2.0 * cell, 44.0)
        if st.wrap:
            rows, cols = st.wrap
            label_w = sm.horizontalAdvance(str(rows - 1)) + 6
            cell = max(1.0, min(cell, (avail - label_w) / cols))
            show_labels = cell * 1.6 >= sm.height() * 0.9
            for r in range(0 if measure else rows):
                start = r * cols
                if start >= d:
                    break
                count = min(cols, d - start)
                top = cy + r * cell
                band.strips.append((QRectF(cx + label_w, top, count * cell, cell), start, count))
                if show_labels and r % (1 if cell >= sm.height() * 0.9 else 2) == 0:
                    band.labels.append((QRectF(cx, top + cell / 2 - sm.height() / 2, label_w - 4,
                                               sm.height()), str(r)))
            note_top = cy + rows * cell + 2
            if st.wrap_source:
                src_h = math.isqrt(cols) if math.isqrt(cols) ** 2 == cols else 0
                size = f"{src_h}×{src_h} = " if src_h else ""
                text = QCoreApplication.translate(
                    "FeatureMaps", "each row: one {source} channel ({size}{count} values), laid end to end").format(
                    source=st.wrap_source, size=size, count=cols)
                note_h = sm.boundingRect(QRectF(0, 0, avail, 10 * sm.height()),
                                         Qt.TextFlag.TextWordWrap, text).height()
                band.note = (QRectF(cx, note_top, avail, note_h), text)
                return rows * cell + 2 + note_h
            return rows * cell
        if d <= 16:
            cell = max(1.0, min(cell, avail / d))  # fc3's ten outputs stay on one row
        cols = max(1, min(d, int(avail // cell)))
        rows = math.ceil(d / cols)
        cols = math.ceil(d / rows)
        for r in range(0 if measure else rows):
            start = r * cols
            count = min(cols, d - start)
            band.strips.append((QRectF(cx, cy + r * cell, count * cell, cell), start, count))
        extra = 0.0
        if d <= 16 and cell >= sm.horizontalAdvance(str(d - 1)) + 2:
            # Few values (fc3's ten outputs): number every cell.
            for i in range(0 if measure else d):
                r, k = divmod(i, cols)
                band.labels.append((QRectF(cx + k * cell, cy + rows * cell + r * sm.height(), cell,
                                           sm.height()), str(i)))
            extra = sm.height() * rows
        return rows * cell + extra

    # --- painting ------------------------------------------------------------------------
    def _paint(self, painter: QPainter, bands: list[_Band]) -> None:
        self._paint_static(painter, bands)
        self._paint_dynamic(painter, bands)

    def _title_lines(self, band: _Band) -> list[str]:
        """The title's lines as drawn: split before the shape when two lines, elided only
        when even that cannot fit (a column narrower than any layout the widget picks)."""
        st = self._stages[band.index]
        if band.two_line_title and " → " in st.title:
            name, shape = st.title.split(" → ", 1)
            lines = [name, f"→ {shape}"]
        else:
            lines = [st.title]
        fm = QFontMetricsF(self._fonts()[0])
        return [fm.elidedText(line, Qt.TextElideMode.ElideRight, band.title_rect.width()) for line in lines]

    def _paint_static(self, painter: QPainter, bands: list[_Band], borders: bool = False,
                      highlight: bool = True) -> None:
        """What only a new layout changes: titles, channel numbers, notes, the highlight.

        With borders, also the frame of every tile and strip (the maps are then drawn inside).
        """
        title_font, small_font = self._fonts()
        text = self.palette().windowText().color()
        for band in bands:
            st = self._stages[band.index]
            painter.setFont(title_font)
            painter.setPen(text)
            painter.drawText(band.title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             "\n".join(self._title_lines(band)))
            painter.setFont(small_font)
            painter.setPen(text)
            for rect, label in band.labels:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            if band.note:
                painter.setPen(QColor(text.red(), text.green(), text.blue(), 170))
                painter.drawText(band.note[0], Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap, band.note[1])
            if highlight and st.key == self._highlight:
                self._paint_highlight(painter, band)
        if borders:
            self._paint_frames(painter, bands)

    def _paint_highlight(self, painter: QPainter, band: _Band) -> None:
        painter.setPen(QPen(self.palette().highlight().color(), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(band.rect.adjusted(1.5, 1.5, -1.5, -1.5), 5, 5)

    @staticmethod
    def _paint_frames(painter: QPainter, bands: list[_Band]) -> None:
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for band in bands:
            for rect in [r for r, _ in band.tiles] + [r for r, _, _ in band.strips]:
                painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))

    def _legend_list(self) -> list[tuple]:
        """The legends of the stages shown, in the widget's layout (see _legend), kept until
        the stages, the layout or the fonts change."""
        ratio = self.devicePixelRatioF()
        cached = self._legend_list_cache
        if cached is not None and cached[0] is self._stages and cached[1] is self._bands \
                and cached[2] == ratio and cached[3] is self._legends:
            return cached[4]
        fm = QFontMetricsF(self._fonts()[1])
        legends = [self._legend(self._stages[band.index], band, fm, ratio) for band in self._bands]
        self._legend_list_cache = (self._stages, self._bands, ratio, self._legends, legends)
        return legends

    def _paint_dynamic(self, painter: QPainter, bands: list[_Band]) -> None:
        """What every update changes: the legends' numbers and the maps."""
        fm = QFontMetricsF(self._fonts()[1])
        ratio = painter.device().devicePixelRatioF()
        self._draw_legends(painter, [self._legend(self._stages[band.index], band, fm, ratio)
                                     for band in bands])
        self._draw_tiles(painter, bands)

    def _draw_legends(self, painter: QPainter, legends: list[tuple]) -> None:
        _, small_font = self._fonts()
        text = self.palette().windowText().color()
        border = QPen(QColor(120, 120, 120), 1)
        painter.setFont(small_font)
        # Legends in three batches (bars, their frames, the numbers): no pen change per stage.
        for _, _, bar, _, _, image, _ in legends:
            painter.drawImage(bar.topLeft(), image)  # already at its size: a plain copy
        painter.setPen(border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects([legend[2] for legend in legends])
        painter.setPen(text)
        for lo_at, lo_text, _, hi_at, hi_text, _, _ in legends:
            painter.drawStaticText(lo_at, lo_text)
            painter.drawStaticText(hi_at, hi_text)

    def _draw_tiles(self, painter: QPainter, bands: list[_Band]) -> None:
        """Every map and strip scaled from the stage's image, framed (for the export)."""
        border = QPen(QColor(120, 120, 120), 1)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp pixels
        for band in bands:
            st = self._stages[band.index]
            painter.setPen(border)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if st.spatial:
                h, w = st.data.shape[1:]
                for rect, c in band.tiles:
                    painter.drawImage(rect, st.image, QRectF(0, c * (h + 1), w, h))
                    painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
            else:
                for rect, start, count in band.strips:
                    painter.drawImage(rect, st.image, QRectF(start, 0, count, 1))
                    painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))

    def _legend(self, st: _Stage, band: _Band, fm: QFontMetricsF, painter_ratio: float) -> tuple:
        """Where a legend's parts go: (lo at, lo text, bar rect, hi at, hi text, bar image,
        what it covers on screen).

        Kept per text and place: most stages' numbers stay the same from frame to frame.
        """
        level = _fmt(st.level)  # once: while a digit is drawn every legend changes every frame
        lo, hi = ("−" + level, "+" + level) if st.signed else ("0", level)
        if st.level == LEVEL_FLOOR and not np.isfinite(st.data).any() and st.data.size:
            # No finite value (a diverged net): the floor's "±1e-06" would be a number nothing
            # on screen has. Infinities are drawn at the table's ends, nan in its own colour.
            lo, hi = _non_finite_ends(st)
        fonts = self._fonts()
        place = band.legend_place
        if place is None or place[0] != painter_ratio or place[1] is not fonts:
            # What does not depend on the numbers, worked out once per band, scale and font:
            # while a digit is drawn half the legends change at every frame.
            rect = band.legend_rect
            bar_h = max(6.0, fm.height() * 0.55)
            y = rect.top() + (min(rect.height(), fm.height() + 4) - bar_h) / 2
            top = y + bar_h / 2 + fm.ascent() / 2 - 1 - fm.ascent()  # from the baseline to the top
            place = band.legend_place = (painter_ratio, fonts, (rect.getRect(), band.legend_right),
                                         rect.left(), rect.right(), rect.width(), y, top, bar_h)
        _, _, where, left, right, width, y, top, bar_h = place
        key = (where, lo, hi, id(st.lut), painter_ratio)
        found = self._legends.get(key)
        if found is not None:
            return found
        lo_text, lo_w, lo_h = self._text(lo)
        hi_text, hi_w, hi_h = self._text(hi)
        # Long numbers (a diverging net) shorten the bar rather than run out of the column.
        bar_w = max(_LEGEND_BAR_MIN, min(_LEGEND_BAR, width - lo_w - hi_w - 8))
        x = max(left, right - hi_w - bar_w - lo_w - 8) if band.legend_right else left
        bar_x = x + lo_w + 4
        hi_x = bar_x + bar_w + 4
        # What it covers: its numbers, its bar and its frame, with a margin for glyphs that
        # reach past their advance.
        covers_top, covers_right = min(top, y), max(hi_x + hi_w, bar_x + bar_w)
        covers = QRectF(x, covers_top, covers_right - x,
                        max(top + lo_h, top + hi_h, y + bar_h) - covers_top)
        found = (QPointF(x, top), lo_text, QRectF(bar_x, y, bar_w, bar_h), QPointF(hi_x, top), hi_text,
                 self._legend_bar(st.lut, bar_w, bar_h, painter_ratio),
                 covers.toAlignedRect().adjusted(-3, -3, 3, 3))
        self._legends.keep(key, found)
        return found

    def _legend_bar(self, lut: np.ndarray, width: float, height: float, ratio: float) -> QImage:
        """The colour table stretched to the bar's size once: drawing it scaled at every paint
        costs ~5 µs a bar."""
        w, h = max(1, round(width * ratio)), max(1, round(height * ratio))
        key = (id(lut), w, h, ratio)
        found = self._legend_bars.get(key)
        if found is None:
            found = self._legend_images[id(lut)].scaled(
                w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)
            found.setDevicePixelRatio(ratio)
            self._legend_bars.keep(key, found)
        return found

    def _text(self, s: str) -> tuple[QStaticText, float, float]:
        """A laid-out text and its width and height, kept: a legend's numbers change rarely and
        shaping is the slow part."""
        found = self._static_texts.get(s)
        if found is None:
            text = QStaticText(s)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(QTransform(), self._fonts()[1])
            size = text.size()
            found = (text, size.width(), size.height())
            self._static_texts.keep(s, found)
        return found


# Legends and their numbers kept: while a digit is drawn the levels wander over a few thousand
# numbers, and with 512 kept two of three came back after they had been dropped and were laid
# out again (10 strokes: 7647 layouts; 3729 with 1024 kept, 2693 with 2048). A kept legend and
# its text take ~1.7 kB, and Play fills the caches too: 1024 keeps the memory they can take
# within ~1 MB of what 512 took.
_KEPT = 1024
_RECTS_KEPT = 4096  # values' places per layout: a conv2 value's 54 sources, looked up per click


def _frame_pixels(rect: QRectF, ratio: float) -> tuple[np.ndarray, np.ndarray, QImage]:
    """The device pixels (x, y) that a tile's 1-pixel frame covers, drawn as the widget does."""
    x0, y0 = math.floor(rect.left() * ratio) - 3, math.floor(rect.top() * ratio) - 3
    w = math.ceil(rect.right() * ratio) - x0 + 4
    h = math.ceil(rect.bottom() * ratio) - y0 + 4
    scratch = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    scratch.setDevicePixelRatio(ratio)
    scratch.fill(0)
    painter = QPainter(scratch)
    painter.translate(-x0 / ratio, -y0 / ratio)
    painter.setPen(QPen(QColor(120, 120, 120), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
    painter.end()
    fy, fx = np.nonzero(_words(scratch))
    return fx + x0, fy + y0, scratch


def _words(image: QImage) -> np.ndarray:
    """A 32-bit image's pixels as a (height, width) uint32 array (a copy)."""
    per_line = image.bytesPerLine() // 4
    words = np.frombuffer(image.constBits(), np.uint32, per_line * image.height()).copy()
    return words.reshape(image.height(), per_line)[:, : image.width()]


def _partition(heights: list[float], k: int, limit: float) -> list[int] | None:
    """Split the stages, in order, into at most k columns no taller than limit (greedy)."""
    ends, total = [], 0.0
    for i, h in enumerate(heights):
        if h > limit:
            return None
        if total + h > limit:
            ends.append(i)
            total = 0.0
        total += h
    ends.append(len(heights))
    return ends if len(ends) <= k else None


def _fmt(level: float) -> str:
    return numbers.fmt(level, 3)  # the user's decimal separator, as every number in the window


def _non_finite_ends(st: _Stage) -> tuple[str, str]:
    """A legend's two numbers for a stage with no finite value: what its ends stand for."""
    if not np.isinf(st.data).any():
        return "nan", "nan"
    inf = numbers.fmt(math.inf)
    return ("−" + inf if st.signed else "0"), ("+" + inf if st.signed else inf)


def _legend_text(st: _Stage) -> str:
    if st.level == LEVEL_FLOOR and st.data.size and not np.isfinite(st.data).any():
        return " … ".join(_non_finite_ends(st))
    return f"±{_fmt(st.level)}" if st.signed else f"0 … {_fmt(st.level)}"


def _num(v: float) -> str:
    v = float(v)
    return numbers.fmt_fixed(v, 3) if math.isfinite(v) else numbers.fmt(v)
