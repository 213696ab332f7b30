import tempfile
from pathlib import Path

import datasets
import duckdb
import pandas as pd
import pyarrow.parquet as pq

from newscorpus.build import CORPUS, build
from newscorpus.tables import TABLES, features


def published_files(corpus: Path) -> dict[str, bytes]:
    return {p.relative_to(corpus).as_posix(): p.read_bytes()
            for p in [corpus / "README.md", *sorted((corpus / "data").rglob("*.parquet"))]}


def test_committed_corpus_is_exactly_what_the_build_produces(built_corpus):
    assert published_files(built_corpus) == published_files(CORPUS)


def test_two_builds_give_identical_bytes(built_corpus, fresh_inputs):
    build(fresh_inputs)
    assert published_files(fresh_inputs) == published_files(built_corpus)


def test_load_dataset_gives_articles_with_nested_features(built_corpus):
    articles = datasets.load_dataset(str(built_corpus), split="train", cache_dir=tempfile.mkdtemp())
    assert articles.features == features("articles")
    (article,) = articles
    assert article["title"].startswith("US, Turkey to continue discussions")
    assert str(article["published"]) == "2019-05-03"
    assert {"start", "end", "text", "label"} <= set(article["entities"][0])
    assert [d["value"] for d in article["dates"]][:2] == ["2019-05-02", "2019-04-11"]


def test_load_dataset_configs_give_one_row_per_annotation(built_corpus, seed_record):
    for table in ("entities", "dates"):
        rows = datasets.load_dataset(str(built_corpus), table, split="train", cache_dir=tempfile.mkdtemp())
        assert rows.features == features(table)
        assert rows.num_rows == len(seed_record[table])
        assert set(rows["article_id"]) == {seed_record["id"]}
        assert rows[0]["text"] == seed_record[table][0]["text"]


def test_pandas_reads_each_table_with_sensible_types(built_corpus):
    articles = pd.read_parquet(built_corpus / "data" / "articles")
    assert str(articles.loc[0, "published"]) == "2019-05-03"
    assert type(articles.loc[0, "published"]).__name__ == "date"
    assert articles["read_count"].dtype == "int64"
    entities = pd.read_parquet(built_corpus / "data" / "entities")
    assert pd.api.types.is_string_dtype(entities["label"])
    assert pd.api.types.is_integer_dtype(entities["start"])
    dates = pd.read_parquet(built_corpus / "data" / "dates")
    assert list(dates.columns) == ["article_id", "start", "end", "text", "type", "value"]


def test_duckdb_queries_all_tables_by_glob(built_corpus):
    glob = (built_corpus / "data" / "dates" / "*.parquet").as_posix()
    [(values,)] = duckdb.sql(f"SELECT list(value ORDER BY start) FROM '{glob}'").fetchall()
    assert values == ["2019-05-02", "2019-04-11", "2016-11", "2017-09-12", "2019-10", "2017-12"]
    [(joined,)] = duckdb.sql(f"""
        SELECT count(*) FROM '{(built_corpus / "data" / "articles" / "*.parquet").as_posix()}' a
        JOIN '{(built_corpus / "data" / "entities" / "*.parquet").as_posix()}' e ON e.article_id = a.id
    """).fetchall()
    assert joined > 20


def test_parquet_files_are_zstd_with_page_index(built_corpus):
    for table in TABLES:
        (path,) = (built_corpus / "data" / table).glob("*.parquet")
        meta = pq.ParquetFile(path).metadata
        column = meta.row_group(0).column(0)
        assert column.compression == "ZSTD"
        assert column.has_offset_index
