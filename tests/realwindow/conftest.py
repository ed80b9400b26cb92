"""Real-window tier: the real MainWindow on Qt's xcb platform, under Xvfb with a window manager.

Run by `make test` as its own pytest run per screen size (LENET_GUI_SCREEN=1366x768, then
1920x1080): one process can hold only one Qt platform, and the rest of the suite runs offscreen.
Without Xvfb, openbox and xdotool the tier is skipped with the reason, unless
LENET_GUI_REQUIRE_REAL_WINDOW=1 (CI), where it fails instead.
"""

from __future__ import annotations

import os

import pytest

from .xserver import INSTALL_HINT, XServer, required, screen_size

# Before anything creates the QApplication (the root conftest only sets a default).
os.environ["QT_QPA_PLATFORM"] = "xcb"
_server: XServer | None = None
_skip_reason = ""


def pytest_configure(config):
    global _server, _skip_reason
    config.addinivalue_line("markers", "screen(size): run only when the X screen is this size, e.g. '1366x768'")
    missing = XServer.missing()
    if missing:
        _skip_reason = f"real-window tier needs {', '.join(missing)} ({INSTALL_HINT})"
        if required():
            raise pytest.UsageError(f"LENET_GUI_REQUIRE_REAL_WINDOW=1 but the {_skip_reason}")
        return
    _server = XServer(screen_size())
    _server.start()
    os.environ["DISPLAY"] = _server.display


def pytest_unconfigure(config):
    if _server is not None:
        _server.stop()


def pytest_collection_modifyitems(config, items):
    size = "x".join(map(str, screen_size()))
    for item in items:
        if _skip_reason:
            item.add_marker(pytest.mark.skip(reason=_skip_reason))
            continue
        marker = item.get_closest_marker("screen")
        if marker is not None and size not in marker.args:
            item.add_marker(pytest.mark.skip(reason=f"for a {' or '.join(marker.args)} screen; this run is {size}"))


def pytest_report_header(config):
    size = "x".join(map(str, screen_size()))
    where = f"skipped: {_skip_reason}" if _skip_reason else f"Xvfb {size} on {os.environ.get('DISPLAY')}"
    return f"real-window tier: {where}"


@pytest.fixture
def real_window(qtbot, tmp_settings):
    """A MainWindow on a fresh profile, shown the way `lenet-gui` shows it, mapped by the window manager."""
    from lenet_gui.ui.main_window import MainWindow

    def open_(**kwargs):
        w = MainWindow(**kwargs)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow, timeout=5000)
        settled_by_window_manager(qtbot, w)
        w.refresh_now()
        return w

    return open_


def settled_by_window_manager(qtbot, window, timeout_ms: int = 10000) -> None:
    """Wait until the window manager has framed the window and stopped moving it.

    Exposed and active come first; openbox reparents the window into its frame, places it and
    (for a remembered maximised window) sizes it a moment later. A click aimed from a geometry
    read before that lands beside its target.
    """
    def framed() -> bool:
        return window.frameGeometry().size() != window.geometry().size()

    try:
        qtbot.waitUntil(framed, timeout=timeout_ms)
    except Exception as err:
        raise AssertionError(f"the window manager never framed the window: frame {window.frameGeometry()}, "
                             f"window {window.geometry()}") from err
    last = None
    for _ in range(timeout_ms // 150):
        now = (window.frameGeometry(), window.windowState())
        if now == last:
            return
        last = now
        qtbot.wait(150)
