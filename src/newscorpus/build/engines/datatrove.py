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

import ctypes
import json
import os
import shutil
import signal
import sys
import threading
import uuid
from collections.abc import Callable
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass
from pathlib import Path

import multiprocess
from datatrove.data import Document
from datatrove.executor.local import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.stats import PipelineStats
from loguru import logger

from ...ingest.raw import RawDocument, Rejected, Skipped
from ...ingest.readers import FieldMap, Row, read_folder
from .. import remote
from ..batches import batched
from ..cache import RecordCache, StoredRecord
from ..pipeline import Pipeline
from ..progress import Counts
from ..runs import RunWriter

BATCH = 256  # documents a step handles at once; spaCy batches within it


@dataclass(frozen=True)
class Job:
    """Everything a task needs, sent to every worker."""

    inputs: Path  # the raw inputs
    root: Path  # paths are named relative to it
    work: Path  # each task writes its runs to work/<rank>/
    cache: Path | str  # the record store's folder (a path or an fsspec URL)
    make_pipeline: Callable[[], Pipeline]
    fields: FieldMap = FieldMap()
    remote: str | None = None  # the corpus's URL, when `root` is its local staging folder (`build.remote`)

    def prepare(self) -> Job:
        """Ready to run: the inputs pulled from a remote corpus, no runs of an earlier job, and no records of other
        fingerprints in the store."""
        if self.remote:
            remote.pull(self.remote, self.root)
        shutil.rmtree(self.work, ignore_errors=True)
        RecordCache(self.cache, self.pipeline().fingerprint()).drop_others()
        return self

    def pipeline(self) -> Pipeline:
        """One pipeline per worker process; its model is loaded only if the process has something to annotate."""
        if self.make_pipeline not in _PIPELINES:
            _PIPELINES[self.make_pipeline] = self.make_pipeline()
        return _PIPELINES[self.make_pipeline]


_PIPELINES: dict = {}


def run_local(job: Job, workers: int, verbose: bool = False, meanwhile: Callable[[], object] = lambda: None) -> None:
    """All tasks of a prepared `job` on this machine, `workers` at a time (one: in this process). Workers are
    forked, so they start without importing anything again; `meanwhile` runs here while they work, in a thread of
    the lowest priority (with one worker, not at all). Datatrove's own log lines only if `verbose`."""
    executor = ForkedExecutor(steps(job), tasks=workers, workers=workers, logging_dir=str(job.work / "logs"),
                              skip_completed=False, start_method="fork", meanwhile=meanwhile)
    with nullcontext() if verbose else _quiet("datatrove"):
        executor.run()


class ForkedExecutor(LocalPipelineExecutor):
    """datatrove's local executor, with workers that never outlive the build: forked (nothing is imported again),
    without datatrove's manager process, deaf to Ctrl-C (the build stops them) and killed if the build dies."""

    def __init__(self, *args, meanwhile: Callable[[], object] = lambda: None, **kwargs):
        super().__init__(*args, **kwargs)
        self.meanwhile = meanwhile  # run in this process once the workers are started, on the CPU they leave

    def run(self) -> PipelineStats:
        self._launched = True
        self.save_executor_as_json()
        if self.workers == 1:
            stats = [self._run_for_rank(rank) for rank in range(self.tasks)]
        else:
            with multiprocess.get_context("fork").Pool(self.workers, _worker_started, (os.getpid(),)) as pool:
                done = pool.imap_unordered(self._run_for_rank, range(self.tasks))
                meanwhile = threading.Thread(target=_niced, args=(self.meanwhile,), daemon=True)
                meanwhile.start()
                stats = list(done)
            meanwhile.join()
        stats = sum(stats, start=PipelineStats())
        with self.logging_dir.open("stats.json", "wt") as file:
            stats.save_to_disk(file)
        return stats


def _niced(function: Callable[[], object]) -> None:
    """`function` at the lowest CPU priority, which Linux sets for each thread: it runs on what the workers leave."""
    if sys.platform == "linux":
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    function()


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _worker_started(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the build died before the worker asked to die with it
        os._exit(1)


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
                    metadata["cached"] = keys[i] in found
                metadata["bytes"] = len(item.content) if isinstance(item, Row) else getattr(item, "size", 0)
                yield Document(text="", id=f"{place[0]}:{place[1]}", metadata=metadata)
            cached = sum(keys[i] in found for i in keys)
            self.stat_update("cached", value=cached)
            self.stat_update("read", value=len(batch) - cached)
        cache.close()


def _current(stored: StoredRecord, item: Row | RawDocument) -> StoredRecord:
    """A cached record with its input's path as it is now (a file can move, a row be named by line or id)."""
    return stored._replace(path=item.where(stored.path) if isinstance(item, Row) else item.path)


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
        cache = RecordCache(self.job.cache, self.job.pipeline().fingerprint(), f"{rank:05d}-{uuid.uuid4().hex}")
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
        counts = Counts()
        for batch in batched(data, BATCH):
            for document in batch:
                runs.add(document.metadata["place"], document.metadata["item"])
            counts += _counted(batch)
            write_counts(self.job.work / "progress" / f"{rank:05d}", counts)
            yield from batch
        runs.close()


def _counted(batch: list[Document]) -> Counts:
    rejected = sum(isinstance(d.metadata["item"], Rejected) for d in batch)
    skipped = sum(isinstance(d.metadata["item"], Skipped) for d in batch)
    cached = sum(d.metadata.get("cached", False) for d in batch)
    return Counts(len(batch) - rejected - skipped - cached, cached, rejected, sum(d.metadata["bytes"] for d in batch))


def write_counts(path: Path, counts: Counts) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(asdict(counts)))
    os.replace(partial, path)


def read_counts(work: Path) -> Counts:
    """What every task of a build running in `work` has finished so far."""
    total = Counts()
    for path in (work / "progress").glob("[0-9]*"):
        try:
            total += Counts(**json.loads(path.read_text()))
        except (OSError, ValueError):  # being replaced this very moment
            pass
    return total
