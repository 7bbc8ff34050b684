"""extract_deals on the test tables: precision, recall and speed.

Run from the repository root::

    python -m benchmarks.deals [--rounds N] [--megabytes M]

Scores each table of ``tests/deal_table.py`` as the held-out sets are
scored (deals matched by their set of parties, then each commitment and
status change), and times extract_deals on the table texts (texts/s) and
on the seed article repeated to M megabytes (MB/s), the best of N rounds.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from dealrecord import Deal, PartialDate, Party, extract_deals, load_jsonl
from tests.deal_table import TABLES, cases, read, score

DATA = Path(__file__).parent.parent / "examples" / "data"
ARTICLE = DATA / "article_de.txt"
#: The seed story's date, as its example gives it.
PUBLISHED = PartialDate(2026, 1, 31)


def _watch_list() -> list[Party]:
    """The parties of the seed story's deals, as its example watches them."""
    with (DATA / "nvidia_openai.expected.jsonl").open(encoding="utf-8") as lines:
        parties = [p for deal in load_jsonl(lines, Deal) for p in deal.parties]
    return list({party.name: party for party in parties}.values())


def _best(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs; the best counts")
    parser.add_argument("--megabytes", type=float, default=1.0)
    args = parser.parse_args(argv)
    for table in TABLES:
        table_cases = list(cases(table))
        pairs = [(read(case), case.expected) for case in table_cases]
        right = sum(got == want for got, want in pairs)
        print(f"{table.name}: {right}/{len(pairs)} texts read exactly right")
        for name, counts in score(pairs).items():
            print(
                f"  {name:<12} precision {counts.precision():.3f}"
                f"  recall {counts.recall():.3f}"
                f"  ({counts.right} right, {counts.found} found,"
                f" {counts.expected} expected)"
            )
    every = list(cases())
    seconds = _best(lambda: [read(case) for case in every], args.rounds)
    print(f"table texts:  {len(every) / seconds:10,.0f} texts/s")
    article = ARTICLE.read_text(encoding="utf-8")
    text = article * max(1, round(args.megabytes * 1e6 / len(article)))
    watch = _watch_list()
    seconds = _best(
        lambda: extract_deals(text, parties=watch, published=PUBLISHED),
        args.rounds,
    )
    print(f"seed article: {len(text.encode()) / 1e6 / seconds:10.2f} MB/s")


if __name__ == "__main__":
    main()
