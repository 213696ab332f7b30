"""build(corpus): raw inputs in `corpus/raw/` become the published dataset in `corpus/`.

The steps run under datatrove, one task per worker; each task writes sorted runs, which `merge` merges by id into
the dataset. `build` runs the tasks on this machine; on a cluster, run `steps(corpus_job(...).prepare())` under
another datatrove executor, then `merge(job)` (`Merge(job)` as a step). Finished records are kept in a store,
`corpus/.cache/records/` by default (each task writes its own segments: `newscorpus.build.cache`), so a build
annotates only inputs it has not annotated before, and a build that was interrupted picks up where it stopped. The
store holds records before curation: the corrections in `corpus/curation/` are applied in the merge, to every
record of every build, so an edited correction takes effect without annotating anything again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TextIO

from datatrove.pipeline.base import PipelineStep

from ..dataset import card
from ..dataset.shards import Shard, shard_count, shard_of, write_shards
from ..dataset.stats import CorpusStats
from ..folder import CACHE, CARD, CURATION, RAW
from ..ingest.raw import Rejected, Skipped
from ..ingest.readers import FieldMap, raw_files, read_folder
from . import remote
from .cache import RecordCache, StoredRecord
from .engines.datatrove import Job, read_counts, run_local
from .lock import corpus_lock
from .pipeline import Pipeline
from .progress import Counts, watch
from .rejections import write_rejections
from .runs import merged, rejections, skipped

CORPUS = Path("corpus")  # the default corpus folder, in the working directory
SHARDS = "shards.pickle"  # in CACHE: what each published shard was made from
RAW_BYTES_PER_WORKER = 2**20  # less input than this per worker is not worth starting another process


@dataclass
class BuildReport:
    stats: CorpusStats
    rejected: list[Rejected] = field(default_factory=list)
    workers: int = 1
    skipped: Counter = field(default_factory=Counter)  # reason -> how many read were skipped (a WARC's non-pages)


def build(corpus: Path = CORPUS, template: Path | None = None,
          pipeline: Callable[[], Pipeline] | None = None, workers: int | None = None,
          fields: FieldMap = FieldMap(), progress: TextIO | None = None, verbose: bool = False,
          store: str | None = None, staging: Path | None = None) -> BuildReport:
    """Build the dataset from `corpus/raw/`; inputs that cannot become records are reported, the rest are built.

    `pipeline` makes the pipeline, once in each worker process (default: the default steps with the corrections in
    `corpus/curation/`); `workers` defaults to one per core for large
    inputs, one for small; `fields` maps collection rows to record fields; progress goes to `progress`, if given;
    `verbose` lets datatrove log its steps and stats to stderr; `store` is the record store's folder, a path or
    an fsspec URL such as `s3://bucket/store` (default: `corpus/.cache/records`).

    `corpus` can be an fsspec URL (`s3://bucket/corpus`): its inputs are pulled into `staging`, a local folder
    (default: one for the URL under ~/.cache/newscorpus/remote/), the dataset is built there and then published
    at the URL (`newscorpus.build.remote`); the store defaults to `<url>/.cache/records`. The build lock is taken
    on the staging folder: it keeps out another build on this machine, not one on another machine.
    """
    job = corpus_job(corpus, pipeline, fields, store, staging)
    with corpus_lock(job.root), _terminate_as_interrupt():
        job = job.prepare()  # the pipeline is made before the workers fork
        input_bytes = _input_bytes(job.inputs)
        workers = workers or default_workers(input_bytes)
        try:
            with watch(lambda: read_counts(job.work), input_bytes, progress) if progress else nullcontext():
                run_local(job, workers, verbose, meanwhile=_import_for_merge)
        except KeyboardInterrupt:
            raise Interrupted(read_counts(job.work), _input_count(job)) from None
        return replace(merge(job, template, input_bytes), workers=workers)


class Interrupted(KeyboardInterrupt):
    """A build stopped by Ctrl-C or SIGTERM; what its tasks finished is cached, so the next build resumes."""

    def __init__(self, counts: Counts, inputs: int):
        super().__init__(f"interrupted: {counts.inputs:,} of {inputs:,} inputs done; run again to resume")
        self.counts, self.inputs = counts, inputs


@contextmanager
def _terminate_as_interrupt():
    """SIGTERM stops the build as Ctrl-C does, so the workers are stopped and nothing is left half-written."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def corpus_job(corpus: Path | str = CORPUS, pipeline: Callable[[], Pipeline] | None = None,
               fields: FieldMap = FieldMap(), store: str | None = None, staging: Path | None = None) -> Job:
    """The job of building `corpus`: its tasks are `engines.datatrove.steps(job)` under any datatrove executor,
    then `merge(job)` writes the dataset. `pipeline`, `fields`, `store` and `staging` as for `build` (on a cluster,
    the staging folder of a remote corpus must be one that every node sees at the same path)."""
    url = corpus if remote.is_url(corpus) else None
    root = Path(corpus) if url is None else staging or remote.default_staging(url)
    store = store or (remote.default_store(url) if url else root / CACHE / "records")
    pipeline = pipeline or partial(Pipeline.default, root / CURATION)
    return Job(root / RAW, root, root / CACHE / "build", store, pipeline, fields, url)


def merge(job: Job, template: Path | None = None, input_bytes: int | None = None) -> BuildReport:
    """The dataset in `job.root` from the runs every task of `job` wrote: records merged by id (each id once),
    curated, cut into shards by id range and written, then the runs removed. `input_bytes`, the size of the raw
    inputs, sets the number of shards (default: measured)."""
    curating = job.pipeline()
    rejected = list(rejections(job.work))
    skips = skipped(job.work)
    count = shard_count(_input_bytes(job.inputs) if input_bytes is None else input_bytes)
    cache = RecordCache(job.cache, curating.fingerprint())
    try:
        stats = write_shards(_shards(_unique(merged(job.work), rejected), count, curating, cache), count, job.root,
                             card_text(job.root, template), job.root / CACHE / SHARDS)
    finally:
        cache.close()
    shutil.rmtree(job.work)
    report = BuildReport(stats, [r for _, r in sorted(rejected, key=lambda pr: pr[0])], skipped=skips)
    write_rejections(job.root, report.rejected)
    if job.remote:
        remote.push(job.root, job.remote)
    return report


class Merge(PipelineStep):
    """`merge(job)` as a datatrove step, to run as the one task of a job that depends on the steps' job."""

    name = "merge"
    type = "newscorpus"

    def __init__(self, job: Job, template: Path | None = None):
        super().__init__()
        self.job, self.template = job, template

    def run(self, data, rank: int = 0, world_size: int = 1):
        report = merge(self.job, self.template)
        self.stat_update("articles", value=report.stats.articles)
        self.stat_update("rejected", value=len(report.rejected))
        yield from ()


def card_text(corpus: Path, template: Path | None = None) -> str:
    """The card text to render: `template` if given, else the corpus folder's `card.md`, else the packaged one."""
    if template is None and (corpus / CARD).is_file():
        template = corpus / CARD
    return card.template() if template is None else template.read_text(encoding="utf-8")


def _import_for_merge() -> None:
    """What the merge imports first, done while the workers run: pyarrow imports pandas on its first conversion of
    records (0.3-0.5 s, a tenth of adding one article)."""
    import pandas  # noqa: F401


def default_workers(input_bytes: int) -> int:
    cores = len(os.sched_getaffinity(0))
    return max(1, min(cores, input_bytes // RAW_BYTES_PER_WORKER))


def _input_bytes(inputs: Path) -> int:
    return sum(p.stat().st_size for p in raw_files(inputs))


def _unique(entries: Iterator[tuple[list, StoredRecord]], rejected: list) -> Iterator[tuple[list, StoredRecord]]:
    """Each id once (the first input in input order); later inputs with the same text are rejected."""
    first = None
    for place, stored in entries:
        if first and first.id == stored.id:
            rejected.append((place, Rejected(stored.path, f"duplicate: same text as {first.path} (id {stored.id})")))
        else:
            first = stored
            yield place, stored


def _shards(entries: Iterator[tuple[list, StoredRecord]], count: int, pipeline: Pipeline,
            cache: RecordCache) -> Iterator[Shard]:
    """The records, sorted by id, cut into `count` shards by id range, each with a digest of what it is made from:
    the pipeline's fingerprint, and each record's cache key (its input's content), input path and curation file.
    A shard's records are read from the cache only if it is written."""
    corrections = pipeline.curator.files() if pipeline.curator else {}
    fingerprint = pipeline.fingerprint()
    entries = iter(entries)
    entry = next(entries, None)
    for index in range(count):
        stored = []
        while entry is not None and shard_of(entry[1].id, count) == index:
            stored.append(entry[1])
            entry = next(entries, None)
        digest = hashlib.sha256(f"{fingerprint} {index} {count}".encode())
        for record in stored:
            digest.update(f"{record.id} {record.path} {record.key} ".encode())
            digest.update(hashlib.sha256(corrections.get(record.id, b"")).digest())
        yield Shard(map(pipeline.curate, cache.records(stored)), digest.hexdigest())


def _input_count(job: Job) -> int:
    """How many inputs the build has: page files, and the rows of collections."""
    return sum(1 for _, item in read_folder(job.inputs, job.root, job.fields) if not isinstance(item, Skipped))
