"""Guided lessons: a TOML file of steps (texts per language, a panel, a preset, a condition), read with tomllib."""

from __future__ import annotations

import difflib
import errno
import math
import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from .net import ARCHS
from .snippets import TUTORIAL_SNIPPETS
from .text import QT_TRANSLATE_NOOP, joined

FORMAT = 1  # the `format` a lesson file may declare; a later format is refused, not misread
MAX_BYTES = 256 * 1024  # a lesson of 100 long steps in three languages is about 100 KiB
MAX_STEPS = 100
MAX_TEXT = 1500  # characters of one step's text in one language (about six lines of a laptop's bar)
MAX_TITLE = 200
MAX_LANGUAGES = 24
MAX_HIDE = 32
MAX_STEPS_CONDITION = 1_000_000
MAX_LR = 1000.0  # the window's learning-rate box goes no higher
MAX_SEED = 2**31 - 1
BUILTIN_LANGUAGES = ("en", "fr", "ja")  # every bundled lesson speaks these

# The window's panels by the names a lesson uses (MainWindow.docks keys; a UI test holds them equal).
PANELS = ("layers", "sizes", "class_set", "evaluation", "code", "gradients", "autograd", "console",
          "output", "training", "loss", "maps", "explain", "weights")
# Advance conditions: one per step. `explained` is met when the window's `valueExplained`
# signal fires (the Explain panel); a window without that signal simply never meets it.
CONDITIONS = ("prediction", "loss_below", "steps", "panel", "explained", "snippet")
TARGETS = tuple(str(d) for d in range(10)) + ("random",)

_LANGUAGE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
# The two-letter language codes (ISO 639-1): a country code in their place (jp, cn, gr) or a
# made-up one would name a text no window ever shows. Three-letter codes are taken as written.
_ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id
ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu
lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu
rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr
ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")  # a widget's objectName
_AT = re.compile(r"\(at line (\d+), column (\d+)\)")

_TOP_KEYS = ("lesson", "step")
_LESSON_KEYS = ("title", "format", "hide")
_STEP_KEYS = ("text", "panel", "highlight", "preset", "advance")
_PRESET_KEYS = ("arch", "weights", "seed", "target", "lr", "zero_grad", "hide", "snippet")
_ADVANCE_KEYS = CONDITIONS + ("auto",)


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the file, the line and the field."""

    def __init__(self, message: str, line: int | None = None, field: str = "", source: str = ""):
        super().__init__(message)
        self.line = line
        self.field = field
        self.source = source


@dataclass(frozen=True)
class Preset:
    """What a step sets before the student reads it (None: left as it is)."""

    arch: str | None = None
    weights: str | None = None  # "pretrained" or "random"
    seed: int = 0  # with weights = "random"
    target: str | None = None  # "0"…"9" or "random" (the tutorial's dummy target)
    lr: float | None = None
    zero_grad: bool | None = None
    hide: tuple[str, ...] = ()  # panels or widgets (objectNames) out of sight during the step
    snippet: int | None = None  # the console snippet to select, numbered from 1 as in the console

    def is_empty(self) -> bool:
        return self == Preset()


@dataclass(frozen=True)
class Progress:
    """What the student has done since a step began: the input a Condition is checked against."""

    prediction: int | None = None  # the digit the Output panel names, None for a blank canvas
    steps: int = 0  # backprop steps taken since the step began
    loss: float | None = None  # the last step's loss, if a step was taken since the step began
    panels: frozenset[str] = frozenset()  # panels in sight now
    explained: bool = False  # a value was explained since the step began
    snippets: frozenset[int] = frozenset()  # console snippets run since the step began (from 1)


@dataclass(frozen=True)
class Condition:
    """One thing that, once done, lets the lesson go on: `kind` (see CONDITIONS) and its value."""

    kind: str
    value: object
    auto: bool = False  # go to the next step by itself once met, instead of inviting Next

    def met(self, progress: Progress) -> bool:
        v = self.value
        if self.kind == "prediction":
            return progress.prediction == v
        if self.kind == "loss_below":
            return progress.loss is not None and math.isfinite(progress.loss) and progress.loss < v
        if self.kind == "steps":
            return progress.steps >= v
        if self.kind == "panel":
            return v in progress.panels
        if self.kind == "explained":
            return progress.explained
        if self.kind == "snippet":
            return v in progress.snippets
        return False


@dataclass(frozen=True)
class Step:
    """One step: its text per language, what to bring forward and highlight, a preset, a condition."""

    text: dict[str, str]
    panel: str | None = None
    highlight: str | None = None
    preset: Preset = field(default_factory=Preset)
    advance: Condition | None = None
    line: int | None = None  # where its [[step]] starts in the file
    lines: dict[str, int] = field(default_factory=dict)  # field ("highlight", "preset.hide") -> line

    def text_in(self, language: str) -> str:
        """The text in that language, else in English (every step has English)."""
        return self.text.get(language) or self.text.get(language.split("_")[0]) or self.text["en"]


@dataclass(frozen=True)
class Lesson:
    """A parsed lesson file: its title per language and its steps, in order."""

    title: dict[str, str]
    steps: tuple[Step, ...]
    source: str = ""  # the file it came from (its name for messages)
    hide: tuple[str, ...] = ()  # panels or widgets out of sight for the whole lesson
    lines: dict[str, int] = field(default_factory=dict)  # "lesson.hide", "lesson.title" -> line

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title.get(language.split("_")[0]) or self.title["en"]

    def languages(self) -> set[str]:
        """The languages every step and the title are written in."""
        langs = set(self.title)
        for step in self.steps:
            langs &= set(step.text)
        return langs


# ---------------------------------------------------------------------------------- reading
def load_lesson(path: str | os.PathLike | Traversable) -> Lesson:
    """Read and check a lesson file; a bad one raises LessonError naming its line and field."""
    p = Path(path) if isinstance(path, (str, os.PathLike)) else path
    name = p.name
    try:
        if isinstance(p, Path):
            data = _read_regular_file(p, name)
        else:  # a bundled lesson inside the package
            with p.open("rb") as f:
                data = f.read(MAX_BYTES + 1)
    except OSError as err:
        raise LessonError(QT_TRANSLATE_NOOP("Lesson", "{name}: cannot be read ({problem}).").format(
            name=name, problem=err.strerror or str(err)), source=name) from None
    if len(data) > MAX_BYTES:
        raise LessonError(QT_TRANSLATE_NOOP("Lesson", "{name}: the file is larger than {size} KiB; a lesson file is "
                                            "a short text file.").format(name=name, size=MAX_BYTES // 1024), source=name)
    try:
        text = data.decode("utf-8-sig")  # a Windows editor's byte-order mark is not text
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise LessonError(QT_TRANSLATE_NOOP("Lesson", "{name}, line {line}: the file is not UTF-8 text (save it as UTF-8).").format(
            name=name, line=line), line=line, source=name) from None
    return parse_lesson(text, name)


def _read_regular_file(p: Path, name: str) -> bytes:
    """At most MAX_BYTES + 1 bytes of a regular file; a pipe or a device is refused, not waited on."""
    # Opened without blocking: opening a named pipe nothing writes to would wait for ever.
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):  # said as for any file that cannot be read: "Is a directory"
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(mode):
            raise LessonError(QT_TRANSLATE_NOOP("Lesson", "{name}: not a regular file, so it holds no lesson.").format(
                name=name), source=name)
        chunks, size = [], 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def parse_lesson(text: str, source: str = "lesson") -> Lesson:
    """Check and parse the text of a lesson file (what load_lesson does after reading it)."""
    if len(text) > MAX_BYTES:
        raise LessonError(QT_TRANSLATE_NOOP("Lesson", "{name}: the text is longer than {size} KiB.").format(
            name=source, size=MAX_BYTES // 1024), source=source)
    where = _Locator(text)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise _syntax_error(err, text, where, source) from None
    except ValueError:  # an integer longer than Python reads (sys.get_int_max_str_digits)
        longest = max(re.finditer(r"\d[\d_]*", text), key=lambda m: len(m.group()), default=None)
        raise _unreadable(text, where, source, longest.start() if longest else None,
                          f"a number of {len(longest.group()) if longest else 0} digits is too long to read") from None
    except RecursionError:  # [[[[…]]]] or {a={a=…}} thousands deep: tomllib recurses
        lines = text.split("\n")
        deepest = max(range(len(lines)), key=lambda i: lines[i].count("[") + lines[i].count("{"))
        raise _unreadable(text, where, source, sum(len(line) + 1 for line in lines[:deepest]),
                          "lists or tables are nested too deeply to read") from None
    return _Checker(where, source).lesson(doc)


def builtin_lessons() -> list[Traversable]:
    """The lesson files bundled with the app, lesson 1 (the tutorial's walk-through) first."""
    folder = files("lenet_gui") / "lessons"
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


def builtin_lesson(name: str) -> Traversable:
    """A bundled lesson file by its file name (e.g. "lesson1_tutorial.toml")."""
    for f in builtin_lessons():
        if f.name == name:
            return f
    raise LessonError(QT_TRANSLATE_NOOP("Lesson", "no bundled lesson named {name}").format(name=repr(name)), source=name)


# ---------------------------------------------------------------------------------- lines
class _Locator:
    """Where each key and table of a TOML text is: enough to point at a field by its line.

    tomllib gives values without positions; this scan reads table headers and `key =` lines
    (skipping multi-line strings) into full paths, e.g. ("step", 2, "preset", "lr").
    """

    _HEADER = re.compile(r"\s*(\[\[?)\s*([^\[\]#]+?)\s*\]\]?\s*(#.*)?$")
    _KEY = re.compile(r"\s*((?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*'))*)\s*=")

    def __init__(self, text: str):
        self.lines: dict[tuple, int] = {}
        self.duplicate: tuple[int, tuple] | None = None  # the first key written twice
        self.keys_on: dict[int, tuple] = {}  # line -> the path of the key or table on it
        self.count = text.count("\n") + 1
        self.last = 0  # the last line with anything on it
        prefix: tuple = ()
        steps = -1
        quote = None  # the delimiter of a multi-line string being skipped
        for number, raw in enumerate(text.splitlines(), start=1):
            if raw.strip():
                self.last = number
            if quote is not None:
                if raw.count(quote) % 2:
                    quote = None
                continue
            head = self._HEADER.match(raw)
            if head:
                names = self._split(head.group(2))
                if head.group(1) == "[[" and names == ("step",):
                    steps += 1
                    prefix = ("step", steps)
                elif names[:1] == ("step",) and steps >= 0:
                    prefix = ("step", steps) + names[1:]
                else:
                    prefix = names
                self._record(prefix, number, table=True)
                continue
            key = self._KEY.match(raw)
            if key:
                path = prefix + self._split(key.group(1))
                self._record(path, number)
                rest = raw[key.end():]
                for q in ('"""', "'''"):
                    if rest.count(q) % 2:
                        quote = q
                        break

    @staticmethod
    def _split(dotted: str) -> tuple:
        parts = re.findall(r"\"[^\"]*\"|'[^']*'|[^.]+", dotted)
        return tuple(p.strip().strip("\"'") for p in parts if p.strip())

    def _record(self, path: tuple, number: int, table: bool = False) -> None:
        if path in self.lines and not table and self.duplicate is None:
            self.duplicate = (number, path)
        for n in range(1, len(path) + 1):
            self.lines.setdefault(path[:n], number)
        self.keys_on.setdefault(number, path)

    def line(self, path: tuple) -> int | None:
        """The line of path, else of its nearest parent that is written out."""
        for n in range(len(path), 0, -1):
            if path[:n] in self.lines:
                return self.lines[path[:n]]
        return None


def _show_path(path: tuple) -> str:
    """("step", 2, "preset", "lr") -> "preset.lr" (the step is named separately)."""
    parts = [str(p) for p in (path[2:] if path[:1] == ("step",) else path)]
    return ".".join(parts)


def _syntax_error(err: tomllib.TOMLDecodeError, text: str, where: _Locator, source: str) -> LessonError:
    message = str(err)
    at = _AT.search(message)
    line = int(at.group(1)) if at else max(1, where.last)
    reason = _AT.sub("", message).replace("(at end of document)", "").strip()
    if where.duplicate is not None and ("overwrite" in reason or "declare" in reason):
        line, path = where.duplicate
        return LessonError(QT_TRANSLATE_NOOP("Lesson", "{name}, line {line}: field {field} is written twice (TOML: {reason}).").format(
            name=source, line=line, field=repr(_show_path(path)), reason=reason),
            line=line, field=_show_path(path), source=source)
    path = where.keys_on.get(line)
    field_name = _show_path(path) if path else ""
    return LessonError(QT_TRANSLATE_NOOP("Lesson", "{where}: not valid TOML: {reason}. (Strings need \"quotes\"; each [[step]] "
                                         "starts a step.)").format(
        where=location(source, line, field=field_name),
        reason=reason), line=line, field=field_name, source=source)


def _unreadable(text: str, where: _Locator, source: str, at: int | None, reason: str) -> LessonError:
    """A text tomllib gave up on without a TOML error: where (the offset `at`) and why."""
    line = text.count("\n", 0, at) + 1 if at is not None else max(1, where.last)
    path = where.keys_on.get(line)
    field_name = _show_path(path) if path else ""
    return LessonError(QT_TRANSLATE_NOOP("Lesson", "{where}: not valid TOML: {reason}. (Strings need \"quotes\"; each [[step]] "
                                         "starts a step.)").format(
        where=location(source, line, field=field_name), reason=reason), line=line, field=field_name, source=source)


# ---------------------------------------------------------------------------------- checking
def location(source: str, line: int | None = None, step: int | None = None, field: str = ""):
    """Where in a lesson file: "mine.toml, line 5, step 1, field 'panel'" (each part present
    only when known, step counted from 1), each part its own sentence piece so that the window
    can say it in the user's language."""
    parts = [source]
    if line is not None:
        parts.append(QT_TRANSLATE_NOOP("Lesson", ", line {line}").format(line=line))
    if step:
        parts.append(QT_TRANSLATE_NOOP("Lesson", ", step {step}").format(step=step))
    if field:
        parts.append(QT_TRANSLATE_NOOP("Lesson", ", field {field}").format(field=repr(field)))
    return joined("", parts)


class _Checker:
    def __init__(self, where: _Locator, source: str):
        self.where = where
        self.source = source

    def fail(self, path: tuple, problem: str) -> LessonError:
        line = self.where.line(path)
        name = _show_path(path)
        step = path[1] + 1 if path[:1] == ("step",) and len(path) > 1 else None
        return LessonError(QT_TRANSLATE_NOOP("Lesson", "{where}: {problem}").format(
            where=location(self.source, line, step, name), problem=problem), line=line, field=name,
            source=self.source)

    def keys(self, table: dict, allowed: tuple, path: tuple) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                said = (QT_TRANSLATE_NOOP("Lesson", "unknown field {key} (did you mean {close}?).").format(key=repr(key), close=repr(close[0]))
                        if close else
                        QT_TRANSLATE_NOOP("Lesson", "unknown field {key} (known: {known}).").format(key=repr(key), known=', '.join(allowed)))
                raise self.fail(path + (key,), said)

    def lesson(self, doc: dict) -> Lesson:
        self.keys(doc, _TOP_KEYS, ())
        head = doc.get("lesson")
        if not isinstance(head, dict):
            raise self.fail(("lesson",), QT_TRANSLATE_NOOP("Lesson", "the file needs a [lesson] table with a title, e.g. "
                            "[lesson] then title = \"My lesson\".").msg())
        self.keys(head, _LESSON_KEYS, ("lesson",))
        fmt = head.get("format", FORMAT)
        if type(fmt) is not int or fmt != FORMAT:
            raise self.fail(("lesson", "format"), QT_TRANSLATE_NOOP("Lesson", "this version of lenet-gui reads lesson format "
                            "{format}, got {value}.").format(format=FORMAT, value=repr(fmt)))
        if "title" not in head:
            raise self.fail(("lesson",), QT_TRANSLATE_NOOP("Lesson", "the lesson needs a title (title = \"…\").").msg())
        title = self.texts(head["title"], ("lesson", "title"), MAX_TITLE)
        steps = doc.get("step")
        if not isinstance(steps, list) or not steps:
            raise self.fail(("step",) if "step" in doc else ("lesson",),
                            QT_TRANSLATE_NOOP("Lesson", "the lesson needs at least one [[step]].").msg())
        if len(steps) > MAX_STEPS:
            raise self.fail(("step", MAX_STEPS), QT_TRANSLATE_NOOP("Lesson", "a lesson has at most {most} steps, this one has {count}.").format(
                                most=MAX_STEPS, count=len(steps)))
        hide = self.names(head.get("hide", []), ("lesson", "hide"))
        lines = {_show_path(p): n for p, n in self.where.lines.items() if p[:1] == ("lesson",)}
        return Lesson(title, tuple(self.step(s, i) for i, s in enumerate(steps)), self.source, hide, lines)

    def texts(self, value, path: tuple, limit: int) -> dict[str, str]:
        if isinstance(value, str):
            value = {"en": value}
        if not isinstance(value, dict):
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "expected a text, or one text per language (en = \"…\", fr = \"…\").").msg())
        if len(value) > MAX_LANGUAGES:
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "at most {most} languages.").format(most=MAX_LANGUAGES))
        out = {}
        for lang, text in value.items():
            if not _LANGUAGE.fullmatch(lang) or (len(lang.split("_")[0]) == 2 and lang.split("_")[0] not in _ISO_639_1):
                raise self.fail(path + (lang,), QT_TRANSLATE_NOOP("Lesson", "{code} is not a language code (en, fr, ja…).").format(code=repr(lang)))
            if not isinstance(text, str):
                raise self.fail(path + (lang,), QT_TRANSLATE_NOOP("Lesson", "expected a text in \"quotes\", got {kind}.").format(kind=_kind(text)))
            if not text.strip():
                raise self.fail(path + (lang,), QT_TRANSLATE_NOOP("Lesson", "the text is empty.").msg())
            if len(text) > limit:
                raise self.fail(path + (lang,), QT_TRANSLATE_NOOP("Lesson", "the text has {count} characters; at most {most}.").format(count=len(text), most=limit))
            out[lang] = text.strip()
        if "en" not in out:
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "an English text (en = \"…\") is needed: it is shown when the "
                            "user's language is missing.").msg())
        return out

    def step(self, raw, i: int) -> Step:
        path = ("step", i)
        if not isinstance(raw, dict):
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "a step is a table: [[step]] followed by its fields.").msg())
        self.keys(raw, _STEP_KEYS, path)
        if "text" not in raw:
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "the step needs a text (text.en = \"…\").").msg())
        text = self.texts(raw["text"], path + ("text",), MAX_TEXT)
        panel = raw.get("panel")
        if panel is not None:
            self.name(panel, path + ("panel",), panels_only=True)
        highlight = raw.get("highlight")
        if highlight is not None:
            self.name(highlight, path + ("highlight",))
        preset = self.preset(raw.get("preset", {}), path + ("preset",))
        advance = self.advance(raw["advance"], path + ("advance",)) if "advance" in raw else None
        lines = {_show_path(p): n for p, n in self.where.lines.items() if p[:2] == path and len(p) > 2}
        return Step(text, panel, highlight, preset, advance, self.where.line(path), lines)

    def name(self, value, path: tuple, panels_only: bool = False) -> str:
        if not isinstance(value, str):
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "expected a name in \"quotes\", got {kind}.").format(kind=_kind(value)))
        if panels_only and value not in PANELS:
            close = difflib.get_close_matches(value, PANELS, n=1)
            said = (QT_TRANSLATE_NOOP("Lesson", "no panel named {name}; did you mean {close}? panels: {panels}.") if close
                    else QT_TRANSLATE_NOOP("Lesson", "no panel named {name}; panels: {panels}."))
            raise self.fail(path, said.format(name=repr(value), panels=', '.join(PANELS),
                                              **({"close": repr(close[0])} if close else {})))
        if not _NAME.fullmatch(value):
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "{name} is not a panel or element name (letters, digits and _).").format(name=repr(value)))
        return value

    def names(self, hide, path: tuple) -> tuple[str, ...]:
        if isinstance(hide, str):
            hide = [hide]
        if not isinstance(hide, list):
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "hide is a list of names, e.g. hide = [\"class_set\", \"lr_input\"].").msg())
        if len(hide) > MAX_HIDE:
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "at most {most} names to hide.").format(most=MAX_HIDE))
        return tuple(self.name(n, path) for n in hide)

    def preset(self, raw, path: tuple) -> Preset:
        if not isinstance(raw, dict):
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "a preset is a table ([step.preset], then its fields).").msg())
        self.keys(raw, _PRESET_KEYS, path)
        arch = raw.get("arch")
        if arch is not None and arch not in ARCHS:
            raise self.fail(path + ("arch",), QT_TRANSLATE_NOOP("Lesson", "no architecture {arch}; use one of {archs}.").format(arch=repr(arch), archs=', '.join(ARCHS)))
        weights = raw.get("weights")
        if weights is not None and weights not in ("pretrained", "random"):
            raise self.fail(path + ("weights",), QT_TRANSLATE_NOOP("Lesson", "weights is \"pretrained\" or \"random\", got {value}.").format(value=repr(weights)))
        seed = raw.get("seed", 0)
        if "seed" in raw:
            if weights != "random":
                raise self.fail(path + ("seed",), QT_TRANSLATE_NOOP("Lesson", "a seed goes with weights = \"random\".").msg())
            if type(seed) is not int or not 0 <= seed <= MAX_SEED:
                raise self.fail(path + ("seed",), QT_TRANSLATE_NOOP("Lesson", "the seed is a whole number from 0 to {most}, got {value}.").format(most=MAX_SEED, value=repr(seed)))
        target = raw.get("target")
        if target is not None:
            if type(target) is int and 0 <= target <= 9:
                target = str(target)
            if target not in TARGETS:
                raise self.fail(path + ("target",), QT_TRANSLATE_NOOP("Lesson", "the target is a digit 0–9 or \"random\" (the "
                                "tutorial's dummy target), got {value}.").format(value=repr(target)))
        lr = raw.get("lr")
        if lr is not None:
            if type(lr) not in (int, float) or not math.isfinite(lr) or not 0 <= lr <= MAX_LR:
                raise self.fail(path + ("lr",), QT_TRANSLATE_NOOP("Lesson", "the learning rate is a number from 0 to {most:g}, got {value}.").format(most=float(MAX_LR), value=repr(lr)))
            lr = float(lr)
        zero_grad = raw.get("zero_grad")
        if zero_grad is not None and type(zero_grad) is not bool:
            raise self.fail(path + ("zero_grad",), QT_TRANSLATE_NOOP("Lesson", "zero_grad is true or false, got {value}.").format(value=repr(zero_grad)))
        names = self.names(raw.get("hide", []), path + ("hide",))
        snippet = raw.get("snippet")
        if snippet is not None:
            snippet = self.snippet(snippet, path + ("snippet",))
        return Preset(arch, weights, seed if weights == "random" else 0, target, lr, zero_grad, names, snippet)

    def snippet(self, value, path: tuple) -> int:
        n = len(TUTORIAL_SNIPPETS)
        if type(value) is not int or not 1 <= value <= n:
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "a console snippet is numbered 1 to {most} (as in the Tutorial "
                            "console), got {value}.").format(most=n, value=repr(value)))
        return value

    def advance(self, raw, path: tuple) -> Condition:
        if not isinstance(raw, dict):
            raise self.fail(path, QT_TRANSLATE_NOOP("Lesson", "advance is a table ([step.advance], then one condition).").msg())
        self.keys(raw, _ADVANCE_KEYS, path)
        kinds = [k for k in raw if k in CONDITIONS]
        if len(kinds) != 1:
            said = (QT_TRANSLATE_NOOP("Lesson", "advance takes exactly one condition ({conditions}); got {got}.") if kinds
                    else QT_TRANSLATE_NOOP("Lesson", "advance takes exactly one condition ({conditions}); got none."))
            raise self.fail(path, said.format(conditions=', '.join(CONDITIONS),
                                              **({"got": ", ".join(kinds)} if kinds else {})))
        kind = kinds[0]
        value = raw[kind]
        where = path + (kind,)
        if kind == "prediction":
            if type(value) is not int or not 0 <= value <= 9:
                raise self.fail(where, QT_TRANSLATE_NOOP("Lesson", "the prediction is a digit 0–9, got {value}.").format(value=repr(value)))
        elif kind == "loss_below":
            if type(value) not in (int, float) or not math.isfinite(value) or value <= 0:
                raise self.fail(where, QT_TRANSLATE_NOOP("Lesson", "loss_below is a number above 0, got {value}.").format(value=repr(value)))
            value = float(value)
        elif kind == "steps":
            if type(value) is not int or not 1 <= value <= MAX_STEPS_CONDITION:
                raise self.fail(where, QT_TRANSLATE_NOOP("Lesson", "steps is a whole number from 1 to {most:,}, got {value}.").format(most=MAX_STEPS_CONDITION, value=repr(value)))
        elif kind == "panel":
            value = self.name(value, where, panels_only=True)
        elif kind == "explained":
            if value is not True:
                raise self.fail(where, QT_TRANSLATE_NOOP("Lesson", "explained = true is the only form, got {value}.").format(value=repr(value)))
        elif kind == "snippet":
            value = self.snippet(value, where)
        auto = raw.get("auto", False)
        if type(auto) is not bool:
            raise self.fail(path + ("auto",), QT_TRANSLATE_NOOP("Lesson", "auto is true or false, got {value}.").format(value=repr(auto)))
        return Condition(kind, value, auto)


def _kind(value) -> str:
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("Lesson", "true/false").msg()
    if isinstance(value, (int, float)):
        return QT_TRANSLATE_NOOP("Lesson", "the number {value}").format(value=repr(value))
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("Lesson", "a list").msg()
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("Lesson", "a table").msg()
    return type(value).__name__
