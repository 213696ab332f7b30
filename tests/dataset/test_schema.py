
from newscorpus.dataset.schema import field_path, record_schema, schema_errors, schema_version, validator


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
