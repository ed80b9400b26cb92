"""The fast trainer computes exactly what the plain one does: the tutorial's training_step, bit
for bit, through many steps, both architectures, zero_grad on and off, undone steps included."""

from __future__ import annotations

import pytest
import torch

from lenet_gui import tutorial
from lenet_gui.core import FastTrainer, Net, Trainer, custom_target, one_hot
from lenet_gui.core.trace import trace_with_output


def image(seed: int) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    return torch.rand(1, 1, 32, 32, generator=g)


def same_weights(a: torch.nn.Module, b: torch.nn.Module) -> bool:
    return all(torch.equal(p, q) for p, q in zip(a.parameters(), b.parameters(), strict=True))


def same_grads(a: torch.nn.Module, b: torch.nn.Module) -> bool:
    return all((p.grad is None and q.grad is None) or torch.equal(p.grad, q.grad)
               for p, q in zip(a.parameters(), b.parameters(), strict=True))


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
@pytest.mark.parametrize("zero_grad", [True, False])
@pytest.mark.parametrize("ahead", [False, True], ids=["own forward", "frame's forward"])
def test_fast_equals_plain_bit_for_bit(arch, zero_grad, ahead):
    plain = Trainer(Net(arch, seed=4), lr=0.05, zero_grad=zero_grad)
    fast = FastTrainer(Net(arch, seed=4), lr=0.05, zero_grad=zero_grad)
    targets = [one_hot(d) for d in range(10)]
    for i in range(60):
        x, target = image(i % 7), targets[i % 10]
        if i == 25:  # a step the update overflows: undone by both
            plain.lr = fast.lr = 1e38
            target = custom_target([1e6] * 10)
        if i == 26:
            plain.lr = fast.lr = 0.05
        if i == 40:  # weights changed between steps, as a loaded file or a reset does
            plain.reset()
            fast.reset()
        forward = None
        if ahead:
            _, output = trace_with_output(fast.net, x)
            forward = fast.forward_of(x, output)
        a, b = plain.step(x, target), fast.step(x, target, forward=forward)
        assert a.loss == b.loss or (a.loss != a.loss and b.loss != b.loss), i  # nan == nan
        assert (a.output == b.output).all() and a.finite == b.finite, i
        assert same_weights(plain.net, fast.net) and same_grads(plain.net, fast.net), i
        assert plain.diverged == fast.diverged, i
        assert torch.equal(fast.flat_weights(), plain.flat_weights()), i
        if i == 50:  # an edit between steps (a weight typed in, a file): seen at once
            for t in (plain, fast):
                with torch.no_grad():
                    t.net.fc1.weight[0, 0] += 1.0
            assert torch.equal(fast.flat_weights(), plain.flat_weights()), i
    assert list(plain.history)[:25] == list(fast.history)[:25]
    assert plain.diverged is False and len(plain.history) == 60


def test_the_plain_trainer_runs_the_tutorials_own_lines():
    """Five lines by hand, as the tutorial writes them, give the trainer's weights and losses."""
    net, hand = Net(seed=2), Net(seed=2)
    trainer = Trainer(net, lr=0.01)
    optimizer = torch.optim.SGD(hand.parameters(), lr=0.01)
    criterion = torch.nn.MSELoss()
    for i in range(20):
        x, target = image(i), one_hot(i % 10)
        result = trainer.step(x, target)
        _, loss = tutorial.training_step(hand, x, target, criterion, optimizer)
        assert result.loss == float(loss.item()) and same_weights(net, hand), i


def test_a_nan_loss_leaves_both_with_their_last_finite_weights():
    plain, fast = Trainer(Net(seed=0), lr=0.1), FastTrainer(Net(seed=0), lr=0.1)
    before = {k: v.clone() for k, v in plain.net.state_dict().items()}
    x = image(1)
    with torch.no_grad():  # a weight nan after a load that slipped through: the loss is nan
        for t in (plain, fast):
            t.net.fc3.bias[0] = float("nan")
    for t in (plain, fast):
        r = t.step(x, one_hot(2))
        assert not r.finite and t.diverged
    assert all(torch.allclose(p, q, rtol=0, atol=0, equal_nan=True)  # nan is not equal to nan
               for p, q in zip(plain.net.parameters(), fast.net.parameters(), strict=True))
    assert torch.isnan(plain.net.fc3.bias[0]) and torch.equal(plain.net.conv1.weight, before["conv1.weight"])


def test_the_same_input_and_target_stepped_on_again_are_checked_again_once_changed_in_place():
    """Play steps on one input and one target: each change made to them in place is seen."""
    plain, fast = Trainer(Net(seed=3), lr=0.05), FastTrainer(Net(seed=3), lr=0.05)
    x, target = image(5), one_hot(4)
    for i in range(30):
        if i == 10:
            x.mul_(0.5)  # a stroke drawn into the same tensor
        if i == 20:
            target[0, 4] = 0.25
        a, b = plain.step(x, target), fast.step(x, target)
        assert a.loss == b.loss and same_weights(plain.net, fast.net), i
    target[0, 0] = float("nan")
    for t in (plain, fast):
        with pytest.raises(ValueError, match="nan or inf"):
            t.step(x, target)
    x.resize_(1, 1, 28, 28)  # in place too: a size the net cannot take
    for t in (plain, fast):
        with pytest.raises(ValueError):
            t.step(x, target.nan_to_num_(0.0))
    assert len(plain.history) == len(fast.history) == 30


@pytest.mark.parametrize("setting", [("momentum", 0.9), ("weight_decay", 0.1), ("maximize", True)])
def test_an_optimizer_set_beyond_the_tutorials_plain_sgd_is_still_followed(setting):
    """The fast path computes plain SGD; any other setting of the same optimizer is honoured."""
    key, value = setting
    plain, fast = Trainer(Net(seed=6), lr=0.05), FastTrainer(Net(seed=6), lr=0.05)
    for t in (plain, fast):
        t.optimizer.param_groups[0][key] = value
    for i in range(12):
        a, b = plain.step(image(i % 3), one_hot(i % 10)), fast.step(image(i % 3), one_hot(i % 10))
        assert a.loss == b.loss and same_weights(plain.net, fast.net), i
    hand = Net(seed=6)  # and it is not plain SGD: the weights differ from it
    sgd = torch.optim.SGD(hand.parameters(), lr=0.05)
    for i in range(12):
        tutorial.training_step(hand, image(i % 3), one_hot(i % 10), torch.nn.MSELoss(), sgd)
    assert not same_weights(hand, fast.net)
