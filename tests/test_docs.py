"""The docs cannot rot: their Python examples run as doctests.

pytest collects README.md and docs/*.md with ``--doctest-glob=*.md`` (see
pyproject.toml), which runs every ``>>>`` example.  This module makes sure
no Python snippet escapes that: a fenced block marked python must be a
``pycon`` session, and every ``pycon`` block must hold examples.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
