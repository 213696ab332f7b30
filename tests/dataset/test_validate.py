import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from newscorpus.dataset.tables import arrow_schema
from newscorpus.dataset.validate import Problem, check_card, validate


def only_file(corpus, table):
    (path,) = (corpus / "data" / table).glob("*.parquet")
    return path


def rewrite(path, table: pa.Table):
    pq.write_table(table, path, compression="zstd")


def test_built_corpus_is_valid(built_corpus):
    assert validate(built_corpus) == []


def test_hand_edited_entity_text_is_caught(corpus_copy):
    path = only_file(corpus_copy, "entities")
    frame = pd.read_parquet(path)
    frame.loc[3, "text"] = "Turkiye"
    rewrite(path, pa.Table.from_pandas(frame, schema=arrow_schema("entities"), preserve_index=False))
    problems = validate(corpus_copy)
    name = "data/entities/train-00000-of-00001.parquet"
    assert [(p.file, p.field) for p in problems] == [
        ("README.md", "dataset_info[entities].splits.num_bytes"), (name, "row 3"), (name, None)]
    assert "Turkiye" in problems[1].message
    assert "SHA-256" in problems[2].message  # the Croissant checksum catches any edit


def test_an_article_breaking_the_schema_names_file_record_and_field(corpus_copy):
    path = only_file(corpus_copy, "articles")
    table = pq.read_table(path)
    rows = table.to_pylist()
    rows[0]["dates"][1]["value"] = "2019-13-01"
    rewrite(path, pa.Table.from_pylist(rows, schema=table.schema))
    problems = validate(corpus_copy)
    assert Problem("data/articles/train-00000-of-00001.parquet", rows[0]["id"], "dates[1].value",
                   "month 13 does not exist") in problems


def test_a_column_of_the_wrong_type_is_caught(corpus_copy):
    path = only_file(corpus_copy, "dates")
    table = pq.read_table(path)
    rewrite(path, table.set_column(1, "start", table["start"].cast(pa.int32())))
    assert any(p.field == "start" and "int32" in p.message for p in validate(corpus_copy))


def test_a_truncated_parquet_file_is_caught(corpus_copy):
    path = only_file(corpus_copy, "articles")
    path.write_bytes(path.read_bytes()[:-100])
    problems = validate(corpus_copy)
    assert any(p.file == "data/articles/train-00000-of-00001.parquet" and "not a readable Parquet file" in p.message
               for p in problems)


def test_the_card_must_list_every_file_it_has(corpus_copy):
    extra = corpus_copy / "data" / "dates" / "train-00001-of-00002.parquet"
    extra.write_bytes(only_file(corpus_copy, "dates").read_bytes())
    problems = validate(corpus_copy)
    assert Problem("data/dates/train-00001-of-00002.parquet", None, None,
                   "not listed in the card's config 'dates'") in problems


def edit_card(corpus, change):
    card = corpus / "README.md"
    _, header, body = card.read_text().split("---\n", 2)
    meta = yaml.safe_load(header)
    change(meta)
    card.write_text("---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n" + body)


def test_card_features_must_match_the_schema(corpus_copy):
    def retype(meta):
        meta["dataset_info"][1]["features"][1]["dtype"] = "int32"

    edit_card(corpus_copy, retype)
    assert [p.field for p in validate(corpus_copy)] == ["dataset_info[entities].features"]


def test_card_row_counts_must_match_the_files(corpus_copy):
    def recount(meta):
        meta["dataset_info"][2]["splits"][0]["num_examples"] = 7

    edit_card(corpus_copy, recount)
    (problem,) = validate(corpus_copy)
    assert problem.field == "dataset_info[dates].splits.num_examples" and "7" in problem.message


def test_arrow_sizes_already_measured_are_taken_not_read_again(corpus_copy):
    name = only_file(corpus_copy, "dates").relative_to(corpus_copy).as_posix()
    assert check_card(corpus_copy)[0] == []
    (problem,) = check_card(corpus_copy, {name: 1})[0]
    assert problem.field == "dataset_info[dates].splits.num_bytes" and "hold 1" in problem.message


def test_a_missing_card_is_reported(corpus_copy):
    (corpus_copy / "README.md").unlink()
    assert validate(corpus_copy)[0] == Problem("README.md", None, None, "missing: the dataset card with its configs")


def test_problem_reads_as_file_record_field_message():
    assert str(Problem("data/a.parquet", "ab12", "dates[0].value", "bad")) == "data/a.parquet: record ab12: dates[0].value: bad"
    assert json.dumps(str(Problem("README.md", None, None, "missing")))
