"""build(corpus): raw inputs in `corpus/raw/` become the published dataset in `corpus/`.

The steps run under datatrove, one task per worker; each task writes sorted runs, which `merge` merges by id into
the dataset (`newscorpus.build.merging`). `build` runs the tasks on this machine; on a cluster, run
`steps(corpus_job(...).prepare())` under another datatrove executor, then `merge(job)` (`Merge(job)` as a step).
Finished records are kept in a store, `corpus/.cache/records/` by default (each task writes its own segments:
`newscorpus.build.cache`), so a build annotates only inputs it has not annotated before, and a build that was
interrupted picks up where it stopped. The store holds records before curation: the corrections in
`corpus/curation/` are applied in the merge, to every record of every build, so an edited correction takes effect
without annotating anything again.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TextIO

from ..dataset.stats import CorpusStats
from ..folder import CACHE, CURATION, RAW
from ..ingest.raw import Rejected, Skipped
from ..ingest.readers import FieldMap, raw_bytes, read_folder
from . import remote
from .engines.datatrove import Job, read_counts, run_local
from .lock import corpus_lock
from .pipeline import Pipeline
from .progress import Counts, watch

CORPUS = Path("corpus")  # the default corpus folder, in the working directory
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
    with corpus_lock(job.root), _terminate_as_interrupt(), _frozen():
        job = job.prepare()  # the pipeline is made before the workers fork
        input_bytes = raw_bytes(job.inputs)
        workers = workers or default_workers(input_bytes)
        try:
            with watch(lambda: read_counts(job.work), input_bytes, progress) if progress else nullcontext():
                run_local(job, workers, verbose, meanwhile=_import_for_merge)
        except KeyboardInterrupt:
            raise Interrupted(read_counts(job.work), _input_count(job)) from None
        from .merging import merge  # imported while the workers ran

        gc.freeze()  # the merge's modules too, imported since
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


@contextmanager
def _frozen():
    """Python's collector leaves the objects that exist now alone (`gc.freeze`), here and in the workers forked
    within: the modules' objects, which every full collection would otherwise scan again (0.1 s of each in adding
    one article), and which a forked worker would copy by touching them."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


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


def _import_for_merge() -> None:
    """The merge's modules, imported while the workers run rather than before they start (pyarrow and the card's,
    0.3 s), and pandas, which pyarrow imports on its first conversion of records (0.3-0.5 s)."""
    import pandas  # noqa: F401

    from . import merging  # noqa: F401


def default_workers(input_bytes: int) -> int:
    cores = len(os.sched_getaffinity(0))
    return max(1, min(cores, input_bytes // RAW_BYTES_PER_WORKER))


def _input_count(job: Job) -> int:
    """How many inputs the build has: page files, and the rows of collections."""
    return sum(1 for _, item in read_folder(job.inputs, job.root, job.fields) if not isinstance(item, Skipped))
