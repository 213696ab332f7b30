"""The record contract: the JSON Schema (`schema/article.schema.json` in the repository, shipped in the package as
`newscorpus/dataset/article.schema.json`), and the Arrow schemas derived from it."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

import fastjsonschema
import pyarrow as pa

if TYPE_CHECKING:
    import jsonschema

SCHEMA = "article.schema.json"  # package data of newscorpus.dataset


@cache
def record_schema() -> dict:
    return json.loads(files(__package__).joinpath(SCHEMA).read_text(encoding="utf-8"))


def schema_version() -> str:
    return record_schema()["version"]


@cache
def validator() -> jsonschema.protocols.Validator:
    import jsonschema  # only for a record the compiled validator rejects: a build that meets none never imports it

    schema = record_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@cache
def fast_validator():
    """The same schema compiled to Python code: tens of times faster, but it stops at the first error."""
    return fastjsonschema.compile(record_schema(), formats={"date": _is_date})


def schema_errors(record: dict) -> list[jsonschema.ValidationError]:
    """Every way `record` breaks the JSON Schema, in document order.

    The compiled validator clears a valid record quickly; `jsonschema` has the last word on any other.
    """
    try:
        fast_validator()(record)
        return []
    except fastjsonschema.JsonSchemaException:
        return sorted(validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))


def _is_date(value: str) -> bool:
    try:
        return len(value) == 10 and dt.date.fromisoformat(value) is not None
    except ValueError:
        return False


def field_path(error: jsonschema.ValidationError) -> str:
    """`entities[3].label` style path of the field an error is about."""
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    return path or "(record)"


def to_arrow(node: dict) -> pa.DataType:
    """Arrow type of a JSON Schema node. Dates (`format: date`) become date32; integers int64."""
    kind = _non_null_type(node)
    if kind == "object":
        return pa.struct([to_arrow_field(name, sub, name in node.get("required", ()))
                          for name, sub in node["properties"].items()])
    if kind == "array":
        return pa.list_(to_arrow_field("element", node["items"], True))
    if kind == "string":
        return pa.date32() if node.get("format") == "date" else pa.string()
    if kind == "integer":
        return pa.int64()
    if kind == "boolean":
        return pa.bool_()
    if kind == "number":
        return pa.float64()
    raise TypeError(f"no Arrow type for JSON Schema type {kind!r}")


def to_arrow_field(name: str, node: dict, required: bool) -> pa.Field:
    nullable = not required or "null" in _types(node)
    return pa.field(name, to_arrow(node), nullable=nullable)


def _types(node: dict) -> list[str]:
    kind = node.get("type")
    return kind if isinstance(kind, list) else [kind]


def _non_null_type(node: dict) -> str:
    kinds = [k for k in _types(node) if k != "null"]
    if len(kinds) != 1:
        raise TypeError(f"a field must have exactly one non-null type, not {kinds}")
    return kinds[0]
