"""`lenet-gui bench --quick` runs every figure and prints them all, as a table and as JSON.

No timing is asserted here (the machine may be busy): only that each figure is measured.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lenet_gui import bench

ROOT = Path(__file__).resolve().parents[1]
KEYS = ["step_ms", "step_ratio", "move_p95_ms", "move_delay_ms", "play_ratio", "play_fps",
        "autograd_ms", "autograd_play", "explain_ms", "explain_play",
        "plot_1e6_ms", "rss_growth_mb", "mpl_scratch_x", "mpl_reuse_x",
        "restore_p95_ms", "timeline_mb", "session_save_open_s", "cold_ratio"]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("LENET_GUI_HOME", None)  # the bench makes its own temporary home
    return subprocess.run([sys.executable, "-m", "lenet_gui.bench", "--quick", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def json_run():
    out = _run("--json")
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout)


def test_json_has_every_figure_with_a_number_and_a_verdict(json_run):
    rows = {r["key"]: r for r in json_run["rows"]}
    assert list(rows) == KEYS
    for key, row in rows.items():
        assert isinstance(row["value"], float) and math.isfinite(row["value"]), key
        assert row["target"] and row["figure"] and isinstance(row["ok"], bool), key
    details = json_run["details"]
    assert details["quick"] is True and details["torch_threads"] == 1
    assert details["bare_step_ms"] > 0 and details["play_steps_per_s"] > 0
    assert details["mpl_scratch_ms"] > 0 and details["mpl_reuse_ms"] > 0  # measured, in any order


def test_table_names_every_figure_and_its_target():
    out = _run("--only", "step,plot")
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.splitlines()
    assert lines[0].split()[:1] == ["figure"] and "target" in lines[0]
    body = "\n".join(lines)
    for words in ("Backprop step", "bare tutorial step", "Loss plot", "1,000,000 points"):
        assert words in body
    assert any(line.rstrip().endswith(("PASS", "FAIL")) for line in lines[2:])
    assert "targets met" in lines[-1]


def test_unknown_figure_is_refused():
    out = _run("--only", "warp-speed")
    assert out.returncode != 0 and "unknown figure" in out.stderr


def test_table_format_marks_pass_fail_and_no_target():
    rows = [bench.Row("a", "first", 1.0, "ms", "1.00 ms", "≤ 5 ms", True),
            bench.Row("b", "second one", 9.0, "ms", "9.00 ms", "≤ 5 ms", False),
            bench.Row("c", "third", 2.0, "×", "2×", "—", None)]
    lines = bench.format_table(rows).splitlines()
    assert lines[2].endswith("PASS") and lines[3].endswith("FAIL") and lines[4].endswith("—")
    assert len({len(line.rstrip()) for line in lines[:2]}) == 1  # header and rule line up
