"""The forms of issue 16, each with its table of sentences.

Each table is grouped by form, negatives beside positives.  An expected
mention is (span text, low, high, currency, qualifier) with the bounds as
exact decimal strings; the span is checked against the text by its
position, so a wrong start or end fails.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealrecord import (
    Mention,
    ParseError,
    Qualifier,
    find_money,
    find_numbers,
    parse_amount,
    parse_date,
    parse_number,
)
from dealrecord.german.dates import find_dates
from tests.german.phrases import Case, E
from tests.german.speller import spell

D = Decimal


def x(span: str, value: str, currency: str | None, q: Qualifier = E) -> Case:
    """An expected point mention (EXACT unless said otherwise)."""
    return (span, value, value, currency, q)


def _bound(value: str | None) -> Decimal | None:
    return None if value is None else D(value)


def check(text: str, found: list[Mention], expected: list[Case]) -> None:
    """*found* reads as *expected*, each span where its text stands."""
    got = [
        (m.text, m.amount.low, m.amount.high, m.amount.currency, m.amount.qualifier)
        for m in found
    ]
    assert got == [(s, _bound(lo), _bound(hi), c, q) for s, lo, hi, c, q in expected]
    at = 0
    for mention, (span, *_) in zip(found, expected, strict=True):
        start = text.index(span, at)
        assert (mention.start, mention.end) == (start, start + len(span))
        at = mention.end


def _ids(table: list[tuple[str, list[Case]]]) -> list[str]:
    return [text for text, _ in table]


# --------------------------------------------------------------------------
# A separable-verb particle after a currency word is no cent
# --------------------------------------------------------------------------

PARTICLES: list[tuple[str, list[Case]]] = [
    ("Die Aktion spielte 20.000 Euro ein.", [x("20.000 Euro", "20000", "EUR")]),
    ("Der Verein nahm 5.300 Euro ein.", [x("5.300 Euro", "5300", "EUR")]),
    ("Das brachte 300 Franken ein.", [x("300 Franken", "300", "CHF")]),
    ("Sie kassierte 80 Euro ein", [x("80 Euro", "80", "EUR")]),
    ("Er sammelte zwei Millionen Dollar ein.", [x("zwei Millionen Dollar", "2E6", "USD")]),
    ("Das Konzert spielte 5 Euro eins ein.", [x("5 Euro", "5", "EUR")]),
    ("Es kostet 5 Euro eine Woche.", [x("5 Euro", "5", "EUR")]),
    # Cents from digits or number words stay.
    ("Das macht zwei Euro fünfzig.", [x("zwei Euro fünfzig", "2.5", "EUR")]),
    ("Das macht 5 Euro 50.", [x("5 Euro 50", "5.5", "EUR")]),
    ("Das macht 5 Euro einundfünfzig.", [x("5 Euro einundfünfzig", "5.51", "EUR")]),
    ("Er zahlte 13 Euro und 45 Cent.", [x("13 Euro und 45 Cent", "13.45", "EUR")]),
    ("Er zahlte 13 Euro und ein Cent.", [x("13 Euro und ein Cent", "13.01", "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTICLES, ids=_ids(PARTICLES))
def test_a_verb_particle_is_no_cent(text: str, expected: list[Case]) -> None:
    check(text, find_money(text), expected)


@given(
    st.integers(1, 10**12),
    st.sampled_from(["Euro", "Dollar", "Franken", "Pfund", "Mio. Euro"]),
    st.sampled_from(["ein", "eins", "eine", "Ein"]),
    st.sampled_from([".", "", ",", " und"]),
)
def test_a_particle_never_adds_a_cent(
    n: int, currency: str, particle: str, end: str
) -> None:
    text = f"Sie nahm {n} {currency} {particle}{end}"
    (mention,) = find_money(text)
    assert mention.text == f"{n} {currency}"
    assert mention.amount.value is not None
    assert mention.amount.value == mention.amount.value.to_integral_value()


# --------------------------------------------------------------------------
# A minus sign right after an opening bracket or quote
# --------------------------------------------------------------------------

SIGNS: list[tuple[str, list[Case]]] = [
    ("Ergebnis (-5 Euro).", [x("-5 Euro", "-5", "EUR")]),
    ("Er sagte „-5 Euro“.", [x("-5 Euro", "-5", "EUR")]),
    ("Er sagte „−5 Euro“.", [x("−5 Euro", "-5", "EUR")]),
    ("Saldo [-3 Mio. Euro]", [x("-3 Mio. Euro", "-3E6", "EUR")]),
    ("Saldo «-5 €» und \"-12 Euro\"", [x("-5 €", "-5", "EUR"), x("-12 Euro", "-12", "EUR")]),
    ("Prognose (-3 bis -1 Mrd. Euro).",
     [("-3 bis -1 Mrd. Euro", "-3E9", "-1E9", "EUR", Qualifier.RANGE)]),
    # No sign: the bracket is not read, the number is positive.
    ("Ergebnis (5 Euro).", [x("5 Euro", "5", "EUR")]),
    ("Ergebnis (+5 Euro).", [x("5 Euro", "5", "EUR")]),
    # A dash between two numbers is a joiner, not a sign.
    ("Saldo (3-5 Euro)", [("3-5 Euro", "3", "5", "EUR", Qualifier.RANGE)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SIGNS, ids=_ids(SIGNS))
def test_a_sign_after_a_bracket_or_quote(text: str, expected: list[Case]) -> None:
    check(text, find_money(text), expected)


@given(
    st.integers(1, 10**15),
    st.sampled_from(["()", "[]", "„“", "«»", '""', "‚‘", "{}"]),
    st.sampled_from(["-", "\u2212"]),
    st.sampled_from(["Euro", "Mio. Euro", "€", "Dollar"]),
)
def test_a_sign_after_an_opening_mark_is_kept(
    n: int, marks: str, sign: str, currency: str
) -> None:
    opening, closing = marks[0], marks[1]
    phrase = f"{sign}{n} {currency}"
    text = f"Saldo {opening}{phrase}{closing}."
    (mention,) = find_money(text)
    assert (mention.start, mention.text) == (len("Saldo ") + 1, phrase)
    assert mention.amount.value is not None
    assert mention.amount.value < 0


# --------------------------------------------------------------------------
# Long numbers stay exact through scales, cents, signs and shared scales
# --------------------------------------------------------------------------

_N = "1234567890123456789012345678901"  # 31 digits: past the default 28

LONG: list[tuple[str, list[Case]]] = [
    (f"Es sind {_N} Euro 50.", [x(f"{_N} Euro 50", f"{_N}.5", "EUR")]),
    (f"Es sind -{_N} Mrd. Euro.", [x(f"-{_N} Mrd. Euro", f"-{_N}E9", "EUR")]),
    (f"Es sind {_N} Cent.", [x(f"{_N} Cent", f"{_N}E-2", "EUR")]),
    (f"Es sind {_N} bis {_N}1 Mrd. Euro.",
     [(f"{_N} bis {_N}1 Mrd. Euro", f"{_N}E9", f"{_N}1E9", "EUR", Qualifier.RANGE)]),
    (f"Es sind {_N} und {_N}1 Mrd. Euro.",
     [x(f"{_N}", f"{_N}E9", "EUR"), x(f"{_N}1 Mrd. Euro", f"{_N}1E9", "EUR")]),
    (f"Es sind € {_N},25 und {_N} Mio. $.",
     [x(f"€ {_N},25", f"{_N}.25", "EUR"), x(f"{_N} Mio. $", f"{_N}E6", "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LONG, ids=_ids(LONG))
def test_long_numbers_stay_exact(text: str, expected: list[Case]) -> None:
    check(text, find_money(text), expected)


# --------------------------------------------------------------------------
# Any number word the grammar reads starts a mention
# --------------------------------------------------------------------------

NUMBER_WORDS: list[tuple[str, list[Case]]] = [
    ("Das kostet viereinhalb Millionen Euro.", [x("viereinhalb Millionen Euro", "4.5E6", "EUR")]),
    ("Sie zahlte siebenundachtzig Euro.", [x("siebenundachtzig Euro", "87", "EUR")]),
    ("Es kostet dreihundertvierzig Millionen Dollar.",
     [x("dreihundertvierzig Millionen Dollar", "3.4E8", "USD")]),
    ("Dreihundertvierzig Euro kostet es.", [x("Dreihundertvierzig Euro", "340", "EUR")]),
    ("Zweiundzwanzig Milliarden Euro!", [x("Zweiundzwanzig Milliarden Euro", "2.2E10", "EUR")]),
    ("Es waren (siebenundachtzig Euro).", [x("siebenundachtzig Euro", "87", "EUR")]),
    ("Er zahlte einhundertfünfzig Franken.", [x("einhundertfünfzig Franken", "150", "CHF")]),
    ("Er zahlte neununddreißig Cent.", [x("neununddreißig Cent", "0.39", "EUR")]),
    ("Sie bot anderthalb Millionen Euro.", [x("anderthalb Millionen Euro", "1.5E6", "EUR")]),
    ("Es kostet zwölfeinhalb Pfund.", [x("zwölfeinhalb Pfund", "12.5", "GBP")]),
    ("Er zahlte neunundneunzig Euro neunundneunzig.",
     [x("neunundneunzig Euro neunundneunzig", "99.99", "EUR")]),
    # Before any currency the grammar names, not only the common ones.
    ("Sie zahlte fünf Rubel.", [x("fünf Rubel", "5", "RUB")]),
    ("Fünfundzwanzig Zloty kostet das.", [x("Fünfundzwanzig Zloty", "25", "PLN")]),
    ("Es kostet zwölf Schweizer Franken.", [x("zwölf Schweizer Franken", "12", "CHF")]),
    ("Sie bot acht bis zehn Rubel.", [("acht bis zehn Rubel", "8", "10", "RUB", Qualifier.RANGE)]),
    ("Er zahlte sieben US-Dollar.", [x("sieben US-Dollar", "7", "USD")]),
    # A number word without a currency is no money.
    ("Es kamen achtundvierzig Menschen.", []),
    ("Er gab acht auf das Geld, die Achtung blieb.", []),
    ("Die zweite Rate und ein Zweifel.", []),
    ("Dreihundertvierzig Besucher kamen, viereinhalb Millionen Zuschauer.", []),
    ("Die Elf gewann, siebenundachtzig Prozent jubelten.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NUMBER_WORDS, ids=_ids(NUMBER_WORDS))
def test_a_number_word_starts_a_mention(text: str, expected: list[Case]) -> None:
    check(text, find_money(text), expected)


@given(
    st.integers(1, 999_999),
    st.sampled_from(["Euro", "Dollar", "Millionen Euro", "Milliarden Franken"]),
    st.booleans(),
)
def test_any_spelled_number_starts_a_mention(
    n: int, currency: str, sentence_start: bool
) -> None:
    words = spell(n).replace(" ", "")
    if sentence_start:
        words = words[0].upper() + words[1:]
        text = f"Gut. {words} {currency} flossen."
    else:
        text = f"Sie zahlte {words} {currency}."
    (mention,) = find_money(text)
    assert mention.text == f"{words} {currency}"
    assert mention.amount == parse_amount(mention.text)


# --------------------------------------------------------------------------
# A dollar sign after a code or a country prefix names that dollar
# --------------------------------------------------------------------------

DOLLARS: list[tuple[str, list[Case]]] = [
    ("Das Ticket kostet C$ 15.", [x("C$ 15", "15", "CAD")]),
    ("Das Ticket kostet CA$ 15.", [x("CA$ 15", "15", "CAD")]),
    ("Der Deal: A$ 2,5 Mrd.", [x("A$ 2,5 Mrd.", "2.5E9", "AUD")]),
    ("Der Deal: AU$ 2,5 Mrd.", [x("AU$ 2,5 Mrd.", "2.5E9", "AUD")]),
    ("Er zahlte NZ$ 300.", [x("NZ$ 300", "300", "NZD")]),
    ("Er zahlte HK$ 1.000.", [x("HK$ 1.000", "1000", "HKD")]),
    ("Er zahlte S$ 40 und MX$ 50.", [x("S$ 40", "40", "SGD"), x("MX$ 50", "50", "MXN")]),
    ("Er zahlte 15 C$ und 20 A$.", [x("15 C$", "15", "CAD"), x("20 A$", "20", "AUD")]),
    ("Er zahlte c$15.", [x("c$15", "15", "CAD")]),
    ("Er zahlte US$ 15 und $ 5.", [x("US$ 15", "15", "USD"), x("$ 5", "5", "USD")]),
    # A letter apart from the sign is no prefix: "$" alone is USD.
    ("In Gruppe C $ 5 Gewinn.", [x("$ 5", "5", "USD")]),
    ("Klasse A 5 Euro, Typ S 3 Euro.", [x("5 Euro", "5", "EUR"), x("3 Euro", "3", "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DOLLARS, ids=_ids(DOLLARS))
def test_a_prefixed_dollar_sign(text: str, expected: list[Case]) -> None:
    check(text, find_money(text), expected)


# --------------------------------------------------------------------------
# A change names two amounts: "von X auf Y", "um X auf Y"
# --------------------------------------------------------------------------

CHANGES: list[tuple[str, list[Case]]] = [
    ("Die Kosten stiegen von 5 auf 7 Millionen Euro.",
     [x("5", "5E6", "EUR"), x("7 Millionen Euro", "7E6", "EUR")]),
    ("Das Budget wächst um 3 auf 20 Millionen Euro.",
     [x("3", "3E6", "EUR"), x("20 Millionen Euro", "2E7", "EUR")]),
    ("Der Gewinn fiel um 1,5 auf 3 Milliarden Franken.",
     [x("1,5", "1.5E9", "CHF"), x("3 Milliarden Franken", "3E9", "CHF")]),
    ("Der Preis sank von 1.200 auf 999 Euro.",
     [x("1.200", "1200", "EUR"), x("999 Euro", "999", "EUR")]),
    ("Der Umsatz stieg von 5,2 Mrd. auf 7 Mrd. Dollar.",
     [x("5,2 Mrd.", "5.2E9", "USD"), x("7 Mrd. Dollar", "7E9", "USD")]),
    ("Von 5 auf 7 Millionen Euro.",
     [x("5", "5E6", "EUR"), x("7 Millionen Euro", "7E6", "EUR")]),
    ("Er stieg von 5 Euro auf 7 Euro.", [x("5 Euro", "5", "EUR"), x("7 Euro", "7", "EUR")]),
    # In words, as in digits.
    ("Die Kosten stiegen von fünf auf sieben Millionen Euro.",
     [x("fünf", "5E6", "EUR"), x("sieben Millionen Euro", "7E6", "EUR")]),
    ("Das Budget wächst um drei auf zwanzig Mio. Euro.",
     [x("drei", "3E6", "EUR"), x("zwanzig Mio. Euro", "2E7", "EUR")]),
    ("Er stieg von 5 auf siebenundachtzig Millionen Rubel.",
     [x("5", "5E6", "RUB"), x("siebenundachtzig Millionen Rubel", "8.7E7", "RUB")]),
    # No change of an amount: a count, a year, a time, a page, percentages.
    ("Die Quote stieg von 5 auf 7 Prozent.", []),
    ("Von Seite 5 auf 7 Mio. Euro.", [x("7 Mio. Euro", "7E6", "EUR")]),
    ("Um 20 Uhr auf 5 Mio. Euro.", [x("5 Mio. Euro", "5E6", "EUR")]),
    ("Von 2019 auf 7 Mio. Euro.", [x("7 Mio. Euro", "7E6", "EUR")]),
    ("Er kam auf 5 und dann 7 Mio. Euro.", [x("7 Mio. Euro", "7E6", "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANGES, ids=_ids(CHANGES))
def test_a_change_names_two_amounts(text: str, expected: list[Case]) -> None:
    found = find_money(text)
    check(text, found, expected)
    if len(found) == 2 and found[0].note is not None:
        assert found[0].note == f"currency and scale shared with {found[1].text!r}"


# --------------------------------------------------------------------------
# Vague amounts (DESIGN.md, "Vague amounts and reported figures")
# --------------------------------------------------------------------------

MAG = Qualifier.MAGNITUDE

VAGUE: list[tuple[str, list[Case]]] = [
    # mehrere / einige / wenige S: 2·S to under 10·S.
    ("Das kostet mehrere Millionen Euro.", [("mehrere Millionen Euro", "2E6", "1E7", "EUR", MAG)]),
    ("Es fehlen einige Milliarden Dollar.", [("einige Milliarden Dollar", "2E9", "1E10", "USD", MAG)]),
    ("Das kostet wenige Euro.", [("wenige Euro", "2", "10", "EUR", MAG)]),
    ("Mit wenigen Millionen Franken.", [("wenigen Millionen Franken", "2E6", "1E7", "CHF", MAG)]),
    ("Es kostet mehrere Tausend Euro.", [("mehrere Tausend Euro", "2000", "10000", "EUR", MAG)]),
    ("Sie sammelten einige hundert Millionen Euro.",
     [("einige hundert Millionen Euro", "2E8", "1E9", "EUR", MAG)]),
    # Plural counts: Hunderte, Tausende, Zehntausende, Hunderttausende.
    ("Es flossen Hunderte Millionen Dollar.", [("Hunderte Millionen Dollar", "2E8", "1E9", "USD", MAG)]),
    ("Es flossen hunderte Millionen Dollar.", [("hunderte Millionen Dollar", "2E8", "1E9", "USD", MAG)]),
    ("Sie spendeten Tausende Euro.", [("Tausende Euro", "2000", "10000", "EUR", MAG)]),
    ("Zehntausende Euro fehlen.", [("Zehntausende Euro", "20000", "100000", "EUR", MAG)]),
    ("Es fehlen Hunderttausende Euro.", [("Hunderttausende Euro", "200000", "1000000", "EUR", MAG)]),
    ("Er rechnet mit Tausenden Euro.", [("Tausenden Euro", "2000", "10000", "EUR", MAG)]),
    # A bare plural scale: 2·S to under 1000·S.
    ("Milliarden Euro flossen.", [("Milliarden Euro", "2E9", "1E12", "EUR", MAG)]),
    ("Es geht um Millionen Dollar.", [("Millionen Dollar", "2E6", "1E9", "USD", MAG)]),
    # The singular with an article: exactly one.
    ("Es geht um die Milliarde Euro.", [x("die Milliarde Euro", "1E9", "EUR")]),
    ("Es geht um eine Milliarde Euro.", [x("eine Milliarde Euro", "1E9", "EUR")]),
    ("Der Milliarde Dollar folgt mehr.", [x("Der Milliarde Dollar", "1E9", "USD")]),
    # No money without a currency.
    ("Milliarden Menschen sahen zu.", []),
    ("Tausende Demonstranten kamen.", []),
    ("Es kamen mehrere Millionen Zuschauer.", []),
    ("Hunderte Millionen Nutzer und einige Tausend Fans.", []),
    ("Die Milliarde ist voll.", []),
    ("Das sind die 5 Euro.", [x("5 Euro", "5", "EUR")]),
    ("Der Milliardendeal und die Milliarden-Dollar-Frage.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VAGUE, ids=_ids(VAGUE))
def test_a_vague_amount(text: str, expected: list[Case]) -> None:
    check(text, find_money(text), expected)
    for span, *_ in expected:
        assert parse_amount(span) == find_money(span)[0].amount


# --------------------------------------------------------------------------
# A prior-period figure in brackets shares scale and currency
# --------------------------------------------------------------------------

#: (text, expected mentions, the notes of the prior figures in order)
PRIOR: list[tuple[str, list[Case], list[str]]] = [
    ("Der Umsatz erreichte 8,2 (Vorjahr: 7,7) Mrd. Euro.",
     [x("8,2", "8.2E9", "EUR"), x("7,7", "7.7E9", "EUR")], ["Vorjahr"]),
    ("Der Umsatz erreichte 4,5 (2019: 4,1) Mio. Euro.",
     [x("4,5", "4.5E6", "EUR"), x("4,1", "4.1E6", "EUR")], ["2019"]),
    ("Das Ergebnis lag bei 420 (Vj. 390) Mio. Euro.",
     [x("420", "4.2E8", "EUR"), x("390", "3.9E8", "EUR")], ["Vj."]),
    ("Der Verlust betrug 3 (Vj. -1) Mio. Dollar.",
     [x("3", "3E6", "USD"), x("-1", "-1E6", "USD")], ["Vj."]),
    ("Der Umsatz stieg auf 8,2 Mrd. Euro (Vorjahr: 7,7).",
     [x("8,2 Mrd. Euro", "8.2E9", "EUR"), x("7,7", "7.7E9", "EUR")], ["Vorjahr"]),
    ("Der Preis: 5 Euro (2019: 4).", [x("5 Euro", "5", "EUR"), x("4", "4", "EUR")], ["2019"]),
    # The figure keeps its qualifier; the prior figure is as written.
    ("Der Umsatz erreichte rund 8,2 (Vorjahr: 7,7) Mrd. Euro.",
     [x("rund 8,2", "8.2E9", "EUR", Qualifier.APPROX), x("7,7", "7.7E9", "EUR")], ["Vorjahr"]),
    ("Der Umsatz erreichte rund 8,2 Mrd. Euro (Vorjahr: 7,7).",
     [x("rund 8,2 Mrd. Euro", "8.2E9", "EUR", Qualifier.APPROX), x("7,7", "7.7E9", "EUR")],
     ["Vorjahr"]),
    ("Der Gewinn lag bei mehr als 420 (Vj. 390) Mio. Euro.",
     [("mehr als 420", "4.2E8", None, "EUR", Qualifier.MORE_THAN), x("390", "3.9E8", "EUR")],
     ["Vj."]),
    # A range has no one figure to set beside the prior one.
    ("Er lag zwischen 3 und 5 (Vorjahr: 2) Mrd. Euro.", [], []),
    # Its own currency: a mention of its own; no currency: no money.
    ("Umsatz 8,2 Mrd. Euro (Vorjahr: 7,7 Mrd. Euro).",
     [x("8,2 Mrd. Euro", "8.2E9", "EUR"), x("7,7 Mrd. Euro", "7.7E9", "EUR")], []),
    ("Es kamen 8,2 (Vorjahr: 7,7) Millionen Besucher.", [], []),
    ("Der Umsatz lag bei 8,2 (Vorjahr: 7,7) Mrd.", [], []),
    # Not a prior period: another word in the bracket.
    ("Es kostet 8 (siehe Seite 7) Mio. Euro.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "periods"), PRIOR, ids=[t for t, *_ in PRIOR]
)
def test_a_prior_period_figure(
    text: str, expected: list[Case], periods: list[str]
) -> None:
    found = find_money(text)
    check(text, found, expected)
    notes = [m.note for m in found if m.note is not None and "shared" not in m.note]
    assert notes == periods


def test_a_prior_period_figure_among_numbers() -> None:
    text = "Es kamen 8,2 (Vorjahr: 7,7) Millionen Besucher."
    found = find_numbers(text)
    assert [(m.text, m.amount.value, m.note) for m in found] == [
        ("8,2", D("8.2E6"), "scale and currency shared with 'Millionen'"),
        ("7,7", D("7.7E6"), "Vorjahr"),
    ]


# --------------------------------------------------------------------------
# Noise is no number: addresses, e-mail addresses, telephone numbers, ISO
# year-months
# --------------------------------------------------------------------------

NOISE: list[tuple[str, list[str]]] = [
    ("Siehe https://example.com/5-euro/2025?x=10%20Mio&y=3 und 5 Euro.", ["5 Euro"]),
    ("Bestellt auf www.shop.de/preis-100-euro für 7 Euro.", ["7 Euro"]),
    ("Link: https%3A%2F%2Fx.de%2F5%2520Euro, dann 3 Euro.", ["3 Euro"]),
    ("Im Text (https://x.de/5), dann 5 Euro.", ["5 Euro"]),
    ("Mail an max.5000@firma.de oder info@x2.com, 3 Euro.", ["3 Euro"]),
    ("Ruf +1-222-2222/2222 an.", []),
    ("Tel. 0221 123456-0, Fax 0221/98765-12, mobil +49 171 1234567.", []),
    ("Er rief 030 1234567 an und zahlte 5 Euro.", ["5 Euro"]),
    ("Im 2025-09 kam 1995-01 dazu.", []),
    ("Bis 2025-09, dann 3 Euro.", ["3 Euro"]),
    # Numbers beside them stay numbers.
    ("Ein Plus von +5 Euro, +5 000 000 Euro, 0,50 Euro und 10-15 Euro.",
     ["+5 Euro", "+5 000 000 Euro", "0,50 Euro", "10-15 Euro"]),
    ("Kontonummer 0000 und 2019-2021 und Saison 2011-12.", ["0000", "2019-2021", "2011-12"]),
    ("Die Saison 2024/25 kostet 5 Euro/Monat.", ["2024/25", "5 Euro"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "numbers"), NOISE, ids=[t for t, _ in NOISE])
def test_noise_holds_no_number(text: str, numbers: list[str]) -> None:
    found = find_numbers(text)
    assert [m.text for m in found] == [n.lstrip("+") for n in numbers]
    assert find_money(text) == [m for m in found if m.amount.currency is not None]


@pytest.mark.parametrize(
    ("text", "date"), [("Im 2025-09 kam es.", "2025-09"), ("Seit 1995-01.", "1995-01")]
)
def test_an_iso_year_month_is_a_date(text: str, date: str) -> None:
    (mention,) = find_dates(text)
    assert str(mention.date) == date
    assert parse_date(date) == mention.date


# --------------------------------------------------------------------------
# Dutzend
# --------------------------------------------------------------------------

DOZENS: list[tuple[str, str]] = [
    ("ein Dutzend", "12"),
    ("ein halbes Dutzend", "6"),
    ("fünf Dutzend", "60"),
    ("eineinhalb Dutzend", "18"),
    ("zwölf Dutzend", "144"),
    ("zwei Dutzend Millionen", "24000000"),
]


@pytest.mark.parametrize(("text", "value"), DOZENS)
def test_a_dozen_is_twelve(text: str, value: str) -> None:
    assert parse_number(text) == D(value)
    sentence = f"Sie kaufte {text} Eier."
    (mention,) = find_numbers(sentence)
    assert (mention.text, mention.amount.value) == (text, D(value))
    assert mention.start == sentence.index(text)


@pytest.mark.parametrize(
    "text", ["Dutzend", "ein Dutzend hundert", "drei Dutzend und vier", "Dutzendware"]
)
def test_not_a_dozen(text: str) -> None:
    with pytest.raises(ParseError):
        parse_number(text)


DOZEN_MENTIONS: list[tuple[str, list[Case], list[Case]]] = [
    # (text, find_numbers, find_money)
    ("Dutzende Menschen kamen.", [("Dutzende", "24", "120", None, MAG)], []),
    ("Mit Dutzenden Firmen.", [("Dutzenden", "24", "120", None, MAG)], []),
    ("Es flossen Dutzende Millionen Euro.",
     [("Dutzende Millionen Euro", "2.4E7", "1.2E8", "EUR", MAG)],
     [("Dutzende Millionen Euro", "2.4E7", "1.2E8", "EUR", MAG)]),
    ("Das kostet fünf Dutzend Euro.", [x("fünf Dutzend Euro", "60", "EUR")],
     [x("fünf Dutzend Euro", "60", "EUR")]),
    ("Die Dutzendware ist billig.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "numbers", "money"), DOZEN_MENTIONS, ids=[t for t, *_ in DOZEN_MENTIONS]
)
def test_dozens_in_running_text(
    text: str, numbers: list[Case], money: list[Case]
) -> None:
    check(text, find_numbers(text), numbers)
    check(text, find_money(text), money)


# --------------------------------------------------------------------------
# Fractions
# --------------------------------------------------------------------------

#: (text, exact value) of fractions with an exact decimal.
FRACTIONS: list[tuple[str, str]] = [
    ("drei Viertel", "0.75"),
    ("dreiviertel", "0.75"),
    ("ein Viertel", "0.25"),
    ("sieben Achtel", "0.875"),
    ("zwei Fünftel", "0.4"),
    ("drei Hundertstel", "0.03"),
    ("fünf halbe", "2.5"),
    ("eineinviertel", "1.25"),
    ("dreieinviertel", "3.25"),
    ("fünf und drei Viertel Milliarden", "5.75E9"),
    ("fünf und dreiviertel", "5.75"),
    ("drei Viertel Millionen", "7.5E5"),
    ("½", "0.5"),
    ("¾", "0.75"),
    ("¾ Millionen", "7.5E5"),
    ("2½", "2.5"),
    ("2 ½", "2.5"),
    ("1/2", "0.5"),
    ("3/4", "0.75"),
    ("1 1/2", "1.5"),
    ("1⁄8", "0.125"),
]


@pytest.mark.parametrize(("text", "value"), FRACTIONS)
def test_a_fraction_with_an_exact_decimal(text: str, value: str) -> None:
    assert parse_number(text) == D(value)
    sentence = f"Es waren {text} Liter."
    (mention,) = find_numbers(sentence)
    assert (mention.start, mention.text) == (len("Es waren "), text)
    assert (mention.amount.value, mention.lenient, mention.note) == (
        D(value),
        False,
        None,
    )


#: Fractions whose decimal does not end: rounded, lenient, and said so.
ROUNDED: list[tuple[str, str]] = [
    ("zwei Drittel", "0.6666666666666666666666666667"),
    ("ein Drittel", "0.3333333333333333333333333333"),
    ("⅙", "0.1666666666666666666666666667"),
    ("⅔", "0.6666666666666666666666666667"),
    ("1/3", "0.3333333333333333333333333333"),
    ("zwölf und ein Drittel", "12.33333333333333333333333333"),
]


@pytest.mark.parametrize(("text", "value"), ROUNDED)
def test_a_fraction_with_no_exact_decimal_is_lenient(text: str, value: str) -> None:
    with pytest.raises(ParseError, match="no exact decimal"):
        parse_number(text)
    (mention,) = find_numbers(f"Es waren {text} Liter.")
    assert (mention.text, mention.amount.value, mention.lenient) == (
        text,
        D(value),
        True,
    )
    assert mention.note == (
        "rounded to 28 significant digits: a fraction with no exact decimal value"
    )


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # Not fractions: a date, a span of years, opening hours, a noun.
        ("Offen 24/7, seit 9/11, am 1/2/2025.", ["24", "7", "9", "11", "1", "2", "2025"]),
        ("Die Saison 2025/26.", ["2025/26"]),
        ("Das Viertelfinale im Viertel.", []),
        ("Ein Achtel der Stadt.", ["Ein Achtel"]),
    ],
)  # fmt: skip
def test_not_a_fraction(text: str, numbers: list[str]) -> None:
    assert [m.text for m in find_numbers(text)] == numbers


FRACTION_MONEY: list[tuple[str, list[Case]]] = [
    ("Er gab fünf und drei Viertel Milliarden Euro aus.",
     [x("fünf und drei Viertel Milliarden Euro", "5.75E9", "EUR")]),
    ("Es kostet 2½ Mio. Euro.", [x("2½ Mio. Euro", "2.5E6", "EUR")]),
    ("Es kostet ½ Million Dollar.", [x("½ Million Dollar", "5E5", "USD")]),
    ("Es kostet drei Viertel Millionen Euro.", [x("drei Viertel Millionen Euro", "7.5E5", "EUR")]),
    ("Es kostet 1 1/2 Mio. Franken.", [x("1 1/2 Mio. Franken", "1.5E6", "CHF")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRACTION_MONEY, ids=_ids(FRACTION_MONEY))
def test_a_fraction_in_money(text: str, expected: list[Case]) -> None:
    check(text, find_money(text), expected)


@given(st.integers(1, 11), st.sampled_from([2, 3, 4, 5, 6, 7, 8, 9, 10]))
def test_a_fraction_is_exact_or_says_it_was_rounded(n: int, d: int) -> None:
    if n >= d:
        return
    text = f"Es waren {n}/{d} Liter."
    (mention,) = find_numbers(text)
    exact = D(n) / D(d) * d == n and len(str(D(n) / D(d))) < 20
    assert mention.lenient is not exact
    assert (mention.note is None) is exact
    if exact:
        assert mention.amount.value == D(n) / D(d)
        assert parse_number(f"{n}/{d}") == mention.amount.value
    else:
        with pytest.raises(ParseError):
            parse_number(f"{n}/{d}")


# --------------------------------------------------------------------------
# Found in review
# --------------------------------------------------------------------------

REVIEW: list[tuple[str, list[Case]]] = [
    # A whole number keeps its value where the last amount's scale would
    # make it a thousand times the last amount or more.
    (
        "Der Umsatz stieg von 750.000 auf 1,1 Mio. Euro.",
        [x("750.000", "750000", "EUR"), x("1,1 Mio. Euro", "1.1E6", "EUR")],
    ),
    (
        "Das Budget wuchs um 200.000 auf 1,2 Millionen Euro.",
        [x("200.000", "200000", "EUR"), x("1,2 Millionen Euro", "1.2E6", "EUR")],
    ),
    (
        "Es kostet 800.000 bzw. 1,2 Mio. Euro.",
        [x("800.000", "800000", "EUR"), x("1,2 Mio. Euro", "1.2E6", "EUR")],
    ),
    (
        "Er stieg von 1.500 auf 2.000 Mio. Euro.",
        [x("1.500", "1.5E9", "EUR"), x("2.000 Mio. Euro", "2E9", "EUR")],
    ),
    # A year before a prior-period bracket is no figure.
    ("Der Umsatz 2020 (2019: 7,7) Mrd. Euro.", []),
    # Telephone numbers in the common German forms hold no amount.
    ("Tel.: +49 (0)221 123456, 5 Euro", [x("5 Euro", "5", "EUR")]),
    ("Ruf an: +49 221 12 34 56. Es kostet 5 Euro.", [x("5 Euro", "5", "EUR")]),
    ("Bestellung: 0221 / 12 34 56 und 5 Euro", [x("5 Euro", "5", "EUR")]),
    ("Es geht um +5 000 000 Euro.", [x("5 000 000 Euro", "5E6", "EUR")]),
    # A vague word before "Zehntausend" and in the genitive.
    (
        "Es kostet mehrere Zehntausend Euro.",
        [("mehrere Zehntausend Euro", "20000", "100000", "EUR", MAG)],
    ),
    (
        "Das Paket im Wert mehrerer Millionen Euro.",
        [("mehrerer Millionen Euro", "2E6", "1E7", "EUR", MAG)],
    ),
    (
        "Kosten in Höhe einiger hundert Millionen Euro.",
        [("einiger hundert Millionen Euro", "2E8", "1E9", "EUR", MAG)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVIEW, ids=_ids(REVIEW))
def test_found_in_review(text: str, expected: list[Case]) -> None:
    check(text, find_money(text), expected)


def test_a_fraction_after_many_digits_is_exact() -> None:
    digits = "1234567890123456789012345678901"
    assert parse_number(f"{digits}½") == D(f"{digits}.5")
    assert parse_amount(f"{digits} 1/2 Euro").low == D(f"{digits}.5")
