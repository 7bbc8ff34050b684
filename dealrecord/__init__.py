"""dealrecord: typed deal records and exact German money phrases from business news.

The public names are re-exported here; everything else is private or lives in
a documented submodule (:mod:`dealrecord.german`, :mod:`dealrecord.serialization`,
:mod:`dealrecord.strategies`).
"""

from dealrecord.errors import DealRecordError, ParseError, RecordError
from dealrecord.records import (
    Commitment,
    CommitmentKind,
    Deal,
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

__all__ = [
    "SCHEMA_VERSION",
    "Amount",
    "Commitment",
    "CommitmentKind",
    "Deal",
    "DealRecordError",
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
    "from_dict",
    "from_json",
    "json_schema",
    "load_jsonl",
    "to_dict",
    "to_json",
]
