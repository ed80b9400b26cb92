"""Test set-up: Qt offscreen, one torch thread, the PySide6 binding for pyqtgraph."""

import os

# Before anything imports Qt: no screen is needed, and pyqtgraph must not pick PyQt6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# The window follows the system's language on a first start: the suite checks English texts.
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(1)

# The real-window tier needs Qt's xcb platform, and a process holds one platform: it runs as its
# own pytest run (`make test` starts it with LENET_GUI_TIER=realwindow).
collect_ignore = [] if os.environ.get("LENET_GUI_TIER") == "realwindow" else ["realwindow"]


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """The app's translations compiled (as `make test` does) and English installed, as the window
    does at start: English plurals ("1 drawing") come from its .qm."""
    from lenet_gui.i18n import tools
    from lenet_gui.ui import language

    tools.ensure_compiled()
    language.set_language("en")


@pytest.fixture
def tmp_settings(tmp_path, monkeypatch):
    """Keep QSettings and per-user data of a test in its own folder."""
    monkeypatch.setenv("LENET_GUI_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def open_window(qtbot, tmp_settings):
    """Build, show and bring up to date a MainWindow; keyword arguments go to MainWindow."""

    def open_(size=(1400, 900), **kwargs):
        from lenet_gui.ui.main_window import MainWindow

        w = MainWindow(**kwargs)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        w.refresh_now()
        return w

    return open_


@pytest.fixture
def back_to_english():
    """For a test that switches the interface's language: English and the locale back after it."""
    from PySide6.QtCore import QLocale

    from lenet_gui.ui import language

    before = QLocale()
    yield
    language.set_language("en")
    QLocale.setDefault(before)
