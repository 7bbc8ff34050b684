"""JSON, JSON Lines and JSON Schema: lossless round trips and clear errors."""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealrecord import (
    SCHEMA_VERSION,
    Amount,
    Commitment,
    CommitmentKind,
    Deal,
    Figure,
    PartialDate,
    Party,
    PartyKind,
    Qualifier,
    Quantity,
    RecordError,
    Source,
    Status,
    StatusChange,
    dump_jsonl,
    from_dict,
    from_json,
    json_schema,
    load_jsonl,
    serialization,
    to_dict,
    to_json,
)
from dealrecord.serialization import Record
from dealrecord.strategies import (
    amounts,
    commitments,
    deals,
    figures,
    parties,
    quantities,
    sources,
    status_changes,
)

RECORD_STRATEGIES: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (Deal, deals()),
    (Party, parties()),
    (Commitment, commitments()),
    (StatusChange, status_changes()),
    (Figure, figures()),
    (Source, sources()),
    (Amount, amounts()),
    (Quantity, quantities()),
]
any_record = st.one_of(*(strategy for _, strategy in RECORD_STRATEGIES))


def seed_deal() -> Deal:
    return Deal(
        id="nvidia-openai",
        title="Nvidia investiert in OpenAI",
        parties=(
            Party("Nvidia", PartyKind.COMPANY),
            Party("OpenAI", PartyKind.COMPANY),
        ),
        commitments=(
            Commitment(
                "Nvidia",
                ("OpenAI",),
                CommitmentKind.INVESTMENT,
                Amount(None, Decimal("1E+11"), "USD", Qualifier.AT_MOST),
                Quantity(Decimal(10), "GW"),
                binding=False,
            ),
        ),
        history=(
            StatusChange(PartialDate(2025, 9), Status.ANNOUNCED),
            StatusChange(
                PartialDate(2026, 1, 31),
                Status.STALLED,
                Source("Wall Street Journal", published=PartialDate(2026, 1, 31)),
            ),
        ),
    )


@given(any_record)
def test_json_round_trip_is_lossless(record: Record) -> None:
    text = to_json(record)
    assert "\n" not in text
    again = from_json(text, type(record))
    assert again == record
    assert to_json(again) == text


@given(any_record)
def test_dict_round_trip(record: Record) -> None:
    document = to_dict(record)
    assert document["schema_version"] == SCHEMA_VERSION
    assert from_dict(document, type(record)) == record


@given(st.lists(deals(), max_size=5))
def test_jsonl_round_trip(records: list[Deal]) -> None:
    buffer = io.StringIO()
    assert dump_jsonl(records, buffer) == len(records)
    # One line per record; str.splitlines() would also split at U+2028 and the
    # like inside strings, which JSON Lines readers do not.
    assert buffer.getvalue().count("\n") == len(records)
    assert list(load_jsonl(io.StringIO(buffer.getvalue()), Deal)) == records
    # Binary files (bytes lines) read the same.
    raw = io.BytesIO(buffer.getvalue().encode())
    assert list(load_jsonl(raw, Deal)) == records


@given(any_record)
def test_output_validates_against_the_json_schema(record: Record) -> None:
    schema = json_schema(type(record))
    jsonschema.Draft202012Validator(schema).validate(orjson.loads(to_json(record)))


@pytest.mark.parametrize("cls", [cls for cls, _ in RECORD_STRATEGIES])
def test_schemas_are_valid_draft_2020_12(cls: type[Any]) -> None:
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}


def test_schema_refuses_what_the_reader_refuses() -> None:
    validator = jsonschema.Draft202012Validator(json_schema(Deal))
    document = to_dict(seed_deal())
    assert validator.is_valid(document)
    for path, bad in [
        (("history", 0, "on"), "31.01.2026"),
        (("commitments", 0, "amount", "high"), 1e11),
        (("commitments", 0, "amount", "currency"), "XYZ"),
        (("commitments", 0, "binding"), "false"),
        (("commitments", 0, "amount", "low"), "5"),  # AT_MOST has no low
    ]:
        changed = orjson.loads(orjson.dumps(document))
        target = changed
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = bad
        assert not validator.is_valid(changed), path
        with pytest.raises(RecordError):
            from_dict(changed, Deal)


def test_amounts_are_exact_strings() -> None:
    text = to_json(Amount.exact(Decimal("4.7"), "USD"))
    assert '"low":"4.7"' in text
    big = Amount.exact(Decimal("4.7E+12"), "USD")
    assert '"high":"4700000000000"' in to_json(big)
    tiny = Amount.exact(Decimal("0.000000000000000000000000000001"), None)
    assert from_json(to_json(tiny), Amount) == tiny


def test_load_jsonl_streams_one_record_at_a_time() -> None:
    line = to_json(seed_deal()) + "\n"
    consumed = []

    def lines() -> Iterator[str]:
        for number in range(1_000_000):
            consumed.append(number)
            yield line

    reader = load_jsonl(lines(), Deal)
    assert next(reader) == seed_deal()
    assert next(reader) == seed_deal()
    assert len(consumed) == 2


def test_load_jsonl_skips_blank_lines_and_names_the_bad_line() -> None:
    good = to_json(seed_deal())
    bad = good.replace('"2025-09"', '"Sept. 2025"')
    reader = load_jsonl(io.StringIO(f"{good}\n\n{bad}\n"), Deal)
    assert next(reader) == seed_deal()
    with pytest.raises(RecordError) as info:
        next(reader)
    assert str(info.value) == (
        "line 3: $.history[0].on: expected ISO date (YYYY, YYYY-MM, YYYY-MM-DD, "
        "optionally /part), got 'Sept. 2025'"
    )


def _deal_document(**changes: Any) -> bytes:
    document = to_dict(seed_deal())
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target: Any = document
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is KeyError:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return orjson.dumps(document)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            _deal_document(history__1__on="31.01.2026"),
            "$.history[1].on: expected ISO date (YYYY, YYYY-MM, YYYY-MM-DD, "
            "optionally /part), got '31.01.2026'",
            id="bad-date",
        ),
        pytest.param(
            _deal_document(history__1__on=20260131),
            "$.history[1].on: expected an ISO date string such as '2025-09', "
            "got the JSON number 20260131",
            id="date-as-number",
        ),
        pytest.param(
            _deal_document(surprise=1),
            "$: unknown field 'surprise' (known fields: id, title, parties, "
            "commitments, history, figures)",
            id="unknown-field",
        ),
        pytest.param(
            _deal_document(parties__0__kind="corporation"),
            "$.parties[0].kind: expected one of 'company', 'person', 'government', "
            "'fund', 'other', got the string 'corporation'",
            id="bad-enum",
        ),
        pytest.param(
            _deal_document(title=KeyError),
            "$.title: required field is missing",
            id="missing-field",
        ),
        pytest.param(
            _deal_document(title=42),
            "$.title: expected a string, got the JSON number 42",
            id="number-for-string",
        ),
        pytest.param(
            _deal_document(commitments__0__binding="false"),
            "$.commitments[0].binding: expected true or false, got the string 'false'",
            id="string-for-bool",
        ),
        pytest.param(
            _deal_document(commitments__0__amount__high=1e11),
            '$.commitments[0].amount.high: expected a decimal string such as "4.7", '
            "got the JSON number 100000000000.0",
            id="float-amount",
        ),
        pytest.param(
            _deal_document(commitments__0__amount__high="1e11"),
            '$.commitments[0].amount.high: expected a decimal string such as "4.7", '
            "got the string '1e11'",
            id="exponent-amount",
        ),
        pytest.param(
            _deal_document(commitments__0__amount__currency="XYZ"),
            "$.commitments[0].amount.currency: unknown ISO 4217 currency code 'XYZ'",
            id="bad-currency",
        ),
        pytest.param(
            _deal_document(commitments__0__amount__low="1"),
            "$.commitments[0].amount: AT_MOST amount needs only high, "
            "got low=1, high=100000000000",
            id="bad-amount-invariant",
        ),
        pytest.param(
            _deal_document(commitments__0__to=["Amazon"]),
            "$.commitments[0].to[0]: 'Amazon' is not a party of the deal "
            "(parties: Nvidia, OpenAI)",
            id="unknown-party",
        ),
        pytest.param(
            _deal_document(commitments__0__to="OpenAI"),
            "$.commitments[0].to: expected a JSON array, got the string 'OpenAI'",
            id="string-for-array",
        ),
        pytest.param(
            _deal_document(parties=[{"name": "Nvidia"}, "OpenAI"]),
            "2 problems:\n  - $.parties[0].kind: required field is missing\n"
            "  - $.parties[1]: expected a JSON object (Party), got the string 'OpenAI'",
            id="several-problems",
        ),
        pytest.param(
            _deal_document(commitments__0__capacity__value="ten"),
            '$.commitments[0].capacity.value: expected a decimal string such as "4.7", '
            "got the string 'ten'",
            id="bad-quantity",
        ),
        pytest.param(
            _deal_document(schema_version=2),
            "$.schema_version: this library reads schema version 1, "
            "got the JSON number 2",
            id="wrong-version",
        ),
        pytest.param(
            _deal_document(schema_version=True),
            "$.schema_version: this library reads schema version 1, "
            "got the JSON boolean true",
            id="boolean-version",
        ),
        pytest.param(
            _deal_document(schema_version=KeyError),
            "$.schema_version: required field is missing "
            "(this library reads version 1)",
            id="missing-version",
        ),
        pytest.param(
            b'{"schema_version": 1,',
            "$: malformed JSON: unexpected end of data: line 1 column 22 (char 21)",
            id="malformed",
        ),
        pytest.param(
            b'{"schema_version": 1, "id": "\xff"}',
            "$: malformed JSON: not UTF-8: byte 0xff at offset 29",
            id="not-utf8",
        ),
        pytest.param(
            b"[]", "$: expected a JSON object (Deal), got a JSON array", id="array"
        ),
    ],
)
def test_bad_documents_are_refused_with_their_path(text: bytes, message: str) -> None:
    with pytest.raises(RecordError) as info:
        from_json(text, Deal)
    assert str(info.value) == message


def test_only_record_types_are_documents() -> None:
    with pytest.raises(TypeError, match="expected one of the record types"):
        from_json("{}", dict)  # type: ignore[type-var]
    with pytest.raises(TypeError, match="expected one of the record types"):
        to_json(PartialDate(2026))  # type: ignore[arg-type]


# --- the fast roads give what the converter gives ------------------------------


def _converter_document(document: dict[str, Any], cls: type[Any]) -> Any:
    """What the converter alone reads from *document*, or the error it raises."""
    body = {k: v for k, v in document.items() if k != "schema_version"}
    try:
        return serialization._CONVERTER.structure(body, cls)
    except Exception as exc:
        return exc


_BAD_VALUES: list[Any] = [
    None,
    4.7,
    7,
    True,
    "",
    " ",
    "x",
    "4.7",
    "1E+5",
    "2026-02-30",
    "2026/Q5",
    "USD",
    "exact",
    "company",
    [],
    ["x"],
    {},
    {"schema_version": 1},
]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _mutated(document: Any, path: tuple[Any, ...], how: str, new: Any) -> Any:
    if not path:
        return new if how == "set" else document
    head, rest = path[0], path[1:]
    if isinstance(document, dict):
        copy = dict(document)
        if rest:
            copy[head] = _mutated(document[head], rest, how, new)
        elif how == "set":
            copy[head] = new
        elif how == "delete":
            del copy[head]
        else:
            copy["unknown"] = new
        return copy
    copy_list = list(document)
    if rest:
        copy_list[head] = _mutated(document[head], rest, how, new)
    elif how == "delete":
        del copy_list[head]
    else:
        copy_list[head] = new
    return copy_list


def _same_as_converter(document: dict[str, Any], cls: type[Any]) -> None:
    expected = _converter_document(document, cls)
    fast: Any
    try:
        fast = serialization._READERS[cls](document)
    except Exception:
        return
    assert not isinstance(expected, Exception), (document, expected)
    assert fast == expected
    assert to_json(fast) == to_json(expected)


@given(st.data())
def test_fast_reading_accepts_only_what_the_converter_accepts(data: Any) -> None:
    cls, strategy = data.draw(st.sampled_from(RECORD_STRATEGIES))
    record = data.draw(strategy)
    document = to_dict(record)
    _same_as_converter(document, cls)
    assert from_dict(document, cls) == record
    paths = list(_paths(document))
    for _ in range(8):
        path = data.draw(st.sampled_from(paths))
        how = data.draw(st.sampled_from(["set", "delete", "add"]))
        new = data.draw(st.sampled_from(_BAD_VALUES))
        mutated = _mutated(document, path, how, new)
        if isinstance(mutated, dict) and "schema_version" in mutated:
            _same_as_converter(mutated, cls)


@given(any_record)
def test_to_json_writes_what_to_dict_gives(record: Record) -> None:
    assert to_json(record) == orjson.dumps(to_dict(record)).decode()


# --- the schema's patterns are the validators' ----------------------------------


def _schema_patterns(node: object) -> Iterator[str]:
    """Every ``pattern`` in a JSON Schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern":
                yield value
            else:
                yield from _schema_patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from _schema_patterns(item)


def _reads(document: dict[str, Any], cls: type[Any]) -> bool:
    try:
        from_dict({"schema_version": SCHEMA_VERSION, **document}, cls)
    except RecordError:
        return False
    return True


def _party_with(**fields: str) -> dict[str, Any]:
    return {"name": "A", "kind": "company", **fields}


def _deal_with(deal_id: str) -> dict[str, Any]:
    return {"id": deal_id, "title": "T", "parties": [_party_with()]}


# (what the pattern is for, where in the schema of Deal, how a record reads
# a string there, strings the validator accepts, strings it refuses)
PATTERN_CASES: list[tuple[str, Any, Any, list[str], list[str]]] = [
    (
        "country",
        lambda s: s["$defs"]["Party"]["properties"]["country"]["anyOf"][0],
        lambda text: _reads(_party_with(country=text), Party),
        ["US", "DE", "ZZ"],
        ["", "us", "USA", "U", "U1", " US", "DE "],
    ),
    (
        "lei",
        lambda s: s["$defs"]["Party"]["properties"]["lei"]["anyOf"][0],
        lambda text: _reads(_party_with(lei=text), Party),
        ["529900T8BM49AURSDO55", "5493001KJTIIGC8Y1R12"],
        [
            "",
            "529900t8bm49aursdo55",
            "529900T8BM49AURSDO5",
            "529900T8BM49AURSDO555",
            "529900T8BM49AURSDOAB",
            "529900T8BM49AURSD-55",
        ],
    ),
    (
        "deal id",
        lambda s: s["properties"]["id"],
        lambda text: _reads(_deal_with(text), Deal),
        ["x", "nvidia-openai-2025", "A.b_c:d-9", "7" + "a" * 127],
        ["", "-x", ".x", "a b", "a/b", "ü", "7" + "a" * 128],
    ),
    (
        "decimal",
        lambda s: s["$defs"]["Quantity"]["properties"]["value"],
        lambda text: _reads({"value": text, "unit": "GW"}, Quantity),
        ["0", "4.7", "-4.70", "100000000000"],
        ["", "4.", ".7", "+4.7", "4,7", "1E+11", "4.7.1", " 4.7", "NaN"],
    ),
    (
        "date",
        lambda s: s["$defs"]["StatusChange"]["properties"]["on"],
        lambda text: _reads({"on": text, "status": "signed"}, StatusChange),
        ["2025", "2025-09", "2026-01-31", "2026/late", "2026/Q4", "2025-09/mid"],
        ["", "25", "2025-9", "2025/LATE", "2026/Q5", "2026/later", "31.01.2026"],
    ),
]


def test_every_pattern_of_the_schema_is_tested() -> None:
    schema = json_schema(Deal)
    tested = {where(schema)["pattern"] for _, where, _, _, _ in PATTERN_CASES}
    assert set(_schema_patterns(schema)) == tested


@pytest.mark.parametrize(
    ("where", "reads", "good", "bad"),
    [case[1:] for case in PATTERN_CASES],
    ids=[case[0] for case in PATTERN_CASES],
)
def test_schema_patterns_agree_with_the_validators(
    where: Any, reads: Any, good: list[str], bad: list[str]
) -> None:
    subschema = where(json_schema(Deal))
    validator = jsonschema.Draft202012Validator(subschema)
    for text in good:
        assert reads(text), text
        assert validator.is_valid(text), text
    for text in bad:
        assert not reads(text), text
        assert not validator.is_valid(text), text


def test_schema_patterns_are_built_from_the_validators_regexes() -> None:
    from dealrecord import records

    party = json_schema(Party)["properties"]
    assert party["country"]["anyOf"][0]["pattern"] == (
        f"^{records._COUNTRY_RE.pattern}$"
    )
    assert party["lei"]["anyOf"][0]["pattern"] == f"^{records._LEI_RE.pattern}$"
    deal_id = json_schema(Deal)["properties"]["id"]["pattern"]
    assert deal_id == f"^{records._ID_RE.pattern}$"


def test_a_choice_at_the_top_is_anchored_as_a_whole() -> None:
    import re

    assert serialization._schema_pattern(re.compile("a|b")) == "^(?:a|b)$"
    assert serialization._schema_pattern(re.compile("(a|b)c")) == "^(a|b)c$"
    assert serialization._schema_pattern(re.compile(r"[|]\|x")) == r"^[|]\|x$"


# --- the hooks on a converter of one's own ---------------------------------------


def test_the_record_types_are_those_of_the_record_union() -> None:
    assert tuple(cls for cls, _ in RECORD_STRATEGIES) == serialization._RECORD_TYPES


@given(any_record)
def test_configure_converter_gives_the_documents_of_to_dict(record: Record) -> None:
    import cattrs

    converter = cattrs.Converter()
    serialization.configure_converter(converter)
    document = converter.unstructure(record)
    assert document == {
        k: v for k, v in to_dict(record).items() if k != "schema_version"
    }
    assert converter.structure(document, type(record)) == record


def test_configure_converter_reads_strictly() -> None:
    import attrs
    import cattrs

    converter = cattrs.Converter()
    serialization.configure_converter(converter)
    document = converter.unstructure(seed_deal())
    with pytest.raises(cattrs.ClassValidationError):
        converter.structure({**document, "extra": 1}, Deal)
    with pytest.raises(cattrs.ClassValidationError):
        converter.structure({**document, "title": 7}, Deal)

    @attrs.define
    class Mine:  # a class of one's own keeps the converter's hooks
        deal: Deal

    mine = converter.structure({"deal": document, "extra": 1}, Mine)
    assert mine.deal == seed_deal()
