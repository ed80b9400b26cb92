"""The LeNet of the PyTorch beginner tutorial "Neural Networks", written as the tutorial writes it."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass(frozen=True)
class Arch:
    """What differs between the two revisions of the tutorial's network."""

    name: str
    kernel: int  # conv kernel size
    flat: int  # length of the vector that view(-1, flat) hands to fc1
    title: str


ARCHS: dict[str, Arch] = {
    # PyTorch 1.3.1 revision of the tutorial: 3x3 kernels, 32 -> 30 -> 15 -> 13 -> 6, 16*6*6 = 576.
    "tutorial": Arch("tutorial", 3, 16 * 6 * 6, "Tutorial net (3×3 kernels)"),
    # The 1998 paper and today's tutorial: 5x5 kernels, 32 -> 28 -> 14 -> 10 -> 5, 16*5*5 = 400.
    "lenet5": Arch("lenet5", 5, 16 * 5 * 5, "LeNet-5 (5×5 kernels)"),
}

INPUT_SIZE = 32  # the tutorial's input is 1x1x32x32


def copy_state(net: nn.Module, state: dict[str, torch.Tensor]) -> None:
    """Copy a complete, already validated state_dict into net in place (same tensors, no autograd)."""
    with torch.no_grad():
        for k, v in net.state_dict().items():
            v.copy_(state[k].to(v.dtype))


def get_arch(name: str) -> Arch:
    """Look up an architecture by name, with a message that lists the valid ones."""
    try:
        return ARCHS[name]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown architecture {name!r}: choose one of {', '.join(ARCHS)}"
        ) from None


def state_shapes(arch: str) -> dict[str, tuple[int, ...]]:
    """The state_dict keys and tensor shapes of a Net of this architecture, without building one.

    Building a Net would draw its initial weights from the global random generator; checking
    a file's shapes must not change the caller's random numbers.
    """
    a = get_arch(arch)
    k = a.kernel
    return {
        "conv1.weight": (6, 1, k, k),
        "conv1.bias": (6,),
        "conv2.weight": (16, 6, k, k),
        "conv2.bias": (16,),
        "fc1.weight": (120, a.flat),
        "fc1.bias": (120,),
        "fc2.weight": (84, 120),
        "fc2.bias": (84,),
        "fc3.weight": (10, 84),
        "fc3.bias": (10,),
    }


class Net(nn.Module):
    """The tutorial's network; attribute names match it, so state_dicts are interchangeable."""

    def __init__(self, arch: str = "tutorial", seed: int | None = None):
        super().__init__()
        self.arch = get_arch(arch)
        self.seed = seed
        if seed is None:
            self._build()
        else:
            # A forked RNG: the same seed gives every laptop the same initial weights
            # without disturbing the caller's global random state.
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(seed)
                self._build()

    def _build(self) -> None:
        k = self.arch.kernel
        # 1 input image channel, 6 output channels, k x k square convolution kernel
        self.conv1 = nn.Conv2d(1, 6, k)
        self.conv2 = nn.Conv2d(6, 16, k)
        # an affine operation: y = Wx + b
        self.fc1 = nn.Linear(self.arch.flat, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Max pooling over a (2, 2) window
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        # If the size is a square you can only specify a single number
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, self.num_flat_features(x))  # (N, 16, s, s) -> (N, 16*s*s)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x

    def num_flat_features(self, x: torch.Tensor) -> int:
        size = x.size()[1:]  # all dimensions except the batch dimension
        num_features = 1
        for s in size:
            num_features *= s
        return num_features

    def num_params(self) -> int:
        """81,194 for the tutorial net, 61,706 for LeNet-5."""
        return sum(p.numel() for p in self.parameters())
