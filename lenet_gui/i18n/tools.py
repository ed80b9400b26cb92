"""Update the .ts sources from the code (pyside6-lupdate) and compile them (pyside6-lrelease).

`python -m lenet_gui.i18n.tools update` after changing texts in the code (what `make translations`
runs); `python -m lenet_gui.i18n.tools compile` builds the .qm files the app loads (what `make`
and the wheel build run).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
LANGUAGES = ("fr", "ja")
# English is the language of the code; its .ts holds only plural forms ("1 step", "2 steps").
PLURALS_ONLY = "en"


def ts_file(code: str) -> Path:
    return HERE / f"lenet_gui_{code}.ts"


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease: beside this Python (a venv), else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    """Every Python file whose texts are translated (the app, not its build tools)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "i18n" not in p.relative_to(PACKAGE).parts)


def update(ts: list[Path] | None = None) -> None:
    """Bring the .ts files up to date with the code: new texts added unfinished, gone ones dropped.
    No source locations, so that two branches adding texts merge without conflicts."""
    ts = ts or [ts_file(c) for c in LANGUAGES]
    run = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *map(str, sources())]
    subprocess.run([*run, "-ts", *map(str, ts)], check=True, capture_output=True)
    subprocess.run([*run, "-pluralonly", "-ts", str(ts_file(PLURALS_ONLY))], check=True, capture_output=True)


def compile_all(out: Path = HERE) -> list[Path]:
    """Compile each .ts into out/lenet_gui_<code>.qm; returns the files written."""
    written = []
    for code in (*LANGUAGES, PLURALS_ONLY):
        qm = Path(out) / f"lenet_gui_{code}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(ts_file(code)), "-qm", str(qm)],
                       check=True, capture_output=True)
        written.append(qm)
    return written


def ensure_compiled() -> None:
    """Compile the .qm files that are missing or older than their .ts (tests, a fresh checkout)."""
    for code in (*LANGUAGES, PLURALS_ONLY):
        ts, qm = ts_file(code), HERE / f"lenet_gui_{code}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            compile_all()
            return


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["update"]:
        update()
    elif args[:1] == ["compile"]:
        compile_all()
    else:
        print("usage: python -m lenet_gui.i18n.tools update|compile", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
