"""Money phrases with their expected amounts, grouped by where they came from.

Shared by the tests and by ``benchmarks/parse.py``.  Each case is
``(text, low, high, currency, qualifier)`` with the bounds as exact decimal
strings (None where the Amount has no such bound).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Final

from dealrecord.values import Amount, Qualifier

Case = tuple[str, str | None, str | None, str | None, Qualifier]

E, APPROX, AT_MOST, LESS = (
    Qualifier.EXACT,
    Qualifier.APPROX,
    Qualifier.AT_MOST,
    Qualifier.LESS_THAN,
)
AT_LEAST, MORE, RANGE, MAG = (
    Qualifier.AT_LEAST,
    Qualifier.MORE_THAN,
    Qualifier.RANGE,
    Qualifier.MAGNITUDE,
)

DATA: Final = Path(__file__).resolve().parent.parent / "data"


def x(text: str, value: str, currency: str | None, q: Qualifier = E) -> Case:
    """A point amount (EXACT unless said otherwise)."""
    return (text, value, value, currency, q)


def expected(case: Case) -> Amount:
    """The Amount a case stands for."""
    _, low, high, currency, qualifier = case
    return Amount(
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
        currency,
        qualifier,
    )


#: Every phrase of the seed article (Nvidia/OpenAI, January 2026) that
#: carries an amount, copied from its text.
SEED: Final[list[Case]] = [
    x("100 Milliarden Dollar", "1E11", "USD"),
    x("14 Milliarden Dollar", "1.4E10", "USD"),
    ("bis zu 50 Milliarden Dollar", None, "5E10", "USD", AT_MOST),
    ("über einer Billion Dollar", "1E12", None, "USD", MORE),
    x("4,7 Billionen Dollar", "4.7E12", "USD"),
    x("100 Milliarden", "1E11", None),
    ("im zweistelligen Milliardenbereich", "1E10", "1E11", None, MAG),
]

#: DESIGN.md: the Amount table, "German number semantics" and "Patterns from
#: real news text" (as whole phrases).
DESIGN: Final[list[Case]] = [
    x("100 Milliarden Dollar", "1E11", "USD"),
    x("4,7 Billionen", "4.7E12", None),
    ("bis zu 50 Mrd. US-Dollar", None, "5E10", "USD", AT_MOST),
    x("rund 7 Mrd. Euro", "7E9", "EUR", APPROX),
    x("etwa 7 Mrd. Euro", "7E9", "EUR", APPROX),
    x("ca. 7 Mrd. Euro", "7E9", "EUR", APPROX),
    x("circa 7 Mrd. Euro", "7E9", "EUR", APPROX),
    x("ungefähr 7 Mrd. Euro", "7E9", "EUR", APPROX),
    x("knapp 7 Mrd. Euro", "7E9", "EUR", APPROX),
    x("gut 7 Mrd. Euro", "7E9", "EUR", APPROX),
    x("fast 7 Mrd. Euro", "7E9", "EUR", APPROX),
    ("höchstens 5 Mrd. Euro", None, "5E9", "EUR", AT_MOST),
    ("maximal 5 Mrd. Euro", None, "5E9", "EUR", AT_MOST),
    ("weniger als 5 Mio. Euro", None, "5E6", "EUR", LESS),
    ("unter 5 Mio. Euro", None, "5E6", "EUR", LESS),
    ("mindestens 3 Mrd. Euro", "3E9", None, "EUR", AT_LEAST),
    ("wenigstens 3 Mrd. Euro", "3E9", None, "EUR", AT_LEAST),
    ("mehr als 3 Mrd. Euro", "3E9", None, "EUR", MORE),
    ("über eine Billion Dollar", "1E12", None, "USD", MORE),
    ("zwischen 80 und 90 Mrd. Euro", "8E10", "9E10", "EUR", RANGE),
    ("10 bis 15 Mrd. Euro", "1E10", "1.5E10", "EUR", RANGE),
    ("3–4 Mrd. €", "3E9", "4E9", "EUR", RANGE),
    ("zweistelliger Milliardenbereich", "1E10", "1E11", None, MAG),
    ("dreistelliger Millionenbetrag", "1E8", "1E9", None, MAG),
    x("1.5 Mrd. Euro", "1.5E9", "EUR"),
    x("100-Milliarden-Dollar-Deal", "1E11", "USD"),
    x("US-Dollar 5", "5", "USD"),
    x("5 US$", "5", "USD"),
    x("5 $", "5", "USD"),
    x("5 USD", "5", "USD"),
    x("17 kanadische Dollar", "17", "CAD"),
    x("17 australische Dollar", "17", "AUD"),
    x("5 Euro", "5", "EUR"),
    x("5 €", "5", "EUR"),
    x("5 EUR", "5", "EUR"),
    x("5 Franken", "5", "CHF"),
    x("5 Schweizer Franken", "5", "CHF"),
    x("5 CHF", "5", "CHF"),
    x("5 Fr.", "5", "CHF"),
    x("5 sFr.", "5", "CHF"),
    x("5 Pfund", "5", "GBP"),
    x("5 britische Pfund", "5", "GBP"),
    x("5 £", "5", "GBP"),
    x("5 GBP", "5", "GBP"),
    x("5 Yen", "5", "JPY"),
    x("5 ¥", "5", "JPY"),
    x("5 Yuan", "5", "CNY"),
    x("5 Renminbi", "5", "CNY"),
    x("5 RMB", "5", "CNY"),
    x("17 kanadischen Dollar", "17", "CAD"),
    x("17 schwedischer Kronen", "17", "SEK"),
    x("€ 1.299,00", "1299", "EUR"),
    x("EUR 8,2 Mrd.", "8.2E9", "EUR"),
    x("USD 1,5 Mrd.", "1.5E9", "USD"),
    x("100 Mrd. $", "1E11", "USD"),
    x("-5 Mio. Euro", "-5E6", "EUR"),
    x("minus 3 Mio. Euro", "-3E6", "EUR"),
    x("100 Schilling", "100", "ATS"),
    x("500 D-Mark", "500", "DEM"),
    ("ab 739 Euro", "739", None, "EUR", AT_LEAST),
    ("knapp über 5 Mio. Euro", "5E6", None, "EUR", MORE),
    ("etwas über 5 Mio. Euro", "5E6", None, "EUR", MORE),
    ("deutlich mehr als 3 Mrd. Euro", "3E9", None, "EUR", MORE),
    ("mindestens 90 bis 120 Millionen Euro", "9E7", "1.2E8", "EUR", RANGE),
    ("1.800 bis über 3.000 Euro", "1800", None, "EUR", AT_LEAST),
    ("von 1.800 bis über 3.000 Euro", "1800", None, "EUR", AT_LEAST),
    x("drei Millionen Euro", "3E6", "EUR"),
    ("bis zu 1,5 Milliarden Dollar", None, "1.5E9", "USD", AT_MOST),
    x("60 Cent", "0.6", "EUR"),
    x("60 US-Cent", "0.6", "USD"),
    x("zwei Euro fünfzig", "2.5", "EUR"),
    x("13 Euro und 45 Cent", "13.45", "EUR"),
    ("im zweistelligen Millionenbereich", "1E7", "1E8", None, MAG),
    ("im zweistelligen Millionen-Euro-Bereich", "1E7", "1E8", "EUR", MAG),
    x("100-Euro-Gutschein", "100", "EUR"),
    x("1-Million-Dollar-Frage", "1E6", "USD"),
    x("2.400 Franken", "2400", "CHF"),
    x("2,50 Euro", "2.5", "EUR"),
    x("250 Euro", "250", "EUR"),
    x("20 Mrd. Euro", "2E10", "EUR"),
]

#: Issue "German numbers and money phrases: parse_number, parse_amount,
#: format_amount".
ISSUE: Final[list[Case]] = [
    x("€ 1.299,00", "1299", "EUR"),
    x("3,75 Milliarden Schweizer Franken", "3.75E9", "CHF"),
    x("17 Millionen kanadischen Dollar", "1.7E7", "CAD"),
    ("über 5 Mrd. Euro", "5E9", None, "EUR", MORE),
    ("zwischen 80 und 90 Milliarden Dollar", "8E10", "9E10", "USD", RANGE),
    ("1,2 bis 1,5 Millionen Euro", "1.2E6", "1.5E6", "EUR", RANGE),
    ("im zweistelligen Milliardenbereich", "1E10", "1E11", None, MAG),
    ("ein dreistelliger Millionenbetrag", "1E8", "1E9", None, MAG),
    ("einstelliger Milliardenbetrag", "1E9", "1E10", None, MAG),
    ("niedriger zweistelliger Millionenbetrag", "1E7", "4E7", None, MAG),
    ("mittlerer zweistelliger Millionenbetrag", "4E7", "7E7", None, MAG),
    ("hoher zweistelliger Millionenbetrag", "7E7", "1E8", None, MAG),
    ("im hohen dreistelligen Millionenbereich", "7E8", "1E9", None, MAG),
    ("im dreistelligen Milliarden-Dollar-Bereich", "1E11", "1E12", "USD", MAG),
    ("ein sechsstelliger Euro-Betrag", "1E5", "1E6", "EUR", MAG),
    ("im zweistelligen Milliardenbereich in US-Dollar", "1E10", "1E11", "USD", MAG),
    ("10 bis unter 100 Mrd. $", "1E10", "1E11", "USD", MAG),
    x("12,5 Mio. Euro", "1.25E7", "EUR"),
    x("2 Mrd Euro", "2E9", "EUR"),
    x("100T €", "1E5", "EUR"),
    x("eine halbe Milliarde Euro", "5E8", "EUR"),
    x("dreieinhalb Millionen Dollar", "3.5E6", "USD"),
    x("anderthalb Milliarden Euro", "1.5E9", "EUR"),
    x("eineinhalb Millionen Franken", "1.5E6", "CHF"),
    x("1’234.50 CHF", "1234.5", "CHF"),
    x("CHF 1'234.50", "1234.5", "CHF"),
    x("3 Mia. Franken", "3E9", "CHF"),
    x("3 Md. Franken", "3E9", "CHF"),
    x("5 Tsd. Euro", "5000", "EUR"),
    x("1 234 567,89 Euro", "1234567.89", "EUR"),
    x("1\u00a0234\u00a0567,89 Euro", "1234567.89", "EUR"),
    x("1\u202f234,5 €", "1234.5", "EUR"),
    x("1.299,– €", "1299", "EUR"),
    x("100 Milliarden", "1E11", None),
    x("zweihundertfünfundzwanzig Euro", "225", "EUR"),
    x("100 Unzen Gold", "100", "XAU"),
    x("100 Österreichische Schilling", "100", "ATS"),
    x("7 CA$", "7", "CAD"),
    x("5 Rappen", "0.05", "CHF"),
    x("20 Pfund Sterling", "20", "GBP"),
]


def corpus(name: str) -> list[dict[str, object]]:
    """The cases of one Duckling corpus file in tests/data."""
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def duckling_money() -> list[Case]:
    """The Duckling money corpus as cases."""
    cases: list[Case] = []
    for record in corpus("duckling_de_money"):
        mentions = record["mentions"]
        assert isinstance(mentions, list)
        mention = mentions[0]
        text = record["text"]
        assert isinstance(text, str)
        cases.append(x(text, mention["value"], mention["currency"]))
    return cases


_FIGURES: Final = [
    ("5", "5"),
    ("12", "12"),
    ("250", "250"),
    ("1,5", "1.5"),
    ("4,7", "4.7"),
    ("17,25", "17.25"),
    ("100", "100"),
    ("1.299", "1299"),
    ("3.000", "3000"),
    ("zwei", "2"),
    ("drei", "3"),
]
_SCALES: Final = [
    ("", 0),
    (" Mio.", 6),
    (" Millionen", 6),
    (" Mrd.", 9),
    (" Milliarden", 9),
    (" Bio.", 12),
]
_CURRENCIES: Final = [
    (" Euro", "EUR"),
    (" €", "EUR"),
    (" Dollar", "USD"),
    (" US-Dollar", "USD"),
    (" $", "USD"),
    (" Franken", "CHF"),
    (" Pfund", "GBP"),
    (" Yen", "JPY"),
]
_QUALIFIERS: Final = [
    ("", E),
    ("rund ", APPROX),
    ("bis zu ", AT_MOST),
    ("mehr als ", MORE),
    ("über ", MORE),
    ("mindestens ", AT_LEAST),
    ("knapp ", APPROX),
    ("weniger als ", LESS),
]


def generated() -> Iterator[Case]:
    """Realistic phrases made from parts whose values are known."""
    for (fig, value), (scale, exponent), (cur, code), (qual, q) in itertools.product(
        _FIGURES, _SCALES, _CURRENCIES, _QUALIFIERS
    ):
        amount = str(Decimal(value).scaleb(exponent))
        low = None if q in (AT_MOST, LESS) else amount
        high = None if q in (AT_LEAST, MORE) else amount
        yield (f"{qual}{fig}{scale}{cur}", low, high, code, q)


def all_cases() -> list[Case]:
    """Every case above, the corpus and the generated ones."""
    return SEED + DESIGN + ISSUE + duckling_money() + list(generated())
