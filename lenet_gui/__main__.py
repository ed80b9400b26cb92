"""Command line: `lenet-gui` opens the window; `train`, `bench` and `desktop` are its subcommands."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:
        from .train import main as train_main

        return train_main(argv[1:]) or 0
    if argv[:1] == ["bench"]:
        from .bench import main as bench_main

        return bench_main(argv[1:]) or 0
    if argv[:1] == ["desktop"]:
        from .desktop import main as desktop_main

        return desktop_main(argv[1:])
    from .app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
