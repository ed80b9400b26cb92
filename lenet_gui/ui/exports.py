"""The loss history as CSV and the feature maps as PNG, each written whole or not at all."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QObject

from ..core.weights import WeightsSaveError, atomic_write
from . import language


class Exports(QObject):
    """Writes the window's loss history and feature maps; a failure is said and the old file kept."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def loss_csv(self, path: str | Path) -> bool:
        w = self.window
        # Built in memory, then swapped in whole: a full disk never leaves half a file behind.
        try:
            text = io.StringIO(newline="")
            writer = csv.writer(text)
            writer.writerow(["step", "loss"])
            for i, loss in enumerate(w.session.trainer.history, start=1):
                writer.writerow([i, repr(loss)])
            atomic_write(Path(path), text.getvalue().encode("utf-8"))
        except WeightsSaveError as err:
            w.report_error(self.tr("Could not export the loss history"), language.tr_core(err))
            return False
        except OSError as err:
            w.report_error(self.tr("Could not export the loss history"),
                     self.tr("{name}: {problem}. The previous file, if any, is unchanged.").format(
                         name=Path(path).name, problem=err.strerror or err))
            return False
        return True

    def feature_maps(self, path: str | Path) -> bool:
        w = self.window
        # The same whole-or-nothing writer as the loss history and the weights.
        w.refresh_now()
        data = w.maps.png_bytes()
        if not data:
            w.report_error(self.tr("Could not export the feature maps"), self.tr("The picture could not be rendered."))
            return False
        try:
            atomic_write(Path(path), data)
        except WeightsSaveError as err:
            w.report_error(self.tr("Could not export the feature maps"), language.tr_core(err))
            return False
        return True
