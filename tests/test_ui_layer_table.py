"""The layer table alone: rows from a real trace, the total, signals from the user only."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget

from lenet_gui.core.net import Net
from lenet_gui.core.trace import trace
from lenet_gui.ui.layer_table import LayerTable

ARCHS = [("tutorial", "Tutorial net (3×3 kernels)"), ("lenet5", "LeNet-5 (5×5 kernels)")]


def rows_of(arch: str, with_tooltips: bool = True) -> list[dict]:
    torch.manual_seed(0)
    t = trace(Net(arch), torch.zeros(1, 1, 32, 32))
    rows = []
    for s in t:
        row = {"key": s.key, "index": s.index, "name": s.name, "op": s.op, "shape": s.shape,
               "param_shapes": s.param_shapes, "num_params": s.num_params}
        if with_tooltips:
            row["tooltip"] = f"tip {s.key}"
        rows.append(row)
    return rows


@pytest.fixture
def table(qtbot):
    w = LayerTable()
    qtbot.addWidget(w)
    w.resize(900, 560)
    w.set_archs(ARCHS, "tutorial")
    w.set_rows(rows_of("tutorial", with_tooltips=False))
    w.show()
    qtbot.waitExposed(w)
    return w


def _texts(t: QTableWidget, row: int) -> list[str]:
    return [t.item(row, c).text() for c in range(t.columnCount())]


def test_rows_and_total(table):
    t = table.findChild(QTableWidget, "layer_table")
    assert t.rowCount() == 14  # input + 12 stages + Total
    assert _texts(t, 1) == ["1  conv1", "self.conv1(x)", "(1, 6, 30, 30)",
                            "(6, 1, 3, 3) + (6,)", "60"]
    assert t.item(1, 3).toolTip() == "weight (6, 1, 3, 3), bias (6,)"
    assert _texts(t, 8)[4] == "69,240"
    assert _texts(t, 13)[0] == "Total" and _texts(t, 13)[4] == "81,194"
    assert t.item(13, 0).font().bold()
    assert table.total_params() == 81194
    assert t.item(1, 1).font().fixedPitch() or t.item(1, 1).font() != t.item(1, 0).font()
    # Not editable.
    assert not t.item(1, 1).flags() & Qt.ItemFlag.ItemIsEditable


def test_view_row_explains_the_flattening(table):
    t = table.findChild(QTableWidget, "layer_table")
    view_row = 7
    assert t.item(view_row, 0).text().endswith("view")
    assert t.item(view_row, 0).toolTip() == "16 channels × 6 × 6 = 576 values in one row for fc1"
    assert "= 16×6×6" in t.item(view_row, 2).text()


def test_given_tooltips_are_used(table):
    table.set_rows(rows_of("tutorial"))
    t = table.findChild(QTableWidget, "layer_table")
    assert t.item(3, 2).toolTip() == "tip pool1"
    assert "weight 6×1×3×3 = 54" in t.item(1, 4).toolTip()


def test_arch_changed_only_on_user_choice(table, qtbot):
    combo = table.findChild(QComboBox, "arch_selector")
    assert combo.count() == 2 and combo.currentText() == ARCHS[0][1]
    with qtbot.assertNotEmitted(table.archChanged):
        table.set_archs(ARCHS, "lenet5")
        table.set_archs(ARCHS, "tutorial")
    with qtbot.waitSignal(table.archChanged) as blocker:
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert blocker.args == ["lenet5"]
    table.set_rows(rows_of("lenet5"))
    assert table.total_params() == 61706


def test_stage_selection(table, qtbot):
    t = table.findChild(QTableWidget, "layer_table")
    rect = t.visualItemRect(t.item(4, 2))
    with qtbot.waitSignal(table.stageSelected) as blocker:
        qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["conv2"]
    with qtbot.assertNotEmitted(table.stageSelected):
        table.select_stage("fc1")
    assert table.selected_stage() == "fc1"
    # Refilling with new numbers keeps the selection; the Total row cannot be selected.
    table.set_rows(rows_of("tutorial"))
    assert table.selected_stage() == "fc1"
    rect = t.visualItemRect(t.item(13, 0))
    with qtbot.assertNotEmitted(table.stageSelected):
        qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    table.select_stage("nope")
    assert table.selected_stage() == ""


def test_empty_rows(table):
    table.set_rows([])
    assert table.total_params() == 0
    table.set_archs([], "")
    assert table.current_arch() == ""
