"""The headless engine: network, trace, trainer, targets, preprocessing, weights I/O (no Qt)."""

from .net import ARCHS, INPUT_SIZE, Arch, Net, get_arch
from .preprocess import PreprocessSteps, preprocess, preprocess_steps
from .targets import check_target, custom_target, one_hot, tutorial_target
from .trace import STAGE_KEYS, Stage, Trace, explain_input_size, spatial_sizes, trace
from .trainer import Event, LossHistory, StepResult, Trainer
from .weights import (
    WeightsError,
    WeightsSaveError,
    arch_of,
    check_weights,
    load_weights,
    read_weights,
    save_weights,
)

__all__ = [
    "ARCHS", "INPUT_SIZE", "Arch", "Net", "get_arch",
    "PreprocessSteps", "preprocess", "preprocess_steps",
    "check_target", "custom_target", "one_hot", "tutorial_target",
    "STAGE_KEYS", "Stage", "Trace", "explain_input_size", "spatial_sizes", "trace",
    "Event", "LossHistory", "StepResult", "Trainer",
    "WeightsError", "WeightsSaveError", "arch_of", "check_weights", "load_weights",
    "read_weights", "save_weights",
]
