"""Find the money in a corpus of articles with Dask, on one machine or a cluster.

The input is JSON Lines: one article a line, an object with at least ``id``
and ``text``.  Give a folder, a glob (``"articles/*.jsonl"``, compressed
files such as ``*.jsonl.gz`` too) or an object-store URL
(``"s3://bucket/news/*.jsonl"``, read through fsspec, which needs the
store's package such as s3fs).  Each file is one partition unless
``--blocksize`` cuts large files into pieces.

Every money mention :func:`dealrecord.find_money` finds becomes one row:
the article's id (as a string), ``start``, ``end``, ``text``, the bounds
``low`` and ``high`` as exact decimal strings (or null), ``currency``,
``qualifier`` and ``lenient``.  The rows are written as JSON Lines to
``OUTPUT/jsonl/part-NNNNN.jsonl`` and, when pyarrow is installed, as Parquet
(string columns for the bounds) to ``OUTPUT/parquet/part-NNNNN.parquet``,
one file per partition.  The output may be an object-store URL as well; on
a cluster of several machines it must be one (or a shared file system).
Each partition is searched and written by one task as soon as it is read,
so workers hold only the partitions they are working on, and each text is
searched once for both outputs.

Without ``--scheduler`` the script starts a local cluster of ``--workers``
processes; with ``--scheduler tcp://HOST:8786`` the same code runs on that
cluster, whose workers need dealrecord (and pyarrow, for Parquet)
installed.  Run as a script, its functions travel to the workers by value;
imported as a module, the module must be importable there too (for
example through ``Client.upload_file``).

    python examples/dask_extract.py "articles/*.jsonl" out --workers 4
    python examples/dask_extract.py "s3://bucket/news/*.jsonl" s3://bucket/money \\
        --scheduler tcp://10.0.0.5:8786
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from importlib.util import find_spec
from typing import Any

import attrs
import dask.bag as db
import fsspec
import orjson
from dask.delayed import delayed
from distributed import Client, LocalCluster

from dealrecord import find_money, to_dict

#: One mention: id, start, end, text, low, high, currency, qualifier, lenient.
Row = dict[str, Any]


@attrs.frozen
class Summary:
    """What one run read and wrote."""

    articles: int
    mentions: int
    files: tuple[str, ...]


def is_record(line: str) -> bool:
    """Whether *line* holds a record (blank lines between records are allowed)."""
    return not line.isspace() and line != ""


class ArticleError(ValueError):
    """A line of the input that is not an article."""


def load_article(line: str) -> dict[str, Any]:
    """The article a JSON Lines *line* holds: an object with "id" and a "text" str.

    Raises ArticleError saying what is wrong and showing the line's start.
    """
    shown = repr(line.strip()[:60])
    try:
        article = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        msg = f"not JSON ({error}): {shown}"
        raise ArticleError(msg) from None
    if not isinstance(article, dict) or "id" not in article:
        msg = f'expected an object with an "id": {shown}'
        raise ArticleError(msg)
    if not isinstance(article.get("text"), str):
        msg = f'article {article["id"]!r} has no "text" string'
        raise ArticleError(msg)
    return article


def mention_rows(article: dict[str, Any], default_currency: str | None) -> list[Row]:
    """One row for each money mention in *article*'s text."""
    article_id = str(article["id"])
    rows = []
    for mention in find_money(article["text"], default_currency=default_currency):
        amount = to_dict(mention.amount)  # exact decimal strings, as in JSON
        rows.append(
            {
                "id": article_id,
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "low": amount["low"],
                "high": amount["high"],
                "currency": amount["currency"],
                "qualifier": amount["qualifier"],
                "lenient": mention.lenient,
            }
        )
    return rows


def jsonl(rows: Iterable[Row]) -> bytes:
    """*rows* as JSON Lines, each line ending in a newline."""
    return b"".join(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE) for row in rows)


def parquet(rows: list[Row]) -> bytes:
    """*rows* as a Parquet file: the bounds in string columns, exact."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("low", pa.string()),
            ("high", pa.string()),
            ("currency", pa.string()),
            ("qualifier", pa.string()),
            ("lenient", pa.bool_()),
        ]
    )
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buffer)
    return buffer.getvalue()


def write_partition(
    articles: Iterable[dict[str, Any]],
    index: int,
    output: str,
    with_parquet: bool,
    default_currency: str | None,
) -> tuple[int, int]:
    """Find the money in one partition's articles and write its files.

    Returns the number of articles and of mentions.  Searching and writing
    in one task keeps only the partitions being worked on in memory and
    searches each text once for both outputs.
    """
    count = 0
    rows: list[Row] = []
    for article in articles:
        count += 1
        rows += mention_rows(article, default_currency)
    name = part_name(index)
    with fsspec.open(f"{output}/jsonl/{name}.jsonl", "wb") as f:
        f.write(jsonl(rows))
    if with_parquet:
        with fsspec.open(f"{output}/parquet/{name}.parquet", "wb") as f:
            f.write(parquet(rows))
    return count, len(rows)


def part_name(i: int) -> str:
    """The name of partition *i*'s file, without the suffix."""
    return f"part-{i:05d}"


def input_pattern(pattern: str) -> str:
    """*pattern*, or the ``*.jsonl`` files in it when it names a folder."""
    if not any(c in pattern for c in "*?["):
        fs, path = fsspec.core.url_to_fs(pattern)
        if fs.isdir(path):
            return pattern.rstrip("/") + "/*.jsonl"
    return pattern


def extract(
    pattern: str,
    output: str,
    client: Client,
    *,
    default_currency: str | None = None,
    with_parquet: bool | None = None,
    blocksize: str | None = None,
) -> Summary:
    """Read the articles, find their money, write the rows; return a summary.

    *with_parquet* None writes Parquet when pyarrow can be imported here.
    """
    if with_parquet is None:
        with_parquet = find_spec("pyarrow") is not None
    lines = db.read_text(input_pattern(pattern), blocksize=blocksize, encoding="utf-8")
    articles = lines.filter(is_record).map(load_article)

    root = output.rstrip("/")
    fs, path = fsspec.core.url_to_fs(root)
    folders = ["jsonl", "parquet"] if with_parquet else ["jsonl"]
    for folder in folders:
        fs.makedirs(f"{path}/{folder}", exist_ok=True)
    tasks = [
        delayed(write_partition)(part, i, root, with_parquet, default_currency)
        for i, part in enumerate(articles.to_delayed())
    ]
    counts = client.compute(tasks, sync=True)
    files = tuple(
        f"{root}/{folder}/{part_name(i)}.{folder}"  # the folder names the format
        for folder in folders
        for i in range(len(tasks))
    )
    return Summary(sum(a for a, _ in counts), sum(m for _, m in counts), files)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="folder, glob or URL of JSON Lines articles")
    parser.add_argument("output", help="folder or URL to write the mentions to")
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="a running cluster's scheduler"
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="local worker processes (default 2)"
    )
    parser.add_argument("--default-currency", metavar="CODE")
    parser.add_argument(
        "--blocksize", help='cut input files into pieces of this size, e.g. "64MiB"'
    )
    parser.add_argument("--no-parquet", action="store_true", help="JSON Lines only")
    args = parser.parse_args(argv)

    def run(client: Client) -> Summary:
        return extract(
            args.input,
            args.output,
            client,
            default_currency=args.default_currency,
            with_parquet=False if args.no_parquet else None,
            blocksize=args.blocksize,
        )

    try:
        summary = _on_cluster(args, run)
    except ArticleError as error:
        print(f"dask_extract: {args.input}: {error}", file=sys.stderr)
        return 1
    print(
        f"{summary.articles} articles, {summary.mentions} mentions, "
        f"{len(summary.files)} files in {args.output}"
    )
    return 0


def _on_cluster(args: argparse.Namespace, run: Callable[[Client], Summary]) -> Summary:
    if args.scheduler:
        with Client(args.scheduler) as client:
            return run(client)
    else:
        with (
            LocalCluster(
                n_workers=args.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):
            return run(client)


if __name__ == "__main__":
    sys.exit(main())
