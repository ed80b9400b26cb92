"""The tutorial's printouts, one click each: its snippets in order and what PyTorch prints for them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import language


def _mono() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.Monospace)
    return font


class TutorialConsole(QWidget):
    """A list of snippet titles, the chosen snippet's code, a Run button and the printout."""

    runRequested = Signal(int)
    """The index of the snippet the student wants to run."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tutorial_console")
        self.snippets = QListWidget(objectName="snippet_list")
        # Long titles (Japanese ones at 1366×768) wrap onto a second line instead of being cut
        # off behind a sideways scroll bar: the list is only a quarter of the panel wide.
        self.snippets.setWordWrap(True)
        self.snippets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.snippets.setResizeMode(QListWidget.ResizeMode.Adjust)

        self.code = QPlainTextEdit(objectName="snippet_code", readOnly=True)
        self.code.setFont(_mono())
        self.run_button = QPushButton(objectName="run_snippet_button")
        self.output = QPlainTextEdit(objectName="snippet_output", readOnly=True)
        self.output.setFont(_mono())

        self.note = QLabel(objectName="snippet_note", wordWrap=True)
        right = QVBoxLayout()
        right.addWidget(self.code, 2)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.output, 3)
        right.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.snippets, 1)
        layout.addLayout(right, 3)
        self._codes: list[str] = []
        self._notes: list[str] = []
        self.snippets.currentRowChanged.connect(self._show_code)
        self.snippets.itemDoubleClicked.connect(lambda _item: self.run_current())
        self.run_button.clicked.connect(self.run_current)
        language.texts(self, lambda: (
            self.snippets.setToolTip(self.tr("The tutorial's code, in the tutorial's order")),
            self.run_button.setText(self.tr("Run")),
            self.run_button.setToolTip(self.tr("Run this snippet (after the ones before it) on a copy of your net: "
                                               "your weights and gradients do not change")),
            self.output.setPlaceholderText(self.tr("What PyTorch prints appears here."))))

    def set_snippets(self, items: list[tuple[str, str, str]]) -> None:
        """(title, code, note) of each snippet, in order."""
        self._codes = [code for _, code, _ in items]
        self._notes = [note for _, _, note in items]
        row = self.snippets.currentRow()
        self.snippets.clear()
        self.snippets.addItems([f"{i + 1}. {title}" for i, (title, _, _) in enumerate(items)])
        if items:
            self.snippets.setCurrentRow(row if 0 <= row < len(items) else 0)

    def run_current(self) -> None:
        if self.snippets.currentRow() >= 0:
            # The first torch.optim snippet loads torch's compile support (a second or more).
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.runRequested.emit(self.snippets.currentRow())
            finally:
                QApplication.restoreOverrideCursor()

    def show_result(self, index: int, printed: str, changed: str) -> None:
        """What snippet `index` printed, exactly, and (as the app's comment) what it changed."""
        text = printed if printed else self.tr("(prints nothing)") + "\n"
        if changed:
            text += "\n# " + self.tr("the app: what this changed in the copy of your net") + "\n" + changed

        self.output.setPlainText(text)

    def _show_code(self, row: int) -> None:
        if 0 <= row < len(self._codes):
            self.code.setPlainText(self._codes[row])
            self.note.setText(self._notes[row])
            self.output.clear()
