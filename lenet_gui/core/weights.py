"""Save and load weights safely: safetensors or weights-only .pt, validated before anything is copied."""

from __future__ import annotations

import json
import os
import stat
import struct
from pathlib import Path

import torch
import torch.nn as nn
from safetensors.torch import load as load_safetensors_bytes
from safetensors.torch import save as save_safetensors_bytes

from .atomic import replacing
from .net import ARCHS, copy_state, state_shapes

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
            raise WeightsError(f"“{name}” is a folder, not a weights file. Choose a file inside it.")
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):
            # A named pipe or a device would block open() or read forever and freeze the window.
            raise WeightsError(f"“{name}” is not a regular file (perhaps a pipe or a device), so it holds no weights.")
        size = info.st_size
        if size > MAX_BYTES:
            raise WeightsError(_too_large(name, size))
        with open(p, "rb") as f:
            # Read one byte more than allowed: a file that grew since stat() is still caught.
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise WeightsError(f"There is no file “{p}”. It may have been moved or deleted.") from None
    except PermissionError:
        raise WeightsError(
            f"“{name}” cannot be read: you do not have permission to open it."
        ) from None
    except OSError as err:
        raise WeightsError(f"“{name}” cannot be read: {err.strerror or err}.") from None
    except WeightsError:
        raise
    except ValueError:  # e.g. a NUL character in the path: no file can have that name
        raise WeightsError(f"“{name}” is not a usable file name.") from None
    if len(data) == 0:
        raise WeightsError(f"“{name}” is empty (0 bytes): it holds no weights.")
    if len(data) > MAX_BYTES:
        raise WeightsError(_too_large(name, len(data)))

    if data[:2] == b"PK" or data[:1] == b"\x80":
        state, meta = _read_torch(data, name)
    else:
        state, meta = _read_safetensors(data, name)
    return _unwrap(state, name), meta


def _too_large(name: str, size: int) -> str:
    return (
        f"“{name}” is {size / 1e6:.0f} MB: far too large to be weights for this network, "
        "which take about 0.3 MB."
    )


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
    except Exception:  # whatever the parser trips over, the file is not usable
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
    except Exception:  # refused pickles, damaged zips, cut-short data alike
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
        raise WeightsError(
            f"“{name}” is not a weights file for this network: it should hold a table of named "
            "tensors (conv1.weight, conv1.bias, …), but it holds something else."
        )
    return dict(obj)


# -- checking --------------------------------------------------------------------------------
def arch_of(state: dict[str, torch.Tensor]) -> str | None:
    """The architecture whose state_dict these tensors fit exactly, or None."""
    for arch in ARCHS:
        if _mismatches(state_shapes(arch), state) == []:
            return arch
    return None


def _mismatches(expected: dict[str, tuple[int, ...]], state: dict[str, torch.Tensor]) -> list[str]:
    problems = []
    missing = [k for k in expected if k not in state]
    extra = [k for k in state if k not in expected]
    if missing:
        problems.append("it is missing " + ", ".join(missing))
    if extra:
        problems.append(
            "it has tensors this net does not use: "
            + ", ".join(extra[:5])
            + (" …" if len(extra) > 5 else "")
        )
    for k, shape in expected.items():
        if k in state and tuple(state[k].shape) != tuple(shape):
            problems.append(f"{k} has shape {tuple(state[k].shape)}, but the net needs {tuple(shape)}")
    return problems


def check_weights(net: nn.Module, state: dict[str, torch.Tensor], name: str = "these weights") -> None:
    """Raise WeightsError unless state can be copied into net whole."""
    expected = {k: tuple(v.shape) for k, v in net.state_dict().items()}
    problems = _mismatches(expected, state)
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
    for k in expected:  # in the net's order, so the message names the first layer at fault
        v = state[k]
        if v.layout != torch.strided:
            raise WeightsError(f"“{name}”: {k} is stored in a {v.layout} layout, not as plain weights.")
        if not v.is_floating_point():
            raise WeightsError(
                f"“{name}”: {k} holds whole numbers ({v.dtype}), but weights are decimal "
                "(floating-point) numbers, so this is not a weights file for this network."
            )
        if not torch.isfinite(v).all():
            raise WeightsError(
                f"“{name}”: {k} contains NaN or infinite values, so these weights are broken "
                "(perhaps saved after training diverged)."
            )


def load_weights(net: nn.Module, path: str | os.PathLike) -> dict[str, str]:
    """Load a weights file into net; on any problem raise WeightsError and leave net untouched."""
    state, meta = read_weights(path)
    check_weights(net, state, Path(path).name)
    copy_state(net, state)  # everything was validated, so this copy cannot stop half-way
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
        payload = _sorted_metadata(save_safetensors_bytes(state, metadata=meta))
    atomic_write(p, payload)
    return p


def _sorted_metadata(payload: bytes) -> bytes:
    """The same safetensors file with its metadata table in sorted key order.

    safetensors writes the metadata table in hash order, which differs from one save to the
    next; sorted, the same weights and metadata always give the same bytes (a retrained file
    can be compared with the committed one). The tensors' entries keep their order and data
    offsets, which count from the end of the header, so only the header is rewritten.
    """
    (n,) = struct.unpack("<Q", payload[:8])
    header = json.loads(payload[8:8 + n])
    if isinstance(header.get("__metadata__"), dict):
        header["__metadata__"] = dict(sorted(header["__metadata__"].items()))
    text = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    text += b" " * (-len(text) % 8)  # safetensors pads the header with spaces to 8 bytes
    return struct.pack("<Q", len(text)) + text + payload[8 + n:]


def _file_mode(path: Path) -> int:
    """The old file's permissions, or rw for the owner and r for everyone else."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def atomic_write(path: Path, payload: bytes) -> None:
    """Write to a temporary file beside path, then rename over it: the old file survives any failure."""
    path = Path(path)
    if path.is_dir():
        raise WeightsSaveError(f"“{path}” is a folder; choose a file name.")
    try:
        with replacing(path, prefix=f".{path.name}.", mode=_file_mode(path)) as f:
            f.write(payload)
    except OSError as err:
        raise WeightsSaveError(
            f"Could not save “{path.name}”: {err.strerror or err}. The previous file, if any, is unchanged."
        ) from err
