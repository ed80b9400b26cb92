"""The class's own drawings: labelled PNG files plus an index, written so a crash loses little.

Layout of the folder::

    3_<32 hex id>.png     one drawing, its label first in the name
    index.json            creation times and order; rebuilt from the file names if lost
    .tmp-…                writes and imports in progress, deleted drawings kept for undo
                          (cleaned when stale)

The PNG files are the truth. The label lives in the file name, so a missing index is rebuilt
silently, and a damaged one is moved aside (listed in ``ClassSet.set_aside``) and rebuilt.
Every write goes to a temporary file in the same folder and is moved into place with
os.replace; an import is staged in a folder of its own and committed by renames that a later
start finishes if the process died half-way, so an import is all or nothing.

Images are decoded by Pillow, only after the PNG header's size passed the limits below, and
kept at most MAX_SIDE pixels on a side (the canvas's size), so reading them back stays cheap.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import re
import shutil
import stat
import struct
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from .atomic import replacing
from .text import QT_TRANSLATE_NOOP, Msg

INDEX = "index.json"
TMP_PREFIX = ".tmp-"
_STAGE_PREFIX = TMP_PREFIX + "import-"
_TRASH_PREFIX = TMP_PREFIX + "trash-"
_COMMIT = "COMMIT"  # in a staging folder: the import was complete, finish moving it in
_NAME = re.compile(r"^([0-9])_([0-9a-f]{32})\.png$")
_ANY_LABELLED = re.compile(r"^([0-9])_[^/\\]*\.png$", re.IGNORECASE)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# A drawing is stored at most this many pixels on a side: the canvas's own size.
MAX_SIDE = 280
# Limits for reading: a class set of hand drawings is small; anything far larger is not one.
MAX_MEMBERS = 20_000
MAX_PNG_BYTES = 4 * 1024 * 1024  # one PNG file
MAX_IMAGE_PIXELS = 2048 * 2048  # one image, read from its header before decoding
MAX_IMPORT_PIXELS = 64 * 1024 * 1024  # all images of one import together
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all members of one import, inflated
MAX_ZIP_BYTES = 512 * 1024 * 1024  # the zip file itself
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024  # a zip's table of contents, read before zipfile parses it
MAX_INDEX_BYTES = 8 * 1024 * 1024
# A temp file older than this belongs to a process that died; younger ones may still be written.
STALE_SECONDS = 60.0
# Deleted drawings are kept for undo while the app runs; a later start removes what another
# process left behind once it is this old (it may still be running and want to undo).
TRASH_SECONDS = 3600.0
# Single deletions kept for undo, newest first; a "delete all" is always kept (a whole class).
UNDO_DELETES = 50
_LATEST_TIME = 1e11  # a plausible creation time is before the year 5138


class ClassSetError(ValueError):
    """A class-set operation was refused or failed; the message says why, nothing changed."""


class ImportCancelled(ClassSetError):
    """The import was cancelled; nothing was added."""


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


Progress = Callable[[int, int], object]
"""progress(done, total): called between members of an import (any thread)."""


class ClassSet:
    """Drawings labelled 0–9 stored in one folder; see the module docstring for the layout.

    Safe to use from one worker thread while the GUI thread reads it (a lock guards the
    in-memory list); opening never raises for damaged files of its own.
    """

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self._lock = threading.RLock()
        self._entries: dict[str, Entry] = {}
        # Every deletion of this session, newest last: (folder, drawings in it, was "delete all").
        # Undo brings back the newest; a single delete never costs a "delete all" its undo.
        self._trashes: list[tuple[Path, int, bool]] = []
        self.last_import: ImportResult | None = None
        notes: list[str] = []
        _ensure_folder(self.folder, notes)
        self.set_aside: tuple[str, ...] = ()
        """Human sentences: what damaged files of the class set were moved where at opening."""
        self.reload(_notes=notes)
        self.set_aside = tuple(notes)

    # -- reading ---------------------------------------------------------------------------
    def reload(self, _notes: list[str] | None = None) -> None:
        """Read the folder again: files are the truth, the index supplies creation times."""
        with self._lock:
            self._finish_or_clean_temps()
            index, usable = self._read_index(_notes if _notes is not None else [])
            found: dict[str, Entry] = {}
            try:
                names = os.listdir(self.folder)
            except OSError:
                names = []  # unreadable or missing folder: an empty class set, writes will say why
            for name in names:
                m = _NAME.match(name)
                if not m:
                    continue
                try:
                    st = os.lstat(self.folder / name)
                except OSError:
                    continue
                if not stat.S_ISREG(st.st_mode):
                    continue  # never a FIFO, device or symlink: reading those may hang or leak
                label, id_ = int(m.group(1)), m.group(2)
                created = index.get(id_)
                if created is None:
                    created = st.st_mtime  # staged files carry their creation time as mtime
                found[id_] = Entry(id_, label, created)
            self._entries = found
            if not usable or set(found) != set(index):
                self._write_index_quietly()

    def entries(self) -> list[Entry]:
        """Every drawing, oldest first."""
        with self._lock:
            values = list(self._entries.values())
        return sorted(values, key=lambda e: (e.created, e.id))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, id_: object) -> bool:
        return id_ in self._entries

    def entry(self, id_: str) -> Entry:
        try:
            with self._lock:
                return self._entries[id_]
        except (KeyError, TypeError):
            raise KeyError(f"no drawing with id {id_!r} in the class set") from None

    def image(self, id_: str) -> np.ndarray:
        """The drawing as a 2-D uint8 array; ClassSetError if its file is damaged or gone."""
        path = self._path(self.entry(id_))
        try:
            data = _read_regular(path, MAX_PNG_BYTES)
        except FileNotFoundError:
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'the file of drawing {id_} has disappeared').format(id_=id_)) from None
        except OSError as err:
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'the file of drawing {id_} cannot be read ({problem})').format(id_=id_, problem=_why(err))) from None
        # Drawings stored by older versions may be larger than the canvas: shown at its size.
        return _fit(decode_drawing(data))

    def dataset(self) -> tuple[list[np.ndarray], np.ndarray]:
        """(images, labels) for training: a list of 2-D uint8 arrays and an int64 array.

        Images keep their own sizes (imported ones may differ); damaged files are left out.
        """
        images, labels = [], []
        for e in self.entries():
            try:
                images.append(self.image(e.id))
            except (ClassSetError, KeyError):
                continue
            labels.append(e.label)
        return images, np.asarray(labels, dtype=np.int64)

    # -- writing ---------------------------------------------------------------------------
    def add(self, image: np.ndarray, label: int) -> str:
        """Store a drawing with its label 0–9; returns its new id."""
        label = _check_label(label)
        data = encode_drawing(_fit(_check_image(image)))
        id_ = uuid.uuid4().hex
        entry = Entry(id_, label, time.time())
        with self._lock:
            # Image first, index second: if we die in between, reload() finds the image anyway.
            try:
                self._atomic_write(self._path(entry), data)
            except OSError as err:
                raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'Could not store the drawing: {problem}.').format(problem=_why(err))) from None
            self._entries[id_] = entry
            self._write_index_quietly()
        return id_

    def delete(self, id_: str) -> bool:
        """Remove one drawing, kept aside for undo_delete_all(); False when its file was already
        gone (deleted by hand), so there is nothing to bring back."""
        with self._lock:
            return self._set_aside([self.entry(id_)], False, QT_TRANSLATE_NOOP(
                "ClassSet", 'Could not delete the drawing: {problem}.'))

    def relabel(self, id_: str, label: int) -> None:
        label = _check_label(label)
        with self._lock:
            entry = self.entry(id_)
            if entry.label == label:
                return
            new = Entry(entry.id, label, entry.created)
            # A rename is atomic; the label in the file name is the truth, so no window of doubt.
            try:
                os.replace(self._path(entry), self._path(new))
            except OSError as err:
                raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'Could not relabel the drawing: {problem}.').format(problem=_why(err))) from None
            _fsync_dir(self.folder)
            self._entries[id_] = new
            self._write_index_quietly()

    def delete_all(self) -> int:
        """Remove every drawing, keeping them aside for undo_delete_all(); returns how many."""
        with self._lock:
            entries = list(self._entries.values())
            if entries:
                self._set_aside(entries, True, QT_TRANSLATE_NOOP(
                    "ClassSet", 'Could not delete the drawings: {problem}; none was deleted.'))
            return len(entries)

    def _set_aside(self, entries: list[Entry], everything: bool, failed) -> bool:
        """Move these drawings into a trash folder of their own, kept for undo (False: none
        of their files was left to move)."""
        trash = self.folder / f"{_TRASH_PREFIX}{uuid.uuid4().hex}"
        moved: list[Entry] = []
        try:
            trash.mkdir()
            for e in entries:
                try:
                    os.replace(self._path(e), trash / self._path(e).name)
                except FileNotFoundError:
                    continue  # already gone (deleted by hand): nothing to keep for undo
                moved.append(e)
        except OSError as err:
            for e in moved:  # put back what was moved: all or nothing
                with contextlib.suppress(OSError):
                    os.replace(trash / self._path(e).name, self._path(e))
            with contextlib.suppress(OSError):
                shutil.rmtree(trash)
            raise ClassSetError(failed.format(problem=_why(err))) from None
        if moved:
            with contextlib.suppress(OSError):  # only creation times: the files carry them too
                (trash / INDEX).write_text(_index_json(entries), encoding="utf-8")
            self._trashes.append((trash, len(moved), everything))
            singles = [i for i, (_, _, whole) in enumerate(self._trashes) if not whole]
            for i in reversed(singles[:-UNDO_DELETES]):  # the oldest beyond the limit go for good
                with contextlib.suppress(OSError):
                    shutil.rmtree(self._trashes[i][0])
                del self._trashes[i]
        else:  # every file was already gone (deleted by hand): nothing to undo
            with contextlib.suppress(OSError):
                shutil.rmtree(trash)
        for e in entries:
            del self._entries[e.id]
        _fsync_dir(self.folder)
        self._write_index_quietly()
        return bool(moved)

    def _newest_trash(self) -> tuple[Path, int, bool] | None:
        with self._lock:
            while self._trashes and not self._trashes[-1][0].is_dir():
                self._trashes.pop()  # removed from outside: nothing left to bring back
            return self._trashes[-1] if self._trashes else None

    @property
    def can_undo_delete_all(self) -> bool:
        """True while a deletion of this session (delete() or delete_all()) can be undone."""
        return self._newest_trash() is not None

    @property
    def undo_count(self) -> int:
        """How many drawings undo_delete_all() would bring back (0 when there is nothing to undo)."""
        newest = self._newest_trash()
        return newest[1] if newest else 0

    @property
    def undo_is_delete_all(self) -> bool:
        """Whether the deletion undo_delete_all() would undo was a delete_all()."""
        newest = self._newest_trash()
        return bool(newest and newest[2])

    def undo_delete_all(self) -> int:
        """Bring back the drawings of the newest deletion not undone yet (delete() or
        delete_all()); returns how many came back. Called again, it undoes the one before."""
        with self._lock:
            newest = self._newest_trash()
            if newest is None:
                raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'There is no deletion to undo.').msg())
            trash = newest[0]
            try:
                created, _ = _parse_index(_read_regular(trash / INDEX, MAX_INDEX_BYTES))
            except (OSError, ClassSetError):
                created = {}
            back = 0
            for name in sorted(os.listdir(trash)):
                m = _NAME.match(name)
                if not m or (self.folder / name).exists():
                    continue
                id_ = m.group(2)
                try:
                    os.replace(trash / name, self.folder / name)
                    when = created.get(id_) or (self.folder / name).stat().st_mtime
                except OSError as err:
                    raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'Could not bring the drawings back: {problem}.').format(problem=_why(err))) from None
                self._entries[id_] = Entry(id_, int(m.group(1)), when)
                back += 1
            self._trashes.pop()
            with contextlib.suppress(OSError):
                shutil.rmtree(trash)
            _fsync_dir(self.folder)
            self._write_index_quietly()
            return back

    # -- zip export / import ---------------------------------------------------------------
    def export_zip(self, path: str | os.PathLike) -> int:
        """Write every drawing and the index to a zip file; returns how many drawings.

        The file gets the permissions of any other file the user creates (their umask).
        """
        path = Path(path)
        entries = self.entries()
        if path.is_dir():
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{path}” is a folder; choose a file name.').format(path=path))
        try:
            with replacing(path, TMP_PREFIX, ".zip", mode=_new_file_mode()) as f:
                with zipfile.ZipFile(f, "w", zipfile.ZIP_STORED) as zf:  # PNGs are compressed
                    for e in entries:
                        with contextlib.suppress(FileNotFoundError):
                            zf.writestr(self._path(e).name, _read_regular(self._path(e), MAX_PNG_BYTES))
                    zf.writestr(INDEX, _index_json(entries))
        except OSError as err:
            raise ClassSetError(
                QT_TRANSLATE_NOOP("ClassSet", 'Could not export to “{name}”: {problem}. The previous file, if any, is unchanged.').format(name=path.name, problem=_why(err))
            ) from None
        return len(entries)

    def import_zip(self, path: str | os.PathLike, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> int:
        """Add the drawings of a zip made by export_zip (or any zip of "<digit>_name.png").

        All or nothing: the drawings are decoded and staged first, then moved in together;
        any refusal, failure or cancel (``cancelled()`` returning True, asked between members)
        raises ClassSetError and changes nothing. Nothing of the zip is extracted as is:
        images are decoded within the limits above and stored re-encoded. Damaged or
        unlabelled members are skipped and counted in self.last_import. ``progress(done,
        total)`` is called between members. Returns how many drawings were added.
        """
        path = Path(path)
        stage = self.folder / f"{_STAGE_PREFIX}{uuid.uuid4().hex}"
        try:
            staged, result = self._stage(path, stage, progress, cancelled or (lambda: False))
            self._commit(stage, staged)
        except OSError as err:
            raise ClassSetError(
                QT_TRANSLATE_NOOP("ClassSet", 'Could not import “{name}”: {problem}. Nothing was imported.').format(name=path.name, problem=_why(err))
            ) from None
        finally:
            with contextlib.suppress(OSError):
                if stage.is_dir() and not (stage / _COMMIT).exists():
                    shutil.rmtree(stage)
        self.last_import = result
        return result.added

    def _stage(self, path: Path, stage: Path, progress: Progress | None,
               cancelled: Callable[[], bool]) -> tuple[list[Entry], ImportResult]:
        """Decode the zip's drawings into the staging folder; nothing else changes."""
        name = path.name
        with _open_zip(path) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” holds {count} files, more than a class set can (at most {most}); nothing was imported.').format(name=name, count=len(members), most=MAX_MEMBERS))
            for m in members:
                if not _safe_member_name(m.filename):
                    raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” contains an unsafe file name {filename}; nothing was imported.').format(name=name, filename=repr(m.filename)))
            if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
                raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” is too large to be a class set; nothing was imported.').format(name=name))
            created_by_id = _read_zip_index(zf, members)
            stage.mkdir()
            staged: list[Entry] = []
            seen: set[str] = set()
            bad = dup = 0
            pixels = 0
            mode = _new_file_mode()
            for done, m in enumerate(members):
                if cancelled():
                    raise ImportCancelled(QT_TRANSLATE_NOOP("ClassSet", 'The import of “{name}” was cancelled; nothing was imported.').format(name=name))
                if progress is not None:
                    progress(done, len(members))
                base = m.filename.rsplit("/", 1)[-1]
                if m.is_dir() or base == INDEX:
                    continue
                label_match = _ANY_LABELLED.match(base)
                if label_match is None or m.flag_bits & 0x1 or m.file_size > MAX_PNG_BYTES:
                    bad += 1  # not "<digit>_….png", encrypted, or too big to be a drawing
                    continue
                data = _read_member(zf, m)
                size = None if data is None else png_size(data)
                if size is None:
                    bad += 1
                    continue
                if size[0] * size[1] > MAX_IMAGE_PIXELS:
                    bad += 1  # refused from its header: never decoded
                    continue
                pixels += size[0] * size[1]
                if pixels > MAX_IMPORT_PIXELS:  # checked before decoding this one
                    raise ClassSetError(
                        QT_TRANSLATE_NOOP("ClassSet", '“{name}” holds more than {MAX_IMPORT_PIXELS:,} pixels of drawings, far more than a class set; nothing was imported.').format(name=name, MAX_IMPORT_PIXELS=MAX_IMPORT_PIXELS))
                try:
                    image = _fit(decode_drawing(data, MAX_IMAGE_PIXELS))
                except ClassSetError:
                    bad += 1
                    continue
                id_match = _NAME.match(base)
                id_ = id_match.group(2) if id_match else uuid.uuid4().hex
                if id_ in self._entries or id_ in seen:
                    dup += 1
                    continue
                seen.add(id_)
                entry = Entry(id_, int(label_match.group(1)), created_by_id.get(id_, time.time()))
                target = stage / self._path(entry).name
                with replacing(target, TMP_PREFIX, ".part", mode=mode) as f:
                    f.write(encode_drawing(image))
                # The creation time rides on the file, so a start that finishes this import
                # after a crash still knows it without the index.
                os.utime(target, (entry.created, entry.created))
                staged.append(entry)
            if progress is not None:
                progress(len(members), len(members))
            if cancelled():
                raise ImportCancelled(QT_TRANSLATE_NOOP("ClassSet", 'The import of “{name}” was cancelled; nothing was imported.').format(name=name))
        return staged, ImportResult(len(staged), bad, dup)

    def _commit(self, stage: Path, staged: list[Entry]) -> None:
        """Move the staged drawings in: all of them, or (on an error) none."""
        with self._lock:
            staged = [e for e in staged if e.id not in self._entries]  # added meanwhile
            _fsync_dir(stage)
            # From here on a start that finds the stage finishes moving it in (see reload).
            (stage / _COMMIT).write_bytes(b"")
            _fsync_dir(stage)
            moved: list[Entry] = []
            try:
                for e in staged:
                    os.replace(stage / self._path(e).name, self._path(e))
                    moved.append(e)
            except OSError:
                for e in moved:
                    with contextlib.suppress(OSError):
                        os.replace(self._path(e), stage / self._path(e).name)
                with contextlib.suppress(OSError):
                    (stage / _COMMIT).unlink()
                raise
            _fsync_dir(self.folder)
            with contextlib.suppress(OSError):
                shutil.rmtree(stage)
            for e in staged:
                self._entries[e.id] = e
            if staged:
                self._write_index_quietly()

    # -- files -----------------------------------------------------------------------------
    def _path(self, e: Entry) -> Path:
        return self.folder / f"{e.label}_{e.id}.png"

    def _read_index(self, notes: list[str]) -> tuple[dict[str, float], bool]:
        """(creation times by id, whether the index was usable); a damaged one is set aside."""
        path = self.folder / INDEX
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return {}, False
        except OSError:
            return {}, False
        problem = None
        if not stat.S_ISREG(st.st_mode):
            problem = QT_TRANSLATE_NOOP("ClassSet", "it was not a regular file").msg()
        elif st.st_size > MAX_INDEX_BYTES:
            problem = QT_TRANSLATE_NOOP("ClassSet", "it was {size} bytes, far more than an index").format(size=f"{st.st_size:,}")
        else:
            try:
                return _parse_index(_read_regular(path, MAX_INDEX_BYTES))[0], True
            except ClassSetError as err:
                problem = err.args[0]
            except OSError as err:
                problem = _why(err)
        notes.append(_move_aside(path, QT_TRANSLATE_NOOP("ClassSet", "The class set's index ({problem})").format(problem=problem),
                                 QT_TRANSLATE_NOOP("ClassSet", "the index was rebuilt from the drawings").msg()))
        return {}, False

    def _write_index_quietly(self) -> None:
        # The index only keeps creation times (the files carry them too): a full disk here
        # must not turn a stored drawing into an error.
        with contextlib.suppress(OSError):
            self._atomic_write(self.folder / INDEX, _index_json(self.entries()).encode("utf-8"))

    def _atomic_write(self, path: Path, data: bytes) -> None:
        # path is always inside self.folder, where stale temporaries are cleaned on open.
        with replacing(path, TMP_PREFIX, ".part", mode=_new_file_mode()) as f:
            f.write(data)
        _fsync_dir(self.folder)

    def _finish_or_clean_temps(self) -> None:
        """Finish imports that were committing when a process died; drop stale temporaries."""
        now = time.time()
        try:
            names = [n for n in os.listdir(self.folder) if n.startswith(TMP_PREFIX)]
        except OSError:
            return
        for name in names:
            p = self.folder / name
            with contextlib.suppress(OSError):
                st = os.lstat(p)
                age = now - st.st_mtime
                if stat.S_ISDIR(st.st_mode) and name.startswith(_STAGE_PREFIX) and (p / _COMMIT).exists():
                    for staged in os.listdir(p):
                        if _NAME.match(staged) and not (self.folder / staged).exists():
                            os.replace(p / staged, self.folder / staged)
                    _fsync_dir(self.folder)
                    shutil.rmtree(p)
                elif stat.S_ISDIR(st.st_mode):
                    limit = TRASH_SECONDS if name.startswith(_TRASH_PREFIX) else STALE_SECONDS
                    if age > limit:
                        shutil.rmtree(p)
                elif age > STALE_SECONDS:
                    p.unlink()


# -- images -----------------------------------------------------------------------------------
def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's header chunk, or None if data does not start like a PNG."""
    if len(data) < 24 or data[:8] != _PNG_SIGNATURE or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def decode_drawing(data: bytes, max_pixels: int = MAX_IMAGE_PIXELS) -> np.ndarray:
    """A PNG as a 2-D uint8 gray array, transparent parts composited onto black.

    The size in the header is checked against max_pixels before Pillow decodes anything;
    any damage raises ClassSetError. Alpha channels and tRNS transparency are treated alike,
    and every bit depth and interlacing Pillow reads is accepted.
    """
    size = png_size(bytes(data[:24]))
    if size is None:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'not a PNG image').msg())
    w, h = size
    if w == 0 or h == 0:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'the image is empty ({w}×{h} pixels)').format(w=w, h=h))
    if w * h > max_pixels:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'the image is too large ({w}×{h} pixels; at most {max_pixels:,})').format(w=w, h=h, max_pixels=max_pixels))
    try:
        with Image.open(io.BytesIO(data), formats=["PNG"]) as im:
            im.load()
            return _gray(im)
    except ClassSetError:
        raise
    except Exception as err:  # Pillow reports damage with many types (OSError, SyntaxError…)
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'the image is damaged ({kind}: {value})').format(kind=type(err).__name__, value=str(err)[:200])) from None


def encode_drawing(a: np.ndarray) -> bytes:
    """An 8-bit grayscale PNG of a non-empty 2-D uint8 array."""
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(_check_image(a))).save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def _gray(im: Image.Image) -> np.ndarray:
    transparency = im.info.get("transparency")
    if im.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N"):
        # 16-bit gray: Pillow's conversion to "L" clips instead of scaling.
        wide = np.asarray(im).astype(np.int64)
        gray = np.clip((wide * 255 + 32767) // 65535, 0, 255).astype(np.uint8)
        if isinstance(transparency, int):
            gray[wide == transparency] = 0
        return gray
    if "A" in im.mode or "a" in im.mode or transparency is not None:
        la = np.asarray(im.convert("LA")).astype(np.uint16)
        return ((la[:, :, 0] * la[:, :, 1] + 127) // 255).astype(np.uint8)
    return np.array(im.convert("L"), dtype=np.uint8)


def _fit(a: np.ndarray) -> np.ndarray:
    """The drawing shrunk to at most MAX_SIDE on a side, keeping its proportions."""
    h, w = a.shape
    if max(h, w) <= MAX_SIDE:
        return a
    scale = MAX_SIDE / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return np.asarray(Image.fromarray(np.ascontiguousarray(a)).resize(size, Image.Resampling.BOX))


# -- module helpers ---------------------------------------------------------------------------
def _check_label(label: int) -> int:
    if isinstance(label, bool) or not isinstance(label, int | np.integer):
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'a label must be a digit 0–9 as an int, got {label}').format(label=repr(label)))
    if not 0 <= int(label) <= 9:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'a label must be a digit from 0 to 9, got {label}').format(label=label))
    return int(label)


def _check_image(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray):
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'a drawing must be a numpy array, got {kind}').format(kind=type(image).__name__))
    if image.dtype != np.uint8:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'a drawing must be uint8 gray levels 0–255, got dtype {dtype}').format(dtype=image.dtype))
    if image.ndim != 2 or image.size == 0:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'a drawing must be a non-empty 2-D array, got shape {shape}').format(shape=image.shape))
    return image


def _index_json(entries: list[Entry]) -> str:
    doc = {
        "version": 1,
        "entries": [{"id": e.id, "label": e.label, "created": e.created} for e in entries],
    }
    return json.dumps(doc, indent=1)


def _parse_index(raw: bytes) -> tuple[dict[str, float], int]:
    """(creation times by id, how many entries) of an index, or ClassSetError saying what is wrong."""
    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError):
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'it is not valid JSON').msg()) from None
    items = doc.get("entries") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'it has no list of entries').msg())
    out: dict[str, float] = {}
    for item in items:
        id_ = item.get("id") if isinstance(item, dict) else None
        created = item.get("created") if isinstance(item, dict) else None
        if not isinstance(id_, str) or isinstance(created, bool) or not isinstance(created, int | float):
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'an entry has no id or creation time').msg())
        # An int of 400 digits is valid JSON; compared before float() it cannot overflow.
        if not (0 <= created < _LATEST_TIME) or not math.isfinite(created):
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'an entry has an impossible creation time {value}').format(value=str(created)[:20]))
        out[id_] = float(created)
    return out, len(items)


def _safe_member_name(name: str) -> bool:
    # Refuse absolute paths, drive letters, backslashes and any ".." component.
    if not name or name.startswith("/") or "\\" in name or "\x00" in name:
        return False
    if len(name) > 1 and name[1] == ":":
        return False
    return all(part not in ("..",) for part in name.split("/"))


@contextlib.contextmanager
def _open_zip(path: Path) -> Iterator[zipfile.ZipFile]:
    """The zip at path, refused (ClassSetError) unless it is a regular file of sane size."""
    name = path.name
    try:
        # O_NONBLOCK: a FIFO opens at once instead of waiting for a writer; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", 'There is no file “{path}”.').format(path=path)) from None
    except OSError as err:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” cannot be read: {problem}.').format(name=name, problem=_why(err))) from None
    f = os.fdopen(fd, "rb")
    try:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” is not a regular file; choose a zip file.').format(name=name))
        if st.st_size > MAX_ZIP_BYTES:
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” is {value:,.0f} MB, too large to be a class set.').format(name=name, value=st.st_size / 2**20))
        _check_directory_size(f, st.st_size, name)
        zf = zipfile.ZipFile(f)
    except ClassSetError:
        f.close()
        raise
    except UnicodeDecodeError:
        f.close()
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” has a file name that is not valid UTF-8 although the zip says it is; nothing was imported.').format(name=name)) from None
    except Exception as err:  # zipfile reports damage with many types (BadZipFile, OSError, …)
        f.close()
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” is not a readable zip file ({value}).').format(name=name, value=str(err)[:200] or type(err).__name__)) from None
    try:
        with zf:
            yield zf
    finally:
        f.close()


def _check_directory_size(f, file_size: int, name: str) -> None:
    """Refuse a zip whose table of contents is too big, before zipfile builds it in memory."""
    tail_len = min(file_size, 22 + 65535)
    f.seek(file_size - tail_len)
    tail = f.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return  # zipfile says what is wrong
    entries, directory = struct.unpack("<HI", tail[at + 10:at + 16])
    if tail[at - 20:at - 16] == b"PK\x06\x07" and at >= 20:  # ZIP64: the real figures are elsewhere
        (offset,) = struct.unpack("<Q", tail[at - 12:at - 4])
        if offset + 56 > file_size:
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” is not a readable zip file (its ZIP64 record is missing).').format(name=name))
        f.seek(offset)
        record = f.read(56)
        if record[:4] != b"PK\x06\x06":
            raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” is not a readable zip file (its ZIP64 record is damaged).').format(name=name))
        entries, directory = struct.unpack("<QQ", record[32:48])
    if entries > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES:
        raise ClassSetError(QT_TRANSLATE_NOOP("ClassSet", '“{name}” lists {entries:,} files, more than a class set can (at most {most}); nothing was imported.').format(name=name, entries=entries, most=MAX_MEMBERS))


def _read_member(zf: zipfile.ZipFile, m: zipfile.ZipInfo) -> bytes | None:
    """A member's bytes (at most MAX_PNG_BYTES), or None if it is damaged in any way."""
    try:
        with zf.open(m) as f:
            data = f.read(MAX_PNG_BYTES + 1)  # the header's size may lie
    except Exception:  # noqa: BLE001 - zipfile and its codecs (zlib, bz2, lzma) raise many types
        return None
    return data if len(data) <= MAX_PNG_BYTES else None


def _read_zip_index(zf: zipfile.ZipFile, members) -> dict[str, float]:
    """Creation times by id from a zip's index.json, if usable (labels come from file names)."""
    for m in members:
        if m.filename.rsplit("/", 1)[-1] != INDEX or m.file_size > MAX_INDEX_BYTES:
            continue
        try:
            with zf.open(m) as f:
                return _parse_index(f.read(MAX_INDEX_BYTES + 1))[0]
        except Exception:  # noqa: BLE001 - a damaged index only loses the creation times
            continue
    return {}


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most limit bytes; OSError for anything else."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise OSError(QT_TRANSLATE_NOOP("ClassSet", "“{name}” is not a regular file").format(name=path.name))
        if st.st_size > limit:
            raise OSError(QT_TRANSLATE_NOOP("ClassSet", "“{name}” is {size:,} bytes, more than {limit:,}").format(
                name=path.name, size=st.st_size, limit=limit))
        return f.read(limit + 1)[:limit]


def _ensure_folder(folder: Path, notes: list[str]) -> None:
    """Make the class-set folder; whatever stands in its way is moved aside, never deleted."""
    try:
        if folder.is_dir():  # a real folder, or a link to one
            return
        if os.path.lexists(folder):
            notes.append(_move_aside(folder, QT_TRANSLATE_NOOP("ClassSet", "“{folder}” was not a folder").format(folder=str(folder)),
                                     QT_TRANSLATE_NOOP("ClassSet", "an empty class set was started").msg()))
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # read-only or missing home: the set stays empty and each write says why


def _move_aside(path: Path, what: str, then: str) -> str:
    """Rename path to “<name>.damaged-<time>” beside it; returns the sentence that says so."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while os.path.lexists(target):
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    try:
        os.replace(path, target)
    except OSError as err:
        return QT_TRANSLATE_NOOP("ClassSet", "{what}; it could not be moved aside ({problem}) and is ignored, {then}.").format(
            what=what, problem=_why(err), then=then)
    return QT_TRANSLATE_NOOP("ClassSet", "{what}; it was moved to “{target}”, {then}.").format(what=what, target=str(target), then=then)


def _new_file_mode() -> int:
    """The permissions a new file gets under the user's umask (mkstemp alone makes 0600)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no way to read it without setting it (before Python 3.13)
    os.umask(mask)
    return 0o666 & ~mask


def _why(err: OSError) -> str:
    if err.args and isinstance(err.args[0], Msg):  # one of ours: still translatable
        return err.args[0]
    if err.errno is not None and err.strerror:
        return err.strerror.lower() if err.strerror[:1].isupper() else err.strerror
    return str(err)


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
