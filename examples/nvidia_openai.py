"""Read the deals of the seed story out of its text and print them as JSON Lines.

The story (``data/article_de.txt``) reports the Nvidia–OpenAI alliance
announced in September 2025 and, on 31 January 2026, that it had stalled;
beside it Amazon's and SoftBank's interest in OpenAI and OpenAI's cloud
commitments.

:func:`dealrecord.extract_deals` reads it for a watch list of parties, the
list a user following these companies would keep: their names and the other
names the press gives them.  Nothing here is written for this one article.

Run it with ``python examples/nvidia_openai.py [ARTICLE]``: one deal a line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from dealrecord import PartialDate, Party, PartyKind, dump_jsonl, extract_deals

ARTICLE = Path(__file__).parent / "data" / "article_de.txt"
#: The story has no dateline; it is told as of the report it is written
#: around, on 31 January 2026.
PUBLISHED = PartialDate(2026, 1, 31)
WATCH_LIST = (
    Party(
        "Nvidia",
        PartyKind.COMPANY,
        aliases=("Jensen Huang", "Huang", "Nvidia-Chef"),
        ticker="NVDA",
    ),
    Party("OpenAI", PartyKind.COMPANY, aliases=("ChatGPT-Macher",)),
    Party("Amazon", PartyKind.COMPANY, ticker="AMZN"),
    Party("SoftBank Group", PartyKind.COMPANY, aliases=("Softbank", "Masayoshi Son")),
    Party("Microsoft", PartyKind.COMPANY, ticker="MSFT"),
    Party("Oracle", PartyKind.COMPANY, ticker="ORCL"),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    args = parser.parse_args(argv)
    text = args.article.read_text(encoding="utf-8")
    deals = extract_deals(text, parties=WATCH_LIST, published=PUBLISHED)
    dump_jsonl(deals, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
