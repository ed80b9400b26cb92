"""backward(), node by node: every node once, in an order autograd can run, with the real gradients."""

from __future__ import annotations

import pytest
import torch
import torch.nn as nn

from lenet_gui.core import FastTrainer, Net, Trainer, one_hot
from lenet_gui.core.backward_replay import replay_backward


def plain_grads(net, x, target):
    clone = Net(net.arch.name, seed=0)
    clone.load_state_dict(net.state_dict())
    nn.MSELoss()(clone(x), target).backward()
    return {n: p.grad for n, p in clone.named_parameters()}


def test_every_node_runs_once_after_everything_that_feeds_it():
    net, x = Net(seed=2), torch.rand(1, 1, 32, 32)
    nodes, steps = replay_backward(net, x, one_hot(4))
    assert sorted(s.node for s in steps) == list(range(len(nodes)))
    ran = {s.node: i for i, s in enumerate(steps)}
    for parent, node in enumerate(nodes):
        for child in node.children:
            assert ran[parent] < ran[child], (node.name, nodes[child].name)
    assert steps[0].name == "MseLossBackward0" and steps[0].grad_norm == 1.0


def test_the_leaves_get_the_gradients_plain_backward_gives_and_the_net_is_untouched():
    net, x, target = Net(seed=3), torch.rand(1, 1, 32, 32), one_hot(7)
    before = {k: v.clone() for k, v in net.state_dict().items()}
    _, steps = replay_backward(net, x, target)
    want = plain_grads(net, x, target)
    leaves = {s.param: s for s in steps if s.param}
    assert set(leaves) == set(want)
    for name, s in leaves.items():
        assert abs(s.new_grad_norm - float(want[name].norm())) <= 1e-6 * max(1.0, s.new_grad_norm)
        assert s.old_grad_norm is None
    assert all(torch.equal(before[k], v) for k, v in net.state_dict().items())
    assert all(p.grad is None for p in net.parameters())


def test_with_zero_grad_off_the_leaves_show_the_gradients_adding_up():
    net, x, target = Net(seed=3), torch.rand(1, 1, 32, 32), one_hot(7)
    nn.MSELoss()(net(x), target).backward()  # a step's worth of .grad already there
    old = {n: p.grad.clone() for n, p in net.named_parameters()}
    _, steps = replay_backward(net, x, target, zero_grad=False)
    for s in (s for s in steps if s.param):
        assert abs(s.old_grad_norm - float(old[s.param].norm())) < 1e-6
        assert abs(s.new_grad_norm - float((2 * old[s.param]).norm())) < 1e-5  # same input: twice
    assert all(torch.equal(old[n], p.grad) for n, p in net.named_parameters())


def test_spatial_gradients_come_with_a_map():
    _, steps = replay_backward(Net(seed=0), torch.rand(1, 1, 32, 32), one_hot(1))
    conv1 = [s for s in steps if s.name == "ConvolutionBackward0"][-1]
    assert conv1.grad_shape == (1, 6, 30, 30) and conv1.grad_map.shape == (30, 30)


def test_each_node_knows_the_forward_stage_that_made_it():
    replay = replay_backward(Net(seed=0), torch.rand(1, 1, 32, 32), one_hot(1))
    named = {(replay.nodes[i].name, replay.nodes[i].param): key for i, key in replay.stage_of.items()}
    assert named[("ConvolutionBackward0", None)] in ("conv1", "conv2")
    assert named[("AccumulateGrad", "conv1.weight")] == "conv1"
    assert named[("AccumulateGrad", "fc3.bias")] == "fc3"
    assert named[("ViewBackward0", None)] == "view"
    assert 0 not in replay.stage_of  # the loss is made by the training lines, not by forward()


def test_a_replay_follows_the_live_weights_as_they_change():
    net, x, target = Net(seed=5), torch.rand(1, 1, 32, 32), one_hot(2)
    replay_backward(net, x, target)
    with torch.no_grad():
        net.fc3.bias.add_(1.0)  # training moved the weights
    _, steps = replay_backward(net, x, target)
    want = plain_grads(net, x, target)
    for s in (s for s in steps if s.param):
        assert abs(s.new_grad_norm - float(want[s.param].norm())) <= 1e-6 * max(1.0, s.new_grad_norm)


@pytest.mark.parametrize("trainer_class", [Trainer, FastTrainer])
def test_a_step_kept_for_replay_replays_to_exactly_the_grad_its_update_used(trainer_class):
    for arch in ("tutorial", "lenet5"):
        for zero_grad in (True, False):
            net = Net(arch, seed=4)
            trainer = trainer_class(net, lr=0.05, zero_grad=zero_grad)
            trainer.keep_backward = True
            x, target = torch.rand(1, 1, 32, 32), one_hot(3)
            trainer.step(x, target)
            before = {n: p.grad.clone() for n, p in net.named_parameters()}
            trainer.step(torch.rand(1, 1, 32, 32), one_hot(8))  # another input, another target
            ran = trainer.last_backward
            assert ran is not None and ran.step == 2
            weights_after = {k: v.clone() for k, v in net.state_dict().items()}
            _, steps = replay_backward(net, x, target, zero_grad, ran)  # x, target: ignored, ran has its own
            leaves = {s.param: s for s in steps if s.param}
            assert set(leaves) == {n for n, _ in net.named_parameters()}
            for name, p in net.named_parameters():
                # Same weights, input, target and .grad as the step: the same numbers, exactly.
                assert leaves[name].new_grad_norm == float(p.grad.norm()), (arch, zero_grad, name)
                if zero_grad:
                    assert leaves[name].old_grad_norm is None
                else:
                    assert leaves[name].old_grad_norm == float(before[name].norm())
            assert all(torch.equal(weights_after[k], v) for k, v in net.state_dict().items())
            # The live net's weights after the step differ from those the replay started from.
            assert not torch.equal(ran.weights["fc3.bias"], net.fc3.bias.detach())


@pytest.mark.parametrize("trainer_class", [Trainer, FastTrainer])
def test_other_weights_forget_the_last_backward(trainer_class):
    trainer = trainer_class(Net(seed=1))
    trainer.keep_backward = True
    trainer.step(torch.rand(1, 1, 32, 32), one_hot(1))
    assert trainer.last_backward is not None
    trainer.reset()
    assert trainer.last_backward is None
    trainer.step(torch.rand(1, 1, 32, 32), one_hot(1))
    trainer.mark_initial("other weights")
    assert trainer.last_backward is None
    trainer.keep_backward = False
    trainer.step(torch.rand(1, 1, 32, 32), one_hot(1))
    assert trainer.last_backward is None


@pytest.mark.parametrize("trainer_class", [Trainer, FastTrainer])
def test_a_step_whose_update_was_undone_replays_from_the_weights_it_kept(trainer_class):
    net = Net(seed=6)
    trainer = trainer_class(net, lr=3e38)  # lr × grad overflows: the update is undone
    trainer.keep_backward = True
    x, target = torch.rand(1, 1, 32, 32), one_hot(5) * 1e4  # far off: gradients well above 1
    before = {k: v.clone() for k, v in net.state_dict().items()}
    result = trainer.step(x, target)
    assert result.finite and trainer.diverged
    assert all(torch.equal(before[k], v) for k, v in net.state_dict().items())
    _, steps = replay_backward(net, x, target, True, trainer.last_backward)
    for s in (s for s in steps if s.param):
        assert s.new_grad_norm == float(dict(net.named_parameters())[s.param].grad.norm())


def leaf_norms(net, ran):
    _, steps = replay_backward(net, ran.x, ran.target, ran.zero_grad, ran)
    return {s.param: s.new_grad_norm for s in steps if s.param}


@pytest.mark.parametrize("trainer_class", [Trainer, FastTrainer])
def test_a_record_kept_past_the_next_step_replays_its_own_step_or_is_refused(trainer_class):
    # last_backward is valid until the next step: a record read and kept beyond it must never
    # replay numbers a later step wrote into the weights it kept.
    refused = []
    for zero_grad in (True, False):
        net = Net(seed=7)
        trainer = trainer_class(net, lr=0.05, zero_grad=zero_grad)
        trainer.keep_backward = True
        x, target = torch.rand(1, 1, 32, 32), one_hot(2)
        trainer.step(x, target)
        ran = trainer.last_backward
        used = {n: float(p.grad.norm()) for n, p in net.named_parameters()}
        assert ran.current and leaf_norms(net, ran) == used
        trainer.step(x, target)
        trainer.step(torch.rand(1, 1, 32, 32), one_hot(6))
        try:
            shown = leaf_norms(net, ran)
        except ValueError as e:  # refused, saying why
            assert not ran.current and "step 1" in str(e) and "overwritten" in str(e)
            refused.append(zero_grad)
        else:
            assert ran.current and shown == used
        assert trainer.last_backward.step == 3
        assert leaf_norms(net, trainer.last_backward) == {n: float(p.grad.norm()) for n, p in net.named_parameters()}
    if trainer_class is FastTrainer:
        assert refused == [True, False]  # its undo buffers are reused: a kept record goes stale


@pytest.mark.parametrize("trainer_class", [Trainer, FastTrainer])
def test_the_record_holds_the_input_and_target_its_step_used(trainer_class):
    net = Net(seed=8)
    trainer = trainer_class(net, lr=0.05)
    trainer.keep_backward = True
    x, target = torch.rand(1, 1, 32, 32), one_hot(4)
    for _ in range(3):  # Play: the same two tensors at every step
        trainer.step(x, target)
    used = {n: float(p.grad.norm()) for n, p in net.named_parameters()}
    stepped_on = x.clone()
    x.mul_(0.25)  # changed in place after the step: the record keeps what the step used
    target.mul_(2.0)
    ran = trainer.last_backward
    assert torch.equal(ran.x, stepped_on) and torch.equal(ran.target, one_hot(4))
    assert leaf_norms(net, ran) == used
    trainer.step(x, target)  # the changed tensors, recorded as they are now
    ran = trainer.last_backward
    assert torch.equal(ran.x, x) and torch.equal(ran.target, target)
    assert leaf_norms(net, ran) == {n: float(p.grad.norm()) for n, p in net.named_parameters()}
