"""format_amount: examples and the round trip through parse_amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealrecord.german import format_amount, parse_amount
from dealrecord.strategies import amounts
from dealrecord.values import Amount, Qualifier

D = Decimal
Q = Qualifier
USD_100BN = Amount.exact(D("1E11"), "USD")

EXAMPLES = [
    (USD_100BN, "long", "de_DE", "100 Milliarden US-Dollar"),
    (USD_100BN, "short", "de_DE", "100 Mrd. $"),
    (USD_100BN, "digits", "de_DE", "100.000.000.000 $"),
    (USD_100BN, "short", "de_CH", "$ 100 Mrd."),
    (USD_100BN, "digits", "de_CH", "$ 100’000’000’000"),
    (Amount(None, D("5E10"), "USD", Q.AT_MOST), "short", "de_DE", "bis zu 50 Mrd. $"),
    (Amount.exact(D("1E6"), "EUR"), "long", "de_DE", "1 Million Euro"),
    (Amount.exact(D("4.7E12"), None), "long", "de_DE", "4,7 Billionen"),
    (Amount.exact(D("1"), "CAD"), "long", "de_DE", "1 Kanadischer Dollar"),
    (Amount.exact(D("17E6"), "CAD"), "long", "de_DE", "17 Millionen Kanadische Dollar"),
    (Amount.exact(D("1234567.891"), "EUR"), "long", "de_DE", "1.234.567,891 Euro"),
    (Amount.exact(D("1234567.891"), "EUR"), "short", "de_DE", "1.234.567,891 €"),
    (Amount.exact(D("5000"), "EUR"), "long", "de_DE", "5.000 Euro"),
    (Amount(D("7E9"), D("7E9"), "EUR", Q.APPROX), "long", "de_DE",
     "rund 7 Milliarden Euro"),
    (Amount(D("8E10"), D("9E10"), "USD", Q.RANGE), "long", "de_DE",
     "zwischen 80 und 90 Milliarden US-Dollar"),
    (Amount(D("8E10"), D("9E10"), "USD", Q.RANGE), "short", "de_DE",
     "80 bis 90 Mrd. $"),
    (Amount(D("8E8"), D("1.2E9"), "EUR", Q.RANGE), "long", "de_DE",
     "zwischen 0,8 und 1,2 Milliarden Euro"),
    (Amount(D("1E10"), D("1E11"), None, Q.MAGNITUDE), "long", "de_DE",
     "im zweistelligen Milliardenbereich"),
    (Amount(D("7E7"), D("1E8"), "EUR", Q.MAGNITUDE), "long", "de_DE",
     "im hohen zweistelligen Millionenbereich in Euro"),
    (Amount(D("1E10"), D("1E11"), None, Q.MAGNITUDE), "short", "de_DE",
     "10 bis unter 100 Mrd."),
    (Amount(D("3"), D("17"), None, Q.MAGNITUDE), "long", "de_DE", "3 bis unter 17"),
    (Amount(D("1E12"), None, "USD", Q.MORE_THAN), "long", "de_DE",
     "mehr als 1 Billion US-Dollar"),
    (Amount(None, D("5E6"), "EUR", Q.LESS_THAN), "long", "de_DE",
     "weniger als 5 Millionen Euro"),
    (Amount(D("3E9"), None, "EUR", Q.AT_LEAST), "long", "de_DE",
     "mindestens 3 Milliarden Euro"),
    (Amount.exact(D("100"), "UYW"), "long", "de_DE", "100 UYW"),
    (Amount.exact(D("100"), "SEK"), "short", "de_DE", "100 SEK"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("amount", "style", "locale", "text"), EXAMPLES, ids=[e[3] for e in EXAMPLES]
)
def test_examples(amount: Amount, style: str, locale: str, text: str) -> None:
    assert format_amount(amount, style=style, locale=locale) == text
    parse_locale = "de_CH" if locale == "de_CH" else "de"
    assert parse_amount(text, locale=parse_locale) == amount


@given(amounts(), st.sampled_from(["long", "short", "digits"]))
def test_round_trip(amount: Amount, style: str) -> None:
    assert parse_amount(format_amount(amount, style=style)) == amount


@given(
    amounts(),
    st.sampled_from(["long", "short", "digits"]),
    st.sampled_from(["de", "de_DE", "de_AT", "de_CH"]),
)
def test_round_trip_in_every_locale(amount: Amount, style: str, locale: str) -> None:
    text = format_amount(amount, style=style, locale=locale)
    assert parse_amount(text, locale=locale) == amount


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="unknown style 'tiny'"):
        format_amount(USD_100BN, style="tiny")
    with pytest.raises(ValueError, match="unknown locale"):
        format_amount(USD_100BN, locale="fr")
    with pytest.raises(TypeError, match="expected an Amount"):
        format_amount("100 Dollar")  # type: ignore[arg-type]


#: Decimals of up to 60 significant digits, at any place: past the 28
#: digits of the default decimal context, and past it in both directions.
LONG_DECIMALS = st.builds(
    lambda digits, exponent, negative: Decimal(
        (int(negative), tuple(int(d) for d in digits), exponent)
    ),
    st.text(alphabet="0123456789", min_size=1, max_size=60),
    st.integers(-40, 20),
    st.booleans(),
)


@st.composite
def long_amounts(draw: st.DrawFn) -> Amount:
    """Amounts of every qualifier whose bounds have up to 60 digits."""
    qualifier = draw(st.sampled_from(list(Qualifier)))
    currency = draw(st.sampled_from([None, "EUR", "USD", "CHF", "JPY"]))
    a = draw(LONG_DECIMALS)
    if qualifier in (Q.EXACT, Q.APPROX):
        return Amount(a, a, currency, qualifier)
    if qualifier in (Q.AT_MOST, Q.LESS_THAN):
        return Amount(None, a, currency, qualifier)
    if qualifier in (Q.AT_LEAST, Q.MORE_THAN):
        return Amount(a, None, currency, qualifier)
    b = draw(LONG_DECIMALS.filter(lambda b: b != a))
    return Amount(min(a, b), max(a, b), currency, qualifier)


#: Values past the default 28 digits and how they are written (long style).
LONG_EXAMPLES = [
    ("1.00000000000000000000000000000001", "1,00000000000000000000000000000001"),
    ("123456789012345678901234567890.5", "123.456.789.012.345.678.901.234.567.890,5"),
    (
        "-1234567890123456789012345678901.25",
        "-1.234.567.890.123.456.789.012.345.678.901,25",
    ),
    (
        "123456789012345678901234567890123E9",
        "123.456.789.012.345.678.901.234.567.890,123 Billionen",
    ),
]


@pytest.mark.parametrize(("value", "text"), LONG_EXAMPLES)
def test_digits_past_the_default_precision_are_kept(value: str, text: str) -> None:
    amount = Amount.exact(D(value), "EUR")
    assert format_amount(amount) == f"{text} Euro"
    assert parse_amount(f"{text} Euro") == amount


@given(long_amounts(), st.sampled_from(["long", "short", "digits"]))
def test_round_trip_of_long_decimals(amount: Amount, style: str) -> None:
    assert parse_amount(format_amount(amount, style=style)) == amount


@given(long_amounts(), st.sampled_from(["de_DE", "de_AT", "de_CH"]))
def test_round_trip_of_long_decimals_in_every_locale(
    amount: Amount, locale: str
) -> None:
    text = format_amount(amount, locale=locale, style="digits")
    assert parse_amount(text, locale=locale) == amount
