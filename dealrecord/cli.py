"""The ``dealrecord`` command line.

Its subcommands are parse, find, validate, schema, extract, export and plot.
Run it as ``dealrecord`` (the console script) or ``python -m dealrecord``.
:func:`main` takes the arguments and returns the exit status:

- 0: everything went well;
- 1: some data was bad (an unparseable phrase, an invalid record, a file
  that cannot be read);
- 2: the command line itself was wrong (argparse's usage errors).

Errors go to standard error, one line each (a parse error adds its caret
lines); a user's mistake never shows a traceback.  Output that a reader
closes early (``dealrecord find … | head``) ends the program quietly, with
status 141 (128 + SIGPIPE, as a shell reports for ``cat``).

The record types come from :mod:`dealrecord.serialization`; the rest of
the library is imported inside the subcommands, tqdm (the optional
progress bar of ``find``) only when a bar is shown, and pyarrow and
matplotlib (the extras ``arrow`` and ``plot``) only by ``export`` and
``plot``; without them, those commands say which extra to install.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Generator, Sequence
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple, TypeVar

from dealrecord.serialization import _RECORD_TYPES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from dealrecord.records import Deal, Party
    from dealrecord.serialization import Record
    from dealrecord.values import PartialDate

__all__ = ["TYPE_NAMES", "build_parser", "main"]

#: Exit status: data was bad.
INVALID: Final = 1
#: Exit status of argparse's usage errors.
USAGE: Final = 2
#: Exit status when the reader of our output went away (128 + SIGPIPE).
BROKEN_PIPE: Final = 141
#: Exit status after Ctrl-C (128 + SIGINT).
INTERRUPTED: Final = 130

#: The record types ``validate`` and ``schema`` know, by command-line name
#: ("status-change" for StatusChange).
_RECORD_TYPES_BY_NAME: Final[dict[str, type[Record]]] = {
    re.sub(r"(?<=[a-z])(?=[A-Z])", "-", cls.__name__).lower(): cls
    for cls in _RECORD_TYPES
}
TYPE_NAMES: Final = tuple(_RECORD_TYPES_BY_NAME)
_LOCALES: Final = ("de", "de_DE", "de_AT", "de_CH")
_R = TypeVar("_R", bound="Record")
_STYLES: Final = ("long", "short", "digits")


def _record_type(name: str) -> type[Record]:
    return _RECORD_TYPES_BY_NAME[name]


# --- output ------------------------------------------------------------------------


def _write(data: bytes) -> None:
    """Write UTF-8 *data* to standard output, whatever its own encoding is."""
    buffer: IO[bytes] | None = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(data)
        buffer.flush()
    else:  # a text-only stream, such as io.StringIO
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()


def _error(prog: str, message: str) -> None:
    sys.stderr.write(f"{prog}: {message}\n")
    sys.stderr.flush()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# --- argument types ----------------------------------------------------------------


def _currency_code(text: str) -> str:
    from dealrecord.errors import RecordError
    from dealrecord.values import check_currency

    code = text.strip().upper()
    try:
        check_currency(code, "--currency")
    except RecordError:  # the option's own words: what was typed, not the code
        msg = f"unknown ISO 4217 currency code {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    return code


def _iso_date(text: str) -> PartialDate:
    from dealrecord.errors import RecordError
    from dealrecord.values import PartialDate

    try:
        return PartialDate.parse_iso(text)
    except RecordError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        msg = f"expected a whole number of processes, 1 or more, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return jobs


# --- parse -------------------------------------------------------------------------


def _parse(args: argparse.Namespace) -> int:
    from dealrecord.errors import ParseError
    from dealrecord.german import format_amount, parse_amount
    from dealrecord.serialization import to_json

    text = " ".join(args.text)
    try:
        amount = parse_amount(text, locale=args.locale, default_currency=args.currency)
    except ParseError as exc:
        reason = exc.reason
        if exc.currency_choices:
            # The library's advice names its keyword; here it is an option.
            start, end = exc.span
            *head, last = exc.currency_choices
            reason = (
                f"ambiguous currency {exc.text[start:end]!r}: could be "
                f"{', '.join(head)} or {last}; pass --currency to choose"
            )
        _error(args.command_prog, str(ParseError(reason, exc.text, exc.span)))
        return INVALID
    if args.format == "text":
        rendered = format_amount(amount, locale=args.locale, style=args.style)
    else:
        rendered = to_json(amount)
    _write(f"{rendered}\n".encode())
    return 0


# --- find --------------------------------------------------------------------------


class _Task(NamedTuple):
    """One input of ``find``: its name and, for standard input, its bytes."""

    name: str
    data: bytes | None
    what: str
    locale: str
    currency: str | None
    reference: PartialDate | None


class _Found(NamedTuple):
    """What ``find`` made of one input: JSON lines, or why it could not be read."""

    lines: bytes
    error: str | None


def _inputs(files: list[str]) -> list[tuple[str, bytes | None]]:
    """The inputs named on the command line: standard input, read once, for
    '-' and when none is named; a file (None: read it later) for the others."""
    stdin: bytes | None = None
    inputs = []
    for name in files or ["-"]:
        data = None
        if name == "-":
            if stdin is None:
                stdin = sys.stdin.buffer.read()
            data = stdin
        inputs.append((name, data))
    return inputs


def _unreadable(exc: OSError | UnicodeDecodeError) -> str:
    """Why an input could not be read, in a few words."""
    if isinstance(exc, UnicodeDecodeError):
        byte = exc.object[exc.start]
        return f"not UTF-8 (byte 0x{byte:02x} at offset {exc.start})"
    return str(exc.strerror or exc)


def _read_text(name: str, data: bytes | None) -> str:
    """The text of file *name*, or of *data* read for it already (stdin)."""
    if data is None:
        with open(name, "rb") as file:
            data = file.read()
    return data.decode("utf-8")


def _find_in(task: _Task) -> _Found:
    """Read one input and write its mentions as JSON lines (in a worker too)."""
    import orjson

    try:
        text = _read_text(task.name, task.data)
    except (OSError, UnicodeDecodeError) as exc:
        return _Found(b"", f"{task.name}: {_unreadable(exc)}")
    documents: list[dict[str, Any]] = []
    if task.what == "dates":
        from dealrecord.german.dates import find_dates

        documents.extend(
            {
                "file": task.name,
                "start": found.start,
                "end": found.end,
                "text": found.text,
                "date": found.date.isoformat(),
            }
            for found in find_dates(text, reference=task.reference)
        )
    else:
        from dealrecord.german.find import find_money, find_numbers

        if task.what == "numbers":
            mentions = find_numbers(text, locale=task.locale)
        else:
            mentions = find_money(
                text, locale=task.locale, default_currency=task.currency
            )
        from dealrecord.serialization import to_dict

        for mention in mentions:
            # The amount's fields as its JSON document has them, after where
            # it was found (the schema version belongs to documents only).
            amount = to_dict(mention.amount)
            del amount["schema_version"]
            documents.append(
                {
                    "file": task.name,
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                    **amount,
                }
            )
    lines = b"".join(orjson.dumps(document) + b"\n" for document in documents)
    return _Found(lines, None)


def _progress_bar(total: int) -> Any:
    """A tqdm bar on standard error, or None where one makes no sense.

    Only for more than one input, with tqdm installed and standard error
    a terminal.
    """
    if total < 2 or not sys.stderr.isatty():
        return None
    import importlib

    try:
        tqdm_module = importlib.import_module("tqdm")
    except ImportError:
        return None
    return tqdm_module.tqdm(total=total, unit="file", file=sys.stderr, leave=False)


def _find_all(tasks: list[_Task], jobs: int) -> Generator[_Found, None, None]:
    """What :func:`_find_in` makes of each task, in the order of *tasks*."""
    workers = min(jobs, len(tasks))
    if workers < 2:
        yield from map(_find_in, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=workers)
    try:
        yield from executor.map(_find_in, tasks)
    finally:
        # Cut short (a closed pipe, Ctrl-C): drop the work not yet started.
        executor.shutdown(wait=True, cancel_futures=True)


def _find(args: argparse.Namespace) -> int:
    if args.currency is not None and args.what != "money":
        args.command_parser.error(
            "--currency applies to money, not to --numbers or --dates"
        )
    if args.reference is not None and args.what != "dates":
        args.command_parser.error("--reference applies to --dates only")
    tasks = [
        _Task(name, data, args.what, args.locale, args.currency, args.reference)
        for name, data in _inputs(args.files)
    ]
    status = 0
    results = _find_all(tasks, args.jobs)
    bar = _progress_bar(len(tasks))
    try:
        for found in results:
            if found.error is not None:
                _error(args.command_prog, found.error)
                status = INVALID
            elif found.lines:
                _write(found.lines)
            if bar is not None:
                bar.update()
    finally:
        if bar is not None:
            bar.close()
        results.close()
    return status


# --- validate ----------------------------------------------------------------------


class _FileError(Exception):
    """A file of ``validate`` cannot be opened, read or written: one line says why."""


def _open(name: str, mode: str, stack: contextlib.ExitStack) -> IO[bytes]:
    """The file *name* ('-': standard input or output), closed with *stack*."""
    if name == "-":
        return sys.stdin.buffer if mode == "rb" else sys.stdout.buffer
    try:
        file: IO[bytes] = open(name, mode)  # noqa: SIM115 - closed by the stack
    except OSError as exc:
        raise _FileError(f"{name}: {exc.strerror or exc}") from None
    stack.callback(_close_quietly, file)
    return file


def _lines(name: str, file: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """The lines of *file* (called *name*) with their numbers, from 1.

    A read that fails raises :class:`_FileError` naming the file.
    """
    number = 0
    while True:
        try:
            line = file.readline()
        except OSError as exc:
            raise _FileError(f"{name}: {exc.strerror or exc}") from None
        if not line:
            return
        number += 1
        yield number, line


def _close_quietly(file: IO[bytes]) -> None:
    """Close *file* after an error that has been reported already."""
    with contextlib.suppress(OSError):
        file.close()


def _validate(args: argparse.Namespace) -> int:
    from dealrecord.errors import RecordError
    from dealrecord.serialization import from_json

    cls = _record_type(args.type)
    name: str = args.file
    output_name: str | None = args.output
    if (
        output_name not in (None, "-")
        and name != "-"
        and os.path.exists(output_name)
        and os.path.exists(name)
        and os.path.samefile(output_name, name)
    ):
        args.command_parser.error("--output must not be the input file")
    records = invalid = written = 0
    try:
        with contextlib.ExitStack() as stack:
            lines = _lines(name, _open(name, "rb", stack))
            output = None
            if output_name is not None:
                output = _open(output_name, "wb", stack)
            for number, line in lines:
                raw = line if line.endswith(b"\n") else line + b"\n"
                line = line.rstrip(b"\r\n")
                if not line.strip():
                    continue
                records += 1
                try:
                    from_json(line, cls)
                except RecordError as exc:
                    invalid += 1
                    sys.stderr.write(
                        "".join(
                            f"{name}:{number}: {problem}\n" for problem in exc.problems
                        )
                    )
                    continue
                if output is not None:
                    try:
                        output.write(raw)  # as it came, line ending too
                    except BrokenPipeError:
                        raise
                    except OSError as exc:
                        msg = f"{output_name}: {exc.strerror or exc}"
                        raise _FileError(msg) from None
                    written += 1
            if output is not None:
                try:
                    output.flush()
                    if output_name != "-":
                        output.close()
                except BrokenPipeError:
                    raise
                except OSError as exc:
                    msg = f"{output_name}: {exc.strerror or exc}"
                    raise _FileError(msg) from None
    except _FileError as exc:
        _error(args.command_prog, str(exc))
        return INVALID
    summary = f"{_plural(records, 'record')}, {invalid} invalid"
    if output_name is not None:
        where = "standard output" if output_name == "-" else output_name
        summary += f"; {written} written to {where}"
    sys.stderr.write(summary + "\n")
    return INVALID if invalid else 0


# --- schema ------------------------------------------------------------------------


def _schema(args: argparse.Namespace) -> int:
    import orjson

    from dealrecord.serialization import json_schema

    schema = json_schema(_record_type(args.type))
    _write(orjson.dumps(schema, option=orjson.OPT_INDENT_2) + b"\n")
    return 0


# --- export and plot --------------------------------------------------------------


def _read_records(
    name: str, cls: type[_R], stack: contextlib.ExitStack
) -> Iterator[_R]:
    """The records of the JSON Lines file *name* ('-': standard input).

    Reading stops at the first bad line: :class:`_FileError` gives each of
    its problems on a line of its own, as ``validate`` does.
    """
    from dealrecord.errors import RecordError
    from dealrecord.serialization import from_json

    for number, line in _lines(name, _open(name, "rb", stack)):
        if not line.strip():
            continue
        try:
            record = from_json(line, cls)
        except RecordError as exc:
            problems = (f"{name}:{number}: {problem}" for problem in exc.problems)
            raise _FileError("\n".join(problems)) from None
        yield record


def _read_deals(name: str, stack: contextlib.ExitStack) -> Iterator[Deal]:
    """The deals of the JSON Lines file *name*, one a line."""
    from dealrecord.records import Deal

    return _read_records(name, Deal, stack)


def _errors(prog: str, message: str) -> int:
    """Report each line of *message* as an error; the status of bad data."""
    for line in message.splitlines():
        _error(prog, line)
    return INVALID


def _missing(args: argparse.Namespace, exc: ModuleNotFoundError, extra: str) -> int:
    """Say which extra installs the module an optional import did not find."""
    module = (exc.name or "").split(".")[0]
    if module not in ("pyarrow", "matplotlib"):
        raise exc
    return _errors(
        args.command_prog,
        f'{module} is not installed: pip install "dealrecord[{extra}]"',
    )


def _whole_number(low: int, high: int) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = low - 1
        if not low <= number <= high:
            msg = f"expected a whole number from {low} to {high}, got {text!r}"
            raise argparse.ArgumentTypeError(msg)
        return number

    return convert


def _export(args: argparse.Namespace) -> int:
    if args.scale > args.precision:
        args.command_parser.error(
            f"--scale ({args.scale}) must not exceed --precision ({args.precision})"
        )
    try:
        from dealrecord.contrib.arrow import write_parquet
    except ModuleNotFoundError as exc:
        return _missing(args, exc, "arrow")
    from dealrecord.errors import RecordError

    folder: str = args.parquet
    try:
        with contextlib.ExitStack() as stack:
            count = write_parquet(
                _read_deals(args.file, stack),
                folder,
                precision=args.precision,
                scale=args.scale,
            )
    except _FileError as exc:
        return _errors(args.command_prog, str(exc))
    except RecordError as exc:
        return _errors(args.command_prog, "\n".join(exc.problems))
    except OSError as exc:
        return _errors(args.command_prog, f"{folder}: {exc.strerror or exc}")
    sys.stderr.write(f"{_plural(count, 'deal')} written to {folder}\n")
    return 0


_PICTURES: Final = (".png", ".svg")


def _plot(args: argparse.Namespace) -> int:
    output: str = args.output
    if not output.lower().endswith(_PICTURES):
        args.command_parser.error(f"--output must end in .png or .svg, got {output!r}")
    try:
        from dealrecord.contrib.plot import _save
    except ModuleNotFoundError as exc:
        return _missing(args, exc, "plot")
    try:
        with contextlib.ExitStack() as stack:
            deals = list(_read_deals(args.file, stack))
    except _FileError as exc:
        return _errors(args.command_prog, str(exc))
    if not deals:
        return _errors(args.command_prog, f"{args.file}: no deals to draw")
    try:
        _save(deals, output)
    except OSError as exc:
        return _errors(args.command_prog, f"{output}: {exc.strerror or exc}")
    sys.stderr.write(f"{_plural(len(deals), 'deal')} drawn in {output}\n")
    return 0


# --- extract -----------------------------------------------------------------------


def _party(text: str) -> Party:
    """``NAME`` or ``NAME=ALIAS,ALIAS`` as a company of the watch list."""
    from dealrecord.errors import RecordError
    from dealrecord.records import Party, PartyKind

    name, _, aliases = text.partition("=")
    try:
        return Party(
            name.strip(),
            PartyKind.COMPANY,
            aliases=[a.strip() for a in aliases.split(",") if a.strip()],
        )
    except RecordError as exc:
        msg = f"{text!r}: {exc}"
        raise argparse.ArgumentTypeError(msg) from None


def _watch_list(args: argparse.Namespace) -> list[Party]:
    """The parties of ``--party`` or of the ``--parties`` file."""
    from dealrecord.records import Party

    if args.parties_file is None:
        parties: list[Party] = args.party
        return parties
    with contextlib.ExitStack() as stack:
        return list(_read_records(args.parties_file, Party, stack))


def _extract(args: argparse.Namespace) -> int:
    from dealrecord.german.deals import extract_deals
    from dealrecord.records import Source
    from dealrecord.serialization import to_json

    if (args.party is None) == (args.parties_file is None):
        args.command_parser.error("give the watch list with --party or --parties")
    try:
        watch = _watch_list(args)
        # A name or alias shared by two parties is refused before any reading.
        extract_deals("", parties=watch, published=args.published)
    except (_FileError, ValueError) as exc:
        return _errors(args.command_prog, str(exc))
    source = None
    if args.publisher is not None or args.url is not None:
        source = Source(publisher=args.publisher, url=args.url)
    status = 0
    for name, data in _inputs(args.files):
        try:
            text = _read_text(name, data)
        except (OSError, UnicodeDecodeError) as exc:
            _error(args.command_prog, f"{name}: {_unreadable(exc)}")
            status = INVALID
            continue
        deals = extract_deals(
            text, parties=watch, published=args.published, source=source
        )
        _write(b"".join(f"{to_json(deal)}\n".encode() for deal in deals))
    return status


# --- the parser --------------------------------------------------------------------


def build_parser(prog: str = "dealrecord") -> argparse.ArgumentParser:
    """The argument parser of the ``dealrecord`` command."""
    from dealrecord import __version__

    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Typed deal records and exact German money phrases from business news."
        ),
        epilog="Exit status: 0 ok, 1 invalid data, 2 usage error.",
    )
    parser.add_argument(
        "--version", action="version", version=f"dealrecord {__version__}"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler, command_parser=sub, command_prog=sub.prog)
        return sub

    locale_help = "number format: de (= de_DE), de_DE, de_AT or de_CH (default: de)"

    parse = command("parse", _parse, "Read one German money phrase as an Amount.")
    parse.add_argument(
        "text",
        nargs="+",
        metavar="TEXT",
        help="the phrase (words are joined by spaces)",
    )
    parse.add_argument(
        "--currency",
        type=_currency_code,
        metavar="CODE",
        help="ISO 4217 code for a phrase that names no currency, or to choose "
        "among the codes of an ambiguous one ('Kronen')",
    )
    parse.add_argument("--locale", choices=_LOCALES, default="de", help=locale_help)
    parse.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: the Amount's JSON document (default); text: German text",
    )
    parse.add_argument(
        "--style",
        choices=_STYLES,
        default="long",
        help="the German style of --format text (default: long)",
    )

    find = command(
        "find",
        _find,
        "Find money (or numbers, or dates) in German texts; one JSON line each.",
    )
    find.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="UTF-8 text files; standard input when none is given, or for '-'",
    )
    what = find.add_mutually_exclusive_group()
    what.add_argument(
        "--numbers",
        dest="what",
        action="store_const",
        const="numbers",
        help="find every number, not only money",
    )
    what.add_argument(
        "--dates",
        dest="what",
        action="store_const",
        const="dates",
        help="find dates; each line has 'date' (ISO 8601) instead of the amount",
    )
    find.set_defaults(what="money")
    find.add_argument(
        "--currency",
        type=_currency_code,
        metavar="CODE",
        help="ISO 4217 code for magnitude phrases that name no currency",
    )
    find.add_argument(
        "--reference",
        type=_iso_date,
        metavar="DATE",
        help="with --dates: the date (YYYY-MM-DD) that gives a year to '31. Januar'",
    )
    find.add_argument("--locale", choices=_LOCALES, default="de", help=locale_help)
    find.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="read files in N processes; the output keeps the order of the files",
    )

    validate = command(
        "validate",
        _validate,
        "Check every line of a JSON Lines file; report each problem with its path.",
    )
    validate.add_argument("file", metavar="FILE", help="JSON Lines; '-' for stdin")
    validate.add_argument(
        "--type",
        choices=TYPE_NAMES,
        default="deal",
        help="the record type of every line (default: deal)",
    )
    validate.add_argument(
        "-o",
        "--output",
        metavar="GOOD",
        help="copy the valid lines, unchanged, to this file ('-' for stdout)",
    )

    extract = command(
        "extract",
        _extract,
        "Read German news into deals between watched parties; one deal a line.",
    )
    extract.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="UTF-8 text files; standard input when none is given, or for '-'",
    )
    extract.add_argument(
        "--party",
        action="append",
        type=_party,
        metavar="NAME[=ALIAS,...]",
        help="a watched company and the other names the press gives it "
        "(repeat for each party)",
    )
    extract.add_argument(
        "--parties",
        dest="parties_file",
        metavar="PARTIES",
        help="the watch list as a JSON Lines file of Party records",
    )
    extract.add_argument(
        "--published",
        type=_iso_date,
        required=True,
        metavar="DATE",
        help="the articles' date (YYYY-MM-DD, or YYYY-MM, YYYY): it dates what "
        "the text does not date",
    )
    extract.add_argument("--publisher", metavar="NAME", help="who published them")
    extract.add_argument("--url", metavar="URL", help="where they were published")

    schema = command("schema", _schema, "Print the JSON Schema of a record type.")
    schema.add_argument(
        "type",
        nargs="?",
        choices=TYPE_NAMES,
        default="deal",
        metavar="TYPE",
        help=f"one of {', '.join(TYPE_NAMES)} (default: deal)",
    )

    export = command(
        "export",
        _export,
        "Write deals as tables: a folder of Parquet files, one per kind of row.",
    )
    export.add_argument("file", metavar="DEALS", help="JSON Lines; '-' for stdin")
    export.add_argument(
        "--parquet",
        required=True,
        metavar="DIR",
        help="the folder to write deals.parquet, parties.parquet, "
        "commitments.parquet, history.parquet and figures.parquet into",
    )
    export.add_argument(
        "--precision",
        type=_whole_number(1, 76),
        default=38,
        metavar="P",
        help="digits of the decimal columns, 1 to 76 (default: 38)",
    )
    export.add_argument(
        "--scale",
        type=_whole_number(0, 76),
        default=6,
        metavar="S",
        help="of them after the decimal point (default: 6)",
    )

    plot = command(
        "plot", _plot, "Draw deals as a timeline, one row each, as PNG or SVG."
    )
    plot.add_argument("file", metavar="DEALS", help="JSON Lines; '-' for stdin")
    plot.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the picture to write: FILE.png or FILE.svg",
    )
    return parser


def _quiet_stdout() -> None:
    """Point standard output at the null device, so the final flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - no file descriptor
        pass


def main(argv: Sequence[str] | None = None, *, prog: str = "dealrecord") -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``).

    Returns the exit status; argparse's usage errors (and ``--help``,
    ``--version``) raise :class:`SystemExit` as usual.
    """
    args = build_parser(prog).parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        _quiet_stdout()
        return BROKEN_PIPE
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return INTERRUPTED
