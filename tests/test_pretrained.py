"""The bundled weights: they load, say what they are, and read real handwriting they never saw."""

import numpy as np
import pytest

from lenet_gui.core import digits
from lenet_gui.core.net import Net
from lenet_gui.core.pretrained import load_pretrained, pretrained_metadata


@pytest.fixture(scope="module")
def heldout():
    _, _, images, labels = digits.load_split()
    return images, labels, digits.preprocess_all(images)


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_bundled_weights_load_and_name_data_and_arch(arch):
    net = load_pretrained(arch)
    assert isinstance(net, Net) and net.arch.name == arch
    meta = pretrained_metadata(arch)
    assert meta["arch"] == arch
    assert meta["data"] == digits.DATA_CREDIT
    assert int(meta["train_digits"]) == 4500 and int(meta["heldout_digits"]) == 500
    for key in ("seed", "epochs", "date", "heldout_accuracy"):
        assert meta[key]


# The bar: at least 98% of real handwriting the net never saw.
@pytest.mark.parametrize("arch, bar", [("tutorial", 0.98), ("lenet5", 0.98)])
def test_bundled_weights_read_unseen_mnist_digits(heldout, arch, bar):
    _, labels, x = heldout
    acc = digits.accuracy(load_pretrained(arch), x, labels)
    assert acc >= bar, f"{arch}: {acc:.1%} of held-out digits"
    # The number recorded in the file is the one measured here.
    assert abs(acc - float(pretrained_metadata(arch)["heldout_accuracy"])) < 1e-3


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_bundled_weights_read_digits_redrawn_with_a_round_brush(heldout, arch):
    # The held-out digits' skeletons redrawn with the canvas's brush at three digit sizes,
    # without the canvas: the figures the training command recorded in the file.
    images, labels, _ = heldout
    per_width = digits.stroke_accuracy(load_pretrained(arch), images, labels)
    recorded = pretrained_metadata(arch)["heldout_stroke_accuracy"]
    shown = ", ".join(f"{w:.2f} px: {a:.1%}" for w, a in per_width.items())
    assert recorded == ", ".join(f"{w:.2f}px {a:.4f}" for w, a in per_width.items()), shown
    assert float(np.mean(list(per_width.values()))) >= 0.95, shown


def test_recognised_digit_reads_close_to_one(heldout):
    # Trained with MSE on one-hot targets, like the app's Backprop step: the winner's output ≈ 1.
    _, labels, x = heldout
    out = load_pretrained("tutorial")(x[:100]).detach().numpy()
    assert np.median(out.max(axis=1)) > 0.8
    assert np.median(np.sort(out, axis=1)[:, -2]) < 0.2


def test_tutorial_weights_read_brush_drawn_digits(heldout):
    images, labels, _ = heldout
    # Every other held-out digit (25 of each class) keeps the test quick; `lenet-gui train`
    # reports the figures for all 500.
    images, labels = images[::2], labels[::2]
    per_thickness = digits.brush_accuracy(load_pretrained("tutorial"), images, labels)
    overall = float(np.mean(list(per_thickness.values())))
    shown = ", ".join(f"{t:+d} px: {a:.1%}" for t, a in per_thickness.items())
    assert overall >= 0.95, shown
    assert min(per_thickness.values()) >= 0.93, shown
