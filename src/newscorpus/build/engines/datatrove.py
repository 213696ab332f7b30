"""The pipeline's steps as datatrove `PipelineStep`s: read, normalize, annotate, check, cache, write.

Each task (rank) reads its share of the inputs, keeps what the record cache already holds, runs the rest through
the steps, caches them and writes sorted runs (`newscorpus.build.runs`), which the build then merges and curates.
`LocalPipelineExecutor` runs the tasks on this machine; datatrove's Slurm and Ray executors take the same
`steps(job)`. A record travels in `Document.metadata["item"]`: a `RawDocument` (a collection row parsed into one
unless the cache holds its record), then a record (dict), or a `Rejected` saying why not; once cached (or when
found in the cache) a `StoredRecord`: the runs carry only its id, path and key, and the merge reads from the cache
the records of the shards it writes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from datatrove.data import Document
from datatrove.executor.local import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from loguru import logger

from ...ingest.raw import RawDocument, Rejected
from ...ingest.readers import FieldMap, Row, read_folder
from ..batches import batched
from ..cache import RecordCache, StoredRecord
from ..pipeline import Pipeline
from ..runs import RunWriter

BATCH = 256  # documents a step handles at once; spaCy batches within it


@dataclass(frozen=True)
class Job:
    """Everything a task needs, sent to every worker."""

    inputs: Path  # the raw inputs
    root: Path  # paths are named relative to it
    work: Path  # each task writes its runs to work/<rank>/
    cache: Path  # the record cache file
    make_pipeline: Callable[[], Pipeline]
    fields: FieldMap = FieldMap()

    def prepare(self) -> Job:
        """Ready to run: no runs of an earlier job, and the cache set up (WAL, table, entries of other
        fingerprints dropped) before every task opens it at once."""
        shutil.rmtree(self.work, ignore_errors=True)
        RecordCache(self.cache, self.pipeline().fingerprint()).close()
        return self

    def pipeline(self) -> Pipeline:
        """One pipeline per worker process; its model is loaded only if the process has something to annotate."""
        if self.make_pipeline not in _PIPELINES:
            _PIPELINES[self.make_pipeline] = self.make_pipeline()
        return _PIPELINES[self.make_pipeline]


_PIPELINES: dict = {}


def run_local(job: Job, workers: int, verbose: bool = False) -> None:
    """All tasks of a prepared `job` on this machine, `workers` at a time (one: in this process). Workers are
    forked, so they start without importing anything again. Datatrove's own log lines only if `verbose`."""
    executor = LocalPipelineExecutor(steps(job), tasks=workers, workers=workers, logging_dir=str(job.work / "logs"),
                                     skip_completed=False, start_method="fork")
    with nullcontext() if verbose else _quiet("datatrove"):
        executor.run()


def steps(job: Job) -> list[PipelineStep]:
    return [Read(job), Normalize(job), Annotate(job), Check(job), Cache(job), Write(job)]


@contextmanager
def _quiet(module: str):
    """No log lines from `module` (loguru) within the block, in this process and the ones it forks."""
    logger.disable(module)
    try:
        yield
    finally:
        logger.enable(module)


class Step(PipelineStep):
    type = "newscorpus"

    def __init__(self, job: Job):
        super().__init__()
        self.job = job


def fresh(document: Document) -> bool:
    """A record made in this run, not taken from the cache."""
    return isinstance(document.metadata["item"], dict)


class Read(Step):
    name = "read (cached records kept)"

    def run(self, data, rank: int = 0, world_size: int = 1):
        cache = RecordCache(self.job.cache, self.job.pipeline().fingerprint())
        for batch in batched(read_folder(self.job.inputs, self.job.root, self.job.fields, (rank, world_size)), BATCH):
            keys = {i: cache.row_key(item) if isinstance(item, Row) else cache.key(item)
                    for i, (_, item) in enumerate(batch) if isinstance(item, Row | RawDocument)}
            found = cache.get(keys.values())
            for i, (place, item) in enumerate(batch):
                metadata = {"place": place, "item": item}
                if i in keys:
                    metadata["key"] = keys[i]
                    metadata["item"] = _current(found[keys[i]], item) if keys[i] in found else _parsed(item)
                yield Document(text="", id=f"{place[0]}:{place[1]}", metadata=metadata)
            cached = sum(keys[i] in found for i in keys)
            self.stat_update("cached", value=cached)
            self.stat_update("read", value=len(batch) - cached)
        cache.close()


def _current(stored: StoredRecord, item: Row | RawDocument) -> StoredRecord:
    """A cached record with its input's path as it is now (a file can move, a row be named by line or id)."""
    return StoredRecord(stored.id, item.where(stored.path) if isinstance(item, Row) else item.path, stored.key)


def _parsed(item: Row | RawDocument) -> RawDocument | Rejected:
    return item.raw() if isinstance(item, Row) else item


class Normalize(Step):
    name = "normalize"

    def run(self, data, rank: int = 0, world_size: int = 1):
        pipeline = self.job.pipeline()
        for document in data:
            if isinstance(item := document.metadata["item"], RawDocument):
                document.metadata["item"] = pipeline.normalize(item)
            yield document


class Annotate(Step):
    name = "annotate"

    def run(self, data, rank: int = 0, world_size: int = 1):
        pipeline = self.job.pipeline()
        for batch in batched(data, BATCH):
            todo = [document for document in batch if fresh(document)]
            if todo:
                with self.track_time("batch"):
                    for document, record in zip(todo, pipeline.annotate(d.metadata["item"] for d in todo)):
                        document.metadata["item"] = record
            self.stat_update("annotated", value=len(todo))
            yield from batch


class Check(Step):
    name = "check"

    def run(self, data, rank: int = 0, world_size: int = 1):
        pipeline = self.job.pipeline()
        for document in data:
            if fresh(document):
                document.metadata["item"] = pipeline.check(document.metadata["item"])
            yield document


class Cache(Step):
    name = "cache new records"

    def run(self, data, rank: int = 0, world_size: int = 1):
        cache = RecordCache(self.job.cache, self.job.pipeline().fingerprint())
        for batch in batched(data, BATCH):
            new = [document for document in batch if fresh(document)]
            stored = cache.put([(d.metadata["key"], d.metadata["item"]) for d in new])
            for document, record in zip(new, stored):
                document.metadata["item"] = record
            yield from batch
        cache.close()


class Write(Step):
    name = "write runs"

    def run(self, data, rank: int = 0, world_size: int = 1):
        runs = RunWriter(self.job.work / f"{rank:05d}")
        done = 0
        for batch in batched(data, BATCH):
            for document in batch:
                runs.add(document.metadata["place"], document.metadata["item"])
            done += len(batch)
            write_count(self.job.work / "progress" / f"{rank:05d}", done)
            yield from batch
        runs.close()


def write_count(path: Path, count: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(str(count))
    os.replace(partial, path)
