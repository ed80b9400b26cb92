"""Session.restore: back to any step with the weights bit for bit as they were, then on again."""

import random

import numpy as np
import pytest
import torch

from lenet_gui.core import Session
from lenet_gui.core import timeline as timeline_module
from lenet_gui.core.timeline import TimelineError
from lenet_gui.core.trace import trace_with_output


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)  # as the app runs: the same thread count gives the same sums
    yield
    torch.set_num_threads(before)


def weights(session):
    return [p.detach().clone() for p in session.net.parameters()]


def same(a, b):
    return len(a) == len(b) and all(torch.equal(x, y) for x, y in zip(a, b, strict=True))


def train_with_changes(session, steps, seed, record, start=0):
    """Steps with the lr, target, zero_grad and input changed now and then; record[n] is the
    state after step n (the next step's starting point)."""
    rng = random.Random(seed)
    gen = torch.Generator().manual_seed(seed)
    for i in range(start + 1, start + steps + 1):
        if rng.random() < 0.05:
            session.trainer.lr = rng.choice([0.001, 0.01, 0.05, 0.1])
        if rng.random() < 0.04:
            session.set_target(rng.choice(["random", "custom", *"0123456789"]))
        if rng.random() < 0.03:
            session.trainer.zero_grad = not session.trainer.zero_grad
        if rng.random() < 0.05:
            session.input = torch.rand(1, 1, 32, 32, generator=gen)
        session.step()
        record[i] = weights(session)


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_restore_gives_every_step_back_bit_for_bit(arch):
    s = Session(arch=arch, weights="random", seed=3)
    s.input = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(1))
    record = {0: weights(s)}
    train_with_changes(s, 260, 7, record)
    losses = s.trainer.history.to_numpy()
    rng = random.Random(11)
    points = sorted(rng.sample(range(0, 261), 12), reverse=True)
    for n in points:
        s.restore(n)
        assert same(weights(s), record[n]), n
        assert len(s.trainer.history) == n
        # The replayed losses are the ones first recorded, bit for bit.
        assert np.array_equal(s.trainer.history.to_numpy(), losses[:n])


def test_restore_then_continue_then_restore_into_the_new_branch():
    s = Session(weights="random", seed=5)
    s.input = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(2))
    record = {0: weights(s)}
    train_with_changes(s, 150, 1, record)
    old_future = s.trainer.history.to_numpy()[90:]
    s.restore(90)
    assert s.timeline.branch == 90 and np.array_equal(s.timeline.ghost, old_future)
    new = {n: record[n] for n in range(91)}
    train_with_changes(s, 120, 2, new, start=90)  # a different future
    assert len(s.trainer.history) == 210
    assert np.array_equal(s.timeline.ghost, old_future)  # the left-behind future stays
    for n in (200, 150, 91, 90, 40):
        s.restore(n)
        assert same(weights(s), new[n]), n


def test_zero_grad_off_restores_the_gradients_the_next_step_adds_to():
    s = Session(weights="random", seed=2)
    s.input = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(3))
    s.trainer.zero_grad = False
    for _ in range(timeline_module.SPACING * 2 + 5):
        s.step()
    s.restore(timeline_module.SPACING)  # exactly on a checkpoint: no replay after it
    s.step()
    after_restore = weights(s)
    s.restore(timeline_module.SPACING + 1)  # replayed: the reference
    assert same(after_restore, weights(s))


def test_restore_across_other_weights_and_an_architecture_switch():
    s = Session(weights="random", seed=1)
    s.input = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(4))
    record = {}
    for i in range(1, 41):
        s.step()
        record[i] = weights(s)
    s.use_random(9)
    seed9 = weights(s)
    for _ in range(30):
        s.step()
    s.set_arch("lenet5")
    switched = weights(s)
    for _ in range(25):
        s.step()
    s.restore(70)  # the arch switch came after step 70: the LeNet-5 weights it started from
    assert s.arch == "lenet5" and same(weights(s), switched)
    s.restore(55)
    assert s.arch == "tutorial" and s.weights_label == "Random (seed 9)"
    s.restore(40)  # the other weights came after step 40: they are what step 41 started from
    assert same(weights(s), seed9)
    s.restore(30)
    assert same(weights(s), record[30]) and s.weights_label == "Random (seed 1)"
    # Reset now returns to the weights chosen before step 30, not the later seed's.
    s.reset()
    assert same(weights(s), weights(Session(weights="random", seed=1)))


def test_the_windows_reused_forward_pass_replays_the_same():
    s = Session(weights="random", seed=4)
    s.input = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(5))
    record = {}
    for i in range(1, 81):
        _, output = trace_with_output(s.net, s.input)
        s.trainer.step(s.input, s.target, copy_grads=False, forward=s.trainer.forward_of(s.input, output))
        record[i] = weights(s)
    for n in (77, 50, 3):
        s.restore(n)
        assert same(weights(s), record[n])


def test_markers_after_the_step_go_and_a_changed_lr_is_marked():
    s = Session(weights="random", seed=0)
    for _ in range(10):
        s.step()
    s.trainer.lr = 0.05
    for _ in range(10):
        s.step()
    s.restore(5)
    assert s.trainer.lr == 0.05  # the controls stay as they are
    kinds = [(e.step, e.kind) for e in s.trainer.events]
    assert (10, "lr") not in kinds and (5, "lr") in kinds


def test_a_reset_or_new_lesson_ends_the_left_behind_future():
    s = Session(weights="random", seed=0)
    for _ in range(20):
        s.step()
    s.restore(8)
    assert len(s.timeline.ghost) == 12
    s.step()
    assert len(s.timeline.ghost) == 12
    s.reset()
    s.step()
    assert len(s.timeline.ghost) == 0 and s.timeline.branch is None
    s.restore(9)  # the reset happened at step 9: its weights are the ones after it
    s.new_lesson()
    with pytest.raises(TimelineError):
        s.restore(3)
    s.restore(0)
    assert len(s.trainer.history) == 0


@pytest.mark.parametrize("bad", [-1, 21, 2.5, "3", None, True])
def test_a_step_out_of_range_is_refused_and_changes_nothing(bad):
    s = Session(weights="random", seed=0)
    for _ in range(20):
        s.step()
    before, events = weights(s), list(s.trainer.events)
    with pytest.raises(ValueError, match="step"):
        s.restore(bad)
    assert same(weights(s), before) and len(s.trainer.history) == 20 and s.trainer.events == events


def test_memory_stays_in_budget_by_spacing_the_checkpoints_out(monkeypatch):
    monkeypatch.setattr(timeline_module, "MEMORY_BUDGET", 450_000)
    s = Session(weights="random", seed=0)
    gen = torch.Generator().manual_seed(0)
    inputs = [torch.rand(1, 1, 32, 32, generator=gen) for _ in range(4)]
    record = {}
    for i in range(1, 401):
        s.input = inputs[i % 4]  # every step changes all weights: deltas compress badly
        s.step()
        record[i] = weights(s)
        assert s.timeline.nbytes <= 450_000
    assert s.timeline.spacing > timeline_module.SPACING
    for n in (399, 201, 17):
        s.restore(n)
        assert same(weights(s), record[n])


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_periodic_full_copies_keep_the_weights_of_their_own_step(monkeypatch, arch):
    # A full copy every 32 steps (2,048 in the app): each must hold its step's weights, not a
    # buffer the trainer fills again at the next step.
    monkeypatch.setattr(timeline_module, "KEY_STEPS", 32)
    s = Session(arch=arch, weights="random", seed=5)
    s.input = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(2))
    record = {0: weights(s)}
    train_with_changes(s, 200, 3, record)
    for n in (200, 161, 130, 96, 64, 40, 33, 32, 7):
        s.restore(n)
        assert same(weights(s), record[n]), n
