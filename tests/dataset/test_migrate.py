import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from paths import FIXTURES

from newscorpus.dataset.checks import record_problems
from newscorpus.dataset.migrate import authors_encoding_license, entities_with_clusters, read_articles, upgrade
from newscorpus.dataset.schema import schema_version
from newscorpus.dataset.tables import to_table
from newscorpus.errors import RecordError

FIXTURE = FIXTURES / "record_v1.0.0.json"


@pytest.fixture
def v1() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_a_v1_record_is_read_by_the_current_code(v1):
    record = upgrade(v1)
    assert record["schema_version"] == schema_version()
    assert record_problems(record) == []
    assert to_table("articles", [record]).num_rows == 1
    assert [(e["start"], e["end"], e["text"], e["label"]) for e in record["entities"]] \
        == [(e["start"], e["end"], e["text"], e["label"]) for e in v1["entities"]]  # annotations kept as they were


def test_v1_parquet_written_without_the_current_schema_reads_as_current_records(v1, tmp_path):
    pq.write_table(pa.Table.from_pylist([{**v1, "published": dt.date.fromisoformat(v1["published"])}]),
                   tmp_path / "articles.parquet")
    [record] = read_articles(tmp_path / "articles.parquet")
    assert record == upgrade(v1)


def test_v1_mentions_become_model_mentions_each_name_its_own_cluster(v1):
    entities = entities_with_clusters(v1)["entities"]
    turkey = [e for e in entities if e["text"] == "Turkey"]
    assert len(turkey) == 2 and {e["cluster"] for e in turkey} == {entities[0]["cluster"]} == {0}
    assert [e["cluster"] for e in entities[:3]] == [0, 1, 1]  # Turkey, US, US
    assert {e["origin"] for e in entities} == {"model"} and all(e["canonical"] == e["text"] for e in entities)


def test_migrations_run_in_order_up_to_the_current_version(v1):
    migrations = {
        "1.0.0": lambda r: {**r, "schema_version": "2.0.0", "words": len(r["text"].split())},
        "2.0.0": lambda r: {**{k: v for k, v in r.items() if k != "read_count"}, "schema_version": "2.1.0"},
    }
    record = upgrade(v1, migrations, current="2.1.0")
    assert record["schema_version"] == "2.1.0" and record["words"] == len(v1["text"].split())
    assert "read_count" not in record


@pytest.mark.parametrize(("version", "current", "problem"), [
    ("4.0.0", "3.0.0", "4.0.0 is newer than this library's schema 3.0.0: upgrade newscorpus"),
    ("1.2.0", "2.0.0", "no migration from schema 1.2.0 towards 2.0.0"),
    ("one", "1.0.0", "'one' is not a schema version"),
])
def test_records_that_cannot_be_migrated_say_why(v1, version, current, problem):
    with pytest.raises(RecordError, match=f"record {v1['id']}: schema_version: {problem}"):
        upgrade({**v1, "schema_version": version}, {}, current=current)


def test_a_migration_that_does_not_move_forward_is_an_error(v1):
    with pytest.raises(ValueError, match="does not lead to a later version"):
        upgrade(v1, {"1.0.0": lambda r: r}, current="2.0.0")


def test_a_v2_0_record_gains_no_authors_a_utf8_encoding_and_no_licence(v1):
    v2 = entities_with_clusters(v1)
    assert v2["schema_version"] == "2.0.0"
    record = authors_encoding_license(v2)
    assert record["schema_version"] == "2.1.0" and record["authors"] == []
    assert list(record).index("authors") == list(record).index("published") + 1  # in the schema's order
    assert record["source"] == {**v2["source"], "encoding": "utf-8", "license": None}
    assert {k: v for k, v in record.items() if k not in ("schema_version", "authors", "source")} == \
        {k: v for k, v in v2.items() if k not in ("schema_version", "source")}
    assert record_problems(upgrade(v2)) == []


def test_v2_0_parquet_reads_as_current_records(v1, tmp_path):
    v2 = entities_with_clusters(v1)
    pq.write_table(pa.Table.from_pylist([{**v2, "published": dt.date.fromisoformat(v2["published"])}]),
                   tmp_path / "articles.parquet")
    [record] = read_articles(tmp_path / "articles.parquet")
    assert record == upgrade(v2) and record["source"]["encoding"] == "utf-8"
