"""Amount, Quantity and PartialDate: invariants, ordering, ISO text."""

from __future__ import annotations

import copy
import pickle
import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealrecord import (
    Amount,
    ParseError,
    Part,
    PartialDate,
    Qualifier,
    Quantity,
    RecordError,
)
from dealrecord.strategies import amounts, partial_dates
from dealrecord.values import bounds_of

D = Decimal


class TestAmount:
    def test_exact_amount_has_a_value(self) -> None:
        amount = Amount.exact(D("1E+11"), "USD")
        assert amount.value == D("100000000000")
        assert (amount.low, amount.high) == (amount.value, amount.value)
        assert str(amount.low) == "100000000000"  # canonical, no exponent

    @pytest.mark.parametrize(
        ("qualifier", "low", "high", "low_exclusive", "high_exclusive"),
        [
            (Qualifier.AT_MOST, None, D(5), False, False),
            (Qualifier.LESS_THAN, None, D(5), False, True),
            (Qualifier.AT_LEAST, D(5), None, False, False),
            (Qualifier.MORE_THAN, D(5), None, True, False),
            (Qualifier.RANGE, D(1), D(5), False, False),
            (Qualifier.MAGNITUDE, D(10), D(100), False, True),
        ],
    )
    def test_bounds_and_exclusivity(
        self,
        qualifier: Qualifier,
        low: Decimal | None,
        high: Decimal | None,
        low_exclusive: bool,
        high_exclusive: bool,
    ) -> None:
        amount = Amount(low, high, "EUR", qualifier)
        assert amount.value is None
        assert amount.low_exclusive is low_exclusive
        assert amount.high_exclusive is high_exclusive

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"low": D(1), "high": D(2)},
                "EXACT amount needs low == high, got low=1, high=2",
            ),
            (
                {"low": D(1), "high": D(2), "qualifier": Qualifier.AT_MOST},
                "AT_MOST amount needs only high, got low=1, high=2",
            ),
            (
                {"low": None, "high": D(2), "qualifier": Qualifier.MORE_THAN},
                "MORE_THAN amount needs only low, got low=None, high=2",
            ),
            (
                {"low": D(3), "high": D(2), "qualifier": Qualifier.RANGE},
                "RANGE amount needs low < high, got low=3, high=2",
            ),
            (
                {"low": 1.5, "high": 1.5},
                "low: expected a Decimal or None, got 1.5 (float)",
            ),
            ({"low": 2, "high": 2}, "low: expected a Decimal or None, got 2 (int)"),
            (
                {"low": D("NaN"), "high": D("NaN")},
                "low: expected a finite Decimal, got Decimal('NaN')",
            ),
            (
                {"low": D(1), "high": D(1), "currency": "usd"},
                "currency: unknown ISO 4217 currency code 'usd'",
            ),
            (
                {"low": D(1), "high": D(1), "currency": "XYZ"},
                "currency: unknown ISO 4217 currency code 'XYZ'",
            ),
            (
                {"low": D(1), "high": D(1), "qualifier": "exact"},
                "qualifier: expected a Qualifier, got 'exact'",
            ),
        ],
    )
    def test_invalid_amounts_are_refused(
        self, kwargs: dict[str, object], message: str
    ) -> None:
        with pytest.raises(RecordError) as info:
            Amount(**kwargs)  # type: ignore[arg-type]
        assert str(info.value) == message

    def test_historic_currencies_are_known(self) -> None:
        for code in ("ATS", "DEM", "FRF"):
            assert Amount.exact(D(1), code).currency == code

    @pytest.mark.parametrize(
        ("qualifier", "low", "high"),
        [
            (Qualifier.EXACT, D(5), D(5)),
            (Qualifier.APPROX, D(5), D(5)),
            (Qualifier.AT_MOST, None, D(5)),
            (Qualifier.LESS_THAN, None, D(5)),
            (Qualifier.AT_LEAST, D(5), None),
            (Qualifier.MORE_THAN, D(5), None),
        ],
    )
    def test_of_sets_the_bounds_the_qualifier_allows(
        self, qualifier: Qualifier, low: Decimal | None, high: Decimal | None
    ) -> None:
        amount = Amount.of(D("5.0"), qualifier, "EUR")
        assert amount == Amount(low, high, "EUR", qualifier)
        bounds = bounds_of(qualifier)
        assert (bounds.low, bounds.high, bounds.figures) == (
            low is not None,
            high is not None,
            1,
        )

    @pytest.mark.parametrize("qualifier", [Qualifier.RANGE, Qualifier.MAGNITUDE])
    def test_of_refuses_a_qualifier_of_two_figures(self, qualifier: Qualifier) -> None:
        with pytest.raises(RecordError, match=f"{qualifier.name} amount needs two"):
            Amount.of(D(5), qualifier)
        assert bounds_of(qualifier).figures == 2

    @given(amounts())
    def test_amounts_are_hashable_and_pickle(self, amount: Amount) -> None:
        assert pickle.loads(pickle.dumps(amount)) == amount
        assert hash(amount) == hash(
            Amount(amount.low, amount.high, amount.currency, amount.qualifier)
        )


def test_quantity_is_canonical_and_checked() -> None:
    assert Quantity(D("10.0"), "GW") == Quantity(D(10), "GW")
    with pytest.raises(RecordError, match="unit: expected a non-empty string"):
        Quantity(D(10), " ")


class TestPartialDate:
    @pytest.mark.parametrize(
        ("date", "text"),
        [
            (PartialDate(2026), "2026"),
            (PartialDate(2025, 9), "2025-09"),
            (PartialDate(2026, 1, 31), "2026-01-31"),
            (PartialDate(2026, part=Part.LATE), "2026/late"),
            (PartialDate(2025, 9, part=Part.EARLY), "2025-09/early"),
            (PartialDate(2026, part=Part.Q3), "2026/Q3"),
            (PartialDate(2026, part=Part.SPRING), "2026/spring"),
        ],
    )
    def test_iso_text(self, date: PartialDate, text: str) -> None:
        assert date.isoformat() == str(date) == text
        assert PartialDate.parse_iso(text) == date

    @pytest.mark.parametrize(
        "text",
        [
            "31.01.2026",
            "2026-1",
            "2026-13",
            "2026-02-30",
            "2026/LATE",
            "",
            " 2026",
            # Digits of other scripts: int() reads them, ISO 8601 does not.
            "\uff12\uff10\uff12\uff15",
            "2025-\uff10\uff11",
            "\u0662\u0660\u0662\u0665",
        ],
    )
    def test_bad_iso_text(self, text: str) -> None:
        with pytest.raises(RecordError):
            PartialDate.parse_iso(text)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"year": 2026, "month": 13}, "month: expected 1 to 12, got 13"),
            ({"year": 2026, "month": 2, "day": 29}, "day: 2026-02 has no day 29"),
            ({"year": 2026, "day": 3}, "day: a day (3) needs a month"),
            ({"year": 0}, "year: expected 1 to 9999, got 0"),
            ({"year": "2026"}, "year: expected an int, got '2026'"),
            ({"year": True}, "year: expected an int, got True"),
            (
                {"year": 2026, "month": 1, "part": Part.Q1},
                "part: 'Q1' is a part of a year, not of a month",
            ),
            (
                {"year": 2026, "month": 1, "day": 2, "part": Part.LATE},
                "part: a full date has no part, got 'late'",
            ),
        ],
    )
    def test_invalid_dates_are_refused(
        self, kwargs: dict[str, object], message: str
    ) -> None:
        with pytest.raises(RecordError) as info:
            PartialDate(**kwargs)  # type: ignore[arg-type]
        assert str(info.value) == message

    def test_order_is_chronological(self) -> None:
        ordered = [
            PartialDate(2025, 9),
            PartialDate(2025, 9, 15),
            PartialDate(2026),
            PartialDate(2026, part=Part.EARLY),
            PartialDate(2026, 1),
            PartialDate(2026, 1, 31),
            PartialDate(2026, part=Part.MID),
            # Late 2026 starts on 1 September and is the longer period.
            PartialDate(2026, part=Part.LATE),
            PartialDate(2026, 9),
            PartialDate(2026, 12, 31),
        ]
        shuffled = random.Random(7).sample(ordered, len(ordered))
        assert sorted(shuffled) == ordered

    @given(partial_dates(), partial_dates())
    def test_order_is_total_and_matches_iso_text(
        self, a: PartialDate, b: PartialDate
    ) -> None:
        assert (a < b) + (a == b) + (a > b) == 1
        if a.precision == b.precision and a.part is None and b.part is None:
            assert (a < b) == (a.isoformat() < b.isoformat())

    @given(partial_dates())
    def test_iso_round_trip(self, date: PartialDate) -> None:
        assert PartialDate.parse_iso(date.isoformat()) == date


def test_parse_error_draws_a_caret_under_the_span() -> None:
    error = ParseError("unknown currency 'Taler'", "100 Taler", (4, 9))
    assert str(error) == "unknown currency 'Taler'\n    100 Taler\n        ^^^^^"
    assert isinstance(error, ValueError)
    again = pickle.loads(pickle.dumps(error))
    assert (again.text, again.span, again.reason) == (
        error.text,
        error.span,
        error.reason,
    )


def test_parse_error_keeps_its_currency_choices() -> None:
    error = ParseError("ambiguous", "5 Kronen", (2, 8), currency_choices=("DKK", "SEK"))
    assert error.currency_choices == ("DKK", "SEK")
    assert ParseError("x", "5", (0, 1)).currency_choices == ()
    again = pickle.loads(pickle.dumps(error))
    assert (again.reason, again.span, again.currency_choices) == (
        "ambiguous",
        (2, 8),
        ("DKK", "SEK"),
    )
    assert copy.copy(error).currency_choices == ("DKK", "SEK")


def test_parse_error_on_a_later_line_shows_that_line() -> None:
    error = ParseError("bad", "erste Zeile\nzweite Zeile", (19, 24))
    assert str(error) == "bad\n    zweite Zeile\n           ^^^^^"


@given(st.text(max_size=20), st.data())
def test_parse_error_renders_any_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    rendered = str(ParseError("reason", text, (start, end)))
    assert rendered.startswith("reason\n    ")
    assert rendered.rstrip().endswith("^")


def test_record_error_lists_every_problem() -> None:
    error = RecordError.collect([("$.a", "one"), ("", "two")])
    assert error.problems == ("$.a: one", "two")
    assert str(error) == "2 problems:\n  - $.a: one\n  - two"
    assert pickle.loads(pickle.dumps(error)).errors == error.errors
