"""Training targets for the MSE loss: one-hot digits, the tutorial's random target, custom vectors."""

from __future__ import annotations

import itertools
import math
import numbers
import reprlib
from collections.abc import Iterable, Sequence

import numpy as np
import torch

from .text import QT_TRANSLATE_NOOP

NUM_CLASSES = 10
# What a target may be stored as; it is converted to the net's own type for the loss.
TARGET_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)
_SEEDS = (-(2**63), 2**64 - 1)  # what torch.Generator.manual_seed accepts


def shown(value: object) -> str:
    """A value for an error message: short, and never itself an error (a 5,000-digit int)."""
    try:
        return reprlib.repr(value)
    except Exception:
        return f"a {type(value).__name__}"


def one_hot(digit: int) -> torch.Tensor:
    """A (1, 10) float target with 1.0 at `digit` and 0.0 elsewhere."""
    if isinstance(digit, bool) or not isinstance(digit, numbers.Integral):
        raise ValueError(QT_TRANSLATE_NOOP("Targets", 'one_hot takes a digit 0–9 as an int, got {value}').format(value=shown(digit)))
    if not 0 <= int(digit) < NUM_CLASSES:
        raise ValueError(QT_TRANSLATE_NOOP("Targets", 'one_hot takes a digit from 0 to 9, got {value}').format(value=shown(digit)))
    t = torch.zeros(1, NUM_CLASSES)
    t[0, int(digit)] = 1.0
    return t


def tutorial_target(seed: int = 0) -> torch.Tensor:
    """The tutorial's dummy target, torch.randn(10).view(1, -1), reproducible from a seed.

    It draws from its own torch.Generator, so the caller's global random state is untouched;
    the numbers equal torch.randn(10) right after torch.manual_seed(seed).
    """
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise ValueError(QT_TRANSLATE_NOOP("Targets", "the target's seed must be a whole number, got {value}").format(value=shown(seed)))
    if not _SEEDS[0] <= int(seed) <= _SEEDS[1]:
        raise ValueError(QT_TRANSLATE_NOOP("Targets", "the target's seed must be between -2**63 and 2**64 - 1, got {value}").format(value=shown(seed)))
    g = torch.Generator().manual_seed(int(seed))
    return torch.randn(NUM_CLASSES, generator=g).view(1, -1)  # same shape as the output


def custom_target(values: Sequence[float] | torch.Tensor | np.ndarray) -> torch.Tensor:
    """A (1, 10) float32 target from any ten finite numbers (a list, an array or a tensor)."""
    if isinstance(values, torch.Tensor):
        _check_stored(values, "a custom target")
        if not values.is_floating_point():
            raise ValueError(QT_TRANSLATE_NOOP("Targets", 'a custom target needs ten decimal numbers, got a {dtype} tensor').format(dtype=values.dtype))
        numbers_ = values.detach().cpu().to(torch.float64).reshape(-1).tolist()
    elif isinstance(values, np.ndarray):
        if values.dtype == np.bool_ or not np.issubdtype(values.dtype, np.number) or np.iscomplexobj(values):
            raise ValueError(QT_TRANSLATE_NOOP("Targets", 'a custom target needs ten numbers, got an array of {dtype}').format(dtype=values.dtype))
        numbers_ = values.astype(np.float64).reshape(-1).tolist()  # beyond float64: inf, refused below
    elif isinstance(values, str | bytes) or not isinstance(values, Iterable):
        # A string is iterable too: "1234567890" must not become ten digits by accident.
        raise ValueError(QT_TRANSLATE_NOOP("Targets", 'a custom target needs a list of ten numbers, got {value}').format(value=shown(values)))
    else:
        # One more than needed is enough to tell "too many" (an endless iterator included).
        numbers_ = list(itertools.islice(values, NUM_CLASSES + 1))
        for v in numbers_:
            if isinstance(v, bool) or not isinstance(v, numbers.Real):
                raise ValueError(QT_TRANSLATE_NOOP("Targets", 'a custom target needs ten numbers, but {value} is not a number').format(value=shown(v)))
        numbers_ = [_as_float(v) for v in numbers_]
    if len(numbers_) != NUM_CLASSES:
        if len(numbers_) > NUM_CLASSES:
            raise ValueError(QT_TRANSLATE_NOOP("Targets", 'a custom target needs exactly ten numbers, one per digit, got more than ten').msg())
        raise ValueError(QT_TRANSLATE_NOOP("Targets", 'a custom target needs exactly ten numbers, one per digit, got {got}').format(got=len(numbers_)))
    target = torch.tensor(numbers_, dtype=torch.float32).view(1, -1)
    # Check after the float32 conversion: 1e300 is finite in Python but inf in float32.
    if not torch.isfinite(target).all():
        raise ValueError(QT_TRANSLATE_NOOP("Targets", "a custom target's numbers must be finite (no nan or inf) and below 3.4e38").msg())
    return target


def _as_float(v: numbers.Real) -> float:
    try:
        return float(v)
    except OverflowError:  # an int or a Fraction beyond any float: refused as too large
        return math.inf


def _check_stored(t: torch.Tensor, what: str) -> None:
    """Refuse tensors whose numbers cannot be read as they are: sparse, or 'meta' (no values)."""
    if t.layout != torch.strided:
        raise ValueError(QT_TRANSLATE_NOOP("Targets", '{what} must be an ordinary (dense) tensor, got a {layout} one; use .to_dense()').format(what=what, layout=t.layout))
    if t.device.type == "meta":
        raise ValueError(QT_TRANSLATE_NOOP("Targets", "{what} is a 'meta' tensor: it has a shape but no values").format(what=what))


def check_target(target: torch.Tensor) -> torch.Tensor:
    """Return target unchanged if MSELoss can compare it with the (1, 10) output, else explain."""
    if not isinstance(target, torch.Tensor):
        raise ValueError(QT_TRANSLATE_NOOP("Targets", 'the target must be a torch tensor of shape (1, 10), got {value}').format(value=type(target).__name__))
    _check_stored(target, "the target")
    if target.is_floating_point() and target.dtype not in TARGET_DTYPES:
        raise ValueError(
            QT_TRANSLATE_NOOP("Targets", 'the target must be float32, float64, float16 or bfloat16, got {dtype}; convert it with .float()').format(dtype=target.dtype)
        )
    if not target.is_floating_point():
        raise ValueError(
            QT_TRANSLATE_NOOP("Targets", 'the target must be a float tensor (MSELoss compares numbers), got {dtype}; use one_hot(d) for a digit').format(dtype=target.dtype)
        )
    if tuple(target.shape) != (1, NUM_CLASSES):
        # A (10,) target would broadcast against (1, 10) with a warning; be explicit instead.
        raise ValueError(
            QT_TRANSLATE_NOOP("Targets", 'the target must have shape (1, 10) like the output, got {value}; reshape with .view(1, -1)').format(value=tuple(target.shape))
        )
    if not torch.isfinite(target).all():
        raise ValueError(QT_TRANSLATE_NOOP("Targets", 'the target contains nan or inf').msg())
    return target
