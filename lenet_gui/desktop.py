"""`lenet-gui desktop install|uninstall`: the Linux menu entry (freedesktop .desktop file and icon)."""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from importlib.resources import files
from pathlib import Path

APP_ID = "lenet-gui"

ENTRY = """[Desktop Entry]
Type=Application
Version=1.0
Name=lenet-gui
GenericName=Convolutional network explorer
GenericName[fr]=Explorateur de réseau convolutif
GenericName[ja]=畳み込みニューラルネットワーク教材
Comment=Draw a digit and watch the PyTorch tutorial's LeNet see it and learn
Comment[fr]=Dessinez un chiffre et regardez le LeNet du tutoriel PyTorch le voir et apprendre
Comment[ja]=数字を描いて、PyTorch チュートリアルの LeNet が見て学ぶ様子を観察します
Exec={exec}
TryExec={try_exec}
Icon={app_id}
Terminal=false
Categories=Education;ArtificialIntelligence;
Keywords=neural network;deep learning;PyTorch;MNIST;convolution;
StartupWMClass=lenet-gui
"""


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share: where a user's menu entries and icons live."""
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value else Path.home() / ".local" / "share"


def launcher() -> Path:
    """The `lenet-gui` program of this installation (beside this Python), else the one on PATH."""
    beside = Path(sys.executable).parent / APP_ID
    if beside.is_file():
        return beside
    found = shutil.which(APP_ID)
    if found is None:
        raise FileNotFoundError("no `lenet-gui` program found beside this Python or on PATH")
    return Path(found)


def entry_path(home: Path) -> Path:
    return home / "applications" / f"{APP_ID}.desktop"


def icon_path(home: Path) -> Path:
    return home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def install(home: Path | None = None) -> list[Path]:
    """Write the menu entry and its icon for this user; returns the files written."""
    home = home or data_home()
    program = launcher()
    entry, icon = entry_path(home), icon_path(home)
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    icon.write_bytes((files("lenet_gui") / "icons" / f"{APP_ID}.svg").read_bytes())
    # Exec's own quoting rules (the desktop entry spec) match a POSIX shell's for a plain path.
    entry.write_text(ENTRY.format(exec=shlex.quote(str(program)), try_exec=program, app_id=APP_ID),
                     encoding="utf-8")
    return [entry, icon]


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what install() wrote; returns the files removed."""
    home = home or data_home()
    removed = []
    for path in (entry_path(home), icon_path(home)):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lenet-gui desktop",
                                     description="Add lenet-gui to this user's application menu (Linux).")
    parser.add_argument("action", choices=["install", "uninstall"],
                        help="install: write the menu entry and its icon; uninstall: remove them")
    args = parser.parse_args(argv)
    try:
        done = install() if args.action == "install" else uninstall()
    except OSError as e:
        print(f"lenet-gui desktop {args.action}: {e}", file=sys.stderr)
        return 1
    verb = "wrote" if args.action == "install" else "removed"
    for path in done:
        print(f"{verb} {path}")
    if not done:
        print("nothing to remove")
    return 0
