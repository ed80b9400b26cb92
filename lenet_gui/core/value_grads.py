"""∂loss/∂(every value of every stage): what backward() sends back to each activation.

Backprop keeps only the weights' gradients (.grad); the gradient reaching an activation is
thrown away as soon as it has been passed on. To show it for any value a student clicks, the
real net(x) is run once more with the same recorder as trace(), and torch.autograd.grad asks
for the loss's gradient with respect to each recorded output (and the input). Nothing is
re-derived by hand, and the weights' .grad stay untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from .trace import _check_tensor, _descriptions, _forward_codes, _Recorder, plain_input


@dataclass(frozen=True)
class ValueGrads:
    """The loss of one forward pass and ∂loss/∂(each stage's output), batch dimension dropped."""

    loss: float
    grads: dict[str, np.ndarray]  # stage key -> float32 array of the stage's shape

    def at(self, stage: str, index: tuple[int, ...]) -> float:
        """∂loss/∂ of one element (KeyError / IndexError for an unknown one)."""
        return float(self.grads[stage][tuple(index)])


def value_grads(net: nn.Module, x: torch.Tensor, target: torch.Tensor) -> ValueGrads:
    """Run net(x), the tutorial's MSELoss against target, and the gradient of that loss with
    respect to the input and every stage's output (as trace() keys them)."""
    _check_tensor(net, x)
    weight = next(net.parameters(), None)
    dtype = weight.dtype if weight is not None else torch.float32
    leaf = plain_input(x, dtype).detach().clone().requires_grad_(True)
    recorder = _Recorder(_forward_codes(net))
    with torch.enable_grad():
        with recorder:
            out = net(leaf)
        loss = F.mse_loss(out, target.detach().to(out.dtype))  # nn.MSELoss(): the mean
        outs = [leaf, *(o for _, _, o, _ in recorder.calls)]
        wanted = [o for o in outs if o.requires_grad]
        found = torch.autograd.grad(loss, wanted, allow_unused=True)
    by_id = {id(o): g for o, g in zip(wanted, found, strict=True)}
    keys = ["input", *(d[0] for d in _descriptions(net, recorder.calls))]
    grads = {}
    for key, o in zip(keys, outs, strict=True):
        g = by_id.get(id(o))
        grads[key] = (g[0].detach().numpy().astype(np.float32, copy=True) if g is not None
                      else np.zeros(tuple(o.shape[1:]), np.float32))
    return ValueGrads(float(loss.detach()), grads)
