"""The backward graph PyTorch built for the loss, drawn in layers, and backward() walked node by node."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import language

NODE_W, NODE_H, GAP_X, GAP_Y = 190, 34, 18, 22  # the smallest node box; a larger label widens it
PAD_X, PAD_Y = 12, 10  # around a label inside its box
PLAIN, LEAF, CURRENT, SELECTED = QColor("#eef1f6"), QColor("#d5f0d0"), QColor("#ffb86b"), QColor("#fff3b0")


def layers(children: list[tuple[int, ...]]) -> list[int]:
    """Each node's layer: the longest path from the root, so every edge points downwards."""
    depth = [0] * len(children)
    for _ in range(len(children)):  # a DAG settles in at most as many passes as nodes
        changed = False
        for i, kids in enumerate(children):
            for c in kids:
                if depth[c] < depth[i] + 1:
                    depth[c] = depth[i] + 1
                    changed = True
        if not changed:
            break
    return depth


class _Graph(QGraphicsView):
    clicked = Signal(int)

    def __init__(self):
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.Antialiasing)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self._rects: list = []

    def mousePressEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and item.data(0) is None:
            item = item.parentItem()
        if item is not None:
            self.clicked.emit(int(item.data(0)))
        super().mousePressEvent(event)


class AutogradGraphView(QWidget):
    """Shows plain data: node labels and children; marks a selected node and the backward step."""

    nodeSelected = Signal(int)
    """Index of the node the student clicked."""
    stepRequested = Signal(int)
    """Index (0-based) of the backward step to show; -1 to leave step-by-step."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("autograd_graph")
        self.view = _Graph()
        self.view.setObjectName("autograd_graph_view")
        self.step_button = QPushButton(objectName="backward_step_button")
        self.restart_button = QPushButton(objectName="backward_restart_button")
        self.info = QLabel(objectName="autograd_info", wordWrap=True)
        language.texts(self, lambda: (
            self.view.setToolTip(self.tr("The backward graph PyTorch built for the last loss (loss.grad_fn and its "
                                         "next_functions). Click a node to see the code line that created it.")),
            self.step_button.setText(self.tr("Step backward ▶")),
            self.step_button.setToolTip(self.tr("Walk backward() one node at a time, in the order autograd ran it")),
            self.restart_button.setText(self.tr("Restart")),
            self.restart_button.setToolTip(self.tr("Back to the loss, before backward() ran"))))
        self.info.setText(self.tr("Press Backprop step: the graph of its loss appears here."))
        self.grad_map = QLabel(objectName="autograd_grad_map")
        self.grad_map.setFixedSize(72, 72)
        row = QHBoxLayout()
        row.addWidget(self.step_button)
        row.addWidget(self.restart_button)
        row.addStretch(1)
        below = QHBoxLayout()
        below.addWidget(self.info, 1)
        below.addWidget(self.grad_map)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addLayout(below)
        self._labels: list[str] = []
        self._children: list[tuple[int, ...]] = []
        self._leaves: set[int] = set()
        self._presenting = False
        self._items: list = []
        self._selected = -1
        self._current = -1
        self._step = -1
        self._steps = 0
        self.view.clicked.connect(self._on_click)
        self.step_button.clicked.connect(lambda: self.stepRequested.emit(min(self._step + 1, self._steps - 1)))
        self.restart_button.clicked.connect(lambda: self.stepRequested.emit(-1))

    # -- data in -------------------------------------------------------------------------
    def set_graph(self, labels: list[str], children: list[tuple[int, ...]], leaves: set[int],
                  steps: int) -> None:
        """Node labels, children by index, which nodes are parameter leaves, how many backward steps."""
        same = labels == self._labels and len(self._items) == len(labels)
        self._steps = steps
        self.step_button.setEnabled(steps > 0)
        if same:
            return
        self._labels, self._leaves = list(labels), set(leaves)
        self._step = self._current = -1
        self._children = [tuple(kids) for kids in children]
        self._draw(self._children)

    def node_labels(self) -> list[str]:
        return list(self._labels)

    def show_step(self, step: int, node: int, text: str, grad_map: np.ndarray | None) -> None:
        """Mark node as the one backward() runs at this step, with what flows into it."""
        self._step, self._current = step, node
        self.info.setText(text)
        self._show_map(grad_map)
        self._paint_nodes()

    def clear_step(self, text: str = "") -> None:
        self._step = self._current = -1
        self.info.setText(text)
        self.grad_map.clear()
        self._paint_nodes()

    def select(self, node: int, text: str) -> None:
        self._selected = node
        self.info.setText(text)
        self._paint_nodes()

    def current_node(self) -> int:
        return self._current

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: node labels a projector's back row reads (the graph scrolls
        rather than shrink them below that), the boxes grown to hold them."""
        if bool(on) == self._presenting:
            return
        self._presenting = bool(on)
        if self._labels:
            self._draw(self._children)

    def label_font(self) -> QFont:
        """The font the node labels are drawn in (before the view's fit-to-width scale)."""
        font = QFont()
        if self._presenting:
            from .presentation import MIN_TEXT_PX, text_point_size  # (it imports pyqtgraph)

            font.setPointSizeF(text_point_size(self, MIN_TEXT_PX + 1))
        else:
            font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    # -- drawing -------------------------------------------------------------------------
    def _draw(self, children: list[tuple[int, ...]]) -> None:
        scene = self.view.scene()
        scene.clear()
        self._items = []
        depth = layers(children)
        rows: dict[int, list[int]] = {}
        for i, d in enumerate(depth):
            rows.setdefault(d, []).append(i)
        # Every box as wide as the longest label needs (the same size for all: the layers line up).
        font = self.label_font()
        metrics = QFontMetricsF(font)
        node_w = max([NODE_W] + [metrics.horizontalAdvance(label) + PAD_X for label in self._labels])
        node_h = max(NODE_H, metrics.height() + PAD_Y)
        where = {}
        widest = max((len(r) for r in rows.values()), default=1)
        for d, members in rows.items():
            offset = (widest - len(members)) * (node_w + GAP_X) / 2
            for k, i in enumerate(members):
                where[i] = (offset + k * (node_w + GAP_X), d * (node_h + GAP_Y))
        pen = QPen(QColor("#7a808c"), 1.2)
        for i, kids in enumerate(children):
            x0, y0 = where[i]
            for c in kids:
                x1, y1 = where[c]
                scene.addLine(x0 + node_w / 2, y0 + node_h, x1 + node_w / 2, y1, pen)
        for i, label in enumerate(self._labels):
            x, y = where[i]
            rect = scene.addRect(QRectF(x, y, node_w, node_h), QPen(QColor("#4a5060"), 1))
            rect.setData(0, i)
            rect.setToolTip(label)
            text = scene.addSimpleText(label, font)
            text.setParentItem(rect)
            box = text.boundingRect()
            text.setPos(x + (node_w - box.width()) / 2, y + (node_h - box.height()) / 2)
            self._items.append(rect)
        # Each item paints from a pixmap of itself, made again only when it changes (a node's
        # colour): a repaint of the whole graph costs a third of drawing its text and lines.
        for item in scene.items():
            item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self._paint_nodes()
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-8, -8, 8, 8))
        self._fit()

    def _paint_nodes(self) -> None:
        for i, rect in enumerate(self._items):
            colour = LEAF if i in self._leaves else PLAIN
            if i == self._selected:
                colour = SELECTED
            if i == self._current:
                colour = CURRENT
            rect.setBrush(QBrush(colour))
        if 0 <= self._current < len(self._items):
            self.view.ensureVisible(self._items[self._current])

    def _show_map(self, grad_map: np.ndarray | None) -> None:
        if grad_map is None or grad_map.size == 0:
            self.grad_map.clear()
            return
        top = float(grad_map.max()) or 1.0
        grey = np.ascontiguousarray(np.clip(grad_map / top * 255, 0, 255).astype(np.uint8))
        image = QImage(grey.data, grey.shape[1], grey.shape[0], grey.strides[0], QImage.Format_Grayscale8)
        self.grad_map.setPixmap(QPixmap.fromImage(image.copy()).scaled(
            self.grad_map.size(), Qt.KeepAspectRatio, Qt.FastTransformation))
        self.grad_map.setToolTip(self.tr("|gradient| summed over channels: where the loss is most sensitive"))


    def _on_click(self, node: int) -> None:
        self.nodeSelected.emit(node)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        rect = self.view.scene().sceneRect()
        if rect.height() > 0:
            # Fit the width; the graph is tall, so scroll vertically rather than shrink the text away.
            scale = min(1.0, self.view.viewport().width() / rect.width())
            if self._presenting:
                # Never below the projector's minimum: the graph scrolls sideways instead.
                from .presentation import MIN_TEXT_PX

                px = QFontInfo(self.label_font()).pixelSize()
                scale = max(scale, min(1.0, MIN_TEXT_PX / max(1, px)))
            self.view.resetTransform()
            self.view.scale(scale, scale)
