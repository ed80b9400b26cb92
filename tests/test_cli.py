"""The command line: `lenet-gui --help` names every subcommand that `lenet-gui` accepts."""

from __future__ import annotations

import pytest

from lenet_gui.__main__ import main

SUBCOMMANDS = ("train", "bench", "desktop install", "desktop uninstall")


def help_text(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def listed(text: str) -> dict[str, str]:
    """The help's "lenet-gui COMMAND   what it does" lines: {command: description}."""
    out = {}
    for line in text.splitlines():
        words = line.strip().split("  ", 1)
        if words[0].startswith("lenet-gui ") and len(words) == 2:
            out[words[0].removeprefix("lenet-gui ").strip()] = words[1].strip()
    return out


def test_help_lists_every_subcommand_with_a_line_on_what_it_does(capsys):
    commands = listed(help_text(capsys))
    assert set(commands) == set(SUBCOMMANDS)
    assert all(len(description) > 10 for description in commands.values()), commands


def test_every_subcommand_the_help_lists_is_accepted(capsys):
    commands = listed(help_text(capsys))
    for command in commands:
        first, *rest = command.split()
        own = help_text(capsys, first)
        assert own.startswith(f"usage: lenet-gui {first}"), own
        for word in rest:  # `desktop install`: install is one of desktop's choices
            assert word in own.split("{", 1)[1].split("}", 1)[0].split(","), own
