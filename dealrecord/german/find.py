"""Finding money and numbers in running German text, with their spans.

The finders are lenient: they return a list (empty when there is nothing)
and never raise on a ``str``.  They read phrases with the same grammar as
:func:`~dealrecord.german.parse_amount` (:func:`dealrecord.german.money.phrase_at`),
started only where a phrase can be: at digits, currency symbols and a short
list of scale and currency words (``_lexicon.MONEY_TRIGGERS``), after a look
back over the few words before them for a qualifier ("bis zu"), a range
("zwischen") or a number word the grammar reads ("siebenundachtzig").  Each
look reads a bounded number of words, so the cost grows linearly with the
text.

>>> text = "Amazon verhandelt über eine Investition von bis zu 50 Milliarden Dollar."
>>> [(m.text, m.amount.high, m.amount.currency) for m in find_money(text)]
[('bis zu 50 Milliarden Dollar', Decimal('50000000000'), 'USD')]
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Final, TypeVar

import attrs

from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.german.dates import find_dates
from dealrecord.german.money import (
    Phrase,
    grammar_phrase_at,
    phrase_at,
    range_start_may_read,
    simple_phrase_at,
)
from dealrecord.german.numbers import (
    EXACT,
    check_default_currency,
    check_locale,
    number_at,
)
from dealrecord.values import Amount, Part, Qualifier, check_currency

__all__ = ["Mention", "find_money", "find_numbers", "iter_money"]


@attrs.frozen
class Mention:
    """An amount found in a text: ``text[start:end] == self.text``.

    ``lenient`` is True where the reading needed a guess ("1.5 Mrd." read as
    1,5 Mrd.); ``note`` says what else a reader should know, such as the
    codes an ambiguous currency name ("Kronen") could be.
    """

    start: int
    end: int
    text: str
    amount: Amount
    lenient: bool = False
    note: str | None = None


_LOOK_BACK_WORDS: Final = 5
_LOOK_BACK_CHARS: Final = 80
#: How many failed starts a scan remembers before it forgets the far ones.
_FAILED_KEPT: Final = 256
#: A word, read at most this far: a look never scans an endless run of letters.
_WORD: Final = re.compile(rf"\S{{1,{_LOOK_BACK_CHARS}}}+")
_CLOSING: Final = ",;:)]}»«„“”\"'!?"
_LETTERS: Final = re.compile(rf"[^\W\d_]{{1,{_LOOK_BACK_CHARS}}}+")
#: What may open a quote or a bracket before the first word of a phrase.
_OPENING: Final = "([{„“‚‘»«\"'"
#: Separators inside a number ("1.234,5", "1’234").
_SEPARATORS: Final = ".,’'"
_NUMBER_RUN: Final = re.compile(r"[\d.,’']*+")
_SENTENCE_END: Final = ".!?:;\n"
_OVER: Final = "über"
_JOINERS: Final = frozenset(lex.RANGE_JOINERS)
_BOUND_FROM_CONTEXT: Final = frozenset(
    {
        Qualifier.APPROX,
        Qualifier.AT_MOST,
        Qualifier.LESS_THAN,
        Qualifier.AT_LEAST,
        Qualifier.MORE_THAN,
    }
)
#: A date or a time in digits ("31.01.2026", "14:30", "9:05:30") holds no number.
_DATE_OR_TIME: Final = re.compile(
    r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
)
_DIGITS: Final = re.compile(r"\d++")
_YEARS_NOTE: Final = "a span of years"
_DASHES: Final = f"[{re.escape(lex.RANGE_DASHES)}]"
#: A dash between two numbers, with no space before it or spaces on either
#: side: a joiner ("10-5", "20- 15", "10 - 5"), not a minus sign (" -5").
_DASH: Final = (
    rf"(?:{_DASHES}[\s\u00ad]{{0,3}}|[\s\u00ad]{{1,3}}{_DASHES}[\s\u00ad]{{1,3}})"
)
_DASH_BEFORE_DIGIT: Final = re.compile(rf"{_DASH}(?=\d)")
#: The same before a year of 1900–2099.
_DASH_BEFORE_YEAR: Final = re.compile(rf"{_DASH}(?=(?:19|20)\d\d(?!\d))")
#: What joins the ends of a range ("bis", "und", a dash not inside a word).
_JOINER: Final = re.compile(
    rf"[\s\u00ad]{{1,3}}(?i:bis|und)(?=\s)|{_DASHES}(?![^\W\d_])"
)
#: A year after a slash or a dash: "/26", "-26" or "/2026" after "2025".
_NEXT_YEAR: Final = re.compile(
    rf"(?:/|{_DASHES})(?P<year>\d{{4}}|\d{{2}})(?!\d|[{_SEPARATORS}]\d)"
)
_QUARTERS: Final = frozenset({Part.Q1, Part.Q2, Part.Q3, Part.Q4})
#: Any leap year: it lets find_dates read the dates that name no year.
_SOME_YEAR: Final = datetime.date(2000, 1, 1)
#: The years a date with a day or a month may have here: "am 5. Mai 1000
#: Besucher" counts visitors, after a date without a year.  (find_dates
#: reads a year alone only in them.)
_DATE_YEARS: Final = range(1900, 2100)
#: A first day before a date: "1. bis 3. März 2026", "1. und 2. März".
_DAY_BEFORE: Final = re.compile(
    rf"\d{{1,2}}\.\s{{0,3}}(?:bis(?:\s{{1,3}}zum)?|und|oder|[{re.escape(lex.RANGE_DASHES)}/])\s{{0,3}}\Z"
)


@functools.cache
def _prior_period() -> re.Pattern[str]:
    """ " (Vorjahr: ", "(2019: ", "(Vj. ": a bracket opening a prior-period
    figure, its label in the group ``label``."""
    labels = tok.alternation(lex.PRIOR_PERIODS)
    return re.compile(
        rf"[\s\u00ad]{{0,3}}\((?P<label>{labels}|(?:19|20)\d\d)(?![^\W\d_])"
        r"[\s\u00ad]{0,3}:?[\s\u00ad]{0,3}(?=[\d\-\u2212])",
        re.IGNORECASE,
    )


_CLOSE_BRACKET: Final = re.compile(r"[\s\u00ad]{0,3}\)")


#: A word of running text up to its end: addresses and e-mail addresses
#: are one word.  Bounded, as a word the scan looks back over is.
_WORD_END: Final = re.compile(r"\S{0,2000}+")
#: A telephone number from its first character: "+1-222-2222/2222", "+49
#: 221 123456", "+49 (0)221 123456", "+49 221 12 34 56", "0221 123456-0",
#: "0221/98765-12", "0221 / 12 34 56", "(030) 1234567".  After "+", a group
#: of four digits or more, or three groups after the country code:
#: "+5 000 000 Euro" is none.
_PHONE: Final = re.compile(
    r"(?:\+(?=[\d\s\-/()]{0,30}\d{4}|\d{1,4}(?:[\s\-/]\d{2,8}){3})"
    r"\d{1,4}+(?:\s?\(0\)\s?(?=\d))?(?:[\s\-/]?\(?\d{2,8}+\)?){2,6}+"
    r"|\(?0\d{2,5}+\)?(?:\s?[\-/]\s?|\s)\d{2,10}+(?:[ \-]\d{2,6}+){0,4}+(?:-\d{1,6}+)?)"
    r"(?![.,]?\d)"
)
_PHONE_STARTS: Final = "+0("
#: How far after a hit an e-mail address's "@" may be (its local part).
_EMAIL_LOCAL: Final = 64


@functools.cache
def _address_marks() -> tuple[str, ...]:
    """What an address or an e-mail address holds: "@", a scheme, "www."
    (folded), and the percent-encoded "://"."""
    marks = {"@", *(s.casefold() for s in lex.URL_STARTS)}
    marks |= {urllib.parse.quote(s, safe="").casefold() for s in lex.URL_STARTS}
    return tuple(sorted(m for m in marks if m))


#: How many times the last amount a number of a coordination or a change
#: may be once it takes the last amount's scale: "von 750.000 auf 1,1 Mio.
#: Euro" is 750.000 Euro, not 750.000 Mio.; "von 1.500 auf 2.000 Mio. Euro"
#: and "15 bzw. 20 Mrd. Euro" share the scale.
_NEAR: Final = 1000


def _scaled_if_near(value: Decimal | None, scale: int, last: Decimal | None) -> Decimal:
    """*value* with the shared *scale*, unless that makes it more than
    :data:`_NEAR` times the *last* amount (then it was whole as written)."""
    assert value is not None
    scaled = value.scaleb(scale, EXACT)
    if last is not None and abs(scaled) > EXACT.multiply(abs(last), _NEAR):
        return value
    return scaled


def _next_year(text: str, pos: int, year: int, locale: str) -> re.Match[str] | None:
    """The year after *year*, after a slash or a dash at *pos* ("/26",
    "-26", "/2026"), or None; None too where that number goes on as an
    amount ("/26 Mio. Euro", "/26 000 Besucher").
    """
    m = _NEXT_YEAR.match(text, pos)
    if m is None:
        return None
    second = m["year"]
    if int(second) != (year + 1 if len(second) == 4 else (year + 1) % 100):
        return None
    start = m.start("year")
    number = number_at(text, start, locale, strict=False)
    if number is None or number.end > m.end():
        return None
    rest = phrase_at(text, start, locale)
    if rest is not None and rest.has_currency:
        return None
    return m


def _shifted(phrase: Phrase, by: int) -> Phrase:
    """*phrase*, read in a part of a text that starts at *by*, in the text."""
    span = phrase.currency_span
    return phrase._replace(
        start=phrase.start + by,
        end=phrase.end + by,
        currency_span=None if span is None else (span[0] + by, span[1] + by),
    )


def _date_spans(text: str, locale: str) -> list[tuple[int, int]]:
    """Spans of the dates in *text* that name a day, a month or a quarter.

    Their numbers are no numbers ("31. Januar 2026", "am 3. März", "2.
    Quartal 2025", "1. bis 3. März"); a year alone is one ("im Jahr 2026",
    "Ende 2026").
    """
    if _DIGITS.search(text) is None:
        return []  # no number to leave out
    spans = []
    for m in find_dates(text, reference=_SOME_YEAR):
        date = m.date
        if date.month is None and date.part not in _QUARTERS:
            continue
        start, end = m.start, m.end
        if date.year is not None and date.year not in _DATE_YEARS:
            # Not a year of this era but a count ("am 5. Mai 1000 Besucher"):
            # only the day, month or quarter before it is left out.  A date
            # that does not end with it ("1000-12-31") is left out whole.
            digits = _DIGITS.finditer(text, start, end)
            last = max(digits, key=re.Match.start, default=None)
            if last is not None and len(last[0]) <= 4 and int(last[0]) == date.year:
                end = last.start()
        elif date.year is not None and text[end - 4 : end] == str(date.year):
            following = _next_year(text, end, date.year, locale)
            if following is not None:
                end = following.end()  # "Q3 2025/26": the second year too
        if text[start].isdigit():
            before = _DAY_BEFORE.search(text, max(0, start - 20), start)
            if before is not None:
                start = before.start()
        spans.append((start, end))
    return spans


@functools.cache
def _symbols_and_digits() -> re.Pattern[str]:
    symbols = re.escape("".join(sorted(_currency_symbol_chars())))
    # One match for a run of digits.  A single character set first lets
    # the regex engine skip ahead to candidates: far faster than "[0-9]++|…".
    return re.compile(rf"[0-9{symbols}](?:(?<=[0-9])[0-9]*+)?")


_STELLIG: Final = "stellig"
_ARTICLES: Final = frozenset(lex.DEFINITE_ARTICLES)
#: Singular scale words an article may lead ("die Milliarde Euro").
_SINGULARS: Final = frozenset(
    w for w, e in lex.SCALE_WORDS.items() if e >= 6 and w not in lex.SCALE_PLURALS
)


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
    following = _AFTER_DIGITS.match(text, word.end())["next"]  # type: ignore[index]
    return following[:1].isalpha() and _may_follow_digits(following)


def _money_hits(text: str) -> list[int]:
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
def _number_trigger() -> re.Pattern[str]:
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
    bare = folded.rstrip(_CLOSING)
    return bare in table or tok.currency_word(bare.rstrip(".")) in table


@functools.lru_cache(maxsize=1 << 16)
def _could_lead(word: str) -> bool:
    first = word[0]
    if first.isdigit() or first in lex.MINUS_SIGNS or first in _currency_symbol_chars():
        return True
    if first in lex.VULGAR_FRACTIONS:
        return True  # "½ Million Euro"
    if word[:3] in tok.iso_codes() and word[:3].isupper():
        return True  # "EUR 8,2 Mrd."
    return _known(word, _lead_words()) or _number_word(word)


@functools.lru_cache(maxsize=1 << 16)
def _lead_kind(word: str) -> str | bool | None:
    """What the word *word* is as a lead (see :meth:`_Scan._lead`): None if
    no phrase starts with it, "" for an article, the joiner a range start
    needs ahead ("bis" after "von"), else True."""
    if not _could_lead(word):
        return None
    folded = tok.fold(word)
    if folded in _ARTICLES:
        return ""
    return lex.RANGE_START.get(folded, True)


def _number_word(word: str) -> bool:
    """Whether *word* (closing marks aside) is made of number morphemes
    only, as the grammar reads it: "siebenundachtzig", "viereinhalb",
    "Dreihundertvierzig" (capitalised at a sentence start)."""
    bare = tok.fold(word).rstrip(_CLOSING).rstrip(".")
    return bool(bare) and tok.morphemes_of(bare)[1]


@functools.lru_cache(maxsize=1 << 16)
def _inside_phrase(word: str) -> bool:
    return (
        _could_lead(word)
        or _known(word, _phrase_words())
        or tok.STELLIG.fullmatch(tok.fold(word)) is not None
        or tok.LEVEL.fullmatch(tok.fold(word)) is not None
    )


@functools.lru_cache(maxsize=1 << 16)
def _may_follow_digits(word: str) -> bool:
    """Whether a money phrase may have *word* right after its digits."""
    if word.rstrip(".") in tok.iso_codes():
        return True  # "5 USD" (codes are upper case, as the table holds them)
    return _known(word, _follow_words())


#: After digits: more digits and separators, then what comes next.
_AFTER_DIGITS: Final = re.compile(r"[\d.,’'\s\u00ad]{0,40}+(?P<next>[^\W\d_]++\.?|\S?)")


class _Scan:
    """One pass over a text: phrases found so far and where to go on from."""

    def __init__(
        self, text: str, locale: str, default_currency: str | None, *, money: bool
    ) -> None:
        self.text = text
        self.locale = locale
        self.default_currency = default_currency
        self.money = money
        self.floor = 0  # nothing before this is read again
        self.mentions: list[Mention] = []
        self.numbers: list[Phrase] = []  # numbers without a currency, for coordination
        self.dates: list[tuple[int, int]] = []  # see _date_spans, for find_numbers
        #: Starts read before that gave no phrase reaching the current hit.
        #: Hits only move forward, so none of them can give one later.
        self.failed: set[int] = set()
        #: Whether the text holds an "@" at all: most hold none, and then no
        #: hit needs a look for an e-mail address.
        self.at_sign = "@" in text

    def run(self) -> list[Mention]:
        text = self.text
        if self.money:
            hits: Iterable[int] = _money_hits(text)
        else:
            hits = (m.start() for m in _number_trigger().finditer(text))
            self.dates = _date_spans(text, self.locale)
        for pos in hits:
            if pos >= self.floor:
                self.at(pos)
        return self.mentions

    def at(self, pos: int) -> None:
        text = self.text
        floor = self.floor
        word_start = pos
        while word_start > floor and not text[word_start - 1].isspace():
            word_start -= 1
            if pos - word_start > _LOOK_BACK_CHARS:
                return  # inside an endless word: nothing to find here
        if (
            word_start != pos
            or text[pos] in _PHONE_STARTS
            or (self.at_sign and text.find("@", pos, pos + _EMAIL_LOCAL) != -1)
        ) and self._noise(word_start, pos):
            return  # an address or a telephone number
        digit = text[pos].isdigit()
        glued = digit and pos > word_start and text[pos - 1].isalpha()
        if glued and (
            text[word_start].isdigit() or not _could_lead(text[word_start:pos])
        ):
            return  # digits inside a word: "B2B", "A380", "1e5", whatever is before
        if (
            digit
            and pos > 1
            and text[pos - 1] in _SEPARATORS
            and text[pos - 2].isdigit()
        ):
            return  # the rest of a number the parser did not read: "1,234,567"
        leads = self._leads_before(word_start)
        read = phrase_at
        if not leads and digit and not glued:
            if not self._may_go_on(pos):
                return  # a plain number: "2026 werden", "10 Gigawatt"
            if pos == word_start:
                # The common shape, read in one step; phrase_at would read
                # the same from here.
                phrase = simple_phrase_at(text, pos, self.locale, self.default_currency)
                if phrase is not None:
                    self.found(phrase)
                    return
                read = grammar_phrase_at  # the one start, tried above
        candidates = [start for start, worth_reading in leads if worth_reading]
        candidates.append(word_start)
        if pos != word_start:
            # "(-5 Euro)", "„−5 Euro“": the sign after an opening bracket or
            # quote starts the phrase, not the bracket nor the digits.
            bare = word_start
            while bare < pos and text[bare] in _OPENING:
                bare += 1
            if bare != word_start and bare < pos:
                candidates.append(bare)
            candidates.append(pos)
        failed = self.failed
        if len(failed) > _FAILED_KEPT:
            # Starts are near the hit: forget those far behind it.
            near = pos - 2 * _LOOK_BACK_CHARS - 2
            failed = self.failed = {start for start in failed if start >= near}
        for start in candidates:
            if start in failed:
                continue  # "Milliarden Milliarden …": each start is read once
            phrase = read(text, start, self.locale, self.default_currency)
            if phrase is None or phrase.end <= pos:
                failed.add(start)
                continue
            if text[phrase.end : phrase.end + 1].isdigit():
                # It stops inside a number ("1" * 400): none of it is read.
                self.floor = _NUMBER_RUN.match(text, phrase.end).end()  # type: ignore[union-attr]
                return
            self.found(phrase)
            return
        if digit:
            self._first_end(pos, candidates)

    def _noise(self, word_start: int, pos: int) -> bool:
        """Whether the word at *word_start* is an address, an e-mail address
        or a telephone number (whose digits are no numbers); if it is, the
        scan goes on after it."""
        text = self.text
        if text[word_start] in _PHONE_STARTS and (
            word_start == 0 or text[word_start - 1].isspace()
        ):
            phone = _PHONE.match(text, word_start)
            if phone is not None and phone.end() > pos:
                self.floor = phone.end()
                return True
        # An address has a scheme, "www." or "/" before the hit, an e-mail
        # address its "@" before or after it.
        before = text[word_start:pos]  # mostly empty: the hit starts a word
        if not (
            before
            and ("/" in before or "@" in before or "%" in before or "w" in before)
        ) and (text.find("@", pos, pos + _EMAIL_LOCAL) == -1 and "W" not in before):
            return False  # the common case: no address, no scheme, no "www."
        end = _WORD_END.match(text, pos).end()  # type: ignore[union-attr]
        folded = text[word_start:end].casefold()
        if any(mark in folded for mark in _address_marks()):
            self.floor = end
            return True
        return False

    def _first_end(self, pos: int, candidates: list[int]) -> None:
        """The first end of a range the grammar refused whole because its
        lower end comes second ("von 5 bis 3", "-3 bis -8 Grad", "10€-5€",
        "ab 2025-26"): read from the same starts up to the joiner.
        """
        text = self.text
        joiner = _JOINER.search(text, pos, pos + _LOOK_BACK_CHARS)
        if joiner is None:
            return
        # A window from a little before the first start: the grammar sees
        # the character before a start, and copying the text before it
        # would cost its whole length at every hit.
        number = number_at(text, pos, self.locale, strict=False)
        if number is None:
            return
        base = max(0, candidates[0] - 1)
        window = text[base : joiner.start()]
        for start in candidates:
            phrase = phrase_at(window, start - base, self.locale, self.default_currency)
            if phrase is None or phrase.end + base <= pos:
                continue
            phrase = _shifted(phrase, base)
            if _DIGITS.search(text, number.end, phrase.end) is not None:
                # More digits after the number: "2024 USD 10-12 Mrd." is a
                # year before a range, not 2024,10 USD.
                if self.money:
                    return
                value = number.value
                phrase = Phrase(value, value, None, Qualifier.EXACT, pos, number.end)
            if self._article_or_date_end(phrase) is not None:
                return  # "2026-01-31": read on as before
            self.found(phrase)
            dash = _DASH_BEFORE_DIGIT.match(text, phrase.end)
            if dash is not None and self.floor == phrase.end:
                self.floor = dash.end()  # "10-5", "3 – 1": no minus sign after it
            return

    def _leads_before(self, word_start: int) -> list[tuple[int, bool]]:
        """Where a phrase could start among the words just before *word_start*.

        The words are the runs of non-space characters in the
        ``_LOOK_BACK_CHARS`` before *word_start* (not before the floor), the
        nearest ``_LOOK_BACK_WORDS`` of them, taken nearest first while each
        may stand inside a phrase.  Each start comes with whether it is worth
        reading: a range start followed by a word no amount starts with
        ("von bis zu 5 Euro") reads nothing, but still counts as a lead.
        """
        text = self.text
        window = max(self.floor, word_start - _LOOK_BACK_CHARS)
        plain = self._plain_chain(word_start, window)
        if plain is not None:
            return self._leads_of(plain)
        # str.split splits at the characters str.isspace names, as \s does.
        before = text[window:word_start]
        nearest = before.rsplit(None, 1)
        bare = nearest[-1].lstrip(_OPENING) if nearest else ""
        if not bare or not _inside_phrase(bare):
            return []  # the chain below stops at once
        words = before.rsplit(None, _LOOK_BACK_WORDS)
        if window > self.floor and not text[window - 1].isspace() and words:
            cut = words[0].split(None, 1)
            words[0] = cut[1] if len(cut) > 1 else ""  # the window cut a word
        chain: list[tuple[int, int]] = []
        end = word_start
        for word in reversed(words[-_LOOK_BACK_WORDS:]):
            bare = word.lstrip(_OPENING)
            if not bare or not _inside_phrase(bare):
                break
            # Only whitespace follows the word up to *end*: this is where it is.
            start = text.rfind(word, window, end)
            end = start + len(word)
            chain.append((end - len(bare), end))
            end = start
            if bare != word:
                break  # "(rund 6 Mio. Dollar)": the bracket opens the phrase
        return self._leads_of(chain)

    def _plain_chain(
        self, word_start: int, window: int
    ) -> list[tuple[int, int]] | None:
        """The chain :meth:`_leads_before` takes, found the quick way where
        the words before *word_start* are parted by single spaces and open
        no bracket or quote; None where that is not so, for the full look.
        """
        text = self.text
        chain: list[tuple[int, int]] = []
        end = word_start - 1  # the whitespace before the word, if any
        if end <= window:
            return None  # nothing before the word, or the window's edge
        while len(chain) < _LOOK_BACK_WORDS:
            space = text.rfind(" ", window, end)
            if space == -1:
                return None  # the window's edge: the full look knows it
            word = text[space + 1 : end]
            # Printable: no whitespace but the space, so one word.
            if not word or not word.isprintable() or word[0] in _OPENING:
                return None
            if not _inside_phrase(word):
                break
            chain.append((space + 1, end))
            end = space
        return chain

    def _leads_of(self, chain: list[tuple[int, int]]) -> list[tuple[int, bool]]:
        """The leads among the words of *chain* (nearest first), first first."""
        leads = []
        for start, end in reversed(chain):
            lead = self._lead(start, end)
            if lead is not None:
                leads.append((start, lead))
        return leads

    def _lead(self, start: int, end: int) -> bool | None:
        """Whether a phrase could start at the word text[start:end] (None if
        not), and if so whether reading there is worth it.

        "von" starts one only with a "bis" ahead.
        """
        kind = _lead_kind(self.text[start:end])
        if kind is None or kind is True:
            return kind
        if not kind:
            # "die Milliarde Euro": an article leads only a singular scale.
            following = _WORD.match(self.text, tok.skip(self.text, end))
            if (
                following is None
                or tok.fold(following[0]).rstrip(_CLOSING + ".") not in _SINGULARS
            ):
                return None
            return True
        ahead = self.text[end : end + _LOOK_BACK_CHARS].casefold()
        if f" {kind} " not in ahead:
            return None
        return range_start_may_read(self.text, start)

    def _may_go_on(self, pos: int) -> bool:
        """Whether what follows the digits at *pos* could continue a phrase.

        Conservative: only a word that no phrase has after a number says no.
        """
        m = _AFTER_DIGITS.match(self.text, pos)
        if m is None:
            return True
        following = m["next"]
        if not following or not following[0].isalpha():
            return not self.money or following != "%"
        return not self.money or _may_follow_digits(following)

    def found(self, phrase: Phrase) -> None:
        # The checks that rule out most phrases are made here, before a call.
        if phrase.qualifier is Qualifier.MORE_THAN:
            phrase = self._over_after_noun(phrase)
        if self.text.find("(", phrase.end, phrase.end + 4) != -1 and (
            self._figure_and_prior(phrase)
        ):
            return
        if self.money and not (
            phrase.has_currency
            or (phrase.qualifier is Qualifier.MAGNITUDE and not phrase.vague_count)
        ):
            self.floor = phrase.end
            self.numbers.append(phrase)
            return
        if not self.money:
            skip_to = self._article_or_date_end(phrase)
            if skip_to is not None:
                self.floor = skip_to
                return
            years = self._year_span(phrase)
            if years is not None:
                self.mentions.append(years)
                dash = _DASH_BEFORE_YEAR.match(self.text, years.end)
                self.floor = years.end if dash is None else dash.end()
                return
        amount = phrase.amount()
        note = None
        mentions = self.mentions
        if mentions and phrase.start - mentions[-1].end < _LOOK_BACK_CHARS:
            bounded = self._bound_from_bracket(phrase, amount)
            if bounded is not amount:
                note = f"the bound of {mentions[-1].text!r}, which it converts"
                amount = bounded
        numbers = self.numbers
        if (
            numbers
            and self.money
            and phrase.has_currency
            and phrase.start - numbers[-1].end <= _LOOK_BACK_CHARS
        ):
            self._coordinated(phrase, amount)
        self._add(phrase, amount, note)
        self.floor = phrase.end

    def _figure_and_prior(self, phrase: Phrase) -> bool:
        """ "8,2 (Vorjahr: 7,7) Mrd. Euro": a figure and, in brackets, the
        prior period's, both with the scale and currency after the bracket;
        "8,2 Mrd. Euro (Vorjahr: 7,7)": the bracket after the whole amount.

        Adds the mentions and returns True, or returns False where the
        text after *phrase* is no such bracket.  The prior figure's note is
        its period as written ("Vorjahr", "2019", "Vj.").
        """
        text = self.text
        opening = _prior_period().match(text, phrase.end)
        if opening is None or phrase.qualifier is not Qualifier.EXACT:
            return False
        if self._year(phrase):
            return False  # "Der Umsatz 2020 (2019: 7,7) Mrd. Euro"
        first = number_at(text, phrase.start, self.locale, strict=False)
        inner_start = opening.end()
        inner = number_at(text, inner_start, self.locale, strict=False, scales=False)
        if first is None or inner is None or phrase.compound:
            return False
        closing = _CLOSE_BRACKET.match(text, inner.end)
        if closing is None:
            return False
        label = opening["label"]
        prior = text[inner_start : inner.end]
        if phrase.has_currency:
            # The whole amount first: the prior figure shares its scale.
            if first.end == phrase.end or phrase.candidates:
                return False  # nothing after the number to share
            value = inner.value
            if first.scaled:
                value = value.scaleb(first.exponent, EXACT)
            amount = phrase.amount()
            self._add(phrase, amount)
            shared = Amount(value, value, amount.currency, Qualifier.EXACT)
            self.mentions.append(
                Mention(inner_start, inner.end, prior, shared, inner.lenient, label)
            )
            self.floor = closing.end()
            return True
        if first.scaled or first.end != phrase.end:
            return False
        # The scale and currency come after the bracket: read each number
        # with them, as if it stood right before them.
        tail = tok.skip(text, closing.end())
        rest = text[tail : tail + _LOOK_BACK_CHARS]
        figure = text[phrase.start : phrase.end]
        readings = []
        for written in (figure, prior):
            joined = f"{written} {rest}"
            read = phrase_at(joined, 0, self.locale, self.default_currency)
            if (
                read is None
                or read.end <= len(written) + 1
                or (self.money and not read.has_currency)
                or read.candidates
                or read.qualifier is not Qualifier.EXACT
            ):
                return False
            readings.append(read)
        end = tail + readings[0].end - len(figure) - 1
        shared_from = text[tail:end]
        note = f"scale and currency shared with {shared_from!r}"
        self.mentions.append(
            Mention(
                phrase.start,
                phrase.end,
                figure,
                readings[0].amount(),
                readings[0].lenient,
                note,
            )
        )
        self.mentions.append(
            Mention(
                inner_start,
                inner.end,
                prior,
                readings[1].amount(),
                readings[1].lenient,
                label,
            )
        )
        self.numbers.clear()
        self.floor = end
        return True

    def _add(self, phrase: Phrase, amount: Amount, note: str | None = None) -> None:
        lenient = phrase.lenient
        if phrase.candidates:
            name = self.text[phrase.currency_span[0] : phrase.currency_span[1]]  # type: ignore[index]
            note = f"currency {name!r} is ambiguous: {', '.join(phrase.candidates)}"
        elif self._ends_a_backward_range(phrase):
            lenient = True
            note = "the end of a range whose lower end comes second; read alone"
        elif phrase.rounded and note is None:
            lenient = True
            note = (
                f"rounded to {lex.FRACTION_DIGITS} significant digits: a "
                "fraction with no exact decimal value"
            )
        text = self.text[phrase.start : phrase.end]
        self.mentions.append(
            Mention(phrase.start, phrase.end, text, amount, lenient, note)
        )

    def _ends_a_backward_range(self, phrase: Phrase) -> bool:
        """ "von 5 bis 3 Mio. Euro", "zwischen 90 und 80 Mrd.": the grammar refused."""
        tail = self.text[max(0, phrase.start - 5) : phrase.start].rstrip()
        if not (tail[-1:] in lex.RANGE_DASHES or tail[-3:].casefold() in _JOINERS):
            return False  # the common case: no joiner right before the phrase
        before = self.text[max(0, phrase.start - _LOOK_BACK_CHARS) : phrase.start]
        words = before.rsplit(None, 3)[-3:]
        if len(words) < 2 or not words[-2][-1:].isdigit():
            return False
        last = self.mentions[-1] if self.mentions else None
        if (
            last is not None
            and last.note == _YEARS_NOTE
            and len(self.text[last.end : phrase.start].split()) == 1
        ):
            return False  # "2024/25 bis 2027": a span of years is no lower end
        joiner = tok.fold(words[-1])
        if joiner == "bis" or joiner in lex.RANGE_DASHES:
            return True
        return joiner == "und" and len(words) == 3 and tok.fold(words[0]) == "zwischen"

    def _over_after_noun(self, phrase: Phrase) -> Phrase:
        """ "ein Kredit über 5 Mio. Euro": "über" after a noun names the amount."""
        text = self.text
        word = _WORD.match(text, phrase.start)
        if word is None or tok.fold(word[0]) != _OVER:
            return phrase
        # The noun is not part of what was read before ("3 Mio. Dollar über
        # 5 Mio. Euro"), but what comes before the noun may be: it tells
        # whether the noun starts a sentence ("5 Euro Kredite über …" does not).
        window = max(0, phrase.start - _LOOK_BACK_CHARS)
        context = text[window : phrase.start].rstrip()
        before = context[max(self.floor - window, 0) :]
        previous = before.rsplit(None, 1)[-1] if before else ""
        ahead = context[: len(context) - len(previous)].rstrip()
        is_noun = previous[:1].isupper() and previous.isalpha()
        sentence_start = not ahead or ahead[-1] in _SENTENCE_END
        if not is_noun or sentence_start:
            return phrase
        again = phrase_at(text, word.end(), self.locale, self.default_currency)
        if again is None or again.end != phrase.end:
            return phrase
        return again

    def _bound_from_bracket(self, phrase: Phrase, amount: Amount) -> Amount:
        """ "bis zu 1,5 Mrd. Dollar (1,34 Mrd. Euro)": the bracket takes the bound."""
        if amount.qualifier is not Qualifier.EXACT or not self.mentions:
            return amount
        previous = self.mentions[-1]
        gap = self.text[previous.end : phrase.start]
        if gap.strip() != "(" or previous.amount.qualifier not in _BOUND_FROM_CONTEXT:
            return amount
        if self.text[phrase.end : phrase.end + _LOOK_BACK_CHARS].lstrip()[:1] != ")":
            return amount  # "(3 Mio. Euro im Vorjahr)" converts nothing
        qualifier = previous.amount.qualifier
        value = amount.low
        low = None if qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN) else value
        high = None if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) else value
        return Amount(low, high, amount.currency, qualifier)

    def _coordinated(self, phrase: Phrase, amount: Amount) -> None:
        """ "250, 400 und 600 Euro": the numbers before share currency and scale."""
        if amount.qualifier is not Qualifier.EXACT:
            return
        chain: list[Phrase] = []
        end = phrase.start
        for number in reversed(self.numbers):
            if end - number.end > _LOOK_BACK_CHARS:
                break  # far apart: folding the gap would cost its whole length
            gap = tok.fold(self.text[number.end : end].strip())
            # "von 5 auf 7 Mio. Euro", "um 3 auf 20 Mio. Euro": a change.
            change = (
                not chain
                and gap == lex.CHANGE_TO
                and self._word_before(number.start) in lex.CHANGE_FROM
            )
            if (
                not change
                and gap not in lex.COORDINATORS
                and not (gap.startswith(",") and gap[1:].strip() in lex.COORDINATORS)
            ):
                break
            if number.qualifier is not Qualifier.EXACT or number.low is None:
                break
            if self._year(number) or (not change and self._range_start(number)):
                break
            chain.append(number)
            end = number.start
            if change:
                break  # a change has two ends
        if not chain:
            return
        scale = self._shared_scale(phrase)
        source = self.text[phrase.start : phrase.end]
        inserted = []
        for number in reversed(chain):
            value = number.low
            digits = number_at(self.text, number.start, self.locale, strict=False)
            if digits is not None and not digits.scaled and scale:
                value = _scaled_if_near(value, scale, amount.low)
            shared = Amount(value, value, amount.currency, Qualifier.EXACT)
            text = self.text[number.start : number.end]
            note = f"currency and scale shared with {source!r}"
            inserted.append(
                Mention(number.start, number.end, text, shared, number.lenient, note)
            )
        self.mentions.extend(inserted)
        self.numbers.clear()

    def _year(self, number: Phrase) -> bool:
        """ "im Jahr 2024 und 5 Mio. Euro": a year shares nothing."""
        text = self.text[number.start : number.end]
        return len(text) == 4 and text.isdigit() and "1800" <= text <= "2199"

    def _range_start(self, number: Phrase) -> bool:
        """ "zwischen 90 und 80 Mrd.": the start of a range shares nothing."""
        return self._word_before(number.start) in lex.RANGE_START

    def _word_before(self, pos: int) -> str:
        """The folded word just before *pos* ("" if none)."""
        before = self.text[max(0, pos - 20) : pos].split()
        return tok.fold(before[-1]) if before else ""

    def _shared_scale(self, phrase: Phrase) -> int:
        """The power of ten the scale word of *phrase* stands for: 6 in
        "7 Mio. Euro" and in "sieben Millionen Euro"; 0 if it has none."""
        text = self.text
        number = number_at(text, phrase.start, self.locale, strict=False)
        if number is None or not number.scaled:
            return 0
        if not number.spelled:
            return number.exponent
        # Words carry no exponent: their last word is the scale word.
        last = text[phrase.start : number.end].rsplit(None, 1)[-1]
        return tok.scale_words().get(tok.fold(last).rstrip("."), 0)

    def _year_span(self, phrase: Phrase) -> Mention | None:
        """ "2025/26", "Saison 2024-25", "ab 2025/26": a year and the next
        one after a slash or a dash are one span of years (a range, or the
        bound of one), not two numbers; None if *phrase* does not end with
        such a first year.
        """
        text = self.text
        if phrase.has_currency or phrase.end - phrase.start < 4:
            return None
        first = text[phrase.end - 4 : phrase.end]
        if not (first.isdecimal() and int(first) in _DATE_YEARS):
            return None
        year = Decimal(int(first))
        low, high, qualifier = phrase.low, phrase.high, phrase.qualifier
        if qualifier is Qualifier.EXACT and phrase.end - phrase.start == len(first):
            low, high, qualifier = year, year + 1, Qualifier.RANGE
        elif qualifier is Qualifier.RANGE and high == year:
            high = year + 1  # "2024 bis 2025/26"
        elif qualifier is Qualifier.AT_LEAST and low == year:
            pass  # "ab 2025/26": from the first year on
        elif qualifier is Qualifier.MORE_THAN and low == year:
            low = year + 1  # "über 2025/26": after the second year
        elif qualifier is Qualifier.AT_MOST and high == year:
            high = year + 1  # "höchstens 2025/26": up to the second year
        elif qualifier is Qualifier.LESS_THAN and high == year:
            pass  # "weniger als 2025/26": before the first year
        else:
            return None
        following = _next_year(text, phrase.end, int(first), self.locale)
        if following is None:
            return None
        end = following.end()
        amount = Amount(low, high, None, qualifier)
        source = text[phrase.start : end]
        return Mention(phrase.start, end, source, amount, False, _YEARS_NOTE)

    def _article_or_date_end(self, phrase: Phrase) -> int | None:
        """Where to go on from when *phrase* is an article, or its number is
        part of a date or a time; None if it is none of them.

        "eine Firma" (an article, not the number one); "31.01.2026", "ab
        14:30" (all of it, not "30" after it) and "31. Januar 2026" (see
        _date_spans): the scan goes on after the date or time.
        """
        text = self.text
        if tok.fold(text[phrase.start : phrase.end]) in lex.MAGNITUDE_ARTICLES:
            return phrase.end
        digit = _DIGITS.search(text, phrase.start, phrase.end)
        if digit is None:
            return None  # a number in words
        at = digit.start()
        date_or_time = _DATE_OR_TIME.match(text, at)
        if date_or_time is not None:
            return date_or_time.end()
        if phrase.has_currency:
            return None
        i = bisect.bisect_right(self.dates, (at, len(text)))
        if i and at < self.dates[i - 1][1]:
            return self.dates[i - 1][1]  # a date holds the number
        return None


def _check(text: object, locale: str, default_currency: str | None) -> None:
    if not isinstance(text, str):
        msg = f"expected a str, got {type(text).__name__}"
        raise TypeError(msg)
    check_locale(locale)
    check_default_currency(default_currency)
    if default_currency is not None:
        check_currency(default_currency, "default_currency")


def find_money(
    text: str, *, locale: str = "de", default_currency: str | None = None
) -> list[Mention]:
    """Every money mention in *text*, left to right, not overlapping.

    A mention names a currency ("100 Milliarden Dollar", "60 Cent") or is a
    magnitude phrase ("im zweistelligen Milliardenbereich", whose currency
    is *default_currency*).  Numbers without a currency ("7,9 Milliarden
    Verlust", "3 Millionen Menschen"), dates, times and percentages are not
    money.  Numbers joined by "und", "bzw." or commas share the currency and
    scale of the last ("15 bzw. 20 Mrd. Euro" are two mentions).

    Raises only for arguments that are not a text or not a known locale.

    >>> [(m.text, str(m.amount.low)) for m in find_money(
    ...     "Der Umsatz stieg von 26,9 Mrd. $ auf 60,9 Mrd. $.")]
    [('26,9 Mrd. $', '26900000000'), ('60,9 Mrd. $', '60900000000')]
    """
    _check(text, locale, default_currency)
    return _Scan(text, locale, default_currency, money=True).run()


def find_numbers(text: str, *, locale: str = "de") -> list[Mention]:
    """Every number in *text* (digits or words, with scale words), left to right.

    "1.234.567" is one number; a money mention counts as a number too, with
    its currency.  The article "ein"/"eine" alone is not a number, nor are
    times and dates with a day, a month or a quarter ("14:30", "31. Januar
    2026", "am 3. März", "2. Quartal 2025"); a year alone ("im Jahr 2026")
    is a number, and a year and the next after a slash or a dash ("Winter
    2025/26") are one, a range from the first to the second.

    >>> [(m.text, m.amount.value) for m in find_numbers("drei Millionen und 1.234.567")]
    [('drei Millionen', Decimal('3000000')), ('1.234.567', Decimal('1234567'))]
    """
    _check(text, locale, None)
    return _Scan(text, locale, None, money=False).run()


def iter_money(
    texts: Iterable[str], *, locale: str = "de", default_currency: str | None = None
) -> Iterator[list[Mention]]:
    """:func:`find_money` over many texts, one list per text, lazily.

    >>> [len(found) for found in iter_money(["5 Euro", "nichts", "1 $ und 2 €"])]
    [1, 0, 2]
    """
    check_locale(locale)
    for text in texts:
        yield find_money(text, locale=locale, default_currency=default_currency)
