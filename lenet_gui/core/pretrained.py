"""The weights bundled in the package (lenet_gui/weights), trained on real handwritten digits by
`lenet-gui train`, found with importlib.resources wherever the package is installed."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from .net import Net, get_arch
from .weights import WeightsError, load_weights, read_weights

WEIGHTS = files("lenet_gui") / "weights"  # package data (pyproject: tool.setuptools.package-data)


def pretrained_path(arch: str = "tutorial") -> Path:
    """The bundled weights file of an architecture (where `lenet-gui train` writes it too)."""
    return Path(str(WEIGHTS / f"{get_arch(arch).name}.safetensors"))


def _bundled(arch: str):
    resource = WEIGHTS / f"{get_arch(arch).name}.safetensors"
    if not resource.is_file():
        raise WeightsError(
            f"The bundled weights {resource.name} are missing; run `lenet-gui train --arch {arch}`."
        )
    return as_file(resource)  # a real file for the reader, even from a zipped install


def load_pretrained(arch: str = "tutorial") -> Net:
    """A Net of the given architecture with the bundled weights loaded."""
    with _bundled(arch) as path:
        net = Net(arch, seed=0)  # seeded: building it must not move the caller's random numbers
        load_weights(net, path)
    return net


def pretrained_metadata(arch: str = "tutorial") -> dict[str, str]:
    """What the bundled weights' file says about itself: arch, seed, data, epochs, accuracy, date."""
    with _bundled(arch) as path:
        return read_weights(path)[1]
