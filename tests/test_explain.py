"""explain(): every number of every kind equals what PyTorch computed, for both architectures."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from lenet_gui.core import Net, one_hot, trace
from lenet_gui.core.explain import ExplainError, explain, receptive_field, receptive_fields

RNG = np.random.default_rng(0)


def traced(arch, seed=0):
    net = Net(arch, seed=seed)
    x = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(seed))
    return net, x, trace(net, x)


def torch_stages(net, x, detach=True):
    """Each stage's output by torch's own functional calls (an independent oracle)."""
    out = {"input": x}
    out["conv1"] = F.conv2d(x, net.conv1.weight, net.conv1.bias)
    out["relu1"] = F.relu(out["conv1"])
    out["pool1"] = F.max_pool2d(out["relu1"], 2)
    out["conv2"] = F.conv2d(out["pool1"], net.conv2.weight, net.conv2.bias)
    out["relu2"] = F.relu(out["conv2"])
    out["pool2"] = F.max_pool2d(out["relu2"], 2)
    out["view"] = out["pool2"].reshape(1, -1)
    out["fc1"] = F.linear(out["view"], net.fc1.weight, net.fc1.bias)
    out["relu3"] = F.relu(out["fc1"])
    out["fc2"] = F.linear(out["relu3"], net.fc2.weight, net.fc2.bias)
    out["relu4"] = F.relu(out["fc2"])
    out["fc3"] = F.linear(out["relu4"], net.fc3.weight, net.fc3.bias)
    return {k: v.detach() for k, v in out.items()} if detach else out


def some_indices(shape, n=6):
    return [tuple(int(RNG.integers(0, s)) for s in shape) for _ in range(n)]


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_every_kind_equals_pytorch(arch):
    net, x, t = traced(arch, seed=3)
    ref = torch_stages(net, x)
    with torch.no_grad():
        for stage in t:
            for index in some_indices(stage.shape[1:]):
                e = explain(t, stage.key, index)
                want = float(ref[stage.key][(0, *index)])
                assert abs(e.value - want) <= 1e-5 * max(1.0, abs(want)), (stage.key, index)
                if e.kind == "conv":
                    c, r, col = index
                    conv = getattr(net, stage.key)
                    k = conv.kernel_size[0]
                    src = ref[e.source_stage][0]
                    np.testing.assert_array_equal(e.inputs, src[:, r:r + k, col:col + k].numpy())
                    np.testing.assert_array_equal(e.weights, conv.weight[c].numpy())
                    assert e.bias == float(conv.bias[c])
                    np.testing.assert_allclose(e.partial_sums, (src[:, r:r + k, col:col + k] * conv.weight[c]).sum((1, 2)).numpy(), atol=1e-5)
                    assert abs(e.partial_sums.sum() + e.bias - want) <= 1e-5
                elif e.kind == "relu":
                    assert e.value == max(float(e.inputs[0]), 0.0)
                elif e.kind == "pool":
                    c, r, col = index
                    np.testing.assert_array_equal(e.inputs, ref[e.source_stage][0, c, 2 * r:2 * r + 2, 2 * col:2 * col + 2].numpy())
                    assert e.value == float(e.inputs.max())
                elif e.kind == "view":
                    c, r, col = e.positions[0]
                    assert float(ref["pool2"][0, c, r, col]) == e.value
                elif e.kind == "linear":
                    layer = getattr(net, stage.key)
                    np.testing.assert_array_equal(e.weights, layer.weight[index[0]].numpy())
                    assert abs(float(np.dot(e.inputs.astype(np.float64), e.weights)) + e.bias - want) <= 1e-5
                    for _k, w, xv, prod in e.terms:
                        assert abs(w * xv - prod) <= 1e-7
                assert e.text


def test_fc3_with_a_target_names_its_mse_term_and_share():
    net, x, t = traced("tutorial")
    target = one_hot(3)
    with torch.no_grad():
        loss = F.mse_loss(net(x), target).item()
    terms = (torch.tensor(t.output) - target).pow(2)[0]
    e = explain(t, "fc3", (3,), target=target.numpy())
    assert f"{float(terms[3]):.4g}" in e.text and f"{float(terms[3]) / float(terms.sum()):.0%}" in e.text
    assert f"{loss:.4g}" in e.text


def test_fc1_says_which_pooled_map_each_input_came_from():
    _, _, t = traced("tutorial")
    e = explain(t, "fc1", (0,))
    k = e.terms[0][0]
    assert f"(pool2 ch {k // 36}, row {k % 36 // 6}, col {k % 6})" in e.text


def test_the_last_two_rows_and_columns_reach_nothing():
    _, _, t = traced("tutorial")
    for key, index in (("fc1", (0,)), ("fc3", (9,)), ("view", (575,))):
        field = receptive_field(t, key, index)
        assert field.shape == (32, 32)
        assert not field[30:, :].any() and not field[:, 30:].any()
        assert field[:30, :30].any()
    assert receptive_field(t, "fc1", (5,))[:30, :30].all()
    field = receptive_field(t, "conv1", (0, 4, 7))
    assert np.argwhere(field).tolist() == [[r, c] for r in range(4, 7) for c in range(7, 10)]


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_the_receptive_field_holds_everything_the_value_depends_on(arch):
    net = Net(arch, seed=1)
    for stage_key, index in (("pool2", (3, 1, 2)), ("conv2", (0, 4, 4)), ("fc1", (10,)), ("relu1", (2, 9, 3))):
        x = torch.rand(1, 1, 32, 32, requires_grad=True)
        t = trace(net, x.detach())
        value = torch_stages(net, x, detach=False)[stage_key][(0, *index)]
        value.backward()
        support = x.grad[0, 0].abs().numpy() > 0
        field = receptive_field(t, stage_key, index)
        assert not (support & ~field).any(), stage_key  # nothing it depends on lies outside


@pytest.mark.parametrize("stage, index", [("conv9", (0,)), ("fc1", (120,)), ("conv1", (0, 0)), ("pool1", (6, 0, 0))])
def test_bad_requests_are_clear_errors(stage, index):
    _, _, t = traced("tutorial")
    with pytest.raises(ExplainError):
        explain(t, stage, index)


def test_a_trace_whose_weights_changed_refuses_to_explain_with_new_numbers():
    net, _, t = traced("tutorial")
    with torch.no_grad():
        net.conv1.weight.add_(1.0)
    with pytest.raises(ExplainError, match="changed since"):
        explain(t, "conv1", (0, 0, 0))



def _field_by_hand(net, t, stage, index):
    """Each window of each needed cell marked one by one, down to the input (the geometry of
    both nets: convolutions of stride 1 without padding, 2×2 max pools of stride 2)."""
    keys = [s.key for s in t]
    needed = np.zeros(t[stage].shape[1:], bool)
    needed[index] = True
    found = {stage: needed}
    for key in reversed(keys[1:keys.index(stage) + 1]):
        src = keys[keys.index(key) - 1]
        shape = t[src].shape[1:]
        if key.startswith(("conv", "pool")):
            k, step = (getattr(net, key).kernel_size[0], 1) if key.startswith("conv") else (2, 2)
            touched = np.zeros(shape, bool)
            for c, r, col in zip(*np.nonzero(needed), strict=True):
                channels = slice(None) if key.startswith("conv") else c
                touched[channels, r * step:r * step + k, col * step:col * step + k] = True
        elif key == "view":
            touched = needed.reshape(shape)
        elif key.startswith("fc"):
            touched = np.full(shape, needed.any())
        else:
            touched = needed.copy()
        needed = found[src] = touched
    return found


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_every_stages_receptive_field_is_every_window_of_the_cells_it_reads(arch):
    net, _, t = traced(arch)
    for stage in t:
        if stage.key == "input":
            continue
        for index in some_indices(stage.shape[1:], 4):
            fields = receptive_fields(t, stage.key, index)
            want = _field_by_hand(net, t, stage.key, index)
            assert fields.keys() == want.keys()
            for key in want:
                np.testing.assert_array_equal(fields[key], want[key], err_msg=f"{stage.key}{index} → {key}")


def test_a_linear_value_reads_every_input_in_order():
    _, _, t = traced("tutorial")
    e = explain(t, "fc1", (3,))
    assert e.positions == tuple((k,) for k in range(len(e.inputs))) and len(e.positions) == 576
    assert all(type(k) is int for (k,) in e.positions)
