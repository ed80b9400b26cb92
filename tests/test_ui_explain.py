"""The Explain panel, the Weights view and the enlarged map, driven by clicks and keys as a student would."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from lenet_gui.ui.explain_panel import cell_text
from lenet_gui.ui.numbers import fmt
from tests.helpers_ui import draw_stroke, tooltip_at


def centre(rect) -> QPoint:
    return rect.center().toPoint()


@pytest.fixture
def window(qtbot, open_window):
    w = open_window(size=(1400, 900))
    draw_stroke(qtbot, w.canvas.surface(), [(60, 60), (120, 90), (150, 180), (90, 220)])
    w.refresh_now()
    return w



def click_value(qtbot, w, stage, index):
    rect = w.maps.element_rect(stage, index)
    assert not rect.isEmpty(), (stage, index)
    qtbot.mouseClick(w.maps, Qt.MouseButton.LeftButton, pos=centre(rect))
    w.refresh_now()
    return w.explain_panel.content()


def grids(content):
    return [item[1] for row in content["rows"] for item in row if item[0] == "grid"]


def test_clicking_a_conv_cell_shows_every_patch_and_kernel_with_the_traced_numbers(qtbot, window):
    w = window
    content = click_value(qtbot, w, "conv2", (5, 4, 6))
    tr = w.session.trace()
    net = w.session.net
    assert content["kind"] == "conv" and content["stage"] == "conv2" and content["index"] == (5, 4, 6)
    assert content["value"] == pytest.approx(float(tr["conv2"].activation[0, 5, 4, 6]), abs=1e-6)
    shown = grids(content)
    assert len(shown) == 12  # a patch and a kernel for each of pool1's 6 channels
    pool1 = tr["pool1"].activation[0]
    for ci in range(6):
        np.testing.assert_array_equal(shown[2 * ci], pool1[ci, 4:7, 6:9])
        np.testing.assert_array_equal(shown[2 * ci + 1], net.conv2.weight[5, ci].detach().numpy())
    # The board writes each number as the grid cell shows it, and the title the value itself.
    assert cell_text(float(pool1[0, 4, 6])) in [cell_text(v) for v in shown[0].reshape(-1)]
    assert "conv2[5, 4, 6]" in w.explain_panel.title.text()
    assert w.maps.marks()["selected"] == ("conv2", (5, 4, 6))
    # The cells it read are outlined on pool1: 6 channels × 3 × 3.
    source_key, cells = w.maps.marks()["sources"]
    assert source_key == "pool1" and len(cells) == 54 and (0, 4, 6) in cells and (5, 6, 8) in cells


def test_arrow_keys_in_the_panel_and_on_the_maps_move_to_the_neighbour(qtbot, window):
    w = window
    click_value(qtbot, w, "relu1", (2, 10, 10))
    qtbot.keyClick(w.explain_panel, Qt.Key.Key_Right)
    assert w.explain_panel.content()["index"] == (2, 10, 11)
    qtbot.keyClick(w.explain_panel, Qt.Key.Key_Up)
    assert w.explain_panel.content()["index"] == (2, 9, 11)
    qtbot.keyClick(w.maps, Qt.Key.Key_Down)
    qtbot.keyClick(w.maps, Qt.Key.Key_Down)
    assert w.explain_panel.content()["index"] == (2, 11, 11)
    qtbot.keyClick(w.maps, Qt.Key.Key_PageDown)
    assert w.explain_panel.content()["index"] == (3, 11, 11)
    tr = w.session.trace()
    assert w.explain_panel.content()["value"] == pytest.approx(float(tr["relu1"].activation[0, 3, 11, 11]))
    # At the edge it stays put.
    click_value(qtbot, w, "pool2", (0, 0, 0))
    qtbot.keyClick(w.explain_panel, Qt.Key.Key_Left)
    assert w.explain_panel.content()["index"] == (0, 0, 0)


def test_a_pool_cell_shows_its_window_and_the_winner(qtbot, window):
    content = click_value(qtbot, window, "pool1", (1, 7, 7))
    tr = window.session.trace()
    (window_grid,) = grids(content)
    np.testing.assert_array_equal(window_grid, tr["relu1"].activation[0, 1, 14:16, 14:16])
    assert content["value"] == float(window_grid.max())


def test_an_fc_value_names_the_30x30_field_and_shades_what_reaches_nothing(qtbot, window):
    w = window
    content = click_value(qtbot, w, "fc1", (7,))
    assert content["kind"] == "linear"
    assert "30×30" in content["text"] and "2 rows and 2 columns" in content["text"]
    assert w.preview.field() == (0, 0, 30, 30)
    fields = w.maps.marks()["fields"]
    assert fields["conv1"][0] == (0, 0, 0, 28, 28) and len(fields["conv1"]) == 6
    assert fields["conv2"][0] == (0, 0, 0, 12, 12)  # 13 → max_pool2d → 6 drops row and column 12
    assert w.maps.marks()["shade"] is True
    # Its value is the traced one, and the board's Σ + bias rebuilds it.
    tr = w.session.trace()
    assert content["value"] == pytest.approx(float(tr["fc1"].activation[0, 7]), abs=1e-6)
    # The canvas outlines the part of the drawing that the 30×30 input window covers.
    assert w.canvas.field() is not None


def test_an_output_bar_explains_fc3_with_its_share_of_the_loss_and_its_gradient(qtbot, window):
    w = window
    w.set_target("3")
    w.step(1)
    w.refresh_now()
    bar = w.scores.bar_rect(3)
    qtbot.mouseClick(w.scores, Qt.MouseButton.LeftButton, pos=centre(bar))
    w.refresh_now()
    content = w.explain_panel.content()
    assert content["stage"] == "fc3" and content["index"] == (3,)
    words = " ".join(item[1] for row in content["rows"] for item in row if item[0] != "grid")
    assert "(y − t)²" in words and "of the loss" in words
    # ∂loss/∂y₃ of the mean of ten squared errors is 2 (y₃ − t₃) / 10.
    y = float(w.session.trace().output[0, 3])
    assert content["gradient"] == pytest.approx(2 * (y - 1.0) / 10, rel=1e-4, abs=1e-7)


def test_the_panel_follows_the_drawing_live(qtbot, window):
    w = window
    click_value(qtbot, w, "conv1", (0, 14, 14))
    before = w.explain_panel.content()["value"]
    draw_stroke(qtbot, w.canvas.surface(), [(40, 150), (250, 150)])
    w.refresh_now()
    after = w.explain_panel.content()
    assert after["index"] == (0, 14, 14)
    assert after["value"] == pytest.approx(float(w.session.trace()["conv1"].activation[0, 0, 14, 14]), abs=1e-6)
    assert after["value"] != before


def test_walk_moves_the_selection_over_the_map(qtbot, window):
    w = window
    click_value(qtbot, w, "conv1", (1, 3, 28))
    w.explain_panel.play_button.click()
    assert w.explainer.is_walking()
    qtbot.waitUntil(lambda: w.explain_panel.content()["index"] != (1, 3, 28), timeout=5000)
    assert w.explain_panel.content()["index"] == (1, 3, 29)
    w.explain_panel.play_button.click()
    assert not w.explainer.is_walking()


def test_weights_view_hover_and_click_explain_the_update(qtbot, window):
    w = window
    w.docks["weights"].show()
    w.docks["weights"].raise_()
    w.refresh_now()
    view = w.weights_view
    assert view.names() == ["conv1.weight", "conv2.weight", "fc1.weight", "fc2.weight", "fc3.weight"]
    rect = view.weight_rect("conv2.weight", (4, 2, 1, 0))
    assert not rect.isEmpty()
    assert view.weight_at(rect.center()) == ("conv2.weight", (4, 2, 1, 0))
    weight = float(w.session.net.conv2.weight.detach()[4, 2, 1, 0])
    tip = tooltip_at(view, centre(rect))
    assert "conv2.weight[4, 2, 1, 0]" in tip
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(rect))
    w.refresh_now()
    content = w.explain_panel.content()
    assert content["kind"] == "weight" and content["value"] == pytest.approx(weight)
    assert content["old"] is None  # no step yet since it was chosen
    w.set_target("2")
    w.step(1)
    w.refresh_now()
    content = w.explain_panel.content()
    p = w.session.net.conv2.weight.detach()
    assert content["old"] == pytest.approx(weight)
    assert content["value"] == float(p[4, 2, 1, 0])
    assert content["gradient"] == float(w.session.net.conv2.weight.grad[4, 2, 1, 0])
    assert content["lr"] == w.session.trainer.lr
    assert content["value"] == pytest.approx(content["old"] - content["lr"] * content["gradient"], abs=1e-7)
    # The view itself shows the new weights.
    assert fmt(float(p[4, 2, 1, 0]), 6) in tooltip_at(view, centre(rect))
    assert fmt(weight, 6) in tip


def test_double_clicking_a_map_enlarges_it_with_values_on_hover(qtbot, window):
    w = window
    rect = w.maps.element_rect("relu1", (4, 5, 5))
    qtbot.mouseDClick(w.maps, Qt.MouseButton.LeftButton, pos=centre(rect))
    dialog = w.findChild(QWidget, "map_dialog")
    assert dialog is not None and dialog.isVisible()
    big = dialog.map
    np.testing.assert_array_equal(big.data(), w.session.trace()["relu1"].activation[0, 4])
    assert big.map_rect().width() > 4 * w.maps.channel_rect("relu1", 4).width()
    cell = big.map_rect()
    side = cell.width() / 30
    pos = QPoint(int(cell.x() + side * 7.5), int(cell.y() + side * 2.5))
    assert tooltip_at(big, pos).startswith("row 2, col 7:")
    dialog.close()


def test_a_view_value_names_its_pool2_cell_and_outlines_only_its_own_field(qtbot, window):
    w = window
    content = click_value(qtbot, w, "view", (95,))
    assert content["kind"] == "view"
    words = " ".join(item[1] for row in content["rows"] for item in row if item[0] != "grid")
    assert "pool2[2, 3, 5]" in words and "2·6·6 + 3·6 + 5 = 95" in words
    assert content["value"] == float(w.session.trace()["pool2"].activation[0, 2, 3, 5])
    assert w.maps.marks()["sources"] == ("pool2", [(2, 3, 5)])
    # One pool2 cell reads a 10×10 patch of the input: outlined, nothing shaded, no 30×30 sentence.
    top, left, bottom, right = w.preview.field()
    assert (bottom - top, right - left) == (10, 10)
    assert w.maps.marks()["shade"] is False and "30×30" not in content["text"]


def test_switching_to_lenet5_keeps_the_window_working_and_says_why(qtbot, window):
    w = window
    click_value(qtbot, w, "conv1", (0, 29, 29))  # only the 3×3 net's conv1 is 30×30
    w.set_arch("lenet5")
    w.refresh_now()
    content = w.explain_panel.content()
    assert "28" in content["text"] and "(0, 29, 29)" in content["text"]
    assert w.maps.marks().get("selected") is None
    # A value that exists in both is explained again at once.
    content = click_value(qtbot, w, "conv1", (0, 10, 10))
    assert content["kind"] == "conv" and len(grids(content)) == 2
    np.testing.assert_array_equal(grids(content)[1][0].shape, (5,))  # 5×5 kernels now


def test_a_language_switch_reaches_the_panel_the_explained_value_and_the_enlarged_map(qtbot, window, back_to_english):
    w = window
    qtbot.mouseDClick(w.maps, Qt.MouseButton.LeftButton, pos=centre(w.maps.element_rect("relu1", (4, 5, 5))))
    dialog = w.findChild(QWidget, "map_dialog")
    content = click_value(qtbot, w, "relu1", (4, 5, 5))
    assert content["text"].startswith("ReLU is max(x, 0)")
    play = w.explain_panel.findChild(QPushButton, "explain_play")
    w.findChild(QAction, "language_fr_action").trigger()
    # The engine's sentence, the panel's own button and the enlarged map's title, all in French.
    assert w.explain_panel.content()["text"].startswith("ReLU vaut max(x, 0)")
    assert play.text() == "Parcourir ▶"
    assert dialog.windowTitle() == "relu1, canal 4 : 30×30"
    w.findChild(QAction, "language_ja_action").trigger()
    assert "ReLU は max(x, 0)" in w.explain_panel.content()["text"]
    assert play.text() == "たどる ▶"
    dialog.close()
    w.explainer.clear()
    assert w.explain_panel.title.text() == "値を説明する"


def test_a_language_switch_reaches_the_weights_captions_and_a_weights_explanation(qtbot, window, back_to_english):
    w = window
    w.docks["weights"].show()
    w.refresh_now()
    view = w.weights_view
    rect = view.weight_rect("conv1.weight", (0, 0, 1, 1))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(rect))
    w.findChild(QAction, "language_fr_action").trigger()
    assert w.explain_panel.content()["kind"] == "weight"
    assert "SGD change chaque poids" in w.explain_panel.content()["text"]
    assert tooltip_at(view, centre(rect)).startswith("conv1.weight[0, 0, 1, 1] =")
    assert "(clic :" in tooltip_at(view, centre(rect))


def test_a_grid_caption_in_japanese_gets_the_height_of_its_glyphs(qtbot):
    """A Japanese caption's fallback font is taller than the panel's: the grid starts below it."""
    from PySide6.QtGui import QFontMetricsF

    from lenet_gui.ui.explain_panel import Board

    board = Board()
    qtbot.addWidget(board)
    grid = np.zeros((3, 3), np.float32)
    board.set_rows([[("grid", grid, (), "")]])
    bare = board.sizeHint().height()
    board.set_rows([[("grid", grid, (), "カーネル")]])
    glyphs = QFontMetricsF(board.font()).boundingRect("カーネル").height()
    assert board.sizeHint().height() - bare >= glyphs


def _numbers(text: str) -> list[str]:
    """The decimal numbers written in a sentence (a point or a comma between digits)."""
    return re.findall(r"\d+[.,]\d+", text)


@pytest.mark.parametrize("stage", ["conv2", "pool1", "fc1"])
def test_a_french_student_reads_every_number_with_the_decimal_comma(qtbot, window, back_to_english, stage):
    activation = window.session.trace()[stage].activation[0]
    # The largest value: a pool window with ink in it, not four zeros.
    index = tuple(int(i) for i in np.unravel_index(int(np.argmax(activation)), activation.shape))
    window.findChild(QAction, "language_fr_action").trigger()
    content = click_value(qtbot, window, stage, index)
    text = content["text"]
    found = _numbers(text)
    assert found and not [n for n in found if "." in n], text
    # A list of decimal-comma numbers is separated by semicolons, not by more commas.
    assert not re.search(r"\d,\d+, \d", text), text
    window.findChild(QAction, "language_ja_action").trigger()
    content = click_value(qtbot, window, stage, index)
    assert _numbers(content["text"]) and not [n for n in _numbers(content["text"]) if "," in n]


def test_the_sentences_take_the_height_of_their_new_text_and_font(qtbot):
    """The panel's sentences keep their height per width: a new text or font must give a new one."""
    from lenet_gui.ui.explain_panel import ExplainPanel

    panel = ExplainPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 480)
    panel.show()
    text = panel.text
    panel.show_content({"title": "a", "rows": [], "text": "one line"})
    short = text.heightForWidth(200)
    assert text.heightForWidth(200) == short
    panel.show_content({"title": "a", "rows": [], "text": "many words " * 60})
    long = text.heightForWidth(200)
    assert long > 3 * short
    assert text.heightForWidth(400) < long  # wider: fewer lines
    panel.show_content({"title": "a", "rows": [], "text": "one line"})
    assert text.heightForWidth(200) == short
    font = text.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    text.setFont(font)
    assert text.heightForWidth(200) > short


def test_the_panel_lays_its_inside_out_over_its_whole_size(qtbot):
    """A new explanation relays out the panel's inside only; its contents still fill it when it is resized."""
    from lenet_gui.ui.explain_panel import ExplainPanel

    panel = ExplainPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 480)
    panel.show()
    qtbot.waitExposed(panel)
    panel.resize(500, 300)
    _settled()
    scroll = panel.scroll
    bottom_right = scroll.mapTo(panel, scroll.rect().bottomRight())
    assert 480 <= bottom_right.x() < 500 and 280 <= bottom_right.y() < 300
    assert panel.title.mapTo(panel, panel.title.rect().topLeft()).x() < 20


def _board_image(board):
    board.resize(board.sizeHint())
    return board.grab().toImage()


def _conv_rows(seed):
    rng = np.random.default_rng(seed)
    patch, kernel = rng.normal(size=(3, 3)).astype(np.float32), rng.normal(size=(3, 3)).astype(np.float32)
    patch[0, 0], kernel[1, 1] = np.nan, 0.125  # a word in a cell; a tie rounded as QLocale rounds it
    return [[("text", "ch 0"), ("grid", patch, ((1, 2),), "patch"), ("text", "×"), ("grid", kernel, (), "kernel"),
             ("text", "="), ("bold", fmt(float(np.nansum(patch * kernel))))]]


def test_a_board_paints_a_new_content_font_or_palette_as_a_new_board_would(qtbot):
    """What the board keeps between paints (cells, tints, laid-out numbers) follows its content,
    its font and its palette."""
    from PySide6.QtGui import QColor, QPalette

    from lenet_gui.ui.explain_panel import Board

    def fresh(rows, font=None, palette=None):
        board = Board()
        qtbot.addWidget(board)
        if font is not None:
            board.setFont(font)
        if palette is not None:
            board.setPalette(palette)
        board.set_rows(rows)
        return _board_image(board)

    board = Board()
    qtbot.addWidget(board)
    board.set_rows(_conv_rows(0))
    first = _board_image(board)
    assert first == fresh(_conv_rows(0))
    board.set_rows(_conv_rows(1))
    assert _board_image(board) == fresh(_conv_rows(1)) != first
    font = board.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    board.setFont(font)
    assert _board_image(board) == fresh(_conv_rows(1), font=font)
    palette = board.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(200, 0, 0))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(0, 160, 0))
    board.setPalette(palette)
    assert _board_image(board) == fresh(_conv_rows(1), font=font, palette=palette)


def test_grid_numbers_are_written_as_the_locale_writes_each_one(qtbot):
    """The grid's numbers, written many at a time, read as cell_text writes each one, in every
    locale and after every switch between them."""
    from PySide6.QtCore import QLocale

    from lenet_gui.ui.explain_panel import cell_texts

    rng = np.random.default_rng(0)
    values = np.concatenate([
        rng.normal(scale=2.0, size=200), rng.normal(scale=1e4, size=20),
        [0.0, -0.0, -0.001, 0.004, -0.005, 0.125, -0.125, 0.375, 0.625, 1.125, -2.875, 1234.5678, 1e21, -1e21,
         np.nan, np.inf, -np.inf, 1e-9, -1e-9, 0.5]]).reshape(-1, 1)
    values32 = values.astype(np.float32)
    try:
        for name in ("en_US", "fr_FR", "ja_JP", "de_CH", "ar_EG", "fa_IR", "C", "fr_FR", "en_US"):
            QLocale.setDefault(QLocale(name))
            for grid in (values, values32, values32.reshape(-1, 3)):
                assert cell_texts(grid) == [[cell_text(v) for v in line] for line in grid], name
        QLocale.setDefault(QLocale("fr_FR"))
        assert cell_texts(np.array([[0.5, -1.75]])) == [["0,50", "-1,75"]]
    finally:
        QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def explained(window, back_to_english):
    """Real explanations, as shown, in English, French and Japanese: an fc1 value (the longest
    sentences), an output, a conv2 cell (the widest board) and a relu value (a short one)."""
    from lenet_gui.ui import language

    shown = []
    for lang in ("en", "fr", "ja"):
        language.set_language(lang)
        for stage, index in (("fc1", (11,)), ("fc3", (3,)), ("conv2", (7, 5, 6)), ("relu2", (3, 6, 6))):
            window.explainer.select(stage, index)
            shown.append(dict(window.explain_panel.content()))
    return shown


def _panel(qtbot, monkeypatch, size, qt_label=False):
    """A shown Explain panel; with qt_label, its sentences are a plain selectable QLabel as Qt
    lays it out, nothing of ours."""
    from PySide6.QtWidgets import QLabel

    from lenet_gui.ui import explain_panel

    if qt_label:
        class QtLabel(QLabel):
            def __init__(self, parent=None, objectName=""):
                super().__init__(parent, objectName=objectName)

        monkeypatch.setattr(explain_panel, "WrappedText", QtLabel)
    panel = explain_panel.ExplainPanel()
    monkeypatch.undo()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _settled():
    """The posted layout requests handled, as between two clicks, and those they post in turn
    (a label's new height asks its parents again). A time-bound wait may get to only the first
    round on a busy machine: then the two panels are caught half laid out."""
    from PySide6.QtWidgets import QApplication

    for _ in range(6):
        QApplication.processEvents()


def _shot(qtbot, panel):
    _settled()
    return panel.grab().toImage()


@pytest.mark.parametrize("size", [(360, 480), (477, 312), (200, 160), (700, 250)])
def test_the_sentences_lay_out_and_paint_as_a_plain_label_would(qtbot, monkeypatch, explained, size):
    """The panel's sentences skip QLabel's size hints and keep their heights per width: one
    explanation after another, in every language, the panel shows what a panel with Qt's own
    label shows, and what a fresh one shows."""
    ours = _panel(qtbot, monkeypatch, size)
    plain = _panel(qtbot, monkeypatch, size, qt_label=True)
    for content in explained + explained[:1]:
        ours.show_content(content)
        plain.show_content(content)
        image = _shot(qtbot, ours)
        assert image == _shot(qtbot, plain), (size, content["title"])
        fresh = _panel(qtbot, monkeypatch, size, qt_label=True)
        fresh.show_content(content)
        assert image == _shot(qtbot, fresh), (size, content["title"])
        fresh.close()


def test_the_sentences_are_as_tall_as_qt_lays_them_out_at_every_width(qtbot, monkeypatch, explained):
    """The sentences' height for a width, worked out on a document of the panel's own, is the
    height QLabel lays the same text out to, in every language, before and after a font change."""
    from PySide6.QtWidgets import QLabel

    panel = _panel(qtbot, monkeypatch, (360, 480))
    text = panel.text
    for content in explained:
        panel.show_content(content)
        for width in range(0, 800, 7):
            assert text.heightForWidth(width) == QLabel.heightForWidth(text, width), (content["title"], width)
    font = text.font()
    font.setPointSizeF(font.pointSizeF() * 1.7)
    text.setFont(font)
    for width in range(100, 800, 50):
        assert text.heightForWidth(width) == QLabel.heightForWidth(text, width), width


def test_selected_sentences_and_other_colours_paint_as_a_plain_label_would(qtbot, monkeypatch, explained):
    """The sentences painted by the panel keep QLabel's look with a selection (by the mouse or
    setSelection), in another palette and under a style sheet."""
    from PySide6.QtGui import QColor, QPalette

    ours = _panel(qtbot, monkeypatch, (360, 480))
    plain = _panel(qtbot, monkeypatch, (360, 480), qt_label=True)
    for panel in (ours, plain):
        panel.show_content(explained[0])
    assert _shot(qtbot, ours) == _shot(qtbot, plain)
    # A drag over the first line selects words, as in any label.
    for panel in (ours, plain):
        text = panel.text
        y = text.fontMetrics().height() // 2
        qtbot.mousePress(text, Qt.MouseButton.LeftButton, pos=QPoint(2, y))
        qtbot.mouseMove(text, QPoint(text.width() // 2, y))
        qtbot.mouseRelease(text, Qt.MouseButton.LeftButton, pos=QPoint(text.width() // 2, y))
        assert text.hasSelectedText()
    assert ours.text.selectedText() == plain.text.selectedText()
    assert _shot(qtbot, ours) == _shot(qtbot, plain)
    for panel in (ours, plain):
        panel.text.setSelection(40, 25)
    assert _shot(qtbot, ours) == _shot(qtbot, plain)
    for panel in (ours, plain):
        panel.show_content(explained[1])  # a new text: no selection
        palette = panel.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(180, 0, 90))
        panel.setPalette(palette)
    assert _shot(qtbot, ours) == _shot(qtbot, plain)
    assert not ours.text.hasSelectedText()
    for panel in (ours, plain):
        panel.show_content(explained[2])
    assert _shot(qtbot, ours) == _shot(qtbot, plain)
    for panel in (ours, plain):
        panel.setStyleSheet("QLabel { color: #206020; }")
    assert _shot(qtbot, ours) == _shot(qtbot, plain)


def test_a_conv_cell_of_one_input_channel_is_said_in_the_singular(qtbot, window):
    content = click_value(qtbot, window, "conv1", (0, 10, 10))
    first = content["rows"][0][0][1]
    assert first.startswith("For the 1 channel of input:"), first
    content = click_value(qtbot, window, "conv2", (0, 4, 4))
    assert content["rows"][0][0][1].startswith("For each of the 6 channels of "), content["rows"][0][0][1]


@pytest.mark.parametrize(("code", "joined"), [("ja", "。"), ("fr", ". "), ("en", ". ")])
def test_the_field_and_weight_sentences_join_as_the_language_does(qtbot, window, back_to_english, code, joined):
    # Japanese puts no space after 「。」: the fc1 note read 「…赤い帯がそれです。 そこにインク…」.
    from lenet_gui.ui import language

    w = window
    language.set_language(code)
    field = click_value(qtbot, w, "fc1", (7,))["text"]
    ink = {"ja": "そこにインク", "fr": ("Il n’y a pas", "De l’encre"), "en": ("No ink", "Some ink")}[code]
    assert any(joined + start in field for start in ((ink,) if isinstance(ink, str) else ink)), field
    w.docks["weights"].show()
    w.refresh_now()
    rect = w.weights_view.weight_rect("conv1.weight", (0, 0, 1, 1))
    qtbot.mouseClick(w.weights_view, Qt.MouseButton.LeftButton, pos=centre(rect))
    weight = w.explain_panel.content()["text"]
    step = {"ja": "誤差逆伝播を 1 ステップ", "fr": "Faites un pas", "en": "Take a Backprop step"}[code]
    assert joined + step in weight, weight
    if code == "ja":
        assert "。 " not in field and "。 " not in weight


@pytest.mark.parametrize(("code", "joined"), [("ja", "。目標値"), ("fr", ". Face à"), ("en", ". Against")])
def test_an_output_bars_loss_sentence_follows_as_the_language_writes_it(qtbot, window, back_to_english, code, joined):
    # The engine joins the loss sentence to the fc3 explanation: 「…= −3.79736。 目標…」 in Japanese.
    from lenet_gui.ui import language

    w = window
    w.set_target("3")
    language.set_language(code)
    qtbot.mouseClick(w.scores, Qt.MouseButton.LeftButton, pos=centre(w.scores.bar_rect(3)))
    w.refresh_now()
    text = w.explain_panel.content()["text"]
    assert joined in text and "。 " not in text, text


@pytest.mark.parametrize(("code", "origin"), [("ja", "]（pool2 チャンネル "), ("fr", "] (pool2 canal "),
                                              ("en", "] (pool2 ch ")])
def test_where_an_fc1_input_came_from_follows_it_as_the_language_writes_it(qtbot, window, back_to_english,
                                                                        code, origin):
    # The input's place in pool2 followed its weight with an ASCII space before the Japanese
    # full-width bracket: 「w[7]·x[7] （pool2 チャンネル 0、1 行 1 列）」.
    from lenet_gui.ui import language

    language.set_language(code)
    text = click_value(qtbot, window, "fc1", (7,))["text"]
    assert origin in text, text
    if code == "ja":
        assert " （" not in text, text
