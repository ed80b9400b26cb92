"""The lesson bar: lesson 1 from start to end, presets, conditions, hidden controls, bad files, languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

from lenet_gui.core import builtin_lessons, load_lesson
from lenet_gui.core.lesson import PANELS
from lenet_gui.replay import draw_digit
from lenet_gui.ui import language

HEAD = '[lesson]\ntitle = "Test lesson"\n'


@pytest.fixture
def window(open_window):
    return open_window(size=(1366, 740))


@pytest.fixture
def french():
    """The window in French, as the Language menu sets it; English again afterwards."""
    before = QLocale()
    language.set_language("fr")
    yield
    language.set_language("en")
    QLocale.setDefault(before)


def bar_of(window) -> QToolBar:
    bar = window.findChild(QToolBar, "lesson_bar")
    assert bar is not None
    return bar


def text(window, name: str) -> str:
    return window.findChild(QLabel, name).text()


def button(window, name: str) -> QPushButton:
    return window.findChild(QPushButton, name)


def lesson_menu(window):
    entry = next(a for a in window.menuBar().actions() if a.text().replace("&", "") == "Lesson")
    return entry.menu()


def menu_action(window, label: str) -> QAction:
    return next(a for a in lesson_menu(window).actions() if a.text().replace("&", "").startswith(label))


def in_sight(window, panel: str) -> bool:
    dock = window.docks[panel]
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def steps(window) -> int:
    return len(window.session.trainer.history)


def write(tmp_path, body: str, name: str = "mine.toml"):
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def error_box(window) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox, "error_message") if b.isVisible()]
    assert boxes, "no error message shown"
    return boxes[-1]


def test_the_lesson_names_the_windows_own_panels(window):
    assert set(PANELS) == set(window.docks)


def test_the_lesson_menu_lists_the_bundled_lessons_and_opens_lesson_1(window, qtbot):
    bar = bar_of(window)
    assert not bar.isVisible() and window.session.lesson_state == {}
    titles = [a.text() for a in lesson_menu(window).actions() if a.objectName().startswith("lesson_builtin_")]
    assert titles[:2] == [load_lesson(f).title["en"] for f in builtin_lessons()[:2]]
    menu_action(window, "Lesson 1").trigger()
    assert bar.isVisible() and bar.geometry().bottom() < window.centralWidget().geometry().top()
    assert text(window, "lesson_step") == "Step 1 of 11"
    assert "`" not in text(window, "lesson_text") and "<code" in text(window, "lesson_text")
    assert window.session.lesson_state == {"lesson": "builtin:lesson1_tutorial.toml", "step": 0}
    # The preset went through the window: the tutorial's random initialisation, seed 0.
    assert window.session.weights_label == "Random (seed 0)" and window.session.arch == "tutorial"
    assert in_sight(window, "code") and bar.highlighted() == "code_layers"
    assert window.docks["class_set"].isHidden() and window.docks["evaluation"].isHidden()


def test_lesson_1_runs_from_start_to_end_by_doing_what_each_step_says(window, qtbot):
    bar = bar_of(window)
    console_list = window.console.snippets
    run = button(window, "run_snippet_button")
    assert bar.open_builtin("lesson1_tutorial.toml")
    lesson = bar.lesson()
    seen_panels = []
    for index, step in enumerate(lesson.steps):
        assert bar.step_index() == index
        assert text(window, "lesson_step") == f"Step {index + 1} of {len(lesson.steps)}"
        if step.panel:
            assert in_sight(window, step.panel), f"step {index + 1}: {step.panel} not brought forward"
            seen_panels.append(step.panel)
        assert bar.highlighted() == (step.highlight or "")
        condition = step.advance
        if condition is not None:
            assert not bar.condition_met()
            assert text(window, "lesson_condition").startswith("To go on")
            if condition.kind == "snippet":
                # The step has selected its snippet in the console: pressing Run is the action.
                assert console_list.currentRow() == condition.value - 1
                qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
            elif condition.kind == "steps":
                before = steps(window)
                for _ in range(condition.value):
                    qtbot.mouseClick(button(window, "backprop_button"), Qt.MouseButton.LeftButton)
                assert steps(window) == before + condition.value
            window.refresh_now()
            bar.check()
            assert bar.condition_met(), f"step {index + 1}: {condition} not met"
            assert button(window, "lesson_next").property("met") is True
            assert text(window, "lesson_condition").startswith("✓")
        # What the step's preset promised, as the window shows it.
        if index == 6:
            assert window.session.target_spec == "random"
            assert window.findChild(QLabel, "target_readout").text() == "→ target random"
        if index == 9:
            assert not window.session.trainer.zero_grad
            assert not window.findChild(QWidget, "zero_grad_checkbox").isChecked()
        if index < len(lesson.steps) - 1:
            QTest.keySequence(window, "Alt+Right")
        else:
            assert button(window, "lesson_next").text() == "Finish"
            qtbot.mouseClick(button(window, "lesson_next"), Qt.MouseButton.LeftButton)
    assert seen_panels[:4] == ["code", "console", "layers", "sizes"]
    assert window.session.trainer.zero_grad  # the last step switched it back on
    assert not bar.isVisible() and bar.lesson() is None and window.session.lesson_state == {}
    assert not window.docks["class_set"].isHidden()  # what the lesson hid is back


def test_gradients_accumulate_in_the_zero_grad_step(window, qtbot):
    bar = bar_of(window)
    assert bar.open_builtin("lesson1_tutorial.toml")
    bar.go_to(8)
    qtbot.mouseClick(button(window, "backprop_button"), Qt.MouseButton.LeftButton)
    fresh = window.session.net.conv1.bias.grad.clone()
    bar.go_to(9)
    grads = []
    for _ in range(3):
        qtbot.mouseClick(button(window, "backprop_button"), Qt.MouseButton.LeftButton)
        grads.append(window.session.net.conv1.bias.grad.abs().sum().item())
    assert grads[0] < grads[1] < grads[2] and grads[0] > fresh.abs().sum().item()
    bar.check()
    assert bar.condition_met()


def test_a_snippet_other_than_the_steps_does_not_advance_it(window, qtbot):
    bar = bar_of(window)
    assert bar.open_builtin("lesson1_tutorial.toml")
    QTest.keySequence(window, "Alt+Right")  # step 2: run snippet 1
    window.console.snippets.setCurrentRow(3)
    qtbot.mouseClick(button(window, "run_snippet_button"), Qt.MouseButton.LeftButton)
    assert not bar.condition_met() and button(window, "lesson_next").property("met") is not True
    window.console.snippets.setCurrentRow(0)
    qtbot.mouseClick(button(window, "run_snippet_button"), Qt.MouseButton.LeftButton)
    assert bar.condition_met()


def test_back_goes_to_the_previous_step_and_applies_its_preset_again(window, qtbot):
    bar = bar_of(window)
    assert bar.open_builtin("lesson1_tutorial.toml")
    assert not button(window, "lesson_back").isEnabled()
    QTest.keySequence(window, "Alt+Left")  # nothing before step 1
    assert bar.step_index() == 0
    QTest.keySequence(window, "Alt+Right")
    window.use_pretrained()
    QTest.keySequence(window, "Alt+Left")
    assert bar.step_index() == 0 and window.session.weights_label == "Random (seed 0)"


def test_lesson_2_waits_for_the_drawn_7(window, qtbot):
    bar = bar_of(window)
    assert bar.open_builtin("lesson2_draw_and_train.toml")
    assert window.session.weights_label.startswith("Pretrained") and bar.highlighted() == "canvas"
    assert text(window, "lesson_condition") == "To go on: the net's prediction is 7."
    bar.check()
    assert not bar.condition_met()
    draw_digit(window.findChild(QWidget, "canvas"), 7)
    window.refresh_now()
    qtbot.waitUntil(bar.condition_met, timeout=3000)  # the bar's own check, on its timer


def test_panel_loss_and_auto_conditions(window, qtbot, tmp_path):
    path = write(tmp_path, """
[[step]]
text = "Open the Gradients panel."
panel = "layers"
[step.advance]
panel = "gradients"
auto = true

[[step]]
text = "Train until the loss is below 10."
[step.advance]
loss_below = 10

[[step]]
text = "The end."
""")
    bar = bar_of(window)
    assert bar.open_file(path)
    assert text(window, "lesson_condition") == "To go on: open the Gradients panel."
    window.docks["gradients"].raise_()
    qtbot.waitUntil(lambda: bar.step_index() == 1, timeout=3000)  # auto: moved on by itself
    bar.check()
    assert not bar.condition_met()  # no step taken since this step began
    window.step(1)
    bar.check()
    assert bar.condition_met()
    assert window.session.lesson_state == {"lesson": str(path.resolve()), "step": 1}


def test_explained_is_met_when_the_student_clicks_a_value_to_explain(window, qtbot, tmp_path):
    path = write(tmp_path, '[[step]]\ntext = "Explain a value."\n[step.advance]\nexplained = true\n'
                           '[[step]]\ntext = "Done."\n')
    draw_digit(window.findChild(QWidget, "canvas"), 3)
    window.refresh_now()
    assert window.lesson_bar.open_file(path)
    window.lesson_bar.check()
    assert not window.lesson_bar.condition_met()
    rect = window.maps.element_rect("conv1", (0, 10, 10))
    assert not rect.isEmpty()
    qtbot.mouseClick(window.maps, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.explainer.selection() == ("conv1", (0, 10, 10))
    assert window.lesson_bar.condition_met()


def test_a_step_hides_what_it_lists_and_the_next_brings_it_back(window, tmp_path):
    path = write(tmp_path, """
[[step]]
text = "Without the learning rate."
[step.preset]
hide = ["lr_input", "loss"]

[[step]]
text = "All back."
""")
    bar = bar_of(window)
    lr = window.findChild(QWidget, "lr_input")
    assert lr.isVisible() and window.docks["loss"].isVisible()
    assert bar.open_file(path)
    assert lr.isHidden() and window.docks["loss"].isHidden()
    bar.next()
    assert lr.isVisible() and window.docks["loss"].isVisible()
    bar.back()
    assert lr.isHidden()
    button(window, "lesson_close").click()
    assert lr.isVisible() and window.docks["loss"].isVisible() and not bar.isVisible()


def test_closing_the_lesson_closes_the_panels_it_opened_and_leaves_the_others(window, tmp_path):
    """A step brings a closed panel forward (presentation mode closes Input size, lesson 1 shows
    it); once the lesson is closed that panel stayed open and squeezed its column."""
    path = write(tmp_path, """
[[step]]
panel = "weights"
text = "The weights."

[[step]]
panel = "code"
highlight = "code_layers"
text = "The code, behind a tab."

[[step]]
text = "The loss plot was hidden, then brought forward."
[step.preset]
hide = ["loss"]

[[step]]
panel = "loss"
text = "Here it is."
""")
    bar = bar_of(window)
    assert window.docks["weights"].isHidden() and not window.docks["code"].isHidden()
    assert bar.open_file(path)
    assert window.docks["weights"].isVisible()
    for _ in range(3):
        bar.next()
    assert window.docks["loss"].isVisible() and window.docks["weights"].isVisible()
    bar.close_lesson()
    assert window.docks["weights"].isHidden()  # opened by the lesson: closed with it
    assert not window.docks["code"].isHidden()  # open before: stays
    assert window.docks["loss"].isVisible()  # open before the lesson hid it: stays


def test_a_hidden_field_takes_its_label_with_it(window, tmp_path):
    # "Learning rate" left beside an empty space reads as a broken window.
    path = write(tmp_path, """
[[step]]
text = "Without the learning rate."
[step.preset]
hide = ["lr_input"]

[[step]]
text = "All back."
""")
    bar = bar_of(window)
    lr = window.findChild(QWidget, "lr_input")
    labels = [form.labelForField(lr) for form in window.findChildren(QFormLayout) if form.labelForField(lr)]
    assert labels and all(label.isVisible() for label in labels)
    assert bar.open_file(path)
    assert lr.isHidden() and all(label.isHidden() for label in labels)
    bar.next()
    assert lr.isVisible() and all(label.isVisible() for label in labels)


def test_a_bad_file_gets_a_message_with_line_and_field_and_the_lesson_goes_on(window, qtbot, tmp_path):
    bar = bar_of(window)
    assert bar.open_builtin("lesson1_tutorial.toml")
    bar.next()
    bad = write(tmp_path, '[[step]]\ntext = "x"\n[step.preset]\nlr = "fast"\n', "bad.toml")
    assert not bar.open_file(bad)
    message = error_box(window).text()
    assert "bad.toml" in message and "line 6" in message and "'preset.lr'" in message
    # Nothing lost: the lesson that was open is still at its step, and it still works.
    assert bar.isVisible() and bar.step_index() == 1
    assert window.session.lesson_state == {"lesson": "builtin:lesson1_tutorial.toml", "step": 1}
    bar.next()
    assert bar.step_index() == 2


def test_an_element_this_window_lacks_is_named_with_its_line(window, tmp_path):
    path = write(tmp_path, '[[step]]\ntext = "a"\n[[step]]\ntext = "b"\nhighlight = "learning_rate_box"\n')
    bar = bar_of(window)
    assert not bar.open_file(path)
    message = error_box(window).text()
    assert "line 7" in message and "step 2" in message and "'highlight'" in message
    assert "learning_rate_box" in message and not bar.isVisible()


def test_the_step_text_follows_the_ui_language(window, french):
    bar = bar_of(window)
    assert bar.open_builtin("lesson1_tutorial.toml")
    bar.go_to(2)
    assert "couche de convolution" in text(window, "lesson_text")
    assert text(window, "lesson_title").startswith("Leçon 1")
    assert bar.findChild(QPushButton, "lesson_back").text() == "◀ Retour"
    # The Language menu's switch reaches the bar at once: the step's words and its buttons.
    window.findChild(QAction, "language_ja_action").trigger()
    assert "特徴マップ" in text(window, "lesson_text")
    assert text(window, "lesson_title").startswith("レッスン1")
    assert text(window, "lesson_step") == f"ステップ 3/{len(bar.lesson().steps)}"
    assert bar.findChild(QPushButton, "lesson_back").text() == "◀ 戻る"


def test_the_lesson_follows_the_window_language_not_the_system_locale(window):
    """A French system locale under an English window: the lesson speaks English with it."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        bar = bar_of(window)
        assert bar.open_builtin("lesson1_tutorial.toml")
        assert text(window, "lesson_title").startswith("Lesson 1")
    finally:
        QLocale.setDefault(before)


def test_a_saved_lesson_state_reopens_at_its_step_without_its_preset(window):
    bar = bar_of(window)
    window.use_pretrained()
    assert bar.restore({"lesson": "builtin:lesson1_tutorial.toml", "step": 4})
    assert bar.step_index() == 4 and in_sight(window, "console")
    assert window.session.weights_label.startswith("Pretrained")  # step 1's preset not applied
    assert not bar.restore({"lesson": "builtin:nope.toml", "step": 0})
    assert bar.step_index() == 4
    assert bar.restore({})
    assert not bar.isVisible()


def test_the_bar_shows_with_a_lesson_only_whatever_the_layout_says(window):
    bar = bar_of(window)
    window.reset_layout()
    assert not bar.isVisible()
    assert bar.open_builtin("lesson1_tutorial.toml")
    window.reset_layout()
    assert bar.isVisible()
    window.set_presentation(True)
    assert bar.isVisible()
    window.set_presentation(False)
    assert bar.isVisible()


def test_the_lesson_keys_are_listed_in_help(window):
    rows = dict((what, keys) for keys, what in window.shortcut_rows())
    assert rows["Next step"] == "Alt+Right" and rows["Previous step"] == "Alt+Left"


def test_the_whole_step_text_shows_in_presentation_mode_too(window, qtbot):
    bar = bar_of(window)
    label = window.findChild(QLabel, "lesson_text")
    assert bar.open_builtin("lesson1_tutorial.toml")
    bar.go_to(2)  # the longest text

    def whole() -> bool:  # as tall as its lines wrapped at its width
        return label.height() >= label.heightForWidth(label.width())

    qtbot.waitUntil(whole, timeout=3000)
    normal = label.font().pointSizeF()
    window.set_presentation(True)
    qtbot.waitUntil(lambda: label.font().pointSizeF() > normal, timeout=5000)
    qtbot.waitUntil(whole, timeout=5000)
    window.set_presentation(False)
    qtbot.waitUntil(lambda: label.font().pointSizeF() == normal, timeout=5000)
    qtbot.waitUntil(whole, timeout=5000)
    # Not taller than it needs either: the panels get back the room.
    assert label.height() == label.heightForWidth(label.width())


def test_larger_text_at_the_same_width_still_shows_whole(window, qtbot):
    # What presentation mode does to a window already maximised: a larger font, the same size.
    bar = bar_of(window)
    label = window.findChild(QLabel, "lesson_text")
    assert bar.open_builtin("lesson1_tutorial.toml")
    bar.go_to(2)
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()), timeout=3000)
    before = label.height()
    window.setStyleSheet("QWidget { font-size: 20pt; }")
    qtbot.waitUntil(lambda: label.height() > before, timeout=3000)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=3000)


def test_the_step_keys_are_off_in_the_menu_without_a_lesson(window):
    bar = bar_of(window)
    moves = [menu_action(window, label) for label in ("Previous step", "Next step", "Close lesson")]
    assert not any(a.isEnabled() for a in moves)
    assert bar.open_builtin("lesson2_draw_and_train.toml")
    assert [a.isEnabled() for a in moves] == [False, True, True]  # nothing before step 1
    bar.next()
    assert all(a.isEnabled() for a in moves)
    moves[2].trigger()
    assert not bar.isVisible() and not any(a.isEnabled() for a in moves)


def test_the_outlined_element_stays_in_view_when_its_panel_fills_in(window, qtbot):
    # The zero_grad step points at conv1.bias.grad under the gradient table. The Gradients panel
    # fills in only once it is in sight, which pushes that line down, past the bottom of a short
    # panel: the step must keep it in view, not leave a sliver of it showing.
    window.resize(1366, 700)
    bar = bar_of(window)
    assert bar.open_builtin("lesson1_tutorial.toml")
    bar.go_to(8)
    for _ in range(3):
        qtbot.mouseClick(button(window, "backprop_button"), Qt.MouseButton.LeftButton)
    bar.go_to(9)
    watch = window.findChild(QLabel, "gradient_watch")

    def whole() -> bool:
        shown = watch.visibleRegion().boundingRect()
        return "conv1.bias.grad" in watch.text() and shown.size() == watch.size()

    window.refresh_now()
    qtbot.waitUntil(whole, timeout=3000)


@pytest.mark.parametrize("code", ["fr", "ja"])
def test_a_translated_step_names_the_buttons_as_the_window_labels_them(window, code, back_to_english):
    # "Press Run" in a French step while the button reads "Exécuter": the student looks for a
    # button that is not there. Every button and label whose words change with the language
    # must be called in a step's French or Japanese text what the window then calls it.
    widgets = [w for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
               if 1 < len(w.text()) <= 40 and "<" not in w.text()]
    english = [w.text().replace("&", "") for w in widgets]
    assert language.set_language(code)
    renamed = {e for w, e in zip(widgets, english, strict=True)
               if w.text().replace("&", "") != e and re.search(r"[A-Za-z]{3}", e)}
    assert {"Run", "Backprop step"} <= renamed  # the words to look for, as this window shows them
    wrong = []
    for path in builtin_lessons():
        for number, step in enumerate(load_lesson(path).steps, start=1):
            words = re.sub(r"`[^`]*`", "", step.text[code])  # code stays code
            wrong += [f"{path.name} step {number}: {e!r}" for e in sorted(renamed)
                      if re.search(rf"(?<!\w){re.escape(e)}(?!\w)", words)]
    assert not wrong


def test_a_japanese_snippet_step_and_its_condition_use_one_word_for_snippet(window, back_to_english):
    # Lesson 1's step 2 said "スニペット1" in its text and "コード片 1" in the condition beside it:
    # two words for the one thing the class is asked to run.
    assert language.set_language("ja")
    bar = bar_of(window)
    assert bar.open_builtin("lesson1_tutorial.toml")
    bar.go_to(1)
    step, condition = text(window, "lesson_text"), text(window, "lesson_condition")
    assert "スニペット" in step and "スニペット 1" in condition, (step, condition)
    run = window.findChild(QPushButton, "run_snippet_button")
    assert "スニペット" in run.toolTip(), run.toolTip()


def test_closing_the_lesson_gives_the_bars_room_back_to_the_docks_it_came_from(window, qtbot):
    # Qt shared the height the closed bar left out anew: at 1366×768 the Output panel got 17 px
    # of what the loss plot had given, the canvas what the feature maps had (on a real screen:
    # tests/realwindow/test_lesson_layout.py).
    docks = [window.docks[k] for k in ("output", "training", "loss", "maps")]

    def heights() -> list[int]:
        qtbot.wait(50)  # the bar's room is shared out once Qt has laid it out
        return [d.height() for d in docks] + [window.centralWidget().height()]

    before = heights()
    assert bar_of(window).open_builtin("lesson2_draw_and_train.toml")
    qtbot.waitUntil(lambda: heights() != before, timeout=3000)
    bar_of(window).go_to(1)  # a step of another length: the bar's height changes
    bar_of(window).close_lesson()
    qtbot.waitUntil(lambda: heights() == before, timeout=3000)



def test_closing_a_lesson_after_presentation_mode_leaves_the_training_panel_its_height(open_window, qtbot):
    # Presentation mode puts back the normal layout made with the bar open, the Training panel
    # short of its readouts in it; the room the bar leaves when it closes then has no dock to
    # go back to, and the panel must still get what it lacks, not the loss plot all of it.
    window = open_window(size=(1366, 740))
    bar, training = bar_of(window), window.docks["training"]
    assert bar.open_builtin("lesson2_draw_and_train.toml")
    qtbot.wait(100)
    window.set_presentation(True)
    qtbot.wait(300)
    assert bar.open_builtin("lesson1_tutorial.toml")
    qtbot.wait(100)
    window.set_presentation(False)
    qtbot.wait(300)
    bar.close_lesson()
    qtbot.waitUntil(lambda: training.height() >= window.training_fit.needed_height(), timeout=3000)
    qtbot.wait(300)  # and stays so
    assert training.height() >= window.training_fit.needed_height()
