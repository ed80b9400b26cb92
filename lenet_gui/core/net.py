"""The tutorial's network (lenet_gui/tutorial.py) in its two revisions, seeded, and their sizes."""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass

import torch
import torch.nn as nn

from .. import tutorial
from .text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Arch:
    """What differs between the two revisions of the tutorial's network."""

    name: str
    kernel: int  # conv kernel size
    flat: int  # length of the vector that view(-1, flat) hands to fc1
    title: str


ARCHS: dict[str, Arch] = {
    # PyTorch 1.3.1 revision of the tutorial: 3x3 kernels, 32 -> 30 -> 15 -> 13 -> 6, 16*6*6 = 576.
    "tutorial": Arch("tutorial", 3, 16 * 6 * 6, QT_TRANSLATE_NOOP("Arch", "Tutorial net (3×3 kernels)").msg()),
    # The 1998 paper and today's tutorial: 5x5 kernels, 32 -> 28 -> 14 -> 10 -> 5, 16*5*5 = 400.
    "lenet5": Arch("lenet5", 5, 16 * 5 * 5, QT_TRANSLATE_NOOP("Arch", "LeNet-5 (5×5 kernels)").msg()),
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
    """The state_dict keys and tensor shapes of a Net of this architecture: a real Net's."""
    return dict(_state_shapes(get_arch(arch).name))


@functools.cache
def _state_shapes(arch: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    # seed=0 forks the random generator: asking for shapes leaves the caller's numbers alone.
    return tuple((k, tuple(v.shape)) for k, v in Net(arch, seed=0).state_dict().items())


class Net(tutorial.Net):
    """The tutorial's Net (lenet_gui/tutorial.py), seeded, in either revision of the tutorial.

    The tutorial revision is the tutorial's class as it is; LeNet-5 builds the same layers with
    5×5 kernels and 400 inputs to fc1, and runs the tutorial's own forward().
    """

    def __init__(self, arch: str = "tutorial", seed: int | None = None):
        arch_ = get_arch(arch)
        with _seeded(seed):
            if arch_.name == "tutorial":
                super().__init__()
            else:
                nn.Module.__init__(self)
                self.conv1 = nn.Conv2d(1, 6, arch_.kernel)
                self.conv2 = nn.Conv2d(6, 16, arch_.kernel)
                self.fc1 = nn.Linear(arch_.flat, 120)
                self.fc2 = nn.Linear(120, 84)
                self.fc3 = nn.Linear(84, 10)
        self.arch = arch_
        self.seed = seed

    def num_params(self) -> int:
        """81,194 for the tutorial net, 61,706 for LeNet-5."""
        return sum(p.numel() for p in self.parameters())


@contextlib.contextmanager
def _seeded(seed: int | None):
    """A forked random generator seeded with seed: the same seed gives every laptop the same
    initial weights without disturbing the caller's global random state. None: the global one."""
    if seed is None:
        yield
        return
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        yield
