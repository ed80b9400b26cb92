"""Qt's own file dialog speaks the window's language, including the labels Qt's translations lack."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# In a process of its own: a file dialog reads Qt's settings, and Qt then keeps that settings
# folder for the rest of the process (other tests check where settings go).
SHOW_DIALOG = """
import sys
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from lenet_gui.ui import language
app = QApplication([])
language.set_language(sys.argv[1])
dialog = QFileDialog(None, "", "", "*.pt")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
dialog.show()
app.processEvents()
print("\\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible()))
"""


@pytest.mark.parametrize("code", ["ja", "fr"])
def test_the_file_dialogs_labels_are_translated(tmp_path, code):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               LENET_GUI_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", SHOW_DIALOG, code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    labels = set(done.stdout.splitlines())
    english = {"&Look in:", "Files of &type:", "File &name:"}
    assert "" not in labels and len(labels) >= 3 and not labels & english, labels


# The dialog's detail view names a folder's kind in its Type column ("Folder"), a text Qt's own
# translations lack too.
FOLDER_TYPE = """
import sys, time
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView
from lenet_gui.ui import language
app = QApplication([])
language.set_language(sys.argv[1])
dialog = QFileDialog(None, "", sys.argv[2], "*.pt")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
dialog.setViewMode(QFileDialog.ViewMode.Detail)
dialog.show()
view = dialog.findChild(QTreeView, "treeView")
model, root = view.model(), view.rootIndex()
end = time.monotonic() + 30
while model.rowCount(root) == 0 and time.monotonic() < end:  # the folder is read in a thread
    app.processEvents()
    time.sleep(0.05)
print(model.index(0, 2, root).data())
"""


@pytest.mark.parametrize("code", ["ja", "fr"])
def test_the_file_dialog_names_a_folder_in_the_windows_language(tmp_path, code):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               LENET_GUI_HOME=str(tmp_path / "home"))
    (tmp_path / "runs" / "epoch 1").mkdir(parents=True)
    done = subprocess.run([sys.executable, "-c", FOLDER_TYPE, code, str(tmp_path / "runs")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == {"fr": "Dossier", "ja": "フォルダ"}[code], done.stdout
