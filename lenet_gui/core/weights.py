"""Save and load weights safely: safetensors or weights-only .pt, validated before anything is copied."""

from __future__ import annotations

import json
import os
import pickle
import struct
import tempfile
import zipfile
from pathlib import Path

import torch
import torch.nn as nn
from safetensors import SafetensorError
from safetensors.torch import load as load_safetensors_bytes
from safetensors.torch import save as save_safetensors_bytes

from .net import ARCHS, Net

# The larger of the two nets holds 81,194 float32 numbers (~325 kB); anything far bigger is
# not weights for it, and reading it whole would only cost memory.
MAX_BYTES = 16 * 1024 * 1024


class WeightsError(ValueError):
    """A weights file that cannot be used, with a message a student can act on."""


class WeightsSaveError(WeightsError):
    """Saving failed; the previous file, if any, is untouched."""


# -- reading ---------------------------------------------------------------------------------
def read_weights(path: str | os.PathLike) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """Read a state_dict and its metadata from a file, refusing anything that is not plain tensors."""
    p = Path(path)
    name = p.name or str(p)
    try:
        if p.is_dir():
            raise WeightsError(f"“{name}” is a folder, not a weights file.")
        size = p.stat().st_size
        if size == 0:
            raise WeightsError(f"“{name}” is empty (0 bytes): it holds no weights.")
        if size > MAX_BYTES:
            raise WeightsError(
                f"“{name}” is {size / 1e6:.0f} MB, far too large to be weights for this network "
                f"(they take about 0.3 MB)."
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise WeightsError(f"There is no file “{p}”.") from None
    except PermissionError:
        raise WeightsError(f"“{name}” cannot be read: permission denied.") from None
    except OSError as err:
        raise WeightsError(f"“{name}” cannot be read: {err.strerror or err}.") from None

    if data[:2] == b"PK" or data[:1] == b"\x80":
        state, meta = _read_torch(data, name)
    else:
        state, meta = _read_safetensors(data, name)
    return _unwrap(state, name), meta


def _read_safetensors(data: bytes, name: str) -> tuple[dict, dict[str, str]]:
    not_weights = WeightsError(
        f"“{name}” is not a weights file: it is neither a safetensors nor a PyTorch .pt file, "
        "or it was cut short."
    )
    if len(data) < 8:
        raise not_weights
    (n,) = struct.unpack("<Q", data[:8])
    if n > len(data) - 8:
        raise not_weights
    try:
        header = json.loads(data[8 : 8 + n])
        state = load_safetensors_bytes(data)
    except (ValueError, SafetensorError, UnicodeDecodeError, RuntimeError, struct.error):
        raise not_weights from None
    meta = header.get("__metadata__") if isinstance(header, dict) else None
    meta = {str(k): str(v) for k, v in meta.items()} if isinstance(meta, dict) else {}
    return state, meta


def _read_torch(data: bytes, name: str) -> tuple[dict, dict[str, str]]:
    import io

    try:
        # weights_only=True: tensors and plain containers only; a pickle that would run code
        # (or build any other object) is refused here and nothing of it is executed.
        obj = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except (pickle.UnpicklingError, RuntimeError, EOFError, zipfile.BadZipFile, ValueError,
            TypeError, AttributeError, ImportError, KeyError, IndexError, struct.error):
        raise WeightsError(
            f"“{name}” is not a weights file: it is damaged, cut short, or holds Python objects "
            "other than tensors (which are refused, because loading them could run code)."
        ) from None
    meta = {}
    if isinstance(obj, dict) and isinstance(obj.get("metadata"), dict):
        meta = {str(k): str(v) for k, v in obj["metadata"].items()}
    return obj, meta


def _unwrap(obj, name: str) -> dict[str, torch.Tensor]:
    """Accept a bare state_dict or a checkpoint dict that holds one."""
    if isinstance(obj, dict):
        for key in ("state_dict", "model_state_dict", "model"):
            if isinstance(obj.get(key), dict):
                obj = obj[key]
                break
    if not isinstance(obj, dict) or not obj or not all(
        isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in obj.items()
    ):
        raise WeightsError(f"“{name}” does not hold a network's weights (a name → tensor table).")
    return dict(obj)


# -- checking --------------------------------------------------------------------------------
def arch_of(state: dict[str, torch.Tensor]) -> str | None:
    """The architecture whose state_dict these tensors fit exactly, or None."""
    for arch in ARCHS:
        if _mismatches(Net(arch).state_dict(), state) == []:
            return arch
    return None


def _mismatches(expected: dict[str, torch.Tensor], state: dict[str, torch.Tensor]) -> list[str]:
    problems = []
    missing = [k for k in expected if k not in state]
    extra = [k for k in state if k not in expected]
    if missing:
        problems.append("missing " + ", ".join(missing))
    if extra:
        problems.append("unexpected " + ", ".join(extra[:5]) + (" …" if len(extra) > 5 else ""))
    for k, v in expected.items():
        if k in state and tuple(state[k].shape) != tuple(v.shape):
            problems.append(f"{k} has shape {tuple(state[k].shape)}, the net needs {tuple(v.shape)}")
    return problems


def check_weights(net: nn.Module, state: dict[str, torch.Tensor], name: str = "these weights") -> None:
    """Raise WeightsError unless state can be copied into net whole."""
    problems = _mismatches(net.state_dict(), state)
    if problems:
        arch = arch_of(state)
        here = getattr(getattr(net, "arch", None), "title", "this network")
        if arch is not None:
            raise WeightsError(
                f"“{name}” holds weights for {ARCHS[arch].title}, but the current network is "
                f"{here}. Switch the architecture first."
            )
        raise WeightsError(
            f"“{name}” holds weights for a different network: " + "; ".join(problems[:4]) + "."
        )
    for k, v in state.items():
        if not v.is_floating_point():
            raise WeightsError(f"“{name}”: {k} holds {v.dtype} values, not floating-point weights.")
        if not torch.isfinite(v).all():
            raise WeightsError(f"“{name}”: {k} contains NaN or infinite values, so these weights are broken.")


def load_weights(net: nn.Module, path: str | os.PathLike) -> dict[str, str]:
    """Load a weights file into net; on any problem raise WeightsError and leave net untouched."""
    state, meta = read_weights(path)
    check_weights(net, state, Path(path).name)
    # Everything was validated, so this copy cannot stop half-way.
    with torch.no_grad():
        for k, v in net.state_dict().items():
            v.copy_(state[k].to(v.dtype))
    return meta


# -- writing ---------------------------------------------------------------------------------
def save_weights(net: nn.Module, path: str | os.PathLike, metadata: dict[str, str] | None = None) -> Path:
    """Write net's state_dict atomically: safetensors, or a weights-only .pt if the name ends in .pt."""
    p = Path(path)
    meta = {"format": "lenet-gui weights"}
    arch = getattr(getattr(net, "arch", None), "name", None)
    if arch:
        meta["arch"] = arch
    meta.update({str(k): str(v) for k, v in (metadata or {}).items()})
    state = {k: v.detach().clone().contiguous() for k, v in net.state_dict().items()}
    if p.suffix.lower() in (".pt", ".pth"):
        import io

        buf = io.BytesIO()
        torch.save(state, buf)  # a plain state_dict: loads with weights_only=True anywhere
        payload = buf.getvalue()
    else:
        payload = save_safetensors_bytes(state, metadata=meta)
    atomic_write(p, payload)
    return p


def atomic_write(path: Path, payload: bytes) -> None:
    """Write to a temporary file beside path, then rename over it: the old file survives any failure."""
    path = Path(path)
    if path.is_dir():
        raise WeightsSaveError(f"“{path}” is a folder; choose a file name.")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as err:
        raise WeightsSaveError(
            f"Could not save “{path.name}”: {err.strerror or err}. The previous file, if any, is unchanged."
        ) from err
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
