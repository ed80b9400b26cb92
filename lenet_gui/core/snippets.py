"""The tutorial's printouts, runnable: its snippets in its order, each showing what PyTorch prints.

Each snippet is fixed text from the tutorial (nothing typed by a user is ever run). Running one
replays the snippets before it, silently, then captures what this one prints — on a copy of the
session's net, so the session's weights and gradients never change; the copy starts from the
session's current weights, so what is printed is what the live net would print. Random numbers
come from a fixed seed: running a snippet twice prints the same thing.
"""

from __future__ import annotations

import contextlib
import copy
import io
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

from .text import QT_TRANSLATE_NOOP

SEED = 0  # the tutorial draws its input and targets with torch.randn: the same numbers every run


@dataclass(frozen=True)
class Snippet:
    """One snippet of the tutorial: its title, its code, and whether it changes the net."""

    title: str
    code: str
    changes_net: bool  # it writes gradients or weights (it runs on a copy either way)
    note: str = ""  # what the app adds to the printout, said as the app's words

    def run(self, session) -> str:
        """What PyTorch prints for this snippet, run after the ones before it on a copy of the net."""
        return run_snippets(session, TUTORIAL_SNIPPETS.index(self))[0]


def run_snippets(session, upto: int) -> tuple[str, str]:
    """Run snippets 0..upto in order on a copy of session.net.

    Returns what the last one printed, exactly, and (for one that changes the net) a few
    lines, as comments, saying what it changed: a weight update prints nothing.
    """
    net = copy.deepcopy(session.net)
    namespace = {"torch": torch, "nn": nn, "F": F, "net": net}
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(SEED)
        for snippet in TUTORIAL_SNIPPETS[:upto]:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(snippet.code, f"<tutorial: {snippet.title}>", "exec"), namespace)  # noqa: S102 - fixed text
        out = io.StringIO()
        snippet = TUTORIAL_SNIPPETS[upto]
        before = _first_values(net)
        with contextlib.redirect_stdout(out):
            exec(compile(snippet.code, f"<tutorial: {snippet.title}>", "exec"), namespace)  # noqa: S102 - fixed text
    changed = _what_changed(before, _first_values(net)) if snippet.changes_net else ""
    return out.getvalue(), changed


def _first_values(net: nn.Module) -> dict[str, tuple[float, float | None]]:
    """(first value, first gradient value) of each parameter: enough to see a step happen."""
    return {name: (float(p.detach().reshape(-1)[0]),
                   None if p.grad is None else float(p.grad.reshape(-1)[0]))
            for name, p in net.named_parameters()}


def _what_changed(before: dict, after: dict) -> str:
    lines = []
    for name in ("conv1.weight", "fc3.bias"):
        (w0, g0), (w1, g1) = before[name], after[name]
        if g0 != g1:
            lines.append(f"# {name}.grad[0]: {_num(g0)} -> {_num(g1)}")
        if w0 != w1:
            lines.append(f"# {name}[0]: {w0:.8g} -> {w1:.8g}")
    return "\n".join(lines) + "\n" if lines else ""


def _num(value: float | None) -> str:
    return "None" if value is None else f"{value:.6g}"


TUTORIAL_SNIPPETS: tuple[Snippet, ...] = (
    Snippet(QT_TRANSLATE_NOOP("Snippets", "The network").msg(), "print(net)\n", False),
    Snippet(QT_TRANSLATE_NOOP("Snippets", "Its learnable parameters").msg(), """\
params = list(net.parameters())
print(len(params))
print(params[0].size())  # conv1's .weight
""", False),
    Snippet(QT_TRANSLATE_NOOP("Snippets", "A random 32×32 input").msg(), """\
input = torch.randn(1, 1, 32, 32)
out = net(input)
print(out)
""", False),
    Snippet(QT_TRANSLATE_NOOP("Snippets", "Backprop with random gradients").msg(), """\
net.zero_grad()
out.backward(torch.randn(1, 10))
""", True),
    Snippet(QT_TRANSLATE_NOOP("Snippets", "Loss function").msg(), """\
output = net(input)
target = torch.randn(10)  # a dummy target, for example
target = target.view(1, -1)  # make it the same shape as output
criterion = nn.MSELoss()

loss = criterion(output, target)
print(loss)
""", False),
    Snippet(QT_TRANSLATE_NOOP("Snippets", "Follow loss backward").msg(), """\
print(loss.grad_fn)  # MSELoss
print(loss.grad_fn.next_functions[0][0])  # Linear
print(loss.grad_fn.next_functions[0][0].next_functions[0][0])  # ReLU
""", False, QT_TRANSLATE_NOOP("Snippets", "The tutorial's comments were written for PyTorch 1.3; today the first input of the "
                 "Linear's backward (AddmmBackward0) is its bias, so PyTorch prints AccumulateGrad there.").msg()),
    Snippet(QT_TRANSLATE_NOOP("Snippets", "Backprop").msg(), """\
net.zero_grad()     # zeroes the gradient buffers of all parameters

print('conv1.bias.grad before backward')
print(net.conv1.bias.grad)

loss.backward()

print('conv1.bias.grad after backward')
print(net.conv1.bias.grad)
""", True, QT_TRANSLATE_NOOP("Snippets", "Since PyTorch 2.0, zero_grad() sets gradients to None instead of zeros, so the "
                "first print says None.").msg()),
    Snippet(QT_TRANSLATE_NOOP("Snippets", "Update the weights (by hand)").msg(), """\
learning_rate = 0.01
for f in net.parameters():
    f.data.sub_(f.grad.data * learning_rate)
""", True),
    Snippet(QT_TRANSLATE_NOOP("Snippets", "Update the weights (torch.optim)").msg(), """\
import torch.optim as optim

# create your optimizer
optimizer = optim.SGD(net.parameters(), lr=0.01)

# in your training loop:
optimizer.zero_grad()   # zero the gradient buffers
output = net(input)
loss = criterion(output, target)
loss.backward()
optimizer.step()    # Does the update
""", True),
)
