"""What the window keeps between runs: learning rate, brush, hold-out, log scale, architecture and the layout."""

from __future__ import annotations

from .canvas import BRUSH_RANGE
from .layout_state import plausible_geometry, plausible_state

LAYOUT_VERSION = 2  # 2: the input-size explorer got its own tab, and the banner stopped changing the docks' sizes


def restore(window, default_state) -> bool:
    """Put the saved values into the window; True when a saved dock layout was restored."""
    s = window.settings
    lr = s.get_float("train/lr", 0.01, lo=0.0, hi=1000.0)
    window.session.trainer.lr = lr
    # Out of range is a damaged value, not a wish for the thinnest or thickest brush.
    window.canvas.set_brush_width(s.get_int("canvas/brush", window.canvas.brush_width(), *BRUSH_RANGE))
    window.evaluation.set_holdout(s.get_bool("class_set/hold_out", False))
    window.loss.set_log_y(s.get_bool("loss/log_y", False))
    if s.get_int("window/layout_version", 0) != LAYOUT_VERSION:
        return False
    geometry = s.get_bytes("window/geometry")
    state = s.get_bytes("window/state")
    # Qt reads these bytes trusting every number in them (a bad dock area index
    # crashes it), so only a layout this window could have saved reaches Qt.
    if geometry is not None and plausible_geometry(geometry.data()):
        window.restoreGeometry(geometry)
    names = {dock.objectName() for dock in window.docks.values()}
    if state is not None and not plausible_state(state.data(), LAYOUT_VERSION, names):
        state = None
    if state is not None and not window.restoreState(state, LAYOUT_VERSION):
        window.restoreState(default_state, LAYOUT_VERSION)
        return False
    return state is not None


def save(window) -> None:
    """Write the window's values and its normal layout (even while presenting) to the settings."""
    s = window.settings
    s.set("window/layout_version", LAYOUT_VERSION)
    state, geometry = window.presentation.normal_layout()  # the normal layout, even while presenting
    s.set("window/geometry", geometry)
    s.set("window/state", state)
    s.set("train/lr", window.session.trainer.lr)
    s.set("net/arch", window.session.arch)
    s.set("canvas/brush", window.canvas.brush_width())
    s.sync()
