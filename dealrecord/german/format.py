"""German text for an :class:`~dealrecord.values.Amount`: ``format_amount``.

The output reads back: ``parse_amount(format_amount(a, style=s)) == a`` for
every style and every Amount (with the same locale for parsing, or the
default "de" for de_DE and de_AT output).
"""

from __future__ import annotations

import functools
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, localcontext
from typing import Final

from babel.numbers import format_decimal, get_currency_name, get_currency_symbol

from dealrecord.german import _cldr
from dealrecord.german import _lexicon as lex
from dealrecord.german.money import currency_at
from dealrecord.german.numbers import check_locale
from dealrecord.values import Amount, Qualifier

__all__ = ["format_amount"]

_STYLES: Final = ("long", "short", "digits")
#: Exponents a scale word is used for: CLDR's compact forms from a million
#: up ("Tausend" is left out: news text writes 5.000 Euro, not 5 Tausend).
_MIN_COMPACT: Final = 6
#: A scale word is used only when the figure before it has at most this
#: many decimals ("1,234 Millionen"); otherwise the digits are written out.
_MAX_COMPACT_DECIMALS: Final = 3
#: The least precision format_amount works in (the default context's).
_MIN_PRECISION: Final = 28
_PREFIX: Final = {
    Qualifier.APPROX: "rund ",
    Qualifier.AT_MOST: "bis zu ",
    Qualifier.LESS_THAN: "weniger als ",
    Qualifier.AT_LEAST: "mindestens ",
    Qualifier.MORE_THAN: "mehr als ",
}
_DIGIT_WORDS: Final = {n: w for w, n in lex.DIGIT_COUNTS.items()}
_LEVEL_WORDS: Final = {
    (1, 4): "niedrigen ",
    (4, 7): "mittleren ",
    (7, 10): "hohen ",
    (1, 10): "",
}
_SCALE_STEMS: Final = {e: w.capitalize() for w, e in lex.MAGNITUDE_SCALES.items()}


def format_amount(amount: Amount, *, locale: str = "de_DE", style: str = "long") -> str:
    """Write *amount* as German text, in one of three styles.

    >>> from decimal import Decimal
    >>> a = Amount.exact(Decimal("1E11"), "USD")
    >>> format_amount(a), format_amount(a, style="short")
    ('100 Milliarden US-Dollar', '100 Mrd. $')
    >>> format_amount(a, style="digits")
    '100.000.000.000 $'
    >>> format_amount(Amount(None, Decimal("5E10"), "USD", Qualifier.AT_MOST),
    ...               style="short")
    'bis zu 50 Mrd. $'
    >>> format_amount(Amount(Decimal("1E10"), Decimal("1E11"), "EUR",
    ...                      Qualifier.MAGNITUDE))
    'im zweistelligen Milliardenbereich in Euro'
    >>> format_amount(Amount.exact(Decimal("1234567.891"), "EUR"))
    '1.234.567,891 Euro'

    - ``"long"``: scale words ("Milliarden") and the currency's German
      name ("US-Dollar", "Kanadische Dollar") from CLDR;
    - ``"short"``: CLDR's short scale forms ("Mrd.") and the symbol ("$");
    - ``"digits"``: every digit, grouped, and the symbol.

    A scale word (Million and up) is used only when the figure before it
    keeps at most three decimals; otherwise the number is written in full
    digits, exact and never rounded (1234567.891 is "1.234.567,891").
    A currency whose name or symbol would not read back as that currency
    (an ambiguous or missing CLDR name) is written as its ISO code.
    Qualifiers are written "rund", "bis zu", "weniger als", "mindestens",
    "mehr als"; a range "zwischen X und Y" (long) or "X bis Y"; a magnitude
    "im zweistelligen Milliardenbereich" (long, when its bounds are such a
    decade or a third of one: "niedrigen", "mittleren", "hohen") or else
    "X bis unter Y".  Group and decimal separators follow *locale*
    (de_DE, de_AT, de_CH, or "de" = de_DE); de_AT and de_CH put a symbol
    before the number, as their CLDR currency patterns do.
    """
    if not isinstance(amount, Amount):
        msg = f"expected an Amount, got {type(amount).__name__}"
        raise TypeError(msg)
    check_locale(locale)
    if style not in _STYLES:
        msg = f"unknown style {style!r}: expected one of {', '.join(_STYLES)}"
        raise ValueError(msg)
    # Every step is exact: shifting a value by a scale, its sign, its
    # normal form and babel's quantizing work in a context with room for
    # all of its digits (the default context rounds to 28).
    digits = max(
        (len(v.as_tuple().digits) for v in (amount.low, amount.high) if v is not None),
        default=1,
    )
    exact = Context(prec=max(_MIN_PRECISION, 2 * digits), Emax=MAX_EMAX, Emin=MIN_EMIN)
    with localcontext(exact):
        return _format(amount, locale, style)


def _format(amount: Amount, locale: str, style: str) -> str:
    q = amount.qualifier
    if q is Qualifier.MAGNITUDE:
        assert amount.low is not None
        assert amount.high is not None
        if style == "long":
            words = _magnitude_words(amount.low, amount.high)
            if words is not None:
                if amount.currency is None:
                    return words
                return f"{words} in {_currency(amount.currency, 'long', locale, 2)}"
        return _interval(amount, " bis unter ", locale, style)
    if q is Qualifier.RANGE:
        joiner = " und " if style == "long" else " bis "
        text = _interval(amount, joiner, locale, style)
        return f"zwischen {text}" if style == "long" else text
    value = amount.low if amount.low is not None else amount.high
    assert value is not None
    figure, exponent = _figure(value, locale, style)
    text = _with_currency(figure, exponent, value, amount.currency, locale, style)
    return _PREFIX.get(q, "") + text


def _interval(amount: Amount, joiner: str, locale: str, style: str) -> str:
    low, high = amount.low, amount.high
    assert low is not None
    assert high is not None
    exponent = 0
    if style != "digits":
        exponent = _common_exponent(low, high)
    first = _number(low.scaleb(-exponent), locale)
    second = _number(high.scaleb(-exponent), locale)
    tail = _with_currency(second, exponent, high, amount.currency, locale, style)
    if amount.currency is not None and _prefix(amount.currency, locale, style):
        # "$ 10 bis 15 Mrd.": the symbol leads, the scale closes.
        symbol, rest = tail.split(" ", 1)
        return f"{symbol} {first}{joiner}{rest}"
    return f"{first}{joiner}{tail}"


def _common_exponent(low: Decimal, high: Decimal) -> int:
    top = max(abs(low), abs(high))
    for exponent in sorted(_compact(), reverse=True):
        if top >= Decimal(10) ** exponent and all(
            _decimals(v.scaleb(-exponent)) <= _MAX_COMPACT_DECIMALS for v in (low, high)
        ):
            return exponent
    return 0


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def _figure(value: Decimal, locale: str, style: str) -> tuple[str, int]:
    exponent = 0 if style == "digits" else _common_exponent(value, value)
    return _number(value.scaleb(-exponent), locale), exponent


def _number(value: Decimal, locale: str) -> str:
    babel_locale = "de_DE" if locale == "de" else locale
    return format_decimal(
        value.normalize() if value else Decimal(0),
        locale=babel_locale,
        decimal_quantization=False,
    )


@functools.cache
def _compact() -> dict[int, dict[str, dict[str, str]]]:
    """Exponent -> style -> plural category -> word, from a million up."""
    scales = _cldr.compact_scales()
    table: dict[int, dict[str, dict[str, str]]] = {}
    for style, by_exponent in scales.items():
        for exponent, words in by_exponent.items():
            if exponent >= _MIN_COMPACT:
                table.setdefault(exponent, {})[style] = words
    return {e: s for e, s in table.items() if len(s) == len(scales)}


def _with_currency(
    figure: str,
    exponent: int,
    value: Decimal,
    currency: str | None,
    locale: str,
    style: str,
) -> str:
    text = figure
    if exponent:
        mantissa = value.scaleb(-exponent)
        count = "one" if abs(mantissa) == 1 else "other"
        words = _compact()[exponent]["long" if style == "long" else "short"]
        text = f"{figure} {words.get(count, words['other'])}"
    if currency is None:
        return text
    count_value = 1 if not exponent and abs(value) == 1 else 2
    name = _currency(currency, style, locale, count_value)
    if _prefix(currency, locale, style):
        return f"{name} {text}"
    return f"{text} {name}"


def _prefix(currency: str, locale: str, style: str) -> bool:
    if style == "long":
        return False
    babel_locale = "de_DE" if locale == "de" else locale
    return _cldr.currency_pattern_prefix()[babel_locale]


@functools.cache
def _currency(code: str, style: str, locale: str, count: int) -> str:
    """The name (long) or symbol of *code*, or the code when that is unclear."""
    babel_locale = "de_DE" if locale == "de" else locale
    if style == "long":
        text = get_currency_name(code, count, locale=babel_locale)
    else:
        text = get_currency_symbol(code, locale=babel_locale)
    if text and _reads_back(text, code):
        return text
    return code


def _reads_back(text: str, code: str) -> bool:
    found = currency_at(text, 0)
    return found is not None and found.end == len(text) and found.codes == (code,)


def _magnitude_words(low: Decimal, high: Decimal) -> str | None:
    """ "im zweistelligen Milliardenbereich" when *low*/*high* are such bounds."""
    for exponent in [*sorted(_SCALE_STEMS, reverse=True), 0]:
        for digits in range(1, max(_DIGIT_WORDS) + 1):
            base = Decimal(1).scaleb(digits - 1 + exponent)
            for (a, b), level in _LEVEL_WORDS.items():
                if low == a * base and high == b * base:
                    stem = _SCALE_STEMS.get(exponent, "")
                    noun = f"{stem}bereich" if stem else "Bereich"
                    count = _DIGIT_WORDS[digits]
                    return f"im {level}{count}stelligen {noun}"
    return None
