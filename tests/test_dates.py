"""German dates: parse_date and find_dates."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from dealrecord import ParseError, Part, PartialDate
from dealrecord.german import _date_lexicon as lex
from dealrecord.german.dates import _month_words, find_dates, parse_date
from tests._growth import growth

P = PartialDate
REFERENCE = dt.date(2026, 2, 3)

# Forms named in the issue and in DESIGN.md, then press variants.
CASES = [
    ("31. Januar 2026", P(2026, 1, 31)),
    ("31.01.2026", P(2026, 1, 31)),
    ("31.1.26", P(2026, 1, 31)),
    ("2026-01-31", P(2026, 1, 31)),
    ("September 2025", P(2025, 9)),
    ("im September 2025", P(2025, 9)),
    ("Sept. 2025", P(2025, 9)),
    ("2026", P(2026)),
    ("im Jahr 2026", P(2026)),
    ("Anfang 2026", P(2026, part=Part.EARLY)),
    ("Mitte 2026", P(2026, part=Part.MID)),
    ("Ende 2026", P(2026, part=Part.LATE)),
    ("Ende September 2025", P(2025, 9, part=Part.LATE)),
    ("Jänner 2026", P(2026, 1)),
    ("15. Jän. 2026", P(2026, 1, 15)),
    ("Frühjahr 2026", P(2026, part=Part.SPRING)),
    ("Frühling 2026", P(2026, part=Part.SPRING)),
    ("Sommer 2026", P(2026, part=Part.SUMMER)),
    ("Herbst 2026", P(2026, part=Part.AUTUMN)),
    ("Winter 2026", P(2026, part=Part.WINTER)),
    ("Winter 2025/26", P(2025, part=Part.WINTER)),
    ("Q3 2026", P(2026, part=Part.Q3)),
    ("Q3/2026", P(2026, part=Part.Q3)),
    ("drittes Quartal 2026", P(2026, part=Part.Q3)),
    ("im dritten Quartal 2026", P(2026, part=Part.Q3)),
    ("3. Quartal 2026", P(2026, part=Part.Q3)),
    ("12.03.2026", P(2026, 3, 12)),  # always day first
    ("Samstag, 31. Januar 2026", P(2026, 1, 31)),
    ("am 1. Mai 2026", P(2026, 5, 1)),
    ("Anfang des Jahres 2026", P(2026, part=Part.EARLY)),
    ("  31.01.2026\n", P(2026, 1, 31)),
    ("31. januar 2026", P(2026, 1, 31)),
    ("31.\u00a0Januar\u00a02026", P(2026, 1, 31)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_date(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 31. Januar", P(2026, 1, 31)),
        ("Ende März", P(2026, 3, part=Part.LATE)),
        ("31.01.", P(2026, 1, 31)),
        ("1.1.99", P(1999, 1, 1)),
        ("1.1.30", P(2030, 1, 1)),
    ],
)
def test_the_reference_gives_the_year(text: str, expected: PartialDate) -> None:
    assert parse_date(text, reference=REFERENCE) == expected
    assert parse_date(text, reference=PartialDate(2026)) == expected


def test_two_digit_years_without_reference_use_the_posix_pivot() -> None:
    assert parse_date("1.1.68") == P(2068, 1, 1)
    assert parse_date("1.1.69") == P(1969, 1, 1)


@pytest.mark.parametrize(
    ("text", "reason", "span"),
    [
        ("31.02.2026", "February 2026 has no day 31", (0, 2)),
        ("29. Februar 2026", "February 2026 has no day 29", (0, 2)),
        ("12.13.2026", "there is no month 13", (3, 5)),
        ("13. Monat 2026", "not a German date", (0, 14)),
        ("am 31. Januar", "the year is missing", (3, 13)),
        ("Ende März", "the year is missing", (0, 9)),
        ("2026 wird gut", "unexpected text after the date", (5, 13)),
        ("", "empty text", (0, 0)),
        ("   ", "empty text", (0, 3)),
        ("Q5 2026", "not a German date", (0, 7)),
        ("0000", "there is no year 0", (0, 4)),
        ("Mai 0000", "there is no year 0", (4, 8)),
    ],
)
def test_bad_dates_raise_with_a_caret(
    text: str, reason: str, span: tuple[int, int]
) -> None:
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert info.value.reason.startswith(reason)
    assert info.value.span == span
    assert "^" in str(info.value)


def test_month_words_cover_cldr() -> None:
    words = _month_words()
    for locale in lex.MONTH_LOCALES:
        for number, name in Locale.parse(locale).months["format"]["wide"].items():
            assert words[name.lower()] == number
    assert words["jänner"] == 1


def test_find_dates_in_the_seed_article() -> None:
    text = (
        "Es war der Paukenschlag des letzten Jahres: Im September 2025 kündigten "
        "Nvidia und OpenAI eine strategische Allianz an. Doch am 31. Januar 2026 "
        "berichtet das Wall Street Journal, dass der Megadeal ins Stocken geraten ist. "
        "für 2026 werden Verluste von 14 Milliarden Dollar prognostiziert. Am Ende "
        "könnte statt der 100 Milliarden … für seinen geplanten Börsengang Ende 2026."
    )
    found = [(m.text, m.date) for m in find_dates(text)]
    assert found == [
        ("September 2025", P(2025, 9)),
        ("31. Januar 2026", P(2026, 1, 31)),
        ("2026", P(2026)),
        ("Ende 2026", P(2026, part=Part.LATE)),
    ]
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.text


def test_find_dates_leaves_out_what_is_no_date() -> None:
    text = "2000 Mitarbeiter, Seite 31.02.2026, 4,7 Billionen Dollar und am 31. Januar"
    assert find_dates(text) == []
    (mention,) = find_dates(text, reference=REFERENCE)
    assert (mention.text, mention.date) == ("31. Januar", P(2026, 1, 31))


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]  # fmt: skip
ORDINALS = ["ersten", "zweiten", "dritten", "vierten"]
SEASON_WORDS = {Part.SPRING: "Frühjahr", Part.SUMMER: "Sommer", Part.AUTUMN: "Herbst",
                Part.WINTER: "Winter"}  # fmt: skip
PART_WORDS = {Part.EARLY: "Anfang", Part.MID: "Mitte", Part.LATE: "Ende"}
QUARTERS = [Part.Q1, Part.Q2, Part.Q3, Part.Q4]


def german_forms(date: PartialDate) -> list[str]:
    """Every way this test writes *date* in German."""
    y = date.year
    if date.day is not None and date.month is not None:
        d, m = date.day, date.month
        forms = [f"{d}. {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}",
                 f"{y}-{m:02d}-{d:02d}", f"am {d}. {MONTHS[m - 1]} {y}"]  # fmt: skip
        if 1969 <= y <= 2068:
            forms.append(f"{d}.{m}.{y % 100:02d}")
        return forms
    if date.month is not None:
        month = MONTHS[date.month - 1]
        if date.part is None:
            return [f"{month} {y}", f"im {month} {y}"]
        return [f"{PART_WORDS[date.part]} {month} {y}"]
    if date.part is None:
        return [f"{y}", f"im Jahr {y}"]
    if date.part in PART_WORDS:
        return [f"{PART_WORDS[date.part]} {y}"]
    if date.part in SEASON_WORDS:
        return [f"{SEASON_WORDS[date.part]} {y}", f"im {SEASON_WORDS[date.part]} {y}"]
    q = QUARTERS.index(date.part) + 1
    return [f"Q{q} {y}", f"{q}. Quartal {y}", f"im {ORDINALS[q - 1]} Quartal {y}"]


@st.composite
def german_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1900, 2099))
    kind = draw(st.sampled_from(["day", "month", "month-part", "year", "year-part"]))
    if kind == "day":
        return PartialDate.from_date(
            draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        )
    if kind == "month":
        return P(year, draw(st.integers(1, 12)))
    if kind == "month-part":
        return P(
            year, draw(st.integers(1, 12)), part=draw(st.sampled_from(list(PART_WORDS)))
        )
    if kind == "year":
        return P(year)
    return P(year, part=draw(st.sampled_from(list(Part))))


@given(german_dates())
def test_every_german_form_parses_back(date: PartialDate) -> None:
    for form in german_forms(date):
        assert parse_date(form) == date, form
        found = find_dates(f"Das war {form}.")
        if form.isdigit():  # a bare number is a year only after a preposition
            assert found == []
            found = find_dates(f"Das war für {form}.")
        assert [m.date for m in found] == [date], form


#: Pieces of dates, drawn together so that generated texts come near real ones.
DATE_PIECES = st.sampled_from(
    [
        "0",
        "00",
        "0000",
        "1",
        "12",
        "31",
        "2026",
        ".",
        " ",
        "Mai",
        "Jahr",
        "für",
        "Q1",
        "Ende",
        "Winter",
        "/",
        "-",
        "am",
        "\u00ad",
    ]
)


@given(st.text(max_size=40) | st.lists(DATE_PIECES, max_size=12).map("".join))
def test_find_dates_never_raises(text: str) -> None:
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Letters the case-insensitive pattern matches for "i", "s" and "k"
        # though they lower to something else: dotted and dotless i, long s.
        ("Maİ 2025", PartialDate(2025, 5)),
        ("MAİ 2025", PartialDate(2025, 5)),
        ("Wınter 2025", PartialDate(2025, part=Part.WINTER)),
        ("ſommer 2025", PartialDate(2025, part=Part.SUMMER)),
        ("Mıtte März 2026", PartialDate(2026, 3, part=Part.MID)),
        ("drıttes Quartal 2026", PartialDate(2026, part=Part.Q3)),
    ],
)
def test_letters_that_match_only_without_case_read_as_their_word(
    text: str, expected: PartialDate
) -> None:
    assert parse_date(text) == expected
    assert [m.date for m in find_dates(text)] == [expected]


@given(st.text(max_size=40))
def test_parse_date_raises_only_parse_error(text: str) -> None:
    outcome: PartialDate | ParseError
    try:
        outcome = parse_date(text)
    except ParseError as error:
        outcome = error
    assert isinstance(outcome, PartialDate) or outcome.text == text


@pytest.mark.parametrize(
    "unit",
    ["1.", "1.1.", "31. ", "Ende ", "Januar ", "Q3 ", "2026-", "im Jahr ", "\u00ad "],
)
def test_find_dates_grows_linearly(unit: str) -> None:
    ratio = growth(find_dates, lambda n: unit * (n // len(unit)), 10_000)
    assert ratio < 30, f"10x input took {ratio:.1f}x time"
