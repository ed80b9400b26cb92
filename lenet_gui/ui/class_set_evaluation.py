"""How well the net recognises the class set: accuracy per digit, confusion heat map, mistakes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import numpy as np
import torch
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.classset import ClassSet, ClassSetError
from ..core.evaluate import NO_DIGIT, Evaluation, evaluate
from . import language
from .background_job import BackgroundJob
from .language import tr_core

HOLDOUT_FRACTION = 0.2
HOLDOUT_SEED = 0  # fixed: every laptop holds out the same drawings of a shared class set
THUMB = 40
MAX_SHOWN = 200  # misclassified drawings listed at most (each has a thumbnail)
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(eq=False)
class Report:
    """One evaluation of the class set, as the panel shows it."""

    ids: list[str]  # entry id of each evaluated drawing, in evaluation order
    evaluation: Evaluation  # every readable drawing
    held_out: frozenset[str] | None  # ids held out for testing, None when nothing is held out
    skipped: int = 0  # damaged drawings left out
    thumbnails: dict[str, QImage] = field(default_factory=dict)  # of the listed mistakes

    def part(self, held: bool) -> Evaluation:
        """The trained-on (held=False) or held-out (held=True) drawings' results."""
        chosen = self.held_out or frozenset()
        return self.evaluation.subset([i for i, id_ in enumerate(self.ids) if (id_ in chosen) == held])


class ClassSetEvaluation(QWidget):
    """The Evaluate button and its results; the main window runs the job and loads drawings."""

    evaluateRequested = Signal()
    """Run the current net on every class-set drawing."""
    cancelRequested = Signal()
    """Stop the evaluation that is running."""
    loadRequested = Signal(str)
    """Put the drawing with this id on the canvas (a misclassified drawing was clicked)."""
    holdoutChanged = Signal(bool)
    """The “hold out 20 %” box was toggled by the user."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("class_set_evaluation")
        self._running = False
        self._report: Report | None = None

        self.evaluate_button = QPushButton(objectName="evaluate_class_set_button")
        self.holdout_check = QCheckBox(objectName="holdout_checkbox")
        self.holdout_info = QLabel(objectName="holdout_info")
        self.holdout_info.setWordWrap(True)
        self._holdout_counts = (0, 0)
        self._message = ""
        self.outdated_label = QLabel(objectName="evaluation_outdated")
        self.outdated_label.setStyleSheet("color: #8a4b00;")
        self.outdated_label.hide()
        self.progress = QProgressBar(objectName="evaluation_progress")
        self.progress.hide()
        self.summary = QLabel(objectName="evaluation_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        bigger = self.summary.font()
        bigger.setPointSizeF(max(bigger.pointSizeF(), 9.0) * 1.15)
        bigger.setBold(True)
        self.summary.setFont(bigger)

        self.per_digit = QTableWidget(1, 11, objectName="per_digit_accuracy")
        self.confusion = QTableWidget(10, 10, objectName="confusion_matrix")
        self.confusion.setHorizontalHeaderLabels([str(d) for d in range(10)])  # what the net said
        for table in (self.per_digit, self.confusion):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            # Tab moves on to the next control: a table's default walks its cells in a circle.
            table.setTabKeyNavigation(False)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 4)
        # All ten rows always in view, however short the dock: the heat map is read at a glance.
        # Its smallest height is ten rows one pixel taller than a line of text, under the header.
        self.confusion.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.confusion.verticalHeader().setMinimumSectionSize(self.confusion.fontMetrics().height())
        self.confusion.setMinimumHeight(self.confusion.horizontalHeader().sizeHint().height()
                                        + 10 * (self.confusion.fontMetrics().height() + 1)
                                        + 2 * self.confusion.frameWidth())
        self._fit_per_digit()

        self.misses_caption = QLabel(objectName="misclassified_caption")
        self.misses_caption.setWordWrap(True)
        self.misses = QListWidget(objectName="misclassified_list")
        self.misses.setIconSize(QSize(THUMB, THUMB))
        self.misses.setMinimumHeight(THUMB + 8)  # one drawing; the column is as tall as the heat map
        # Neither asks for more than its smallest height (a table's own wish is 192 px): the
        # panel fits a short dock, and grows them when the dock is taller.
        for view in (self.confusion, self.misses):
            view.setSizePolicy(view.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)

        # The panel sits in a scroll area in a dock that a 1366×768 laptop gives about 310 px:
        # only what must be read above the heat map is stacked there, so that its ten rows,
        # "true 0" to "true 9", are in sight without scrolling, even with “Hold out” ticked and
        # the results outdated. The progress bar takes the room beside the buttons; the
        # held-out count goes above the mistakes, which it is about.
        top = QHBoxLayout()
        top.addWidget(self.evaluate_button)
        top.addWidget(self.holdout_check)
        top.addWidget(self.progress, 1)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.outdated_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.per_digit)
        # Heat map and mistakes side by side: a 1366×768 laptop's dock is wider than tall.
        mistakes = QWidget()
        column = QVBoxLayout(mistakes)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.holdout_info)
        column.addWidget(self.misses_caption)
        column.addWidget(self.misses, 1)
        # In a box of its own: a splitter reads its parts' wishes without their size policy, a
        # layout with it. (The splitter itself keeps an honest wish, its smallest height: when
        # the dock is shorter still, the dock's scroll bar appears instead of the rows being cut.)
        heat = QWidget()
        heat_box = QVBoxLayout(heat)
        heat_box.setContentsMargins(0, 0, 0, 0)
        heat_box.addWidget(self.confusion)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(heat)
        split.addWidget(mistakes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self.evaluate_button.clicked.connect(self._on_evaluate)
        self.holdout_check.toggled.connect(self.holdoutChanged.emit)
        self.misses.itemClicked.connect(lambda item: self.loadRequested.emit(item.data(ID_ROLE)))
        self.misses.itemActivated.connect(lambda item: self.loadRequested.emit(item.data(ID_ROLE)))
        self.set_running(False)
        self.set_holdout_info(0, 0)
        self._show(None)
        language.texts(self, self._retranslate)

    def _retranslate(self) -> None:
        self.holdout_check.setText(self.tr("Hold out {percent} for testing").format(
            percent=_percent(HOLDOUT_FRACTION)))
        self.holdout_check.setToolTip(self.tr(
            "Keep about one drawing in five out of “Train on class set” (always the same ones), "
            "so the evaluation shows how well the net does on drawings it never learned from"))
        self.outdated_label.setText(self.tr("The class set has changed since: press “Evaluate on class set” again."))
        self.progress.setFormat(self.tr("Evaluating %v / %m"))
        self.per_digit.setHorizontalHeaderLabels([self.tr("all")] + [str(d) for d in range(10)])
        self.per_digit.setToolTip(self.tr("Accuracy for each digit: the share of its drawings the net recognised"))
        self.confusion.setToolTip(self.tr("Row: the true digit. Column: what the net said. The diagonal "
                                          "(green) is right; red cells are mistakes, darker for more."))
        self.confusion.setVerticalHeaderLabels([self.tr("true {digit}").format(digit=d) for d in range(10)])
        self.misses.setToolTip(self.tr("The drawings the net got wrong, most confident mistakes first; "
                                       "click one to put it on the canvas"))
        self.set_running(self._running)
        self.set_holdout_info(*self._holdout_counts)
        if self._report is not None:
            outdated = self.outdated_label.isVisible()
            self._show(self._report)
            self.set_outdated(outdated)
        else:
            self.summary.setText(self._message or self.tr(
                "Press “Evaluate on class set” to see how well the current net recognises the class's drawings."))

    # -- slots -----------------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        """While evaluating, the button stops the evaluation instead."""
        self._running = bool(running)
        self.evaluate_button.setText(self.tr("Stop evaluating") if running else self.tr("Evaluate on class set"))
        self.evaluate_button.setToolTip(
            self.tr("Stop the evaluation") if running else
            self.tr("Run the current net on every drawing of the class set: accuracy per digit, which "
                    "digits it confuses, and the drawings it gets wrong"))
        self.holdout_check.setEnabled(not running)
        if not running:
            self.progress.hide()

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.hide()
            return
        self.progress.setRange(0, int(total))
        self.progress.setValue(max(0, min(int(done), int(total))))
        self.progress.show()

    def set_holdout(self, on: bool) -> None:
        """Tick or untick “hold out” without asking for anything (restoring the setting)."""
        self.holdout_check.blockSignals(True)
        self.holdout_check.setChecked(bool(on))
        self.holdout_check.blockSignals(False)

    def holdout(self) -> bool:
        return self.holdout_check.isChecked()

    def set_holdout_info(self, held: int, total: int) -> None:
        """How many drawings are held out (shown only while holding out)."""
        self._holdout_counts = (held, total)
        if not self.holdout() or total == 0:
            self.holdout_info.hide()
            return
        self.holdout_info.setText(
            self.tr("%n of {total} drawings are held out for testing (marked “test” in the Class set "
                    "list): “Train on class set” never trains on them.", "", held).format(total=total))
        self.holdout_info.show()

    def set_message(self, text: str) -> None:
        """A sentence instead of results (nothing to evaluate, evaluation failed or stopped)."""
        self._show(None)
        self._message = text
        self.summary.setText(text)

    def show_report(self, report: Report) -> None:
        self._show(report)

    def set_outdated(self, outdated: bool) -> None:
        """Say that the results shown are for drawings that have changed since."""
        self.outdated_label.setVisible(bool(outdated) and self._report is not None)

    # -- queries ---------------------------------------------------------------------------
    def report(self) -> Report | None:
        """The results shown, if any."""
        return self._report

    def misclassified_ids(self) -> list[str]:
        """Entry ids of the listed mistakes, in list order."""
        return [self.misses.item(i).data(ID_ROLE) for i in range(self.misses.count())]

    # -- internals -------------------------------------------------------------------------
    def _on_evaluate(self) -> None:
        (self.cancelRequested if self._running else self.evaluateRequested).emit()

    def _show(self, report: Report | None) -> None:
        self._report = report
        self.outdated_label.hide()
        self.misses.clear()
        for table in (self.per_digit, self.confusion):
            table.clearContents()
        if report is None:
            self.per_digit.setRowCount(1)
            self.per_digit.setVerticalHeaderLabels([""])
            self._fit_per_digit()
            self.misses_caption.setText("")
            return
        ev = report.evaluation
        if report.held_out is not None:
            parts = [(self.tr("trained on"), report.part(False)), (self.tr("held out"), report.part(True))]
        else:
            parts = [(self.tr("all drawings"), ev)]
        colon = self.tr(": ")  # (French puts a space before it; not inside the f-string, where lupdate misses it)
        self.summary.setText("      ".join(f"{name[:1].upper() + name[1:]}{colon}{self._summary(p)}"
                                           for name, p in parts)
                             + ("      " + self.tr("(%n damaged drawings left out)", "", report.skipped)
                                if report.skipped else ""))
        self.per_digit.setRowCount(len(parts))
        self.per_digit.setVerticalHeaderLabels([name for name, _ in parts])
        self._fit_per_digit()
        for row, (_, p) in enumerate(parts):
            cells = [(p.accuracy, p.correct, p.total)] + [
                (p.per_digit_accuracy[d], int(p.correct_per_digit[d]), int(p.counts[d])) for d in range(10)]
            for col, (acc, right, n) in enumerate(cells):
                item = QTableWidgetItem(_percent(acc))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(self.tr("{right} of {total} recognised").format(right=right, total=n) if n
                                else self.tr("no drawing"))
                if n and acc < 1:  # only digits with mistakes are tinted, redder for more
                    _paint(item, _heat(1.0 - acc, diagonal=False))
                self.per_digit.setItem(row, col, item)
        self._fill_confusion(ev.confusion)

        misses = ev.misclassified
        held = report.held_out or frozenset()
        self.misses_caption.setText(
            self.tr("%n drawings misclassified", "", len(misses))
            # Counted as wrong and in no cell of the heat map: said, not hidden.
            + (self.tr(" (%n of them named no digit)", "", ev.no_prediction) if ev.no_prediction else "")
            + (self.tr(" (the {count} most confident listed)").format(count=MAX_SHOWN) if len(misses) > MAX_SHOWN else "")
            + (self.tr(": click one to put it on the canvas.") if misses else self.tr(".")))
        for m in misses[:MAX_SHOWN]:
            id_ = report.ids[m.index]
            # All nan, nothing above -inf, or a tie at +inf: the Output panel's "prediction: –".
            said = (self.tr("no digit (no single largest output: nan or ±inf)") if m.predicted == NO_DIGIT
                    else f"{m.predicted} ({_number(m.confidence)})")
            text = (self.tr("true {digit} → said {said}").format(digit=m.true, said=said)
                    + (self.tr("   · held out") if id_ in held else ""))
            thumb = report.thumbnails.get(id_)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(thumb)) if thumb is not None else QIcon(), text)
            item.setData(ID_ROLE, id_)
            item.setToolTip(self.tr("Click to put this drawing on the canvas"))
            self.misses.addItem(item)

    def _summary(self, ev: Evaluation) -> str:
        if ev.total == 0:
            return self.tr("no drawing")
        return self.tr("{percent} ({right} of {total})").format(percent=_percent(ev.accuracy),
                                                                right=ev.correct, total=ev.total)

    def _fit_per_digit(self) -> None:

        """Exactly as tall as its rows: no empty space under one or two lines of figures."""
        t = self.per_digit
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + t.verticalHeader().length()
                         + 2 * t.frameWidth())

    def _fill_confusion(self, confusion: np.ndarray) -> None:
        rows = confusion.sum(axis=1)
        for t in range(10):
            for p in range(10):
                n = int(confusion[t, p])
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                share = n / rows[t] if rows[t] else 0.0
                item.setToolTip(self.tr("%n drawings of {true} recognised as {said}", "", n).format(true=t, said=p))
                if n:
                    _paint(item, _heat(share, diagonal=t == p))
                self.confusion.setItem(t, p, item)


def _heat(share: float, diagonal: bool) -> QColor:
    """Light to dark as share goes 0 → 1: green on the diagonal (right), red off it (wrong)."""
    share = float(np.clip(np.nan_to_num(share), 0.0, 1.0))
    hue = 120 if diagonal else 0
    return QColor.fromHsv(hue, int(40 + 200 * share), int(250 - 110 * share))


def _paint(item: QTableWidgetItem, colour: QColor) -> None:
    """A cell's background, with text that stays readable on it (white on dark)."""
    item.setBackground(QBrush(colour))
    item.setForeground(QBrush(QColor("white" if colour.lightness() < 128 else "black")))


def _percent(value: float) -> str:
    if not np.isfinite(value):
        return "–"
    return QLocale().toString(100.0 * value, "f", 0) + " %"


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 2) if np.isfinite(value) else str(value)





def thumbnail(image: np.ndarray) -> QImage:
    """A small QImage of a uint8 drawing (safe in a worker thread)."""
    a = np.ascontiguousarray(image, dtype=np.uint8)
    h, w = a.shape
    return QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy().scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class ClassSetEvaluationJob(BackgroundJob):
    """Evaluates a copy of the net on the class set in a worker thread; signals arrive in the GUI thread.

    Drawings are read from their files batch by batch, so a class set of thousands of drawings
    neither freezes the window nor sits in memory all at once. succeeded carries the Report.
    """

    def __init__(self, class_set: ClassSet, net: torch.nn.Module, held_out: Collection[str] | None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.class_set = class_set
        self.net = net  # a copy: training may go on meanwhile
        self.held_out = frozenset(held_out) if held_out is not None else None

    def failure(self, err: Exception) -> tuple[str, bool]:
        if isinstance(err, InterruptedError):
            return QCoreApplication.translate("ClassSetEvaluation", "Evaluation stopped."), True
        return QCoreApplication.translate("ClassSetEvaluation", "The evaluation failed ({kind}: {problem}).").format(
            kind=type(err).__name__, problem=tr_core(err)), False

    def work(self) -> Report:
        entries = self.class_set.entries()
        images = _Drawings(self.class_set, [e.id for e in entries])
        ev = evaluate(self.net, images, [e.label for e in entries], progress=self.progress,
                      cancelled=self.cancelled)
        readable = [i for i in range(len(entries)) if i not in images.damaged]
        ev = ev.subset(readable)
        ids = [e.id for e in entries]
        thumbs = {}
        for m in ev.misclassified[:MAX_SHOWN]:
            if self.cancelled():
                raise InterruptedError
            try:
                thumbs[ids[m.index]] = thumbnail(self.class_set.image(ids[m.index]))
            except (ClassSetError, KeyError):
                pass  # deleted meanwhile: listed without a thumbnail
        # Positions in ev refer to the entries; renumber so that report.ids lines up with them.
        kept_ids = [ids[i] for i in ev.indices]
        ev = Evaluation(np.arange(len(kept_ids), dtype=np.int64), ev.labels, ev.predicted, ev.confidence)
        return Report(kept_ids, ev, self.held_out, len(images.damaged), thumbs)



class _Drawings(Sequence):
    """The class set's drawings read on demand; a damaged one reads as blank and is noted."""

    def __init__(self, class_set: ClassSet, ids: list[str]):
        self._set, self._ids = class_set, ids
        self.damaged: set[int] = set()

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, i):
        try:
            return self._set.image(self._ids[i])
        except (ClassSetError, KeyError):
            self.damaged.add(i)
            return np.zeros((1, 1), np.uint8)
