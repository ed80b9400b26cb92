"""Numbers typed and shown the user's locale's way, in every panel; what the locale cannot read
is refused with a visible message and changes nothing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QToolTip

from lenet_gui.ui import numbers
from lenet_gui.ui.canvas import CanvasPanel
from lenet_gui.ui.gradient_view import GradientView
from lenet_gui.ui.loss_plot import LossPlot
from lenet_gui.ui.output_scores import OutputScores
from lenet_gui.ui.size_explorer import SizeExplorer
from lenet_gui.ui.training_panel import TrainingPanel

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def locale():
    """Set the default locale (what a user's LANG gives) for the test, then put it back."""
    before = QLocale()

    def use(loc: QLocale) -> None:
        QLocale.setDefault(loc)

    yield use
    QLocale.setDefault(before)


def type_into(qtbot, box: QAbstractSpinBox, text: str) -> None:
    """Select the box's text, type, press Enter: as a student does."""
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


@pytest.fixture
def panel(qtbot):
    def make() -> TrainingPanel:
        p = TrainingPanel()
        qtbot.addWidget(p)
        p.show()
        return p

    return make


def test_the_helper_reads_only_the_locales_decimal_mark():
    assert numbers.parse("0.5", ENGLISH) == 0.5
    assert numbers.parse("0,5", FRENCH) == 0.5
    assert numbers.parse("−0,25", FRENCH) == -0.25 and numbers.parse("-0.25", ENGLISH) == -0.25
    assert numbers.parse("1e-3", FRENCH) == 0.001
    for text, loc, mark in (("0,5", ENGLISH, "point"), ("0.5", FRENCH, "comma"),
                            ("1,000", ENGLISH, "point")):  # one or a thousand? neither
        with pytest.raises(ValueError, match=mark):
            numbers.parse(text, loc)
    for bad in ("", "abc", "inf", "nan", "1e999"):
        with pytest.raises(ValueError):
            numbers.parse(bad, ENGLISH)
    assert numbers.fmt(0.01, 4, FRENCH) == "0,01" and numbers.fmt(-2e23, 4, ENGLISH) == "−2e+23"
    assert numbers.fmt_int(1600, ENGLISH) == "1,600"
    assert numbers.fmt_edit(1000.0, 6, FRENCH) == "1000"  # a box's text reads back as it is


def test_a_comma_in_english_is_refused_not_read_as_a_ten_times_larger_lr(qtbot, panel, locale):
    locale(ENGLISH)
    p = panel()
    seen = []
    p.lrChanged.connect(seen.append)
    type_into(qtbot, p.lr_input, "0,5")
    assert p.lr() == pytest.approx(0.01) and seen == []  # not 5, not 0.5: nothing
    assert p.lr_input.text() == "0.01"
    assert p.lr_message.isVisible() and "point" in p.lr_message.text()
    type_into(qtbot, p.lr_input, "0.5")
    assert p.lr() == 0.5 and seen == [0.5]
    assert not p.lr_message.isVisible()


def test_french_types_and_shows_a_comma_in_every_box_of_the_panel(qtbot, panel, locale):
    locale(FRENCH)
    p = panel()
    p.set_target("custom", [0.25] + [0.0] * 9)
    boxes = [p.lr_input, *p.custom_inputs]
    assert p.lr_input.text() == "0,01" and p.custom_inputs[0].text() == "0,25"
    assert not any("." in b.text() for b in boxes)  # one decimal mark in the panel
    type_into(qtbot, p.lr_input, "0,5")
    assert p.lr() == 0.5 and p.lr_input.text() == "0,5"
    type_into(qtbot, p.lr_input, "0.2")
    assert p.lr() == 0.5 and p.lr_input.text() == "0,5"
    assert p.lr_message.isVisible() and "comma" in p.lr_message.text()
    type_into(qtbot, p.custom_inputs[3], "0.5")
    assert p.custom_values()[3] == 0.0
    assert p.custom_message.isVisible() and "comma" in p.custom_message.text()
    type_into(qtbot, p.custom_inputs[3], "-0,5")
    assert p.custom_values()[3] == -0.5 and not p.custom_message.isVisible()
    assert "0,003" in p.lr_input.toolTip()


def test_letters_stay_visible_until_enter_then_are_refused(qtbot, panel, locale):
    locale(ENGLISH)
    p = panel()
    p.lr_input.setFocus()
    p.lr_input.lineEdit().selectAll()
    qtbot.keyClicks(p.lr_input.lineEdit(), "0,5x")
    assert p.lr_input.lineEdit().text() == "0,5x"  # no keystroke silently dropped
    qtbot.keyClick(p.lr_input.lineEdit(), Qt.Key.Key_Return)
    assert p.lr() == pytest.approx(0.01) and p.lr_input.problem()


def test_whole_number_boxes_refuse_what_they_cannot_read(qtbot, locale):
    locale(FRENCH)
    sizes = SizeExplorer()
    canvas = CanvasPanel()
    for w in (sizes, canvas):
        qtbot.addWidget(w)
        w.show()
    sizes.set_verdict("32×32 works", True)
    type_into(qtbot, sizes.size_input, "2,5")
    assert sizes.side() == 32 and "whole number" in sizes.verdict.text()
    type_into(qtbot, sizes.size_input, "28")
    assert sizes.side() == 28 and sizes.verdict.text() == "32×32 works"
    brush = canvas.brush_width()
    type_into(qtbot, canvas.brush_spin, "abc")
    assert canvas.brush_width() == brush and canvas.brush_spin.problem()
    assert QToolTip.isVisible() and QToolTip.text() == canvas.brush_spin.problem()


def test_readouts_and_tooltips_use_the_locale(qtbot, panel, locale):
    locale(FRENCH)
    p = panel()
    p.set_loss(0.0123)
    p.set_step_count(1234567)
    assert p.loss_label.text() == "loss 0,0123"
    assert p.step_label.text() == f"step {numbers.fmt_int(1234567)}" and "," not in p.step_label.text()
    scores = OutputScores()
    qtbot.addWidget(scores)
    scores.resize(420, 300)
    v = np.zeros(10)
    v[3] = 0.912
    scores.set_scores(v)
    t = np.zeros(10)
    t[3] = 0.5
    scores.set_target(t)
    assert scores.value_text(scores.bar_rect(3).center()) == "output 3: 0,912 (target 0,5)"
    assert "0,5" in [text for text, _ in scores.y_labels()]
    grads = GradientView()
    qtbot.addWidget(grads)
    grads.set_update({"name": "conv1.bias[0]", "old": 0.5, "grad": 2.0, "lr": 0.01, "new": 0.48})
    assert "0,48</b> = 0,5 − 0,01 × 2" in grads.update_text.text()
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.set_history(np.array([0.5, 0.25]))
    plot.set_events([(1, "lr", "lr = 0.5")])
    assert plot.last_label.text() == "step 2: loss 0,25"
    assert plot.markers()[0].text == "lr = 0,5"
    left = plot.plot_item.getAxis("left")
    assert left.tickStrings([-0.5, 1.5], 1.0, 0.5) == ["−0,5", "1,5"]


def test_a_refusal_stays_visible_when_focus_then_leaves_the_box(qtbot, panel, locale):
    locale(ENGLISH)
    p = panel()
    p.activateWindow()  # focus moves, and focus events come, only in the active window
    qtbot.waitUntil(p.isActiveWindow)
    type_into(qtbot, p.lr_input, "0,5")
    p.backprop_button.setFocus()  # e.g. the window taking the keys back after Enter
    assert p.lr_message.isVisible() and p.lr_input.problem()
    p.lr_input.setFocus()
    p.lr_input.lineEdit().selectAll()
    qtbot.keyClicks(p.lr_input.lineEdit(), "abc")
    p.backprop_button.setFocus()  # typed, then left without Enter: judged too
    assert p.lr() == pytest.approx(0.01) and "abc" in p.lr_message.text()


def test_out_of_range_is_refused_with_the_range_as_it_can_be_typed(qtbot, panel, locale):
    locale(ENGLISH)
    p = panel()
    type_into(qtbot, p.lr_input, "-5")
    assert p.lr() == pytest.approx(0.01) and "from 0 to 1000" in p.lr_message.text()
    type_into(qtbot, p.lr_input, "5000")  # too large: the maximum, which the box then shows
    assert p.lr() == 1000 and p.lr_input.text() == "1000"
    p.set_target("custom", [0.0] * 10)
    type_into(qtbot, p.custom_inputs[0], "250")
    assert p.custom_values()[0] == 0.0 and "from -100 to 100" in p.custom_message.text()


def test_every_number_box_in_the_window_reads_the_users_locale(open_window):
    """Class, not instance: any spin box the window holds (today's and tomorrow's) is a locale box."""
    from PySide6.QtWidgets import QAbstractSpinBox

    from lenet_gui.ui.numbers import LocaleDoubleSpinBox, LocaleSpinBox

    window = open_window()
    boxes = window.findChildren(QAbstractSpinBox)
    assert len(boxes) >= 4
    plain = [b.objectName() for b in boxes if not isinstance(b, LocaleSpinBox | LocaleDoubleSpinBox)]
    assert plain == [], f"number boxes that ignore the locale: {plain}"


def test_feature_map_legends_and_the_layer_total_follow_a_french_locale(open_window):
    """What a French class reads: a comma in the maps' legends, a space in 81 194."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        window = open_window()
        total = window.layers.table.item(window.layers.table.rowCount() - 1, 4).text()
        assert total.replace("\u202f", " ").replace("\xa0", " ") == "81 194"
        from lenet_gui.ui import numbers  # what the maps' legends and hover values are written with
        assert numbers.fmt(0.104, 3) == "0,104" and numbers.fmt_fixed(1.25, 3) == "1,250"
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize("name", ["en_US", "fr_FR", "ja_JP", "de_DE", "C", "ar_EG", "fa_IR", "hi_IN"])
def test_fmt_writes_exactly_what_qlocale_writes(name):
    """fmt's fast path must agree with QLocale.toString(…, "g", digits) digit for digit."""
    loc = QLocale(name)
    rng = np.random.default_rng(7)
    values = np.concatenate([rng.standard_normal(300) * 10.0 ** rng.integers(-12, 25, 300),
                             [0.0, -0.0, 1.0, -1.0, 0.5, 99999.5, 1e21, 123456789.0, 1e-5, 5e-324]])
    for v in values:
        for digits in (1, 2, 3, 4, 6, 8):
            text = loc.toString(float(v), "g", digits)
            sign = loc.negativeSign()
            expected = numbers.MINUS + text[len(sign):] if text.startswith(sign) else text
            assert numbers.fmt(v, digits, loc) == expected, (name, float(v), digits)


def test_fmt_follows_each_change_of_the_default_locale(locale):
    """fmt keeps what it worked out for the locale last asked about: switching the default
    locale, or only its number options, must show at once."""
    locale(ENGLISH)
    assert numbers.fmt(12345.5, 8) == "12,345.5"
    locale(FRENCH)
    assert numbers.fmt(12345.5, 8).replace("\u202f", " ").replace("\xa0", " ") == "12 345,5"
    plain = QLocale(ENGLISH)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    locale(plain)
    assert numbers.fmt(12345.5, 8) == "12345.5"
    locale(QLocale("ar_EG"))  # Arabic digits: Qt writes them
    assert numbers.fmt(12345.5, 8) == QLocale("ar_EG").toString(12345.5, "g", 8)
    locale(ENGLISH)
    assert numbers.fmt(0.5, 3) == "0.5"
