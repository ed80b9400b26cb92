"""The code panel shows the source the net really runs and marks the line each stage came from."""

import inspect

import torch
import torch.nn.functional as F

from lenet_gui import tutorial
from lenet_gui.core import Net, trace
from lenet_gui.core.source import forward_source
from lenet_gui.ui.code_view import CodeView


def shown(qtbot, net):
    view = CodeView()
    qtbot.addWidget(view)
    src = forward_source(net)
    view.set_source(src.text, src.file, src.first_line, src.training_lines, src.layers)
    return view


def test_the_tutorial_file_is_shown_as_it_is_on_disk(qtbot):
    view = shown(qtbot, Net(seed=0))
    with open(tutorial.__file__, encoding="utf-8") as f:
        assert view.editor.toPlainText() == f.read()
    assert "x = x.view(-1, self.num_flat_features(x))" in view.editor.toPlainText()
    assert "Conv2d(1, 6, kernel_size=(3, 3)" in view.layers_label.toPlainText()


def test_lenet5_shows_its_own_layers_and_the_tutorial_forward(qtbot):
    view = shown(qtbot, Net("lenet5", seed=0))
    assert "Conv2d(1, 6, kernel_size=(5, 5)" in view.layers_label.toPlainText()
    assert "in_features=400" in view.layers_label.toPlainText()


def test_each_stage_marks_the_line_that_ran_it(qtbot):
    net = Net(seed=0)
    view = shown(qtbot, net)
    for stage in list(trace(net, torch.rand(1, 1, 32, 32)))[1:]:
        view.highlight_line(stage.file, stage.line)
        assert view.marked_lines() == [stage.line]
        assert stage.op.split("(")[0] in view.line_text(stage.line)
        assert len(view.editor.extraSelections()) == 1


def test_the_training_step_marks_the_tutorials_five_lines(qtbot):
    view = shown(qtbot, Net(seed=0))
    view.highlight_training()
    marked = [view.line_text(n).strip() for n in view.marked_lines()]
    assert [m.split("(")[0].split(" =")[0] for m in marked] == [
        "optimizer.zero_grad", "output", "loss", "loss.backward", "optimizer.step"]


def test_zero_grad_off_is_shown_on_its_line_and_the_lr_beside(qtbot):
    view = shown(qtbot, Net(seed=0))
    view.set_training(0.5, False)
    view.highlight_training()
    first = view.marked_lines()[0]
    assert view.line_text(first).strip().startswith("optimizer.zero_grad()")
    colours = {s.format.background().color().name() for s in view.editor.extraSelections()}
    assert len(colours) == 2  # the skipped line stands out from the four that ran
    assert "lr=0.5" in view.training_label.text() and "OFF" in view.training_label.text()


class Tanh(Net):
    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = torch.tanh(x)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, self.num_flat_features(x))
        return self.fc3(F.relu(self.fc2(F.relu(self.fc1(x)))))


def test_a_changed_forward_shows_its_real_source_and_lines(qtbot):
    net = Tanh(seed=0)
    view = shown(qtbot, net)
    assert view.editor.toPlainText() == inspect.getsource(Tanh)
    stage = trace(net, torch.rand(1, 1, 32, 32))["tanh"]
    view.highlight_line(stage.file, stage.line)
    assert view.line_text(stage.line).strip() == "x = torch.tanh(x)"
