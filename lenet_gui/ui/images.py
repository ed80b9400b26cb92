"""numpy pixels to QImage, for the widgets that paint arrays of values."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def rgba_image(rgba: np.ndarray) -> QImage:
    """An (H, W, 4) uint8 RGBA array as a QImage that owns a copy of its pixels (not a view of a
    numpy buffer that may go away)."""
    rgba = np.ascontiguousarray(rgba)
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
