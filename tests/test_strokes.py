"""The stroke tracer of the recognition tier turns ink into strokes a hand could draw."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("skimage", reason="the stroke tracer needs scikit-image (the test extra)")
from tests.strokes import place, skeleton, strokes_of, trace  # noqa: E402


def scan(*segments, width=2):
    """A 28×28 uint8 'scan' with thick straight strokes between (row, col) points."""
    image = np.zeros((28, 28), np.uint8)
    rows, cols = np.mgrid[:28, :28]
    for (r0, c0), (r1, c1) in segments:
        d = np.array([r1 - r0, c1 - c0], float)
        t = np.clip(((rows - r0) * d[0] + (cols - c0) * d[1]) / max(d @ d, 1e-9), 0, 1)
        dist = np.hypot(rows - (r0 + t * d[0]), cols - (c0 + t * d[1]))
        image[dist <= width / 2 + 0.5] = 255
    return image


def test_every_skeleton_pixel_is_drawn_by_steps_between_neighbours():
    skel = skeleton(scan(((4, 14), (24, 14)), ((4, 6), (4, 22)), ((24, 6), (14, 22))))
    strokes = trace(skel)
    drawn = {p for s in strokes for p in s}
    assert drawn == set(zip(*np.nonzero(skel), strict=True))
    for s in strokes:
        steps = np.abs(np.diff(np.array(s), axis=0))
        assert (steps.max(axis=1, initial=1) == 1).all(), "a pen step jumps over a pixel"


def test_a_line_is_one_stroke_from_end_to_end():
    strokes = strokes_of(scan(((5, 8), (22, 20))))
    assert len(strokes) == 1
    (r0, c0), (r1, c1) = strokes[0][0], strokes[0][-1]
    # From the top left end to the bottom right end (rows and columns on the 4× finer grid).
    assert r0 < 30 and c0 < 40 and r1 > 80 and c1 > 75


def test_a_ring_is_one_closed_stroke():
    rows, cols = np.mgrid[:28, :28]
    radius = np.hypot(rows - 14, cols - 14)
    ring = ((radius > 6) & (radius < 9)).astype(np.uint8) * 255
    strokes = strokes_of(ring)
    assert len(strokes) == 1 and strokes[0][0] == strokes[0][-1]


def test_a_cross_is_drawn_straight_through_its_junction():
    # A plus sign: two strokes, each a straight bar, not four arms or two bent ones.
    strokes = strokes_of(scan(((4, 14), (24, 14)), ((14, 4), (14, 24))))
    assert len(strokes) == 2
    for s in strokes:
        a = np.array(s)
        assert min(np.ptp(a[:, 0]), np.ptp(a[:, 1])) <= 4, "a bar bends at the junction"


@pytest.mark.parametrize("corner", [(0.0, 0.0), (1.0, 1.0), (0.3, 0.8)])
@pytest.mark.parametrize("size, brush", [(112, 30), (280, 20), (200, 10)])
def test_placed_ink_has_the_size_asked_for_and_stays_on_the_canvas(corner, size, brush):
    strokes = strokes_of(scan(((4, 10), (24, 16)), ((4, 10), (4, 20))))
    placed = np.array([p for s in place(strokes, size, brush, corner) for p in s])
    lo, hi = placed.min(axis=0) - brush / 2, placed.max(axis=0) + brush / 2
    assert max(hi - lo) == pytest.approx(size)
    assert (lo >= -1e-9).all() and (hi <= 280 + 1e-9).all()
    if corner == (0.0, 0.0):
        assert lo == pytest.approx([0, 0])
    if corner == (1.0, 1.0):
        assert hi == pytest.approx([280, 280])
