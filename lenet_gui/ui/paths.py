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
    """The class set and other saved work; created on first use (OSError if it cannot be)."""
    root = home()
    if root is not None:
        return _made(root / "data")
    return _made(_standard(QStandardPaths.StandardLocation.AppDataLocation))


def log_dir() -> Path:
    """Error logs; created on first use (OSError if it cannot be)."""
    root = home()
    if root is not None:
        return _made(root / "logs")
    return _made(_standard(QStandardPaths.StandardLocation.AppLocalDataLocation) / "logs")


def settings_file() -> Path:
    """The settings ini file: under LENET_GUI_HOME, else where QSettings kept it on Linux.

    Nothing is created here: Settings.sync() makes the folder when it first writes.
    """
    root = home()
    if root is not None:
        return root / "settings.ini"
    # <config>/<organization>/<application>.conf is the file earlier versions wrote through
    # QSettings on Linux, so those settings carry over.
    return _standard(QStandardPaths.StandardLocation.GenericConfigLocation) / ORGANIZATION / (
        APPLICATION + ".conf")


def _standard(location: QStandardPaths.StandardLocation) -> Path:
    # Qt derives the folder from the application and organization names, which the app sets
    # to "lenet-gui" before the window exists; an empty answer means no usable home folder.
    found = QStandardPaths.writableLocation(location)
    return Path(found) if found else Path.home() / ".lenet-gui"


def _made(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p
