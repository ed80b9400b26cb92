"""Trainer: the tutorial's five training lines, checked against a hand-written reference."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from lenet_gui.core import (
    Event,
    FastTrainer,
    LossHistory,
    Net,
    StepResult,
    Trainer,
    custom_target,
    one_hot,
)


def reference_forward(w: dict[str, torch.Tensor], x: torch.Tensor) -> torch.Tensor:
    """LeNet in plain functional calls, independent of Net and of trace()."""
    x = F.max_pool2d(F.relu(F.conv2d(x, w["conv1.weight"], w["conv1.bias"])), 2)
    x = F.max_pool2d(F.relu(F.conv2d(x, w["conv2.weight"], w["conv2.bias"])), 2)
    x = x.reshape(x.shape[0], -1)
    x = F.relu(F.linear(x, w["fc1.weight"], w["fc1.bias"]))
    x = F.relu(F.linear(x, w["fc2.weight"], w["fc2.bias"]))
    return F.linear(x, w["fc3.weight"], w["fc3.bias"])


def copied_weights(net: Net) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone().requires_grad_(True) for k, v in net.state_dict().items()}


def reference_grads(w, x, target):
    """Loss and gradients by hand: mean squared error, autograd on the copied leaves."""
    out = reference_forward(w, x)
    loss = ((out - target) ** 2).mean()
    grads = torch.autograd.grad(loss, list(w.values()))
    return out.detach(), loss.item(), dict(zip(w, grads, strict=True))


def reference_sgd(w, grads, lr):
    with torch.no_grad():
        return {k: (v - lr * grads[k]).requires_grad_(True) for k, v in w.items()}


def image(seed: int) -> torch.Tensor:
    return torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(seed))


@pytest.fixture(params=["tutorial", "lenet5"])
def arch(request):
    return request.param


def test_reference_forward_equals_net(arch):
    net = Net(arch, seed=5)
    x = torch.rand(3, 1, 32, 32)
    torch.testing.assert_close(net(x), reference_forward(copied_weights(net), x), rtol=0, atol=0)


def test_twenty_steps_equal_hand_sgd(arch):
    lr = 0.05
    net = Net(arch, seed=1)
    w = copied_weights(net)
    trainer = Trainer(net, lr=lr)
    for i in range(20):
        x, target = image(i % 4), one_hot(i % 10)
        out, loss, grads = reference_grads(w, x, target)
        result = trainer.step(x, target)
        assert result.finite
        assert result.loss == pytest.approx(loss, rel=1e-6, abs=1e-7)
        np.testing.assert_allclose(result.output, out.numpy(), rtol=1e-5, atol=1e-6)
        for k, g in grads.items():
            np.testing.assert_allclose(result.grads[k], g.numpy(), rtol=1e-5, atol=1e-6)
        w = reference_sgd(w, grads, lr)
        for k, v in net.state_dict().items():
            np.testing.assert_allclose(v.numpy(), w[k].detach().numpy(), rtol=0, atol=1e-6)
    assert len(trainer.history) == 20
    assert not trainer.diverged


def test_training_lowers_the_loss_with_a_random_target():
    trainer = Trainer(Net(seed=0), lr=0.01)
    target = torch.randn(10, generator=torch.Generator().manual_seed(0)).view(1, -1)
    losses = [trainer.step(image(0), target).loss for _ in range(30)]
    assert losses[-1] < 0.8 * losses[0]


def test_step_result_contents():
    net = Net(seed=2)
    trainer = Trainer(net, lr=0.1)
    x = image(3)
    before = net(x).detach().numpy()
    r = trainer.step(x, one_hot(4))
    assert isinstance(r, StepResult)
    assert isinstance(r.loss, float) and r.finite and r.step == 1
    assert r.lr == 0.1 and r.zero_grad is True
    np.testing.assert_array_equal(r.output, before)  # the output the loss was computed from
    assert not np.array_equal(net(x).detach().numpy(), before)  # the step changed the weights
    assert list(r.grads) == [k for k, _ in net.named_parameters()]
    for k, p in net.named_parameters():
        assert r.grads[k].shape == tuple(p.shape)
        assert r.grads[k].dtype == np.float32
    r.grads["fc3.bias"][:] = 99  # copies: scribbling on them leaves the net alone
    assert not torch.any(net.fc3.bias.grad == 99)


def test_history_grows_by_one_per_step():
    trainer = Trainer(Net(seed=0))
    results = [trainer.step(image(0), one_hot(1)) for _ in range(5)]
    assert len(trainer.history) == 5
    assert list(trainer.history) == [r.loss for r in results]
    np.testing.assert_array_equal(trainer.history.to_numpy(), [r.loss for r in results])
    assert [r.step for r in results] == [1, 2, 3, 4, 5]


def test_loss_history_takes_eight_bytes_a_step():
    import tracemalloc

    tracemalloc.start()
    try:
        h = LossHistory()
        assert h.to_numpy().shape == (0,)
        before = tracemalloc.get_traced_memory()[0]
        for i in range(1_000_000):
            h.append(i * 0.5)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(h) == 1_000_000
    # 8 MB with the buffer's growth headroom; a list of floats would take ~32 MB.
    assert 8_000_000 <= grown < 9_500_000
    assert h[999_999] == 499_999.5
    assert h.to_numpy().dtype == np.float64 and h.to_numpy()[10] == 5.0
    h.clear()
    assert len(h) == 0 and h.to_numpy().shape == (0,)


def test_lr_change_takes_effect_and_is_recorded():
    net = Net(seed=3)
    trainer = Trainer(net, lr=0.01)
    x, target = image(1), one_hot(7)
    trainer.step(x, target)
    w = copied_weights(net)
    trainer.lr = 0.5
    assert trainer.lr == 0.5
    assert trainer.events[-1] == Event(1, "lr", "lr = 0.5")
    _, _, grads = reference_grads(w, x, target)
    result = trainer.step(x, target)
    assert result.lr == 0.5
    expected = reference_sgd(w, grads, 0.5)
    for k, v in net.state_dict().items():
        np.testing.assert_allclose(v.numpy(), expected[k].detach().numpy(), rtol=0, atol=1e-6)
    n = len(trainer.events)
    trainer.lr = 0.5  # the same value again: nothing changed, nothing recorded
    assert len(trainer.events) == n


def test_zero_grad_false_accumulates_like_the_tutorial_warns():
    lr = 0.1
    x, target = image(2), one_hot(5)
    net = Net(seed=4)
    w0 = copied_weights(net)
    trainer = Trainer(net, lr=lr, zero_grad=False)

    _, _, g1 = reference_grads(w0, x, target)
    r1 = trainer.step(x, target)
    w1 = reference_sgd(w0, g1, lr)
    _, _, g2 = reference_grads(w1, x, target)
    r2 = trainer.step(x, target)

    accumulated = (g1["conv1.bias"] + g2["conv1.bias"]).numpy()
    np.testing.assert_allclose(r1.grads["conv1.bias"], g1["conv1.bias"].numpy(), rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(r2.grads["conv1.bias"], accumulated, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(net.conv1.bias.grad.numpy(), accumulated, rtol=1e-5, atol=1e-7)
    # ... which is not the fresh gradient of step 2, so the difference is visible.
    assert np.abs(accumulated - g2["conv1.bias"].numpy()).max() > 1e-4
    # The update of step 2 used the sum: w2 = w1 - lr * (g1 + g2).
    w2 = reference_sgd(w1, {k: g1[k] + g2[k] for k in g1}, lr)
    for k, v in net.state_dict().items():
        np.testing.assert_allclose(v.numpy(), w2[k].detach().numpy(), rtol=0, atol=1e-6)
    assert r2.zero_grad is False


def test_zero_grad_true_uses_only_the_fresh_gradient():
    lr = 0.1
    x, target = image(2), one_hot(5)
    net = Net(seed=4)
    w0 = copied_weights(net)
    trainer = Trainer(net, lr=lr, zero_grad=True)
    _, _, g1 = reference_grads(w0, x, target)
    trainer.step(x, target)
    _, _, g2 = reference_grads(reference_sgd(w0, g1, lr), x, target)
    r2 = trainer.step(x, target)
    np.testing.assert_allclose(r2.grads["conv1.bias"], g2["conv1.bias"].numpy(), rtol=1e-5, atol=1e-7)


def test_reset_restores_initial_weights():
    net = Net(seed=6)
    initial = {k: v.clone() for k, v in net.state_dict().items()}
    trainer = Trainer(net, lr=0.1)
    for _ in range(3):
        trainer.step(image(0), one_hot(2))
    assert not all(torch.equal(initial[k], v) for k, v in net.state_dict().items())
    trainer.reset()
    assert all(torch.equal(initial[k], v) for k, v in net.state_dict().items())
    assert all(p.grad is None for p in net.parameters())
    assert trainer.events[-1].kind == "reset" and trainer.events[-1].step == 3
    assert len(trainer.history) == 3  # the curve keeps its past, with a marker


def test_mark_initial_moves_the_reset_point():
    net = Net(seed=6)
    trainer = Trainer(net, lr=0.1)
    trainer.step(image(0), one_hot(2))
    marked = {k: v.clone() for k, v in net.state_dict().items()}
    trainer.mark_initial("loaded")
    assert trainer.events[-1] == Event(1, "weights", "loaded")
    trainer.step(image(0), one_hot(2))
    trainer.reset()
    assert all(torch.equal(marked[k], v) for k, v in net.state_dict().items())


@pytest.mark.parametrize("lr", [1e6, 1e30])
def test_divergence_never_raises(arch, lr):
    net = Net(arch, seed=0)
    initial = {k: v.clone() for k, v in net.state_dict().items()}
    trainer = Trainer(net, lr=lr)
    results = []
    for _ in range(5):
        results.append(trainer.step(image(0), one_hot(3)))
        assert all(torch.isfinite(p).all() for p in net.parameters())
    assert any(not r.finite for r in results)
    first_bad = next(i for i, r in enumerate(results) if not r.finite)
    assert all(not r.finite for r in results[first_bad:])
    assert all(not math.isfinite(r.loss) for r in results[first_bad:])
    assert trainer.diverged
    assert len(trainer.history) == 5
    assert not math.isfinite(trainer.history[-1])
    trainer.reset()
    assert not trainer.diverged
    assert all(torch.equal(initial[k], v) for k, v in net.state_dict().items())
    trainer.lr = 0.01
    assert trainer.step(image(0), one_hot(3)).finite and not trainer.diverged


def test_an_overflowing_update_is_undone():
    # A finite loss whose gradient times lr overflows float32: the update would write inf.
    net = Net(seed=0)
    trainer = Trainer(net, lr=1e38)
    before = {k: v.clone() for k, v in net.state_dict().items()}
    r = trainer.step(image(0), custom_target([1e6] * 10))
    assert r.finite
    assert trainer.diverged
    assert all(torch.equal(before[k], v) for k, v in net.state_dict().items())


@pytest.mark.parametrize("lr", [-0.1, float("nan"), float("inf"), "abc", None, True, [0.1]])
def test_invalid_lr_raises(lr):
    with pytest.raises(ValueError, match="learning rate"):
        Trainer(Net(seed=0), lr=lr)
    trainer = Trainer(Net(seed=0), lr=0.01)
    with pytest.raises(ValueError, match="learning rate"):
        trainer.lr = lr
    assert trainer.lr == 0.01 and trainer.events == []


@pytest.mark.parametrize(
    "x,target,words",
    [
        (torch.rand(1, 1, 28, 28), one_hot(1), "stage 8 'fc1'"),
        (torch.rand(2, 1, 32, 32), one_hot(1), "batch of 2"),
        (torch.rand(1, 1, 32, 32), torch.zeros(10), "(1, 10)"),
        (torch.rand(1, 1, 32, 32), torch.zeros(1, 10, dtype=torch.int64), "float"),
        (torch.ones(1, 1, 32, 32, dtype=torch.uint8), one_hot(1), "float"),
    ],
)
def test_bad_step_arguments_change_nothing(x, target, words):
    net = Net(seed=0)
    trainer = Trainer(net, lr=0.1)
    trainer.step(image(0), one_hot(1))
    before = {k: v.clone() for k, v in net.state_dict().items()}
    grads = trainer.gradients()
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        trainer.step(x, target)
    assert all(torch.equal(before[k], v) for k, v in net.state_dict().items())
    assert all(np.array_equal(grads[k], v) for k, v in trainer.gradients().items())
    assert len(trainer.history) == 1


def test_any_module_can_be_trained():
    # Trainer takes any nn.Module, e.g. a student's own copy of the tutorial's class.
    module = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(32 * 32, 10))
    trainer = Trainer(module, lr=0.001)
    r1 = trainer.step(image(0), one_hot(2))
    r2 = trainer.step(image(0), one_hot(2))
    assert r2.loss < r1.loss
    assert set(r1.grads) == {"1.weight", "1.bias"}


def test_copy_grads_false_trains_alike_without_the_copies():
    a, b = Net(seed=3), Net(seed=3)
    ta, tb = Trainer(a, lr=0.05), Trainer(b, lr=0.05)
    for i in range(5):
        ra = ta.step(image(i), one_hot(i))
        rb = tb.step(image(i), one_hot(i), copy_grads=False)
        assert rb.grads == {} and ra.grads and ra.loss == rb.loss and rb.step == i + 1
    for (k, va), vb in zip(a.state_dict().items(), b.state_dict().values(), strict=True):
        assert torch.equal(va, vb), k


def test_a_target_edited_in_place_is_checked_again():
    trainer = Trainer(Net(seed=0))
    target = one_hot(2)
    trainer.step(image(0), target)
    before = {k: v.clone() for k, v in trainer.net.state_dict().items()}
    target[0, 3] = float("nan")  # the same tensor object, now invalid
    with pytest.raises(ValueError, match="nan"):
        trainer.step(image(0), target)
    assert all(torch.equal(before[k], v) for k, v in trainer.net.state_dict().items())


def test_huge_but_finite_weights_are_not_taken_for_divergence():
    # Their float32 sum overflows to inf; the element-wise check must still say "finite".
    # A blank image multiplies conv1's weights by zero, so the loss stays finite.
    net = Net(seed=0)
    with torch.no_grad():
        net.conv1.weight[:] = 3e38
    assert math.isinf(float(net.conv1.weight.detach().sum()))
    trainer = Trainer(net, lr=0.01)
    r = trainer.step(torch.zeros(1, 1, 32, 32), one_hot(1))
    assert r.finite and not trainer.diverged


def _printed_by_new_python(body: str) -> list[str]:
    """What `body` prints, run in a new interpreter after defer_compile_import() (this one has
    long loaded torch._dynamo)."""
    import subprocess
    import sys

    code = "import sys\nfrom lenet_gui.core.fast import defer_compile_import\ndefer_compile_import()\n" + body
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_defer_compile_import_keeps_torch_dynamo_out_until_the_first_step():
    assert _printed_by_new_python(
        "from lenet_gui.core import Net, Trainer, one_hot\n"
        "import torch\n"
        "t = Trainer(Net(seed=0)); t.optimizer.zero_grad(); t.reset()\n"
        "print('torch._dynamo' in sys.modules)\n"
        "r = t.step(torch.rand(1, 1, 32, 32), one_hot(3))\n"
        "print(r.finite, 'torch._dynamo' in sys.modules)\n"
    ) == ["False", "True", "True"]


def test_the_apps_training_steps_never_load_torch_dynamo():
    """Loading it takes a second or more: the window's steps (FastTrainer, plain SGD) must not."""
    assert _printed_by_new_python(
        "from lenet_gui.core import Session\n"
        "s = Session()\n"
        "for zero_grad in (True, False):\n"
        "    s.set_zero_grad(zero_grad)\n"
        "    for _ in range(3):\n"
        "        assert s.step().finite\n"
        "s.reset()\n"
        "print('torch._dynamo' in sys.modules)\n"
    ) == ["False"]


def test_an_input_resized_in_place_is_checked_again():
    trainer = Trainer(Net(seed=0))
    x = image(0)
    trainer.step(x, one_hot(2))
    x.resize_(1, 1, 28, 28)  # the same tensor object, now the wrong size
    with pytest.raises(ValueError, match="32"):
        trainer.step(x, one_hot(2))


@pytest.mark.parametrize("zero_grad", [True, False])
def test_a_forward_pass_run_ahead_trains_exactly_like_the_steps_own(zero_grad):
    """The window traces the weights after each step with the autograd graph kept; the next
    step trains on that forward pass. Losses, outputs and weights stay bit for bit the same."""
    from lenet_gui.core.trace import trace_with_output

    ahead, own = FastTrainer(Net(seed=3)), Trainer(Net(seed=3))
    ahead.zero_grad = own.zero_grad = zero_grad
    calls = []
    ahead.net.register_forward_pre_hook(lambda module, args: calls.append(1))
    x, target = image(5), one_hot(4)
    for i in range(20):
        tr, output = trace_with_output(ahead.net, x)
        np.testing.assert_array_equal(tr.output, own.net(x).detach().numpy())
        calls.clear()  # the trace's own net(x)
        a = ahead.step(x, target, forward=ahead.forward_of(x, output))
        b = own.step(x, target)
        assert a.loss == b.loss and np.array_equal(a.output, b.output), i
        for p, q in zip(ahead.net.parameters(), own.net.parameters(), strict=True):
            assert torch.equal(p, q), i
    assert calls == []  # no step ran its own forward pass


@pytest.mark.parametrize("change", ["weights", "input", "input object", "other net", "none"])
def test_a_forward_pass_that_no_longer_matches_is_not_used(change):
    from lenet_gui.core.trace import trace_with_output

    trainer = FastTrainer(Net(seed=1))
    x, target = image(2), one_hot(7)
    # An output that is recognisably not net(x): a Forward that is used shows it.
    _, marked = trace_with_output(trainer.net, image(3))
    forward = trainer.forward_of(x, marked)
    if change == "weights":
        with torch.no_grad():
            trainer.net.fc3.bias.add_(0.5)
    elif change == "input":
        x.mul_(0.5)
    elif change == "input object":
        x = x.clone()
    elif change == "other net":
        forward = FastTrainer(Net(seed=1)).forward_of(x, marked)
    now = trainer.net(x).detach().numpy().copy()
    result = trainer.step(x, target, forward=forward)
    expected = marked.detach().numpy() if change == "none" else now
    np.testing.assert_array_equal(result.output, expected)
    assert not np.array_equal(marked.detach().numpy(), now)
