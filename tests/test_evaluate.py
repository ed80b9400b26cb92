"""Class-set evaluation engine: checked against a plain loop over the drawings, and the held-out split."""

from __future__ import annotations

import functools
import uuid

import numpy as np
import pytest
import torch
from PIL import Image

from lenet_gui.core import Evaluation, Net, digits, evaluate, holdout_split, preprocess
from lenet_gui.core.pretrained import load_pretrained


@functools.cache
def mnist():
    _, _, images, labels = digits.load_split()  # digits the bundled weights never trained on
    return images, labels


def digit_image(k: int, side: int) -> np.ndarray:
    """A real handwritten k, scaled up to side×side as if drawn on a canvas that size."""
    images, labels = mnist()
    first = images[np.flatnonzero(labels == k)[0]]
    return np.asarray(Image.fromarray(first).resize((side, side), Image.Resampling.BILINEAR))


def drawings(n: int, seed: int = 0) -> tuple[list[np.ndarray], np.ndarray]:
    """Rendered digits of varied sizes, with some wrong labels so that there are mistakes."""
    rng = np.random.default_rng(seed)
    images, labels = [], []
    mn_images, mn_labels = mnist()
    for i in range(n):
        j = int(rng.integers(len(mn_labels)))
        digit = int(mn_labels[j])
        side = int(rng.choice([28, 120, 280]))
        images.append(np.asarray(Image.fromarray(mn_images[j]).resize((side, side), Image.Resampling.BILINEAR)))
        # Every fourth label is wrong on purpose: the net then disagrees with it.
        labels.append(digit if i % 4 else (digit + 3) % 10)
    return images, np.asarray(labels)


def oracle(net, images, labels):
    """One drawing at a time, as the canvas does: preprocess, call the net, argmax."""
    said, conf = [], []
    with torch.no_grad():
        for img in images:
            out = net(preprocess(img))[0]
            k = int(out.argmax())
            said.append(k)
            conf.append(float(out[k]))
    said = np.asarray(said)
    confusion = np.zeros((10, 10), int)
    for t, p in zip(labels, said, strict=True):
        confusion[t, p] += 1
    return said, np.asarray(conf), confusion


@pytest.fixture(scope="module")
def net():
    return load_pretrained("tutorial")


def test_matches_a_loop_over_single_drawings(net):
    images, labels = drawings(37)
    said, conf, confusion = oracle(net, images, labels)
    ev = evaluate(net, images, labels, batch=8)  # several batches, the last one short
    np.testing.assert_array_equal(ev.predicted, said)
    np.testing.assert_allclose(ev.confidence, conf, rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(ev.confusion, confusion)
    assert ev.total == 37 and ev.correct == int((said == labels).sum())
    assert ev.accuracy == pytest.approx(np.mean(said == labels))
    for d in range(10):
        mine = labels == d
        expected = np.mean(said[mine] == d) if mine.any() else np.nan
        np.testing.assert_equal(ev.per_digit_accuracy[d], expected)
        assert ev.counts[d] == mine.sum()
    wrong = {(i, int(labels[i]), int(said[i])) for i in range(37) if said[i] != labels[i]}
    assert {(m.index, m.true, m.predicted) for m in ev.misclassified} == wrong
    assert len(wrong) >= 5  # the wrong labels are seen as mistakes
    assert [m.confidence for m in ev.misclassified] == sorted((m.confidence for m in ev.misclassified),
                                                              reverse=True)


def test_batch_size_does_not_change_the_result(net):
    images, labels = drawings(20, seed=1)
    a, b = evaluate(net, images, labels, batch=1), evaluate(net, images, labels, batch=256)
    np.testing.assert_array_equal(a.predicted, b.predicted)
    np.testing.assert_allclose(a.confidence, b.confidence, rtol=1e-5, atol=1e-6)


def test_keeps_the_nets_mode_and_weights(net):
    images, labels = drawings(5)
    before = {k: v.clone() for k, v in net.state_dict().items()}
    net.train()
    evaluate(net, images, labels)
    assert net.training
    assert all(torch.equal(before[k], v) for k, v in net.state_dict().items())


def test_empty_set_and_empty_drawings():
    net = Net(seed=0)
    ev = evaluate(net, [], [])
    assert ev.total == 0 and np.isnan(ev.accuracy) and ev.misclassified == []
    assert ev.confusion.sum() == 0 and np.isnan(ev.per_digit_accuracy).all()
    blank = evaluate(net, [np.zeros((280, 280), np.uint8)], [4])
    assert blank.total == 1 and blank.confusion.sum() == 1


def test_nan_outputs_say_no_digit():
    net = Net(seed=0)
    with torch.no_grad():
        net.fc3.bias.fill_(float("nan"))
    ev = evaluate(net, [digit_image(1, 200)], [1])
    assert ev.predicted[0] == -1 and ev.correct == 0 and ev.confusion.sum() == 0
    assert ev.misclassified[0].predicted == -1


class Fixed(torch.nn.Module):
    """A "net" that answers these outputs, one row per drawing, whatever it is shown."""

    def __init__(self, rows):
        super().__init__()
        self.rows = torch.tensor(rows, dtype=torch.float32)
        self.seen = 0

    def forward(self, x):
        out = self.rows[self.seen:self.seen + len(x)]
        self.seen += len(x)
        return out


INF, NAN = float("inf"), float("nan")
# What the Output panel says for these outputs: None is its "prediction: –".
CASES = [
    ([INF] * 8 + [-INF] * 2, None),  # a diverged net: eight outputs tie at +inf
    ([0.1, INF, 0.2, NAN, 0.0, INF, 0.3, -INF, 0.0, 0.0], None),  # two +inf among numbers
    ([NAN] * 10, None),
    ([-INF] * 10, None),  # nothing above -inf either
    ([NAN] * 5 + [-INF] * 5, None),
    ([0.0] * 3 + [INF] + [NAN] * 6, 3),  # a single +inf still wins
    ([NAN, 0.2, 0.9, -INF, 0, 0, 0, 0, 0, 0], 2),  # nan never wins
]


def test_outputs_that_name_no_single_digit_count_as_no_prediction():
    """Ties at +inf, all nan or nothing above -inf: no digit, as the Output panel says, instead of
    argmax's first maximum; such a drawing is wrong, in no confusion cell, and said "no digit"."""
    rows = [row for row, _ in CASES]
    labels = [0] * len(rows)  # argmax names 0 for most of these: the old count called them right
    ev = evaluate(Fixed(rows), [digit_image(1, 100)] * len(rows), labels, batch=3)
    want = [-1 if digit is None else digit for _, digit in CASES]
    assert ev.predicted.tolist() == want
    assert ev.correct == 0 and ev.no_prediction == 5
    assert ev.confusion.sum() == 2 and ev.confusion[0, 3] == 1 and ev.confusion[0, 2] == 1
    undecided = [m for m in ev.misclassified if m.predicted == -1]
    assert len(undecided) == 5 and all(np.isnan(m.confidence) for m in undecided)
    assert ev.misclassified[0].predicted == 3 and ev.misclassified[0].confidence == np.inf


def test_the_output_panel_and_evaluation_share_one_rule():
    from lenet_gui.core.evaluate import NO_DIGIT, predicted_digits

    for row, digit in CASES:
        assert int(predicted_digits(np.array(row))) == (NO_DIGIT if digit is None else digit), row
    both = predicted_digits(np.array([row for row, _ in CASES]))
    assert both.shape == (len(CASES),)


def test_refuses_mismatched_or_bad_labels():
    net = Net(seed=0)
    with pytest.raises(ValueError, match="labels"):
        evaluate(net, [digit_image(1, 100)], [1, 2])
    with pytest.raises(ValueError, match="0–9"):
        evaluate(net, [digit_image(1, 100)], [12])


def test_progress_and_cancel():
    net = Net(seed=0)
    images, labels = drawings(10)
    seen = []
    evaluate(net, images, labels, batch=4, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(4, 10), (8, 10), (10, 10)]
    with pytest.raises(InterruptedError):
        evaluate(net, images, labels, cancelled=lambda: True)


def test_subset_keeps_original_positions(net):
    images, labels = drawings(12)
    ev = evaluate(net, images, labels)
    part = ev.subset([10, 3, 5])
    assert isinstance(part, Evaluation) and part.total == 3
    np.testing.assert_array_equal(part.labels, labels[[10, 3, 5]])
    assert {m.index for m in part.misclassified} <= {10, 3, 5}
    assert part.confusion.sum() == 3


def test_holdout_split_is_seeded_partitioned_and_stable_when_drawings_are_added():
    ids = [uuid.UUID(int=i).hex for i in range(1000)]
    train, test = holdout_split(ids, 0.2, seed=7)
    assert sorted(train + test) == sorted(ids) and not set(train) & set(test)
    assert 150 <= len(test) <= 250  # about a fifth
    assert holdout_split(ids, 0.2, seed=7) == (train, test)  # fixed
    assert holdout_split(ids, 0.2, seed=8)[1] != test  # the seed matters
    more = ids + [uuid.UUID(int=10**6 + i).hex for i in range(300)]
    train2, test2 = holdout_split(more, 0.2, seed=7)
    assert set(test) == set(test2) & set(ids)  # no old drawing changed sides
    assert set(train) == set(train2) & set(ids)
    shuffled = list(reversed(ids))
    assert set(holdout_split(shuffled, 0.2, seed=7)[1]) == set(test)  # order does not matter


def test_holdout_split_edges():
    ids = [uuid.UUID(int=i).hex for i in range(50)]
    assert holdout_split(ids, 0.0) == (ids, [])
    assert holdout_split(ids, 1.0) == ([], ids)
    with pytest.raises(ValueError):
        holdout_split(ids, 1.5)
