"""Lesson files: the bundled lessons in three languages, every kind of bad file named by line and field, a fuzz."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys

import pytest

from lenet_gui.core import (
    TUTORIAL_SNIPPETS,
    Condition,
    Lesson,
    LessonError,
    Progress,
    builtin_lessons,
    load_lesson,
    parse_lesson,
)
from lenet_gui.core import lesson as lesson_module

HEAD = '[lesson]\ntitle = "A lesson"\n'


def lesson1() -> Lesson:
    return load_lesson(builtin_lessons()[0])


# ---------------------------------------------------------------------------------- bundled
def test_bundled_lessons_are_listed_lesson_1_first_and_all_load():
    files = builtin_lessons()
    assert [f.name for f in files][:2] == ["lesson1_tutorial.toml", "lesson2_draw_and_train.toml"]
    for f in files:
        lesson = load_lesson(f)
        assert lesson.steps and lesson.source == f.name


@pytest.mark.parametrize("index", range(2))
def test_every_bundled_step_speaks_english_french_and_japanese(index):
    lesson = load_lesson(builtin_lessons()[index])
    assert lesson.languages() >= {"en", "fr", "ja"}
    for lang in ("en", "fr", "ja"):
        assert lesson.title_in(lang) == lesson.title[lang]
        texts = [step.text_in(lang) for step in lesson.steps]
        assert all(len(t) > 60 for t in texts), lang
        assert len(set(texts)) == len(texts), f"{lang}: two steps say the same thing"
    for step in lesson.steps:
        # The same code in every language: what a student types or reads in the code panel.
        code = {lang: set(re.findall(r"`([^`]+)`", step.text[lang])) for lang in ("en", "fr", "ja")}
        assert code["en"] == code["fr"] == code["ja"], step.text["en"][:40]
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", step.text["ja"]), "not written in Japanese"


def test_lesson_1_walks_through_the_tutorial_in_its_order():
    lesson = lesson1()
    steps = lesson.steps
    en = [s.text["en"] for s in steps]
    # The model and print(net), in the code panel and then in the console.
    assert steps[0].panel == "code" and "print(net)" in en[0]
    assert steps[0].preset.arch == "tutorial" and steps[0].preset.weights == "random"
    assert steps[1].panel == "console" and steps[1].advance == Condition("snippet", 1)
    assert TUTORIAL_SNIPPETS[0].code == "print(net)\n"
    # The shapes and view(-1, 576), in the Layers table and the Input size explorer.
    assert steps[2].panel == "layers" and "32×32" in en[2] and "x.view(-1, 576)" in en[2]
    for shape in ("30×30", "15×15", "13×13", "6×6"):
        assert shape in en[2]
    assert steps[3].panel == "sizes"
    # The ten parameter tensors, a random input, the loss against the dummy target.
    assert steps[4].advance == Condition("snippet", 2) and "len(params)" in en[4] and "params[0].size()" in en[4]
    assert "len(params)" in TUTORIAL_SNIPPETS[1].code
    assert steps[5].advance == Condition("snippet", 3) and "torch.randn(1, 1, 32, 32)" in en[5]
    assert steps[6].preset.target == "random" and steps[6].advance == Condition("snippet", 5)
    assert "nn.MSELoss" in en[6] and "criterion" in TUTORIAL_SNIPPETS[4].code
    # Backprop, the SGD step, and the zero_grad warning: off, gradients add up, back on.
    assert steps[7].advance == Condition("snippet", 7) and "loss.backward()" in en[7]
    assert steps[8].panel == "training" and steps[8].advance == Condition("steps", 3)
    assert "optimizer.step()" in en[8] and steps[8].preset.zero_grad is True
    assert steps[9].preset.zero_grad is False and steps[9].panel == "gradients"
    assert steps[9].advance == Condition("steps", 3) and "accumulate" in en[9]
    assert steps[-1].preset.zero_grad is True


def test_the_bundled_texts_use_the_classroom_words():
    joined = {lang: " ".join(s.text[lang] for s in lesson1().steps) for lang in ("fr", "ja")}
    for word in ("couche de convolution", "carte de caractéristiques", "propagation avant",
                 "rétropropagation", "fonction de perte", "taux d'apprentissage"):
        assert word in joined["fr"], word
    for word in ("畳み込み層", "特徴マップ", "プーリング", "順伝播", "誤差逆伝播", "損失関数", "学習率", "勾配"):
        assert word in joined["ja"], word


def test_a_missing_language_falls_back_to_english():
    lesson = parse_lesson(HEAD + '[[step]]\ntext.en = "Hello"\ntext.fr = "Bonjour"\n')
    step = lesson.steps[0]
    assert step.text_in("fr") == "Bonjour" and step.text_in("fr_CA") == "Bonjour"
    assert step.text_in("ja") == "Hello" and lesson.title_in("ja") == "A lesson"


def test_a_full_step_is_read_with_every_field():
    lesson = parse_lesson(HEAD + 'hide = ["class_set"]\n' + """
[[step]]
panel = "training"
highlight = "backprop_button"
text = { en = "Train", fr = "Entraîner" }

[step.preset]
arch = "lenet5"
weights = "random"
seed = 7
target = 3
lr = 0.5
zero_grad = false
hide = ["lr_input", "console"]
snippet = 4

[step.advance]
loss_below = 0.25
auto = true
""", "x.toml")
    step = lesson.steps[0]
    p = step.preset
    assert (p.arch, p.weights, p.seed, p.target, p.lr, p.zero_grad, p.hide, p.snippet) == \
        ("lenet5", "random", 7, "3", 0.5, False, ("lr_input", "console"), 4)
    assert step.advance == Condition("loss_below", 0.25, auto=True)
    assert lesson.hide == ("class_set",) and step.line == 5 and step.lines["preset.hide"] == 17


# ---------------------------------------------------------------------------------- conditions
@pytest.mark.parametrize("condition, met, unmet", [
    (Condition("prediction", 7), Progress(prediction=7), Progress(prediction=1)),
    (Condition("prediction", 0), Progress(prediction=0), Progress(prediction=None)),
    (Condition("loss_below", 0.1), Progress(loss=0.05), Progress(loss=float("nan"))),
    (Condition("loss_below", 0.1), Progress(loss=0.0), Progress(loss=None)),
    (Condition("steps", 3), Progress(steps=3), Progress(steps=2)),
    (Condition("panel", "gradients"), Progress(panels=frozenset({"gradients"})), Progress(panels=frozenset({"code"}))),
    (Condition("explained", True), Progress(explained=True), Progress()),
    (Condition("snippet", 2), Progress(snippets=frozenset({1, 2})), Progress(snippets=frozenset({1, 3}))),
])
def test_a_condition_is_met_by_what_it_names_and_nothing_else(condition, met, unmet):
    assert condition.met(met) and not condition.met(unmet)


# ---------------------------------------------------------------------------------- bad files
STEP = '[[step]]\ntext.en = "Go"\n'
BAD = [
    # (name, text, line, field, words in the message)
    ("toml syntax", HEAD + '[[step]]\ntext.en = hello\n', 4, "text.en", "not valid TOML"),
    ("unclosed string", HEAD + '[[step]]\npanel = "code\n', 4, "panel", "not valid TOML"),
    ("a key twice", HEAD + STEP + 'panel = "code"\npanel = "maps"\n', 6, "panel", "twice"),
    ("unknown top table", HEAD + STEP + "[extra]\nx = 1\n", 5, "extra", "unknown field"),
    ("unknown step field", HEAD + STEP + 'panle = "code"\n', 5, "panle", "did you mean 'panel'"),
    ("no lesson table", STEP, None, "lesson", "[lesson]"),
    ("no title", '[lesson]\nformat = 1\n' + STEP, 1, "lesson", "title"),
    ("later format", '[lesson]\ntitle = "x"\nformat = 2\n' + STEP, 3, "lesson.format", "format 1"),
    ("no steps", HEAD, 1, "lesson", "at least one [[step]]"),
    ("no text", HEAD + '[[step]]\npanel = "code"\n', 3, "", "needs a text"),
    ("no English", HEAD + '[[step]]\ntext.fr = "Allez"\n', 4, "text", "English"),
    ("empty text", HEAD + '[[step]]\ntext.en = "  "\n', 4, "text.en", "empty"),
    ("bad language", HEAD + '[[step]]\ntext.en = "Go"\ntext.French = "Allez"\n', 5, "text.French", "language code"),
    ("text not a string", HEAD + '[[step]]\ntext.en = 3\n', 4, "text.en", "the number 3"),
    ("unknown panel", HEAD + STEP + 'panel = "gradient"\n', 5, "panel", "did you mean 'gradients'"),
    ("bad highlight", HEAD + STEP + 'highlight = "lr input!"\n', 5, "highlight", "not a panel or element name"),
    ("bad arch", HEAD + STEP + '[step.preset]\narch = "resnet"\n', 6, "preset.arch", "tutorial, lenet5"),
    ("bad weights", HEAD + STEP + '[step.preset]\nweights = "mnist"\n', 6, "preset.weights", "pretrained"),
    ("seed without random", HEAD + STEP + '[step.preset]\nseed = 4\n', 6, "preset.seed", "weights = \"random\""),
    ("negative seed", HEAD + STEP + '[step.preset]\nweights = "random"\nseed = -4\n', 7, "preset.seed", "whole number"),
    ("bad target", HEAD + STEP + '[step.preset]\ntarget = 12\n', 6, "preset.target", "digit 0–9"),
    ("bad lr", HEAD + STEP + '[step.preset]\nlr = 5000\n', 6, "preset.lr", "0 to 1000"),
    ("nan lr", HEAD + STEP + '[step.preset]\nlr = nan\n', 6, "preset.lr", "0 to 1000"),
    ("lr in an inline table", HEAD + STEP + 'preset = { lr = "fast" }\n', 5, "preset.lr", "'fast'"),
    ("zero_grad not a bool", HEAD + STEP + '[step.preset]\nzero_grad = "no"\n', 6, "preset.zero_grad", "true or false"),
    ("hide not a list", HEAD + STEP + '[step.preset]\nhide = 3\n', 6, "preset.hide", "list of names"),
    ("bad snippet", HEAD + STEP + '[step.preset]\nsnippet = 10\n', 6, "preset.snippet", "1 to 9"),
    ("two conditions", HEAD + STEP + '[step.advance]\nsteps = 3\nprediction = 1\n', 5, "advance", "exactly one"),
    ("no condition", HEAD + STEP + '[step.advance]\nauto = true\n', 5, "advance", "exactly one"),
    ("bad prediction", HEAD + STEP + '[step.advance]\nprediction = "seven"\n', 6, "advance.prediction", "digit"),
    ("bad loss", HEAD + STEP + '[step.advance]\nloss_below = -1\n', 6, "advance.loss_below", "above 0"),
    ("bad steps", HEAD + STEP + '[step.advance]\nsteps = 0\n', 6, "advance.steps", "whole number"),
    ("bad explained", HEAD + STEP + '[step.advance]\nexplained = "conv1"\n', 6, "advance.explained", "explained = true"),
    ("bad auto", HEAD + STEP + '[step.advance]\nsteps = 1\nauto = 1\n', 7, "advance.auto", "true or false"),
    ("the error in a later step", HEAD + STEP * 3 + '[step.advance]\npanel = "nope"\n', 10, "advance.panel", "step 3"),
    ("after a multi-line text", HEAD + '[[step]]\ntext.en = """\npanel = 1\n[x]\n"""\n[step.preset]\nlr = true\n', 9,
     "preset.lr", "number"),
]


@pytest.mark.parametrize("name, text, line, field, words", BAD, ids=[b[0] for b in BAD])
def test_a_bad_lesson_is_refused_with_its_line_and_field(name, text, line, field, words):
    with pytest.raises(LessonError) as caught:
        parse_lesson(text, "mine.toml")
    err = caught.value
    message = str(err)
    assert isinstance(err, ValueError)
    assert message.startswith("mine.toml") and words in message, message
    assert err.line == line, message
    if line is not None:
        assert f"line {line}" in message
    if field:
        assert err.field == field and repr(field) in message, message


def test_a_file_too_large_is_refused_before_it_is_parsed(tmp_path):
    path = tmp_path / "big.toml"
    path.write_text(HEAD + STEP + "#" * (lesson_module.MAX_BYTES + 10), encoding="utf-8")
    with pytest.raises(LessonError, match="larger than 256 KiB"):
        load_lesson(path)


def test_too_many_steps_names_the_first_one_too_many():
    text = HEAD + STEP * (lesson_module.MAX_STEPS + 1)
    with pytest.raises(LessonError, match="at most 100 steps") as caught:
        parse_lesson(text, "long.toml")
    assert caught.value.line == 3 + 2 * lesson_module.MAX_STEPS


def test_a_text_too_long_is_refused_with_its_line():
    text = HEAD + STEP + '[[step]]\ntext.en = "' + "x" * (lesson_module.MAX_TEXT + 1) + '"\n'
    with pytest.raises(LessonError, match="at most 1500") as caught:
        parse_lesson(text, "t.toml")
    assert caught.value.line == 6 and caught.value.field == "text.en"


def test_a_file_that_is_not_utf8_or_cannot_be_read(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes((HEAD + '[[step]]\ntext.en = "caf').encode() + b"\xe9\"\n")
    with pytest.raises(LessonError, match="line 4: the file is not UTF-8") as caught:
        load_lesson(path)
    assert caught.value.line == 4
    with pytest.raises(LessonError, match="cannot be read"):
        load_lesson(tmp_path)  # a folder
    with pytest.raises(LessonError, match="cannot be read"):
        load_lesson(tmp_path / "missing.toml")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path):
    # Reading a pipe nothing writes to waits for ever: the window would freeze. Run in a child
    # process so that a regression fails this test instead of hanging the suite.
    pipe = tmp_path / "lesson.toml"
    os.mkfifo(pipe)
    code = ("import sys\nfrom lenet_gui.core import LessonError, load_lesson\n"
            "try:\n    load_lesson(sys.argv[1])\nexcept LessonError as err:\n    print(err)\n")
    try:
        done = subprocess.run([sys.executable, "-c", code, str(pipe)], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        raise AssertionError("load_lesson waited on a named pipe") from None
    assert done.stdout.startswith("lesson.toml: ") and "not a regular file" in done.stdout, done.stdout + done.stderr


def test_a_number_too_long_to_read_is_refused_with_its_line_and_field():
    text = HEAD + STEP + "[step.preset]\nlr = 1" + "0" * 5000 + "\n"
    with pytest.raises(LessonError, match="not valid TOML") as caught:
        parse_lesson(text, "mine.toml")
    assert caught.value.line == 6 and caught.value.field == "preset.lr"
    assert "line 6" in str(caught.value) and len(str(caught.value)) < 400


@pytest.mark.parametrize("value", ["[" * 50_000 + "]" * 50_000, "{ a = " * 20_000 + "1" + " }" * 20_000])
def test_values_nested_thousands_deep_are_refused_with_their_line(value):
    text = HEAD + STEP + "[step.preset]\nhide = " + value + "\n"
    with pytest.raises(LessonError, match="nested too deeply") as caught:
        parse_lesson(text, "mine.toml")
    assert caught.value.line == 6 and caught.value.field == "preset.hide"


def test_a_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    # Windows editors save "UTF-8 with BOM"; the mark is not part of the text.
    path = tmp_path / "notepad.toml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEAD + STEP).encode("utf-8"))
    assert load_lesson(path).title["en"] == "A lesson"


@pytest.mark.parametrize("code", ["jp", "cn", "gr", "xx"])
def test_a_country_code_or_made_up_code_is_not_taken_for_a_language(code):
    # text.jp would never be shown: Japanese is "ja". Refused, with the line, not ignored.
    with pytest.raises(LessonError, match="not a language code") as caught:
        parse_lesson(HEAD + f'[[step]]\ntext.en = "Go"\ntext.{code} = "…"\n', "mine.toml")
    assert caught.value.line == 5 and caught.value.field == f"text.{code}"


def test_real_language_codes_are_taken():
    text = HEAD + '[[step]]\n' + "".join(f'text.{c} = "…"\n' for c in ("en", "fr", "ja", "de", "bn", "sw", "pt_BR", "zh_TW"))
    assert set(parse_lesson(text, "mine.toml").steps[0].text) == {"en", "fr", "ja", "de", "bn", "sw", "pt_BR", "zh_TW"}


# ---------------------------------------------------------------------------------- fuzz
def _mutate(rng: random.Random, text: str) -> str:
    kind = rng.randrange(6)
    i = rng.randrange(len(text))
    if kind == 0:
        return text[:i] + text[i + rng.randrange(1, 40):]  # a cut
    if kind == 1:
        return text[:i] + rng.choice(['"', "[", "]", "=", "\n", "#", "'''", '"""', "{", ".", "\\", "\x00", "é"]) + text[i:]
    if kind == 2:
        lines = text.splitlines(keepends=True)
        j = rng.randrange(len(lines))
        return "".join(lines[:j] + [lines[j]] + lines[j:])  # a line twice
    if kind == 3:
        return text[:i]  # truncated
    if kind == 4:  # a value of another type
        return re.sub(r"= (\S+)", lambda m: "= " + rng.choice(["-1", "1e999", "true", '"x"', "[]", "{}", "nan"]),
                      text, count=1 + rng.randrange(3))
    lines = text.splitlines(keepends=True)
    rng.shuffle(lines)
    return "".join(lines)


def test_fuzzed_lessons_load_or_say_where_they_are_wrong():
    source = builtin_lessons()[0].read_text(encoding="utf-8")
    rng = random.Random(15)
    refused = 0
    for _ in range(400):
        text = source
        for _ in range(rng.randrange(1, 4)):
            text = _mutate(rng, text) or "x"
        try:
            lesson = parse_lesson(text, "fuzz.toml")
        except LessonError as err:
            refused += 1
            assert str(err).startswith("fuzz.toml")
            if err.line is not None:
                assert 1 <= err.line <= text.count("\n") + 1 and f"line {err.line}" in str(err)
            continue
        assert 1 <= len(lesson.steps) <= lesson_module.MAX_STEPS and "en" in lesson.title
        for step in lesson.steps:
            assert step.text_in("en")
    assert refused > 100  # the mutations do reach the checks
