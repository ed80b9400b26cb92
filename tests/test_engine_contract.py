"""The engine's contract: bad input to any public function raises its documented ValueError
(never OverflowError, AttributeError, RuntimeError or NotImplementedError) and changes nothing;
unusual but valid tensors (channels_last, requiring grad, float64, strided views) just work."""

import itertools
from fractions import Fraction

import numpy as np
import pytest
import torch

from lenet_gui.core import (
    FastTrainer,
    Net,
    StageError,
    Trainer,
    WeightsError,
    WeightsSaveError,
    arch_of,
    check_input,
    check_target,
    check_weights,
    custom_target,
    load_weights,
    one_hot,
    preprocess,
    preprocess_steps,
    save_weights,
    trace,
    tutorial_target,
)

HUGE = 10**400  # beyond any float
HUGER = 10**5000  # beyond even what Python prints as text by default

def ident(value) -> str:
    """A short test id; repr() itself refuses an int with more than 4,300 digits."""
    try:
        text = repr(value)
    except ValueError:
        text = "huge int"
    return text if len(text) <= 30 else text[:27] + "..."


BAD_NUMBERS = {
    "int beyond float": HUGE,
    "negative int beyond float": -HUGE,
    "int beyond printing": HUGER,
    "Fraction beyond float": Fraction(HUGE, 3),
    "None": None,
    "text": "fast",
    "nan": float("nan"),
    "complex": 1 + 1j,
    "meta tensor": torch.tensor(0.1, device="meta"),
}


def image(seed=0, **kwargs):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(1, 1, 32, 32, generator=g, **kwargs)


def bad_inputs():
    x = image()
    return {
        "None": None,
        "meta": torch.empty(1, 1, 32, 32, device="meta"),
        "sparse": x.to_sparse(),
        "float8": x.to(torch.float8_e4m3fn),
        "complex": x.to(torch.complex64),
        "int": (x * 255).to(torch.uint8),
        "list": x.tolist(),
    }


def bad_targets():
    t = one_hot(3)
    big = t.double()
    big[0, 0] = 1e300  # finite in float64, inf in the net's float32
    return {
        "None": None,
        "meta": torch.empty(1, 10, device="meta"),
        "sparse": t.to_sparse(),
        "float8": t.to(torch.float8_e5m2),
        "complex": t.to(torch.complex64),
        "beyond float32": big,
        "list": [0.0] * 10,
    }


def unusual_inputs():
    x = image()
    transposed = x.transpose(2, 3).contiguous().transpose(2, 3)  # same values, column-major
    return {
        "channels_last": x.to(memory_format=torch.channels_last),
        "requires grad": x.clone().requires_grad_(True),
        "float64": x.double(),
        "float16 of exact values": (x * 8).round().div(8).half(),
        "strided view": transposed,
    }


def state_of(net):
    return {k: v.clone() for k, v in net.state_dict().items()}


def same(a, b):
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


# -- Trainer ---------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(BAD_NUMBERS))
def test_a_bad_learning_rate_raises_value_error_and_changes_nothing(kind):
    net = Net(seed=0)
    before = state_of(net)
    with pytest.raises(ValueError, match="learning rate"):
        Trainer(net, lr=BAD_NUMBERS[kind])
    trainer = Trainer(net, lr=0.01)
    with pytest.raises(ValueError, match="learning rate"):
        trainer.lr = BAD_NUMBERS[kind]
    assert trainer.lr == 0.01 and trainer.events == []
    assert same(before, state_of(net))


@pytest.mark.parametrize("lr", [3.5e38, 1e100, 1e308, Fraction(10**39)], ids=ident)
def test_a_learning_rate_beyond_float32_is_refused_where_it_is_set(lr):
    with pytest.raises(ValueError, match="at most 3.4e\\+38"):
        Trainer(Net(seed=0), lr=lr)
    trainer = Trainer(Net(seed=0), lr=0.01)
    with pytest.raises(ValueError, match="at most"):
        trainer.lr = lr
    trainer.lr = 3e38  # the largest float32 values are accepted, and a step does not raise
    result = trainer.step(image(), one_hot(1))
    assert result.lr == 3e38
    assert all(torch.isfinite(p).all() for p in trainer.net.parameters())


def test_a_float64_net_takes_a_float64_learning_rate():
    net = Net(seed=0).double()
    trainer = Trainer(net, lr=1e100)
    assert trainer.lr == 1e100
    with pytest.raises(ValueError, match="learning rate must be a finite number"):
        trainer.lr = HUGE


def test_a_trainer_needs_a_network():
    for bad in (None, "net", torch.nn.ReLU()):
        with pytest.raises(ValueError):
            Trainer(bad)


@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize("kind", list(bad_targets()))
def test_a_bad_target_raises_value_error_and_changes_nothing(kind, first):
    net = Net(seed=0)
    trainer = Trainer(net, lr=0.1)
    x = image()
    if not first:
        trainer.step(x, one_hot(1))  # gradients exist now; they must survive the bad call too
    before = state_of(net)
    grads = {k: v.copy() for k, v in trainer.gradients().items()}
    with pytest.raises(ValueError, match="target"):
        trainer.step(x, bad_targets()[kind])
    assert same(before, state_of(net))
    assert all(np.array_equal(grads[k], v) for k, v in trainer.gradients().items())
    assert len(trainer.history) == (0 if first else 1)


@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize("kind", list(bad_inputs()))
def test_a_bad_input_raises_value_error_and_changes_nothing(kind, first):
    net = Net(seed=0)
    trainer = Trainer(net, lr=0.1)
    if not first:
        trainer.step(image(), one_hot(1))
    before = state_of(net)
    with pytest.raises(ValueError, match="input"):
        trainer.step(bad_inputs()[kind], one_hot(1))
    assert same(before, state_of(net))
    with pytest.raises(ValueError, match="input"):
        trace(net, bad_inputs()[kind])
    with pytest.raises(ValueError, match="input"):
        check_input(net, bad_inputs()[kind])


def test_a_forward_that_is_not_one_is_refused():
    trainer = FastTrainer(Net(seed=0))
    with pytest.raises(ValueError, match="forward_of"):
        trainer.step(image(), one_hot(1), forward="ahead")
    for x, output in ((None, torch.zeros(1, 10)), (image(), None)):
        with pytest.raises(ValueError, match="forward_of"):
            trainer.forward_of(x, output)


@pytest.mark.parametrize("kind", list(unusual_inputs()))
def test_unusual_valid_inputs_train_and_trace_like_the_plain_one(kind):
    x = unusual_inputs()[kind]
    plain = x.detach().float().contiguous()
    nets = Net(seed=0), Net(seed=0)
    results = [Trainer(net, lr=0.1).step(inp, one_hot(2)) for net, inp in zip(nets, (x, plain), strict=True)]
    assert results[0].loss == results[1].loss
    assert same(state_of(nets[0]), state_of(nets[1]))
    assert x.grad is None  # the caller's tensor is not part of the step's graph
    traced, reference = trace(nets[0], x), trace(nets[0], plain)
    assert np.array_equal(traced.output, reference.output)


@pytest.mark.parametrize("kind", ["float64", "float16", "requires grad"])
def test_unusual_valid_targets_train_like_the_plain_one(kind):
    t = tutorial_target(0)
    given = {"float64": t.double(), "float16": t.half().float().half(),
             "requires grad": t.clone().requires_grad_(True)}[kind]
    nets = Net(seed=0), Net(seed=0)
    losses = [Trainer(net, lr=0.1).step(image(), target).loss
              for net, target in zip(nets, (given, given.detach().float()), strict=True)]
    assert losses[0] == losses[1]
    assert same(state_of(nets[0]), state_of(nets[1]))
    assert given.grad is None


# -- targets ---------------------------------------------------------------------------------
@pytest.mark.parametrize("values", [
    [HUGE] + [0] * 9, [Fraction(HUGE, 7)] * 10, [HUGER] * 10, [1e300] * 10,
    np.full(10, 1e300), torch.full((10,), 1e300, dtype=torch.float64),
    np.full(10, 1e300, dtype=np.longdouble),
], ids=ident)
def test_custom_target_beyond_float32_is_a_value_error(values):
    with pytest.raises(ValueError, match="finite"):
        custom_target(values)


@pytest.mark.parametrize("values", [
    None, 3, "0123456789", itertools.count(), [None] * 10, [1 + 1j] * 10, [torch.tensor(1.0)] * 10,
    torch.empty(10, device="meta"), torch.zeros(10).to_sparse(), torch.zeros(10, dtype=torch.complex64),
    np.array(["a"] * 10), np.zeros(10, dtype=object),
], ids=ident)
def test_custom_target_refuses_what_is_not_ten_numbers(values):
    with pytest.raises(ValueError, match="custom target"):
        custom_target(values)


def test_custom_target_takes_tensors_that_require_grad_or_are_strided():
    base = torch.arange(20, dtype=torch.float64)
    assert torch.equal(custom_target(base[::2].clone().requires_grad_(True)),
                       torch.arange(0, 20, 2, dtype=torch.float32).view(1, -1))
    assert torch.equal(custom_target(base[::2].to(torch.bfloat16)), custom_target(base[::2]))


@pytest.mark.parametrize("digit", [HUGE, -1, 10, Fraction(3), 3.0, None, "3"], ids=ident)
def test_one_hot_refuses_anything_but_a_digit(digit):
    with pytest.raises(ValueError, match="one_hot"):
        one_hot(digit)


@pytest.mark.parametrize("seed", [2**64, -(2**63) - 1, HUGE, HUGER, Fraction(1), None], ids=ident)
def test_tutorial_target_refuses_seeds_the_generator_cannot_take(seed):
    with pytest.raises(ValueError, match="seed"):
        tutorial_target(seed)
    assert torch.equal(tutorial_target(2**64 - 1), tutorial_target(2**64 - 1))


@pytest.mark.parametrize("kind", ["None", "meta", "sparse", "float8", "complex", "list"])
def test_check_target_refuses_with_value_error(kind):
    with pytest.raises(ValueError, match="target"):
        check_target(bad_targets()[kind])


# -- preprocess ------------------------------------------------------------------------------
def drawing():
    a = np.zeros((280, 280), np.float32)
    a[60:220, 120:160] = 1.0
    return a


@pytest.mark.parametrize("kind", ["requires grad", "bfloat16", "float8", "transposed", "float16"])
def test_preprocess_takes_any_dense_tensor_of_the_drawing(kind):
    t = torch.from_numpy(drawing())
    given = {
        "requires grad": t.clone().requires_grad_(True),
        "bfloat16": t.to(torch.bfloat16),  # 0 and 1 are exact in every float type
        "float8": t.to(torch.float8_e4m3fn),
        "transposed": t.t().contiguous().t(),
        "float16": t.half(),
    }[kind]
    assert torch.equal(preprocess(given), preprocess(drawing()))


@pytest.mark.parametrize("bad", [
    None, "drawing", [[0.0, 1.0], [0.0]], torch.empty(28, 28, device="meta"),
    torch.zeros(28, 28).to_sparse(), torch.zeros(28, 28, dtype=torch.complex64),
    np.zeros((28, 28), dtype=object), [[HUGE] * 28] * 28,
], ids=ident)
def test_preprocess_refuses_with_value_error(bad):
    with pytest.raises(ValueError, match="preprocess"):
        preprocess(bad)
    with pytest.raises(ValueError, match="preprocess"):
        preprocess_steps(bad)


# -- trace -----------------------------------------------------------------------------------
def test_trace_needs_a_network_that_can_take_the_input():
    with pytest.raises(ValueError, match="network"):
        trace("a net", image())
    with pytest.raises(StageError, match="stage 1") as info:  # any module runs as it is written
        trace(torch.nn.Linear(2, 2), image())
    assert "mat1 and mat2" in info.value.torch_message


# -- weights API -----------------------------------------------------------------------------
def test_weights_functions_refuse_with_weights_errors(tmp_path):
    net = Net(seed=0)
    before = state_of(net)
    path = save_weights(net, tmp_path / "w.safetensors")
    for bad_path in (None, 3, b"w.safetensors", ["w"]):
        with pytest.raises(WeightsError):
            load_weights(net, bad_path)
        with pytest.raises(WeightsSaveError):
            save_weights(net, bad_path)
    for bad_net in (None, "net", path):
        with pytest.raises(WeightsError):
            load_weights(bad_net, path)
        with pytest.raises(WeightsSaveError):
            save_weights(bad_net, tmp_path / "x.safetensors")
        with pytest.raises(WeightsError):
            check_weights(bad_net, state_of(net))
    for bad_meta in ({"n": HUGER}, "text", 3, [1, 2]):
        with pytest.raises(WeightsSaveError, match="metadata"):
            save_weights(net, tmp_path / "m.safetensors", bad_meta)
    for bad_state in (None, "state", {"conv1.weight": [1.0]}, {1: torch.zeros(1)}):
        with pytest.raises(WeightsError):
            check_weights(net, bad_state)
        assert arch_of(bad_state) is None
    assert same(before, state_of(net))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.safetensors"]


def test_load_pretrained_is_part_of_the_engine():
    from lenet_gui.core import load_pretrained

    net = load_pretrained("lenet5")
    assert net.arch.name == "lenet5"
    with pytest.raises(ValueError, match="unknown architecture"):
        load_pretrained("resnet")
