"""The examples run from a clone and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema
import orjson

from dealrecord import (
    Amount,
    CommitmentKind,
    Deal,
    Qualifier,
    Status,
    from_json,
    json_schema,
)

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
        "nvidia-openai",
        "amazon-openai",
        "openai-softbank-group",
        "amazon-microsoft-openai-oracle",
    ]
    alliance = deals["nvidia-openai"]
    assert [(str(c.on), c.status) for c in alliance.history] == [
        ("2025-09", Status.ANNOUNCED),
        ("2026-01-31", Status.STALLED),
    ]
    (investment,) = alliance.commitments_by("Nvidia")
    assert (investment.to, investment.kind) == (("OpenAI",), CommitmentKind.INVESTMENT)
    assert investment.amount == Amount.exact(Decimal("100E9"), "USD")
    assert investment.capacity is not None
    assert (investment.capacity.value, investment.capacity.unit) == (Decimal(10), "GW")

    amazon = deals["amazon-openai"]
    (offer,) = amazon.commitments
    assert (offer.by, offer.to, offer.kind) == (
        "Amazon",
        ("OpenAI",),
        CommitmentKind.INVESTMENT,
    )
    assert offer.amount == Amount(None, Decimal("50E9"), "USD", Qualifier.AT_MOST)
    assert amazon.status is Status.NEGOTIATING

    softbank = deals["openai-softbank-group"]
    assert {p.name for p in softbank.parties} == {"SoftBank Group", "OpenAI"}
    assert softbank.commitments == ()
    assert softbank.status is Status.RUMOURED

    (cloud,) = deals["amazon-microsoft-openai-oracle"].commitments
    assert (cloud.by, cloud.to, cloud.kind) == (
        "OpenAI",
        ("Microsoft", "Oracle", "Amazon"),
        CommitmentKind.COMPUTE_CONTRACT,
    )
    assert cloud.amount == Amount(Decimal("1E12"), None, "USD", Qualifier.MORE_THAN)
    assert deals["amazon-microsoft-openai-oracle"].status is Status.SIGNED


def test_every_record_quotes_the_article() -> None:
    article = (EXAMPLES / "data" / "article_de.txt").read_text(encoding="utf-8")
    article = " ".join(article.split())
    for deal in seed_deals().values():
        sources = [
            *(c.source for c in deal.commitments),
            *(h.source for h in deal.history),
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
