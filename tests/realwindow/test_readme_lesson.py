"""The README's five-step lesson, followed literally with the real mouse and keyboard."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from .steps import answer_next_dialog, choose, click_tab, draw, hover_tooltip, in_sight, pick
from .xinput import click, key, screenshot, settle, type_text

README = Path(__file__).resolve().parents[2] / "README.md"


def lesson() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("## A first lesson"):text.index("## Use the engine")]


def steps(window) -> int:
    return len(window.session.trainer.history)


def output(window, digit: int) -> float:
    return float(window.session.trace().output[0, digit])


def last_loss(window) -> float:
    return window.session.trainer.history[-1]


def table_text(table: QTableWidget) -> str:
    return "\n".join(table.item(r, c).text() for r in range(table.rowCount())
                     for c in range(table.columnCount()) if table.item(r, c))


def type_into(qtbot, field: QWidget, text: str) -> None:
    """Click the box, select what is in it, type, press Enter: as the README says."""
    click(qtbot, field)
    key(qtbot, "ctrl+a")
    type_text(qtbot, text)
    key(qtbot, "Return")


def watched_gradient(window) -> float:
    """The first number of conv1.bias.grad as the Gradients panel shows it."""
    text = window.findChild(QLabel, "gradient_watch").text()
    assert "conv1.bias.grad" in text, text
    return float(re.search(r"\[([^,\]]+)", text).group(1))


def press_space(qtbot, window) -> None:
    before = steps(window)
    key(qtbot, "space")
    qtbot.waitUntil(lambda: steps(window) == before + 1, timeout=5000)
    window.refresh_now()


def test_the_readme_lesson_does_what_it_says(real_window, qtbot):
    text = lesson()
    window = real_window()
    surface = window.findChild(QWidget, "canvas")
    scores = window.scores

    # 1. Draw a 7: the Output panel says prediction: 7.
    assert "**Draw a 7**" in text and "`prediction: 7`" in text
    draw(qtbot, surface, 7)
    qtbot.waitUntil(lambda: scores.caption() == "prediction: 7", timeout=5000)

    # 2. View → Layers; shapes 32 → 30 → 15 → 13 → 6, view(-1, 576); hover view; LeNet-5 gives 400; back.
    assert "*View → Layers*" in text and "then switch it\n   back to the tutorial's 3×3 net" in text
    layers = window.findChild(QDockWidget, "dock_layers")
    click_tab(qtbot, window, "Gradients")  # a class may have left another tab in front
    choose(qtbot, window, "View", "Layers")
    qtbot.waitUntil(lambda: in_sight(layers), timeout=5000)
    table = window.findChild(QTableWidget, "layer_table")
    shapes = table_text(table)
    for shape in ("(1, 1, 32, 32)", "(1, 6, 30, 30)", "(1, 6, 15, 15)", "(1, 16, 13, 13)", "(1, 16, 6, 6)", "(1, 576)"):
        assert shape in shapes
    view_row = next(r for r in range(table.rowCount()) if table.item(r, 1) and table.item(r, 1).text() == "x.view(-1, …)")
    assert "(1, 576)" in table.item(view_row, 2).text()
    rect = table.visualItemRect(table.item(view_row, 1))
    tip = hover_tooltip(qtbot, table.viewport(), (rect.center().x(), rect.center().y()))
    assert "576" in tip and "16" in tip
    arch = window.findChild(QComboBox, "arch_selector")
    tutorial_title = arch.currentText()
    pick(qtbot, arch, arch.itemText(arch.findData("lenet5")))
    qtbot.waitUntil(lambda: "(1, 400)" in table_text(table), timeout=5000)
    pick(qtbot, arch, tutorial_title)
    qtbot.waitUntil(lambda: "(1, 576)" in table_text(table), timeout=5000)
    assert window.session.arch == "tutorial"

    # 3. Hover any pixel of the feature maps for its value.
    maps = window.maps
    window.refresh_now()
    tip = hover_tooltip(qtbot, maps, (maps.channel_rect("conv1", 0).center().x(), maps.channel_rect("conv1", 0).center().y()))
    assert re.search(r"\d", tip), tip

    # 4. Clear, draw a 3; Weights → Random, Enter keeps seed 0; target 3.
    assert "Press *Clear* (Ctrl+N) and draw a **3**" in text and "keep seed 0\n   (press Enter)" in text
    click(qtbot, window.findChild(QPushButton, "clear_button"))
    qtbot.waitUntil(window.canvas.is_empty, timeout=5000)
    draw(qtbot, surface, 3)
    dialog = answer_next_dialog("Return")
    choose(qtbot, window, "Weights", "Random")
    qtbot.waitUntil(lambda: window.session.weights_label == "Random (seed 0)", timeout=10000)
    dialog.stop()
    pick(qtbot, window.findChild(QComboBox, "target_selector"), "3")
    assert window.session.target_spec == "3"
    start3 = output(window, 3)

    # Three presses of Space: the loss goes down a little each time (about 0.001 a step, from about
    # 0.11), output 3 stays near 0.
    assert "three times" in text and "(about 0.001 a step, from about 0.11)" in text and "stays near\n   0" in text
    losses = []
    for _ in range(3):
        press_space(qtbot, window)
        losses.append(last_loss(window))
    assert losses[0] > losses[1] > losses[2]
    assert all(0.10 < v < 0.12 for v in losses), losses
    assert all(0.0003 < a - b < 0.003 for a, b in zip(losses, losses[1:], strict=False)), losses
    assert abs(output(window, 3)) < 0.1

    # ×10 five times: 53 steps, output 3 about 0.15, the net answers 3.
    assert "**×10** (Shift+Space) five times: after 53 steps output 3 is up to\n   about 0.15" in text
    for _ in range(5):
        key(qtbot, "shift+space")
    qtbot.waitUntil(lambda: steps(window) == 53, timeout=5000)
    window.refresh_now()
    assert 0.1 < output(window, 3) < 0.25 and output(window, 3) > start3 + 0.1
    assert scores.caption() == "prediction: 3"

    # Play, and P again past 500 steps: loss almost 0, output 3 close to 1 (about 0.95).
    assert "once the step counter is past 500" in text
    play = window.findChild(QPushButton, "play_button")
    key(qtbot, "p")
    qtbot.waitUntil(play.isChecked, timeout=5000)
    qtbot.waitUntil(lambda: steps(window) > 500, timeout=60000)
    key(qtbot, "p")
    qtbot.waitUntil(lambda: not play.isChecked(), timeout=5000)
    window.refresh_now()
    assert output(window, 3) > 0.9 and last_loss(window) < 0.005
    screenshot("lesson-trained")

    # Learning rate 100, Enter, Play: the loss explodes within a few steps, Play stops, a red banner.
    assert "type 100 into *Learning rate*, press Enter, and press *Play*" in text
    lr = window.findChild(QAbstractSpinBox, "lr_input")
    type_into(qtbot, lr, "100")
    assert window.session.trainer.lr == 100
    before = steps(window)
    key(qtbot, "p")
    qtbot.waitUntil(lambda: window.session.trainer.diverged and not play.isChecked(), timeout=10000)
    assert steps(window) - before <= 10
    banner = window.findChild(QWidget, "diverged_banner")
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    screenshot("lesson-diverged")

    # Reset weights (Ctrl+R): back to before training, the learning rate still 100; type 0.01, Enter.
    assert "the learning rate is still 100 — type 0.01 into\n   *Learning rate* and press Enter" in text
    key(qtbot, "ctrl+r")
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    assert abs(output(window, 3) - start3) < 1e-6
    assert lr.value() == 100 and window.session.trainer.lr == 100
    type_into(qtbot, lr, "0.01")
    assert window.session.trainer.lr == 0.01

    # 5. Gradients tab, Space twice: about the same (first number about 0.005).
    click_tab(qtbot, window, "Gradients")
    qtbot.waitUntil(lambda: in_sight(window.findChild(QDockWidget, "dock_gradients")), timeout=5000)
    press_space(qtbot, window)
    g1 = watched_gradient(window)
    press_space(qtbot, window)
    g2 = watched_gradient(window)
    assert "its first number about 0.005" in text
    assert 0.003 < abs(g1) < 0.008 and 0.8 < g2 / g1 < 1.25, (g1, g2)

    # Untick zero_grad, Space three times: they grow step after step (about 0.01, 0.015, 0.02).
    assert "press Space three times: the numbers now grow" in text and "about 0.01, 0.015,\n   0.02" in text
    box = window.findChild(QCheckBox, "zero_grad_checkbox")
    click(qtbot, box, (8, box.height() // 2))  # on the tick box itself
    qtbot.waitUntil(lambda: not box.isChecked(), timeout=5000)
    grown = []
    for _ in range(3):
        press_space(qtbot, window)
        grown.append(watched_gradient(window))
    assert not box.isChecked(), "Space after the click must step, not tick the box again"
    assert abs(g2) < abs(grown[0]) < abs(grown[1]) < abs(grown[2]), (g2, grown)
    assert 0.007 < grown[0] < 0.013 and 0.011 < grown[1] < 0.019 and 0.014 < grown[2] < 0.025, grown
    screenshot("lesson-zero-grad")

    # The Tutorial code tab marks zero_grad's line as skipped and says OFF.
    click_tab(qtbot, window, "Tutorial code")
    code = window.findChild(QPlainTextEdit, "code_view")
    qtbot.waitUntil(code.isVisible, timeout=5000)
    settle(qtbot)
    assert "zero_grad OFF" in window.code.training_label.text()
    first = window.code.marked_lines()[0]
    assert window.code.line_text(first).strip().startswith("optimizer.zero_grad()")
