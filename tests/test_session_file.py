"""Session.save / Session.open: one file, the whole session back; bad files refused clearly."""

import io
import json
import random
import zipfile

import numpy as np
import pytest
import torch
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from lenet_gui.core import Session, SessionFileError


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def weights(session):
    return [p.detach().clone() for p in session.net.parameters()]


def same(a, b):
    return all(torch.equal(x, y) for x, y in zip(a, b, strict=True))


def drawn_session(arch="tutorial", steps=120):
    s = Session(arch=arch, weights="random", seed=6)
    img = np.zeros((280, 280), np.uint8)
    img[60:220, 130:160] = 255
    s.set_image(img)
    s.set_target("1")
    for _ in range(steps // 2):
        s.step()
    s.trainer.lr = 0.03
    s.trainer.zero_grad = False
    for _ in range(steps // 2):
        s.step()
    return s


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_a_saved_session_opens_as_it_was(tmp_path, arch):
    s = drawn_session(arch)
    s.restore(70)
    for _ in range(15):
        s.step()
    s.set_target("custom", [0.1 * i for i in range(10)])
    s.lesson_state = {"lesson": "lesson-1", "lesson_step": 4}
    path = s.save(tmp_path / "class.lenet")
    o = Session.open(path)
    assert o.arch == arch and same(weights(o), weights(s))
    assert np.array_equal(o.trainer.history.to_numpy(), s.trainer.history.to_numpy())
    assert o.trainer.events == s.trainer.events
    assert (o.trainer.lr, o.trainer.zero_grad, o.target_spec) == (0.03, False, "custom")
    assert torch.equal(o.target, s.target) and torch.equal(o.input, s.input)
    assert np.array_equal(o.drawing, s.drawing)
    assert o.lesson_state == {"lesson": "lesson-1", "lesson_step": 4}
    assert o.timeline.branch == 70 and np.array_equal(o.timeline.ghost, s.timeline.ghost)
    assert o.weights_label == s.weights_label
    # Both go on the same: the next step, a restore, and a reset.
    s.step()
    o.step()
    assert same(weights(o), weights(s))
    for n in (60, 33, 0):
        s.restore(n)
        o.restore(n)
        assert same(weights(o), weights(s)), n
    s.reset()
    o.reset()
    assert same(weights(o), weights(s))


def test_a_new_session_saves_and_opens(tmp_path):
    s = Session(weights="random", seed=0)
    o = Session.open(s.save(tmp_path / "empty.lenet"))
    assert len(o.trainer.history) == 0 and same(weights(o), weights(s)) and o.drawing is None


def test_saving_over_a_file_is_whole_or_nothing(tmp_path, monkeypatch):
    s = drawn_session(steps=20)
    path = s.save(tmp_path / "a.lenet")
    before = path.read_bytes()
    s.lesson_state = {"not json": object()}
    with pytest.raises(SessionFileError, match="lesson_state"):
        s.save(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.lenet"]


def _members(data: bytes) -> tuple[dict, dict]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return json.loads(z.read("session.json")), st_load(z.read("tensors.safetensors"))


def _pack(meta, tensors, json_text=None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("session.json", json_text if json_text is not None else json.dumps(meta))
        z.writestr("tensors.safetensors", st_save({k: v.contiguous() for k, v in tensors.items()}))
    return buf.getvalue()


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    torch.set_num_threads(1)
    s = drawn_session(steps=80)
    s.restore(50)
    for _ in range(10):
        s.step()
    path = s.save(tmp_path_factory.mktemp("saved") / "good.lenet")
    return path.read_bytes()


def _set(d, keys, value):
    for k in keys[:-1]:
        d = d[k]
    d[keys[-1]] = value


BAD_META = [
    (("arch",), "resnet"), (("arch",), 3), (("seed",), -1), (("seed",), "0"), (("steps",), 5),
    (("steps",), 10**12), (("lr",), -0.1), (("lr",), "fast"), (("lr",), None), (("zero_grad",), 1),
    (("target_spec",), "eleven"), (("events",), "none"), (("events",), [[1, "boom", "x"]]),
    (("events",), [[10**9, "lr", "x"]]), (("weights_label",), 42), (("lesson_state",), [1, 2]),
    (("lesson_state",), {"x": "y" * (2**20 + 10)}), (("version",), 99), (("format",), "zip"),
    (("timeline",), None), (("timeline", "checkpoints"), []), (("timeline", "checkpoints", 0, "step"), -3),
    (("timeline", "checkpoints", 1, "base"), 999), (("timeline", "checkpoints", 0, "arch"), "lenet5"),
    (("timeline", "lr"), [[1, "x"]]), (("timeline", "lr"), [[1, -2.0]]), (("timeline", "input"), [[1, 99]]),
    (("timeline", "target"), [[1, 0]]), (("timeline", "zero_grad"), [[0, True]]), (("timeline", "pool"), 10**8),
    (("timeline", "spacing"), 0), (("timeline", "checkpoints", 0, "context"), None),
    (("timeline", "checkpoints", 0, "grads"), "yes"), (("timeline", "checkpoints", 1, "delta"), [0, 10**9]),
    (("timeline", "checkpoints", 1, "delta"), None), (("timeline", "checkpoints", 2, "delta"), [5, 5]),
]


@pytest.mark.parametrize("keys,value", BAD_META, ids=[".".join(map(str, k)) + "=" + repr(v)[:20] for k, v in BAD_META])
def test_wrong_values_in_the_json_are_refused_clearly(tmp_path, saved, keys, value):
    meta, tensors = _members(saved)
    _set(meta, list(keys), value)
    path = tmp_path / "bad.lenet"
    path.write_bytes(_pack(meta, tensors))
    with pytest.raises(SessionFileError) as err:
        Session.open(path)
    assert "bad.lenet" in str(err.value) or "session" in str(err.value)


BAD_TENSORS = [
    ("weights.conv1.weight", torch.zeros(6, 1, 5, 5)),
    ("weights.fc3.bias", torch.full((10,), float("nan"))),
    ("initial.fc1.weight", torch.zeros(120, 576, dtype=torch.float64)),
    ("input", torch.zeros(1, 1, 28, 28)),
    ("target", torch.tensor([[float("inf")] * 10])),
    ("history", torch.zeros(3, dtype=torch.float64)),
    ("drawing", torch.full((10, 10), 2.0)),
    ("drawing", torch.zeros(5000, 2)),
    ("ckpt.0.weights", torch.zeros(7)),
    ("ckpt.packed", torch.zeros(100, dtype=torch.uint8)),
    ("ckpt.packed", torch.zeros(3, dtype=torch.float32)),
    ("pool.0", torch.full((1, 1, 32, 32), float("nan"))),
    ("ghost", torch.zeros(3, dtype=torch.int64)),
]


@pytest.mark.parametrize("key,value", BAD_TENSORS, ids=[k for k, _ in BAD_TENSORS])
def test_wrong_tensors_are_refused_clearly(tmp_path, saved, key, value):
    meta, tensors = _members(saved)
    tensors[key] = value
    path = tmp_path / "bad.lenet"
    path.write_bytes(_pack(meta, tensors))
    with pytest.raises(SessionFileError):
        Session.open(path)


def test_a_missing_tensor_is_refused(tmp_path, saved):
    meta, tensors = _members(saved)
    for key in ("weights.fc2.weight", "history", "input", "ckpt.0.weights", "pool.0", "ckpt.packed"):
        t = dict(tensors)
        del t[key]
        (tmp_path / "bad.lenet").write_bytes(_pack(meta, t))
        with pytest.raises(SessionFileError):
            Session.open(tmp_path / "bad.lenet")


def _replace_delta(meta, tensors, step, data: bytes) -> None:
    """Point checkpoint `step` at new packed bytes, appended to the packed tensor."""
    blob = tensors["ckpt.packed"].numpy().tobytes()
    tensors["ckpt.packed"] = torch.frombuffer(bytearray(blob + data), dtype=torch.uint8)
    entry = next(e for e in meta["timeline"]["checkpoints"] if e["step"] == step)
    entry["delta"] = [len(blob), len(blob) + len(data)]


def test_a_delta_that_decodes_to_nan_is_refused(tmp_path, saved):
    meta, tensors = _members(saved)
    import zlib

    flat = tensors["ckpt.0.weights"]
    nan = np.full(flat.numel(), np.nan, np.float32)
    bits = np.bitwise_xor(flat.numpy().view(np.uint32), nan.view(np.uint32))
    _replace_delta(meta, tensors, 32, b"Z" + zlib.compress(bits.tobytes()))
    (tmp_path / "bad.lenet").write_bytes(_pack(meta, tensors))
    with pytest.raises(SessionFileError, match="not finite"):
        Session.open(tmp_path / "bad.lenet")


@pytest.mark.parametrize("places", [[5, 3], [0, 10**8], [7, 7]])
def test_a_delta_changing_numbers_out_of_place_is_refused(tmp_path, saved, places):
    meta, tensors = _members(saved)
    body = np.array(places, "<u4").tobytes() + np.array([1, 1], "<u4").tobytes()
    _replace_delta(meta, tensors, 32, b"S" + body)
    (tmp_path / "bad.lenet").write_bytes(_pack(meta, tensors))
    with pytest.raises(SessionFileError, match="damaged"):
        Session.open(tmp_path / "bad.lenet")


def test_not_json_nan_json_and_deep_json_are_refused(tmp_path, saved):
    meta, tensors = _members(saved)
    for text in ("{", '{"format": NaN}', "[" * 100_000 + "]" * 100_000, "\xff\xfe", json.dumps(meta).replace("0.03", "NaN")):
        (tmp_path / "bad.lenet").write_bytes(_pack(meta, tensors, json_text=text))
        with pytest.raises(SessionFileError):
            Session.open(tmp_path / "bad.lenet")


def test_a_zip_bomb_and_a_lying_size_are_refused_without_unpacking(tmp_path, saved):
    _, tensors = _members(saved)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("session.json", b" " * (200 * 2**20))  # 200 MB of spaces: ~200 kB packed
        z.writestr("tensors.safetensors", st_save({"x": torch.zeros(1)}))
    (tmp_path / "bomb.lenet").write_bytes(buf.getvalue())
    with pytest.raises(SessionFileError, match="claims"):
        Session.open(tmp_path / "bomb.lenet")
    # A member whose header claims a small size but unpacks to more is cut at the limit.
    data = bytearray(buf.getvalue())
    (tmp_path / "liar.lenet").write_bytes(bytes(data).replace(b"session.json", b"session.jsoX", 1))
    with pytest.raises(SessionFileError):
        Session.open(tmp_path / "liar.lenet")


def test_other_files_are_refused_clearly(tmp_path, saved):
    (tmp_path / "empty.lenet").write_bytes(b"")
    (tmp_path / "text.lenet").write_text("hello")
    (tmp_path / "folder.lenet").mkdir()
    weights_zip = io.BytesIO()
    with zipfile.ZipFile(weights_zip, "w") as z:
        z.writestr("data.pkl", b"\x80\x04K\x01.")
    (tmp_path / "torch.lenet").write_bytes(weights_zip.getvalue())
    for name in ("empty.lenet", "text.lenet", "folder.lenet", "torch.lenet", "missing.lenet"):
        with pytest.raises(SessionFileError) as err:
            Session.open(tmp_path / name)
        assert name in str(err.value)


def test_fuzzed_files_open_or_are_refused_clearly(tmp_path, saved):
    """Truncated, bit-flipped and spliced copies: each opens (a flipped weight is still a
    weight) or raises SessionFileError, never anything else; opened, it still trains."""
    rng = random.Random(1234)
    path = tmp_path / "fuzz.lenet"
    refused = opened = 0
    for i in range(120):
        data = bytearray(saved)
        kind = i % 4
        if kind == 0:
            data = data[: rng.randrange(len(data))]
        elif kind == 1:
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif kind == 2:
            a = rng.randrange(len(data))
            data[a:a + rng.randint(1, 64)] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        else:  # flips in the JSON or the safetensors header, where a flip is most harmful
            meta_at = data.find(b"session.json") + 40
            for _ in range(rng.randint(1, 4)):
                j = meta_at + rng.randrange(400)
                data[j] = rng.randrange(256)
        path.write_bytes(bytes(data))
        try:
            o = Session.open(path)
        except SessionFileError as err:
            assert str(err)
            refused += 1
            continue
        opened += 1
        o.step()
        assert all(torch.isfinite(p).all() for p in o.net.parameters()) or o.trainer.diverged
    assert refused > 0


def test_a_few_words_delta_that_makes_a_nan_is_refused(tmp_path, saved):
    meta, tensors = _members(saved)
    key = tensors["ckpt.0.weights"].numpy().view(np.uint32)
    nan = np.array([np.nan], np.float32).view(np.uint32)
    body = np.array([3], "<u4").tobytes() + (key[3:4] ^ nan).astype("<u4").tobytes()
    _replace_delta(meta, tensors, 32, b"S" + body)
    (tmp_path / "bad.lenet").write_bytes(_pack(meta, tensors))
    with pytest.raises(SessionFileError, match="not finite"):
        Session.open(tmp_path / "bad.lenet")


@pytest.mark.parametrize("state", [{"notes": "x" * (2**20 + 10)}, ["builtin:lesson1_tutorial.toml", 3]])
def test_a_lesson_state_the_file_could_not_reopen_is_not_saved(tmp_path, state):
    # Saved, it would replace a good file with one that Session.open refuses: refused first.
    s = Session(weights="random", seed=0)
    s.step()
    path = tmp_path / "class.lenet"
    s.save(path)
    before = path.read_bytes()
    s.lesson_state = state
    with pytest.raises(SessionFileError, match="lesson_state"):
        s.save(path)
    assert path.read_bytes() == before and Session.open(path).lesson_state == {}


def test_a_lesson_state_in_japanese_that_saves_also_reopens(tmp_path):
    # 300,000 characters: well within the limit as written, six times over it as \u escapes.
    s = Session(weights="random", seed=0)
    s.lesson_state = {"notes": "日本語のメモ" * 50_000}
    path = s.save(tmp_path / "class.lenet")
    assert Session.open(path).lesson_state == s.lesson_state


def test_a_saved_session_whose_json_packs_very_small_reopens(tmp_path):
    # A long, repetitive session.json packs more than a zip bomb's ratio: it must still reopen.
    s = Session(weights="random", seed=0)
    s.lesson_state = {"notes": "y" * 900_000}
    path = s.save(tmp_path / "class.lenet")
    assert Session.open(path).lesson_state == s.lesson_state
