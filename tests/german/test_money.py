"""parse_amount: tables by source, errors, properties and linear time."""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.varied import hard_phrases
from dealrecord.errors import ParseError
from dealrecord.german import parse_amount
from dealrecord.german._fast import simple_amount as _simple_amount
from dealrecord.german._fast import simple_phrase_at
from dealrecord.german._tokens import alternation
from dealrecord.german.money import grammar_phrase_at, phrase_at
from dealrecord.values import Amount, Qualifier
from tests._growth import growth
from tests.german.phrases import DESIGN, ISSUE, SEED, Case, all_cases, expected

D = Decimal


def _ids(cases: list[Case]) -> list[str]:
    return [c[0] for c in cases]


@pytest.mark.parametrize("case", SEED, ids=_ids(SEED))
def test_seed_article(case: Case) -> None:
    assert parse_amount(case[0]) == expected(case)


@pytest.mark.parametrize("case", DESIGN, ids=_ids(DESIGN))
def test_design(case: Case) -> None:
    assert parse_amount(case[0]) == expected(case)


@pytest.mark.parametrize("case", ISSUE, ids=_ids(ISSUE))
def test_issue(case: Case) -> None:
    assert parse_amount(case[0]) == expected(case)


# Number-carrying phrases of the seed article that are not money.
SEED_NUMBERS = [("im September 2025", None), ("10 Gigawatt", "unknown currency")]

ERRORS = [
    ("", "empty text", (0, 0)),
    ("Milliarden", "'Milliarden' needs a number before it", (0, 10)),
    ("Milliarden Menschen", "'Milliarden' needs a number before it", (0, 10)),
    ("Milliarde Dollar", "'Milliarde' needs a number before it", (0, 9)),
    ("Euro", "currency 'Euro' without an amount", (0, 4)),
    ("bis zu", "'bis zu' needs an amount after it", (0, 6)),
    ("1,2,3 Euro", "one decimal separator", (3, 5)),
    ("100 Taler", "unknown currency 'Taler'", (4, 9)),
    ("10 Gigawatt", "unknown currency 'Gigawatt'", (3, 11)),
    (
        "100 Kronen",
        "ambiguous currency 'Kronen': could be CZK, DKK, ISK, NOK or SEK",
        (4, 10),
    ),
    ("5 Pesos", "ambiguous currency 'Pesos'", (2, 7)),
    ("100 Euro und mehr", "unexpected 'und' after the amount", (9, 17)),
    ("100 Euro.", "unexpected '.' after the amount", (8, 9)),
    ("zwischen 5 Euro", "'zwischen' starts a range and needs 'und'", (0, 15)),
    ("zwischen 9 und 5 Euro", "lower end first", (9, 21)),
    ("5 Euro bis 7 Dollar", "different currencies", (0, 19)),
    ("50.000-Besucher-Rekord", "unexpected '-' after the amount", (6, 22)),
    ("abc", "expected a number, found 'abc'", (0, 3)),
]


@pytest.mark.parametrize(("text", "reason", "span"), ERRORS, ids=[e[0] for e in ERRORS])
def test_errors(text: str, reason: str, span: tuple[int, int]) -> None:
    with pytest.raises(ParseError) as info:
        parse_amount(text)
    assert reason in info.value.reason
    assert info.value.span == span


def test_twelve_point_three_four_in_de_de() -> None:
    with pytest.raises(ParseError, match=r"did you mean 1\.234 or 12,34\?"):
        parse_amount("12.34 Euro", locale="de_DE")


def test_an_ambiguous_currency_names_its_choices() -> None:
    with pytest.raises(ParseError) as info:
        parse_amount("100 Kronen")
    assert info.value.currency_choices == ("CZK", "DKK", "ISK", "NOK", "SEK")
    assert info.value.span == (4, 10)


def test_default_currency() -> None:
    assert parse_amount("100 Millionen", default_currency="EUR").currency == "EUR"
    assert parse_amount("100 Kronen", default_currency="SEK").currency == "SEK"
    assert parse_amount("100 Dollar", default_currency="EUR").currency == "USD"
    magnitude = parse_amount(
        "im zweistelligen Milliardenbereich", default_currency="USD"
    )
    assert magnitude == Amount(D("1E10"), D("1E11"), "USD", Qualifier.MAGNITUDE)


def test_bad_arguments_are_value_errors() -> None:
    with pytest.raises(ValueError, match="unknown ISO 4217 currency code 'XYZ'"):
        parse_amount("1", default_currency="XYZ")
    with pytest.raises(ValueError, match="unknown locale"):
        parse_amount("1", locale="de_LU")


def test_phrase_at_reads_inside_a_text() -> None:
    text = "Amazon verhandelt über eine Investition von bis zu 50 Milliarden Dollar."
    start = text.index("bis zu")
    phrase = phrase_at(text, start)
    assert phrase is not None
    assert text[phrase.start : phrase.end] == "bis zu 50 Milliarden Dollar"
    assert phrase.amount() == Amount(None, D("5E10"), "USD", Qualifier.AT_MOST)
    assert not phrase.lenient


def test_phrase_at_flags_a_lenient_reading() -> None:
    phrase = phrase_at("Das kostet 1.5 Mrd. Euro.", 11)
    assert phrase is not None
    assert phrase.lenient
    assert phrase.amount() == Amount.exact(D("1.5E9"), "EUR")


def test_phrase_at_compound_ends_at_the_currency() -> None:
    text = "Ein 100-Milliarden-Dollar-Deal."
    phrase = phrase_at(text, 4)
    assert phrase is not None
    assert text[phrase.start : phrase.end] == "100-Milliarden-Dollar"
    assert phrase.compound


def test_phrase_at_never_raises_when_lenient() -> None:
    assert phrase_at("1,2,3,4", 0) is not None
    assert phrase_at("zwischen 9 und 5 Euro", 0) is None


@given(st.text())
def test_any_text_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_amount(text)


_ALPHABET = st.sampled_from(
    ["1", "0", ".", ",", "’", " ", "-", "–", "Mrd.", "Euro", "€", "$", "bis", "zu",
     "zwischen", "und", "zwei", "stelligen", "Millionenbereich", "Kronen", "Cent",
     "im", "über", "Milliarden", "-Dollar-", "in", "mehrere", "Hunderte",
     "Tausende", "die", "Milliarde", "Dutzend", "Dutzende", "halbes", "Viertel",
     "Drittel", "½", "⅓", "/", "C$", "A$", "ein", "siebenundachtzig", "(",
     "Vorjahr:", ")", "auf", "von", "um"]
)  # fmt: skip


@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_money_like_text_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_amount(text)
    phrase_at(text, 0)


def _quiet(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_amount(text)


@pytest.mark.parametrize(
    "unit",
    [
        "1",
        "1.1",
        "1 ",
        "Milliarden ",
        "€",
        "bis zu ",
        "zwischen 1 und ",
        "100-",
        "1 Euro ",
    ],
)
def test_parse_amount_grows_linearly(unit: str) -> None:
    ratio = growth(_quiet, lambda n: unit * (n // len(unit)), 10_000)
    assert ratio < 30, f"10x input took {ratio:.1f}x time"


def test_fast_path_agrees_with_the_grammar() -> None:
    taken = 0
    for case in all_cases():
        text = case[0]
        fast = _simple_amount(text, "de", None)
        if fast is None:
            continue
        taken += 1
        phrase = grammar_phrase_at(text, 0, strict=True)
        assert phrase is not None
        assert phrase.end == len(text.rstrip())
        assert fast == phrase.amount(), text
    assert taken > len(all_cases()) // 2


def _same_phrase_as_the_grammar(text: str, start: int = 0) -> bool:
    """Whether the one-match path reads *text* at *start*; asserts that
    what it reads is what the grammar alone reads."""
    fast = simple_phrase_at(text, start, "de", None)
    if fast is None:
        return False
    assert fast == grammar_phrase_at(text, start, "de", None), text
    return True


def test_fast_path_reads_ranges_as_the_grammar() -> None:
    # Unique phrases with bounds, ranges, number words, cents, magnitudes.
    hard = [text for text, _ in hard_phrases(3000, seed=15)]
    ranges = [t for t in hard if " bis " in t or " und " in t]
    taken = sum(_same_phrase_as_the_grammar(text) for text in hard)
    assert sum(_same_phrase_as_the_grammar(text) for text in ranges) > len(ranges) / 2
    assert taken > len(hard) / 3
    for text in [
        "Es kostet 5-7 Mio. Euro.",
        "von 5–7 Mio. Euro heute",
        "5 bis 7 Mio. Euro und 30 Cent",
        "3,5 Mrd. bis 4 Mrd. Euro",
        "5 Mio. bis 7 Euro",
        "zwischen 5-7 Mio. Euro",
        "zwischen 5 bis 7 Mio. Euro",
        "von 5 und 7 Mio. Euro",
        "7 bis 5 Mio. Euro",
        "5 bis 7 Fr . Danach",
        "5 bis 7 Kronen",
        "1.5 bis 2 Mrd. Euro",
        "5 bis ½ Euro",
    ]:
        _same_phrase_as_the_grammar(text)


_RANGE_TOKENS = st.sampled_from(
    ["zwischen", "von", "bis", "und", "zu", "unter", "über", "-", "–", " ", "  ",
     "5", "12", "3,5", "1.000", "1.5", "1 000", "7K", "2024", "Mio.", "Mrd.",
     "Milliarden", "Euro", "Dollar", "EUR", "usd", "Fr", "Fr.", ".", "Schweizer",
     "Franken", "Cent", "Kronen", "Prozent", "(", ")", ",", "½", "1/2", "-Euro"]
)  # fmt: skip


@given(st.lists(_RANGE_TOKENS, max_size=9).map(" ".join))
def test_fast_path_agrees_on_generated_ranges(text: str) -> None:
    _same_phrase_as_the_grammar(text)
    fast = _simple_amount(text, "de", None)
    if fast is not None:
        assert fast == parse_amount(text)


@given(st.lists(_ALPHABET, max_size=12).map("".join))
def test_fast_path_agrees_on_generated_text(text: str) -> None:
    _same_phrase_as_the_grammar(text)
    fast = _simple_amount(text, "de", None)
    if fast is not None:
        phrase = grammar_phrase_at(text, 0)
        assert phrase is not None
        assert fast == phrase.amount()


_WORDS = st.lists(st.sampled_from(["a", "ab", "b", "ba", "a b", "abc", "B", "ä"]))


@given(_WORDS.filter(bool), st.text(alphabet="abcBä ", max_size=8))
def test_trie_alternation_matches_as_longest_first(words: list[str], text: str) -> None:
    """The trie pattern matches what a plain longest-first alternation does."""
    plain = "|".join(
        r"\s+".join(re.escape(w) for w in word.split())
        for word in sorted(set(words), key=lambda w: (-len(w), w))
    )
    trie = re.compile(rf"(?:{alternation(words)})(?![a-z])", re.IGNORECASE)
    naive = re.compile(rf"(?:{plain})(?![a-z])", re.IGNORECASE)
    found, want = trie.match(text), naive.match(text)
    assert (found and found[0]) == (want and want[0])


def test_simple_shape_defers_to_the_grammar_where_the_tables_miss() -> None:
    """The pattern ignores case; "5m" and "Mıo." are not in the tables."""
    for text in ("5m Euro", "5 Mıo. Euro", "zweı Euro"):
        with pytest.raises(ParseError):
            parse_amount(text)
    assert parse_amount("Fr .5") == Amount(D(5), D(5), "CHF", Qualifier.EXACT)
