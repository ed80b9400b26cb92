"""Exports from the window are written whole or not at all, and a failure says why."""

from __future__ import annotations

import pytest

from tests.helpers_ui import error_text


@pytest.fixture
def window(open_window):
    return open_window(random_weights=True)


def test_feature_maps_replace_the_old_file_whole(window, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "maps.png"
    target.write_bytes(b"old")
    assert window.export_feature_maps(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sorted(p.name for p in out.iterdir()) == ["maps.png"]  # no temporary file left


@pytest.mark.parametrize("export", ["export_feature_maps", "export_loss_csv"])
def test_a_failed_export_says_why_and_leaves_nothing(window, tmp_path, export):
    out = tmp_path / "out"
    folder = out / "maps.png"
    folder.mkdir(parents=True)
    assert getattr(window, export)(folder) is False
    assert "is a folder" in error_text(window)
    missing = out / "no such folder" / "maps.png"
    assert getattr(window, export)(missing) is False
    assert "No such file or directory" in error_text(window) and "unchanged" in error_text(window)
    assert sorted(p.name for p in out.iterdir()) == ["maps.png"]
