"""The lesson bar: a guided lesson's current step over the window, Back / Next, and the Lesson menu."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.lesson import (
    Lesson,
    LessonError,
    Progress,
    Step,
    builtin_lesson,
    builtin_lessons,
    load_lesson,
    location,
)
from . import file_dialog, language
from .errors import show_error
from .focus_chain import dock_in_sight, scroll_area_around
from .numbers import fmt, fmt_int

BUILTIN = "builtin:"  # lesson_state["lesson"] of a bundled lesson: "builtin:<file name>"
TICK_MS = 250  # how often the step's condition and the outline's place are checked
OUTLINE = "#f29900"  # the highlight's colour: visible on the dark canvas and on light panels
OUTLINE_PX = 4
BLINKS = 6  # the outline blinks this many times, then stays while the step is shown
EXPLAINED_SIGNAL = "valueExplained"  # the window's signal that a value was explained, if it has one
MAX_TEXT_LINES = 6  # a longer text is cut in the bar; its tooltip has it all


def ui_language() -> str:
    """The language lesson texts are shown in: the one chosen for the window ("en", "fr", "ja";
    `language.current()`), so that the step's words and the bar's buttons always agree, even
    when the system locale speaks another language than the window."""
    return language.current()


def rich(text: str) -> str:
    """A step's text as the bar shows it: plain text, with `code` in a monospace font."""
    out = html.escape(text, quote=False)
    # A piece of code is never broken across lines: x.view(-1, 576) reads as one thing.
    return re.sub(r"`([^`]+)`", r"<code style='background:#dfe6f3; white-space:nowrap;'>\1</code>", out)


class Outline:
    """Four thin bars framing a widget: where the step's words point. They blink, then stay."""

    def __init__(self, window: QMainWindow):
        self._window = window
        self._bars = []
        for i in range(4):
            bar = QWidget(window, objectName=f"lesson_outline_{i}")
            bar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            bar.setStyleSheet(f"background: {OUTLINE};")
            bar.setAutoFillBackground(True)
            bar.hide()
            self._bars.append(bar)
        self._target: QWidget | None = None
        self._name = ""
        self._blinks = 0
        self._timer = QTimer(window, interval=350, timeout=self._blink)

    def target(self) -> str:
        """The objectName (or panel name) of the element outlined now, "" for none."""
        return self._name if self._target is not None else ""

    def blinking(self) -> bool:
        return self._timer.isActive()

    def point_at(self, widget: QWidget | None, name: str = "") -> None:
        self._target, self._name = widget, name
        self._blinks = 0
        if widget is None:
            self._timer.stop()
            self._show(False)
            return
        self.follow()
        self._timer.start()

    def _blink(self) -> None:
        self._blinks += 1
        if self._blinks >= 2 * BLINKS:
            self._timer.stop()
        self.follow()

    def follow(self) -> None:
        """Frame the target where it is now (docks move and resize); out of sight, no frame."""
        w = self._target
        if w is None:
            return
        try:
            visible = w.isVisible() and not w.visibleRegion().isEmpty()
        except RuntimeError:  # the widget was deleted
            self._target = None
            self._show(False)
            return
        on = visible and (self._blinks % 2 == 0 or not self._timer.isActive())
        if not on:
            self._show(False)
            return
        # Just outside the element, so that a small one (a check box) stays readable.
        t = OUTLINE_PX
        r = QRect(w.mapTo(self._window, QPoint(0, 0)), w.size()).adjusted(-t, -t, t, t)
        r = r.intersected(self._window.rect())
        rects = (QRect(r.left(), r.top(), r.width(), t), QRect(r.left(), r.bottom() - t + 1, r.width(), t),
                 QRect(r.left(), r.top(), t, r.height()), QRect(r.right() - t + 1, r.top(), t, r.height()))
        for bar, rect in zip(self._bars, rects, strict=True):
            bar.setGeometry(rect)
            bar.show()
            bar.raise_()  # a dock raised since would cover it

    def _show(self, on: bool) -> None:
        for bar in self._bars:
            bar.setVisible(on)


class _Box(QWidget):
    """The bar's contents, as tall as its wrapped text needs at the width it is given."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def event(self, event) -> bool:
        handled = super().event(event)
        # A child's text or font changed (presentation mode's larger text, another language):
        # the lines wrap again, so the height is worked out again.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        return handled

    def fit(self) -> None:
        width = self.width() if self.isVisible() else max(self.width(), 800)
        h = self.layout().totalHeightForWidth(width)
        if h > 0 and h != self.height():
            self.setFixedHeight(h)


class LessonBar(QToolBar):
    """The current step of a guided lesson above the panels, with Back, Next and Close.

    Applying a step brings its panel forward, outlines its element, applies its preset through
    the window's own methods (as if the student had chosen them) and hides what it lists.
    Its condition, once met, invites Next (or moves on by itself with `auto`). Next stays
    available: a teacher may skip ahead. The window's `session.lesson_state` follows the bar.
    """

    stepShown = Signal(int)
    """The index (from 0) of the step now shown."""
    conditionMet = Signal(int)
    """The step whose condition was just met."""
    closed = Signal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("lesson_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # it shows with a lesson, not from a menu
        self._window = window
        self._lesson: Lesson | None = None
        self._origin = ""
        self._index = 0
        self._met = False
        self._base_steps = 0
        self._snippets: set[int] = set()
        self._explained = False
        self._hidden: list[QWidget] = []  # what this lesson hid and will show again
        self._opened: list[QDockWidget] = []  # the closed panels it opened, closed again after it
        self._kept: QWidget | None = None  # the outlined element kept in its panel's view
        self._build()
        self.outline = Outline(window)
        self._tick = QTimer(self, interval=TICK_MS, timeout=self.check)
        window.console.runRequested.connect(self._snippet_run)
        explained = getattr(window, EXPLAINED_SIGNAL, None)
        if isinstance(explained, SignalInstance):  # the Explain panel, where the window has one
            explained.connect(self._value_explained)
        # Under the start-up notice, if there is one: its own row, the whole width.
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.menu = self._build_menu(window.menuBar())
        # Now and at every switch from the Language menu, at once (not at a later LanguageChange).
        language.texts(self, self.retranslate)
        # "open the {panel} panel" names a dock: by its new title, once the docks have theirs.
        language.after_change(self, self._show_condition)
        self.setVisible(False)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.setStyleSheet(
            "#lesson_bar { background: #eef3fc; border-bottom: 2px solid #3c6fd1; }"
            "#lesson_bar QLabel { color: #15213a; }"
            "#lesson_next[met='true'] { background: #2e8540; color: white; font-weight: bold; }")
        box = _Box(objectName="lesson_box")
        self.title_label = QLabel(objectName="lesson_title")
        self.title_label.setStyleSheet("font-weight: bold;")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.step_label = QLabel(objectName="lesson_step")
        self.condition_label = QLabel(objectName="lesson_condition")
        self.condition_label.setTextFormat(Qt.TextFormat.PlainText)
        self.condition_label.setStyleSheet("font-style: italic;")
        # The title and the condition wrap rather than widen the row: on one line, a French
        # title and condition in presentation mode made the window 1398 px wide on a
        # 1366-px screen. Wrapped, the bar grows a line taller instead (see _Box.fit).
        for label in (self.title_label, self.condition_label):
            label.setWordWrap(True)
        self.back_button = QPushButton(objectName="lesson_back")
        self.next_button = QPushButton(objectName="lesson_next")
        self.close_button = QPushButton(objectName="lesson_close")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close_lesson)
        # One line for where the lesson is and what moves it on; the step's text, the whole
        # width of the window, under it: three lines of a laptop's width hold a step.
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title_label)
        top.addWidget(self.step_label)
        top.addStretch(1)
        top.addWidget(self.condition_label)
        for b in (self.back_button, self.next_button, self.close_button):
            top.addWidget(b)
        self.text_label = QLabel(objectName="lesson_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 2, 8, 4)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.text_label)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.addWidget(box)
        self._box = box

    def _build_menu(self, bar: QMenuBar) -> QMenu:
        menu = QMenu(self._window)
        menu.setObjectName("lesson_menu")
        # Before Help, the last menu by convention (found by place: its title may be translated).
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], menu)
        else:
            bar.addMenu(menu)
        self.builtin_actions: list[QAction] = []
        for f in builtin_lessons():
            action = QAction(self._window)
            action.setObjectName(f"lesson_builtin_{Path(f.name).stem}")
            action.triggered.connect(lambda _=False, name=f.name: self.open_builtin(name))
            menu.addAction(action)
            self.builtin_actions.append(action)
        menu.addSeparator()
        self.open_action = QAction(self._window, objectName="lesson_open_action")
        self.open_action.triggered.connect(self._ask_open)
        menu.addAction(self.open_action)
        menu.addSeparator()
        self.back_action = QAction(self._window, objectName="lesson_back_action")
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.triggered.connect(self.back)
        self.next_action = QAction(self._window, objectName="lesson_next_action")
        self.next_action.setShortcut(QKeySequence("Alt+Right"))
        self.next_action.triggered.connect(self.next)
        self.close_action = QAction(self._window, objectName="lesson_close_action")
        self.close_action.triggered.connect(self.close_lesson)
        for a in (self.back_action, self.next_action, self.close_action):
            menu.addAction(a)
        menu.aboutToShow.connect(self.retranslate)  # the built-in titles in today's language
        return menu

    def retranslate(self) -> None:
        """Every text of the bar and the menu in the current language."""
        self.menu.setTitle(self.tr("Less&on"))
        language = ui_language()
        for action, f in zip(self.builtin_actions, builtin_lessons(), strict=True):
            try:
                title = load_lesson(f).title_in(language)
            except LessonError:  # a damaged installation: the file name still says which
                title = f.name
            action.setText(title.replace("&", "&&"))
        self.open_action.setText(self.tr("&Open lesson file…"))
        self.open_action.setStatusTip(self.tr("Follow a lesson written as a TOML file"))
        self.back_action.setText(self.tr("&Previous step"))
        self.next_action.setText(self.tr("&Next step"))
        self.close_action.setText(self.tr("&Close lesson"))
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("The previous step (Alt+Left)"))
        self.next_button.setToolTip(self.tr("The next step (Alt+Right)"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the lesson; the panels its steps opened close with it"))
        self._show_step()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        # Shown exactly while a lesson is open, whatever a restored layout says.
        super().setVisible(self._lesson is not None)

    # ------------------------------------------------------------------ opening
    def lesson(self) -> Lesson | None:
        return self._lesson

    def step_index(self) -> int:
        """The step shown, from 0."""
        return self._index

    def open_builtin(self, name: str) -> bool:
        try:
            return self.open_lesson(load_lesson(builtin_lesson(name)), BUILTIN + name)
        except LessonError as err:
            self._error(language.tr_core(err))
            return False

    def open_file(self, path: str | Path) -> bool:
        """Open a teacher's lesson file; a bad one gets a message (line and field) and changes nothing."""
        try:
            lesson = load_lesson(path)
        except LessonError as err:
            self._error(language.tr_core(err))
            return False
        return self.open_lesson(lesson, str(Path(path).resolve()))

    def _ask_open(self) -> None:
        path = file_dialog.ask_path(self._window, False, self.tr("Open lesson file"), "",
                                    self.tr("Lesson files (*.toml);;All files (*)"))
        if path:
            self.open_file(path)

    def open_lesson(self, lesson: Lesson, origin: str = "", step: int = 0, apply_preset: bool = True) -> bool:
        """Start a lesson at a step; it is checked against this window's panels and elements first."""
        problem = self._check(lesson)
        if problem:
            self._error(problem)
            return False
        self._leave()
        self._lesson, self._origin = lesson, origin
        self.setVisible(True)
        self.go_to(step, apply_preset)
        return True

    def restore(self, state: dict) -> bool:
        """Open the lesson and step a saved session names (session.lesson_state) without applying
        the step's preset: the session's own weights and settings stand."""
        if not state:
            self.close_lesson()
            return True
        origin, step = state.get("lesson"), state.get("step", 0)
        if not isinstance(origin, str) or type(step) is not int:
            self._error(self.tr("The saved lesson state is not valid."))
            return False
        try:
            source = builtin_lesson(origin[len(BUILTIN):]) if origin.startswith(BUILTIN) else origin
            lesson = load_lesson(source)
        except LessonError as err:
            self._error(language.tr_core(err))
            return False
        return self.open_lesson(lesson, origin, max(0, min(step, len(lesson.steps) - 1)), apply_preset=False)

    def _check(self, lesson: Lesson) -> str:
        """What in the lesson this window does not have (a panel or element name), as a message."""
        def missing(name: str) -> bool:
            return name not in self._window.docks and self._window.findChild(QWidget, name) is None

        for name in lesson.hide:
            if missing(name):
                line = lesson.lines.get("lesson.hide")
                return self._no_element(lesson, line, "", "lesson.hide", name)
        for i, step in enumerate(lesson.steps):
            for field, names in (("highlight", [step.highlight] if step.highlight else []),
                                 ("preset.hide", step.preset.hide)):
                for name in names:
                    if missing(name):
                        return self._no_element(lesson, step.lines.get(field, step.line), i + 1, field, name)
        return ""

    def _no_element(self, lesson, line, step, field: str, name: str) -> str:
        where = language.tr_core(location(lesson.source, line, step))
        return self.tr("{where}, field '{field}': this window has no panel or element named "
                       "'{name}'.").format(where=where, field=field, name=name)

    def _error(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)
        show_error(self._window, self.tr("Could not open the lesson"), text)

    # ------------------------------------------------------------------ moving
    def next(self) -> None:
        if self._lesson is None:
            return
        if self._index + 1 >= len(self._lesson.steps):
            self._window.statusBar().showMessage(self.tr("Lesson finished."), 8000)
            self.close_lesson()
            return
        self.go_to(self._index + 1)

    def back(self) -> None:
        if self._lesson is not None and self._index > 0:
            self.go_to(self._index - 1)

    def go_to(self, index: int, apply_preset: bool = True) -> None:
        """Show step `index` (from 0): its panel, outline, preset, hidden elements and condition."""
        if self._lesson is None:
            return
        self._index = max(0, min(int(index), len(self._lesson.steps) - 1))
        step = self._lesson.steps[self._index]
        if apply_preset:
            self._apply_preset(step)
        self._hide(self._lesson.hide + step.preset.hide)
        self._raise_panel(step.panel)
        if step.preset.snippet is not None:
            self._window.console.snippets.setCurrentRow(step.preset.snippet - 1)
        self._point_at(step.highlight)
        self._met = False
        self._base_steps = len(self._window.session.trainer.history)
        self._snippets.clear()
        self._explained = False
        self._window.session.lesson_state = {"lesson": self._origin, "step": self._index}
        self._show_step()
        self._tick.start()
        self.stepShown.emit(self._index)
        self.check()

    def close_lesson(self) -> None:
        """Close the lesson: what it hid comes back, the panels it opened close; the weights and
        settings stay as they are."""
        was_open = self._lesson is not None
        self._leave()
        self._lesson = None
        self._window.session.lesson_state = {}
        self.setVisible(False)
        self._show_step()
        if was_open:
            self.closed.emit()

    def _leave(self) -> None:
        self._tick.stop()
        self._keep_in_view(None)
        self.outline.point_at(None)
        self._hide(())
        # The panels a step opened (presentation mode's Input size) close again: the window is
        # left as the teacher had it, not with a panel squeezing the others.
        opened, self._opened = self._opened, []
        for dock in opened:
            dock.hide()

    def set_presentation(self, on: bool) -> None:
        """Presentation mode turned on or off: the layout it sets or puts back decides which
        panels are open; closing the lesson leaves them so."""
        self._opened.clear()

    # ------------------------------------------------------------------ applying a step
    def _apply_preset(self, step: Step) -> None:
        p, w = step.preset, self._window
        if p.arch is not None and p.arch != w.session.arch:
            w.set_arch(p.arch)
        if p.weights == "pretrained":
            w.use_pretrained()
        elif p.weights == "random":
            w.use_random(p.seed)
        if p.target is not None:
            w.set_target(p.target)
        if p.lr is not None:
            w.set_lr(p.lr)
        if p.zero_grad is not None:
            w.set_zero_grad(p.zero_grad)

    def _find(self, name: str) -> QWidget | None:
        dock = self._window.docks.get(name)
        return dock if dock is not None else self._window.findChild(QWidget, name)

    def _hide(self, names) -> None:
        wanted = [w for w in (self._find(n) for n in names) if w is not None]
        # A field goes with the label of its form row: "Learning rate" beside nothing looks broken.
        forms = self._window.findChildren(QFormLayout) if wanted else []
        for w in list(wanted):
            for form in forms:
                label = form.labelForField(w)
                if label is not None and label not in wanted:
                    wanted.append(label)
        for w in self._hidden:
            if w not in wanted:
                w.show()
        kept = [w for w in self._hidden if w in wanted]
        for w in wanted:
            if w not in kept and not w.isHidden():  # only what was in view comes back later
                w.hide()
                kept.append(w)
        self._hidden = kept

    def _raise_panel(self, name: str | None) -> None:
        dock = self._window.docks.get(name) if name else None
        if dock is None:
            return
        self._open(dock)
        if dock in self._hidden:  # hidden by the lesson, shown by this step: it was open before
            self._hidden.remove(dock)
        dock.raise_()

    def _open(self, dock: QDockWidget) -> None:
        """Show a panel; one that was closed is remembered, to be closed again with the lesson."""
        if dock.isHidden() and dock not in self._opened and dock not in self._hidden:
            self._opened.append(dock)
        dock.show()

    def _point_at(self, name: str | None) -> None:
        widget = self._find(name) if name else None
        if widget is not None:
            parent = widget
            while parent is not None and not isinstance(parent, QDockWidget):
                parent = parent.parentWidget()
            if parent is not None and parent is not widget:
                self._open(parent)
                parent.raise_()  # the element is on a panel behind a tab: bring it forward
        self._keep_in_view(widget)
        self.outline.point_at(widget, name or "")

    def _keep_in_view(self, widget: QWidget | None) -> None:
        """Scroll the element into a short panel's view, now and whenever it moves in its panel.

        A panel fills in once it is in sight (the gradient table above conv1.bias.grad), which
        pushes the element down after this step scrolled to it; a student scrolling moves the
        panel's contents, not the element within them, and is left alone.
        """
        if self._kept is not None and self._kept is not widget:
            try:
                self._kept.removeEventFilter(self)
            except RuntimeError:  # the widget was deleted
                pass
        self._kept = None
        if widget is None:
            return
        area = scroll_area_around(widget)
        if area is None:
            return
        area.ensureWidgetVisible(widget, 8, 8)
        self._kept = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self._kept and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            # After the layout that moved it has settled: its place is final then.
            QTimer.singleShot(0, self, lambda w=watched: self._kept is w and self._keep_in_view(w))
        return super().eventFilter(watched, event)

    def highlighted(self) -> str:
        """The name of the element outlined now ("" for none)."""
        return self.outline.target()

    # ------------------------------------------------------------------ conditions
    def _snippet_run(self, index: int) -> None:
        self._snippets.add(index + 1)  # numbered from 1, as the console lists them
        self.check()

    def _value_explained(self, *args) -> None:
        self._explained = True
        self.check()

    def progress(self) -> Progress:
        """What the student has done since this step began, as the condition reads it."""
        w = self._window
        history = w.session.trainer.history
        if len(history) < self._base_steps:  # the history was cleared (New lesson)
            self._base_steps = len(history)
        steps = len(history) - self._base_steps
        panels = frozenset(k for k, d in w.docks.items() if dock_in_sight(d))
        return Progress(prediction=w.scores.prediction(), steps=steps,
                        loss=history[-1] if steps > 0 else None, panels=panels,
                        explained=self._explained, snippets=frozenset(self._snippets))

    def condition_met(self) -> bool:
        """True once the step's condition was met (a step without one: at once)."""
        return self._met

    def check(self) -> None:
        """Check the step's condition against what has been done; met, it invites Next."""
        if self._lesson is None:
            return
        self.outline.follow()
        step = self._lesson.steps[self._index]
        if self._met:
            return
        if step.advance is None:
            self._met = True
        elif step.advance.met(self.progress()):
            self._met = True
            self.conditionMet.emit(self._index)
            if step.advance.auto:
                self.next()
                return
        self._show_condition()

    # ------------------------------------------------------------------ showing
    def _show_step(self) -> None:
        if self._lesson is None:
            self._show_condition()  # Back, Next and Close off in the menu
            return
        language = ui_language()
        step = self._lesson.steps[self._index]
        last = self._index + 1 >= len(self._lesson.steps)
        self.title_label.setText(self._lesson.title_in(language))
        self.step_label.setText(self.tr("Step {k} of {n}").format(
            k=fmt_int(self._index + 1), n=fmt_int(len(self._lesson.steps))))
        text = step.text_in(language)
        lines = text.splitlines()
        self.text_label.setText(rich("\n".join(lines[:MAX_TEXT_LINES])).replace("\n", "<br>"))
        self.text_label.setToolTip(text if len(lines) > MAX_TEXT_LINES else "")
        self._box.fit()
        self.back_button.setEnabled(self._index > 0)
        self.back_action.setEnabled(self._index > 0)
        self.next_action.setEnabled(True)
        self.close_action.setEnabled(True)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next ▶"))
        self._show_condition()

    def _show_condition(self) -> None:
        if self._lesson is None:
            for a in (self.back_action, self.next_action, self.close_action):
                a.setEnabled(False)
            return
        step = self._lesson.steps[self._index]
        c = step.advance
        if c is None:
            text = ""
        elif self._met:
            text = self.tr("✓ Done — press Next (Alt+Right).")
        elif c.kind == "prediction":
            text = self.tr("To go on: the net's prediction is {digit}.").format(digit=c.value)
        elif c.kind == "loss_below":
            text = self.tr("To go on: train until the loss is below {value}.").format(value=fmt(c.value, 6))
        elif c.kind == "steps":
            done = self.progress().steps
            text = self.tr("To go on: take {n} backprop steps ({done} so far).").format(
                n=fmt_int(c.value), done=fmt_int(done))
        elif c.kind == "panel":
            dock = self._window.docks.get(c.value)
            title = dock.windowTitle() if dock is not None else c.value
            text = self.tr("To go on: open the {panel} panel.").format(panel=title)
        elif c.kind == "explained":
            text = self.tr("To go on: have a value explained.")
        else:  # snippet
            text = self.tr("To go on: run snippet {n} in the Tutorial console.").format(n=c.value)
        if self.condition_label.text() != text:
            self.condition_label.setText(text)
        met = self._met and c is not None
        if self.next_button.property("met") != met:
            self.next_button.setProperty("met", met)
            self.next_button.style().unpolish(self.next_button)
            self.next_button.style().polish(self.next_button)
