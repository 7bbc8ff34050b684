"""parse_amount beside price-parser's Price.fromstring on the same phrases.

Run from the repository root::

    python -m benchmarks.parse [--rounds N]

The phrases are the test tables of ``tests/german/phrases.py`` (seed
article, DESIGN.md, the issue, the Duckling money corpus and phrases built
from parts of known value).  Prints phrases per second of both, the ratio,
and how many phrases each reads right: for price-parser, a phrase counts
only when its amount and currency match the expected ones exactly (its
currency text mapped to an ISO code by the table below).

Nearly all of those phrases take the one-match path.  A second mix, the
hard one, holds only phrases that leave it (bounds, ranges, number words,
amounts with cents, magnitudes), each string unique with varied digits
(:func:`benchmarks.varied.hard_phrases`), so that no cache stands in for
reading; it is reported apart, with the share of each mix that the
one-match path reads.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from decimal import Decimal

from price_parser import Price

from benchmarks.varied import hard_phrases
from dealrecord.errors import ParseError
from dealrecord.german import parse_amount
from dealrecord.german.money import simple_phrase_at
from dealrecord.values import Amount
from tests.german.phrases import all_cases, expected

#: How price-parser's currency texts map to ISO codes (generous to it).
_PRICE_PARSER_CODES = {
    "€": "EUR",
    "EUR": "EUR",
    "Euro": "EUR",
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "CHF": "CHF",
    "Fr.": "CHF",
    "sFr.": "CHF",
    "RMB": "CNY",
}


def price_parser_code(currency: str | None) -> str | None:
    """The ISO code of a currency text price-parser found (generous to it)."""
    return _PRICE_PARSER_CODES.get(currency or "", currency)


def _best_rate(
    function: Callable[[str], object], texts: Sequence[str], rounds: int
) -> float:
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            function(text)
        elapsed = time.perf_counter() - start
        best = max(best, len(texts) / elapsed)
    return best


def _ours(text: str) -> Amount | None:
    try:
        return parse_amount(text)
    except ParseError:
        return None


def _price_parser_right(text: str, want: Amount) -> bool:
    price = Price.fromstring(text)
    if want.value is None or price.amount is None:
        return False
    code = price_parser_code(price.currency)
    return Decimal(price.amount) == want.value and code == want.currency


def _one_match_share(texts: Sequence[str]) -> float:
    """The share of *texts* that the one-match path reads whole."""
    read = 0
    for text in texts:
        phrase = simple_phrase_at(text, 0, "de", None)
        read += phrase is not None and phrase.end == len(text)
    return read / len(texts)


def _compare(
    title: str, texts: Sequence[str], wanted: Sequence[Amount], rounds: int
) -> None:
    ours = _best_rate(_ours, texts, rounds)
    theirs = _best_rate(Price.fromstring, texts, rounds)
    our_right = sum(_ours(t) == w for t, w in zip(texts, wanted, strict=True))
    their_right = sum(
        _price_parser_right(t, w) for t, w in zip(texts, wanted, strict=True)
    )
    n = len(texts)
    print(f"{title}: {n} phrases, {_one_match_share(texts):.0%} on the one-match path")
    print(f"dealrecord:        {ours:10,.0f} phrases/s   right {our_right}/{n}")
    print(f"price-parser:      {theirs:10,.0f} phrases/s   right {their_right}/{n}")
    print(f"ratio (ours/theirs): {ours / theirs:.2f}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs; the best counts")
    parser.add_argument(
        "--hard", type=int, default=5000, help="phrases in the hard mix"
    )
    args = parser.parse_args(argv)
    cases = all_cases()
    texts = [case[0] for case in cases]
    wanted = [expected(case) for case in cases]
    _compare("test tables", texts, wanted, args.rounds)
    print()
    # Each round reads strings it has not read before: a fresh seed each.
    hard = hard_phrases(args.hard * args.rounds)
    hard_texts = [text for text, _ in hard]
    hard_wanted = [amount for _, amount in hard]
    _compare("hard mix (unique strings)", hard_texts, hard_wanted, 1)


if __name__ == "__main__":
    main()
