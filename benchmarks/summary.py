"""The four speed targets in one run, each beside its peer, with the ratio.

Run from the repository root::

    python -m benchmarks.summary [--runs 3] [--megabytes 10] [--deals 3000]

Each row is measured *--runs* times, the rows taken in turns within a run,
and printed as the range over the runs (one figure if they agree to the
digits shown):

1. ``parse_amount`` on the hard mix (:func:`benchmarks.varied.hard_phrases`:
   bounds, ranges, number words, cents, magnitudes; unique strings, new
   ones each run) beside price-parser's ``Price.fromstring``: phrases/s.
   Target: at least price-parser's speed.
2. ``find_money`` on the seed article repeated to *--megabytes* MB beside
   the floor scan ``re.finditer(r"\\d+", text)``: MB/s.  Targets: at least
   12 MB/s, and within 5 times the floor.  The same on a varied text of the
   size (:func:`benchmarks.varied.varied_text`) follows, as a figure with
   no target: no per-word cache stays hot there.
3. ``to_json`` of *--deals* deal histories beside msgspec and pydantic:
   seconds.  Target: within 2 times msgspec, ahead of pydantic.
4. ``from_json`` of the same beside msgspec and pydantic: seconds.
   Target: within 3 times msgspec, ahead of pydantic.

The details of each measure are in ``benchmarks/parse.py``, ``find.py``
and ``serialization.py``, which this script draws on.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from price_parser import Price

from benchmarks import serialization
from benchmarks.find import _build
from benchmarks.varied import hard_phrases, varied_text
from dealrecord import find_money, parse_amount

_ARTICLE = (
    Path(__file__).resolve().parent.parent / "examples" / "data" / "article_de.txt"
)
_FLOOR = re.compile(r"\d+")
_MB = 1_000_000


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _parse_row(count: int, seed: int) -> tuple[float, float]:
    """Phrases/s of parse_amount and of price-parser on a fresh hard mix."""
    texts = [text for text, _ in hard_phrases(count, seed)]
    for text, _ in hard_phrases(200, seed=-1 - seed):  # tables built, not timed
        parse_amount(text)
        Price.fromstring(text)
    ours = _seconds(lambda: [parse_amount(t) for t in texts])
    theirs = _seconds(lambda: [Price.fromstring(t) for t in texts])
    return count / ours, count / theirs


def _find_row(text: str, rounds: int) -> tuple[float, float]:
    """MB/s of find_money and of the floor scan, best of *rounds* in turns."""
    megabytes = len(text.encode("utf-8")) / _MB
    ours = floor = float("inf")
    for _ in range(rounds):
        ours = min(ours, _seconds(lambda: find_money(text)))
        floor = min(floor, _seconds(lambda: sum(1 for _ in _FLOOR.finditer(text))))
    return megabytes / ours, megabytes / floor


def _span(values: Sequence[float], digits: int) -> str:
    low, high = f"{min(values):,.{digits}f}", f"{max(values):,.{digits}f}"
    return low if low == high else f"{low}–{high}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs, in turns")
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--deals", type=int, default=3000)
    parser.add_argument("--phrases", type=int, default=20_000)
    args = parser.parse_args(argv)

    article = _ARTICLE.read_text(encoding="utf-8")
    size = int(args.megabytes * _MB)
    seed_text = "\n\n".join([article] * (size // len(article.encode("utf-8")) + 1))
    varied, _ = varied_text(size)
    deals = serialization.make_deals(args.deals, 2025)
    libs = serialization.libraries(deals)
    serialization.check(libs)

    rows: dict[str, list[tuple[float, ...]]] = {
        "parse": [],
        "find": [],
        "varied": [],
        "serial": [],
    }
    for run in range(args.runs):
        rows["parse"].append(_parse_row(args.phrases, seed=run))
        rows["find"].append(_find_row(seed_text, rounds=3))
        rows["varied"].append(_find_row(varied, rounds=3))
        times = {
            lib.name: serialization.measure(lib, 3, collector=True) for lib in libs
        }
        rows["serial"].append(
            tuple(times[name][i] for i in (0, 1) for name in serialization.NAMES)
        )

    print(serialization._machine())
    print(f"finders: {_build()}; {args.runs} runs in turns, ranges over the runs\n")
    _report(rows, args)


def _report(rows: dict[str, list[tuple[float, ...]]], args: argparse.Namespace) -> None:
    parse = rows["parse"]
    ratio = [ours / theirs for ours, theirs in parse]
    print(f"1. parse_amount, hard mix ({args.phrases:,} unique phrases a run)")
    print(f"   dealrecord    {_span([o for o, _ in parse], 0)} phrases/s")
    print(f"   price-parser  {_span([t for _, t in parse], 0)} phrases/s")
    met = sum(r >= 1.0 for r in ratio)
    print(f"   ratio {_span(ratio, 2)}  target >= 1.0: met in {met} of {len(ratio)}\n")

    for key, title in (("find", "seed article"), ("varied", "varied text")):
        find = rows[key]
        slower = [floor / ours for ours, floor in find]
        print(f"2. find_money, {title} x {args.megabytes:g} MB")
        print(f"   find_money    {_span([o for o, _ in find], 1)} MB/s")
        print(f"   floor scan    {_span([f for _, f in find], 1)} MB/s")
        if key == "find":
            met = sum(
                o >= 12 and s <= 5 for (o, _), s in zip(find, slower, strict=True)
            )
            print(
                f"   {_span(slower, 2)}x slower than the floor; "
                f"target >= 12 MB/s and within 5x: met in {met} of {len(find)}\n"
            )
        else:
            print(f"   {_span(slower, 2)}x slower than the floor\n")

    names = serialization.NAMES
    for index, (what, limit) in enumerate((("to_json", 2), ("from_json", 3))):
        values = [
            r[index * len(names) : (index + 1) * len(names)] for r in rows["serial"]
        ]
        column = {name: [v[i] for v in values] for i, name in enumerate(names)}
        ratio = [
            ours / base
            for ours, base in zip(column["dealrecord"], column["msgspec"], strict=True)
        ]
        ahead = [
            ours < peer
            for ours, peer in zip(column["dealrecord"], column["pydantic"], strict=True)
        ]
        print(f"{3 + index}. {what}, {args.deals:,} deals")
        for name in names:
            print(f"   {name:<13} {_span(column[name], 3)} s")
        met = sum(r <= limit and a for r, a in zip(ratio, ahead, strict=True))
        print(
            f"   ratio to msgspec {_span(ratio, 2)}; target within {limit}x "
            f"and ahead of pydantic: met in {met} of {len(ratio)}\n"
        )


if __name__ == "__main__":
    main()
