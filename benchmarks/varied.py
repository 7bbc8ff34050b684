"""Varied inputs for the benchmarks: no two phrases or sentences alike.

A benchmark that reads one phrase or one article again and again measures
the caches as much as the reader.  These generators vary the digits, the
number words, the scales, the currencies and the words around them, from
a seeded random source, so that every run reads the same text and no
reading can be looked up from an earlier one.

:func:`hard_phrases` gives phrases that leave the one-match path (ranges,
bounds, number words, magnitudes, amounts with cents), each with the
amount DESIGN.md's readings give it, computed here from the parts and not
by the parser.  :func:`varied_text` gives running German text: sentences
with one such phrase or an easy one, and sentences with numbers that are
no money (years, percentages, counts), in random order.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from dealrecord.values import Amount, Qualifier
from tests.german.speller import spell

#: Currency words with their codes.
_CURRENCIES = [
    ("Euro", "EUR"),
    ("Dollar", "USD"),
    ("US-Dollar", "USD"),
    ("Franken", "CHF"),
    ("Schweizer Franken", "CHF"),
    ("Pfund", "GBP"),
    ("Yen", "JPY"),
    ("Rubel", "RUB"),
    ("EUR", "EUR"),
    ("USD", "USD"),
]
#: Scale words with their powers of ten.
_SCALES = [
    ("Millionen", 6),
    ("Mio.", 6),
    ("Milliarden", 9),
    ("Mrd.", 9),
    ("Billionen", 12),
    ("Tausend", 3),
]
_APPROX = ["rund", "etwa", "ca.", "knapp", "fast", "gut"]
_MAGNITUDE_DIGITS = [("ein", 1), ("zwei", 2), ("drei", 3)]
_MAGNITUDE_SCALES = [("Millionen", 6), ("Milliarden", 9)]

_Phrase = tuple[str, Amount]


def _figure(rng: random.Random) -> tuple[str, Decimal]:
    """A figure in German digits, with a decimal part one time in three."""
    whole = rng.randint(1, 999)
    if rng.random() < 1 / 3:
        tenths = rng.randint(1, 9)
        return f"{whole},{tenths}", Decimal(f"{whole}.{tenths}")
    return str(whole), Decimal(whole)


def _pair(rng: random.Random) -> tuple[str, Decimal, str, Decimal]:
    low_text, low = _figure(rng)
    high = low + rng.randint(1, 50)
    return low_text, low, str(high).replace(".", ","), high


def _scale_and_currency(rng: random.Random) -> tuple[str, int, str, str]:
    scale, exponent = rng.choice(_SCALES)
    currency, code = rng.choice(_CURRENCIES)
    return scale, exponent, currency, code


def _bound(rng: random.Random) -> _Phrase:
    word, qualifier = rng.choice(
        [
            ("bis zu", Qualifier.AT_MOST),
            ("höchstens", Qualifier.AT_MOST),
            ("mindestens", Qualifier.AT_LEAST),
            ("mehr als", Qualifier.MORE_THAN),
            ("über", Qualifier.MORE_THAN),
            ("weniger als", Qualifier.LESS_THAN),
            ("unter", Qualifier.LESS_THAN),
        ]
    )
    text, value = _figure(rng)
    scale, exponent, currency, code = _scale_and_currency(rng)
    value = value.scaleb(exponent)
    upper = qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN)
    amount = Amount(None if upper else value, value if upper else None, code, qualifier)
    return f"{word} {text} {scale} {currency}", amount


def _approx(rng: random.Random) -> _Phrase:
    text, value = _figure(rng)
    scale, exponent, currency, code = _scale_and_currency(rng)
    value = value.scaleb(exponent)
    word = rng.choice(_APPROX)
    return f"{word} {text} {scale} {currency}", Amount(
        value, value, code, Qualifier.APPROX
    )


def _range(rng: random.Random) -> _Phrase:
    low_text, low, high_text, high = _pair(rng)
    scale, exponent, currency, code = _scale_and_currency(rng)
    shape = rng.choice(
        [
            "zwischen {a} und {b} {s} {c}",
            "{a} bis {b} {s} {c}",
            "von {a} bis {b} {s} {c}",
        ]
    )
    text = shape.format(a=low_text, b=high_text, s=scale, c=currency)
    amount = Amount(low.scaleb(exponent), high.scaleb(exponent), code, Qualifier.RANGE)
    return text, amount


def _words(rng: random.Random) -> _Phrase:
    n = rng.randint(2, 999)
    scale, exponent = rng.choice([("Millionen", 6), ("Milliarden", 9), ("", 0)])
    currency, code = rng.choice(_CURRENCIES[:7])
    value = Decimal(n).scaleb(exponent)
    text = " ".join(w for w in (spell(n).replace(" ", ""), scale, currency) if w)
    return text, Amount(value, value, code, Qualifier.EXACT)


def _cents(rng: random.Random, shapes: tuple[str, ...] | None = None) -> _Phrase:
    units, cents = rng.randint(1, 9_999), rng.randint(1, 99)
    value = Decimal(units) + Decimal(cents).scaleb(-2)
    text = rng.choice(shapes or ("{u} Euro und {c} Cent", "{u} Euro {c}"))
    amount = Amount(value, value, "EUR", Qualifier.EXACT)
    return text.format(u=f"{units:,}".replace(",", "."), c=cents), amount


def _cents_in_text(rng: random.Random) -> _Phrase:
    # "5 Euro 50" carries cents only where nothing follows it that the
    # digits could count ("5 Euro 50 für …" reads 5 Euro): in running
    # text, the cents are named.
    return _cents(rng, ("{u} Euro und {c} Cent",))


def _magnitude(rng: random.Random) -> _Phrase:
    digits_word, digits = rng.choice(_MAGNITUDE_DIGITS)
    scale_word, exponent = rng.choice(_MAGNITUDE_SCALES)
    low = Decimal(1).scaleb(digits - 1 + exponent)
    high = Decimal(1).scaleb(digits + exponent)
    if rng.random() < 0.5:
        text = f"im {digits_word}stelligen {scale_word}bereich"
        return text, Amount(low, high, None, Qualifier.MAGNITUDE)
    text = f"im {digits_word}stelligen {scale_word}-Euro-Bereich"
    return text, Amount(low, high, "EUR", Qualifier.MAGNITUDE)


_HARD: list[Callable[[random.Random], _Phrase]] = [
    _bound,
    _approx,
    _range,
    _words,
    _cents,
    _magnitude,
]


_IN_TEXT = [_cents_in_text if maker is _cents else maker for maker in _HARD]


def hard_phrases(count: int, seed: int = 17) -> list[_Phrase]:
    """*count* phrases that leave the one-match path, with their amounts;
    the same ones for the same *seed*, and (nearly) no two alike."""
    rng = random.Random(seed)
    return [rng.choice(_HARD)(rng) for _ in range(count)]


def _easy(rng: random.Random) -> _Phrase:
    text, value = _figure(rng)
    scale, exponent, currency, code = _scale_and_currency(rng)
    value = value.scaleb(exponent)
    return f"{text} {scale} {currency}", Amount(value, value, code, Qualifier.EXACT)


_COMPANIES = ["Siemens", "die Telekom", "Bayer", "ein Start-up aus Berlin", "Nvidia"]
_COMPANIES += ["der Konzern", "die Bank", "das Unternehmen", "OpenAI", "die Stadt"]
_VERBS = ["investiert", "zahlt", "erhält", "plant", "meldet", "verliert", "bietet"]
#: The amount follows a verb or an adverb: "über" after a noun names an
#: amount ("ein Kredit über 5 Mio. Euro"), which is another reading.
_MONEY_SENTENCES = [
    "{who} {verb} {amount}.",
    "Laut Bericht {verb} {who} demnach {amount} für den Ausbau.",
    "Im Jahr {year} {verb} {who} insgesamt {amount}.",
    "{who} {verb} bereits {amount} in neue Werke.",
]
_PLAIN_SENTENCES = [
    "Der Umsatz stieg um {pct} Prozent, teilte {who} am {day}. März {year} mit.",
    "An der Versammlung nahmen {count} Menschen teil.",
    "{who} beschäftigt {count} Mitarbeiter in {count2} Ländern.",
    "Die Quote lag zuletzt bei {pct} Prozent, im Vorjahr bei {pct2} Prozent.",
    "Seit {year} hat sich die Zahl der Filialen auf {count} erhöht.",
]


def varied_text(size: int, seed: int = 17) -> tuple[str, list[Amount]]:
    """Running German text of about *size* characters and the amounts of
    the money phrases put in it, in order: half the sentences hold one, a
    hard one (:func:`hard_phrases`) or an easy one, each varied."""
    rng = random.Random(seed)
    parts: list[str] = []
    planted: list[Amount] = []
    length = 0
    while length < size:
        fill = {
            "who": rng.choice(_COMPANIES),
            "verb": rng.choice(_VERBS),
            "year": rng.randint(1990, 2030),
            "day": rng.randint(1, 28),
            "pct": f"{rng.randint(1, 99)},{rng.randint(0, 9)}",
            "pct2": rng.randint(1, 99),
            "count": f"{rng.randint(1_000, 99_999):,}".replace(",", "."),
            "count2": rng.randint(2, 90),
        }
        if rng.random() < 0.5:
            maker = rng.choice([*_IN_TEXT, _easy, _easy])
            phrase, amount = maker(rng)
            fill["amount"] = phrase
            sentence = rng.choice(_MONEY_SENTENCES).format(**fill)
            planted.append(amount)
        else:
            sentence = rng.choice(_PLAIN_SENTENCES).format(**fill)
        sentence = sentence[0].upper() + sentence[1:]
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts), planted
