"""Session.export_script / export_notebook: plain PyTorch that trains as the session did."""

import inspect
import re
import subprocess
import sys

import nbformat
import pytest
import torch

from lenet_gui import tutorial
from lenet_gui.core import Session

LINE = re.compile(r"step (\d+) loss (\S+)")


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def session_with_changes(arch):
    s = Session(arch=arch, weights="random", seed=8)
    gen = torch.Generator().manual_seed(8)
    s.input = torch.rand(1, 1, 32, 32, generator=gen)
    s.set_target("4")
    for _ in range(12):
        s.step()
    s.trainer.lr = 0.04
    s.set_target("random")
    for _ in range(9):
        s.step()
    s.trainer.zero_grad = False  # the tutorial's warning: gradients add up
    s.input = torch.rand(1, 1, 32, 32, generator=gen)
    for _ in range(6):
        s.step()
    s.trainer.zero_grad = True
    s.reset()
    for _ in range(5):
        s.step()
    s.restore(20)  # the history cut there: the export runs what is on record now
    s.trainer.lr = 0.02
    for _ in range(7):
        s.step()
    return s


def losses_printed(out: str) -> list[tuple[int, float]]:
    return [(int(m.group(1)), float(m.group(2))) for m in LINE.finditer(out)]


def run(code_path, cwd):
    done = subprocess.run([sys.executable, str(code_path)], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return losses_printed(done.stdout)


@pytest.mark.parametrize("arch", ["tutorial", "lenet5"])
def test_the_exported_script_prints_the_sessions_losses(tmp_path, arch):
    s = session_with_changes(arch)
    script = s.export_script(tmp_path / "lesson.py")
    text = script.read_text(encoding="utf-8")
    assert inspect.getsource(tutorial.Net) in text  # the tutorial's class as it wrote it
    assert (tmp_path / "lesson.safetensors").is_file()
    printed = run(script, cwd=tmp_path.parent)  # from another folder: the data is found beside it
    history = list(s.trainer.history)
    assert [n for n, _ in printed] == list(range(1, len(history) + 1))
    assert printed[:] and all(abs(a - b) <= 1e-6 for (_, a), b in zip(printed, history, strict=True))


def test_the_exported_notebook_is_valid_and_its_cells_print_the_same(tmp_path):
    s = session_with_changes("tutorial")
    nb_path = s.export_notebook(tmp_path / "lesson.ipynb")
    nb = nbformat.read(nb_path, as_version=4)
    nbformat.validate(nb)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert any(inspect.getsource(tutorial.Net).rstrip() == c for c in code)
    script_text = (s.export_script(tmp_path / "same.py")).read_text(encoding="utf-8")
    for cell in code[1:]:  # the same cells as the script, but for where the data file is
        here = cell.replace("Path('lesson.safetensors')", "Path(__file__).with_name('same.safetensors')")
        assert here in script_text
    joined = tmp_path / "cells.py"
    joined.write_text("\n\n".join(code) + "\n", encoding="utf-8")
    printed = run(joined, cwd=tmp_path)  # a notebook runs in its own folder
    history = list(s.trainer.history)
    assert len(printed) == len(history)
    assert all(abs(a - b) <= 1e-6 for (_, a), b in zip(printed, history, strict=True))


def test_a_session_without_steps_exports_a_script_that_prints_nothing(tmp_path):
    s = Session(weights="random", seed=0)
    assert run(s.export_script(tmp_path / "none.py"), cwd=tmp_path) == []
