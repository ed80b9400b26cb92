"""Settings and paths: typed getters survive a damaged ini file; LENET_GUI_HOME is honoured."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from lenet_gui.ui import paths
from lenet_gui.ui.settings import Settings


def test_paths_live_under_lenet_gui_home(tmp_settings):
    assert not tmp_settings.exists()  # nothing is created until asked for
    assert paths.data_dir() == tmp_settings / "data" and (tmp_settings / "data").is_dir()
    assert paths.log_dir() == tmp_settings / "logs" and (tmp_settings / "logs").is_dir()
    assert paths.settings_file() == tmp_settings / "settings.ini"


def test_paths_without_home_use_qt_locations(qapp, monkeypatch, tmp_path):
    monkeypatch.delenv("LENET_GUI_HOME", raising=False)
    # Point Qt's per-user folders into the test folder, so nothing real is touched.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path))
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    try:
        assert paths.settings_file() is None
        d, logs = paths.data_dir(), paths.log_dir()
        assert d.is_dir() and logs.is_dir() and logs.name == "logs"
    finally:
        QStandardPaths.setTestModeEnabled(False)


def test_round_trip_of_every_type(tmp_settings):
    s = Settings()
    s.set("a/bool", False)
    s.set("a/float", 0.0125)
    s.set("a/int", 7)
    s.set("a/str", "lenet5")
    s.set("a/bytes", QByteArray(b"\x00\x01geometry\xff"))
    assert s.sync()
    assert (tmp_settings / "settings.ini").is_file()
    t = Settings()  # a fresh reader sees only what is in the file
    assert t.get_bool("a/bool", True) is False
    assert t.get_float("a/float", 1.0) == 0.0125
    assert t.get_int("a/int", 0) == 7
    assert t.get_str("a/str", "tutorial", choices=["tutorial", "lenet5"]) == "lenet5"
    assert bytes(t.get_bytes("a/bytes").data()) == b"\x00\x01geometry\xff"
    assert t.contains("a/int")
    t.remove("a/int")
    assert not t.contains("a/int") and t.get_int("a/int", 3) == 3


def test_missing_keys_give_defaults(tmp_settings):
    s = Settings()
    assert s.get_bool("x", True) is True
    assert s.get_float("x", 0.5) == 0.5
    assert s.get_int("x", 4) == 4
    assert s.get_str("x", "d") == "d"
    assert s.get_bytes("x") is None


CORRUPT = b"""[General]
bool_garbage=perhaps
bool_yes=yes
bool_number=2
float_text=fast
float_nan=nan
float_inf=inf
float_big=1e9
float_list=1, 2
float_ok=0.001
int_float=3.5
int_whole=12.0
int_text=seven
str_list=a, b
str_unknown=resnet
str_number=3
bytes_text=hello
bytes_broken=@ByteArray(
\xff\xfe binary junk line
[broken section
=no key
"""


def test_corrupt_ini_never_raises(tmp_settings):
    tmp_settings.mkdir(parents=True)
    (tmp_settings / "settings.ini").write_bytes(CORRUPT)
    s = Settings()
    assert s.get_bool("bool_garbage", True) is True
    assert s.get_bool("bool_yes", False) is True
    assert s.get_bool("bool_number", False) is False
    assert s.get_float("float_text", 0.01) == 0.01
    assert s.get_float("float_nan", 0.01) == 0.01
    assert s.get_float("float_inf", 0.01) == 0.01
    assert s.get_float("float_big", 0.01, lo=0, hi=1000) == 0.01
    assert s.get_float("float_big", 0.01) == 1e9
    assert s.get_float("float_list", 0.01) == 0.01
    assert s.get_float("float_ok", 0.5, lo=0, hi=1) == 0.001
    assert s.get_int("int_float", 5) == 5
    assert s.get_int("int_whole", 5) == 12
    assert s.get_int("int_whole", 5, hi=10) == 5
    assert s.get_int("int_text", 5) == 5
    assert s.get_str("str_list", "x") == "x"
    assert s.get_str("str_unknown", "tutorial", choices=["tutorial", "lenet5"]) == "tutorial"
    assert s.get_str("str_number", "0") == "3"
    assert s.get_bytes("bytes_text") is None
    assert s.get_bytes("bytes_broken") is None or isinstance(s.get_bytes("bytes_broken"), QByteArray)
    # And it can still be written.
    s.set("float_ok", 0.5)
    assert s.sync()
    assert Settings().get_float("float_ok", 0.0) == 0.5


@pytest.mark.parametrize("content", [b"", b"\x00" * 100, bytes(range(256)) * 4])
def test_binary_garbage_file(tmp_settings, content):
    tmp_settings.mkdir(parents=True)
    (tmp_settings / "settings.ini").write_bytes(content)
    s = Settings()
    assert s.get_float("lr", 0.01, lo=0) == 0.01
    assert s.get_bool("zero_grad", True) is True


def test_explicit_path(tmp_path, qapp):
    s = Settings(tmp_path / "other.ini")
    s.set("k", 1)
    s.sync()
    assert "k=1" in (tmp_path / "other.ini").read_text()


def test_sync_reports_an_unwritable_file(tmp_path, qapp):
    (tmp_path / "dir.ini").mkdir()  # a folder where the file should be: cannot be written
    s = Settings(tmp_path / "dir.ini")
    s.set("k", 1)
    assert s.sync() is False
    assert s.get_int("k", 0) == 1  # still readable from memory
