"""Targets: one-hot digits, the tutorial's seeded random target, custom vectors, checks."""

import numpy as np
import pytest
import torch

from lenet_gui.core import check_target, custom_target, one_hot, tutorial_target


@pytest.mark.parametrize("digit", range(10))
def test_one_hot(digit):
    t = one_hot(digit)
    assert t.shape == (1, 10) and t.dtype == torch.float32
    assert t[0, digit] == 1.0 and t.sum() == 1.0


def test_one_hot_takes_numpy_ints():
    assert torch.equal(one_hot(np.int64(3)), one_hot(3))


@pytest.mark.parametrize("bad", [True, False, 3.0, 2.5, "3", -1, 10, 100, None])
def test_one_hot_rejects(bad):
    with pytest.raises(ValueError, match="digit"):
        one_hot(bad)


def test_tutorial_target_is_reproducible_and_equals_seeded_randn():
    a, b = tutorial_target(7), tutorial_target(7)
    assert torch.equal(a, b)
    assert a.shape == (1, 10) and a.dtype == torch.float32
    assert not torch.equal(a, tutorial_target(8))
    # The same numbers as the tutorial's `torch.randn(10)` after `torch.manual_seed(7)`.
    torch.manual_seed(7)
    assert torch.equal(a, torch.randn(10).view(1, -1))


def test_tutorial_target_leaves_the_global_rng_alone():
    torch.manual_seed(1)
    expected = torch.rand(3)
    torch.manual_seed(1)
    tutorial_target(5)
    assert torch.equal(torch.rand(3), expected)


@pytest.mark.parametrize("bad", [1.5, "1", None, True])
def test_tutorial_target_rejects_bad_seeds(bad):
    with pytest.raises(ValueError, match="seed"):
        tutorial_target(bad)


@pytest.mark.parametrize(
    "values",
    [
        list(range(10)),
        [0.5] * 10,
        np.arange(10, dtype=np.float64),
        np.arange(10).reshape(1, 10),
        torch.arange(10.0),
        torch.arange(10.0).view(1, 10),
        tuple(np.float32(v) for v in range(10)),
    ],
)
def test_custom_target_accepts_ten_numbers(values):
    t = custom_target(values)
    assert t.shape == (1, 10) and t.dtype == torch.float32
    plain = values.numpy() if isinstance(values, torch.Tensor) else values
    np.testing.assert_array_equal(t.numpy().ravel(), np.asarray(plain, dtype=np.float32).ravel())


def test_custom_target_copies_a_tensor():
    source = torch.zeros(1, 10)
    t = custom_target(source)
    source[0, 0] = 5.0
    assert t[0, 0] == 0.0


@pytest.mark.parametrize(
    "bad,words",
    [
        ([1.0] * 9, "exactly ten"),
        ([1.0] * 11, "exactly ten"),
        ([], "exactly ten"),
        ([float("nan")] + [0.0] * 9, "finite"),
        ([float("inf")] + [0.0] * 9, "finite"),
        ([1e300] + [0.0] * 9, "finite"),  # finite in Python, inf as float32
        ("1234567890", "list of ten numbers"),
        (b"1234567890", "list of ten numbers"),
        (["1"] * 10, "not a number"),
        ([True] * 10, "not a number"),
        ([[1.0] * 10], "not a number"),
        (None, "list of ten numbers"),
        (5.0, "list of ten numbers"),
        (np.array(["a"] * 10), "ten numbers"),
        (np.ones(10, dtype=bool), "ten numbers"),
        (torch.arange(10), "decimal"),
        (torch.full((1, 10), float("nan")), "finite"),
    ],
)
def test_custom_target_rejects(bad, words):
    with pytest.raises(ValueError, match=words):
        custom_target(bad)


def test_check_target_passes_a_good_target_through():
    t = one_hot(1)
    assert check_target(t) is t


@pytest.mark.parametrize(
    "bad,words",
    [
        (torch.zeros(10), r"shape \(1, 10\).*got \(10,\).*view\(1, -1\)"),
        (torch.zeros(2, 10), r"shape \(1, 10\)"),
        (torch.zeros(1, 10, dtype=torch.int64), "float tensor.*torch.int64.*one_hot"),
        (torch.zeros(1, 10, dtype=torch.bool), "float tensor"),
        (torch.full((1, 10), float("nan")), "nan"),
        ([0.0] * 10, "torch tensor"),
    ],
)
def test_check_target_rejects_with_clear_messages(bad, words):
    with pytest.raises(ValueError, match=words):
        check_target(bad)
