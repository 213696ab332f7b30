import datasets
import pyarrow as pa
import pytest

from newscorpus.dataset.schema import record_schema
from newscorpus.dataset.tables import TABLES, arrow_schema, features, features_yaml, records, to_arrow, to_table


def test_articles_table_has_every_schema_field_in_order():
    assert arrow_schema("articles").names == list(record_schema()["properties"])
    assert arrow_schema("articles").field("published").type == pa.date32()


def test_layer_tables_are_the_items_keyed_by_article_id():
    for layer in ("entities", "dates"):
        item = record_schema()["properties"][layer]["items"]["properties"]
        assert arrow_schema(layer).names == ["article_id", *item]


@pytest.mark.parametrize("table", TABLES)
def test_features_are_what_datasets_derives_from_the_arrow_schema(table):
    derived = datasets.Features.from_arrow_schema(arrow_schema(table))
    assert features(table) == derived.to_dict()
    assert features_yaml(table) == derived._to_yaml_list()
    assert datasets.Features.from_dict(features(table)).arrow_schema.names == arrow_schema(table).names


def test_features_of_a_type_hugging_face_is_not_given_are_refused(monkeypatch):
    monkeypatch.setattr("newscorpus.dataset.tables.arrow_schema", lambda table: pa.schema([("score", pa.float16())]))
    with pytest.raises(KeyError):
        features("articles")


def test_round_trip_through_arrow(seed_record):
    table = to_table("articles", [seed_record])
    assert table.schema.equals(arrow_schema("articles"))
    assert records(table) == [seed_record]


def test_flat_rows_follow_the_nested_layer(seed_record):
    table = to_table("entities", [seed_record, {**seed_record, "id": "f" * 16}])
    assert table.num_rows == 2 * len(seed_record["entities"])
    first = table.slice(0, 1).to_pylist()[0]
    assert first == {"article_id": seed_record["id"], **seed_record["entities"][0]}


@pytest.mark.parametrize("node, arrow", [
    ({"type": "string"}, pa.string()),
    ({"type": "string", "format": "date"}, pa.date32()),
    ({"type": ["integer", "null"]}, pa.int64()),
    ({"type": "array", "items": {"type": "string"}}, pa.list_(pa.field("element", pa.string(), nullable=False))),
    ({"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}},
     pa.struct([pa.field("a", pa.int64(), nullable=False), pa.field("b", pa.string())])),
])
def test_arrow_types_derive_from_json_schema(node, arrow):
    assert to_arrow(node).equals(arrow)


def test_a_field_with_two_types_has_no_arrow_type():
    with pytest.raises(TypeError):
        to_arrow({"type": ["integer", "string"]})
