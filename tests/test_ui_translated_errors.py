"""What the engine refuses reaches a French or Japanese student in their language, its numbers
written their way: session files, lesson files, targets, learning rates, the trainer's checks."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtGui import QAction

from lenet_gui.core import Net
from lenet_gui.core.targets import one_hot
from lenet_gui.core.trainer import Trainer
from lenet_gui.ui import language


def switch(window, code: str) -> None:
    window.findChild(QAction, f"language_{code}_action").trigger()


def said(window) -> str:
    return window.statusBar().currentMessage()


@pytest.mark.parametrize(("code", "word"), [("fr", "session"), ("ja", "セッション")])
def test_a_file_that_is_no_session_is_refused_in_the_window_language(open_window, back_to_english, tmp_path,
                                                                      code, word):
    window = open_window()
    switch(window, code)
    notes = tmp_path / "notes.lenet"
    notes.write_text("not a zip at all")
    assert not window.session_files.open(notes)
    text = said(window)
    assert "notes.lenet" in text and word in text
    assert "not a lenet-gui session" not in text and "damaged" not in text


def test_a_folder_chosen_as_a_session_is_refused_in_french(open_window, back_to_english, tmp_path):
    window = open_window()
    switch(window, "fr")
    folder = tmp_path / "classe.lenet"
    folder.mkdir()
    assert not window.session_files.open(folder)
    assert "fichier ordinaire" in said(window) and "regular file" not in said(window)


def test_eleven_target_numbers_are_refused_in_french(open_window, back_to_english):
    window = open_window()
    switch(window, "fr")
    window.set_target("custom", [0.5] * 11)
    text = said(window)
    assert text and "more than ten" not in text and "dix" in text


def test_a_learning_rate_beyond_the_weights_is_refused_with_french_numbers(open_window, back_to_english):
    window = open_window()
    switch(window, "fr")
    window.set_lr(1e39)
    text = said(window)
    assert "taux d’apprentissage" in text and "3,4e+38" in text and "3.4e" not in text


@pytest.mark.parametrize("code", ["fr", "ja"])
def test_the_trainer_refuses_a_wrong_input_in_the_user_language(back_to_english, code):
    trainer = Trainer(Net("tutorial", seed=0))
    language.set_language(code)
    for x in (torch.zeros(2, 1, 32, 32), torch.zeros(1, 1, 28, 28)):
        with pytest.raises(ValueError) as caught:
            trainer.step(x, one_hot(3))
        shown = language.tr_core(caught.value)
        assert shown != str(caught.value), shown  # the English sentence, translated


@pytest.mark.parametrize(("code", "word"), [("fr", "zero_grad désactivé"), ("ja", "zero_grad オフ")])
def test_the_zero_grad_marker_on_the_loss_curve_speaks_the_window_language(open_window, back_to_english,
                                                                           code, word):
    window = open_window()
    switch(window, code)
    window.step(1)
    window.set_zero_grad(False)
    window.step(1)
    window.refresh_now()
    assert any(word in m.tooltip for m in window.loss.markers())
    assert not any(" off" in m.tooltip for m in window.loss.markers())


@pytest.mark.parametrize(("code", "words"), [("fr", ("ligne 4", "étape 1", "champ inconnu", "vouliez-vous dire")),
                                             ("ja", ("4 行目", "ステップ 1", "不明なフィールド"))])
def test_a_mistake_in_a_lesson_file_is_pointed_at_in_the_window_language(open_window, back_to_english,
                                                                          tmp_path, code, words):
    window = open_window()
    switch(window, code)
    path = tmp_path / "lecon.toml"
    path.write_text('[lesson]\ntitle = "Essai"\n[[step]]\ntxt = "Bonjour"\n', encoding="utf-8")
    assert not window.lesson_bar.open_file(path)
    text = said(window)
    assert text.startswith("lecon.toml") and all(w in text for w in words), text
    assert "unknown field" not in text and "line" not in text


def test_a_lesson_learning_rate_out_of_range_is_told_in_french(open_window, back_to_english, tmp_path):
    window = open_window()
    switch(window, "fr")
    path = tmp_path / "lecon.toml"
    path.write_text('[lesson]\ntitle = "Essai"\n[[step]]\ntext = "Bonjour"\n[step.preset]\nlr = 0.5e9\n',
                    encoding="utf-8")
    assert not window.lesson_bar.open_file(path)
    text = said(window)
    assert "taux d’apprentissage" in text and "learning rate" not in text, text


def test_an_export_to_a_missing_folder_is_refused_in_french(open_window, back_to_english, tmp_path):
    window = open_window()
    switch(window, "fr")
    assert not window.session_files.export_script(tmp_path / "absent" / "lecon.py")
    text = said(window)
    assert "Impossible d’écrire" in text and "Could not write" not in text, text


def test_going_back_to_a_step_that_is_not_there_is_refused_in_japanese(open_window, back_to_english):
    window = open_window()
    switch(window, "ja")
    window.step(2)
    assert not window.session_files.restore(9)
    text = said(window)
    assert "ステップ 9" in text and "no step" not in text, text


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
def test_a_drawing_file_that_is_no_regular_file_is_told_in_french(back_to_english, tmp_path):
    import os

    import numpy as np

    from lenet_gui.core.classset import ClassSet, ClassSetError

    cs = ClassSet(tmp_path / "cs")
    id_ = cs.add(np.full((40, 40), 200, np.uint8), 3)
    png = next((tmp_path / "cs").rglob("*.png"))
    png.unlink()
    os.mkfifo(png)  # a broken copy: a pipe where the drawing was
    with pytest.raises(ClassSetError) as caught:
        cs.image(id_)
    language.set_language("fr")
    shown = language.tr_core(caught.value)
    assert "fichier ordinaire" in shown and "regular file" not in shown, shown


def _damaged_timeline_copy(tmp_path, damage):
    """A saved session whose timeline `damage(timeline_meta)` spoils, as a user's file might be."""
    import io
    import json
    import zipfile

    from lenet_gui.core import Session

    s = Session(arch="tutorial", weights="random", seed=1)
    for _ in range(40):  # past the first checkpoints, so some are kept as changes from another
        s.step()
    good = s.save(tmp_path / "good.lenet").read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        members = {name: z.read(name) for name in z.namelist()}
    meta = json.loads(members["session.json"])
    damage(meta["timeline"])
    members["session.json"] = json.dumps(meta)
    bad = tmp_path / "séance.lenet"
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return bad


def _unknown_arch(timeline):
    timeline["checkpoints"][0]["arch"] = "resnet"


def _delta_out_of_the_file(timeline):
    later = next(e for e in timeline["checkpoints"] if e.get("base") is not None)
    later["delta"] = [0, 10**9]


@pytest.mark.parametrize(("damage", "french", "english"), [
    (_unknown_arch, "le point de contrôle 0 est pour une architecture inconnue", "unknown architecture"),
    (_delta_out_of_the_file, "données absentes ou endommagées", "missing or damaged"),  # a sentence inside a sentence
])
def test_a_damaged_timeline_is_told_in_french(open_window, back_to_english, tmp_path, damage, french, english):
    bad = _damaged_timeline_copy(tmp_path, damage)
    window = open_window()
    switch(window, "fr")
    assert not window.session_files.open(bad)
    text = said(window)
    assert "séance.lenet" in text and "chronologie d’entraînement est endommagée" in text, text
    assert french in text and english not in text and "checkpoint" not in text, text
