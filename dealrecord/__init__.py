"""dealrecord: typed deal records and exact German money phrases from business news.

The public names are re-exported here; everything else is private or lives in
a documented submodule (:mod:`dealrecord.german`, :mod:`dealrecord.serialization`,
:mod:`dealrecord.strategies`).

>>> from dealrecord import parse_amount
>>> parse_amount("bis zu 50 Mrd. US-Dollar")
Amount(low=None, high=Decimal('50000000000'), currency='USD', qualifier=AT_MOST)
"""

from dealrecord.errors import DealRecordError, ParseError, RecordError
from dealrecord.german import format_amount, parse_amount, parse_number
from dealrecord.german.dates import DateMention, find_dates, parse_date
from dealrecord.german.deals import extract_deals
from dealrecord.german.find import Mention, find_money, find_numbers, iter_money
from dealrecord.records import (
    Commitment,
    CommitmentKind,
    Deal,
    Figure,
    Party,
    PartyKind,
    Source,
    Status,
    StatusChange,
)
from dealrecord.serialization import (
    SCHEMA_VERSION,
    dump_jsonl,
    from_dict,
    from_json,
    json_schema,
    load_jsonl,
    to_dict,
    to_json,
)
from dealrecord.values import Amount, Part, PartialDate, Qualifier, Quantity

#: The version of the package: the one place it is written (pyproject.toml
#: reads it from here, and ``dealrecord --version`` prints it).
__version__ = "0.1.0.dev0"

__all__ = [
    "SCHEMA_VERSION",
    "Amount",
    "Commitment",
    "CommitmentKind",
    "DateMention",
    "Deal",
    "DealRecordError",
    "Figure",
    "Mention",
    "ParseError",
    "Part",
    "PartialDate",
    "Party",
    "PartyKind",
    "Qualifier",
    "Quantity",
    "RecordError",
    "Source",
    "Status",
    "StatusChange",
    "dump_jsonl",
    "extract_deals",
    "find_dates",
    "find_money",
    "find_numbers",
    "format_amount",
    "from_dict",
    "from_json",
    "iter_money",
    "json_schema",
    "load_jsonl",
    "parse_amount",
    "parse_date",
    "parse_number",
    "to_dict",
    "to_json",
]
