"""How well a net recognises a set of labelled drawings, and a fixed, seeded held-out split."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch

from .preprocess import preprocess

BATCH = 256  # drawings per forward pass: large enough to be quick, small enough to stay light
NO_DIGIT = -1  # "predicted" when the outputs name no single digit (see predicted_digits)


def predicted_digits(outputs: np.ndarray) -> np.ndarray:
    """The digit each row of outputs names: the largest output, +inf counting and nan never
    winning; NO_DIGIT when none is above -inf (all nan or -inf) or when several tie at +inf (a
    diverged net: argmax would name the first of them). The Output panel's prediction and the
    class-set evaluation both follow this rule. A row of 10 gives a 0-d array."""
    out = np.asarray(outputs, dtype=np.float64)
    ranked = np.where(np.isnan(out), -np.inf, out)
    best = ranked.argmax(axis=-1)
    none = np.all(ranked == -np.inf, axis=-1) | (np.count_nonzero(out == np.inf, axis=-1) > 1)
    return np.where(none, NO_DIGIT, best).astype(np.int64)


@dataclass(frozen=True)
class Miss:
    """One drawing the net got wrong."""

    index: int  # position in the images given to evaluate()
    true: int
    predicted: int  # NO_DIGIT if the outputs named no single digit
    confidence: float  # the net's output for the digit it said (1 is the one-hot target); nan for NO_DIGIT


@dataclass(frozen=True, eq=False)
class Evaluation:
    """Per-drawing results of evaluate(); every summary is derived from them."""

    indices: np.ndarray  # positions in the images given to evaluate(), int64
    labels: np.ndarray  # true digit of each, int64
    predicted: np.ndarray  # digit the net said (predicted_digits of its output), or NO_DIGIT
    confidence: np.ndarray  # the net's output for that digit (nan for NO_DIGIT), float64

    @property
    def total(self) -> int:
        return int(len(self.labels))

    @property
    def correct(self) -> int:
        return int((self.predicted == self.labels).sum())

    @property
    def accuracy(self) -> float:
        """Fraction recognised; nan when there is no drawing."""
        return self.correct / self.total if self.total else float("nan")

    @property
    def no_prediction(self) -> int:
        """How many drawings got no digit at all (all outputs nan, nothing above -inf, or a tie at +inf)."""
        return int((self.predicted == NO_DIGIT).sum())

    @property
    def counts(self) -> np.ndarray:
        """How many drawings of each digit 0–9."""
        return np.bincount(self.labels, minlength=10)[:10]

    @property
    def correct_per_digit(self) -> np.ndarray:
        return np.bincount(self.labels[self.predicted == self.labels], minlength=10)[:10]

    @property
    def per_digit_accuracy(self) -> np.ndarray:
        """Accuracy for each digit 0–9; nan for a digit without drawings."""
        counts = self.counts
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(counts > 0, self.correct_per_digit / np.maximum(counts, 1), np.nan)

    @property
    def confusion(self) -> np.ndarray:
        """10×10 counts: row = true digit, column = digit the net said (NO_DIGIT is left out)."""
        m = np.zeros((10, 10), dtype=np.int64)
        said = self.predicted >= 0
        np.add.at(m, (self.labels[said], self.predicted[said]), 1)
        return m

    @property
    def misclassified(self) -> list[Miss]:
        """The drawings the net got wrong, least confident mistakes last."""
        wrong = np.flatnonzero(self.predicted != self.labels)
        order = wrong[np.argsort(-np.nan_to_num(self.confidence[wrong], nan=-np.inf), kind="stable")]
        return [Miss(int(self.indices[i]), int(self.labels[i]), int(self.predicted[i]),
                     float(self.confidence[i])) for i in order]

    def subset(self, indices: Sequence[int]) -> Evaluation:
        """The results of only these drawings (positions given to evaluate())."""
        where = {int(v): k for k, v in enumerate(self.indices)}
        keep = np.asarray([where[int(i)] for i in indices if int(i) in where], dtype=np.int64)
        return Evaluation(self.indices[keep], self.labels[keep], self.predicted[keep], self.confidence[keep])


def evaluate(net: torch.nn.Module, images: Sequence[np.ndarray], labels: Sequence[int] | np.ndarray,
             batch: int = BATCH, progress: Callable[[int, int], object] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Evaluation:
    """Run net on every drawing, preprocessed as the canvas's drawing is, and compare with labels.

    Images are 2-D grayscale arrays of any size (light ink on dark, like the canvas's).
    progress(done, total) is called after each batch; cancelled() is asked before each one and
    True stops with InterruptedError. The net is left in the mode (train/eval) it was in.
    """
    labels = np.asarray(labels, dtype=np.int64).reshape(-1)
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if labels.size and (labels.min() < 0 or labels.max() > 9):
        raise ValueError("labels must be digits 0–9")
    n = len(labels)
    predicted = np.full(n, NO_DIGIT, dtype=np.int64)
    confidence = np.full(n, np.nan, dtype=np.float64)
    was_training = net.training
    net.eval()
    try:
        with torch.inference_mode():
            for start in range(0, n, max(1, int(batch))):
                if cancelled is not None and cancelled():
                    raise InterruptedError("evaluation cancelled")
                stop = min(n, start + max(1, int(batch)))
                x = torch.cat([preprocess(images[i]) for i in range(start, stop)])
                out = net(x).double().numpy()
                said = predicted_digits(out)  # as the Output panel says it: ties at +inf name none
                predicted[start:stop] = said
                confidence[start:stop] = np.where(
                    said >= 0, out[np.arange(len(said)), np.maximum(said, 0)], np.nan)
                if progress is not None:
                    progress(stop, n)
    finally:
        net.train(was_training)
    return Evaluation(np.arange(n, dtype=np.int64), labels, predicted, confidence)


def held_out(id_: str, fraction: float, seed: int) -> bool:
    """Whether the drawing with this id is held out: decided by its id and the seed alone."""
    digest = hashlib.blake2b(f"{int(seed)}:{id_}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64 < fraction


def holdout_split(ids: Sequence[str], fraction: float = 0.2, seed: int = 0) -> tuple[list[str], list[str]]:
    """(train ids, held-out ids), each in the given order; about `fraction` of them held out.

    Each drawing's side depends only on its id and the seed (a hash), so the split is the same
    on every laptop and adding or deleting a drawing never moves another between the sides.
    """
    if not 0.0 <= float(fraction) <= 1.0:
        raise ValueError(f"the held-out fraction must lie in [0, 1], got {fraction}")
    train, test = [], []
    for id_ in ids:
        (test if held_out(str(id_), float(fraction), seed) else train).append(id_)
    return train, test
