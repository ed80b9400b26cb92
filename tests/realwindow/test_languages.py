"""The window in English, French (~20 % longer) and Japanese on a 1366×768 laptop: no button, tab,
menu, title or label is cut, whether the language is the one it starts in or one chosen from the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QMenuBar,
    QTabBar,
    QTableWidget,
    QWidget,
)

from lenet_gui.ui import language
from lenet_gui.ui.settings import Settings

from .steps import diverge
from .test_layout import assert_fully_shown, draw_a_digit, window_rect
from .xinput import screenshot, settle

PAD = 4  # px a text needs beyond its own advance before Qt's styles clip it


def plain(text: str) -> str:
    """A widget's text as drawn: accelerator marks gone, a doubled && shown as one &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def in_sight(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def cut_texts(window) -> list[str]:
    """Every text in sight that has less room than it needs, as 'what: text (need > room)'."""
    cut = []

    def check(what: str, text: str, need: float, room: float, widget: QWidget | None = None) -> None:
        if need > room:
            cut.append(f"{what}: {text!r} ({need:.0f} > {room:.0f} px)")
        elif widget is not None and widget.visibleRegion().boundingRect() != widget.rect():
            # Wide enough, but a scroll area, a dock's edge or the window cuts it off.
            cut.append(f"{what}: {text!r} partly hidden ({widget.visibleRegion().boundingRect()} of {widget.rect()})")

    for w in window.findChildren(QAbstractButton):
        if not in_sight(w) or not plain(w.text()).strip():
            continue
        text = plain(w.text())
        if isinstance(w, QCheckBox):
            check("check box", text, w.sizeHint().width(), w.width(), w)
        else:
            icon = w.iconSize().width() + 4 if not w.icon().isNull() else 0
            check("button", text, w.fontMetrics().horizontalAdvance(text) + icon + 2 * PAD, w.width(), w)
    for bar in window.findChildren(QTabBar):
        if not in_sight(bar):
            continue
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            if bar.rect().intersects(rect):
                check("tab", plain(bar.tabText(i)), bar.tabSizeHint(i).width(), rect.width())
    for dock in window.findChildren(QDockWidget):
        # A dock in its own title bar (not a tab): its title shares the bar with two buttons.
        if in_sight(dock) and not any(dock.windowTitle() == bar.tabText(i) for bar in window.findChildren(QTabBar)
                                      if in_sight(bar) for i in range(bar.count())):
            text = dock.windowTitle()
            check("dock title", text, dock.fontMetrics().horizontalAdvance(text) + 2 * 20 + 2 * PAD, dock.width())
    bar = window.findChild(QMenuBar)
    for action in bar.actions():
        text = plain(action.text())
        check("menu", text, bar.fontMetrics().horizontalAdvance(text), bar.actionGeometry(action).width())
    for label in window.findChildren(QLabel):
        if not in_sight(label) or label.wordWrap() or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
            continue  # rich text (HTML) lays itself out; wrapped labels grow downwards
        text = label.text()
        if "<" in text:
            continue
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
        check(f"label {label.objectName() or ''}".strip(), text, widest, label.contentsRect().width(), label)
    for table in window.findChildren(QTableWidget):
        if in_sight(table) and table.objectName() == "layer_table":
            # Every stage and every column of the Layers table in sight, headers whole.
            if table.horizontalScrollBar().isVisible() or table.verticalScrollBar().isVisible():
                cut.append(f"table {table.objectName()}: needs scrolling")
            header = table.horizontalHeader()
            for col in range(table.columnCount()):
                text = table.horizontalHeaderItem(col).text()
                check("column header", text, header.fontMetrics().horizontalAdvance(text) + 2,
                      header.sectionSize(col))
    for box in window.findChildren(QComboBox):
        if in_sight(box) and box.currentText():
            check("drop-down", box.currentText(), box.fontMetrics().horizontalAdvance(box.currentText()) + 20,
                  box.width(), box)
    return cut


def assert_whole(window, when: str = "") -> None:
    # Tab titles are never elided (the bars scroll instead): every tab in sight shows whole.
    cut = cut_texts(window)
    assert not cut, f"cut texts {when}:\n" + "\n".join(cut)


@pytest.fixture
def speaking():
    """Start the next window in a language, as if chosen from the menu on an earlier day."""
    before = QLocale()

    def start_in(code: str) -> None:
        saved = Settings()
        saved.set(language.SETTING, code)
        saved.sync()

    yield start_in
    language.set_language("en")
    QLocale.setDefault(before)


@pytest.mark.screen("1366x768")
@pytest.mark.parametrize("code", ["en", "fr", "ja"])
def test_a_laptop_shows_every_text_whole_in_each_language(real_window, qtbot, speaking, code):
    speaking(code)
    window = real_window()
    assert language.current() == code
    draw_a_digit(qtbot, window)
    window.step(1)
    window.refresh_now()
    settle(qtbot, 300)
    if code == "ja":
        assert language.has_japanese_font(), "no CJK font: Japanese shows as boxes (install fonts-noto-cjk)"
    assert_whole(window)
    # The secondary panels behind their tabs, one by one.
    for key in ("sizes", "code", "gradients", "class_set", "evaluation", "autograd", "console"):
        window.docks[key].raise_()
        settle(qtbot, 100)
        assert_whole(window, f"with the {key} panel in front")
    window.docks["layers"].raise_()
    settle(qtbot, 200)
    screenshot(f"language-{code}-1366x768")


@pytest.mark.screen("1366x768")
def test_choosing_french_from_the_menu_keeps_every_text_whole(real_window, qtbot, speaking):
    speaking("en")
    window = real_window()
    window.findChild(QAction, "language_fr_action").trigger()
    window.refresh_now()
    settle(qtbot, 300)
    assert window.training.backprop_button.text() == "Rétropropager"
    assert_whole(window)
    window.findChild(QAction, "language_ja_action").trigger()
    window.refresh_now()
    settle(qtbot, 300)
    assert window.docks["maps"].windowTitle() == "特徴マップ"
    assert_whole(window)


@pytest.mark.screen("1366x768")
@pytest.mark.parametrize("code", ["en", "fr", "ja"])
def test_the_divergence_banner_hides_nothing_a_class_needs(real_window, qtbot, speaking, code):
    # The banner has a place of its own in the centre column: the canvas, its buttons, the
    # 32×32 preview and the training buttons stay in sight, and the docks keep their sizes.
    speaking(code)
    window = real_window()
    draw_a_digit(qtbot, window)
    window.refresh_now()
    settle(qtbot, 300)
    docks = {key: dock.geometry() for key, dock in window.docks.items() if dock.isVisible()}
    diverge(window)
    settle(qtbot, 300)
    screenshot(f"diverged-{code}-1366x768")
    banner = window.banner
    assert banner.isVisible()
    canvas = window.canvas.surface()
    needed = [("the canvas", canvas), ("the Clear button", window.canvas.clear_button),
              ("the brush width", window.canvas.brush_spin), ("the 32×32 preview", window.preview),
              ("Backprop step", window.training.backprop_button), ("Reset weights", window.training.reset_button)]
    for what, widget in needed:
        assert_fully_shown(window, widget, what)
        assert not window_rect(window, banner).intersects(window_rect(window, widget)), f"the banner covers {what}"
    assert_fully_shown(window, banner, "the banner")
    assert_fully_shown(window, window.banner_reset, "the banner's Reset button")
    # Still large enough to see the digit: the drawing, and the input at 2 px a pixel.
    assert canvas.image_rect().height() >= 64, canvas.image_rect()
    assert window.preview.image_rect().height() >= 64, window.preview.image_rect()
    assert_whole(window, "with the divergence banner")
    assert {key: dock.geometry() for key, dock in window.docks.items() if dock.isVisible()} == docks
    window.reset_weights()
    window.refresh_now()
    settle(qtbot, 300)
    assert not banner.isVisible()
    assert {key: dock.geometry() for key, dock in window.docks.items() if dock.isVisible()} == docks
    assert canvas.height() >= 140, "the canvas did not get its room back"
