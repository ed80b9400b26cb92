"""Feeds the autograd graph and the tutorial console from the session: engine results to plain data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..core import TUTORIAL_SNIPPETS
from ..core.backward_replay import BackwardReplay, replay_backward
from ..core.snippets import run_snippets
from .autograd_graph_view import AutogradGraphView
from .language import texts, tr_core
from .numbers import fmt
from .tutorial_console import TutorialConsole


def node_label(name: str, param: str | None, shape: tuple[int, ...] | None) -> str:
    if param:
        return f"{param} {tuple(shape or ())}"
    return name


class AutogradPresenter(QObject):
    """Runs replay_backward on the session's net, input and target; walks it step by step."""

    stageChosen = Signal(str)
    """The forward stage key of the node the student clicked ("" for the loss)."""
    lossChosen = Signal()
    """The student clicked the loss node: the training lines made it."""

    def __init__(self, session: Callable, graph: AutogradGraphView, console: TutorialConsole):
        super().__init__(graph)
        self._session = session
        self.graph = graph
        self.console = console
        self.replay: BackwardReplay | None = None
        self._ran = False  # the replay is of a backward() a step ran (not the next one's)
        self._shown = None  # what the graph shows: the same backward again keeps the walk
        texts(self, lambda: console.set_snippets(
            [(tr_core(s.title), s.code, tr_core(s.note)) for s in TUTORIAL_SNIPPETS]))
        console.runRequested.connect(self.run_snippet)
        graph.stepRequested.connect(self.show_step)
        graph.nodeSelected.connect(self.select_node)

    def update(self) -> None:
        """The last step's backward(), replayed on a copy from what it started from; before any
        step (or after the weights changed), the one the next step would run."""
        s = self._session()
        trainer = s.trainer
        trainer.keep_backward = True  # from now on each step keeps what its backward() read
        ran = trainer.last_backward
        if ran is not None and (ran.step != len(trainer.history) or not ran.current):
            ran = None
        replay = replay_backward(s.net, s.input, s.target, trainer.zero_grad, ran)
        shown = (ran.step if ran is not None else None, trainer.zero_grad,
                 [(n.name, n.param, n.shape, n.children) for n in replay.nodes],
                 [(st.node, st.grad_norm, st.old_grad_norm) for st in replay.steps])
        self.replay = replay
        self._ran = ran is not None
        nodes = replay.nodes
        self.graph.set_graph([node_label(n.name, n.param, n.shape) for n in nodes],
                             [n.children for n in nodes],
                             {i for i, n in enumerate(nodes) if n.param}, len(replay.steps))
        if shown == self._shown:
            # The same backward() (the window redrew, e.g. for a language switch): the step
            # walked to or the node chosen stays, its sentence already in the new language.
            return
        self._shown = shown
        if ran is not None:
            self._say(lambda: self.graph.clear_step(
                self.tr("The backward() of step {step}, as it ran: {n} nodes. Press “Step backward ▶” "
                        "to follow it from the loss to every weight's .grad, in the order autograd "
                        "ran it.").format(step=ran.step, n=len(nodes))))
        else:
            self._say(lambda: self.graph.clear_step(
                self.tr("No step has run on these weights yet: this is the backward() the next "
                        "Backprop step will run, {n} nodes. Press “Step backward ▶” to follow it "
                        "from the loss to every weight's .grad.").format(n=len(nodes))))

    def _say(self, show: Callable[[], object]) -> None:
        """Show the sentence under the graph now and again, in the new words, after a language
        switch (the graph's state it sets stays as it is)."""
        texts(self, show, key="info")

    def show_step(self, step: int) -> None:
        if self.replay is None or step < 0 or not self.replay.steps:
            self._say(lambda: self.graph.clear_step(self.tr("Back at the loss: press “Step backward ▶” again.")))
            return
        step = min(step, len(self.replay.steps) - 1)
        st = self.replay.steps[step]
        self._say(lambda: self.graph.show_step(step, st.node, self._step_text(step, st), st.grad_map))
        self._choose(st.node)

    def _step_text(self, step: int, st) -> str:
        total = len(self.replay.steps)
        if st.param:
            if st.old_grad_norm is None:
                text = (self.tr("{step}/{total} · {param}.grad ← the gradient, shape {shape}, "
                                "norm {norm}: optimizer.step() used it.") if self._ran else
                        self.tr("{step}/{total} · {param}.grad ← the gradient, shape {shape}, "
                                "norm {norm}: optimizer.step() will use it.")).format(
                    step=step + 1, total=total, param=st.param, shape=st.grad_shape, norm=fmt(st.grad_norm, 4))
            else:
                text = self.tr("{step}/{total} · {param}.grad: old norm {old} + this backward's contribution "
                               "= new norm {new} (zero_grad is off, so it adds to the old one).").format(
                    step=step + 1, total=total, param=st.param, old=fmt(st.old_grad_norm, 4),
                    new=fmt(st.new_grad_norm, 4))
        else:
            text = self.tr("{step}/{total} · {name}: the gradient of the loss with respect to its "
                           "output arrives, shape {shape}, norm {norm}; it sends it on "
                           "to its inputs.").format(step=step + 1, total=total, name=st.name,
                                                    shape=st.grad_shape, norm=fmt(st.grad_norm, 4))
        return text

    def select_node(self, node: int) -> None:
        if self.replay is None or not 0 <= node < len(self.replay.nodes):
            return
        n = self.replay.nodes[node]
        stage = self.replay.stage_of.get(node, "")

        def sentence() -> str:
            where = (self.tr("made by the forward stage {stage}").format(stage=stage) if stage
                     else self.tr("made by the training lines (the loss)"))
            return self.tr("{node}: {where}.").format(
                node=f"{n.name}{' · ' + n.param if n.param else ''}", where=where)
        self._say(lambda: self.graph.select(node, sentence()))
        self._choose(node)

    def _choose(self, node: int) -> None:
        stage = self.replay.stage_of.get(node, "") if self.replay else ""
        if stage:
            self.stageChosen.emit(stage)
        elif node == 0:
            self.lossChosen.emit()

    def run_snippet(self, index: int) -> None:
        printed, changed = run_snippets(self._session(), index)
        self.console.show_result(index, printed, changed)
