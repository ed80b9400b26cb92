"""Lesson 1 in a real window, in English, French and Japanese: opened from the Lesson menu, each
step done with the real mouse, Next pressed as Alt+Right through the X server."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QCursor, QTextDocument
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QPushButton, QToolBar, QWidget

from lenet_gui.ui import language as ui_language
from lenet_gui.ui.lesson_bar import OUTLINE_PX

from .steps import choose, in_sight
from .xinput import click, key, screenshot, settle, type_text

LANGUAGES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "ja": QLocale(QLocale.Language.Japanese, QLocale.Country.Japan),
}
FIRST_WORDS = {"en": "This is the tutorial's network", "fr": "Voici le réseau du tutoriel",
               "ja": "これがチュートリアルのネットワーク"}


@pytest.fixture
def language(request):
    """The language the test picks from the Language menu; English again afterwards."""
    before = QLocale()
    yield request.param
    ui_language.set_language("en")
    QLocale.setDefault(before)


def size() -> str:
    return os.environ.get("LENET_GUI_SCREEN", "1366x768")


def on_screen(widget) -> bool:
    screen = QApplication.primaryScreen().geometry()
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    bottom_right = widget.mapToGlobal(widget.rect().bottomRight())
    return screen.contains(top_left) and screen.contains(bottom_right) and widget.isVisible()


def shown(label: QLabel) -> str:
    """The text a rich-text label shows, as plain text."""
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def press(qtbot, widget) -> None:
    """Click near widget's centre, never where the pointer already is: xdotool's synchronous
    move waits (about 15 s) for a motion that a move to the same place never makes."""
    x, y = widget.width() // 2, widget.height() // 2
    here = widget.mapFromGlobal(QCursor.pos())
    if (here.x(), here.y()) == (x, y):
        x += 3
    click(qtbot, widget, (x, y))


def outlined(qtbot, window, name: str) -> None:
    """Once it has stopped blinking, the step's outline frames the element it names."""
    bar = window.lesson_bar
    assert bar.highlighted() == name
    qtbot.waitUntil(lambda: not bar.outline.blinking(), timeout=10000)
    settle(qtbot)
    target = window.findChild(QWidget, name)
    top = window.findChild(QWidget, "lesson_outline_0")
    assert top.isVisible() and on_screen(target)
    assert not target.visibleRegion().isEmpty()
    # Just around it: the frame's top bar runs along its top edge, OUTLINE_PX wider each side.
    frame = top.geometry()
    corner = target.mapTo(window, target.rect().topLeft())
    assert (frame.x(), frame.y()) == (corner.x() - OUTLINE_PX, corner.y() - OUTLINE_PX)
    assert frame.width() == target.width() + 2 * OUTLINE_PX


def type_into(qtbot, field, text: str) -> None:
    press(qtbot, field)
    key(qtbot, "ctrl+a")
    type_text(qtbot, text)
    key(qtbot, "Return")


@pytest.mark.parametrize("language", list(LANGUAGES), indirect=True)
def test_lesson_1_from_start_to_end_with_the_keyboard(real_window, qtbot, language):
    window = real_window()
    bar = window.findChild(QToolBar, "lesson_bar")
    text = window.findChild(QLabel, "lesson_text")
    next_button = window.findChild(QPushButton, "lesson_next")
    run = window.findChild(QPushButton, "run_snippet_button")
    backprop = window.findChild(QPushButton, "backprop_button")

    if language != "en":  # as a French or Japanese class would: Language → Français / 日本語
        choose(qtbot, window, "Language", ui_language.LANGUAGES[language])
    lesson_menu = window.lesson_bar.menu.title().replace("&", "")
    choose(qtbot, window, lesson_menu, window.lesson_bar.builtin_actions[0].text().replace("&", ""))
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    lesson = window.lesson_bar.lesson()
    assert shown(text).startswith(FIRST_WORDS[language])
    # The whole bar is on the screen, its text not cut: the label is as tall as its wrapped lines.
    settle(qtbot)
    assert on_screen(bar) and on_screen(next_button) and on_screen(text)
    assert text.height() >= text.heightForWidth(text.width())

    for index, step in enumerate(lesson.steps):
        qtbot.waitUntil(lambda i=index: window.lesson_bar.step_index() == i, timeout=5000)
        settle(qtbot)
        if step.panel:
            assert in_sight(window.docks[step.panel]), f"step {index + 1}: {step.panel}"
        assert shown(text) == step.text_in(language).replace("`", "")
        if index == 2:
            outlined(qtbot, window, "layer_table")
            screenshot(f"lesson1-{language}-shapes-{size()}")
        if step.panel == "sizes":
            # What if the input were 28×28? The explorer says where it breaks; then 32 again.
            box = window.findChild(QAbstractSpinBox, "input_size")
            verdict = window.findChild(QLabel, "size_verdict")
            type_into(qtbot, box, "28")
            qtbot.waitUntil(lambda v=verdict: "fc1" in v.text(), timeout=5000)
            type_into(qtbot, box, "32")
        c = step.advance
        if c is not None and c.kind == "snippet":
            press(qtbot, run)
        elif c is not None and c.kind == "steps":
            before = len(window.session.trainer.history)
            for _ in range(c.value):
                press(qtbot, backprop)
            qtbot.waitUntil(lambda n=before + c.value: len(window.session.trainer.history) == n, timeout=5000)
        if c is not None:
            qtbot.waitUntil(window.lesson_bar.condition_met, timeout=5000)
            assert next_button.property("met") is True
        if index == 9:
            window.refresh_now()
            outlined(qtbot, window, "gradient_watch")  # scrolled into view in the short panel
            screenshot(f"lesson1-{language}-zero-grad-{size()}")
        key(qtbot, "alt+Right")

    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=5000)
    assert window.session.lesson_state == {} and window.session.trainer.zero_grad
    assert not window.docks["class_set"].isHidden()
