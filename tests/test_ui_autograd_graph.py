"""The Autograd graph panel: the real graph after a step, walked node by node to the weights' .grad."""

from collections import Counter

import torch
import torch.nn as nn
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from lenet_gui.core import grad_graph
from lenet_gui.replay import draw_digit
from lenet_gui.ui import language
from lenet_gui.ui.autograd_graph_view import layers


def show_panel(window):
    window.docks["autograd"].show()
    window.docks["autograd"].raise_()
    window.refresh_now()
    return window.findChild(QWidget, "autograd_graph")


def direct_labels(window):
    s = window.session
    loss = nn.MSELoss()(s.net(s.input), s.target)
    return Counter(n.param and f"{n.param} {n.shape}" or n.name for n in grad_graph(loss, s.net))


def test_after_a_step_the_panel_draws_the_graph_pytorch_built(open_window, qtbot):
    window = open_window()
    draw_digit(window.findChild(QWidget, "canvas"), 3)
    window.set_target("3")
    panel = show_panel(window)
    window.step(1)
    window.refresh_now()
    assert Counter(panel.node_labels()) == direct_labels(window)
    window.set_arch("lenet5")
    window.refresh_now()
    assert "conv1.weight (6, 1, 5, 5)" in panel.node_labels()
    assert Counter(panel.node_labels()) == direct_labels(window)


def test_stepping_backward_visits_every_node_and_marks_the_code(open_window, qtbot):
    window = open_window()
    panel = show_panel(window)
    button = panel.findChild(QPushButton, "backward_step_button")
    visited = []
    for _ in range(len(panel.node_labels())):
        qtbot.mouseClick(button, Qt.LeftButton)
        visited.append(panel.current_node())
    assert sorted(visited) == list(range(len(panel.node_labels())))
    assert ".grad" in panel.info.text()
    assert window.layers.selected_stage() == "conv1"  # the last node: conv1's leaf
    assert all(p.grad is None for p in window.session.net.parameters())


def test_zero_grad_off_shows_the_accumulation(open_window, qtbot):
    window = open_window()
    panel = show_panel(window)
    window.set_zero_grad(False)
    window.step(2)  # the second step's backward() adds to what the first left in .grad
    window.refresh_now()
    button = panel.findChild(QPushButton, "backward_step_button")
    texts = []
    for _ in range(len(panel.node_labels())):
        qtbot.mouseClick(button, Qt.LeftButton)
        texts.append(panel.info.text())
    assert any("old norm" in t and "adds to the old one" in t for t in texts)
    assert window.session.net.conv1.bias.grad is not None  # the live gradients are untouched
    before = window.session.net.conv1.bias.grad.clone()
    qtbot.mouseClick(button, Qt.LeftButton)
    assert torch.equal(before, window.session.net.conv1.bias.grad)


def test_the_panel_replays_the_backward_the_last_step_ran(open_window, qtbot):
    window = open_window()
    draw_digit(window.findChild(QWidget, "canvas"), 3)
    window.set_target("3")
    panel = show_panel(window)
    assert "next" in panel.info.text()  # no step yet: the backward() the next step will run
    window.step(1)
    window.refresh_now()
    assert "step 1" in panel.info.text()
    button = panel.findChild(QPushButton, "backward_step_button")
    live = {n: float(p.grad.norm()) for n, p in window.session.net.named_parameters()}
    shown = {}
    for _ in range(len(panel.node_labels())):
        qtbot.mouseClick(button, Qt.LeftButton)
        text = panel.info.text()
        for name in live:
            if f"{name}.grad ←" in text:
                shown[name] = text
    assert set(shown) == set(live)
    for name, norm in live.items():  # the .grad the step's update used, not the next step's
        assert f"norm {norm:.4g}" in shown[name], (name, shown[name])
    window.reset_weights()
    window.refresh_now()
    assert "next" in panel.info.text()


def test_layers_put_every_edge_downwards():
    children = [(1, 2), (3,), (3,), ()]
    depth = layers(children)
    assert all(depth[c] > depth[i] for i, kids in enumerate(children) for c in kids)


def test_the_sentence_under_the_graph_follows_a_language_switch(open_window, qtbot):
    window = open_window()
    panel = show_panel(window)
    try:
        window.findChild(QAction, "language_fr_action").trigger()
        assert panel.info.text().startswith("Aucun pas n’a encore été fait")
        qtbot.mouseClick(panel.findChild(QPushButton, "backward_step_button"), Qt.LeftButton)
        assert panel.info.text().startswith("1/") and "le gradient de la perte" in panel.info.text()
        # A switch keeps the walk where it is (the same backward()), told in the new language.
        window.findChild(QAction, "language_ja_action").trigger()
        window.refresh_now()
        assert panel.info.text().startswith("1/") and "損失の勾配" in panel.info.text()
        assert panel.current_node() >= 0
    finally:
        language.set_language("en")


def test_the_chosen_node_is_told_in_the_language_switched_to(open_window, qtbot):
    window = open_window()
    panel = show_panel(window)
    try:
        panel.nodeSelected.emit(len(panel.node_labels()) - 1)  # as a click on the last node does
        english = panel.info.text()
        assert "made by the forward stage" in english
        window.findChild(QAction, "language_fr_action").trigger()
        window.refresh_now()
        assert "créé par l’étape" in panel.info.text() and " : " in panel.info.text()
        window.findChild(QAction, "language_ja_action").trigger()
        window.refresh_now()
        assert "順伝播の段階" in panel.info.text()
        window.findChild(QAction, "language_en_action").trigger()
        window.refresh_now()
        assert panel.info.text() == english
    finally:
        language.set_language("en")


def walk_texts(panel, qtbot):
    qtbot.mouseClick(panel.findChild(QPushButton, "backward_restart_button"), Qt.LeftButton)
    button = panel.findChild(QPushButton, "backward_step_button")
    texts = []
    for _ in range(len(panel.node_labels())):
        qtbot.mouseClick(button, Qt.LeftButton)
        texts.append(panel.info.text())
    return texts


def test_later_steps_do_not_change_the_backward_the_panel_shows_until_it_updates(open_window, qtbot):
    window = open_window()
    draw_digit(window.findChild(QWidget, "canvas"), 5)
    window.set_target("5")
    panel = show_panel(window)
    for zero_grad in (True, False):
        window.set_zero_grad(zero_grad)
        window.step(1)
        window.refresh_now()
        shown = walk_texts(panel, qtbot)
        s = window.session
        for _ in range(2):  # steps the panel has not been told of yet (no frame in between)
            s.trainer.step(s.input, s.target)
        assert walk_texts(panel, qtbot) == shown  # still that step's backward, whole
        window.refresh_now()
        n = len(s.trainer.history)
        assert f"step {n}" in panel.info.text()
        live = {name: float(p.grad.norm()) for name, p in s.net.named_parameters()}
        now = walk_texts(panel, qtbot)
        for name, norm in live.items():  # the newest step's .grad, as its update used it
            said = [t for t in now if f"· {name}.grad" in t]
            assert len(said) == 1 and f"{norm:.4g}" in said[0].split("=")[-1], (name, said)
