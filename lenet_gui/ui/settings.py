"""The app's settings: a plain ini file read and written here, never decoded by QSettings.

QSettings turns `@Variant(…)` values into objects with Qt's binary decoder, which trusts the
sizes in the bytes: one hostile line aborts the process (std::bad_alloc) before any window,
beyond any Python `try`. So the file is parsed with the standard library's configparser and
every value is kept as text; getters parse it on demand and fall back to their default.
Files written by QSettings in earlier versions (`@ByteArray(…)` layouts, Qt's escapes) stay
readable. A file that cannot be parsed at all — too big, not text, not ini, a special file,
or holding binary `@Variant` values the app never writes — is renamed aside with a timestamp
and the app starts with defaults; `set_aside` says so in plain sentences for the window.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import contextlib
import math
import os
import re
import stat
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray

from ..core.atomic import replacing
from ..core.text import QT_TRANSLATE_NOOP
from . import paths

MAX_BYTES = 256 * 1024  # the app's own file is ~2 KiB; a bigger one is not ours to parse
GENERAL = "General"  # QSettings' section for keys without a group
BASE64 = "base64:"  # how bytes (window geometry and layout) are written
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}
# Values QSettings would hand to its binary decoder; the app never writes them.
_BINARY = ("@Variant(", "@DateTime(")
_KEY = re.compile(r"[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Settings:
    """The settings file (see paths.settings_file) as typed getters that never raise.

    Every getter returns its default when the key is missing, has the wrong type, cannot be
    parsed or lies outside the allowed range: a hand-edited or damaged value never stops the
    app. `set_aside` holds one sentence per file that had to be moved away at start.
    """

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else paths.settings_file()
        self.set_aside: tuple[str, ...] = ()
        self._raw: dict[str, str] = {}  # "group/key" → the value's text as in the file
        self._writable = True
        self._load()

    # -- reading -------------------------------------------------------------------------
    def _value(self, key: str):
        """The decoded value: str, list of str (Qt's comma lists), bytes, or None."""
        raw = self._raw.get(key)
        return None if raw is None else _decode(raw)

    def get_bool(self, key: str, default: bool) -> bool:
        v = self._value(key)
        if isinstance(v, str):
            s = v.strip().lower()
            if s in _TRUE:
                return True
            if s in _FALSE:
                return False
        return default

    def get_float(self, key: str, default: float, lo: float | None = None,
                  hi: float | None = None) -> float:
        value = _as_float(self._value(key))
        if value is None or not math.isfinite(value):
            return default
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return default
        return value

    def get_int(self, key: str, default: int, lo: int | None = None, hi: int | None = None) -> int:
        value = _as_float(self._value(key))
        if value is None or not math.isfinite(value) or value != int(value):
            return default
        value = int(value)
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return default
        return value

    def get_str(self, key: str, default: str, choices: Sequence[str] | None = None) -> str:
        v = self._value(key)
        if not isinstance(v, str):
            return default
        if choices is not None and v not in choices:
            return default
        return v

    def get_bytes(self, key: str) -> QByteArray | None:
        v = self._value(key)
        if isinstance(v, str) and v.startswith(BASE64):
            try:
                v = base64.b64decode(v[len(BASE64):], validate=True)
            except (binascii.Error, ValueError):
                return None
        return QByteArray(v) if isinstance(v, bytes) else None

    def contains(self, key: str) -> bool:
        return key in self._raw

    # -- writing -------------------------------------------------------------------------
    def set(self, key: str, value) -> None:
        """Remember a bool, int, float, str or bytes value; sync() writes the file."""
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ValueError(f"not a settings key: {key!r}")
        self._raw[key] = _encode(value)

    def remove(self, key: str) -> None:
        self._raw.pop(key, None)

    def sync(self) -> bool:
        """Write the file now, whole or not at all; False if it could not be written."""
        if not self._writable:
            return False
        parser = _parser()
        for key, raw in self._raw.items():
            group, name = key.split("/", 1) if "/" in key else (GENERAL, key)
            if not parser.has_section(group):
                parser.add_section(group)
            parser.set(group, name, raw)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with replacing(self.path, prefix=f".{self.path.name}.", suffix=".tmp") as f:
                text = _Text()
                parser.write(text, space_around_delimiters=False)
                f.write("".join(text.parts).encode("utf-8"))
        except OSError:
            return False
        return True

    # -- loading -------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            text = _read_bounded(self.path)
        except (FileNotFoundError, NotADirectoryError):
            return  # no file yet (a first start, or a home that cannot hold one): defaults
        except _Damaged as err:
            self._set_aside(err.args[0])
            return
        except OSError as err:
            self._set_aside(QT_TRANSLATE_NOOP("Settings", "it could not be read: {problem}").format(problem=err.strerror or str(err)))
            return
        if text is None:
            return
        try:
            self._raw = _parse(text)
        except _Damaged as err:
            self._set_aside(err.args[0])

    def _set_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        for n in range(2, 100):
            if not os.path.lexists(target):
                break
            target = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{n}")
        try:
            os.rename(self.path, target)
        except OSError as err:
            # Keep it, and never overwrite what could not be kept elsewhere.
            self._writable = False
            self.set_aside = (
                QT_TRANSLATE_NOOP("Settings", "The settings file {path} could not be used ({reason}) nor moved aside "
                                  "({problem}). lenet-gui started with its default settings and will "
                                  "not save settings this time.").format(
                    path=str(self.path), reason=reason, problem=err.strerror or str(err)),)
            return
        self.set_aside = (
            QT_TRANSLATE_NOOP("Settings", "The settings file could not be used ({reason}), so lenet-gui started with its "
                              "default settings. The old file was kept as {target}.").format(
                reason=reason, target=str(target)),)


class _Damaged(Exception):
    """The settings file as a whole cannot be used; the message says why, for people."""


class _Text:
    """A write() target collecting configparser's output."""

    def __init__(self):
        self.parts: list[str] = []

    def write(self, s: str) -> None:
        self.parts.append(s)


def _read_bounded(path: Path) -> str | None:
    """The file's text; raises _Damaged for special files, oversize files and non-text."""
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Damaged(QT_TRANSLATE_NOOP("Settings", "it is not a regular file").msg())
        if info.st_size > MAX_BYTES:
            raise _Damaged(QT_TRANSLATE_NOOP("Settings", "it is {size} bytes, far more than settings take").format(size=f"{info.st_size:,}"))
        chunks, total = [], 0
        while total <= MAX_BYTES:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_BYTES:  # it grew while being read
            raise _Damaged(QT_TRANSLATE_NOOP("Settings", "it is far bigger than settings take").msg())
    finally:
        os.close(fd)
    try:
        text = b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError:
        raise _Damaged(QT_TRANSLATE_NOOP("Settings", "it is not text").msg()) from None
    if _CONTROL.search(text):
        raise _Damaged(QT_TRANSLATE_NOOP("Settings", "it holds binary data").msg())
    return text


def _parser() -> configparser.RawConfigParser:
    # No interpolation, no defaults section, case kept: the file is data, not a template.
    parser = configparser.RawConfigParser(
        delimiters=("=",), comment_prefixes=(";", "#"), inline_comment_prefixes=None,
        strict=False, empty_lines_in_values=False, interpolation=None,
        default_section="\x00")
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    return parser


def _parse(text: str) -> dict[str, str]:
    parser = _parser()
    try:
        parser.read_string(text)
    except configparser.Error as err:
        line = getattr(err, "lineno", None) or _first_error_line(err)
        raise _Damaged(QT_TRANSLATE_NOOP("Settings", "it is not a settings file: line {line} makes no sense").format(line=line) if line
                       else QT_TRANSLATE_NOOP("Settings", "it is not a settings file").msg()) from None
    raw: dict[str, str] = {}
    for group in parser.sections():
        prefix = "" if group == GENERAL else _unescape_key(group) + "/"
        for name, value in parser.items(group, raw=True):
            key = prefix + _unescape_key(name).replace("\\", "/")
            if "\n" in value:
                raise _Damaged(QT_TRANSLATE_NOOP("Settings", "the value of {key} runs over several lines").format(key=key))
            decoded = _unescape(value)
            if any(v.startswith(_BINARY) for v in (decoded if isinstance(decoded, list) else [decoded])):
                raise _Damaged(QT_TRANSLATE_NOOP("Settings", "{key} holds a binary value that lenet-gui never writes").format(key=key))
            raw[key] = value
    return raw


def _first_error_line(err: configparser.Error) -> int | None:
    errors = getattr(err, "errors", None)
    return errors[0][0] if errors else None


def _unescape_key(name: str) -> str:
    """QSettings writes unusual characters of keys as %XX or %UXXXX."""
    def one(m: re.Match) -> str:
        return chr(int(m.group(1) or m.group(2), 16))

    return re.sub(r"%U([0-9A-Fa-f]{4})|%([0-9A-Fa-f]{2})", one, name)


# -- values ------------------------------------------------------------------------------
def _encode(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, QByteArray):
        value = bytes(value.data())
    if isinstance(value, bytes | bytearray):
        return BASE64 + base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, str):
        return _escape(value)
    raise TypeError(f"settings hold bool, int, float, str or bytes, not {type(value).__name__}")


def _escape(s: str) -> str:
    """Text as QSettings writes it, so that older versions of the app read it back too."""
    out = []
    after_hex = False  # a hex digit right after \xN would join the escape: escape it too
    for ch in ("@" + s if s.startswith("@") else s):
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or (after_hex and ch in _HEX):
            out.append(f"\\x{ord(ch):x}")
            after_hex = True
            continue
        else:
            out.append(ch)
        after_hex = False
    text = "".join(out)
    if any(c in text for c in ";,=") or text != text.strip() or text.startswith("#"):
        text = f'"{text}"'
    return text


_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                   '"': '"', "?": "?", "'": "'", "\\": "\\"}
_HEX = "0123456789abcdefABCDEF"


def _unescape(text: str) -> str | list[str]:
    """QSettings' ini value syntax: escapes, "quoted parts", and commas making a list."""
    items: list[str] = []
    current: list[str] = []
    is_list = quoted_now = quoted_any = False
    chop = 0  # trailing blanks after this many characters are dropped (Qt does the same)
    i, n = 0, len(text)

    def end_item() -> None:
        item = "".join(current)
        if not quoted_any:
            keep = item[:chop]
            item = keep + item[chop:].rstrip(" \t")
        items.append(item)

    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 1
            if i >= n:
                break
            esc = text[i]
            i += 1
            if esc in _SIMPLE_ESCAPES:
                current.append(_SIMPLE_ESCAPES[esc])
            elif esc == "x" or esc in "01234567":
                digits, base = (_HEX, 16) if esc == "x" else ("01234567", 8)
                value = 0 if esc == "x" else int(esc)
                while i < n and text[i] in digits:
                    value = (value * base + int(text[i], base)) & 0xFFFF  # Qt's char16_t
                    i += 1
                current.append(chr(value))
            chop = len(current)
        elif ch == '"':
            i += 1
            quoted_now = not quoted_now
            quoted_any = True
            if not quoted_now:
                while i < n and text[i] in " \t":
                    i += 1
        elif ch == "," and not quoted_now:
            is_list = True
            end_item()
            current, quoted_any, chop = [], False, 0
            i += 1
            while i < n and text[i] in " \t":
                i += 1
        else:
            current.append(ch)
            i += 1
    end_item()
    return items if is_list else items[0]


def _decode(raw: str) -> str | list[str] | bytes | None:
    value = _unescape(raw)
    if isinstance(value, list) or not value.startswith("@"):
        return value
    if value.startswith("@@"):
        return value[1:]
    if value.startswith("@ByteArray(") and value.endswith(")"):
        try:
            return value[len("@ByteArray("):-1].encode("latin-1")
        except UnicodeEncodeError:
            return None
    if value.startswith("@String(") and value.endswith(")"):
        return value[len("@String("):-1]
    if re.match(r"@[A-Za-z]+\(", value):
        return None  # @Invalid(), @Rect(…), @Size(…): nothing the app stores
    return value


def _as_float(v) -> float | None:
    if isinstance(v, str):
        with contextlib.suppress(ValueError, OverflowError):
            return float(v.strip())
    return None
