"""The Net matches the tutorial's: layers, parameter counts, printout, state_dicts, seeding."""

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import load_file

from lenet_gui.core import ARCHS, Net, get_arch, load_weights, save_weights, state_shapes
from lenet_gui.core.net import INPUT_SIZE


class TutorialNet(nn.Module):
    """The network as the PyTorch beginner tutorial "Neural Networks" writes it (3×3 kernels)."""

    def __init__(self):
        super().__init__()
        # 1 input image channel, 6 output channels, 3x3 square convolution
        # kernel
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.conv2 = nn.Conv2d(6, 16, 3)
        # an affine operation: y = Wx + b
        self.fc1 = nn.Linear(16 * 6 * 6, 120)  # 6*6 from image dimension
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        # Max pooling over a (2, 2) window
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        # If the size is a square you can only specify a single number
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, self.num_flat_features(x))
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x

    def num_flat_features(self, x):
        size = x.size()[1:]  # all dimensions except the batch dimension
        num_features = 1
        for s in size:
            num_features *= s
        return num_features


TUTORIAL_PRINT = """Net(
  (conv1): Conv2d(1, 6, kernel_size=(3, 3), stride=(1, 1))
  (conv2): Conv2d(6, 16, kernel_size=(3, 3), stride=(1, 1))
  (fc1): Linear(in_features=576, out_features=120, bias=True)
  (fc2): Linear(in_features=120, out_features=84, bias=True)
  (fc3): Linear(in_features=84, out_features=10, bias=True)
)"""

LENET5_PRINT = """Net(
  (conv1): Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))
  (conv2): Conv2d(6, 16, kernel_size=(5, 5), stride=(1, 1))
  (fc1): Linear(in_features=400, out_features=120, bias=True)
  (fc2): Linear(in_features=120, out_features=84, bias=True)
  (fc3): Linear(in_features=84, out_features=10, bias=True)
)"""

KEYS = [
    "conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc1.weight", "fc1.bias",
    "fc2.weight", "fc2.bias", "fc3.weight", "fc3.bias",
]


def test_tutorial_layers():
    net = Net("tutorial", seed=0)
    assert (net.conv1.in_channels, net.conv1.out_channels, net.conv1.kernel_size) == (1, 6, (3, 3))
    assert (net.conv2.in_channels, net.conv2.out_channels, net.conv2.kernel_size) == (6, 16, (3, 3))
    assert (net.fc1.in_features, net.fc1.out_features) == (576, 120)
    assert (net.fc2.in_features, net.fc2.out_features) == (120, 84)
    assert (net.fc3.in_features, net.fc3.out_features) == (84, 10)
    assert net.num_params() == 81_194
    assert sum(p.numel() for p in net.parameters()) == 81_194


def test_lenet5_layers():
    net = Net("lenet5", seed=0)
    assert net.conv1.kernel_size == (5, 5) and net.conv2.kernel_size == (5, 5)
    assert (net.fc1.in_features, net.fc1.out_features) == (400, 120)
    assert net.num_params() == 61_706


def test_default_is_the_tutorial_net():
    assert Net().arch.name == "tutorial"
    assert Net().arch is get_arch("tutorial")


@pytest.mark.parametrize("arch,text", [("tutorial", TUTORIAL_PRINT), ("lenet5", LENET5_PRINT)])
def test_printout_matches_the_tutorial(arch, text):
    assert str(Net(arch, seed=0)) == text


def test_tutorial_class_prints_the_same():
    # The printout is the tutorial's own, class name included.
    assert str(TutorialNet()).replace("TutorialNet(", "Net(") == TUTORIAL_PRINT


@pytest.mark.parametrize("arch", list(ARCHS))
def test_state_dict_keys_and_shapes(arch):
    state = Net(arch, seed=0).state_dict()
    assert list(state) == KEYS
    assert {k: tuple(v.shape) for k, v in state.items()} == state_shapes(arch)


def test_state_dict_keys_equal_the_tutorials():
    assert list(Net(seed=0).state_dict()) == list(TutorialNet().state_dict())


def test_app_state_dict_loads_into_the_tutorials_class_and_back():
    x = torch.rand(2, 1, 32, 32)
    app = Net("tutorial", seed=3)
    tutorial = TutorialNet()
    assert tutorial.load_state_dict(app.state_dict()) is not None  # strict=True by default
    torch.testing.assert_close(tutorial(x), app(x), rtol=0, atol=0)

    other = TutorialNet()
    app2 = Net("tutorial", seed=4)
    assert not torch.equal(app2(x), other(x))
    app2.load_state_dict(other.state_dict())
    torch.testing.assert_close(app2(x), other(x), rtol=0, atol=0)


def test_files_saved_by_the_app_load_into_the_tutorials_class(tmp_path):
    x = torch.rand(1, 1, 32, 32)
    app = Net("tutorial", seed=8)
    save_weights(app, tmp_path / "app.pt")
    save_weights(app, tmp_path / "app.safetensors")
    for state in (torch.load(tmp_path / "app.pt", weights_only=True),
                  load_file(tmp_path / "app.safetensors")):
        tutorial = TutorialNet()
        tutorial.load_state_dict(state)
        torch.testing.assert_close(tutorial(x), app(x), rtol=0, atol=0)


def test_the_tutorials_saved_state_dict_loads_into_the_app(tmp_path):
    # The tutorial's way of saving: torch.save(net.state_dict(), PATH).
    tutorial = TutorialNet()
    torch.save(tutorial.state_dict(), tmp_path / "tutorial.pth")
    app = Net("tutorial", seed=9)
    load_weights(app, tmp_path / "tutorial.pth")
    x = torch.rand(2, 1, 32, 32)
    torch.testing.assert_close(app(x), tutorial(x), rtol=0, atol=0)


def test_tutorial_state_dict_does_not_fit_lenet5():
    with pytest.raises(RuntimeError, match="size mismatch"):
        Net("lenet5", seed=0).load_state_dict(TutorialNet().state_dict())


@pytest.mark.parametrize("arch", list(ARCHS))
def test_same_seed_same_weights(arch):
    a, b = Net(arch, seed=7).state_dict(), Net(arch, seed=7).state_dict()
    c = Net(arch, seed=8).state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert not any(torch.equal(a[k], c[k]) for k in a)


def test_seeded_net_leaves_the_global_rng_alone():
    torch.manual_seed(123)
    expected = torch.rand(5)
    torch.manual_seed(123)
    Net("tutorial", seed=1)
    Net("lenet5", seed=2)
    assert torch.equal(torch.rand(5), expected)


def test_unseeded_net_uses_the_global_rng_like_the_tutorial():
    torch.manual_seed(5)
    a = Net()
    torch.manual_seed(5)
    b = TutorialNet()
    assert all(torch.equal(v, b.state_dict()[k]) for k, v in a.state_dict().items())


def test_forward_shape_and_batch():
    net = Net(seed=0)
    assert net(torch.rand(1, 1, INPUT_SIZE, INPUT_SIZE)).shape == (1, 10)
    assert net(torch.rand(4, 1, 32, 32)).shape == (4, 10)


@pytest.mark.parametrize("bad", ["lenet", "", None, 3])
def test_unknown_arch_lists_the_valid_ones(bad):
    with pytest.raises(ValueError, match="tutorial, lenet5"):
        Net(bad)
