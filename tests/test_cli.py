"""The command line: the installed ``dealrecord`` script, ``python -m dealrecord``
and :func:`dealrecord.cli.main` in-process.

Subprocesses cost a fresh interpreter each, so they test what only a real
process shows (the console script, exit codes, standard input, a closed
pipe, worker processes, the examples of docs/command-line.md); the rest
calls ``main`` directly.
"""

from __future__ import annotations

import importlib.metadata
import io
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema
import orjson
import pyarrow.parquet as pq
import pytest
from packaging.version import Version

from dealrecord import (
    Amount,
    Commitment,
    CommitmentKind,
    Deal,
    Party,
    PartyKind,
    Quantity,
    __version__,
    from_json,
    json_schema,
    load_jsonl,
    parse_amount,
    to_json,
)
from dealrecord.cli import TYPE_NAMES, main
from dealrecord.contrib.arrow import read_parquet

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SCRIPT = BIN / ("dealrecord.exe" if os.name == "nt" else "dealrecord")
DOC = ROOT / "docs" / "command-line.md"

ARTICLE = (
    "Im September 2025 kündigten Nvidia und OpenAI eine Allianz an: "
    "100 Milliarden Dollar wollte Nvidia investieren. Amazon verhandelt über "
    "bis zu 50 Mrd. US-Dollar, die Cloud-Zusagen liegen bei über einer "
    "Billion Dollar.\n"
)
GOOD_DEAL = '{"schema_version":1,"id":"a","title":"A","parties":[]}'
OTHER_DEAL = '{"schema_version":1,"id":"d","title":"A","parties":[]}'
BAD_DATE_DEAL = (
    '{"schema_version":1,"id":"b","title":"B","parties":[],'
    '"history":[{"on":"2025-09","status":"announced"},'
    '{"on":"31.01.2026","status":"stalled"}]}'
)


# --- helpers ---------------------------------------------------------------------


def run(
    *args: str,
    stdin: str | bytes = b"",
    cwd: Path | None = None,
    module: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run the console script (or ``python -m dealrecord``) with *args*."""
    command = [sys.executable, "-m", "dealrecord"] if module else [str(SCRIPT)]
    data = stdin.encode() if isinstance(stdin, str) else stdin
    completed = subprocess.run(
        [*command, *args],
        input=data,
        capture_output=True,
        cwd=cwd,
        check=False,
        timeout=120,
    )
    stderr = completed.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8"),
        stderr,
    )


def json_lines(text: str) -> list[dict[str, object]]:
    rows = [orjson.loads(line) for line in text.splitlines()]
    assert all(isinstance(row, dict) for row in rows)
    return rows


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


class FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


# --- the installed script and python -m --------------------------------------------


def test_console_script_is_installed_beside_the_interpreter() -> None:
    assert SCRIPT.is_file(), "reinstall the package: pip install -e ."
    found = shutil.which("dealrecord", path=str(BIN))
    assert found is not None
    assert Path(found) == SCRIPT


@pytest.mark.parametrize("module", [False, True], ids=["script", "python -m"])
def test_version(module: bool) -> None:
    done = run("--version", module=module)
    assert done.returncode == 0
    assert done.stdout == f"dealrecord {__version__}\n"


def test_installed_metadata_has_the_version_of_the_package() -> None:
    # pyproject.toml reads the version from dealrecord/__init__.py.
    assert importlib.metadata.version("dealrecord") == __version__
    assert str(Version(__version__)) == __version__


@pytest.mark.parametrize("module", [False, True], ids=["script", "python -m"])
def test_parse_prints_the_amount_document(module: bool) -> None:
    done = run("parse", "bis zu 50 Mrd. US-Dollar", module=module)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        '{"schema_version":1,"low":null,"high":"50000000000",'
        '"currency":"USD","qualifier":"at_most"}\n'
    )
    assert from_json(done.stdout, Amount) == parse_amount("bis zu 50 Mrd. US-Dollar")


def test_parse_error_is_a_caret_message_and_status_1() -> None:
    done = run("parse", "100 Taler")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        "dealrecord parse: unknown currency 'Taler'\n    100 Taler\n        ^^^^^\n"
    )


def test_usage_errors_exit_2_with_one_error_line() -> None:
    done = run("parse", "--currency", "XYZ", "5 Euro", module=True)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines()[-1] == (
        "python -m dealrecord parse: error: argument --currency: "
        "unknown ISO 4217 currency code 'XYZ'"
    )
    done = run()
    assert done.returncode == 2
    assert "error: the following arguments are required: COMMAND" in done.stderr


def test_find_reads_stdin_when_no_file_is_given() -> None:
    done = run("find", stdin=ARTICLE)
    assert (done.returncode, done.stderr) == (0, "")
    rows = json_lines(done.stdout)
    assert [row["text"] for row in rows] == [
        "100 Milliarden Dollar",
        "bis zu 50 Mrd. US-Dollar",
        "über einer Billion Dollar",
    ]
    assert rows[0] == {
        "file": "-",
        "start": ARTICLE.index("100 Milliarden"),
        "end": ARTICLE.index("100 Milliarden") + len("100 Milliarden Dollar"),
        "text": "100 Milliarden Dollar",
        "low": "100000000000",
        "high": "100000000000",
        "currency": "USD",
        "qualifier": "exact",
    }
    assert rows[2]["low"] == "1000000000000"
    assert rows[2]["high"] is None
    assert rows[2]["qualifier"] == "more_than"


def test_find_dash_is_stdin_between_files(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Es geht um 5 Euro.")
    done = run("find", "a.txt", "-", cwd=tmp_path, stdin="Dazu 7 Mrd. Euro.")
    assert (done.returncode, done.stderr) == (0, "")
    rows = json_lines(done.stdout)
    assert [(row["file"], row["text"], row["high"]) for row in rows] == [
        ("a.txt", "5 Euro", "5"),
        ("-", "7 Mrd. Euro", "7000000000"),
    ]


def test_find_jobs_2_prints_what_jobs_1_prints(tmp_path: Path) -> None:
    names = []
    for number in range(6):
        text = ARTICLE * (number + 1) + f"Zuletzt {number + 1} Millionen Euro.\n"
        names.append(write(tmp_path / f"t{number}.txt", text).name)
    names.insert(3, "missing.txt")
    write(tmp_path / "latin1.txt", "").write_bytes("Grüße, 5 Euro".encode("latin-1"))
    names.append("latin1.txt")
    one = run("find", "--jobs", "1", *names, cwd=tmp_path)
    two = run("find", "--jobs", "2", *names, cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert (
        one.stderr
        == two.stderr
        == (
            "dealrecord find: missing.txt: No such file or directory\n"
            "dealrecord find: latin1.txt: not UTF-8 (byte 0xfc at offset 2)\n"
        )
    )
    rows = json_lines(two.stdout)
    files = [str(row["file"]) for row in rows]
    assert files == sorted(files)  # the order of the files given
    assert len(rows) == sum(3 * (n + 1) + 1 for n in range(6))
    assert rows[-1]["text"] == "6 Millionen Euro"


def test_find_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", "Es geht um 5 Euro und 7 Mrd. Dollar.\n" * 4000)
    process = subprocess.Popen(
        [str(SCRIPT), "find", str(big), str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == 141
    assert orjson.loads(first)["text"] == "5 Euro"
    assert stderr == b""


def test_validate_reports_every_bad_line_with_its_path(tmp_path: Path) -> None:
    lines = [
        GOOD_DEAL,
        BAD_DATE_DEAL,
        "",
        '{"schema_version":1,"id":"c","title":"C"',
        OTHER_DEAL,
        '{"schema_version":1,"id":"e","title":"E","parties":[],"extra":1}',
    ]
    write(tmp_path / "deals.jsonl", "\n".join(lines) + "\n")
    done = run("validate", "deals.jsonl", "--output", "good.jsonl", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    problems = done.stderr.splitlines()
    assert problems[0] == (
        "deals.jsonl:2: $.history[1].on: expected ISO date (YYYY, YYYY-MM, "
        "YYYY-MM-DD, optionally /part), got '31.01.2026'"
    )
    assert problems[1].startswith("deals.jsonl:4: $: malformed JSON: ")
    assert problems[2].startswith("deals.jsonl:6: $: unknown field 'extra'")
    assert problems[3:] == ["5 records, 3 invalid; 2 written to good.jsonl"]
    good = (tmp_path / "good.jsonl").read_text(encoding="utf-8")
    assert good == f"{GOOD_DEAL}\n{OTHER_DEAL}\n"
    again = run("validate", "-", "--type", "deal", stdin=good)
    assert (again.returncode, again.stdout, again.stderr) == (
        0,
        "",
        "2 records, 0 invalid\n",
    )


def test_schema_is_indented_json_schema() -> None:
    done = run("schema")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith('{\n  "$schema": ')
    schema = orjson.loads(done.stdout)
    assert schema == json_schema(Deal)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(orjson.loads(GOOD_DEAL))


def test_importing_the_cli_does_not_import_tqdm() -> None:
    code = "import sys, dealrecord.cli; print('tqdm' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout == "False\n"


# --- the examples of docs/command-line.md -------------------------------------------

FENCE = re.compile(r"^```bash\n(?P<body>.*?)^```", re.S | re.M)
MARK = "@@dealrecord-doc-example@@"


def doc_examples() -> list[tuple[str, list[str]]]:
    """Each ``$ command`` of the page's bash blocks, with the lines it shows."""
    examples: list[tuple[str, list[str]]] = []
    for block in FENCE.finditer(DOC.read_text(encoding="utf-8")):
        for line in block["body"].splitlines():
            if line.startswith("$ "):
                examples.append((line[2:], []))
            else:
                assert examples, f"output before any command: {line!r}"
                examples[-1][1].append(line)
    return examples


@pytest.mark.skipif(shutil.which("bash") is None, reason="the examples are bash")
def test_doc_examples_print_what_the_page_shows(tmp_path: Path) -> None:
    examples = doc_examples()
    assert len(examples) >= 20
    shown = " ".join(command for command, _ in examples)
    for sub in ("parse", "find", "validate", "schema", "extract", "export", "plot"):
        assert f"dealrecord {sub}" in shown
    # One shell runs them all in order, so files and $? carry over; a mark
    # before each command splits the output, and keeps $? for `echo $?`.
    script = "\n".join(
        f"__status=$?; echo '{MARK}'; (exit $__status)\n{command}"
        for command, _ in examples
    )
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        check=False,
        timeout=300,
    )
    outputs = done.stdout.decode("utf-8").split(f"{MARK}\n")[1:]
    assert len(outputs) == len(examples)
    for (command, expected), output in zip(examples, outputs, strict=True):
        assert output.splitlines() == expected, command


# --- in-process: parse -------------------------------------------------------------


def test_parse_text_styles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "text", "100", "Milliarden", "Dollar"]) == 0
    assert main(["parse", "--format", "text", "--style", "short", "5 Mrd. €"]) == 0
    assert main(["parse", "--format", "text", "--style", "digits", "1,5 Mio. CHF"]) == 0
    assert capsys.readouterr() == (
        "100 Milliarden US-Dollar\n5 Mrd. €\n1.500.000 CHF\n",
        "",
    )


def test_parse_locale_and_currency(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--locale", "de_CH", "--currency", "chf", "1'000"]) == 0
    out = capsys.readouterr().out
    assert orjson.loads(out) == {
        "schema_version": 1,
        "low": "1000",
        "high": "1000",
        "currency": "CHF",
        "qualifier": "exact",
    }


def test_parse_ambiguous_currency_names_the_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", "100 Kronen"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "dealrecord parse: ambiguous currency 'Kronen': could be CZK, DKK, ISK, "
        "NOK or SEK; pass --currency to choose",
        "    100 Kronen",
        "        ^^^^^^",
    ]
    assert main(["parse", "--currency", "NOK", "100 Kronen"]) == 0
    assert orjson.loads(capsys.readouterr().out)["currency"] == "NOK"


def test_parse_empty_text_is_invalid_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", ""]) == 1
    assert capsys.readouterr().err.startswith("dealrecord parse: empty text")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse"], "the following arguments are required: TEXT"),
        (["parse", "--style", "tiny", "5 €"], "argument --style: invalid choice"),
        (["find", "--jobs", "0"], "argument -j/--jobs: expected a whole number"),
        (["find", "--jobs", "x"], "argument -j/--jobs: expected a whole number"),
        (["find", "--numbers", "--dates"], "not allowed with argument"),
        (["find", "--numbers", "--currency", "EUR"], "--currency applies to money"),
        (["find", "--reference", "2026-01-01"], "--reference applies to --dates"),
        (["find", "--dates", "--reference", "31.01.2026"], "expected ISO date"),
        (["validate"], "the following arguments are required: FILE"),
        (["validate", "x.jsonl", "--type", "thing"], "invalid choice: 'thing'"),
        (["schema", "thing"], "invalid choice: 'thing'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: dealrecord")
    last = err.splitlines()[-1]
    assert last.startswith("dealrecord")
    assert ": error: " in last
    assert message in last


def test_version_option_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr() == (f"dealrecord {__version__}\n", "")


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for sub in ("parse", "find", "validate", "schema", "extract", "export", "plot"):
        assert sub in out


def test_ctrl_c_exits_130_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr("dealrecord.cli._schema", interrupted)
    assert main(["schema"]) == 130
    assert capsys.readouterr() == ("", "\n")


# --- in-process: find --------------------------------------------------------------


def test_find_offsets_index_the_decoded_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Grüße aus Zürich\r\nEs flossen über 3 Mrd. € – und rund 7 Mio. Franken.\r\n"
    path = write(tmp_path / "news.txt", text)
    assert main(["find", str(path)]) == 0
    rows = json_lines(capsys.readouterr().out)
    assert [(row["text"], row["qualifier"], row["currency"]) for row in rows] == [
        ("über 3 Mrd. €", "more_than", "EUR"),
        ("rund 7 Mio. Franken", "approx", "CHF"),
    ]
    for row in rows:
        assert isinstance(row["start"], int)
        assert isinstance(row["end"], int)
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["file"] == str(path)


def test_find_offsets_count_a_byte_order_mark_as_a_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff5 Euro".encode())
    assert main(["find", str(path)]) == 0
    (row,) = json_lines(capsys.readouterr().out)
    text = path.read_text(encoding="utf-8")  # the mark stays: "\ufeff5 Euro"
    assert (row["start"], row["end"]) == (1, 7)
    assert text[1:7] == row["text"] == "5 Euro"


def test_find_numbers_and_currency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path / "a.txt",
        "drei Millionen Menschen, im zweistelligen Milliardenbereich",
    )
    assert main(["find", "--numbers", str(path)]) == 0
    rows = json_lines(capsys.readouterr().out)
    assert (rows[0]["text"], rows[0]["low"], rows[0]["currency"]) == (
        "drei Millionen",
        "3000000",
        None,
    )
    assert main(["find", "--currency", "EUR", str(path)]) == 0
    rows = json_lines(capsys.readouterr().out)
    assert [
        (row["text"], row["low"], row["high"], row["currency"]) for row in rows
    ] == [("im zweistelligen Milliardenbereich", "10000000000", "100000000000", "EUR")]


def test_find_dates_lines_carry_the_iso_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path / "d.txt", "Am 31. Januar kam die Absage, im Herbst 2025 die Zusage."
    )
    assert main(["find", "--dates", str(path)]) == 0
    rows = json_lines(capsys.readouterr().out)
    assert [row["date"] for row in rows] == ["2025/autumn"]
    assert set(rows[0]) == {"file", "start", "end", "text", "date"}
    assert main(["find", "--dates", "--reference", "2026-02", str(path)]) == 0
    rows = json_lines(capsys.readouterr().out)
    assert [(row["text"], row["date"]) for row in rows] == [
        ("31. Januar", "2026-01-31"),
        ("Herbst 2025", "2025/autumn"),
    ]


def test_find_unreadable_files_are_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "ok.txt", "5 Euro")
    (tmp_path / "bad.txt").write_bytes(b"5 Euro \xff")
    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["find", "bad.txt", "folder", "missing.txt", "ok.txt"]) == 1
    out, err = capsys.readouterr()
    assert [row["file"] for row in json_lines(out)] == ["ok.txt"]
    assert err.splitlines() == [
        "dealrecord find: bad.txt: not UTF-8 (byte 0xff at offset 7)",
        "dealrecord find: folder: Is a directory",
        "dealrecord find: missing.txt: No such file or directory",
    ]


def test_find_empty_input_prints_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["find"]) == 0
    assert capsys.readouterr() == ("", "")


def test_find_progress_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")  # in the test extra; optional for users
    files = [str(write(tmp_path / f"{n}.txt", f"{n} Euro")) for n in range(1, 4)]
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["find", *files]) == 0
    assert "/3" in terminal.getvalue()  # tqdm's "n/3" counter
    assert len(json_lines(capsys.readouterr().out)) == 3

    one_file = FakeTerminal()
    monkeypatch.setattr("sys.stderr", one_file)
    assert main(["find", files[0]]) == 0
    assert one_file.getvalue() == ""

    without_tqdm = FakeTerminal()
    monkeypatch.setattr("sys.stderr", without_tqdm)
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm fails
    assert main(["find", *files]) == 0
    assert without_tqdm.getvalue() == ""
    assert len(json_lines(capsys.readouterr().out)) == 4


def test_find_without_a_terminal_has_no_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(write(tmp_path / f"{n}.txt", f"{n} Euro")) for n in range(1, 4)]
    assert main(["find", *files]) == 0
    assert capsys.readouterr().err == ""


# --- in-process: validate ----------------------------------------------------------


def test_validate_keeps_checking_after_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_amount = (
        '{"schema_version":1,"id":"f","title":"F","parties":['
        '{"name":"A","kind":"company"},{"name":"B","kind":"fund"}],'
        '"commitments":[{"by":"A","to":["B"],"kind":"loan",'
        '"amount":{"low":4.7,"high":"4.7","currency":"EUR","qualifier":"exact"}}]}'
    )
    lines = [BAD_DATE_DEAL, "   ", GOOD_DEAL, bad_amount, "[]", GOOD_DEAL]
    path = write(tmp_path / "d.jsonl", "\r\n".join(lines))  # CRLF, no final newline
    out_path = tmp_path / "good.jsonl"
    assert main(["validate", str(path), "-o", str(out_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{path}:1: $.history[1].on: expected ISO date (YYYY, YYYY-MM, YYYY-MM-DD, "
        "optionally /part), got '31.01.2026'",
        f"{path}:4: $.commitments[0].amount.low: expected a decimal string such as "
        '"4.7", got the JSON number 4.7',
        f"{path}:5: $: expected a JSON object (Deal), got a JSON array",
        f"5 records, 3 invalid; 2 written to {out_path}",
    ]
    # Good lines are copied as they came, CRLF too; the last gets its newline.
    assert out_path.read_bytes() == f"{GOOD_DEAL}\r\n{GOOD_DEAL}\n".encode()


def test_validate_other_types_and_stdout_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    party = '{"schema_version":1,"name":"Nvidia","kind":"company","country":"US"}'
    data = f'{party}\n{{"schema_version":2,"name":"X","kind":"company"}}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert main(["validate", "--type", "party", "-", "--output", "-"]) == 1
    out, err = capsys.readouterr()
    assert out == party + "\n"
    assert err.splitlines() == [
        "-:2: $.schema_version: this library reads schema version 1, "
        "got the JSON number 2",
        "2 records, 1 invalid; 1 written to standard output",
    ]


@pytest.mark.parametrize("name", TYPE_NAMES)
def test_validate_accepts_what_the_type_writes(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = {
        "deal": GOOD_DEAL,
        "party": '{"schema_version":1,"name":"A","kind":"company"}',
        "commitment": '{"schema_version":1,"by":"A","to":["B"],"kind":"loan"}',
        "status-change": '{"schema_version":1,"on":"2026/Q1","status":"signed"}',
        "figure": '{"schema_version":1,"party":"A","measure":"loss",'
        '"amount":{"low":"1","high":"1","currency":"USD","qualifier":"exact"}}',
        "source": '{"schema_version":1,"publisher":"WSJ"}',
        "amount": '{"schema_version":1,"low":"1","high":"1","currency":null,'
        '"qualifier":"exact"}',
        "quantity": '{"schema_version":1,"value":"10","unit":"GW"}',
    }
    path = write(tmp_path / "one.jsonl", documents[name] + "\n")
    assert main(["validate", "--type", name, str(path)]) == 0
    assert capsys.readouterr() == ("", "1 record, 0 invalid\n")


def test_validate_file_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "d.jsonl", GOOD_DEAL + "\n")
    missing = tmp_path / "missing.jsonl"
    assert main(["validate", str(missing), "-o", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"dealrecord validate: {missing}: No such file or directory\n"
    )
    assert path.read_text(encoding="utf-8") == GOOD_DEAL + "\n"  # not truncated
    assert main(["validate", str(tmp_path)]) == 1
    assert (
        capsys.readouterr().err == f"dealrecord validate: {tmp_path}: Is a directory\n"
    )
    nowhere = tmp_path / "no" / "good.jsonl"
    assert main(["validate", str(path), "-o", str(nowhere)]) == 1
    assert capsys.readouterr().err == (
        f"dealrecord validate: {nowhere}: No such file or directory\n"
    )
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", str(path), "-o", str(path)])
    assert exit_info.value.code == 2
    assert "--output must not be the input file" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == GOOD_DEAL + "\n"


def test_validate_empty_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "empty.jsonl", "")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr() == ("", "0 records, 0 invalid\n")


# --- in-process: schema ------------------------------------------------------------


@pytest.mark.parametrize("name", TYPE_NAMES)
def test_schema_of_every_type(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", name]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    schema = orjson.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == name.title().replace("-", "")
    assert out.endswith("}\n")
    assert "\n  " in out  # indented


# --- export and plot ---------------------------------------------------------------

SEED = ROOT / "examples" / "data" / "nvidia_openai.expected.jsonl"


def seed_deals() -> list[Deal]:
    with SEED.open(encoding="utf-8") as lines:
        return list(load_jsonl(lines, Deal))


def test_export_writes_the_parquet_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "tables"
    assert main(["export", str(SEED), "--parquet", str(folder)]) == 0
    assert capsys.readouterr() == ("", f"4 deals written to {folder}\n")
    assert read_parquet(folder) == seed_deals()


def test_export_reads_stdin_and_takes_precision_and_scale(tmp_path: Path) -> None:
    done = run(
        "export",
        "-",
        "--parquet",
        "out",
        "--precision",
        "50",
        "--scale",
        "2",
        cwd=tmp_path,
        stdin=SEED.read_bytes(),
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "",
        "4 deals written to out\n",
    )
    schema = pq.read_schema(tmp_path / "out" / "commitments.parquet")
    assert str(schema.field("amount_low").type) == "decimal256(50, 2)"


def test_export_bad_data_is_status_1_and_leaves_no_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = SEED.read_text(encoding="utf-8")
    bad = write(tmp_path / "bad.jsonl", seed + BAD_DATE_DEAL)
    line = len(seed.splitlines()) + 1
    folder = tmp_path / "out"
    assert main(["export", str(bad), "--parquet", str(folder)]) == 1
    assert capsys.readouterr() == (
        "",
        f"dealrecord export: {bad}:{line}: $.history[1].on: expected ISO date"
        " (YYYY, YYYY-MM, YYYY-MM-DD, optionally /part), got '31.01.2026'\n",
    )
    assert not folder.exists()
    capacity = Deal(
        id="gw",
        title="GW",
        parties=[Party("A", PartyKind.COMPANY), Party("B", PartyKind.COMPANY)],
        commitments=[
            Commitment(
                "A",
                ["B"],
                CommitmentKind.OTHER,
                capacity=Quantity(Decimal("10.5"), "GW"),
            )
        ],
    )
    fine = write(tmp_path / "fine.jsonl", to_json(capacity) + "\n")
    assert main(["export", str(fine), "--parquet", str(folder), "--scale", "1"]) == 0
    capsys.readouterr()
    assert main(["export", str(fine), "--parquet", str(folder), "--scale", "0"]) == 1
    assert capsys.readouterr().err == (
        "dealrecord export: deal 'gw': commitments[0].capacity.value: 10.5 needs"
        " 2 digits before the point and 1 after it; the Parquet column"
        " commitments.capacity_value is decimal(38, 0): at most 38 and 0"
        " (pass a larger precision or scale)\n"
    )
    assert list(folder.iterdir()) == []  # the folder was there: only files go


def test_export_file_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.jsonl"
    assert main(["export", str(missing), "--parquet", str(tmp_path / "o")]) == 1
    assert capsys.readouterr().err == (
        f"dealrecord export: {missing}: No such file or directory\n"
    )
    a_file = write(tmp_path / "file", "")
    assert main(["export", str(SEED), "--parquet", str(a_file)]) == 1
    assert capsys.readouterr().err == f"dealrecord export: {a_file}: File exists\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "d.jsonl"], "the following arguments are required: --parquet"),
        (["export", "d.jsonl", "--parquet", "o", "--precision", "77"], "from 1 to 76"),
        (["export", "d.jsonl", "--parquet", "o", "--scale", "x"], "got 'x'"),
        (
            ["export", "d.jsonl", "--parquet", "o", "--precision", "5", "--scale", "6"],
            "--scale (6) must not exceed --precision (5)",
        ),
        (["plot", "d.jsonl"], "the following arguments are required: -o/--output"),
        (["plot", "d.jsonl", "-o", "t.pdf"], "--output must end in .png or .svg"),
    ],
)
def test_export_and_plot_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err.splitlines()[-1]


def test_plot_writes_png_and_svg(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("t.png", "T.SVG"):
        picture = tmp_path / name
        assert main(["plot", str(SEED), "-o", str(picture)]) == 0
        assert capsys.readouterr() == ("", f"4 deals drawn in {picture}\n")
        assert picture.stat().st_size > 5000
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "T.SVG").read_bytes()


def test_plot_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = write(tmp_path / "empty.jsonl", "\n")
    assert main(["plot", str(empty), "-o", str(tmp_path / "t.png")]) == 1
    assert capsys.readouterr().err == f"dealrecord plot: {empty}: no deals to draw\n"
    bad = write(tmp_path / "bad.jsonl", BAD_DATE_DEAL + "\n")
    assert main(["plot", str(bad), "-o", str(tmp_path / "t.png")]) == 1
    assert capsys.readouterr().err.startswith(
        f"dealrecord plot: {bad}:1: $.history[1].on: expected ISO date"
    )
    nowhere = tmp_path / "no" / "t.svg"
    assert main(["plot", str(SEED), "-o", str(nowhere)]) == 1
    assert capsys.readouterr().err == (
        f"dealrecord plot: {nowhere}: No such file or directory\n"
    )
    assert not (tmp_path / "t.png").exists()


@pytest.mark.parametrize(
    ("command", "module", "extra"),
    [("export", "pyarrow", "arrow"), ("plot", "matplotlib", "plot")],
)
def test_a_missing_extra_is_named(
    command: str,
    module: str,
    extra: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    monkeypatch.delitem(sys.modules, f"dealrecord.contrib.{extra}", raising=False)
    target = "--parquet" if command == "export" else "-o"
    out = tmp_path / ("o" if command == "export" else "t.png")
    assert main([command, str(SEED), target, str(out)]) == 1
    assert capsys.readouterr() == (
        "",
        f"dealrecord {command}: {module} is not installed:"
        f' pip install "dealrecord[{extra}]"\n',
    )
    assert not out.exists()


def test_plot_uses_no_window_system(tmp_path: Path) -> None:
    # Even with a GUI backend asked for, pyplot is never imported: the
    # picture is drawn on a plain Figure and written by the file backends.
    picture = str(tmp_path / "t.png")
    code = (
        "import sys; from dealrecord.cli import main; "
        f"status = main(['plot', {str(SEED)!r}, '-o', {picture!r}]); "
        "assert status == 0, status; "
        "assert 'matplotlib.pyplot' not in sys.modules"
    )
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MPLBACKEND": "tkagg"},
    )
    assert done.returncode == 0, done.stderr


# --- extract ------------------------------------------------------------------------

NEWS = (
    "Allvia übernimmt Rheinfonds für 1,2 Mrd. Euro. "
    "Der Deal wurde am Montag unterzeichnet.\n"
)


def test_extract_reads_stdin_with_a_parties_file(tmp_path: Path) -> None:
    parties = [
        Party("Allvia", PartyKind.COMPANY, aliases=["Allvia AG"]),
        Party("Rheinfonds", PartyKind.FUND),
    ]
    write(tmp_path / "watch.jsonl", "".join(to_json(p) + "\n" for p in parties))
    done = run(
        "extract",
        "--parties",
        str(tmp_path / "watch.jsonl"),
        "--published",
        "2026-03-18",
        "--publisher",
        "Handelsblatt",
        stdin=NEWS,
    )
    assert (done.returncode, done.stderr) == (0, "")
    (deal,) = [from_json(line, Deal) for line in done.stdout.splitlines()]
    assert deal.parties == tuple(parties)
    (commitment,) = deal.commitments
    assert commitment.amount == Amount.exact(Decimal("1.2E9"), "EUR")
    assert commitment.source is not None
    assert commitment.source.publisher == "Handelsblatt"
    assert [(str(h.on), h.status.value) for h in deal.history] == [
        ("2026-03-16", "signed")
    ]


def test_extract_reports_a_bad_parties_line_with_its_path(tmp_path: Path) -> None:
    good = '{"schema_version": 1, "name": "Rheinfonds", "kind": "fund"}\n'
    bad = '{"schema_version": 1, "name": "Allvia", "kind": "firm"}\n'
    write(tmp_path / "watch.jsonl", good + bad)
    done = run(
        "extract", "--parties", str(tmp_path / "watch.jsonl"), "--published", "2026"
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(
        f"dealrecord extract: {tmp_path}/watch.jsonl:2: $.kind: "
    )
    assert "'firm'" in done.stderr


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "--published", "2026"], "give the watch list with --party"),
        (
            ["extract", "--party", "A", "--parties", "p.jsonl", "--published", "2026"],
            "give the watch list with --party",
        ),
        (["extract", "--party", "A"], "the following arguments are required"),
        (["extract", "--party", "=B", "--published", "2026"], "'=B': "),
        (
            ["extract", "--party", "A", "--published", "31.01.2026"],
            "expected ISO date",
        ),
    ],
)
def test_extract_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err
