"""Save and load weights safely: safetensors or weights-only .pt, validated before anything is copied."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import struct
import warnings
from pathlib import Path

import torch
import torch.nn as nn
from safetensors.torch import load as load_safetensors_bytes
from safetensors.torch import save as save_safetensors_bytes

from . import torchfile
from .atomic import remove_stale, replacing
from .net import ARCHS, copy_state, state_shapes
from .text import QT_TRANSLATE_NOOP, joined

# The larger of the two nets holds 81,194 float32 numbers (~325 kB); anything far bigger is
# not weights for it, and reading it whole would only cost memory.
MAX_BYTES = 16 * 1024 * 1024
MAX_TENSORS = 1024  # the nets have 10; a checkpoint with optimizer state a few dozen
# The floating-point types the nets compute in, or are converted from losslessly enough.
SUPPORTED_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)
# torch.save before PyTorch 1.6 wrote a bare pickle stream that starts with this magic number.
_LEGACY_TORCH = b"\x80\x02\x8a\x0al\xfc\x9cF\xf9 j\xa8P\x19."
_JSON_OBJECT = re.compile(rb"[ \t\r\n]*\{")


class WeightsError(ValueError):
    """A weights file that cannot be used, with a message a student can act on."""


class WeightsSaveError(WeightsError):
    """Saving failed; the previous file, if any, is untouched."""


# -- reading ---------------------------------------------------------------------------------
def read_weights(path: str | os.PathLike) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """Read a state_dict and its metadata from a file, refusing anything that is not plain tensors."""
    p = _path(path)
    name = p.name or str(p)
    try:
        if p.is_dir():
            raise WeightsError(QT_TRANSLATE_NOOP("Weights", '“{name}” is a folder, not a weights file. Choose a file inside it.').format(name=name))
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):
            # A named pipe or a device would block open() or read forever and freeze the window.
            raise WeightsError(QT_TRANSLATE_NOOP("Weights", '“{name}” is not a regular file (perhaps a pipe or a device), so it holds no weights.').format(name=name))
        size = info.st_size
        if size > MAX_BYTES:
            raise WeightsError(_too_large(name, size))
        with open(p, "rb") as f:
            # Read one byte more than allowed: a file that grew since stat() is still caught.
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", 'There is no file “{p}”. It may have been moved or deleted.').format(p=p)) from None
    except PermissionError:
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}” cannot be read: you do not have permission to open it.').format(name=name)
        ) from None
    except OSError as err:
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", '“{name}” cannot be read: {problem}.').format(name=name, problem=err.strerror or err)) from None
    except WeightsError:
        raise
    except ValueError:  # e.g. a NUL character in the path: no file can have that name
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", '“{name}” is not a usable file name.').format(name=name)) from None
    if len(data) == 0:
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", '“{name}” is empty (0 bytes): it holds no weights.').format(name=name))
    if len(data) > MAX_BYTES:
        raise WeightsError(_too_large(name, len(data)))

    if _is_safetensors(data):
        state, meta = _read_safetensors(data, name)
    elif data[:4] == b"PK\x03\x04":
        state, meta = _read_torch(data, name)
    elif data.startswith(_LEGACY_TORCH):
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}” was saved by a PyTorch older than 1.6 (2020), in a format this app does not open. Load it in PyTorch and save it again with torch.save.').format(name=name)
        )
    else:
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}” is not a weights file: it is neither a safetensors nor a PyTorch .pt file, or it was cut short.').format(name=name)
        )
    return _unwrap(state, name), meta


def _path(path, error: type[WeightsError] = WeightsError) -> Path:
    if isinstance(path, bytes) or not isinstance(path, str | os.PathLike):
        raise error(QT_TRANSLATE_NOOP("Weights", 'A file name is needed (a text path), not {kind}.').format(kind=type(path).__name__))
    try:
        return Path(path)
    except TypeError:  # an os.PathLike whose __fspath__ returns something else
        raise error(QT_TRANSLATE_NOOP("Weights", 'That is not a usable file name.').msg()) from None


def _is_safetensors(data: bytes) -> bool:
    """The structure of a safetensors file: a little-endian u64 header length that fits the
    file, then a JSON object. A first byte says nothing: header lengths of 128 mod 256 start
    with 0x80, like a pickle."""
    if len(data) < 10:
        return False
    (n,) = struct.unpack("<Q", data[:8])
    return 2 <= n <= len(data) - 8 and _JSON_OBJECT.match(data, 8, 8 + min(n, 64)) is not None


def _too_large(name: str, size: int) -> str:
    return QT_TRANSLATE_NOOP("Weights", "“{name}” is {size:.0f} MB: far too large to be weights for this network, "
                             "which take about 0.3 MB.").format(name=name, size=size / 1e6)


def _read_safetensors(data: bytes, name: str) -> tuple[dict, dict[str, str]]:
    (n,) = struct.unpack("<Q", data[:8])
    try:
        header = json.loads(data[8 : 8 + n])
        count = sum(k != "__metadata__" for k in header) if isinstance(header, dict) else 0
        if count > MAX_TENSORS:
            # Each entry becomes a tensor: a header of 300,000 empty ones costs seconds.
            raise WeightsError(
                QT_TRANSLATE_NOOP("Weights", '“{name}” is not weights for this network: it holds {count:,} tensors, where these nets have 10.').format(name=name, count=count)
            )
        state = load_safetensors_bytes(data)
    except WeightsError:
        raise
    except Exception:  # whatever the parser trips over (RecursionError included), it is unusable
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}” is not a weights file: it looks like a safetensors file, but it is damaged or cut short.').format(name=name)
        ) from None
    meta = header.get("__metadata__") if isinstance(header, dict) else None
    meta = {str(k): str(v) for k, v in meta.items()} if isinstance(meta, dict) else {}
    return state, meta


_REFUSED = {
    "damaged": QT_TRANSLATE_NOOP("Weights", "it is damaged, cut short, or holds Python objects other than tensors (which are "
                                 "refused, because loading them could run code)").msg(),
    "objects": QT_TRANSLATE_NOOP("Weights", "it is damaged, cut short, or holds Python objects other than tensors (which are "
                                 "refused, because loading them could run code)").msg(),
    "layout": QT_TRANSLATE_NOOP("Weights", "it is a zip archive, but not one laid out the way PyTorch's torch.save writes them").msg(),
    "script": QT_TRANSLATE_NOOP("Weights", "it is a TorchScript model (torch.jit.save); save the model's state_dict() with "
                                "torch.save and open that").msg(),
    "large": QT_TRANSLATE_NOOP("Weights", "its contents would unpack to more than {size} MB, far "
                               "more than weights for this network (about 0.3 MB)").format(size=torchfile.MAX_INFLATED // 2**20),
    "objects-large": QT_TRANSLATE_NOOP("Weights", "its table of contents (besides the numbers) is larger than "
                                       "{size} MB, where weights need a few kB").format(size=torchfile.MAX_PICKLE // 2**20),
    "deep": QT_TRANSLATE_NOOP("Weights", "it holds data nested more than {depth} levels deep, which weights never are").format(
        depth=torchfile.MAX_DEPTH),
}


def _read_torch(data: bytes, name: str) -> tuple[dict, dict[str, str]]:
    try:
        torchfile.screen(data)  # sizes, layout and opcodes, before torch.load does any work
    except torchfile.Refused as why:
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", '“{name}” is not a weights file: {reason}.').format(name=name, reason=_REFUSED[str(why)])) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. about the pickle protocol: the file says enough
            # weights_only=True: tensors and plain containers only; a pickle that would run code
            # (or build any other object) is refused here and nothing of it is executed.
            obj = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception:  # refused pickles, damaged zips, cut-short data alike
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", '“{name}” is not a weights file: {reason}.').format(name=name, reason=_REFUSED['damaged'])) from None
    meta = _metadata(obj.get("metadata")) if isinstance(obj, dict) else {}
    return obj, meta


def _metadata(table) -> dict[str, str]:
    """A checkpoint's own metadata as text: only names with plain values; anything else is left
    out (rendering nested containers could take forever: shared lists double at every level)."""
    meta: dict[str, str] = {}
    if not isinstance(table, dict):
        return meta
    for k, v in table.items():
        if isinstance(k, str) and isinstance(v, str | int | float | bool):
            try:
                meta[k] = str(v)
            except ValueError:  # an int with more digits than Python will print
                continue
    return meta


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
            QT_TRANSLATE_NOOP("Weights", '“{name}” is not a weights file for this network: it should hold a table of named tensors (conv1.weight, conv1.bias, …), but it holds something else.').format(name=name)
        )
    return dict(obj)


# -- checking --------------------------------------------------------------------------------
def arch_of(state: dict[str, torch.Tensor]) -> str | None:
    """The architecture whose state_dict these tensors fit exactly, or None."""
    if not _is_state(state):
        return None
    for arch in ARCHS:
        if _mismatches(state_shapes(arch), state) == []:
            return arch
    return None


def _is_state(state) -> bool:
    return isinstance(state, dict) and all(
        isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in state.items()
    )


def _mismatches(expected: dict[str, tuple[int, ...]], state: dict[str, torch.Tensor]) -> list[str]:
    problems = []
    missing = [k for k in expected if k not in state]
    extra = [k for k in state if k not in expected]
    if missing:
        problems.append(QT_TRANSLATE_NOOP("Weights", "it is missing {names}").format(names=", ".join(missing)))
    if extra:
        problems.append(QT_TRANSLATE_NOOP("Weights", "it has tensors this net does not use: {names}").format(
            names=", ".join(extra[:5]) + (" …" if len(extra) > 5 else "")))
    for k, shape in expected.items():
        if k in state and tuple(state[k].shape) != tuple(shape):
            problems.append(QT_TRANSLATE_NOOP("Weights", "{k} has shape {shape}, but the net needs {needed}").format(
                k=k, shape=tuple(state[k].shape), needed=tuple(shape)))
    return problems


def check_weights(net: nn.Module, state: dict[str, torch.Tensor],
                  name: str = "these weights") -> dict[str, torch.Tensor]:
    """Raise WeightsError unless state can be copied into net whole.

    Returns the tensors converted to the net's own types: the values that were checked, and
    so the ones to copy (1e300 is finite in float64 but infinite once in float32).
    """
    if not isinstance(net, nn.Module):
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", 'Weights are loaded into a network (an nn.Module), not {kind}.').format(kind=type(net).__name__))
    if not _is_state(state):
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}” is not weights: it should be a table of named tensors (conv1.weight, conv1.bias, …).').format(name=name)
        )
    own = net.state_dict()
    expected = {k: tuple(v.shape) for k, v in own.items()}
    problems = _mismatches(expected, state)
    if problems:
        arch = arch_of(state)
        here = getattr(getattr(net, "arch", None), "title", None) or QT_TRANSLATE_NOOP("Weights", "this network").msg()
        if arch is not None:
            raise WeightsError(
                QT_TRANSLATE_NOOP("Weights", '“{name}” holds weights for {title}, but the current network is {here}. Switch the architecture first.').format(name=name, title=ARCHS[arch].title, here=here)
            )
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", "“{name}” holds weights for a different network: {problems}.").format(
            name=name, problems=joined("; ", problems[:4])))
    # In the net's order, so the message names the first layer at fault.
    return {k: _checked_tensor(state[k], own[k].dtype, k, name) for k in expected}


def _checked_tensor(v: torch.Tensor, dtype: torch.dtype, k: str, name: str) -> torch.Tensor:
    """v as plain numbers of dtype, or a WeightsError that says what is wrong with it."""
    if v.layout != torch.strided:
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", '“{name}”: {k} is stored in a {layout} layout, not as plain weights.').format(name=name, k=k, layout=v.layout))
    if v.device.type == "meta":
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}”: {k} has a shape but no numbers (it was saved as a “meta” tensor), so these are not weights.').format(name=name, k=k)
        )
    if v.is_complex():
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}”: {k} holds complex numbers ({dtype}), but weights are real numbers, so this is not a weights file for this network.').format(name=name, k=k, dtype=v.dtype)
        )
    if v.is_quantized:
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}”: {k} is quantized ({dtype}); save the weights unquantized (float32).').format(name=name, k=k, dtype=v.dtype)
        )
    if not v.is_floating_point():
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}”: {k} holds whole numbers ({dtype}), but weights are decimal (floating-point) numbers, so this is not a weights file for this network.').format(name=name, k=k, dtype=v.dtype)
        )
    if v.dtype not in SUPPORTED_DTYPES:
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}”: {k} is stored as {value}, a format this app cannot compute with; save the weights as float32, float16, bfloat16 or float64.').format(name=name, k=k, value=str(v.dtype).removeprefix('torch.'))
        )
    if v.device.type != "cpu":  # map_location="cpu" moves everything a file holds; a caller's may not
        v = v.cpu()
    converted = v.detach().to(dtype)
    if not torch.isfinite(converted).all():
        if bool(torch.isfinite(v).all()):
            raise WeightsError(
                QT_TRANSLATE_NOOP("Weights", "“{name}”: {k} holds numbers too large for this network's {value} weights (beyond ±{limit:.1e}), so these weights are broken.").format(name=name, k=k, value=str(dtype).removeprefix('torch.'), limit=torch.finfo(dtype).max)
            )
        raise WeightsError(
            QT_TRANSLATE_NOOP("Weights", '“{name}”: {k} contains NaN or infinite values, so these weights are broken (perhaps saved after training diverged).').format(name=name, k=k)
        )
    return converted


def load_weights(net: nn.Module, path: str | os.PathLike) -> dict[str, str]:
    """Load a weights file into net; on any problem raise WeightsError and leave net untouched."""
    if not isinstance(net, nn.Module):
        raise WeightsError(QT_TRANSLATE_NOOP("Weights", 'Weights are loaded into a network (an nn.Module), not {kind}.').format(kind=type(net).__name__))
    state, meta = read_weights(path)
    state = check_weights(net, state, _path(path).name)
    copy_state(net, state)  # everything was validated, so this copy cannot stop half-way
    return meta


# -- writing ---------------------------------------------------------------------------------
def save_weights(net: nn.Module, path: str | os.PathLike, metadata: dict[str, str] | None = None) -> Path:
    """Write net's state_dict atomically: safetensors, or a weights-only .pt if the name ends in .pt."""
    p = _path(path, WeightsSaveError)
    if not isinstance(net, nn.Module):
        raise WeightsSaveError(QT_TRANSLATE_NOOP("Weights", 'Only a network (an nn.Module) can be saved, not {kind}.').format(kind=type(net).__name__))
    meta = {"format": "lenet-gui weights"}
    arch = getattr(getattr(net, "arch", None), "name", None)
    if arch:
        meta["arch"] = arch
    try:
        meta.update({str(k): str(v) for k, v in dict(metadata or {}).items()})
    except (TypeError, ValueError):
        raise WeightsSaveError(
            QT_TRANSLATE_NOOP("Weights", 'The metadata to save must be a table of names and values that read as text.').msg()
        ) from None
    try:
        state = {k: v.detach().cpu().clone().contiguous() for k, v in net.state_dict().items()}
        if p.suffix.lower() in (".pt", ".pth"):
            buf = io.BytesIO()
            torch.save(state, buf)  # a plain state_dict: loads with weights_only=True anywhere
            payload = buf.getvalue()
        else:
            payload = _sorted_metadata(save_safetensors_bytes(state, metadata=meta))
    except Exception as err:  # e.g. a net whose weights are sparse or have no values (meta)
        raise WeightsSaveError(
            QT_TRANSLATE_NOOP("Weights", 'Could not save “{name}”: these weights cannot be written to a file ({err}). Nothing was written.').format(name=p.name, err=err)
        ) from None
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


def _temp_prefix(path: Path) -> str:
    # Hidden and named after the file; cut short so that a long name leaves room for
    # mkstemp's 8 characters and the suffix within a file name's 255 bytes.
    return f".{path.name[:60]}."


def atomic_write(path: Path, payload: bytes) -> None:
    """Write to a temporary file beside path, then rename over it: the old file survives any failure.

    Temporary files that an earlier, killed save of the same name left beside it are removed
    first. A new file gets the permissions the user's umask gives; a replaced one keeps its own.
    """
    path = _path(path, WeightsSaveError)
    prefix = _temp_prefix(path)
    try:
        if path.is_dir():
            raise WeightsSaveError(QT_TRANSLATE_NOOP("Weights", '“{path}” is a folder; choose a file name.').format(path=path))
        remove_stale(path, prefix)
        with replacing(path, prefix=prefix) as f:
            f.write(payload)
    except ValueError as err:  # a NUL character in the name: no file can have it
        if isinstance(err, WeightsSaveError):
            raise
        raise WeightsSaveError(QT_TRANSLATE_NOOP("Weights", '“{name}” is not a usable file name.').format(name=path.name)) from None
    except OSError as err:
        raise WeightsSaveError(
            QT_TRANSLATE_NOOP("Weights", 'Could not save “{name}”: {problem}. The previous file, if any, is unchanged.').format(name=path.name, problem=err.strerror or err)
        ) from err
