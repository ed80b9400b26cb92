"""The window's language: Qt translators for English, French and Japanese, switched at run time.

Every text a widget shows is set through `texts(owner, setter)`: the setter runs now and again
whenever the language changes (`set_language`), so a switch from the Language menu reaches every
label, button, tooltip and title at once, without a restart. Sentences from the engine
(`lenet_gui.core.text.Msg`) are translated with `tr_core`.
"""

from __future__ import annotations

import contextlib
import gc
import re
import weakref
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu

from ..core.text import Aside, Msg, NumberList, Sentences
from .numbers import fmt, fmt_int

# The languages the app speaks, each named in itself (the Language menu shows them so).
LANGUAGES = {"en": "English", "fr": "Français", "ja": "日本語"}
SETTING = "ui/language"
_LOCALES = {"en": QLocale.Language.English, "fr": QLocale.Language.French,
            "ja": QLocale.Language.Japanese}


def qt_dialog_texts() -> tuple[str, ...]:
    """Texts of Qt's own file dialog that Qt's French and Japanese translations lack ("Look in:"
    stayed English in a Japanese window, "Folder" in the Type column), in the language in force.
    Qt asks for them itself, in these contexts and with Qt's own disambiguation where it gives
    one; the app's .ts files carry them (lupdate finds them here), and the app's translator is
    asked before Qt's."""
    return (
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        # the Type column's word for a folder, outside Windows
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    )


_translators: list[QTranslator] = []
_current = "en"
_owners: weakref.WeakSet = weakref.WeakSet()


def system_language() -> str:
    """The system locale's language if the app speaks it (LANG=fr_FR.UTF-8 → "fr"), else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def current() -> str:
    return _current


def qm_file(code: str):
    """The app's compiled translation for `code` inside the package (a Traversable)."""
    return resources.files("lenet_gui.i18n").joinpath(f"lenet_gui_{code}.qm")


def _qm_bytes(code: str) -> bytes | None:
    try:
        return qm_file(code).read_bytes()
    except OSError:
        return None


def _load(translator: QTranslator, data: bytes | None = None, path: str = "") -> bool:
    if data is not None:
        translator._data = data  # QTranslator reads the bytes in place: they must outlive it
        return translator.load(data)
    return translator.load(path)


def set_language(code: str, numbers: bool = True) -> bool:
    """Speak `code` from now on: install its translators, write numbers its way (unless
    `numbers` is False: a start that follows the system keeps the system's number format, a
    German locale's commas under English words) and retranslate every bound text. False (and
    English) when `code` is not one the app speaks or its compiled translation is missing."""
    global _current
    app = QCoreApplication.instance()
    if code not in LANGUAGES:
        code = "en"
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    data, ok = _qm_bytes(code), True
    if data is None and code != "en":  # English needs its file only for plurals ("1 step")
        code, ok = "en", False
        data = _qm_bytes(code)
    ours = QTranslator(app)
    if data is not None and _load(ours, data):
        if code != "en":
            # Qt's own dialogs (file chooser, message box buttons), when PySide6 ships them.
            qt = QTranslator(app)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                _translators.append(qt)
        app.installTranslator(ours)
        _translators.append(ours)
    _current = code
    if numbers:
        QLocale.setDefault(_locale(code))
        _relocale_widgets()
    retranslate()
    return ok


def _locale(code: str) -> QLocale:
    """The locale in force or the system's when it speaks `code` (keeps fr_CA's or en_GB's
    ways), else the language's main country."""
    for loc in (QLocale(), QLocale.system()):
        if loc.language() == _LOCALES[code]:
            return loc
    return QLocale(_LOCALES[code])


def _relocale_widgets() -> None:
    # A widget takes the default locale when it is made; number boxes made before the switch
    # must read and write numbers the new way too.
    if isinstance(QCoreApplication.instance(), QApplication):
        loc = QLocale()
        # No garbage collection while walking the list: collecting a closed window that only
        # Python still held would delete widgets the list points to (a crash, not an error).
        was = gc.isenabled()
        gc.disable()
        try:
            for w in QApplication.allWidgets():
                w.setLocale(loc)
        finally:
            if was:
                gc.enable()


def texts(owner: QObject, setter: Callable[[], object], key: str | None = None) -> None:
    """Run `setter` (which sets texts through tr) now and after every language change while
    `owner` lives. A `key` replaces the owner's earlier setter of that key (a readout)."""
    bound = owner.__dict__.setdefault("_language_texts", {})
    bound[key if key is not None else object()] = setter
    _owners.add(owner)
    _run(owner, setter)


def after_change(owner: QObject, hook: Callable[[], object]) -> None:
    """Run `hook` after each language change, once every text is in the new language (to fit
    a layout to the new words), while `owner` lives."""
    owner.__dict__.setdefault("_language_after", []).append(hook)
    _owners.add(owner)


def _run(owner, setter) -> None:
    # A widget whose C++ side Qt already deleted has nothing left to translate.
    with contextlib.suppress(RuntimeError):
        setter()


def retranslate() -> None:
    """Run every bound text setter again (after the translators changed)."""
    owners = list(_owners)
    for owner in owners:
        for setter in list(owner.__dict__.get("_language_texts", {}).values()):
            _run(owner, setter)
    for owner in owners:
        for hook in list(owner.__dict__.get("_language_after", [])):
            _run(owner, hook)


def translate(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


class _Num(float):
    """A number from the engine, written with the locale's decimal mark when formatted."""

    def __format__(self, spec: str) -> str:
        digits = _G_SPEC.fullmatch(spec)
        if digits:  # "{value:.4g}": as every panel writes numbers (decimal comma, typographic minus)
            return fmt(float(self), int(digits.group(1)))
        text = format(float(self), spec)
        point = QLocale().decimalPoint()
        return text.replace(".", point) if point != "." else text


_G_SPEC = re.compile(r"\.(\d+)g")


class _Int(int):
    """A count from the engine: "{n:,}" groups its thousands the locale's way (1 600 in French)."""

    def __format__(self, spec: str) -> str:
        return fmt_int(int(self)) if spec == "," else format(int(self), spec)


def _value(v):
    if isinstance(v, Msg):
        return tr_core(v)
    if isinstance(v, float):
        return _Num(v)
    if isinstance(v, int) and not isinstance(v, bool):
        return _Int(v)
    return v


def tr_core(value) -> str:
    """An engine sentence (Msg, or an exception whose message is one) in the user's language,
    its numbers written the locale's way; any other text as it is."""
    if isinstance(value, BaseException):
        value = value.args[0] if value.args and isinstance(value.args[0], Msg) else str(value)
    if not isinstance(value, Msg):
        return str(value)
    if isinstance(value, Sentences):
        return sentences(*(tr_core(p) for p in value.parts))
    if isinstance(value, Aside):
        return aside(tr_core(value.part))
    template = translate(value.context, value.template) if value.context else value.template
    if isinstance(value, NumberList) and QLocale().decimalPoint() == ",":
        template = template.replace(", ", "; ")  # "0,5, 1,25" would read as four numbers
    args = {k: _value(v) for k, v in value.args.items()}
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English one is sure
        return value.template.format(**args)


def sentences(*texts: str) -> str:
    """Sentences one after the other as the language writes them: a space between two, but none
    after a Japanese full stop (「…それです。 そこに…」 reads wrong); empty texts are left out."""
    out = ""
    for text in texts:
        if not text.strip():
            continue
        if out and not out.endswith(("。", "！", "？")):
            out += " "
        out += text
    return out


FULL_WIDTH_OPENERS = ("（", "「", "『", "【", "〔", "［", "｛", "〈", "《")


def aside(text: str) -> str:
    """A remark in brackets after another text, as the language writes it: a space before
    "(pool2 ch 3, …)", none before a full-width bracket (「x[3] （pool2…）」 reads wrong)."""
    return text if text.startswith(FULL_WIDTH_OPENERS) else " " + text


def has_japanese_font() -> bool:
    """Whether any installed font covers Japanese writing (else kana and kanji show as boxes)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))


def font_notice() -> str:
    return QCoreApplication.translate(
        "Language",
        "No installed font can show Japanese text, so it appears as boxes. Install a CJK font "
        "(on Debian or Ubuntu: sudo apt install fonts-noto-cjk) and start lenet-gui again.")


def start(saved: str) -> None:
    """The language to start in: the one chosen from the menu before (its numbers too), else
    the system's (numbers as the system writes them)."""
    if saved in LANGUAGES:
        set_language(saved)
    else:
        set_language(system_language(), numbers=False)


def build_language_menu(window, bar, settings) -> QMenu:
    """The Language menu: each language named in itself; a choice applies at once and is kept."""
    menu = bar.addMenu("")
    menu.setObjectName("language_menu")
    texts(menu, lambda: menu.setTitle(QCoreApplication.translate("Language", "&Language")))
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu, checkable=True, objectName=f"language_{code}_action")
        action.setChecked(code == _current)
        action.triggered.connect(lambda _=False, c=code: choose(window, settings, c))
        group.addAction(action)
        menu.addAction(action)
    menu.aboutToShow.connect(lambda: [a.setChecked(a.objectName() == f"language_{_current}_action")
                                      for a in menu.actions()])
    return menu


def choose(window, settings, code: str) -> None:
    """What the Language menu does: switch now, remember it, and say so if Japanese cannot show."""
    set_language(code)
    settings.set(SETTING, code)
    settings.sync()
    if code == "ja" and not has_japanese_font():
        window.statusBar().showMessage(font_notice(), 15000)
