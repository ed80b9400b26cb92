"""The French and Japanese set-ups install a class laptop the way the English README does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CPU_INDEX = "--extra-index-url https://download.pytorch.org/whl/cpu"


def commands(readme: str) -> list[str]:
    """The shell blocks of a README, comments dropped and continuation lines joined."""
    text = (ROOT / readme).read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    return ["\n".join(line.split("#")[0].rstrip() for line in block.splitlines()).replace("\\\n", " ")
            for block in blocks]


def pipx_install(readme: str) -> str:
    lines = [line for block in commands(readme) for line in block.splitlines() if "pipx install" in line]
    assert len(lines) == 1, (readme, lines)
    return " ".join(lines[0].split())


def test_the_english_readme_installs_the_cpu_build():
    assert CPU_INDEX in pipx_install("README.md")


@pytest.mark.parametrize("readme", ["README.fr.md", "README.ja.md"])
def test_a_translated_readme_gives_the_same_pipx_command(readme):
    """Without the CPU index, pip on Linux brings PyTorch's CUDA build (5 GB) to every laptop."""
    assert pipx_install(readme) == pipx_install("README.md")
    follow_up = [line for block in commands(readme) for line in block.splitlines() if "desktop install" in line]
    assert follow_up, readme
