"""value_grads(): ∂loss/∂(each stage's output) equals torch.autograd's own, for both architectures."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lenet_gui.core import Net, one_hot, trace, value_grads
from tests.test_explain import torch_stages


def oracle(net, x, target):
    """The stages by torch's functional calls, each output's .grad kept (retain_grad)."""
    x = x.clone().requires_grad_(True)
    out = torch_stages(net, x, detach=False)
    for key, t in out.items():
        if key != "input":
            t.retain_grad()
    loss = ((out["fc3"] - target) ** 2).mean()
    loss.backward()
    return float(loss.detach()), {k: t.grad[0].numpy() for k, t in out.items()}


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_every_stage_gradient_equals_autograd(arch):
    net = Net(arch, seed=4)
    x = torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(4))
    target = one_hot(3)
    found = value_grads(net, x, target)
    net.zero_grad(set_to_none=True)
    loss, want = oracle(net, x, target)
    assert found.loss == pytest.approx(loss, rel=1e-6)
    assert set(found.grads) == {s.key for s in trace(net, x)}
    for key, g in want.items():
        assert found.grads[key].shape == g.shape, key
        np.testing.assert_allclose(found.grads[key], g, rtol=1e-5, atol=1e-8, err_msg=key)
    # Some gradient reaches the input, and a value's own accessor reads the same number.
    assert np.abs(found.grads["input"]).sum() > 0
    assert found.at("fc3", (3,)) == float(want["fc3"][3])


def test_weights_grads_are_left_alone():
    net = Net("tutorial", seed=1)
    x = torch.rand(1, 1, 32, 32)
    value_grads(net, x, one_hot(1))
    assert all(p.grad is None for p in net.parameters())
