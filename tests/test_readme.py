"""The README's Python example runs as written and shows what it promises."""

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "the README lost its Python example"
    monkeypatch.chdir(tmp_path)
    exec(compile(blocks[0], "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "x.view(-1, self.num_flat_features(x))" in out and "(1, 576)" in out and "69,240" in out
    assert (tmp_path / "my_net.safetensors").is_file()


def test_readme_names_the_two_setup_commands():
    text = README.read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text
    assert "CC BY-SA 3.0" in text or "Attribution-Share Alike 3.0" in text


def test_readme_engine_examples_run_in_order(tmp_path, monkeypatch, capsys):
    """The second example (explain, receptive field, backward, snippets) continues the first."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 2, "the README lost its explanation example"
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    for block in blocks[:2]:
        exec(compile(block, "README.md", "exec"), namespace)
    out = capsys.readouterr().out
    assert "slides a 3×3 filter over all 6 channels of pool1" in out
    assert "\nFalse\n" in out and "['MseLossBackward0', 'AddmmBackward0'" in out
    assert "10\ntorch.Size([6, 1, 3, 3])" in out


def _block(language: str, marker: str) -> str:
    blocks = re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = [b for b in blocks if marker in b]
    assert found, f"the README lost its {language} example with {marker}"
    return found[0]


def test_readme_lesson_example_runs_and_prints_what_it_says(capsys):
    block = _block("python", "load_lesson")
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("lesson1_tutorial.toml 11 Leçon 1")
    assert out[1].startswith("lesson2_draw_and_train.toml 6 Leçon 2")
    assert "console snippet 1" in out[2]
    assert out[3] == "チュートリアルコンソールは、"
    assert out[4] == "5 panel" and out[5].startswith("mine.toml, line 5, step 1, field 'panel': no panel named 'graph'")
    # The comments in the example say what it prints.
    assert "# 5 panel" in block and "# mine.toml, line 5, step 1, field 'panel': no panel named 'graph'" in block


def test_readme_lesson_format_example_is_a_valid_lesson_and_its_error_is_the_real_one():
    from lenet_gui.core import Condition, LessonError, parse_lesson

    example = _block("toml", "[[step]]")
    lesson = parse_lesson(example, "mine.toml")
    first, second = lesson.steps
    assert first.panel == "layers" and first.highlight == "layer_table" and first.preset.lr == 0.01
    assert first.advance == Condition("steps", 3) and second.advance == Condition("prediction", 3)
    assert lesson.hide == ("class_set", "evaluation") and set(lesson.title) == {"en", "fr"}
    text = README.read_text(encoding="utf-8")
    said = re.search(r"with `lr = 5000` gives \*(.*?)\*", text, re.S).group(1).replace("\n", " ")
    try:
        parse_lesson(example.replace("lr = 0.01 ", "lr = 5000 "), "mine.toml")
    except LessonError as err:
        assert str(err) == said
    else:
        raise AssertionError("lr = 5000 was accepted")


def test_readme_timeline_example_goes_back_saves_opens_and_exports(tmp_path, monkeypatch, capsys):
    """The third example (restore, save, open, export) runs as written in a fresh folder."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    block = next(b for b in blocks if "s.restore(20)" in b)
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "True" and out[1] == "20 30"
    # The lesson state as the window writes and reads it: a built-in lesson and its step.
    assert out[2] == "30 0.05 {'lesson': 'builtin:lesson1_tutorial.toml', 'step': 3}"
    for name in ("class.lenet", "lesson.py", "lesson.safetensors", "lesson.ipynb"):
        assert (tmp_path / name).is_file()
