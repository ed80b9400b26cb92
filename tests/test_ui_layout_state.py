"""The saved window layout is checked before Qt reads it: real layouts pass, crashing ones don't."""

from __future__ import annotations

import base64
import struct

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt

from lenet_gui.ui.layout_state import plausible_geometry, plausible_state
from lenet_gui.ui.main_window import LAYOUT_VERSION, MainWindow
from tests.test_ui_settings import run_app

AREA_INDEX_AT = 13  # version marker (4) + version (4) + dock marker (1) + area count (4)


@pytest.fixture
def window(qtbot, tmp_settings):
    w = MainWindow(random_weights=True)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def names(w: MainWindow) -> set[str]:
    return {d.objectName() for d in w.docks.values()}


def state(w: MainWindow) -> bytes:
    return bytes(w.saveState(LAYOUT_VERSION).data())


def test_every_layout_a_window_saves_is_accepted(window, qtbot):
    w = window
    seen = [state(w)]
    w.docks["maps"].hide()
    seen.append(state(w))
    w.docks["code"].close()
    seen.append(state(w))
    w.docks["loss"].setFloating(True)
    seen.append(state(w))
    w.splitDockWidget(w.docks["output"], w.docks["gradients"], Qt.Orientation.Horizontal)
    seen.append(state(w))
    w.tabifyDockWidget(w.docks["training"], w.docks["layers"])
    seen.append(state(w))
    w.reset_layout()
    seen.append(state(w))
    for s in seen:
        assert plausible_state(s, LAYOUT_VERSION, names(w))
        assert not plausible_state(s, LAYOUT_VERSION + 1, names(w))  # another version
        assert not plausible_state(s, LAYOUT_VERSION, names(w) - {"dock_maps"})  # another window
        assert not plausible_state(s + b"\x00", LAYOUT_VERSION, names(w))  # trailing bytes
    assert plausible_geometry(bytes(w.saveGeometry().data()))


def test_truncated_layouts_are_refused(window):
    s = state(window)
    assert not any(plausible_state(s[:n], LAYOUT_VERSION, names(window)) for n in range(len(s)))


def test_a_dock_area_index_qt_would_use_unchecked_is_refused(window):
    s = bytearray(state(window))
    assert struct.unpack(">i", s[AREA_INDEX_AT:AREA_INDEX_AT + 4])[0] in range(4)
    for bad in (4, 255, -1, 2**31 - 1):
        s[AREA_INDEX_AT:AREA_INDEX_AT + 4] = struct.pack(">i", bad)
        assert not plausible_state(bytes(s), LAYOUT_VERSION, names(window))


def test_deep_nesting_and_huge_counts_are_refused(window):
    head = struct.pack(">iiBii", 0xFF, LAYOUT_VERSION, 0xFD, 1, 0) + struct.pack(">ii", 100, 100)
    # Each level: a sequence holding one nested sequence (Qt recurses once per level).
    level = bytes([0xFC, 2]) + struct.pack(">i", 1) + bytes([0xFC]) + struct.pack(">iiII", 0, 10, 0, 0)
    deep = head + level * 10_000
    assert not plausible_state(deep, LAYOUT_VERSION, names(window))
    many = head + bytes([0xFC, 2]) + struct.pack(">i", 2**31 - 1)
    assert not plausible_state(many, LAYOUT_VERSION, names(window))


def test_geometry_other_than_qts_is_refused():
    assert not plausible_geometry(b"")
    assert not plausible_geometry(b"not a geometry at all, but long enough to be read")
    assert not plausible_geometry(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00" + b"\x7f\xff\xff\xff" * 8)
    assert not plausible_geometry(b"\x01\xd9\xd0\xcb" + b"\x00" * 4000)


def test_a_crashing_layout_in_the_settings_no_longer_kills_the_start(window, tmp_path):
    """Qt indexes its four dock areas with this number unchecked: 255 was a segfault."""
    s = bytearray(state(window))
    s[AREA_INDEX_AT:AREA_INDEX_AT + 4] = struct.pack(">i", 255)
    home = tmp_path / "crash_home"
    home.mkdir()
    # As earlier versions stored it (@ByteArray), which both the old and the new reader take.
    q = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)  # writing only
    q.setValue("window/layout_version", 1)
    q.setValue("window/state", QByteArray(bytes(s)))
    q.sync()
    del q
    done = run_app(home)
    assert done.returncode == 0, done.stderr  # was -11
    assert "Traceback" not in done.stderr, done.stderr
    # The window was built and closed: it saved a layout of its own over the bad one.
    text = (home / "settings.ini").read_text()
    saved = base64.b64decode(text.split("state=base64:")[1].split()[0])
    assert saved != bytes(s) and plausible_state(saved, LAYOUT_VERSION, names(window))


def test_a_refused_layout_leaves_the_default_one(qtbot, tmp_settings, window):
    default = {n: (window.dockWidgetArea(d), d.isVisible()) for n, d in window.docks.items()}
    s = bytearray(state(window))
    s[AREA_INDEX_AT:AREA_INDEX_AT + 4] = struct.pack(">i", 7)
    window.settings.set("window/layout_version", LAYOUT_VERSION)
    window.settings.set("window/state", QByteArray(bytes(s)))
    assert window.settings.sync()
    window.hide()
    again = MainWindow(random_weights=True)
    qtbot.addWidget(again)
    again.resize(1200, 800)
    again.show()
    assert {n: (again.dockWidgetArea(d), d.isVisible()) for n, d in again.docks.items()} == default
