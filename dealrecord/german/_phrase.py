"""What the money grammar and its one-match path share: the phrase they
read, and the one longest-match lookup of currencies and qualifiers.

:mod:`dealrecord.german.money` (the grammar) and
:mod:`dealrecord.german._fast` (the one-match path) both import this
module; it imports neither.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final, NamedTuple, TypeVar

from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.values import Amount, Qualifier

#: One token (see :data:`~dealrecord.german._tokens.TOKEN`) at a position.
token: Final = tok.TOKEN.match

_V = TypeVar("_V")


class Phrase(NamedTuple):
    """A money or number phrase read by :func:`~dealrecord.german.money.phrase_at`."""

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


def longest(
    text: str, m: re.Match[str], index: tok.PhraseIndex[_V], *, names: bool
) -> tuple[_V, int] | None:
    """``phrase := token{1,n}``: the longest phrase of *index* that starts
    with the token *m*, as (its value, where it ends), or None.

    Tokens are keyed as the index keys them: currency names (*names*) by
    :func:`~dealrecord.german._tokens.currency_token`, other phrases by
    :func:`~dealrecord.german._tokens.fold`.  Reads at most as many tokens
    as the longest phrase with that first token has, and stops before a
    token no phrase goes on with.
    """
    key_of = tok.currency_token if names else tok.fold
    key: tuple[str, ...] = (key_of(m[m.lastgroup]),)  # type: ignore[index]
    most = index.first.get(key[0])
    if most is None:
        return None
    phrases = index.phrases
    best = phrases.get(key)
    end = best_end = m.end()
    if most > 1:
        prefixes = index.prefixes
        spaced = False
        for _ in range(most - 1):
            # Read the next token only if a phrase may go on with its first
            # character (the token's key starts with it unless a soft hyphen
            # comes before it).
            q = tok.skip(text, end)
            spaced = spaced or q > end
            c = text[q : q + 1]
            if not c:
                break  # nothing but whitespace is left
            if c.casefold()[:1] not in index.follow.get(key, ()) and (
                "\u00ad" not in text[end:q]
            ):
                break
            m = token(text, end)  # type: ignore[assignment]
            if m is None:
                break
            key = (*key, key_of(m[0].strip()))
            if key not in prefixes:
                break  # no phrase goes on like this
            end = m.end()
            found = phrases.get(key)
            if found is not None and not (spaced and key in index.glued):
                best, best_end = found, end
    if best is None:
        return None
    return best, best_end


def lookup(
    text: str,
    m: re.Match[str],
    index: tok.PhraseIndex[tuple[str, ...]],
    *,
    iso: bool,
    joined: bool,
) -> Currency | None:
    """``currency := ISO | name``: the currency (or minor unit, from its
    *index*) that starts with the token *m*; an ISO code only with *iso*."""
    raw = m[m.lastgroup]  # type: ignore[index]
    end = m.end()
    start = end - len(raw)
    if iso and len(raw) == 3 and raw.isupper() and raw in tok.iso_codes():
        return Currency((raw,), start, end, joined)
    found = longest(text, m, index, names=True)
    if found is None:
        return None
    return Currency(found[0], start, found[1], joined)


def read_index(
    text: str,
    pos: int,
    index: tok.PhraseIndex[tuple[str, ...]],
    *,
    hyphen: bool,
    iso: bool,
) -> Currency | None:
    """:func:`lookup` at *pos*, after one hyphen there when *hyphen*."""
    joined = False
    if hyphen and 0 <= pos < len(text) and text[pos] == "-":
        pos += 1
        joined = True
    m = token(text, pos)
    if m is None:
        return None
    return lookup(text, m, index, iso=iso, joined=joined)


def currency_at(text: str, pos: int, *, hyphen: bool = False) -> Currency | None:
    """A currency name, symbol, alias or ISO code at *pos*, or None.

    With *hyphen*, one hyphen right at *pos* may join it to what came
    before ("100-Euro").  Reads at most as many words as the longest name.
    """
    return read_index(text, pos, tok.currencies(), hyphen=hyphen, iso=True)


def minor_at(text: str, pos: int, *, hyphen: bool) -> Currency | None:
    """A minor unit ("Cent", "Rappen") at *pos*, or None."""
    return read_index(text, pos, tok.minor_units(), hyphen=hyphen, iso=False)


def qualifier_at(text: str, pos: int) -> tuple[Qualifier, int] | None:
    """A bound or qualifier ("bis zu", "rund", "knapp über") at *pos*."""
    m = token(text, pos)
    if m is None:
        return None
    return qualifier_from(text, m)


def qualifier_from(text: str, m: re.Match[str]) -> tuple[Qualifier, int] | None:
    """``qualifier := QUALIFIER``: :func:`qualifier_at` for the token *m*
    already read."""
    if m["w"] is None:
        return None  # every qualifier starts with a word
    return longest(text, m, tok.qualifier_index(), names=False)


def phrase_of(
    low: Decimal | None,
    high: Decimal | None,
    qualifier: Qualifier,
    currency: Currency | None,
    default_currency: str | None,
    start: int,
    end: int,
    *,
    lenient: bool = False,
    compound: bool = False,
    rounded: bool = False,
    vague_count: bool = False,
) -> Phrase:
    """The :class:`Phrase` of an amount whose currency was read as *currency*.

    Its code is the one *currency* names, else *default_currency* if it is
    one of them (or if no currency was read), else none, and the codes it
    could be are the phrase's candidates.
    """
    code = default_currency
    candidates: tuple[str, ...] = ()
    span = None
    if currency is not None:
        codes = currency.codes
        if len(codes) == 1:
            code = codes[0]
        elif default_currency not in codes:
            code, candidates = None, codes
        span = (currency.start, currency.end)
    return Phrase(
        low=low,
        high=high,
        currency=code,
        qualifier=qualifier,
        start=start,
        end=end,
        lenient=lenient,
        candidates=candidates,
        currency_span=span,
        compound=compound,
        has_currency=currency is not None,
        vague_count=vague_count,
        rounded=rounded,
    )


@functools.lru_cache(maxsize=1 << 13)
def starts_nothing(word: str) -> bool:
    """Whether no amount can start with the word *word* (past a qualifier).

    True when it starts no range, names no currency (nor starts a name),
    and is neither a sign nor a number word: the grammar's ``core`` reads
    nothing.
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
    with: then :func:`~dealrecord.german.money.phrase_at` reads nothing at
    *pos* ("von bis zu 5 Euro").
    """
    starter = token(text, pos)
    if starter is None:
        return False
    following = token(text, tok.skip(text, starter.end()))
    if following is None:
        return False
    word = following["w"]
    return word is None or not starts_nothing(word)
