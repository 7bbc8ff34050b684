"""A timeline of deals, drawn with matplotlib.

Installed with ``pip install "dealrecord[plot]"`` (matplotlib); ``import
dealrecord`` never loads it.  :func:`timeline` draws one row per deal,
labelled with its title:

- each status as a coloured segment from its change to the next one (the
  last runs to the right edge).  A change dated only to a month, a part of
  a year or a year covers that period, drawn hatched and pale: it happened
  somewhere in it.  A change dated to the day starts a solid segment;
- each commitment as a diamond, labelled with its amount in German
  (:func:`~dealrecord.format_amount`, short style: "bis zu 50 Mrd. $"); it
  stands at the date its source was published, else at the deal's first
  change, else at the left edge;
- a legend of the statuses shown, in German, and German dates on the axis
  (month names from CLDR, through babel).

>>> from dealrecord import Deal, load_jsonl
>>> with open("examples/data/nvidia_openai.expected.jsonl", encoding="utf-8") as f:
...     deals = list(load_jsonl(f, Deal))
>>> ax = timeline(deals)
>>> ax.figure.savefig("timeline.svg")  # doctest: +SKIP

Nothing here uses pyplot: with ``ax=None`` the figure is a plain
:class:`matplotlib.figure.Figure`, saved by matplotlib's file backends (Agg
for PNG), so no window system is ever touched.  Matplotlib wants its
coordinates as floats: they are positions on the page, never money.
"""

from __future__ import annotations

import datetime as _dt
import os
import textwrap
from collections.abc import Iterable
from typing import Any, Final

import matplotlib as mpl
import matplotlib.dates as mdates
from babel.dates import format_date
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import Formatter

from dealrecord.contrib import _periods
from dealrecord.german import format_amount
from dealrecord.records import Commitment, Deal, Status

__all__ = ["timeline"]

# Okabe and Ito's colours, which colour-blind readers tell apart too.
_COLOURS: Final = {
    Status.RUMOURED: "#999999",
    Status.ANNOUNCED: "#56B4E9",
    Status.NEGOTIATING: "#E69F00",
    Status.SIGNED: "#009E73",
    Status.STALLED: "#D55E00",
    Status.RENEGOTIATING: "#CC79A7",
    Status.CLOSED: "#0072B2",
    Status.CANCELLED: "#333333",
}
_LABELS: Final = {
    Status.RUMOURED: "Gerücht",
    Status.ANNOUNCED: "angekündigt",
    Status.NEGOTIATING: "in Verhandlung",
    Status.SIGNED: "unterzeichnet",
    Status.STALLED: "ins Stocken geraten",
    Status.RENEGOTIATING: "in Nachverhandlung",
    Status.CLOSED: "abgeschlossen",
    Status.CANCELLED: "abgesagt",
}
_VAGUE_LABEL: Final = "Datum nur auf Monat/Jahr genau"
_COMMITMENT_LABEL: Final = "Zusage"
_HATCH: Final = "////"
_BAR: Final = 0.36  # the height of a status bar, in rows
_LABEL_OFFSET: Final = 0.34  # an amount label's distance from its row's middle
_ROWS_WITHOUT_TOP_DATES: Final = 12
_TITLE_WIDTH: Final = 42  # characters of a title line
_FONT_SIZE: Final = 9.0  # float-ok: points on the page
_SMALL: Final = 7.5  # float-ok: points on the page
_METADATA: Final = {
    "svg": {"Date": None, "Creator": "dealrecord"},
    "png": {"Software": "dealrecord"},
}


class _GermanDates(Formatter):
    """Dates on the axis in German: "2025", "Sept. 2025" or "1. Sept. 2025"."""

    def __call__(self, x: float, pos: int | None = None) -> str:  # float-ok
        day = mdates.num2date(x).date()
        axis = self.axis
        span = 0.0  # float-ok: days on the axis
        if axis is not None:
            low, high = axis.get_view_interval()
            span = abs(high - low)
        if span > 4 * 365:
            pattern = "y"
        elif span > 62:
            pattern = "MMM y"
        else:
            pattern = "d. MMM y"
        return format_date(day, pattern, locale="de")


def _x(day: _dt.date) -> float:  # float-ok: a position on the axis
    return float(mdates.date2num(day))  # float-ok


def _commitment_day(commitment: Commitment, deal: Deal) -> _dt.date | None:
    if commitment.source is not None and commitment.source.published is not None:
        return _periods.start(commitment.source.published)
    if deal.history:
        return _periods.start(deal.history[0].on)
    return None


def _limits(deals: list[Deal]) -> tuple[_dt.date, _dt.date]:
    """The first and the last day the axis shows."""
    days: list[_dt.date] = []
    for deal in deals:
        for change in deal.history:
            days += [_periods.start(change.on), _periods.end(change.on)]
        days += [
            day
            for day in (_commitment_day(c, deal) for c in deal.commitments)
            if day is not None
        ]
    if not days:
        today = _dt.date(2000, 1, 1)
        return today, today + _dt.timedelta(days=365)
    first, last = min(days), max(days)
    span = (last - first).days
    before = _dt.timedelta(days=max(span // 25, 7))
    after = _dt.timedelta(days=max(span // 5, 30))
    # Room before and after, short of the first and the last day there is.
    if first - _dt.date.min > before:
        first -= before
    if _dt.date.max - last > after:
        last += after
    return first, last


def _draw_history(ax: Axes, row: int, deal: Deal, right: _dt.date) -> set[str]:
    """The status segments of *deal*; returns what kinds of segment it drew."""
    drawn: set[str] = set()
    history = deal.history
    for index, change in enumerate(history):
        colour = _COLOURS[change.status]
        begin = _periods.start(change.on)
        stop = (
            right
            if index + 1 == len(history)
            else _periods.start(history[index + 1].on)
        )
        stop = max(stop, begin)
        sure = begin
        if change.on.precision != "day":
            sure = min(max(_periods.end(change.on), begin), stop)
            if sure > begin:
                ax.add_patch(
                    Rectangle(
                        (_x(begin), row - _BAR / 2),
                        _x(sure) - _x(begin),
                        _BAR,
                        facecolor=colour,
                        alpha=0.35,
                        edgecolor=colour,
                        hatch=_HATCH,
                        linewidth=0,
                    )
                )
                drawn.add("vague")
        if stop > sure:
            ax.add_patch(
                Rectangle(
                    (_x(sure), row - _BAR / 2),
                    _x(stop) - _x(sure),
                    _BAR,
                    facecolor=colour,
                    edgecolor="white",
                    linewidth=0.5,
                )
            )
        drawn.add(change.status.value)
    return drawn


def _draw_commitments(
    ax: Axes, row: int, deal: Deal, left: _dt.date, right: _dt.date
) -> None:
    middle = left + (right - left) * 3 // 5
    for index, commitment in enumerate(deal.commitments):
        day = _commitment_day(commitment, deal) or left
        ax.plot(
            [_x(day)],
            [row],
            marker="D",
            markersize=6,
            markerfacecolor="white",
            markeredgecolor="black",
            markeredgewidth=1,
            linestyle="none",
            zorder=4,
        )
        if commitment.amount is None:
            continue
        label = format_amount(commitment.amount, style="short")
        above = index % 2 == 0
        on_left = day <= middle
        ax.annotate(
            label,
            (_x(day), row - _LABEL_OFFSET if above else row + _LABEL_OFFSET),
            xytext=(4 if on_left else -4, 0),
            textcoords="offset points",
            ha="left" if on_left else "right",
            va="center",
            fontsize=_SMALL,
            parse_math=False,
            zorder=5,
        )


def timeline(deals: Iterable[Deal], ax: Axes | None = None) -> Axes:
    """Draw *deals* as a timeline, one row each, on *ax* (or a new figure).

    Returns the axes; save the picture with ``ax.figure.savefig(...)``.
    Without *ax*, the figure is 10 inches wide and as tall as the deals need.
    """
    deals = list(deals)
    if ax is None:
        height = 1.4 + 0.62 * max(len(deals), 1)  # float-ok: inches
        figure = Figure(figsize=(10, height), layout="constrained")
        ax = figure.add_subplot()
    left, right = _limits(deals)
    drawn: set[str] = set()
    for row, deal in enumerate(deals):
        drawn |= _draw_history(ax, row, deal, right)
        _draw_commitments(ax, row, deal, left, right)
        title = textwrap.fill(
            deal.title,
            _TITLE_WIDTH,
            break_long_words=False,
            break_on_hyphens=False,
        )
        ax.text(
            -0.01,
            row,
            title,
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="center",
            fontsize=_FONT_SIZE,
            parse_math=False,
        )
    ax.set_xlim(_x(left), _x(right))
    ax.set_ylim(max(len(deals), 1) - 0.5, -0.5)
    ax.set_yticks([])
    for y in range(1, len(deals)):
        ax.axhline(y - 0.5, color="#e5e5e5", linewidth=0.6, zorder=0)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(_GermanDates())
    ax.tick_params(axis="x", labelsize=_SMALL + 0.5)
    # A tall timeline has its dates at the top too, under the legend.
    dates_on_top = len(deals) > _ROWS_WITHOUT_TOP_DATES
    if dates_on_top:
        ax.tick_params(axis="x", top=True, labeltop=True)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    handles: list[Any] = [
        Patch(facecolor=_COLOURS[status], label=_LABELS[status])
        for status in Status
        if status.value in drawn
    ]
    if "vague" in drawn:
        handles.append(
            Patch(
                facecolor="#bbbbbb",
                alpha=0.35,
                edgecolor="#555555",
                hatch=_HATCH,
                linewidth=0,
                label=_VAGUE_LABEL,
            )
        )
    if any(deal.commitments for deal in deals):
        handles.append(
            Line2D(
                [],
                [],
                marker="D",
                markersize=6,
                markerfacecolor="white",
                markeredgecolor="black",
                linestyle="none",
                label=_COMMITMENT_LABEL,
            )
        )
    if handles:
        ax.legend(
            handles=handles,
            loc="lower left",
            bbox_to_anchor=(0, 1),
            borderaxespad=2.2 if dates_on_top else 0.4,
            ncols=min(len(handles), 3),
            frameon=False,
            fontsize=_SMALL + 0.5,
        )
    return ax


def _save(deals: Iterable[Deal], path: str | os.PathLike[str]) -> None:
    """Draw *deals* and write the picture to *path* (``.png`` or ``.svg``).

    The same deals give the same bytes every time: matplotlib's own DejaVu
    Sans, text kept as text in SVG, fixed ids and no date in the file.
    """
    kind = os.fspath(path).rsplit(".", 1)[-1].lower()
    if kind not in _METADATA:
        msg = f"expected a .png or .svg file, got {os.fspath(path)!r}"
        raise ValueError(msg)
    with mpl.rc_context(
        {
            "font.family": "DejaVu Sans",
            "svg.fonttype": "none",
            "svg.hashsalt": "dealrecord-timeline",
        }
    ):
        figure = timeline(deals).figure
        assert isinstance(figure, Figure)
        figure.savefig(path, format=kind, metadata=_METADATA[kind], dpi=150)
