"""Qt's own file dialog speaks the window's language, including the labels Qt's translations lack."""

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from lenet_gui.ui import language


@pytest.mark.parametrize("code", ["ja", "fr"])
def test_the_file_dialogs_labels_are_translated(qtbot, back_to_english, code):
    language.set_language(code)
    dialog = QFileDialog(None, "", "", "*.pt")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    english = {"&Look in:", "Files of &type:", "File &name:"}
    assert labels and not labels & english, labels
