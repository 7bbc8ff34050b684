"""The docs cannot rot: their Python examples run as doctests.

pytest collects README.md and docs/*.md with ``--doctest-glob=*.md`` (see
pyproject.toml), which runs every ``>>>`` example.  This module makes sure
no Python snippet escapes that: a fenced block marked python must be a
``pycon`` session, and every ``pycon`` block must hold examples.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dealrecord import parse_amount

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("**/*.md")])
FENCE = re.compile(r"^```(?P<lang>[\w+-]*)\n(?P<body>.*?)^```", re.S | re.M)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_snippets_are_doctests(path: Path) -> None:
    for block in FENCE.finditer(path.read_text(encoding="utf-8")):
        lang, body = block["lang"], block["body"]
        assert lang not in ("python", "py", "python3"), (
            f"{path.name}: write Python examples as ```pycon sessions so they run"
        )
        if lang == "pycon":
            assert body.lstrip().startswith(">>>"), f"{path.name}: pycon without >>>"


def test_quick_start_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b["body"].strip() for b in FENCE.finditer(section)]
    assert blocks[0].endswith("python examples/nvidia_openai.py")
    assert "pytest" in blocks[1]
    assert "[test]" in blocks[1]


def _table_rows(path: Path, header: str) -> list[list[str]]:
    """The rows of the Markdown table whose header line starts with *header*."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_parsing_page_table_is_what_parse_amount_returns() -> None:
    rows = _table_rows(ROOT / "docs" / "parsing.md", "| phrase |")
    assert len(rows) > 20
    for phrase, qualifier, low, high, currency in rows:
        amount = parse_amount(phrase)
        got = (
            amount.qualifier.value,
            "" if amount.low is None else str(amount.low),
            "" if amount.high is None else str(amount.high),
            amount.currency or "",
        )
        assert got == (qualifier, low, high, currency), phrase


def test_site_builds_strictly(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "api" / "index.html").is_file()
