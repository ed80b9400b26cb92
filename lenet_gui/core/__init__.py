"""The headless engine (no Qt): network, trace, explanations, autograd, trainer, files, class set, lessons."""

from .autograd_graph import GradNode, GraphError, grad_graph
from .backward_replay import BackwardStep, replay_backward
from .classset import ClassSet, ClassSetError
from .evaluate import NO_DIGIT, Evaluation, Miss, evaluate, holdout_split, predicted_digits
from .explain import ExplainError, Explanation, explain, receptive_field
from .fast import FastTrainer
from .lesson import (
    Condition,
    Lesson,
    LessonError,
    Preset,
    Progress,
    Step,
    builtin_lessons,
    load_lesson,
    parse_lesson,
)
from .net import ARCHS, INPUT_SIZE, Arch, Net, get_arch, state_shapes
from .preprocess import PreprocessSteps, preprocess, preprocess_steps
from .pretrained import load_pretrained, pretrained_metadata, pretrained_path
from .session import Change, Session, SessionEvent
from .session_file import SessionFileError
from .snippets import TUTORIAL_SNIPPETS, Snippet
from .source import Source, forward_source
from .targets import check_target, custom_target, one_hot, tutorial_target
from .timeline import Timeline, TimelineError
from .trace import (
    STAGE_KEYS,
    Stage,
    StageError,
    Trace,
    check_input,
    trace,
)
from .trainer import Event, EventKind, LossHistory, StepResult, Trainer
from .value_grads import ValueGrads, value_grads
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
    "Explanation", "ExplainError", "explain", "receptive_field", "ValueGrads", "value_grads",
    "Lesson", "LessonError", "Step", "Preset", "Condition", "Progress", "load_lesson",
    "parse_lesson", "builtin_lessons",
    "GradNode", "GraphError", "grad_graph", "BackwardStep", "replay_backward",
    "TUTORIAL_SNIPPETS", "Snippet", "Source", "forward_source",
    "ClassSet", "ClassSetError", "Evaluation", "Miss", "NO_DIGIT", "evaluate", "holdout_split", "predicted_digits",
    "ARCHS", "INPUT_SIZE", "Arch", "Net", "get_arch", "state_shapes", "Session", "Change", "SessionEvent",
    "SessionFileError", "Timeline", "TimelineError",
    "PreprocessSteps", "preprocess", "preprocess_steps",
    "check_target", "custom_target", "one_hot", "tutorial_target",
    "STAGE_KEYS", "Stage", "StageError", "Trace", "check_input", "trace",
    "Event", "EventKind", "LossHistory", "StepResult", "Trainer", "FastTrainer",
    "MAX_BYTES", "WeightsError", "WeightsSaveError", "arch_of", "check_weights", "load_weights",
    "read_weights", "save_weights", "load_pretrained", "pretrained_metadata", "pretrained_path",
]
