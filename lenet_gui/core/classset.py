"""The class's own drawings: labelled PNG files plus an index, written so a crash loses little.

Layout of the folder::

    3_<32 hex id>.png     one drawing, its label first in the name
    index.json            creation times and order; rebuilt from the file names if lost

The PNG files are the truth. The label lives in the file name, so a missing or damaged index
is rebuilt silently; every write goes to a temporary file in the same folder and is moved into
place with os.replace, so a process killed mid-save leaves either the old state or the new one.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import time
import uuid
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .atomic import replacing
from .png import decode_png, encode_png

INDEX = "index.json"
TMP_PREFIX = ".tmp-"
_NAME = re.compile(r"^([0-9])_([0-9a-f]{32})\.png$")
_ANY_LABELLED = re.compile(r"^([0-9])_[^/\\]*\.png$", re.IGNORECASE)
# Limits for importing: a class set of hand drawings is small; anything far larger is not one.
MAX_MEMBERS = 20_000
MAX_PNG_BYTES = 4 * 1024 * 1024
MAX_INDEX_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_IMPORT_PIXELS = 2048 * 2048
# A temp file older than this belongs to a process that died; younger ones may still be written.
STALE_SECONDS = 60.0


@dataclass(frozen=True)
class Entry:
    """One stored drawing."""

    id: str  # 32 hex digits
    label: int  # 0–9
    created: float  # seconds since the epoch


@dataclass(frozen=True)
class ImportResult:
    """What import_zip did."""

    added: int
    skipped_bad: int  # unreadable images, members that are not PNGs, unlabelled images
    skipped_duplicate: int  # drawings this class set already holds (same id)


class ClassSet:
    """Drawings labelled 0–9 stored in one folder; see the module docstring for the layout."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._entries: dict[str, Entry] = {}
        self.last_import: ImportResult | None = None
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the folder again: files are the truth, the index supplies creation times."""
        self._clean_stale_temps()
        index = self._read_index()
        found: dict[str, Entry] = {}
        for p in self.folder.iterdir():
            m = _NAME.match(p.name)
            if not m or not p.is_file():
                continue
            label, id_ = int(m.group(1)), m.group(2)
            created = index.get(id_)
            if created is None:
                try:
                    created = p.stat().st_mtime
                except OSError:
                    continue
            found[id_] = Entry(id_, label, created)
        changed = set(found) != set(index)
        self._entries = found
        if changed:
            with contextlib.suppress(OSError):
                self._write_index()

    def entries(self) -> list[Entry]:
        """Every drawing, oldest first."""
        return sorted(self._entries.values(), key=lambda e: (e.created, e.id))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, id_: object) -> bool:
        return id_ in self._entries

    def entry(self, id_: str) -> Entry:
        try:
            return self._entries[id_]
        except (KeyError, TypeError):
            raise KeyError(f"no drawing with id {id_!r} in the class set") from None

    def image(self, id_: str) -> np.ndarray:
        """The drawing as a 2-D uint8 array; ValueError if its file is damaged."""
        path = self._path(self.entry(id_))
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ValueError(f"the file of drawing {id_} has disappeared") from None
        return decode_png(data)

    def dataset(self) -> tuple[list[np.ndarray], np.ndarray]:
        """(images, labels) for training: a list of 2-D uint8 arrays and an int64 array.

        Images keep their own sizes (imported ones may differ); damaged files are left out.
        """
        images, labels = [], []
        for e in self.entries():
            try:
                images.append(self.image(e.id))
            except (ValueError, OSError):
                continue
            labels.append(e.label)
        return images, np.asarray(labels, dtype=np.int64)

    # -- writing ---------------------------------------------------------------------------
    def add(self, image: np.ndarray, label: int) -> str:
        """Store a drawing with its label 0–9; returns its new id."""
        label = _check_label(label)
        data = encode_png(_check_image(image))
        id_ = uuid.uuid4().hex
        entry = Entry(id_, label, time.time())
        # Image first, index second: if we die in between, reload() finds the image anyway.
        self._atomic_write(self._path(entry), data)
        self._entries[id_] = entry
        self._write_index()
        return id_

    def delete(self, id_: str) -> None:
        entry = self.entry(id_)
        with contextlib.suppress(FileNotFoundError):
            self._path(entry).unlink()
        del self._entries[id_]
        _fsync_dir(self.folder)
        self._write_index()

    def relabel(self, id_: str, label: int) -> None:
        label = _check_label(label)
        entry = self.entry(id_)
        if entry.label == label:
            return
        new = Entry(entry.id, label, entry.created)
        # A rename is atomic; the label in the file name is the truth, so no window of doubt.
        os.replace(self._path(entry), self._path(new))
        _fsync_dir(self.folder)
        self._entries[id_] = new
        self._write_index()

    # -- zip export / import ---------------------------------------------------------------
    def export_zip(self, path: str | os.PathLike) -> int:
        """Write every drawing and the index to a zip file; returns how many drawings."""
        path = Path(path)
        entries = self.entries()
        with replacing(path, TMP_PREFIX, ".zip") as f:
            with zipfile.ZipFile(f, "w", zipfile.ZIP_STORED) as zf:  # PNGs are compressed
                for e in entries:
                    zf.write(self._path(e), self._path(e).name)
                zf.writestr(INDEX, _index_json(entries))
        return len(entries)

    def import_zip(self, path: str | os.PathLike) -> int:
        """Add the drawings of a zip made by export_zip (or any zip of "<digit>_name.png").

        Every member is checked: only PNG files and an index are read, nothing is extracted
        to disk as is; an unsafe member name refuses the whole archive (ValueError), damaged
        or unlabelled images are skipped and counted in self.last_import. Returns how many
        drawings were added.
        """
        self.last_import = self._import(Path(path))
        return self.last_import.added

    def _import(self, path: Path) -> ImportResult:
        try:
            zf = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise ValueError(f"There is no file “{path}”.") from None
        except (zipfile.BadZipFile, OSError) as err:
            raise ValueError(f"“{path.name}” is not a readable zip file ({err}).") from None
        with zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise ValueError(f"“{path.name}” holds {len(members)} files, more than a class set can")
            for m in members:
                if not _safe_member_name(m.filename):
                    raise ValueError(
                        f"“{path.name}” contains an unsafe file name {m.filename!r}; nothing was imported."
                    )
            if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
                raise ValueError(f"“{path.name}” is too large to be a class set.")
            index_created = _read_zip_index(zf, members)
            added, bad, dup = 0, 0, 0
            for m in members:
                base = m.filename.rsplit("/", 1)[-1]
                if m.is_dir() or base == INDEX:
                    continue
                m_label = _ANY_LABELLED.match(base)
                label = int(m_label.group(1)) if m_label else None
                if (
                    not base.lower().endswith(".png")
                    or label is None
                    or m.flag_bits & 0x1  # encrypted
                    or m.file_size > MAX_PNG_BYTES
                ):
                    bad += 1
                    continue
                try:
                    with zf.open(m) as f:
                        data = f.read(MAX_PNG_BYTES + 1)  # the header's size may lie
                    if len(data) > MAX_PNG_BYTES:
                        raise ValueError("too large")
                    image = decode_png(data, max_pixels=MAX_IMPORT_PIXELS)
                except (ValueError, zipfile.BadZipFile, OSError, zlib.error, EOFError,
                        NotImplementedError, RuntimeError):
                    # RuntimeError/NotImplementedError: encrypted or unknown compression.
                    bad += 1
                    continue
                m_id = _NAME.match(base)
                id_ = m_id.group(2) if m_id else uuid.uuid4().hex
                if id_ in self._entries:
                    dup += 1
                    continue
                created = index_created.get(id_, time.time())
                entry = Entry(id_, label, created)
                # Re-encoded by our own encoder: the folder never holds foreign bytes.
                self._atomic_write(self._path(entry), encode_png(image))
                self._entries[id_] = entry
                added += 1
        if added:
            self._write_index()
        return ImportResult(added, bad, dup)

    # -- files -----------------------------------------------------------------------------
    def _path(self, e: Entry) -> Path:
        return self.folder / f"{e.label}_{e.id}.png"

    def _read_index(self) -> dict[str, float]:
        try:
            raw = (self.folder / INDEX).read_bytes()
            doc = json.loads(raw)
            out = {}
            for item in doc["entries"]:
                id_, created = item["id"], float(item["created"])
                if isinstance(id_, str) and math.isfinite(created):
                    out[id_] = created
            return out
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return {}  # missing or damaged: rebuilt from the file names

    def _write_index(self) -> None:
        self._atomic_write(self.folder / INDEX, _index_json(self.entries()).encode("utf-8"))

    def _atomic_write(self, path: Path, data: bytes) -> None:
        # path is always inside self.folder, where stale temporaries are cleaned on open.
        with replacing(path, TMP_PREFIX, ".part") as f:
            f.write(data)
        _fsync_dir(self.folder)

    def _clean_stale_temps(self) -> None:
        now = time.time()
        for p in self.folder.glob(TMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if now - p.stat().st_mtime > STALE_SECONDS:
                    p.unlink()


# -- module helpers ---------------------------------------------------------------------------
def _check_label(label: int) -> int:
    if isinstance(label, bool) or not isinstance(label, int | np.integer):
        raise ValueError(f"a label must be a digit 0–9 as an int, got {label!r}")
    if not 0 <= int(label) <= 9:
        raise ValueError(f"a label must be a digit from 0 to 9, got {label}")
    return int(label)


def _check_image(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray):
        raise ValueError(f"a drawing must be a numpy array, got {type(image).__name__}")
    if image.dtype != np.uint8:
        raise ValueError(f"a drawing must be uint8 gray levels 0–255, got dtype {image.dtype}")
    if image.ndim != 2 or image.size == 0:
        raise ValueError(f"a drawing must be a non-empty 2-D array, got shape {image.shape}")
    return image


def _index_json(entries: list[Entry]) -> str:
    doc = {
        "version": 1,
        "entries": [{"id": e.id, "label": e.label, "created": e.created} for e in entries],
    }
    return json.dumps(doc, indent=1)


def _safe_member_name(name: str) -> bool:
    # Refuse absolute paths, drive letters, backslashes and any ".." component.
    if not name or name.startswith("/") or "\\" in name or "\x00" in name:
        return False
    if len(name) > 1 and name[1] == ":":
        return False
    return all(part not in ("..",) for part in name.split("/"))


def _read_zip_index(zf: zipfile.ZipFile, members) -> dict[str, float]:
    """Creation times by id from a zip's index.json, if usable (labels come from file names)."""
    created: dict[str, float] = {}
    for m in members:
        if m.filename.rsplit("/", 1)[-1] != INDEX or m.file_size > MAX_INDEX_BYTES:
            continue
        try:
            with zf.open(m) as f:
                doc = json.loads(f.read(MAX_INDEX_BYTES + 1))
            for item in doc["entries"]:
                id_ = str(item["id"])
                c = float(item.get("created", 0.0))
                if c == c and 0 < c < 1e11:  # a finite, plausible time
                    created[id_] = c
        except Exception:  # noqa: BLE001 - a damaged index only loses the creation times
            continue
    return created


def _fsync_dir(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open folders, and does not need it.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
