"""Session: one lesson's state — net, weights, input, target, history — driven without Qt."""

import numpy as np
import pytest
import torch
from safetensors.torch import save_file

import lenet_gui.core.pretrained as pretrained
from lenet_gui.core import (
    Net,
    Session,
    WeightsError,
    one_hot,
    preprocess,
    save_weights,
    tutorial_target,
)


def weights_of(session):
    return {k: v.clone() for k, v in session.net.state_dict().items()}


def same(a, b):
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def drawing():
    a = np.zeros((280, 280), np.uint8)
    a[40:240, 130:150] = 255  # a "1"
    return a


@pytest.fixture
def session():
    return Session(arch="tutorial", weights="random", seed=0, lr=0.05)


def test_new_session(session):
    assert session.arch == "tutorial"
    assert session.weights_label == "Random (seed 0)"
    assert same(weights_of(session), Net("tutorial", seed=0).state_dict())
    assert session.input.shape == (1, 1, 32, 32) and not session.input.any()
    assert session.target_spec == "0" and torch.equal(session.target, one_hot(0))
    assert session.trainer.lr == 0.05


def test_set_image(session):
    session.set_image(drawing())
    assert session.input.shape == (1, 1, 32, 32) and session.input.dtype == torch.float32
    assert torch.equal(session.input, preprocess(drawing()))
    assert session.steps is not None and session.steps.box == (40, 130, 240, 150)
    session.set_image(255 - drawing(), dark_on_light=True)
    assert torch.equal(session.input, preprocess(drawing()))


@pytest.mark.parametrize("bad", [np.zeros((28, 28, 3)), np.full((8, 8), np.nan), np.zeros((0, 5))])
def test_bad_image_keeps_the_input(session, bad):
    session.set_image(drawing())
    before, steps = session.input.clone(), session.steps
    with pytest.raises(ValueError):
        session.set_image(bad)
    assert torch.equal(session.input, before) and session.steps is steps


@pytest.mark.parametrize("digit", range(10))
def test_digit_targets(session, digit):
    session.set_target(str(digit))
    assert session.target_spec == str(digit)
    assert torch.equal(session.target, one_hot(digit))


def test_random_target_is_the_seeded_tutorial_target():
    s = Session(weights="random", seed=4)
    s.set_target("random")
    assert s.target_spec == "random"
    assert torch.equal(s.target, tutorial_target(4))
    t = Session(weights="random", seed=4)
    t.set_target("random")
    assert torch.equal(s.target, t.target)


def test_custom_target(session):
    values = [0.1 * i for i in range(10)]
    session.set_target("custom", values)
    assert session.target_spec == "custom"
    assert torch.equal(session.target, torch.tensor(values, dtype=torch.float32).view(1, -1))
    session.set_target("3")
    session.set_target("custom")  # no values: start from the current target
    assert torch.equal(session.target, one_hot(3))


@pytest.mark.parametrize(
    "spec,values",
    [("10", None), ("seven", None), ("", None), ("custom", [1.0] * 9),
     ("custom", [float("nan")] * 10), ("custom", "0123456789")],
)
def test_bad_target_keeps_the_old_one(session, spec, values):
    session.set_target("5")
    with pytest.raises(ValueError):
        session.set_target(spec, values)
    assert session.target_spec == "5" and torch.equal(session.target, one_hot(5))


def test_step_trace_reset(session):
    session.set_image(drawing())
    session.set_target("1")
    start = weights_of(session)
    t = session.trace()
    assert len(t) == 13
    np.testing.assert_array_equal(t.output, session.net(session.input).detach().numpy())
    r1, r2 = session.step(), session.step()
    assert r2.loss < r1.loss
    assert len(session.trainer.history) == 2
    session.reset()
    assert same(weights_of(session), start)


def test_use_random_is_reproducible(session):
    session.use_random(7)
    a = weights_of(session)
    session.use_random(8)
    assert not same(a, weights_of(session))
    session.use_random(7)
    assert same(a, weights_of(session))
    assert same(a, Net("tutorial", seed=7).state_dict())
    assert session.weights_label == "Random (seed 7)"
    assert session.trainer.events[-1].detail == "Random (seed 7)"


def test_use_random_leaves_the_global_rng_alone(session):
    torch.manual_seed(2)
    expected = torch.rand(3)
    torch.manual_seed(2)
    session.use_random(9)
    session.set_arch("lenet5")
    assert torch.equal(torch.rand(3), expected)


def test_set_arch_keeps_one_history(session):
    session.set_image(drawing())
    for _ in range(3):
        session.step()
    lr = session.trainer.lr
    session.set_arch("lenet5")
    assert session.arch == "lenet5" and session.net.num_params() == 61_706
    assert session.trainer.lr == lr
    assert same(weights_of(session), Net("lenet5", seed=0).state_dict())
    for _ in range(2):
        session.step()
    history = session.trainer.history
    assert len(history) == 5
    arch_events = [e for e in session.trainer.events if e.detail.startswith("architecture")]
    assert [(e.step, e.kind, e.detail) for e in arch_events] == [
        (3, "arch", "architecture: LeNet-5 (5×5 kernels)")
    ]
    session.set_arch("lenet5")  # no change, no new event
    assert len([e for e in session.trainer.events if e.detail.startswith("architecture")]) == 1
    with pytest.raises(ValueError, match="unknown architecture"):
        session.set_arch("alexnet")
    assert session.arch == "lenet5"


def test_open_weights_of_the_other_arch_switches(session, tmp_path):
    session.set_image(drawing())
    session.step()
    path = save_weights(Net("lenet5", seed=3), tmp_path / "mine.safetensors", {"note": "hi"})
    meta = session.open_weights(path)
    assert meta["note"] == "hi" and meta["arch"] == "lenet5"
    assert session.arch == "lenet5"
    assert same(weights_of(session), Net("lenet5", seed=3).state_dict())
    assert session.weights_label == "mine.safetensors"
    assert "Switched to LeNet-5" in session.notice
    assert len(session.trainer.history) == 1
    details = [e.detail for e in session.trainer.events]
    assert details[-2:] == ["architecture: LeNet-5 (5×5 kernels)", "mine.safetensors"]
    session.step()  # the switched net trains
    assert len(session.trainer.history) == 2
    session.reset()  # and resets to the opened weights
    assert same(weights_of(session), Net("lenet5", seed=3).state_dict())


def test_open_weights_of_the_same_arch(session, tmp_path):
    path = save_weights(Net("tutorial", seed=5), tmp_path / "same.pt")
    session.open_weights(path)
    assert session.arch == "tutorial" and session.notice == ""
    assert same(weights_of(session), Net("tutorial", seed=5).state_dict())


def _bad_files(tmp_path):
    good = {k: v.clone() for k, v in Net("lenet5", seed=0).state_dict().items()}
    nan = dict(good, **{"fc1.bias": torch.full((120,), float("nan"))})
    save_file(nan, tmp_path / "lenet5_nan.safetensors")  # the other arch, but broken
    ints = {k: v.to(torch.int64) for k, v in good.items()}
    torch.save(ints, tmp_path / "lenet5_int.pt")
    (tmp_path / "empty.pt").write_bytes(b"")
    (tmp_path / "text.safetensors").write_text("not weights")
    torch.save({"fc9.weight": torch.zeros(2)}, tmp_path / "other_net.pt")
    return [tmp_path / n for n in (
        "lenet5_nan.safetensors", "lenet5_int.pt", "empty.pt", "text.safetensors", "other_net.pt",
        "missing.pt",
    )] + [tmp_path]


def test_bad_files_change_nothing(session, tmp_path):
    session.set_image(drawing())
    session.set_target("7")
    session.step()
    before = weights_of(session)
    trainer, label = session.trainer, session.weights_label
    events = list(trainer.events)
    for path in _bad_files(tmp_path):
        with pytest.raises(WeightsError):
            session.open_weights(path)
        assert session.arch == "tutorial", path
        assert session.trainer is trainer
        assert same(weights_of(session), before)
        assert session.weights_label == label
        assert session.trainer.events == events
        assert len(session.trainer.history) == 1
        assert session.target_spec == "7"


def test_save_weights_records_the_source(session, tmp_path):
    meta = session.open_weights(session.save_weights(tmp_path / "w.safetensors"))
    assert meta["source"] == "Random (seed 0)"


def test_pretrained_missing_falls_back_to_random(tmp_path, monkeypatch):
    monkeypatch.setattr(pretrained, "WEIGHTS", tmp_path)
    s = Session(arch="tutorial", weights="pretrained", seed=2)
    assert s.weights_label == "Random (seed 2)"
    assert "missing" in s.notice and "random weights instead" in s.notice
    assert same(weights_of(s), Net("tutorial", seed=2).state_dict())


def test_pretrained_weights_are_used_and_follow_the_arch(tmp_path, monkeypatch):
    monkeypatch.setattr(pretrained, "WEIGHTS", tmp_path)
    save_weights(Net("tutorial", seed=11), tmp_path / "tutorial.safetensors")
    save_weights(Net("lenet5", seed=12), tmp_path / "lenet5.safetensors")
    torch.manual_seed(0)
    expected = torch.rand(2)
    torch.manual_seed(0)
    s = Session(arch="tutorial", weights="pretrained", seed=0)
    assert torch.equal(torch.rand(2), expected)  # loading left the global RNG alone
    assert s.weights_label.startswith("Pretrained") and s.notice == ""
    assert same(weights_of(s), Net("tutorial", seed=11).state_dict())
    s.set_arch("lenet5")
    assert s.weights_label.startswith("Pretrained")
    assert same(weights_of(s), Net("lenet5", seed=12).state_dict())


def test_the_session_announces_what_changed():
    """Typed events, no Qt: a view subscribes and learns what to redraw, and the new losses."""
    from lenet_gui.core import Change, EventKind

    s = Session(weights="random", seed=1)
    seen = []
    unsubscribe = s.subscribe(seen.append)
    kinds = lambda: [e.kind for e in seen]  # noqa: E731
    s.set_image(np.pad(np.full((100, 60), 255, np.uint8), 90))
    assert kinds() == [Change.INPUT_CHANGED]
    seen.clear()
    s.set_target("4")
    assert kinds() == [Change.TARGET_CHANGED]
    seen.clear()
    results = [s.step(), s.step()]
    assert kinds() == [Change.WEIGHTS_CHANGED, Change.LOSS_APPENDED] * 2
    assert [e.values for e in seen if e.kind is Change.LOSS_APPENDED] == [(r.loss,) for r in results]
    seen.clear()
    s.set_lr(0.5)
    s.set_zero_grad(False)
    assert kinds() == [Change.TRAINING_CHANGED, Change.MARKED] * 2
    assert [e.kind for e in s.trainer.events[-2:]] == [EventKind.LR, EventKind.ZERO_GRAD]
    seen.clear()
    s.set_lr(0.5)  # no change, no event
    assert seen == []
    s.set_arch("lenet5")
    assert kinds()[0] is Change.ARCH_CHANGED and Change.WEIGHTS_CHANGED in kinds()
    assert EventKind.ARCH in [e.kind for e in s.trainer.events]
    seen.clear()
    s.new_lesson()
    assert Change.HISTORY_REPLACED in kinds() and len(s.trainer.history) == 0
    seen.clear()
    unsubscribe()
    s.step()
    assert seen == []
