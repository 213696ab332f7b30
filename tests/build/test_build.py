import functools
import gc
import json
import tempfile
from pathlib import Path

import datasets
import duckdb
import fsspec
import pandas as pd
import pyarrow.parquet as pq
import pytest
from building import published_files
from datatrove.executor.local import LocalPipelineExecutor
from paths import CORPUS

from newscorpus.annotate.curation import Curator
from newscorpus.annotate.dates import DateAnnotator
from newscorpus.build import build, corpus_job, merge
from newscorpus.build.engines import datatrove as engine
from newscorpus.build.pipeline import Pipeline, SchemaCheck
from newscorpus.dataset import shards
from newscorpus.dataset.tables import TABLES, features
from newscorpus.dataset.validate import validate
from newscorpus.errors import AnnotationError
from newscorpus.ingest.normalize import Normalizer
from newscorpus.ingest.readers import FieldMap


def test_committed_corpus_is_exactly_what_the_build_produces(built_corpus):
    assert published_files(built_corpus) == published_files(CORPUS)


def test_two_builds_give_identical_bytes(built_corpus, fresh_inputs):
    build(fresh_inputs)
    assert published_files(fresh_inputs) == published_files(built_corpus)


def test_tasks_run_by_another_executor_then_merged_give_the_same_dataset(built_corpus, fresh_inputs, tmp_path):
    """The recipe for a cluster (README), with datatrove's local executor standing in for Slurm's."""
    job = corpus_job(fresh_inputs).prepare()
    tasks = LocalPipelineExecutor(engine.steps(job), tasks=3, workers=1, logging_dir=str(tmp_path / "tasks"))
    reports = []
    LocalPipelineExecutor([lambda data, rank, world_size: reports.append(merge(job))], tasks=1,
                          logging_dir=str(tmp_path / "merge"), depends=tasks).run()
    assert [(r.stats.counts()["articles"], r.rejected) for r in reports] == [(1, [])]
    assert published_files(fresh_inputs) == published_files(built_corpus)
    assert not job.work.exists()


def test_load_dataset_gives_articles_with_nested_features(built_corpus):
    articles = datasets.load_dataset(str(built_corpus), split="train", cache_dir=tempfile.mkdtemp())
    assert articles.features.to_dict() == features("articles")
    (article,) = articles
    assert article["title"].startswith("US, Turkey to continue discussions")
    assert str(article["published"]) == "2019-05-03"
    assert {"start", "end", "text", "label"} <= set(article["entities"][0])
    assert [d["value"] for d in article["dates"]][:2] == ["2019-05-02", "2019-04-11"]


def test_load_dataset_configs_give_one_row_per_annotation(built_corpus, seed_record):
    for table in ("entities", "dates"):
        rows = datasets.load_dataset(str(built_corpus), table, split="train", cache_dir=tempfile.mkdtemp())
        assert rows.features.to_dict() == features(table)
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


# Bulk input, workers, the record cache. These builds use a pipeline without the spaCy model (dates only),
# so that they stay fast; the steps, the engine and the files are the real ones.

WIRE = FieldMap({"text": "body", "published": "date"})


class LoggedDates(DateAnnotator):
    """timex_v2 that notes every record it annotates in `log`, and fails on a text containing `fail_on`."""

    def __init__(self, log, version=None, fail_on=None):
        self.log, self.model_version, self.fail_on = log, version, fail_on

    def annotate(self, record, spans=None):
        if self.fail_on and self.fail_on in record["text"]:
            raise RuntimeError("interrupted")
        with open(self.log, "a", encoding="utf-8") as log:
            log.write(record["source"]["path"] + "\n")
        return super().annotate(record, spans)


def dates_only(log, version=None, fail_on=None):
    return Pipeline(Normalizer(), [LoggedDates(log, version, fail_on)], SchemaCheck())


def wire_story(n):
    return {"title": f"STORY {n}", "date": "1987-03-02T10:00:00",
            "body": f"Company {n} said on Friday it would report\nresults in April.\n    Shares rose {n} pct. Reuter"}


def wire_corpus(folder, stories):
    (folder / "raw").mkdir(parents=True, exist_ok=True)
    (folder / "raw" / "wire.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    return folder


def annotated(log):
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    return lines


def build_wire(corpus, log, workers=1, store=None, **kwargs):
    return build(corpus, pipeline=functools.partial(dates_only, log, **kwargs), workers=workers, fields=WIRE,
                 store=store)


def test_a_build_freezes_what_its_workers_inherit_and_leaves_the_collector_as_it_found_it(tmp_path):
    frozen = []

    def pipeline():
        frozen.append(gc.get_freeze_count())
        return dates_only(tmp_path / "log")

    build(wire_corpus(tmp_path / "corpus", [wire_story(1)]), pipeline=pipeline, workers=1, fields=WIRE)
    assert frozen[0] > 0  # made before the workers fork
    assert gc.get_freeze_count() == 0


def test_a_collection_builds_the_same_bytes_with_one_worker_or_two(tmp_path):
    stories = [wire_story(n) for n in range(40)] + [{"title": "NO BODY", "date": "1987-03-02T10:00:00"}]
    one, two = wire_corpus(tmp_path / "one", stories), wire_corpus(tmp_path / "two", stories)
    report = build_wire(one, tmp_path / "log")
    assert build_wire(two, tmp_path / "log", workers=2).workers == 2
    assert report.stats.articles == 40
    assert [str(r) for r in report.rejected] == ["raw/wire.jsonl#L41: no text: field 'body' is missing or empty"]
    assert published_files(one) == published_files(two)
    assert validate(one) == []
    articles = pd.read_parquet(one / "data" / "articles")
    assert list(articles["id"]) == sorted(articles["id"])
    assert articles["source"].map(lambda s: s["layout"]).unique().tolist() == ["fields_v1"]


def test_32_tasks_on_2_cores_write_their_own_store_segments_and_the_same_bytes_as_one_task(tmp_path):
    stories = [wire_story(n) for n in range(96)]
    one, many = wire_corpus(tmp_path / "one", stories), wire_corpus(tmp_path / "many", stories)
    build_wire(one, tmp_path / "log")
    job = corpus_job(many, functools.partial(dates_only, tmp_path / "log"), WIRE).prepare()
    engine.ForkedExecutor(engine.steps(job), tasks=32, workers=2, logging_dir=str(tmp_path / "logs"),
                          skip_completed=False, start_method="fork").run()
    merge(job)
    assert published_files(one) == published_files(many)
    annotated(tmp_path / "log")
    # every segment file lies in the folder of the one task that wrote it: no file has two writers, so no lock
    writers = {p.parent.name for p in (many / ".cache" / "records").rglob("*.records")}
    assert len(writers) == 32 and len({w.split("-")[0] for w in writers}) == 32
    assert not list((many / ".cache").rglob("*.sqlite*"))
    build_wire(many, tmp_path / "log", workers=2)
    assert annotated(tmp_path / "log") == []
    assert published_files(one) == published_files(many)


def test_adding_one_article_annotates_only_that_one(tmp_path):
    log = tmp_path / "log"
    corpus = wire_corpus(tmp_path / "corpus", [wire_story(n) for n in range(5)])
    build_wire(corpus, log)
    assert len(annotated(log)) == 5
    wire_corpus(corpus, [wire_story(n) for n in range(6)])
    assert build_wire(corpus, log).stats.articles == 6
    assert annotated(log) == ["raw/wire.jsonl#L6"]
    assert build_wire(corpus, log).stats.articles == 6
    assert annotated(log) == []


def test_cached_rows_are_named_where_they_are_now_by_line_or_by_id(tmp_path):
    log = tmp_path / "log"
    stories = [{**wire_story(n), "newid": n} for n in range(3)]
    corpus = wire_corpus(tmp_path / "corpus", stories)
    build_wire(corpus, log)
    annotated(log)
    wire_corpus(corpus, [{**wire_story(9), "newid": 9}, *stories])
    build_wire(corpus, log)
    assert annotated(log) == ["raw/wire.jsonl#L1"]
    assert source_paths(corpus) == [f"raw/wire.jsonl#L{n}" for n in range(1, 5)]
    by_id = FieldMap({**WIRE.sources, "id": "newid"})
    build(corpus, pipeline=functools.partial(dates_only, log), workers=1, fields=by_id)
    assert len(annotated(log)) == 4  # another field mapping: the rows may read differently
    wire_corpus(corpus, stories[::-1])
    build(corpus, pipeline=functools.partial(dates_only, log), workers=1, fields=by_id)
    assert annotated(log) == []
    assert source_paths(corpus) == [f"raw/wire.jsonl#id={n}" for n in range(3)]


def source_paths(corpus):
    return sorted(pd.read_parquet(corpus / "data" / "articles")["source"].map(lambda s: s["path"]))


def test_a_new_annotator_version_annotates_everything_again(tmp_path):
    log = tmp_path / "log"
    corpus = wire_corpus(tmp_path / "corpus", [wire_story(n) for n in range(3)])
    build_wire(corpus, log, version="1")
    annotated(log)
    build_wire(corpus, log, version="2")
    assert len(annotated(log)) == 3


def test_an_interrupted_build_leaves_the_dataset_whole_and_resumes_where_it_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "BATCH", 2)
    log = tmp_path / "log"
    corpus = wire_corpus(tmp_path / "corpus", [wire_story(n) for n in range(2)])
    build_wire(corpus, log)
    before = published_files(corpus)
    stories = [wire_story(n) for n in range(2, 9)]
    stories[5]["body"] += " Then the power failed."
    wire_corpus(corpus, stories)
    annotated(log)
    with pytest.raises(RuntimeError, match="interrupted"):
        build_wire(corpus, log, fail_on="power failed")
    assert published_files(corpus) == before
    assert not [p for p in (corpus / "data").rglob("*") if p.name.startswith(".")]
    assert annotated(log) == [f"raw/wire.jsonl#L{n}" for n in range(1, 6)]
    build_wire(corpus, log)
    # the written batches (L1-L4) are kept; the batch it stopped in, and the rest, are annotated now
    assert annotated(log) == [f"raw/wire.jsonl#L{n}" for n in range(5, 8)]


def test_an_annotator_that_fails_stops_the_build_naming_itself_and_the_input(tmp_path):
    stories = [wire_story(n) for n in range(6)]
    stories[4]["body"] += " Then the power failed."
    corpus = wire_corpus(tmp_path / "corpus", stories)
    with pytest.raises(AnnotationError) as failed:
        build_wire(corpus, tmp_path / "log", workers=2, fail_on="power failed")
    assert str(failed.value) == "raw/wire.jsonl#L5: timex_v2 failed: RuntimeError: interrupted"
    assert not (corpus / "data").exists()


def test_the_same_text_twice_is_built_once_and_the_later_one_rejected(tmp_path):
    corpus = wire_corpus(tmp_path / "corpus", [wire_story(1), wire_story(2), wire_story(1)])
    report = build_wire(corpus, tmp_path / "log", workers=2)
    assert report.stats.articles == 2
    [rejected] = report.rejected
    assert rejected.path == "raw/wire.jsonl#L3"
    assert rejected.problem.startswith("duplicate: same text as raw/wire.jsonl#L1")


def test_many_shards_are_named_in_order_and_all_listed_in_the_card(tmp_path, monkeypatch):
    monkeypatch.setattr(shards, "SHARD_INPUT_BYTES", 300)
    corpus = wire_corpus(tmp_path / "corpus", [wire_story(n) for n in range(10)])
    build_wire(corpus, tmp_path / "log")
    names = sorted(p.name for p in (corpus / "data" / "articles").glob("*.parquet"))
    assert len(names) > 1
    assert names == [f"train-{i:05d}-of-{len(names):05d}.parquet" for i in range(len(names))]
    assert validate(corpus) == []
    card = (corpus / "README.md").read_text(encoding="utf-8")
    assert all(f"data/{table}/{name}" in card for table in TABLES for name in names)
    loaded = datasets.load_dataset(str(corpus), "dates", split="train", cache_dir=tempfile.mkdtemp())
    assert loaded.num_rows == len(pd.read_parquet(corpus / "data" / "dates"))


def test_a_curation_edit_takes_effect_on_the_next_build_without_annotating_again(tmp_path):
    log, corpus = tmp_path / "log", wire_corpus(tmp_path / "corpus", [wire_story(n) for n in range(3)])
    (corpus / "curation").mkdir()

    def build_curated():
        curated = Pipeline(Normalizer(), [LoggedDates(log)], SchemaCheck(), Curator(corpus / "curation"))
        build(corpus, pipeline=lambda: curated, workers=1, fields=WIRE)
        return pd.read_parquet(corpus / "data" / "articles").set_index("title")

    article = build_curated().loc["STORY 1"]
    assert len(annotated(log)) == 3
    assert [c["name"] for c in article["provenance"]["components"]] == ["fields_v1", "timex_v2", "curation_v1"]
    correction = corpus / "curation" / f"{article['id']}.json"
    entry = {"action": "add", "text": "Company 1", "label": "ORG"}
    correction.write_text(json.dumps({"article": article["id"], "entities": [entry]}), encoding="utf-8")
    assert [(e["text"], e["label"], e["origin"]) for e in build_curated().loc["STORY 1", "entities"]] == [
        ("Company 1", "ORG", "curated")]
    correction.write_text(json.dumps({"article": article["id"], "entities": [
        entry, {"action": "remove", "text": "Company 1"}]}), encoding="utf-8")
    articles = build_curated()
    assert annotated(log) == []
    assert [len(entities) for entities in articles["entities"]] == [0, 0, 0]
    assert validate(corpus) == []



def parquet_inodes(corpus: Path) -> dict[str, int]:
    return {p.relative_to(corpus).as_posix(): p.stat().st_ino for p in (corpus / "data").rglob("*.parquet")}


def test_adding_an_article_rewrites_only_its_shard_and_gives_the_bytes_of_a_build_from_scratch(tmp_path, monkeypatch):
    monkeypatch.setattr(shards, "SHARD_INPUT_BYTES", 300)
    written = []
    write_shard = shards._write_shard
    monkeypatch.setattr(shards, "_write_shard", lambda records, index, *rest: written.append(index) or write_shard(
        records, index, *rest))
    corpus = wire_corpus(tmp_path / "corpus", [wire_story(n) for n in range(10)])
    build_wire(corpus, tmp_path / "log")
    assert written == list(range(8))
    before = published_files(corpus)
    inodes = parquet_inodes(corpus)
    written.clear()
    wire_corpus(corpus, [wire_story(n) for n in range(11)])
    build_wire(corpus, tmp_path / "log")
    assert len(written) == 1
    changed = {name for name, data in published_files(corpus).items() if before.get(name) != data}
    new_shard = {shards.shard_name(table, written[0], 8) for table in TABLES}
    assert shards.shard_name("articles", written[0], 8) in changed <= {"README.md", "croissant.json", *new_shard}
    kept = {name: inode for name, inode in inodes.items() if name not in new_shard}
    assert kept.items() <= parquet_inodes(corpus).items()  # the published files themselves, not copies
    scratch = wire_corpus(tmp_path / "scratch", [wire_story(n) for n in range(11)])
    build_wire(scratch, tmp_path / "log")
    assert published_files(scratch) == published_files(corpus)
    assert validate(corpus) == []


# The record store on S3 (moto's server on 127.0.0.1, tests/s3.py), and the built dataset read back from S3.


def test_a_store_on_s3_gives_the_bytes_of_a_local_store_and_is_found_again(s3, tmp_path):
    stories = [wire_story(n) for n in range(30)]
    local, remote = wire_corpus(tmp_path / "local", stories), wire_corpus(tmp_path / "remote", stories)
    log = tmp_path / "log"
    build_wire(local, log, workers=2)
    annotated(log)
    build_wire(remote, log, workers=2, store="s3://corpus-bucket/store")
    assert len(annotated(log)) == 30
    assert published_files(remote) == published_files(local)
    assert not (remote / ".cache" / "records").exists()
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    assert fs.glob("corpus-bucket/store/*/*/*.records")
    assert not [p for p in fs.find("corpus-bucket/store") if p.endswith(".partial")]
    build_wire(remote, log, workers=2, store="s3://corpus-bucket/store")
    assert annotated(log) == []  # every record came from the store on S3
    assert published_files(remote) == published_files(local)


def test_the_dataset_put_on_s3_is_byte_identical_and_load_dataset_reads_it(s3, tmp_path):
    corpus = wire_corpus(tmp_path / "corpus", [wire_story(n) for n in range(12)])
    build_wire(corpus, tmp_path / "log")
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    fs.put(str(corpus / "data"), "corpus-bucket/corpus/data", recursive=True)
    local = {p.relative_to(corpus).as_posix(): p.read_bytes() for p in (corpus / "data").rglob("*.parquet")}
    assert {name: fs.cat_file(f"corpus-bucket/corpus/{name}") for name in local} == local
    options = {"key": "testing", "secret": "testing", "client_kwargs": {"endpoint_url": s3}}
    articles = datasets.load_dataset("parquet", data_files="s3://corpus-bucket/corpus/data/articles/*.parquet",
                                     storage_options=options, split="train", cache_dir=tempfile.mkdtemp())
    expected = pd.read_parquet(corpus / "data" / "articles")
    assert articles["id"] == list(expected["id"]) and len(articles) == 12
    assert articles[0]["text"] == expected["text"][0]
