"""The one-match path: the common money phrases in one regex match.

The contract: :func:`simple_phrase_at` returns exactly the :class:`Phrase`
that :func:`dealrecord.german.money.grammar_phrase_at` would read at the
same position with the same arguments, or None, and never raises; None
sends the text to the grammar.  :func:`simple_amount` is the same for a
whole text: the :class:`Amount` that
:func:`~dealrecord.german.money.parse_amount` would return, or None.  The
tests compare both with the grammar.

It reads two shapes, each taken only where nothing after it could go on
with the phrase:

- "[qualifier] [currency] number [scale] [currency]", in one match of a
  pattern built from the same tables and number pattern as the grammar;
- a range, "[START] number JOINER-or-DASH number currency" ("zwischen 3,5
  und 4 Mrd. Euro", "5 bis 7 Millionen Franken", "10–15 Euro"): the two
  numbers read by the grammar's own number reader
  (:func:`~dealrecord.german.numbers.digits_at`), the words around them by
  small patterns, and the grammar's range rule (the first end takes the
  second's scale if it has none; the lower end first).

Every word set it needs is derived here from
:mod:`dealrecord.german._lexicon`, CLDR (:mod:`dealrecord.german._cldr`)
and the grammar's indexes.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final

from dealrecord.german import _cldr
from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.german._phrase import Phrase, token
from dealrecord.german.numbers import EXACT, GrammarError, digits_at, digits_value
from dealrecord.values import Amount, Bounds, Qualifier, bounds_of

_EXACT: Final = Qualifier.EXACT
_RANGE: Final = Qualifier.RANGE
#: Marks that end a phrase when a space follows them.
_CLOSING_MARKS: Final = frozenset('.,;:!?)]}»«"“”')
#: CLDR currency names frequent enough in news text to be on the fast path.
_FAST_CLDR_CODES: Final = ("USD", "EUR", "CHF", "GBP", "JPY", "CNY", "CAD", "AUD")


# --------------------------------------------------------------------------
# Tables and the pattern
# --------------------------------------------------------------------------


@functools.cache
def fast_currencies() -> dict[str, tuple[str, ...]]:
    """Folded currency spellings of the fast path -> codes (from the index).

    The lexicon's aliases, CLDR's symbols and the German names of a few
    frequent currencies: exactly the lookups
    :func:`~dealrecord.german._tokens.currencies` gives them.
    """
    names = set(lex.CURRENCY_ALIASES)
    for symbols in _cldr.currency_symbols().values():
        names |= set(symbols.values())
    for code in _FAST_CLDR_CODES:
        names |= set(_cldr.currency_names().get(code, {}).values())
    index = tok.currencies()
    table: dict[str, tuple[str, ...]] = {}
    for name in names:
        codes = index.phrases.get(tok.currency_key(name))
        if codes is not None and len(codes) == 1:
            table[" ".join(name.split()).casefold()] = codes
    return table


@functools.cache
def simple_number_words() -> dict[str, int]:
    """Number words that are a whole number before a noun ("zwei", "zwölf")."""
    words = dict(lex.UNITS)
    words.update(lex.TEENS)
    words.update(lex.TENS)
    words.update(dict.fromkeys(lex.ZERO, 0))
    for word in lex.ALONE_ONLY:
        words.pop(word, None)
    return words


@functools.cache
def _fast_qualifiers() -> dict[str, tuple[Qualifier, Bounds]]:
    """Qualifier phrase (words joined by one space) -> (qualifier, bounds)."""
    return {phrase: (q, bounds_of(q)) for phrase, q in lex.QUALIFIERS.items()}


@functools.cache
def simple_phrase_regex(locale: str) -> re.Pattern[str]:
    """The common shape "[qualifier] [currency] number [scale] [currency]".

    Built from the same tables and number pattern as the grammar, so that a
    whole-string parse can read the common phrases with one match; anything
    else goes through the grammar.
    """
    alternation = tok.alternation
    qualifiers = alternation(lex.QUALIFIERS)
    currencies = alternation(fast_currencies())
    words = alternation(w for w in tok.scale_words() if w not in tok.abbreviations())
    short = alternation(tok.abbreviations())
    minus = tok.chars(lex.MINUS_SIGNS)
    return re.compile(
        # Neither a qualifier nor a currency starts with a digit: at digits
        # (the common case) the guards skip both at once.
        rf"\s*+(?:(?!\d)(?P<q>{qualifiers})\s++)?"
        rf"(?:(?!\d)(?P<c1>{currencies}|(?-i:[A-Z]{{3}}))\s*+)?"
        rf"(?:(?P<nw>{alternation(simple_number_words())})(?![^\W\d_])|"
        rf"(?P<neg>[{minus}]\s*+)?"
        rf"{tok.number_regex(locale).pattern})"
        rf"(?:\s*+(?:(?P<w>{words})|(?P<a>{short})\.?+)(?![^\W\d_]))?"
        rf"(?:\s*+(?P<c2>{currencies}|(?-i:[A-Z]{{3}}))(?![^\W\d_]))?\s*+",
        re.IGNORECASE,
    )


@functools.cache
def _range_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What a range reads around its two numbers: the START word before the
    first (if any, then a digit), the JOINER or DASH between them (then a
    digit), and the currency after the second."""
    alternation = tok.alternation
    dashes = tok.chars(lex.RANGE_DASHES)
    head = re.compile(
        rf"(?:(?P<s>{alternation(lex.RANGE_START)})\s++)?(?=\d)", re.IGNORECASE
    )
    joiner = re.compile(
        rf"\s*+(?:(?P<j>{alternation(lex.RANGE_JOINERS)})\s++|(?P<d>[{dashes}])\s*+)"
        r"(?=\d)",
        re.IGNORECASE,
    )
    currency = re.compile(
        rf"\s*+(?P<c>{alternation(fast_currencies())}|(?-i:[A-Z]{{3}}))(?![^\W\d_])",
        re.IGNORECASE,
    )
    return head, joiner, currency


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


# --------------------------------------------------------------------------
# The contract
# --------------------------------------------------------------------------


def simple_amount(
    text: str, locale: str, default_currency: str | None
) -> Amount | None:
    """The common phrase shapes in one match; None sends *text* to the grammar."""
    m = simple_phrase_regex(locale).fullmatch(text)
    if m is None:
        phrase = _range_at(text, tok.skip(text), locale)
        if phrase is None or tok.skip(text, phrase.end) != len(text):
            return None
        return Amount(phrase.low, phrase.high, phrase.currency, phrase.qualifier)
    if _name_goes_on(text, m, "c2" if m["c2"] is not None else "c1"):
        return None
    parts = _simple_parts(m, locale, default_currency)
    if parts is None:
        return None
    low, high, currency, qualifier, _ = parts
    return Amount(low, high, currency, qualifier)


def simple_phrase_at(
    text: str, start: int, locale: str, default_currency: str | None
) -> Phrase | None:
    """:func:`~dealrecord.german.money.phrase_at` for the common shapes that
    name a currency, or None (see the module docstring for the contract).

    One match of the pattern :func:`simple_amount` uses; taken only where
    what follows cannot go on with the phrase (:func:`_ends_phrase`), so the
    grammar would read the same.
    """
    if text[start : start + 1].isspace():
        return None  # phrase_at skips whitespace first; so does the grammar
    m = simple_phrase_regex(locale).match(text, start)
    if m is None:
        return _range_at(text, start, locale)
    written = "c2" if m["c2"] is not None else "c1"
    if m[written] is None:
        # No currency right after the number: a range if a START comes
        # first (no number was read) or a joiner follows, else a plain
        # number, which goes to the grammar.
        if m["q"] is None and (
            not (m["int"] or m["frac"] or m["nw"])
            or _range_patterns()[1].match(text, m.end()) is not None
        ):
            return _range_at(text, start, locale)
        return None
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
    low, high, code, qualifier, lenient = parts
    # Positional, as the fields stand (low, high, currency, qualifier, start,
    # end, lenient, candidates, currency_span, compound, has_currency): this
    # runs for nearly every phrase, and keywords cost a tenth of it.
    return Phrase(
        low,
        high,
        code,
        qualifier,
        start,
        end,
        lenient,
        (),
        m.span(written),
        False,
        True,
    )


def _range_at(text: str, start: int, locale: str) -> Phrase | None:
    """The range shape at *start* (see the module docstring), or None.

    A START takes its own JOINER ("zwischen … und", "von … bis") and a DASH
    only where its joiner is RANGE_TO; without a START the joiner is
    RANGE_TO or a DASH.  The currency comes after the second number only.
    """
    head_pattern, joiner_pattern, currency_pattern = _range_patterns()
    head = head_pattern.match(text, start)
    if head is None:
        return None
    first = digits_at(text, head.end(), locale, strict=False)
    if first is None:
        return None
    joined = joiner_pattern.match(text, first.end)
    if joined is None:
        return None
    starter = head["s"]
    expected = lex.RANGE_TO if starter is None else lex.RANGE_START[tok.fold(starter)]
    joiner = joined["j"]
    if (
        (tok.fold(joiner) != expected)
        if joiner is not None
        else expected != lex.RANGE_TO
    ):
        return None
    second = digits_at(text, joined.end(), locale, strict=False)
    if second is None or first.rounded or second.rounded:
        return None
    named = currency_pattern.match(text, second.end)
    if named is None or _name_goes_on(text, named, "c"):
        return None
    end = named.end()
    if not _ends_phrase(text, end):
        return None
    code = _simple_code(named["c"])
    if code is None:
        return None
    low, high = first.value, second.value
    if not first.scaled and second.scaled:
        low = low.scaleb(second.exponent, EXACT)
    if not low < high:
        return None  # the grammar refuses it, or says why
    return Phrase(
        low=low,
        high=high,
        currency=code,
        qualifier=_RANGE,
        start=start,
        end=end,
        lenient=first.lenient or second.lenient,
        currency_span=named.span("c"),
        has_currency=True,
    )


# --------------------------------------------------------------------------
# Where a match may be taken
# --------------------------------------------------------------------------


def _ends_phrase(text: str, end: int) -> bool:
    """Whether no phrase goes on past *end*: the text ends, or a closing
    mark and a space, or a word that continues no phrase follow."""
    if text[end : end + 1] == "\u00ad":
        return False  # a soft hyphen belongs to the word before it
    m = token(text, end)
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


# --------------------------------------------------------------------------
# What a match reads
# --------------------------------------------------------------------------


#: What a simple-shape match reads: (low, high, currency, qualifier,
#: lenient).  A plain tuple: it is built for nearly every phrase, and a
#: named one costs a tenth of the one-match path.
_Parts = tuple[Decimal | None, Decimal | None, str | None, Qualifier, bool]


@functools.lru_cache(maxsize=1 << 12)
def _simple_code(written: str) -> str | None:
    """The code of a currency the simple pattern read, or None if unknown."""
    if len(written) == 3 and written.isupper() and written in tok.iso_codes():
        return written
    codes = fast_currencies().get(" ".join(written.split()).casefold())
    return None if codes is None else codes[0]


def _simple_parts(
    m: re.Match[str], locale: str, default_currency: str | None
) -> _Parts | None:
    """The parts of a simple-shape match, or None to leave it to the grammar."""
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
        number = simple_number_words().get(tok.fold(word))
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
    found = _fast_qualifiers().get(" ".join(q.split()).casefold())
    if found is None:
        return None
    qualifier, bounds = found
    low = value if bounds.low else None
    high = value if bounds.high else None
    return low, high, currency, qualifier, lenient
