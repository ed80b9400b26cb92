"""Render the README's screenshots from the real app: a drawn digit, a few backprop steps.

With --screen, run under a real X server of the size wanted (e.g. `xsession 1366x768 …`): the
window takes the size the app gives it on that screen and the whole screen is captured, window
manager frame included; --presentation turns presentation mode on first; --lesson opens a bundled
lesson at its first step (its bar above the panels), after the steps.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lenet_gui.screenshot", description=__doc__)
    parser.add_argument("out", nargs="?", default="resources/screenshot.png")
    parser.add_argument("--digit", type=int, default=3, choices=range(10))
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--screen", action="store_true",
                        help="capture the whole (real) screen, the window at the size the app picks")
    parser.add_argument("--presentation", action="store_true", help="in presentation mode")
    parser.add_argument("--lesson", metavar="FILE", help="open this bundled lesson, e.g. lesson2_draw_and_train.toml")
    parser.add_argument("--explain", metavar="STAGE:I,J,K",
                        help="explain this value in the Explain panel, e.g. conv1:2,10,12 or fc1:7")
    args = parser.parse_args(argv)

    if not args.screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    with tempfile.TemporaryDirectory() as home:
        os.environ["LENET_GUI_HOME"] = home  # never read or touch the user's own settings
        import torch

        torch.set_num_threads(1)
        from PySide6.QtCore import QIODevice, QSaveFile
        from PySide6.QtWidgets import QApplication, QWidget

        from .replay import draw_digit
        from .ui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = MainWindow()
        if not args.screen:
            window.resize(args.width, args.height)
        window.show()
        if args.presentation:
            window.set_presentation(True)
        _wait(app, 1.5 if args.screen else 0.0)  # the window manager places and sizes it
        draw_digit(window.findChild(QWidget, "canvas"), args.digit)
        window.training.findChild(QWidget, "target_selector").setCurrentText(str(args.digit))
        for _ in range(args.steps):
            window.step(1)
        window.layers.select_stage("conv1")
        window.maps.highlight("conv1")
        window.refresh_now()
        if args.lesson and not window.lesson_bar.open_builtin(args.lesson):
            window.close()
            print(f"could not open the lesson {args.lesson}")
            return 1
        if args.explain:
            stage, _, index = args.explain.partition(":")
            window.explainer.select(stage, tuple(int(i) for i in index.split(",")))
            window.refresh_now()
        _wait(app, 1.0 if args.screen else 0.0)  # the docks make room for the lesson's bar too
        picture = window.screen().grabWindow(0) if args.screen else window.grab()
        # QSaveFile: the picture replaces an older one whole, or leaves it as it was.
        out = QSaveFile(str(args.out))
        ok = out.open(QIODevice.OpenModeFlag.WriteOnly) and picture.save(out, "PNG") and out.commit()
        window.close()
    print(f"wrote {args.out}" if ok else f"could not write {args.out}")
    return 0 if ok else 1


def _wait(app, seconds: float) -> None:
    """Let Qt handle events (the window manager's answers among them) for a while."""
    end = time.monotonic() + seconds
    app.processEvents()
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
