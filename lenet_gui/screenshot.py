"""Render the README's screenshot from the real app: a drawn digit, a few backprop steps."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lenet_gui.screenshot", description=__doc__)
    parser.add_argument("out", nargs="?", default="resources/screenshot.png")
    parser.add_argument("--digit", type=int, default=3, choices=range(10))
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    with tempfile.TemporaryDirectory() as home:
        os.environ["LENET_GUI_HOME"] = home  # never read or touch the user's own settings
        import torch

        torch.set_num_threads(1)
        from PySide6.QtWidgets import QApplication, QWidget

        from .replay import draw_digit
        from .ui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = MainWindow()
        window.resize(args.width, args.height)
        window.show()
        app.processEvents()
        draw_digit(window.findChild(QWidget, "canvas"), args.digit)
        window.training.findChild(QWidget, "target_selector").setCurrentText(str(args.digit))
        for _ in range(args.steps):
            window.step(1)
        window.layers.select_stage("conv1")
        window.maps.highlight("conv1")
        window.refresh_now()
        app.processEvents()
        ok = window.grab().save(args.out)
        window.close()
    print(f"wrote {args.out}" if ok else f"could not write {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
