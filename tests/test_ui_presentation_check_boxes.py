"""In presentation mode the check boxes' squares grow with their text, and shrink back after."""

from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from lenet_gui.ui.presentation import TEXT_PX


def square_sides(window) -> dict[str, int]:
    sides = {}
    for box in window.findChildren(QCheckBox):
        box.ensurePolished()
        option = QStyleOptionButton()
        box.initStyleOption(option)
        square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        sides[box.objectName() or box.text()] = square.height()
    return sides


def test_check_box_squares_grow_with_presentation_mode_and_come_back(open_window):
    window = open_window(size=(1800, 1000))
    normal = square_sides(window)
    assert normal
    window.set_presentation(True)
    big = square_sides(window)
    small = {name: side for name, side in big.items() if side < TEXT_PX * 0.75}
    assert not small, f"squares under {TEXT_PX * 0.75:.0f} px in presentation mode: {small}"
    window.set_presentation(False)
    assert square_sides(window) == normal
