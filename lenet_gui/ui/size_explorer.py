"""“What if the input were N×N?” — the shape arithmetic of the tutorial's 32×32 choice, live."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from . import language
from .numbers import LocaleSpinBox

OK_COLOUR, BAD_COLOUR = "#1b5e20", "#b3261e"


class SizeExplorer(QWidget):
    """A spin box for the input side and the verdict the main window computes for it."""

    sizeChanged = Signal(int)
    """The input side length (pixels) the student wants to try."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("size_explorer")
        self.size_input = LocaleSpinBox(objectName="input_size")
        self.size_input.setRange(1, 128)
        self.size_input.setValue(32)
        self.size_input.setSuffix(" px")
        self.verdict = QLabel(objectName="size_verdict")
        self.verdict.setWordWrap(True)
        before, after = QLabel(), QLabel()
        language.texts(self, lambda: (
            self.size_input.setToolTip(self.tr("Try another input size: why does the tutorial use 32×32?")),
            self.verdict.setToolTip(self.tr("The shapes a square input of this size would go through")),
            before.setText(self.tr("What if the input were")),
            after.setText(self.tr("square?"))))
        row = QHBoxLayout()
        row.addWidget(before)
        row.addWidget(self.size_input)
        row.addWidget(after)

        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        self.size_input.valueChanged.connect(self.sizeChanged)
        self.size_input.inputProblem.connect(self._refused)
        self.size_input.tip_on_refusal = False  # the verdict line says it
        self._verdict: tuple[str, bool] = ("", True)
        self._presenting = False
        self._works = True  # the verdict's colour: green, or red for a size that breaks or a refusal

    def set_presentation(self, on: bool) -> None:
        """The verdict a little larger than the window's text; in presentation mode as large as
        the rest (a size of its own would keep it small on the projector)."""
        self._presenting = bool(on)
        self._style(self._works)

    def _style(self, works: bool) -> None:
        self._works = works
        size = "" if self._presenting else " font-size: 12pt;"
        self.verdict.setStyleSheet(f"color: {OK_COLOUR if works else BAD_COLOUR};{size}")

    def side(self) -> int:
        return self.size_input.value()

    def set_verdict(self, text: str, works: bool) -> None:
        self._verdict = (text, works)
        self.verdict.setText(text)
        self._style(works)

    def _refused(self, message: str) -> None:
        """Typed text that is no size: say so where the verdict goes, until a size is taken."""
        if message:
            self.verdict.setText(message)
            self._style(False)
        else:
            self.set_verdict(*self._verdict)
