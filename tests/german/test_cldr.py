"""Our tables agree with babel's CLDR data, and that data has not moved."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from babel import Locale
from babel.numbers import list_currencies

from dealrecord.errors import ParseError
from dealrecord.german import _cldr, parse_amount, parse_number
from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from tests.german.phrases import DATA


def test_snapshot_matches_live_babel() -> None:
    stored = json.loads((DATA / "cldr_de_snapshot.json").read_text(encoding="utf-8"))
    live = json.loads(json.dumps(_cldr.snapshot()))
    assert live == stored


def test_aliases_map_to_real_iso_codes() -> None:
    codes = set(list_currencies())
    assert set(lex.CURRENCY_ALIASES.values()) <= codes
    for candidates in lex.AMBIGUOUS_CURRENCIES.values():
        assert set(candidates) <= codes
        assert len(candidates) > 1
    assert {code for code, _ in lex.MINOR_UNITS.values()} <= codes


def _names() -> list[tuple[str, str]]:
    return sorted(
        {
            (name, code)
            for code, forms in _cldr.currency_names().items()
            for name in forms.values()
        }
    )


def test_every_cldr_currency_name_is_known() -> None:
    index = tok.currencies()
    unknown = []
    for name, code in _names():
        codes = index.phrases.get(tok.currency_key(name))
        if codes is None or code not in codes:
            unknown.append((name, code))
    assert unknown == []


@pytest.mark.parametrize(("name", "code"), _names())
def test_cldr_currency_name_parses(name: str, code: str) -> None:
    codes = tok.currencies().phrases[tok.currency_key(name)]
    if len(codes) > 1:
        with pytest.raises(ParseError, match="ambiguous currency"):
            parse_amount(f"2 {name}")
    else:
        assert parse_amount(f"2 {name}").currency == code
        assert parse_amount(f"2 {name.lower()}").currency == code


def test_cldr_symbols_parse() -> None:
    for symbols in _cldr.currency_symbols().values():
        for code, symbol in symbols.items():
            codes = tok.currencies().phrases[tok.currency_key(symbol)]
            if codes == (code,):
                assert parse_amount(f"5 {symbol}").currency == code
                assert parse_amount(f"{symbol} 5").currency == code


def test_compact_forms_and_scale_words_are_recognised() -> None:
    for style, scales in _cldr.compact_scales().items():
        for exponent, words in scales.items():
            for word in words.values():
                assert parse_number(f"2 {word}") == 2 * Decimal(10) ** exponent, style
    for word, exponent in lex.SCALE_WORDS.items():
        assert parse_number(f"3 {word}") == 3 * Decimal(10) ** exponent
        assert parse_number(f"3 {word.capitalize()}") == 3 * Decimal(10) ** exponent
    for word, exponent in lex.SCALE_ABBREVIATIONS.items():
        assert parse_number(f"3 {word.capitalize()}.") == 3 * Decimal(10) ** exponent


def test_number_symbols_come_from_cldr() -> None:
    for locale in ("de_DE", "de_AT", "de_CH"):
        symbols = Locale.parse(locale).number_symbols["latn"]
        groups, decimals = tok.separators(locale)
        assert symbols["group"] in groups
        assert decimals == symbols["decimal"]


def test_ambiguous_names_are_cldr_names() -> None:
    names = _cldr.currency_names()
    for word, codes in lex.AMBIGUOUS_CURRENCIES.items():
        for code in codes:
            forms = " ".join(names.get(code, {}).values()).casefold()
            assert word.rstrip("ns") in forms, (word, code)


def test_prefixed_dollar_symbols_come_from_cldr() -> None:
    symbols = _cldr.prefixed_symbols()
    expected = {
        "C$": "CAD",
        "CA$": "CAD",
        "A$": "AUD",
        "AU$": "AUD",
        "NZ$": "NZD",
        "HK$": "HKD",
        "S$": "SGD",
        "MX$": "MXN",
        "US$": "USD",
    }
    assert expected.items() <= symbols.items()
    for symbol, code in symbols.items():
        assert parse_amount(f"{symbol} 5").currency == code
        assert parse_amount(f"5 {symbol.lower()}").currency == code
        if symbol.casefold() not in lex.CURRENCY_ALIASES:  # "US $" is an alias
            with pytest.raises(ParseError):
                parse_amount(f"{symbol[:-1]} $ 5")
