"""Numbers as the user's locale writes them: one place formats, reads and rounds them for every panel."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QToolTip

MINUS = "−"  # shown in labels; typed input may use it or the ASCII hyphen


def _loc(loc: QLocale | None) -> QLocale:
    return loc if loc is not None else QLocale()  # QLocale(): the default, i.e. the user's


def fmt(value: float, digits: int = 4, loc: QLocale | None = None) -> str:
    """`digits` significant digits in the locale's way (0,01 in French), typographic minus;
    nan and inf as words."""
    v = float(value)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else f"{MINUS}inf"
    style = _c_style(_loc(loc))
    if style is None:  # digits other than 0-9, or grouping other than by thousands: ask Qt
        loc = _loc(loc)
        text = loc.toString(v, "g", digits)
        sign = loc.negativeSign()
        # Only the number's own sign: an exponent's (1e-07) stays as Qt writes it.
        return MINUS + text[len(sign):] if text.startswith(sign) else text
    # The maps' legends and readouts format a score of numbers every frame; Python's "g"
    # writes what QLocale's does in every locale with Western digits grouped by thousands
    # (a test holds them equal), at a fraction of the cost of a call into Qt.
    text = _c_g(v + 0.0, digits, style)  # + 0.0: -0.0 becomes 0.0, which Qt writes as "0"
    return MINUS + text[1:] if text.startswith("-") else text


def _c_g(v: float, digits: int, style: tuple[bool, dict]) -> str:
    grouped, table = style
    return (f"{v:,.{digits}g}" if grouped else f"{v:.{digits}g}").translate(table)


_STYLES: dict[tuple[str, int], tuple[bool, dict] | None] = {}
_PROBES = (-1234.5e-9, 12.5, 1234567.0, -98765.4321, 0.5, 1e21)


_LAST_STYLE: list = [None, None]  # the locale last asked about, and its style


def _c_style(loc: QLocale) -> tuple[bool, dict] | None:
    """How the locale's "g" differs from C's (grouping on or off, its two marks), or None
    when it differs in more than that."""
    # Nearly every call asks about the same locale: one comparison (which covers the number
    # options) instead of reading its name and options (~5 µs, a dozen times a frame).
    if loc == _LAST_STYLE[0]:
        return _LAST_STYLE[1]
    name = (loc.name(), loc.numberOptions().value)
    if name not in _STYLES:
        grouped = not loc.numberOptions() & QLocale.NumberOption.OmitGroupSeparator
        table = str.maketrans({".": loc.decimalPoint(), ",": loc.groupSeparator()})
        style = (grouped, table)
        same = all(loc.toString(v, "g", d) == _c_g(v, d, style).replace("-", loc.negativeSign(), 1)
                   for v in _PROBES for d in (3, 8))
        _STYLES[name] = style if same else None
    _LAST_STYLE[:] = [QLocale(loc), _STYLES[name]]
    return _STYLES[name]


def fmt_int(n: int, loc: QLocale | None = None) -> str:
    """A count with the locale's thousands separator: 1,600 in English, 1 600 in French."""
    loc = QLocale(_loc(loc))
    # The C locale (LANG unset) omits separators by default; a count of steps needs them.
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(int(n))


def fmt_edit(value: float, decimals: int, loc: QLocale | None = None) -> str:
    """What a number box shows: at most `decimals` decimals, no trailing zeros, no thousands
    separator, the locale's own minus sign (so the text reads back as it is)."""
    loc = QLocale(_loc(loc))
    loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    text = loc.toString(float(value), "f", decimals)
    point = loc.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return "0" if text in ("", f"{loc.negativeSign()}0") else text


def fmt_fixed(value: float, decimals: int, loc: QLocale | None = None) -> str:
    """Exactly `decimals` decimals in the locale's way (1.250 in English, 1,250 in French)."""
    loc = QLocale(_loc(loc))
    loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(value), "f", decimals)


def fmt_apart(a: float, b: float, digits: int = 4, loc: QLocale | None = None) -> tuple[str, str]:
    """a and b with the same number of significant digits, at least `digits`, and as many
    more as it takes for two different numbers to read differently."""
    for d in range(digits, 18):
        ta, tb = fmt(a, d, loc), fmt(b, d, loc)
        if ta != tb or a == b:
            return ta, tb
    return ta, tb


def parse(text: str, loc: QLocale | None = None) -> float:
    """The number the user typed, read the locale's way; ValueError with a message to show
    for anything else (a decimal point where the locale uses a comma is refused, never read
    as something else)."""
    loc = _loc(loc)
    s = text.strip().replace(MINUS, loc.negativeSign()).replace("-", loc.negativeSign())
    point, group = loc.decimalPoint(), loc.groupSeparator()
    other = "." if point == "," else ","
    # A ',' or '.' thousands separator reads like the other locale's decimal mark (1.000 is
    # one or a thousand): refused, as is the mark this locale does not use.
    if s and not (other in s or (group in ".," and group in s)):
        value, ok = loc.toDouble(s)
        if ok and math.isfinite(value):
            return value
    raise ValueError(refusal(text, loc))


def refusal(text: str, loc: QLocale | None = None) -> str:
    """Why `text` is not read as a number, and what to type instead."""
    loc = _loc(loc)
    point = loc.decimalPoint()
    example = fmt_edit(0.5, 1, loc)
    shown = text.strip()
    if not shown:
        return QCoreApplication.translate("Numbers", "Type a number, e.g. {example}.").format(example=example)
    # The other locale's decimal mark (here also the thousands separator, if "," or "."):
    if ("." if point == "," else ",") in shown:
        if point == ",":
            said = QCoreApplication.translate("Numbers", "“{text}” not taken: decimals take a comma here ({example}).")
        else:
            said = QCoreApplication.translate("Numbers", "“{text}” not taken: decimals take a point here ({example}).")
        return said.format(text=shown, example=example)
    return QCoreApplication.translate("Numbers", "“{text}” is not a number (e.g. {example}); not taken.").format(
        text=shown, example=example)


def nice_above(x: float, mantissas: tuple[float, ...] = (1.0, 2.0, 5.0, 10.0)) -> float:
    """The smallest m × 10^k ≥ x, m from `mantissas` (ascending, ending at 10); 0 for x ≤ 0.
    Axes end on such round numbers, so their ranges change in few, readable steps."""
    if not x > 0:
        return 0.0
    exp = 10.0 ** math.floor(math.log10(x))
    for m in mantissas:
        if m * exp >= x * (1 - 1e-12):
            return float(m * exp)
    return float(10 * exp)


class _Refusing:
    """Number-box behaviour shared by the int and float boxes: typed text is read the locale's
    way; text it cannot read stays on screen until Enter or leaving the box, and is then
    refused with a visible message (the box keeps its value), never silently dropped or read
    as another number."""

    def _setup(self) -> None:
        self._problem = ""
        # The refusal shows as a tooltip at the box, unless its panel shows it in a label.
        self.tip_on_refusal = True
        self.setKeyboardTracking(False)  # act on Enter or focus loss, not per keystroke

    def problem(self) -> str:
        """The message for the last refused input, "" once a number was taken."""
        return self._problem

    def _bare(self, text: str) -> str:
        s = text
        if self.prefix() and s.startswith(self.prefix()):
            s = s[len(self.prefix()):]
        if self.suffix() and s.endswith(self.suffix()):
            s = s[: -len(self.suffix())]
        return s.strip()

    def _read(self, text: str) -> float:
        """The number in the box's text, within range; ValueError with a message otherwise."""
        value = parse(self._bare(text), self.locale())
        lo, hi = self.minimum(), self.maximum()
        if value < lo or (value > hi and not self._clamp_high):
            # Written as they can be typed: 1000, not 1,000.
            raise ValueError(QCoreApplication.translate("Numbers", "Type a number from {low} to {high}; not taken.")
                             .format(low=fmt_edit(lo, 6, self.locale()), high=fmt_edit(hi, 6, self.locale())))
        return value

    def validate(self, text: str, pos: int):
        try:
            self._read(text)
        except ValueError:
            # Intermediate, not Invalid: the keystroke stays visible (an Invalid one would
            # vanish, "0,5" turning into "05"), and Enter then refuses it with a message.
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        # Qt's fixup drops thousands separators, which turns "0,5" (English) into 5: text
        # that does not read is left as it is, to be refused.
        return text

    def _judge(self) -> None:
        """Before Qt takes or reverts the text: say why it is refused, or clear the message."""
        text = self.lineEdit().text()
        try:
            self._read(text)
        except ValueError as err:
            self._problem = str(err)
            if self.tip_on_refusal:
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self._problem, self)
        else:
            self._problem = ""
        self.inputProblem.emit(self._problem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._judge()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        # Only new typing is judged: Enter already judged (and reset) the text, and a message
        # must stay up when focus then leaves the box.
        if self.lineEdit().isModified():
            self._judge()
        super().focusOutEvent(event)


class LocaleDoubleSpinBox(_Refusing, QDoubleSpinBox):
    """A float box that types and shows numbers the locale's way (see _Refusing)."""

    inputProblem = Signal(str)
    """The message for refused input, or "" when the typed text was taken."""

    def __init__(self, parent=None, clamp_high: bool = False, **kwargs):
        super().__init__(parent, **kwargs)
        self._clamp_high = clamp_high  # too large: taken as the maximum, which then shows
        self._setup()

    def textFromValue(self, value: float) -> str:
        return fmt_edit(value, self.decimals(), self.locale())

    def valueFromText(self, text: str) -> float:
        try:
            # Rounded as the box rounds what it shows: typed 1e-300 is the 0 on screen.
            return round(min(self._read(text), self.maximum()), self.decimals())
        except ValueError:
            return self.value()


class LocaleSpinBox(_Refusing, QSpinBox):
    """A whole-number box with the same locale reading and visible refusals."""

    inputProblem = Signal(str)
    """The message for refused input, or "" when the typed text was taken."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self._clamp_high = False
        self._setup()

    def _read(self, text: str) -> float:
        value = super()._read(text)
        if value != int(value):
            raise ValueError(QCoreApplication.translate("Numbers", "Type a whole number (e.g. {example}); not taken.")
                             .format(example=fmt_int(self.value(), self.locale())))
        return value

    def textFromValue(self, value: int) -> str:
        return fmt_edit(value, 0, self.locale())

    def valueFromText(self, text: str) -> int:
        try:
            return int(self._read(text))
        except ValueError:
            return self.value()
