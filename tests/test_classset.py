"""The PNG codec and the class set's storage: round trips, damage, crashes and hostile zips."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib

import numpy as np
import pytest

from lenet_gui.core.classset import ClassSet, Entry
from lenet_gui.core.png import decode_png, encode_png, write_png


def drawing(seed: int = 0, shape=(28, 36)) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, size=shape, dtype=np.uint8)


# -- PNG ---------------------------------------------------------------------------------------
def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def filtered_png(px: np.ndarray, color_type: int, filters, palette: bytes | None = None) -> bytes:
    """An independent encoder that applies the given row filters (the decoder must undo them)."""
    h, w = px.shape[:2]
    bpp = 1 if px.ndim == 2 else px.shape[2]
    rows = px.reshape(h, w * bpp).astype(int)
    out = bytearray()
    for y in range(h):
        kind = filters[y % len(filters)]
        out.append(kind)
        for i in range(w * bpp):
            x = rows[y, i]
            a = rows[y, i - bpp] if i >= bpp else 0
            b = rows[y - 1, i] if y > 0 else 0
            c = rows[y - 1, i - bpp] if (y > 0 and i >= bpp) else 0
            pred = [0, a, b, (a + b) // 2, _paeth(a, b, c)][kind]
            out.append((x - pred) % 256)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, color_type, 0, 0, 0)
    chunks = [_chunk(b"IHDR", ihdr)]
    if palette is not None:
        chunks.append(_chunk(b"PLTE", palette))
    chunks.append(_chunk(b"tEXt", b"Comment\x00ancillary chunks are skipped"))
    chunks += [_chunk(b"IDAT", zlib.compress(bytes(out))), _chunk(b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


@pytest.mark.parametrize("shape", [(1, 1), (28, 28), (5, 300), (300, 3)])
def test_png_round_trip(shape):
    a = drawing(1, shape)
    back = decode_png(encode_png(a))
    assert back.dtype == np.uint8 and back.shape == shape
    np.testing.assert_array_equal(back, a)


def test_write_png_to_path_and_bytesio(tmp_path):
    a = drawing(2)
    write_png(tmp_path / "a.png", a)
    buf = io.BytesIO()
    write_png(buf, a)
    assert (tmp_path / "a.png").read_bytes() == buf.getvalue() == encode_png(a)


def test_png_is_readable_by_another_decoder():
    pil = pytest.importorskip("PIL.Image")
    a = drawing(3)
    img = pil.open(io.BytesIO(encode_png(a)))
    assert img.mode == "L"
    np.testing.assert_array_equal(np.asarray(img), a)


@pytest.mark.parametrize("filters", [[0], [1], [2], [3], [4], [0, 1, 2, 3, 4]])
def test_decode_all_filters_gray(filters):
    a = drawing(4, (9, 11))
    np.testing.assert_array_equal(decode_png(filtered_png(a, 0, filters)), a)


@pytest.mark.parametrize("filters", [[1], [3], [4], [4, 3, 2, 1, 0]])
def test_decode_rgb_rgba_gray_alpha_palette(filters):
    rng = np.random.default_rng(5)
    rgb = rng.integers(0, 256, (7, 6, 3), dtype=np.uint8)
    luma = np.clip(np.rint(rgb.astype(float) @ [0.299, 0.587, 0.114]), 0, 255).astype(np.uint8)
    np.testing.assert_array_equal(decode_png(filtered_png(rgb, 2, filters)), luma)

    alpha = rng.integers(0, 256, (7, 6, 1), dtype=np.uint8)
    rgba = np.concatenate([rgb, alpha], axis=2)
    want = np.rint(luma.astype(float) * alpha[:, :, 0] / 255)
    got = decode_png(filtered_png(rgba, 6, filters)).astype(float)
    assert np.abs(got - want).max() <= 1  # luma rounded once vs. twice

    ga = np.concatenate([luma[:, :, None], alpha], axis=2)
    got = decode_png(filtered_png(ga, 4, filters)).astype(float)
    assert np.abs(got - want).max() <= 1

    palette = bytes(rng.integers(0, 256, 4 * 3, dtype=np.uint8))
    idx = rng.integers(0, 4, (7, 6), dtype=np.uint8)
    pal = np.frombuffer(palette, np.uint8).reshape(4, 3).astype(float)
    want_p = np.clip(np.rint(pal[idx] @ [0.299, 0.587, 0.114]), 0, 255)
    np.testing.assert_array_equal(decode_png(filtered_png(idx, 3, filters, palette)), want_p)


def test_decode_colour_png_from_another_encoder():
    pil = pytest.importorskip("PIL.Image")
    rgb = np.random.default_rng(6).integers(0, 256, (20, 30, 3), dtype=np.uint8)
    buf = io.BytesIO()
    pil.fromarray(rgb, "RGB").save(buf, format="PNG", optimize=True)  # PIL picks its filters
    got = decode_png(buf.getvalue()).astype(int)
    want = np.rint(rgb.astype(float) @ [0.299, 0.587, 0.114])
    assert np.abs(got - want).max() == 0


def test_decode_rejects_broken_data():
    good = encode_png(drawing(7))
    bad_inputs = {
        "empty": b"",
        "not png": b"GIF89a" + good[6:],
        "truncated": good[:40],
        "no end": good[: good.index(b"IEND") - 4],
        "bad crc": good[:20] + bytes([good[20] ^ 0xFF]) + good[21:],
    }
    for name, data in bad_inputs.items():
        with pytest.raises(ValueError):
            decode_png(data)
        assert name  # for the traceback

    def png(ihdr: bytes, idat: bytes) -> bytes:
        return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")

    cases = [
        (struct.pack(">IIBBBBB", 4, 4, 16, 0, 0, 0, 0), b"", "8-bit"),
        (struct.pack(">IIBBBBB", 4, 4, 8, 0, 0, 0, 1), b"", "interlaced"),
        (struct.pack(">IIBBBBB", 0, 4, 8, 0, 0, 0, 0), b"", "empty"),
        (struct.pack(">IIBBBBB", 4, 4, 8, 5, 0, 0, 0), b"", "colour type"),
        (struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0), b"", "too large"),
        (struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0), b"not zlib", "damaged"),
        (struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0), zlib.compress(b"\0\1\2"), "wrong size"),
        (struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0), zlib.compress(b"\7\1\2\0\1\2"), "filter"),
        (struct.pack(">IIBBBBB", 2, 2, 8, 3, 0, 0, 0), zlib.compress(b"\0\1\2\0\1\2"), "palette"),
    ]
    for ihdr, idat, words in cases:
        with pytest.raises(ValueError, match=words):
            decode_png(png(ihdr, idat))


def test_decode_refuses_a_zip_bomb_without_inflating_it():
    # 1×1 image promised, 50 MB of zeros delivered: must fail fast, not allocate 50 MB.
    bomb = zlib.compress(b"\0" * 50_000_000, 9)
    data = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", bomb) + _chunk(b"IEND", b""))
    with pytest.raises(ValueError, match="wrong size"):
        decode_png(data)


@pytest.mark.parametrize(
    "bad", [np.zeros((4, 4), np.float32), np.zeros((4, 4, 3), np.uint8), np.zeros((0, 4), np.uint8), [[1]]]
)
def test_encode_rejects_non_gray_uint8(bad):
    with pytest.raises(ValueError):
        encode_png(bad)


# -- class set ---------------------------------------------------------------------------------
def test_add_entries_image_len(tmp_path):
    cs = ClassSet(tmp_path / "cs")
    a, b = drawing(1), drawing(2, (10, 10))
    ia = cs.add(a, 3)
    ib = cs.add(b, 7)
    assert len(cs) == 2
    es = cs.entries()
    assert [e.id for e in es] == [ia, ib]
    assert [e.label for e in es] == [3, 7]
    assert all(isinstance(e, Entry) and e.created > 0 for e in es)
    np.testing.assert_array_equal(cs.image(ia), a)
    assert (tmp_path / "cs" / f"3_{ia}.png").is_file()
    with pytest.raises(Exception):  # noqa: B017 - frozen dataclass
        es[0].label = 5  # type: ignore[misc]
    # A second instance on the same folder sees the same drawings.
    again = ClassSet(tmp_path / "cs")
    assert [(e.id, e.label, e.created) for e in again.entries()] == [(e.id, e.label, e.created) for e in es]


def test_delete_and_relabel(tmp_path):
    cs = ClassSet(tmp_path)
    ia, ib = cs.add(drawing(1), 1), cs.add(drawing(2), 2)
    cs.relabel(ia, 9)
    assert not (tmp_path / f"1_{ia}.png").exists() and (tmp_path / f"9_{ia}.png").exists()
    cs.delete(ib)
    assert not (tmp_path / f"2_{ib}.png").exists()
    fresh = ClassSet(tmp_path)
    assert [(e.id, e.label) for e in fresh.entries()] == [(ia, 9)]
    np.testing.assert_array_equal(fresh.image(ia), drawing(1))
    with pytest.raises(KeyError):
        cs.delete(ib)
    with pytest.raises(KeyError):
        cs.image("nope")


@pytest.mark.parametrize("label", [-1, 10, 3.0, "3", True, None])
def test_bad_labels_are_refused(tmp_path, label):
    cs = ClassSet(tmp_path)
    with pytest.raises(ValueError, match="label"):
        cs.add(drawing(), label)
    i = cs.add(drawing(), 0)
    with pytest.raises(ValueError, match="label"):
        cs.relabel(i, label)
    assert [e.label for e in cs.entries()] == [0]


@pytest.mark.parametrize(
    "image", [np.zeros((0, 5), np.uint8), np.zeros((4, 4), np.float64), np.zeros((2, 2, 2), np.uint8), "img"]
)
def test_bad_images_are_refused(tmp_path, image):
    cs = ClassSet(tmp_path)
    with pytest.raises(ValueError, match="drawing"):
        cs.add(image, 1)
    assert len(cs) == 0 and list(tmp_path.glob("*.png")) == []


def test_numpy_integer_label_is_accepted(tmp_path):
    cs = ClassSet(tmp_path)
    i = cs.add(drawing(), np.int64(4))
    assert cs.entries()[0].label == 4 and isinstance(cs.entries()[0].label, int)
    assert i in cs


def test_missing_or_corrupt_index_is_rebuilt_from_file_names(tmp_path):
    cs = ClassSet(tmp_path)
    ids = [cs.add(drawing(k), k) for k in range(4)]
    for damage in [None, b"{not json", b"[]", b'{"entries": [{"id": 1}]}', b"\xff\xfe\x00"]:
        if damage is None:
            (tmp_path / "index.json").unlink()
        else:
            (tmp_path / "index.json").write_bytes(damage)
        fresh = ClassSet(tmp_path)
        assert sorted((e.id, e.label) for e in fresh.entries()) == sorted(zip(ids, range(4), strict=True))
        # And the index is written again, valid.
        doc = json.loads((tmp_path / "index.json").read_text())
        assert sorted(e["id"] for e in doc["entries"]) == sorted(ids)


def test_index_entries_without_files_are_dropped(tmp_path):
    cs = ClassSet(tmp_path)
    i = cs.add(drawing(), 5)
    (tmp_path / f"5_{i}.png").unlink()
    assert len(ClassSet(tmp_path)) == 0


def test_file_renamed_by_hand_wins_over_index(tmp_path):
    cs = ClassSet(tmp_path)
    i = cs.add(drawing(), 5)
    os.replace(tmp_path / f"5_{i}.png", tmp_path / f"8_{i}.png")
    assert [(e.id, e.label) for e in ClassSet(tmp_path).entries()] == [(i, 8)]


def test_half_written_temp_files_are_ignored_and_stale_ones_cleaned(tmp_path):
    cs = ClassSet(tmp_path)
    i = cs.add(drawing(), 2)
    stale = tmp_path / ".tmp-abc.part"
    stale.write_bytes(b"\x89PNG half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh_tmp = tmp_path / ".tmp-def.part"  # maybe another process is writing it right now
    fresh_tmp.write_bytes(b"\x89PNG half")
    again = ClassSet(tmp_path)
    assert [e.id for e in again.entries()] == [i]
    assert not stale.exists()
    assert fresh_tmp.exists()


def test_unrelated_files_are_left_alone(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "3_short.png").write_bytes(encode_png(drawing()))
    cs = ClassSet(tmp_path)
    assert len(cs) == 0
    cs.add(drawing(), 1)
    assert (tmp_path / "notes.txt").read_text() == "hello"


def test_damaged_image_file_gives_value_error_and_is_left_out_of_dataset(tmp_path):
    cs = ClassSet(tmp_path)
    good, bad = cs.add(drawing(1, (8, 8)), 1), cs.add(drawing(2, (8, 8)), 2)
    (tmp_path / f"2_{bad}.png").write_bytes(b"\x89PNG\r\n\x1a\ngarbage")
    with pytest.raises(ValueError):
        cs.image(bad)
    images, labels = cs.dataset()
    assert len(images) == 1 and labels.tolist() == [1] and labels.dtype == np.int64
    np.testing.assert_array_equal(images[0], cs.image(good))


def test_dataset_order_and_types(tmp_path):
    cs = ClassSet(tmp_path)
    for k in [3, 1, 4, 1, 5]:
        cs.add(drawing(k, (6, 7)), k)
    images, labels = cs.dataset()
    assert labels.tolist() == [3, 1, 4, 1, 5]
    assert all(im.dtype == np.uint8 and im.shape == (6, 7) for im in images)
    assert ClassSet(tmp_path / "empty").dataset()[1].shape == (0,)


_KILL_WHILE_SAVING = r"""
import os, sys
import numpy as np
from lenet_gui.core import classset
cs = classset.ClassSet(sys.argv[1])
cs.add(np.full((8, 8), 7, np.uint8), 7)
real_replace = os.replace
def die(src, dst):
    os._exit(9)  # the power goes out between writing the temp file and moving it into place
classset.os.replace = die
cs.add(np.full((8, 8), 1, np.uint8), 1)
"""


def test_process_killed_while_saving_loses_only_that_drawing(tmp_path):
    folder = tmp_path / "cs"
    r = subprocess.run([sys.executable, "-c", _KILL_WHILE_SAVING, str(folder)], cwd=os.getcwd(),
                       capture_output=True, timeout=120)
    assert r.returncode == 9, r.stderr
    assert list(folder.glob(".tmp-*"))  # the half-done write is still lying there
    cs = ClassSet(folder)
    assert [e.label for e in cs.entries()] == [7]
    np.testing.assert_array_equal(cs.image(cs.entries()[0].id), np.full((8, 8), 7, np.uint8))
    cs.add(drawing(), 3)  # and the folder keeps working
    assert len(ClassSet(folder)) == 2


_KILL_BEFORE_INDEX = r"""
import os, sys
import numpy as np
from lenet_gui.core import classset
cs = classset.ClassSet(sys.argv[1])
cs.add(np.full((8, 8), 7, np.uint8), 7)
classset.ClassSet._write_index = lambda self: os._exit(9)  # image saved, index not
cs.add(np.full((8, 8), 1, np.uint8), 1)
"""


def test_process_killed_after_image_before_index_keeps_the_image(tmp_path):
    folder = tmp_path / "cs"
    r = subprocess.run([sys.executable, "-c", _KILL_BEFORE_INDEX, str(folder)], cwd=os.getcwd(),
                       capture_output=True, timeout=120)
    assert r.returncode == 9, r.stderr
    assert sorted(e.label for e in ClassSet(folder).entries()) == [1, 7]


# -- zip ---------------------------------------------------------------------------------------
def test_export_import_round_trip(tmp_path):
    src = ClassSet(tmp_path / "a")
    ids = [src.add(drawing(k), k % 10) for k in range(12)]
    n = src.export_zip(tmp_path / "set.zip")
    assert n == 12
    with zipfile.ZipFile(tmp_path / "set.zip") as zf:
        assert "index.json" in zf.namelist() and len(zf.namelist()) == 13
    dst = ClassSet(tmp_path / "b")
    assert dst.import_zip(tmp_path / "set.zip") == 12
    assert [(e.id, e.label) for e in dst.entries()] == [(e.id, e.label) for e in src.entries()]
    for i in ids:
        np.testing.assert_array_equal(dst.image(i), src.image(i))
    # Importing the same file again adds nothing: they are the same drawings.
    assert dst.import_zip(tmp_path / "set.zip") == 0
    assert dst.last_import.skipped_duplicate == 12
    assert len(ClassSet(tmp_path / "b")) == 12


def test_export_overwrites_atomically_and_leaves_no_temp(tmp_path):
    cs = ClassSet(tmp_path / "a")
    cs.add(drawing(), 1)
    out = tmp_path / "out.zip"
    out.write_bytes(b"old")
    cs.export_zip(out)
    assert zipfile.is_zipfile(out)
    assert not list(tmp_path.glob(".tmp-*"))


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_import_skips_bad_members_and_counts_them(tmp_path):
    z = tmp_path / "mixed.zip"
    colour = filtered_png(np.random.default_rng(0).integers(0, 256, (5, 5, 3), dtype=np.uint8), 2, [4])
    _zip(z, {
        "4_from_another_app.png": colour,  # any PNG named "<digit>_….png" is welcome
        "drawings/2_in_a_folder.png": encode_png(drawing(1)),
        "7_broken.png": b"\x89PNG\r\n\x1a\n broken",
        "unlabelled.png": encode_png(drawing(2)),
        "run_me.py": b"raise SystemExit('executed!')",
        "index.json": b"{not json",
        "drawings/": b"",
    })
    cs = ClassSet(tmp_path / "cs")
    assert cs.import_zip(z) == 2
    assert cs.last_import.skipped_bad == 3 and cs.last_import.skipped_duplicate == 0
    assert sorted(e.label for e in cs.entries()) == [2, 4]
    assert sorted(p.name.split("_")[0] for p in (tmp_path / "cs").glob("*.png")) == ["2", "4"]
    assert not (tmp_path / "cs" / "run_me.py").exists()


@pytest.mark.parametrize("name", ["../3_evil.png", "/abs/3_evil.png", "a/../../3_evil.png",
                                  "C:/3_evil.png", "a\\..\\3_evil.png"])
def test_import_refuses_path_traversal(tmp_path, name):
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("1_fine.png", encode_png(drawing()))
        info = zipfile.ZipInfo("x")
        info.filename = name  # ZipInfo normalises some names; set the raw one
        zf.writestr(info, encode_png(drawing()))
    cs = ClassSet(tmp_path / "cs")
    with pytest.raises(ValueError, match="unsafe"):
        cs.import_zip(z)
    assert len(cs) == 0
    assert not (tmp_path / "3_evil.png").exists()


def test_import_refuses_non_zip_and_missing(tmp_path):
    cs = ClassSet(tmp_path / "cs")
    (tmp_path / "x.zip").write_bytes(b"this is not a zip")
    with pytest.raises(ValueError, match="not a readable zip"):
        cs.import_zip(tmp_path / "x.zip")
    with pytest.raises(ValueError, match="no file"):
        cs.import_zip(tmp_path / "missing.zip")


def test_import_skips_oversized_and_huge_images(tmp_path, monkeypatch):
    from lenet_gui.core import classset

    monkeypatch.setattr(classset, "MAX_IMPORT_PIXELS", 100)
    monkeypatch.setattr(classset, "MAX_PNG_BYTES", 2000)
    z = tmp_path / "big.zip"
    _zip(z, {
        "1_small.png": encode_png(drawing(1, (5, 5))),
        "2_too_many_pixels.png": encode_png(np.zeros((20, 20), np.uint8)),
        "3_too_many_bytes.png": encode_png(drawing(3, (9, 9))) + b"\0" * 3000,
    })
    cs = ClassSet(tmp_path / "cs")
    assert cs.import_zip(z) == 1
    assert cs.last_import.skipped_bad == 2
