"""Rebuild the deal history of the seed story and print it as JSON Lines.

The story (``data/article_de.txt``) reports the Nvidia–OpenAI alliance
announced in September 2025 and, on 31 January 2026, that it had stalled.
Every record carries the sentence it came from as its source quote.

Run it with ``python examples/nvidia_openai.py``; ``--indent`` pretty-prints
one document instead of writing JSON Lines.
"""

from __future__ import annotations

import argparse
import re
import sys
from decimal import Decimal
from pathlib import Path

import orjson

from dealrecord import (
    Amount,
    Commitment,
    CommitmentKind,
    Deal,
    PartialDate,
    Party,
    PartyKind,
    Qualifier,
    Quantity,
    Source,
    Status,
    StatusChange,
    dump_jsonl,
    to_dict,
)

ARTICLE = Path(__file__).parent / "data" / "article_de.txt"
# A sentence ends at . ! or ? before a capital, but not after a number
# ("am 31. Januar"), and at every line break.
_SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[A-ZÄÖÜ„\"])|\n+")


def sentence_with(text: str, phrase: str) -> str:
    """The sentence of *text* that contains *phrase* (which must be there)."""
    for sentence in _SENTENCE_END.split(text):
        if phrase in sentence:
            return sentence.strip()
    msg = f"the article has no sentence with {phrase!r}"
    raise LookupError(msg)


def build_deal(article: str) -> Deal:
    """The seed story as a Deal."""

    def source(phrase: str, publisher: str | None = None) -> Source:
        return Source(publisher=publisher, quote=sentence_with(article, phrase))

    usd = "USD"
    parties = (
        Party("Nvidia", PartyKind.COMPANY, aliases=("Nvidia-Chef",), country="US"),
        Party("OpenAI", PartyKind.COMPANY, aliases=("ChatGPT-Macher",), country="US"),
        Party("Amazon", PartyKind.COMPANY, country="US"),
        Party("SoftBank Group", PartyKind.COMPANY, aliases=("SoftBank",), country="JP"),
        Party("Microsoft", PartyKind.COMPANY, country="US"),
        Party("Oracle", PartyKind.COMPANY, country="US"),
    )
    commitments = (
        Commitment(
            "Nvidia",
            ("OpenAI",),
            CommitmentKind.INVESTMENT,
            Amount.exact(Decimal("100E9"), usd),
            capacity=Quantity(Decimal(10), "GW"),
            binding=False,
            source=source("100 Milliarden Dollar wollte Jensen Huang"),
        ),
        Commitment(
            "Amazon",
            ("OpenAI",),
            CommitmentKind.INVESTMENT,
            Amount(None, Decimal("50E9"), usd, Qualifier.AT_MOST),
            source=source("bis zu 50 Milliarden Dollar"),
        ),
        Commitment(
            "OpenAI",
            ("Microsoft", "Oracle", "Amazon"),
            CommitmentKind.COMPUTE_CONTRACT,
            Amount(Decimal("1E12"), None, usd, Qualifier.MORE_THAN),
            source=source("Cloud-Zusagen von über einer Billion Dollar"),
        ),
    )
    history = (
        StatusChange(
            PartialDate(2025, 9),
            Status.ANNOUNCED,
            source("Im September 2025"),
            note="Nvidia to invest 100 billion USD in OpenAI for 10 GW of compute.",
        ),
        StatusChange(
            PartialDate(2026, 1, 31),
            Status.STALLED,
            source("am 31. Januar 2026", publisher="Wall Street Journal"),
        ),
    )
    return Deal(
        id="nvidia-openai-2025",
        title="Nvidia und OpenAI: strategische Allianz über 100 Milliarden Dollar",
        parties=parties,
        commitments=commitments,
        history=history,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    parser.add_argument("--indent", action="store_true", help="pretty-print")
    args = parser.parse_args(argv)
    deal = build_deal(args.article.read_text(encoding="utf-8"))
    if args.indent:
        sys.stdout.write(
            orjson.dumps(to_dict(deal), option=orjson.OPT_INDENT_2).decode()
        )
        sys.stdout.write("\n")
    else:
        dump_jsonl([deal], sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
