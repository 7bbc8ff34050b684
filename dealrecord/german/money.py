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
- :func:`phrase_at` first tries :func:`simple_phrase_at`: the common shape
  "[qualifier] number [scale] currency" in one match of the pattern
  :func:`parse_amount` also starts with, taken only where nothing after it
  could go on with the phrase, so the grammar would read the same (a test
  compares them); :func:`grammar_phrase_at` is the grammar alone.
- :func:`qualifier_at`, :func:`currency_at`, :func:`magnitude_at` and
  :func:`dealrecord.german.numbers.number_at` are its parts, for a finder
  that needs to look at a word before deciding (e.g. "ein Kredit über 5 Mio.
  Euro", where "über" names the amount and is not a bound).

:func:`parse_amount` is :func:`phrase_at` at the start of the text with
``strict=True``, then an error for any text left over.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final, NamedTuple

from dealrecord.errors import ParseError, RecordError
from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.german.numbers import (
    EXACT,
    GrammarError,
    Number,
    check_default_currency,
    check_locale,
    digits_at,
    digits_value,
    leftover,
    no_number,
    number_at,
    rounded_fraction,
    scale_at,
)
from dealrecord.values import Amount, Qualifier

__all__ = ["parse_amount"]

_EXACT: Final = Qualifier.EXACT
_RANGE: Final = Qualifier.RANGE
_MAGNITUDE: Final = Qualifier.MAGNITUDE
#: Tuples, not sets: ``in`` finds an enum member by identity without hashing it.
_UPPER_ONLY: Final = (Qualifier.AT_MOST, Qualifier.LESS_THAN)
_LOWER_ONLY: Final = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
_MAGNITUDE_ARTICLES: Final = frozenset(lex.MAGNITUDE_ARTICLES)
_RANGE_DASHES: Final = frozenset(lex.RANGE_DASHES)
_JOINER_INITIALS: Final = frozenset(word[0] for word in lex.RANGE_JOINERS)
_CENT_WORDS: Final = frozenset({"cent", "cents", "ct"})
_NOT_CENTS: Final = frozenset(lex.NOT_CENTS)
_MINOR_MAX: Final = 100
#: Minor units per unit as a power of ten (every unit the lexicon has is 100).
_MINOR_DIGITS: Final = 2
_LEVELS: Final = tok.LEVEL_STEMS
_STELLIG: Final = "stellig"
#: One token (see :data:`~dealrecord.german._tokens.TOKEN`) at a position.
_token: Final = tok.TOKEN.match


class Phrase(NamedTuple):
    """A money or number phrase read by :func:`phrase_at`."""

    low: Decimal | None
    high: Decimal | None
    currency: str | None
    qualifier: Qualifier
    start: int
    end: int
    lenient: bool = False
    #: The ISO codes an ambiguous currency name could be (currency is None).
    candidates: tuple[str, ...] = ()
    #: Where the currency was written, if it was.
    currency_span: tuple[int, int] | None = None
    #: True for a hyphenated compound ("100-Milliarden-Dollar-Deal").
    compound: bool = False
    #: True when the phrase named a currency (even an ambiguous one).
    has_currency: bool = False
    #: True for a vague count without a currency ("Dutzende"): a number,
    #: no money.
    vague_count: bool = False
    #: True when a fraction with no exact decimal ("zwei Drittel") was
    #: rounded; the phrase is then lenient too.
    rounded: bool = False

    def amount(self) -> Amount:
        """The phrase as an :class:`Amount`."""
        return Amount(self.low, self.high, self.currency, self.qualifier)


class Currency(NamedTuple):
    """A currency name, symbol or code read by :func:`currency_at`."""

    codes: tuple[str, ...]
    start: int
    end: int
    hyphen: bool


class _Single(NamedTuple):
    number: Number
    start: int
    end: int
    currency: Currency | None
    compound: bool


def _read_index(
    text: str, pos: int, index: tok.PhraseIndex, *, hyphen: bool, iso: bool
) -> Currency | None:
    joined = False
    if hyphen and 0 <= pos < len(text) and text[pos] == "-":
        pos += 1
        joined = True
    m = _token(text, pos)
    if m is None:
        return None
    return _lookup(text, m, index, iso=iso, joined=joined)


def _lookup(
    text: str, m: re.Match[str], index: tok.PhraseIndex, *, iso: bool, joined: bool
) -> Currency | None:
    """The longest phrase of *index* that starts with the token *m*."""
    raw = m[m.lastgroup]  # type: ignore[index]
    end = m.end()
    start = end - len(raw)
    if iso and len(raw) == 3 and raw.isupper() and raw in tok.iso_codes():
        return Currency((raw,), start, end, joined)
    key: tuple[str, ...] = (tok.currency_token(raw),)
    longest = index.first.get(key[0])
    if longest is None:
        return None
    phrases = index.phrases
    best = phrases.get(key)
    best_end = end
    if longest > 1:
        prefixes = index.prefixes
        spaced = False
        for _ in range(longest - 1):
            # Read the next word only if a phrase may go on with its first
            # character (the word's key starts with it unless a soft hyphen
            # comes before the word).
            q = tok.skip(text, end)
            spaced = spaced or q > end
            c = text[q : q + 1]
            if not c:
                break  # nothing but whitespace is left
            if c.casefold()[:1] not in index.follow.get(key, ()) and (
                "\u00ad" not in text[end:q]
            ):
                break
            m = _token(text, end)  # type: ignore[assignment]
            if m is None:
                break
            key = (*key, tok.currency_token(m[0].strip()))
            if key not in prefixes:
                break  # no phrase goes on like this
            end = m.end()
            codes = phrases.get(key)
            if codes is not None and not (spaced and key in index.glued):
                best, best_end = codes, end
    if best is None:
        return None
    return Currency(best, start, best_end, joined)


def currency_at(text: str, pos: int, *, hyphen: bool = False) -> Currency | None:
    """A currency name, symbol, alias or ISO code at *pos*, or None.

    With *hyphen*, one hyphen right at *pos* may join it to what came
    before ("100-Euro").  Reads at most as many words as the longest name.
    """
    return _read_index(text, pos, tok.currencies(), hyphen=hyphen, iso=True)


def _minor_at(text: str, pos: int, *, hyphen: bool) -> Currency | None:
    return _read_index(text, pos, tok.minor_units(), hyphen=hyphen, iso=False)


def qualifier_at(text: str, pos: int) -> tuple[Qualifier, int] | None:
    """A bound or qualifier ("bis zu", "rund", "knapp über") at *pos*."""
    m = _token(text, pos)
    if m is None:
        return None
    return _qualifier_from(text, m)


def _qualifier_from(text: str, m: re.Match[str]) -> tuple[Qualifier, int] | None:
    """:func:`qualifier_at` for the token *m* already read."""
    word = m["w"]
    if word is None:
        return None
    key: tuple[str, ...] = (tok.fold(word),)
    longest = tok.qualifier_first().get(key[0])
    if longest is None:
        return None
    table = tok.qualifiers()
    end = m.end()
    best = table.get(key)
    best_end = end
    if longest > 1:
        prefixes = tok.qualifier_prefixes()
        for _ in range(longest - 1):
            m = _token(text, end)  # type: ignore[assignment]
            if m is None:
                break
            key = (*key, tok.fold(m[0].strip()))
            if key not in prefixes:
                break  # no qualifier goes on like this
            end = m.end()
            qualifier = table.get(key)
            if qualifier is not None:
                best, best_end = qualifier, end
    if best is None:
        return None
    return best, best_end


def _single_at(
    text: str,
    pos: int,
    locale: str,
    *,
    strict: bool,
    first: re.Match[str] | None = None,
) -> _Single | None:
    """One number with its scale and currency (before or after it).

    *first* is the token at *pos*, when the caller has read it already.
    """
    start = p = tok.skip(text, pos)
    if first is None:
        first = _token(text, p)
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
        before = _lookup(text, first, currencies, iso=True, joined=False)
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
    m = _token(text, p)
    if m is None:
        return _Single(number, start, end, None, compound=False)
    raw = m[m.lastgroup]  # type: ignore[index]
    word = tok.currency_token(raw)
    minor_units = tok.minor_units()
    if word in minor_units.first:
        minor = _lookup(text, m, minor_units, iso=False, joined=joined)
        if minor is not None:
            value = number.value.scaleb(-_MINOR_DIGITS, EXACT)
            number = number._replace(value=value)
            return _Single(number, start, minor.end, minor, compound=minor.hyphen)
    after = None
    if word in currencies.first or (len(raw) == 3 and raw.isupper()):
        after = _lookup(text, m, currencies, iso=True, joined=joined)
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
) -> tuple[Decimal, int] | None:
    """ "… Euro fünfzig", "… Euro und 45 Cent": the minor part after a currency."""
    m = tok.TOKEN.match(text, pos)
    if m is None:
        return None
    p = pos
    joined = m["w"] is not None and tok.fold(m["w"]) == lex.AND
    if joined:
        p = m.end()
    if m["w"] is not None and not joined and tok.fold(m["w"]) in _NOT_CENTS:
        return None  # "spielte 20.000 Euro ein": a verb's particle, no cent
    number = number_at(text, p, locale, strict=False, suffixes=False, scales=False)
    if number is None or number.value < 0 or number.value >= _MINOR_MAX:
        return None
    if number.value != number.value.to_integral_value():
        return None
    minor = _minor_at(text, number.end, hyphen=False)
    if minor is not None:
        word = tok.fold(text[minor.start : minor.end]).rstrip(".")
        if word not in _CENT_WORDS and minor.codes != codes:
            return None
        return number.value.scaleb(-_MINOR_DIGITS, EXACT), minor.end
    if joined:
        return None
    after = tok.TOKEN.match(text, number.end)
    if after is not None and (after["w"] is not None or after["d"] is not None):
        return None
    return number.value.scaleb(-_MINOR_DIGITS, EXACT), number.end


def _core_at(
    text: str,
    pos: int,
    locale: str,
    *,
    strict: bool,
    token: re.Match[str] | None = None,
) -> tuple[Decimal | None, Decimal | None, Qualifier | None, _Single, int, bool] | None:
    """A single amount or a range; (low, high, qualifier, last end, …).

    *token* is the token at *pos*, when the caller has read it already.
    """
    m = _token(text, pos) if token is None else token
    if m is None:
        return None  # only whitespace is left
    starter = None
    word = m["w"]
    if word is not None:
        word = tok.fold(word)
        if word in lex.RANGE_START:
            starter = word
    if starter is None:
        first = _single_at(text, pos, locale, strict=strict, first=m)
    else:
        first = _single_at(text, m.end(), locale, strict=strict, first=None)
    if first is None:
        return None
    joiner = None
    m = None
    # Only a dash or a word starting like a joiner can go on to a range.
    q = tok.skip(text, first.end)
    c = text[q : q + 1]
    if c in _RANGE_DASHES or c.casefold()[:1] in _JOINER_INITIALS:
        m = _token(text, first.end)
    if m is not None:
        if m["w"] is not None:
            word = tok.fold(m["w"])
            if word in lex.RANGE_JOINERS and (
                (starter is None and word == "bis")
                or lex.RANGE_START.get(starter or "") == word
            ):
                joiner = word
        elif m["o"] is not None and m["o"] in _RANGE_DASHES and starter != "zwischen":
            joiner = m["o"]
    second = None
    modifier = None
    if joiner is not None:
        assert m is not None
        q = m.end()
        if joiner == "bis":
            w = _token(text, q)
            if w is not None and w["w"] is not None:
                word = tok.fold(w["w"])
                if word in (lex.RANGE_UPPER_EXCLUSIVE, lex.RANGE_UPPER_OPEN):
                    modifier = word
                    q = w.end()
        if joiner in _RANGE_DASHES:
            d = _token(text, q)
            if d is None or d["d"] is None:
                q = -1
        if q >= 0:
            second = _single_at(text, q, locale, strict=strict)
    if second is None:
        if starter is not None:
            if strict:
                word = "und" if starter == "zwischen" else "bis"
                raise GrammarError(
                    f"{starter!r} starts a range and needs {word!r} and a second "
                    "amount",
                    pos,
                    first.end,
                )
            return None
        return None_or_single(first)
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
    currency = c2 or c1
    last = second._replace(currency=currency)
    if first.number.rounded:
        last = last._replace(number=last.number._replace(rounded=True))
    lenient = first.number.lenient or second.number.lenient
    if modifier == lex.RANGE_UPPER_OPEN:
        return low, None, Qualifier.AT_LEAST, last, second.end, lenient
    qualifier = _MAGNITUDE if modifier == lex.RANGE_UPPER_EXCLUSIVE else _RANGE
    if not low < high:
        if strict:
            raise GrammarError(
                f"a range needs its lower end first, got {low} to {high}",
                first.start,
                second.end,
            )
        return None
    return low, high, qualifier, last, second.end, lenient


def None_or_single(  # noqa: N802
    first: _Single,
) -> tuple[Decimal | None, Decimal | None, Qualifier | None, _Single, int, bool]:
    value = first.number.value
    return value, value, None, first, first.end, first.number.lenient


def magnitude_at(
    text: str, pos: int
) -> tuple[Decimal, Decimal, Currency | None, int] | None:
    """ "im zweistelligen Milliardenbereich": (low, high excl., currency, end)."""
    m = _token(text, pos)
    if m is None:
        return None
    return _magnitude_from(text, m)


def _magnitude_from(
    text: str, m: re.Match[str]
) -> tuple[Decimal, Decimal, Currency | None, int] | None:
    """:func:`magnitude_at` for the token *m* already read."""
    word = m["w"]
    if word is None:
        digits_token = m["d"]
        if digits_token is None or len(digits_token) > 2:
            return None  # the common case: no magnitude phrase starts here
    elif tok.fold(word) in _MAGNITUDE_ARTICLES:
        nxt = _token(text, m.end())
        if nxt is None:
            return None
        m = nxt
    low_digit, high_digit = 1, 10
    if m["w"] is not None:
        folded = tok.fold(m["w"])
        level = tok.LEVEL.fullmatch(folded) if folded.startswith(_LEVELS) else None
        if level is not None:
            low_digit, high_digit = lex.MAGNITUDE_LEVELS[level["l"]]
            m = _token(text, m.end())  # type: ignore[assignment]
            if m is None:
                return None
    digits = 0
    if m["w"] is not None:
        folded = tok.fold(m["w"])
        stellig = tok.STELLIG.fullmatch(folded) if _STELLIG in folded else None
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
    m = _token(text, end)  # type: ignore[assignment]
    if m is None or m["w"] is None:
        return None
    word = tok.fold(m["w"])
    exponent = 0
    currency = None
    whole = tok.MAGNITUDE_WORD.fullmatch(word)
    if whole is not None:
        end = m.end()
        if whole["s"]:
            exponent = lex.MAGNITUDE_SCALES[whole["s"]]
    else:
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
        if noun is None or tok.MAGNITUDE_WORD.fullmatch(tok.fold(noun[0])) is None:
            return None
        if tok.MAGNITUDE_WORD.fullmatch(tok.fold(noun[0]))["s"]:  # type: ignore[index]
            return None
        end = noun.end()
    if currency is None:
        m = _token(text, end)  # type: ignore[assignment]
        if m is not None and m["w"] is not None and tok.fold(m["w"]) == "in":
            currency = currency_at(text, m.end())
            if currency is not None:
                end = currency.end
    base = Decimal(1).scaleb(digits - 1 + exponent)
    return low_digit * base, high_digit * base, currency, end


_VAGUE_QUANTIFIERS: Final = lex.VAGUE_QUANTIFIERS
_VAGUE_COUNTS: Final = lex.VAGUE_COUNTS
_SCALE_PLURALS: Final = frozenset(lex.SCALE_PLURALS)
_VAGUE_DOZENS: Final = frozenset(lex.VAGUE_DOZENS)
_ARTICLES: Final = frozenset(lex.DEFINITE_ARTICLES)
#: Singular scale words from a million up ("Milliarde"): after an article.
_SCALE_SINGULARS: Final = {
    w: e for w, e in lex.SCALE_WORDS.items() if e >= 6 and w not in lex.SCALE_PLURALS
}


def _vague_from(
    text: str, m: re.Match[str]
) -> tuple[Decimal, Decimal, Qualifier, Currency | None, int] | None:
    """ "mehrere Millionen Euro", "Hunderte Millionen Dollar", "Tausende
    Euro", "Milliarden Euro", "die Milliarde Euro": (low, high, qualifier,
    currency, end) or None.

    A vague amount is MAGNITUDE with an exclusive upper bound (DESIGN.md,
    "Vague amounts and reported figures"); "die Milliarde Euro" is EXACT.
    It names a currency right after it, or it is none; only "Dutzende"
    is a count without one (currency None).
    """
    word = m["w"]
    if word is None:
        return None
    folded = tok.fold(word)
    end = m.end()
    qualifier = _MAGNITUDE
    if folded in _ARTICLES:
        following = _token(text, end)
        if following is None or following["w"] is None:
            return None
        exponent = _SCALE_SINGULARS.get(tok.fold(following["w"]))
        if exponent is None:
            return None
        end = following.end()
        low = high = Decimal(1).scaleb(exponent)
        qualifier = _EXACT
    elif folded in _SCALE_PLURALS:
        exponent = lex.SCALE_WORDS[folded]
        bottom, top = lex.BARE_PLURAL_FACTORS
        unit = Decimal(1).scaleb(exponent)
        low, high = bottom * unit, top * unit
    else:
        quantifier = _VAGUE_QUANTIFIERS.get(folded)
        if quantifier is not None:
            bottom, top = quantifier
            exponent = 0
            following = _token(text, end)
            if following is not None and following["w"] is not None:
                # "mehrere hundert Millionen", "mehrere Zehntausend Euro"
                multiple = lex.VAGUE_MULTIPLES.get(tok.fold(following["w"]))
                if multiple is not None:
                    exponent, end = multiple, following.end()
        elif folded in _VAGUE_COUNTS:
            count = _VAGUE_COUNTS[folded]
            bottom, top, exponent = 2, 10, count
        elif folded in _VAGUE_DOZENS:
            bottom, top, exponent = 2 * lex.DOZEN_VALUE, 10 * lex.DOZEN_VALUE, 0
        else:
            return None
        scale = scale_at(text, end)
        if scale is not None:
            exponent += scale[0]
            end = scale[1]
        unit = Decimal(1).scaleb(exponent)
        low, high = bottom * unit, top * unit
    currency = currency_at(text, end)
    if currency is None:
        if folded in _VAGUE_DOZENS:
            return low, high, qualifier, None, end  # "Dutzende Menschen"
        return None  # "Milliarden Menschen", "Tausende Demonstranten"
    return low, high, qualifier, currency, currency.end


def _vague_phrase(
    vague: tuple[Decimal, Decimal, Qualifier, Currency | None, int],
    start: int,
    default_currency: str | None,
) -> Phrase:
    """The :class:`Phrase` of a vague amount :func:`_vague_from` read."""
    low, high, qualifier, currency, end = vague
    if currency is None:
        return Phrase(low, high, None, qualifier, start, end, vague_count=True)
    code, candidates = _resolve(currency, default_currency)
    return Phrase(
        low,
        high,
        code,
        qualifier,
        start,
        end,
        candidates=candidates,
        currency_span=(currency.start, currency.end),
        has_currency=True,
    )


def _resolve(
    currency: Currency | None, default_currency: str | None
) -> tuple[str | None, tuple[str, ...]]:
    if currency is None:
        return default_currency, ()
    codes = currency.codes
    if len(codes) == 1:
        return codes[0], ()
    if default_currency in codes:
        return default_currency, ()
    return None, codes


@functools.lru_cache(maxsize=1 << 13)
def _starts_nothing(word: str) -> bool:
    """Whether no amount can start with the word *word* (past a qualifier).

    True when it starts no range, names no currency (nor starts a name),
    and is neither a sign nor a number word: :func:`_core_at` reads nothing.
    A word that only starts with number words ("Milliardendeal") is none:
    the number words are read whole (:func:`~dealrecord.german.numbers._words_at`).
    """
    folded = tok.fold(word)
    return not (
        folded in lex.RANGE_START
        or (len(word) == 3 and word.isupper() and word in tok.iso_codes())
        or tok.currency_token(word) in tok.currencies().first
        or folded in lex.NEGATIVE_WORDS
        or tok.morphemes_of(folded)[1]
        or folded[:1] in lex.VULGAR_FRACTIONS
    )


def range_start_may_read(text: str, pos: int) -> bool:
    """Whether a range that starts with the word at *pos* ("von", "zwischen")
    may read an amount after it.

    False when nothing follows, or the next token is a word no amount starts
    with: then :func:`phrase_at` reads nothing at *pos* ("von bis zu 5 Euro").
    """
    starter = _token(text, pos)
    if starter is None:
        return False
    following = _token(text, tok.skip(text, starter.end()))
    if following is None:
        return False
    word = following["w"]
    return word is None or not _starts_nothing(word)


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
    """:func:`phrase_at` by the grammar alone, without the one-match path."""
    start = tok.skip(text, pos)
    token = _token(text, start)
    if token is None:
        return None  # only whitespace is left
    digits = token["d"]
    qualified = None
    if digits is not None and (
        len(digits) > 2 or text[token.end() : token.end() + 1] != "-"
    ):
        # The common case, read without the checks that cannot succeed:
        # digits start no qualifier, and a magnitude phrase only as one or
        # two digits before a hyphen ("2-stellig").
        core = _core_at(text, start, locale, strict=strict, token=token)
    else:
        vague = _vague_from(text, token)
        if vague is not None:
            return _vague_phrase(vague, start, default_currency)
        magnitude = _magnitude_from(text, token)
        if magnitude is not None:
            bottom, top, cur, end = magnitude
            code, candidates = _resolve(cur, default_currency)
            return Phrase(
                bottom,
                top,
                code,
                _MAGNITUDE,
                start,
                end,
                candidates=candidates,
                currency_span=None if cur is None else (cur.start, cur.end),
                has_currency=cur is not None,
            )
        qualified = _qualifier_from(text, token)
        if qualified is None:
            word = token["w"]
            if word is not None and _starts_nothing(word):
                return None
            core = _core_at(text, start, locale, strict=strict, token=token)
        else:
            core = _core_at(text, qualified[1], locale, strict=strict)
    if core is None:
        if qualified is not None:
            # The qualifier word may itself start the amount ("ein", "ab …").
            core = _core_at(text, start, locale, strict=False, token=token)
            qualified = None
        if core is None:
            return None
    low: Decimal | None
    high: Decimal | None
    low, high, qualifier, last, end, lenient = core
    if qualifier is None:
        qualifier = qualified[0] if qualified is not None else _EXACT
        if qualifier in _UPPER_ONLY:
            low = None
        elif qualifier in _LOWER_ONLY:
            high = None
    cur = last.currency
    code, candidates = _resolve(cur, default_currency)
    return Phrase(
        low,
        high,
        code,
        qualifier,
        start,
        end,
        lenient,
        candidates,
        None if cur is None else (cur.start, cur.end),
        last.compound,
        cur is not None,
        rounded=last.number.rounded,
    )


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
    phrase raises ParseError saying why and where:

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
    if default_currency is not None and default_currency not in tok.iso_codes():
        msg = f"unknown ISO 4217 currency code {default_currency!r}"
        raise ValueError(msg)
    fast = _simple_amount(text, locale, default_currency)
    if fast is not None:
        return fast
    start = tok.skip(text)
    if start == len(text):
        raise ParseError("empty text: expected an amount", text, (0, len(text)))
    try:
        phrase = phrase_at(text, start, locale, default_currency, strict=True)
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
        assert phrase.currency_span is not None
        a, b = phrase.currency_span
        *head, last = phrase.candidates
        raise ParseError(
            f"ambiguous currency {text[a:b]!r}: could be {', '.join(head)} or "
            f"{last}; pass default_currency to choose",
            text,
            (a, b),
        )
    try:
        return phrase.amount()
    except RecordError as error:  # pragma: no cover - the grammar checks bounds
        raise ParseError(str(error), text, (phrase.start, phrase.end)) from None


def _simple_amount(
    text: str, locale: str, default_currency: str | None
) -> Amount | None:
    """The common phrase shapes in one match; None sends *text* to the grammar."""
    m = tok.simple_phrase_regex(locale).fullmatch(text)
    if m is None or _name_goes_on(text, m, "c2" if m["c2"] is not None else "c1"):
        return None
    parts = _simple_parts(m, locale, default_currency)
    if parts is None:
        return None
    low, high, currency, qualifier, _ = parts
    return Amount(low, high, currency, qualifier)


def simple_phrase_at(
    text: str, start: int, locale: str, default_currency: str | None
) -> Phrase | None:
    """:func:`phrase_at` for the common shapes that name a currency, or None.

    One match of the pattern :func:`_simple_amount` uses; taken only where
    what follows cannot go on with the phrase (:func:`_ends_phrase`), so the
    grammar would read the same.
    """
    if text[start : start + 1].isspace():
        return None  # phrase_at skips whitespace first; so does the grammar
    m = tok.simple_phrase_regex(locale).match(text, start)
    if m is None:
        return None
    written = "c2" if m["c2"] is not None else "c1"
    currency = m[written]
    if currency is None:
        return None  # no currency: plain numbers go to the grammar
    glued = m.end("c1")
    if glued > 0 and text[glued - 1].isalpha() and text[glued : glued + 1].isalpha():
        return None  # "Euroeine" is one word to the grammar
    if _name_goes_on(text, m, written):
        return None
    end = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if not _ends_phrase(text, end):
        return None
    parts = _simple_parts(m, locale, default_currency)
    if parts is None:
        return None
    low, high, currency, qualifier, lenient = parts
    return Phrase(
        low,
        high,
        currency,
        qualifier,
        start,
        end,
        lenient,
        (),
        m.span(written),
        False,
        True,
    )


def _ends_phrase(text: str, end: int) -> bool:
    """Whether no phrase goes on past *end*: the text ends, or a closing
    mark and a space, or a word that continues no phrase follow."""
    if text[end : end + 1] == "\u00ad":
        return False  # a soft hyphen belongs to the word before it
    m = _token(text, end)
    if m is None:
        return True
    word = m["w"]
    if word is not None:
        return not _may_continue(word)
    mark = m["o"]
    if mark is None or mark not in _CLOSING_MARKS:
        return False  # digits, a hyphen, a dash, a bracket
    after = text[m.end() : m.end() + 1]
    return not after or after.isspace()


#: Marks that end a phrase when a space follows them.
_CLOSING_MARKS: Final = frozenset('.,;:!?)]}»«"“”')


@functools.lru_cache(maxsize=1 << 13)
def _may_continue(word: str) -> bool:
    """Whether the grammar could read *word* as part of a phrase before it.

    A range joiner or its modifier, "und" before cents, a number or sign
    word (cents in words), a decimal word, a scale, a currency or minor
    unit word, or a part of a currency name.
    """
    folded = tok.fold(word)
    currency = tok.currency_token(word)
    return (
        folded in _continuations()
        or currency in _continuations()
        or bool(tok.morphemes_of(folded)[0])
        or (len(word) == 3 and word.isupper())
    )


@functools.cache
def _continuations() -> frozenset[str]:
    """Folded words the grammar may read after a phrase's currency or scale."""
    words = set(lex.RANGE_JOINERS) | set(lex.COORDINATORS) | set(lex.DECIMAL_WORDS)
    words |= set(lex.NEGATIVE_WORDS) | {lex.AND, lex.RANGE_UPPER_EXCLUSIVE}
    words |= {lex.RANGE_UPPER_OPEN} | set(tok.scale_words())
    for index in (tok.currencies(), tok.minor_units()):
        for key in index.phrases:
            words |= set(key)
    for key in tok.qualifiers():
        words |= set(key)
    return frozenset(words)


def _name_goes_on(text: str, m: re.Match[str], written: str) -> bool:
    """Whether the currency in group *written* of *m* may go on to a longer
    name ("Fr ." is one).

    The grammar would then read the longer name: "Fr .5" is 5 francs, not 0,5.
    """
    currency = m[written]
    longer = _longer_names(currency) if currency is not None else None
    if not longer:
        return False
    after = m.end(written)
    q = tok.skip(text, after)
    return text[q : q + 1].casefold()[:1] in longer or "\u00ad" in text[after:q]


@functools.lru_cache(maxsize=1 << 12)
def _longer_names(written: str) -> frozenset[str]:
    """First characters of the words that go on to a longer currency name."""
    return frozenset(tok.currencies().follow.get(tok.currency_key(written), ()))


@functools.lru_cache(maxsize=1 << 12)
def _simple_code(written: str) -> str | None:
    """The code of a currency the simple pattern read, or None if unknown."""
    if len(written) == 3 and written.isupper() and written in tok.iso_codes():
        return written
    codes = tok.fast_currencies().get(" ".join(written.split()).casefold())
    return None if codes is None else codes[0]


def _simple_parts(
    m: re.Match[str], locale: str, default_currency: str | None
) -> tuple[Decimal | None, Decimal | None, str | None, Qualifier, bool] | None:
    """(low, high, currency, qualifier, lenient) of a simple-shape match."""
    c1, c2, suffix = m["c1"], m["c2"], m["suf"]
    scale = m["w"] or m["a"]
    if (c1 is not None and c2 is not None) or (suffix is not None and scale):
        return None
    # The pattern matches without regard to case, the tables are keyed by
    # exact or folded words: a look-up may miss ("5m", "Mıo."), and then
    # the grammar decides.
    lenient = False
    word = m["nw"]
    if word is not None:
        number = tok.simple_number_words().get(tok.fold(word))
        if number is None:
            return None
        value = Decimal(number)
    elif not (m["int"] or m["frac"]):
        return None
    else:
        try:
            value, lenient, _ = digits_value(m, locale)
        except GrammarError:
            return None
    if suffix is not None or scale is not None:
        exponent = (
            lex.SCALE_SUFFIXES.get(suffix)
            if suffix is not None
            else tok.scale_words().get(scale.casefold())
        )
        if exponent is None:
            return None
        value = value.scaleb(exponent, EXACT)
    if m["neg"] is not None:
        value = value.copy_negate()
    currency = default_currency
    written = c1 or c2
    if written is not None:
        currency = _simple_code(written)
        if currency is None:
            return None
    q = m["q"]
    if q is None:
        return value, value, currency, _EXACT, lenient
    qualifier = lex.QUALIFIERS.get(" ".join(q.split()).casefold())
    if qualifier is None:
        return None
    if qualifier in _UPPER_ONLY:
        return None, value, currency, qualifier, lenient
    if qualifier in _LOWER_ONLY:
        return value, None, currency, qualifier, lenient
    return value, value, currency, qualifier, lenient


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
        m = tok.TOKEN.match(text, rest)
        if m is not None and m["w"] is not None and m.end() == len(text):
            return ParseError(f"unknown currency {m['w']!r}", text, (rest, len(text)))
    return leftover(text, phrase.end, rest, locale, "amount")
