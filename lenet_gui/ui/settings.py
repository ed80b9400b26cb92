"""Typed access to QSettings that falls back to defaults instead of raising on bad values."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings

from . import paths

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


class Settings:
    """The app's settings: an ini file under LENET_GUI_HOME, else Qt's per-user store.

    Every getter returns its default when the key is missing, has the wrong type, cannot be
    parsed or lies outside the allowed range: a hand-edited or damaged file never stops the app.
    """

    def __init__(self, path=None):
        file = path if path is not None else paths.settings_file()
        if file is not None:
            self.qsettings = QSettings(str(file), QSettings.Format.IniFormat)
        else:
            self.qsettings = QSettings(paths.ORGANIZATION, paths.APPLICATION)

    # -- reading -------------------------------------------------------------------------
    def _raw(self, key: str):
        try:
            return self.qsettings.value(key)
        except Exception:  # noqa: BLE001 - an undecodable stored value counts as missing
            return None

    def get_bool(self, key: str, default: bool) -> bool:
        v = self._raw(key)
        if isinstance(v, bool):
            return v
        if isinstance(v, int) and v in (0, 1):
            return bool(v)
        if isinstance(v, str):
            s = v.strip().lower()
            if s in _TRUE:
                return True
            if s in _FALSE:
                return False
        return default

    def get_float(self, key: str, default: float, lo: float | None = None,
                  hi: float | None = None) -> float:
        value = _as_float(self._raw(key))
        if value is None or not math.isfinite(value):
            return default
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return default
        return value

    def get_int(self, key: str, default: int, lo: int | None = None, hi: int | None = None) -> int:
        value = _as_float(self._raw(key))
        if value is None or not math.isfinite(value) or value != int(value):
            return default
        value = int(value)
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return default
        return value

    def get_str(self, key: str, default: str, choices: Sequence[str] | None = None) -> str:
        v = self._raw(key)
        if isinstance(v, int | float) and not isinstance(v, bool):
            v = str(v)  # an ini file cannot tell "3" from 3
        if not isinstance(v, str):
            return default
        if choices is not None and v not in choices:
            return default
        return v

    def get_bytes(self, key: str) -> QByteArray | None:
        v = self._raw(key)
        if isinstance(v, QByteArray):
            return v
        if isinstance(v, bytes | bytearray):
            return QByteArray(bytes(v))
        return None

    # -- writing -------------------------------------------------------------------------
    def set(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)

    def remove(self, key: str) -> None:
        self.qsettings.remove(key)

    def contains(self, key: str) -> bool:
        return self.qsettings.contains(key)

    def sync(self) -> bool:
        """Write to disk now; False if the file could not be written.

        A FormatError from reading a damaged file sticks to the status, but writing still
        works (and repairs the file), so only an AccessError counts as failure.
        """
        self.qsettings.sync()
        return self.qsettings.status() != QSettings.Status.AccessError


def _as_float(v) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            return None
    return None
