"""Gradients after the last step: one bar per parameter tensor, and one weight's update spelled out."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from . import language
from .numbers import fmt, fmt_apart

# The longest bar, in block characters: with 24 the table was wider than the panel on a
# 1366×768 laptop, and the scroll bar under it took a row's height too.
BAR_CELLS = 16
_GAP = "style='padding-right: 12px'"  # between columns (the rows have no spacing)


def _num(v: float) -> str:
    return fmt(v, 4)


class GradientView(QWidget):
    """Shows ‖grad‖ of every parameter, a watched gradient vector and w ← w − lr·grad for one weight."""

    inspectChanged = Signal(str)
    """The parameter name (e.g. "conv1.bias") whose element 0 the user wants to follow."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gradient_view")
        self.table = QLabel(objectName="gradient_table")
        self.watch = QLabel(objectName="gradient_watch")
        self.watch.setWordWrap(True)
        self.selector = QComboBox(objectName="inspect_selector")
        self.update_text = QLabel(objectName="weight_update")
        self.update_text.setWordWrap(True)
        self.set_presentation(False)
        follow = QLabel()
        language.texts(self, lambda: (
            self.table.setToolTip(self.tr("Size of each parameter's gradient after the last backward(): "
                                          "how hard the step pushed each tensor.")),
            self.watch.setToolTip(self.tr("With zero_grad switched off, these numbers grow step after step: "
                                          "backward() adds to .grad instead of replacing it.")),
            self.selector.setToolTip(self.tr("Pick a parameter tensor; its first element's update is spelled out below")),
            self.update_text.setToolTip(self.tr("What optimizer.step() did to this one number: new = old − lr × grad")),
            follow.setText(self.tr("Follow one weight:"))))
        row = QHBoxLayout()
        row.addWidget(follow)
        row.addWidget(self.selector, 1)
        layout = QVBoxLayout(self)
        # The watched vector first: the zero_grad lesson reads it step after step, and below the
        # ten bars it was out of sight on a 1366×768 laptop.
        layout.addWidget(self.watch)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.update_text)
        layout.addStretch(1)
        self.selector.currentTextChanged.connect(self._on_selected)
        self._silent = False
        self._names: list[str] = []
        self.set_gradients([])
        self.set_update(None)

    def set_presentation(self, on: bool) -> None:
        """The numbers a little larger than the window's text; in presentation mode as large as
        the rest (a size of their own would keep them small on the projector)."""
        for label in (self.table, self.watch, self.update_text):
            label.setStyleSheet("" if on else "font-size: 12pt;")

    def set_parameters(self, names: list[str], current: str) -> None:
        """The parameter names to choose from (no signal echo)."""
        names = list(names)
        if names == self._names and current == self.selector.currentText():
            return  # refilling the box at every refresh would relayout the panel for nothing
        self._names = names
        self._silent = True
        self.selector.clear()
        self.selector.addItems(names)
        if current in names:
            self.selector.setCurrentText(current)
        self._silent = False

    def set_gradients(self, rows: list[tuple[str, tuple[int, ...], float]], watch_name: str = "",
                      watch: np.ndarray | None = None) -> None:
        """rows: (parameter name, shape, gradient norm); watch: a small gradient shown in full."""
        finite = [n for _, _, n in rows if math.isfinite(n)]
        top = max(finite) if finite and max(finite) > 0 else 1.0
        # Rows as close as lines of text, not 4 px of cell spacing apart: all ten parameters
        # then fit the panel's height on a 1366×768 laptop, fc3 included.
        lines = ["<table cellspacing=0 cellpadding=0>",
                 f"<tr><th align=left {_GAP}>" + self.tr("parameter") + f"</th><th align=left {_GAP}>"
                 + self.tr("shape") + f"</th><th align=left {_GAP}>‖grad‖</th><th></th></tr>"]
        for name, shape, norm in rows:
            cells = int(round(BAR_CELLS * norm / top)) if math.isfinite(norm) else BAR_CELLS
            bar = "█" * cells or "·"
            lines.append(
                f"<tr><td {_GAP}><tt>{name}</tt></td><td {_GAP}>{tuple(shape)}</td>"
                f"<td align=right {_GAP}>{_num(norm)}</td><td><font color='#3b6fb6'>{bar}</font></td></tr>"
            )
        lines.append("</table>")
        self.table.setText("".join(lines) if rows else self.tr("Gradients appear after the first Backprop step."))
        if watch is not None and watch.size:
            # A comma between numbers that have decimal commas would read as one number.
            sep = "; " if QLocale().decimalPoint() == "," else ", "
            values = sep.join(("+" if v >= 0 else "") + fmt(v, 3)
                              for v in np.asarray(watch, dtype=float).ravel()[:12])
            self.watch.setText(f"<tt>{watch_name}.grad</tt> = [{values}]")
        else:
            self.watch.setText("")

    def set_update(self, update: dict | None) -> None:
        """update: name, old, grad, lr, new (floats) for one weight, or None before any step."""
        if not update:
            self.update_text.setText(self.tr("Step once to see how one weight changes."))
            return
        u = update
        # As many digits as it takes for new and old to differ on screen: rounded to the
        # same four, "0.2235 = 0.2235 − 0.01 × 0.00371" says the step did nothing.
        new, old = fmt_apart(u["new"], u["old"])
        self.update_text.setText(
            f"<tt>{u['name']}</tt>: " + self.tr("new = old − lr × grad") + "<br>"

            f"<b>{new}</b> = {old} − {_num(u['lr'])} × {_num(u['grad'])}"
        )

    def _on_selected(self, name: str) -> None:
        if not self._silent and name:
            self.inspectChanged.emit(name)
