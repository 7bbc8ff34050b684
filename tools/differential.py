"""The differential corpus: what the German reader makes of every string we have.

A change that should not change behaviour (a refactor, a speed-up) is
checked by reading the same corpus before and after it and comparing the
two outputs line by line::

    git worktree add --detach ../before HEAD
    PYTHONPATH=../before python tools/differential.py read before.jsonl
    PYTHONPATH=. python tools/differential.py read after.jsonl
    python tools/differential.py compare before.jsonl after.jsonl

``read`` reads with the ``dealrecord`` first on the path, so the corpus
(taken from this checkout) can be read by another one::

    PYTHONPATH=../before python tools/differential.py read before.jsonl  The corpus is
every string constant in ``tests/`` and ``docs/``'s code blocks and lines,
the texts of the corpora in ``tests/data/``, sentences of
:func:`benchmarks.varied.varied_text`, and random soups of the lexicon's
words, digits and marks (seeded, so both sides read the same soups).  Each
output line holds a string and, for each reader (``find_money``,
``find_numbers``, ``parse_amount``, ``parse_number``), what it gave: the
mentions (span, bounds, currency, qualifier, lenient, note) or the parsed
value, or the error's message.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_SOUPS = 3000


def _test_strings() -> Iterator[str]:
    for path in sorted((_ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield node.value


def _data_strings() -> Iterator[str]:
    for path in sorted((_ROOT / "tests" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for value in record.values() if isinstance(record, dict) else ():
                if isinstance(value, str):
                    yield value


def _doc_strings() -> Iterator[str]:
    for path in sorted([_ROOT / "README.md", *(_ROOT / "docs").rglob("*.md")]):
        yield from path.read_text(encoding="utf-8").splitlines()


def _soups() -> Iterator[str]:
    from dealrecord.german import _lexicon as lex
    from dealrecord.german import _tokens as tok

    words = sorted(
        {
            *tok.MORPHEMES,
            *tok.scale_words(),
            *lex.RANGE_START,
            *lex.RANGE_JOINERS,
            *lex.COORDINATORS,
            *lex.VAGUE_QUANTIFIERS,
            *lex.VAGUE_COUNTS,
            *(" ".join(key) for key in tok.qualifiers()),
            *(" ".join(key) for key in tok.currencies().phrases),
            "Euro",
            "Mio.",
            "Mrd.",
            "auf",
            "um",
            "Vorjahr:",
            "(",
            ")",
            "-",
            "–",
            "/",
            ",",
            ".",
            "2025",
            "31.01.2026",
            "https://example.com/5-euro",
            "+49 221 123456-0",
            "Firma",
            "Umsatz",
        }
    )
    rng = random.Random(15)
    for _ in range(_SOUPS):
        parts = []
        for _ in range(rng.randint(2, 9)):
            if rng.random() < 0.3:
                parts.append(str(rng.choice([1, 5, 12, 99, 250, 1000, 4.7, 0.5])))
            else:
                word = rng.choice(words)
                parts.append(word.capitalize() if rng.random() < 0.2 else word)
        yield " ".join(parts).replace(".", ",", rng.randint(0, 1))


def corpus() -> list[str]:
    """Every string of the corpus, once each, in a fixed order."""
    # By its path: the checkout measured may be one without it.
    spec = importlib.util.spec_from_file_location(
        "_varied", _ROOT / "benchmarks" / "varied.py"
    )
    assert spec is not None
    assert spec.loader is not None
    varied = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(varied)
    text, _ = varied.varied_text(200_000)
    strings = [
        *_test_strings(),
        *_data_strings(),
        *_doc_strings(),
        *text.split(". "),
        *_soups(),
    ]
    seen: dict[str, None] = {}
    for string in strings:
        if string.strip() and len(string) < 5000:
            seen.setdefault(string, None)
    return list(seen)


def _mentions(mentions: Sequence[object]) -> list[list[object]]:
    rows: list[list[object]] = []
    for m in mentions:
        amount = m.amount  # type: ignore[attr-defined]
        rows.append(
            [
                m.start,  # type: ignore[attr-defined]
                m.end,  # type: ignore[attr-defined]
                str(amount.low),
                str(amount.high),
                amount.currency,
                amount.qualifier.name,
                m.lenient,  # type: ignore[attr-defined]
                m.note,  # type: ignore[attr-defined]
            ]
        )
    return rows


def _read(path: Path) -> None:
    from dealrecord import (
        find_money,
        find_numbers,
        parse_amount,
        parse_number,
    )
    from dealrecord.errors import ParseError

    with path.open("w", encoding="utf-8") as out:
        for string in corpus():
            row: dict[str, object] = {"text": string}
            row["find_money"] = _mentions(find_money(string))
            row["find_numbers"] = _mentions(find_numbers(string))
            try:
                row["parse_amount"] = repr(parse_amount(string))
            except ParseError as error:
                row["parse_amount"] = f"error: {error}"
            try:
                row["parse_number"] = repr(parse_number(string))
            except ParseError as error:
                row["parse_number"] = f"error: {error}"
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _compare(before: Path, after: Path, limit: int) -> int:
    old = {
        r["text"]: r for r in map(json.loads, before.read_text("utf-8").splitlines())
    }
    new = {r["text"]: r for r in map(json.loads, after.read_text("utf-8").splitlines())}
    shared = old.keys() & new.keys()
    differ = [t for t in new if t in shared and old[t] != new[t]]
    print(f"strings: {len(old)} before, {len(new)} after, {len(shared)} in both")
    print(f"differ: {len(differ)}")
    for text in differ[:limit]:
        print(f"\n{text!r}")
        for column in ("find_money", "find_numbers", "parse_amount", "parse_number"):
            if old[text][column] != new[text][column]:
                print(f"  {column}\n    before {old[text][column]}")
                print(f"    after  {new[text][column]}")
    return 1 if differ else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    read = commands.add_parser("read", help="read the corpus, write JSON Lines")
    read.add_argument("out", type=Path)
    compare = commands.add_parser("compare", help="compare two outputs")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--show", type=int, default=40, help="differences shown")
    args = parser.parse_args(argv)
    if args.command == "read":
        _read(args.out)
        return 0
    return _compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
