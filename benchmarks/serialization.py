"""dealrecord's to_json/from_json beside msgspec and pydantic v2 on deal histories.

Run from the repository root::

    python benchmarks/serialization.py [--deals N] [--repeat R] [--seed S]

Builds N deal histories from a seeded ``random.Random`` (exact, bounded and
range amounts as Decimals in many currencies, dates of every precision, 2-5
parties, 0-3 commitments, 2-6 status changes, sources with quotes), and
models of the same shape as ``msgspec.Struct`` and pydantic ``BaseModel``
classes.  Each library then encodes every deal as one JSON document, and
decodes and validates every document back into its typed objects; the best
of R runs counts.  Before timing, the script checks that the three libraries
write byte-identical documents and that each reads its own output back to
equal objects, so that all three do the same work.

Targets: dealrecord encodes within 2x of msgspec and decodes within 3x of
msgspec, and does both faster than pydantic.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from importlib.metadata import version
from typing import Annotated, Any, Final, Literal

import msgspec
import pydantic

from dealrecord import (
    Amount,
    Commitment,
    CommitmentKind,
    Deal,
    Figure,
    Part,
    PartialDate,
    Party,
    PartyKind,
    Qualifier,
    Quantity,
    Source,
    Status,
    StatusChange,
)
from dealrecord.serialization import from_json, to_json
from dealrecord.values import iso_currency_codes

# --- the shape, as msgspec and pydantic models ---------------------------------
#
# Both peers validate what their own schema language can say: types, required
# and unknown fields, enum values, the ISO 4217 code list, non-blank strings,
# the id, country and LEI patterns, the date's ISO form, a non-empty ``to``.
#
# Where they validate less than dealrecord:
# - both accept a JSON number for a Decimal (dealrecord refuses it);
# - a date is checked for its form only and stays a string (dealrecord checks
#   the calendar, e.g. no 2026-02-30, and builds a PartialDate);
# - no rule across fields: an Amount's bounds against its qualifier, LEI
#   check digits, commitments naming parties of the deal, unique party
#   names, history sorted by date (dealrecord checks all of these).
# This makes their decoding cheaper, so the ratios below are conservative.

_TEXT = r"\S"  # not blank (dealrecord: ``value.strip()`` is not empty)
_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
_COUNTRY = r"^[A-Z]{2}$"
_LEI = r"^[0-9A-Z]{18}[0-9]{2}$"
_DATE = (
    r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
    r"(/(early|mid|late|Q[1-4]|spring|summer|autumn|winter))?$"
)
_CURRENCY = "^(" + "|".join(sorted(iso_currency_codes())) + ")$"

MText = Annotated[str, msgspec.Meta(pattern=_TEXT)]
MDate = Annotated[str, msgspec.Meta(pattern=_DATE)]
MCurrency = Annotated[str, msgspec.Meta(pattern=_CURRENCY)]


class MAmount(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    low: Decimal | None
    high: Decimal | None
    currency: MCurrency | None = None
    qualifier: Qualifier = Qualifier.EXACT


class MQuantity(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    value: Decimal
    unit: MText


class MSource(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    publisher: MText | None = None
    url: MText | None = None
    published: MDate | None = None
    quote: MText | None = None


class MParty(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: MText
    kind: PartyKind
    aliases: tuple[MText, ...] = ()
    country: Annotated[str, msgspec.Meta(pattern=_COUNTRY)] | None = None
    ticker: MText | None = None
    lei: Annotated[str, msgspec.Meta(pattern=_LEI)] | None = None


class MCommitment(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    by: MText
    to: Annotated[tuple[MText, ...], msgspec.Meta(min_length=1)]
    kind: CommitmentKind
    amount: MAmount | None = None
    capacity: MQuantity | None = None
    binding: bool | None = None
    source: MSource | None = None
    note: MText | None = None


class MStatusChange(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    on: MDate
    status: Status
    source: MSource | None = None
    note: MText | None = None


class MFigure(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    party: MText
    measure: MText
    amount: MAmount
    period: MDate | None = None
    forecast: bool = False
    source: MSource | None = None
    note: MText | None = None


class MDeal(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    schema_version: Literal[1]
    id: Annotated[str, msgspec.Meta(pattern=_ID)]
    title: MText
    parties: tuple[MParty, ...]
    commitments: tuple[MCommitment, ...] = ()
    history: tuple[MStatusChange, ...] = ()
    figures: tuple[MFigure, ...] = ()


PText = Annotated[str, pydantic.Field(pattern=_TEXT)]
PDate = Annotated[str, pydantic.Field(pattern=_DATE)]
PCurrency = Annotated[str, pydantic.Field(pattern=_CURRENCY)]


class _Model(pydantic.BaseModel):
    # Strict: no coercion ("1" is no int, "true" no bool), as in dealrecord.
    model_config = pydantic.ConfigDict(strict=True, extra="forbid", frozen=True)


class PAmount(_Model):
    low: Decimal | None
    high: Decimal | None
    currency: PCurrency | None = None
    qualifier: Qualifier = Qualifier.EXACT


class PQuantity(_Model):
    value: Decimal
    unit: PText


class PSource(_Model):
    publisher: PText | None = None
    url: PText | None = None
    published: PDate | None = None
    quote: PText | None = None


class PParty(_Model):
    name: PText
    kind: PartyKind
    aliases: tuple[PText, ...] = ()
    country: Annotated[str, pydantic.Field(pattern=_COUNTRY)] | None = None
    ticker: PText | None = None
    lei: Annotated[str, pydantic.Field(pattern=_LEI)] | None = None


class PCommitment(_Model):
    by: PText
    to: Annotated[tuple[PText, ...], pydantic.Field(min_length=1)]
    kind: CommitmentKind
    amount: PAmount | None = None
    capacity: PQuantity | None = None
    binding: bool | None = None
    source: PSource | None = None
    note: PText | None = None


class PStatusChange(_Model):
    on: PDate
    status: Status
    source: PSource | None = None
    note: PText | None = None


class PFigure(_Model):
    party: PText
    measure: PText
    amount: PAmount
    period: PDate | None = None
    forecast: bool = False
    source: PSource | None = None
    note: PText | None = None


class PDeal(_Model):
    schema_version: Literal[1]
    id: Annotated[str, pydantic.Field(pattern=_ID)]
    title: PText
    parties: tuple[PParty, ...]
    commitments: tuple[PCommitment, ...] = ()
    history: tuple[PStatusChange, ...] = ()
    figures: tuple[PFigure, ...] = ()


# --- the deals ----------------------------------------------------------------------

_COMPANIES = (
    "Nvidia",
    "OpenAI",
    "Amazon",
    "SoftBank Group",
    "Microsoft",
    "Oracle",
    "Siemens Energy",
    "Bundesrepublik Deutschland",
    "Müller & Söhne",
    "Temasek",
    "Mubadala",
    "Rheinmetall",
    "Allianz Global Investors",
    "Großbäckerei Köln",
)
_CURRENCIES = ("USD", "EUR", "CHF", "GBP", "JPY", "CNY", "SEK", "DEM", None)
_PUBLISHERS = ("Handelsblatt", "FAZ", "Reuters", "Süddeutsche Zeitung", None)
_WORDS = (
    "Investition",
    "Milliarden",
    "Dollar",
    "Rechenzentren",
    "verhandelt",
    "laut",
    "Branchenberichten",
    "über",
    "eine",
    "Beteiligung",
    "Gigawatt",
    "Rechenleistung",
    "kündigten",
    "an",
    "Übernahme",
    "gestoppt",
)
_VALID_LEI = "549300S4KLFTLO7GSQ80"


def _text(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(_WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize() + "."


def _figure(rng: random.Random) -> Decimal:
    """A positive exact figure: whole (up to 10^12) or with one or two places."""
    if rng.random() < 0.6:
        return Decimal(rng.randint(1, 999)) * 10 ** rng.choice((0, 3, 6, 9))
    return Decimal(rng.randint(1, 99_999)).scaleb(-rng.randint(1, 2))


def _amount(rng: random.Random) -> Amount:
    qualifier = rng.choice(list(Qualifier))
    currency = rng.choice(_CURRENCIES)
    a = _figure(rng)
    if qualifier in (Qualifier.EXACT, Qualifier.APPROX):
        return Amount(a, a, currency, qualifier)
    if qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return Amount(None, a, currency, qualifier)
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return Amount(a, None, currency, qualifier)
    if qualifier is Qualifier.MAGNITUDE:  # "im zweistelligen Milliardenbereich"
        scale = 10 ** rng.randint(6, 12)
        return Amount(Decimal(10 * scale), Decimal(100 * scale), currency, qualifier)
    return Amount(a, a + _figure(rng), currency, qualifier)


def _date(rng: random.Random) -> PartialDate:
    year = rng.randint(2015, 2030)
    precision = rng.choice(("year", "year-part", "month", "month-part", "day"))
    if precision == "year":
        return PartialDate(year)
    if precision == "year-part":
        return PartialDate(year, part=rng.choice(list(Part)))
    month = rng.randint(1, 12)
    if precision == "month":
        return PartialDate(year, month)
    if precision == "month-part":
        return PartialDate(year, month, part=rng.choice((Part.EARLY, Part.MID)))
    return PartialDate(year, month, rng.randint(1, 28))


def _source(rng: random.Random) -> Source | None:
    if rng.random() < 0.2:
        return None
    return Source(
        publisher=rng.choice(_PUBLISHERS),
        url=f"https://example.com/{rng.randrange(10**6)}"
        if rng.random() < 0.7
        else None,
        published=_date(rng) if rng.random() < 0.7 else None,
        quote=_text(rng, 8, 40),
    )


def _party(rng: random.Random, name: str) -> Party:
    aliases = tuple(
        f"{name}-{s}" for s in rng.sample(("Chef", "Konzern"), k=rng.randint(0, 2))
    )
    return Party(
        name,
        rng.choice(list(PartyKind)),
        aliases=aliases,
        country=rng.choice(("US", "DE", "JP", "CH", None)),
        ticker=rng.choice(("NVDA", "AMZN", "9984", None, None)),
        lei=_VALID_LEI if rng.random() < 0.1 else None,
    )


def _commitment(rng: random.Random, names: Sequence[str]) -> Commitment:
    by = rng.choice(names)
    others = [n for n in names if n != by]
    return Commitment(
        by=by,
        to=tuple(rng.sample(others, k=rng.randint(1, min(3, len(others))))),
        kind=rng.choice(list(CommitmentKind)),
        amount=_amount(rng) if rng.random() < 0.85 else None,
        capacity=(
            Quantity(Decimal(rng.randint(1, 50)), "GW") if rng.random() < 0.2 else None
        ),
        binding=rng.choice((True, False, None)),
        source=_source(rng),
        note=_text(rng, 3, 10) if rng.random() < 0.3 else None,
    )


def _deal(rng: random.Random, number: int) -> Deal:
    names = rng.sample(_COMPANIES, k=rng.randint(2, 5))
    history = [
        StatusChange(
            _date(rng),
            rng.choice(list(Status)),
            source=_source(rng),
            note=_text(rng, 3, 10) if rng.random() < 0.3 else None,
        )
        for _ in range(rng.randint(2, 6))
    ]
    return Deal(
        id=f"deal-{number:06d}",
        title=_text(rng, 4, 12),
        parties=tuple(_party(rng, name) for name in names),
        commitments=tuple(_commitment(rng, names) for _ in range(rng.randint(0, 3))),
        history=tuple(history),
        figures=tuple(_context(rng, names) for _ in range(rng.randint(0, 2))),
    )


def _context(rng: random.Random, names: Sequence[str]) -> Figure:
    return Figure(
        rng.choice(names),
        rng.choice(["net loss", "revenue", "market value"]),
        _amount(rng),
        period=_date(rng) if rng.random() < 0.7 else None,
        forecast=rng.random() < 0.3,
        source=_source(rng),
    )


def make_deals(count: int, seed: int) -> list[Deal]:
    """*count* deal histories, the same ones for the same *seed*."""
    rng = random.Random(seed)
    return [_deal(rng, number) for number in range(count)]


# --- the libraries ------------------------------------------------------------------


class Library:
    """How one library encodes one object and decodes one document."""

    def __init__(
        self,
        name: str,
        objects: Sequence[Any],
        encode: Callable[[Any], str | bytes],
        decode: Callable[[bytes], Any],
    ) -> None:
        self.name = name
        self.objects = objects
        self.encode = encode
        self.decode = decode


def _as_bytes(document: str | bytes) -> bytes:
    return document.encode() if isinstance(document, str) else document


#: The libraries :func:`libraries` gives, in its order.
NAMES: Final = ("dealrecord", "msgspec", "pydantic")


def libraries(deals: Sequence[Deal]) -> list[Library]:
    """The three libraries, each with the deals as its own typed objects."""
    documents = [to_json(deal).encode() for deal in deals]
    m_decoder = msgspec.json.Decoder(MDeal)
    m_encoder = msgspec.json.Encoder()
    return [
        Library("dealrecord", deals, to_json, lambda text: from_json(text, Deal)),
        Library(
            "msgspec",
            [m_decoder.decode(d) for d in documents],
            m_encoder.encode,
            m_decoder.decode,
        ),
        Library(
            "pydantic",
            [PDeal.model_validate_json(d) for d in documents],
            PDeal.model_dump_json,
            PDeal.model_validate_json,
        ),
    ]


def check(libs: Sequence[Library]) -> None:
    """Same documents from every library, and each reads its own back."""
    reference = [_as_bytes(libs[0].encode(obj)) for obj in libs[0].objects]
    for lib in libs:
        documents = [_as_bytes(lib.encode(obj)) for obj in lib.objects]
        if documents != reference:
            bad = next(
                i
                for i, (a, b) in enumerate(zip(documents, reference, strict=True))
                if a != b
            )
            msg = (
                f"{lib.name} writes deal {bad} differently:\n"
                f"{documents[bad]!r}\n{reference[bad]!r}"
            )
            raise SystemExit(msg)
        if [lib.decode(d) for d in documents] != list(lib.objects):
            msg = f"{lib.name} does not read its own documents back to equal objects"
            raise SystemExit(msg)


def _best(run: Callable[[], object], repeat: int, *, collector: bool) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        if not collector:
            gc.disable()
        try:
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def measure(lib: Library, repeat: int, *, collector: bool) -> tuple[float, float]:
    """Best seconds to encode every object, and to decode every document.

    The decoded objects are kept until the run ends, as a program that reads
    deals keeps them; with the garbage collector on, that costs every library
    the collections its objects trigger (msgspec's Structs are mostly not
    tracked by the collector, so it pays least).
    """
    objects, encode, decode = lib.objects, lib.encode, lib.decode
    documents = [_as_bytes(encode(obj)) for obj in objects]
    encoding = _best(
        lambda: [encode(obj) for obj in objects], repeat, collector=collector
    )
    decoding = _best(
        lambda: [decode(doc) for doc in documents], repeat, collector=collector
    )
    return encoding, decoding


def _machine() -> str:
    versions = ", ".join(
        f"{name} {version(name)}"
        for name in (
            "attrs",
            "cattrs",
            "orjson",
            "msgspec",
            "pydantic",
            "pydantic-core",
        )
    )
    return (
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}, nproc {os.cpu_count()}\n{versions}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=10_000, help="how many deals")
    parser.add_argument("--repeat", type=int, default=5, help="runs; the best counts")
    parser.add_argument("--seed", type=int, default=2025, help="seed of the deals")
    parser.add_argument(
        "--no-gc",
        action="store_true",
        help="pause the garbage collector while timing (as timeit does)",
    )
    args = parser.parse_args(argv)

    deals = make_deals(args.deals, args.seed)
    libs = libraries(deals)
    check(libs)
    size = sum(len(_as_bytes(to_json(deal))) for deal in deals)
    print(_machine())
    print(
        f"{args.deals} deals, {size / 2**20:.1f} MiB of JSON "
        f"({size // args.deals} bytes a deal), best of {args.repeat} runs, "
        f"garbage collector {'paused' if args.no_gc else 'on'}\n"
    )

    collector = not args.no_gc
    times = {lib.name: measure(lib, args.repeat, collector=collector) for lib in libs}
    base_encode, base_decode = times["msgspec"]
    header = ("library", "encode s", "decode s", "encode x", "decode x")
    print(f"{header[0]:<12}" + "".join(f"{h:>10}" for h in header[1:]))
    for name, (encoding, decoding) in times.items():
        print(
            f"{name:<12}{encoding:>10.3f}{decoding:>10.3f}"
            f"{encoding / base_encode:>10.2f}{decoding / base_decode:>10.2f}"
        )

    ours_encode, ours_decode = times["dealrecord"]
    pyd_encode, pyd_decode = times["pydantic"]
    targets = [
        ("encoding within 2x msgspec", ours_encode <= 2 * base_encode),
        ("decoding within 3x msgspec", ours_decode <= 3 * base_decode),
        ("encoding faster than pydantic", ours_encode < pyd_encode),
        ("decoding faster than pydantic", ours_decode < pyd_decode),
    ]
    print()
    for target, met in targets:
        print(f"{'met    ' if met else 'MISSED '} {target}")


if __name__ == "__main__":
    main()
