"""Where lenet-gui keeps its files: LENET_GUI_HOME if set, else the per-user Qt locations."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

ORGANIZATION = "lenet-gui"
APPLICATION = "lenet-gui"
HOME_ENV = "LENET_GUI_HOME"


def home() -> Path | None:
    """The root folder from LENET_GUI_HOME (tests and portable installs), or None."""
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The class set and other saved work; created on first use."""
    root = home()
    if root is not None:
        return _made(root / "data")
    return _made(_standard(QStandardPaths.StandardLocation.AppDataLocation))


def log_dir() -> Path:
    """Error logs; created on first use."""
    root = home()
    if root is not None:
        return _made(root / "logs")
    return _made(_standard(QStandardPaths.StandardLocation.AppLocalDataLocation) / "logs")


def settings_file() -> Path | None:
    """The ini file under LENET_GUI_HOME, or None for Qt's normal per-user settings."""
    root = home()
    if root is None:
        return None
    _made(root)
    return root / "settings.ini"


def _standard(location: QStandardPaths.StandardLocation) -> Path:
    # Qt derives the folder from the application and organization names, which the app sets
    # to "lenet-gui" before the window exists; an empty answer means no usable home folder.
    found = QStandardPaths.writableLocation(location)
    return Path(found) if found else Path.home() / ".lenet-gui"


def _made(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p
