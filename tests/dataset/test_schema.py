import pyarrow as pa
import pytest

from newscorpus.dataset.schema import field_path, record_schema, schema_errors, schema_version, to_arrow, validator


def test_schema_is_valid_draft_2020_12_with_a_semantic_version():
    schema = record_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    validator()  # checks the schema itself against the metaschema
    major, minor, patch = map(int, schema_version().split("."))
    assert major >= 1


def test_every_field_is_described():
    def undescribed(node, path=""):
        for name, sub in node.get("properties", {}).items():
            if "description" not in sub:
                yield f"{path}{name}"
            yield from undescribed(sub, f"{path}{name}.")
            if "items" in sub:
                yield from undescribed(sub["items"], f"{path}{name}[].")

    assert list(undescribed(record_schema())) == []


def test_seed_record_keeps_the_schema(seed_record):
    assert schema_errors(seed_record) == []


def test_errors_name_the_field(seed_record):
    broken = {**seed_record, "entities": [{**seed_record["entities"][0], "label": "PERSONA"}]}
    (error,) = schema_errors(broken)
    assert field_path(error) == "entities[0].label"


def test_dates_must_be_calendar_dates(seed_record):
    (error,) = schema_errors({**seed_record, "published": "2019-02-30"})
    assert field_path(error) == "published"


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



def test_the_fast_validator_agrees_with_jsonschema_on_each_kind_of_break(seed_record):
    from newscorpus.dataset.schema import fast_validator, validator

    broken = [
        {**seed_record, "published": "2019-02-30"},
        {**seed_record, "published": "2019-5-3"},
        {**seed_record, "entities": [{**seed_record["entities"][0], "label": "X"}]},
        {**seed_record, "dates": [{**seed_record["dates"][0], "start": -1}]},
        {**seed_record, "extra": 1},
        {k: v for k, v in seed_record.items() if k != "text"},
    ]
    fast_validator()(seed_record)
    for record in broken:
        assert not validator().is_valid(record)
        assert schema_errors(record), record
