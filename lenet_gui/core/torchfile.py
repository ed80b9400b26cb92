"""Screen a PyTorch .pt zip by its structure before torch.load: sizes, layout and pickle opcodes.

torch.load(weights_only=True) never runs a file's code, but it still trusts the file's sizes and
calls the functions it allows: a small file can make it inflate a huge member, call
bytearray(10**12), or hash a tuple nested a million deep (a C recursion that kills the process).
Everything here reads only the zip's central directory and walks the pickle's opcodes, in time
and memory proportional to the file, and refuses before any of that work is done.
"""

from __future__ import annotations

import io
import pickletools
import zipfile

import torch

# The largest net holds 81,194 numbers: 650 kB even in float64. A checkpoint with optimizer
# state is a few times that. Inflating more than this is not weights for these nets.
MAX_INFLATED = 16 * 1024 * 1024
MAX_MEMBERS = 1024
MAX_PICKLE = 1024 * 1024  # a state_dict's pickle is ~2 kB; a checkpoint's a few kB
MAX_DEPTH = 32  # a checkpoint nests ~8 deep: dict → dict → tensor → args → size tuple

_REBUILDERS = {  # what torch.save writes for tensors in any layout or device, and nothing else
    "_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_tensor_v3", "_rebuild_parameter",
    "_rebuild_sparse_tensor", "_rebuild_meta_tensor_no_storage",
}
_STORAGES = {cls.__name__ for cls in torch._storage_classes} - {"TypedStorage"}
_SCALARS = {
    "NONE", "NEWTRUE", "NEWFALSE", "INT", "BININT", "BININT1", "BININT2", "LONG", "LONG1", "LONG4",
    "FLOAT", "BINFLOAT", "STRING", "BINSTRING", "SHORT_BINSTRING", "UNICODE", "BINUNICODE",
    "SHORT_BINUNICODE", "BINUNICODE8", "BINBYTES", "SHORT_BINBYTES", "BINBYTES8",
}


class Refused(Exception):
    """The file is not a .pt this app opens; the text says why, for the user's message."""


def screen(data: bytes) -> None:
    """Raise Refused unless data is a zip with torch.save's layout whose load is bounded."""
    if data[:4] != b"PK\x03\x04":
        raise Refused("damaged")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise Refused("damaged") from None
    if not infos or len(infos) > MAX_MEMBERS:
        raise Refused("layout")
    names = [i.filename for i in infos]
    prefix = names[0].split("/", 1)[0] + "/"
    if len(set(names)) != len(names) or infos[0].header_offset != 0 \
            or not all(_member_ok(n, prefix) for n in names) or prefix + "data.pkl" not in names:
        raise Refused("layout")
    if prefix + "constants.pkl" in names or any(n.startswith(prefix + "code/") for n in names):
        raise Refused("script")  # torch.jit.save's archive: a program, not a table of weights
    total = 0
    for info in infos:
        # The central directory's sizes are what torch's reader allocates; bound them all.
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused("layout")
        total += info.file_size
        if info.file_size > MAX_INFLATED or total > MAX_INFLATED:
            raise Refused("large")
    pickle_info = archive.getinfo(prefix + "data.pkl")
    if pickle_info.file_size > MAX_PICKLE:
        raise Refused("objects-large")
    try:
        pickle = archive.read(pickle_info)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        raise Refused("damaged") from None
    scan_pickle(pickle)


def _member_ok(name: str, prefix: str) -> bool:
    """A name as torch.save writes them ("<folder>/data.pkl", "<folder>/data/0", ...), in the one
    folder. Records a later torch may add are accepted; a climb out of the folder is not."""
    parts = name.split("/")
    return name.startswith(prefix) and len(parts) > 1 and all(parts) and ".." not in parts \
        and "\\" not in name and ":" not in name


class _Node:
    """One object on the simulated pickle stack: how deeply it nests (shared through the memo),
    and whether it is a function torch.save calls to rebuild what it wrote."""

    __slots__ = ("depth", "callable")

    def __init__(self, depth: int, callable_: bool = False):
        self.depth = depth
        self.callable = callable_


_MARK = object()


def scan_pickle(pickle: bytes) -> None:
    """Walk the opcodes without building anything: allowed globals only, nesting bounded."""
    stack: list = []
    memo: dict[int, _Node] = {}

    def pop_to_mark() -> list[_Node]:
        items = []
        while True:
            item = stack.pop()
            if item is _MARK:
                return items
            items.append(item)

    def deepest(items) -> int:
        return max((i.depth for i in items), default=0)

    def grow(node: _Node, items) -> None:
        node.depth = max(node.depth, 1 + deepest(items))
        if node.depth > MAX_DEPTH:
            raise Refused("deep")

    def new(depth: int) -> _Node:
        if depth > MAX_DEPTH:
            raise Refused("deep")
        return _Node(depth)

    try:
        for op, arg, _pos in pickletools.genops(pickle):
            name = op.name
            if name in _SCALARS:
                stack.append(_Node(0))
            elif name == "GLOBAL":
                if not _allowed_global(arg):
                    raise Refused("objects")
                stack.append(_Node(0, _callable(arg)))
            elif name in ("EMPTY_LIST", "EMPTY_DICT", "EMPTY_SET", "EMPTY_TUPLE"):
                stack.append(_Node(1))
            elif name == "MARK":
                stack.append(_MARK)
            elif name in ("TUPLE", "LIST", "DICT", "FROZENSET"):
                items = pop_to_mark()
                stack.append(new(1 + deepest(items)))
            elif name in ("TUPLE1", "TUPLE2", "TUPLE3"):
                items = [stack.pop() for _ in range(int(name[-1]))]
                if _MARK in items:
                    raise Refused("damaged")
                stack.append(new(1 + deepest(items)))
            elif name in ("APPEND", "BUILD"):
                value = stack.pop()
                grow(stack[-1], [value])
            elif name == "SETITEM":
                value, key = stack.pop(), stack.pop()
                grow(stack[-1], [key, value])
            elif name in ("APPENDS", "SETITEMS", "ADDITEMS"):
                items = pop_to_mark()
                grow(stack[-1], items)
            elif name in ("REDUCE", "NEWOBJ"):
                args = stack.pop()
                if not stack[-1].callable:  # e.g. UntypedStorage(10**12): named, never called
                    raise Refused("objects")
                stack[-1] = new(args.depth)
            elif name == "BINPERSID":
                stack.pop()
                stack.append(_Node(1))
            elif name in ("PUT", "BINPUT", "LONG_BINPUT"):
                memo[int(arg)] = stack[-1]
            elif name == "MEMOIZE":
                memo[len(memo)] = stack[-1]
            elif name in ("GET", "BINGET", "LONG_BINGET"):
                stack.append(memo[int(arg)])
            elif name == "POP":
                stack.pop()
            elif name == "POP_MARK":
                pop_to_mark()
            elif name == "DUP":
                stack.append(stack[-1])
            elif name in ("PROTO", "FRAME"):
                pass
            elif name == "STOP":
                return
            else:  # INST, OBJ, STACK_GLOBAL, EXT*, PERSID, buffers: torch.save writes none
                raise Refused("objects")
    except Refused:
        raise
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        raise Refused("damaged") from None
    raise Refused("damaged")  # no STOP: cut short


def _callable(arg: str) -> bool:
    """Only these are called; storage types and dtypes are only named (in persistent ids)."""
    module, _, name = str(arg).partition(" ")
    return (module == "torch._utils" and name in _REBUILDERS) or (module, name) in (
        ("collections", "OrderedDict"), ("torch", "Size"), ("torch.serialization", "_get_layout"))


def _allowed_global(arg: str) -> bool:
    module, _, name = str(arg).partition(" ")
    if module == "collections":
        return name == "OrderedDict"
    if module == "torch._utils":
        return name in _REBUILDERS
    if module == "torch.serialization":
        return name == "_get_layout"
    if module == "torch.storage":
        return name == "UntypedStorage"
    if module == "torch":
        return name == "Size" or name in _STORAGES or isinstance(getattr(torch, name, None), torch.dtype)
    return False
