"""The README's Linux library list is what Qt's xcb plugin links against, and what .ci/run installs."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
QT = Path(PySide6.__file__).parent / "Qt"
# What the app loads on xcb (read from /proc/<pid>/maps of a running window).
QT_FILES = ["plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6", "lib/libQt6Gui.so.6",
            "lib/libQt6Widgets.so.6", "lib/libQt6Core.so.6", "lib/libQt6DBus.so.6",
            "lib/libQt6OpenGL.so.6", "lib/libQt6OpenGLWidgets.so.6", "lib/libQt6Svg.so.6"]
# Every Debian has these (apt itself needs them).
BASE = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}


def needed(path: Path) -> list[str]:
    """The DT_NEEDED sonames of a 64-bit little-endian ELF file."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, f"{path} is not ELF64 LE"
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, *_ in sections:
        if kind == 6:  # SHT_DYNAMIC; its strings are in the section it links to
            strings = sections[link][4]
            names = []
            for i in range(0, size, 16):
                tag, value = struct.unpack_from("<qQ", data, offset + i)
                if tag == 1:  # DT_NEEDED
                    end = data.index(b"\0", strings + value)
                    names.append(data[strings + value:end].decode())
            return names
    return []


def package_of(soname: str) -> str | None:
    out = subprocess.run(["dpkg-query", "-S", f"*/{soname}"], capture_output=True, text=True).stdout
    return out.split(":", 1)[0] if out else None


def apt_list(text: str, start: str) -> set[str]:
    """The lib* package names of the `apt-get install` command that begins with `start`,
    continuation lines included."""
    lines = text[text.index(start):].splitlines()
    command = [lines[0]]
    while command[-1].rstrip().endswith("\\"):
        command.append(lines[len(command)])
    return {w for w in " ".join(command).split() if re.fullmatch(r"lib[a-z0-9.+-]+", w)}


def readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return apt_list(text, "sudo apt-get install")


def ci_packages() -> set[str]:
    return apt_list((ROOT / ".ci" / "run").read_text(encoding="utf-8"), "apt-get install -y")


def test_ci_installs_the_readmes_list():
    readme = readme_packages()
    assert "libxcb-icccm4" in readme and "libxcb-keysyms1" in readme
    assert readme == ci_packages()


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs Debian's dpkg-query")
def test_the_readmes_list_covers_every_library_the_xcb_plugin_links():
    readme = readme_packages()
    missing = {}
    for name in QT_FILES:
        for soname in needed(QT / name):
            if soname.startswith(("libQt6", "libicu")) or (QT / "lib" / soname).exists():
                continue  # shipped inside the PySide6 wheel
            package = package_of(soname)
            if package is None or package not in readme | BASE:
                missing[soname] = package
    assert not missing, f"linked by Qt's xcb platform but not in the README's list: {missing}"
