"""PNG reading and writing (Pillow) and the class set's storage: round trips, damage, crashes and hostile zips."""

from __future__ import annotations

import contextlib
import errno
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
from PIL import Image

from lenet_gui.core import ClassSet, ClassSetError
from lenet_gui.core.classset import Entry, decode_drawing, encode_drawing


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


def _adam7_png(px: np.ndarray) -> bytes:
    """An interlaced (Adam7) 8-bit gray PNG by an independent encoder: seven sub-images."""
    h, w = px.shape
    passes = [(0, 0, 8, 8), (0, 4, 8, 8), (4, 0, 8, 4), (0, 2, 4, 4), (2, 0, 4, 2), (0, 1, 2, 2), (1, 0, 2, 1)]
    out = bytearray()
    for y0, x0, dy, dx in passes:
        sub = px[y0::dy, x0::dx]
        for row in sub if sub.size else []:
            out += b"\0" + row.tobytes()
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 1)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(bytes(out)))
            + _chunk(b"IEND", b""))


def pil_png(image, **kw) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", **kw)
    return buf.getvalue()


@pytest.mark.parametrize("shape", [(1, 1), (28, 28), (5, 280), (280, 3)])
def test_png_round_trip(shape):
    a = drawing(1, shape)
    back = decode_drawing(encode_drawing(a))
    assert back.dtype == np.uint8 and back.shape == shape
    np.testing.assert_array_equal(back, a)


def test_png_is_readable_by_another_decoder():
    a = drawing(3)
    img = Image.open(io.BytesIO(encode_drawing(a)))
    assert img.mode == "L"
    np.testing.assert_array_equal(np.asarray(img), a)


@pytest.mark.parametrize("filters", [[0], [1], [2], [3], [4], [0, 1, 2, 3, 4]])
def test_decode_all_filters_gray(filters):
    a = drawing(4, (9, 11))
    np.testing.assert_array_equal(decode_drawing(filtered_png(a, 0, filters)), a)


@pytest.mark.parametrize("filters", [[1], [3], [4], [4, 3, 2, 1, 0]])
def test_decode_rgb_rgba_gray_alpha_palette(filters):
    rng = np.random.default_rng(5)
    rgb = rng.integers(0, 256, (7, 6, 3), dtype=np.uint8)
    luma = np.asarray(Image.fromarray(rgb).convert("L")).astype(float)
    assert np.abs(decode_drawing(filtered_png(rgb, 2, filters)) - luma).max() <= 1

    alpha = rng.integers(0, 256, (7, 6, 1), dtype=np.uint8)
    rgba = np.concatenate([rgb, alpha], axis=2)
    want = np.rint(luma * alpha[:, :, 0] / 255)
    got = decode_drawing(filtered_png(rgba, 6, filters)).astype(float)
    assert np.abs(got - want).max() <= 1  # luma rounded once vs. twice

    ga = np.concatenate([luma.astype(np.uint8)[:, :, None], alpha], axis=2)
    got = decode_drawing(filtered_png(ga, 4, filters)).astype(float)
    assert np.abs(got - want).max() <= 1

    palette = bytes(rng.integers(0, 256, 4 * 3, dtype=np.uint8))
    idx = rng.integers(0, 4, (7, 6), dtype=np.uint8)
    pal = np.frombuffer(palette, np.uint8).reshape(4, 3).astype(float)
    want_p = pal[idx] @ [0.299, 0.587, 0.114]
    assert np.abs(decode_drawing(filtered_png(idx, 3, filters, palette)) - want_p).max() <= 1


def _ink() -> np.ndarray:
    a = np.zeros((12, 10), np.uint8)
    a[3:9, 4:6] = 255
    return a


@pytest.mark.parametrize("how", ["rgba", "gray alpha", "gray tRNS", "rgb tRNS", "palette tRNS",
                                 "16-bit gray tRNS"])
def test_transparency_is_the_same_however_the_drawing_was_saved(how):
    # White ink on a light grey background that is marked transparent: every encoding must
    # give ink where it is opaque and no ink where it is transparent.
    ink = _ink()
    key = 200
    keyed = np.where(ink > 0, 255, key).astype(np.uint8)
    plain = Image.fromarray(keyed)
    data = {
        "rgba": lambda: pil_png(Image.fromarray(np.dstack([keyed, keyed, keyed, ink]))),
        "gray alpha": lambda: pil_png(Image.fromarray(np.dstack([keyed, ink]), "LA")),
        "gray tRNS": lambda: pil_png(plain, transparency=key),
        "rgb tRNS": lambda: pil_png(plain.convert("RGB"), transparency=(key, key, key)),
        "palette tRNS": lambda: pil_png(plain.convert("P"), transparency=key),
        "16-bit gray tRNS": lambda: pil_png(Image.fromarray(keyed.astype(np.uint16) * 257),
                                            transparency=key * 257),
    }[how]()
    np.testing.assert_array_equal(decode_drawing(data), ink)


@pytest.mark.parametrize("bits", [1, 2, 4])
def test_low_bit_depth_palettes_are_read(bits):
    ink = _ink()
    small = Image.fromarray(ink).convert("P", palette=Image.Palette.ADAPTIVE, colors=2**bits)
    np.testing.assert_array_equal(decode_drawing(pil_png(small, bits=bits)), ink)
    np.testing.assert_array_equal(decode_drawing(pil_png(Image.fromarray(ink).convert("1"))), ink)


def test_16_bit_and_interlaced_pngs_are_read():
    a = drawing(8, (13, 11))
    np.testing.assert_array_equal(decode_drawing(pil_png(Image.fromarray(a.astype(np.uint16) * 257))), a)
    np.testing.assert_array_equal(decode_drawing(_adam7_png(a)), a)


def test_decode_colour_png_from_another_encoder():
    rgb = np.random.default_rng(6).integers(0, 256, (20, 30, 3), dtype=np.uint8)
    got = decode_drawing(pil_png(Image.fromarray(rgb, "RGB"), optimize=True)).astype(int)
    want = np.rint(rgb.astype(float) @ [0.299, 0.587, 0.114])
    assert np.abs(got - want).max() <= 1


def test_decode_rejects_broken_data():
    good = encode_drawing(drawing(7))
    bad_inputs = {
        "empty": b"",
        "not png": b"GIF89a" + good[6:],
        "truncated": good[:40],
        "bad crc": good[:29] + bytes([good[29] ^ 0xFF]) + good[30:],
    }
    for name, data in bad_inputs.items():
        with pytest.raises(ClassSetError):
            decode_drawing(data)
        assert name  # for the traceback

    def png(ihdr: bytes, idat: bytes) -> bytes:
        return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")

    cases = [
        (struct.pack(">IIBBBBB", 0, 4, 8, 0, 0, 0, 0), b"", "empty"),
        (struct.pack(">IIBBBBB", 4, 4, 8, 5, 0, 0, 0), b"", "damaged"),
        (struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0), b"", "too large"),
        (struct.pack(">IIBBBBB", 1, 4_194_305, 8, 0, 0, 0, 0), b"", "too large"),
        (struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0), b"not zlib", "damaged"),
        (struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0), zlib.compress(b"\7\1\2\0\1\2"), "damaged"),
    ]
    for ihdr, idat, words in cases:
        with pytest.raises(ClassSetError, match=words):
            decode_drawing(png(ihdr, idat))


def test_decode_refuses_by_the_header_before_decoding():
    # 1×4,194,305 pixels promised: refused from the header alone, the data is never looked at.
    header = struct.pack(">IIBBBBB", 4_194_305, 1, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + b"anything at all"
    with pytest.raises(ClassSetError, match="too large"):
        decode_drawing(data)
    with pytest.raises(ClassSetError, match="too large"):
        decode_drawing(encode_drawing(np.zeros((10, 10), np.uint8)), max_pixels=99)


@pytest.mark.parametrize(
    "bad", [np.zeros((4, 4), np.float32), np.zeros((4, 4, 3), np.uint8), np.zeros((0, 4), np.uint8), [[1]]]
)
def test_encode_rejects_non_gray_uint8(bad):
    with pytest.raises(ClassSetError):
        encode_drawing(bad)


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
    (tmp_path / "3_short.png").write_bytes(encode_drawing(drawing()))
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
real_replace = os.replace
def die_at_index(src, dst):
    if str(dst).endswith("index.json"):
        os._exit(9)  # image saved, index not
    real_replace(src, dst)
os.replace = die_at_index
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
        "drawings/2_in_a_folder.png": encode_drawing(drawing(1)),
        "7_broken.png": b"\x89PNG\r\n\x1a\n broken",
        "unlabelled.png": encode_drawing(drawing(2)),
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
        zf.writestr("1_fine.png", encode_drawing(drawing()))
        info = zipfile.ZipInfo("x")
        info.filename = name  # ZipInfo normalises some names; set the raw one
        zf.writestr(info, encode_drawing(drawing()))
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

    monkeypatch.setattr(classset, "MAX_IMAGE_PIXELS", 100)
    monkeypatch.setattr(classset, "MAX_PNG_BYTES", 2000)
    z = tmp_path / "big.zip"
    _zip(z, {
        "1_small.png": encode_drawing(drawing(1, (5, 5))),
        "2_too_many_pixels.png": encode_drawing(np.zeros((20, 20), np.uint8)),
        "3_too_many_bytes.png": encode_drawing(drawing(3, (9, 9))) + b"\0" * 3000,
    })
    cs = ClassSet(tmp_path / "cs")
    assert cs.import_zip(z) == 1
    assert cs.last_import.skipped_bad == 2


# -- damaged files of the class set never stop a start (issue 16, finding 3) ------------------
def _one_drawing_set(folder) -> str:
    return ClassSet(folder).add(drawing(1, (8, 8)), 6)


def test_an_index_with_a_400_digit_creation_time_is_set_aside(tmp_path):
    i = _one_drawing_set(tmp_path)
    huge = "9" * 400
    (tmp_path / "index.json").write_text(f'{{"version": 1, "entries": [{{"id": "{i}", "created": {huge}}}]}}')
    cs = ClassSet(tmp_path)
    assert [(e.id, e.label) for e in cs.entries()] == [(i, 6)]  # the drawing itself is kept
    assert len(cs.set_aside) == 1 and "index" in cs.set_aside[0]
    moved = list(tmp_path.glob("index.json.damaged-*"))
    assert len(moved) == 1 and str(moved[0]) in cs.set_aside[0]
    assert "9" * 400 in moved[0].read_text()  # moved, not lost
    assert ClassSet(tmp_path).set_aside == ()  # rebuilt: the next start is clean


def test_a_file_where_the_class_set_folder_should_be_is_set_aside(tmp_path):
    folder = tmp_path / "class_set"
    folder.write_bytes(b"not a folder")
    cs = ClassSet(folder)
    assert folder.is_dir() and len(cs) == 0
    assert len(cs.set_aside) == 1 and "not a folder" in cs.set_aside[0]
    moved = list(tmp_path.glob("class_set.damaged-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == b"not a folder"
    cs.add(drawing(), 1)
    assert len(ClassSet(folder)) == 1


def test_a_huge_index_is_set_aside_without_being_read(tmp_path):
    import tracemalloc

    i = _one_drawing_set(tmp_path)
    with open(tmp_path / "index.json", "wb") as f:
        f.truncate(1 << 30)  # 1 GiB, sparse: costs no disk, would cost memory if read
    tracemalloc.start()
    try:
        cs = ClassSet(tmp_path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 2**20
    assert [e.id for e in cs.entries()] == [i]
    assert "index" in cs.set_aside[0] and list(tmp_path.glob("index.json.damaged-*"))


def _open_or_unblock(folder, pipes):
    """ClassSet(folder) in a thread; if it blocks on a pipe, a writer unblocks it and the test fails."""
    import threading

    out = {}
    t = threading.Thread(target=lambda: out.setdefault("cs", ClassSet(folder)), daemon=True)
    t.start()
    t.join(60)
    if t.is_alive():
        for p in pipes:  # give the blocked open() its writer, so the thread ends
            with contextlib.suppress(OSError):
                os.close(os.open(p, os.O_WRONLY | os.O_NONBLOCK))
        t.join(10)
        pytest.fail("opening the class set waited on a named pipe")
    return out["cs"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipes_in_the_class_set_never_hang_a_start(tmp_path):
    folder = tmp_path / "cs"
    keep = _one_drawing_set(folder)
    (folder / "index.json").unlink()
    pipes = [folder / "index.json", folder / f"3_{'f' * 32}.png"]
    for p in pipes:
        os.mkfifo(p)
    cs = _open_or_unblock(folder, pipes)
    assert [e.id for e in cs.entries()] == [keep] and "index" in cs.set_aside[0]
    assert cs.image(keep).shape == (8, 8)
    pipe_folder = tmp_path / "pipe_instead_of_folder"
    os.mkfifo(pipe_folder)
    cs = _open_or_unblock(pipe_folder, [pipe_folder])
    assert len(cs) == 0 and "not a folder" in cs.set_aside[0] and pipe_folder.is_dir()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_importing_a_named_pipe_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe.zip")
    with pytest.raises(ClassSetError, match="not a regular file"):
        ClassSet(tmp_path / "cs").import_zip(tmp_path / "pipe.zip")


def test_stale_imports_and_trash_are_cleaned_and_a_committed_import_is_finished(tmp_path):
    cs = ClassSet(tmp_path)
    old = time.time() - 7200
    half = tmp_path / ".tmp-import-dead"  # an import that died while staging: rolled back
    half.mkdir()
    (half / f"1_{'a' * 32}.png").write_bytes(encode_drawing(drawing(1)))
    done = tmp_path / ".tmp-import-committing"  # died while moving in: finished
    done.mkdir()
    (done / f"2_{'b' * 32}.png").write_bytes(encode_drawing(drawing(2)))
    (done / "COMMIT").write_bytes(b"")
    for p in (half, done):
        os.utime(p, (old, old))
    assert len(cs) == 0
    again = ClassSet(tmp_path)
    assert [(e.id, e.label) for e in again.entries()] == [("b" * 32, 2)]
    assert not half.exists() and not done.exists()


# -- import: bombs and all-or-nothing (findings 4, 5, 8, 13) --------------------------------
def _paeth_bomb(pixels: int = 4_194_304) -> bytes:
    """A 1×N PNG whose single row is Paeth-filtered: ~8 KiB that made the old decoder run for seconds."""
    raw = b"\x04" + bytes(pixels)
    ihdr = struct.pack(">IIBBBBB", pixels, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b""))


def test_imports_are_stored_at_the_canvas_size(tmp_path):
    z = tmp_path / "big.zip"
    wide = np.zeros((700, 1400), np.uint8)
    wide[300:400, :] = 255
    _zip(z, {"1_big.png": encode_drawing(wide), "2_bomb.png": _paeth_bomb()})
    cs = ClassSet(tmp_path / "cs")
    assert cs.import_zip(z) == 2
    shapes = sorted(cs.image(e.id).shape for e in cs.entries())
    assert shapes == [(1, 280), (140, 280)]
    assert max(p.stat().st_size for p in (tmp_path / "cs").glob("*.png")) < 10_000


def test_pixels_summed_over_an_import_are_bounded_and_refused_whole(tmp_path):
    # 40 drawings of 2048², each within the per-image limit: 168 M pixels together.
    z = tmp_path / "memory_bomb.zip"
    big = encode_drawing(np.zeros((2048, 2048), np.uint8))
    _zip(z, {f"{k % 10}_{k}.png": big for k in range(40)})
    cs = ClassSet(tmp_path / "cs")
    cs.add(drawing(), 1)
    before = sorted(p.name for p in (tmp_path / "cs").iterdir())
    with pytest.raises(ClassSetError, match="million pixels|pixels of drawings"):
        cs.import_zip(z)
    assert len(cs) == 1 and sorted(p.name for p in (tmp_path / "cs").iterdir()) == before


def test_a_full_disk_during_import_leaves_the_class_set_as_it_was(tmp_path, monkeypatch):
    src = ClassSet(tmp_path / "src")
    for k in range(60):
        src.add(drawing(k, (6, 6)), k % 10)
    src.export_zip(tmp_path / "sixty.zip")
    cs = ClassSet(tmp_path / "cs")
    mine = cs.add(drawing(99), 9)
    before = sorted(p.name for p in (tmp_path / "cs").iterdir())
    real_fsync, calls = os.fsync, [0]

    def fsync(fd):
        calls[0] += 1
        if calls[0] > 45:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(ClassSetError, match="no space left on device.*Nothing was imported"):
        cs.import_zip(tmp_path / "sixty.zip")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert [e.id for e in cs.entries()] == [mine]
    assert sorted(p.name for p in (tmp_path / "cs").iterdir()) == before
    assert [e.id for e in ClassSet(tmp_path / "cs").entries()] == [mine]
    assert cs.import_zip(tmp_path / "sixty.zip") == 60  # and it works once there is room


def test_a_damaged_lzma_member_after_good_ones_is_skipped_not_a_traceback(tmp_path):
    z = tmp_path / "lzma.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_LZMA) as zf:
        for k in range(4):
            zf.writestr(f"{k}_d{k}.png", encode_drawing(drawing(k, (20, 20))))
    data = bytearray(z.read_bytes())
    with zipfile.ZipFile(z) as zf:
        m = zf.infolist()[2]
    start = m.header_offset + 30 + len(m.filename)
    for i in range(start + 10, start + m.compress_size - 4):
        data[i] ^= 0x5A
    z.write_bytes(bytes(data))
    cs = ClassSet(tmp_path / "cs")
    assert cs.import_zip(z) == 3
    assert cs.last_import.skipped_bad == 1


def test_an_unsupported_zip_version_and_bad_utf8_names_are_clear_errors(tmp_path):
    z = tmp_path / "version.zip"
    _zip(z, {"1_a.png": encode_drawing(drawing())})
    data = bytearray(z.read_bytes())
    cd = data.rindex(b"PK\x01\x02")
    data[cd + 6] = 99  # "version needed to extract": 9.9
    z.write_bytes(bytes(data))
    cs = ClassSet(tmp_path / "cs")
    with pytest.raises(ClassSetError, match="not a readable zip"):
        cs.import_zip(z)

    z2 = tmp_path / "names.zip"
    _zip(z2, {"1_ab.png": encode_drawing(drawing())})
    data = bytearray(z2.read_bytes())
    for sig, flags_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = data.index(sig)
        flags = struct.unpack("<H", data[at + flags_at:at + flags_at + 2])[0] | 0x800  # "UTF-8 names"
        data[at + flags_at:at + flags_at + 2] = struct.pack("<H", flags)
        data[at + name_at + 3] = 0xFF  # never valid in UTF-8
    z2.write_bytes(bytes(data))
    with pytest.raises(ClassSetError, match="not valid UTF-8"):
        cs.import_zip(z2)
    assert len(cs) == 0


def test_import_reports_progress_and_a_cancel_changes_nothing(tmp_path):
    src = ClassSet(tmp_path / "src")
    for k in range(5):
        src.add(drawing(k, (6, 6)), k)
    src.export_zip(tmp_path / "five.zip")
    cs = ClassSet(tmp_path / "cs")
    seen = []
    with pytest.raises(ClassSetError, match="cancelled"):
        cs.import_zip(tmp_path / "five.zip", progress=lambda d, t: seen.append((d, t)),
                      cancelled=lambda: len(seen) >= 3)
    assert len(cs) == 0 and [p.name for p in (tmp_path / "cs").iterdir()] == ["index.json"]
    seen.clear()
    assert cs.import_zip(tmp_path / "five.zip", progress=lambda d, t: seen.append((d, t))) == 5
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


# -- permissions, delete all ---------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_files_are_written_with_the_users_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        cs = ClassSet(tmp_path / "cs")
        i = cs.add(drawing(), 3)
        cs.export_zip(tmp_path / "set.zip")
    finally:
        os.umask(old)
    want = 0o666 & ~umask
    assert (tmp_path / "set.zip").stat().st_mode & 0o777 == want
    assert (tmp_path / "cs" / f"3_{i}.png").stat().st_mode & 0o777 == want


def test_delete_all_then_undo(tmp_path):
    cs = ClassSet(tmp_path)
    ids = [cs.add(drawing(k), k) for k in range(4)]
    before = [(e.id, e.label, e.created) for e in cs.entries()]
    assert not cs.can_undo_delete_all
    assert cs.delete_all() == 4
    assert len(cs) == 0 and len(ClassSet(tmp_path)) == 0 and cs.can_undo_delete_all
    assert cs.undo_delete_all() == 4
    assert [(e.id, e.label, e.created) for e in cs.entries()] == before
    assert [(e.id, e.label, e.created) for e in ClassSet(tmp_path).entries()] == before
    np.testing.assert_array_equal(cs.image(ids[2]), drawing(2))
    assert not cs.can_undo_delete_all
    with pytest.raises(ClassSetError, match="undo"):
        cs.undo_delete_all()
    assert cs.delete_all() == 4 and cs.delete_all() == 0
    assert not list(tmp_path.glob("*.png"))


def test_a_large_drawing_stored_by_an_older_version_is_read_at_canvas_size(tmp_path):
    big = np.zeros((1000, 500), np.uint8)
    big[100:900, 200:300] = 255
    (tmp_path / f"4_{'c' * 32}.png").write_bytes(encode_drawing(big))
    cs = ClassSet(tmp_path)
    got = cs.image("c" * 32)
    assert got.shape == (280, 140) and got.max() == 255


def test_delete_all_when_a_file_was_already_removed_by_hand(tmp_path):
    cs = ClassSet(tmp_path)
    gone, kept = cs.add(drawing(1), 1), cs.add(drawing(2), 2)
    (tmp_path / f"1_{gone}.png").unlink()
    assert cs.delete_all() == 2 and len(cs) == 0
    assert cs.undo_delete_all() == 1
    assert [e.id for e in cs.entries()] == [kept]


def test_deleted_drawings_come_back_with_undo_newest_deletion_first(tmp_path):
    cs = ClassSet(tmp_path)
    ids = [cs.add(drawing(k), k) for k in range(3)]
    before = [(e.id, e.label, e.created) for e in cs.entries()]
    cs.delete(ids[1])
    assert [e.id for e in cs.entries()] == [ids[0], ids[2]] and len(ClassSet(tmp_path)) == 2
    assert cs.can_undo_delete_all and cs.undo_count == 1 and not cs.undo_is_delete_all
    assert cs.undo_delete_all() == 1
    assert [(e.id, e.label, e.created) for e in cs.entries()] == before
    np.testing.assert_array_equal(cs.image(ids[1]), drawing(1))
    assert cs.undo_count == 0 and not cs.can_undo_delete_all
    cs.delete(ids[0])
    cs.delete(ids[2])
    assert cs.undo_count == 1 and cs.undo_delete_all() == 1  # the newest first …
    assert cs.undo_delete_all() == 1  # … then the one before
    assert sorted(e.id for e in cs.entries()) == sorted(ids)


def test_deleting_one_drawing_after_delete_all_keeps_the_whole_class_for_undo(tmp_path):
    # The teacher empties the set after one class, the next class draws, one scribble is deleted.
    cs = ClassSet(tmp_path)
    first_class = sorted(cs.add(drawing(k), k) for k in range(3))
    assert cs.delete_all() == 3
    scribble = cs.add(drawing(9), 9)
    cs.delete(scribble)
    assert cs.undo_count == 1 and not cs.undo_is_delete_all
    assert cs.undo_delete_all() == 1
    assert cs.undo_count == 3 and cs.undo_is_delete_all
    assert cs.undo_delete_all() == 3
    assert sorted(e.id for e in cs.entries()) == sorted([*first_class, scribble])
    assert not list(tmp_path.glob(".tmp-*"))


def test_deleting_a_drawing_whose_file_is_gone_leaves_the_earlier_undo_as_it_was(tmp_path):
    cs = ClassSet(tmp_path)
    a, b = cs.add(drawing(1), 1), cs.add(drawing(2), 2)
    cs.delete(a)
    (tmp_path / f"2_{b}.png").unlink()
    cs.delete(b)
    assert len(cs) == 0 and cs.undo_count == 1
    assert cs.undo_delete_all() == 1 and [e.id for e in cs.entries()] == [a]


def test_undo_keeps_the_newest_single_deletions_and_every_delete_all(tmp_path, monkeypatch):
    import lenet_gui.core.classset as classset

    monkeypatch.setattr(classset, "UNDO_DELETES", 2)
    cs = ClassSet(tmp_path)
    whole = cs.add(drawing(0), 0)
    cs.delete_all()
    ids = [cs.add(drawing(k), k) for k in range(1, 4)]
    for id_ in ids:
        cs.delete(id_)
    assert len(list(tmp_path.glob(".tmp-trash-*"))) == 3  # two single deletions and the delete all
    assert cs.undo_delete_all() == 1 and cs.undo_delete_all() == 1  # ids[2], ids[1]
    assert cs.undo_is_delete_all and cs.undo_delete_all() == 1  # ids[0] went; the class did not
    assert sorted(e.id for e in cs.entries()) == sorted([whole, ids[1], ids[2]])
