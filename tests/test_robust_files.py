"""Hostile and broken files through the window: refused with a clear dialog, nothing executed, nothing lost."""

from __future__ import annotations

import csv
import errno
import os
import pickle
import shlex
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox, QPushButton, QWidget
from safetensors.torch import save_file

import lenet_gui.core.weights as weights_module
from lenet_gui.core import MAX_BYTES, Net, save_weights
from lenet_gui.core.classset import INDEX, TMP_PREFIX
from lenet_gui.replay import draw_digit
from lenet_gui.ui.class_set_browser import ID_ROLE
from lenet_gui.ui.main_window import MainWindow
from tests.helpers_ui import error_text


@pytest.fixture
def window(open_window):
    w = open_window((1200, 800), random_weights=True, seed=1)
    draw_digit(w.findChild(QWidget, "canvas"), 4)
    w.set_target("4")
    w.step(3)  # some history, so "unchanged" also covers the loss curve
    w.refresh_now()
    return w


def dialogs(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "error_message") if b.isVisible()]


def state_of(window) -> dict:
    s = window.session
    return {
        "arch": s.arch,
        "label": s.weights_label,
        "trainer": s.trainer,
        "weights": {k: v.clone() for k, v in s.net.state_dict().items()},
        "history": s.trainer.history.to_numpy(),
        "events": list(s.trainer.events),
        "status": window.status_weights.text(),
        "view": s.trace()["view"].shape,
    }


def assert_unchanged(window, before: dict) -> None:
    now = state_of(window)
    assert now["arch"] == before["arch"] and now["label"] == before["label"]
    assert now["trainer"] is before["trainer"]
    assert now["weights"].keys() == before["weights"].keys()
    assert all(torch.equal(now["weights"][k], v) for k, v in before["weights"].items())
    assert np.array_equal(now["history"], before["history"])
    assert now["events"] == before["events"]
    assert now["status"] == before["status"] and now["view"] == before["view"]


def assert_refused_with_dialog(window, expected: str) -> str:
    """One visible, non-blocking dialog with a plain sentence, which the status bar shows too."""
    boxes = dialogs(window)
    assert len(boxes) == 1, [b.text() for b in boxes]
    box = boxes[0]
    text = box.text()
    assert text == window.statusBar().currentMessage() and expected.lower() in text.lower(), text
    assert box.windowModality() != Qt.WindowModality.ApplicationModal
    assert "Traceback" not in text and text.rstrip().endswith(".")
    box.close()
    return text


def assert_still_works(window) -> None:
    n = len(window.session.trainer.history)
    window.step(1)
    window.refresh_now()
    assert len(window.session.trainer.history) == n + 1
    assert all(torch.isfinite(p).all() for p in window.session.net.parameters())


# -- files that would run code ---------------------------------------------------------------
class _RunsCommand:
    """Unpickling this calls os.system: exactly what a malicious .pt file does."""

    def __init__(self, marker: Path):
        self.command = f"touch {shlex.quote(str(marker))}"

    def __reduce__(self):
        return (os.system, (self.command,))


def hostile_files(folder: Path, marker: Path) -> dict[str, Path]:
    payload = {"conv1.weight": _RunsCommand(marker), "conv1.bias": torch.zeros(6)}
    out = {}
    out["torch.save zip"] = folder / "homework.pt"
    torch.save(payload, out["torch.save zip"])
    out["raw pickle"] = folder / "raw.pt"
    out["raw pickle"].write_bytes(pickle.dumps(payload, protocol=2))
    out["pickle protocol 0"] = folder / "text_pickle.pth"
    out["pickle protocol 0"].write_bytes(pickle.dumps(_RunsCommand(marker), protocol=0))
    out["safetensors name"] = folder / "disguised.safetensors"
    out["safetensors name"].write_bytes(pickle.dumps(payload, protocol=4))
    return out


def test_the_hostile_files_really_run_code_when_unpickled_carelessly(tmp_path):
    """The control: without weights_only these files do create the marker."""
    marker = tmp_path / "pwned"
    files = hostile_files(tmp_path, marker)
    torch.load(files["torch.save zip"], weights_only=False)
    assert marker.exists()
    marker.unlink()
    for key in ("raw pickle", "pickle protocol 0", "safetensors name"):
        pickle.loads(files[key].read_bytes())
        assert marker.exists(), key
        marker.unlink()


@pytest.mark.parametrize("kind", ["torch.save zip", "raw pickle", "pickle protocol 0", "safetensors name"])
def test_a_hostile_pickle_is_refused_and_never_runs(window, tmp_path, kind):
    marker = tmp_path / "pwned"
    path = hostile_files(tmp_path, marker)[kind]
    before = state_of(window)
    assert window.open_weights_file(path) is False
    assert not marker.exists(), "unpickling ran the file's command"
    assert_refused_with_dialog(window, "not a weights file")
    assert_unchanged(window, before)
    assert not marker.exists()
    assert_still_works(window)


# -- broken and foreign files ------------------------------------------------------------------
def _good_bytes(tmp_path: Path, suffix: str) -> bytes:
    return save_weights(Net("tutorial", seed=9), tmp_path / f"good{suffix}").read_bytes()


def make_bad(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """A bad file of the given kind and a phrase its message must contain."""
    p = tmp_path / f"{kind}.safetensors"
    if kind == "empty":
        p.write_bytes(b"")
        return p, "empty"
    if kind == "truncated safetensors":
        p.write_bytes(_good_bytes(tmp_path, ".safetensors")[:5000])
        return p, "not a weights file"
    if kind == "truncated pt":
        p = tmp_path / "cut.pt"
        p.write_bytes(_good_bytes(tmp_path, ".pt")[:5000])
        return p, "not a weights file"
    if kind == "random bytes":
        p.write_bytes(np.random.default_rng(7).integers(0, 256, 4096, dtype=np.uint8).tobytes())
        return p, "not a weights file"
    if kind == "random bytes PK":
        p.write_bytes(b"PK" + np.random.default_rng(8).integers(0, 256, 4096, dtype=np.uint8).tobytes())
        return p, "not a weights file"
    if kind == "text":
        p = tmp_path / "notes.pt"
        p.write_text("These are my notes about LeNet.\n" * 50, encoding="utf-8")
        return p, "not a weights file"
    if kind == "wrong shapes":
        state = {k: torch.zeros(3, 3) for k in Net("tutorial").state_dict()}
        save_file(state, p)
        return p, "different network"
    if kind == "some tensors missing":
        state = dict(Net("tutorial", seed=2).state_dict())
        del state["fc3.bias"]
        save_file(state, p)
        return p, "missing fc3.bias"
    if kind == "NaN values":
        state = {k: v.clone() for k, v in Net("tutorial", seed=2).state_dict().items()}
        state["conv2.weight"][0, 0, 0, 0] = float("nan")
        save_file(state, p)
        return p, "NaN"
    if kind == "whole numbers":
        state = {k: v.to(torch.int32) for k, v in Net("tutorial", seed=2).state_dict().items()}
        save_file(state, p)
        return p, "whole numbers"
    if kind == "other arch with NaN":
        state = {k: v.clone() for k, v in Net("lenet5", seed=2).state_dict().items()}
        state["fc1.weight"][3, 3] = float("inf")
        save_file(state, p)
        return p, "NaN or infinite"
    if kind == "a directory":
        p = tmp_path / "weights.pt"
        p.mkdir()
        (p / "data.pkl").write_bytes(b"x")
        return p, "folder"
    if kind == "missing path":
        return tmp_path / "gone" / "weights.safetensors", "no file"
    if kind == "too large (sparse)":
        with open(p, "wb") as f:
            f.truncate(4 * 1024**3)  # 4 GB of holes: reading it whole would stall the lesson
        return p, "too large"
    if kind == "one byte over the limit":
        with open(p, "wb") as f:
            f.truncate(MAX_BYTES + 1)
        return p, "too large"
    if kind == "NUL in the path":
        return tmp_path / "bad\x00name.pt", "not a usable file name"
    if kind == "markup in the name":
        p = tmp_path / "<b>bold<i>.pt"
        p.write_bytes(b"\x80\x02}q\x00.")  # a pickled empty dict
        return p, "<b>bold<i>.pt"
    raise AssertionError(kind)


BAD_KINDS = [
    "empty", "truncated safetensors", "truncated pt", "random bytes", "random bytes PK", "text",
    "wrong shapes", "some tensors missing", "NaN values", "whole numbers", "other arch with NaN",
    "a directory", "missing path", "too large (sparse)", "one byte over the limit",
    "NUL in the path", "markup in the name",
]


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_a_bad_file_is_refused_and_changes_nothing(window, tmp_path, kind):
    path, phrase = make_bad(tmp_path, kind)
    before = state_of(window)
    assert window.open_weights_file(path) is False
    text = assert_refused_with_dialog(window, phrase)
    assert path.name in text or str(path) in text  # the student sees which file
    assert_unchanged(window, before)
    assert_still_works(window)


def test_an_unreadable_file_is_refused(window, tmp_path, monkeypatch):
    # Tests run as root, which reads any file: deny the read where the app opens it.
    path = save_weights(Net("tutorial", seed=5), tmp_path / "locked.safetensors")
    real_open = open

    def deny(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    before = state_of(window)
    assert window.open_weights_file(path) is False
    monkeypatch.undo()
    assert_refused_with_dialog(window, "permission")
    assert_unchanged(window, before)
    assert_still_works(window)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(window, tmp_path):
    """Opening a FIFO for reading blocks until someone writes: the lesson would freeze."""
    fifo = tmp_path / "pipe.pt"
    os.mkfifo(fifo)
    blocked, done = [], threading.Event()

    def rescue():
        # If the app is stuck in open(), a writer can connect: unblock it and remember.
        while not done.is_set():
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.02)
                continue
            blocked.append(True)
            os.write(fd, b"junk")
            os.close(fd)
            return

    helper = threading.Thread(target=rescue, daemon=True)
    helper.start()
    before = state_of(window)
    try:
        assert window.open_weights_file(fifo) is False
    finally:
        done.set()
        helper.join(5)
    assert blocked == [], "the app waited on the pipe until a writer came"
    assert_refused_with_dialog(window, "not a regular file")
    assert_unchanged(window, before)


# -- another architecture's valid file is a feature --------------------------------------------
def test_a_valid_file_of_the_other_architecture_switches_and_says_so(window, tmp_path):
    path = save_weights(Net("lenet5", seed=4), tmp_path / "classic.safetensors")
    steps = len(window.session.trainer.history)
    assert window.open_weights_file(path) is True
    window.refresh_now()
    s = window.session
    assert s.arch == "lenet5" and s.weights_label == "classic.safetensors"
    assert s.trace()["view"].shape == (1, 400)
    assert "Switched" in window.statusBar().currentMessage()
    assert dialogs(window) == [] and error_text(window) == ""
    assert len(s.trainer.history) == steps  # one loss curve for the whole lesson
    assert torch.equal(s.net.conv1.weight, Net("lenet5", seed=4).conv1.weight)
    assert_still_works(window)


# -- saving never loses the old file -----------------------------------------------------------
def _fail_replace(target: Path, err: OSError):
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst) == target:
            raise err
        return real(src, dst, *args, **kwargs)

    return replace


SAVE_FAILURES = {
    "disk full at rename": ("replace", OSError(errno.ENOSPC, "No space left on device"), "No space left"),
    "disk full at write": ("fsync", OSError(errno.ENOSPC, "No space left on device"), "No space left"),
    "read-only folder": ("mkstemp", PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
    "read-only file system": ("mkstemp", OSError(errno.EROFS, "Read-only file system"), "Read-only"),
}


@pytest.mark.parametrize("suffix", [".safetensors", ".pt"])
@pytest.mark.parametrize("failure", list(SAVE_FAILURES))
def test_a_failed_save_keeps_the_previous_file(window, tmp_path, monkeypatch, failure, suffix):
    folder = tmp_path / "saves"
    folder.mkdir()
    target = folder / f"mine{suffix}"
    old = save_weights(Net("tutorial", seed=11), target).read_bytes()
    where, err, phrase = SAVE_FAILURES[failure]

    def raise_it(*args, **kwargs):
        raise err

    with monkeypatch.context() as m:
        if where == "replace":
            m.setattr(weights_module.os, "replace", _fail_replace(target, err))
        elif where == "fsync":
            m.setattr(weights_module.os, "fsync", raise_it)
        else:
            m.setattr(tempfile, "mkstemp", raise_it)
        assert window.save_weights_file(target) is False
    text = assert_refused_with_dialog(window, phrase)
    assert "unchanged" in text
    assert target.read_bytes() == old
    assert sorted(p.name for p in folder.iterdir()) == [target.name], "a temporary file was left"
    # With the disk working again the same save succeeds and replaces the file.
    assert window.save_weights_file(target) is True
    assert target.read_bytes() != old
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


def test_saving_onto_a_folder_or_into_a_missing_folder_is_refused(window, tmp_path):
    folder = tmp_path / "a_folder.safetensors"
    folder.mkdir()
    assert window.save_weights_file(folder) is False
    assert_refused_with_dialog(window, "folder")
    assert window.save_weights_file(tmp_path / "missing" / "w.safetensors") is False
    assert_refused_with_dialog(window, "No such file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a_folder.safetensors", "home"]


def test_a_failed_loss_export_keeps_the_previous_csv(window, tmp_path, monkeypatch):
    path = tmp_path / "loss.csv"
    assert window.export_loss_csv(path)
    old = path.read_bytes()
    window.step(5)
    real_writer = csv.writer

    class FullDisk:
        """A csv writer on a disk that fills up after the header."""

        def __init__(self, f, *args, **kwargs):
            self.inner, self.rows = real_writer(f, *args, **kwargs), 0

        def writerow(self, row):
            self.rows += 1
            if self.rows > 1:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.inner.writerow(row)

    monkeypatch.setattr(csv, "writer", FullDisk)
    assert window.export_loss_csv(path) is False
    monkeypatch.undo()
    assert_refused_with_dialog(window, "No space left")
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "loss.csv"]
    assert window.export_loss_csv(path)
    assert len(path.read_text().splitlines()) == 1 + len(window.session.trainer.history)


# -- the class set survives a damaged folder ----------------------------------------------------
def _add_drawings(window, qtbot, digits) -> None:
    add = window.findChild(QPushButton, "add_to_class_set_button")
    for d in digits:
        window.canvas.clear()
        draw_digit(window.findChild(QWidget, "canvas"), d)
        window.set_target(str(d))
        window.refresh_now()
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)


def _reopen(qtbot) -> MainWindow:
    w = MainWindow(random_weights=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _shown(w) -> list[tuple[str, str]]:
    lst = w.findChild(QListWidget, "class_set_list")
    return sorted((lst.item(i).text(), lst.item(i).data(ID_ROLE)) for i in range(lst.count()))


@pytest.mark.parametrize("damage", [b"", b"{not json", b"\x00\xff" * 500, b'{"entries": 5}',
                                    b'{"entries": [{"id": 1, "created": "soon"}]}', b"[[[[" * 2000])
def test_a_damaged_class_set_index_is_rebuilt_from_the_drawings(window, qtbot, tmp_settings, damage):
    _add_drawings(window, qtbot, [1, 7, 7])
    shown = _shown(window)
    assert len(shown) == 3
    folder = window.class_set.folder
    window.close()
    (folder / INDEX).write_bytes(damage)
    again = _reopen(qtbot)
    assert _shown(again) == shown
    assert error_text(again) == "" and dialogs(again) == []
    images, labels = again.class_set.dataset()
    assert sorted(labels.tolist()) == [1, 7, 7]
    # The index was written again and reads as proper JSON.
    assert b'"entries"' in (folder / INDEX).read_bytes()


def test_half_written_temp_files_and_damaged_images_are_ignored(window, qtbot, tmp_settings):
    _add_drawings(window, qtbot, [2, 3])
    shown = _shown(window)
    folder = window.class_set.folder
    window.close()
    fresh = folder / f"{TMP_PREFIX}abc123.part"  # a save in progress (or just died)
    fresh.write_bytes(b"\x89PNG\r\n\x1a\n half")
    stale = folder / f"{TMP_PREFIX}old999.part"
    stale.write_bytes(b"\x89PNG")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    broken = folder / ("5_" + "f" * 32 + ".png")
    broken.write_bytes(b"\x89PNG\r\n\x1a\n but cut short")
    again = _reopen(qtbot)
    assert [s for s in _shown(again) if s[1] != "f" * 32] == shown, "a temp file appeared as a drawing"
    # The damaged drawing is listed (so it can be deleted) with a crossed thumbnail that says so.
    again.docks["class_set"].raise_()
    lst = again.findChild(QListWidget, "class_set_list")
    damaged = [lst.item(i) for i in range(lst.count()) if lst.item(i).data(ID_ROLE) == "f" * 32]
    assert len(damaged) == 1
    qtbot.waitUntil(lambda: "damaged" in damaged[0].toolTip(), timeout=10000)
    assert error_text(again) == "" and dialogs(again) == []
    assert not stale.exists() and fresh.exists()  # only a dead process's leftovers are removed
    assert len(again.class_set.dataset()[1]) == 2
    # Training on the set skips the damaged image and still runs.
    again.train_on_class_set(1)
    qtbot.waitUntil(lambda: not again.is_training_on_class_set(), timeout=10000)
    assert len(again.session.trainer.history) == 2
