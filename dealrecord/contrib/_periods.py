"""The days a :class:`~dealrecord.PartialDate` covers, for tables and pictures.

A date known to the month covers that month, a part of a year covers its
months, a day covers itself.  Private to :mod:`dealrecord.contrib`.
"""

from __future__ import annotations

import datetime as _dt
from typing import Final

from dealrecord.values import _MONTH_PART_START, _YEAR_PART_START, Part, PartialDate

# Where each part of a year ends (exclusive), as the month it ends before,
# counted from the year's January (0): EARLY is January to April, so it ends
# before month 4 (May); WINTER runs into the next year.
_YEAR_PART_END: Final = {
    Part.EARLY: 4,
    Part.MID: 8,
    Part.LATE: 12,
    Part.Q1: 3,
    Part.Q2: 6,
    Part.Q3: 9,
    Part.Q4: 12,
    Part.SPRING: 5,
    Part.SUMMER: 8,
    Part.AUTUMN: 11,
    Part.WINTER: 14,
}


def _month_start(year: int, months: int) -> _dt.date:
    """The first day of the month *months* after January of *year* (0: January)."""
    year += months // 12
    if year > _dt.MAXYEAR:
        return _dt.date.max
    return _dt.date(year, months % 12 + 1, 1)


def start(when: PartialDate) -> _dt.date:
    """The first day *when* covers."""
    if when.day is not None:
        return _dt.date(when.year, when.month or 1, when.day)
    if when.month is not None:
        day = 1 if when.part is None else _MONTH_PART_START[when.part]
        return _dt.date(when.year, when.month, day)
    if when.part is None:
        return _dt.date(when.year, 1, 1)
    month, day = _YEAR_PART_START[when.part]
    return _dt.date(when.year, month, day)


def end(when: PartialDate) -> _dt.date:
    """The day after the last day *when* covers."""
    if when.day is not None:
        first = start(when)
        return first if first == _dt.date.max else first + _dt.timedelta(days=1)
    if when.month is not None:
        if when.part in (Part.EARLY, Part.MID):
            return _dt.date(when.year, when.month, _MONTH_PART_START[when.part] + 10)
        return _month_start(when.year, when.month)
    if when.part is None:
        return _month_start(when.year, 12)
    return _month_start(when.year, _YEAR_PART_END[when.part])
