"""The tutorial's own code beside the panels, with the lines that just ran highlighted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

# Line numbers (0-based) in the text below; the main window maps stages and steps onto them.
FORWARD_FIRST = 11  # "x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))" is forward line 1
TRAIN_FIRST = 23  # "optimizer.zero_grad()"; the five training lines follow


def tutorial_code(kernel: int, flat: int, side: int) -> str:
    """The network and training step as the tutorial writes them, for the given kernel size."""
    return f"""\
class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, {kernel})
        self.conv2 = nn.Conv2d(6, 16, {kernel})
        self.fc1 = nn.Linear(16 * {side} * {side}, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        # x: (1, 1, 32, 32)
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, {flat})
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x

net = Net()
optimizer = optim.SGD(net.parameters(), lr=0.01)
criterion = nn.MSELoss()

optimizer.zero_grad()   # zero the gradient buffers
output = net(input)
loss = criterion(output, target)
loss.backward()
optimizer.step()        # does the update
"""


class CodeView(QWidget):
    """Read-only tutorial code; highlight_forward() and highlight_training() mark what ran."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = QPlainTextEdit(objectName="code_view")
        self.editor.setReadOnly(True)
        self.editor.setLineWrapMode(QPlainTextEdit.NoWrap)
        font = QFont("monospace")
        font.setStyleHint(QFont.Monospace)
        font.setPointSize(12)
        self.editor.setFont(font)
        self.editor.setToolTip("The tutorial's code. Highlighted: the lines that produced what you are looking at.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self._lr = 0.01
        self._zero_grad = True
        self._arch = (3, 576, 6)
        self._marked: list[tuple[int, str]] = []
        self._render()

    def set_arch(self, kernel: int, flat: int, side: int) -> None:
        self._arch = (kernel, flat, side)
        self._render()

    def set_training(self, lr: float, zero_grad: bool) -> None:
        """Show the learning rate in use, and zero_grad commented out when it is switched off."""
        if (lr, zero_grad) != (self._lr, self._zero_grad):
            self._lr, self._zero_grad = lr, zero_grad
            self._render()

    def highlight_forward(self, line: int) -> None:
        """Mark forward() line `line` (1–6, as Stage.line), or nothing for 0."""
        self._marked = [(FORWARD_FIRST + line - 1, "#fff3b0")] if line > 0 else []
        self._apply()

    def highlight_training(self) -> None:
        """Mark the five lines of the training step that just ran."""
        marked = [(TRAIN_FIRST + i, "#c8f0c8") for i in range(5)]
        if not self._zero_grad:
            marked[0] = (TRAIN_FIRST, "#f6c6c0")
        if marked != self._marked:  # called at every step; same marks, nothing to redo
            self._marked = marked
            self._apply()

    def marked_lines(self) -> list[int]:
        return [line for line, _ in self._marked]

    def _render(self) -> None:
        text = tutorial_code(*self._arch)
        text = text.replace("lr=0.01", f"lr={self._lr:g}")
        if not self._zero_grad:
            text = text.replace("optimizer.zero_grad()   # zero", "# optimizer.zero_grad()  # OFF: gradients add up! zero")
        self.editor.setPlainText(text)
        self._apply()

    def _apply(self) -> None:
        selections = []
        for line, colour in self._marked:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(colour))
            fmt.setProperty(QTextFormat.FullWidthSelection, True)
            sel.format = fmt
            cursor = QTextCursor(self.editor.document().findBlockByNumber(line))
            sel.cursor = cursor
            selections.append(sel)
        self.editor.setExtraSelections(selections)
