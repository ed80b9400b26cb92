"""A small PNG encoder/decoder for 8-bit images, built on zlib and struct only (no Qt, no PIL)."""

from __future__ import annotations

import io
import os
import struct
import zlib

import numpy as np

SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Channels per pixel for each colour type this decoder reads (3 = palette, one index byte).
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# A drawing is a few hundred pixels wide; this bound keeps a hostile file from costing gigabytes.
MAX_PIXELS = 16 * 1024 * 1024


def encode_png(a: np.ndarray) -> bytes:
    """An 8-bit grayscale PNG of a non-empty 2-D uint8 array (rows top to bottom)."""
    a = _check_gray(a)
    h, w = a.shape
    # Filter type 0 ("None") for every row: a zero byte before each row of pixels.
    raw = np.zeros((h, w + 1), dtype=np.uint8)
    raw[:, 1:] = a
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"".join(
        [SIGNATURE, _chunk(b"IHDR", ihdr), _chunk(b"IDAT", zlib.compress(raw.tobytes(), 6)),
         _chunk(b"IEND", b"")]
    )


def write_png(target: str | os.PathLike | io.IOBase, a: np.ndarray) -> None:
    """Write encode_png(a) to a path or to a binary file object (e.g. io.BytesIO)."""
    data = encode_png(a)
    if hasattr(target, "write"):
        target.write(data)
    else:
        with open(target, "wb") as f:
            f.write(data)


def decode_png(data: bytes, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """A PNG as a 2-D uint8 grayscale array; colour is converted, alpha composited onto black.

    Reads 8-bit, non-interlaced grayscale, RGB, palette, gray+alpha and RGBA images with any of
    the five row filters. Anything else, or any damage, raises ValueError.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ValueError(f"decode_png takes bytes, got {type(data).__name__}")
    data = bytes(data)
    if data[:8] != SIGNATURE:
        raise ValueError("not a PNG file (the signature is missing)")
    header, palette, idat = None, None, []
    pos, seen_end = 8, False
    while pos < len(data):
        if pos + 8 > len(data):
            raise ValueError("the PNG is truncated (a chunk header is cut off)")
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 8 + length
        if end + 4 > len(data):
            raise ValueError(f"the PNG is truncated (chunk {ctype!r} is cut off)")
        body = data[pos + 8:end]
        (crc,) = struct.unpack(">I", data[end:end + 4])
        if zlib.crc32(ctype + body) != crc:
            raise ValueError(f"the PNG is damaged (checksum of chunk {ctype!r} is wrong)")
        pos = end + 4
        if header is None and ctype != b"IHDR":
            raise ValueError("the PNG is damaged (it does not start with a header chunk)")
        if ctype == b"IHDR":
            header = _read_header(body, max_pixels)
        elif ctype == b"PLTE":
            if len(body) % 3 or not body:
                raise ValueError("the PNG's palette has a bad length")
            palette = np.frombuffer(body, dtype=np.uint8).reshape(-1, 3)
        elif ctype == b"IDAT":
            idat.append(body)
        elif ctype == b"IEND":
            seen_end = True
            break
        elif not (ctype[0] & 0x20):
            # Ancillary chunks (lowercase first letter) may be skipped; critical ones may not.
            raise ValueError(f"the PNG uses an unsupported critical chunk {ctype!r}")
    if header is None:
        raise ValueError("the PNG has no header chunk")
    if not seen_end:
        raise ValueError("the PNG is truncated (no end chunk)")
    if not idat:
        raise ValueError("the PNG has no image data")
    w, h, ctype_ = header
    channels = _CHANNELS[ctype_]
    stride = w * channels
    expected = h * (stride + 1)
    raw = _inflate(b"".join(idat), expected)
    pixels = _unfilter(raw, h, stride, channels)  # (h, stride) uint8
    return _to_gray(pixels.reshape(h, w, channels), ctype_, palette)


# -- helpers ------------------------------------------------------------------------------
def _check_gray(a: np.ndarray) -> np.ndarray:
    if not isinstance(a, np.ndarray):
        raise ValueError(f"the image must be a numpy array, got {type(a).__name__}")
    if a.dtype != np.uint8:
        raise ValueError(f"the image must be uint8 (0–255 gray levels), got {a.dtype}")
    if a.ndim != 2:
        raise ValueError(f"the image must be 2-D (height × width grayscale), got shape {a.shape}")
    if a.size == 0:
        raise ValueError(f"the image is empty (shape {a.shape})")
    return a


def _chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def _read_header(body: bytes, max_pixels: int) -> tuple[int, int, int]:
    if len(body) != 13:
        raise ValueError("the PNG header has the wrong length")
    w, h, depth, ctype, compression, filt, interlace = struct.unpack(">IIBBBBB", body)
    if w == 0 or h == 0:
        raise ValueError(f"the PNG is empty ({w}×{h} pixels)")
    if w * h > max_pixels:
        raise ValueError(f"the PNG is too large ({w}×{h} pixels; at most {max_pixels} allowed)")
    if ctype not in _CHANNELS:
        raise ValueError(f"the PNG has an unknown colour type {ctype}")
    if depth != 8:
        raise ValueError(f"only 8-bit PNGs are supported, this one has {depth} bits per sample")
    if compression != 0 or filt != 0:
        raise ValueError("the PNG uses an unknown compression or filter method")
    if interlace != 0:
        raise ValueError("interlaced PNGs are not supported; save it without interlacing")
    return w, h, ctype


def _inflate(compressed: bytes, expected: int) -> bytes:
    # Never inflate more than the header promises: a small "zip bomb" stays small.
    d = zlib.decompressobj()
    try:
        raw = d.decompress(compressed, expected + 1)
    except zlib.error as err:
        raise ValueError(f"the PNG's image data is damaged ({err})") from None
    if len(raw) != expected:
        raise ValueError(
            f"the PNG's image data has the wrong size ({len(raw)} bytes, expected {expected})"
        )
    return raw


def _unfilter(raw: bytes, h: int, stride: int, bpp: int) -> np.ndarray:
    rows = np.frombuffer(raw, dtype=np.uint8).reshape(h, stride + 1)
    out = np.zeros((h, stride), dtype=np.uint8)
    prior = np.zeros(stride, dtype=np.uint8)
    for y in range(h):
        kind, line = int(rows[y, 0]), rows[y, 1:]
        if kind == 0:
            cur = line.copy()
        elif kind == 1:  # Sub: running sum along each channel, modulo 256
            cur = np.empty(stride, dtype=np.uint8)
            for c in range(bpp):
                cur[c::bpp] = np.cumsum(line[c::bpp], dtype=np.int64) % 256
        elif kind == 2:  # Up
            cur = (line.astype(np.int64) + prior) % 256
            cur = cur.astype(np.uint8)
        elif kind in (3, 4):
            cur = _unfilter_sequential(kind, line, prior, bpp)
        else:
            raise ValueError(f"the PNG is damaged (unknown row filter {kind} in row {y})")
        out[y] = cur
        prior = out[y]
    return out


def _unfilter_sequential(kind: int, line: np.ndarray, prior: np.ndarray, bpp: int) -> np.ndarray:
    # Average and Paeth depend on the pixel just decoded, so they go byte by byte.
    cur = bytearray(line.tobytes())
    up = prior.tobytes()
    for i in range(len(cur)):
        left = cur[i - bpp] if i >= bpp else 0
        if kind == 3:
            cur[i] = (cur[i] + ((left + up[i]) >> 1)) & 0xFF
        else:
            upleft = up[i - bpp] if i >= bpp else 0
            p = left + up[i] - upleft
            pa, pb, pc = abs(p - left), abs(p - up[i]), abs(p - upleft)
            pred = left if pa <= pb and pa <= pc else (up[i] if pb <= pc else upleft)
            cur[i] = (cur[i] + pred) & 0xFF
    return np.frombuffer(bytes(cur), dtype=np.uint8)


def _to_gray(px: np.ndarray, ctype: int, palette: np.ndarray | None) -> np.ndarray:
    # px: (h, w, channels) uint8
    if ctype == 0:
        return np.ascontiguousarray(px[:, :, 0])
    if ctype == 3:
        if palette is None:
            raise ValueError("the PNG uses a palette but has none")
        idx = px[:, :, 0]
        if int(idx.max()) >= len(palette):
            raise ValueError("the PNG refers to a palette entry that does not exist")
        px = palette[idx]  # (h, w, 3)
        ctype = 2
    alpha = None
    if ctype == 4:
        gray, alpha = px[:, :, 0].astype(np.float64), px[:, :, 1]
    else:
        rgb = px[:, :, :3].astype(np.float64)
        # ITU-R BT.601 luma, the weights most image tools use for "convert to grayscale".
        gray = rgb @ np.array([0.299, 0.587, 0.114])
        if ctype == 6:
            alpha = px[:, :, 3]
    if alpha is not None:
        gray = gray * (alpha.astype(np.float64) / 255.0)  # transparent = dark background
    return np.clip(np.rint(gray), 0, 255).astype(np.uint8)
