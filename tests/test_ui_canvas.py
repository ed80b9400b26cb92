"""The drawing canvas alone: strokes land where drawn, undo/clear/redo, signals, odd input."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

from lenet_gui.ui.canvas import CanvasPanel
from tests.helpers_ui import draw_stroke


@pytest.fixture
def make_panel(qtbot):
    def make(width: int = 400, height: int = 400) -> CanvasPanel:
        panel = CanvasPanel()
        qtbot.addWidget(panel)
        panel.resize(width, height)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def _surface(panel: CanvasPanel) -> QWidget:
    surface = panel.findChild(QWidget, "canvas")
    assert surface is not None
    return surface


def _widget_pos(panel: CanvasPanel, x: float, y: float) -> QPoint:
    """Widget position of image pixel (x, y), from the shown image's own rectangle."""
    r = _surface(panel).image_rect()
    return QPointF(r.x() + (x + 0.5) * r.width() / 280, r.y() + (y + 0.5) * r.height() / 280).toPoint()


def test_controls_exist_with_tooltips(make_panel):
    panel = make_panel()
    clear = panel.findChild(QPushButton, "clear_button")
    undo = panel.findChild(QPushButton, "undo_button")
    brush = panel.findChild(QSpinBox, "brush_width")
    assert "Ctrl+N" in clear.toolTip() and "Delete" in clear.toolTip()
    assert "Ctrl+Z" in undo.toolTip()
    assert brush.value() == 20 and (brush.minimum(), brush.maximum()) == (4, 60)
    assert panel.is_empty() and panel.image_array().shape == (280, 280)
    assert panel.image_array().dtype == np.uint8 and not panel.image_array().any()


@pytest.mark.parametrize("size", [(200, 240), (400, 400), (900, 500)])
def test_stroke_lands_where_drawn(make_panel, qtbot, size):
    panel = make_panel(*size)
    surface = _surface(panel)
    with qtbot.waitSignal(panel.changed), qtbot.waitSignal(panel.strokeFinished):
        draw_stroke(qtbot, surface, [_widget_pos(panel, 60, 140), _widget_pos(panel, 140, 140),
                                     _widget_pos(panel, 220, 140)])
    a = panel.image_array()
    assert a[140, 60] > 200 and a[140, 140] == 255 and a[140, 220] > 200
    assert a[40, 140] == 0 and a[240, 140] == 0 and a[140, 10] == 0 and a[140, 270] == 0
    # The band is about the brush width (20 px) thick.
    thick = np.count_nonzero(a[:, 140] > 127)
    assert 16 <= thick <= 24
    assert not panel.is_empty()


def test_click_draws_a_dot(make_panel, qtbot):
    panel = make_panel()
    draw_stroke(qtbot, _surface(panel), [_widget_pos(panel, 100, 50)])
    a = panel.image_array()
    assert a[50, 100] == 255 and a[50, 130] == 0


def test_undo_restores_previous_image_and_past_empty_is_harmless(make_panel, qtbot):
    panel = make_panel()
    surface = _surface(panel)
    draw_stroke(qtbot, surface, [_widget_pos(panel, 40, 40), _widget_pos(panel, 240, 40)])
    first = panel.image_array()
    draw_stroke(qtbot, surface, [_widget_pos(panel, 40, 200), _widget_pos(panel, 240, 200)])
    assert panel.image_array()[200, 140] == 255
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.findChild(QPushButton, "undo_button"), Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(panel.image_array(), first)
    panel.undo()
    assert panel.is_empty() and not panel.image_array().any()
    panel.undo()
    panel.undo()
    assert panel.is_empty()
    panel.redo()
    np.testing.assert_array_equal(panel.image_array(), first)


def test_clear_is_undoable(make_panel, qtbot):
    panel = make_panel()
    draw_stroke(qtbot, _surface(panel), [_widget_pos(panel, 60, 60), _widget_pos(panel, 200, 220)])
    drawn = panel.image_array()
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.findChild(QPushButton, "clear_button"), Qt.MouseButton.LeftButton)
    assert panel.is_empty() and not panel.image_array().any()
    panel.undo()
    np.testing.assert_array_equal(panel.image_array(), drawn)
    assert not panel.is_empty()
    panel.redo()
    assert panel.is_empty()


def test_clear_when_empty_adds_no_undo_step(make_panel):
    panel = make_panel()
    panel.clear()
    assert panel.undo_stack.count() == 0


def test_strokes_outside_are_clipped_without_crash(make_panel, qtbot):
    panel = make_panel(500, 300)  # wide: the image sits in the middle with empty sides
    surface = _surface(panel)
    draw_stroke(qtbot, surface, [(-50, -50), (2, 2), (5, surface.height() - 3)])
    assert panel.is_empty()  # only the margins were touched
    draw_stroke(qtbot, surface, [(-100, _widget_pos(panel, 0, 100).y()), _widget_pos(panel, 30, 100),
                                 (surface.width() + 100, _widget_pos(panel, 0, 100).y())])
    a = panel.image_array()
    assert a[100, 0] == 255 and a[100, 279] == 255
    panel.undo()
    assert panel.is_empty()


def test_brush_width(make_panel, qtbot):
    panel = make_panel()
    brush = panel.findChild(QSpinBox, "brush_width")
    brush.setValue(50)
    assert panel.brush_width() == 50
    panel.set_brush_width(100)
    assert panel.brush_width() == 60 and brush.value() == 60
    panel.set_brush_width(8)
    draw_stroke(qtbot, _surface(panel), [_widget_pos(panel, 20, 140), _widget_pos(panel, 260, 140)])
    assert 6 <= np.count_nonzero(panel.image_array()[:, 140] > 127) <= 10


def test_set_image_scales_and_is_undoable(make_panel, qtbot):
    panel = make_panel()
    small = np.zeros((28, 28), np.uint8)
    small[10:18, 10:18] = 255
    with qtbot.waitSignal(panel.changed):
        panel.set_image(small)
    a = panel.image_array()
    assert a[140, 140] == 255 and a[20, 20] == 0
    panel.undo()
    assert panel.is_empty()
    panel.set_image(np.full((10, 20), np.nan))  # floats, nan as background, non-square
    assert panel.is_empty()
    with pytest.raises(ValueError):
        panel.set_image(np.zeros((3, 3, 3), np.uint8))


def test_render(make_panel, qtbot, tmp_path):
    panel = make_panel(360, 420)
    draw_stroke(qtbot, _surface(panel), [_widget_pos(panel, 90, 60), _widget_pos(panel, 190, 60),
                                         _widget_pos(panel, 120, 230)])
    img = panel.grab().toImage()
    assert not img.isNull()
    assert img.save(str(tmp_path / "canvas.png"))


def test_tablet_pen_draws_one_stroke(make_panel):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    panel = make_panel()
    surface = _surface(panel)
    device = QPointingDevice.primaryPointingDevice()

    def pen(kind, x, y, buttons):
        pos = QPointF(_widget_pos(panel, x, y))
        event = QTabletEvent(kind, device, pos, QPointF(surface.mapToGlobal(pos)), 0.8, 0.0, 0.0,
                             0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
                             Qt.MouseButton.LeftButton, buttons)
        QApplication.sendEvent(surface, event)

    pen(QEvent.Type.TabletPress, 50, 50, Qt.MouseButton.LeftButton)
    pen(QEvent.Type.TabletMove, 200, 50, Qt.MouseButton.LeftButton)
    pen(QEvent.Type.TabletRelease, 200, 50, Qt.MouseButton.NoButton)
    assert panel.image_array()[50, 120] == 255
    assert panel.undo_stack.count() == 1


def test_the_hint_disappears_with_the_first_stroke(qtbot):
    # Each move repaints only the stroke's rectangle; the first stroke must repaint the whole
    # surface once, or the "Draw a digit here" hint stays on screen beside the ink.
    from PySide6.QtCore import QEvent, QObject

    panel = CanvasPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 460)
    panel.show()
    qtbot.waitExposed(panel)
    surface = panel.surface()
    painted = []

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect())
            return False

    spy = Spy()
    surface.installEventFilter(spy)
    surface.update()
    qtbot.waitUntil(lambda: bool(painted))  # the first full paint has happened
    qtbot.wait(20)
    painted.clear()
    rect = surface.image_rect()
    corner = (int(rect.left() + 20), int(rect.top() + 20))
    draw_stroke(qtbot, surface, [corner, (corner[0] + 10, corner[1])])
    qtbot.waitUntil(lambda: bool(painted))
    assert any(r.contains(rect.toRect()) for r in painted), painted
    painted.clear()
    draw_stroke(qtbot, surface, [(corner[0], corner[1] + 30), (corner[0] + 10, corner[1] + 30)])
    qtbot.waitUntil(lambda: bool(painted))
    assert not any(r.contains(rect.toRect()) for r in painted), "later strokes repaint only their area"


@pytest.mark.parametrize("side", [110, 140, 220, 400])
def test_the_empty_canvas_hint_fits_inside_the_drawing_square(make_panel, side):
    """On a small canvas (a 1366×768 laptop) the hint wraps and shrinks instead of being cut."""
    panel = make_panel(side, side + 80)
    surface = _surface(panel)
    surface.resize(side, side)
    r = surface.image_rect().toAlignedRect()
    img = surface.grab().toImage()
    ratio = img.devicePixelRatio()
    # The hint is white at low opacity on the black square: mid-grey pixels.
    hint_cols = set()
    for y in range(int(r.top() * ratio), int(r.bottom() * ratio)):
        for x in range(int(r.left() * ratio), int(r.right() * ratio) + 1):
            g = img.pixelColor(x, y).red()
            if 30 < g < 200:
                hint_cols.add(x)
    assert hint_cols, "no hint drawn"
    assert min(hint_cols) >= (r.left() + 3) * ratio and max(hint_cols) <= (r.right() - 3) * ratio, \
        (min(hint_cols), max(hint_cols), r)


def test_what_a_stroke_and_a_clear_repaint_equals_a_new_panels_picture(make_panel, qtbot):
    """The surface repaints only the stroke's few pixels (and the window behind it not at all):
    what stays on screen equals a fresh panel's picture of the same image."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    panel = make_panel()
    surface = _surface(panel)

    def on_screen() -> QImage:
        QApplication.processEvents()
        shown = panel.screen().grabWindow(panel.winId()).toImage()
        return shown.copy(surface.geometry()).convertToFormat(QImage.Format.Format_RGB32)

    def fresh() -> QImage:
        other = make_panel()
        other.set_image(panel.image_array())
        return _surface(other).grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    on_screen()
    draw_stroke(qtbot, surface, [_widget_pos(panel, 60, 60), _widget_pos(panel, 200, 220)])
    assert on_screen() == fresh()
    panel.clear()
    assert on_screen() == fresh()


def test_the_hint_keeps_a_japanese_word_whole_on_a_small_canvas(qapp):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF

    from lenet_gui.ui.canvas import ONE_LINE_PT, fit_hint

    text = "ここに数字を描く"
    base = QFont()
    width = QFontMetricsF(QFont(base.family(), 11)).horizontalAdvance(text)
    box = QRectF(0, 0, width * 0.9, 120)  # too narrow for one line at 11 pt, not at 9
    font, flags = fit_hint(text, box, base, 11.0)
    assert not flags & Qt.TextFlag.TextWordWrap and font.pointSizeF() >= ONE_LINE_PT
    assert box.contains(QFontMetricsF(font).boundingRect(box, flags, text))
    tiny = QRectF(0, 0, 30, 120)  # too narrow even at 9 pt: wrapped, and still inside
    font, flags = fit_hint(text, tiny, base, 11.0)
    assert flags & Qt.TextFlag.TextWordWrap
