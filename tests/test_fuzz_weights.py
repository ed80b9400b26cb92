"""Fuzz tier for weights files: seeded mutations of .safetensors and .pt files the app wrote.

Every mutated file must either load into finite weights or be refused with a WeightsError,
leaving the net exactly as it was. Time and memory are bounded by construction (sizes are
refused before anything is decoded); the inputs stay small, and the tier's peak memory is
checked once at the end.
"""

import io
import json
import random
import resource
import struct
import warnings
import zipfile

import pytest
import torch

from lenet_gui.core import Net, WeightsError, arch_of, load_weights, read_weights, save_weights

CASES_PER_CHUNK = 60
CHUNKS = 6  # per format: 360 mutated files each, about ten seconds for the whole tier


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    net = Net(seed=7)
    return {
        ".safetensors": save_weights(net, folder / "w.safetensors", {"source": "fuzz"}).read_bytes(),
        ".pt": save_weights(net, folder / "w.pt").read_bytes(),
    }


@pytest.fixture(scope="module")
def peak_before():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    yield
    grew_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
    assert grew_mb < 200, f"the fuzz tier's peak memory grew by {grew_mb} MB"


# -- mutations of any file -------------------------------------------------------------------
def flip_bits(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    b = bytearray(data)
    # Half the time aim at the first 600 bytes: the header, the zip's first entries.
    span = len(b) if rng.random() < 0.5 else min(len(b), 600)
    spots = [rng.randrange(span) for _ in range(rng.randint(1, 8))]
    for i in spots:
        b[i] ^= 1 << rng.randrange(8)
    return f"flip bits at {spots}", bytes(b)


def truncate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    cut = rng.randrange(len(data))
    return f"truncate to {cut}", data[:cut]


def insert(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    at = rng.randrange(len(data) + 1)
    extra = rng.randbytes(rng.choice([1, 2, 7, 8, 64, 4096]))
    return f"insert {len(extra)} bytes at {at}", data[:at] + extra + data[at:]


def delete(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    at = rng.randrange(len(data))
    n = rng.choice([1, 4, 8, 100])
    return f"delete {n} bytes at {at}", data[:at] + data[at + n:]


def overwrite_number(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """A 2-, 4- or 8-byte field set to a boundary value: sizes, counts, offsets."""
    width = rng.choice([2, 4, 8])
    at = rng.randrange(max(1, len(data) - width))
    value = rng.choice([0, 1, 2**(8 * width) - 1, 2**(8 * width - 1), rng.randrange(2**(8 * width))])
    return f"set {width} bytes at {at} to {value}", data[:at] + value.to_bytes(width, "little") + data[at + width:]


ANY = [flip_bits, truncate, insert, delete, overwrite_number]


# -- safetensors-specific ----------------------------------------------------------------------
def split_safetensors(data: bytes):
    (n,) = struct.unpack("<Q", data[:8])
    return json.loads(data[8:8 + n]), data[8 + n:]


def join_safetensors(header, body: bytes, pad: int = 0) -> bytes:
    text = json.dumps(header).encode() + b" " * pad
    return struct.pack("<Q", len(text)) + text + body


def header_length(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    (n,) = struct.unpack("<Q", data[:8])
    value = rng.choice([n + rng.randint(-9, 9), n + 128, n ^ 0x80, rng.randrange(2**64), len(data),
                        len(data) - 8, 2**63, 0, 1])
    value %= 2**64
    return f"header length {n} -> {value}", struct.pack("<Q", value) + data[8:]


def header_entry(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One field of one tensor's entry changed, the header re-encoded to fit."""
    header, body = split_safetensors(data)
    name = rng.choice([k for k in header if k != "__metadata__"])
    entry = header[name]
    field = rng.choice(["dtype", "shape", "data_offsets", "drop", "metadata"])
    if field == "dtype":
        entry["dtype"] = rng.choice(["F64", "F16", "BF16", "I32", "U8", "BOOL", "F8_E4M3", "F8_E5M2",
                                     "C64", "F32", "XYZ", 3])
    elif field == "shape":
        entry["shape"] = rng.choice([[], [0], [2**40, 2**40], [-1], [10**30], entry["shape"][::-1],
                                     [*entry["shape"], 1], "x"])
    elif field == "data_offsets":
        start, end = entry["data_offsets"]
        entry["data_offsets"] = rng.choice([[end, start], [start, end + 4], [0, 2**63], [start, start],
                                            [start - 4, end - 4], [-1, end], [start]])
    elif field == "drop":
        del header[name]
    else:
        header["__metadata__"] = rng.choice([{"a": 1}, [], {"a": {"b": "c"}}, "x", {"k" * 5000: "v"}])
    return f"{name}.{field} edited", join_safetensors(header, body, pad=rng.randrange(256))


def huge_values(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Valid structure, numbers as F64 that overflow float32 or are not finite."""
    header, body = split_safetensors(data)
    state = {k: torch.zeros(v["shape"], dtype=torch.float64) for k, v in header.items() if k != "__metadata__"}
    name = rng.choice(sorted(state))
    state[name].view(-1)[0] = rng.choice([1e300, -1e39, float("nan"), float("inf"), 3.4e38])
    from safetensors.torch import save

    return f"{name} holds a big number", save(state)


SAFETENSORS = ANY + [header_length, header_entry, huge_values]


# -- .pt-specific ----------------------------------------------------------------------------
def members_of(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info, z.read(info)) for info in z.infolist()]


def zip_of(members, compression=zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Duplicate name", UserWarning)  # wanted, for a mutation
        with zipfile.ZipFile(buf, "w", compression) as z:
            for name, payload in members:
                z.writestr(name, payload)
    return buf.getvalue()


def member_edit(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One member rewritten (a valid zip with right CRCs), so the damage reaches the reader."""
    members = [(i.filename, d) for i, d in members_of(data)]
    k = rng.randrange(len(members))
    name, payload = members[k]
    how = rng.choice(["flip", "truncate", "extend", "rename", "duplicate", "drop", "empty"])
    if how == "flip" and payload:
        b = bytearray(payload)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        members[k] = (name, bytes(b))
    elif how == "truncate":
        members[k] = (name, payload[:rng.randrange(len(payload) + 1)])
    elif how == "extend":
        members[k] = (name, payload + rng.randbytes(rng.choice([1, 4, 4096])))
    elif how == "rename":
        members[k] = (rng.choice(["other/" + name.split("/", 1)[1], name + "x", "../" + name, name.upper()]),
                      payload)
    elif how == "duplicate":
        members.append((name, payload))
    elif how == "drop":
        del members[k]
    else:
        members[k] = (name, b"")
    compression = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
    return f"{how} {name}", zip_of(members, compression)


def pickle_edit(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Bytes of data.pkl flipped, inserted or removed, in an otherwise valid zip."""
    members = [(i.filename, d) for i, d in members_of(data)]
    k = next(i for i, (n, _) in enumerate(members) if n.endswith("/data.pkl"))
    b = bytearray(members[k][1])
    at = rng.randrange(len(b))
    how = rng.choice(["flip", "insert", "delete", "opcode"])
    if how == "flip":
        b[at] ^= 1 << rng.randrange(8)
    elif how == "insert":
        b[at:at] = rng.randbytes(rng.randint(1, 6))
    elif how == "delete":
        del b[at:at + rng.randint(1, 6)]
    else:
        b[at] = rng.choice(b"()]}tRQbshjqreu.0N\x85\x86\x87")  # a structural opcode
    members[k] = (members[k][0], bytes(b))
    return f"data.pkl {how} at {at}", zip_of(members)


def central_directory(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """A size or offset field of one central-directory entry set to another value."""
    starts = [i for i in range(len(data) - 4) if data[i:i + 4] == b"PK\x01\x02"]
    at = rng.choice(starts)
    field = rng.choice([("compressed size", 20), ("file size", 24), ("local header offset", 42),
                        ("method", 10)])
    width = 2 if field[0] == "method" else 4
    value = rng.choice([0, 1, 8, 12, 2**(8 * width) - 1, rng.randrange(2**(8 * width))])
    pos = at + field[1]
    return (f"central directory {field[0]} at {at} -> {value}",
            data[:pos] + value.to_bytes(width, "little") + data[pos + width:])


PT = ANY + [member_edit, pickle_edit, central_directory]


# -- the property ----------------------------------------------------------------------------
def check_one(path, description: str) -> str:
    net = Net(seed=0)
    before = {k: v.clone() for k, v in net.state_dict().items()}
    try:
        load_weights(net, path)
    except WeightsError as err:
        assert all(torch.equal(before[k], v) for k, v in net.state_dict().items()), description
        assert str(err) and "Traceback" not in str(err), description
        return "refused"
    assert all(torch.isfinite(v).all() for v in net.state_dict().values()), description
    assert arch_of(read_weights(path)[0]) == "tutorial", description
    return "loaded"


@pytest.mark.parametrize("chunk", range(CHUNKS))
@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
def test_mutated_weights_load_or_are_refused_cleanly(originals, peak_before, tmp_path, suffix, chunk):
    mutations = SAFETENSORS if suffix == ".safetensors" else PT
    outcomes = {"refused": 0, "loaded": 0}
    path = tmp_path / f"mutant{suffix}"
    for case in range(CASES_PER_CHUNK):
        seed = chunk * CASES_PER_CHUNK + case
        rng = random.Random(f"{suffix}-{seed}")
        mutate = rng.choice(mutations)
        description, data = mutate(originals[suffix], rng)
        if rng.random() < 0.2:  # now and then a second mutation on top of the first
            more, data = rng.choice(ANY)(data, rng) if data else ("", data)
            description += f", then {more}"
        path.write_bytes(data)
        outcomes[check_one(path, f"seed {suffix}-{seed}: {mutate.__name__}: {description}")] += 1
    assert outcomes["refused"] > 0  # the mutations do reach the checks
