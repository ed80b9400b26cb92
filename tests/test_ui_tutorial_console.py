"""The Tutorial console: pick a snippet, run it, read what PyTorch printed."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QPushButton, QWidget

from lenet_gui.core import TUTORIAL_SNIPPETS


def test_the_window_runs_each_snippet_and_shows_pytorchs_printout(open_window, qtbot):
    window = open_window()
    console = window.findChild(QWidget, "tutorial_console")
    assert console is not None
    listing = console.findChild(QListWidget, "snippet_list")
    assert listing.count() == len(TUTORIAL_SNIPPETS)
    output = console.findChild(QPlainTextEdit, "snippet_output")
    run = console.findChild(QPushButton, "run_snippet_button")
    for row, snippet in enumerate(TUTORIAL_SNIPPETS):
        listing.setCurrentRow(row)
        assert console.findChild(QPlainTextEdit, "snippet_code").toPlainText() == snippet.code
        qtbot.mouseClick(run, Qt.LeftButton)
        printed = re.sub(r"0x[0-9a-f]+", "0x…", snippet.run(window.session))
        shown = re.sub(r"0x[0-9a-f]+", "0x…", output.toPlainText())
        assert shown.startswith(printed if printed else "(prints nothing)")
    listing.setCurrentRow(1)
    qtbot.mouseClick(run, Qt.LeftButton)
    assert output.toPlainText() == "10\ntorch.Size([6, 1, 3, 3])\n"
    assert all(p.grad is None for p in window.session.net.parameters())
