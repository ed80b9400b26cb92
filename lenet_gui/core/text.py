"""Sentences the engine writes for people, kept translatable without Qt: a template and its values.

The engine never imports Qt, so it cannot translate. It writes each sentence as
`QT_TRANSLATE_NOOP("Context", "template {name}").format(name=…)`: `pyside6-lupdate` reads the
marker, as it does in Qt code, and the result is an ordinary `str` (English, for logs and tests)
that also carries its context, template and values, so the window can look the template up in
the user's language and fill in the same values (`lenet_gui.ui.language.tr_core`).
"""

from __future__ import annotations


class Msg(str):
    """An English sentence that remembers the template and values it was made from."""

    context: str
    template: str
    args: dict

    def __new__(cls, context: str, template: str, args: dict):
        self = super().__new__(cls, template.format(**args))
        self.context, self.template, self.args = context, template, dict(args)
        return self

    def __getnewargs__(self):  # copy, deepcopy and pickle make it again from its parts
        return self.context, self.template, self.args


class Template(str):
    """A template marked for translation; `format` gives a Msg."""

    context: str

    def __new__(cls, context: str, text: str):
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __getnewargs__(self):
        return self.context, str(self)

    def format(self, *args, **kwargs) -> Msg:  # noqa: D102 - str.format, remembering the values
        if args:
            raise TypeError("translatable templates take named values only")
        return Msg(self.context, str(self), kwargs)

    def msg(self) -> Msg:
        """The template as a sentence with no values."""
        return Msg(self.context, str(self), {})


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 - the name lupdate reads
    """Mark `text` for translation in `context`; nothing is translated here."""
    return Template(context, text)


def joined(sep: str, parts) -> Msg:
    """Sentences or values joined by `sep`, each still translatable."""
    parts = list(parts)
    names = {f"p{i}": p for i, p in enumerate(parts)}
    return Msg("", sep.join("{" + n + "}" for n in names), names)


class Sentences(Msg):
    """Sentences one after the other, each still translatable. In English they are joined by a
    space; the window joins their translations as its language writes them (Japanese puts no
    space after 「。」)."""

    parts: tuple

    def __new__(cls, parts):
        parts = tuple(p for p in parts if p)
        names = {f"p{i}": p for i, p in enumerate(parts)}
        self = super().__new__(cls, "", " ".join("{" + n + "}" for n in names), names)
        self.parts = parts
        return self

    def __getnewargs__(self):
        return (self.parts,)


def sentences(parts) -> Sentences:
    """Sentences one after the other (empty ones left out), each still translatable."""
    return Sentences(parts)


class Aside(Msg):
    """A remark in brackets after what it follows, " (pool2 ch 3, row 1, col 4)". In English a
    space comes before it; the window writes none before a full-width bracket, as Japanese
    does (「w[3]·x[3]（pool2 …）」, not 「w[3]·x[3] （pool2 …）」)."""

    part: Msg

    def __new__(cls, part):
        self = super().__new__(cls, "", " {p0}", {"p0": part})
        self.part = part
        return self

    def __getnewargs__(self):
        return (self.part,)


def aside(part) -> Aside:
    """A translatable remark in brackets, to follow another text."""
    return Aside(part)


class NumberList(Msg):
    """Numbers in a row, "0.5, -1.25" in English; the window writes each the locale's way and,
    where the decimal mark is a comma, separates them by "; " so that the list stays readable."""

    values: tuple
    spec: str

    def __new__(cls, values, spec: str = ".4g"):
        names = {f"n{i}": float(v) for i, v in enumerate(values)}
        self = super().__new__(cls, "", ", ".join("{" + n + ":" + spec + "}" for n in names), names)
        self.values, self.spec = tuple(names.values()), spec
        return self

    def __getnewargs__(self):
        return self.values, self.spec


def numbers(values, spec: str = ".4g") -> NumberList:
    """The numbers as one value of a sentence, each formatted with `spec`."""
    return NumberList(values, spec)


def plain(template: str, **values) -> Msg:
    """A sentence part that needs no translation (a formula) whose numbers the window still
    writes the locale's way."""
    return Msg("", template, values)
