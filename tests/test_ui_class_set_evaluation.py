"""The class-set evaluation panel alone: what it shows for given results, and what it asks for."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from lenet_gui.core import ClassSet, Evaluation
from lenet_gui.ui.class_set_evaluation import ClassSetEvaluation, ClassSetEvaluationJob, Report


def made_up_report(held_out=None) -> Report:
    # Six drawings: 3 read as 3, 3 read as 8 (confident), 5 read as 5, 5 read as 6, 8 and 1 right.
    labels = np.array([3, 3, 5, 5, 8, 1])
    predicted = np.array([3, 8, 5, 6, 8, 1])
    confidence = np.array([0.9, 0.62, 0.8, 0.31, 0.95, 0.7])
    ev = Evaluation(np.arange(6), labels, predicted, confidence)
    return Report([f"id{i}" for i in range(6)], ev, held_out)


@pytest.fixture
def panel(qtbot):
    w = ClassSetEvaluation()
    qtbot.addWidget(w)
    w.resize(600, 700)
    w.show()
    return w


def test_shows_accuracy_confusion_and_mistakes(panel):
    panel.show_report(made_up_report())
    assert panel.objectName() == "class_set_evaluation"
    assert "67 %" in panel.summary.text() and "4 of 6" in panel.summary.text()
    row = [panel.per_digit.item(0, c).text() for c in range(11)]
    assert row[0] == "67 %" and row[1 + 3] == "50 %" and row[1 + 8] == "100 %" and row[1 + 0] == "–"
    cells = {(t, p): panel.confusion.item(t, p).text() for t in range(10) for p in range(10)}
    assert cells[(3, 3)] == "1" and cells[(3, 8)] == "1" and cells[(5, 6)] == "1" and cells[(8, 8)] == "1"
    assert sum(int(v) for v in cells.values() if v) == 6
    # Mistakes are red, right answers green.
    wrong, right = panel.confusion.item(3, 8).background().color(), panel.confusion.item(8, 8).background().color()
    assert wrong.hue() == 0 and right.hue() == 120
    texts = [panel.misses.item(i).text() for i in range(panel.misses.count())]
    assert texts == ["true 3 → said 8 (0.62)", "true 5 → said 6 (0.31)"]  # most confident first
    assert panel.misclassified_ids() == ["id1", "id3"]


def test_held_out_accuracy_side_by_side(panel):
    panel.set_holdout(True)
    panel.show_report(made_up_report(held_out=frozenset({"id1", "id2"})))
    assert [panel.per_digit.verticalHeaderItem(r).text() for r in range(2)] == ["trained on", "held out"]
    text = panel.summary.text()
    assert "Trained on: 75 % (3 of 4)" in text and "Held out: 50 % (1 of 2)" in text
    assert panel.misses.item(0).text().endswith("· held out")  # id1 is held out
    assert not panel.misses.item(1).text().endswith("held out")


def test_clicking_a_mistake_asks_to_load_it(panel, qtbot):
    panel.show_report(made_up_report())
    rect = panel.misses.visualItemRect(panel.misses.item(1))
    with qtbot.waitSignal(panel.loadRequested) as got:
        qtbot.mouseClick(panel.misses.viewport(), Qt.LeftButton, pos=rect.center())
    assert got.args == ["id3"]


def test_button_evaluates_or_stops_and_holdout_box_asks(panel, qtbot):
    with qtbot.waitSignal(panel.evaluateRequested):
        qtbot.mouseClick(panel.evaluate_button, Qt.LeftButton)
    panel.set_running(True)
    assert not panel.holdout_check.isEnabled()
    with qtbot.waitSignal(panel.cancelRequested):
        qtbot.mouseClick(panel.evaluate_button, Qt.LeftButton)
    panel.set_running(False)
    with qtbot.waitSignal(panel.holdoutChanged) as got:
        qtbot.mouseClick(panel.holdout_check, Qt.LeftButton)
    assert got.args == [True] and panel.holdout()
    with qtbot.assertNotEmitted(panel.holdoutChanged):
        panel.set_holdout(False)  # restoring a setting asks for nothing


def test_message_clears_old_results(panel):
    panel.show_report(made_up_report())
    panel.set_message("The class set is empty.")
    assert panel.report() is None and panel.misses.count() == 0
    assert panel.summary.text() == "The class set is empty." and panel.confusion.item(3, 8) is None


def test_job_reports_damaged_drawings_and_stops_when_asked(qtbot, tmp_path):
    from lenet_gui.core import Net

    cs = ClassSet(tmp_path / "cs")
    img = np.zeros((280, 280), np.uint8)
    img[60:220, 130:150] = 255  # a 1
    ids = [cs.add(img, 1), cs.add(img, 7), cs.add(img, 1)]
    (cs.folder / f"1_{ids[2]}.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    job = ClassSetEvaluationJob(cs, Net(seed=0), None)
    with qtbot.waitSignal(job.succeeded) as got:
        job.run()
    report = got.args[0]
    assert report.skipped == 1 and report.evaluation.total == 2 and report.ids == ids[:2]
    stopped = ClassSetEvaluationJob(cs, Net(seed=0), None)
    stopped.cancel()
    with qtbot.waitSignal(stopped.failed) as got:
        stopped.run()
    assert got.args == ["Evaluation stopped.", True] and not stopped.is_running()


def test_a_diverged_net_whose_outputs_tie_at_plus_inf_is_said_to_name_no_digit(panel, qtbot, tmp_path):
    """As in the Output panel ("prediction: –"): no drawing is counted as recognised, none lands
    in a confusion cell, and the panel says why instead of naming the first of the tied outputs."""
    import torch

    from lenet_gui.core import Net

    cs = ClassSet(tmp_path / "cs")
    img = np.zeros((280, 280), np.uint8)
    img[60:220, 130:150] = 255
    ids = [cs.add(img, 0), cs.add(img, 3)]
    net = Net(seed=0)
    with torch.no_grad():
        net.fc3.bias.fill_(float("inf"))  # every output +inf, as after a learning rate of 100
    job = ClassSetEvaluationJob(cs, net, None)
    with qtbot.waitSignal(job.succeeded) as got:
        job.run()
    panel.show_report(got.args[0])
    assert "0 % (0 of 2)" in panel.summary.text()
    assert panel.misses_caption.text().startswith("2 drawings misclassified (2 of them named no digit)")
    assert all(panel.confusion.item(t, p).text() == "" for t in range(10) for p in range(10))
    texts = sorted(panel.misses.item(i).text() for i in range(panel.misses.count()))
    assert texts == ["true 0 → said no digit (no single largest output: nan or ±inf)",
                     "true 3 → said no digit (no single largest output: nan or ±inf)"]
    assert sorted(panel.misclassified_ids()) == sorted(ids)


def test_a_panel_too_short_for_its_results_scrolls_instead_of_cutting_the_heat_map(qtbot):
    """In a dock too short for everything (a two-line summary on a laptop), the heat map keeps its
    ten rows at their smallest height and the panel scrolls: "true 9" is never cut off unreachably."""
    from PySide6.QtWidgets import QScrollArea

    panel = ClassSetEvaluation()
    box = QScrollArea()
    box.setWidgetResizable(True)
    box.setWidget(panel)
    qtbot.addWidget(box)
    box.resize(420, 260)
    box.show()
    qtbot.waitExposed(box)
    panel.set_holdout(True)
    panel.set_holdout_info(2, 6)
    panel.show_report(made_up_report(held_out=frozenset({"id1", "id2"})))  # a summary of two lines
    panel.set_outdated(True)
    qtbot.wait(50)
    confusion = panel.confusion
    assert confusion.height() >= confusion.minimumHeight()
    nine = confusion.visualRect(confusion.model().index(9, 0))
    assert nine.bottom() < confusion.viewport().height()
    bottom = confusion.viewport().mapTo(panel, nine.bottomLeft()).y()
    assert bottom < panel.height(), f"row 'true 9' ends at y {bottom} of a {panel.height()} px tall panel"
    box.verticalScrollBar().setValue(box.verticalScrollBar().maximum())
    assert confusion.viewport().mapTo(box.viewport(), nine.bottomLeft()).y() < box.viewport().height()


def test_french_puts_a_space_before_the_colon_and_says_one_drawing_in_the_singular(panel, back_to_english):
    from lenet_gui.ui import language

    language.set_language("fr")
    panel.set_holdout(True)
    panel.set_holdout_info(1, 6)
    assert panel.holdout_info.text().startswith("1 dessin sur 6 est mis de côté"), panel.holdout_info.text()
    panel.set_holdout_info(2, 6)
    assert panel.holdout_info.text().startswith("2 dessins sur 6 sont mis de côté"), panel.holdout_info.text()
    panel.show_report(made_up_report(held_out=frozenset({"id1", "id2"})))
    text = panel.summary.text()
    assert re.search(r"\s: 75 %", text) and re.search(r"\s: 50 %", text) and not re.search(r"\S:", text), text
