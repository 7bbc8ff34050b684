"""JSON, JSON Lines and JSON Schema for the records.

This module is the one place that knows about JSON: the records themselves
do not.  One cattrs converter (the orjson preconf) is configured here, once.

The format:

- every document (a top-level object, one per line in JSON Lines) carries
  ``"schema_version": 1``;
- amounts are strings of the exact decimal (``"100000000000"``, ``"4.7"``),
  never JSON numbers; a number where an amount belongs is refused, not
  rounded;
- dates are ISO 8601 strings at the precision known (``"2025-09"``), with a
  part after a slash (``"2026/late"``);
- enums are their lower-case values; every field is written, None as null;
- unknown fields, wrong types and bad values are refused with a
  :class:`~dealrecord.errors.RecordError` that lists every problem with its
  JSON path.

>>> from decimal import Decimal
>>> from dealrecord import Amount, Qualifier
>>> text = to_json(Amount(None, Decimal("5E+10"), "USD", Qualifier.AT_MOST))
>>> text
'{"schema_version":1,"low":null,"high":"50000000000","currency":"USD","qualifier":"at_most"}'
>>> from_json(text, Amount)
Amount(low=None, high=Decimal('50000000000'), currency='USD', qualifier=AT_MOST)
>>> from_json('{"schema_version":1,"low":4.7,"high":"4.7"}', Amount)
Traceback (most recent call last):
...
dealrecord.errors.RecordError: $.low: expected a decimal string such as "4.7", got the JSON number 4.7
"""  # noqa: E501

from __future__ import annotations

import enum
import inspect
import itertools
import operator
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import IO, Any, Final, NoReturn, TypeVar

import attrs
import cattrs
import orjson
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.orjson import make_converter as make_orjson_converter

from dealrecord import records as _records
from dealrecord.errors import RecordError
from dealrecord.records import (
    Commitment,
    Deal,
    Figure,
    Party,
    Source,
    StatusChange,
)
from dealrecord.values import (
    Amount,
    Part,
    PartialDate,
    Qualifier,
    Quantity,
    bounds_of,
    iso_currency_codes,
)

__all__ = [
    "SCHEMA_VERSION",
    "configure_converter",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "json_schema",
    "load_jsonl",
    "to_dict",
    "to_json",
]

#: The version of the JSON format written; documents of any other are refused.
SCHEMA_VERSION: Final = 1

#: Any record type that is a JSON document of its own.
Record = Deal | Party | Commitment | StatusChange | Figure | Source | Amount | Quantity
_R = TypeVar("_R", bound=Record)
#: The record types of :data:`Record`, in its order: the one list of them.
_RECORD_TYPES: Final[tuple[type[Record], ...]] = typing.get_args(Record)

_DECIMAL_RE: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# The text PartialDate.isoformat() writes.  Not built from the regex that
# PartialDate.parse_iso reads with (dealrecord.values._ISO_RE): that one names
# its groups and takes any word after the slash for the Part enum to judge.
_DATE_PATTERN: Final = (
    r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
    r"(/(early|mid|late|Q[1-4]|spring|summer|autumn|winter))?$"
)


def _describe(value: object) -> str:
    """How a JSON value looks, for an error message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the JSON boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the JSON number {value!r}"
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, list):
        return "a JSON array"
    if isinstance(value, dict):
        return "a JSON object"
    return repr(value)


# --- structure hooks: strict, nothing is coerced -------------------------------


def _structure_str(value: object, _: object) -> str:
    if isinstance(value, str):
        return value
    msg = f"expected a string, got {_describe(value)}"
    raise TypeError(msg)


def _structure_bool(value: object, _: object) -> bool:
    if isinstance(value, bool):
        return value
    msg = f"expected true or false, got {_describe(value)}"
    raise TypeError(msg)


def _structure_int(value: object, _: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    msg = f"expected an integer, got {_describe(value)}"
    raise TypeError(msg)


def _structure_decimal(value: object, _: object) -> Decimal:
    if isinstance(value, str) and _DECIMAL_RE.fullmatch(value):
        return Decimal(value)
    msg = f'expected a decimal string such as "4.7", got {_describe(value)}'
    raise ValueError(msg)


def _unstructure_decimal(value: Decimal) -> str:
    return format(value, "f")


def _unstructure_optional_decimal(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


# The text PartialDate.isoformat() writes, from tables: "-01" ... "-31" and
# "/early" ... "/winter" (the enum's value property is slow to call).
_TWO_DIGITS: Final = tuple(f"-{number:02d}" for number in range(32))
_PART_TEXT: Final = {part: f"/{part.value}" for part in Part}


def _unstructure_date(value: PartialDate) -> str:
    """``value.isoformat()``, the same text in less time."""
    text = f"{value.year:04d}"
    month, day, part = value.month, value.day, value.part
    if month is not None:
        text += _TWO_DIGITS[month]
    if day is not None:
        text += _TWO_DIGITS[day]
    if part is not None:
        text += _PART_TEXT[part]
    return text


def _unstructure_optional_date(value: PartialDate | None) -> str | None:
    return None if value is None else _unstructure_date(value)


def _structure_date(value: object, _: object) -> PartialDate:
    if not isinstance(value, str):
        msg = f"expected an ISO date string such as '2025-09', got {_describe(value)}"
        raise TypeError(msg)
    return PartialDate.parse_iso(value)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    members = {member.value: member for member in cls}
    expected = ", ".join(repr(v) for v in members)

    def structure(value: object, _: object) -> enum.Enum:
        if isinstance(value, str) and value in members:
            return members[value]
        msg = f"expected one of {expected}, got {_describe(value)}"
        raise ValueError(msg)

    return structure


# ``member.value`` without the property's descriptor call: the same value.
_enum_value: Final[Callable[[enum.Enum], Any]] = operator.attrgetter("_value_")


def _is_sequence(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_optional(cls: Any) -> bool:
    args = typing.get_args(cls)
    return (
        typing.get_origin(cls) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def configure_converter(converter: cattrs.Converter) -> None:
    """Register this module's hooks on *converter*, a cattrs converter.

    The records then go to and from the same plain dicts as with
    :func:`to_dict` and :func:`from_dict` (without the ``schema_version``),
    read as strictly: strings, booleans and integers are never coerced,
    Decimals and dates are read from and written as strings, enums as their
    values, tuples from JSON arrays, and a record refuses unknown fields.
    These hooks hold for whatever the converter reads, but attrs classes
    other than the records keep the converter's own.  A problem raises
    cattrs' errors, not :class:`~dealrecord.errors.RecordError`.

    >>> import cattrs
    >>> from decimal import Decimal
    >>> from dealrecord import Amount, Qualifier
    >>> converter = cattrs.Converter()
    >>> configure_converter(converter)
    >>> amount = Amount(None, Decimal("5E+10"), "USD", Qualifier.AT_MOST)
    >>> converter.unstructure(amount)
    {'low': None, 'high': '50000000000', 'currency': 'USD', 'qualifier': 'at_most'}
    >>> converter.structure(converter.unstructure(amount), Amount) == amount
    True
    """
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_structure_hook(PartialDate, _structure_date)
    converter.register_unstructure_hook(PartialDate, _unstructure_date)
    is_enum = lambda t: isinstance(t, type) and issubclass(t, enum.Enum)  # noqa: E731
    converter.register_structure_hook_factory(is_enum, _enum_hook)
    # Plain values, so that to_dict gives JSON values whatever the codec.
    converter.register_unstructure_hook_factory(is_enum, lambda _: _enum_value)

    # Optional fields: null, or the strict hook of the type, resolved once
    # (cattrs' own optional hook looks the type's hook up on every call).
    def optional_hook(cls: Any) -> Callable[[object, object], Any]:
        inner = _inner(cls)
        if inner is str:
            return _structure_optional_str
        if inner is bool:
            return _structure_optional_bool
        return _optional(converter.get_structure_hook(inner), inner)

    converter.register_structure_hook_factory(_is_optional, optional_hook)
    # Strings and booleans are written as they are; cattrs inlines identity.
    converter.register_unstructure_hook(str | None, identity)
    converter.register_unstructure_hook(bool | None, identity)
    converter.register_unstructure_hook(Decimal | None, _unstructure_optional_decimal)
    converter.register_unstructure_hook(PartialDate | None, _unstructure_optional_date)

    def sequence_hook(cls: Any) -> Callable[[object, object], tuple[Any, ...]]:
        (item_type, _) = typing.get_args(cls)
        structure_item = converter.get_structure_hook(item_type)

        def structure(value: object, _: object) -> tuple[Any, ...]:
            if not isinstance(value, list):
                msg = f"expected a JSON array, got {_describe(value)}"
                raise TypeError(msg)
            try:  # the common case: every item is good
                return tuple([structure_item(item, item_type) for item in value])
            except Exception:
                pass
            # Some item is bad: structure them one by one to report every error
            # (outside the except block, so no exception context is chained).
            items, errors = [], []
            for index, item in enumerate(value):
                try:
                    items.append(structure_item(item, item_type))
                except Exception as exc:
                    note = IterableValidationNote(f"index {index}", index, item_type)
                    exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"structuring {cls}", errors, cls)
            return tuple(items)

        return structure

    converter.register_structure_hook_factory(_is_sequence, sequence_hook)

    def sequence_unstructure_hook(cls: Any) -> Callable[[Any], list[Any]]:
        unstructure_item = converter.get_unstructure_hook(typing.get_args(cls)[0])
        if unstructure_item == identity:
            return list

        def unstructure(value: Any) -> list[Any]:
            return [unstructure_item(item) for item in value]

        return unstructure

    converter.register_unstructure_hook_factory(_is_sequence, sequence_unstructure_hook)

    def record_hook(cls: type) -> Callable[[object, object], Any]:
        generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls,
            converter,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
        )

        def structure(value: object, _: object) -> Any:
            if not isinstance(value, dict):
                msg = f"expected a JSON object ({cls.__name__}), got {_describe(value)}"
                raise TypeError(msg)
            return generated(value, cls)

        return structure

    converter.register_structure_hook_factory(_is_record_type, record_hook)


def _is_record_type(cls: Any) -> bool:
    return cls in _RECORD_TYPES


def _make_converter() -> cattrs.Converter:
    """This module's converter: cattrs' orjson converter, configured here."""
    converter = make_orjson_converter(forbid_extra_keys=True)
    configure_converter(converter)
    return converter


def _inner(cls: Any) -> Any:
    """The type X of ``X | None``."""
    (inner,) = (arg for arg in typing.get_args(cls) if arg is not type(None))
    return inner


def _optional(
    structure: Callable[[Any, Any], Any], inner: Any
) -> Callable[[object, object], Any]:
    def optional(value: object, _: object) -> Any:
        return None if value is None else structure(value, inner)

    return optional


def _structure_optional_str(value: object, _: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    msg = f"expected a string, got {_describe(value)}"
    raise TypeError(msg)


def _structure_optional_bool(value: object, _: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    msg = f"expected true or false, got {_describe(value)}"
    raise TypeError(msg)


_CONVERTER: Final = _make_converter()


# --- errors: every problem, with its JSON path -----------------------------------


def _problems(exc: BaseException, path: str) -> list[tuple[str, str]]:
    if isinstance(exc, IterableValidationError):
        with_notes, without = exc.group_exceptions()
        found = [
            problem
            for sub, note in with_notes
            for problem in _problems(sub, f"{path}[{note.index!r}]")
        ]
        return found + [p for sub in without for p in _problems(sub, path)]
    if isinstance(exc, ClassValidationError):
        with_notes_, without = exc.group_exceptions()
        found = [
            problem
            for sub, note in with_notes_
            for problem in _problems(sub, f"{path}.{note.name}")
        ]
        return found + [p for sub in without for p in _problems(sub, path)]
    if isinstance(exc, RecordError):
        return [(_join(path, where), message) for where, message in exc.errors]
    if isinstance(exc, ForbiddenExtraKeysError):
        known = ", ".join(f.name for f in attrs.fields(exc.cl))
        unknown = ", ".join(repr(k) for k in sorted(exc.extra_fields))
        return [(path, f"unknown field {unknown} (known fields: {known})")]
    if isinstance(exc, KeyError):
        return [(path, "required field is missing")]
    return [(path, str(exc))]


def _join(path: str, where: str) -> str:
    if not where:
        return path
    return f"{path}{where}" if where.startswith("[") else f"{path}.{where}"


# --- decoding: the fast road for valid documents -----------------------------------
#
# One generated function per record type reads a document with plain type
# tests and builds the record with its own constructor, so every validator
# runs once, as it would for the converter.  It reports nothing: on any
# problem it raises, and from_dict reads the document again with the
# converter, which finds every problem and its path.  It refuses at least
# what the converter refuses (it never coerces); a document it cannot read
# costs one more reading, and the converter's answer is the one returned.


class _RefusedError(Exception):
    """The fast road cannot read a document; the converter must say why."""


def _refuse() -> NoReturn:
    raise _RefusedError


#: Dates read before, by their text: a PartialDate never changes.
_DATES: Final[dict[str, PartialDate]] = {}
_DATES_KEPT: Final = 16384


def _fast_date(value: object) -> PartialDate:
    if type(value) is not str:
        _refuse()
    date = _DATES.get(value)
    if date is None:
        date = PartialDate.parse_iso(value)
        if len(_DATES) >= _DATES_KEPT:
            _DATES.clear()
        _DATES[value] = date
    return date


def _fast_value(
    tp: Any, v: str, namespace: dict[str, Any], *, nonblank: bool = False
) -> str:
    """An expression reading the JSON value *v* as *tp*, raising if it cannot.

    With *nonblank*, strings (and the strings of a sequence) must not be blank.
    """
    if _is_optional(tp):
        inner = _fast_value(_inner(tp), v, namespace, nonblank=nonblank)
        return f"(None if {v} is None else {inner})"
    if tp is str and nonblank:
        return f"({v} if type({v}) is _str and {v}.strip() else _refuse())"
    if tp is str or tp is bool or tp is int:
        namespace[f"_{tp.__name__}"] = tp
        return f"({v} if type({v}) is _{tp.__name__} else _refuse())"
    if tp is Decimal:
        return f"(_Decimal({v}) if type({v}) is _str and _decimal({v}) else _refuse())"
    if tp is PartialDate:  # a date read before is looked up without a call
        return f"(_dates_get({v}) or _date({v}))"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        name = f"_members_{tp.__name__}"
        namespace[name] = {member.value: member for member in tp}
        return f"{name}[{v} if type({v}) is _str else _refuse()]"
    if attrs.has(tp):
        return f"_read_{tp.__name__}({v})"
    if _is_sequence(tp):
        item_type = typing.get_args(tp)[0]
        item = _fast_value(item_type, "x", namespace, nonblank=nonblank)
        return f"(tuple([{item} for x in {v}]) if type({v}) is _list else _refuse())"
    msg = f"no fast reading for {tp!r}"
    raise TypeError(msg)


def _validators(field: attrs.Attribute[Any]) -> list[Callable[..., Any]]:
    validator = field.validator
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)  # attrs.validators.and_
    return [validator] if inner is None else list(inner)


def _what_reading_checks(validator: Callable[..., Any], tp: Any) -> str | None:
    """How reading *tp* covers *validator* of records.py.

    ``"all"`` when the value read always passes it, ``"nonblank"`` when it does
    once its strings are read as non-blank, None when it must be run.
    """
    inner = _inner(tp) if _is_optional(tp) else tp
    if validator is _records._text and tp is str:
        return "nonblank"
    if validator is _records._optional_text and inner is str:
        return "nonblank"
    if getattr(validator, "__module__", None) != _records.__name__:
        return None
    qualname = getattr(validator, "__qualname__", "")
    nonlocals = inspect.getclosurevars(validator).nonlocals
    if qualname == "_instance_of.<locals>.check":
        optional_ok = nonlocals.get("optional") is True or inner is tp
        return "all" if nonlocals.get("cls") is inner and optional_ok else None
    if qualname == "_tuple_of.<locals>.check" and _is_sequence(tp):
        item = typing.get_args(tp)[0]
        if nonlocals.get("cls") is not item:
            return None
        return "nonblank" if item is str else "all"
    return None


def _reader_source(
    cls: type, namespace: dict[str, Any], *, document: bool = False
) -> str:
    """The source of a function reading a JSON object as a *cls*.

    With *document*, the function (``_document_`` instead of ``_read_``) reads
    a whole document, whose ``schema_version`` from_dict has checked.

    A record whose fields have validators is built without its ``__init__``
    (as ``__init__`` would build it), running only the validators that reading
    the values did not already cover, then its ``__attrs_post_init__``.
    """
    name = cls.__name__
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    keys = frozenset(f.name for f in fields)
    namespace[f"_keys_{name}"] = keys
    namespace[f"_document_keys_{name}"] = keys | {"schema_version"}
    namespace[f"_cls_{name}"] = cls
    bypass = (
        any(field.validator is not None for field in fields)
        and all(f.converter in (None, _records._as_tuple) for f in fields)
        and all(f.init and f.alias == f.name for f in fields)
        and not hasattr(cls, "__attrs_pre_init__")
    )
    prefix = "_document_" if document else "_read_"
    keys_name = "_document_keys_" if document else "_keys_"
    lines = [
        f"def {prefix}{name}(d):",
        f"    if type(d) is not _dict or not {keys_name}{name}.issuperset(d):",
        "        _refuse()",
    ]
    calls = []
    for index, field in enumerate(fields):
        tp = hints[field.name]
        nonblank = False
        for number, validator in enumerate(_validators(field)):
            covered = _what_reading_checks(validator, tp) if bypass else None
            if covered == "nonblank":
                nonblank = True
            elif covered is None:
                check = f"_check_{name}_{field.name}_{number}"
                namespace[check] = validator
                namespace[f"_field_{name}_{field.name}"] = field
                calls.append(f"    {check}(o, _field_{name}_{field.name}, a{index})")
        value = _fast_value(tp, "v", namespace, nonblank=nonblank)
        if field.default is attrs.NOTHING:
            lines.append(f"    v = d[{field.name!r}]")
            lines.append(f"    a{index} = {value}")
        else:
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                msg = f"no fast reading for the factory default of {field.name}"
                raise TypeError(msg)
            default = f"_default_{name}_{field.name}"
            namespace[default] = field.default
            lines.append(f"    v = d.get({field.name!r}, _absent)")
            lines.append(f"    a{index} = {default} if v is _absent else {value}")
    if not bypass:
        arguments = ", ".join(f"a{index}" for index in range(len(fields)))
        lines.append(f"    return _cls_{name}({arguments})")
        return "\n".join(lines) + "\n"
    lines.append(f"    o = _new(_cls_{name})")
    lines += [
        f"    _set(o, {field.name!r}, a{index})" for index, field in enumerate(fields)
    ]
    lines += calls
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("    o.__attrs_post_init__()")
    lines.append("    return o")
    return "\n".join(lines) + "\n"


def _make_readers() -> dict[type, Callable[[Any], Any]]:
    namespace: dict[str, Any] = {
        "_refuse": _refuse,
        "_absent": object(),
        "_dict": dict,
        "_list": list,
        "_str": str,
        "_Decimal": Decimal,
        "_decimal": _DECIMAL_RE.fullmatch,
        "_date": _fast_date,
        "_dates_get": _DATES.get,
        "_new": object.__new__,
        "_set": object.__setattr__,
    }
    source = "\n".join(
        _reader_source(cls, namespace, document=document)
        for cls in _RECORD_TYPES
        for document in (False, True)
    )
    exec(source, namespace)
    return {cls: namespace[f"_document_{cls.__name__}"] for cls in _RECORD_TYPES}


#: For each record type, the fast road from a document to the record.
_READERS: Final = _make_readers()


# --- documents ---------------------------------------------------------------------


def _check_record_type(cls: type) -> None:
    if cls not in _RECORD_TYPES:
        _not_a_record_type(cls)


def _not_a_record_type(cls: type) -> NoReturn:
    names = ", ".join(t.__name__ for t in _RECORD_TYPES)
    msg = f"expected one of the record types {names}, got {cls!r}"
    raise TypeError(msg)


#: The unstructure hook of each record type, looked up once.
_UNSTRUCTURE: Final[dict[type, Callable[[Any], dict[str, Any]]]] = {
    cls: _CONVERTER.get_unstructure_hook(cls) for cls in _RECORD_TYPES
}


def to_dict(record: Record) -> dict[str, Any]:
    """*record*'s JSON document as a dict of JSON values, with its schema version."""
    unstructure = _UNSTRUCTURE.get(type(record))
    if unstructure is None:
        _not_a_record_type(type(record))
    document: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    document.update(unstructure(record))
    return document


def from_dict(document: object, cls: type[_R]) -> _R:
    """The record of type *cls* that the JSON document *document* describes.

    Raises :class:`~dealrecord.errors.RecordError` listing every problem.
    """
    _check_record_type(cls)
    if not isinstance(document, dict):
        msg = f"expected a JSON object ({cls.__name__}), got {_describe(document)}"
        raise RecordError(msg, path="$")
    if "schema_version" not in document:
        msg = f"required field is missing (this library reads version {SCHEMA_VERSION})"
        raise RecordError(msg, path="$.schema_version")
    version = document["schema_version"]
    if version != SCHEMA_VERSION or isinstance(version, bool):
        msg = (
            f"this library reads schema version {SCHEMA_VERSION}, "
            f"got {_describe(version)}"
        )
        raise RecordError(msg, path="$.schema_version")
    try:
        return _READERS[cls](document)  # type: ignore[no-any-return]
    except Exception:  # the converter reads it again and says what is wrong
        pass
    body = {k: v for k, v in document.items() if k != "schema_version"}
    try:
        return _CONVERTER.structure(body, cls)
    except Exception as exc:
        raise RecordError.collect(_problems(exc, "$")) from exc


# --- encoding: one pass, straight to what orjson writes ----------------------------
#
# One generated function per record type gives its fields as a dict of JSON
# values, calling those of the records inside: strings, booleans, None and
# tuples of strings as they are, enums as their values, Decimals and dates as
# the text the converter's hooks (``to_dict``) write, so the documents are
# byte-identical to ``orjson.dumps(to_dict(record))``.


def _encoder_expression(cls: type, var: str, names: Iterator[str]) -> str:
    """An expression giving the fields of the *cls* record in *var* as a dict
    for orjson, with the records inside written out in place (no call for
    them).  *names* gives fresh variable names.
    """
    hints = typing.get_type_hints(cls)
    items = []
    for field in attrs.fields(cls):
        tp = hints[field.name]
        read = f"{var}.{field.name}"
        if _is_optional(tp) and _converted(_inner(tp)):
            name = next(names)
            value = _encoded(_inner(tp), name, names)
            value = f"(None if ({name} := {read}) is None else {value})"
        else:
            value = _encoded(tp, read, names)
        items.append(f"{field.name!r}: {value}")
    return f"{{{', '.join(items)}}}"


def _converted(tp: Any) -> bool:
    """Whether a value of type *tp* is written other than as it is."""
    return (
        tp in (Decimal, PartialDate)
        or (isinstance(tp, type) and issubclass(tp, enum.Enum))
        or attrs.has(tp)
        or (_is_sequence(tp) and attrs.has(typing.get_args(tp)[0]))
    )


def _encoded(tp: Any, value: str, names: Iterator[str]) -> str:
    """An expression writing *value*, of type *tp* (not optional), for orjson."""
    if tp is Decimal:
        # str() is the fixed-point text but where it would use an exponent
        # (a canonical Decimal has none unless it is below 1E-6).
        text = next(names)
        return (
            f"({text} if 'E' not in ({text} := _str({value})) else _fmt({value}, 'f'))"
        )
    if tp is PartialDate:
        return f"_date({value})"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return f"{value}._value_"
    if attrs.has(tp):
        return _encoder_expression(tp, value, names)
    if _is_sequence(tp) and attrs.has(typing.get_args(tp)[0]):
        item = next(names)
        expression = _encoder_expression(typing.get_args(tp)[0], item, names)
        return f"[{expression} for {item} in {value}]"
    return value


def _encoder_source(cls: type, *, document: bool = False) -> str:
    """The source of a function giving *cls*'s fields as a dict for orjson.

    With *document*, the function (``_document_`` instead of ``_encode_``)
    gives the whole document, the schema version first.
    """
    names = (f"_v{i}" for i in itertools.count())
    body = _encoder_expression(cls, "r", names)
    if document:
        body = f"{{'schema_version': {SCHEMA_VERSION!r}, {body[1:]}"
    prefix = "_document_" if document else "_encode_"
    return f"def {prefix}{cls.__name__}(r):\n    return {body}\n"


def _make_encoders() -> dict[type, Callable[[Any], dict[str, Any]]]:
    namespace: dict[str, Any] = {
        "_fmt": format,
        "_str": str,
        "_date": _unstructure_date,
    }
    source = "\n".join(
        _encoder_source(cls, document=document)
        for cls in _RECORD_TYPES
        for document in (False, True)
    )
    exec(source, namespace)
    return {cls: namespace[f"_document_{cls.__name__}"] for cls in _RECORD_TYPES}


#: For each record type, the one pass from a record to its document.
_ENCODERS: Final = _make_encoders()


def to_json(record: Record) -> str:
    """*record* as one compact JSON document (no line breaks)."""
    encode = _ENCODERS.get(type(record))
    if encode is None:
        _not_a_record_type(type(record))
    return orjson.dumps(encode(record)).decode()


def from_json(text: str | bytes, cls: type[_R]) -> _R:
    """Read one JSON document as a record of type *cls*.

    Raises :class:`~dealrecord.errors.RecordError` for malformed JSON and for
    any problem with the document, each with its JSON path.
    """
    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        msg = f"malformed JSON: {_not_utf8(text) or exc}"
        raise RecordError(msg, path="$") from None
    return from_dict(document, cls)


def _not_utf8(text: str | bytes) -> str | None:
    """Where *text* is not UTF-8 (orjson's own message does not say), or None."""
    if isinstance(text, str):
        return None
    try:
        text.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not UTF-8: byte 0x{text[exc.start]:02x} at offset {exc.start}"
    return None


def dump_jsonl(
    records: Iterable[Record],
    fp: IO[str],
) -> int:
    """Write *records* to the text file *fp* as JSON Lines; return how many."""
    count = 0
    for record in records:
        fp.write(to_json(record))
        fp.write("\n")
        count += 1
    return count


def load_jsonl(lines: Iterable[str | bytes], cls: type[_R]) -> Iterator[_R]:
    """Read JSON Lines (a file, or any iterable of lines) one record at a time.

    Memory use stays constant however long the input is.  Blank lines are
    skipped; a bad line raises :class:`~dealrecord.errors.RecordError` whose
    paths start with its line number (``line 3: $.history[2].on``).
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield from_json(line, cls)
        except RecordError as exc:
            raise RecordError.collect(
                (f"line {number}: {path}", message) for path, message in exc.errors
            ) from exc


# --- JSON Schema -------------------------------------------------------------------


def _schema_pattern(regex: re.Pattern[str]) -> str:
    """The JSON Schema pattern of a regex that the validators *fullmatch*.

    A JSON Schema pattern matches anywhere in a string, so it is anchored at
    both ends (around a group when the regex has a choice at its top level).
    The regex must mean the same in ECMA-262, as the ones given here do.
    """
    text = regex.pattern
    if _top_level_choice(text):
        text = f"(?:{text})"
    return f"^{text}$"


def _top_level_choice(pattern: str) -> bool:
    """Whether *pattern* has a ``|`` outside every group and character class."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _optional_string(pattern: str) -> dict[str, Any]:
    return {"anyOf": [{"type": "string", "pattern": pattern}, {"type": "null"}]}


# The patterns of the records' validators, as the validators hold them.
_FIELD_SCHEMAS: Final[dict[tuple[type, str], dict[str, Any]]] = {
    (Amount, "currency"): {
        "anyOf": [{"$ref": "#/$defs/CurrencyCode"}, {"type": "null"}]
    },
    (Party, "country"): _optional_string(_schema_pattern(_records._COUNTRY_RE)),
    (Party, "lei"): _optional_string(_schema_pattern(_records._LEI_RE)),
    (Deal, "id"): {"type": "string", "pattern": _schema_pattern(_records._ID_RE)},
}

# An Amount's bounds follow its qualifier (see dealrecord.values.bounds_of):
# one rule per kind of bounds, naming its qualifiers in their order.
_BOUNDS_QUALIFIERS: Final = {
    bounds: [q.value for q in Qualifier if bounds_of(q) == bounds]
    for bounds in dict.fromkeys(bounds_of(q) for q in Qualifier)
}
_AMOUNT_RULES: Final = [
    {
        "if": {"properties": {"qualifier": {"enum": quals}}, "required": ["qualifier"]},
        "then": {
            "properties": {
                "low": {"type": "string" if bounds.low else "null"},
                "high": {"type": "string" if bounds.high else "null"},
            }
        },
    }
    for bounds, quals in _BOUNDS_QUALIFIERS.items()
]


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp is str:
        return {"type": "string", "minLength": 1}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is Decimal:
        return {"type": "string", "pattern": _schema_pattern(_DECIMAL_RE)}
    if tp is PartialDate:
        return {"type": "string", "pattern": _DATE_PATTERN}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion
            defs[tp.__name__] = _record_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if _is_sequence(tp):
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return {"anyOf": [_type_schema(inner, defs), {"type": "null"}]}
    msg = f"no JSON Schema for {tp!r}"
    raise TypeError(msg)


def _record_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {}
    required = []
    for field in attrs.fields(cls):
        schema = _FIELD_SCHEMAS.get((cls, field.name)) or _type_schema(
            hints[field.name], defs
        )
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema = {
        "type": "object",
        "title": cls.__name__,
        "description": (cls.__doc__ or "").strip().split("\n\n")[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if cls is Amount:
        schema["allOf"] = _AMOUNT_RULES
    return schema


def json_schema(cls: type[_R]) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the documents :func:`to_json` writes for *cls*.

    >>> schema = json_schema(Deal)
    >>> schema["$schema"], schema["required"][:2]
    ('https://json-schema.org/draft/2020-12/schema', ['schema_version', 'id'])
    """
    _check_record_type(cls)
    defs: dict[str, Any] = {
        "CurrencyCode": {
            "description": "An ISO 4217 currency code, current or historic.",
            "enum": sorted(iso_currency_codes()),
        }
    }
    _type_schema(cls, defs)
    root: dict[str, Any] = defs.pop(cls.__name__)
    root["properties"] = {
        "schema_version": {"const": SCHEMA_VERSION},
        **root["properties"],
    }
    root["required"] = ["schema_version", *root["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **root,
        "$defs": defs,
    }
