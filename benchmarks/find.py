"""find_money over running text, beside a floor scan and price-parser.

Run from the repository root::

    python -m benchmarks.find [--megabytes 10] [--rounds 5] [--article PATH]

It measures the finders it imports, and says which: the pure-Python
sources, or a build compiled with mypyc (see hatch_build.py), measured
with that build first on the path::

    DEALRECORD_COMPILE=1 python -m pip install --no-deps --upgrade \\
        --target build/compiled .
    PYTHONPATH=build/compiled:. python -P -m benchmarks.find

Two measurements in one run:

1. **Throughput.** The seed article (``examples/data/article_de.txt``, or
   *--article*) repeated to *--megabytes* MB (UTF-8), read by
   :func:`dealrecord.find_money` and by a floor scan,
   ``re.finditer(r"\\d+", text)``: the least any finder must do, visit every
   digit run.  Prints MB/s of both and the ratio.
   The same beside a varied text of the same size
   (:func:`benchmarks.varied.varied_text`): sentences with different
   numbers, words and currencies in each, so that no per-word cache stays
   hot the way one article read again and again keeps it; it also says
   whether every amount put in it is found, in order, with its value.
2. **Sentences.** The sentence-level tables of ``tests/test_find.py`` (seed
   article, DESIGN.md patterns, negatives), each sentence read by
   find_money and by price-parser's ``Price.fromstring`` (which finds at
   most one price a string).  Prints sentences per second of both, the
   ratio, and how many sentences each reads right: ours when the mentions
   (span, bounds, currency, qualifier) are exactly the expected ones;
   price-parser's when the sentence has one expected point mention and its
   amount and currency are that mention's, or none and it finds no amount.
   Beside them, in the same turns, the reading alone:
   :func:`dealrecord.german.money.phrase_at` (the one-match path, else the
   grammar) once at the start of each mention find_money finds, the least
   a finder built on it must do.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from price_parser import Price

from benchmarks.parse import price_parser_code
from benchmarks.varied import varied_text
from dealrecord import find_money
from dealrecord.german import find as find_module
from dealrecord.german.money import phrase_at
from tests.test_find import (
    DESIGN,
    NOT_MONEY,
    SEED,
    SEED_ARTICLE,
    Expected,
    expected_readings,
    readings,
)

_FLOOR = re.compile(r"\d+")
_MB = 1_000_000


def _best_seconds(
    functions: Sequence[Callable[[], object]], rounds: int
) -> list[float]:
    """The best time of each function over *rounds*, taken in turns.

    Taking turns (rather than all rounds of one, then the next) lets a
    passing load on the machine slow both alike, which steadies the ratio.
    """
    best = [float("inf")] * len(functions)
    for _ in range(rounds):
        for i, function in enumerate(functions):
            start = time.perf_counter()
            function()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def _build() -> str:
    """Which build of the finders runs: the ``.py`` sources or compiled ones."""
    path = find_module.__file__ or ""
    return "pure Python" if path.endswith(".py") else "compiled (mypyc)"


def _floor_scan(text: str) -> int:
    return sum(1 for _ in _FLOOR.finditer(text))


def _sentences() -> list[tuple[str, list[Expected]]]:
    return [
        *DESIGN,
        *((text, []) for text in NOT_MONEY),
        (SEED_ARTICLE, SEED),
    ]


def _ours_right(text: str, expected: list[Expected]) -> bool:
    return readings(find_money(text)) == expected_readings(expected)


def _price_parser_right(text: str, expected: list[Expected]) -> bool:
    price = Price.fromstring(text)
    if not expected:
        return price.amount is None
    if len(expected) != 1 or expected[0][1] != expected[0][2]:
        return False
    _, value, _, currency, _ = expected[0]
    if price.amount is None or value is None:
        return False
    code = price_parser_code(price.currency)
    return Decimal(price.amount) == Decimal(value) and code == currency


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=5, help="runs; the best counts")
    parser.add_argument("--article", type=Path, help="a UTF-8 text to repeat")
    args = parser.parse_args(argv)

    article = args.article.read_text(encoding="utf-8") if args.article else SEED_ARTICLE
    size = int(args.megabytes * _MB)
    copies = size // len(article.encode("utf-8")) + 1
    text = "\n\n".join([article] * copies)
    megabytes = len(text.encode("utf-8")) / _MB
    found = len(find_money(text))
    ours, floor = _best_seconds(
        [lambda: find_money(text), lambda: _floor_scan(text)], args.rounds
    )
    print(f"finders: {_build()}")
    print(f"text: seed article x {copies} = {megabytes:.1f} MB, {found} mentions")
    print(f"{'reader':<22}{'MB/s':>8}")
    print(f"{'find_money':<22}{megabytes / ours:>8.1f}")
    print(f"{'floor scan':<22}{megabytes / floor:>8.1f}")
    print(f"floor / find_money: {ours / floor:.2f}x slower than the floor")
    print()

    varied, planted = varied_text(size)
    varied_mb = len(varied.encode("utf-8")) / _MB
    mentions = find_money(varied)
    right = [m.amount for m in mentions] == planted
    ours, floor = _best_seconds(
        [lambda: find_money(varied), lambda: _floor_scan(varied)], args.rounds
    )
    print(
        f"text: varied sentences, {varied_mb:.1f} MB, {len(mentions)} mentions"
        f" ({len(planted)} put in, {'all' if right else 'not all'} read right)"
    )
    print(f"{'reader':<22}{'MB/s':>8}")
    print(f"{'find_money':<22}{varied_mb / ours:>8.1f}")
    print(f"{'floor scan':<22}{varied_mb / floor:>8.1f}")
    print(f"floor / find_money: {ours / floor:.2f}x slower than the floor")
    print()

    sentences = _sentences()
    texts = [s for s, _ in sentences]
    # The least a finder built on the grammar must do: read each mention
    # once, at its start, and nothing else.
    starts = [(t, m.start) for t in texts for m in find_money(t)]
    ours_s, peer_s, reading_s = _best_seconds(
        [
            lambda: [find_money(t) for t in texts],
            lambda: [Price.fromstring(t) for t in texts],
            lambda: [phrase_at(t, start) for t, start in starts],
        ],
        args.rounds * 10,
    )
    ours_right = sum(_ours_right(s, e) for s, e in sentences)
    peer_right = sum(_price_parser_right(s, e) for s, e in sentences)
    n = len(sentences)
    print(f"sentence tables: {n} texts")
    print(f"{'reader':<22}{'texts/s':>10}{'right':>10}")
    print(f"{'find_money':<22}{n / ours_s:>10.0f}{ours_right:>6}/{n}")
    print(f"{'price-parser':<22}{n / peer_s:>10.0f}{peer_right:>6}/{n}")
    print(f"find_money / price-parser speed: {peer_s / ours_s:.2f}")
    print(
        f"reading alone (phrase_at once at each of the {len(starts)} mention"
        f" starts) / price-parser speed: {peer_s / reading_s:.2f}"
    )


if __name__ == "__main__":
    main()
