"""The input preview alone: crisp pixels at fixed levels, steps with empty arrays, tooltip values."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from lenet_gui.ui.input_preview import CAPTION, InputPreview
from tests.helpers_ui import tooltip_at


@pytest.fixture
def preview(qtbot):
    w = InputPreview()
    qtbot.addWidget(w)
    w.resize(360, 460)
    w.show()
    qtbot.waitExposed(w)
    return w


def _pixel_center(w: InputPreview, row: int, col: int) -> QPointF:
    r = w.image_rect()
    return QPointF(r.x() + (col + 0.5) * r.width() / 32, r.y() + (row + 0.5) * r.height() / 32)


def _gray_at(w: InputPreview, p: QPointF) -> int:
    img = w.grab().toImage()
    ratio = img.devicePixelRatio()
    return img.pixelColor(int(p.x() * ratio), int(p.y() * ratio)).red()


def _on_screen(w: InputPreview):
    """What the window shows of w now (the offscreen backing store)."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return w.screen().grabWindow(w.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def _fresh(qtbot, like: InputPreview, image, steps, field=None, shade=False):
    """What a new preview of like's size and font paints for this image, steps and field."""
    from PySide6.QtGui import QImage

    other = InputPreview()
    qtbot.addWidget(other)
    other.setFont(like.font())
    other.resize(like.size())
    other.set_image(image)
    other.set_steps(steps)
    other.set_field(field, shade)
    return other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_fixed_levels_and_orientation(preview):
    a = np.zeros((32, 32), np.float32)
    a[0, 0] = 1.0  # top-left stays top-left
    a[5, 20] = 0.5
    a[31, 31] = 0.2  # a dim image must not be stretched to white
    preview.set_image(a)
    assert _gray_at(preview, _pixel_center(preview, 0, 0)) == 255
    assert 120 <= _gray_at(preview, _pixel_center(preview, 5, 20)) <= 135
    assert 45 <= _gray_at(preview, _pixel_center(preview, 31, 31)) <= 58
    assert _gray_at(preview, _pixel_center(preview, 20, 5)) == 0
    assert preview.image_rect().width() >= 32 * 6  # large, whole-pixel squares


def test_value_tooltip(preview, qtbot):
    a = np.zeros((32, 32), np.float32)
    a[12, 7] = 0.73
    preview.set_image(a)
    p = _pixel_center(preview, 12, 7)
    assert preview.value_text(p) == "row 12, col 7: 0.73"
    assert preview.value_text(QPointF(1, preview.height() - 2)) == ""
    assert tooltip_at(preview, p) == "row 12, col 7: 0.73"


def test_steps_with_empty_arrays_and_odd_values(preview):
    z = np.zeros((0, 0), np.float32)
    preview.set_steps([("your drawing", np.ones((280, 280), np.float32)), ("cropped", z),
                       ("20 px", z), ("centred 28×28", np.zeros((28, 28))), ("padded 32×32", np.zeros((32, 32)))])
    bad = np.full((32, 32), np.nan, np.float32)
    bad[0, :] = np.inf
    bad[1, :] = -np.inf
    preview.set_image(bad)
    assert preview.value_text(_pixel_center(preview, 3, 3)) == "row 3, col 3: nan"
    assert _gray_at(preview, _pixel_center(preview, 0, 3)) == 255
    assert _gray_at(preview, _pixel_center(preview, 1, 3)) == 0
    preview.set_steps([])
    with pytest.raises(ValueError):
        preview.set_image(np.zeros(32))


def test_render(preview, tmp_path):
    from lenet_gui.core.preprocess import preprocess_steps

    drawing = np.zeros((280, 280), np.uint8)
    drawing[60:70, 80:200] = 255
    drawing[70:230, 170:185] = 255
    steps = preprocess_steps(drawing)
    preview.set_image(steps.final)
    preview.set_steps([("your drawing", steps.normalised), ("cropped", steps.cropped),
                       ("20 px", steps.scaled), ("centred 28×28", steps.centred),
                       ("padded 32×32", steps.final)])
    assert CAPTION.startswith("32×32")
    img = preview.grab().toImage()
    assert img.save(str(tmp_path / "preview.png"))


def test_what_stays_on_screen_equals_a_new_previews_picture(preview, qtbot):
    """The preview paints all of what it repaints (the window behind it is left alone): fewer
    steps and another image leave nothing of the last ones on screen."""

    rng = np.random.default_rng(0)
    many = [(f"step {i}", rng.random((20 + i, 20))) for i in range(5)]
    image = rng.random((32, 32))
    preview.set_image(image)
    preview.set_steps(many)
    assert _on_screen(preview) == _fresh(qtbot, preview, image, many)
    preview.set_image(image * 0.5)
    preview.set_steps(many[:2])
    assert _on_screen(preview) == _fresh(qtbot, preview, image * 0.5, many[:2])
    preview.set_steps([])
    assert _on_screen(preview) == _fresh(qtbot, preview, image * 0.5, [])


def test_the_preview_shows_the_windows_background_behind_it(qtbot):
    """Where it draws nothing the preview shows the window's background, also when a style
    sheet on the window keeps the window's palette from its children (presentation mode sets
    both)."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    top = QWidget()
    qtbot.addWidget(top)
    middle = QWidget()
    QVBoxLayout(top).addWidget(middle)
    preview = InputPreview()
    QVBoxLayout(middle).addWidget(preview)
    top.resize(400, 500)
    top.show()
    qtbot.waitExposed(top)
    top.setStyleSheet("QWidget { font-size: 14pt; }")
    palette = QPalette(top.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(250, 240, 10))
    top.setPalette(palette)
    preview.set_image(np.zeros((32, 32), np.float32))
    qtbot.wait(10)
    image = top.grab().toImage()
    corner = preview.mapTo(top, preview.rect().topLeft())
    assert image.pixelColor(corner.x() + 1, corner.y() + 1) == QColor(250, 240, 10)


def test_moving_the_field_repaints_every_outline_and_shading_it_changes(preview, qtbot):
    """A new field repaints only where the old and the new outline or shading lie: through
    outlines that move, shading on and off and no field, what stays on screen equals a new
    preview's picture."""
    from PySide6.QtGui import QImage

    rng = np.random.default_rng(1)
    steps = [(f"step {i}", rng.random((20 + i, 20))) for i in range(4)]
    image = rng.random((32, 32))

    preview.set_image(image)
    preview.set_steps(steps)
    other = InputPreview()  # other thumbnails: another picture (the steps are painted)
    qtbot.addWidget(other)
    other.resize(preview.size())
    other.set_image(image)
    other.set_steps([(title, 1 - step) for title, step in steps])
    other.set_field((4, 5, 14, 15))
    assert _fresh(qtbot, preview, image, steps, (4, 5, 14, 15)) != other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    for size in ((360, 460), (520, 260)):  # the steps under the image, then beside it
        preview.resize(*size)
        for field, shade in [((4, 5, 14, 15), False), ((10, 2, 20, 9), False), ((0, 0, 30, 30), True),
                             ((2, 2, 30, 30), True), ((6, 7, 9, 12), False), ((0, 0, 32, 32), False),
                             (None, False), ((3, 3, 29, 29), True), (None, False)]:
            preview.set_field(field, shade)
            assert _on_screen(preview) == _fresh(qtbot, preview, image, steps, field, shade), (size, field, shade)


@pytest.mark.parametrize("size", [(360, 460), (560, 260)], ids=["narrow", "wide"])
@pytest.mark.parametrize("shade", [False, True])
def test_an_outlined_field_leaves_the_caption_and_thumbnails_as_they_were(preview, size, shade):
    # The field's green dashed pen is the field's own: the caption drawn after it keeps the
    # window's text colour.
    from PySide6.QtGui import QImage, QRegion

    preview.resize(*size)
    rng = np.random.default_rng(4)
    preview.set_image(rng.random((32, 32)).astype(np.float32))
    preview.set_field(None)
    plain = preview.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    preview.set_field((4, 6, 20, 18), shade=shade)
    marked = preview.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    outside = QRegion(preview.rect()) - QRegion(preview.image_rect().toAlignedRect().adjusted(-3, -3, 3, 3))
    differ = [(x, y) for rect in outside for y in range(rect.top(), rect.bottom() + 1, 1)
              for x in range(rect.left(), rect.right() + 1)
              if plain.pixel(x, y) != marked.pixel(x, y)]
    assert differ == []


@pytest.mark.parametrize("size", [(360, 460), (520, 180)])  # steps under the image; beside it
def test_thumbnails_follow_new_captions_sizes_and_fonts(preview, qtbot, size):
    """The thumbnails' places and captions are kept between paints: other captions of the same
    count, another size and another font must still paint what a new preview paints."""
    from PySide6.QtGui import QFont

    rng = np.random.default_rng(1)
    image = rng.random((32, 32))
    arrays = [rng.random((12 + 3 * i, 16)) for i in range(4)]
    first = list(zip(["your drawing", "cropped", "20 px", "centred"], arrays, strict=True))
    second = list(zip(["a much longer caption", "b", "c c c", "d"], arrays, strict=True))
    preview.resize(*size)
    preview.set_image(image)
    preview.set_steps(first)
    assert _on_screen(preview) == _fresh(qtbot, preview, image, first)
    preview.set_steps(second)
    assert _on_screen(preview) == _fresh(qtbot, preview, image, second)
    preview.resize(size[0] + 40, size[1] + 20)
    preview.set_steps(second)
    assert _on_screen(preview) == _fresh(qtbot, preview, image, second)
    font = QFont(preview.font())
    font.setBold(True)  # the same heights: only the captions' shapes change
    preview.setFont(font)
    preview.set_steps(second)
    assert _on_screen(preview) == _fresh(qtbot, preview, image, second)
    font.setPointSizeF(font.pointSizeF() + 3)
    preview.setFont(font)
    preview.set_steps(second)
    assert _on_screen(preview) == _fresh(qtbot, preview, image, second)
    preview.resize(700, 600)  # thumbnails at their largest: a wider preview only moves them
    preview.set_steps(second)
    assert _on_screen(preview) == _fresh(qtbot, preview, image, second)
    preview.resize(760, 600)
    preview.set_steps(second)
    assert _on_screen(preview) == _fresh(qtbot, preview, image, second)


def test_a_drawings_own_grays_show_as_its_normalised_floats(preview, qtbot):
    """A uint8 step is shown as the grays it holds: the drawing itself paints what its
    normalised floats (drawing / 255) paint, to the pixel."""
    from PySide6.QtGui import QImage

    from lenet_gui.core.preprocess import normalise, preprocess_steps
    from lenet_gui.ui.plain_data import preprocess_thumbs

    rng = np.random.default_rng(2)
    drawing = rng.integers(0, 256, (280, 280)).astype(np.uint8)
    drawing[:40] = 0
    drawing[100:140, 60:200] = 255
    steps = preprocess_steps(drawing)
    assert np.array_equal(steps.normalised, normalise(drawing))

    def shown(thumbs) -> QImage:
        other = InputPreview()
        qtbot.addWidget(other)
        other.resize(preview.size())
        other.set_image(steps.final)
        other.set_steps(thumbs)
        return other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    given = preprocess_thumbs(steps, drawing)
    assert given[0][1] is drawing
    assert shown(given) == shown(preprocess_thumbs(steps))
    assert shown([("x", drawing)]) == shown([("x", steps.normalised)])


def test_the_windows_preview_while_drawing_equals_a_new_preview(open_window, qtbot):
    """The frames of a stroke hand the preview the canvas's own pixels for the first thumbnail:
    what it shows equals a new preview given the session's preprocessing steps."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from lenet_gui.replay import draw_digit
    from lenet_gui.ui.plain_data import preprocess_thumbs

    window = open_window()
    surface = window.findChild(QWidget, "canvas")
    draw_digit(surface, 4, on_move=lambda: window.controller.frame_timer.start(0) or QApplication.processEvents())
    window.controller.frame_timer.start(0)
    qtbot.waitUntil(lambda: not window.controller.frame_timer.isActive())
    QApplication.processEvents()
    on_screen = window.preview.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    other = InputPreview()
    qtbot.addWidget(other)
    other.resize(window.preview.size())
    other.setFont(window.preview.font())
    other.setPalette(window.preview.palette())
    other.set_image(window.session.steps.final)
    other.set_steps(preprocess_thumbs(window.session.steps))
    assert on_screen == other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
