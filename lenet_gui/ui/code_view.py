"""The code the net really runs (lenet_gui/tutorial.py for the tutorial), with what just ran highlighted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from . import language

STAGE_COLOUR = "#fff3b0"
STEP_COLOUR = "#c8f0c8"
SKIPPED_COLOUR = "#f6c6c0"  # zero_grad switched off: the line that does not run


class CodeView(QWidget):
    """Read-only source; highlight_line() marks a stage's line, highlight_training() a step's."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        font = QFont("monospace")
        font.setStyleHint(QFont.Monospace)
        self.file_label = QLabel(objectName="code_file")

        # A box, not a label: print(net)'s long lines must not set the panel's minimum width.
        self.layers_label = QPlainTextEdit(objectName="code_layers", readOnly=True)
        self.layers_label.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.layers_label.setFont(font)
        self.layers_label.setFixedHeight(self.layers_label.fontMetrics().lineSpacing() * 7 + 10)

        self.editor = QPlainTextEdit(objectName="code_view")
        self.editor.setReadOnly(True)
        self.editor.setLineWrapMode(QPlainTextEdit.NoWrap)
        font.setPointSize(12)
        self.editor.setFont(font)

        self.training_label = QLabel(objectName="code_training", wordWrap=True)
        # The boxes have frames, the labels none: a small inset keeps their text off the panel's
        # edge and, below, off the tab bar.
        self.file_label.setContentsMargins(4, 2, 4, 0)
        self.training_label.setContentsMargins(4, 2, 4, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_label)
        layout.addWidget(self.layers_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.training_label)
        self._file = ""
        self._first = 1
        self._training: tuple[int, ...] = ()
        self._zero_grad = True
        self._lr = 0.01
        self._marked: list[tuple[int, str]] = []
        language.texts(self, self._retranslate)

    def _retranslate(self) -> None:
        self.file_label.setToolTip(self.tr("The file this code is read from: open it in an editor to change the net."))
        self.layers_label.setToolTip(self.tr("print(net): the layers as this net really built them"))
        self.editor.setToolTip(self.tr("The code the net runs. Highlighted: the line that produced what you are "
                                       "looking at, or the training step that just ran."))
        self._show_training()

    def set_source(self, text: str, file: str, first_line: int, training_lines: tuple[int, ...],
                   layers: str) -> None:
        """Show text, which starts at line first_line of file; training_lines are the step's lines."""
        if (text, file, first_line) != (self.editor.toPlainText(), self._file, self._first):
            self.editor.setPlainText(text)
        self._file, self._first, self._training = file, first_line, tuple(training_lines)
        self.file_label.setText(f"<b>{file.rsplit('/', 1)[-1]}</b>" if file else "")
        self.layers_label.setPlainText("print(net):\n" + layers)
        self._marked = []
        self._apply()

    def set_training(self, lr: float, zero_grad: bool) -> None:
        """The learning rate in use, and whether zero_grad runs (off: its line is marked as skipped)."""
        if (lr, zero_grad) != (self._lr, self._zero_grad):
            self._lr, self._zero_grad = lr, zero_grad
            self._show_training()

    def highlight_line(self, file: str, line: int) -> None:
        """Mark line `line` of file (a Stage's file and line), or nothing if this view does not hold it."""
        held = file == self._file and 0 <= line - self._first < self.editor.blockCount()
        self._marked = [(line, STAGE_COLOUR)] if held and line > 0 else []
        self._apply()

    def highlight_training(self) -> None:
        """Mark the lines of the training step that just ran."""
        marked = [(line, STEP_COLOUR) for line in self._training]
        if marked and not self._zero_grad:
            marked[0] = (self._training[0], SKIPPED_COLOUR)
        if marked != self._marked:  # called at every step; same marks, nothing to redo
            self._marked = marked
            self._apply()

    def marked_lines(self) -> list[int]:
        """The file line numbers marked now."""
        return [line for line, _ in self._marked]

    def line_text(self, line: int) -> str:
        """What the view shows for the file's line `line`."""
        block = self.editor.document().findBlockByNumber(line - self._first)
        return block.text() if block.isValid() else ""

    def _show_training(self) -> None:
        state = self.tr("zero_grad on") if self._zero_grad else self.tr(
            "zero_grad OFF: the marked line is skipped, gradients add up")
        self.training_label.setText(f"optimizer = optim.SGD(net.parameters(), lr={self._lr:g})   ·   " + state)

        if self._marked and self._training and self._marked[0][0] == self._training[0]:
            self._marked = []
            self.highlight_training()

    def _apply(self) -> None:
        selections = []
        for line, colour in self._marked:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(colour))
            fmt.setProperty(QTextFormat.FullWidthSelection, True)
            sel.format = fmt
            sel.cursor = QTextCursor(self.editor.document().findBlockByNumber(line - self._first))
            selections.append(sel)
        self.editor.setExtraSelections(selections)
        if self._marked:
            block = self.editor.document().findBlockByNumber(self._marked[0][0] - self._first)
            cursor = QTextCursor(block)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
