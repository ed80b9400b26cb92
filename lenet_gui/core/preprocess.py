"""Turn any grayscale drawing into the 1×1×32×32 input, the way the MNIST digits were made.

Output values lie in [0, 1]: 0 is background, 1 is full ink. Like the tutorial, no mean/std
normalisation is applied, so what the net sees is exactly what the preview shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

INK_THRESHOLD = 0.05  # a pixel this bright counts as ink when finding the bounding box
BOX = 20  # MNIST: the longest side of the digit is scaled to 20 px ...
FIELD = 28  # ... placed by centre of mass in a 28×28 field ...
SIZE = 32  # ... and the tutorial's net takes 32×32, so 2 px of padding on each side.


@dataclass(frozen=True)
class PreprocessSteps:
    """Every intermediate image, so the preprocessing can be shown, not only described."""

    normalised: np.ndarray  # the drawing as floats in [0, 1], ink light
    box: tuple[int, int, int, int]  # (top, left, bottom, right) of the ink; all 0 when empty
    cropped: np.ndarray
    scaled: np.ndarray  # longest side 20 px
    centred: np.ndarray  # 28×28, centre of mass in the middle
    final: np.ndarray  # 32×32
    offset: tuple[int, int] = (0, 0)  # (row, col) where the scaled digit sits in the 28×28 field

    @property
    def empty(self) -> bool:
        return self.cropped.size == 0


def normalise(image: np.ndarray, dark_on_light: bool = False) -> np.ndarray:
    """Any 2-D grayscale array → float32 in [0, 1] with light ink on a dark background.

    How pixel values are read: bool → 0/1; uint8 → 0–255; uint16 → 0–65535; any other integer
    type → 0–255 (or a 0/1 mask if no value exceeds 1); floats → 0.0–1.0. Values outside the
    range are clipped.
    """
    a = _as_array(image)
    if a.ndim == 3 and a.shape[-1] == 1:
        a = a[..., 0]
    if a.ndim != 2:
        raise ValueError(
            f"preprocess takes a 2-D grayscale image (height × width), got an array of shape "
            f"{a.shape}" + ("; convert a colour image to grayscale first" if a.ndim == 3 else "")
        )
    if a.size == 0:
        raise ValueError(f"preprocess got an image with no pixels (shape {a.shape})")
    if a.dtype == np.bool_:
        a = a.astype(np.float32)
    elif np.issubdtype(a.dtype, np.integer):
        if a.dtype == np.uint16:
            scale = 65535.0
        elif a.dtype != np.uint8 and a.max() <= 1:
            scale = 1.0  # an integer 0/1 mask
        else:
            # A plain int64 array from np.zeros(..., dtype=int) holding 0–255 is common.
            scale = 255.0
        unsigned_full_range = a.dtype in (np.uint8, np.uint16)
        a = a.astype(np.float32)
        a /= np.float32(scale)  # in place: one 280×280 temporary fewer per frame of a stroke
        if unsigned_full_range:
            return 1.0 - a if dark_on_light else a  # already in [0, 1]: no clipping copy
    elif np.issubdtype(a.dtype, np.floating):
        if not np.isfinite(a).all():
            raise ValueError("preprocess got an image with nan or inf pixels")
        # Clip before narrowing: 1e300 in float64 would overflow float32 (with a warning).
        a = np.clip(a, 0.0, 1.0).astype(np.float32)
    else:
        raise ValueError(f"preprocess takes a numeric image, got dtype {a.dtype}")
    a = np.clip(a, 0.0, 1.0)
    return 1.0 - a if dark_on_light else a


def _as_array(image) -> np.ndarray:
    """The pixels as a numpy array: a tensor is read as it is (detached, from any dense layout)."""
    if isinstance(image, torch.Tensor):
        if image.layout != torch.strided:
            raise ValueError(f"preprocess takes an ordinary (dense) image tensor, got a {image.layout} one")
        if image.device.type == "meta":
            raise ValueError("preprocess got a 'meta' tensor: it has a shape but no pixel values")
        if image.is_complex() or image.is_quantized:
            raise ValueError(f"preprocess takes a numeric image, got dtype {image.dtype}")
        image = image.detach().cpu()  # a drawing that requires grad is still a drawing
        if image.is_floating_point() and image.dtype not in (torch.float16, torch.float32, torch.float64):
            image = image.float()  # bfloat16 and float8 have no numpy type
        return image.numpy()
    try:
        return np.asarray(image)
    except (ValueError, TypeError, OverflowError) as err:  # ragged lists, unreadable objects
        raise ValueError(f"preprocess takes a 2-D grayscale image, got {type(image).__name__} "
                         f"that is not one ({str(err).splitlines()[0] if str(err) else err!r})") from None


def _resize(a: np.ndarray, height: int, width: int) -> np.ndarray:
    t = torch.from_numpy(np.ascontiguousarray(a)).view(1, 1, *a.shape)
    shrinking = height < a.shape[0] or width < a.shape[1]
    # Antialiased bilinear when shrinking averages the strokes like MNIST's own scaling.
    out = F.interpolate(t, size=(height, width), mode="bilinear", align_corners=False, antialias=shrinking)
    return out[0, 0].clamp(0, 1).numpy()


def preprocess_steps(image: np.ndarray, dark_on_light: bool = False) -> PreprocessSteps:
    """Crop to the ink, scale the longest side to 20 px, centre by mass in 28×28, pad to 32×32."""
    a = normalise(image, dark_on_light)
    ink = a > INK_THRESHOLD  # once, for both directions
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    if rows.size == 0:
        z = np.zeros((0, 0), np.float32)
        return PreprocessSteps(a, (0, 0, 0, 0), z, z, np.zeros((FIELD, FIELD), np.float32),
                               np.zeros((SIZE, SIZE), np.float32))
    top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    cropped = a[top:bottom, left:right]
    h, w = cropped.shape
    scale = BOX / max(h, w)
    scaled = _resize(cropped, max(1, round(h * scale)), max(1, round(w * scale)))

    # Paste so that the centre of mass lands on the field's centre, clipped to stay inside.
    sh, sw = scaled.shape
    mass = scaled.sum()
    cy = (scaled.sum(axis=1) @ np.arange(sh)) / mass if mass > 0 else (sh - 1) / 2
    cx = (scaled.sum(axis=0) @ np.arange(sw)) / mass if mass > 0 else (sw - 1) / 2
    # MNIST puts the centre of mass on pixel index 14 (FIELD / 2), rounding halves up; doing
    # the same makes an MNIST digit come out of here unchanged.
    # Plain Python on these scalars: numpy's clip/floor/pad cost ~10 µs each, at every frame.
    y0 = min(max(math.floor(FIELD / 2 - cy + 0.5), 0), FIELD - sh)
    x0 = min(max(math.floor(FIELD / 2 - cx + 0.5), 0), FIELD - sw)
    centred = np.zeros((FIELD, FIELD), np.float32)
    centred[y0:y0 + sh, x0:x0 + sw] = scaled
    pad = (SIZE - FIELD) // 2
    final = np.zeros((SIZE, SIZE), np.float32)
    final[pad:pad + FIELD, pad:pad + FIELD] = centred
    return PreprocessSteps(a, (int(top), int(left), int(bottom), int(right)), cropped, scaled, centred, final,
                           (int(y0), int(x0)))


def input_to_drawing(steps: PreprocessSteps, top: float, left: float, bottom: float,
                     right: float) -> tuple[float, float, float, float] | None:
    """Where a rectangle of the 32×32 input (pixel edges) lies in the drawing, in its pixels.

    The preprocessing run backwards: unpad, uncentre, unscale, uncrop. None for an empty
    drawing (nothing was scaled, so the input holds nothing of it).
    """
    if steps.empty:
        return None
    pad = (SIZE - FIELD) // 2
    y0, x0 = steps.offset
    box_top, box_left, box_bottom, box_right = steps.box
    sy = (box_bottom - box_top) / steps.scaled.shape[0]  # drawing pixels per scaled pixel
    sx = (box_right - box_left) / steps.scaled.shape[1]
    return (box_top + (top - pad - y0) * sy, box_left + (left - pad - x0) * sx,
            box_top + (bottom - pad - y0) * sy, box_left + (right - pad - x0) * sx)


def preprocess(image: np.ndarray, dark_on_light: bool = False) -> torch.Tensor:
    """A grayscale image of any size → float tensor (1, 1, 32, 32) in [0, 1]; empty gives zeros."""
    final = preprocess_steps(image, dark_on_light).final
    return torch.from_numpy(final.copy()).view(1, 1, SIZE, SIZE)
