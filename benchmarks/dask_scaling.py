"""Throughput of examples/dask_extract.py with one and with two worker processes.

Run from the repository root, with the test extras installed (they include
Dask, distributed and pyarrow)::

    python -m benchmarks.dask_scaling [--megabytes 30] [--files 16] [--repeat 3]

Writes a corpus of generated German business news (JSON Lines, ``--files``
files of about ``--megabytes`` MB together) to a temporary folder, then runs
the example's ``extract`` on it on a local cluster of 1 and of 2 worker
processes (one thread each), writing JSON Lines and Parquet as the example
does.  Each cluster is started and warmed up on a small file first; only the
runs on the corpus are timed, best of ``--repeat``.  Prints the input MB/s,
articles/s, mentions found, and the ratio of 2 workers to 1; and, for
comparison, ``find_money`` in a plain loop in this process.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import orjson
from distributed import Client, LocalCluster

from dealrecord import find_money

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "dask_extract.py"

COMPANIES = ["Nvidia", "Siemens", "BASF", "die Deutsche Bank", "OpenAI", "Bayer"]
MONEY = [
    "bis zu {n} Milliarden Dollar",
    "rund {n},{d} Mrd. Euro",
    "{n} Mio. €",
    "zwischen {n} und {m} Millionen Franken",
    "mehr als {n}.{d}00 Euro",
    "knapp {n} Milliarden US-Dollar",
    "einen Betrag im zweistelligen Milliardenbereich",
    "{n} Cent je Aktie",
]
SENTENCES = [
    "{c} will {money} in neue Rechenzentren investieren.",
    "Nach Angaben von {c} beläuft sich der Auftrag auf {money}.",
    "Analysten hatten mit {money} gerechnet.",
    "Der Umsatz stieg im dritten Quartal um {n} Prozent.",
    "Am {n}. März will der Aufsichtsrat über die Pläne beraten.",
    "Ein Sprecher von {c} wollte sich dazu nicht äußern.",
    "Die Verhandlungen dauern nach Informationen aus Branchenkreisen an.",
    "Rund {n} Millionen Kunden nutzen den Dienst bereits.",
    "Die Aktie legte im frühen Handel um {n},{d} Prozent zu.",
    "Der Konzern beschäftigt weltweit etwa {n}.000 Mitarbeiter.",
    "Beobachter sehen darin ein Signal an die Wettbewerber.",
    "Die Transaktion soll im kommenden Jahr abgeschlossen werden.",
]


def articles(count: int, seed: int) -> Iterator[dict[str, object]]:
    """Articles of 8–20 sentences, about 1.2 kB each, some with money."""
    rng = random.Random(seed)
    for i in range(count):
        sentences = []
        for _ in range(rng.randint(8, 20)):
            n, d = rng.randint(2, 99), rng.randint(1, 9)
            money = rng.choice(MONEY).format(n=n, d=d, m=n + rng.randint(1, 50))
            sentence = rng.choice(SENTENCES)
            sentences.append(
                sentence.format(c=rng.choice(COMPANIES), money=money, n=n, d=d)
            )
        yield {"id": f"article-{i}", "text": " ".join(sentences)}


def write_corpus(folder: Path, megabytes: float, files: int, seed: int) -> int:
    """Write about *megabytes* MB of articles into *files* files; return the count."""
    folder.mkdir(parents=True)
    outs = [(folder / f"news-{f:03d}.jsonl").open("wb") for f in range(files)]
    written = count = 0
    try:
        for article in articles(10**9, seed):
            line = orjson.dumps(article) + b"\n"
            outs[count % files].write(line)
            written += len(line)
            count += 1
            if written >= megabytes * 1e6:
                break
    finally:
        for out in outs:
            out.close()
    return count


def load_example() -> ModuleType:
    """The example as the module ``dask_extract``.

    Local worker processes inherit ``sys.path``, so they import it too.
    """
    sys.path.insert(0, str(EXAMPLE.parent))
    return importlib.import_module(EXAMPLE.stem)


def timed_runs(
    example: ModuleType, corpus: Path, scratch: Path, workers: int, repeat: int
) -> tuple[float, int, int]:
    """Best seconds of *repeat* runs on *workers* processes, articles, mentions."""
    warm_up = scratch / "warm-up"
    warm_up.mkdir()
    shutil.copy(next(corpus.glob("*.jsonl")), warm_up / "one.jsonl")
    best = float("inf")
    summary = None
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        example.extract(str(warm_up), str(scratch / "warm-up-out"), client)
        for run in range(repeat):
            out = scratch / f"out-{workers}-{run}"
            start = time.perf_counter()
            summary = example.extract(str(corpus), str(out), client)
            best = min(best, time.perf_counter() - start)
            shutil.rmtree(out)
    shutil.rmtree(warm_up)
    assert summary is not None
    return best, summary.articles, summary.mentions


def plain_loop(corpus: Path) -> tuple[float, int, int]:
    """Seconds, articles and mentions of find_money in a loop in this process."""
    texts = [
        orjson.loads(line)["text"]
        for path in sorted(corpus.glob("*.jsonl"))
        for line in path.read_bytes().splitlines()
    ]
    find_money(texts[0])  # build the tables first
    start = time.perf_counter()
    mentions = sum(len(find_money(text)) for text in texts)
    return time.perf_counter() - start, len(texts), mentions


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=30.0, help="corpus size")
    parser.add_argument("--files", type=int, default=16, help="corpus files")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best counts")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)

    example = load_example()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        corpus = scratch / "corpus"
        count = write_corpus(corpus, args.megabytes, args.files, args.seed)
        size = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        print(f"corpus: {count} articles, {size:.1f} MB in {args.files} files")
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"CPUs: {os.cpu_count()}, load average before the runs: {load}")
        print(f"{'run':<16}{'seconds':>9}{'MB/s':>8}{'articles/s':>12}{'mentions':>10}")
        rates = {}
        loop = plain_loop(corpus)
        for name, (seconds, n_articles, n_mentions) in [
            ("plain loop", loop),
            *(
                (
                    f"dask, {w} worker{'s' if w > 1 else ''}",
                    timed_runs(example, corpus, scratch, w, args.repeat),
                )
                for w in (1, 2)
            ),
        ]:
            assert (n_articles, n_mentions) == loop[1:], "runs disagree"
            rates[name] = size / seconds
            print(
                f"{name:<16}{seconds:>9.2f}{size / seconds:>8.2f}"
                f"{n_articles / seconds:>12.0f}{n_mentions:>10}"
            )
        ratio = rates["dask, 2 workers"] / rates["dask, 1 worker"]
        print(f"2 workers / 1 worker: {ratio:.2f}x")


if __name__ == "__main__":
    main()
