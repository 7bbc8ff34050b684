"""Write every money mention in a folder of German .txt files as JSON Lines.

Run it with ``python examples/money_mentions.py FOLDER [OUTPUT.jsonl]``
(standard output when no output is named).  Each line is one mention; for
a file ``a.txt`` that reads "Amazon verhandelt über bis zu 50 Mrd. Dollar."::

    {"file": "a.txt", "start": 23, "end": 44, "text": "bis zu 50 Mrd. Dollar",
     "low": null, "high": "50000000000", "currency": "USD",
     "qualifier": "at_most", "lenient": false, "note": null}

``start`` and ``end`` are character offsets (Python slice indices) into the
file's text; amounts are exact decimal strings, never floats.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import orjson

from dealrecord import Mention, find_money


def mentions(folder: Path) -> Iterator[tuple[Path, Mention]]:
    """Every money mention of every ``*.txt`` file under *folder*, in path order."""
    for path in sorted(folder.rglob("*.txt")):
        for mention in find_money(path.read_text(encoding="utf-8")):
            yield path.relative_to(folder), mention


def as_line(path: Path, mention: Mention) -> dict[str, Any]:
    amount = mention.amount
    return {
        "file": path.as_posix(),
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "low": _exact(amount.low),
        "high": _exact(amount.high),
        "currency": amount.currency,
        "qualifier": amount.qualifier.value,
        "lenient": mention.lenient,
        "note": mention.note,
    }


def _exact(value: Decimal | None) -> str | None:
    """The decimal's digits in full ("0.0000001", never "1E-7"), or None."""
    return None if value is None else format(value, "f")


def write(folder: Path, out: TextIO) -> int:
    """Write the mentions under *folder* to *out*; return how many."""
    count = 0
    for path, mention in mentions(folder):
        out.write(orjson.dumps(as_line(path, mention)).decode())
        out.write("\n")
        count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("output", nargs="?", type=Path)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")
    if args.output is None:
        write(args.folder, sys.stdout)
    else:
        with args.output.open("w", encoding="utf-8") as out:
            count = write(args.folder, out)
        print(f"{count} mentions written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
