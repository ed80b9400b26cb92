"""The weights shipped in resources/, trained on real handwritten digits by `lenet-gui train`."""

from __future__ import annotations

import sys
from pathlib import Path

from .net import Net, get_arch
from .weights import WeightsError, load_weights, read_weights

RESOURCES = Path(__file__).resolve().parents[2] / "resources"  # a source checkout
INSTALLED = Path(sys.prefix) / "share" / "lenet-gui"  # a wheel install (pyproject data-files)


def pretrained_path(arch: str = "tutorial") -> Path:
    name = f"{get_arch(arch).name}.safetensors"
    path = RESOURCES / name
    if not path.is_file() and (INSTALLED / name).is_file():
        return INSTALLED / name
    return path


def _bundled(arch: str) -> Path:
    path = pretrained_path(arch)
    if not path.is_file():
        raise WeightsError(
            f"The bundled weights {path.name} are missing; run `lenet-gui train --arch {arch}`."
        )
    return path


def load_pretrained(arch: str = "tutorial") -> Net:
    """A Net of the given architecture with the bundled weights loaded."""
    path = _bundled(arch)
    net = Net(arch, seed=0)  # seeded: building it must not move the caller's random numbers
    load_weights(net, path)
    return net


def pretrained_metadata(arch: str = "tutorial") -> dict[str, str]:
    """What the bundled weights' file says about itself: arch, seed, data, epochs, accuracy, date."""
    return read_weights(_bundled(arch))[1]
