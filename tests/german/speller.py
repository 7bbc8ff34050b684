"""A German number speller for property tests.

1852 is "eintausendachthundertzweiundfünfzig".
"""

from __future__ import annotations

_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TEENS = [
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]
_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig"]
_TENS += ["achtzig", "neunzig"]
_SCALES = [
    (15, "eine Billiarde", "Billiarden"),
    (12, "eine Billion", "Billionen"),
    (9, "eine Milliarde", "Milliarden"),
    (6, "eine Million", "Millionen"),
]


def _below_hundred(n: int, *, final: bool) -> str:
    if n == 1:
        return "eins" if final else "ein"
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return (f"{_UNITS[unit]}und" if unit else "") + _TENS[tens]


def _below_thousand(n: int, *, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    text = f"{_UNITS[hundreds]}hundert" if hundreds else ""
    return text + (_below_hundred(rest, final=final) if rest else "")


def _below_million(n: int, *, final: bool) -> str:
    thousands, rest = divmod(n, 1000)
    text = f"{_below_thousand(thousands, final=False)}tausend" if thousands else ""
    return text + (_below_thousand(rest, final=final) if rest else "")


def spell(n: int) -> str:
    """*n* (0 <= n <= 10**18) in German words, scale words apart."""
    if n == 0:
        return "null"
    parts = []
    for exponent, one, many in _SCALES:
        count, n = divmod(n, 10**exponent)
        if count == 1:
            parts.append(one)
        elif count:
            parts.append(f"{_below_million(count, final=True)} {many}")
    if n:
        parts.append(_below_million(n, final=True))
    return " ".join(parts)
