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
