"""German date expressions: ``parse_date`` (a whole string) and ``find_dates``.

A date keeps only the precision the text gives:

>>> parse_date("31. Januar 2026"), parse_date("im September 2025"), parse_date("2026")
(PartialDate('2026-01-31'), PartialDate('2025-09'), PartialDate('2026'))
>>> parse_date("Ende September 2025"), parse_date("Q3 2026")
(PartialDate('2025-09/late'), PartialDate('2026/Q3'))
>>> parse_date("Frühjahr 2026"), parse_date("Jänner 2026")
(PartialDate('2026/spring'), PartialDate('2026-01'))

Day and month are always in German order (12.03.2026 is 12 March).  A
two-digit year is read the POSIX way (69–99 are 1969–1999, 00–68 are
2000–2068) unless a *reference* date is given, in which case the century
that puts the year nearest the reference is taken.  Without a year, the year
comes from *reference*; without a reference, that is an error:

>>> import datetime
>>> parse_date("am 31. Januar", reference=datetime.date(2026, 2, 3))
PartialDate('2026-01-31')
>>> parse_date("31.02.2026")
Traceback (most recent call last):
...
dealrecord.errors.ParseError: February 2026 has no day 31
    31.02.2026
    ^^

Seasons are :class:`~dealrecord.values.Part` values of the year they begin in
("Winter 2025/26" is the winter that begins in December 2025).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Callable
from typing import Final

import attrs
from babel import Locale

from dealrecord.errors import ParseError, RecordError
from dealrecord.german import _date_lexicon as lex
from dealrecord.german._tokens import alternation
from dealrecord.values import Part, PartialDate

__all__ = ["DateMention", "find_dates", "parse_date"]

_MONTH_NAMES_EN: Final = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@attrs.frozen
class DateMention:
    """A date found in a text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str
    date: PartialDate


@functools.cache
def _month_words() -> dict[str, int]:
    """Lower-case month names and abbreviations (without dot) to month number."""
    words: dict[str, int] = {}
    for locale in lex.MONTH_LOCALES:
        months = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    words[name.lower().rstrip(".")] = number
    words.update(lex.EXTRA_MONTHS)
    return words


@functools.cache
def _weekday_words() -> tuple[str, ...]:
    days = Locale.parse("de").days["format"]
    return tuple(
        name.lower().rstrip(".")
        for width in ("wide", "abbreviated")
        for name in days[width].values()
    )


def _fold(word: str) -> str:
    """*word* as the tables key it, one character for one, whatever the
    case-insensitive pattern matched ("Maİ", "Wınter", "ſommer", the Kelvin
    sign): each character upper-cased, then lower-cased, then its first.
    """
    return "".join(c.upper().lower()[:1] for c in word)


#: The years a date has where a bare number could be one: a year alone
#: ("für 2026"), an ISO year and month ("2025-09"); the finders also take a
#: number in them for a year (after a date's day or month, a span of years
#: "2025/26", a prior period "(2019: …)").
DATE_YEARS: Final = range(1900, 2100)
#: The four-digit numbers a finder takes for a year where a year only
#: keeps a number from sharing an amount's currency ("im Jahr 1850 und 5
#: Mio. Euro" makes no 1850 Euro).  Wider than :data:`DATE_YEARS`, which
#: decides what is a date: there a wider range would take counts for years
#: ("am 5. Mai 1000 Besucher"), here it only leaves a number alone.
YEAR_LIKE: Final = range(1800, 2200)


def year_pattern(years: range) -> str:
    r"""A regex for the four-digit years of *years*, a run of whole
    centuries: ``(?:19|20)\d\d`` for :data:`DATE_YEARS`."""
    if years.step != 1 or years.start % 100 or years.stop % 100:
        msg = f"not a run of whole centuries: {years}"
        raise ValueError(msg)
    centuries = "|".join(str(c) for c in range(years.start // 100, years.stop // 100))
    return rf"(?:{centuries})\d\d"


_SP = r"[\s\u00ad]{1,3}"  # one to three spaces of any kind
_SP0 = r"[\s\u00ad]{0,3}"
_YEAR4 = r"(?<!\d)\d{4}(?!\d)"


@functools.cache
def _grammar() -> re.Pattern[str]:
    month = rf"(?:{alternation(_month_words())})(?:\.|(?!\w))"
    parts = alternation(lex.PERIOD_PARTS)
    seasons = alternation(lex.SEASONS)
    ordinals = alternation(lex.QUARTER_ORDINALS)
    weekdays = alternation(_weekday_words())
    forms = [
        # 31.01.2026, 31.1.26, 31.01. (year from the reference)
        r"(?P<n_day>(?<!\d)\d{1,2})\.(?P<n_month>\d{1,2})\."
        r"(?P<n_year>\d{4}(?!\d)|\d{2}(?!\d))?",
        # 2026-01-31
        r"(?P<i_year>(?<!\d)\d{4})-(?P<i_month>\d{2})-(?P<i_day>\d{2})(?!\d)",
        # 2025-09 (ISO 8601 year and month, years of DATE_YEARS)
        rf"(?P<im_year>(?<!\d){year_pattern(DATE_YEARS)})-(?P<im_month>0[1-9]|1[0-2])"
        r"(?![\d\-\u2013/]|[.,:]\d)",
        # 31. Januar 2026, 1. Sept. 2025
        rf"(?P<t_day>(?<!\d)\d{{1,2}})\.{_SP0}(?P<t_month>{month})"
        rf"(?:{_SP}(?P<t_year>{_YEAR4}))?",
        # Q3 2026, 3. Quartal 2026, drittes Quartal 2026
        rf"(?:Q(?P<q_num>[1-4])|(?P<q_digit>[1-4])\.{_SP}Quartal"
        rf"|(?P<q_word>{ordinals})(?:e[nmrs]?)?{_SP}Quartal)"
        rf"(?:{_SP}(?:des{_SP}Jahres{_SP})?|/)(?P<q_year>{_YEAR4})",
        # Frühjahr 2026, Winter 2025/26
        rf"(?P<s_season>{seasons}){_SP}(?P<s_year>{_YEAR4})(?:/\d{{2}}(?:\d{{2}})?)?(?!\d)",
        # Ende September 2025, September 2025, Ende März (year from the reference)
        rf"(?:(?P<m_part>{parts}){_SP})?(?P<m_month>{month})(?:{_SP}(?P<m_year>{_YEAR4}))?",
        # Ende 2026, Anfang des Jahres 2026
        rf"(?P<y_part>{parts}){_SP}(?:des{_SP}Jahres{_SP})?(?P<y_year>{_YEAR4})",
        # im Jahr 2026, 2026
        rf"(?:Jahre?s?{_SP})?(?P<year>{_YEAR4})",
    ]
    prefix = rf"(?:(?:{weekdays}),?{_SP})?(?:(?:{alternation(lex.PREPOSITIONS)}){_SP})?"
    return re.compile(
        rf"(?<!\w)(?P<prefix>{prefix})(?P<date>{'|'.join(forms)})(?!\w)",
        re.IGNORECASE,
    )


def _quarter(match: re.Match[str]) -> int:
    if match["q_num"] or match["q_digit"]:
        return int(match["q_num"] or match["q_digit"])
    return lex.QUARTER_ORDINALS[_fold(match["q_word"])]


_QUARTERS: Final = {1: Part.Q1, 2: Part.Q2, 3: Part.Q3, 4: Part.Q4}


class _Reading:
    """Turns one grammar match into a PartialDate, or says what is wrong where."""

    def __init__(self, match: re.Match[str], reference: _dt.date | None) -> None:
        self.match = match
        self.reference = reference

    def fail(self, reason: str, group: str) -> ParseError:
        return ParseError(reason, self.match.string, self.match.span(group))

    def year(self, group: str) -> int:
        text = self.match[group]
        if text is None:
            if self.reference is None:
                raise self.fail(
                    "the year is missing (pass reference=... to take it from a date)",
                    "date",
                )
            return self.reference.year
        year = int(text)
        if len(text) == 2:
            if self.reference is None:
                return year + (1900 if year >= 69 else 2000)
            near = self.reference.year
            base = near - near % 100 + year
            year = min((base - 100, base, base + 100), key=lambda y: abs(y - near))
        if not 1 <= year <= 9999:
            raise self.fail(
                f"there is no year {year} (years run from 1 to 9999)", group
            )
        return year

    def month(self, group: str) -> int:
        text = self.match[group]
        if text.isdigit():
            number = int(text)
            if not 1 <= number <= 12:
                raise self.fail(f"there is no month {number}", group)
            return number
        return _month_words()[_fold(text).rstrip(".")]

    def build(self, group: str, make: Callable[[], PartialDate]) -> PartialDate:
        try:
            return make()
        except RecordError:
            raise self.fail("not a valid date", group) from None

    def day_date(self, year: int, month: int, day_group: str) -> PartialDate:
        day = int(self.match[day_group])
        try:
            _dt.date(year, month, day)
        except ValueError:
            name = _MONTH_NAMES_EN[month - 1]
            raise self.fail(f"{name} {year} has no day {day}", day_group) from None
        return PartialDate(year, month, day)

    def read(self) -> PartialDate:
        m = self.match
        if m["n_day"] is not None:
            month = self.month("n_month")
            return self.day_date(self.year("n_year"), month, "n_day")
        if m["i_day"] is not None:
            month = self.month("i_month")
            return self.day_date(self.year("i_year"), month, "i_day")
        if m["im_month"] is not None:
            year = self.year("im_year")
            if int(m["im_month"]) == (year + 1) % 100:
                # "2011-12" is a business year or a season: a span of years.
                raise self.fail("a span of years, not a month", "date")
            return PartialDate(year, self.month("im_month"))
        if m["t_day"] is not None:
            month = self.month("t_month")
            return self.day_date(self.year("t_year"), month, "t_day")
        if m["q_year"] is not None:
            return PartialDate(self.year("q_year"), part=_QUARTERS[_quarter(m)])
        if m["s_season"] is not None:
            return PartialDate(
                self.year("s_year"), part=lex.SEASONS[_fold(m["s_season"])]
            )
        if m["m_month"] is not None:
            part = lex.PERIOD_PARTS[_fold(m["m_part"])] if m["m_part"] else None
            return PartialDate(self.year("m_year"), self.month("m_month"), part=part)
        if m["y_year"] is not None:
            return PartialDate(
                self.year("y_year"), part=lex.PERIOD_PARTS[_fold(m["y_part"])]
            )
        return PartialDate(self.year("year"))


def _as_date(reference: _dt.date | PartialDate | None) -> _dt.date | None:
    if reference is None or isinstance(reference, _dt.date):
        return reference
    if isinstance(reference, PartialDate):
        return _dt.date(reference.year, reference.month or 1, reference.day or 1)
    msg = f"reference: expected a datetime.date, PartialDate or None, got {reference!r}"
    raise TypeError(msg)


def parse_date(
    text: str, *, reference: _dt.date | PartialDate | None = None
) -> PartialDate:
    """Read a whole German date expression, at the precision it gives.

    Raises :class:`~dealrecord.errors.ParseError`, with a caret under the
    problem, for text that is not one date, for impossible dates (no
    rolling over: 31.02.2026 is an error) and for a missing year without a
    *reference*.

    >>> parse_date("Sept. 2025"), parse_date("drittes Quartal 2026")
    (PartialDate('2025-09'), PartialDate('2026/Q3'))
    >>> parse_date("13. Monat 2026")
    Traceback (most recent call last):
    ...
    dealrecord.errors.ParseError: not a German date
        13. Monat 2026
        ^^^^^^^^^^^^^^
    """
    if not isinstance(text, str):
        msg = f"expected a str, got {type(text).__name__}"
        raise TypeError(msg)
    ref = _as_date(reference)
    if not text.strip():
        raise ParseError("empty text: expected a German date", text, (0, len(text)))
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    match = _grammar().match(text, start, end)
    if match is None:
        raise ParseError("not a German date", text, (start, end))
    if match.end() != end:
        rest = (
            match.end()
            + len(text[match.end() : end])
            - len(text[match.end() : end].lstrip())
        )
        raise ParseError("unexpected text after the date", text, (rest, end))
    return _Reading(match, ref).read()


def find_dates(
    text: str, *, reference: _dt.date | PartialDate | None = None
) -> list[DateMention]:
    """Every German date expression in *text*, left to right.

    Never raises on a ``str``: expressions that name no year are left out
    unless a *reference* gives one, impossible dates are left out.  The span
    leaves out a leading weekday or preposition ("am", "im").  A bare year
    counts only between 1900 and 2099 (:data:`DATE_YEARS`), and only after
    a preposition ("für 2026") or "Jahr" ("im Jahr 2026"): "2000
    Mitarbeiter" is no date.

    >>> [(m.text, str(m.date)) for m in find_dates("Am 31. Januar 2026 hieß es, "
    ...     "der Börsengang sei für Ende 2026 geplant.")]
    [('31. Januar 2026', '2026-01-31'), ('Ende 2026', '2026/late')]
    """
    ref = _as_date(reference)
    found = []
    for match in _grammar().finditer(text):
        try:
            date = _Reading(match, ref).read()
        except ParseError:
            continue
        if match["year"] is not None and not (
            date.year in DATE_YEARS and (match["prefix"] or match["date"][0].isalpha())
        ):
            # A bare number is a year only after a preposition or "Jahr".
            continue
        start, end = match.span("date")
        found.append(DateMention(start, end, text[start:end], date))
    return found
