"""The “what if the input were N×N” explorer: the 32×32 lesson, seen."""

from PySide6.QtWidgets import QLabel, QSpinBox

from lenet_gui.core import Net
from lenet_gui.ui.main_window import MainWindow
from lenet_gui.ui.plain_data import size_verdict
from lenet_gui.ui.size_explorer import SizeExplorer


def test_verdicts_from_the_real_net():
    text, ok = size_verdict(Net(seed=0), 32)
    assert ok and "32 → 30 → 15 → 13 → 6" in text and "576" in text
    text, ok = size_verdict(Net(seed=0), 28)
    assert not ok and "view" in text and "400" in text and "32×32" in text
    text, ok = size_verdict(Net(seed=0), 33)
    assert ok and "rounds down" in text  # pooling floors: 33 → 31 → 15 → 13 → 6
    assert not size_verdict(Net(seed=0), 4)[1]
    assert size_verdict(Net("lenet5", seed=0), 32)[1] and not size_verdict(Net("lenet5", seed=0), 28)[1]


def test_widget_emits_the_side_and_shows_the_verdict(qtbot):
    w = SizeExplorer()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sizeChanged) as blocker:
        w.size_input.setValue(28)
    assert blocker.args == [28] and w.side() == 28
    w.set_verdict("✗ no", False)
    assert w.verdict.text() == "✗ no" and "b3261e" in w.verdict.styleSheet()


def test_in_the_window_a_student_tries_28(qtbot, tmp_settings):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.refresh_now()
    spin = window.findChild(QSpinBox, "input_size")
    verdict = window.findChild(QLabel, "size_verdict")
    assert "576" in verdict.text() and verdict.text().startswith("✓")
    spin.setValue(28)
    assert verdict.text().startswith("✗") and "fc1 expects 576" in verdict.text()
    window.set_arch("lenet5")
    window.refresh_now()
    assert "400" in verdict.text()
