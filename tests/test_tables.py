import pyarrow as pa

from newscorpus.schema import record_schema
from newscorpus.tables import arrow_schema, features, records, to_table


def test_articles_table_has_every_schema_field_in_order():
    assert arrow_schema("articles").names == list(record_schema()["properties"])
    assert arrow_schema("articles").field("published").type == pa.date32()


def test_layer_tables_are_the_items_keyed_by_article_id():
    for layer in ("entities", "dates"):
        item = record_schema()["properties"][layer]["items"]["properties"]
        assert arrow_schema(layer).names == ["article_id", *item]


def test_features_derive_from_the_arrow_schema():
    assert features("articles")["published"].dtype == "date32"
    assert features("dates").arrow_schema.names == arrow_schema("dates").names


def test_round_trip_through_arrow(seed_record):
    table = to_table("articles", [seed_record])
    assert table.schema.equals(arrow_schema("articles"))
    assert records(table) == [seed_record]


def test_flat_rows_follow_the_nested_layer(seed_record):
    table = to_table("entities", [seed_record, {**seed_record, "id": "f" * 16}])
    assert table.num_rows == 2 * len(seed_record["entities"])
    first = table.slice(0, 1).to_pylist()[0]
    assert first == {"article_id": seed_record["id"], **seed_record["entities"][0]}
