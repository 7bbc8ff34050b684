"""Deals as Arrow tables and Parquet folders, read by pandas, Polars and DuckDB."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import attrs
import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    RecordError,
    Source,
    Status,
    StatusChange,
    load_jsonl,
)
from dealrecord.contrib.arrow import TABLES, read_parquet, to_tables, write_parquet
from dealrecord.strategies import deals as deal_strategy

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "data" / "nvidia_openai.expected.jsonl"


def seed_deals() -> list[Deal]:
    with SEED.open(encoding="utf-8") as lines:
        return list(load_jsonl(lines, Deal))


def deal_with(*amounts: Amount, capacity: Quantity | None = None) -> Deal:
    """A deal whose commitments have *amounts*."""
    return Deal(
        id="x-1",
        title="X",
        parties=[Party("A", PartyKind.COMPANY), Party("B", PartyKind.FUND)],
        commitments=[
            Commitment("A", ["B"], CommitmentKind.LOAN, amount, capacity)
            for amount in amounts
        ],
    )


FULL = Deal(
    id="full",
    title="Every field",
    parties=[
        Party(
            "A",
            PartyKind.COMPANY,
            aliases=("Alpha", "A-Corp"),
            country="DE",
            ticker="AAA",
            lei="549300S4KLFTLO7GSQ80",
        ),
        Party("B", PartyKind.PERSON),
        Party("C", PartyKind.GOVERNMENT),
    ],
    commitments=[
        Commitment(
            "A",
            ["B", "C"],
            CommitmentKind.COMPUTE_CONTRACT,
            Amount(Decimal("1E+11"), Decimal("1.5E+11"), "EUR", Qualifier.RANGE),
            Quantity(Decimal("2.5"), "GW"),
            binding=True,
            source=Source(),  # empty, which is not None
            note="a note",
        ),
        Commitment("B", ["A"], CommitmentKind.OTHER, binding=False),
        Commitment(
            "C",
            ["A"],
            CommitmentKind.LOAN,
            Amount(None, Decimal("0.0001"), None, Qualifier.LESS_THAN),
            source=Source("Handelsblatt", "https://example.com", PartialDate(2025, 3)),
        ),
    ],
    history=[
        StatusChange(PartialDate(2025, part=Part.WINTER), Status.RUMOURED),
        StatusChange(PartialDate(2025, 9, part=Part.LATE), Status.ANNOUNCED),
        StatusChange(
            PartialDate(2026, 1, 31),
            Status.STALLED,
            Source(quote="Stocken", published=PartialDate(2026, part=Part.Q1)),
            "n",
        ),
    ],
    figures=[
        Figure(
            "Alpha",
            "loss",
            Amount.exact(Decimal("-14E+9"), "USD"),
            PartialDate(2026),
            forecast=True,
        ),
        Figure("C", "debt", Amount(Decimal(3), None, "JPY", Qualifier.MORE_THAN)),
    ],
)


# --- tables ------------------------------------------------------------------------


def test_seed_tables_have_one_row_per_thing() -> None:
    deals = seed_deals()
    tables = to_tables(deals)
    assert list(tables) == list(TABLES)
    assert tables["deals"].column("deal_id").to_pylist() == [d.id for d in deals]
    assert tables["deals"].column("status").to_pylist() == [
        d.status.value if d.status else None for d in deals
    ]
    assert tables["parties"].num_rows == sum(len(d.parties) for d in deals)
    assert tables["history"].num_rows == sum(len(d.history) for d in deals)
    assert tables["figures"].num_rows == sum(len(d.figures) for d in deals)
    commitments = tables["commitments"]
    assert commitments.num_rows == sum(len(d.commitments) for d in deals)
    # One row per commitment, whatever the number of receiving parties.
    expected = [
        (d.id, c.by, list(c.to), c.amount.low if c.amount else None)
        for d in deals
        for c in d.commitments
    ]
    got = commitments.select(["deal_id", "by", "to", "amount_low"]).to_pylist()
    assert [tuple(row.values()) for row in got] == expected


def test_no_column_is_floating_point() -> None:
    for table in to_tables([FULL, *seed_deals()]).values():
        for field in table.schema:
            assert not pa.types.is_floating(field.type), field


def test_dates_keep_their_precision() -> None:
    history = to_tables([FULL])["history"].to_pylist()
    got = [
        (row["on_year"], row["on_month"], row["on_day"], row["on_part"])
        for row in history
    ]
    # In date order: late September 2025 starts before the winter of 2025.
    assert got == [
        (2025, 9, None, "late"),
        (2025, None, None, "winter"),
        (2026, 1, 31, None),
    ]
    assert [str(row["on_start"]) for row in history] == [
        "2025-09-21",
        "2025-12-01",
        "2026-01-31",
    ]
    assert history[2]["source_published_part"] == "Q1"
    assert history[2]["source_published_year"] == 2026


def test_sources_none_and_empty_differ() -> None:
    rows = to_tables([FULL])["commitments"].to_pylist()
    assert [row["has_source"] for row in rows] == [True, False, True]
    assert rows[0]["source_publisher"] is None


def test_decimal_scale_comes_from_the_data() -> None:
    deal = deal_with(
        Amount.exact(Decimal("4.75"), "EUR"), Amount.exact(Decimal("1E+20"), "EUR")
    )
    commitments = to_tables([deal])["commitments"]
    assert commitments.schema.field("amount_low").type == pa.decimal128(38, 2)
    assert commitments.column("amount_low").to_pylist() == [
        Decimal("4.75"),
        Decimal("1E+20"),
    ]
    assert to_tables(seed_deals())["commitments"].schema.field(
        "amount_high"
    ).type == pa.decimal128(38, 0)


def test_wide_values_take_decimal256() -> None:
    big = Decimal("1" + "0" * 40 + ".125")
    tables = to_tables([deal_with(Amount.exact(big, "USD"))])
    field = tables["commitments"].schema.field("amount_high")
    assert field.type == pa.decimal256(76, 3)
    assert tables["commitments"].column("amount_high").to_pylist() == [big]


def test_a_value_no_arrow_decimal_holds_is_an_error_naming_deal_and_field() -> None:
    huge = Decimal("1E+80")
    deal = deal_with(
        Amount.exact(Decimal(1), "USD"), Amount(None, huge, "USD", Qualifier.AT_MOST)
    )
    with pytest.raises(RecordError) as info:
        to_tables([deal])
    assert str(info.value).startswith(
        "deal 'x-1': commitments[1].amount.high: 1000000000000000000000"
    )
    assert "no Arrow decimal holds more than 76" in str(info.value)
    tiny = Quantity(Decimal("1E-77"), "GW")
    with pytest.raises(RecordError, match=r"commitments\[0\]\.capacity\.value"):
        to_tables([deal_with(Amount.exact(Decimal(1)), capacity=tiny)])


def test_a_column_no_arrow_decimal_holds_names_both_values() -> None:
    wide = deal_with(Amount.exact(Decimal("1E+50"), "USD"))
    fine = attrs.evolve(
        deal_with(Amount.exact(Decimal("1E-30"), "USD")), id="fine-grained"
    )
    with pytest.raises(RecordError) as info:
        to_tables([wide, fine])
    message = str(info.value)
    assert message.startswith("commitments.amount_low: no Arrow decimal holds both")
    assert "deal 'x-1': commitments[0].amount.low" in message
    assert "deal 'fine-grained': commitments[0].amount.low" in message


# --- Parquet -----------------------------------------------------------------------


def test_parquet_round_trip_of_every_field(tmp_path: Path) -> None:
    deals = [FULL, *seed_deals()]
    assert write_parquet(deals, tmp_path / "out") == len(deals)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{name}.parquet" for name in TABLES
    )
    back = read_parquet(tmp_path / "out")
    assert back == deals
    assert back[0].commitments[0].source == Source()
    assert back[0].commitments[1].source is None
    assert back[0].parties[0].aliases == ("Alpha", "A-Corp")
    amount = back[1].commitments[0].amount
    assert amount is not None
    assert amount.high == Decimal("1E+11")


def test_parquet_decimal_columns_are_decimal128_38_6(tmp_path: Path) -> None:
    write_parquet(seed_deals(), tmp_path)
    schema = pq.read_schema(tmp_path / "figures.parquet")
    assert schema.field("amount_low").type == pa.decimal128(38, 6)
    write_parquet(seed_deals(), tmp_path, precision=50, scale=2)
    schema = pq.read_schema(tmp_path / "commitments.parquet")
    assert schema.field("capacity_value").type == pa.decimal256(50, 2)
    assert read_parquet(tmp_path) == seed_deals()


def test_parquet_refuses_what_does_not_fit_and_leaves_nothing(tmp_path: Path) -> None:
    good = seed_deals()
    bad = deal_with(Amount.exact(Decimal(1)), Amount.exact(Decimal("0.1234567")))
    with pytest.raises(RecordError) as info:
        write_parquet([*good, bad], tmp_path / "out", deals_per_group=2)
    assert str(info.value) == (
        "deal 'x-1': commitments[1].amount.low: 0.1234567 needs 0 digits before"
        " the point and 7 after it; the Parquet column commitments.amount_low is"
        " decimal(38, 6): at most 32 and 6 (pass a larger precision or scale)"
    )
    assert not (tmp_path / "out").exists()
    big = deal_with(Amount.exact(Decimal("1E+32")))
    with pytest.raises(RecordError, match="needs 33 digits before the point"):
        write_parquet([big], tmp_path)
    assert list(tmp_path.iterdir()) == []
    write_parquet([big, bad], tmp_path, precision=40, scale=7)
    assert read_parquet(tmp_path) == [big, bad]


@pytest.mark.parametrize(
    ("settings_", "message"),
    [
        ({"precision": 77}, "precision must be 1 to 76"),
        ({"precision": 0}, "precision must be 1 to 76"),
        ({"scale": -1}, "scale must be 0 to the precision"),
        ({"precision": 10, "scale": 11}, "scale must be 0 to the precision"),
        ({"deals_per_group": 0}, "deals_per_group must be 1 or more"),
    ],
)
def test_parquet_settings_are_checked(
    tmp_path: Path, settings_: dict[str, int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        write_parquet([], tmp_path / "out", **settings_)
    assert not (tmp_path / "out").exists()


def test_no_deals_make_empty_tables(tmp_path: Path) -> None:
    assert write_parquet(iter([]), tmp_path) == 0
    assert pq.read_table(tmp_path / "deals.parquet").num_rows == 0
    assert read_parquet(tmp_path) == []
    assert all(table.num_rows == 0 for table in to_tables([]).values())


def test_writing_streams_in_row_groups(tmp_path: Path) -> None:
    seed = seed_deals()
    deals_file = tmp_path / "deals.parquet"
    sizes: list[int] = []

    def many() -> Iterator[Deal]:
        for number in range(25):
            sizes.append(deals_file.stat().st_size if deals_file.exists() else 0)
            deal = seed[number % len(seed)]
            # Every table gets rows: a figure of the deal's first party.
            figure = Figure(
                deal.parties[0].name, "loss", Amount.exact(Decimal(number), "EUR")
            )
            yield attrs.evolve(deal, id=f"deal-{number}", figures=(figure,))

    assert write_parquet(many(), tmp_path, deals_per_group=10) == 25
    # Each group of ten is on disk before the next deal is even made.
    assert sizes[1:10] == [sizes[0]] * 9
    assert sizes[0] < sizes[10] < sizes[20]
    for name in TABLES:
        groups = pq.ParquetFile(tmp_path / f"{name}.parquet").num_row_groups
        assert groups == 3, name
    deals = pq.ParquetFile(tmp_path / "deals.parquet")
    assert [deals.metadata.row_group(i).num_rows for i in range(3)] == [10, 10, 5]
    back = read_parquet(tmp_path)
    assert [deal.id for deal in back] == [f"deal-{n}" for n in range(25)]


def test_reading_refuses_foreign_or_broken_folders(tmp_path: Path) -> None:
    write_parquet(seed_deals(), tmp_path)
    pq.write_table(pa.table({"deal_id": ["x"]}), tmp_path / "figures.parquet")
    with pytest.raises(RecordError, match=r"figures\.parquet: not a figures table"):
        read_parquet(tmp_path)
    write_parquet(seed_deals(), tmp_path)
    history = pq.read_table(tmp_path / "history.parquet")
    pq.write_table(history.slice(1), tmp_path / "history.parquet")
    with pytest.raises(RecordError, match=r"history\.parquet: expected row 0"):
        read_parquet(tmp_path)


@settings(max_examples=30, deadline=None)
@given(st.lists(deal_strategy(), max_size=4))
def test_parquet_round_trip_gives_equal_deals(deals: list[Deal]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        write_parquet(deals, folder, deals_per_group=2)
        assert read_parquet(folder) == deals
    assert read_parquet_via_tables(deals) == deals


def read_parquet_via_tables(deals: list[Deal]) -> list[Deal]:
    """The deals of :func:`to_tables`' own tables, written as they are."""
    tables = to_tables(deals)
    with tempfile.TemporaryDirectory() as folder:
        for name, table in tables.items():
            pq.write_table(table, Path(folder) / f"{name}.parquet")
        return read_parquet(folder)


# --- pandas, Polars and DuckDB -----------------------------------------------------


def story() -> list[Deal]:
    """Three deals shaped like the seed story's, kept here so that the
    numbers below do not move when the example's output is regenerated."""
    parties = {
        name: Party(name, PartyKind.COMPANY)
        for name in ("Nvidia", "OpenAI", "Amazon", "Microsoft", "Oracle")
    }

    def deal(id_: str, *commitments: Commitment) -> Deal:
        names = {c.by for c in commitments} | {n for c in commitments for n in c.to}
        return Deal(
            id=id_,
            title=id_,
            parties=[parties[name] for name in sorted(names)],
            commitments=commitments,
            history=[StatusChange(PartialDate(2026, 1, 31), Status.ANNOUNCED)],
        )

    def usd(low: str | None, high: str | None, qualifier: Qualifier) -> Amount:
        return Amount(
            None if low is None else Decimal(low),
            None if high is None else Decimal(high),
            "USD",
            qualifier,
        )

    def invest(by: str, amount: Amount) -> Commitment:
        return Commitment(by, ["OpenAI"], CommitmentKind.INVESTMENT, amount)

    return [
        deal(
            "nvidia-openai",
            invest("Nvidia", usd("1E11", "1E11", Qualifier.EXACT)),
            invest("Nvidia", usd("1E10", "1E11", Qualifier.MAGNITUDE)),
        ),
        deal("amazon-openai", invest("Amazon", usd(None, "5E10", Qualifier.AT_MOST))),
        deal(
            "openai-cloud",
            Commitment(
                "OpenAI",
                ["Microsoft", "Oracle", "Amazon"],
                CommitmentKind.COMPUTE_CONTRACT,
                usd("1E12", None, Qualifier.MORE_THAN),
            ),
        ),
    ]


def test_pandas_gets_exact_decimals() -> None:
    frame = to_tables(story())["commitments"].to_pandas()
    assert list(frame["deal_id"]) == [
        "nvidia-openai",
        "nvidia-openai",
        "amazon-openai",
        "openai-cloud",
    ]
    high = frame["amount_high"]
    assert high.dtype == object
    assert high.iloc[0] == Decimal("1E+11")
    assert isinstance(high.iloc[0], Decimal)
    assert pd.isna(high.iloc[3])
    assert list(frame.explode("to")["to"]) == [
        "OpenAI",
        "OpenAI",
        "OpenAI",
        "Microsoft",
        "Oracle",
        "Amazon",
    ]


def test_polars_gets_exact_decimals() -> None:
    frame = pl.from_arrow(to_tables(story())["commitments"])
    assert isinstance(frame, pl.DataFrame)
    assert frame.schema["amount_high"] == pl.Decimal(38, 0)
    totals = frame.group_by("by", maintain_order=True).agg(pl.col("amount_high").sum())
    assert totals.rows() == [
        ("Nvidia", Decimal("2E+11")),
        ("Amazon", Decimal("5E+10")),
        ("OpenAI", Decimal(0)),
    ]


TOTALS_SQL = """
SELECT "by" AS party, currency,
       coalesce(sum(amount_low), 0) AS at_least,
       CASE WHEN bool_and(amount_high IS NOT NULL) THEN sum(amount_high) END AS at_most
FROM read_parquet('{folder}/commitments.parquet')
WHERE currency IS NOT NULL
GROUP BY ALL
ORDER BY party, currency
"""


def test_duckdb_totals_per_party_and_currency(tmp_path: Path) -> None:
    write_parquet(story(), tmp_path)
    connection = duckdb.connect()
    try:
        result = connection.sql(TOTALS_SQL.format(folder=tmp_path))
        assert result.types[2:] == ["DECIMAL(38,6)", "DECIMAL(38,6)"]
        rows = result.fetchall()
    finally:
        connection.close()
    assert rows == [
        ("Amazon", "USD", Decimal(0), Decimal("5E+10")),
        ("Nvidia", "USD", Decimal("1.1E+11"), Decimal("2E+11")),
        ("OpenAI", "USD", Decimal("1E+12"), None),
    ]


def test_importing_dealrecord_loads_neither_pyarrow_nor_matplotlib() -> None:
    code = (
        "import sys, dealrecord, dealrecord.cli, dealrecord.contrib; "
        "loaded = sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('pyarrow', 'matplotlib', 'pandas', 'polars')); "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True)
