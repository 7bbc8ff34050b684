"""The Duckling German corpora (tests/data/duckling_*.jsonl), case by case."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dealrecord.german import parse_amount, parse_number
from tests.german.phrases import corpus

#: Cases we judge the corpus to have wrong, with the reason.
WRONG: dict[str, str] = dict.fromkeys(
    ("keiner", "keinen"),
    "'keiner'/'keinen' are pronouns, not the number 0: a finder would "
    "read 'keinen Grund' as a number",
)


def _params(name: str) -> list[object]:
    params: list[object] = []
    for record in corpus(name):
        text = record["text"]
        mentions = record["mentions"]
        assert isinstance(text, str)
        assert isinstance(mentions, list)
        mention = mentions[0]
        marks = []
        if text in WRONG:
            marks.append(pytest.mark.xfail(reason=WRONG[text], strict=True))
        params.append(
            pytest.param(
                text,
                mention["value"],
                mention["currency"],
                id=str(record["id"]),
                marks=marks,
            )
        )
    return params


@pytest.mark.parametrize(("text", "value", "currency"), _params("duckling_de_numeral"))
def test_duckling_numeral(text: str, value: str, currency: str | None) -> None:
    assert currency is None
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value", "currency"), _params("duckling_reinfer_de_numeral")
)
def test_duckling_reinfer_numeral(text: str, value: str, currency: str | None) -> None:
    assert currency is None
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(("text", "value", "currency"), _params("duckling_de_money"))
def test_duckling_money(text: str, value: str, currency: str | None) -> None:
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (Decimal(value), currency)
