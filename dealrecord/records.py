"""The records of a deal: who is in it, who committed what, and what happened.

All records are frozen, slotted attrs classes; their validators refuse
anything that would make a record wrong, so an invalid record cannot be
built.  A :class:`Deal` never changes: :meth:`Deal.with_change` and
:meth:`Deal.with_commitment` return a new deal.

>>> from decimal import Decimal
>>> from dealrecord import Amount, PartialDate, Qualifier
>>> nvidia = Party("Nvidia", PartyKind.COMPANY, ticker="NVDA")
>>> openai = Party("OpenAI", PartyKind.COMPANY)
>>> deal = Deal(
...     id="nvidia-openai-2025",
...     title="Nvidia invests in OpenAI",
...     parties=(nvidia, openai),
...     commitments=(
...         Commitment(
...             "Nvidia", ("OpenAI",), CommitmentKind.INVESTMENT,
...             Amount(None, Decimal("1E+11"), "USD", Qualifier.AT_MOST),
...         ),
...     ),
...     history=(StatusChange(PartialDate(2025, 9), Status.ANNOUNCED),),
... )
>>> deal.status
<Status.ANNOUNCED: 'announced'>
>>> later = deal.with_change(StatusChange(PartialDate(2026, 1, 31), Status.STALLED))
>>> later.status, later.status_on(PartialDate(2025, 12))
(<Status.STALLED: 'stalled'>, <Status.ANNOUNCED: 'announced'>)
>>> deal.status  # unchanged: records never mutate
<Status.ANNOUNCED: 'announced'>
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Callable, Iterable
from typing import Any, Final, NoReturn

import attrs

from dealrecord.errors import RecordError
from dealrecord.values import Amount, PartialDate, Quantity

__all__ = [
    "Commitment",
    "CommitmentKind",
    "Deal",
    "Figure",
    "Party",
    "PartyKind",
    "Source",
    "Status",
    "StatusChange",
]


class PartyKind(enum.Enum):
    """What kind of party takes part in a deal."""

    COMPANY = "company"
    PERSON = "person"
    GOVERNMENT = "government"
    FUND = "fund"
    OTHER = "other"


class CommitmentKind(enum.Enum):
    """What a party commits to."""

    INVESTMENT = "investment"
    EQUITY_STAKE = "equity_stake"
    LOAN = "loan"
    COMPUTE_CONTRACT = "compute_contract"
    PURCHASE = "purchase"
    OTHER = "other"


class Status(enum.Enum):
    """Where a deal stands after a :class:`StatusChange`."""

    RUMOURED = "rumoured"
    ANNOUNCED = "announced"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    STALLED = "stalled"
    RENEGOTIATING = "renegotiating"
    CLOSED = "closed"
    CANCELLED = "cancelled"


# --- validators: each names the field and the value it refuses -------------


def _fail(attribute: attrs.Attribute[Any], problem: str, value: object) -> NoReturn:
    raise RecordError(f"{problem}, got {value!r}", path=attribute.name)


def _text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        _fail(attribute, "expected a non-empty string", value)


def _optional_text(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _instance_of(cls: type, *, optional: bool = False) -> Callable[..., None]:
    article = "an" if cls.__name__[0] in "AEIOU" else "a"
    expected = f"expected {article} {cls.__name__}" + (" or None" if optional else "")

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if (value is None and optional) or isinstance(value, cls):
            return
        _fail(attribute, expected, value)

    return check


def _tuple_of(cls: type) -> Callable[..., None]:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            _fail(attribute, "expected a sequence", value)
        for index, item in enumerate(value):
            if not isinstance(item, cls) or (
                isinstance(item, str) and not item.strip()
            ):
                kind = "a non-empty string" if cls is str else f"a {cls.__name__}"
                msg = f"expected {kind}, got {item!r}"
                raise RecordError(msg, path=f"{attribute.name}[{index}]")

    return check


def _as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept any iterable for a sequence field (but a string is no sequence).

    What cannot be a sequence is passed on unchanged for the field's
    validator to refuse with the field's name.
    """
    if isinstance(value, tuple | str | bytes):
        return value  # type: ignore[return-value]
    try:
        return tuple(value)
    except TypeError:
        return value  # type: ignore[return-value]


_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}")
_LEI_RE: Final = re.compile(r"[0-9A-Z]{18}[0-9]{2}")


def _country(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (
        isinstance(value, str) and _COUNTRY_RE.fullmatch(value)
    ):
        _fail(
            attribute, "expected an ISO 3166-1 alpha-2 code such as 'US' or None", value
        )


def _lei(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An ISO 17442 Legal Entity Identifier: 20 characters, ISO 7064 mod 97-10."""
    if value is None:
        return
    if not isinstance(value, str) or not _LEI_RE.fullmatch(value):
        _fail(attribute, "expected a 20-character LEI or None", value)
    digits = "".join(str(int(c, 36)) for c in str(value))
    if int(digits) % 97 != 1:
        _fail(attribute, "LEI check digits do not match", value)


# --- records ------------------------------------------------------------------


@attrs.frozen
class Party:
    """A company, person, government or fund that takes part in a deal.

    ``name`` is how the deal's commitments refer to the party; ``aliases``
    are other names the press uses ("ChatGPT-Macher").
    """

    name: str = attrs.field(validator=_text)
    kind: PartyKind = attrs.field(validator=_instance_of(PartyKind))
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_as_tuple, validator=_tuple_of(str)
    )
    country: str | None = attrs.field(default=None, validator=_country)
    ticker: str | None = attrs.field(default=None, validator=_optional_text)
    lei: str | None = attrs.field(default=None, validator=_lei)

    def is_called(self, name: str) -> bool:
        """True when *name* is the party's name or one of its aliases."""
        return name == self.name or name in self.aliases


@attrs.frozen
class Source:
    """Where a fact was reported: publisher, address, date and the quote."""

    publisher: str | None = attrs.field(default=None, validator=_optional_text)
    url: str | None = attrs.field(default=None, validator=_optional_text)
    published: PartialDate | None = attrs.field(
        default=None, validator=_instance_of(PartialDate, optional=True)
    )
    quote: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen
class Commitment:
    """One party's commitment to one or more others.

    ``amount`` is None when the text names no sum; ``capacity`` is a
    non-monetary size such as 10 GW of compute; ``binding`` is True or False
    when the text says whether the commitment is legally binding, else None.
    """

    by: str = attrs.field(validator=_text)
    to: tuple[str, ...] = attrs.field(converter=_as_tuple, validator=_tuple_of(str))
    kind: CommitmentKind = attrs.field(validator=_instance_of(CommitmentKind))
    amount: Amount | None = attrs.field(
        default=None, validator=_instance_of(Amount, optional=True)
    )
    capacity: Quantity | None = attrs.field(
        default=None, validator=_instance_of(Quantity, optional=True)
    )
    binding: bool | None = attrs.field(
        default=None, validator=_instance_of(bool, optional=True)
    )
    source: Source | None = attrs.field(
        default=None, validator=_instance_of(Source, optional=True)
    )
    note: str | None = attrs.field(default=None, validator=_optional_text)

    @to.validator
    def _check_to(
        self, attribute: attrs.Attribute[Any], value: tuple[str, ...]
    ) -> None:
        if not value:
            _fail(attribute, "expected at least one party", value)
        if self.by in value:
            _fail(attribute, f"a party cannot commit to itself ({self.by!r})", value)


@attrs.frozen
class StatusChange:
    """The deal's status from a date on, and who reported it."""

    on: PartialDate = attrs.field(validator=_instance_of(PartialDate))
    status: Status = attrs.field(validator=_instance_of(Status))
    source: Source | None = attrs.field(
        default=None, validator=_instance_of(Source, optional=True)
    )
    note: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen
class Figure:
    """A figure the story reports about one party: a loss, revenue, a value.

    Context that is not a commitment but explains the deal ("für 2026 werden
    Verluste von 14 Milliarden Dollar prognostiziert").  ``measure`` names
    what was measured in a few words ("net loss", "market value");
    ``period`` is the time the figure is for (2026 for a year's loss, the
    day for a market value); ``forecast`` is True for an expected figure.
    """

    party: str = attrs.field(validator=_text)
    measure: str = attrs.field(validator=_text)
    amount: Amount = attrs.field(validator=_instance_of(Amount))
    period: PartialDate | None = attrs.field(
        default=None, validator=_instance_of(PartialDate, optional=True)
    )
    forecast: bool = attrs.field(default=False, validator=_instance_of(bool))
    source: Source | None = attrs.field(
        default=None, validator=_instance_of(Source, optional=True)
    )
    note: str | None = attrs.field(default=None, validator=_optional_text)


def _as_partial_date(when: PartialDate | _dt.date) -> PartialDate:
    if isinstance(when, PartialDate):
        return when
    if isinstance(when, _dt.date):
        return PartialDate.from_date(when)
    msg = f"expected a PartialDate or datetime.date, got {when!r}"
    raise RecordError(msg)


_ID_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


@attrs.frozen
class Deal:
    """A deal: its parties, the commitments between them, and its history.

    The history is kept in date order.  Every commitment and figure must
    name parties of the deal (by name or alias), and party names are unique.
    ``figures`` holds the context the story gives (see :class:`Figure`).
    """

    id: str = attrs.field()
    title: str = attrs.field(validator=_text)
    parties: tuple[Party, ...] = attrs.field(
        converter=_as_tuple, validator=_tuple_of(Party)
    )
    commitments: tuple[Commitment, ...] = attrs.field(
        default=(), converter=_as_tuple, validator=_tuple_of(Commitment)
    )
    history: tuple[StatusChange, ...] = attrs.field(
        default=(), converter=_as_tuple, validator=_tuple_of(StatusChange)
    )
    figures: tuple[Figure, ...] = attrs.field(
        default=(), converter=_as_tuple, validator=_tuple_of(Figure)
    )

    @id.validator
    def _check_id(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str) or not _ID_RE.fullmatch(value):
            _fail(
                attribute,
                "expected 1 to 128 letters, digits or '.', '_', ':', '-',"
                " starting with a letter or digit",
                value,
            )

    def __attrs_post_init__(self) -> None:
        # A stable sort: changes on the same date keep the order they came in.
        history = tuple(sorted(self.history, key=lambda change: change.on))
        object.__setattr__(self, "history", history)
        problems: list[tuple[str, str]] = []
        seen: dict[str, str] = {}
        for index, party in enumerate(self.parties):
            for name in (party.name, *party.aliases):
                if name in seen:
                    other = seen[name]
                    what = "twice" if other == party.name else f"for {other!r} too"
                    problems.append((f"parties[{index}]", f"{name!r} is used {what}"))
                seen[name] = party.name
        known = ", ".join(p.name for p in self.parties)
        for index, commitment in enumerate(self.commitments):
            named = [("by", commitment.by)]
            named += [(f"to[{i}]", n) for i, n in enumerate(commitment.to)]
            for role, name in named:
                if name not in seen:
                    problems.append(
                        (
                            f"commitments[{index}].{role}",
                            f"{name!r} is not a party of the deal (parties: {known})",
                        )
                    )
        for index, figure in enumerate(self.figures):
            if figure.party not in seen:
                problems.append(
                    (
                        f"figures[{index}].party",
                        f"{figure.party!r} is not a party of the deal"
                        f" (parties: {known})",
                    )
                )
        if problems:
            raise RecordError.collect(problems)

    def party(self, name: str) -> Party:
        """The party called *name* (its name or an alias).

        Raises :class:`KeyError` naming the parties when there is none.
        """
        for party in self.parties:
            if party.is_called(name):
                return party
        known = ", ".join(p.name for p in self.parties)
        msg = f"{name!r} is not a party of deal {self.id!r} (parties: {known})"
        raise KeyError(msg)

    @property
    def status(self) -> Status | None:
        """The current status: that of the latest change, None with no history."""
        return self.history[-1].status if self.history else None

    def status_on(self, when: PartialDate | _dt.date) -> Status | None:
        """The status as of *when*: that of the latest change on or before it.

        A change known only to a coarser precision counts from the start of
        its period ("2025-09" is in force on 2025-09-15).
        """
        day = _as_partial_date(when)
        status = None
        for change in self.history:
            if change.on > day:
                break
            status = change.status
        return status

    def commitments_by(self, party: str) -> tuple[Commitment, ...]:
        """The commitments *party* (its name or an alias) has made."""
        name = self.party(party).name
        return tuple(c for c in self.commitments if self.party(c.by).name == name)

    def with_change(self, change: StatusChange) -> Deal:
        """A new deal with *change* added to its history, in date order."""
        return attrs.evolve(self, history=(*self.history, change))

    def with_commitment(self, commitment: Commitment) -> Deal:
        """A new deal with *commitment* added."""
        return attrs.evolve(self, commitments=(*self.commitments, commitment))
