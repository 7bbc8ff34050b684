"""Compiled, bounded regexes and lookup tables built from the data modules.

Everything here is built once (lazily, on first use) from
:mod:`dealrecord.german._lexicon` and :mod:`dealrecord.german._cldr`.
Every repeat is bounded or possessive (``*+``, ``++``), the nested ones in
the word patterns too, so no match backtracks into a repetition and each
costs time linear in what it reads.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final, Generic, TypeVar

from dealrecord.german import _cldr
from dealrecord.german import _lexicon as lex
from dealrecord.values import Qualifier, iso_currency_codes

_V = TypeVar("_V")

#: Whitespace (any kind) before a token; soft hyphens are invisible too.
SPACE: Final = re.compile(r"[\s\u00ad]*+")
#: A letter (``[^\W\d_]``), with a run of Latin-1 letters taken at once:
#: a plain character set reads much faster than the Unicode classes.  A
#: vulgar fraction ("½") is no letter: it is a number of its own.
_LETTERS: Final = (
    r"(?:[a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]++"
    rf"|[^\W\d_{''.join(sorted(lex.VULGAR_FRACTIONS))}])"
)
#: A word: a letter, then letters and soft hyphens.  Written as runs of
#: each (rather than an alternation per character), which reads faster.
_WORD: Final = rf"{_LETTERS}++(?:\u00ad++{_LETTERS}*+)*+"
#: One token after optional whitespace: a word of letters (soft hyphens
#: inside are allowed), a run of digits, or any other single character.
TOKEN: Final[re.Pattern[str]] = re.compile(
    rf"[\s\u00ad]*+(?:(?P<w>{_WORD})|(?P<d>\d++)|(?P<o>\S))"
)
#: A word of letters starting right here.
WORD: Final[re.Pattern[str]] = re.compile(_WORD)
#: Adjective endings that inflect in currency names ("kanadischen Dollar").
_ADJECTIVE: Final = re.compile(r"(.*(?:isch|deutsch|neu))(?:e[mnrs]?)")
#: A compound tail: "-Deal", "-Frage-Runde".
COMPOUND_TAIL: Final = re.compile(rf"(?:-{_WORD})++")


def skip(text: str, pos: int = 0) -> int:
    """The position after the whitespace at *pos*."""
    if 0 <= pos < len(text):
        c = text[pos]
        if c == " ":  # the common case: one space before a word
            c = text[pos + 1 : pos + 2]
            if c and not c.isspace() and c != "\u00ad":
                return pos + 1
        elif not c.isspace() and c != "\u00ad":
            return pos  # no whitespace to skip
    m = SPACE.match(text, pos)
    assert m is not None  # the pattern matches the empty string
    return m.end()


def fold(word: str) -> str:
    """A word as the tables store it: casefolded, without soft hyphens."""
    if "\u00ad" in word:
        word = word.replace("\u00ad", "")
    return word.casefold()


def split_words(text: str) -> tuple[str, ...]:
    """*text* as the grammar reads it: folded words, digit runs, other characters."""
    out: list[str] = []
    pos = 0
    while True:
        m = TOKEN.match(text, pos)
        if m is None:
            return tuple(out)
        out.append(fold(m[0].strip()))
        pos = m.end()


@functools.lru_cache(maxsize=1 << 13)
def currency_word(word: str) -> str:
    """A folded word of a currency name with its adjective ending removed."""
    m = _ADJECTIVE.fullmatch(word)
    return m[1] if m else word


@functools.lru_cache(maxsize=1 << 13)
def currency_token(token: str) -> str:
    """``currency_word(fold(token))``: one token as the currency tables key it."""
    return currency_word(fold(token))


def currency_key(text: str) -> tuple[str, ...]:
    """The lookup key of a name: "Kanadische Dollar" -> ("kanadisch", "dollar")."""
    return tuple(currency_word(w) for w in split_words(text))


# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------


def chars(chars: Iterable[str]) -> str:
    """A regex character set's inside for *chars*, escaped and sorted."""
    return "".join(sorted({re.escape(c) for c in chars}))


@functools.cache
def separators(locale: str) -> tuple[str, str]:
    """(group separators, decimal separators) a locale accepts."""
    symbols = _cldr.number_symbols()
    if locale == "de":
        groups = {s["group"] for s in symbols.values()}
        groups |= set(lex.SPACE_GROUP_SEPARATORS) | set(lex.SWISS_GROUP_SEPARATORS)
        decimals = {s["decimal"] for s in symbols.values()}
    else:
        group = symbols[locale]["group"]
        groups = {group} | set(lex.SPACE_GROUP_SEPARATORS)
        if group in lex.SWISS_GROUP_SEPARATORS:
            groups |= set(lex.SWISS_GROUP_SEPARATORS)
        decimals = {symbols[locale]["decimal"]}
    return "".join(sorted(groups)), "".join(sorted(decimals))


@functools.cache
def number_regex(locale: str) -> re.Pattern[str]:
    """Digits with the separators of *locale* and an optional scale letter.

    Groups: ``int`` (with its separators), ``g`` (the group separator
    used), ``dec``/``frac`` (decimal separator and digits, or a dash for
    "no cents"), ``suf`` (a scale letter such as K or M).
    """
    groups, decimals = separators(locale)
    suffixes = chars(lex.SCALE_SUFFIXES)
    dashes = chars(lex.ZERO_CENTS_DASHES)
    return re.compile(
        rf"(?P<int>\d{{1,3}}(?P<g>[{chars(groups)}])\d{{3}}(?!\d)"
        rf"(?:(?P=g)\d{{3}}(?!\d))*+|\d++)?"
        rf"(?:(?P<dec>[{chars(decimals)}])(?P<frac>\d++|[{dashes}](?![\d{dashes}])))?"
        rf"(?:(?P<suf>[{suffixes}])(?![^\W\d_]))?"
    )


def _morphemes() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    table.update({w: ("unit", v) for w, v in lex.UNITS.items()})
    table.update({w: ("teen", v) for w, v in lex.TEENS.items()})
    table.update({w: ("tens", v) for w, v in lex.TENS.items()})
    table.update(dict.fromkeys(lex.ZERO, ("zero", 0)))
    table[lex.HUNDRED] = ("hundred", 2)
    table[lex.THOUSAND] = ("thousand", 3)
    table[lex.DOZEN] = ("dozen", lex.DOZEN_VALUE)
    table[lex.AND] = ("and", 0)
    table.update({w: ("scale", e) for w, e in lex.SCALE_WORDS.items() if e >= 6})
    table.update(dict.fromkeys(lex.ONE_AND_A_HALF, ("one_and_half", 0)))
    table[lex.AND_A_HALF] = ("and_half", 0)
    table.update(dict.fromkeys(lex.HALF, ("half", 0)))
    for word, denominator in lex.FRACTION_WORDS.items():
        table[word] = ("fraction", denominator)
        table[lex.ONE + word] = ("and_fraction", denominator)
        table[lex.ONE + lex.ONE + word] = ("one_and_fraction", denominator)
    return table


#: Folded morpheme -> (kind, value): the pieces number words are made of.
MORPHEMES: Final = _morphemes()
#: One morpheme; alternatives longest first, so "achtzehn" wins over "acht".
MORPHEME: Final = re.compile(
    "|".join(re.escape(m) for m in sorted(MORPHEMES, key=lambda m: (-len(m), m)))
)


@functools.lru_cache(maxsize=1 << 13)
def morphemes_of(word: str) -> tuple[tuple[tuple[str, int], ...], bool]:
    """The morphemes a folded word starts with, and whether they are all of it.

    (kind, value) pairs as :data:`MORPHEMES` gives them, read left to right
    with the longest morpheme first, up to the first part that is none.
    """
    pieces: list[tuple[str, int]] = []
    i = 0
    while i < len(word):
        m = MORPHEME.match(word, i)
        if m is None:
            return tuple(pieces), False
        pieces.append(MORPHEMES[m[0]])
        i = m.end()
    return tuple(pieces), True


@functools.cache
def scale_words() -> dict[str, int]:
    """Folded scale word or abbreviation (without dot) -> exponent.

    The lexicon's words and abbreviations, and CLDR's compact forms.
    """
    table = dict(lex.SCALE_WORDS)
    table.update(lex.SCALE_ABBREVIATIONS)
    for scales in _cldr.compact_scales().values():
        for exponent, words in scales.items():
            for word in words.values():
                table.setdefault(fold(word.rstrip(".")), exponent)
    return table


@functools.cache
def abbreviations() -> frozenset[str]:
    """Folded scale words that may take a dot ("Mio.", "Mrd.")."""
    words = set(lex.SCALE_ABBREVIATIONS)
    for exponent_words in _cldr.compact_scales()["short"].values():
        words |= {fold(w.rstrip(".")) for w in exponent_words.values()}
    return frozenset(words)


# --------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------


class PhraseIndex(Generic[_V]):
    """Phrases of one or more words, looked up by their folded words.

    ``first`` maps a first word to the longest phrase length starting with
    it, so a lookup reads at most that many words; ``prefixes`` holds every
    leading part of a phrase, so a lookup stops at the first word that no
    phrase continues with; ``follow`` maps such a part to the first
    characters of the words that may come next, so a lookup can stop
    before it reads a word that starts otherwise.  ``glued`` holds the
    phrases of several tokens written with nothing between them (symbols
    such as "CA$"): read with a space inside ("C $"), they are none.
    """

    __slots__ = ("first", "follow", "glued", "phrases", "prefixes")

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], _V] = {}
        self.first: dict[str, int] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.follow: dict[tuple[str, ...], set[str]] = {}
        self.glued: set[tuple[str, ...]] = set()

    def set(self, key: tuple[str, ...], value: _V) -> None:
        if not key:
            return
        self.phrases[key] = value
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))
        self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
        for n in range(1, len(key)):
            self.follow.setdefault(key[:n], set()).add(key[n][:1])


def _add(
    index: PhraseIndex[tuple[str, ...]], key: tuple[str, ...], codes: Iterable[str]
) -> None:
    """Add *codes* to those *key* names already."""
    merged = set(index.phrases.get(key, ())) | set(codes)
    index.set(key, tuple(sorted(merged)))


@functools.cache
def currencies() -> PhraseIndex[tuple[str, ...]]:
    """Currency names, symbols and aliases -> ISO codes (several = ambiguous).

    CLDR's German display names (singular and plural) and symbols first,
    then the prefixed dollar symbols of other locales ("C$", "A$", "S$")
    that German lacks; a name two codes share stays ambiguous.  The
    lexicon's aliases and ambiguous names are set last and win.
    """
    index: PhraseIndex[tuple[str, ...]] = PhraseIndex()
    for code, forms in _cldr.currency_names().items():
        for name in forms.values():
            _add(index, currency_key(name), (code,))
    symbols = set()
    for by_code in _cldr.currency_symbols().values():
        for code, symbol in by_code.items():
            _add(index, currency_key(symbol), (code,))
            symbols.add(symbol)
    for symbol, code in _cldr.prefixed_symbols().items():
        if currency_key(symbol) not in index.phrases:  # German symbols first
            _add(index, currency_key(symbol), (code,))
            symbols.add(symbol)
    for name, code in lex.CURRENCY_ALIASES.items():
        index.set(currency_key(name), (code,))
    for name, codes in lex.AMBIGUOUS_CURRENCIES.items():
        index.set(currency_key(name), codes)
    aliases = {currency_key(name) for name in lex.CURRENCY_ALIASES}
    for symbol in symbols:
        key = currency_key(symbol)
        if len(key) > 1 and " " not in symbol and key not in aliases:
            index.glued.add(key)
    return index


@functools.cache
def minor_units() -> PhraseIndex[tuple[str, ...]]:
    """Minor unit words -> (the code they belong to,)."""
    index: PhraseIndex[tuple[str, ...]] = PhraseIndex()
    for name, (code, _per) in lex.MINOR_UNITS.items():
        index.set(currency_key(name), (code,))
    return index


@functools.cache
def qualifiers() -> dict[tuple[str, ...], Qualifier]:
    """Folded qualifier phrase words -> Qualifier."""
    return {split_words(p): q for p, q in lex.QUALIFIERS.items()}


@functools.cache
def qualifier_index() -> PhraseIndex[Qualifier]:
    """:func:`qualifiers` as a :class:`PhraseIndex`, for the longest match."""
    index: PhraseIndex[Qualifier] = PhraseIndex()
    for key, qualifier in qualifiers().items():
        index.set(key, qualifier)
    return index


def qualifier_first() -> dict[str, int]:
    """First word of a qualifier phrase -> longest phrase length."""
    return qualifier_index().first


@functools.cache
def minor_exponents() -> dict[str, int]:
    """Code -> the power of ten its minor units divide it into (2: cents).

    From :data:`~dealrecord.german._lexicon.MINOR_UNITS`, whose sizes are
    powers of ten; a code's units share one size.
    """
    exponents: dict[str, int] = {}
    for code, per in lex.MINOR_UNITS.values():
        exponent = len(str(per)) - 1
        assert per == 10**exponent, per
        assert exponents.setdefault(code, exponent) == exponent, code
    return exponents


def iso_codes() -> frozenset[str]:
    """ISO 4217 codes CLDR knows: :func:`dealrecord.values.iso_currency_codes`."""
    return iso_currency_codes()


#: "zweistellig", "2-stellig" with or without an adjective ending.
STELLIG: Final = re.compile(rf"(?P<n>[^\W\d_]+|\d{{1,2}}-){lex.STELLIG}(?:e[mnrs]?)?")
#: "niedrigen", "mittlerer", "hohen", "hoher".
LEVEL: Final = re.compile(
    "(?P<l>"
    + "|".join(sorted(lex.MAGNITUDE_LEVELS, key=lambda w: -len(w)))
    + ")(?:e[mnrs]?)?"
)
#: The level stems: a word :data:`LEVEL` matches starts with one of them.
LEVEL_STEMS: Final = tuple(sorted(lex.MAGNITUDE_LEVELS))
#: "milliardenbereich", "millionenbetrag", "bereich": scale stem + noun.
MAGNITUDE_WORD: Final = re.compile(
    "(?P<s>"
    + "|".join(sorted(lex.MAGNITUDE_SCALES, key=lambda w: -len(w)))
    + ")?(?P<n>"
    + "|".join(sorted(lex.MAGNITUDE_NOUNS, key=lambda w: -len(w)))
    + ")"
)


class _Trie(dict[str, "_Trie"]):
    """Characters to the rest of the words; the key "" marks a word's end."""


def alternation(words: Iterable[str]) -> str:
    """A regex for any of *words* (longest first), as a trie of characters.

    Alternatives that share a beginning share it in the pattern too, so a
    failed match costs a few comparisons, not one per word.  A space in a
    word matches any whitespace.  Letters are lowered (the patterns match
    case-insensitively), except the few whose lower case is longer.
    """
    trie = _Trie()
    for word in set(words):
        node = trie
        for c in word:
            key = c.lower() if len(c.lower()) == 1 else c
            node = node.setdefault(key, _Trie())
        node[""] = _Trie()
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    """The pattern for *node*: longer words first, as the ``?`` is greedy."""
    branches = [
        (r"\s+" if c == " " else re.escape(c)) + _trie_pattern(child)
        for c, child in sorted(node.items())
        if c
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
