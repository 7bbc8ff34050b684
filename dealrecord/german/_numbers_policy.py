"""What :func:`~dealrecord.german.find.find_numbers` keeps: every number.

Articles ("eine Firma"), times and dates with a day, a month or a quarter
hold no number; a year and the next after a slash or a dash ("2025/26")
are one span of years.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from dealrecord.german import _lexicon as lex
from dealrecord.german._mention import Mention
from dealrecord.german._policy import DASH, DASHES, DIGITS, YEARS_NOTE, Policy
from dealrecord.german._starts import LOOK_BACK_CHARS, SEPARATORS, number_trigger
from dealrecord.german.dates import DATE_YEARS, find_dates, year_pattern
from dealrecord.german.money import Phrase, phrase_at
from dealrecord.german.numbers import Number, number_at
from dealrecord.values import Amount, Part, Qualifier

#: The same before a year of :data:`~dealrecord.german.dates.DATE_YEARS`.
_DASH_BEFORE_YEAR: Final = re.compile(rf"{DASH}(?={year_pattern(DATE_YEARS)}(?!\d))")
#: A year after a slash or a dash: "/26", "-26" or "/2026" after "2025".
_NEXT_YEAR: Final = re.compile(
    rf"(?:/|{DASHES})(?P<year>\d{{4}}|\d{{2}})(?!\d|[{SEPARATORS}]\d)"
)
_QUARTERS: Final = frozenset({Part.Q1, Part.Q2, Part.Q3, Part.Q4})
#: Any leap year: it lets find_dates read the dates that name no year.
_SOME_YEAR: Final = datetime.date(2000, 1, 1)
#: A first day before a date: "1. bis 3. März 2026", "1. und 2. März".
_DAY_BEFORE: Final = re.compile(
    r"\d{1,2}\.\s{0,3}(?:"
    + "|".join(r"\s{1,3}".join(map(re.escape, j.split())) for j in lex.DAY_JOINERS)
    + rf"|[{re.escape(lex.RANGE_DASHES)}/])\s{{0,3}}\Z"
)


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


def _date_spans(text: str, locale: str) -> list[tuple[int, int]]:
    """Spans of the dates in *text* that name a day, a month or a quarter.

    Their numbers are no numbers ("31. Januar 2026", "am 3. März", "2.
    Quartal 2025", "1. bis 3. März"); a year alone is one ("im Jahr 2026",
    "Ende 2026").
    """
    if DIGITS.search(text) is None:
        return []  # no number to leave out
    spans = []
    for m in find_dates(text, reference=_SOME_YEAR):
        date = m.date
        if date.month is None and date.part not in _QUARTERS:
            continue
        start, end = m.start, m.end
        if date.year is not None and date.year not in DATE_YEARS:
            # Not a year of this era but a count ("am 5. Mai 1000 Besucher"):
            # only the day, month or quarter before it is left out.  A date
            # that does not end with it ("1000-12-31") is left out whole.
            digits = DIGITS.finditer(text, start, end)
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


class NumbersPolicy(Policy):
    """:func:`~dealrecord.german.find.find_numbers`: every number, with or
    without a currency, but articles, dates and times; a year and the next
    ("2025/26") are one span of years."""

    def hits(self) -> Iterable[int]:
        text = self.text
        hits = (m.start() for m in number_trigger().finditer(text))
        self.dates = _date_spans(text, self.locale)
        return hits

    def may_go_on(self, pos: int) -> bool:
        return True  # any word may follow a number

    def number_before_digits(self, number: Number, pos: int) -> Phrase | None:
        value = number.value
        return Phrase(value, value, None, Qualifier.EXACT, pos, number.end)

    def _keep(self, phrase: Phrase) -> None:
        skip_to = self.article_or_date_end(phrase)
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
        if self.mentions and phrase.start - self.mentions[-1].end < LOOK_BACK_CHARS:
            amount, note = self._bound_from_bracket(phrase, amount)
        self._add(phrase, amount, note)
        self.floor = phrase.end

    def _counts(self, read: Phrase) -> bool:
        return True

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
        if not (first.isdecimal() and int(first) in DATE_YEARS):
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
        return Mention(phrase.start, end, source, amount, False, YEARS_NOTE)
