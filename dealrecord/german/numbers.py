"""German numbers: ``parse_number`` and the number grammar money is built on.

:func:`parse_number` reads a whole string that is one number.  The grammar
underneath, :func:`number_at`, reads a number that starts at a position of
a longer text and returns it with the position where it ends; a finder and
:mod:`dealrecord.german.money` use it directly.
"""

from __future__ import annotations

import re
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, Inexact
from typing import Final, NamedTuple

from dealrecord.errors import ParseError
from dealrecord.german import _cldr
from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.values import canonical

__all__ = ["parse_number"]

#: Number words read in one number at most (bounds the lookahead).
_MAX_WORDS: Final = 40
#: Digits in one number at most: beyond, exact canonical values get costly.
_MAX_DIGITS: Final = 100
#: Arithmetic on values read from a text is exact: a number holds at most
#: ``_MAX_DIGITS`` digits, a scale or a minor unit shifts them, and cents
#: add a few more.  (The default context would round to 28 digits.)
EXACT: Final = Context(prec=4 * _MAX_DIGITS, Emax=MAX_EMAX, Emin=MIN_EMIN)
_ZERO: Final = Decimal(0)
_HALF: Final = Decimal("0.5")
_SIGN_WORDS: Final = frozenset(lex.NEGATIVE_WORDS)
_DECIMAL_WORDS: Final = frozenset(lex.DECIMAL_WORDS)
_MINUS: Final = frozenset(lex.MINUS_SIGNS)
_word: Final = tok.WORD.match
_VULGAR: Final = lex.VULGAR_FRACTIONS
#: A fraction in digits after the integer part ("1/2", " 1/2" after "1"):
#: numerator and denominator, neither going on as a date or a number.
_SLASH_FRACTION: Final = re.compile(
    rf"(?P<n>\d{{1,3}})[{lex.FRACTION_SLASHES}](?P<d>\d{{1,4}})(?![\d/]|[.,]\d)"
)
_DENOMINATORS: Final = frozenset({2, *lex.FRACTION_WORDS.values()})


def fraction(numerator: int, denominator: int) -> tuple[Decimal, bool]:
    """*numerator* / *denominator* and whether it was rounded (to
    ``FRACTION_DIGITS`` significant digits: thirds, sixths)."""
    context = Context(prec=lex.FRACTION_DIGITS)
    value = context.divide(Decimal(numerator), Decimal(denominator))
    return value, bool(context.flags[Inexact])


def _plus(whole: Decimal, part: Decimal, rounded: bool) -> Decimal:
    """*whole* and a fraction *part*: exact, or where the part was rounded,
    rounded as it was (to ``FRACTION_DIGITS`` significant digits)."""
    if rounded:
        return Context(prec=lex.FRACTION_DIGITS).add(whole, part)
    return EXACT.add(whole, part)


class GrammarError(Exception):
    """A text that is malformed, not merely absent: why and where."""

    def __init__(self, reason: str, start: int, end: int) -> None:
        super().__init__(reason, start, end)
        self.reason = reason
        self.start = start
        self.end = end


class Number(NamedTuple):
    """A number read from a text by :func:`number_at`."""

    value: Decimal
    #: Where the number's text ends.
    end: int
    #: The power of ten a scale word or letter gave (0 without one).
    exponent: int
    #: True when a scale word, abbreviation or letter was read.
    scaled: bool
    #: True when the reading needed a guess ("1.5" read as 1,5 under "de").
    lenient: bool
    #: True when the number was written in words.
    spelled: bool
    #: True when a fraction with no exact decimal ("zwei Drittel") was
    #: rounded (to ``FRACTION_DIGITS`` significant digits).
    rounded: bool = False


def check_locale(locale: str) -> None:
    """Raise TypeError unless *locale* is a str, ValueError unless it is
    one the grammar knows."""
    if not isinstance(locale, str):
        msg = f"locale: expected a str, got {type(locale).__name__}"
        raise TypeError(msg)
    if locale not in _cldr.LOCALES:
        known = ", ".join(repr(x) for x in _cldr.LOCALES)
        msg = f"unknown locale {locale!r}: expected one of {known}"
        raise ValueError(msg)


def check_default_currency(code: str | None) -> None:
    """Raise TypeError unless *code* is a str or None (the code is checked
    where it is used)."""
    if code is not None and not isinstance(code, str):
        msg = f"default_currency: expected a str or None, got {type(code).__name__}"
        raise TypeError(msg)


def number_at(
    text: str,
    pos: int,
    locale: str = "de",
    *,
    strict: bool = True,
    suffixes: bool = True,
    scales: bool = True,
) -> Number | None:
    """Read a number (sign, digits or words, decimals, scale) at *pos*.

    Leading whitespace is skipped.  Returns None when no number starts
    there.  A malformed number raises :class:`GrammarError` when *strict*; when
    not, it gives None.  *suffixes* allows scale letters ("100K"); *scales*
    allows scale words ("5 Mio.").  Reads a bounded number of words.
    """
    pos = tok.skip(text, pos)
    negative = False
    start = pos
    first = text[pos : pos + 1]
    if first in _MINUS:
        negative = True
        pos = tok.skip(text, pos + 1)
    elif first in _VULGAR:
        pass  # "½ Million": a fraction character, read below
    elif not first.isdecimal():  # a word cannot start with a digit
        m = _word(text, pos)
        if m is not None:
            word = tok.fold(m[0])
            if word in _SIGN_WORDS:
                negative = True
                pos = tok.skip(text, m.end())
            elif tok.MORPHEME.match(word) is None:
                return None  # a word, but not a number word
    try:
        number = _unsigned_at(text, pos, locale, suffixes=suffixes, scales=scales)
    except GrammarError:
        if strict:
            raise
        return None
    if number is None:
        if negative and strict and start < pos:
            raise GrammarError("a sign needs a number after it", start, pos)
        return None
    if negative:
        number = number._replace(value=number.value.copy_negate())
    return number


def digits_at(text: str, pos: int, locale: str, *, strict: bool) -> Number | None:
    """:func:`number_at` where *text* has a digit at *pos* (the common case).

    A digit starts no sign and no number word, so this is what
    :func:`number_at` does there, with the checks for them left out.
    """
    try:
        return _digits_at(text, pos, locale, suffixes=True, scales=True)
    except GrammarError:
        if strict:
            raise
        return None


def _unsigned_at(
    text: str, pos: int, locale: str, *, suffixes: bool, scales: bool
) -> Number | None:
    decimals = tok.separators(locale)[1]
    first = text[pos : pos + 1]
    if first in _VULGAR:
        return _vulgar_at(text, pos, scales=scales)
    if not (first.isdecimal() or (first != "" and first in decimals)):
        # Neither digits nor a decimal separator: the number is in words.
        return _words_at(text, pos, scales=scales)
    return _digits_at(text, pos, locale, suffixes=suffixes, scales=scales)


def _digits_at(
    text: str, pos: int, locale: str, *, suffixes: bool, scales: bool
) -> Number | None:
    """:func:`_unsigned_at` at a digit or a decimal separator."""
    m = tok.number_regex(locale).match(text, pos)
    if m is not None and (m["int"] or m["frac"]):
        value, lenient, digits_end = digits_value(m, locale)
        end = digits_end
        exponent = 0
        scaled = False
        suffix = m["suf"]
        # The word after the digits, read once for "komma" and a scale word.
        after = tok.skip(text, end)
        word = _word(text, after)
        folded = None if word is None else tok.fold(word[0])
        rounded = False
        if suffix is None and m["dec"] is None and m["g"] is None and m["int"]:
            part = _fraction_after(text, pos, end, value)
            if part is not None:
                # "2½", "1 1/2", "3/4": the fraction after the digits.
                value, rounded, end = part
                after = tok.skip(text, end)
                word = _word(text, after)
                folded = None if word is None else tok.fold(word[0])
        if suffix is not None and suffixes:
            exponent = lex.SCALE_SUFFIXES[suffix]
            scaled = True
            end = m.end()
        elif m["dec"] is None and folded in _DECIMAL_WORDS:
            spoken = _decimal_words_at(text, end)
            if spoken is not None:
                digits, end = spoken
                value = Decimal(f"{value}.{digits}")
        if not scaled and scales:
            if end == digits_end and (after > end or text[end : end + 1] != "-"):
                found = _scale_of(text, word, folded)
            else:
                found = scale_at(text, end)
            if found is not None:
                exponent, end = found
                scaled = True
        if exponent:
            value = value.scaleb(exponent, EXACT)
        lenient = lenient or rounded
        return Number(value, end, exponent, scaled, lenient, False, rounded)
    return _words_at(text, pos, scales=scales)


def _fraction_after(
    text: str, start: int, end: int, whole: Decimal
) -> tuple[Decimal, bool, int] | None:
    """The digits *whole* (``text[start:end]``) with a fraction after them:
    "2½", "2 ½" and "1 1/2" add it, "3/4" is it.  (value, rounded, end).
    """
    c = text[end : end + 1]
    if c == " ":
        following = text[end + 1 : end + 2]
        if following in _VULGAR:
            n, d = _VULGAR[following]
            value, rounded = fraction(n, d)
            return _plus(whole, value, rounded), rounded, end + 2
        part = _slash_fraction(text, end + 1)
        if part is None:
            return None
        value, rounded, stop = part
        return _plus(whole, value, rounded), rounded, stop
    if c in _VULGAR:
        n, d = _VULGAR[c]
        value, rounded = fraction(n, d)
        return _plus(whole, value, rounded), rounded, end + 1
    if (
        c
        and c in lex.FRACTION_SLASHES
        and not (start > 0 and text[start - 1] in lex.FRACTION_SLASHES)
    ):
        return _slash_fraction(text, start)
    return None


def _slash_fraction(text: str, pos: int) -> tuple[Decimal, bool, int] | None:
    """A proper fraction in digits at *pos* ("3/4"): (value, rounded, end)."""
    m = _SLASH_FRACTION.match(text, pos)
    if m is None:
        return None
    n, d = int(m["n"]), int(m["d"])
    if not 0 < n < d or d not in _DENOMINATORS:
        return None  # "24/7", "9/11", "2025/26": no fraction
    value, rounded = fraction(n, d)
    return value, rounded, m.end()


def _vulgar_at(text: str, pos: int, *, scales: bool) -> Number:
    """ "½", "¾ Millionen": a fraction character, and its scale."""
    n, d = _VULGAR[text[pos]]
    value, rounded = fraction(n, d)
    if not scales:
        return Number(value, pos + 1, 0, False, rounded, False, rounded)
    return _with_scale(text, pos + 1, value, rounded=rounded, words=False)


def _with_scale(
    text: str, end: int, value: Decimal, *, rounded: bool, words: bool
) -> Number:
    """*value*, read up to *end*, and a scale word after it if there is one."""
    found = scale_at(text, end)
    if found is None:
        return Number(value, end, 0, False, rounded, words, rounded)
    exponent, end = found
    scaled = value.scaleb(exponent, EXACT)
    return Number(scaled, end, exponent, True, rounded, words, rounded)


def digits_value(m: re.Match[str], locale: str) -> tuple[Decimal, bool, int]:
    """The value of a digit match, whether it was lenient, where digits end."""
    whole = m["int"] or "0"
    group = m["g"]
    if group is not None:
        whole = whole.replace(group, "")
    dec, frac = m["dec"], m["frac"]
    lenient = False
    end = m.end("frac") if frac is not None else m.end("int")
    if len(whole) + len(frac or "") > _MAX_DIGITS:
        raise GrammarError(
            f"a number of more than {_MAX_DIGITS} digits is not supported",
            m.start(),
            end,
        )
    if dec is None:
        return Decimal(whole), False, end
    if frac[0] in lex.ZERO_CENTS_DASHES:
        frac = "0"
    if locale == "de":
        swiss = group is not None and group in lex.SWISS_GROUP_SEPARATORS
        if dec == "." and group == ".":
            raise GrammarError(
                "'.' cannot be both the group and the decimal separator",
                m.start("dec"),
                end,
            )
        if dec == "," and swiss:
            raise GrammarError(
                f"{group!r} groups digits the Swiss way, so the decimal "
                "separator must be '.', not ','",
                m.start("dec"),
                end,
            )
        if dec == "." and not swiss:
            if group is None and len(frac) == 3:
                if m["int"] is None:
                    raise GrammarError(
                        "ambiguous: '.' before three digits groups thousands "
                        f"in German, but no digits come before it; write {frac} "
                        f"or 0,{frac}",
                        m.start(),
                        end,
                    )
                raise GrammarError(
                    "ambiguous: '.' before three digits groups thousands in "
                    f"German, but {m['int']!r} is not grouped; write "
                    f"{_grouped(whole + frac)} or {whole},{frac}",
                    m.start("int"),
                    end,
                )
            lenient = group is None
    return Decimal(f"{whole}.{frac}"), lenient, end


def _grouped(digits: str) -> str:
    digits = digits.lstrip("0") or "0"
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(parts)


def scale_at(text: str, pos: int) -> tuple[int, int] | None:
    """A scale word or abbreviation at *pos*: (exponent, end) or None.

    Whitespace or one hyphen (in compounds: "100-Milliarden") may come
    before it; an abbreviation takes its dot ("Mio.").
    """
    p = tok.skip(text, pos)
    if p == pos and p < len(text) and text[p] == "-":
        p += 1
    m = _word(text, p)
    return _scale_of(text, m, None if m is None else tok.fold(m[0]))


def _scale_of(
    text: str, m: re.Match[str] | None, word: str | None
) -> tuple[int, int] | None:
    """:func:`scale_at` for the word *m* (folded: *word*) already read."""
    if m is None or word is None:
        return None
    exponent = tok.scale_words().get(word)
    if exponent is None:
        return None
    end = m.end()
    if end < len(text) and text[end] == "." and word in tok.abbreviations():
        end += 1
    return exponent, end


def _decimal_words_at(text: str, pos: int) -> tuple[str, int] | None:
    """ "komma fünfzehn", "Komma 15": the digits after a spoken decimal comma."""
    m = tok.TOKEN.match(text, pos)
    if m is None or m["w"] is None or tok.fold(m["w"]) not in _DECIMAL_WORDS:
        return None
    after = m.end()
    m = tok.TOKEN.match(text, after)
    if m is not None and m["d"] is not None:
        return (m["d"], m.end()) if len(m["d"]) <= _MAX_DIGITS else None
    digits = ""
    end = after
    for _ in range(_MAX_WORDS):
        m = tok.TOKEN.match(text, end)
        if m is None or m["w"] is None:
            break
        value = _word_value(tok.fold(m["w"]))
        if value is None or value >= 1000:
            break
        digits += str(value)
        end = m.end()
    return (digits, end) if digits else None


def _word_value(word: str) -> int | None:
    """The value of one number word below a thousand, or None."""
    state = _WordState()
    i = 0
    while i < len(word):
        m = tok.MORPHEME.match(word, i)
        if m is None:
            return None
        kind, value = tok.MORPHEMES[m[0]]
        if kind in ("scale", "thousand", "dozen") or not state.feed(kind, value):
            return None
        i = m.end()
    if not state.complete():
        return None
    total = state.value()
    return int(total) if total == total.to_integral_value() else None


class _WordState:
    """The running value of number words, morpheme by morpheme.

    ``small`` is the part below a hundred, ``hundreds`` and ``thousands``
    the completed parts of the current group below a million, ``big`` the
    sum of completed groups of a million and more.
    """

    __slots__ = (
        "any",
        "big",
        "frac",
        "hundreds",
        "last_scale",
        "rounded",
        "small",
        "state",
        "thousands",
    )

    def __init__(self) -> None:
        self.big = _ZERO
        self.last_scale = 99
        self.thousands: Decimal | None = None
        self.hundreds: int | None = None
        self.small = 0
        self.frac = _ZERO
        # "", "unit", "and", "tens", "teen", "zero", "half", "dozen"
        self.state = ""
        self.any = False
        self.rounded = False

    def group(self) -> Decimal:
        return (self.thousands or _ZERO) + (self.hundreds or 0) + self.small + self.frac

    def group_empty(self) -> bool:
        return (
            self.thousands is None
            and self.hundreds is None
            and self.state == ""
            and not self.small
        )

    def feed(self, kind: str, value: int) -> bool:
        state = self.state
        if state == "zero":
            return False
        if kind == "unit":
            if state != "":
                return False
            self.small, self.state = value, "unit"
        elif kind == "and":
            if state == "unit":
                self.state = "and"
            elif not (state == "" and (self.hundreds or self.thousands)):
                return False
            return True
        elif kind == "tens":
            if state not in ("", "and"):
                return False
            self.small += value
            self.state = "tens"
        elif kind == "teen":
            if state != "":
                return False
            self.small, self.state = value, "teen"
        elif kind == "zero":
            if self.any:
                return False
            self.state = "zero"
        elif kind == "hundred":
            if self.hundreds is not None or state in ("and", "half", "dozen"):
                return False
            self.hundreds = (self.small or 1) * 100
            self.small, self.state = 0, ""
        elif kind == "thousand":
            if self.thousands is not None or state in ("and", "dozen"):
                return False
            multiplier = (self.hundreds or 0) + self.small + self.frac
            self.thousands = (multiplier or 1) * Decimal(1000)
            self.hundreds, self.small, self.frac, self.state = None, 0, _ZERO, ""
        elif kind == "scale":
            if value >= self.last_scale or state == "and" or self.group_empty():
                return False
            self.big += self.group().scaleb(value)
            self.last_scale = value
            self.thousands, self.hundreds, self.small = None, None, 0
            self.frac, self.state = _ZERO, ""
        elif kind == "dozen":
            # "fünf Dutzend", "ein halbes Dutzend": the group times twelve;
            # only a scale word may follow ("ein Dutzend Millionen").
            if state in ("and", "dozen") or self.group_empty():
                return False
            self.thousands = self.group() * value
            self.hundreds, self.small, self.frac = None, 0, _ZERO
            self.state = "dozen"
        elif kind == "one_and_half":
            if state != "" or self.hundreds is not None:
                return False
            self.small, self.frac, self.state = 1, _HALF, "half"
        elif kind == "and_half":
            if state not in ("unit", "teen", "tens"):
                return False
            self.frac, self.state = _HALF, "half"
        elif kind == "half":
            if state == "unit" and self.small == 1 and self.hundreds is None:
                self.small = 0
                self.frac = _HALF
            elif self._numerator():
                # "fünf halbe": the number over two.
                self.frac, self.rounded = self._over(2)
                self.small = 0
            elif state != "" or not self.group_empty():
                return False
            else:
                self.frac = _HALF
            self.state = "half"
        elif kind == "fraction":
            # "drei Viertel", "ein Drittel": the number over the denominator.
            if not self._numerator():
                return False
            self.frac, rounded = self._over(value)
            self.rounded = self.rounded or rounded
            self.small, self.state = 0, "half"
        elif kind == "and_fraction":
            # "dreieinviertel": a unit and one part.
            if state not in ("unit", "teen", "tens"):
                return False
            self.frac, rounded = fraction(1, value)
            self.rounded = self.rounded or rounded
            self.state = "half"
        elif kind == "one_and_fraction":
            # "eineinviertel": one and one part.
            if state != "" or self.hundreds is not None:
                return False
            self.frac, rounded = fraction(1, value)
            self.rounded = self.rounded or rounded
            self.small, self.state = 1, "half"
        self.any = True
        return True

    def _numerator(self) -> bool:
        """Whether the group is a number below a hundred alone, with no
        part yet: the numerator of a fraction word after it."""
        return (
            self.state in ("unit", "teen", "tens")
            and self.hundreds is None
            and self.thousands is None
            and not self.frac
            and self.small > 0
        )

    def _over(self, denominator: int) -> tuple[Decimal, bool]:
        return fraction(self.small, denominator)

    def complete(self) -> bool:
        return self.any and self.state != "and"

    def value(self) -> Decimal:
        return self.big + self.group()


def _words_at(text: str, pos: int, *, scales: bool) -> Number | None:
    """A number in words, one word or several ("ein und dreissig millionen")."""
    state = _WordState()
    best: tuple[Decimal, int, bool] | None = None
    end = pos
    for _ in range(_MAX_WORDS):
        m = tok.TOKEN.match(text, end)
        if m is None or m["w"] is None:
            break
        pieces, whole = tok.morphemes_of(tok.fold(m["w"]))
        ok = whole
        for kind, size in pieces:
            if not state.feed(kind, size):
                ok = False
                break
        if not ok:
            break
        end = m.end()
        if state.complete():
            best = (state.value(), end, state.rounded)
    if best is None:
        return None
    value, end, rounded = best
    scaled = state.last_scale != 99
    decimals = None if scaled else _decimal_words_at(text, end)
    if decimals is not None:
        digits, end = decimals
        value += Decimal(f"0.{digits}")
    elif not scaled and value == value.to_integral_value():
        part = _and_fraction_at(text, end)
        if part is not None:
            # "fünf und drei Viertel (Milliarden)": a whole and a part.
            add, more, end = part
            value = _plus(value, add, more)
            rounded = rounded or more
    if scaled or not scales:
        return Number(value, end, 0, scaled, rounded, True, rounded)
    return _with_scale(text, end, value, rounded=rounded, words=True)


def _and_fraction_at(text: str, pos: int) -> tuple[Decimal, bool, int] | None:
    """ "und drei Viertel" after a whole number: (the part, rounded, end)."""
    m = tok.TOKEN.match(text, pos)
    if m is None or m["w"] is None or tok.fold(m["w"]) != lex.AND:
        return None
    state = _WordState()
    end = m.end()
    for _ in range(2):  # "drei Viertel" or "dreiviertel"
        m = tok.TOKEN.match(text, end)
        if m is None or m["w"] is None:
            return None
        pieces, whole = tok.morphemes_of(tok.fold(m["w"]))
        if not whole or not all(state.feed(kind, size) for kind, size in pieces):
            return None
        end = m.end()
        if state.state == "half":
            value = state.value()
            return (value, state.rounded, end) if 0 < value < 1 else None
    return None


def parse_number(text: str, *, locale: str = "de") -> Decimal:
    """Read *text*, all of it, as one German number.

    Digits with German, Austrian or Swiss separators, a scale word,
    abbreviation or letter, or number words in any German form:

    >>> parse_number("4,7 Billionen")
    Decimal('4700000000000')
    >>> parse_number("1.234.567,89"), parse_number("1’234.5")
    (Decimal('1234567.89'), Decimal('1234.5'))
    >>> parse_number("zweihundertfünfundzwanzig"), parse_number("dreieinhalb")
    (Decimal('225'), Decimal('3.5'))
    >>> parse_number("eine halbe Milliarde")
    Decimal('500000000')

    *locale* is ``"de"`` (lenient: the separators of de_DE, de_AT and de_CH
    where the reading is unambiguous), or ``"de_DE"``, ``"de_AT"`` or
    ``"de_CH"`` (only that locale's separators).  An unknown locale is a
    ValueError.  A text that is not one number raises ParseError saying why
    and where:

    >>> parse_number("12.34", locale="de_DE")
    Traceback (most recent call last):
    ...
    dealrecord.errors.ParseError: '.' groups thousands in de_DE and needs three digits after it: did you mean 1.234 or 12,34?
        12.34
          ^^^
    """  # noqa: E501
    if not isinstance(text, str):
        msg = f"expected a str, got {type(text).__name__}"
        raise TypeError(msg)
    check_locale(locale)
    start = tok.skip(text)
    if start == len(text):
        raise ParseError("empty text: expected a number", text, (0, len(text)))
    try:
        number = number_at(text, start, locale)
    except GrammarError as failure:
        raise ParseError(failure.reason, text, (failure.start, failure.end)) from None
    if number is None:
        raise no_number(text, start, locale)
    end = tok.skip(text, number.end)
    if end < len(text):
        raise leftover(text, number.end, end, locale, "number")
    if number.rounded:
        raise rounded_fraction(text, start, number.end)
    result = canonical(number.value)
    assert result is not None
    return result


def rounded_fraction(text: str, start: int, end: int) -> ParseError:
    """The error for a fraction with no exact decimal ("zwei Drittel")."""
    return ParseError(
        "a fraction with no exact decimal value (thirds, sixths, …) is no "
        f"exact number; the finders read it rounded to {lex.FRACTION_DIGITS} "
        "significant digits and mark it lenient",
        text,
        (start, end),
    )


def no_number(text: str, pos: int, locale: str) -> ParseError:
    """The error for a text with no number where one should start."""
    del locale
    m = tok.TOKEN.match(text, pos)
    assert m is not None
    token = m[0].strip()
    span = (m.end() - len(token), m.end())
    if m["w"] is not None:
        found = scale_at(text, pos)
        if found is not None:
            return ParseError(
                f"{text[span[0] : found[1]]!r} needs a number before it",
                text,
                (span[0], found[1]),
            )
    return ParseError(f"expected a number, found {token!r}", text, span)


def leftover(text: str, end: int, rest: int, locale: str, what: str) -> ParseError:
    """The error for text after a complete number or amount."""
    tail = text[rest:]
    m = re.match(r"[.,'’]\d++", tail)
    if m is not None and rest == end:
        sep = m[0][0]
        span = (rest, rest + m.end())
        digits_start = rest
        while digits_start > 0 and (
            text[digits_start - 1].isdigit() or text[digits_start - 1] in ".,'’"
        ):
            digits_start -= 1
        before = text[digits_start:rest]
        after = m[0][1:]
        if sep in before or (sep in ",." and any(c in ",." for c in before)):
            return ParseError(
                f"a number has one decimal separator, found a second {sep!r}",
                text,
                span,
            )
        symbols = _cldr.number_symbols().get(locale, {})
        if locale in ("de_DE", "de_AT") and sep == ".":
            digits = before + after
            return ParseError(
                f"'.' groups thousands in {locale} and needs three digits after "
                f"it: did you mean {_grouped(digits)} or {before},{after}?",
                text,
                span,
            )
        if locale == "de_CH" and sep == ",":
            return ParseError(
                "',' is not a separator in de_CH (decimal '.', groups "
                f"{symbols.get('group', '’')!r}): did you mean {before}.{after}?",
                text,
                span,
            )
        return ParseError(
            f"{sep!r} here does not separate groups of three digits", text, span
        )
    m = tok.TOKEN.match(text, rest)
    token = m[0].strip() if m is not None else tail
    return ParseError(f"unexpected {token!r} after the {what}", text, (rest, len(text)))
