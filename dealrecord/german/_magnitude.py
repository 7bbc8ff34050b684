"""Money phrases without a figure: magnitudes and vague amounts.

Two rules of the grammar in :mod:`dealrecord.german.money`::

    magnitude := ARTICLE? LEVEL? COUNT NOUN (PREPOSITION currency)?
    vague     := ARTICLE SCALE_SINGULAR currency
               | (SCALE_PLURAL | QUANTIFIER MULTIPLE? scale? | COUNT_NOUN scale?
                  | DOZENS scale?) currency

Both are MAGNITUDE amounts with an exclusive upper bound (DESIGN.md,
"Vague amounts and reported figures"), except "die Milliarde Euro" (EXACT).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, NamedTuple

from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.german._phrase import Currency, Phrase, currency_at, phrase_of, token
from dealrecord.german.numbers import scale_at
from dealrecord.values import Qualifier

_EXACT: Final = Qualifier.EXACT
_MAGNITUDE: Final = Qualifier.MAGNITUDE
_MAGNITUDE_ARTICLES: Final = frozenset(lex.MAGNITUDE_ARTICLES)
_LEVELS: Final = tok.LEVEL_STEMS
_VAGUE_QUANTIFIERS: Final = lex.VAGUE_QUANTIFIERS
_VAGUE_COUNTS: Final = lex.VAGUE_COUNTS
_SCALE_PLURALS: Final = frozenset(lex.SCALE_PLURALS)
_VAGUE_DOZENS: Final = frozenset(lex.VAGUE_DOZENS)
_ARTICLES: Final = frozenset(lex.DEFINITE_ARTICLES)
#: Singular scale words from a million up ("Milliarde"): after an article.
_SCALE_SINGULARS: Final = {
    w: e for w, e in lex.SCALE_WORDS.items() if e >= 6 and w not in lex.SCALE_PLURALS
}


class Magnitude(NamedTuple):
    """A magnitude phrase: [low, high) and the currency it names, if any."""

    low: Decimal
    high: Decimal
    currency: Currency | None
    end: int


class Vague(NamedTuple):
    """A vague amount: its bounds, qualifier and currency (None for a count)."""

    low: Decimal
    high: Decimal
    qualifier: Qualifier
    currency: Currency | None
    end: int


class _Level(NamedTuple):
    low_digit: int
    high_digit: int
    next: re.Match[str]


class _Count(NamedTuple):
    digits: int
    end: int


class _Noun(NamedTuple):
    exponent: int
    currency: Currency | None
    end: int


# --------------------------------------------------------------------------
# Magnitudes
# --------------------------------------------------------------------------


def magnitude_at(text: str, pos: int) -> Magnitude | None:
    """ "im zweistelligen Milliardenbereich": (low, high excl., currency, end)."""
    m = token(text, pos)
    if m is None:
        return None
    return magnitude_from(text, m)


def magnitude_from(text: str, m: re.Match[str]) -> Magnitude | None:
    """``magnitude := ARTICLE? LEVEL? COUNT NOUN (PREPOSITION currency)?``:
    :func:`magnitude_at` for the token *m* already read."""
    word = m["w"]
    if word is None:
        digits_token = m["d"]
        if digits_token is None or len(digits_token) > 2:
            return None  # the common case: no magnitude phrase starts here
    elif tok.fold(word) in _MAGNITUDE_ARTICLES:
        following = token(text, m.end())
        if following is None:
            return None
        m = following
    word = m["w"]
    if word is not None:
        folded = tok.fold(word)
        if lex.STELLIG not in folded and not folded.startswith(_LEVELS):
            return None  # the common case: neither a level nor a digit count
    level = _level(text, m)
    if level is None:
        return None
    count = _count(text, level.next)
    if count is None:
        return None
    digits, end = count
    noun = _noun(text, end)
    if noun is None:
        return None
    currency, end = noun.currency, noun.end
    if currency is None:
        named = _named_currency(text, end)
        if named is not None:
            currency, end = named, named.end
    base = Decimal(1).scaleb(digits - 1 + noun.exponent)
    return Magnitude(level.low_digit * base, level.high_digit * base, currency, end)


def _level(text: str, m: re.Match[str]) -> _Level | None:
    """``LEVEL?`` ("niedrigen", "hoher"): the decade's third the phrase
    names, (1, 10) without one; None when no token follows a level."""
    if m["w"] is not None:
        folded = tok.fold(m["w"])
        level = tok.LEVEL.fullmatch(folded) if folded.startswith(_LEVELS) else None
        if level is not None:
            low_digit, high_digit = lex.MAGNITUDE_LEVELS[level["l"]]
            following = token(text, m.end())
            if following is None:
                return None
            return _Level(low_digit, high_digit, following)
    return _Level(1, 10, m)


def _count(text: str, m: re.Match[str]) -> _Count | None:
    """``COUNT := WORD "stellig" | DIGITS "-" "stellig"`` ("zweistelligen",
    "2-stellige"): (the number of digits, where it ends)."""
    if m["w"] is not None:
        folded = tok.fold(m["w"])
        stellig = tok.STELLIG.fullmatch(folded) if lex.STELLIG in folded else None
        if stellig is None:
            return None
        digits = lex.DIGIT_COUNTS.get(stellig["n"], 0)
        end = m.end()
    elif m["d"] is not None and len(m["d"]) <= 2:
        end = m.end()
        if text[end : end + 1] != "-":
            return None
        w = tok.WORD.match(text, end + 1)
        if w is None or tok.STELLIG.fullmatch("0-" + tok.fold(w[0])) is None:
            return None
        digits = int(m["d"])
        end = w.end()
    else:
        return None
    if not digits:
        return None
    return _Count(digits, end)


def _noun(text: str, end: int) -> _Noun | None:
    """``NOUN := SCALE? NOUN | SCALE "-" (currency "-")? NOUN | currency "-"
    NOUN`` ("Milliardenbereich", "Milliarden-Dollar-Bereich", "Euro-Betrag")."""
    m = token(text, end)
    if m is None or m["w"] is None:
        return None
    word = tok.fold(m["w"])
    whole = tok.MAGNITUDE_WORD.fullmatch(word)
    if whole is not None:
        exponent = lex.MAGNITUDE_SCALES[whole["s"]] if whole["s"] else 0
        return _Noun(exponent, None, m.end())
    exponent = 0
    currency = None
    p = m.start("w")
    if word in lex.MAGNITUDE_SCALES:
        exponent = lex.MAGNITUDE_SCALES[word]
        p = m.end()
        if text[p : p + 1] != "-":
            return None
        p += 1
        currency = currency_at(text, p)
        if currency is not None:
            p = currency.end
            if text[p : p + 1] != "-":
                return None
            p += 1
    else:
        currency = currency_at(text, p)
        if currency is None or text[currency.end : currency.end + 1] != "-":
            return None
        p = currency.end + 1
    noun = tok.WORD.match(text, p)
    if noun is None:
        return None
    bare = tok.MAGNITUDE_WORD.fullmatch(tok.fold(noun[0]))
    if bare is None or bare["s"]:
        return None
    return _Noun(exponent, currency, noun.end())


def _named_currency(text: str, end: int) -> Currency | None:
    """``(PREPOSITION currency)?``: "… Millionenbereich in Euro"."""
    m = token(text, end)
    if m is None or m["w"] is None:
        return None
    if tok.fold(m["w"]) != lex.MAGNITUDE_CURRENCY_PREPOSITION:
        return None
    return currency_at(text, m.end())


def magnitude_phrase(
    magnitude: Magnitude, start: int, default_currency: str | None
) -> Phrase:
    """The :class:`Phrase` of a magnitude :func:`magnitude_from` read."""
    low, high, currency, end = magnitude
    return phrase_of(low, high, _MAGNITUDE, currency, default_currency, start, end)


# --------------------------------------------------------------------------
# Vague amounts
# --------------------------------------------------------------------------


def vague_from(text: str, m: re.Match[str]) -> Vague | None:
    """``vague``: "mehrere Millionen Euro", "Hunderte Millionen Dollar",
    "Tausende Euro", "Milliarden Euro", "die Milliarde Euro", or None.

    It names a currency right after it, or it is none; only "Dutzende"
    is a count without one (currency None).
    """
    word = m["w"]
    if word is None:
        return None
    folded = tok.fold(word)
    end = m.end()
    if folded in _ARTICLES:
        size = _scale_singular(text, end)
    elif folded in _SCALE_PLURALS:
        exponent = lex.SCALE_WORDS[folded]
        bottom, top = lex.BARE_PLURAL_FACTORS
        unit = Decimal(1).scaleb(exponent)
        size = Vague(bottom * unit, top * unit, _MAGNITUDE, None, end)
    else:
        size = _vague_quantity(text, folded, end)
    if size is None:
        return None
    currency = currency_at(text, size.end)
    if currency is None:
        if folded in _VAGUE_DOZENS:
            return size  # "Dutzende Menschen"
        return None  # "Milliarden Menschen", "Tausende Demonstranten"
    return size._replace(currency=currency, end=currency.end)


def _scale_singular(text: str, end: int) -> Vague | None:
    """``ARTICLE SCALE_SINGULAR`` ("die Milliarde"): one of the scale, EXACT."""
    following = token(text, end)
    if following is None or following["w"] is None:
        return None
    exponent = _SCALE_SINGULARS.get(tok.fold(following["w"]))
    if exponent is None:
        return None
    value = Decimal(1).scaleb(exponent)
    return Vague(value, value, _EXACT, None, following.end())


def _vague_quantity(text: str, folded: str, end: int) -> Vague | None:
    """``(QUANTIFIER MULTIPLE? | COUNT_NOUN | DOZENS) scale?`` ("mehrere
    hundert Millionen", "Tausende", "Dutzende Millionen")."""
    quantifier = _VAGUE_QUANTIFIERS.get(folded)
    if quantifier is not None:
        bottom, top = quantifier
        exponent = 0
        following = token(text, end)
        if following is not None and following["w"] is not None:
            # "mehrere hundert Millionen", "mehrere Zehntausend Euro"
            multiple = lex.VAGUE_MULTIPLES.get(tok.fold(following["w"]))
            if multiple is not None:
                exponent, end = multiple, following.end()
    elif folded in _VAGUE_COUNTS:
        bottom, top, exponent = 2, 10, _VAGUE_COUNTS[folded]
    elif folded in _VAGUE_DOZENS:
        bottom, top, exponent = 2 * lex.DOZEN_VALUE, 10 * lex.DOZEN_VALUE, 0
    else:
        return None
    scale = scale_at(text, end)
    if scale is not None:
        exponent += scale[0]
        end = scale[1]
    unit = Decimal(1).scaleb(exponent)
    return Vague(bottom * unit, top * unit, _MAGNITUDE, None, end)


def vague_phrase(vague: Vague, start: int, default_currency: str | None) -> Phrase:
    """The :class:`Phrase` of a vague amount :func:`vague_from` read: a
    count without a currency ("Dutzende") takes no default currency."""
    low, high, qualifier, currency, end = vague
    count = currency is None
    default = None if count else default_currency
    return phrase_of(
        low, high, qualifier, currency, default, start, end, vague_count=count
    )
