"""Rebuild the deals of the seed story from its text and print them as JSON Lines.

The story (``data/article_de.txt``) reports the Nvidia–OpenAI alliance
announced in September 2025 and, on 31 January 2026, that it had stalled;
beside it Amazon's and SoftBank's interest in OpenAI, OpenAI's cloud
commitments and planned stock market listing.

Each fact is found by a phrase that names it ("berichtet das Wall Street
Journal"); its amount and date are then read out of that sentence with
:func:`dealrecord.find_money`, :func:`dealrecord.find_numbers` and
:func:`dealrecord.find_dates`, never typed in by hand, and the sentence is
kept as the record's source quote.  What the text does not say is left
open (``binding=None``, no amount) or said in a note.

Run it with ``python examples/nvidia_openai.py [ARTICLE]``: one deal a line.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from dealrecord import (
    Amount,
    Commitment,
    CommitmentKind,
    Deal,
    Figure,
    PartialDate,
    Party,
    PartyKind,
    Quantity,
    Source,
    Status,
    StatusChange,
    dump_jsonl,
    find_dates,
    find_money,
    find_numbers,
)

_T = TypeVar("_T")
ARTICLE = Path(__file__).parent / "data" / "article_de.txt"
# A sentence ends at . ! or ? before a capital or a digit, but not after a number
# ("am 31. Januar"), and at every line break.
_SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[A-ZÄÖÜ0-9„\"])|\n+")
#: Units of capacity the story names, as the symbols a Quantity takes.
_UNITS = {"Gigawatt": "GW", "Megawatt": "MW"}


def _one(found: list[_T], what: str) -> _T:
    """The only item of *found*; LookupError naming *what* otherwise."""
    if len(found) != 1:
        msg = f"expected one {what}, found {len(found)}"
        raise LookupError(msg)
    return found[0]


class Story:
    """The article, read one sentence at a time."""

    def __init__(self, text: str, publisher: str | None = None) -> None:
        self.sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
        self.publisher = publisher

    def sentence(self, phrase: str) -> str:
        """The one sentence that contains *phrase*."""
        found = [s for s in self.sentences if phrase in s]
        return _one(found, f"sentence with {phrase!r}")

    def source(self, phrase: str, publisher: str | None = None) -> Source:
        """The sentence with *phrase* as a source quote."""
        return Source(
            publisher=publisher or self.publisher, quote=self.sentence(phrase)
        )

    def money(self, phrase: str, *, default_currency: str | None = None) -> Amount:
        """The one money amount in the sentence with *phrase*."""
        sentence = self.sentence(phrase)
        found = find_money(sentence, default_currency=default_currency)
        return _one(found, f"amount in {sentence!r}").amount

    def capacity(self, phrase: str) -> Quantity:
        """The number followed by a unit of capacity in the sentence with *phrase*."""
        sentence = self.sentence(phrase)
        for mention in find_numbers(sentence):
            unit = sentence[mention.end :].split(maxsplit=1)[:1]
            value = mention.amount.value
            if unit and unit[0] in _UNITS and value is not None:
                return Quantity(value, _UNITS[unit[0]])
        msg = f"no capacity in {sentence!r}"
        raise LookupError(msg)

    def date(self, phrase: str) -> PartialDate:
        """The one date in the sentence with *phrase*, at the precision it gives."""
        sentence = self.sentence(phrase)
        return _one(find_dates(sentence), f"date in {sentence!r}").date


def build_deals(text: str) -> list[Deal]:
    """The deals of the seed story, read from *text*."""
    story = Story(text)
    nvidia = Party("Nvidia", PartyKind.COMPANY)
    openai = Party("OpenAI", PartyKind.COMPANY, aliases=("ChatGPT-Macher",))
    amazon = Party("Amazon", PartyKind.COMPANY)

    # The story has no dateline; it is told as of the report it is written
    # around, and facts in its present tense are dated to that report.
    report = "berichtet das Wall Street Journal"
    as_of = story.date(report)
    announced = "kündigten Nvidia und OpenAI"
    invest = "wollte Jensen Huang in den ChatGPT-Macher investieren"
    not_binding = "rechtlich nicht bindend"
    stake = "Equity-Beteiligung"
    loss = "Verluste von"
    value = "Marktkapitalisierung"

    alliance = Deal(
        id="nvidia-openai-2025",
        title="Strategische Allianz von Nvidia und OpenAI",
        parties=(nvidia, openai),
        commitments=(
            Commitment(
                "Nvidia",
                ("OpenAI",),
                CommitmentKind.INVESTMENT,
                story.money(invest),
                capacity=story.capacity(invest),
                binding=False,
                source=story.source(invest),
                note=f"Nicht bindend: {story.sentence(not_binding)}",
            ),
            Commitment(
                "Nvidia",
                ("OpenAI",),
                CommitmentKind.EQUITY_STAKE,
                # "im zweistelligen Milliardenbereich" names no currency;
                # the story counts in dollars throughout.
                story.money(stake, default_currency="USD"),
                source=story.source(stake),
                note="A possible outcome, in place of the investment above.",
            ),
        ),
        history=(
            StatusChange(
                story.date(announced),
                Status.ANNOUNCED,
                story.source(announced),
            ),
            StatusChange(
                as_of,
                Status.STALLED,
                story.source(report, publisher="Wall Street Journal"),
                note=story.sentence(not_binding),
            ),
        ),
        figures=(
            Figure(
                "OpenAI",
                "loss",
                story.money(loss),
                period=story.date(loss),
                forecast=True,
                source=story.source(loss),
            ),
            Figure(
                "Nvidia",
                "market value",
                story.money(value),
                source=story.source(value),
            ),
        ),
    )
    amazon_talks = "Amazon verhandelt"
    amazon_deal = Deal(
        id="amazon-openai",
        title="Amazon verhandelt über eine Investition in OpenAI",
        parties=(amazon, openai),
        commitments=(
            Commitment(
                "Amazon",
                ("OpenAI",),
                CommitmentKind.INVESTMENT,
                story.money(amazon_talks),
                source=story.source(amazon_talks),
            ),
        ),
        history=(StatusChange(as_of, Status.NEGOTIATING, story.source(amazon_talks)),),
    )
    softbank_interest = "SoftBank Group wittern ihre Chance"
    softbank_deal = Deal(
        id="softbank-openai",
        title="SoftBank will tiefer bei OpenAI einsteigen",
        parties=(
            Party("SoftBank Group", PartyKind.COMPANY, aliases=("Softbank",)),
            Party("Masayoshi Son", PartyKind.PERSON),
            openai,
        ),
        history=(
            StatusChange(
                as_of,
                Status.RUMOURED,
                story.source(softbank_interest),
                note="Interest only: the story names no amount.",
            ),
        ),
    )
    cloud = "Cloud-Zusagen von"
    cloud_deal = Deal(
        id="openai-cloud",
        title="Cloud-Zusagen von OpenAI bei Microsoft, Oracle und Amazon",
        parties=(
            openai,
            Party("Microsoft", PartyKind.COMPANY),
            Party("Oracle", PartyKind.COMPANY),
            amazon,
        ),
        commitments=(
            Commitment(
                "OpenAI",
                ("Microsoft", "Oracle", "Amazon"),
                CommitmentKind.COMPUTE_CONTRACT,
                story.money(cloud),
                source=story.source(cloud),
            ),
        ),
        history=(
            StatusChange(
                as_of,
                Status.SIGNED,
                story.source(cloud),
                note="Already secured by then; the story gives no date of signing.",
            ),
        ),
    )
    ipo = "geplanten Börsengang"
    ipo_deal = Deal(
        id="openai-ipo",
        title="Geplanter Börsengang von OpenAI",
        parties=(openai,),
        history=(
            StatusChange(
                as_of,
                Status.ANNOUNCED,
                story.source(ipo),
                note=f"Planned for {story.date(ipo)}; dated to the report.",
            ),
        ),
    )
    return [alliance, amazon_deal, softbank_deal, cloud_deal, ipo_deal]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    args = parser.parse_args(argv)
    deals = build_deals(args.article.read_text(encoding="utf-8"))
    dump_jsonl(deals, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
