"""trace() records all 13 stages, and every recorded value equals an independent reference."""

import dataclasses

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from lenet_gui.core import STAGE_KEYS, Net, Stage, check_input, spatial_sizes, trace
from lenet_gui.core.net import get_arch

NAMES = [
    "input", "conv1", "relu", "max_pool2d", "conv2", "relu", "max_pool2d", "view",
    "fc1", "relu", "fc2", "relu", "fc3",
]


def reference_stages(weights: dict[str, torch.Tensor], x: torch.Tensor) -> list[torch.Tensor]:
    """The forward pass in plain functional calls on copied weights; every intermediate value."""
    w = {k: v.detach().clone() for k, v in weights.items()}
    out = [x]
    out.append(F.conv2d(out[-1], w["conv1.weight"], w["conv1.bias"]))
    out.append(F.relu(out[-1]))
    out.append(F.max_pool2d(out[-1], kernel_size=2, stride=2))
    out.append(F.conv2d(out[-1], w["conv2.weight"], w["conv2.bias"]))
    out.append(F.relu(out[-1]))
    out.append(F.max_pool2d(out[-1], kernel_size=2, stride=2))
    out.append(out[-1].reshape(out[-1].shape[0], -1))
    out.append(F.linear(out[-1], w["fc1.weight"], w["fc1.bias"]))
    out.append(F.relu(out[-1]))
    out.append(F.linear(out[-1], w["fc2.weight"], w["fc2.bias"]))
    out.append(F.relu(out[-1]))
    out.append(F.linear(out[-1], w["fc3.weight"], w["fc3.bias"]))
    return out


SHAPES = {
    "tutorial": [
        (1, 1, 32, 32), (1, 6, 30, 30), (1, 6, 30, 30), (1, 6, 15, 15), (1, 16, 13, 13),
        (1, 16, 13, 13), (1, 16, 6, 6), (1, 576), (1, 120), (1, 120), (1, 84), (1, 84), (1, 10),
    ],
    "lenet5": [
        (1, 1, 32, 32), (1, 6, 28, 28), (1, 6, 28, 28), (1, 6, 14, 14), (1, 16, 10, 10),
        (1, 16, 10, 10), (1, 16, 5, 5), (1, 400), (1, 120), (1, 120), (1, 84), (1, 84), (1, 10),
    ],
}


@pytest.fixture(params=["tutorial", "lenet5"])
def arch(request):
    return request.param


def test_thirteen_stages_in_order(arch):
    t = trace(Net(arch, seed=0), torch.rand(1, 1, 32, 32))
    assert len(t) == 13
    assert [s.name for s in t] == NAMES
    assert [s.key for s in t] == list(STAGE_KEYS)
    assert [s.index for s in t] == list(range(13))
    assert [s.shape for s in t] == SHAPES[arch]
    assert t["view"] is t[7]
    with pytest.raises(KeyError):
        t["nope"]


def test_spatial_sizes():
    assert spatial_sizes(get_arch("tutorial"), 32) == [32, 30, 15, 13, 6]
    assert spatial_sizes(get_arch("lenet5"), 32) == [32, 28, 14, 10, 5]


def test_param_counts_and_shapes(arch):
    net = Net(arch, seed=0)
    t = trace(net, torch.rand(1, 1, 32, 32))
    assert t.num_params == sum(s.num_params for s in t) == {"tutorial": 81_194, "lenet5": 61_706}[arch]
    k = net.arch.kernel
    expected = {
        "conv1": (("weight", (6, 1, k, k)), ("bias", (6,))),
        "conv2": (("weight", (16, 6, k, k)), ("bias", (16,))),
        "fc1": (("weight", (120, net.arch.flat)), ("bias", (120,))),
        "fc2": (("weight", (84, 120)), ("bias", (84,))),
        "fc3": (("weight", (10, 84)), ("bias", (10,))),
    }
    for s in t:
        assert s.param_shapes == expected.get(s.key, ())
        assert s.num_params == sum(int(np.prod(shape)) for _, shape in s.param_shapes)


def test_activations_equal_the_reference(arch):
    net = Net(arch, seed=11)
    x = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(1))
    ref = reference_stages(net.state_dict(), x)
    t = trace(net, x)
    for stage, r in zip(t, ref, strict=True):
        assert stage.activation.dtype == np.float32
        np.testing.assert_array_equal(stage.activation, r.numpy())
    np.testing.assert_array_equal(t.output, net(x).detach().numpy())


def test_activations_are_read_only_copies():
    net = Net(seed=0)
    x = torch.rand(1, 1, 32, 32)
    t = trace(net, x)
    a = t["input"].activation
    assert not a.flags.writeable
    with pytest.raises(ValueError):
        a[0, 0, 0, 0] = 5.0
    x[0, 0, 0, 0] = 42.0  # changing the caller's tensor later does not change the record
    assert a[0, 0, 0, 0] != 42.0
    with torch.no_grad():
        net.fc3.bias.add_(1.0)  # nor does training the net afterwards
    assert not np.array_equal(t.output, net(x).detach().numpy())
    for s in t:
        assert not s.activation.flags.writeable
        assert not np.shares_memory(s.activation, x.numpy())


def test_records_are_frozen():
    t = trace(Net(seed=0), torch.rand(1, 1, 32, 32))
    with pytest.raises(dataclasses.FrozenInstanceError):
        t[1].shape = (1,)
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.stages = ()
    assert isinstance(t.stages, tuple) and isinstance(t[1], Stage)


def test_trace_does_not_touch_gradients_or_weights():
    net = Net(seed=0)
    before = {k: v.clone() for k, v in net.state_dict().items()}
    x = torch.rand(1, 1, 32, 32, requires_grad=True)
    trace(net, x)
    assert all(p.grad is None for p in net.parameters()) and x.grad is None
    assert all(torch.equal(before[k], v) for k, v in net.state_dict().items())


def test_batch_of_several(arch):
    net = Net(arch, seed=2)
    x = torch.rand(3, 1, 32, 32)
    t = trace(net, x)
    assert t["view"].shape == (3, net.arch.flat)
    assert t.output.shape == (3, 10)
    for i in range(3):
        np.testing.assert_allclose(t.output[i], trace(net, x[i : i + 1]).output[0], rtol=1e-5, atol=1e-6)


def test_float64_input_is_accepted():
    net = Net(seed=0)
    x = torch.rand(1, 1, 32, 32, dtype=torch.float64)
    np.testing.assert_allclose(trace(net, x).output, net(x.float()).detach().numpy(), rtol=1e-6)


def test_28x28_into_the_3x3_net_explains_the_size():
    with pytest.raises(ValueError) as info:
        trace(Net("tutorial", seed=0), torch.rand(1, 1, 28, 28))
    msg = str(info.value)
    assert "view" in msg
    assert "400" in msg
    assert "32×32" in msg and "576" in msg
    assert "28 → 26 → 13 → 11 → 5" in msg


def test_28x28_into_lenet5_also_fails_at_view():
    with pytest.raises(ValueError, match=r"'view'.*256.*expects 400"):
        trace(Net("lenet5", seed=0), torch.rand(1, 1, 28, 28))


@pytest.mark.parametrize(
    "x,words",
    [
        (torch.rand(32, 32), "(N, 1, H, W)"),
        (torch.rand(1, 32, 32), "(N, 1, H, W)"),
        (torch.rand(1, 3, 32, 32), "(1, 3, 32, 32)"),
        (torch.ones(1, 1, 32, 32, dtype=torch.int64), "float"),
        (torch.ones(1, 1, 32, 32, dtype=torch.bool), "float"),
        (torch.rand(1, 1, 4, 4), "stage 4 'conv2'"),
        (torch.rand(1, 1, 2, 2), "stage 1 'conv1'"),
        (torch.rand(1, 1, 3, 3), "stage 3 'max_pool2d'"),
        (torch.rand(1, 1, 5, 5), "stage 4 'conv2'"),
        (torch.rand(1, 1, 32, 40), "view"),
        (torch.rand(0, 1, 32, 32), "empty"),
        (np.zeros((1, 1, 32, 32), np.float32), "torch tensor"),
    ],
)
def test_bad_inputs_raise_clear_errors(x, words):
    net = Net(seed=0)
    with pytest.raises(ValueError) as info:
        trace(net, x)
    assert words in str(info.value)
    with pytest.raises(ValueError):
        check_input(net, x)


def test_tiny_image_message_names_the_kernel():
    with pytest.raises(ValueError, match=r"stage 4 'conv2'.*1×1 input is smaller than the 3×3 kernel.*32×32"):
        trace(Net(seed=0), torch.rand(1, 1, 4, 4))


def test_every_size_check_agrees_with_torch():
    # The arithmetic pre-check accepts exactly the sizes the real forward pass accepts.
    for arch in ("tutorial", "lenet5"):
        net = Net(arch, seed=0)
        for h in range(1, 40):
            for w in (h, 32):
                x = torch.zeros(1, 1, h, w)
                try:
                    out = net(x)
                    works = out.shape == (1, 10)
                except RuntimeError:
                    works = False
                try:
                    check_input(net, x)
                    accepted = True
                except ValueError:
                    accepted = False
                assert accepted == works, (arch, h, w)


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_plain_forward_gives_nets_numbers_and_gradients_bit_for_bit(arch):
    from lenet_gui.core.trace import PlainForward

    a, b = Net(arch, seed=4), Net(arch, seed=4)
    x = torch.rand(2, 1, 32, 32)
    out_a, out_b = PlainForward(a)(x), b(x)
    assert torch.equal(out_a, out_b)
    out_a.square().sum().backward()
    out_b.square().sum().backward()
    for p, q in zip(a.parameters(), b.parameters(), strict=True):
        assert torch.equal(p.grad, q.grad)


@pytest.mark.parametrize("change", ["layer hook", "net hook", "global hook", "own forward",
                                    "layer's own forward", "new layer", "new weights",
                                    "backward hook"])
def test_plain_forward_steps_aside_for_hooks_and_changes(change):
    """Whatever net(x) would run — a hook, another forward, a replaced layer — still runs."""
    from torch.nn.modules.module import register_module_forward_hook

    from lenet_gui.core.trace import PlainForward

    net = Net(seed=2)
    forward = PlainForward(net)
    x = torch.rand(1, 1, 32, 32)
    forward(x)  # the short way is set up for the layers as they were
    seen = []
    handle = None
    if change == "layer hook":
        handle = net.conv2.register_forward_hook(lambda m, i, o: seen.append(1))
    elif change == "net hook":
        handle = net.register_forward_pre_hook(lambda m, i: seen.append(1))
    elif change == "global hook":
        handle = register_module_forward_hook(lambda m, i, o: seen.append(1))
    elif change == "backward hook":
        handle = net.fc1.register_full_backward_hook(lambda m, gi, go: seen.append(1))
    elif change == "own forward":
        original = net.forward
        net.forward = lambda t: seen.append(1) or original(t)
    elif change == "layer's own forward":
        original = net.fc3.forward
        net.fc3.forward = lambda t: seen.append(1) or original(t)
    elif change == "new weights":  # load_state_dict(assign=True) puts in new tensors
        state = {k: v.clone() for k, v in net.state_dict().items()}
        state["fc3.bias"] = torch.full((10,), 3.0)
        state["fc3.weight"] = torch.zeros(10, 84)
        net.load_state_dict(state, assign=True)
    else:
        net.fc3 = torch.nn.Linear(84, 10)
        with torch.no_grad():
            net.fc3.bias.fill_(3.0)
            net.fc3.weight.zero_()
    try:
        out = forward(x)
        if change == "backward hook":
            out.sum().backward()
        if change in ("new layer", "new weights"):
            assert torch.equal(out, torch.full((1, 10), 3.0))
        else:
            assert seen
        assert torch.equal(out, net(x))
    finally:
        if handle is not None:
            handle.remove()


def test_trace_runs_a_forward_set_on_one_layer():
    net = Net(seed=2)
    net.fc3.forward = lambda t: torch.zeros(t.shape[0], 10)
    t = trace(net, torch.rand(1, 1, 32, 32))
    assert not t.output.any() and not net(torch.rand(1, 1, 32, 32)).any()
