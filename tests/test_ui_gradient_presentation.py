"""In presentation mode the Gradients panel's numbers are as large as the rest of the window's text."""

from PySide6.QtWidgets import QComboBox, QLabel


def test_the_gradient_texts_grow_with_presentation_mode_and_come_back(open_window, qtbot):
    window = open_window(size=(1800, 1000))
    names = ("gradient_table", "gradient_watch", "weight_update")

    def sizes():
        for name in names:
            window.findChild(QLabel, name).ensurePolished()
        return [window.findChild(QLabel, n).font().pointSizeF() for n in names]

    normal = sizes()
    window.set_presentation(True)
    selector = window.findChild(QComboBox, "inspect_selector")
    selector.ensurePolished()
    big = selector.font().pointSizeF()
    assert big > max(normal)  # the case: presentation text is larger than the panel's own size
    assert sizes() == [big] * len(names)
    window.set_presentation(False)
    assert sizes() == normal
