"""German money phrases: ``parse_amount`` and the phrase grammar under it.

Entry points for a finder (running text, spans):

- :func:`phrase_at` ``(text, pos, locale, default_currency, strict=False)``
  reads one money or number phrase that starts at *pos* (after optional
  whitespace) and returns a :class:`Phrase` — the amount's parts, ``start``
  and ``end`` (slice indices into *text*), ``lenient`` (a reading needed a
  guess, e.g. "1.5 Mrd." as 1,5), ``candidates`` (the codes an ambiguous
  currency name could be; the currency is then None) and ``compound``
  (the phrase was a hyphenated compound such as "100-Milliarden-Dollar",
  whose span ends at the currency) — or None.  It reads a bounded number of
  words past *pos*, so calling it at each candidate start of a text keeps a
  scan linear.  With ``strict=False`` it never raises on malformed numbers.
- :func:`phrase_at` first tries :func:`simple_phrase_at`
  (:mod:`dealrecord.german._fast`): the common shape "[qualifier] number
  [scale] currency" in one match, which returns the same :class:`Phrase`
  as the grammar or None (a test compares them);
  :func:`grammar_phrase_at` is the grammar alone.
- :func:`qualifier_at`, :func:`currency_at`, :func:`magnitude_at` and
  :func:`dealrecord.german.numbers.number_at` are its parts, for a finder
  that needs to look at a word before deciding (e.g. "ein Kredit über 5 Mio.
  Euro", where "über" names the amount and is not a bound).

:func:`parse_amount` is :func:`phrase_at` at the start of the text with
``strict=True``, then an error for any text left over.

The grammar, one function per rule (capitals: :mod:`~dealrecord.german._lexicon`)::

    phrase := vague | magnitude | qualifier? core      grammar_phrase_at
    core   := START single upper | single upper?       _core_at
    upper  := (JOINER | DASH) MODIFIER? single         _upper_at
    single := currency number                          _single_at
            | number (minor | currency cents?)?
    cents  := AND? number minor | number               _cents_after

JOINER is the one START takes (RANGE_START), or RANGE_TO without one; a
DASH stands for RANGE_TO; a MODIFIER (RANGE_UPPER_*) follows RANGE_TO only.

``vague`` and ``magnitude`` are in :mod:`dealrecord.german._magnitude`,
``qualifier`` and ``currency`` (one longest-match lookup) in
:mod:`dealrecord.german._phrase`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, NamedTuple

from dealrecord.errors import ParseError, RecordError
from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.german._fast import simple_amount, simple_phrase_at
from dealrecord.german._magnitude import (
    magnitude_at,
    magnitude_from,
    magnitude_phrase,
    vague_from,
    vague_phrase,
)
from dealrecord.german._phrase import (
    Currency,
    Phrase,
    currency_at,
    lookup,
    minor_at,
    phrase_of,
    qualifier_at,
    qualifier_from,
    range_start_may_read,
    starts_nothing,
    token,
)
from dealrecord.german.numbers import (
    EXACT,
    GrammarError,
    Number,
    check_default_currency,
    check_locale,
    digits_at,
    leftover,
    no_number,
    number_at,
    rounded_fraction,
)
from dealrecord.values import Amount, Qualifier, bounds_of, check_currency

__all__ = [
    "Currency",
    "Phrase",
    "currency_at",
    "grammar_phrase_at",
    "magnitude_at",
    "parse_amount",
    "phrase_at",
    "qualifier_at",
    "range_start_may_read",
    "simple_phrase_at",
]

_EXACT: Final = Qualifier.EXACT
_RANGE: Final = Qualifier.RANGE
_MAGNITUDE: Final = Qualifier.MAGNITUDE
_RANGE_DASHES: Final = frozenset(lex.RANGE_DASHES)
_JOINER_INITIALS: Final = frozenset(word[0] for word in lex.RANGE_JOINERS)
_UPPER_MODIFIERS: Final = (lex.RANGE_UPPER_EXCLUSIVE, lex.RANGE_UPPER_OPEN)
#: Folded as the written minor unit is compared ("ct." is "ct").
_ANY_CURRENCY_MINOR: Final = frozenset(
    word.rstrip(".") for word in lex.ANY_CURRENCY_MINOR_UNITS
)
_NOT_CENTS: Final = frozenset(lex.NOT_CENTS)
#: Code -> the power of ten of its minor unit (MINOR_UNITS' sizes).
_MINOR_EXPONENTS: Final = tok.minor_exponents()
#: The power of ten of a minor part written without a word ("Euro fünfzig").
_CENT_EXPONENT: Final = _MINOR_EXPONENTS[
    lex.MINOR_UNITS[lex.ANY_CURRENCY_MINOR_UNITS[0]][0]
]


class _Single(NamedTuple):
    """``single``: one number with its scale and currency."""

    number: Number
    start: int
    end: int
    currency: Currency | None
    compound: bool


class _Core(NamedTuple):
    """``core``: a single amount or a range."""

    low: Decimal | None
    high: Decimal | None
    #: None for a single amount: the qualifier before it decides.
    qualifier: Qualifier | None
    #: The last single read, with the range's currency and rounding.
    last: _Single
    end: int
    lenient: bool


class _Cents(NamedTuple):
    """``cents``: the minor part in units, and where it ends."""

    value: Decimal
    end: int


class _Upper(NamedTuple):
    """``upper``: a range's upper end and the modifier before it."""

    high: _Single
    modifier: str | None


# --------------------------------------------------------------------------
# phrase
# --------------------------------------------------------------------------


def phrase_at(
    text: str,
    pos: int,
    locale: str = "de",
    default_currency: str | None = None,
    *,
    strict: bool = False,
) -> Phrase | None:
    """Read one money or number phrase at *pos* (see the module docstring)."""
    start = tok.skip(text, pos)
    simple = simple_phrase_at(text, start, locale, default_currency)
    if simple is not None:
        return simple
    return grammar_phrase_at(text, start, locale, default_currency, strict=strict)


def grammar_phrase_at(
    text: str,
    pos: int,
    locale: str = "de",
    default_currency: str | None = None,
    *,
    strict: bool = False,
) -> Phrase | None:
    """``phrase := vague | magnitude | qualifier? core``: :func:`phrase_at`
    by the grammar alone, without the one-match path."""
    start = tok.skip(text, pos)
    m = token(text, start)
    if m is None:
        return None  # only whitespace is left
    digits = m["d"]
    qualified = None
    if digits is not None and (len(digits) > 2 or text[m.end() : m.end() + 1] != "-"):
        # The common case, read without the checks that cannot succeed:
        # digits start no qualifier, and a magnitude phrase only as one or
        # two digits before a hyphen ("2-stellig").
        core = _core_at(text, start, locale, strict=strict, first=m)
    else:
        vague = vague_from(text, m)
        if vague is not None:
            return vague_phrase(vague, start, default_currency)
        magnitude = magnitude_from(text, m)
        if magnitude is not None:
            return magnitude_phrase(magnitude, start, default_currency)
        qualified = qualifier_from(text, m)
        if qualified is None:
            word = m["w"]
            if word is not None and starts_nothing(word):
                return None
            core = _core_at(text, start, locale, strict=strict, first=m)
        else:
            core = _core_at(text, qualified[1], locale, strict=strict)
    if core is None:
        if qualified is not None:
            # The qualifier word may itself start the amount ("ein", "ab …").
            core = _core_at(text, start, locale, strict=False, first=m)
            qualified = None
        if core is None:
            return None
    low, high, qualifier = core.low, core.high, core.qualifier
    if qualifier is None:
        qualifier = _EXACT
        if qualified is not None:
            qualifier = qualified[0]
            bounds = bounds_of(qualifier)
            if not bounds.low:
                low = None
            if not bounds.high:
                high = None
    last = core.last
    return phrase_of(
        low,
        high,
        qualifier,
        last.currency,
        default_currency,
        start,
        core.end,
        lenient=core.lenient,
        compound=last.compound,
        rounded=last.number.rounded,
    )


# --------------------------------------------------------------------------
# core and upper
# --------------------------------------------------------------------------


def _core_at(
    text: str,
    pos: int,
    locale: str,
    *,
    strict: bool,
    first: re.Match[str] | None = None,
) -> _Core | None:
    """``core := START single upper | single upper?``: a single amount or a
    range (a START needs its upper end).

    *first* is the token at *pos*, when the caller has read it already.
    """
    m = token(text, pos) if first is None else first
    if m is None:
        return None  # only whitespace is left
    starter = None
    word = m["w"]
    if word is not None:
        word = tok.fold(word)
        if word in lex.RANGE_START:
            starter = word
    if starter is None:
        head = _single_at(text, pos, locale, strict=strict, first=m)
    else:
        head = _single_at(text, m.end(), locale, strict=strict)
    if head is None:
        return None
    upper = None
    # Only a dash or a word starting like a joiner can go on to a range.
    q = tok.skip(text, head.end)
    c = text[q : q + 1]
    if c in _RANGE_DASHES or c.casefold()[:1] in _JOINER_INITIALS:
        upper = _upper_at(text, head.end, starter, locale, strict=strict)
    if upper is None:
        if starter is not None:
            if strict:
                joiner = lex.RANGE_START[starter]
                raise GrammarError(
                    f"{starter!r} starts a range and needs {joiner!r} and a second "
                    "amount",
                    pos,
                    head.end,
                )
            return None
        value = head.number.value
        return _Core(value, value, None, head, head.end, head.number.lenient)
    return _range(head, upper.high, upper.modifier, strict=strict)


def _upper_at(
    text: str, pos: int, starter: str | None, locale: str, *, strict: bool
) -> _Upper | None:
    """``upper := (JOINER | DASH) MODIFIER? single``: the upper end of a
    range at *pos* (a digit after a dash), and its modifier."""
    m = token(text, pos)
    if m is None:
        return None
    expected = lex.RANGE_TO if starter is None else lex.RANGE_START[starter]
    joiner = m["w"]
    if joiner is not None:
        joiner = tok.fold(joiner)
        if joiner != expected:
            return None
    elif m["o"] is None or m["o"] not in _RANGE_DASHES or expected != lex.RANGE_TO:
        return None  # no dash, or one after "zwischen", which takes its joiner
    q = m.end()
    modifier = None
    if joiner == lex.RANGE_TO:
        w = token(text, q)
        if w is not None and w["w"] is not None:
            word = tok.fold(w["w"])
            if word in _UPPER_MODIFIERS:
                modifier = word
                q = w.end()
    elif joiner is None:
        d = token(text, q)
        if d is None or d["d"] is None:
            return None
    high = _single_at(text, q, locale, strict=strict)
    if high is None:
        return None
    return _Upper(high, modifier)


def _range(
    first: _Single, second: _Single, modifier: str | None, *, strict: bool
) -> _Core | None:
    """The range from *first* to *second*: they share the second's scale
    and one currency; UPPER_OPEN leaves the lower bound only, UPPER_EXCLUSIVE
    makes a MAGNITUDE interval."""
    low = first.number.value
    high = second.number.value
    if not first.number.scaled and second.number.scaled:
        low = low.scaleb(second.number.exponent, EXACT)
    c1, c2 = first.currency, second.currency
    if c1 is not None and c2 is not None and c1.codes != c2.codes:
        if strict:
            raise GrammarError(
                "the two ends of the range name different currencies",
                first.start,
                second.end,
            )
        return None
    last = second._replace(currency=c2 or c1)
    if first.number.rounded:
        last = last._replace(number=last.number._replace(rounded=True))
    lenient = first.number.lenient or second.number.lenient
    if modifier == lex.RANGE_UPPER_OPEN:
        return _Core(low, None, Qualifier.AT_LEAST, last, second.end, lenient)
    qualifier = _MAGNITUDE if modifier == lex.RANGE_UPPER_EXCLUSIVE else _RANGE
    if not low < high:
        if strict:
            raise GrammarError(
                f"a range needs its lower end first, got {low} to {high}",
                first.start,
                second.end,
            )
        return None
    return _Core(low, high, qualifier, last, second.end, lenient)


# --------------------------------------------------------------------------
# single and cents
# --------------------------------------------------------------------------


def _single_at(
    text: str,
    pos: int,
    locale: str,
    *,
    strict: bool,
    first: re.Match[str] | None = None,
) -> _Single | None:
    """``single := currency number | number (minor | currency cents?)?``

    *first* is the token at *pos*, when the caller has read it already.
    """
    start = p = tok.skip(text, pos)
    if first is None:
        first = token(text, p)
        if first is None:
            return None  # only whitespace is left
    currencies = tok.currencies()
    digits = first["d"]
    if digits is not None and digits not in currencies.first:
        # The common case: digits, which name no currency, right at *p*.
        number = digits_at(text, p, locale, strict=strict)
        if number is None:
            return None
    else:
        before = lookup(text, first, currencies, iso=True, joined=False)
        if before is not None:
            p = before.end
        number = number_at(text, p, locale, strict=strict)
        if number is None:
            return None
        if before is not None:
            return _Single(number, start, number.end, before, compound=False)
    end = number.end
    # The minor unit and the currency after the number share their first token.
    joined = False
    p = end
    if p < len(text) and text[p] == "-":
        p += 1
        joined = True
    m = token(text, p)
    if m is None:
        return _Single(number, start, end, None, compound=False)
    raw = m[m.lastgroup]  # type: ignore[index]
    word = tok.currency_token(raw)
    minor_units = tok.minor_units()
    if word in minor_units.first:
        minor = lookup(text, m, minor_units, iso=False, joined=joined)
        if minor is not None:
            exponent = _MINOR_EXPONENTS[minor.codes[0]]
            number = number._replace(value=number.value.scaleb(-exponent, EXACT))
            return _Single(number, start, minor.end, minor, compound=minor.hyphen)
    after = None
    if word in currencies.first or (len(raw) == 3 and raw.isupper()):
        after = lookup(text, m, currencies, iso=True, joined=joined)
    if after is None:
        return _Single(number, start, end, None, compound=False)
    end = after.end
    if not after.hyphen and not number.scaled:
        cents = _cents_after(text, end, locale, after.codes)
        if cents is not None:
            value, end = cents
            number = number._replace(value=EXACT.add(number.value, value))
    return _Single(number, start, end, after, compound=after.hyphen)


def _cents_after(
    text: str, pos: int, locale: str, codes: tuple[str, ...]
) -> _Cents | None:
    """``cents := AND? number minor | number``: "… Euro fünfzig", "… Euro
    und 45 Cent", the minor part after a currency of *codes*: (its value in
    units, where it ends).

    The minor unit is one of *codes*' or one any currency takes; the
    number is a whole one below the unit's size.
    """
    m = token(text, pos)
    if m is None:
        return None
    p = pos
    joined = m["w"] is not None and tok.fold(m["w"]) == lex.AND
    if joined:
        p = m.end()
    if m["w"] is not None and not joined and tok.fold(m["w"]) in _NOT_CENTS:
        return None  # "spielte 20.000 Euro ein": a verb's particle, no cent
    number = number_at(text, p, locale, strict=False, suffixes=False, scales=False)
    if number is None or number.value < 0:
        return None
    if number.value != number.value.to_integral_value():
        return None
    minor = minor_at(text, number.end, hyphen=False)
    if minor is not None:
        word = tok.fold(text[minor.start : minor.end]).rstrip(".")
        if word not in _ANY_CURRENCY_MINOR and minor.codes != codes:
            return None
        exponent = _MINOR_EXPONENTS[minor.codes[0]]
        end = minor.end
    else:
        if joined:
            return None
        after = token(text, number.end)
        if after is not None and (after["w"] is not None or after["d"] is not None):
            return None
        exponent = _CENT_EXPONENT
        end = number.end
    if number.value >= 10**exponent:
        return None
    return _Cents(number.value.scaleb(-exponent, EXACT), end)


# --------------------------------------------------------------------------
# parse_amount
# --------------------------------------------------------------------------


def parse_amount(
    text: str, *, locale: str = "de", default_currency: str | None = None
) -> Amount:
    """Read *text*, all of it, as one German money or number phrase.

    >>> parse_amount("100 Milliarden Dollar")
    Amount(low=Decimal('100000000000'), high=Decimal('100000000000'), currency='USD', qualifier=EXACT)
    >>> parse_amount("bis zu 50 Mrd. US-Dollar")
    Amount(low=None, high=Decimal('50000000000'), currency='USD', qualifier=AT_MOST)
    >>> parse_amount("zwischen 80 und 90 Milliarden Dollar").low
    Decimal('80000000000')
    >>> parse_amount("im zweistelligen Milliardenbereich")
    Amount(low=Decimal('10000000000'), high=Decimal('100000000000'), currency=None, qualifier=MAGNITUDE)
    >>> parse_amount("100-Milliarden-Dollar-Deal").currency
    'USD'

    The currency may stand before or after the number, as a German name
    (inflected: "kanadischen Dollar"), a symbol, an alias or an ISO code;
    *default_currency* (an ISO code) is used when the text names none, or
    to choose among the codes an ambiguous name ("Kronen") could be.
    *locale* is as for :func:`~dealrecord.german.parse_number`; an unknown
    locale or currency code is a ValueError.  Anything else that is not one
    phrase raises ParseError saying why and where; an ambiguous currency
    gives the codes it could be as ``currency_choices``:

    >>> parse_amount("100 Kronen")
    Traceback (most recent call last):
    ...
    dealrecord.errors.ParseError: ambiguous currency 'Kronen': could be CZK, DKK, ISK, NOK or SEK; pass default_currency to choose
        100 Kronen
            ^^^^^^
    """  # noqa: E501
    if not isinstance(text, str):
        msg = f"expected a str, got {type(text).__name__}"
        raise TypeError(msg)
    check_locale(locale)
    check_default_currency(default_currency)
    if default_currency is not None:
        _check_code(default_currency)
    fast = simple_amount(text, locale, default_currency)
    if fast is not None:
        return fast
    start = tok.skip(text)
    if start == len(text):
        raise ParseError("empty text: expected an amount", text, (0, len(text)))
    try:
        # The one-match path has read all it can: the whole text would have
        # been one match, and a phrase that leaves text over is the
        # grammar's to read and to say what is wrong.
        phrase = grammar_phrase_at(text, start, locale, default_currency, strict=True)
    except GrammarError as failure:
        raise ParseError(failure.reason, text, (failure.start, failure.end)) from None
    if phrase is None:
        raise _no_amount(text, start, locale)
    end = tok.skip(text, phrase.end)
    if end < len(text):
        tail = tok.COMPOUND_TAIL.match(text, phrase.end)
        if not (phrase.compound and tail is not None and tail.end() == len(text)):
            raise _leftover(text, phrase, end, locale)
    if phrase.rounded:
        raise rounded_fraction(text, phrase.start, phrase.end)
    if phrase.candidates:
        raise _ambiguous(text, phrase)
    try:
        return phrase.amount()
    except RecordError as error:  # pragma: no cover - the grammar checks bounds
        raise ParseError(str(error), text, (phrase.start, phrase.end)) from None


def _check_code(code: str) -> None:
    """:func:`~dealrecord.values.check_currency` for a default currency,
    as the ValueError its message gives."""
    try:
        check_currency(code, "default_currency")
    except RecordError as error:
        raise ValueError(error.errors[0][1]) from None


def _ambiguous(text: str, phrase: Phrase) -> ParseError:
    assert phrase.currency_span is not None
    a, b = phrase.currency_span
    *head, last = phrase.candidates
    return ParseError(
        f"ambiguous currency {text[a:b]!r}: could be {', '.join(head)} or "
        f"{last}; pass default_currency to choose",
        text,
        (a, b),
        currency_choices=phrase.candidates,
    )


def _no_amount(text: str, pos: int, locale: str) -> ParseError:
    currency = currency_at(text, pos)
    if currency is not None:
        name = text[currency.start : currency.end]
        return ParseError(
            f"currency {name!r} without an amount", text, (currency.start, currency.end)
        )
    qualified = qualifier_at(text, pos)
    if qualified is not None:
        rest = tok.skip(text, qualified[1])
        if rest == len(text):
            return ParseError(
                f"{text[pos : qualified[1]]!r} needs an amount after it",
                text,
                (pos, qualified[1]),
            )
        return no_number(text, rest, locale)
    return no_number(text, pos, locale)


def _leftover(text: str, phrase: Phrase, rest: int, locale: str) -> ParseError:
    if not phrase.has_currency and rest > phrase.end:
        m = token(text, rest)
        if m is not None and m["w"] is not None and m.end() == len(text):
            return ParseError(f"unknown currency {m['w']!r}", text, (rest, len(text)))
    return leftover(text, phrase.end, rest, locale, "amount")
