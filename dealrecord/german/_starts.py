"""Where a finder starts to read: the hits in a text and the words around them.

A phrase can start only at digits, a currency symbol or one of a short list
of words (:data:`~dealrecord.german._lexicon.MONEY_TRIGGERS`, number words
before a word that may follow a number); :func:`money_hits` finds those,
:func:`number_trigger` the starts of any number.  The word tables say what
the scanner (:mod:`dealrecord.german._scan`) may take in when it looks back
from a hit: the words a phrase may start with (:func:`could_lead`), stand
inside it (:func:`inside_phrase`) or have after its digits
(:func:`may_follow_digits`).
"""

from __future__ import annotations

import functools
import re
from typing import Final, TypeVar

from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok

#: How far a look from a hit reads, in characters.
LOOK_BACK_CHARS: Final = 80
#: What may close a word: marks a word table looks past.
CLOSING: Final = ",;:)]}»«„“”\"'!?"
#: A word, read at most this far: a look never scans an endless run of letters.
WORD: Final = re.compile(rf"\S{{1,{LOOK_BACK_CHARS}}}+")
_LETTERS: Final = re.compile(rf"[^\W\d_]{{1,{LOOK_BACK_CHARS}}}+")
#: Separators inside a number ("1.234,5", "1’234").
SEPARATORS: Final = ".,’'"


@functools.cache
def _symbols_and_digits() -> re.Pattern[str]:
    symbols = re.escape("".join(sorted(_currency_symbol_chars())))
    # One match for a run of digits.  A single character set first lets
    # the regex engine skip ahead to candidates: far faster than "[0-9]++|…".
    return re.compile(rf"[0-9{symbols}](?:(?<=[0-9])[0-9]*+)?")


_STELLIG: Final = lex.STELLIG
_ARTICLES: Final = frozenset(lex.DEFINITE_ARTICLES)

#: The one character outside ASCII whose lower case is a single ASCII
#: letter: the Kelvin sign, "k".  (U+0130 "İ" lowers to two characters.)
_KELVIN: Final = "\u212a"


#: Lower-case ASCII bytes with every byte but a letter made a space: a word
#: then starts after a space, which a regex finds far faster than the start
#: of a character set.
_SPACED: Final = bytes(c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))

_Text = TypeVar("_Text", str, bytes)


@functools.cache
def _ascii_triggers() -> (
    tuple[re.Pattern[bytes], re.Pattern[bytes], tuple[bytes, ...]] | None
):
    """How to find the trigger words in lower-case ASCII bytes; None if one
    of them is not ASCII.

    The words of letters alone, after a space in the text made ``_SPACED``,
    all in one scan; the number words before a word that may follow a
    number (:func:`_number_words_ahead`) in another; the others ("md.")
    and, last, "stellig" (found anywhere in a word) with ``find``.
    """
    words = _word_triggers()
    if not all(word.isascii() for word in words):
        return None
    letters = [w for w in words if w.isalpha() and w != _STELLIG]
    others = tuple(w.encode("ascii") for w in words if w not in letters)
    pattern = re.compile(rb" (?=%b)" % tok.alternation(letters).encode("ascii"))
    numbers = re.compile(rb" (?=%b)" % _number_words_ahead().encode("ascii"))
    return pattern, numbers, others


def _spaced(word: str) -> str:
    """*word* as ``_SPACED`` bytes show it: a letter outside ASCII is a space."""
    return "".join(c if c.isascii() and c.isalpha() else " " for c in word)


@functools.cache
def _number_words_ahead() -> str:
    """A pattern for a number word in ``_SPACED`` bytes, then a word that
    may follow a number.

    It lets through all that :func:`_number_word_starts` takes (and a
    little more) but a currency symbol next ("fünf €"), which is a hit of
    its own: the morphemes from the grammar's table, the next words from
    :func:`_follow_words` and the ISO codes.
    """
    first = (w for w, (kind, _) in tok.MORPHEMES.items() if kind not in _NOT_FIRST)
    following = {_spaced(w) for w in _follow_words()} | {
        code.lower() for code in tok.iso_codes()
    }
    # The spaces are not possessive: a word may start with one ("Ökonom").
    return (
        rf"(?:{tok.alternation(map(_spaced, first))})"
        rf"(?:{tok.alternation(map(_spaced, tok.MORPHEMES))})*+"
        rf" {{1,40}}(?:{tok.alternation(w for w in following if w.strip())})"
    )


@functools.cache
def _number_word_first() -> re.Pattern[str]:
    """The first morpheme of a number word at a word's start, in any case."""
    first = (w for w, (kind, _) in tok.MORPHEMES.items() if kind not in _NOT_FIRST)
    return re.compile(rf"(?<![^\W\d_])(?:{tok.alternation(first)})", re.IGNORECASE)


#: Kinds of morphemes no number word starts with ("und", "Millionen").
_NOT_FIRST: Final = frozenset({"and", "scale", "and_half"})


@functools.cache
def _word_triggers() -> tuple[str, ...]:
    """The trigger words, then "stellig" (found anywhere in a word)."""
    return (*(w for w in lex.MONEY_TRIGGERS if w != _STELLIG), _STELLIG)


def _lowered(text: str) -> str:
    """*text* in lower case, one character for one: "İ" (two in lower case) stays."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


def _add_word_hits(
    hits: list[int], text: str, lowered: _Text, words: tuple[_Text, ...], shift: int
) -> None:
    """Add where each of *words* is in *lowered*, at a word's start, but
    the last ("stellig") anywhere: it may end a word.

    *lowered* is *text* in lower case after *shift* characters.
    """
    for word in words:
        anywhere = word == words[-1]
        i = lowered.find(word, shift)
        while i != -1:
            at = i - shift
            if anywhere or at == 0 or not text[at - 1].isalpha():
                hits.append(at)
            i = lowered.find(word, i + 1)


def _number_word_starts(text: str, at: int) -> bool:
    """Whether a money phrase may start at a number word at *at*: the word
    is one ("fünf", "Siebenundachtzig") and a word that may follow a number
    comes next ("Rubel", "bis", "auf")."""
    word = _LETTERS.match(text, at)
    if word is None or not _number_word(word[0]):
        return False
    following = AFTER_DIGITS.match(text, word.end())["next"]  # type: ignore[index]
    return following[:1].isalpha() and may_follow_digits(following)


def money_hits(text: str) -> list[int]:
    """Where in *text* a money phrase may be: digits, symbols, trigger words.

    Trigger words are matched in lower case, most of them in one scan of the
    text as ASCII bytes (:func:`_ascii_triggers`), or each with ``find``
    where that cannot be done.  A word counts at a word's start or after a
    hyphen ("US-Dollar"), so "Symbiose" sets nothing off; "-stellig" ends a
    word.  No character changes from letter to non-letter in lower case, so
    the test looks at *text* itself.
    """
    hits = [
        i
        for i in map(re.Match.start, _symbols_and_digits().finditer(text))
        if not (i and "0" <= text[i - 1] <= "9")  # a symbol right after digits
    ]
    triggers = _ascii_triggers()
    if triggers is None or _KELVIN in text:
        _add_word_hits(hits, text, _lowered(text), _word_triggers(), 0)
        hits.extend(
            i
            for i in map(re.Match.start, _number_word_first().finditer(text))
            if _number_word_starts(text, i)
        )
        hits.sort()
        return hits
    # ASCII words match only ASCII letters, so lowering the ASCII letters is
    # enough: each other character becomes one "?", which keeps the
    # positions and is far faster than str.lower.  A space in front gives
    # the first word a character before it: a word at lowered[i + 1] is at
    # text[i], after lowered[i], and "?" there may stand for a letter.
    lowered = b" " + text.encode("ascii", "replace").lower()
    pattern, numbers, others = triggers
    question = ord("?")
    spaced = lowered.translate(_SPACED)
    for i in map(re.Match.start, pattern.finditer(spaced)):
        if lowered[i] != question or not text[i - 1].isalpha():
            hits.append(i)
    for i in map(re.Match.start, numbers.finditer(spaced)):
        if (
            lowered[i] != question or not text[i - 1].isalpha()
        ) and _number_word_starts(text, i):
            hits.append(i)
    _add_word_hits(hits, text, lowered, others, 1)
    hits.sort()
    return hits


@functools.cache
def number_trigger() -> re.Pattern[str]:
    stems = set(tok.MORPHEMES) | set(tok.scale_words())
    words = tok.alternation(w for w in stems if len(w) > 1)
    vulgar = "".join(sorted(lex.VULGAR_FRACTIONS))
    return re.compile(rf"\d++|[{vulgar}]|(?<![^\W\d_])(?:{words})", re.IGNORECASE)


@functools.cache
def _currency_symbol_chars() -> frozenset[str]:
    """Single characters that are currency symbols ("€", "$", "£", "¥" …)."""
    return frozenset(
        key[0]
        for key in tok.currencies().phrases
        if len(key) == 1 and len(key[0]) == 1 and not key[0].isalnum()
    )


@functools.cache
def _lead_words() -> frozenset[str]:
    """Folded words a phrase may start with before the word that set it off.

    A symbol glued together ("C$") is found from its sign, in the same
    word: its first letter leads nothing on its own ("A380").
    """
    currencies = tok.currencies()
    words = set(tok.qualifier_first())
    words |= {key[0] for key in currencies.phrases if key not in currencies.glued}
    words |= (
        set(lex.MAGNITUDE_ARTICLES) | set(lex.RANGE_START) | set(lex.NEGATIVE_WORDS)
    )
    words |= set(tok.MORPHEMES) | set(tok.scale_words())
    # Vague amounts: "mehrere Millionen Euro", "Hunderte …", "die Milliarde …".
    words |= set(lex.VAGUE_QUANTIFIERS) | set(lex.VAGUE_COUNTS) | set(lex.VAGUE_DOZENS)
    words |= set(lex.DEFINITE_ARTICLES)
    return frozenset(words)


@functools.cache
def _phrase_words() -> frozenset[str]:
    """Folded words that may stand inside a phrase, before its last word."""
    words = set(_lead_words()) | set(lex.RANGE_JOINERS) | set(lex.COORDINATORS)
    for key in tok.qualifiers():
        words |= set(key)
    for key in tok.currencies().phrases:
        words |= set(key)
    for key in tok.minor_units().phrases:
        words |= set(key)
    return frozenset(words)


@functools.cache
def _follow_words() -> frozenset[str]:
    """Folded words that may follow a number inside a phrase ("Mrd.", "Euro", "bis")."""
    words = (
        set(tok.scale_words())
        | set(tok.currencies().first)
        | set(tok.minor_units().first)
    )
    words |= set(lex.RANGE_JOINERS) | set(lex.COORDINATORS) | set(lex.DECIMAL_WORDS)
    words |= set(tok.MORPHEMES) | {lex.CHANGE_TO}
    return frozenset(words)


def _known(word: str, table: frozenset[str]) -> bool:
    folded = tok.fold(word)
    if folded in table:
        return True
    bare = folded.rstrip(CLOSING)
    return bare in table or tok.currency_word(bare.rstrip(".")) in table


@functools.lru_cache(maxsize=1 << 16)
def could_lead(word: str) -> bool:
    first = word[0]
    if first.isdigit() or first in lex.MINUS_SIGNS or first in _currency_symbol_chars():
        return True
    if first in lex.VULGAR_FRACTIONS:
        return True  # "½ Million Euro"
    if word[:3] in tok.iso_codes() and word[:3].isupper():
        return True  # "EUR 8,2 Mrd."
    return _known(word, _lead_words()) or _number_word(word)


@functools.lru_cache(maxsize=1 << 16)
def lead_kind(word: str) -> str | bool | None:
    """What the word *word* is as a lead (see
    :meth:`dealrecord.german._scan.Scan._lead`): None if no phrase starts
    with it, "" for an article, the joiner a range start needs ahead ("bis"
    after "von"), else True."""
    if not could_lead(word):
        return None
    folded = tok.fold(word)
    if folded in _ARTICLES:
        return ""
    return lex.RANGE_START.get(folded, True)


def _number_word(word: str) -> bool:
    """Whether *word* (closing marks aside) is made of number morphemes
    only, as the grammar reads it: "siebenundachtzig", "viereinhalb",
    "Dreihundertvierzig" (capitalised at a sentence start)."""
    bare = tok.fold(word).rstrip(CLOSING).rstrip(".")
    return bool(bare) and tok.morphemes_of(bare)[1]


@functools.lru_cache(maxsize=1 << 16)
def inside_phrase(word: str) -> bool:
    return (
        could_lead(word)
        or _known(word, _phrase_words())
        or tok.STELLIG.fullmatch(tok.fold(word)) is not None
        or tok.LEVEL.fullmatch(tok.fold(word)) is not None
    )


@functools.lru_cache(maxsize=1 << 16)
def may_follow_digits(word: str) -> bool:
    """Whether a money phrase may have *word* right after its digits."""
    if word.rstrip(".") in tok.iso_codes():
        return True  # "5 USD" (codes are upper case, as the table holds them)
    return _known(word, _follow_words())


#: After digits: more digits and separators, then what comes next.
AFTER_DIGITS: Final = re.compile(r"[\d.,’'\s\u00ad]{0,40}+(?P<next>[^\W\d_]++\.?|\S?)")
