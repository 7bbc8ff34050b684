"""Hypothesis strategies for every public type of dealrecord.

Import them to property-test code that uses the records::

    from hypothesis import given
    from dealrecord.strategies import deals

    @given(deals())
    def test_my_exporter(deal): ...

This module needs the optional dependency hypothesis
(``pip install "dealrecord[strategies]"``); nothing else in the library
imports it.
"""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from dealrecord.records import (
    Commitment,
    CommitmentKind,
    Deal,
    Figure,
    Party,
    PartyKind,
    Source,
    Status,
    StatusChange,
)
from dealrecord.values import (
    Amount,
    Part,
    PartialDate,
    Qualifier,
    Quantity,
    bounds_of,
    iso_currency_codes,
)

__all__ = [
    "amounts",
    "commitments",
    "currency_codes",
    "deals",
    "decimals",
    "figures",
    "partial_dates",
    "parties",
    "quantities",
    "sources",
    "status_changes",
]

_MONTH_PARTS = [Part.EARLY, Part.MID, Part.LATE]
_names = st.text(
    alphabet=string.ascii_letters + string.digits + " -.&äöüÄÖÜß",
    min_size=1,
    max_size=20,
).filter(str.strip)
_texts = st.text(min_size=1, max_size=60).filter(str.strip)


def decimals(
    *, max_digits: int = 18, places: int = 4, positive: bool = False
) -> st.SearchStrategy[Decimal]:
    """Finite Decimals of at most *max_digits* digits, *places* of them decimal."""
    min_value = 0 if positive else -(10 ** (max_digits - places))
    return st.decimals(
        min_value=min_value,
        max_value=10 ** (max_digits - places),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    ).map(lambda d: d.normalize() if d else Decimal(0))


def currency_codes() -> st.SearchStrategy[str]:
    """ISO 4217 codes known to CLDR."""
    return st.sampled_from(sorted(iso_currency_codes()))


@st.composite
def amounts(
    draw: st.DrawFn, *, qualifiers: tuple[Qualifier, ...] = tuple(Qualifier)
) -> Amount:
    """Valid :class:`Amount` values of every qualifier (or of those given)."""
    qualifier = draw(st.sampled_from(qualifiers))
    currency = draw(st.none() | currency_codes())
    a = draw(decimals())
    if bounds_of(qualifier).figures == 1:
        return Amount.of(a, qualifier, currency)
    b = draw(decimals().filter(lambda b: b != a))
    return Amount(min(a, b), max(a, b), currency, qualifier)


def quantities() -> st.SearchStrategy[Quantity]:
    """Quantities such as 10 GW."""
    units = st.sampled_from(["GW", "MW", "GPU", "TWh", "Aktien"])
    return st.builds(Quantity, decimals(positive=True), units)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Dates of every precision, with and without a part."""
    year = draw(st.integers(1900, 2100))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "day":
        day = draw(st.dates(date(year, 1, 1), date(year, 12, 31)))
        return PartialDate.from_date(day)
    if precision == "month":
        month = draw(st.integers(1, 12))
        return PartialDate(
            year, month, part=draw(st.none() | st.sampled_from(_MONTH_PARTS))
        )
    return PartialDate(year, part=draw(st.none() | st.sampled_from(list(Part))))


def sources() -> st.SearchStrategy[Source]:
    """Sources with or without publisher, address, date and quote."""
    return st.builds(
        Source,
        publisher=st.none() | _names,
        url=st.none() | st.just("https://example.com/article"),
        published=st.none() | partial_dates(),
        quote=st.none() | _texts,
    )


def parties() -> st.SearchStrategy[Party]:
    """Parties of every kind, with aliases, country, ticker and LEI."""
    return st.builds(
        Party,
        name=_names,
        kind=st.sampled_from(PartyKind),
        aliases=st.lists(_names, max_size=2, unique=True).map(tuple),
        country=st.none() | st.sampled_from(["DE", "US", "JP", "CH", "AT"]),
        ticker=st.none() | st.sampled_from(["NVDA", "AMZN", "9984"]),
        lei=st.none() | st.just("549300S4KLFTLO7GSQ80"),
    )


def status_changes() -> st.SearchStrategy[StatusChange]:
    """Status changes of every status."""
    return st.builds(
        StatusChange,
        on=partial_dates(),
        status=st.sampled_from(Status),
        source=st.none() | sources(),
        note=st.none() | _texts,
    )


@st.composite
def commitments(
    draw: st.DrawFn, names: tuple[str, ...] = ("A", "B", "C")
) -> Commitment:
    """Commitments between the parties called *names* (at least two)."""
    by = draw(st.sampled_from(names))
    others = [n for n in names if n != by]
    to = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
    return Commitment(
        by=by,
        to=tuple(to),
        kind=draw(st.sampled_from(CommitmentKind)),
        amount=draw(st.none() | amounts()),
        capacity=draw(st.none() | quantities()),
        binding=draw(st.none() | st.booleans()),
        source=draw(st.none() | sources()),
        note=draw(st.none() | _texts),
    )


@st.composite
def figures(draw: st.DrawFn, names: tuple[str, ...] = ("A", "B", "C")) -> Figure:
    """Figures about the parties called *names*."""
    return Figure(
        party=draw(st.sampled_from(names)),
        measure=draw(_texts),
        amount=draw(amounts()),
        period=draw(st.none() | partial_dates()),
        forecast=draw(st.booleans()),
        source=draw(st.none() | sources()),
        note=draw(st.none() | _texts),
    )


@st.composite
def deals(draw: st.DrawFn, *, max_parties: int = 5, max_changes: int = 6) -> Deal:
    """Valid deals: unique party names, commitments among them, a history."""
    names = draw(st.lists(_names, min_size=2, max_size=max_parties, unique=True))
    party_list = [
        Party(
            name,
            draw(st.sampled_from(PartyKind)),
            country=draw(st.none() | st.just("US")),
        )
        for name in names
    ]
    return Deal(
        id=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)),
        title=draw(_texts),
        parties=tuple(party_list),
        commitments=tuple(draw(st.lists(commitments(tuple(names)), max_size=3))),
        history=tuple(draw(st.lists(status_changes(), max_size=max_changes))),
        figures=tuple(draw(st.lists(figures(tuple(names)), max_size=2))),
    )
