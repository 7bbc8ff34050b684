"""Value types: exact amounts of money, quantities and dates of known precision.

These are the small immutable values that records are made of.  They know
nothing about German or about JSON; the parsers in :mod:`dealrecord.german`
produce them and :mod:`dealrecord.serialization` writes them.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import re
from decimal import Context, Decimal
from typing import Any, Final, NamedTuple

import attrs
from babel.numbers import list_currencies

from dealrecord.errors import RecordError

__all__ = ["Amount", "Part", "PartialDate", "Qualifier", "Quantity"]


class Qualifier(enum.Enum):
    """How an :class:`Amount`'s bounds relate to the figure the text gave.

    ========== ========================================= ======== ==========
    qualifier  example                                    low      high
    ========== ========================================= ======== ==========
    EXACT      100 Milliarden Dollar                      x        x
    APPROX     rund 7 Mrd. Euro                           x        x
    AT_MOST    bis zu 50 Mrd. Dollar                      None     x
    LESS_THAN  weniger als 5 Mio. Euro                    None     x (excl.)
    AT_LEAST   mindestens 3 Mrd. Euro                     x        None
    MORE_THAN  über eine Billion Dollar                   x (excl.) None
    RANGE      zwischen 80 und 90 Mrd. Dollar             x        y
    MAGNITUDE  im zweistelligen Milliardenbereich         x        y (excl.)
    ========== ========================================= ======== ==========
    """

    EXACT = "exact"
    APPROX = "approx"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    RANGE = "range"
    MAGNITUDE = "magnitude"


class Bounds(NamedTuple):
    """The bounds an :class:`Amount` of a qualifier has (see :func:`bounds_of`)."""

    #: Whether ``low`` is set.
    low: bool
    #: Whether ``high`` is set.
    high: bool
    #: How many figures the text gives: one (a point or one bound) or two.
    figures: int


#: EXACT, APPROX: one figure, low == high.
POINT: Final = Bounds(low=True, high=True, figures=1)
#: AT_MOST, LESS_THAN: one figure, the upper bound.
UPPER: Final = Bounds(low=False, high=True, figures=1)
#: AT_LEAST, MORE_THAN: one figure, the lower bound.
LOWER: Final = Bounds(low=True, high=False, figures=1)
#: RANGE, MAGNITUDE: two figures, low < high.
INTERVAL: Final = Bounds(low=True, high=True, figures=2)


def bounds_of(qualifier: Qualifier) -> Bounds:
    """The bounds an amount of *qualifier* has: the one rule for them.

    >>> bounds_of(Qualifier.AT_MOST)
    Bounds(low=False, high=True, figures=1)
    """
    # Identity tests: an enum member hashes in Python code, slowly.
    q = qualifier
    if q is Qualifier.EXACT or q is Qualifier.APPROX:
        return POINT
    if q is Qualifier.AT_MOST or q is Qualifier.LESS_THAN:
        return UPPER
    if q is Qualifier.AT_LEAST or q is Qualifier.MORE_THAN:
        return LOWER
    return INTERVAL


#: :func:`bounds_of` for each qualifier's value: a str key hashes in C, an
#: enum member in Python code.
_BOUNDS_BY_VALUE: Final = {q._value_: bounds_of(q) for q in Qualifier}


@functools.cache
def iso_currency_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, current and historic (ATS, DEM, FRF …)."""
    return frozenset(list_currencies())


def check_currency(code: object, where: str) -> None:
    """Raise :class:`RecordError` unless *code* is None or a known ISO 4217 code."""
    if code is None:
        return
    if not isinstance(code, str):
        msg = f"expected an ISO 4217 code or None, got {code!r}"
        raise RecordError(msg, path=where)
    if code not in iso_currency_codes():
        msg = f"unknown ISO 4217 currency code {code!r}"
        raise RecordError(msg, path=where)


def _check_decimal(value: object, where: str, *, optional: bool) -> None:
    if value is None and optional:
        return
    if not isinstance(value, Decimal):
        kind = "a Decimal or None" if optional else "a Decimal"
        msg = f"expected {kind}, got {value!r} ({type(value).__name__})"
        raise RecordError(msg, path=where)
    if not value.is_finite():
        msg = f"expected a finite Decimal, got {value!r}"
        raise RecordError(msg, path=where)


@attrs.frozen(repr=False)
class Amount:
    """A sum of money, or a plain number, with the bounds the text allows.

    Follows schema.org's ``MonetaryAmount`` (value / minValue / maxValue /
    currency) with an explicit :class:`Qualifier`.  ``low`` and ``high`` are
    exact :class:`~decimal.Decimal` values; ``currency`` is an ISO 4217 code,
    or None for a number whose currency the text does not give.

    >>> Amount.exact(Decimal("1E+11"), "USD")
    Amount(low=Decimal('100000000000'), high=Decimal('100000000000'), currency='USD', qualifier=EXACT)
    >>> Amount(low=None, high=Decimal("5E+10"), currency="USD",
    ...        qualifier=Qualifier.AT_MOST).high_exclusive
    False
    """  # noqa: E501

    low: Decimal | None
    high: Decimal | None
    currency: str | None = None
    qualifier: Qualifier = Qualifier.EXACT

    def __attrs_post_init__(self) -> None:
        q = self.qualifier
        if not isinstance(q, Qualifier):
            msg = f"expected a Qualifier, got {q!r}"
            raise RecordError(msg, path="qualifier")
        low, high, currency = self.low, self.high, self.currency
        # Plain finite Decimals and known codes pass without a call; anything
        # else goes to the full checks, which say what is wrong.
        if low is not None and not (type(low) is Decimal and low.is_finite()):
            _check_decimal(low, "low", optional=True)
        if high is not None and not (type(high) is Decimal and high.is_finite()):
            _check_decimal(high, "high", optional=True)
        if currency is not None and (
            type(currency) is not str or currency not in iso_currency_codes()
        ):
            check_currency(currency, "currency")
        bounds = _BOUNDS_BY_VALUE[q._value_]  # bounds_of(q), without a call
        if bounds is POINT:
            if low is None or high is None or low != high:
                msg = f"{q.name} amount needs low == high, got low={low}, high={high}"
                raise RecordError(msg)
        elif bounds is UPPER:
            if low is not None or high is None:
                msg = f"{q.name} amount needs only high, got low={low}, high={high}"
                raise RecordError(msg)
        elif bounds is LOWER:
            if low is None or high is not None:
                msg = f"{q.name} amount needs only low, got low={low}, high={high}"
                raise RecordError(msg)
        elif low is None or high is None or not low < high:
            msg = f"{q.name} amount needs low < high, got low={low}, high={high}"
            raise RecordError(msg)
        # Canonical Decimals: equal amounts look alike (1E+11 and 100000000000).
        canonical_low = canonical(low)
        # A point amount often holds one Decimal twice: make it canonical once.
        canonical_high = canonical_low if high is low else canonical(high)
        object.__setattr__(self, "low", canonical_low)
        object.__setattr__(self, "high", canonical_high)

    @classmethod
    def exact(cls, value: Decimal, currency: str | None = None) -> Amount:
        """An EXACT amount: the text gives one figure and nothing around it."""
        return cls(value, value, currency, Qualifier.EXACT)

    @classmethod
    def of(
        cls, value: Decimal, qualifier: Qualifier, currency: str | None = None
    ) -> Amount:
        """The amount of one figure and a qualifier that takes one.

        EXACT and APPROX give low == high == *value*; AT_MOST and LESS_THAN
        only high, AT_LEAST and MORE_THAN only low (:func:`bounds_of`).
        RANGE and MAGNITUDE need two figures: a :class:`RecordError`.

        >>> Amount.of(Decimal("5E+10"), Qualifier.AT_MOST, "USD")
        Amount(low=None, high=Decimal('50000000000'), currency='USD', qualifier=AT_MOST)
        """
        if not isinstance(qualifier, Qualifier):
            return cls(value, value, currency, qualifier)  # says what is wrong
        bounds = bounds_of(qualifier)
        if bounds.figures != 1:
            msg = (
                f"{qualifier.name} amount needs two figures (low and high), "
                "not one: build it with Amount(low, high, currency, qualifier)"
            )
            raise RecordError(msg, path="qualifier")
        low = value if bounds.low else None
        high = value if bounds.high else None
        return cls(low, high, currency, qualifier)

    @property
    def value(self) -> Decimal | None:
        """The figure of a point amount (EXACT or APPROX); None for bounds."""
        return self.low if bounds_of(self.qualifier) is POINT else None

    @property
    def low_exclusive(self) -> bool:
        """True when ``low`` itself is not included (MORE_THAN)."""
        return self.qualifier is Qualifier.MORE_THAN

    @property
    def high_exclusive(self) -> bool:
        """True when ``high`` itself is not included (LESS_THAN, MAGNITUDE)."""
        return self.qualifier in (Qualifier.LESS_THAN, Qualifier.MAGNITUDE)

    def __repr__(self) -> str:
        return (
            f"Amount(low={self.low!r}, high={self.high!r}, "
            f"currency={self.currency!r}, qualifier={self.qualifier.name})"
        )


_CANONICAL_CONTEXT: Final = Context(prec=200)


def canonical(value: Decimal | None) -> Decimal | None:
    """*value* spelt one way: integers in full, fractions without trailing zeros.

    >>> canonical(Decimal("1E+11")), canonical(Decimal("4.70"))
    (Decimal('100000000000'), Decimal('4.7'))
    >>> canonical(Decimal("-0.00")), canonical(Decimal("120.0"))
    (Decimal('0'), Decimal('120'))
    """
    if value is None:
        return None
    integral = int(value)
    if integral == value:
        return Decimal(integral)  # exact, whatever its size; -0 becomes 0
    return value.normalize(_CANONICAL_CONTEXT)


@attrs.frozen
class Quantity:
    """A non-monetary quantity with a unit, such as ``10 GW`` of compute.

    >>> Quantity(Decimal("10"), "GW")
    Quantity(value=Decimal('10'), unit='GW')
    """

    value: Decimal
    unit: str

    def __attrs_post_init__(self) -> None:
        _check_decimal(self.value, "value", optional=False)
        if not isinstance(self.unit, str) or not self.unit.strip():
            msg = f"expected a non-empty string, got {self.unit!r}"
            raise RecordError(msg, path="unit")
        object.__setattr__(self, "value", canonical(self.value))


class Part(enum.Enum):
    """A part of a year or a month, as news text names it.

    EARLY, MID and LATE ("Anfang", "Mitte", "Ende") qualify a year or a
    month; quarters and seasons qualify a year only.  Seasons are the
    meteorological seasons of the northern hemisphere (spring: March to May);
    winter belongs to the year in which it begins.
    """

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    Q1 = "Q1"
    Q2 = "Q2"
    Q3 = "Q3"
    Q4 = "Q4"
    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"


_MONTH_PARTS: Final = frozenset({Part.EARLY, Part.MID, Part.LATE})
# Where each part starts, as (month, day): parts of a year, then of a month.
_YEAR_PART_START: Final = {
    Part.EARLY: (1, 1),
    Part.MID: (5, 1),
    Part.LATE: (9, 1),
    Part.Q1: (1, 1),
    Part.Q2: (4, 1),
    Part.Q3: (7, 1),
    Part.Q4: (10, 1),
    Part.SPRING: (3, 1),
    Part.SUMMER: (6, 1),
    Part.AUTUMN: (9, 1),
    Part.WINTER: (12, 1),
}
_MONTH_PART_START: Final = {Part.EARLY: 1, Part.MID: 11, Part.LATE: 21}
_PART_RANK: Final = {part: rank for rank, part in enumerate(Part, start=1)}
_PART_BY_TEXT: Final = {part.value.lower(): part for part in Part}
#: ASCII digits only: int() would read "２０２５" too, which no ISO date is.
_ISO_RE: Final = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?"
    r"(?:/(?P<part>[A-Za-z0-9]{2,6}))?"
)


@functools.total_ordering
@attrs.frozen(eq=True, order=False, repr=False)
class PartialDate:
    """A date known to the year, the month or the day, and perhaps a part of it.

    Its text is ISO 8601 at reduced precision, with a part after a slash:

    >>> PartialDate(2026, 1, 31).isoformat(), PartialDate(2025, 9).isoformat()
    ('2026-01-31', '2025-09')
    >>> PartialDate(2026, part=Part.LATE).isoformat()
    '2026/late'
    >>> PartialDate.parse_iso("2025-09") < PartialDate.parse_iso("2026")
    True
    """

    year: int
    month: int | None = None
    day: int | None = None
    part: Part | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("year", "month", "day"):
            value = getattr(self, name)
            optional = name != "year"
            if (value is None and optional) or (
                isinstance(value, int) and not isinstance(value, bool)
            ):
                continue
            msg = f"expected an int{' or None' if optional else ''}, got {value!r}"
            raise RecordError(msg, path=name)
        if not 1 <= self.year <= 9999:
            msg = f"expected 1 to 9999, got {self.year}"
            raise RecordError(msg, path="year")
        if self.month is None:
            if self.day is not None:
                msg = f"a day ({self.day}) needs a month"
                raise RecordError(msg, path="day")
        elif not 1 <= self.month <= 12:
            msg = f"expected 1 to 12, got {self.month}"
            raise RecordError(msg, path="month")
        if self.day is not None:
            try:
                _dt.date(self.year, self.month or 1, self.day)
            except ValueError:
                msg = f"{self.year:04d}-{self.month:02d} has no day {self.day}"
                raise RecordError(msg, path="day") from None
        if self.part is not None:
            if not isinstance(self.part, Part):
                msg = f"expected a Part or None, got {self.part!r}"
                raise RecordError(msg, path="part")
            if self.day is not None:
                msg = f"a full date has no part, got {self.part.value!r}"
                raise RecordError(msg, path="part")
            if self.month is not None and self.part not in _MONTH_PARTS:
                msg = f"{self.part.value!r} is a part of a year, not of a month"
                raise RecordError(msg, path="part")

    @classmethod
    def from_date(cls, date: _dt.date) -> PartialDate:
        """The PartialDate of a whole :class:`datetime.date`."""
        return cls(date.year, date.month, date.day)

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        """Read the text :meth:`isoformat` writes.

        >>> PartialDate.parse_iso("2026-01-31")
        PartialDate('2026-01-31')
        >>> PartialDate.parse_iso("31.01.2026")
        Traceback (most recent call last):
        ...
        dealrecord.errors.RecordError: expected ISO date (YYYY, YYYY-MM, YYYY-MM-DD, optionally /part), got '31.01.2026'
        """  # noqa: E501
        match = _ISO_RE.fullmatch(text) if isinstance(text, str) else None
        part = None
        if match is not None and match["part"] is not None:
            part = _PART_BY_TEXT.get(match["part"].lower())
            if part is None or part.value != match["part"]:
                match = None
        if match is None:
            msg = (
                "expected ISO date (YYYY, YYYY-MM, YYYY-MM-DD, optionally /part), "
                f"got {text!r}"
            )
            raise RecordError(msg)
        month, day = match["month"], match["day"]
        return cls(
            int(match["year"]),
            int(month) if month else None,
            int(day) if day else None,
            part,
        )

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``."""
        if self.day is not None:
            return "day"
        return "year" if self.month is None else "month"

    def isoformat(self) -> str:
        """ISO 8601 at the precision known, then ``/part`` if there is one."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.part is not None:
            text += f"/{self.part.value}"
        return text

    __str__ = isoformat

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    def _key(self) -> tuple[int, int, int, int, int]:
        # Chronological: by the day the period starts, the longer period first
        # (year, part of a year, month, part of a month, day).
        if self.day is not None:
            return (self.year, self.month or 1, self.day, 4, 0)
        if self.month is not None:
            if self.part is None:
                return (self.year, self.month, 1, 2, 0)
            start = _MONTH_PART_START[self.part]
            return (self.year, self.month, start, 3, _PART_RANK[self.part])
        if self.part is None:
            return (self.year, 1, 1, 0, 0)
        month, day = _YEAR_PART_START[self.part]
        return (self.year, month, day, 1, _PART_RANK[self.part])

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()
