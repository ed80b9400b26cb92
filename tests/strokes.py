"""Turn a scanned handwritten digit into pen strokes a hand could draw, independently of training.

The app's training redraws digits along skeletons from its own thinning (lenet_gui.core.digits);
a measurement that reused it would share its assumptions. Here the skeleton comes from
scikit-image's Lee skeletonizer (training thins with its own Zhang–Suen) and is traced as a
graph into continuous polylines: each stroke starts at a free end (or, for a closed loop,
anywhere on it) and follows its neighbours, going straight on through junctions, until it runs
out of undrawn skeleton.
"""

from __future__ import annotations

import numpy as np
from skimage.morphology import skeletonize
from skimage.transform import resize

HALF_INK = 0.5  # a point at least half inked is part of the written stroke
# The scan is read 4× finer (bilinear) before skeletonizing: centre lines found on the 28 px grid
# itself are staircases with blunt ends, and redrawn at the digit's own pen width they cover the
# scanned ink far worse (intersection over union 0.72 against 0.84 at 4×, held-out digits).
FINER = 4

Point = tuple[int, int]  # (row, col) on the finer grid
_RING = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def skeleton(image: np.ndarray) -> np.ndarray:
    """The centre lines of a uint8 digit's ink (light on black), one pixel wide on a 4× finer grid."""
    a = np.asarray(image, np.float32) / 255.0
    fine = resize(a, (a.shape[0] * FINER, a.shape[1] * FINER), order=1)  # bilinear
    return skeletonize(fine >= HALF_INK, method="lee")


def _graph(skel: np.ndarray) -> dict[Point, set[Point]]:
    on = set(zip(*(idx.tolist() for idx in np.nonzero(skel)), strict=True))
    graph: dict[Point, set[Point]] = {p: set() for p in on}
    for r, c in on:
        for dr, dc in _RING:
            q = (r + dr, c + dc)
            if q not in on:
                continue
            # A diagonal step beside a pixel that touches both ends is a corner of an L: the
            # pen goes round the corner, not across it too (that would be a tiny triangle).
            if dr and dc and ((r + dr, c) in on or (r, c + dc) in on):
                continue
            graph[(r, c)].add(q)
    return graph


def _straightest(here: Point, came: Point | None, options: set[Point]) -> Point:
    if came is None:
        return min(options)  # the first step: the upper-left neighbour, deterministically
    dr, dc = here[0] - came[0], here[1] - came[1]

    def turn(q: Point) -> tuple[float, Point]:
        er, ec = q[0] - here[0], q[1] - here[1]
        cos = (dr * er + dc * ec) / (np.hypot(dr, dc) * np.hypot(er, ec))
        return (-cos, q)  # straightest first; ties broken by position, deterministically

    return min(options, key=turn)


def trace(skel: np.ndarray) -> list[list[Point]]:
    """The skeleton as pen strokes: lists of (row, col), each a press, moves and a release.

    Every link between neighbouring skeleton pixels is drawn exactly once. A stroke begins at a
    free end if one is left (the topmost first, as people start most digits at the top), else
    at a junction with undrawn links, else anywhere on a loop. A lone pixel is a one-point
    stroke (a click).
    """
    graph = _graph(skel)
    undrawn = {p: set(n) for p, n in graph.items()}
    strokes: list[list[Point]] = [[p] for p, n in sorted(graph.items()) if not n]

    def start() -> Point | None:
        left = [p for p, n in undrawn.items() if n]
        if not left:
            return None
        ends = [p for p in left if len(graph[p]) == 1]
        junctions = [p for p in left if len(graph[p]) >= 3]
        return min(ends or junctions or left)

    while (p := start()) is not None:
        stroke, came = [p], None
        while undrawn[p]:
            q = _straightest(p, came, undrawn[p])
            undrawn[p].discard(q)
            undrawn[q].discard(p)
            stroke.append(q)
            came, p = p, q
        strokes.append(stroke)
    return strokes


def strokes_of(image: np.ndarray) -> list[list[Point]]:
    """Pen strokes tracing a grayscale digit image (light ink on black), as (row, col) lists."""
    return trace(skeleton(image))


def place(strokes: list[list[Point]], ink_size: float, brush: float, corner: tuple[float, float],
          canvas: float = 280.0) -> list[list[tuple[float, float]]]:
    """Scale strokes so the drawn ink spans `ink_size` canvas px at its longer side, and place it.

    corner = (fx, fy) in 0–1 puts the ink's box that fraction of the free room from the canvas's
    left and top: (0, 0) is the top left corner, (1, 1) the bottom right, (0.5, 0.5) the centre.
    The ink (the centre line plus half the brush on every side) stays on the canvas. Returns
    strokes of (x, y) canvas points.
    """
    rows = np.array([p[0] for s in strokes for p in s], float)
    cols = np.array([p[1] for s in strokes for p in s], float)
    extent = max(rows.max() - rows.min(), cols.max() - cols.min(), 1.0)
    line = max(ink_size - brush, 1.0)  # the centre line's span: the brush adds the rest
    k = line / extent
    width, height = (cols.max() - cols.min()) * k, (rows.max() - rows.min()) * k
    x0 = brush / 2 + corner[0] * (canvas - brush - width)
    y0 = brush / 2 + corner[1] * (canvas - brush - height)
    return [[(x0 + (c - cols.min()) * k, y0 + (r - rows.min()) * k) for r, c in s] for s in strokes]
