"""examples/dask_extract.py on local worker processes gives what a plain loop gives.

The example is imported as the module ``dask_extract`` from a ``sys.path``
that the local worker processes inherit, so they import it too.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson
import pyarrow.parquet as pq
import pytest
from distributed import LocalCluster

from dealrecord import find_money

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SUBJECTS = ["Nvidia", "Die Deutsche Bank", "Siemens", "OpenAI", "Der Bund", "BASF"]
VERBS = ["investiert", "zahlt", "erhält", "bietet", "verliert"]
MONEY = [
    "bis zu {n} Milliarden Dollar",
    "rund {n},5 Mrd. Euro",
    "{n} Mio. €",
    "zwischen {n} und {m} Millionen Franken",
    "mehr als {n}.000 Euro",
    "{n} Cent",
    "über eine Billion Dollar",
    "einen Betrag im zweistelligen Milliardenbereich",
]
FILLERS = [
    "Der Umsatz stieg um {n} Prozent.",
    "Am 31.01.2026 um 14:30 Uhr war nichts entschieden.",
    "Rund {n} Millionen Menschen nutzen den Dienst.",
    "Das Unternehmen äußerte sich nicht.",
]


def articles(count: int, seed: int = 2025) -> Iterator[dict[str, object]]:
    """Short German articles with money phrases built from the templates above."""
    rng = random.Random(seed)
    for i in range(count):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            n = rng.randint(1, 99)
            money = rng.choice(MONEY).format(n=n, m=n + rng.randint(1, 50))
            subject, verb = rng.choice(SUBJECTS), rng.choice(VERBS)
            sentences.append(f"{subject} {verb} {money}.")
            if rng.random() < 0.5:
                sentences.append(rng.choice(FILLERS).format(n=n))
        # Ids are strings and numbers, as they come in real feeds.
        yield {"id": f"a{i}" if i % 2 else i, "text": " ".join(sentences)}


def write_corpus(folder: Path, count: int = 300, files: int = 6) -> None:
    folder.mkdir()
    docs = list(articles(count))
    for f in range(files):
        with (folder / f"news-{f}.jsonl").open("wb") as out:
            for doc in docs[f::files]:
                out.write(orjson.dumps(doc) + b"\n")
            out.write(b"\n")  # a trailing blank line is allowed


def plain_loop(folder: Path) -> list[tuple[Any, ...]]:
    """The rows, read one article after another without Dask."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_bytes().splitlines():
            if not line.strip():
                continue
            article = orjson.loads(line)
            for m in find_money(article["text"]):
                a = m.amount
                rows.append(
                    (
                        str(article["id"]),
                        m.start,
                        m.end,
                        m.text,
                        None if a.low is None else str(a.low),
                        None if a.high is None else str(a.high),
                        a.currency,
                        a.qualifier.value,
                        m.lenient,
                    )
                )
    return sorted(rows, key=repr)


FIELDS = ("id", "start", "end", "text", "low", "high", "currency", "qualifier")


def jsonl_rows(folder: Path) -> list[tuple[Any, ...]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_bytes().splitlines(keepends=True):
            assert line.endswith(b"\n")
            row = orjson.loads(line)
            assert list(row) == [*FIELDS, "lenient"]
            rows.append(tuple(row.values()))
    return sorted(rows, key=repr)


def parquet_rows(folder: Path) -> list[tuple[Any, ...]]:
    table = pq.read_table(folder)
    for name in ("id", "low", "high", "text", "currency", "qualifier"):
        assert str(table.schema.field(name).type) == "string"
    return sorted((tuple(r.values()) for r in table.to_pylist()), key=repr)


@pytest.fixture(scope="module")
def example() -> Iterator[ModuleType]:
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(EXAMPLES))
        yield importlib.import_module("dask_extract")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "articles")
    return tmp_path / "articles"


def test_local_cluster_matches_a_plain_loop(
    example: ModuleType,
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    assert example.main([str(corpus), str(out), "--workers", "2"]) == 0
    expected = plain_loop(corpus)
    assert len(expected) > 500
    assert {row[7] for row in expected} >= {"exact", "approx", "at_most", "range"}
    assert jsonl_rows(out / "jsonl") == expected
    assert parquet_rows(out / "parquet") == expected
    assert len(list((out / "jsonl").iterdir())) == 6  # one file per input file
    printed = capsys.readouterr().out
    assert printed == f"300 articles, {len(expected)} mentions, 12 files in {out}\n"


def test_the_same_code_runs_on_a_given_scheduler(
    example: ModuleType, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        args = [f"{corpus}/news-*.jsonl", str(out), "--scheduler"]
        assert example.main([*args, cluster.scheduler_address, "--no-parquet"]) == 0
    assert jsonl_rows(out / "jsonl") == plain_loop(corpus)
    assert not (out / "parquet").exists()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "3"}', "article '3' has no \"text\" string"),
        ("{not json", "not JSON"),
        ('["a list"]', 'expected an object with an "id"'),
    ],
)
def test_a_line_that_is_no_article_is_one_clear_error(
    example: ModuleType, line: str, message: str
) -> None:
    with pytest.raises(example.ArticleError, match=message):
        example.load_article(line)


def test_bad_input_exits_1_with_one_line(
    example: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"id": "1", "text": "5 Euro"}\n{"id": "2"}\n')
    assert example.main([str(folder), str(tmp_path / "out"), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert err == f"dask_extract: {folder}: article '2' has no \"text\" string\n"
