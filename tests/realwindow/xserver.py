"""A private X server for the real-window tier: Xvfb at the screen size asked for, with openbox."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

SCREEN_ENV = "LENET_GUI_SCREEN"  # "1366x768" (default) or "1920x1080": one size per run
REQUIRE_ENV = "LENET_GUI_REQUIRE_REAL_WINDOW"  # "1" in CI: a tier that cannot run fails
INSTALL_HINT = "apt-get install -y xvfb openbox xdotool"


def screen_size() -> tuple[int, int]:
    w, h = os.environ.get(SCREEN_ENV, "1366x768").lower().split("x")
    return int(w), int(h)


def required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") == "1"


class XServer:
    """Xvfb on a free display number, with a window manager so geometry is what a desktop does."""

    def __init__(self, size: tuple[int, int]):
        self.size = size
        self.display = ""
        self._procs: list[subprocess.Popen] = []

    @staticmethod
    def missing() -> list[str]:
        """The programs the tier needs that this machine lacks."""
        return [p for p in ("Xvfb", "openbox", "xdotool") if shutil.which(p) is None]

    def start(self) -> None:
        n = 200 + os.getpid() % 300
        while Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
            n += 1
        self.display = f":{n}"
        w, h = self.size
        # -nolisten tcp: nothing outside this machine can reach the test's screen.
        self._procs.append(subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        self._wait_for(Path(f"/tmp/.X11-unix/X{n}"))
        env = dict(os.environ, DISPLAY=self.display)
        self._procs.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
        self._wait_for_wm(env)

    def _wait_for(self, socket: Path, timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        while not socket.exists():
            if time.monotonic() > end or self._procs[0].poll() is not None:
                raise RuntimeError(f"Xvfb did not start on {self.display}")
            time.sleep(0.05)

    @staticmethod
    def _wait_for_wm(env: dict, timeout: float = 10.0) -> None:
        # openbox sets _NET_SUPPORTING_WM_CHECK on the root window once it manages the screen.
        if shutil.which("xprop") is None:
            time.sleep(1.0)  # no way to ask: give openbox the second it needs
            return
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                                 capture_output=True, text=True).stdout
            if "window id" in out:
                return
            time.sleep(0.1)

    def stop(self) -> None:
        for p in reversed(self._procs):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
        self._procs.clear()
