"""merge(job): the runs every task of a build wrote, merged by id into the published dataset.

Records are merged by id (each id once), curated, cut into shards by id range and written, and only the shards
whose records changed are written again (`newscorpus.dataset.shards`). This module imports pyarrow and the card's
modules, which a build's workers never need: `build` imports it while they run.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from datatrove.pipeline.base import PipelineStep

from ..dataset import card
from ..dataset.shards import Shard, shard_count, shard_of, write_shards
from ..folder import CACHE, CARD
from ..ingest.raw import Rejected
from ..ingest.readers import raw_bytes
from . import remote
from .cache import RecordCache, StoredRecord
from .corpus import BuildReport
from .engines.datatrove import Job
from .pipeline import Pipeline
from .rejections import write_rejections
from .runs import merged, rejections, skipped

SHARDS = "shards.pickle"  # in CACHE: what each published shard was made from


def merge(job: Job, template: Path | None = None, input_bytes: int | None = None) -> BuildReport:
    """The dataset in `job.root` from the runs every task of `job` wrote: records merged by id (each id once),
    curated, cut into shards by id range and written, then the runs removed. `input_bytes`, the size of the raw
    inputs, sets the number of shards (default: measured)."""
    curating = job.pipeline()
    rejected = list(rejections(job.work))
    skips = skipped(job.work)
    count = shard_count(raw_bytes(job.inputs) if input_bytes is None else input_bytes)
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
    corrections = {id: hashlib.sha256(text).digest() for id, text in
                   (pipeline.curator.files() if pipeline.curator else {}).items()}
    uncorrected = hashlib.sha256(b"").digest()
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
            digest.update(corrections.get(record.id, uncorrected))
        yield Shard(map(pipeline.curate, cache.records(stored)), digest.hexdigest())
