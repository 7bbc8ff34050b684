"""Records: validation, history order, queries, immutability."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given

from dealrecord import (
    Amount,
    Commitment,
    CommitmentKind,
    Deal,
    Figure,
    PartialDate,
    Party,
    PartyKind,
    Qualifier,
    RecordError,
    Status,
    StatusChange,
)
from dealrecord.strategies import deals, status_changes

NVIDIA = Party("Nvidia", PartyKind.COMPANY, country="US", ticker="NVDA")
OPENAI = Party("OpenAI", PartyKind.COMPANY, aliases=("ChatGPT-Macher",))
AMAZON = Party("Amazon", PartyKind.COMPANY)
UP_TO_100_BN = Amount(None, Decimal("1E+11"), "USD", Qualifier.AT_MOST)


def make_deal(**changes: object) -> Deal:
    fields: dict[str, object] = {
        "id": "nvidia-openai",
        "title": "Nvidia investiert in OpenAI",
        "parties": (NVIDIA, OPENAI, AMAZON),
        "commitments": (
            Commitment("Nvidia", ("OpenAI",), CommitmentKind.INVESTMENT, UP_TO_100_BN),
            Commitment("Amazon", ("ChatGPT-Macher",), CommitmentKind.INVESTMENT),
        ),
        "history": (
            StatusChange(PartialDate(2026, 1, 31), Status.STALLED),
            StatusChange(PartialDate(2025, 9), Status.ANNOUNCED),
        ),
    }
    fields.update(changes)
    return Deal(**fields)  # type: ignore[arg-type]


def test_history_is_kept_in_date_order() -> None:
    deal = make_deal()
    assert [c.on for c in deal.history] == [
        PartialDate(2025, 9),
        PartialDate(2026, 1, 31),
    ]
    assert deal.status is Status.STALLED


def test_same_day_changes_keep_their_order() -> None:
    day = PartialDate(2026, 2, 1)
    changes = [StatusChange(day, Status.NEGOTIATING), StatusChange(day, Status.SIGNED)]
    assert make_deal(history=changes).status is Status.SIGNED


@pytest.mark.parametrize(
    ("when", "status"),
    [
        (PartialDate(2025, 8), None),
        (PartialDate(2025, 9), Status.ANNOUNCED),
        (dt.date(2025, 9, 15), Status.ANNOUNCED),
        (PartialDate(2026, 1, 30), Status.ANNOUNCED),
        (PartialDate(2026, 1, 31), Status.STALLED),
        (dt.date(2027, 1, 1), Status.STALLED),
    ],
)
def test_status_on(when: PartialDate | dt.date, status: Status | None) -> None:
    assert make_deal().status_on(when) is status


def test_no_history_means_no_status() -> None:
    assert make_deal(history=()).status is None


def test_commitments_by_name_or_alias() -> None:
    deal = make_deal()
    assert deal.commitments_by("Nvidia") == (deal.commitments[0],)
    assert deal.commitments_by("Amazon") == (deal.commitments[1],)
    assert deal.commitments_by("ChatGPT-Macher") == ()
    with pytest.raises(
        KeyError, match="'SoftBank' is not a party of deal 'nvidia-openai'"
    ):
        deal.commitments_by("SoftBank")


def test_with_change_and_with_commitment_return_new_deals() -> None:
    deal = make_deal()
    change = StatusChange(PartialDate(2025, 12), Status.NEGOTIATING)
    later = deal.with_change(change)
    assert later.history[1] == change
    assert len(deal.history) == 2
    extra = Commitment("OpenAI", ("Amazon",), CommitmentKind.COMPUTE_CONTRACT)
    assert deal.with_commitment(extra).commitments[-1] == extra
    assert len(deal.commitments) == 2
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        deal.title = "x"  # type: ignore[misc]


def test_figures_name_parties_by_name_or_alias() -> None:
    loss = Figure(
        "ChatGPT-Macher",
        "net loss",
        Amount.exact(Decimal("1.4E10"), "USD"),
        period=PartialDate(2026),
        forecast=True,
    )
    deal = make_deal(figures=[loss])
    assert deal.figures == (loss,)
    assert deal.party(loss.party) is OPENAI


def test_lists_are_accepted_and_stored_as_tuples() -> None:
    deal = make_deal(parties=[NVIDIA, OPENAI, AMAZON])
    assert isinstance(deal.parties, tuple)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: make_deal(
                commitments=[Commitment("Nvidia", ("SoftBank",), CommitmentKind.LOAN)]
            ),
            "commitments[0].to[0]: 'SoftBank' is not a party of the deal "
            "(parties: Nvidia, OpenAI, Amazon)",
        ),
        (
            lambda: make_deal(
                figures=[Figure("SoftBank", "market value", UP_TO_100_BN)]
            ),
            "figures[0].party: 'SoftBank' is not a party of the deal "
            "(parties: Nvidia, OpenAI, Amazon)",
        ),
        (
            lambda: Figure("Nvidia", " ", UP_TO_100_BN),
            "measure: expected a non-empty string, got ' '",
        ),
        (
            lambda: Figure("Nvidia", "market value", Decimal(5)),  # type: ignore[arg-type]
            "amount: expected an Amount, got Decimal('5')",
        ),
        (
            lambda: make_deal(parties=[NVIDIA, OPENAI, AMAZON, NVIDIA]),
            "parties[3]: 'Nvidia' is used twice",
        ),
        (
            lambda: make_deal(
                parties=[
                    NVIDIA,
                    OPENAI,
                    Party("Amazon", PartyKind.COMPANY, aliases=("OpenAI",)),
                ]
            ),
            "parties[2]: 'OpenAI' is used for 'OpenAI' too",
        ),
        (lambda: make_deal(id="has space"), "id: expected 1 to 128 letters"),
        (lambda: make_deal(title=""), "title: expected a non-empty string, got ''"),
        (
            lambda: make_deal(parties="Nvidia"),
            "parties: expected a sequence, got 'Nvidia'",
        ),
        (
            lambda: make_deal(parties=[NVIDIA, "OpenAI"]),
            "parties[1]: expected a Party, got 'OpenAI'",
        ),
        (
            lambda: make_deal(history=[None]),
            "history[0]: expected a StatusChange, got None",
        ),
        (
            lambda: Commitment("A", (), CommitmentKind.LOAN),
            "to: expected at least one party, got ()",
        ),
        (
            lambda: Commitment("A", ("A",), CommitmentKind.LOAN),
            "to: a party cannot commit to itself ('A'), got ('A',)",
        ),
        (
            lambda: Commitment("A", ("B",), CommitmentKind.LOAN, binding="no"),  # type: ignore[arg-type]
            "binding: expected a bool or None, got 'no'",
        ),
        (
            lambda: Commitment("A", ("B",), "loan"),  # type: ignore[arg-type]
            "kind: expected a CommitmentKind, got 'loan'",
        ),
        (
            lambda: Party("X", PartyKind.FUND, country="Deutschland"),
            "country: expected an ISO 3166-1 alpha-2 code such as 'US' or None",
        ),
        (
            lambda: Party("X", PartyKind.FUND, lei="549300S4KLFTLO7GSQ81"),
            "lei: LEI check digits do not match, got '549300S4KLFTLO7GSQ81'",
        ),
        (
            lambda: StatusChange("2025-09", Status.SIGNED),  # type: ignore[arg-type]
            "on: expected a PartialDate, got '2025-09'",
        ),
    ],
)
def test_invalid_records_are_refused(build: object, message: str) -> None:
    with pytest.raises(RecordError) as info:
        build()  # type: ignore[operator]
    assert str(info.value).startswith(message)


def test_a_valid_lei_is_accepted() -> None:
    assert Party("X", PartyKind.FUND, lei="549300S4KLFTLO7GSQ80").lei is not None


@given(deals(), status_changes())
def test_with_change_keeps_order(deal: Deal, change: StatusChange) -> None:
    later = deal.with_change(change)
    assert list(later.history) == sorted(later.history, key=lambda c: c.on)
    assert change in later.history
    assert len(later.history) == len(deal.history) + 1
