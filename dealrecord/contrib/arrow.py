"""Deals as flat Arrow tables and a folder of Parquet files.

Installed with ``pip install "dealrecord[arrow]"`` (pyarrow); ``import
dealrecord`` never loads it.  :func:`to_tables` turns deals into five flat
tables, one per kind of row, each keyed by the deal's id:

>>> from dealrecord import Deal, load_jsonl
>>> with open("examples/data/nvidia_openai.expected.jsonl", encoding="utf-8") as f:
...     deals = list(load_jsonl(f, Deal))
>>> tables = to_tables(deals)
>>> sorted(tables)
['commitments', 'deals', 'figures', 'history', 'parties']
>>> tables["commitments"].select(["deal_id", "by", "to", "amount_high"]).slice(1, 2).to_pylist()
[{'deal_id': 'amazon-openai', 'by': 'Amazon', 'to': ['OpenAI'], 'amount_high': Decimal('50000000000')}, {'deal_id': 'amazon-microsoft-openai-oracle', 'by': 'OpenAI', 'to': ['Microsoft', 'Oracle', 'Amazon'], 'amount_high': None}]

The tables (``deal_id`` and, in every table but ``deals``, ``position``, the
row's place in its deal, come first):

``deals``
    ``title``, the current ``status`` and how many rows the deal has in each
    other table (``party_count``, ``commitment_count``, ``change_count``,
    ``figure_count``).
``parties``
    ``name``, ``kind``, ``aliases`` (a list), ``country``, ``ticker``, ``lei``.
``commitments``
    One row per commitment, the receiving parties as a list column ``to``:
    an amount is counted once however many parties receive it (explode
    ``to`` for one row per receiving party).  ``by``, ``kind``,
    ``amount_low``, ``amount_high``, ``currency``, ``qualifier``,
    ``capacity_value``, ``capacity_unit``, ``binding``, the source, ``note``.
``history``
    One row per status change: the date ``on``, ``status``, the source,
    ``note``.
``figures``
    ``party``, ``measure``, the amount, the date ``period``, ``forecast``,
    the source, ``note``.

Enums are their values (``"at_most"``); None is null.  A date ``X`` keeps
its precision in ``X_year``, ``X_month``, ``X_day`` and ``X_part`` (null
where the text did not say), and ``X_start`` gives the first day it covers,
for sorting and plotting.  A source is ``has_source`` (None and an empty
``Source()`` differ) and ``source_publisher``, ``source_url``,
``source_published_…`` and ``source_quote``.

Amounts and quantities are Arrow decimals, exact, never floats.
:func:`to_tables` picks each column's scale from its values: the most
decimal places any value has, in a ``decimal128(38, scale)`` column, or a
``decimal256(76, scale)`` one where 38 digits do not suffice.  A value that
no Arrow decimal holds exactly (more than 76 digits) raises
:class:`~dealrecord.RecordError` naming the deal and the field.

:func:`write_parquet` streams deals into a folder of five Parquet files
(``deals.parquet`` … ``figures.parquet``), one row group per table for
every *deals_per_group* deals, so memory stays bounded however many deals
come.  A file has one schema, fixed before the first deal is read: every
decimal column is ``decimal(precision, scale)``, by default
``decimal128(38, 6)``, which holds every amount below 10³² with at most six
decimal places and which DuckDB and Polars read as exact decimals (DuckDB
reads wider Parquet decimals as floating point, and Polars not at all).  A
value that does not fit is refused with the deal and the field; pass a
larger *scale* or *precision* for such data.  :func:`read_parquet` reads the
folder back into equal deals.
"""  # noqa: E501

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import pyarrow as pa
import pyarrow.parquet as pq

from dealrecord.contrib import _periods
from dealrecord.errors import RecordError
from dealrecord.records import (
    Commitment,
    CommitmentKind,
    Deal,
    Figure,
    Party,
    PartyKind,
    Source,
    Status,
    StatusChange,
)
from dealrecord.values import Amount, Part, PartialDate, Qualifier, Quantity

__all__ = ["TABLES", "read_parquet", "to_tables", "write_parquet"]

#: The tables, in the order they are written; each is ``NAME.parquet``.
TABLES: Final = ("deals", "parties", "commitments", "history", "figures")

#: Digits an Arrow decimal holds at most: decimal128, then decimal256.
_DECIMAL128_DIGITS: Final = 38
_DECIMAL256_DIGITS: Final = 76
_VERSION_KEY: Final = b"dealrecord.schema_version"
_TABLE_KEY: Final = b"dealrecord.table"
_VERSION: Final = b"1"

# A column: its name, its Arrow type (None: a decimal, typed later) and
# whether it may hold nulls.
_Column = tuple[str, Any, bool]


def _date_columns(prefix: str, *, nullable: bool) -> list[_Column]:
    return [
        (f"{prefix}_year", pa.int16(), nullable),
        (f"{prefix}_month", pa.int8(), True),
        (f"{prefix}_day", pa.int8(), True),
        (f"{prefix}_part", pa.string(), True),
        (f"{prefix}_start", pa.date32(), nullable),
    ]


_KEY: Final[list[_Column]] = [
    ("deal_id", pa.string(), False),
    ("position", pa.int32(), False),
]
_AMOUNT: Final[list[_Column]] = [
    ("amount_low", None, True),
    ("amount_high", None, True),
    ("currency", pa.string(), True),
]
_SOURCE: Final[list[_Column]] = [
    ("has_source", pa.bool_(), False),
    ("source_publisher", pa.string(), True),
    ("source_url", pa.string(), True),
    *_date_columns("source_published", nullable=True),
    ("source_quote", pa.string(), True),
]
_COLUMNS: Final[dict[str, list[_Column]]] = {
    "deals": [
        ("deal_id", pa.string(), False),
        ("title", pa.string(), False),
        ("status", pa.string(), True),
        ("party_count", pa.int32(), False),
        ("commitment_count", pa.int32(), False),
        ("change_count", pa.int32(), False),
        ("figure_count", pa.int32(), False),
    ],
    "parties": [
        *_KEY,
        ("name", pa.string(), False),
        ("kind", pa.string(), False),
        ("aliases", pa.list_(pa.string()), False),
        ("country", pa.string(), True),
        ("ticker", pa.string(), True),
        ("lei", pa.string(), True),
    ],
    "commitments": [
        *_KEY,
        ("by", pa.string(), False),
        ("to", pa.list_(pa.string()), False),
        ("kind", pa.string(), False),
        *_AMOUNT,
        ("qualifier", pa.string(), True),
        ("capacity_value", None, True),
        ("capacity_unit", pa.string(), True),
        ("binding", pa.bool_(), True),
        *_SOURCE,
        ("note", pa.string(), True),
    ],
    "history": [
        *_KEY,
        *_date_columns("on", nullable=False),
        ("status", pa.string(), False),
        *_SOURCE,
        ("note", pa.string(), True),
    ],
    "figures": [
        *_KEY,
        ("party", pa.string(), False),
        ("measure", pa.string(), False),
        *_AMOUNT,
        ("qualifier", pa.string(), False),
        *_date_columns("period", nullable=True),
        ("forecast", pa.bool_(), False),
        *_SOURCE,
        ("note", pa.string(), True),
    ],
}
# Where each decimal column's values come from, for error messages.
_DECIMAL_FIELDS: Final = {
    "amount_low": "amount.low",
    "amount_high": "amount.high",
    "capacity_value": "capacity.value",
}


# --- deals to rows -----------------------------------------------------------------


def _date(prefix: str, when: PartialDate | None) -> dict[str, object]:
    if when is None:
        return dict.fromkeys(
            (f"{prefix}_year", f"{prefix}_month", f"{prefix}_day", f"{prefix}_part")
        ) | {f"{prefix}_start": None}
    return {
        f"{prefix}_year": when.year,
        f"{prefix}_month": when.month,
        f"{prefix}_day": when.day,
        f"{prefix}_part": None if when.part is None else when.part.value,
        f"{prefix}_start": _periods.start(when),
    }


def _source(source: Source | None) -> dict[str, object]:
    if source is None:
        return {
            "has_source": False,
            "source_publisher": None,
            "source_url": None,
            "source_quote": None,
        } | _date("source_published", None)
    return {
        "has_source": True,
        "source_publisher": source.publisher,
        "source_url": source.url,
        "source_quote": source.quote,
    } | _date("source_published", source.published)


def _amount(amount: Amount | None) -> dict[str, object]:
    if amount is None:
        return dict.fromkeys(("amount_low", "amount_high", "currency", "qualifier"))
    return {
        "amount_low": amount.low,
        "amount_high": amount.high,
        "currency": amount.currency,
        "qualifier": amount.qualifier.value,
    }


def _rows(deal: Deal) -> Iterator[tuple[str, dict[str, object]]]:
    """Each row *deal* gives, with the name of its table."""
    yield (
        "deals",
        {
            "deal_id": deal.id,
            "title": deal.title,
            "status": None if deal.status is None else deal.status.value,
            "party_count": len(deal.parties),
            "commitment_count": len(deal.commitments),
            "change_count": len(deal.history),
            "figure_count": len(deal.figures),
        },
    )
    for position, party in enumerate(deal.parties):
        yield (
            "parties",
            {
                "deal_id": deal.id,
                "position": position,
                "name": party.name,
                "kind": party.kind.value,
                "aliases": list(party.aliases),
                "country": party.country,
                "ticker": party.ticker,
                "lei": party.lei,
            },
        )
    for position, commitment in enumerate(deal.commitments):
        capacity = commitment.capacity
        yield (
            "commitments",
            {
                "deal_id": deal.id,
                "position": position,
                "by": commitment.by,
                "to": list(commitment.to),
                "kind": commitment.kind.value,
                **_amount(commitment.amount),
                "capacity_value": None if capacity is None else capacity.value,
                "capacity_unit": None if capacity is None else capacity.unit,
                "binding": commitment.binding,
                **_source(commitment.source),
                "note": commitment.note,
            },
        )
    for position, change in enumerate(deal.history):
        yield (
            "history",
            {
                "deal_id": deal.id,
                "position": position,
                **_date("on", change.on),
                "status": change.status.value,
                **_source(change.source),
                "note": change.note,
            },
        )
    for position, figure in enumerate(deal.figures):
        yield (
            "figures",
            {
                "deal_id": deal.id,
                "position": position,
                "party": figure.party,
                "measure": figure.measure,
                **_amount(figure.amount),
                **_date("period", figure.period),
                "forecast": figure.forecast,
                **_source(figure.source),
                "note": figure.note,
            },
        )


def _digits(value: Decimal) -> tuple[int, int]:
    """The digits *value* needs before and after the decimal point."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # a finite Decimal
    if not any(digits):
        return (0, 0)
    if exponent >= 0:
        return (len(digits) + exponent, 0)
    return (max(len(digits) + exponent, 0), -exponent)


class _Widest:
    """The widest value of one decimal column so far, and where it is."""

    __slots__ = ("integer", "integer_at", "scale", "scale_at")

    def __init__(self) -> None:
        self.integer = self.scale = 0
        self.integer_at = self.scale_at = ""


class _Collector:
    """Rows of deals, column by column, checked decimals and all.

    With *fixed* ``(precision, scale)``, every decimal must fit that type;
    without, every decimal must fit some Arrow decimal, and :meth:`widest`
    says what each column needs.
    """

    def __init__(self, fixed: tuple[int, int] | None = None) -> None:
        self.fixed = fixed
        self.deals = 0
        self.columns: dict[str, dict[str, list[object]]] = {}
        self.widest: dict[tuple[str, str], _Widest] = {}
        self.clear()

    def clear(self) -> None:
        self.deals = 0
        self.columns = {
            table: {name: [] for name, _, _ in columns}
            for table, columns in _COLUMNS.items()
        }

    def add(self, deal: Deal) -> None:
        rows = list(_rows(deal))
        for table, row in rows:  # check every value before keeping any
            for column, field in _DECIMAL_FIELDS.items():
                value = row.get(column)
                if isinstance(value, Decimal):
                    where = f"{table}[{row['position']}].{field}"
                    self._check(deal, table, column, where, value)
        for table, row in rows:
            columns = self.columns[table]
            for name, value in row.items():
                columns[name].append(value)
        self.deals += 1

    def _check(
        self, deal: Deal, table: str, column: str, where: str, value: Decimal
    ) -> None:
        integer, scale = _digits(value)
        path = f"deal {deal.id!r}: {where}"
        if self.fixed is not None:
            precision, fixed_scale = self.fixed
            if scale > fixed_scale or integer > precision - fixed_scale:
                msg = (
                    f"{value} needs {integer} digits before the point and {scale}"
                    f" after it; the Parquet column {table}.{column} is"
                    f" decimal({precision}, {fixed_scale}): at most"
                    f" {precision - fixed_scale} and {fixed_scale}"
                    " (pass a larger precision or scale)"
                )
                raise RecordError(msg, path=path)
            return
        if integer + scale > _DECIMAL256_DIGITS:
            msg = (
                f"{value} needs {integer + scale} digits; no Arrow decimal holds"
                f" more than {_DECIMAL256_DIGITS} exactly"
            )
            raise RecordError(msg, path=path)
        widest = self.widest.setdefault((table, column), _Widest())
        if integer > widest.integer:
            widest.integer, widest.integer_at = integer, path
        if scale > widest.scale:
            widest.scale, widest.scale_at = scale, path

    def decimal_types(self) -> dict[tuple[str, str], Any]:
        """The Arrow decimal type of each decimal column, from its values."""
        types: dict[tuple[str, str], Any] = {}
        for table, columns in _COLUMNS.items():
            for column, kind, _ in columns:
                if kind is not None:
                    continue
                widest = self.widest.get((table, column), _Widest())
                digits = widest.integer + widest.scale
                if digits > _DECIMAL256_DIGITS:
                    msg = (
                        f"no Arrow decimal holds both the {widest.integer} digits"
                        f" before the point of {widest.integer_at} and the"
                        f" {widest.scale} after it of {widest.scale_at}"
                    )
                    raise RecordError(msg, path=f"{table}.{column}")
                if digits > _DECIMAL128_DIGITS:
                    types[table, column] = pa.decimal256(
                        _DECIMAL256_DIGITS, widest.scale
                    )
                else:
                    types[table, column] = pa.decimal128(
                        _DECIMAL128_DIGITS, widest.scale
                    )
        return types

    def table(self, name: str, schema: Any) -> Any:
        """The rows of table *name* so far as an Arrow table of *schema*."""
        columns = self.columns[name]
        arrays = [pa.array(columns[field.name], type=field.type) for field in schema]
        return pa.Table.from_arrays(arrays, schema=schema)


def _schema(name: str, decimal: Any) -> Any:
    """The schema of table *name*; *decimal* gives each decimal column's type."""
    fields = []
    for column, kind, nullable in _COLUMNS[name]:
        arrow_type = decimal(name, column) if kind is None else kind
        fields.append(pa.field(column, arrow_type, nullable=nullable))
    metadata = {_VERSION_KEY: _VERSION, _TABLE_KEY: name.encode()}
    return pa.schema(fields, metadata=metadata)


# --- public ------------------------------------------------------------------------


def to_tables(deals: Iterable[Deal]) -> dict[str, pa.Table]:
    """The five tables of *deals*: ``deals``, ``parties``, ``commitments``,
    ``history`` and ``figures`` (see the module's documentation).

    Each decimal column's scale is the most decimal places one of its values
    has.  Raises :class:`~dealrecord.RecordError`, naming the deal and the
    field, for a value no Arrow decimal holds exactly.
    """
    collector = _Collector()
    for deal in deals:
        collector.add(deal)
    types = collector.decimal_types()
    return {
        name: collector.table(
            name, _schema(name, lambda table, column: types[table, column])
        )
        for name in TABLES
    }


def _between(value: object, low: int, high: int) -> bool:
    """True when *value* is a whole number (not a bool) from *low* to *high*."""
    return (
        isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    )


def _check_settings(precision: int, scale: int, deals_per_group: int) -> None:
    if not _between(precision, 1, _DECIMAL256_DIGITS):
        msg = f"precision must be 1 to {_DECIMAL256_DIGITS}, got {precision!r}"
        raise ValueError(msg)
    if not _between(scale, 0, precision):
        msg = f"scale must be 0 to the precision ({precision}), got {scale!r}"
        raise ValueError(msg)
    if not _between(deals_per_group, 1, sys.maxsize):
        msg = f"deals_per_group must be 1 or more, got {deals_per_group!r}"
        raise ValueError(msg)


def write_parquet(
    deals: Iterable[Deal],
    path: str | os.PathLike[str],
    *,
    precision: int = _DECIMAL128_DIGITS,
    scale: int = 6,
    deals_per_group: int = 10_000,
) -> int:
    """Write *deals* (any iterable, read once) as Parquet files into the folder
    *path*, one per table; return how many deals were written.

    The folder is made if need be, and its five files replaced.  Every
    *deals_per_group* deals become one row group in each file, so memory
    stays bounded.  Decimal columns are ``decimal(precision, scale)``:
    decimal128 up to a precision of 38, decimal256 above.  A value that does
    not fit raises :class:`~dealrecord.RecordError` naming the deal and the
    field; then, as after any error, the files are removed.
    """
    _check_settings(precision, scale, deals_per_group)
    if precision > _DECIMAL128_DIGITS:
        decimal = pa.decimal256(precision, scale)
    else:
        decimal = pa.decimal128(precision, scale)
    folder = Path(path)
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    schemas = {name: _schema(name, lambda *_: decimal) for name in TABLES}
    files = [folder / f"{name}.parquet" for name in TABLES]
    collector = _Collector(fixed=(precision, scale))
    count = 0
    try:
        with contextlib.ExitStack() as stack:
            writers = {
                name: stack.enter_context(pq.ParquetWriter(file, schemas[name]))
                for name, file in zip(TABLES, files, strict=True)
            }

            def flush() -> None:
                for name in TABLES:
                    table = collector.table(name, schemas[name])
                    if table.num_rows:
                        writers[name].write_table(table, row_group_size=table.num_rows)
                collector.clear()

            for deal in deals:
                collector.add(deal)
                count += 1
                if collector.deals >= deals_per_group:
                    flush()
            if collector.deals:
                flush()
    except BaseException:
        for file in files:
            file.unlink(missing_ok=True)
        if made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return count


def _file_rows(folder: Path, name: str) -> Iterator[dict[str, Any]]:
    file = pq.ParquetFile(folder / f"{name}.parquet")
    metadata = file.schema_arrow.metadata or {}
    if metadata.get(_VERSION_KEY) != _VERSION or metadata.get(_TABLE_KEY) != (
        name.encode()
    ):
        msg = f"not a {name} table written by dealrecord's write_parquet"
        raise RecordError(msg, path=f"{name}.parquet")
    for batch in file.iter_batches():
        yield from batch.to_pylist()


def _read_date(row: dict[str, Any], prefix: str) -> PartialDate | None:
    year = row[f"{prefix}_year"]
    if year is None:
        return None
    part = row[f"{prefix}_part"]
    return PartialDate(
        year,
        row[f"{prefix}_month"],
        row[f"{prefix}_day"],
        None if part is None else Part(part),
    )


def _read_source(row: dict[str, Any]) -> Source | None:
    if not row["has_source"]:
        return None
    return Source(
        publisher=row["source_publisher"],
        url=row["source_url"],
        published=_read_date(row, "source_published"),
        quote=row["source_quote"],
    )


def _read_amount(row: dict[str, Any]) -> Amount | None:
    qualifier = row["qualifier"]
    if qualifier is None:
        return None
    return Amount(
        row["amount_low"], row["amount_high"], row["currency"], Qualifier(qualifier)
    )


def _take(
    rows: Iterator[dict[str, Any]], name: str, deal_id: str, count: int
) -> list[dict[str, Any]]:
    """The next *count* rows of table *name*, which must be those of *deal_id*."""
    taken = list(itertools.islice(rows, count))
    for position, row in enumerate(taken):
        if row["deal_id"] != deal_id or row["position"] != position:
            msg = (
                f"expected row {position} of deal {deal_id!r}, got row"
                f" {row['position']} of deal {row['deal_id']!r}"
            )
            raise RecordError(msg, path=f"{name}.parquet")
    if len(taken) < count:
        msg = f"deal {deal_id!r} has {count} rows here, found {len(taken)}"
        raise RecordError(msg, path=f"{name}.parquet")
    return taken


def read_parquet(path: str | os.PathLike[str]) -> list[Deal]:
    """The deals :func:`write_parquet` wrote into the folder *path*, in order.

    Raises :class:`~dealrecord.RecordError` for files that do not hold such
    deals (written by something else, or rows missing or out of order).
    """
    folder = Path(path)
    rows = {name: _file_rows(folder, name) for name in TABLES}
    deals = []
    for deal_row in rows["deals"]:
        deal_id = deal_row["deal_id"]
        parties = _take(rows["parties"], "parties", deal_id, deal_row["party_count"])
        commitments = _take(
            rows["commitments"], "commitments", deal_id, deal_row["commitment_count"]
        )
        history = _take(rows["history"], "history", deal_id, deal_row["change_count"])
        figures = _take(rows["figures"], "figures", deal_id, deal_row["figure_count"])
        deals.append(
            Deal(
                id=deal_id,
                title=deal_row["title"],
                parties=[
                    Party(
                        name=row["name"],
                        kind=PartyKind(row["kind"]),
                        aliases=row["aliases"],
                        country=row["country"],
                        ticker=row["ticker"],
                        lei=row["lei"],
                    )
                    for row in parties
                ],
                commitments=[
                    Commitment(
                        by=row["by"],
                        to=row["to"],
                        kind=CommitmentKind(row["kind"]),
                        amount=_read_amount(row),
                        capacity=None
                        if row["capacity_unit"] is None
                        else Quantity(row["capacity_value"], row["capacity_unit"]),
                        binding=row["binding"],
                        source=_read_source(row),
                        note=row["note"],
                    )
                    for row in commitments
                ],
                history=[
                    StatusChange(
                        on=_read_date(row, "on"),  # type: ignore[arg-type]
                        status=Status(row["status"]),
                        source=_read_source(row),
                        note=row["note"],
                    )
                    for row in history
                ],
                figures=[
                    Figure(
                        party=row["party"],
                        measure=row["measure"],
                        amount=_read_amount(row),  # type: ignore[arg-type]
                        period=_read_date(row, "period"),
                        forecast=row["forecast"],
                        source=_read_source(row),
                        note=row["note"],
                    )
                    for row in figures
                ],
            )
        )
    for name in TABLES[1:]:
        extra = next(rows[name], None)
        if extra is not None:
            msg = f"a row of deal {extra['deal_id']!r} belongs to no deal read"
            raise RecordError(msg, path=f"{name}.parquet")
    return deals
