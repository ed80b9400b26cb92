"""The tutorial code panel: the right numbers for each architecture, and what it highlights."""

from lenet_gui.ui.code_view import FORWARD_FIRST, TRAIN_FIRST, CodeView


def lines(view):
    return view.editor.toPlainText().splitlines()


def test_forward_and_training_lines_are_where_the_constants_say(qtbot):
    view = CodeView()
    qtbot.addWidget(view)
    text = lines(view)
    assert text[FORWARD_FIRST].strip() == "x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))"
    assert text[FORWARD_FIRST + 2].strip() == "x = x.view(-1, 576)"
    assert text[TRAIN_FIRST].startswith("optimizer.zero_grad()")
    assert text[TRAIN_FIRST + 4].startswith("optimizer.step()")


def test_lenet5_numbers(qtbot):
    view = CodeView()
    qtbot.addWidget(view)
    view.set_arch(5, 400, 5)
    text = "\n".join(lines(view))
    assert "nn.Conv2d(1, 6, 5)" in text and "x.view(-1, 400)" in text and "16 * 5 * 5" in text


def test_highlights_follow_stage_and_step(qtbot):
    view = CodeView()
    qtbot.addWidget(view)
    view.highlight_forward(3)
    assert view.marked_lines() == [FORWARD_FIRST + 2]
    assert len(view.editor.extraSelections()) == 1
    view.highlight_training()
    assert view.marked_lines() == [TRAIN_FIRST + i for i in range(5)]


def test_zero_grad_off_and_lr_are_shown(qtbot):
    view = CodeView()
    qtbot.addWidget(view)
    view.set_training(0.5, False)
    text = "\n".join(lines(view))
    assert "lr=0.5" in text
    assert lines(view)[TRAIN_FIRST].lstrip().startswith("# optimizer.zero_grad()")
