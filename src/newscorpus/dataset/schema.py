"""The record contract: the JSON Schema (`schema/article.schema.json` in the repository, shipped in the package as
`newscorpus/dataset/article.schema.json`); the Arrow schemas derived from it are in `newscorpus.dataset.tables`."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

import fastjsonschema

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
