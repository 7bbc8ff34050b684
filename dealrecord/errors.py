"""The exceptions of dealrecord.

Every exception the library raises on purpose derives from
:class:`DealRecordError`, so one ``except DealRecordError`` catches them all.
Both concrete errors are also :class:`ValueError`, the exception Python code
conventionally expects for a value it cannot use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["DealRecordError", "ParseError", "RecordError"]


class DealRecordError(Exception):
    """Root of every exception raised by dealrecord."""


class ParseError(DealRecordError, ValueError):
    """A text could not be read as what was asked for.

    ``str()`` shows the reason, then the text with a caret under the span
    where the problem is::

        >>> print(ParseError("unknown currency 'Taler'", "100 Taler", (4, 9)))
        unknown currency 'Taler'
            100 Taler
                ^^^^^
    """

    text: str
    span: tuple[int, int]
    reason: str
    #: The ISO codes an ambiguous currency name at ``span`` could be, when
    #: that is the problem (a caller chooses one); empty otherwise.
    currency_choices: tuple[str, ...]

    def __init__(
        self,
        reason: str,
        text: str,
        span: tuple[int, int],
        *,
        currency_choices: tuple[str, ...] = (),
    ) -> None:
        start, end = span
        if not 0 <= start <= end <= len(text):
            msg = f"span {span!r} lies outside a text of length {len(text)}"
            raise ValueError(msg)
        super().__init__(reason, text, span)
        self.reason = reason
        self.text = text
        self.span = (start, end)
        self.currency_choices = tuple(currency_choices)

    def __str__(self) -> str:
        start, end = self.span
        # Draw the caret on the line that holds the span, so that a
        # multi-line text still shows one readable line.
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        if line_end == -1:
            line_end = len(self.text)
        line = self.text[line_start:line_end]
        width = max(1, min(end, line_end) - start)
        # Tabs keep their width under the caret; other characters become spaces.
        pad = "".join("\t" if c == "\t" else " " for c in line[: start - line_start])
        return f"{self.reason}\n    {line}\n    {pad}{'^' * width}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_parse_error,
            (type(self), self.reason, self.text, self.span, self.currency_choices),
        )


class RecordError(DealRecordError, ValueError):
    """A record, or a JSON document meant to become one, is not valid.

    ``errors`` lists every problem found as ``(path, message)`` pairs: the
    path names where the problem is (a field such as ``low`` when a record is
    built in Python, a JSON path such as ``$.history[2].on`` when JSON is
    read; empty when the whole value is at fault).  ``problems`` and ``str()``
    give them as text::

        >>> print(RecordError("expected ISO date, got '31.01.2026'", path="$.on"))
        $.on: expected ISO date, got '31.01.2026'
    """

    errors: tuple[tuple[str, str], ...]

    def __init__(self, message: str, *, path: str = "") -> None:
        self._set(((path, message),))

    @classmethod
    def collect(cls, errors: Iterable[tuple[str, str]]) -> RecordError:
        """One error listing several ``(path, message)`` problems."""
        items = tuple(errors)
        if not items:
            msg = "a RecordError needs at least one problem"
            raise ValueError(msg)
        error = cls.__new__(cls)
        error._set(items)
        return error

    def _set(self, errors: tuple[tuple[str, str], ...]) -> None:
        self.errors = errors
        self.args = self.problems

    @property
    def problems(self) -> tuple[str, ...]:
        """Each problem as one line of text, ``path: message``."""
        return tuple(f"{p}: {m}" if p else m for p, m in self.errors)

    def __str__(self) -> str:
        problems = self.problems
        if len(problems) == 1:
            return problems[0]
        listed = "\n".join(f"  - {p}" for p in problems)
        return f"{len(problems)} problems:\n{listed}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_record_error, (type(self), self.errors))


def _rebuild_record_error(
    cls: type[RecordError], errors: tuple[tuple[str, str], ...]
) -> RecordError:
    return cls.collect(errors)


def _rebuild_parse_error(
    cls: type[ParseError],
    reason: str,
    text: str,
    span: tuple[int, int],
    currency_choices: tuple[str, ...],
) -> ParseError:
    return cls(reason, text, span, currency_choices=currency_choices)
