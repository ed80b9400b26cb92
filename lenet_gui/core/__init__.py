"""The headless engine: network, trace, trainer, targets, preprocessing, weights I/O (no Qt)."""

from .classset import ClassSet, ClassSetError
from .evaluate import Evaluation, Miss, evaluate, holdout_split
from .net import ARCHS, INPUT_SIZE, Arch, Net, get_arch, state_shapes
from .preprocess import PreprocessSteps, preprocess, preprocess_steps
from .session import Session
from .targets import check_target, custom_target, one_hot, tutorial_target
from .trace import (
    STAGE_KEYS,
    Stage,
    Trace,
    check_input,
    explain_input_size,
    spatial_sizes,
    trace,
)
from .trainer import Event, LossHistory, StepResult, Trainer
from .weights import (
    MAX_BYTES,
    WeightsError,
    WeightsSaveError,
    arch_of,
    check_weights,
    load_weights,
    read_weights,
    save_weights,
)

__all__ = [
    "ClassSet", "ClassSetError", "Evaluation", "Miss", "evaluate", "holdout_split",
    "ARCHS", "INPUT_SIZE", "Arch", "Net", "get_arch", "state_shapes", "Session",
    "PreprocessSteps", "preprocess", "preprocess_steps",
    "check_target", "custom_target", "one_hot", "tutorial_target",
    "STAGE_KEYS", "Stage", "Trace", "check_input", "explain_input_size", "spatial_sizes", "trace",
    "Event", "LossHistory", "StepResult", "Trainer",
    "MAX_BYTES", "WeightsError", "WeightsSaveError", "arch_of", "check_weights", "load_weights",
    "read_weights", "save_weights",
]
