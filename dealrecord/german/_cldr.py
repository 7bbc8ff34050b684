"""What the German grammar takes from CLDR, through babel.

Read once, on first use (not at import), and cached:

- German currency display names with their plural forms ``one``/``other``;
- currency symbols of de, de_DE, de_AT and de_CH;
- the symbols that name a dollar by a prefix ("CA$", "A$", "C$", "S$"),
  from the locales that write them;
- number symbols (decimal and group separator) of de_DE, de_AT and de_CH;
- the compact forms of the scale words ("Mio.", "Mrd.", "Bio." and
  "Million"/"Millionen" …).

:func:`snapshot` gives all of it as plain JSON data; the tests compare it
with ``tests/data/cldr_de_snapshot.json`` so that a babel release that
changes the data is noticed.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from babel import Locale

from dealrecord.values import iso_currency_codes

#: The locales a caller may name; "de" is the lenient union of the others.
LOCALES: Final = ("de", "de_DE", "de_AT", "de_CH")
#: Locales whose currency symbols are read.
SYMBOL_LOCALES: Final = ("de", "de_DE", "de_AT", "de_CH")
#: Locales whose currency symbols name a dollar (or another "$" currency)
#: by a prefix of letters: "A$", "CA$", "HK$", "MX$", "NZ$" (en), "AU$",
#: "C$" (nl), "S$" (ta_MY).  The first locale to write a symbol wins.
PREFIXED_SYMBOL_LOCALES: Final = ("en", "nl", "ta_MY")
#: A prefixed dollar symbol: one to three capital letters, then "$".
_PREFIXED_SYMBOL: Final = re.compile(r"[A-Z]{1,3}\$")
#: What a compact pattern has besides its word: digits, quotes, spaces.
_PATTERN_TEXT = re.compile(r"[0#.,\s\u00a0']+")


@functools.cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


@functools.cache
def currency_codes() -> tuple[str, ...]:
    """Every ISO 4217 code CLDR knows, sorted (from the one list,
    :func:`dealrecord.values.iso_currency_codes`)."""
    return tuple(sorted(iso_currency_codes()))


@functools.cache
def currency_names() -> dict[str, dict[str, str]]:
    """Code -> {"name": display name, "one": …, "other": …} (those CLDR has)."""
    de = _locale("de")
    plurals: dict[str, dict[str, str]] = de._data["currency_names_plural"]
    names: dict[str, dict[str, str]] = {}
    for code in currency_codes():
        forms: dict[str, str] = {}
        display = de.currencies.get(code)
        if display:
            forms["name"] = display
        for count, text in plurals.get(code, {}).items():
            if count in ("one", "other") and text:
                forms[count] = text
        if forms:
            names[code] = forms
    return names


@functools.cache
def currency_symbols() -> dict[str, dict[str, str]]:
    """Locale -> code -> symbol, for the codes whose symbol is not the code."""
    table: dict[str, dict[str, str]] = {}
    for name in SYMBOL_LOCALES:
        symbols = _locale(name).currency_symbols
        table[name] = {
            code: symbol
            for code, symbol in sorted(symbols.items())
            if symbol and symbol != code
        }
    return table


@functools.cache
def prefixed_symbols() -> dict[str, str]:
    """Symbol -> code for the symbols of :data:`PREFIXED_SYMBOL_LOCALES`
    made of a prefix and "$" ("C$" -> CAD, "S$" -> SGD)."""
    table: dict[str, str] = {}
    for name in PREFIXED_SYMBOL_LOCALES:
        for code, symbol in sorted(_locale(name).currency_symbols.items()):
            if _PREFIXED_SYMBOL.fullmatch(symbol):
                table.setdefault(symbol, code)
    return dict(sorted(table.items()))


@functools.cache
def number_symbols() -> dict[str, dict[str, str]]:
    """Locale -> {"decimal": …, "group": …, "minus": …} (latin digits)."""
    table: dict[str, dict[str, str]] = {}
    for name in LOCALES:
        symbols = _locale(name).number_symbols["latn"]
        table[name] = {
            "decimal": symbols["decimal"],
            "group": symbols["group"],
            "minus": symbols["minusSign"],
        }
    return table


def _pattern_word(pattern: str) -> str:
    """ "0\xa0Mio'.'" -> "Mio." (the word a compact pattern puts after the digits)."""
    return _PATTERN_TEXT.sub("", pattern.replace("'.'", "\0")).replace("\0", ".")


@functools.cache
def compact_scales() -> dict[str, dict[int, dict[str, str]]]:
    """Style ("short"/"long") -> exponent -> plural category -> word.

    From ``Locale.parse("de").compact_decimal_formats``: ``short`` gives
    {6: {"one": "Mio.", "other": "Mio."}, 9: …}, ``long`` gives
    {3: {"one": "Tausend", …}, 6: {"one": "Million", "other": "Millionen"}, …}.
    """
    formats = _locale("de").compact_decimal_formats
    table: dict[str, dict[int, dict[str, str]]] = {}
    for style in ("short", "long"):
        by_exponent: dict[int, dict[str, str]] = {}
        for count in ("one", "other"):
            for magnitude, pattern in formats[style][count].items():
                word = _pattern_word(pattern.pattern)
                if not word:
                    continue
                if pattern.pattern.count("0") != 1:
                    continue  # "00 Millionen" repeats the word of "0 Million(en)"
                exponent = len(magnitude) - 1
                by_exponent.setdefault(exponent, {})[count] = word
        table[style] = dict(sorted(by_exponent.items()))
    return table


@functools.cache
def currency_pattern_prefix() -> dict[str, bool]:
    """Locale -> True when its currency pattern puts the symbol first."""
    return {
        name: _locale(name).currency_formats["standard"].pattern.startswith("¤")
        for name in LOCALES
    }


def snapshot() -> dict[str, Any]:
    """All the data above as JSON-ready values (exponent keys as strings)."""
    return {
        "currency_codes": list(currency_codes()),
        "currency_names": currency_names(),
        "currency_symbols": currency_symbols(),
        "prefixed_symbols": prefixed_symbols(),
        "number_symbols": number_symbols(),
        "compact_scales": {
            style: {str(e): words for e, words in scales.items()}
            for style, scales in compact_scales().items()
        },
        "currency_pattern_prefix": currency_pattern_prefix(),
    }
