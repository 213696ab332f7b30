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
        ("README.md", "dataset_info[entities].splits.num_bytes"), (name, "row 3.text"), (name, None)]
    assert problems[1].message.startswith("'Turkiye' (the article's text[")
    assert problems[1].message.endswith("in the articles table, the source of truth")
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


def edit_flat(corpus, layer, row, **values):
    path = only_file(corpus, layer)
    rows = pq.read_table(path).to_pylist()
    rows[row].update(values)
    rewrite(path, pa.Table.from_pylist(rows, schema=arrow_schema(layer)))
    return path.relative_to(corpus).as_posix(), rows


def layer_problems(corpus):
    return [p for p in validate(corpus) if p.file.startswith("data/") and p.record]


def test_an_impossible_date_in_the_dates_table_is_named_by_file_row_and_field(corpus_copy, seed_record):
    truth = seed_record["dates"][2]
    name, _ = edit_flat(corpus_copy, "dates", 2, value="2005-13-45")
    assert layer_problems(corpus_copy) == [Problem(
        name, seed_record["id"], "row 2.value",
        f"'2005-13-45' (month 13 does not exist) differs from the record's dates[2].value = {truth['value']!r} "
        "in the articles table, the source of truth")]


def test_the_nested_record_is_the_source_of_truth_and_the_flat_table_is_blamed(corpus_copy, seed_record):
    path = only_file(corpus_copy, "articles")
    table = pq.read_table(path)
    rows = table.to_pylist()
    flat_value = rows[0]["dates"][0]["value"]
    rows[0]["dates"][0]["value"] = "2019-05-04"  # still a valid date: only the copies disagree
    rewrite(path, pa.Table.from_pylist(rows, schema=table.schema))
    (problem,) = layer_problems(corpus_copy)
    assert (problem.file, problem.field) == ("data/dates/train-00000-of-00001.parquet", "row 0.value")
    assert problem.message == (f"{flat_value!r} differs from the record's dates[0].value = '2019-05-04' in the "
                               "articles table, the source of truth")


def test_a_label_not_in_the_schema_says_so(corpus_copy, seed_record):
    name, _ = edit_flat(corpus_copy, "entities", 1, label="PERSONN")
    (problem,) = layer_problems(corpus_copy)
    assert (problem.file, problem.field) == (name, "row 1.label")
    assert problem.message.startswith("'PERSONN' ('PERSONN' is not one of [")


def test_offsets_outside_the_text_say_so(corpus_copy, seed_record):
    name, _ = edit_flat(corpus_copy, "entities", 0, end=10**6)
    (problem,) = layer_problems(corpus_copy)
    assert (problem.field, problem.message.split(" differs")[0]) == (
        "row 0.end", f"1000000 ([{seed_record['entities'][0]['start']}, 1000000) is not inside the article's text "
                     f"of {len(seed_record['text'])} code points)")


def test_a_dropped_row_is_counted_once_not_as_every_later_row(corpus_copy, seed_record):
    path = only_file(corpus_copy, "dates")
    table = pq.read_table(path)
    rewrite(path, table.slice(0, table.num_rows - 1))
    (problem,) = layer_problems(corpus_copy)
    assert problem.message == (f"the table ends after {table.num_rows - 1:,} rows, short of 1 row of the articles' "
                               f"nested `dates`, from dates[{table.num_rows - 1}] on")


def test_a_shifted_table_lists_the_first_rows_only(corpus_copy, seed_record):
    path = only_file(corpus_copy, "entities")
    table = pq.read_table(path)
    rewrite(path, pa.concat_tables([table.slice(1), table.slice(0, 1)]))
    problems = layer_problems(corpus_copy)
    assert len({p.field.split(".")[0] for p in problems}) == min(20, table.num_rows)
