"""The “what if the input were N×N” explorer: the 32×32 lesson, seen."""

import torch
from PySide6.QtWidgets import QLabel, QSpinBox

from lenet_gui.core import Net
from lenet_gui.ui.main_window import MainWindow
from lenet_gui.ui.plain_data import size_verdict
from lenet_gui.ui.size_explorer import SizeExplorer


def pytorch_says(net, side):
    """What plain PyTorch raises for a side×side input, or None if net(x) runs."""
    try:
        net(torch.zeros(1, 1, side, side))
    except RuntimeError as err:
        return str(err).splitlines()[0]
    return None


def test_verdicts_are_what_the_real_net_does():
    text, ok = size_verdict(Net(seed=0), 32)
    assert ok and "32 → 30 → 15 → 13 → 6" in text and "576 values" in text
    for side, built, got in ((28, 576, 400), (56, 576, 2304)):
        text, ok = size_verdict(Net(seed=0), side)
        assert not ok and "stage 8 fc1" in text and pytorch_says(Net(seed=0), side) in text
        assert f"(1x{got} and {built}x120)" in text and "32×32" in text
    text, ok = size_verdict(Net(seed=0), 33)
    assert ok and "33 → 31 → 15 → 13 → 6" in text  # pooling rounds down
    assert size_verdict(Net("lenet5", seed=0), 32)[1]
    text, ok = size_verdict(Net("lenet5", seed=0), 28)
    assert not ok and "(1x256 and 400x120)" in text


def test_every_side_from_1_to_128_agrees_with_pytorch():
    for arch in ("tutorial", "lenet5"):
        net = Net(arch, seed=0)
        for side in range(1, 129):
            text, ok = size_verdict(net, side)
            said = pytorch_says(net, side)
            assert ok == (said is None), (arch, side)
            if said:
                assert said in text


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
    assert verdict.text().startswith("✗") and "built for 576" in verdict.text()
    window.set_arch("lenet5")
    window.refresh_now()
    assert "400" in verdict.text()


def test_a_refused_size_joins_its_sentences_as_the_language_does(qtbot, back_to_english):
    # Japanese puts no space after 「。」: the verdict read 「…でエラー：“…”。 …」.
    from lenet_gui.ui import language

    for code, joined in (("ja", "”。"), ("fr", "». "), ("en", "”. ")):
        language.set_language(code)
        text, ok = size_verdict(Net(seed=0), 28)
        assert not ok and joined in text and not text.endswith(joined.strip()), (code, text)
        assert "。 " not in text, text
