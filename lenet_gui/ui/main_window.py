"""The classroom window: every widget is built and wired here, and nowhere else; the work is done by what it wires."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ..core import ARCHS
from ..core.fast import defer_compile_import
from ..core.session import Session
from . import file_dialog, language, window_geometry, window_settings
from .autograd_graph_view import AutogradGraphView
from .autograd_presenter import AutogradPresenter
from .button_keys import ButtonKeys
from .canvas import CanvasPanel
from .central_column import CentralColumn
from .class_set_browser import ClassSetBrowser
from .class_set_evaluation import ClassSetEvaluation, ClassSetEvaluationJob
from .class_set_import import ClassSetImport
from .class_set_workflow import ClassSetWorkflow
from .code_view import CodeView
from .column_room import ColumnRoom
from .controller import Controller
from .dock_fit import DockFit
from .errors import show_error
from .explain_panel import ExplainPanel
from .explain_presenter import ExplainPresenter
from .exports import Exports
from .feature_maps import FeatureMaps
from .field_keys import FieldKeys
from .focus_chain import dock_in_sight, focus_next_in_sight
from .frame_presenter import FramePresenter
from .gradient_presenter import GradientPresenter
from .gradient_view import GradientView
from .help_dialogs import HelpDialogs
from .input_preview import InputPreview
from .layer_table import LayerTable
from .lesson_bar import LessonBar
from .loss_plot import LossPlot
from .output_scores import OutputScores
from .plain_data import table_rows
from .presentation import SETTING as PRESENTATION_SETTING
from .presentation import Presentation
from .session_files import SessionFiles
from .settings import Settings
from .size_explorer import SizeExplorer
from .startup_notices import StartupNotices
from .training_actions import TrainingActions
from .training_panel import TrainingPanel
from .tutorial_console import TutorialConsole
from .weights_actions import WeightsActions
from .weights_view import WeightsView
from .window_settings import LAYOUT_VERSION


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, plus Ctrl+Y and Ctrl+Shift+Z wherever the platform has not got them.

    Binding the platform's key a second time makes Qt call both bindings ambiguous, and then
    neither fires (Ctrl+Shift+Z on X11 did nothing that way): each key is bound once, here.
    """
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")):
        if extra not in keys:
            keys.append(extra)
    return keys


class MainWindow(QMainWindow):
    """Canvas in the middle, docks around it; `session` holds the engine's objects."""

    valueExplained = Signal(str)
    """A value or weight was chosen in the Explain panel (a lesson step can wait for it)."""

    def __init__(self, arch: str | None = None, random_weights: bool = False, seed: int = 0,
                 settings: Settings | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        # The language chosen from the menu before, else the system's (first launch).
        language.start(self.settings.get_str(language.SETTING, ""))
        language.texts(self, lambda: self.setWindowTitle(
            self.tr("lenet-gui — how a convolutional network sees and learns")))
        # Files set aside or folders that cannot be written, said once in a banner (startup_notices).
        self.notices = StartupNotices(self, self.settings.set_aside)
        arch = arch or self.settings.get_str("net/arch", "tutorial", choices=list(ARCHS))
        # The optimizer would import torch._dynamo (~1.2 s) before the window could show; it is
        # imported once the window is on screen instead (showEvent).
        defer_compile_import()
        self.session = Session(arch=arch, weights="random" if random_weights else "pretrained", seed=seed)
        self.class_set = self.notices.open_class_set()
        # Add, delete, import, export, evaluate and train on the class set (class_set_workflow).
        self.class_set_workflow = ClassSetWorkflow(self)
        # Open, save and choose weights or the architecture (weights_actions); write exports.
        self.weights_actions = WeightsActions(self)
        self.exports = Exports(self)
        # Reset, new lesson, target, learning rate and zero_grad (training_actions).
        self.training_actions = TrainingActions(self)
        self.help_dialogs = HelpDialogs(self)

        # What a frame shows in which panel, from the session's changes (frame_presenter).
        self.frames = FramePresenter(self)
        self._unsubscribe = self.session.subscribe(self.frames.on_session)

        self._build_central()
        # Runs the training loops and the frame timer; the frame itself is the presenter's.
        self.controller = Controller(self.session, self.frames.show_frame, self.canvas.image_array, self)
        self.controller.before_step = self._before_step
        self._build_docks()
        self._build_menus()
        self._build_shortcuts()
        self._build_status()
        self._connect()

        self._shown_once = False
        # The table's rows decide the Layers dock's default size: filled before the docks are sized.
        self.layers.set_archs([(a.name, language.tr_core(a.title)) for a in ARCHS.values()], self.session.arch)
        self.layers.set_rows(table_rows(self.session.trace()))
        self.resize(window_geometry.fitting_size(self))
        self._auto_size = self.size()
        window_geometry.size_docks(self, self.size())
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._layout_restored = window_settings.restore(self, self._default_state)
        # The banner is in place before the first layout: a tool bar added to a shown window
        # leaves the docks' splitter handles (separate widgets on X11) drawn across it.
        self.notices.show()
        # Guided lessons: the bar under the notice (hidden until a lesson opens), the Lesson menu.
        self.lesson_bar = LessonBar(self)
        # The height the bar takes comes from the right column's docks that can spare it, and
        # goes back to them when it closes; what the feature maps beside them give goes back too.
        training = self.docks["training"]
        self.column_room = ColumnRoom(
            self, self.lesson_bar, [self.docks[k] for k in ("output", "training", "loss")],
            lambda dock: self.training_fit.needed_height() if dock is training else dock.minimumSizeHint().height(),
            [self.docks["maps"]])
        if self.settings.get_bool(PRESENTATION_SETTING, False):
            self.set_presentation(True)
        self._sync_controls()
        self._schedule()
        # After a language change the readouts and tables are written again in it.
        language.texts(self, self._retranslate_panels, key="panels")
        language.after_change(self, self._fit_to_language)

    def _fit_to_language(self) -> None:
        # French words are longer, Japanese lines taller: the panels are fitted to them again.
        if self._shown_once and not self.presentation.is_on():
            self.refresh_now()
            # The panels' layouts take in their new texts (posted requests) before being measured.
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            window_geometry.size_docks(self, self.size())

    def _retranslate_panels(self) -> None:
        self.column.show_banner(False)  # shown again by the next refresh, its text in the new language
        self._schedule("net", "layout", "history")

    # ------------------------------------------------------------------ building
    def _build_central(self) -> None:
        self.canvas = CanvasPanel()
        self.preview = InputPreview()
        self.banner = QWidget(objectName="diverged_banner")  # its look: central_column
        self.banner_title = QLabel(objectName="diverged_title")
        self.banner_text = QLabel(objectName="diverged_text")
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        self.banner_reset = QPushButton(objectName="banner_reset_button")
        language.texts(self.banner_reset, lambda: (
            self.banner_reset.setText(self.tr("Reset weights")),
            self.banner_reset.setToolTip(self.tr("Restore the weights from before training (Ctrl+R)"))))
        # The big word and the button on one line, the story under them at the column's width:
        # the centre column of a laptop is narrow and short, every line counts.
        top = QHBoxLayout()
        top.addWidget(self.banner_title, 1)
        top.addWidget(self.banner_reset, 0, Qt.AlignmentFlag.AlignVCenter)
        box = QVBoxLayout(self.banner)
        box.setContentsMargins(8, 4, 6, 6)
        box.setSpacing(2)
        box.addLayout(top)
        box.addWidget(self.banner_text)
        self.banner.hide()
        # The banner takes its own row above the canvas, which with the preview gives it the
        # room (central_column): the docks keep their sizes.
        self.column = CentralColumn(self.banner, self.canvas, self.preview)
        self.setCentralWidget(self.column)

    @staticmethod
    def _stack(*widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            layout.addWidget(w, 1 if w is widgets[0] else 0)
        return box

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea,
              scroll: bool = True) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)  # saveState() keys the layout by object name
        language.texts(dock, lambda: dock.setWindowTitle(self.tr(title)))
        # An opaque panel repaints alone: a pressed button or a new number inside it no longer
        # makes the dock paint its title bar again (its icons are re-read from the theme each time).
        widget.setAutoFillBackground(True)
        if scroll:
            # A panel whose controls grow (ten custom-target boxes, a wide gradient table) shows
            # scroll bars inside its dock: its minimum size no longer becomes the window's, so
            # the window never grows past the screen. Panels that draw at any size go in bare.
            box = QScrollArea(objectName=f"{name}_scroll")
            box.setFrameShape(QScrollArea.Shape.NoFrame)
            box.setWidgetResizable(True)
            # Not a Tab stop of its own (nothing would show the focus): Tab goes to the controls
            # inside, and the box scrolls each one into view as it gets the focus.
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.setWidget(widget)
            widget = box
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.layers = LayerTable()
        self.sizes = SizeExplorer()
        self.maps = FeatureMaps()
        self.scores = OutputScores()
        self.training = TrainingPanel()
        self.loss = LossPlot()
        self.browser = ClassSetBrowser()
        self.evaluation = ClassSetEvaluation()
        self.code = CodeView()
        self.grads = GradientView()
        self.autograd = AutogradGraphView()
        self.console = TutorialConsole()
        self.explain_panel = ExplainPanel()
        self.weights_view = WeightsView()
        L, R, B = Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea, Qt.BottomDockWidgetArea
        self.docks = {
            "layers": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Layers"), "dock_layers", self.layers, L, scroll=False),
            "sizes": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Input size"), "dock_sizes", self.sizes, L),
            "class_set": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Class set"), "dock_class_set", self.browser, L),
            "evaluation": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Evaluation"), "dock_class_set_evaluation", self.evaluation, L),
            "code": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Tutorial code"), "dock_code", self.code, L, scroll=False),
            "gradients": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Gradients"), "dock_gradients", self.grads, L),
            "autograd": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Autograd graph"), "dock_autograd", self.autograd, L, scroll=False),
            "console": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Tutorial console"), "dock_console", self.console, L, scroll=False),
            "explain": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Explain"), "explain_panel", self.explain_panel, L, scroll=False),
            "output": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Output"), "dock_output", self.scores, R, scroll=False),
            "training": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Training"), "dock_training", self.training, R),
            "loss": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Loss history"), "dock_loss", self.loss, R, scroll=False),
            "maps": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Feature maps"), "dock_maps", self.maps, B, scroll=False),
            "weights": self._dock(QT_TRANSLATE_NOOP("MainWindow", "Weights"), "weights_view", self.weights_view, B),
        }
        # The right column (output, training, loss) runs the full height; the feature maps
        # take the bottom of the rest, so the loss plot and the maps both get room.
        self.setCorner(Qt.BottomRightCorner, Qt.RightDockWidgetArea)
        self.setCorner(Qt.TopRightCorner, Qt.RightDockWidgetArea)
        # Small minimums so the window fits a 1366×768 laptop; docks grow from there.
        self.maps.setMinimumSize(320, 160)
        # The Training panel's readouts stay in sight when its controls grow.
        self.training_fit = DockFit(self, self.docks["training"], self.docks["training"].widget(),
                                    self.docks["loss"])
        # The secondary panels wait behind tabs beside the Layers table.
        self.tabifyDockWidget(self.docks["layers"], self.docks["sizes"])
        self.tabifyDockWidget(self.docks["sizes"], self.docks["code"])
        self.tabifyDockWidget(self.docks["code"], self.docks["gradients"])
        self.tabifyDockWidget(self.docks["gradients"], self.docks["class_set"])
        self.tabifyDockWidget(self.docks["class_set"], self.docks["evaluation"])
        self.tabifyDockWidget(self.docks["evaluation"], self.docks["autograd"])
        self.tabifyDockWidget(self.docks["autograd"], self.docks["console"])
        self.tabifyDockWidget(self.docks["console"], self.docks["explain"])
        # The weights beside the maps, opened from the View menu: not behind the Explain tab,
        # so a clicked weight is explained with the weights still in sight. (A second group of
        # tabs, beside the loss curve, made Qt leave a stale tab bar drawn over the maps.)
        self.splitDockWidget(self.docks["maps"], self.docks["weights"], Qt.Orientation.Horizontal)
        self.docks["weights"].hide()
        self.explainer = ExplainPresenter(
            lambda: self.session, self.explain_panel, self.maps, self.preview, self.canvas,
            self.weights_view, lambda key: key not in self.controller.hidden and dock_in_sight(self.docks[key]),
            self._bring_dock, self)
        self.explainer.explained.connect(self.valueExplained)
        self.presenter = AutogradPresenter(lambda: self.session, self.autograd, self.console)
        self.gradient_presenter = GradientPresenter(lambda: self.session, self.grads)
        self.docks["layers"].raise_()

    def _keep_on_screen(self) -> None:
        window_geometry.keep_on_screen(self)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QTabBar):
            # The docks' tab bars, made by Qt as panels are tabbed together: at 1366×768 ten
            # titles in one column elide to "La…", "Gra…"; whole titles with scroll arrows read.
            event.child().setElideMode(Qt.TextElideMode.ElideNone)
            event.child().setUsesScrollButtons(True)
        if event.type() != QEvent.Type.LayoutRequest:
            return super().event(event)
        # A panel whose minimum size grew makes Qt grow the window while it lays it out again:
        # put it back inside the screen. (A size asked for in code or by the user is theirs.)
        before = self.size()
        handled = super().event(event)
        if self.width() > before.width() or self.height() > before.height():
            QTimer.singleShot(0, self._keep_on_screen)
        return handled

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's name
        # Tab skips the panels behind another tab (Qt counts them as visible).
        return focus_next_in_sight(next, super().focusNextPrevChild)

    def resize_docks(self, docks: list[QDockWidget], sizes: list[int], orientation) -> None:
        """resizeDocks(), applied now: on a shown window Qt otherwise keeps the request until
        some later layout pass, and a second request before it can be lost."""
        self.resizeDocks(docks, sizes, orientation)
        self.layout().invalidate()
        self.layout().activate()

    def menu_action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        """A menu action that owns its keys: a standard key (all the platform's bindings),
        one key or a list of keys. Every window-wide key is bound this way, once. `text` and
        `tip` are marked with QT_TRANSLATE_NOOP: they are translated here, again at each language change."""
        action = QAction(self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif isinstance(shortcut, (list, tuple)):
            action.setShortcuts([QKeySequence(k) for k in shortcut])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        language.texts(action, lambda: (action.setText(self.tr(text)),
                                        action.setToolTip(self.tr(tip or text)),
                                        action.setStatusTip(self.tr(tip or text))))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.new_lesson_action = self.menu_action(
            file, QT_TRANSLATE_NOOP("MainWindow", "&New lesson"), self.new_lesson,
            tip=QT_TRANSLATE_NOOP("MainWindow", "Start the next class afresh: clear the loss history and its markers, and put "
                           "the weights back to the ones chosen in the Weights menu"))
        self.new_lesson_action.setObjectName("new_lesson_action")
        file.addSeparator()
        self.menu_action(file, QT_TRANSLATE_NOOP("MainWindow", "&Open weights…"), self.weights_actions.ask_open, QKeySequence.Open,
                     QT_TRANSLATE_NOOP("MainWindow", "Load weights from a .safetensors or .pt file"))
        self.menu_action(file, QT_TRANSLATE_NOOP("MainWindow", "&Save weights…"), self.weights_actions.ask_save, QKeySequence.Save,
                     QT_TRANSLATE_NOOP("MainWindow", "Save the current weights (safetensors, or .pt)"))
        file.addSeparator()
        self.menu_action(file, QT_TRANSLATE_NOOP("MainWindow", "Export loss history as &CSV…"),
                     lambda: self.ask_path(True, self.tr("Export loss history"), "loss.csv", "CSV (*.csv)",
                                            self.export_loss_csv),
                     tip=QT_TRANSLATE_NOOP("MainWindow", "Write step, loss per line"))
        self.menu_action(file, QT_TRANSLATE_NOOP("MainWindow", "Export feature maps as &PNG…"),
                     lambda: self.ask_path(True, self.tr("Export feature maps"), "feature_maps.png",
                                            "PNG (*.png)", self.export_feature_maps),
                     tip=QT_TRANSLATE_NOOP("MainWindow", "Save a picture of every stage's feature maps"))
        file.addSeparator()
        quit_action = self.menu_action(file, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, QKeySequence.Quit)
        self.session_files = SessionFiles(self)  # save / open / export a whole session
        self.session_files.add_actions(file, quit_action)
        self.loss.restoreRequested.connect(self.session_files.restore)

        # The drawing's and the training's keys are menu actions too: one place binds each key,
        # the menus show them, and Help → Keyboard shortcuts is read from them.
        edit = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        self.undo_action = self.menu_action(edit, QT_TRANSLATE_NOOP("MainWindow", "&Undo stroke"), self.canvas.undo, QKeySequence.Undo,
                                        QT_TRANSLATE_NOOP("MainWindow", "Undo the last stroke or clear"))
        self.redo_action = self.menu_action(edit, QT_TRANSLATE_NOOP("MainWindow", "&Redo stroke"), self.canvas.redo, redo_keys(),
                                        QT_TRANSLATE_NOOP("MainWindow", "Redo the stroke or clear that Undo took back"))
        self.menu_action(edit, QT_TRANSLATE_NOOP("MainWindow", "&Clear the drawing"), self.canvas.clear, ["Ctrl+N", "Delete"],
                     QT_TRANSLATE_NOOP("MainWindow", "Clear the drawing; Undo brings it back"))

        train = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Training"))
        self.menu_action(train, QT_TRANSLATE_NOOP("MainWindow", "&Backprop step"), lambda: self.step(1), "Space",
                     QT_TRANSLATE_NOOP("MainWindow", "One training step: the tutorial's five lines"))
        self.menu_action(train, QT_TRANSLATE_NOOP("MainWindow", "×&10 backprop steps"), lambda: self.step(10), "Shift+Space")
        self.menu_action(train, QT_TRANSLATE_NOOP("MainWindow", "&Play / pause"), lambda: self.set_playing(not self.is_playing()), "P",
                     QT_TRANSLATE_NOOP("MainWindow", "Keep taking backprop steps, or stop"))
        self.menu_action(train, QT_TRANSLATE_NOOP("MainWindow", "&Reset weights"), self.reset_weights, "Ctrl+R",
                     QT_TRANSLATE_NOOP("MainWindow", "Put every weight back to where it was before training"))

        weights = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Weights"))
        group = QActionGroup(self)
        self.pretrained_action = self.menu_action(weights, QT_TRANSLATE_NOOP("MainWindow", "&Pretrained"), self.use_pretrained,
                                              tip=QT_TRANSLATE_NOOP("MainWindow", "Weights trained on real handwritten digits"))
        self.random_action = self.menu_action(weights, QT_TRANSLATE_NOOP("MainWindow", "&Random (seed …)"), self.weights_actions.ask_random,
                                          tip=QT_TRANSLATE_NOOP("MainWindow", "Fresh tutorial initialisation; the same seed gives every laptop the same weights"))
        for a in (self.pretrained_action, self.random_action):
            a.setCheckable(True)
            group.addAction(a)
        weights.addSeparator()
        self.menu_action(weights, QT_TRANSLATE_NOOP("MainWindow", "&Open…"), self.weights_actions.ask_open, tip=QT_TRANSLATE_NOOP("MainWindow", "Load weights from a file"))

        view = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self._dock_actions: dict[str, QAction] = {}
        for key, dock in self.docks.items():
            toggle = QAction(self)
            toggle.triggered.connect(lambda _=False, d=dock: self.show_or_hide_dock(d))
            view.addAction(toggle)
            language.texts(toggle, lambda a=toggle, d=dock: (
                a.setText(d.windowTitle()),
                a.setToolTip(self.tr("Bring the {panel} panel to the front; hide it if it is already there")
                             .format(panel=d.windowTitle())),
                a.setStatusTip(a.toolTip())))
            toggle.setObjectName(f"view_{key}_action")
            toggle.setCheckable(True)
            # Checked means "in sight": a panel behind another tab is not, so choosing it raises it.
            dock.visibilityChanged.connect(lambda shown, a=toggle, d=dock: a.setChecked(shown and not d.isHidden()))
            self._dock_actions[key] = toggle
        view.aboutToShow.connect(self._sync_dock_actions)
        view.addSeparator()
        self.menu_action(view, QT_TRANSLATE_NOOP("MainWindow", "&Reset layout"), self.reset_layout, tip=QT_TRANSLATE_NOOP("MainWindow", "Put every panel back where it started"))
        self.fullscreen_action = self.menu_action(view, QT_TRANSLATE_NOOP("MainWindow", "&Full screen"), self._toggle_fullscreen, "F11")
        self.fullscreen_action.setCheckable(True)
        self._build_presentation(view)

        self.language_menu = language.build_language_menu(self, bar, self.settings)

        help_ = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self.menu_action(help_, QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), self.help_dialogs.show_shortcuts, QKeySequence.HelpContents)
        self.menu_action(help_, QT_TRANSLATE_NOOP("MainWindow", "&About lenet-gui"), self.help_dialogs.show_about)

    def _menu(self, bar, title: str):
        """A menu whose title (marked with QT_TRANSLATE_NOOP) follows the language."""
        menu = bar.addMenu("")
        language.texts(menu, lambda: menu.setTitle(self.tr(title)))
        return menu

    def _build_presentation(self, view) -> None:
        self.presentation = Presentation(self, LAYOUT_VERSION)
        # F5 starts a slide show in presentation software; nothing else in the window uses it.
        self.presentation_action = self.menu_action(
            view, QT_TRANSLATE_NOOP("MainWindow", "&Presentation mode"), self.set_presentation, "F5",
            QT_TRANSLATE_NOOP("MainWindow", "Large text and thick lines for a projector; the maps and the digit as large as the screen allows"))
        self.presentation_action.setObjectName("presentation_action")
        self.presentation_action.setCheckable(True)

    def set_presentation(self, on: bool) -> None:
        """Presentation mode on or off (off puts the layout back exactly); remembered per machine."""
        self.presentation.set_on(bool(on))
        self.presentation_action.setChecked(self.presentation.is_on())
        self.settings.set(PRESENTATION_SETTING, self.presentation.is_on())
        self.settings.sync()

    def _build_shortcuts(self) -> None:
        """The keys themselves belong to the menus' actions (_build_menus); here, what keeps them
        working: after Enter or Escape in a number box, Space and P are the window's again."""
        self._field_keys = FieldKeys(self, self.canvas.surface())
        self._button_keys = ButtonKeys(self, self.canvas.surface())  # Enter presses the button Tab went to

    def _sync_dock_actions(self) -> None:
        for key, action in self._dock_actions.items():
            action.setChecked(dock_in_sight(self.docks[key]))

    def show_or_hide_dock(self, dock: QDockWidget) -> None:
        """What View → <panel> does: show a hidden panel, raise one behind a tab, hide one in sight."""
        if dock.isHidden():
            dock.show()
            dock.raise_()
        elif not dock_in_sight(dock):
            dock.raise_()
        else:
            dock.hide()
        self._sync_dock_actions()

    def _bring_dock(self, key: str) -> None:
        dock = self.docks[key]
        dock.show()
        dock.raise_()

    def _build_status(self) -> None:
        self.status_weights = QLabel(objectName="status_weights")
        self.status_arch = QLabel(objectName="status_arch")
        self.status_lr = QLabel(objectName="status_lr")
        self.status_steps = QLabel(objectName="status_steps")
        # The step count changes at every step: fixed in size it does not make Qt redo the
        # window's layout each time, opaque it is repainted alone.
        self.status_steps.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_steps.setAutoFillBackground(True)
        self.status_steps.setFixedSize(
            self.status_steps.fontMetrics().horizontalAdvance("100,000,000 steps") + 40,
            self.status_steps.sizeHint().height(),
        )
        for label in (self.status_weights, self.status_arch, self.status_lr, self.status_steps):
            self.statusBar().addPermanentWidget(label)

    def _connect(self) -> None:
        c = self.controller
        c.playingChanged.connect(self.training.set_playing)
        c.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        c.classTrainingProgress.connect(self.browser.set_progress)
        c.classTrainingEnded.connect(self.class_set_workflow.training_ended)
        self.canvas.changed.connect(lambda: self._schedule("input"))
        # The frame after the pen lifts keeps its forward pass for the next Backprop step.
        self.canvas.strokeFinished.connect(lambda: self._schedule("net", "rest"))
        self.loss.logYToggled.connect(lambda on: self.settings.set("loss/log_y", on))
        for key, dock in self.docks.items():
            # Also emitted when a tab is picked or the window is minimised or restored.
            dock.visibilityChanged.connect(lambda shown, key=key: self._dock_shown(key, shown))
        self.banner_reset.clicked.connect(self.reset_weights)
        self.layers.archChanged.connect(self.set_arch)
        self.layers.stageSelected.connect(self.maps.highlight)
        self.layers.stageSelected.connect(self.frames.highlight_code)
        self.sizes.sizeChanged.connect(self.frames.explain_size)
        self.maps.stageClicked.connect(self.layers.select_stage)
        self.scores.barClicked.connect(self.explainer.select_output)
        t = self.training
        t.stepRequested.connect(self.step)
        t.playToggled.connect(self.set_playing)
        t.resetRequested.connect(self.reset_weights)
        t.targetChanged.connect(self.set_target)
        t.lrChanged.connect(self.set_lr)
        t.zeroGradChanged.connect(self.set_zero_grad)
        self.grads.inspectChanged.connect(self._set_inspected)
        self.presenter.stageChosen.connect(self.layers.select_stage)
        self.presenter.lossChosen.connect(self.code.highlight_training)
        b = self.browser
        b.addRequested.connect(self.add_drawing_to_class_set)
        b.deleteRequested.connect(self.class_set_workflow.delete)
        b.relabelRequested.connect(self.class_set_workflow.relabel)
        b.trainRequested.connect(self.train_on_class_set)
        b.exportRequested.connect(lambda: self.ask_path(
            True, self.tr("Export class set"), "class_set.zip", "Zip (*.zip)", self.export_class_set))
        b.importRequested.connect(lambda: self.ask_path(
            False, self.tr("Import class set"), "", "Zip (*.zip)", self.import_class_set))
        b.loadRequested.connect(self.class_set_workflow.load)
        b.cancelRequested.connect(self.stop_class_training)
        b.deleteAllRequested.connect(self.delete_all_class_set)
        b.undoDeleteAllRequested.connect(self.undo_delete_all_class_set)
        b.cancelImportRequested.connect(self.cancel_class_set_import)
        e = self.evaluation
        e.evaluateRequested.connect(self.evaluate_class_set)
        e.cancelRequested.connect(self.cancel_class_set_evaluation)
        e.loadRequested.connect(self.class_set_workflow.load)
        e.holdoutChanged.connect(self.set_class_set_holdout)

    # ------------------------------------------------------------------ start-up
    def startup_notices(self) -> list[str]:
        """Sentences about what the start set aside or cannot do; the banner shows them once."""
        return self.notices.notices()

    def dismiss_startup_notices(self) -> None:
        """Hide the start-up banner (its OK button)."""
        self.notices.dismiss()

    # ------------------------------------------------------------------ settings
    def save_settings(self) -> None:
        """Keep the learning rate, brush, architecture and layout for the next run (window_settings)."""
        window_settings.save(self)

    def closeEvent(self, event) -> None:
        self.controller.stop()
        self.cancel_class_set_evaluation()
        self.save_settings()
        super().closeEvent(event)

    def reset_layout(self) -> None:
        if self.presentation.is_on():
            self.set_presentation(False)
        for dock in self.docks.values():
            dock.setFloating(False)
        self.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in self.docks.values():
            dock.show()
        self.docks["layers"].raise_()
        window_geometry.size_docks(self, self.size())  # default proportions for the window as it is now
        self.training_fit.forget()
        self.column_room.forget()

    def _toggle_fullscreen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    # ------------------------------------------------------------------ refresh, once per frame
    def _schedule(self, *what: str) -> None:
        """Mark parts dirty and refresh at the next frame; repeated calls coalesce."""
        self.controller.schedule(*what)

    def refresh_now(self) -> None:
        """Bring every panel, hidden ones too, up to date immediately (tests call this)."""
        self.controller.refresh_now()

    def _dock_shown(self, key: str, shown: bool) -> None:
        if shown:
            self.controller.hidden.discard(key)
            self._schedule("net", "history")  # it missed the updates while out of sight
        else:
            self.controller.hidden.add(key)

    # ------------------------------------------------------------------ training
    # The work itself is training_actions' and the controller's; these are the names lessons
    # and tests call.
    def _sync_controls(self) -> None:
        self.training_actions.sync_controls()

    def follow_session(self, session: Session) -> None:
        """Show and train this session from now on: its changes reach the frames, the old one's no longer."""
        self._unsubscribe()
        self.session = self.controller.session = session
        self._unsubscribe = session.subscribe(self.frames.on_session)

    def reset_weights(self) -> None:
        self.training_actions.reset_weights()

    def new_lesson(self) -> None:
        """One action for the next class: empty loss history, the chosen weights back."""
        self.training_actions.new_lesson()

    def set_target(self, spec: str, values=None) -> None:
        self.training_actions.set_target(spec, values)

    def set_lr(self, lr: float) -> None:
        self.training_actions.set_lr(lr)

    def set_zero_grad(self, on: bool) -> None:
        self.training_actions.set_zero_grad(on)

    def is_playing(self) -> bool:
        """Whether Play is taking steps."""
        return self.controller.is_playing()

    def is_training_on_class_set(self) -> bool:
        """Whether training on the class set is under way (Backprop and Play wait for it)."""
        return self.controller.is_training_on_class_set()

    def step(self, n: int = 1) -> None:
        """Run n backprop steps now (stopping at divergence), then refresh at the next frame."""
        if self.controller.step(n):
            self.code.highlight_training()

    def set_playing(self, playing: bool) -> None:
        self.controller.set_playing(playing)

    # ------------------------------------------------------------------ network and weights
    def _set_inspected(self, name: str) -> None:
        self.gradient_presenter.set_inspected(name)
        self._schedule("history")

    def _before_step(self) -> None:
        """Note the weights' values the panels show an update of (Gradients, Explain)."""
        self.gradient_presenter.remember()
        self.explainer.before_step()

    # The work itself is weights_actions'; these are the names lessons and tests call.
    def use_session(self, session: Session) -> None:
        """Show and train another session (one opened from a file) in place of the current one."""
        self.weights_actions.use_session(session)

    def set_arch(self, arch: str) -> None:
        self.weights_actions.set_arch(arch)

    def use_pretrained(self) -> None:
        self.weights_actions.use_pretrained()

    def use_random(self, seed: int) -> None:
        self.weights_actions.use_random(seed)

    def open_weights_file(self, path: str | Path) -> bool:
        """Load weights; a bad file gets a clear message and changes nothing."""
        return self.weights_actions.open_file(path)

    def save_weights_file(self, path: str | Path) -> bool:
        return self.weights_actions.save_file(path)

    def after_weights_change(self) -> None:
        """Other weights in the net (a file, a reset, a restored step): every panel catches up."""
        self.weights_actions.after_change()

    # ------------------------------------------------------------------ exports
    def export_loss_csv(self, path: str | Path) -> bool:
        """Write step, loss per line (exports); False, with a message, if it could not be written."""
        return self.exports.loss_csv(path)

    def export_feature_maps(self, path: str | Path) -> bool:
        """A picture of every stage's feature maps (exports); False, with a message, on failure."""
        return self.exports.feature_maps(path)

    # ------------------------------------------------------------------ class set
    # The work itself is class_set_workflow's; these are the names lessons and tests call.
    @property
    def class_set_import(self) -> ClassSetImport | None:
        """The class-set import running, if any."""
        return self.class_set_workflow.import_job

    @property
    def class_set_evaluation_job(self) -> ClassSetEvaluationJob | None:
        """The class-set evaluation running, if any."""
        return self.class_set_workflow.evaluation_job

    def add_drawing_to_class_set(self) -> None:
        """Add the drawing to the class set, labelled with the target digit."""
        self.class_set_workflow.add_drawing()

    def class_set_held_out(self) -> set[str] | None:
        """Ids of the drawings held out for testing, or None when the split is off."""
        return self.class_set_workflow.held_out()

    def set_class_set_holdout(self, on: bool) -> None:
        """Hold out a fixed fifth of the class set from training (kept in the settings)."""
        self.class_set_workflow.set_holdout(on)

    def evaluate_class_set(self) -> None:
        """Run the current net on every class-set drawing in the background; the panel shows it."""
        self.class_set_workflow.evaluate()

    def cancel_class_set_evaluation(self) -> None:
        self.class_set_workflow.cancel_evaluation()

    def delete_all_class_set(self) -> None:
        """Remove every drawing (the browser asked for confirmation); undo brings them back."""
        self.class_set_workflow.delete_all()

    def undo_delete_all_class_set(self) -> None:
        self.class_set_workflow.undo_delete_all()

    def train_on_class_set(self, epochs: int) -> None:
        """Train on the class's drawings, epoch by epoch, without freezing the window."""
        self.class_set_workflow.train(epochs)

    def import_class_set(self, path: str | Path) -> None:
        """Start adding the drawings of a class-set zip in the background (progress, Cancel)."""
        self.class_set_workflow.import_zip(path)

    def cancel_class_set_import(self) -> None:
        self.class_set_workflow.cancel_import()

    def export_class_set(self, path: str | Path) -> bool:
        """Write the class set as a zip; False (and a message) if it could not be written."""
        return self.class_set_workflow.export_zip(path)

    def stop_class_training(self) -> None:
        self.controller.stop_class_training()

    # ------------------------------------------------------------------ dialogs
    def report_error(self, title: str, text: str) -> None:
        """A refusal said twice: in the status bar and in a dialog the user closes."""
        self.statusBar().showMessage(text, 8000)
        show_error(self, title, text)

    def ask_path(self, save: bool, title: str, name: str, filter_: str, then) -> None:
        """A file dialog; `then(path)` does the work (tests call those methods directly)."""
        path = file_dialog.ask_path(self, save, title, name, filter_)
        if path:
            then(path)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every menu action with keys (help_dialogs)."""
        return self.help_dialogs.shortcut_rows()

    def sizeHint(self) -> QSize:  # noqa: D102
        return QSize(1600, 1000)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._layout_restored and not self.presentation.is_on():
                window_geometry.size_docks(self, self.size())  # the size it is shown at, perhaps set after init
            if self.size() == self._auto_size:
                # The size the window gave itself: once the window manager has framed it, the
                # frame counts against the screen too.
                QTimer.singleShot(0, self._keep_on_screen)
        self.class_set_workflow.show()

