"""The benchmarks run and check what they compare; no time is asserted here.

Each is run on a small input so that a change that breaks one (a new
field its peers do not know, a renamed table) fails the suite, not the
next person who measures.
"""

from __future__ import annotations

import re

import pytest

from benchmarks import deals, find, parse, serialization, summary


def test_parse_benchmark_reads_every_phrase_right(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parse.main(["--rounds", "1", "--hard", "300"])
    out = capsys.readouterr().out
    rights = re.findall(r"dealrecord:.*right (\d+)/(\d+)", out)
    assert len(rights) == 2, out  # the test tables, then the hard mix
    assert all(right == total for right, total in rights), out
    assert out.count("ratio (ours/theirs):") == 2
    assert re.search(r"hard mix.*, \d+% on the one-match path", out), out


def test_find_benchmark_reads_every_sentence_right(
    capsys: pytest.CaptureFixture[str],
) -> None:
    find.main(["--megabytes", "0.02", "--rounds", "1"])
    out = capsys.readouterr().out
    right = re.search(r"find_money\s+\d+\s+(\d+)/(\d+)", out)
    assert right is not None, out
    assert right[1] == right[2]
    assert out.count("slower than the floor") == 2  # the article, the varied text
    assert re.search(r"\((\d+) put in, all read right\)", out), out
    # The reading alone is once at each mention the finder found: as
    # every sentence is read right, one for each expected mention.
    starts = re.search(r"phrase_at once at each of the (\d+) mention", out)
    assert starts is not None, out
    assert int(starts[1]) == sum(len(expected) for _, expected in find._sentences())


def test_serialization_benchmark_peers_agree(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The benchmark first checks that the three libraries write identical
    # documents and read them back; it raises if they do not.
    serialization.main(["--deals", "30", "--repeat", "1"])
    out = capsys.readouterr().out
    assert re.search(r"^msgspec\s", out, re.M), out


def test_deals_benchmark_scores_every_table(capsys: pytest.CaptureFixture[str]) -> None:
    deals.main(["--rounds", "1", "--megabytes", "0.01"])
    out = capsys.readouterr().out
    scores = re.findall(r"(\d+)/(\d+) texts read exactly right", out)
    assert len(scores) == 3, out
    assert all(right == total for right, total in scores), out
    assert re.search(r"seed article: +\d+\.\d\d MB/s", out), out


def test_summary_prints_every_target(capsys: pytest.CaptureFixture[str]) -> None:
    summary.main(
        ["--runs", "1", "--megabytes", "0.02", "--deals", "20", "--phrases", "50"]
    )
    out = capsys.readouterr().out
    # One verdict for each of the four targets, each counted over the runs.
    assert len(re.findall(r"met in \d of 1", out)) == 4, out
    assert "varied text" in out
