"""Start-up: damaged files of the app's own and a read-only home never stop it; it says so once."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from lenet_gui.ui import main_window
from lenet_gui.ui.main_window import MainWindow
from tests.helpers_ui import error_text
from tests.test_ui_settings import ROOT, VARIANT_BOMB, aside_files, run_app


def banner(w: MainWindow) -> QLabel | None:
    label = w.findChild(QLabel, "startup_notice")
    return label if label is not None and label.isVisible() else None


@pytest.fixture
def start(qtbot):
    def start_(**kwargs) -> MainWindow:
        w = MainWindow(random_weights=True, **kwargs)
        qtbot.addWidget(w)
        w.resize(1200, 800)
        w.show()
        qtbot.waitExposed(w)
        return w

    return start_


def test_a_clean_start_has_nothing_to_say(start, qtbot, tmp_settings):
    w = start()
    qtbot.wait(50)
    assert w.startup_notices() == [] and banner(w) is None


def test_a_damaged_settings_file_is_named_once_in_a_banner(start, qtbot, tmp_settings):
    tmp_settings.mkdir()
    (tmp_settings / "settings.ini").write_bytes(VARIANT_BOMB)
    w = start()
    [aside] = aside_files(tmp_settings)
    [notice] = w.startup_notices()
    assert str(aside) in notice and "default settings" in notice
    qtbot.waitUntil(lambda: banner(w) is not None)
    assert notice in banner(w).text()
    assert not w.findChildren(QMessageBox)  # nothing to click away before the lesson goes on
    assert w.session.trainer.lr == 0.01
    # OK hides it; showing the window again does not bring it back.
    qtbot.mouseClick(w.findChild(QPushButton, "startup_notice_ok"), main_window.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner(w) is None)
    w.hide()
    w.show()
    qtbot.wait(50)
    assert banner(w) is None
    # The next start finds the clean file written at close and says nothing.
    w.close()
    again = start()
    qtbot.wait(50)
    assert again.startup_notices() == [] and banner(again) is None


def test_a_damaged_class_set_index_is_named_in_the_same_banner(start, qtbot, tmp_settings):
    folder = tmp_settings / "data" / "class_set"
    folder.mkdir(parents=True)
    (folder / "index.json").write_text('{"created": ' + "9" * 400 + "}")  # was an OverflowError
    w = start()
    [notice] = w.startup_notices()
    assert "index.json" in notice and "damaged" in notice
    qtbot.waitUntil(lambda: banner(w) is not None)
    assert notice in banner(w).text()
    assert len(w.class_set) == 0


def test_a_home_that_cannot_be_written_still_starts_and_says_so(start, qtbot, tmp_path, monkeypatch):
    (tmp_path / "file").write_text("a file where the home folder should be")
    home = tmp_path / "file" / "home"  # every mkdir and write below fails
    monkeypatch.setenv("LENET_GUI_HOME", str(home))
    w = start()
    [notice] = w.startup_notices()
    assert "cannot save" in notice and "until you quit" in notice
    qtbot.waitUntil(lambda: banner(w) is not None)
    # The class set still works for this session.
    w.set_target("3")
    w.canvas.set_image(np.pad(np.ones((12, 4), np.float32), ((8, 8), (12, 12))))
    w.add_drawing_to_class_set()
    assert len(w.class_set) == 1 and error_text(w) == ""
    w.close()  # saving settings fails quietly: the notice already said so
    assert not home.exists()


def test_a_read_only_home_starts_as_a_process(tmp_path):
    (tmp_path / "file").write_text("a file where the home folder should be")
    done = run_app(tmp_path / "file" / "home")
    assert done.returncode == 0, done.stderr  # was 1: NotADirectoryError from mkdir
    assert "Traceback" not in done.stderr, done.stderr


def test_a_window_that_cannot_be_built_is_logged_and_shown(tmp_path):
    """The last resort: whatever breaks while the window is built is not a silent exit."""
    code = ("import sys\n"
            "import lenet_gui.ui.main_window as m\n"
            "def broken(*args, **kwargs):\n"
            "    raise RuntimeError('the window cannot be built')\n"
            "m.MainWindow = broken\n"
            "from lenet_gui.app import main\n"
            "sys.exit(main(['--quit-after', '300']))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LENET_GUI_HOME=str(tmp_path / "home"),
               PYQTGRAPH_QT_LIB="PySide6")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 1, done.stderr
    log = (tmp_path / "home" / "logs" / "errors.log").read_text()
    assert "RuntimeError: the window cannot be built" in log and "Traceback" in log
