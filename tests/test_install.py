"""lenet-gui installed as a class laptop gets it: a built wheel (not editable) in a fresh venv outside the checkout."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Compiled translations are left out too: the wheel's build must make them from the .ts sources.
SKIP = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                              ".ruff_cache", "*.qm")


def run(*cmd, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=600, **kw)
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A fresh venv holding only the wheel; its dependencies come from the test venv, offline."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"  # build from a copy: building in place would leave build/ in the checkout
    shutil.copytree(ROOT, source, ignore=SKIP)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "-w", work / "dist", source)
    wheel = next((work / "dist").glob("lenet_gui-*.whl"))
    env = work / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", env)
    python = env / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel)
    # torch, Qt and the rest: the test venv's copies, after the fresh venv's own site-packages.
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (purelib / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env


def app_env(tmp: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", LENET_GUI_HOME=str(tmp / "home"),
                XDG_DATA_HOME=str(tmp / "share"))


def test_the_installed_package_and_its_bundled_weights_come_from_the_venv(venv, tmp_path):
    out = run(venv / "bin" / "python", "-c",
              "import lenet_gui, lenet_gui.core as c, lenet_gui.core.pretrained as p;"
              "print(lenet_gui.__file__); print(p.pretrained_path('tutorial')); print(p.pretrained_path('lenet5'));"
              "print(c.Net.__name__)", cwd=tmp_path, env=app_env(tmp_path)).stdout.split()
    for path in out[:3]:
        assert Path(path).is_relative_to(venv), f"{path} is not from the installed wheel"
        assert not Path(path).is_relative_to(ROOT)
    assert Path(out[1]).is_file() and Path(out[2]).is_file()


def test_the_installed_program_opens_the_window_and_quits(venv, tmp_path):
    run(venv / "bin" / "lenet-gui", "--quit-after", "1500", cwd=tmp_path, env=app_env(tmp_path))


def test_the_wheel_carries_the_translations_and_starts_in_french(venv, tmp_path):
    code = ("from importlib import resources; from PySide6.QtWidgets import QApplication;"
            "app = QApplication([]); from lenet_gui.ui.main_window import MainWindow; w = MainWindow();"
            "print(sorted(p.name for p in resources.files('lenet_gui.i18n').iterdir() if p.name.endswith('.qm')));"
            "print(w.training.backprop_button.text())")
    env = dict(app_env(tmp_path), LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8")
    out = run(venv / "bin" / "python", "-c", code, cwd=tmp_path, env=env).stdout.splitlines()
    assert out[-2] == "['lenet_gui_en.qm', 'lenet_gui_fr.qm', 'lenet_gui_ja.qm']"
    assert out[-1] == "Rétropropager"


def test_desktop_entry_installs_launches_and_uninstalls(venv, tmp_path):
    env = app_env(tmp_path)
    run(venv / "bin" / "lenet-gui", "desktop", "install", cwd=tmp_path, env=env)
    entry_file = tmp_path / "share" / "applications" / "lenet-gui.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "lenet-gui.svg"
    assert icon.read_bytes().startswith(b"<?xml") and b"<svg" in icon.read_bytes()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry_file, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Icon"] == "lenet-gui" and entry["Terminal"] == "false"
    command = shlex.split(entry["Exec"])
    assert Path(command[0]) == venv / "bin" / "lenet-gui"
    if shutil.which("desktop-file-validate"):
        run("desktop-file-validate", entry_file)
    # What the menu would start, started: it opens the window (and closes it again here).
    run(*command, "--quit-after", "1500", cwd=tmp_path, env=env)
    run(venv / "bin" / "lenet-gui", "desktop", "uninstall", cwd=tmp_path, env=env)
    assert not entry_file.exists() and not icon.exists()


def test_the_installed_package_carries_the_bundled_lessons(venv, tmp_path):
    out = run(venv / "bin" / "python", "-c",
              "from lenet_gui.core import builtin_lessons, load_lesson\n"
              "for f in builtin_lessons(): print(len(load_lesson(f).steps), f)",
              cwd=tmp_path, env=app_env(tmp_path)).stdout.splitlines()
    assert len(out) >= 2
    assert out[0].endswith("lesson1_tutorial.toml") and int(out[0].split()[0]) == 11
    for line in out:
        steps, path = line.split(" ", 1)
        assert int(steps) > 0 and Path(path).is_relative_to(venv), f"{path} is not from the installed wheel"
