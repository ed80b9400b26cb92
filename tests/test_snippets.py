"""The tutorial's printouts: each snippet prints what the same code prints in plain PyTorch."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import torch

from lenet_gui.core import Session
from lenet_gui.core.snippets import SEED, TUTORIAL_SNIPPETS, run_snippets

# An independent reference: the tutorial's class as the tutorial prints it, in a fresh Python.
REFERENCE = textwrap.dedent('''
    import sys
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Net(nn.Module):
        def __init__(self, k, flat):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 6, k)
            self.conv2 = nn.Conv2d(6, 16, k)
            self.fc1 = nn.Linear(flat, 120)
            self.fc2 = nn.Linear(120, 84)
            self.fc3 = nn.Linear(84, 10)

        def forward(self, x):
            x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
            x = F.max_pool2d(F.relu(self.conv2(x)), 2)
            x = x.view(-1, x.size()[1:].numel())
            x = F.relu(self.fc1(x))
            x = F.relu(self.fc2(x))
            return self.fc3(x)

    k, flat, weights, seed = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    net = Net(k, flat)
    net.load_state_dict(torch.load(weights))
    torch.manual_seed(seed)
''')


def normalised(text: str) -> str:
    return re.sub(r" at 0x[0-9a-f]+>", " at 0x…>", text)


def reference_outputs(session, tmp_path) -> list[str]:
    weights = tmp_path / "w.pt"
    torch.save(session.net.state_dict(), weights)
    script = REFERENCE + "".join(
        f"print('=== {i}')\n" + s.code for i, s in enumerate(TUTORIAL_SNIPPETS))
    done = subprocess.run([sys.executable, "-c", script, str(session.net.arch.kernel),
                           str(session.net.arch.flat), str(weights), str(SEED)],
                          capture_output=True, text=True, timeout=120, check=True)
    return re.split(r"=== \d+\n", done.stdout)[1:]


def test_every_snippet_prints_what_plain_pytorch_prints(tmp_path):
    for arch in ("tutorial", "lenet5"):
        session = Session(arch=arch)
        expected = reference_outputs(session, tmp_path)
        assert len(expected) == len(TUTORIAL_SNIPPETS)
        for snippet, want in zip(TUTORIAL_SNIPPETS, expected, strict=True):
            assert normalised(snippet.run(session)) == normalised(want), (arch, snippet.title)


def test_the_tutorial_printouts_say_what_the_tutorial_teaches():
    session = Session()
    out = [s.run(session) for s in TUTORIAL_SNIPPETS]
    assert "(conv1): Conv2d(1, 6, kernel_size=(3, 3)" in out[0]
    assert out[1] == "10\ntorch.Size([6, 1, 3, 3])\n"
    assert "grad_fn=<AddmmBackward0>" in out[2]
    assert "grad_fn=<MseLossBackward0>" in out[4]
    assert out[5].startswith("<MseLossBackward0 object at")
    assert "conv1.bias.grad before backward\nNone\nconv1.bias.grad after backward\ntensor([" in out[6]


def test_running_snippets_never_changes_the_session():
    session = Session()
    before = {k: v.clone() for k, v in session.net.state_dict().items()}
    for i in range(len(TUTORIAL_SNIPPETS)):
        run_snippets(session, i)
    assert all(torch.equal(before[k], v) for k, v in session.net.state_dict().items())
    assert all(p.grad is None for p in session.net.parameters())


def test_a_weight_update_says_what_it_changed():
    session = Session()
    printed, changed = run_snippets(session, 7)  # the update by hand prints nothing
    assert printed == "" and "conv1.weight[0]:" in changed and "->" in changed
