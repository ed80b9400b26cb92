"""Check a saved window layout before Qt reads it: Qt trusts those bytes and crashes on bad ones.

QMainWindow.restoreState() indexes its four dock areas with a number taken from the bytes
unchecked, and recurses once per nesting level; a damaged or hostile settings file could so
crash the app at every start. These functions walk the same structure as Qt's reader (Qt 6's
QDataStream layout of the main window, its dock areas and tool bars) and accept only what a
real window of this app could have saved: known dock names, areas 0–3, bounded counts, depth
and numbers, nothing left over. Anything else is refused and the default layout is used.
"""

from __future__ import annotations

import struct

MAX_STATE_BYTES = 16 * 1024  # a saved layout of this app is about 0.5 KiB
MAX_GEOMETRY_BYTES = 256  # Qt 6 writes 66 bytes
MAX_DEPTH = 6  # nested splits inside one dock area; the app uses two
MAX_ITEMS = 32  # docks or splits at one level; the app has 8 docks
MAX_NAME = 128  # characters of an object name
MAX_COORD = 1 << 24  # pixels (Qt's largest widget size is 2**24 - 1)

_VERSION_MARKER = 0xFF
_DOCK_MARKER = 0xFD
_FLOATING_TABS_MARKER = 0xF9
_TOOLBAR_MARKER_EX = 0xFC
_TAB_MARKER = 0xFA
_WIDGET_MARKER = 0xFB
_SEQUENCE_MARKER = 0xFC
_AREAS = {1, 2, 4, 8}  # Qt::DockWidgetArea values a corner can belong to
_GEOMETRY_MAGIC = 0x01D9D0CB


class _Bad(Exception):
    """The bytes are not a layout this app saved."""


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise _Bad
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def u8(self) -> int:
        return self.take(1)[0]

    def i32(self, lo: int = -MAX_COORD, hi: int = MAX_COORD) -> int:
        value = struct.unpack(">i", self.take(4))[0]
        if not lo <= value <= hi:
            raise _Bad
        return value

    def u32(self) -> int:
        return struct.unpack(">I", self.take(4))[0]

    def name(self) -> str:
        size = self.u32()
        if size == 0xFFFFFFFF:
            return ""  # a null QString
        if size % 2 or size > 2 * MAX_NAME:
            raise _Bad
        try:
            return self.take(size).decode("utf-16-be")
        except UnicodeDecodeError:
            raise _Bad from None

    def at_end(self) -> bool:
        return self.pos == len(self.data)


def plausible_state(data: bytes, version: int, dock_names: set[str]) -> bool:
    """True if `data` is a QMainWindow.saveState(version) of a window with these docks."""
    data = bytes(data)
    if not data or len(data) > MAX_STATE_BYTES:
        return False
    r = _Reader(data)
    try:
        if r.i32(0, 0xFF) != _VERSION_MARKER or r.i32(-(2**31), 2**31 - 1) != version:
            return False
        seen: set[str] = set()
        sections: list[int] = []
        while not r.at_end():
            marker = r.u8()
            sections.append(marker)
            if marker == _DOCK_MARKER:
                _dock_areas(r, dock_names, seen)
            elif marker == _FLOATING_TABS_MARKER:
                r.take(16)  # the floating group's QRect
                _area_info(r, dock_names, seen, 0)
            elif marker == _TOOLBAR_MARKER_EX:
                _toolbars(r)
            else:
                return False
    except _Bad:
        return False
    # Qt writes the docks first and the tool bars last, each once: less is a cut-off file.
    return (sections[:1] == [_DOCK_MARKER] and sections[-1:] == [_TOOLBAR_MARKER_EX]
            and sections.count(_DOCK_MARKER) == 1 and sections.count(_TOOLBAR_MARKER_EX) == 1)


def plausible_geometry(data: bytes) -> bool:
    """True if `data` looks like QWidget.saveGeometry(): Qt's magic number, sane rectangles."""
    data = bytes(data)
    if len(data) < 42 or len(data) > MAX_GEOMETRY_BYTES:
        return False
    r = _Reader(data)
    try:
        if r.u32() != _GEOMETRY_MAGIC:
            return False
        major = struct.unpack(">H", r.take(2))[0]
        r.take(2)  # minor version
        if major not in (1, 2, 3):
            return False
        for _ in range(8):  # the frame and the normal geometry, as left, top, right, bottom
            r.i32()
    except _Bad:
        return False
    return True


def _dock_areas(r: _Reader, names: set[str], seen: set[str]) -> None:
    count = r.i32(0, 4)
    areas: set[int] = set()
    for _ in range(count):
        area = r.i32(0, 3)  # Qt uses this number as an index without checking it
        if area in areas:
            raise _Bad
        areas.add(area)
        r.i32(), r.i32()  # the area's size
        _area_info(r, names, seen, 0)
    r.i32(), r.i32()  # the central widget's size
    for _ in range(4):
        if r.i32() not in _AREAS:
            raise _Bad


def _area_info(r: _Reader, names: set[str], seen: set[str], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise _Bad
    marker = r.u8()
    tab_index = None
    if marker == _TAB_MARKER:
        tab_index = r.i32(-1, MAX_ITEMS)
    elif marker != _SEQUENCE_MARKER:
        raise _Bad
    if r.u8() not in (1, 2):  # Qt::Horizontal, Qt::Vertical
        raise _Bad
    count = r.i32(0, MAX_ITEMS)
    if tab_index is not None and tab_index >= count:
        raise _Bad
    for _ in range(count):
        kind = r.u8()
        if kind == _WIDGET_MARKER:
            name = r.name()
            if name not in names or name in seen:
                raise _Bad
            seen.add(name)
            flags = r.u8()  # Qt reads bit 0 (visible) and bit 1 (floating), ignores the rest
            r.i32(), r.i32()  # position and size, or a floating dock's x and y
            if flags & 2:
                r.i32(), r.i32()  # a floating dock's width and height
            else:
                r.u32(), r.u32()  # minimum and maximum size: Qt reads and ignores them
        elif kind == _SEQUENCE_MARKER:
            r.i32(), r.i32()  # position and size
            r.u32(), r.u32()  # minimum and maximum size, ignored by Qt
            _area_info(r, names, seen, depth + 1)
        else:
            raise _Bad


def _toolbars(r: _Reader) -> None:
    lines = r.i32(0, MAX_ITEMS)
    for _ in range(lines):
        r.i32(0, 3)  # the tool bar area
        for _ in range(r.i32(0, MAX_ITEMS)):
            r.name()
            r.u8()  # shown and orientation bits
            r.i32(), r.i32()  # position and preferred size
            r.u32(), r.u32()  # packed geometry
