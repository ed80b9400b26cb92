"""The README's first lesson as a teacher meets it on the first window: what is already on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget, QLabel

from .steps import choose, click_tab, in_sight
from .xinput import key, screenshot, settle

ROOT = Path(__file__).resolve().parents[2]
# README, its step 2, where the table is on the first window, and the menu that brings it back.
STEP2 = [("README.md", "Layers table", "top left", "*View → Layers*"),
         ("README.fr.md", "tableau des couches", "en haut à gauche", "*Affichage → Couches*"),
         ("README.ja.md", "層の表", "左上", "「表示 → 層」")]


def step(readme: str, number: int) -> str:
    text = (ROOT / readme).read_text(encoding="utf-8")
    start = text.index(f"\n{number}. ")
    return text[start:text.index(f"\n{number + 1}. ", start)]


def test_step_2_finds_the_layers_table_where_the_first_window_has_it(real_window, qtbot):
    window = real_window()
    layers = window.findChild(QDockWidget, "dock_layers")
    # The first window already shows the table at the top left: nothing to open.
    assert in_sight(layers)
    corner = layers.mapTo(window, layers.rect().topLeft())
    assert corner.x() < 10 and corner.y() < window.menuBar().height() + 10, corner
    # So View → Layers, which hides a panel in sight, must not be the step's first move there;
    # the README names the place and keeps the menu for a table behind a tab or closed.
    choose(qtbot, window, "View", "Layers")
    qtbot.waitUntil(lambda: not in_sight(layers), timeout=5000)
    choose(qtbot, window, "View", "Layers")
    qtbot.waitUntil(lambda: in_sight(layers), timeout=5000)
    click_tab(qtbot, window, "Gradients")
    qtbot.waitUntil(lambda: not in_sight(layers), timeout=5000)
    choose(qtbot, window, "View", "Layers")
    qtbot.waitUntil(lambda: in_sight(layers), timeout=5000)
    for readme, table, place, menu in STEP2:
        text = step(readme, 2)
        assert table in text and place in text and menu in text, readme
        # The place comes first, the menu only as the way back.
        assert text.index(place) < text.index(menu), readme


@pytest.mark.screen("1366x768")
def test_step_5_conv1_bias_grad_is_in_sight_in_the_gradients_tab(real_window, qtbot):
    """Step 5 reads conv1.bias.grad in the Gradients tab on a laptop, with no scrolling."""
    window = real_window()
    click_tab(qtbot, window, "Gradients")
    dock = window.findChild(QDockWidget, "dock_gradients")
    qtbot.waitUntil(lambda: in_sight(dock), timeout=5000)
    for _ in range(2):
        key(qtbot, "space")
    window.refresh_now()
    settle(qtbot, 300)
    watch = window.findChild(QLabel, "gradient_watch")
    assert "conv1.bias.grad" in watch.text()
    seen = watch.visibleRegion().boundingRect()
    assert seen == watch.rect(), (seen, watch.rect())
    screenshot("lesson-step5-gradients-1366x768")
