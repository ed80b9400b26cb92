"""trace() records all 13 stages, and every recorded value equals an independent reference."""

import dataclasses

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from lenet_gui.core import STAGE_KEYS, Net, Stage, StageError, check_input, trace

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


@pytest.mark.parametrize("arch, side, got, built, path", [
    ("tutorial", 28, 400, 576, "28 → 26 → 13 → 11 → 5"),
    ("tutorial", 56, 2304, 576, "56 → 54 → 27 → 25 → 12"),
    ("lenet5", 28, 256, 400, "28 → 24 → 12 → 8 → 4"),
])
def test_a_wrong_size_fails_where_pytorch_fails_with_its_own_message(arch, side, got, built, path):
    net = Net(arch, seed=0)
    with pytest.raises(RuntimeError) as real:  # what plain PyTorch says for the same input
        net(torch.rand(1, 1, side, side))
    with pytest.raises(StageError) as info:
        trace(net, torch.rand(1, 1, side, side))
    err = info.value
    assert err.torch_message == str(real.value).splitlines()[0]
    assert f"(1x{got} and {built}x120)" in err.torch_message
    assert (err.stage.index, err.stage.key, err.stage.op) == (8, "fc1", "self.fc1(x)")
    assert [s.key for s in err.completed] == list(STAGE_KEYS[:8])
    msg = str(err)
    assert path in msg and f"built for {built}" in msg and "32×32" in msg


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
        (torch.rand(1, 1, 32, 40), "stage 8 'fc1'"),
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
    with pytest.raises(ValueError, match=r"stage 4 'conv2'.*1×1 map is smaller than the 3×3 kernel of conv2"):
        trace(Net(seed=0), torch.rand(1, 1, 4, 4))


def test_check_input_accepts_exactly_what_the_net_accepts():
    for arch in ("tutorial", "lenet5"):
        net = Net(arch, seed=0)
        for h in range(1, 40):
            for w in (h, 32):
                x = torch.zeros(1, 1, h, w)
                try:
                    works = net(x).shape == (1, 10)
                except RuntimeError:
                    works = False
                try:
                    check_input(net, x)
                    accepted = True
                except ValueError:
                    accepted = False
                assert accepted == works, (arch, h, w)


def test_trace_runs_a_forward_set_on_one_layer():
    net = Net(seed=2)
    net.fc3.forward = lambda t: torch.zeros(t.shape[0], 10)
    t = trace(net, torch.rand(1, 1, 32, 32))
    assert not t.output.any() and not net(torch.rand(1, 1, 32, 32)).any()


class Tanh(Net):
    """A student's change: a tanh after the first pooling, and average pooling after conv2."""

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = torch.tanh(x)
        x = F.avg_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, self.num_flat_features(x))
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


def test_a_changed_forward_is_traced_as_it_runs():
    import inspect

    net = Tanh(seed=3)
    x = torch.rand(1, 1, 32, 32)
    t = trace(net, x)
    assert [s.name for s in t] == ["input", "conv1", "relu", "max_pool2d", "tanh", "conv2", "relu",
                                   "avg_pool2d", "view", "fc1", "relu", "fc2", "relu", "fc3"]
    assert t["tanh"].kind == "other" and t["tanh"].op == "torch.tanh(x)"
    assert t["pool2"].op == "F.avg_pool2d(…, 2)"
    np.testing.assert_array_equal(t.output, net(x).detach().numpy())
    source, first = inspect.getsourcelines(Tanh.forward)
    assert t["tanh"].line == first + 2 and t["tanh"].file == __file__
    assert "torch.tanh(x)" in source[t["tanh"].line - first]


def test_stage_lines_point_at_the_tutorial_file():
    import inspect

    from lenet_gui import tutorial

    t = trace(Net(seed=0), torch.rand(1, 1, 32, 32))
    lines, first = inspect.getsourcelines(tutorial.Net.forward)
    for s in list(t)[1:]:
        assert s.file == tutorial.__file__
        text = lines[s.line - first]
        assert s.op.split("(")[0].replace("…", "") in text, (s.key, text)
    assert t["view"].op == "x.view(-1, self.num_flat_features(x))"
