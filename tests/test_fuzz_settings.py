"""Fuzz tier for settings.ini: seeded, bounded mutations, each batch in a child process.

A C++ abort or crash inside Qt would kill the process that meets it, so every batch runs in
its own Python: the test fails on any exit but a clean one. The child checks, for each
mutated file, the only documented outcomes: the file is used (values in range) or it is set
aside whole under a timestamped name with one sentence saying so; the next write makes a
clean file; and a window built on it starts. Run alone: python tests/test_fuzz_settings.py SEED N
"""

from __future__ import annotations

import base64
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BATCHES = [(11, 120, 3), (12, 120, 3)]  # (seed, mutated files, of which windows are built)
LAYOUT_WINDOWS = 5  # more windows per batch for files whose saved layout bytes were mutated

VARIANTS = [
    rb"@Variant(\0\0\0\t\x7f\xff\xff\xff)",  # the attack report's QStringList of 2**31 items
    rb"@Variant(\0\0\0\x7f\0\0\0\x7fQStringList\0\x7f\xff\xff\xff)",
    rb"@Variant(\0\0\0\b\x7f\xff\xff\xff)",  # a QVariantMap
    rb"@Variant(\0\0\0\f\xff\xff\xff\xfe)",  # a QByteArray claiming 4 GiB
    rb"@DateTime(\0\0\0\x10\0\x7f\xff\xff\xff)",
    rb'"@Variant(\0\0\0\t\0\0\0\x1)"',
    rb"\x40Variant(\0\0\0\t\x7f\xff\xff\xff)",
    rb"a, @Variant(\0\0\0\t\x7f\xff\xff\xff)",
]
HUGE = [b"9" * 400, b"1e999", b"-1e999", b"nan", b"inf", b"1" + b"0" * 5000,
        b"0x7fffffff", b"99999999999999999999999999", b"1e-400", b"1_000"]
ODD = [b"", b"true", b"@Invalid()", b"@Rect(1 2 3 4)", b"@ByteArray(\\0\\x1)", b"a, b, c",
       b'"quoted, text"', b"\\", b'"', b"@@x", b"base64:", b"base64:!!!!", b"@String(lenet5)",
       "é😀".encode(), b"tutorial", b"lenet5", b"@ByteArray(", b"\\x", b"\\xffffffff"]
KEYS = [b"train/lr", b"net/arch", b"canvas/brush", b"window/layout_version", b"window/geometry",
        b"window/state", b"General/x", b"a/b/c"]


def _base_files() -> list[bytes]:
    """A file the app writes now, and one earlier versions wrote through QSettings."""
    from PySide6.QtCore import QByteArray, QSettings

    from lenet_gui.ui.main_window import LAYOUT_VERSION, MainWindow

    w = MainWindow(random_weights=True)
    w.show()
    w.docks["maps"].hide()
    state, geometry = bytes(w.saveState(LAYOUT_VERSION).data()), bytes(w.saveGeometry().data())
    w.close()
    w.deleteLater()
    b64 = base64.b64encode
    new = (b"[canvas]\nbrush=33\n\n[net]\narch=lenet5\n\n[train]\nlr=0.05\n\n[window]\n"
           b"geometry=base64:" + b64(geometry) + b"\nlayout_version=" + str(LAYOUT_VERSION).encode() + b"\nstate=base64:" + b64(state) + b"\n")
    with tempfile.TemporaryDirectory() as d:
        q = QSettings(os.path.join(d, "old.ini"), QSettings.Format.IniFormat)  # written, not read
        q.setValue("window/layout_version", LAYOUT_VERSION)
        q.setValue("window/geometry", QByteArray(geometry))
        q.setValue("window/state", QByteArray(state))
        q.setValue("train/lr", 0.05)
        q.setValue("net/arch", "lenet5")
        q.sync()
        del q
        old = Path(d, "old.ini").read_bytes()
    return [new, old], state


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not b:
            break
        k = rng.randrange(len(b))
        r = rng.random()
        if r < 0.3:
            b[k:k + 4] = rng.choice([b"\x7f\xff\xff\xff", b"\xff\xff\xff\xff", b"\x00\x00\x00\x04",
                                     b"\x00\x00\x00\xff", b"\x80\x00\x00\x00"])
        elif r < 0.7:
            b[k] = rng.randrange(256)
        elif r < 0.85:
            b[k:k] = rng.randbytes(rng.randint(1, 8))
        else:
            del b[k:k + rng.randint(1, 16)]
    return bytes(b)


def _mutant(rng: random.Random, bases: list[bytes], state: bytes) -> tuple[str, bytes]:
    base = rng.choice(bases)
    kind = rng.choice(["random bytes", "flipped bytes", "truncated", "variant", "huge value",
                       "odd value", "layout bytes", "odd lines", "big file"])
    if kind == "random bytes":
        return kind, rng.randbytes(rng.randrange(0, 3000))
    if kind == "flipped bytes":
        return kind, _mutate_bytes(rng, base)
    if kind == "truncated":
        return kind, base[:rng.randrange(len(base))]
    if kind == "layout bytes":
        bad = base64.b64encode(_mutate_bytes(rng, state))
        return kind, base.replace(base.split(b"state=")[1].split(b"\n")[0], b"base64:" + bad)
    if kind == "odd lines":
        lines = base.split(b"\n")
        extra = rng.choice([b"[train", b"=x", b"no equals sign", b"  indented=1", b"[General]",
                            b"[train]", b"; comment", b"# comment", b"lr=1\r", b"\xef\xbb\xbf[x]",
                            b"[%General]", b"k\\x=1", b"%U0041=1", b"[a]b]", b"[" + b"x" * 5000 + b"]"])
        lines.insert(rng.randrange(len(lines) + 1), extra)
        return kind, b"\n".join(lines)
    if kind == "big file":
        return kind, base + b"[pad]\nx=" + b"y" * rng.choice([200_000, 262_144, 300_000]) + b"\n"
    key = rng.choice(KEYS)
    group, _, name = key.rpartition(b"/")
    value = rng.choice({"variant": VARIANTS, "huge value": HUGE, "odd value": ODD}[kind])
    return kind, base + b"\n[" + group + b"]\n" + name + b"=" + value + b"\n"


def child(seed: int, count: int, windows: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import torch
    from PySide6.QtWidgets import QApplication

    torch.set_num_threads(1)
    app = QApplication.instance() or QApplication([])
    top = Path(tempfile.mkdtemp(prefix="lenet-gui-fuzz-"))
    os.environ["LENET_GUI_HOME"] = str(top / "base")
    from lenet_gui.core import ARCHS
    from lenet_gui.ui.main_window import MainWindow
    from lenet_gui.ui.settings import Settings

    bases, state = _base_files()
    rng = random.Random(seed)
    outcomes: dict[str, int] = {"used": 0, "set aside": 0, "windows": 0, "layout windows": 0}
    for i in range(count):
        kind, content = _mutant(rng, bases, state)
        home = top / f"h{i}"
        home.mkdir()
        path = home / "settings.ini"
        if rng.random() < 0.03:
            os.mkfifo(path)  # a special file where the settings should be
            content = None
        else:
            path.write_bytes(content)
        os.environ["LENET_GUI_HOME"] = str(home)
        s = Settings()
        aside = sorted(home.glob("settings.ini.damaged-*"))
        where = f"case {i} ({kind})"
        if s.set_aside:
            assert len(s.set_aside) == 1 and len(aside) == 1, where
            assert str(aside[0]) in s.set_aside[0], where
            assert not os.path.lexists(path), where
            if content is not None:
                assert aside[0].read_bytes() == content, f"{where}: nothing may be lost"
            outcomes["set aside"] += 1
        else:
            assert not aside and path.read_bytes() == content, where
            outcomes["used"] += 1
        assert 0 < s.get_float("train/lr", 0.01, lo=0.0, hi=1000.0) <= 1000, where
        assert s.get_str("net/arch", "tutorial", choices=list(ARCHS)) in ARCHS, where
        s.set("train/lr", 0.02)
        assert s.sync(), where
        assert Settings().set_aside == (), f"{where}: what we write is always clean"
        if content is not None:
            path.write_bytes(content)  # as found, for the window below
        layout = kind == "layout bytes" and outcomes["layout windows"] < LAYOUT_WINDOWS
        if layout or (i % (count // windows) == 0 and outcomes["windows"] < windows):
            # A window reads the same file: it must start, with the same notice if any.
            w = MainWindow(random_weights=True)
            w.show()
            app.processEvents()
            assert w.startup_notices() == list(w.settings.set_aside), where
            assert 0 < w.session.trainer.lr <= 1000, where
            w.close()
            w.deleteLater()
            app.processEvents()
            outcomes["layout windows" if layout else "windows"] += 1
    return outcomes


@pytest.mark.parametrize(("seed", "count", "windows"), BATCHES)
def test_mutated_settings_only_ever_give_documented_outcomes(seed, count, windows):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, str(Path(__file__)), str(seed), str(count), str(windows)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    # A negative code is a signal: an abort (-6) or a crash (-11) inside Qt.
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-4000:]}"
    outcomes = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcomes["used"] > 0 and outcomes["set aside"] > 0 and outcomes["windows"] >= windows


if __name__ == "__main__":
    print(json.dumps(child(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))
