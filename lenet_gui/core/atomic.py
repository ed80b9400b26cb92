"""Replace a file whole or not at all: write beside it, sync, rename over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def replacing(path: Path, prefix: str, suffix: str = ".tmp", mode: int | None = None) -> Iterator[BinaryIO]:
    """Yield a new binary file in path's folder; on a clean exit it is synced and renamed over path.

    On any error (a full disk, a killed write, an exception in the caller's block) the temporary
    file is removed and the previous file at path, if any, is untouched.
    """
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            if mode is not None:
                os.fchmod(f.fileno(), mode)  # mkstemp makes files private (0600)
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
