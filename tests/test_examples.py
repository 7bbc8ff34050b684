"""The examples run from a clone and print valid documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jsonschema
import orjson

from dealrecord import Deal, from_json, json_schema

ROOT = Path(__file__).resolve().parent.parent


def run_example(name: str, *args: str) -> str:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert completed.stderr == ""
    return completed.stdout


def test_seed_example_prints_a_valid_deal_history() -> None:
    lines = run_example("nvidia_openai.py").splitlines()
    assert len(lines) == 1
    validator = jsonschema.Draft202012Validator(json_schema(Deal))
    validator.validate(orjson.loads(lines[0]))
    deal = from_json(lines[0], Deal)
    assert [str(change.on) for change in deal.history] == ["2025-09", "2026-01-31"]
    assert deal.status is not None
    assert deal.status.value == "stalled"
