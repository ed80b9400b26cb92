"""Every control in the window explains itself in a tooltip."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
)

from lenet_gui.ui.main_window import MainWindow


def test_every_control_has_a_tooltip(qtbot, tmp_settings):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    missing = []
    for cls in (QAbstractButton, QAbstractSpinBox, QCheckBox, QComboBox):
        for widget in window.findChildren(cls):
            if widget.parent() is not None and isinstance(widget.parent(), QDockWidget):
                continue  # the dock's own float/close buttons come from Qt
            name = widget.objectName()
            if name.startswith("qt_") or name in {"ScrollLeftButton", "ScrollRightButton"}:
                continue  # Qt's own internals: table corner, menu-bar extension, tab scroll arrows
            if not widget.toolTip().strip():
                missing.append(f"{type(widget).__name__} {name!r}")
    assert not missing, missing
