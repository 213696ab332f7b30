"""The published tables, each derived from the record schema.

`articles` has one row per record with nested `entities` and `dates`; `entities` and `dates`
have one row per annotation, lined up with their article by `article_id`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

import pyarrow as pa

from .schema import record_schema

TABLES = ("articles", "entities", "dates")
LAYERS = ("entities", "dates")
DTYPES = {pa.string(): "string", pa.int64(): "int64", pa.date32(): "date32"}  # Arrow type -> Hugging Face dtype


@cache
def arrow_schema(table: str) -> pa.Schema:
    node = table_node(table)
    fields = to_arrow(node)
    return pa.schema(list(fields), metadata={"newscorpus_schema_version": record_schema()["version"]})


def features(table: str) -> dict:
    """The Hugging Face features of `table`, as `datasets.Features.to_dict()` has them, derived from its Arrow
    schema here, so that a build need not import `datasets` (a test checks them against it)."""
    return {f.name: _feature(f.type) for f in arrow_schema(table)}


def features_yaml(table: str) -> list[dict]:
    """The same features as the card's `dataset_info` lists them (`datasets.Features._to_yaml_list()`)."""
    return [{"name": f.name, **_yaml(f.type)} for f in arrow_schema(table)]


def _feature(type: pa.DataType) -> dict:
    if pa.types.is_struct(type):
        return {f.name: _feature(f.type) for f in type}
    if pa.types.is_list(type):
        return {"feature": _feature(type.value_type), "_type": "List"}
    return {"dtype": DTYPES[type], "_type": "Value"}


def _yaml(type: pa.DataType) -> dict:
    if pa.types.is_struct(type):
        return {"struct": [{"name": f.name, **_yaml(f.type)} for f in type]}
    if pa.types.is_list(type):
        inner = _yaml(type.value_type)
        return {"list": inner.get("dtype", inner.get("struct", inner))}
    return {"dtype": DTYPES[type]}


def to_table(table: str, records: Iterable[dict]) -> pa.Table:
    """Records as rows of `table`, typed by its derived Arrow schema."""
    return pa.Table.from_pylist(list(rows(table, records)), schema=arrow_schema(table))


def rows(table: str, records: Iterable[dict]) -> Iterable[dict]:
    dates = _date_fields(table)
    for record in records:
        if table == "articles":
            yield {k: (dt.date.fromisoformat(v) if k in dates and v is not None else v) for k, v in record.items()}
        else:
            for span in record[table]:
                yield {"article_id": record["id"], **span}


def records(table: pa.Table) -> list[dict]:
    """Articles rows back as JSON-ready records: the inverse of `to_table("articles", ...)`."""
    dates = _date_fields("articles")
    return [{k: (v.isoformat() if k in dates and v is not None else v) for k, v in row.items()}
            for row in table.to_pylist()]


def table_node(table: str) -> dict:
    schema = record_schema()
    if table == "articles":
        return schema
    if table not in LAYERS:
        raise KeyError(f"unknown table {table!r}; tables are {', '.join(TABLES)}")
    item = schema["properties"][table]["items"]
    return {
        "type": "object",
        "required": ["article_id", *item["required"]],
        "properties": {"article_id": schema["properties"]["id"], **item["properties"]},
    }


@cache
def _date_fields(table: str) -> frozenset[str]:
    node = table_node(table)
    return frozenset(name for name, sub in node["properties"].items() if sub.get("format") == "date")


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
