"""The French and Japanese translations: in step with the code, complete, placeholders kept, and
switched from the Language menu without a restart."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton

from lenet_gui.i18n import tools
from lenet_gui.ui import language

ROOT = Path(__file__).resolve().parents[1]
# {name}, {value:.4g}, %n, %Ln, %1, %v, %m: what the code fills in after translation.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][^{}]*\}|%L?n|%\d|%[vm]")


def messages(ts: Path) -> list[tuple[str, str, bool, list[str], bool]]:
    """(context, source, numerus, translations, unfinished) of each message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            texts = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            out.append((name, m.findtext("source") or "", numerus, texts, tr.get("type") == "unfinished"))
    return out


def all_ts() -> list[Path]:
    return [tools.ts_file(c) for c in (*tools.LANGUAGES, tools.PLURALS_ONLY)]


def test_the_ts_files_hold_exactly_the_texts_of_the_code(tmp_path):
    """Fails when a text was added, changed or removed in the code without `make translations`."""
    fresh = [tmp_path / p.name for p in all_ts()]
    run = [tools.tool("pyside6-lupdate"), "-locations", "none", *map(str, tools.sources())]
    subprocess.run([*run, "-ts", *map(str, fresh[:-1])], check=True, capture_output=True)
    subprocess.run([*run, "-pluralonly", "-ts", str(fresh[-1])], check=True, capture_output=True)
    for kept, made in zip(all_ts(), fresh, strict=True):
        want = {(c, s) for c, s, *_ in messages(made)}
        have = {(c, s) for c, s, *_ in messages(kept)}
        assert want, f"lupdate found no texts for {made.name}"
        assert not want - have, f"{kept.name} lacks texts of the code (run `make translations`): {sorted(want - have)[:5]}"
        assert not have - want, f"{kept.name} holds texts the code no longer has: {sorted(have - want)[:5]}"


@pytest.mark.parametrize("code", [*tools.LANGUAGES, tools.PLURALS_ONLY])
def test_every_text_is_translated_and_keeps_its_placeholders(code):
    ts = tools.ts_file(code)
    found = messages(ts)
    assert found
    forms = {"fr": 2, "ja": 1, "en": 2}[code]
    for context, source, numerus, texts, unfinished in found:
        where = f"{ts.name} {context}: {source!r}"
        assert not unfinished, f"unfinished: {where}"
        assert all(t.strip() for t in texts), f"empty translation: {where}"
        if numerus:
            assert len(texts) == forms, f"{len(texts)} plural forms: {where}"
        for text in texts:
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(set(PLACEHOLDER.findall(source))), \
                f"placeholders differ: {where} → {text!r}"
            # A menu's keyboard accelerator stays one accelerator.
            assert (text.replace("&&", "").count("&") == 1) == (source.replace("&&", "").count("&") == 1), \
                f"accelerator lost or added: {where} → {text!r}"


def test_the_walkthrough_vocabulary_is_used():
    """The words of the walk-through the app teaches from, in each language."""
    fr = " ".join(t for *_, texts, _ in messages(tools.ts_file("fr")) for t in texts)
    ja = " ".join(t for *_, texts, _ in messages(tools.ts_file("ja")) for t in texts)
    for word in ("carte de caractéristiques", "Cartes de caractéristiques", "rétropropagation",
                 "fonction de perte", "taux d’apprentissage", "gradient", "regroupement (pooling)"):
        assert word in fr, word
    for word in ("特徴マップ", "誤差逆伝播", "損失関数", "学習率", "勾配", "プーリング", "畳み込み"):
        assert word in ja, word



def test_the_language_menu_switches_every_text_at_once_and_is_remembered(open_window, back_to_english):
    window = open_window()
    english = {b.objectName(): b.text() for b in window.findChildren(QAbstractButton) if b.objectName()}
    window.findChild(type(window.language_menu.actions()[0]), "language_fr_action").trigger()
    window.refresh_now()
    assert window.training.backprop_button.text() == "Rétropropager"
    assert window.docks["maps"].windowTitle() == "Cartes de caractéristiques"
    assert window.language_menu.title() == "&Langue"
    assert window.scores.caption().startswith("prédiction")
    assert "0,01" in window.status_lr.text()  # the French way of writing numbers
    french = {b.objectName(): b.text() for b in window.findChildren(QAbstractButton) if b.objectName()}
    unchanged = [n for n, t in english.items() if t and french.get(n) == t and any(c.isalpha() for c in t)]
    assert unchanged in ([], ["startup_notice_ok"]), f"buttons still in English: {unchanged}"

    window.findChild(type(window.language_menu.actions()[0]), "language_ja_action").trigger()
    window.refresh_now()
    assert window.docks["maps"].windowTitle() == "特徴マップ"
    assert window.training.zero_grad_checkbox.text() == "ステップ前に zero_grad"
    assert window.settings.get_str(language.SETTING, "") == "ja"
    saved = window.settings.path.read_text(encoding="utf-8")
    assert "language" in saved and "ja" in saved

    window.findChild(type(window.language_menu.actions()[0]), "language_en_action").trigger()
    window.refresh_now()
    assert {b.objectName(): b.text() for b in window.findChildren(QAbstractButton) if b.objectName()} == english
    assert window.training.step_label.text() == "step 0" and window.status_steps.text() == "0 steps"


def test_engine_sentences_are_translated_with_the_locale_numbers(back_to_english):
    import torch

    from lenet_gui.core import Net
    from lenet_gui.core.explain import explain
    from lenet_gui.core.trace import trace

    tr = trace(Net("tutorial", seed=0), torch.rand(1, 1, 32, 32, generator=torch.Generator().manual_seed(0)))
    said = explain(tr, "relu1", (0, 3, 4))
    assert said.text.startswith("ReLU is max(x, 0)")  # the engine speaks English, as a plain str
    language.set_language("fr")
    french = language.tr_core(said.text)
    assert french.startswith("ReLU vaut max(x, 0)") and "," in french.split(":")[1]
    language.set_language("ja")
    assert "ReLU は max(x, 0)" in language.tr_core(said.text)


def test_sentences_are_joined_with_a_space_except_after_a_japanese_full_stop():
    assert language.sentences("It failed.", "Try again.") == "It failed. Try again."
    assert language.sentences("Échec :", "réessayez.") == "Échec : réessayez."
    assert language.sentences("失敗しました。", "もう一度。", "本当？", "はい！", "OK") == "失敗しました。もう一度。本当？はい！OK"
    assert language.sentences("It failed.", "", " ") == "It failed."  # nothing to add, no trailing space


def test_an_engine_error_of_two_sentences_joins_them_as_the_language_does(back_to_english):
    # A refused input size is the stage's error and why: 「…。 …」 in Japanese before.
    import copy
    import pickle

    import torch

    from lenet_gui.core import Net, StageError
    from lenet_gui.core.trace import trace

    with pytest.raises(StageError) as raised:
        trace(Net("tutorial", seed=0), torch.zeros(1, 1, 28, 28))
    said = raised.value.args[0]
    assert str(said) == str(raised.value.args[0].parts[0]) + " " + raised.value.why  # English, as before
    for again in (copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert again == said and again.parts == said.parts
    language.set_language("ja")
    japanese = language.tr_core(raised.value)
    assert language.tr_core(raised.value.why) in japanese and "。 " not in japanese, japanese
    language.set_language("fr")
    assert ". " + language.tr_core(raised.value.why) in language.tr_core(raised.value)


def test_a_missing_japanese_font_is_said_at_start(open_window, monkeypatch, back_to_english, tmp_settings):
    from PySide6.QtWidgets import QLabel

    from lenet_gui.ui.settings import Settings

    monkeypatch.setattr(language, "has_japanese_font", lambda: False)
    saved = Settings()  # Japanese was chosen from the menu on an earlier day
    saved.set(language.SETTING, "ja")
    saved.sync()
    window = open_window()
    assert language.current() == "ja"
    assert any("fonts-noto-cjk" in n for n in window.startup_notices()), window.startup_notices()
    assert "fonts-noto-cjk" in window.findChild(QLabel, "startup_notice").text()


def test_this_machine_has_a_japanese_font():
    """fonts-noto-cjk (the README's package) is installed where the screenshots are made."""
    assert language.has_japanese_font()


@pytest.mark.parametrize(("lang", "title"), [("fr_FR.UTF-8", "Cartes de caractéristiques"),
                                             ("ja_JP.UTF-8", "特徴マップ"),
                                             ("en_US.UTF-8", "Feature maps")])
def test_the_first_start_follows_the_system_language(tmp_path, lang, title):
    tools.ensure_compiled()
    code = ("from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from lenet_gui.ui.main_window import MainWindow; w = MainWindow();"
            "print(w.docks['maps'].windowTitle())")
    env = dict(os.environ, LANG=lang, LC_ALL=lang, QT_QPA_PLATFORM="offscreen", LENET_GUI_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == title


def test_qt_own_dialogs_are_translated_too(back_to_english):
    from PySide6.QtCore import QCoreApplication

    language.set_language("fr")
    # A string of Qt's own message box buttons, from qtbase_fr.qm.
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Oui"
