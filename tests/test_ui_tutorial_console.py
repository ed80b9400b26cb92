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


def test_the_snippet_titles_write_sizes_with_the_times_sign_in_every_language(open_window, back_to_english):
    # The list said 「3. ランダムな 32x32 の入力」 with an ASCII x, where the app writes 32×32.
    from lenet_gui.ui import language

    window = open_window()
    listing = window.findChild(QWidget, "tutorial_console").findChild(QListWidget, "snippet_list")
    for code, title in (("en", "3. A random 32×32 input"), ("fr", "3. Une entrée 32×32 aléatoire"),
                        ("ja", "3. ランダムな 32×32 の入力")):
        language.set_language(code)
        titles = [listing.item(row).text() for row in range(listing.count())]
        assert titles[2] == title, titles
        assert not [t for t in titles if re.search(r"\d\s*x\s*\d", t)], titles
