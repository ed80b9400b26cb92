"""Fuzz tier for the class set: seeded mutations of its zips, PNGs and index.json.

Every mutated input must give either a result or the documented ClassSetError — never another
exception, never a change to the class set when refused. Work stays bounded by construction:
sizes are checked from headers before anything is decoded, which the PNG cases check too.
"""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib

import numpy as np
import pytest
from PIL import Image

from lenet_gui.core import ClassSet, ClassSetError
from lenet_gui.core.classset import (
    MAX_IMAGE_PIXELS,
    MAX_SIDE,
    UNDO_DELETES,
    decode_drawing,
    png_size,
)

SEED = 20261201


def _drawing(rng, shape=(12, 10)) -> np.ndarray:
    return rng.integers(0, 256, size=shape, dtype=np.uint8)


def _mutate(rng: np.random.Generator, data: bytes, fixed_prefix: int = 0) -> bytes:
    """One to four random edits: flip, overwrite with an extreme value, insert, delete, truncate."""
    b = bytearray(data)
    for _ in range(int(rng.integers(1, 5))):
        if len(b) <= fixed_prefix + 1:
            break
        at = int(rng.integers(fixed_prefix, len(b)))
        kind = int(rng.integers(0, 6))
        if kind == 0:
            b[at] ^= 1 << int(rng.integers(0, 8))
        elif kind == 1:  # an extreme little- or big-endian field value
            value = [0, 0xFF, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000][int(rng.integers(0, 6))]
            field = struct.pack(rng.choice(["<I", ">I"]), value)
            b[at:at + 4] = field
        elif kind == 2:
            b[at:at] = bytes(rng.integers(0, 256, int(rng.integers(1, 16)), dtype=np.uint8))
        elif kind == 3:
            del b[at:at + int(rng.integers(1, 16))]
        elif kind == 4:
            del b[at:]
        else:  # repeat a slice: duplicated records and chunks
            n = int(rng.integers(1, 64))
            b[at:at] = b[at:at + n]
    return bytes(b)


# -- PNG -------------------------------------------------------------------------------------
def _chunks(data: bytes):
    pos = 8
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        yield pos, length, data[pos + 4:pos + 8]
        pos += 12 + length


def _fix_crcs(data: bytes) -> bytes:
    """Recompute every chunk's checksum, so mutations reach the decoder past the CRC check."""
    b = bytearray(data)
    for pos, length, _ in _chunks(data):
        end = pos + 8 + length
        if end + 4 > len(b):
            break
        b[end:end + 4] = struct.pack(">I", zlib.crc32(bytes(b[pos + 4:end])))
    return bytes(b)


def _seed_pngs(rng) -> list[bytes]:
    a = _drawing(rng, (9, 13))
    out = []
    for image, kw in [
        (Image.fromarray(a), {}),
        (Image.fromarray(np.dstack([a, a, a, a])), {}),
        (Image.fromarray(a).convert("P"), {"transparency": 3}),
        (Image.fromarray(a.astype(np.uint16) * 257), {}),
        (Image.fromarray(a).convert("1"), {}),
        (Image.fromarray(a).convert("RGB"), {"transparency": (1, 2, 3), "optimize": True}),
    ]:
        buf = io.BytesIO()
        image.save(buf, format="PNG", **kw)
        out.append(buf.getvalue())
    return out


def test_fuzz_png_decoding_gives_a_drawing_or_the_documented_error():
    rng = np.random.default_rng(SEED)
    seeds = _seed_pngs(rng)
    outcomes = {"ok": 0, "refused": 0}
    for case in range(3000):
        data = _mutate(rng, seeds[case % len(seeds)], fixed_prefix=8 if case % 3 else 0)
        if case % 2:
            data = _fix_crcs(data)
        size = png_size(data)
        try:
            image = decode_drawing(data)
        except ClassSetError as err:
            outcomes["refused"] += 1
            if size is not None and size[0] * size[1] > MAX_IMAGE_PIXELS:
                assert "too large" in str(err)  # refused from the header, before decoding
            continue
        outcomes["ok"] += 1
        assert image.dtype == np.uint8 and image.ndim == 2
        assert size is not None and image.shape == (size[1], size[0])
    assert outcomes["ok"] > 50 and outcomes["refused"] > 500, outcomes  # both paths exercised


def test_fuzz_huge_headers_are_refused_before_decoding(monkeypatch):
    rng = np.random.default_rng(SEED + 1)
    seed = _seed_pngs(rng)[0]
    opened = []
    real_open = Image.open
    monkeypatch.setattr(Image, "open", lambda *a, **k: opened.append(1) or real_open(*a, **k))
    for _ in range(200):
        w, h = (int(v) for v in rng.integers(1, 2**31, 2))
        if w * h <= MAX_IMAGE_PIXELS:
            continue
        ihdr = struct.pack(">II", w, h) + seed[24:29]
        data = seed[:16] + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)) + seed[33:]
        with pytest.raises(ClassSetError, match="too large"):
            decode_drawing(data)
    assert opened == []


# -- zip -------------------------------------------------------------------------------------
def _snapshot(folder) -> list[tuple[str, int]]:
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                                         zipfile.ZIP_LZMA])
def test_fuzz_zip_import_is_all_or_nothing_with_documented_errors(tmp_path, compression):
    rng = np.random.default_rng(SEED + compression)
    src = ClassSet(tmp_path / "src")
    for k in range(3):
        src.add(_drawing(rng), k)
    exported = tmp_path / "export.zip"
    src.export_zip(exported)
    base = tmp_path / "base.zip"
    with zipfile.ZipFile(exported) as zin, zipfile.ZipFile(base, "w", compression) as zout:
        for m in zin.infolist():
            zout.writestr(m.filename, zin.read(m))
    seed = base.read_bytes()
    cs = ClassSet(tmp_path / "cs")
    cs.add(_drawing(rng), 9)
    outcomes = {"ok": 0, "refused": 0}
    target = tmp_path / "mutated.zip"
    for _ in range(150):
        target.write_bytes(_mutate(rng, seed))
        before, entries = _snapshot(cs.folder), cs.entries()
        try:
            added = cs.import_zip(target)
        except ClassSetError:
            outcomes["refused"] += 1
            assert _snapshot(cs.folder) == before and cs.entries() == entries
            continue
        outcomes["ok"] += 1
        assert len(cs) == len(entries) + added
        for e in cs.entries()[len(entries):]:
            assert max(cs.image(e.id).shape) <= MAX_SIDE
        for e in cs.entries():  # keep the set small: the next case starts from the same one
            if e not in entries:
                cs.delete(e.id)
    left = sorted(p.name for p in cs.folder.glob(".tmp-*"))
    # No staging left behind; only deletions kept for undo, as many as it keeps.
    assert len(left) <= UNDO_DELETES and all(n.startswith(".tmp-trash-") for n in left), left
    assert outcomes["refused"] > 0, outcomes


# -- index.json --------------------------------------------------------------------------------
def _index_variants(rng, valid: str):
    doc = json.loads(valid)
    yield "[" * 100_000  # deeper than the JSON parser goes
    yield '{"entries": [{"id": "x", "created": 1' + "0" * 4000 + "}]}"
    yield json.dumps({"entries": [{"id": "x", "created": float("nan")}]})
    yield json.dumps({"entries": [{"id": 1, "created": 1.0}]})
    yield json.dumps({"entries": {"id": "x"}})
    yield json.dumps(doc | {"entries": doc["entries"] + [{"id": "x", "created": -5}]})
    raw = valid.encode()
    for _ in range(150):
        yield _mutate(rng, raw).decode("utf-8", "replace")


def test_fuzz_a_damaged_index_never_stops_opening_and_never_loses_a_drawing(tmp_path):
    rng = np.random.default_rng(SEED + 7)
    cs = ClassSet(tmp_path)
    ids = sorted(cs.add(_drawing(rng), k) for k in range(3))
    valid = (tmp_path / "index.json").read_text()
    set_aside = 0
    for text in _index_variants(rng, valid):
        for p in tmp_path.glob("index.json.damaged-*"):
            p.unlink()
        (tmp_path / "index.json").write_text(text, encoding="utf-8", errors="surrogateescape")
        opened = ClassSet(tmp_path)
        assert sorted(e.id for e in opened.entries()) == ids
        set_aside += bool(opened.set_aside)
        assert ClassSet(tmp_path).set_aside == ()  # the index was rebuilt
        os.utime(tmp_path)
    assert set_aside > 50
