"""Weights I/O: round trips, atomic saving, and a clear refusal of every bad or hostile file."""

import os
import pickle
import pickletools
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

import lenet_gui.core.weights as weights_module
from lenet_gui.core import (
    MAX_BYTES,
    Net,
    WeightsError,
    WeightsSaveError,
    arch_of,
    check_weights,
    load_weights,
    read_weights,
    save_weights,
)


def snapshot(net):
    return {k: v.clone() for k, v in net.state_dict().items()}


def same(a, b):
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def refused(path, net=None, match=None):
    """Loading path must raise WeightsError and leave the net exactly as it was."""
    net = net or Net("tutorial", seed=0)
    before = snapshot(net)
    with pytest.raises(WeightsError) as info:
        load_weights(net, path)
    assert same(before, net.state_dict())
    msg = str(info.value)
    assert msg[0].isupper() or msg[0] == "“"  # a sentence, not a bare exception name
    assert msg.rstrip().endswith(".")
    assert "Traceback" not in msg and "<" not in msg
    if match:
        assert match in msg, msg
    return msg


# -- round trips ---------------------------------------------------------------------------
@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
@pytest.mark.parametrize("suffix", [".safetensors", ".pt", ".pth", ""])
def test_round_trip(tmp_path, arch, suffix):
    src, dst = Net(arch, seed=1), Net(arch, seed=2)
    path = save_weights(src, tmp_path / f"w{suffix}")
    assert path == tmp_path / f"w{suffix}" and path.is_file()
    assert not same(snapshot(src), snapshot(dst))
    load_weights(dst, path)
    assert same(snapshot(src), snapshot(dst))
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_safetensors_metadata_round_trip(tmp_path):
    path = save_weights(Net("lenet5", seed=0), tmp_path / "w.safetensors", {"source": "test", "steps": 12})
    meta = load_weights(Net("lenet5"), path)
    assert meta == {"format": "lenet-gui weights", "arch": "lenet5", "source": "test", "steps": "12"}
    assert read_weights(path)[1] == meta


def test_pt_is_a_plain_state_dict_the_tutorial_can_load(tmp_path):
    net = Net(seed=3)
    path = save_weights(net, tmp_path / "w.pt")
    state = torch.load(path, weights_only=True)
    assert list(state) == list(net.state_dict())
    fresh = Net(seed=4)
    fresh.load_state_dict(state)
    assert same(snapshot(fresh), snapshot(net))


def test_files_written_by_others_load(tmp_path):
    net = Net(seed=5)
    torch.save(net.state_dict(), tmp_path / "plain.pt")
    torch.save({"epoch": 3, "model_state_dict": net.state_dict()}, tmp_path / "checkpoint.pt")
    save_file({k: v.contiguous() for k, v in net.state_dict().items()}, tmp_path / "other.safetensors")
    torch.save({k: v.double() for k, v in net.state_dict().items()}, tmp_path / "double.pt")
    for name in ("plain.pt", "checkpoint.pt", "other.safetensors", "double.pt"):
        target = Net(seed=6)
        load_weights(target, tmp_path / name)
        assert same(snapshot(target), snapshot(net)), name


def test_arch_of():
    assert arch_of(Net("tutorial", seed=0).state_dict()) == "tutorial"
    assert arch_of(Net("lenet5", seed=0).state_dict()) == "lenet5"
    assert arch_of({"x": torch.zeros(1)}) is None


def test_checking_a_file_leaves_the_global_rng_alone(tmp_path):
    path = save_weights(Net("lenet5", seed=0), tmp_path / "w.safetensors")
    torch.manual_seed(3)
    expected = torch.rand(4)
    torch.manual_seed(3)
    arch_of(read_weights(path)[0])
    with pytest.raises(WeightsError):
        load_weights(Net("tutorial", seed=0), path)
    assert torch.equal(torch.rand(4), expected)


def test_saved_file_has_normal_permissions(tmp_path):
    path = save_weights(Net(seed=0), tmp_path / "w.safetensors")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    path.chmod(0o600)
    save_weights(Net(seed=1), path)  # overwriting keeps the file's own permissions
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- atomic saving -------------------------------------------------------------------------
@pytest.mark.parametrize("fail", ["replace", "fsync"])
def test_failed_save_keeps_the_old_file(tmp_path, monkeypatch, fail):
    path = save_weights(Net(seed=0), tmp_path / "w.safetensors")
    old = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(weights_module.os, fail, boom)
    with pytest.raises(WeightsSaveError) as info:
        save_weights(Net(seed=1), path)
    assert isinstance(info.value, WeightsError) and isinstance(info.value, ValueError)
    assert "unchanged" in str(info.value) and "Input/output error" in str(info.value)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["w.safetensors"]  # temp file cleaned up


def test_read_only_folder(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    old_path = save_weights(Net(seed=0), folder / "w.pt")
    old = old_path.read_bytes()
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:
            # root writes through chmod, so simulate the refusal the folder would give a user.
            def denied(*args, **kwargs):
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(tempfile, "mkstemp", denied)
        with pytest.raises(WeightsSaveError, match="Permission denied"):
            save_weights(Net(seed=1), folder / "w.pt")
        with pytest.raises(WeightsSaveError):
            save_weights(Net(seed=1), folder / "new.pt")
    finally:
        folder.chmod(0o755)
    assert old_path.read_bytes() == old
    assert sorted(p.name for p in folder.iterdir()) == ["w.pt"]


def test_save_into_a_folder_name_or_missing_folder(tmp_path):
    with pytest.raises(WeightsSaveError, match="folder"):
        save_weights(Net(seed=0), tmp_path)
    with pytest.raises(WeightsSaveError, match="No such file"):
        save_weights(Net(seed=0), tmp_path / "nope" / "w.pt")


# -- bad files -----------------------------------------------------------------------------
def test_empty_file(tmp_path):
    (tmp_path / "e.safetensors").write_bytes(b"")
    refused(tmp_path / "e.safetensors", match="empty")


@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
def test_truncated_file(tmp_path, suffix):
    path = save_weights(Net(seed=0), tmp_path / f"w{suffix}")
    data = path.read_bytes()
    for cut in (4, 100, len(data) // 2, len(data) - 1):
        path.write_bytes(data[:cut])
        refused(path, match="not a weights file")


@pytest.mark.parametrize("start", [b"", b"\x80\x02", b"PK\x03\x04", b"\xff" * 8])
def test_random_bytes(tmp_path, start):
    data = start + torch.randint(0, 256, (5000,), generator=torch.Generator().manual_seed(0),
                                 dtype=torch.uint8).numpy().tobytes()
    (tmp_path / "r.bin").write_bytes(data)
    refused(tmp_path / "r.bin", match="not a weights file")


def test_text_file(tmp_path):
    (tmp_path / "notes.txt").write_text("These are my notes about the network, not weights.\n")
    refused(tmp_path / "notes.txt", match="not a weights file")
    (tmp_path / "tiny.txt").write_text("hi")
    refused(tmp_path / "tiny.txt", match="not a weights file")
    (tmp_path / "a.json").write_text('{"conv1.weight": [1, 2, 3]}')
    refused(tmp_path / "a.json", match="not a weights file")


def test_a_directory(tmp_path):
    refused(tmp_path, match="folder")


def test_missing_path(tmp_path):
    refused(tmp_path / "missing.safetensors", match="There is no file")


def test_file_larger_than_max_bytes(tmp_path):
    path = tmp_path / "huge.safetensors"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: takes no disk space
    msg = refused(path, match="far too large")
    assert "17 MB" in msg


def test_no_read_permission(tmp_path, monkeypatch):
    path = save_weights(Net(seed=1), tmp_path / "w.safetensors")
    path.chmod(0)
    try:
        if os.geteuid() == 0:
            # root reads through chmod 0, so simulate the refusal a user would get.
            def denied(*args, **kwargs):
                raise PermissionError(13, "Permission denied", str(path))

            monkeypatch.setattr(weights_module, "open", denied, raising=False)
        refused(path, match="permission")
    finally:
        path.chmod(0o644)


def test_another_architecture(tmp_path):
    path = save_weights(Net("lenet5", seed=0), tmp_path / "lenet5.safetensors")
    msg = refused(path, Net("tutorial", seed=0), match="Switch the architecture")
    assert "LeNet-5" in msg
    path = save_weights(Net("tutorial", seed=0), tmp_path / "tutorial.pt")
    refused(path, Net("lenet5", seed=0), match="Switch the architecture")


def _save_state(tmp_path, name, state):
    path = tmp_path / name
    if name.endswith(".pt"):
        torch.save(state, path)
    else:
        save_file(state, path)
    return path


@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
def test_wrong_shapes_extra_and_missing_keys(tmp_path, suffix):
    good = {k: v.clone() for k, v in Net(seed=0).state_dict().items()}

    state = dict(good, **{"fc3.weight": torch.zeros(5, 84)})
    msg = refused(_save_state(tmp_path, "shape" + suffix, state), match="different network")
    assert "fc3.weight has shape (5, 84), but the net needs (10, 84)" in msg

    state = dict(good, extra=torch.zeros(3))
    refused(_save_state(tmp_path, "extra" + suffix, state), match="tensors this net does not use: extra")

    state = {k: v for k, v in good.items() if k != "fc2.bias"}
    refused(_save_state(tmp_path, "missing" + suffix, state), match="is missing fc2.bias")

    state = {f"model.{k}": v for k, v in good.items()}
    refused(_save_state(tmp_path, "prefixed" + suffix, state), match="different network")


@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
def test_nan_and_int_values(tmp_path, suffix):
    good = {k: v.clone() for k, v in Net(seed=0).state_dict().items()}
    nan = dict(good)
    nan["conv2.bias"] = nan["conv2.bias"].clone()
    nan["conv2.bias"][3] = float("nan")
    refused(_save_state(tmp_path, "nan" + suffix, nan), match="NaN")
    ints = {k: v.to(torch.int32) for k, v in good.items()}
    refused(_save_state(tmp_path, "int" + suffix, ints), match="whole numbers")


def test_pt_with_non_tensor_objects(tmp_path):
    torch.save({"conv1.weight": [1.0, 2.0, 3.0]}, tmp_path / "list.pt")
    refused(tmp_path / "list.pt", match="not a weights file")
    torch.save("just a string", tmp_path / "string.pt")
    refused(tmp_path / "string.pt", match="not a weights file")
    torch.save(torch.zeros(3), tmp_path / "tensor.pt")
    refused(tmp_path / "tensor.pt", match="not a weights file")
    torch.save({}, tmp_path / "empty_dict.pt")
    refused(tmp_path / "empty_dict.pt", match="not a weights file")


# -- hostile files -------------------------------------------------------------------------
class Hostile:
    """Unpickling this runs a shell command: what a malicious "weights" file would do."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_the_hostile_pickle_really_runs_code_when_unpickled(tmp_path):
    # The control: plain pickle runs the command, so the refusals below are meaningful.
    marker = tmp_path / "control_marker"
    pickle.loads(pickle.dumps(Hostile(marker)))
    assert marker.exists()


def _hostile_files(tmp_path, marker):
    files = {}
    torch.save(Hostile(marker), tmp_path / "torch_save.pt")
    files["torch_save"] = tmp_path / "torch_save.pt"
    state = dict(Net(seed=0).state_dict())
    state["conv1.bias"] = Hostile(marker)
    torch.save(state, tmp_path / "inside_state.pt")
    files["inside_state"] = tmp_path / "inside_state.pt"
    for protocol in (0, 2, 5):  # 0 starts with text, 2 and 5 with the 0x80 opcode
        path = tmp_path / f"raw{protocol}.pt"
        path.write_bytes(pickle.dumps(Hostile(marker), protocol=protocol))
        files[f"raw{protocol}"] = path
    # A raw pickle inside a zip laid out like torch.save's.
    path = tmp_path / "zipped.pt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("archive/data.pkl", pickle.dumps(Hostile(marker), protocol=2))
        z.writestr("archive/version", "3\n")
    files["zipped"] = path
    return files


def test_hostile_pt_is_refused_and_nothing_runs(tmp_path):
    marker = tmp_path / "hostile_marker"
    for kind, path in _hostile_files(tmp_path, marker).items():
        refused(path, match="not a weights file")
        assert not marker.exists(), kind
        with pytest.raises(WeightsError, match="not a weights file"):
            read_weights(path)
        assert not marker.exists(), kind
    # The name does not matter: a pickle renamed to .safetensors is refused the same way.
    renamed = tmp_path / "renamed.safetensors"
    renamed.write_bytes((tmp_path / "torch_save.pt").read_bytes())
    refused(renamed, match="not a weights file")
    assert not marker.exists()


def test_messages_are_plain_english(tmp_path):
    (tmp_path / "e.pt").write_bytes(b"")
    (tmp_path / "t.txt").write_text("hello there, not weights")
    torch.save(Hostile(tmp_path / "m"), tmp_path / "h.pt")
    msgs = [
        refused(tmp_path / "e.pt"),
        refused(tmp_path / "t.txt"),
        refused(tmp_path / "h.pt"),
        refused(tmp_path / "missing.pt"),
    ]
    assert msgs[0] == "“e.pt” is empty (0 bytes): it holds no weights."
    assert msgs[1] == (
        "“t.txt” is not a weights file: it is neither a safetensors nor a PyTorch .pt file, "
        "or it was cut short."
    )
    assert msgs[2].startswith("“h.pt” is not a weights file: it is damaged, cut short, or holds")
    assert "could run code" in msgs[2]
    for m in msgs:
        assert "Error" not in m and "errno" not in m.lower()



# -- a file the app wrote always reopens -------------------------------------------------------
def test_a_saved_file_reopens_whatever_its_header_length(tmp_path):
    """A header length of 128 mod 256 makes the file start with 0x80, a pickle's first byte."""
    net = Net(seed=0)
    lengths = set()
    for extra in range(256):  # the header grows by one character each time (padded to 8)
        path = save_weights(net, tmp_path / "w.safetensors", {"source": "x" * extra})
        data = path.read_bytes()
        lengths.add(int.from_bytes(data[:8], "little") % 256)
        fresh = Net(seed=1)
        assert load_weights(fresh, path)["source"] == "x" * extra
        assert same(snapshot(fresh), snapshot(net))
    assert lengths == set(range(0, 256, 8))  # every length the app writes, 128 included


def test_a_safetensors_file_reopens_over_every_header_length_mod_256(tmp_path):
    """Other writers need not pad the header to 8 bytes: every length must still read."""
    net = Net(seed=0)
    data = save_weights(net, tmp_path / "w.safetensors").read_bytes()
    n = int.from_bytes(data[:8], "little")
    header = data[8:8 + n].rstrip(b" ")
    path = tmp_path / "padded.safetensors"
    for pad in range(256):
        text = header + b" " * pad  # trailing spaces are allowed in the JSON header
        path.write_bytes(len(text).to_bytes(8, "little") + text + data[8 + n:])
        fresh = Net(seed=1)
        load_weights(fresh, path)
        assert same(snapshot(fresh), snapshot(net)), pad


def test_a_pickle_stream_from_an_old_pytorch_is_named(tmp_path):
    path = tmp_path / "old.pt"
    torch.save(Net(seed=0).state_dict(), path, _use_new_zipfile_serialization=False)
    refused(path, match="older than 1.6")


# -- values after the cast, types, devices and layouts ---------------------------------------
def _state(**changes):
    state = {k: v.clone() for k, v in Net(seed=0).state_dict().items()}
    state.update(changes)
    return state


@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
def test_numbers_beyond_float32_are_refused(tmp_path, suffix):
    big = _state()
    big = {k: v.double() for k, v in big.items()}
    big["fc1.weight"][0, 0] = 1e300  # finite in float64, inf in the net's float32
    msg = refused(_save_state(tmp_path, "big" + suffix, big), match="too large")
    assert "fc1.weight" in msg and "3.4e+38" in msg


def test_reset_never_returns_to_refused_weights(tmp_path):
    from lenet_gui.core import Session

    session = Session(weights="random", seed=3)
    good = snapshot(session.net)
    big = {k: v.double() for k, v in _state().items()}
    big["conv1.bias"][0] = -1e300
    path = _save_state(tmp_path, "big.safetensors", big)
    with pytest.raises(WeightsError, match="too large"):
        session.open_weights(path)
    session.reset()
    assert same(snapshot(session.net), good)
    assert torch.isfinite(session.net(torch.zeros(1, 1, 32, 32))).all()


@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
@pytest.mark.parametrize("dtype", [torch.float8_e4m3fn, torch.float8_e5m2])
def test_float8_weights_are_refused_by_name(tmp_path, suffix, dtype):
    state = {k: v.to(dtype) for k, v in _state().items()}
    msg = refused(_save_state(tmp_path, "f8" + suffix, state), match="cannot compute with")
    assert str(dtype).removeprefix("torch.") in msg


@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
def test_complex_weights_are_called_complex(tmp_path, suffix):
    state = {k: v.to(torch.complex64) for k, v in _state().items()}
    msg = refused(_save_state(tmp_path, "c" + suffix, state), match="complex numbers")
    assert "whole numbers" not in msg


def test_meta_and_sparse_tensors_are_refused(tmp_path):
    meta = _state(**{"conv1.weight": torch.empty(6, 1, 3, 3, device="meta")})
    refused(_save_state(tmp_path, "meta.pt", meta), match="no numbers")
    sparse = _state(**{"fc2.weight": torch.zeros(84, 120).to_sparse()})
    refused(_save_state(tmp_path, "sparse.pt", sparse), match="layout")
    net = Net(seed=0)
    with pytest.raises(WeightsError, match="no numbers"):
        check_weights(net, meta)
    with pytest.warns(UserWarning, match="deprecated"):
        q = torch.quantize_per_tensor(torch.zeros(10), 0.1, 0, torch.qint8)
    quantized = _state(**{"fc3.bias": q})
    with pytest.raises(WeightsError, match="quantized"):
        check_weights(net, quantized)


def test_strided_views_and_other_float_types_load(tmp_path):
    src = Net(seed=4)
    state = {k: v.clone() for k, v in src.state_dict().items()}
    state["fc1.weight"] = state["fc1.weight"].t().contiguous().t()  # non-contiguous
    state["conv2.weight"] = state["conv2.weight"].to(memory_format=torch.channels_last)
    state["fc3.bias"] = torch.full((1,), 0.5).expand(10)  # one number seen ten times
    state["fc2.bias"] = state["fc2.bias"].half()
    state["conv1.bias"] = torch.nn.Parameter(state["conv1.bias"].to(torch.bfloat16))
    torch.save(state, tmp_path / "views.pt")
    net = Net(seed=5)
    load_weights(net, tmp_path / "views.pt")
    assert torch.equal(net.fc1.weight, src.fc1.weight) and torch.equal(net.conv2.weight, src.conv2.weight)
    assert torch.equal(net.fc3.bias, torch.full((10,), 0.5))
    assert torch.equal(net.fc2.bias, src.fc2.bias.half().float())


# -- .pt bombs: refused from the zip's directory and the pickle's opcodes -----------------------
def _pt_members(state):
    import io

    buf = io.BytesIO()
    torch.save(state, buf)
    with zipfile.ZipFile(buf) as z:
        return {n: z.read(n) for n in z.namelist()}


def _write_zip(path, members, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _with_pickle(tmp_path, name, pickle_bytes):
    members = _pt_members(_state())
    members["archive/data.pkl"] = pickle_bytes
    return _write_zip(tmp_path / name, members)


def test_a_storage_that_inflates_beyond_any_weights_is_refused_unread(tmp_path):
    members = _pt_members(_state())
    storage = next(n for n in members if "/data/" in n)
    members[storage] = bytes(64 * 1024 * 1024)  # 64 MB of zeros deflate to ~64 kB
    path = _write_zip(tmp_path / "bomb.pt", members, zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 1024 * 1024
    refused(path, match="unpack to more than 16 MB")


def test_a_table_of_contents_larger_than_weights_need_is_refused_unread(tmp_path):
    pkl = b"\x80\x02]" + b"K\x01a" * 400_000 + b"."  # a list of 400,000 ones: 1.2 MB
    refused(_with_pickle(tmp_path, "long.pt", pkl), match="larger than 1 MB")


def test_a_zip_not_laid_out_by_torch_save_is_refused(tmp_path):
    members = _pt_members(_state())
    members["archive/code/__torch__.py"] = b"print('hi')"  # a TorchScript-like archive
    refused(_write_zip(tmp_path / "script.pt", members), match="TorchScript")
    members = _pt_members(_state())
    members["archive/../escape"] = b""
    refused(_write_zip(tmp_path / "climb.pt", members), match="not one laid out")
    members = _pt_members(_state())
    members["archive/.data/a_record_of_a_later_torch"] = b"1"  # harmless, and torch ignores it
    net = Net(seed=1)
    load_weights(net, _write_zip(tmp_path / "later.pt", members))
    assert same(snapshot(net), _state())
    members = {f"a{i}/{n.split('/', 1)[1]}": d for i, (n, d) in enumerate(_pt_members(_state()).items())}
    refused(_write_zip(tmp_path / "mixed.pt", members), match="not one laid out")


def _long_put(i: int) -> bytes:
    return b"r" + i.to_bytes(4, "little")  # LONG_BINPUT: far above the indices torch.save uses


def _long_get(i: int) -> bytes:
    return b"j" + i.to_bytes(4, "little")  # LONG_BINGET


def shared_lists(levels: int, base: int = 1_000_000) -> bytes:
    """Opcodes for level i = (level i-1, level i-1): 2**levels leaves from 11 bytes a level."""
    body = b"]" + _long_put(base)
    for i in range(1, levels + 1):
        # The level below is on the stack; a second reference from the memo, then TUPLE2.
        body += _long_get(base + i - 1) + b"\x86" + _long_put(base + i)
    return body


def deep_list(depth: int) -> bytes:
    return b"]" * depth + b"a" * (depth - 1)  # EMPTY_LIST × depth, APPEND × depth-1


def deep_tuple_key(depth: int) -> bytes:
    """{((…(),),): None}: hashing the key recurses in C once per level."""
    return b"})" + b"\x85" * depth + b"Ns"  # EMPTY_DICT, EMPTY_TUPLE, TUPLE1 × depth, NONE, SETITEM


def pt_with_metadata_value(path: Path, opcodes: bytes) -> Path:
    """A real .pt of the tutorial net whose metadata "extra" is what the opcodes build."""
    torch.save({"state_dict": _state(), "metadata": {"note": "hi", "n": 3, "extra": None}}, path)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in members if n.endswith("/data.pkl"))
    pkl = members[name]
    ops = list(pickletools.genops(pkl))
    at = next(i for i, (op, arg, _) in enumerate(ops) if arg == "extra")
    none = next(pos for op, _, pos in ops[at:] if op.name == "NONE")
    members[name] = pkl[:none] + opcodes + pkl[none + 1:]
    return _write_zip(path, members)


def test_nested_metadata_is_left_out_not_rendered(tmp_path):
    # 20 levels of shared lists: a million leaves if rendered as text, 440 bytes in the file.
    path = pt_with_metadata_value(tmp_path / "meta.pt", shared_lists(20))
    net = Net(seed=1)
    assert load_weights(net, path) == {"note": "hi", "n": "3"}
    assert same(snapshot(net), _state())


@pytest.mark.parametrize("kind", ["shared lists", "deep list", "deep tuple key"])
def test_metadata_bombs_are_refused_before_loading(tmp_path, kind):
    opcodes = {
        "shared lists": shared_lists(40),  # 2**40 leaves: rendering it never finishes
        "deep list": deep_list(3000),  # rendering it raised RecursionError
        "deep tuple key": deep_tuple_key(200),  # deep enough to refuse, shallow enough to hash
    }[kind]
    refused(pt_with_metadata_value(tmp_path / "bomb.pt", opcodes), match="nested more than 32")


@pytest.mark.parametrize("global_, args", [
    (b"builtins\nbytearray", b"J\x00\x00\x00\x01\x85"),  # bytearray(16 MB): allowed by torch
    (b"torch\nFloatTensor", b"K\x02\x85"),
    (b"torch._utils\n_rebuild_qtensor", b")"),
    (b"os\nsystem", b"X\x04\x00\x00\x00true\x85"),
    (b"torch.storage\nUntypedStorage", b"J\x00\x00\x00\x40\x85"),  # named in float8 files
    (b"torch\nfloat32", b")"),
])
def test_calls_torch_save_never_writes_are_refused_before_loading(tmp_path, global_, args):
    pkl = b"\x80\x02c" + global_ + b"\n" + args + b"R."
    refused(_with_pickle(tmp_path, "call.pt", pkl), match="holds Python objects")


# -- permissions and what a killed save leaves -------------------------------------------------
@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_users_umask(tmp_path, umask, expected):
    old = os.umask(umask)
    try:
        path = save_weights(Net(seed=0), tmp_path / "w.safetensors")
        pt = save_weights(Net(seed=0), tmp_path / "w.pt")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == expected
    assert stat.S_IMODE(pt.stat().st_mode) == expected


class SaveInAnotherProcess:
    """A save of target in another process, held mid-write until kill()."""

    def __init__(self, target: Path):
        import subprocess
        import sys

        code = (
            "import os, sys, time\n"
            "from lenet_gui.core import Net, save_weights\n"
            "os.fsync = lambda fd: (print('writing', flush=True), time.sleep(600))\n"
            "save_weights(Net(seed=1), sys.argv[1])\n"
        )
        self.child = subprocess.Popen([sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE,
                                      cwd=Path(__file__).resolve().parents[1])
        try:
            assert self.child.stdout.readline() == b"writing\n"
        except BaseException:
            self.kill()
            raise
        self.temps = [p for p in target.parent.iterdir() if p.name.startswith(f".{target.name}.")]
        assert len(self.temps) == 1

    def kill(self):
        self.child.kill()
        self.child.wait()
        self.child.stdout.close()


def age(path: Path, seconds: float) -> None:
    info = os.stat(path, follow_symlinks=False)
    os.utime(path, (info.st_atime - seconds, info.st_mtime - seconds), follow_symlinks=False)


def test_a_save_cleans_what_a_killed_save_left(tmp_path):
    target = save_weights(Net(seed=0), tmp_path / "w.safetensors")
    other = SaveInAnotherProcess(target)
    (temp,) = other.temps
    try:
        # While that save is alive its file is in use, however old: another save leaves it.
        age(temp, 3600)
        save_weights(Net(seed=2), target)
        assert temp.exists()
    finally:
        other.kill()
    assert temp.exists()  # nothing cleans up after a killed process by itself
    # Files that only look like ours are left alone.
    others = [tmp_path / ".w.safetensors.notours.tmp", tmp_path / ".other.safetensors.abcd1234.tmp",
              tmp_path / "w.safetensors.abcd1234.tmp"]
    for p in others:
        p.write_bytes(b"keep")
        age(p, 3600)
    link = tmp_path / ".w.safetensors.zzzz9999.tmp"
    link.symlink_to(others[0])
    age(link, 3600)
    fifo = tmp_path / ".w.safetensors.fifo1234.tmp"  # opening it to read must not wait for a writer
    os.mkfifo(fifo)
    age(fifo, 3600)
    save_weights(Net(seed=3), target)
    assert not temp.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, link.name, fifo.name] + [p.name for p in others])
    fresh = Net(seed=0)
    load_weights(fresh, target)
    assert same(snapshot(fresh), snapshot(Net(seed=3)))


def test_a_fresh_temporary_file_is_not_taken_for_a_stale_one(tmp_path):
    target = save_weights(Net(seed=0), tmp_path / "w.pt")
    other = SaveInAnotherProcess(target)
    other.kill()
    save_weights(Net(seed=2), target)  # seconds old at most: it may be a save just starting
    assert other.temps[0].exists()


def test_bombs_are_refused_without_the_memory_or_the_crash(tmp_path):
    """Each bomb is opened in a fresh process that reports what it raised and its peak memory."""
    import json
    import subprocess
    import sys

    bombs = {}
    members = _pt_members(_state())
    storage = next(n for n in members if "/data/" in n)
    path = tmp_path / "inflates.pt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            if name == storage:
                with z.open(name, "w") as f:  # 128 MB of zeros, streamed: ~125 kB on disk
                    for _ in range(128):
                        f.write(bytes(1024 * 1024))
            else:
                z.writestr(name, data)
    bombs["inflating storage"] = path
    bombs["bytearray call"] = _with_pickle(
        tmp_path, "call.pt", b"\x80\x02cbuiltins\nbytearray\nJ\x00\x00\x00\x10\x85R.")  # 256 MB
    bombs["deep tuple key"] = pt_with_metadata_value(tmp_path / "key.pt", deep_tuple_key(300_000))
    code = (  # peak memory only rises, so one process per bomb
        "import json, resource, sys\n"
        "from lenet_gui.core import Net, WeightsError, load_weights\n"
        "net = Net(seed=0)\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        "    load_weights(net, sys.argv[1])\n"
        "    raised = None\n"
        "except Exception as err:\n"
        "    raised = type(err).__name__\n"
        "grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before\n"
        "print(json.dumps([raised, grew // 1024]), flush=True)\n"
    )
    for kind, path in bombs.items():
        run = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                             cwd=Path(__file__).resolve().parents[1])
        assert run.returncode == 0, (kind, run.returncode, run.stderr.decode()[-2000:])
        raised, grew_mb = json.loads(run.stdout)
        assert raised == "WeightsError", kind
        assert grew_mb < 64, f"{kind}: peak memory grew by {grew_mb} MB"


def test_a_safetensors_header_of_countless_tensors_is_refused_before_they_are_made(tmp_path):
    import json

    header = {f"t{i}": {"dtype": "F32", "shape": [0], "data_offsets": [0, 0]} for i in range(5000)}
    text = json.dumps(header).encode()
    path = tmp_path / "many.safetensors"
    path.write_bytes(len(text).to_bytes(8, "little") + text)
    refused(path, match="holds 5,000 tensors")
