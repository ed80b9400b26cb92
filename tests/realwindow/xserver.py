"""A private X server for the real-window tier: Xvfb at the screen size asked for, with openbox."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
import time

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
        w, h = self.size
        # -displayfd: Xvfb picks a free display itself and writes its number once it accepts
        # connections. (Waiting for the socket file instead let openbox connect too early now
        # and then: "Failed to open the display", no window manager, every window unframed.)
        # -nolisten tcp: nothing outside this machine can reach the test's screen.
        read_end, write_end = os.pipe()
        try:
            self._procs.append(subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp"],
                pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            os.close(write_end)
            self.display = ":" + self._read_display(read_end)
        finally:
            os.close(read_end)
        env = dict(os.environ, DISPLAY=self.display)
        self._start_window_manager(env)

    def _read_display(self, fd: int, timeout: float = 20.0) -> str:
        text, end = b"", time.monotonic() + timeout
        while not text.endswith(b"\n"):
            ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
            chunk = os.read(fd, 16) if ready else b""
            if not chunk:
                self.stop()
                raise RuntimeError("Xvfb did not start (no display number on -displayfd)")
            text += chunk
        return text.decode().strip()

    def _start_window_manager(self, env: dict, tries: int = 3) -> None:
        """openbox, running and managing the screen, or a clear error: a tier without a window
        manager would fail test after test on geometry alone."""
        log = ""
        for _ in range(tries):
            with tempfile.TemporaryFile() as out:  # a file, not a pipe nobody reads: it never fills
                openbox = subprocess.Popen(["openbox"], env=env, stdout=out, stderr=subprocess.STDOUT)
                if self._wait_for_wm(env, openbox):
                    self._procs.append(openbox)
                    return
                openbox.kill()
                openbox.wait()
                out.seek(0)
                log = out.read().decode(errors="replace").strip()
        self.stop()
        raise RuntimeError(f"openbox did not manage the screen {self.display}: {log}")

    @staticmethod
    def _wait_for_wm(env: dict, openbox: subprocess.Popen, timeout: float = 10.0) -> bool:
        # openbox sets _NET_SUPPORTING_WM_CHECK on the root window once it manages the screen.
        if shutil.which("xprop") is None:
            time.sleep(1.0)  # no way to ask: give openbox the second it needs
            return openbox.poll() is None
        end = time.monotonic() + timeout
        while time.monotonic() < end and openbox.poll() is None:
            out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                                 capture_output=True, text=True).stdout
            if "window id" in out:
                return True
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        for p in reversed(self._procs):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
        self._procs.clear()
