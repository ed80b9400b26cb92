"""Start the application: one torch thread, the exception hook, the main window."""

from __future__ import annotations

import argparse
import os
import sys

# The subcommands lenet_gui.__main__ hands on, as `lenet-gui --help` lists them (one line each).
SUBCOMMANDS = (
    ("train", "train the bundled weights again on MNIST digits"),
    ("bench", "measure the app's speed against its targets"),
    ("desktop install", "add lenet-gui to your application menu (Linux)"),
    ("desktop uninstall", "remove lenet-gui from your application menu"),
)


def _commands_epilog() -> str:
    width = max(len(name) for name, _ in SUBCOMMANDS) + len("lenet-gui ")
    lines = [f"  {'lenet-gui ' + name:<{width}}  {what}" for name, what in SUBCOMMANDS]
    return "commands:\n" + "\n".join(lines) + "\n\nEach command has its own --help, e.g. lenet-gui train --help."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lenet-gui", description="Draw a digit and watch LeNet see it and learn.",
                                     epilog=_commands_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", choices=["tutorial", "lenet5"], default=None, help="network to start with")
    parser.add_argument("--random", action="store_true", help="start from random weights instead of the pretrained ones")
    parser.add_argument("--seed", type=int, default=0, help="seed for random weights (same seed, same weights)")
    # Checks an installation from a script: the exit status says whether the window opened.
    parser.add_argument("--quit-after", type=int, default=None, metavar="MS",
                        help="close the window after MS milliseconds, as a quit would (checks an install)")
    args = parser.parse_args(argv)

    # pyqtgraph must bind to PySide6 even if another Qt binding is installed.
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import torch

    # Measured: one thread runs the tutorial's step in ~1.3 ms, two threads in ~17 ms.
    torch.set_num_threads(1)

    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.errors import install_excepthook
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("lenet-gui")
    app.setOrganizationName("lenet-gui")
    window = None
    # Installed first: an error while the window is built is logged and shown in a dialog,
    # not only printed to a terminal a desktop launch does not have.
    hook = install_excepthook(lambda: window)
    try:
        try:
            window = MainWindow(arch=args.arch, random_weights=args.random, seed=args.seed)
        except Exception:  # noqa: BLE001 - anything: the person must see why nothing opened
            hook(*sys.exc_info())
            if args.quit_after is not None:
                # As if the person pressed OK: the last window closing ends exec().
                QTimer.singleShot(max(0, args.quit_after), hook.close_dialogs)
            app.exec()  # until the dialog is closed
            # Gone while the application still exists: a dialog outliving it crashes the exit.
            hook.close_dialogs()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            return 1
        window.show()
        if args.quit_after is not None:
            # close() runs closeEvent (settings are saved) as a user's quit would; quit() ends exec().
            QTimer.singleShot(max(0, args.quit_after), lambda: (window.close(), app.quit()))
        return app.exec()
    finally:
        hook.uninstall()
