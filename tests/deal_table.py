"""The tables of German news texts and the deals a reader records.

Both were written for these tests from the project's rules for deals in
text ("Deals from text" in docs/extracting-deals.md), with invented
companies, by people who had not seen the extractor:

- ``tests/data/deal_texts_de.jsonl``: 85 short texts, one or a few
  sentences each, a form a case;
- ``tests/data/deal_news_de.jsonl``: 52 paragraphs in the style of the
  business press, with sentences about other things between;
- ``tests/data/deal_press_de.jsonl``: 50 longer paragraphs, German, Swiss
  and Austrian press, with headlines, quotes and reported speech.

Each line: ``id``, ``covers`` (what it tests), ``published``, ``parties``
(the watch list), ``text`` and the expected ``deals`` (party set,
commitments, status changes).

A reading is scored as the held-out sets are: deals are matched by their
set of parties; then each commitment (agent, targets, kind, amount) and
each status change (date, status) of a matched deal counts as found or
not.  :func:`score` gives precision and recall of the three.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from dealrecord import (
    Amount,
    Deal,
    PartialDate,
    Party,
    PartyKind,
    Qualifier,
    extract_deals,
)

TABLES = (
    Path(__file__).parent / "data" / "deal_texts_de.jsonl",
    Path(__file__).parent / "data" / "deal_news_de.jsonl",
    Path(__file__).parent / "data" / "deal_press_de.jsonl",
)

Commitment = tuple[str, tuple[str, ...], str, Amount | None]
Change = tuple[str, str]


class Reading(NamedTuple):
    """The deals of one text, as comparable facts, keyed by party set."""

    deals: dict[frozenset[str], tuple[frozenset[Commitment], frozenset[Change]]]


class Case(NamedTuple):
    id: str
    covers: tuple[str, ...]
    text: str
    published: PartialDate
    parties: tuple[Party, ...]
    expected: Reading


def _amount(data: dict[str, Any] | None) -> Amount | None:
    if data is None:
        return None
    return Amount(
        None if data["low"] is None else Decimal(data["low"]),
        None if data["high"] is None else Decimal(data["high"]),
        data["currency"],
        Qualifier(data["qualifier"]),
    )


def cases(*tables: Path) -> Iterator[Case]:
    """The cases of *tables* (default: all)."""
    for table in tables or TABLES:
        yield from _cases(table)


def _cases(table: Path) -> Iterator[Case]:
    for line in table.read_text(encoding="utf-8").splitlines():
        data = orjson.loads(line)
        deals = {}
        for deal in data["deals"]:
            commitments = frozenset(
                (c["by"], tuple(c["to"]), c["kind"], _amount(c["amount"]))
                for c in deal["commitments"]
            )
            history = frozenset((h["on"], h["status"]) for h in deal["history"])
            deals[frozenset(deal["parties"])] = (commitments, history)
        yield Case(
            data["id"],
            tuple(data["covers"]),
            data["text"],
            PartialDate.parse_iso(data["published"]),
            tuple(
                Party(p["name"], PartyKind.COMPANY, aliases=p["aliases"])
                for p in data["parties"]
            ),
            Reading(deals),
        )


def reading(deals: list[Deal]) -> Reading:
    return Reading(
        {
            frozenset(p.name for p in deal.parties): (
                frozenset(
                    (c.by, c.to, c.kind.value, c.amount) for c in deal.commitments
                ),
                frozenset((str(h.on), h.status.value) for h in deal.history),
            )
            for deal in deals
        }
    )


def read(case: Case) -> Reading:
    return reading(
        extract_deals(case.text, parties=case.parties, published=case.published)
    )


class Counts(NamedTuple):
    found: int
    expected: int
    right: int

    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def score(pairs: list[tuple[Reading, Reading]]) -> dict[str, Counts]:
    """Precision and recall of deals, commitments and status changes."""
    totals = {"deals": [0, 0, 0], "commitments": [0, 0, 0], "changes": [0, 0, 0]}
    for got, want in pairs:
        totals["deals"][0] += len(got.deals)
        totals["deals"][1] += len(want.deals)
        for commitments, changes in got.deals.values():
            totals["commitments"][0] += len(commitments)
            totals["changes"][0] += len(changes)
        for key, (commitments, changes) in want.deals.items():
            totals["commitments"][1] += len(commitments)
            totals["changes"][1] += len(changes)
            if key not in got.deals:
                continue
            totals["deals"][2] += 1
            got_commitments, got_changes = got.deals[key]
            totals["commitments"][2] += len(commitments & got_commitments)
            totals["changes"][2] += len(changes & got_changes)
    return {name: Counts(*values) for name, values in totals.items()}
