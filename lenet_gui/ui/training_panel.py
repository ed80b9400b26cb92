"""Training controls: target, learning rate, step buttons, zero_grad switch, current loss."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import language
from .numbers import LocaleDoubleSpinBox, fmt, fmt_edit, fmt_int

DIGITS = tuple(str(d) for d in range(10))
RANDOM_TEXT = QT_TRANSLATE_NOOP("TrainingPanel", "random (tutorial)")
CUSTOM_TEXT = QT_TRANSLATE_NOOP("TrainingPanel", "custom…")
LR_MAX = 1000.0
# Arrow keys walk the 1-2-5 ladder: 0.0001, 0.0002, 0.0005, 0.001, … 500, 1000.
LR_LADDER = tuple(m * 10.0**e for e in range(-4, 3) for m in (1, 2, 5)) + (1000.0,)


class LrSpinBox(LocaleDoubleSpinBox):
    """A learning-rate box: any typed number (1e-3 too) the locale's way, arrows step along 1-2-5."""

    def __init__(self, parent=None):
        super().__init__(parent, clamp_high=True)  # too large: set to the maximum, which shows
        self.setDecimals(6)  # shows 0.0001 and keeps typed values down to 1e-6
        self.setRange(0.0, LR_MAX)

    def stepBy(self, steps: int) -> None:
        v = self.value()
        for _ in range(abs(steps)):
            if steps > 0:
                v = next((x for x in LR_LADDER if x > v * (1 + 1e-9)), LR_MAX)
            else:
                v = next((x for x in reversed(LR_LADDER) if x < v * (1 - 1e-9)), 0.0)
        self.setValue(v)

    def stepEnabled(self):
        flags = LocaleDoubleSpinBox.StepEnabledFlag.StepNone
        if self.value() < LR_MAX:
            flags |= LocaleDoubleSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > 0:
            flags |= LocaleDoubleSpinBox.StepEnabledFlag.StepDownEnabled
        return flags


class TrainingPanel(QWidget):
    """Controls for the tutorial's training step; shows the loss it is given."""

    stepRequested = Signal(int)
    """How many backprop steps to run now: 1 or 10."""
    playToggled = Signal(bool)
    """True: keep stepping (Play); False: stop (Pause)."""
    resetRequested = Signal()
    """Put the weights back to where they started."""
    targetChanged = Signal(str, object)
    """(spec, values): spec "0"…"9", "random" or "custom"; values a list of 10 floats for
    "custom", else None."""
    lrChanged = Signal(float)
    """The learning rate the user set, ≥ 0."""
    zeroGradChanged = Signal(bool)
    """Whether optimizer.zero_grad() runs before each step."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._custom_edited = False
        self._previous_spec = "0"
        self._loss: float | None = None
        self._steps = 0
        self._shown_spec = "0"

        self.target_selector = QComboBox(objectName="target_selector")
        self.target_selector.addItems([*DIGITS, RANDOM_TEXT, CUSTOM_TEXT])

        self.custom_box = QWidget(objectName="custom_target_editor")
        grid = QGridLayout(self.custom_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.custom_inputs: list[LocaleDoubleSpinBox] = []
        for d in range(10):
            spin = LocaleDoubleSpinBox(objectName=f"custom_target_{d}")
            spin.setRange(-100.0, 100.0)
            spin.setDecimals(3)
            spin.setSingleStep(0.1)
            language.texts(spin, lambda s=spin, d=d: s.setToolTip(self.tr("Target value for output {digit}").format(digit=d)))
            spin.valueChanged.connect(self._on_custom_edited)
            spin.inputProblem.connect(self._message)
            spin.tip_on_refusal = False  # the panel's message line says it
            label = QLabel(str(d))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, col = divmod(d, 5)
            grid.addWidget(label, row, 2 * col)
            grid.addWidget(spin, row, 2 * col + 1)
            self.custom_inputs.append(spin)
        self.custom_message = QLabel(objectName="custom_target_message")
        self.custom_message.setWordWrap(True)
        self.custom_message.setStyleSheet("color: #b00020;")
        self.custom_message.hide()
        self.custom_box.hide()

        self.lr_input = LrSpinBox()
        self.lr_input.setObjectName("lr_input")
        self.lr_input.setValue(0.01)

        self.lr_message = QLabel(objectName="lr_message")
        self.lr_message.setWordWrap(True)
        self.lr_message.setStyleSheet("color: #b00020;")
        self.lr_message.hide()
        self.lr_input.inputProblem.connect(self._lr_problem)
        self.lr_input.tip_on_refusal = False

        self.backprop_button = QPushButton(objectName="backprop_button")
        main = QFont(self.font())
        main.setBold(True)
        self.backprop_button.setFont(main)  # the lesson's main action stands out
        self.step10_button = QPushButton("×10", objectName="step10_button")
        self.play_button = QPushButton(objectName="play_button")
        self.play_button.setCheckable(True)
        self.reset_button = QPushButton(objectName="reset_button")
        self.zero_grad_checkbox = QCheckBox(objectName="zero_grad_checkbox")
        self.zero_grad_checkbox.setChecked(True)

        # The target in force, beside the buttons that train toward it: Space on a drawn 3
        # must not quietly train toward the default 0.
        self.target_readout = QLabel(objectName="target_readout")
        self.target_readout.setStyleSheet("color: #96146e; font-weight: bold;")
        self._show_target(self._previous_spec)
        self.loss_label = QLabel(objectName="loss_label")
        self.set_loss(None)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.8)
        big.setBold(True)
        self.loss_label.setFont(big)
        self.step_label = QLabel(objectName="step_label")
        self.set_step_count(0)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Both readouts change at every step. A label of fixed size does not make Qt redo the
        # layout of the panel and of the whole window on each new text, and an opaque one is
        # repainted alone, without the dock behind it.
        for label in (self.loss_label, self.step_label):
            label.setAutoFillBackground(True)
            label.installEventFilter(self)

        form = QFormLayout()
        self.target_label = QLabel()
        self.lr_label = QLabel()
        form.addRow(self.target_label, self.target_selector)
        form.addRow(self.custom_box)
        form.addRow(self.custom_message)
        form.addRow(self.lr_label, self.lr_input)
        form.addRow(self.lr_message)
        buttons = QHBoxLayout()
        for b in (self.backprop_button, self.step10_button, self.play_button, self.reset_button):
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            buttons.addWidget(b)
        readout = QHBoxLayout()
        readout.addWidget(self.loss_label)
        readout.addStretch(1)
        readout.addWidget(self.step_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        options = QHBoxLayout()
        options.addWidget(self.zero_grad_checkbox)
        options.addStretch(1)
        options.addWidget(self.target_readout)
        layout.addLayout(options)
        layout.addLayout(readout)
        layout.addStretch(1)

        self.target_selector.currentIndexChanged.connect(self._on_target_index)
        self.lr_input.valueChanged.connect(self._on_lr)
        self.backprop_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.step10_button.clicked.connect(lambda: self.stepRequested.emit(10))
        self.play_button.toggled.connect(self._on_play)
        self.reset_button.clicked.connect(self.resetRequested.emit)
        self.zero_grad_checkbox.toggled.connect(lambda on: self.zeroGradChanged.emit(bool(on)))
        language.texts(self, self._retranslate)

    def _retranslate(self) -> None:
        """Every fixed text of the panel, in the current language."""
        self.target_label.setText(self.tr("Target"))
        self.lr_label.setText(self.tr("Learning rate"))
        self.target_selector.setItemText(len(DIGITS), self.tr(RANDOM_TEXT))
        self.target_selector.setItemText(len(DIGITS) + 1, self.tr(CUSTOM_TEXT))
        self.target_selector.setToolTip(self.tr(
            "What the network should output (the target of the MSE loss):\n"
            "0–9: a one-hot vector, 1 for that digit and 0 elsewhere;\n"
            "random (tutorial): the tutorial's torch.randn(10) target, seeded;\n"
            "custom…: type ten numbers yourself."))
        self.lr_input.setToolTip(self.tr(
            "Learning rate: how far optimizer.step() moves each weight against its gradient\n"
            "(w ← w − lr·grad). Type any number (e.g. {example} or 1e-3); the arrows "
            "step 1-2-5.\nToo large and the loss explodes.").format(example=fmt_edit(0.003, 3)))
        self.backprop_button.setText(self.tr("Backprop step"))
        self.backprop_button.setToolTip(self.tr(
            "One training step, the tutorial's five lines:\n"
            "optimizer.zero_grad(); output = net(input); loss = criterion(output, target);\n"
            "loss.backward(); optimizer.step()\nShortcut: Space"))
        self.step10_button.setToolTip(self.tr("Ten backprop steps in a row"))
        self._show_playing(self.play_button.isChecked())
        self.reset_button.setText(self.tr("Reset weights"))
        self.reset_button.setToolTip(self.tr("Put every weight back to where it was before training"))
        self.zero_grad_checkbox.setText(self.tr("zero_grad before each step"))
        self.zero_grad_checkbox.setToolTip(self.tr(
            "Run optimizer.zero_grad() before each step. When off, loss.backward() adds the new\n"
            "gradients to the old ones, so they add up step after step and the updates grow."))
        self.target_readout.setToolTip(self.tr("The target each backprop step trains the output toward; "
                                               "change it with Target above"))
        self.loss_label.setToolTip(self.tr("The MSE loss of the last step, mean of (output − target)²;\n"
                                           "— until a step is taken with the current weights"))
        self.step_label.setToolTip(self.tr("How many backprop steps have been taken"))
        # The readouts in the new words: the last loss, step count and target again, and sized for them.
        self.set_loss(self._loss)
        self.set_step_count(self._steps)
        self._show_target(self._shown_spec)
        self._fit_readouts()

    # -- slots (no signal echo) ------------------------------------------------------------
    def set_loss(self, value: float | None) -> None:
        """The last step's loss; None: no step yet with the current weights ("loss —")."""
        self._loss = value
        if value is None:
            self.loss_label.setText(self.tr("loss —"))
            return
        try:
            v = float(value)
        except (TypeError, ValueError):
            v = math.nan
        if math.isfinite(v):
            self.loss_label.setText(self.tr("loss {value}").format(value=fmt(v)))
        else:
            self.loss_label.setText(self.tr("loss: diverged ({value})").format(value="nan" if math.isnan(v) else "inf"))

    def _fit_readouts(self) -> None:
        """Size the two readouts for their longest text in their current font."""
        for label, longest in ((self.loss_label, self.tr("loss: diverged ({value})").format(value="nan")),
                               (self.step_label, self.tr("step {count}").format(count=fmt_int(100_000_000)))):
            label.setFixedSize(label.fontMetrics().horizontalAdvance(longest) + 8,
                               label.fontMetrics().height() + 6)

    def eventFilter(self, watched, event) -> bool:
        # Presentation mode (a style sheet) or a new font: the fixed readouts grow with it.
        if watched in (self.loss_label, self.step_label) and event.type() == QEvent.Type.FontChange:
            self._fit_readouts()
        return super().eventFilter(watched, event)

    def set_step_count(self, n: int) -> None:
        self._steps = n
        self.step_label.setText(self.tr("step {count}").format(count=fmt_int(n)))

    def set_playing(self, playing: bool) -> None:
        self.play_button.blockSignals(True)
        self.play_button.setChecked(bool(playing))
        self.play_button.blockSignals(False)
        self._show_playing(bool(playing))

    def set_target(self, spec: str, values: list[float] | None = None) -> None:
        """Show a target; a bad spec or bad custom values get an inline message, no exception."""
        if spec in DIGITS:
            index = DIGITS.index(spec)
        elif spec == "random":
            index = len(DIGITS)
        elif spec == "custom":
            index = len(DIGITS) + 1
        else:
            self._message(self.tr("Unknown target {spec}: choose a digit, random or custom.").format(spec=repr(spec)))
            return
        if spec == "custom":
            checked = _ten_numbers(values)
            if isinstance(checked, str):
                self._message(checked)
            else:
                self._set_custom_values(checked)
                self._custom_edited = True
                self._message("")
        else:
            self._message("")
        self.target_selector.blockSignals(True)
        self.target_selector.setCurrentIndex(index)
        self.target_selector.blockSignals(False)
        self._previous_spec = spec
        self.custom_box.setVisible(spec == "custom")
        self._show_target(spec)

    def set_lr(self, lr: float) -> None:
        self.lr_input.blockSignals(True)
        self.lr_input.setValue(float(lr))
        self.lr_input.blockSignals(False)

    def set_zero_grad(self, on: bool) -> None:
        self.zero_grad_checkbox.blockSignals(True)
        self.zero_grad_checkbox.setChecked(bool(on))
        self.zero_grad_checkbox.blockSignals(False)

    # -- queries ---------------------------------------------------------------------------
    def current_target(self) -> tuple[str, list[float] | None]:
        spec = self._spec_at(self.target_selector.currentIndex())
        return spec, (self.custom_values() if spec == "custom" else None)

    def custom_values(self) -> list[float]:
        return [float(s.value()) for s in self.custom_inputs]

    def lr(self) -> float:
        return float(self.lr_input.value())

    # -- internals -------------------------------------------------------------------------
    def _spec_at(self, index: int) -> str:
        if index < len(DIGITS):
            return DIGITS[index]
        return "random" if index == len(DIGITS) else "custom"

    def _on_target_index(self, index: int) -> None:
        spec = self._spec_at(index)
        if spec == "custom" and not self._custom_edited and self._previous_spec in DIGITS:
            # Start from the one-hot target the student had, so the edit is a small change.
            values = [0.0] * 10
            values[int(self._previous_spec)] = 1.0
            self._set_custom_values(values)
        self._previous_spec = spec
        self.custom_box.setVisible(spec == "custom")
        self._message("")
        self._show_target(spec)
        self.targetChanged.emit(*self.current_target())

    def _on_custom_edited(self) -> None:
        self._custom_edited = True
        if self.target_selector.currentIndex() == len(DIGITS) + 1:
            self._message("")
            self.targetChanged.emit("custom", self.custom_values())

    def _set_custom_values(self, values: list[float]) -> None:
        for spin, v in zip(self.custom_inputs, values, strict=True):
            spin.blockSignals(True)
            spin.setValue(v)
            spin.blockSignals(False)

    def target_text(self) -> str:
        """The target in force as the panel shows it beside the buttons."""
        return self.target_readout.text()

    def _show_target(self, spec: str) -> None:
        self._shown_spec = spec
        shown = {"random": self.tr("random"), "custom": self.tr("custom")}.get(spec, spec)
        self.target_readout.setText(self.tr("→ target {spec}").format(spec=shown))

    def _lr_problem(self, text: str) -> None:
        self.lr_message.setText(text)
        self.lr_message.setVisible(bool(text))

    def _message(self, text: str) -> None:
        self.custom_message.setText(text)
        self.custom_message.setVisible(bool(text))

    def _on_lr(self, value: float) -> None:
        self._lr_problem("")
        self.lrChanged.emit(float(value))

    def _on_play(self, checked: bool) -> None:
        self._show_playing(checked)
        self.playToggled.emit(bool(checked))

    def _show_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Stop stepping") if playing
                                    else self.tr("Keep taking backprop steps until paused"))

        # Single steps while playing would only interleave with the timer's steps.
        self.backprop_button.setEnabled(not playing)
        self.step10_button.setEnabled(not playing)


def _ten_numbers(values) -> list[float] | str:
    """Ten finite floats within the editor's range, or a message saying what is wrong."""
    if values is None:
        return QCoreApplication.translate("TrainingPanel", "A custom target needs ten numbers, one for each digit 0–9.")
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return QCoreApplication.translate("TrainingPanel", "A custom target needs ten numbers; some of these are not numbers.")
    if len(numbers) != 10:
        return QCoreApplication.translate("TrainingPanel", "A custom target needs exactly ten numbers, got {count}.").format(count=len(numbers))
    if not all(math.isfinite(v) for v in numbers):
        return QCoreApplication.translate("TrainingPanel", "A custom target's numbers must be finite (no nan or inf).")
    if any(abs(v) > 100 for v in numbers):
        return QCoreApplication.translate("TrainingPanel", "Custom target values must lie between −100 and 100.")
    return numbers
