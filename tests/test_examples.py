"""The examples run from a clone and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema
import orjson

from dealrecord import Deal, Qualifier, Status, from_json, json_schema

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run_example(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        cwd=ROOT,
    )


def seed_deals() -> dict[str, Deal]:
    completed = run_example("nvidia_openai.py")
    assert completed.stderr == ""
    expected = (EXAMPLES / "data" / "nvidia_openai.expected.jsonl").read_text(
        encoding="utf-8"
    )
    assert completed.stdout == expected
    validator = jsonschema.Draft202012Validator(json_schema(Deal))
    deals = {}
    for line in completed.stdout.splitlines():
        validator.validate(orjson.loads(line))
        deal = from_json(line, Deal)
        deals[deal.id] = deal
    return deals


def test_seed_example_prints_the_expected_valid_history() -> None:
    deals = seed_deals()
    assert list(deals) == [
        "nvidia-openai-2025",
        "amazon-openai",
        "softbank-openai",
        "openai-cloud",
        "openai-ipo",
    ]
    alliance = deals["nvidia-openai-2025"]
    assert [(str(c.on), c.status) for c in alliance.history] == [
        ("2025-09", Status.ANNOUNCED),
        ("2026-01-31", Status.STALLED),
    ]
    stalled = alliance.history[1]
    assert stalled.source is not None
    assert stalled.source.publisher == "Wall Street Journal"
    assert stalled.note is not None
    assert "rechtlich nicht bindend" in stalled.note

    investment, stake = alliance.commitments_by("Nvidia")
    assert investment.amount is not None
    assert investment.amount.value == Decimal("100E9")
    assert investment.amount.currency == "USD"
    assert investment.capacity is not None
    assert (investment.capacity.value, investment.capacity.unit) == (Decimal(10), "GW")
    assert investment.binding is False
    assert stake.amount is not None
    assert stake.amount.qualifier is Qualifier.MAGNITUDE
    assert (stake.amount.low, stake.amount.high) == (Decimal("1E10"), Decimal("1E11"))

    loss, market_value = alliance.figures
    assert (loss.party, loss.amount.value, str(loss.period), loss.forecast) == (
        "OpenAI",
        Decimal("14E9"),
        "2026",
        True,
    )
    assert (market_value.party, market_value.amount.value) == (
        "Nvidia",
        Decimal("4.7E12"),
    )

    (amazon,) = deals["amazon-openai"].commitments
    assert amazon.amount is not None
    assert amazon.amount.qualifier is Qualifier.AT_MOST
    assert amazon.amount.high == Decimal("50E9")
    assert deals["amazon-openai"].status is Status.NEGOTIATING
    assert deals["softbank-openai"].status is Status.RUMOURED
    (cloud,) = deals["openai-cloud"].commitments
    assert cloud.to == ("Microsoft", "Oracle", "Amazon")
    assert cloud.amount is not None
    assert cloud.amount.qualifier is Qualifier.MORE_THAN
    assert cloud.amount.low == Decimal("1E12")
    (ipo,) = deals["openai-ipo"].history
    assert ipo.note == "Planned for 2026/late; dated to the report."


def test_every_record_quotes_the_article() -> None:
    article = (EXAMPLES / "data" / "article_de.txt").read_text(encoding="utf-8")
    article = " ".join(article.split())
    for deal in seed_deals().values():
        sources = [
            *(c.source for c in deal.commitments),
            *(h.source for h in deal.history),
            *(f.source for f in deal.figures),
        ]
        for source in sources:
            assert source is not None
            assert source.quote is not None
            assert source.quote in article


def test_money_mentions_example_writes_spans_of_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    texts = {
        "a.txt": "Amazon verhandelt über bis zu 50 Mrd. Dollar.\n",
        "sub/b.txt": "Kein Geld hier. Dann 3–4 Mrd. € und 60 Cent.",
        "c.txt": "Nur Zahlen: 2026 und 10 Gigawatt.",
        "d.txt": "Nur 0,0000001 Euro.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    output = tmp_path / "mentions.jsonl"
    completed = run_example("money_mentions.py", str(folder), str(output))
    assert completed.stderr == f"4 mentions written to {output}\n"
    lines = [orjson.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert [(d["file"], d["text"], d["low"], d["high"]) for d in lines] == [
        ("a.txt", "bis zu 50 Mrd. Dollar", None, "50000000000"),
        ("d.txt", "0,0000001 Euro", "0.0000001", "0.0000001"),
        ("sub/b.txt", "3–4 Mrd. €", "3000000000", "4000000000"),
        ("sub/b.txt", "60 Cent", "0.6", "0.6"),
    ]
    for line in lines:
        assert texts[line["file"]][line["start"] : line["end"]] == line["text"]
    assert [d["qualifier"] for d in lines] == ["at_most", "exact", "range", "exact"]
