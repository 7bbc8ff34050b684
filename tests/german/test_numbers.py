"""parse_number: tables, errors, properties and linear time."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from dealrecord.errors import ParseError
from dealrecord.german import parse_amount, parse_number
from tests._growth import growth
from tests.german.speller import spell

D = Decimal

# Issue "German numbers and money phrases" and DESIGN.md ("German number
# semantics").
NUMBERS = [
    ("1.234.567,89", "1234567.89"),
    ("1 234 567,89", "1234567.89"),
    ("1\u00a0234\u00a0567,89", "1234567.89"),
    ("1\u2009234\u2009567,89", "1234567.89"),
    ("1\u202f234\u202f567,89", "1234567.89"),
    ("1’234.5", "1234.5"),
    ("1'234.5", "1234.5"),
    ("-4,7", "-4.7"),
    ("\u22124,7", "-4.7"),
    ("0,75", "0.75"),
    ("4,7 Billionen", "4.7E12"),
    ("12,5 Mio.", "1.25E7"),
    ("2 Mrd", "2E9"),
    ("2 Md.", "2E9"),
    ("2 Mia.", "2E9"),
    ("5 Tsd.", "5000"),
    ("3 Bio.", "3E12"),
    ("100T", "1E5"),
    ("1 Billiarde", "1E15"),
    ("2 Trillionen", "2E18"),
    ("zweihundertfünfundzwanzig", "225"),
    (
        "einunddreißig Millionen "
        "zweihundertsechsundfünfzigtausendsiebenhunderteinundzwanzig",
        "31256721",
    ),
    ("eine halbe Milliarde", "5E8"),
    ("dreieinhalb", "3.5"),
    ("anderthalb", "1.5"),
    ("eineinhalb", "1.5"),
    ("zweieinhalb Millionen", "2.5E6"),
    ("Billiarden", None),
    ("ein", "1"),
    ("einer", "1"),
    ("einem", "1"),
    ("Einen", "1"),
    ("tausendundeins", "1001"),
    ("hundertzwei", "102"),
    ("neunzehnhundertneunundneunzig", "1999"),
    ("zwei komma fünf Milliarden", "2.5E9"),
    ("1.5", "1.5"),
    ("1.234", "1234"),
    ("1,234", "1.234"),
    ("5,–", "5"),
    ("1.299,-", "1299"),
    ("DREI MILLIONEN", "3E6"),
    ("Mil\u00adliarde", None),
    ("zwei Mil\u00adliarden", "2E9"),
]

LOCALES = [
    ("1.234,5", "de_DE", "1234.5"),
    ("1.234,5", "de_AT", "1234.5"),
    ("1’234.5", "de_CH", "1234.5"),
    ("1'234.5", "de_CH", "1234.5"),
    ("1.234", "de_CH", "1.234"),
    ("1 234,5", "de_DE", "1234.5"),
    ("12,5 Mio.", "de_DE", "1.25E7"),
]

ERRORS = [
    ("", "de", "empty text", (0, 0)),
    ("   ", "de", "empty text", (0, 3)),
    ("abc", "de", "expected a number, found 'abc'", (0, 3)),
    ("1,2,3", "de", "one decimal separator, found a second ','", (3, 5)),
    ("Milliarden", "de", "'Milliarden' needs a number before it", (0, 10)),
    ("Mrd.", "de", "'Mrd.' needs a number before it", (0, 4)),
    ("12.34", "de_DE", "did you mean 1.234 or 12,34?", (2, 5)),
    ("12.34", "de_AT", "did you mean 1.234 or 12,34?", (2, 5)),
    ("1,5", "de_CH", "did you mean 1.5?", (1, 3)),
    ("1.234.5", "de", "'.' cannot be both the group and the decimal", (5, 7)),
    ("1234.567", "de", "ambiguous", (0, 8)),
    ("1’234,5", "de", "Swiss way", (5, 7)),
    ("100 Euro", "de", "unexpected 'Euro' after the number", (4, 8)),
    ("1 1", "de", "unexpected '1' after the number", (2, 3)),
    ("-", "de", "a sign needs a number after it", (0, 1)),
    ("minus", "de", "a sign needs a number after it", (0, 5)),
    ("1" * 101, "de", "more than 100 digits", (0, 101)),
    ("keinen", "de", "expected a number, found 'keinen'", (0, 6)),
    ("zwei drei", "de", "unexpected 'drei' after the number", (5, 9)),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS, ids=[t for t, _ in NUMBERS])
def test_numbers(text: str, value: str | None) -> None:
    if value is None:
        with pytest.raises(ParseError):
            parse_number(text)
    else:
        assert parse_number(text) == D(value)


@pytest.mark.parametrize(("text", "locale", "value"), LOCALES)
def test_strict_locales(text: str, locale: str, value: str) -> None:
    assert parse_number(text, locale=locale) == D(value)


@pytest.mark.parametrize(("text", "locale", "reason", "span"), ERRORS)
def test_errors(text: str, locale: str, reason: str, span: tuple[int, int]) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text, locale=locale)
    assert reason in info.value.reason
    assert info.value.span == span
    assert info.value.text == text


def test_error_shows_a_caret() -> None:
    with pytest.raises(ParseError) as info:
        parse_number("12.34", locale="de_DE")
    assert str(info.value).splitlines()[1:] == ["    12.34", "      ^^^"]


def test_unknown_locale_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown locale 'en_US'"):
        parse_number("1", locale="en_US")


def test_result_is_canonical() -> None:
    assert str(parse_number("100 Milliarden")) == "100000000000"
    assert str(parse_number("1,50")) == "1.5"


_decimals = st.decimals(
    min_value=-(10**12), max_value=10**12, places=4, allow_nan=False
).map(lambda d: d.normalize() if d else D(0))


@given(_decimals, st.sampled_from(["de_DE", "de_AT", "de_CH"]))
def test_babel_format_round_trips(value: Decimal, locale: str) -> None:
    text = format_decimal(value, locale=locale, decimal_quantization=False)
    assert parse_number(text, locale=locale) == value
    if locale != "de_CH":
        assert parse_number(text) == value


@given(
    _decimals,
    st.sampled_from([("Millionen", 6), ("Mrd.", 9), ("Billionen", 12), ("Tsd.", 3)]),
    st.sampled_from(["de_DE", "de_CH"]),
)
def test_babel_format_with_scale(
    value: Decimal, scale: tuple[str, int], locale: str
) -> None:
    word, exponent = scale
    text = format_decimal(value, locale=locale, decimal_quantization=False)
    assert parse_number(f"{text} {word}", locale=locale) == value.scaleb(exponent)


@given(st.integers(0, 10**15))
def test_spelled_numbers(n: int) -> None:
    assert parse_number(spell(n)) == n


@pytest.mark.parametrize(
    ("n", "words"),
    [(1852, "eintausendachthundertzweiundfünfzig"), (21, "einundzwanzig")],
)
def test_speller(n: int, words: str) -> None:
    assert spell(n) == words


@given(
    st.integers(1000, 10**15),
    st.sampled_from([".", " ", "\u00a0", "\u2009", "\u202f"]),
    st.sampled_from(["", ",5", ",25"]),
)
def test_grouping_never_changes_the_value(n: int, sep: str, fraction: str) -> None:
    digits = f"{n:,}".replace(",", sep)
    assert parse_number(digits + fraction) == parse_number(str(n) + fraction)


@given(st.integers(1000, 10**15), st.sampled_from(["’", "'", "\u202f"]))
def test_swiss_grouping(n: int, sep: str) -> None:
    digits = f"{n:,}".replace(",", sep)
    assert parse_number(digits + ".5", locale="de_CH") == D(n) + D("0.5")


@given(st.text())
def test_any_text_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_number(text)


_ALPHABET = st.sampled_from(
    ["1", "0", ".", ",", "’", "'", " ", "-", "Mrd.", "zwei", "hundert", "und",
     "Millionen", "komma", "einhalb", "K", "\u00a0", "minus", "Viertel", "Drittel",
     "halbe", "eineinviertel", "Dutzend", "½", "⅙", "/", "ein"]
)  # fmt: skip


@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_number_like_text_raises_only_parse_error(text: str) -> None:
    for locale in ("de", "de_DE", "de_CH"):
        with contextlib.suppress(ParseError):
            parse_number(text, locale=locale)


def _quiet(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_number(text)


@pytest.mark.parametrize(
    "unit", ["1", "1.", "1.1", "1 ", "1’", "Milliarden ", "drei ", "zwei und ", "-"]
)
def test_parse_number_grows_linearly(unit: str) -> None:
    ratio = growth(_quiet, lambda n: unit * (n // len(unit)), 10_000)
    assert ratio < 30, f"10x input took {ratio:.1f}x time"


@pytest.mark.parametrize(
    ("text", "span"),
    [(".100", (0, 4)), (" .100", (1, 5)), (".100 Mio.", (0, 4)), ("-.100", (1, 5))],
)
def test_a_separator_before_three_digits_is_a_parse_error(
    text: str, span: tuple[int, int]
) -> None:
    with pytest.raises(ParseError, match="no digits come before it") as info:
        parse_number(text)
    assert info.value.span == span


@given(
    st.sampled_from(["", " ", "-", "ab ", "€", "minus "]),
    st.sampled_from(".,’'"),
    st.sampled_from(["100", "250"]) | st.text(alphabet="0123456789", min_size=1),
    st.sampled_from(["", " Euro", " Mio.", ".5", ",5", " Mrd. $"]),
    st.sampled_from(["de", "de", "de_DE", "de_AT", "de_CH"]),
)
def test_a_leading_separator_raises_only_parse_error(
    before: str, sep: str, digits: str, after: str, locale: str
) -> None:
    text = before + sep + digits + after
    with contextlib.suppress(ParseError):
        parse_number(text, locale=locale)
    with contextlib.suppress(ParseError):
        parse_amount(text, locale=locale)
