"""The engine must stay usable without a GUI: importing it pulls in no Qt and no pyqtgraph."""

import json
import subprocess
import sys
from pathlib import Path

import lenet_gui.core

GUI_PREFIXES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph")

# A fresh interpreter, so whatever this test process has imported does not count.
PROBE = r"""
import importlib, json, pkgutil, sys
import lenet_gui.core as core
names = [m.name for m in pkgutil.iter_modules(core.__path__, core.__name__ + ".")]
for name in names:
    importlib.import_module(name)
prefixes = tuple(sys.argv[1].split(","))
gui = sorted(m for m in sys.modules if m.split(".")[0] in prefixes)
print(json.dumps({"submodules": names, "gui": gui}))
"""


def test_core_and_every_submodule_import_without_qt():
    root = Path(lenet_gui.core.__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(GUI_PREFIXES)], cwd=root, capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    expected = {p.stem for p in Path(lenet_gui.core.__file__).parent.glob("*.py")} - {"__init__"}
    assert expected <= {n.rsplit(".", 1)[1] for n in report["submodules"]}
    assert {"net", "trace", "trainer", "targets", "preprocess", "weights", "session"} <= expected
    assert report["gui"] == []


def test_the_probe_would_see_qt():
    # The check can fail: importing a Qt module in the probe is reported.
    done = subprocess.run(
        [sys.executable, "-c", "import json, sys, PySide6.QtCore; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert any(m.split(".")[0] in GUI_PREFIXES for m in json.loads(done.stdout))
