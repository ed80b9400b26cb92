"""What the start set aside or cannot do, said once in a banner under the menu."""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QToolBar

from ..core.classset import ClassSet
from . import language, paths


class StartupNotices(QObject):
    """Sentences about files set aside or folders that cannot be written, and the banner showing them."""

    def __init__(self, window: QMainWindow, set_aside: list[str]) -> None:
        super().__init__(window)
        self.window = window
        # Sentences about files set aside or folders that cannot be written, shown once in a
        # banner the window opens with (see notices).
        self._notices: list[str] = [language.tr_core(s) for s in set_aside]
        self._bar: QToolBar | None = None

    def open_class_set(self) -> ClassSet:
        """The class set in the data folder; when that cannot be written, a temporary one.

        What it cannot do or has set aside (ClassSet.set_aside) joins the notices.
        """
        class_set = self._open_class_set()
        self._notices += [language.tr_core(line) for line in class_set.set_aside]
        return class_set

    def _open_class_set(self) -> ClassSet:
        try:
            return ClassSet(paths.data_dir() / "class_set")
        except OSError as err:
            problem = err
        # A read-only home (a locked-down school account, a live system): the lesson still
        # works, with drawings kept for this session only.
        scratch = tempfile.mkdtemp(prefix="lenet-gui-")
        weakref.finalize(self.window, shutil.rmtree, scratch, ignore_errors=True)
        where = problem.filename or paths.home() or self.tr("the per-user folder")
        self._notices.append(self.tr(
            "lenet-gui cannot save in {where} ({problem}). Everything works, "
            "but settings and class-set drawings are kept only until you quit.").format(
                where=where, problem=problem.strerror or problem))
        return ClassSet(Path(scratch) / "class_set")

    def notices(self) -> list[str]:
        """Sentences about what the start set aside or cannot do; the banner shows them once."""
        notices = list(self._notices)
        if language.current() == "ja" and not language.has_japanese_font():
            notices.append(language.font_notice())
        return notices

    def show(self) -> None:
        """The banner under the menu (once), if there is anything to say."""
        # A banner under the menu, not a dialog: the teacher sees it, the lesson is not blocked.
        window = self.window
        notices = self.notices()
        if not notices or self._bar is not None:
            return
        bar = QToolBar(self.tr("Notice"), window)
        bar.setObjectName("startup_notices")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.setStyleSheet("QToolBar { background: #fff1b8; border-bottom: 1px solid #c9a227; }"
                          "QLabel { color: #222; }")
        text = QLabel("\n".join(notices), objectName="startup_notice")
        text.setTextFormat(Qt.TextFormat.PlainText)  # paths and messages are data, not markup
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text.setContentsMargins(8, 4, 8, 4)  # counted by heightForWidth, unlike style padding
        text.setMinimumWidth(300)  # the window can still be made narrow
        # As tall as the lines wrapped at the window's width (a word-wrapped label's own
        # size hint is narrow and tall); the tooltip has the whole text if it gets narrower.
        text.setFixedHeight(text.heightForWidth(max(300, window.width() - 160)))
        text.setToolTip("\n".join(notices))
        ok = QPushButton(self.tr("OK"), objectName="startup_notice_ok")
        ok.setToolTip(self.tr("Hide this notice"))
        ok.clicked.connect(self.dismiss)
        bar.addWidget(text)
        bar.addWidget(ok)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self._bar = bar

    def dismiss(self) -> None:
        """Hide the start-up banner (its OK button)."""
        if self._bar is not None:
            self.window.removeToolBar(self._bar)
            self._bar.deleteLater()
            self._bar = None
