"""The status bar says the weights, architecture, lr and steps after every change, and only then."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from lenet_gui.replay import draw_digit


def test_the_status_bar_follows_every_change(open_window, back_to_english):
    window = open_window()

    def texts() -> list[str]:
        return [window.status_weights.text(), window.status_arch.text(), window.status_lr.text(),
                window.status_steps.text()]

    before = texts()
    draw_digit(window.findChild(QWidget, "canvas"), 3)  # frames while drawing: nothing to say
    window.refresh_now()
    assert texts() == before
    window.set_lr(0.05)
    window.refresh_now()
    assert window.status_lr.text() == "lr 0.05"
    for _ in range(2):
        window.training.backprop_button.click()
    window.refresh_now()
    assert window.status_steps.text() == "2 steps"
    window.use_random(7)
    window.refresh_now()
    assert "7" in window.status_weights.text() and window.status_weights.text() != before[0]
    assert window.random_action.isChecked() and not window.pretrained_action.isChecked()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    window.refresh_now()
    assert window.status_lr.text() == "lr 0,05"  # the same lr, in the new locale's way
