"""The timeline: what the picture holds, for the seed story and for 50 deals."""

from __future__ import annotations

import datetime as dt
import random
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import matplotlib.dates as mdates
import pytest
from babel.dates import format_date
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from dealrecord import (
    Amount,
    Commitment,
    CommitmentKind,
    Deal,
    Part,
    PartialDate,
    Party,
    PartyKind,
    Qualifier,
    Source,
    Status,
    StatusChange,
    format_amount,
    load_jsonl,
)
from dealrecord.cli import main
from dealrecord.contrib.plot import _LABELS, _VAGUE_LABEL, _save, timeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "data" / "nvidia_openai.expected.jsonl"
IMAGE = ROOT / "docs" / "img" / "seed-timeline.svg"
#: The one command that makes the documentation's picture.
REGENERATE = (
    "python -m dealrecord plot examples/data/nvidia_openai.expected.jsonl"
    " -o docs/img/seed-timeline.svg"
)
SVG = "{http://www.w3.org/2000/svg}"


def seed_deals() -> list[Deal]:
    with SEED.open(encoding="utf-8") as lines:
        return list(load_jsonl(lines, Deal))


def many_deals(count: int = 50, seed: int = 19) -> list[Deal]:
    """*count* made-up deals over five years, of every status and precision."""
    rng = random.Random(seed)
    firms = ["Nvidia", "OpenAI", "Amazon", "SoftBank", "Microsoft", "SAP", "BASF"]
    topics = ["Partnerschaft", "Übernahme eines Geschäftsbereichs", "Kreditlinie"]
    deals = []
    for number in range(count):
        by, to = rng.sample(firms, 2)
        history = []
        for status in rng.sample(list(Status), rng.randint(1, 4)):
            year = rng.randint(2021, 2025)
            on = rng.choice(
                [
                    PartialDate(year, rng.randint(1, 12), rng.randint(1, 28)),
                    PartialDate(year, rng.randint(1, 12)),
                    PartialDate(year, part=rng.choice([None, Part.Q2, Part.LATE])),
                ]
            )
            history.append(StatusChange(on, status))
        commitments = []
        for _ in range(rng.randint(0, 2)):
            value = Decimal(rng.randint(1, 900)) * Decimal(10) ** rng.randint(6, 11)
            amount = rng.choice(
                [
                    Amount.exact(value, "EUR"),
                    Amount(None, value, "USD", Qualifier.AT_MOST),
                    Amount(value, None, "USD", Qualifier.MORE_THAN),
                ]
            )
            commitments.append(Commitment(by, [to], CommitmentKind.LOAN, amount))
        deals.append(
            Deal(
                id=f"deal-{number}",
                title=f"{by} und {to}: {rng.choice(topics)} Nr. {number}",
                parties=[Party(by, PartyKind.COMPANY), Party(to, PartyKind.COMPANY)],
                commitments=commitments,
                history=history,
            )
        )
    return deals


def svg_texts(path: Path) -> str:
    """Every text of an SVG picture, in order, joined by single spaces."""
    root = ET.parse(path).getroot()
    texts = [element.text or "" for element in root.iter(f"{SVG}text")]
    return " ".join(" ".join(texts).split())


def assert_shows(text: str, deals: list[Deal]) -> None:
    """*text* (of an SVG) holds every title, status and amount of *deals*."""
    for deal in deals:
        assert deal.title in text
        for change in deal.history:
            assert _LABELS[change.status] in text
        for commitment in deal.commitments:
            if commitment.amount is not None:
                assert format_amount(commitment.amount, style="short") in text


def test_seed_svg_shows_titles_statuses_and_amounts(tmp_path: Path) -> None:
    picture = tmp_path / "seed.svg"
    deals = seed_deals()
    _save(deals, picture)
    assert picture.stat().st_size > 10_000
    text = svg_texts(picture)
    assert_shows(text, deals)
    shown = {change.status for deal in deals for change in deal.history}
    for status in set(Status) - shown:  # the legend has only what is shown
        assert _LABELS[status] not in text
    vague = any(c.on.precision != "day" for d in deals for c in d.history)
    assert (_VAGUE_LABEL in text) is vague


def test_dates_on_the_axis_are_german(tmp_path: Path) -> None:
    deal = Deal(
        id="d",
        title="Monate",
        parties=[Party("A", PartyKind.COMPANY)],
        history=[
            StatusChange(PartialDate(2025, 9, 1), Status.ANNOUNCED),
            StatusChange(PartialDate(2026, 1, 31), Status.STALLED),
        ],
    )
    _save([deal], tmp_path / "months.svg")
    text = svg_texts(tmp_path / "months.svg")
    for month in (9, 10, 12):
        assert format_date(dt.date(2025, month, 1), "MMM y", locale="de") in text
    assert "Sept. 2025 Okt. 2025 Nov. 2025 Dez. 2025 Jan. 2026" in text


def test_seed_png_is_written(tmp_path: Path) -> None:
    picture = tmp_path / "seed.png"
    _save(seed_deals(), picture)
    data = picture.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000


def test_fifty_deals_render(tmp_path: Path) -> None:
    deals = many_deals()
    _save(deals, tmp_path / "many.svg")
    _save(deals, tmp_path / "many.png")
    assert (tmp_path / "many.png").stat().st_size > 100_000
    assert_shows(svg_texts(tmp_path / "many.svg"), deals)


def test_the_same_deals_give_the_same_bytes(tmp_path: Path) -> None:
    deals = many_deals(8)
    for name in ("a.svg", "b.svg", "a.png", "b.png"):
        _save(deals, tmp_path / name)
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def test_a_vague_date_is_drawn_hatched_over_its_period() -> None:
    parties = [Party("A", PartyKind.COMPANY), Party("B", PartyKind.COMPANY)]
    vague = Deal(
        id="vague",
        title="Vage",
        parties=parties,
        history=[
            StatusChange(PartialDate(2025, 3), Status.ANNOUNCED),
            StatusChange(PartialDate(2025, 6, 15), Status.SIGNED),
        ],
    )
    ax = timeline([vague])
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    hatched = [bar for bar in bars if bar.get_hatch()]
    assert len(hatched) == 1
    # March 2025: 31 days wide, starting on the first.
    assert hatched[0].get_width() == pytest.approx(31)
    assert len(bars) == 3
    legend = ax.get_legend()
    assert legend is not None
    labels = [text.get_text() for text in legend.get_texts()]
    assert labels == ["angekündigt", "unterzeichnet", _VAGUE_LABEL]
    exact = Deal(
        id="exact",
        title="Genau",
        parties=parties,
        history=[StatusChange(PartialDate(2025, 3, 1), Status.ANNOUNCED)],
    )
    ax = timeline([exact])
    assert not any(p.get_hatch() for p in ax.patches)


def test_a_commitment_stands_at_its_source_date() -> None:
    parties = [Party("A", PartyKind.COMPANY), Party("B", PartyKind.COMPANY)]
    amount = Amount(None, Decimal("5E+10"), "USD", Qualifier.AT_MOST)
    deal = Deal(
        id="d",
        title="Zusage",
        parties=parties,
        commitments=[
            Commitment(
                "A",
                ["B"],
                CommitmentKind.LOAN,
                amount,
                source=Source(published=PartialDate(2025, 6, 1)),
            ),
            Commitment("B", ["A"], CommitmentKind.LOAN, amount),
        ],
        history=[StatusChange(PartialDate(2025, 1, 1), Status.NEGOTIATING)],
    )
    ax = timeline([deal])
    days = [mdates.num2date(line.get_xdata()[0]).date() for line in ax.get_lines()]  # type: ignore[index]
    assert days == [dt.date(2025, 6, 1), dt.date(2025, 1, 1)]
    assert [text.get_text() for text in ax.texts][:2] == ["bis zu 50 Mrd. $"] * 2


def test_timeline_draws_on_the_axes_given() -> None:
    figure = Figure()
    left, right = figure.subplots(1, 2)
    assert timeline(seed_deals()[:2], ax=right) is right
    assert not left.patches
    assert right.patches
    assert timeline([]).get_legend() is None


def test_the_first_and_the_last_day_there_is(tmp_path: Path) -> None:
    deal = Deal(
        id="d",
        title="Von Anfang bis Ende",
        parties=[Party("A", PartyKind.COMPANY)],
        history=[
            StatusChange(PartialDate(1, 1, 1), Status.RUMOURED),
            StatusChange(PartialDate(9999, part=Part.WINTER), Status.CLOSED),
        ],
    )
    _save([deal], tmp_path / "all.svg")
    assert "abgeschlossen" in svg_texts(tmp_path / "all.svg")


def test_only_png_and_svg() -> None:
    with pytest.raises(ValueError, match=r"expected a \.png or \.svg file"):
        _save(seed_deals(), "timeline.pdf")


def test_docs_image_is_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    fresh = tmp_path / "seed-timeline.svg"
    assert main(["plot", str(SEED.relative_to(ROOT)), "-o", str(fresh)]) == 0
    capsys.readouterr()
    assert IMAGE.is_file(), f"docs/img/seed-timeline.svg is missing: {REGENERATE}"
    assert fresh.read_bytes() == IMAGE.read_bytes(), (
        f"docs/img/seed-timeline.svg is stale; regenerate it with: {REGENERATE}"
    )
