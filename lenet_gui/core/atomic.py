"""Replace a file whole or not at all: write beside it, sync, rename over it."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there anyway
    fcntl = None

# A temporary file younger than this may belong to a save that has only just created it.
STALE_AFTER_SECONDS = 2.0


@contextlib.contextmanager
def replacing(path: Path, prefix: str, suffix: str = ".tmp", mode: int | None = None) -> Iterator[BinaryIO]:
    """Yield a new binary file in path's folder; on a clean exit it is synced and renamed over path.

    On any error (a full disk, a killed write, an exception in the caller's block) the temporary
    file is removed and the previous file at path, if any, is untouched. The file gets `mode`,
    or else the permissions of the file it replaces, or else those the user's umask gives a new
    file (mkstemp alone would make it private, 0600). While it is written it is locked, so
    remove_stale() can tell it from one a killed save left behind.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            if fcntl is not None:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX)  # held until the file is closed
            os.fchmod(f.fileno(), mode if mode is not None else _mode_for(path))
            yield f
            f.flush()
            os.fsync(f.fileno())
            if fcntl is not None:
                os.replace(tmp, path)  # before close: the lock covers the name's whole life
        if fcntl is None:
            os.replace(tmp, path)  # Windows renames only a closed file
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what the umask gives a new file (0644 under 022)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    # Elsewhere the only way is to set it and put it back (a moment's race with other threads).
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale(path: Path, prefix: str, suffix: str = ".tmp") -> int:
    """Delete temporary files that replacing(path, prefix, suffix) left when a save was killed.

    Only regular files named exactly as mkstemp names ours, owned by this user, not written to
    for a while, and not locked by a save still running are removed. Returns how many.
    """
    path = Path(path)
    pattern = re.compile(re.escape(prefix) + r"[a-z0-9_]{8}" + re.escape(suffix) + r"\Z")
    removed = 0
    with contextlib.suppress(OSError):
        with os.scandir(path.parent) as entries:
            for entry in entries:
                if entry.name.startswith(prefix) and pattern.match(entry.name):
                    removed += _remove_if_abandoned(Path(entry.path))
    return removed


def _remove_if_abandoned(p: Path) -> bool:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(p, flags)  # no symlink followed, no pipe waited on
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or time.time() - info.st_mtime < STALE_AFTER_SECONDS:
            return False
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            return False
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # a save is still writing it
        now = os.lstat(p)
        if (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
            return False  # replaced since it was opened: not the file that was checked
        os.unlink(p)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
