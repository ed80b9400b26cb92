"""The app's file dialogs write sizes and dates in the language chosen from the Language menu,
even when the system speaks another; and what the user picks in them still reaches the app."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# In a process of its own (as tests/test_qt_dialog_translations.py): a file dialog reads Qt's
# settings, and Qt then keeps that settings folder for the rest of the process; and the system
# locale (LANG) is read once per process.
SAVE_WEIGHTS = """
import json, sys, time
from PySide6.QtCore import QFileInfo, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QTreeView
from lenet_gui.ui.main_window import MainWindow

code, existing, new_name = sys.argv[1:4]
app = QApplication([])
window = MainWindow()
window.show()
window.findChild(type(window.menuBar().actions()[0]), f"language_{code}_action").trigger()
seen = {"system": QLocale.system().name()}
end = time.monotonic() + 30

def inspect():
    dialog = QApplication.activeModalWidget()
    view = dialog.findChild(QTreeView, "treeView") if isinstance(dialog, QFileDialog) else None
    model = view.model() if view is not None else None
    rows = {model.index(r, 0, view.rootIndex()).data(): r for r in range(model.rowCount(view.rootIndex()))} if model else {}
    if existing not in rows:
        if time.monotonic() < end:
            QTimer.singleShot(100, inspect)
        elif dialog is not None:
            dialog.reject()
        return
    row, root = rows[existing], view.rootIndex()
    seen["size"] = model.index(row, 1, root).data()
    seen["date"] = model.index(row, 3, root).data()
    seen["want_date"] = QLocale().toString(QFileInfo(existing).lastModified(), QLocale.FormatType.ShortFormat)
    seen["want_size"] = QLocale().formattedDataSize(QFileInfo(existing).size())
    dialog.findChild(QLineEdit, "fileNameEdit").setText(new_name)
    dialog.accept()

QTimer.singleShot(0, inspect)
window.weights_actions.ask_save()
print(json.dumps(seen))
"""


@pytest.mark.parametrize(("system", "code", "decimal"), [("en_US", "fr", ","), ("fr_FR", "ja", ".")])
def test_sizes_and_dates_follow_the_language_chosen_from_the_menu(tmp_path, system, code, decimal):
    folder = tmp_path / "weights"
    folder.mkdir()
    (folder / "old.safetensors").write_bytes(b"\0" * 1536)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               LENET_GUI_HOME=str(tmp_path / "home"), LANG=f"{system}.UTF-8", LC_ALL="",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", SAVE_WEIGHTS, code, "old.safetensors", "chosen.safetensors"],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["system"] == system  # the system speaks another language than the window
    assert "size" in seen, f"the Save weights dialog never listed the folder: {done.stderr}"
    # 1536 bytes: "1,50 Kio" in French, "1.50 KiB" in Japanese (not the system's "1.50 KiB", "1,50 Kio")
    assert seen["size"] == seen["want_size"] and f"1{decimal}5" in seen["size"], seen
    assert seen["date"] == seen["want_date"], seen
    # The name typed in the dialog is where the weights went.
    assert (folder / "chosen.safetensors").stat().st_size > 1000
