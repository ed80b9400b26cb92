"""The weights shipped in resources/, trained on real handwritten digits by `lenet-gui train`."""

from __future__ import annotations

from pathlib import Path

from .net import Net, get_arch
from .weights import WeightsError, load_weights, read_weights

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def pretrained_path(arch: str = "tutorial") -> Path:
    return RESOURCES / f"{get_arch(arch).name}.safetensors"


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
    net = Net(arch)
    load_weights(net, path)
    return net


def pretrained_metadata(arch: str = "tutorial") -> dict[str, str]:
    """What the bundled weights' file says about itself: arch, seed, data, epochs, accuracy, date."""
    return read_weights(_bundled(arch))[1]
