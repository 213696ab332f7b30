"""A corpus whose raw/ is on S3 (moto's server on 127.0.0.1, tests/s3.py), built to S3 and read back from there."""

import json
import os
import subprocess
import sys
import tempfile

import datasets
import fsspec
import pandas as pd
import pytest
import s3fs
from building import published_files
from datatrove.executor.local import LocalPipelineExecutor

from newscorpus.annotate.dates import DateAnnotator
from newscorpus.build import Merge, build, corpus_job
from newscorpus.build.engines import datatrove as engine
from newscorpus.build.pipeline import Pipeline, SchemaCheck
from newscorpus.dataset import shards
from newscorpus.errors import InputError
from newscorpus.ingest.normalize import Normalizer
from newscorpus.ingest.readers import FieldMap

URL = "s3://corpus-bucket/corpus"
WIRE = FieldMap({"text": "body", "published": "date"})


def dates_only():
    return Pipeline(Normalizer(), [DateAnnotator()], SchemaCheck())


def wire_lines(first, last):
    stories = [{"title": f"STORY {n}", "date": "1987-03-02T10:00:00",
                "body": f"Company {n} said on Friday it would report\nresults in April.\n    Shares rose {n} pct."}
               for n in range(first, last)]
    return "".join(json.dumps(s) + "\n" for s in stories + [{"title": "NO BODY", "date": "1987-03-02"}])


def local_corpus(folder, lines):
    (folder / "raw").mkdir(parents=True)
    (folder / "raw" / "wire.jsonl").write_text(lines, encoding="utf-8")
    return folder


def remote_files(fs):
    """What the build published at URL, by path, as `published_files` gives a local corpus's, and rejected.jsonl."""
    root = URL.removeprefix("s3://")
    names = ["README.md", "croissant.json", *sorted(p.removeprefix(root + "/") for p in fs.find(f"{root}/data"))]
    return {name: fs.cat_file(f"{root}/{name}") for name in names}, fs.cat_file(f"{root}/rejected.jsonl")


def test_a_corpus_on_s3_builds_to_s3_byte_identical_to_a_local_build_and_load_dataset_reads_it(s3, tmp_path):
    lines = wire_lines(0, 30)
    local = local_corpus(tmp_path / "local", lines)
    build(local, pipeline=dates_only, fields=WIRE, workers=2)
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    fs.pipe_file("corpus-bucket/corpus/raw/wire.jsonl", lines.encode())

    report = build(URL, pipeline=dates_only, fields=WIRE, workers=2, staging=tmp_path / "staging")

    assert report.stats.articles == 30 and [r.path for r in report.rejected] == ["raw/wire.jsonl#L31"]
    fs.invalidate_cache()
    files, rejected = remote_files(fs)
    assert files == published_files(local)
    assert rejected == (local / "rejected.jsonl").read_bytes()
    assert fs.glob("corpus-bucket/corpus/.cache/records/*/*/*.records")  # the store is on S3 too
    assert not fs.exists("corpus-bucket/corpus/.staging")
    options = {"key": "testing", "secret": "testing", "client_kwargs": {"endpoint_url": s3}}
    articles = datasets.load_dataset("parquet", data_files=f"{URL}/data/articles/*.parquet", storage_options=options,
                                     split="train", cache_dir=tempfile.mkdtemp())
    expected = pd.read_parquet(local / "data" / "articles")
    assert articles["id"] == list(expected["id"]) and len(articles) == 30
    assert articles[0]["text"] == expected["text"][0]


def test_an_upload_that_fails_leaves_the_published_dataset_as_it_was_and_the_next_build_publishes(
        s3, tmp_path, monkeypatch):
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    fs.pipe_file("corpus-bucket/corpus/raw/wire.jsonl", wire_lines(0, 10).encode())
    build(URL, pipeline=dates_only, fields=WIRE, staging=tmp_path / "staging")
    fs.invalidate_cache()
    before = remote_files(fs)

    fs.pipe_file("corpus-bucket/corpus/raw/wire.jsonl", wire_lines(5, 25).encode())
    put_file, puts = s3fs.S3FileSystem._put_file, []

    async def put_then_fail(self, local, remote, **kwargs):
        puts.append(remote)
        if len(puts) == 3:
            raise ConnectionError("the network went away")
        return await put_file(self, local, remote, **kwargs)

    monkeypatch.setattr(s3fs.S3FileSystem, "_put_file", put_then_fail)
    s3fs.S3FileSystem.clear_instance_cache()  # an instance binds its methods when it is made
    with pytest.raises(ConnectionError):
        build(URL, pipeline=dates_only, fields=WIRE, staging=tmp_path / "staging")
    assert all("/.staging/" in p for p in puts)  # nothing was written over a published file
    fs.invalidate_cache()
    assert remote_files(fs) == before

    monkeypatch.setattr(s3fs.S3FileSystem, "_put_file", put_file)
    s3fs.S3FileSystem.clear_instance_cache()
    report = build(URL, pipeline=dates_only, fields=WIRE, staging=tmp_path / "staging")
    assert report.stats.articles == 20
    local = local_corpus(tmp_path / "local", wire_lines(5, 25))
    build(local, pipeline=dates_only, fields=WIRE)
    fs.invalidate_cache()
    assert remote_files(fs)[0] == published_files(local) != before[0]
    assert not fs.exists("corpus-bucket/corpus/.staging")


def test_a_remote_corpus_without_raw_is_an_input_error(s3, tmp_path):
    with pytest.raises(InputError, match=r"s3://corpus-bucket/nothing/raw: no such folder"):
        build("s3://corpus-bucket/nothing", pipeline=dates_only, fields=WIRE, staging=tmp_path / "staging")


def test_newscorpus_build_of_an_s3_url_publishes_there(s3, tmp_path):
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    fs.pipe_file("corpus-bucket/corpus/raw/wire.jsonl", wire_lines(0, 3).encode())
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "newscorpus", "build", URL, "--field", "text=body",
                           "--field", "published=date"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "built 3 articles" in done.stdout and f"in {URL} with" in done.stdout, done.stdout
    (staging,) = (tmp_path / "cache" / "newscorpus" / "remote").iterdir()
    fs.invalidate_cache()
    assert remote_files(fs)[0] == published_files(staging)


def test_the_cluster_recipe_on_an_s3_corpus_publishes_what_a_local_build_does(s3, tmp_path):
    """docs/cluster.md's recipe with a corpus URL, datatrove's local executor standing in for Slurm's."""
    lines = wire_lines(0, 12)
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    fs.pipe_file("corpus-bucket/corpus/raw/wire.jsonl", lines.encode())
    job = corpus_job(URL, dates_only, WIRE, staging=tmp_path / "shared" / "staging").prepare()
    tasks = LocalPipelineExecutor(engine.steps(job), tasks=3, workers=1, logging_dir=str(tmp_path / "tasks"))
    LocalPipelineExecutor([Merge(job)], tasks=1, logging_dir=str(tmp_path / "merge"), depends=tasks).run()
    local = local_corpus(tmp_path / "local", lines)
    build(local, pipeline=dates_only, fields=WIRE)
    fs.invalidate_cache()
    assert remote_files(fs) == (published_files(local), (local / "rejected.jsonl").read_bytes())


def test_shards_the_new_dataset_no_longer_has_are_deleted_from_s3(s3, tmp_path, monkeypatch):
    lines = wire_lines(0, 30)
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    fs.pipe_file("corpus-bucket/corpus/raw/wire.jsonl", lines.encode())
    with monkeypatch.context() as small:
        small.setattr(shards, "SHARD_INPUT_BYTES", 1000)  # a few stories a shard
        build(URL, pipeline=dates_only, fields=WIRE, staging=tmp_path / "staging")
    fs.invalidate_cache()
    assert len(fs.glob("corpus-bucket/corpus/data/articles/*.parquet")) > 1
    build(URL, pipeline=dates_only, fields=WIRE, staging=tmp_path / "staging")
    local = local_corpus(tmp_path / "local", lines)
    build(local, pipeline=dates_only, fields=WIRE)
    fs.invalidate_cache()
    assert remote_files(fs)[0] == published_files(local)
    assert fs.glob("corpus-bucket/corpus/data/articles/*.parquet") == [
        "corpus-bucket/corpus/data/articles/train-00000-of-00001.parquet"]
