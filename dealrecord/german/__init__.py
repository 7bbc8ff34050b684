"""German numbers, money phrases and dates.

- :func:`parse_number` reads one number ("4,7 Billionen", "dreieinhalb").
- :func:`parse_amount` reads one money or number phrase ("bis zu 50 Mrd.
  US-Dollar", "im zweistelligen Milliardenbereich") as an
  :class:`~dealrecord.values.Amount`.
- :func:`format_amount` writes an Amount as German text that
  :func:`parse_amount` reads back to the same Amount.

The grammar under them reads a phrase at a position inside a longer text;
:mod:`dealrecord.german.money` says how a finder uses it.
"""

from dealrecord.german.format import format_amount
from dealrecord.german.money import parse_amount
from dealrecord.german.numbers import parse_number

__all__ = ["format_amount", "parse_amount", "parse_number"]
