"""The built dataset folder: Parquet tables under `data/` and the card, replaced as a whole or not at all."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from .card import render
from .parquet import arrow_bytes, write_table
from .stats import CorpusStats
from .tables import TABLES, to_table

DATA = "data"
CARD = "README.md"
QUALITY = "quality.json"
STAGING = ".staging"


def shard_name(table: str, index: int, count: int) -> str:
    return f"{DATA}/{table}/train-{index:05d}-of-{count:05d}.parquet"


def write_dataset(records: Iterable[dict], corpus: Path, template: str) -> CorpusStats:
    """Write records (sorted by id) as the dataset in `corpus`, validate it, then swap it in.

    The published files are replaced only once the new ones are complete and valid.
    """
    from .validate import validate

    records = sorted(records, key=lambda r: r["id"])
    stats = CorpusStats()
    for record in records:
        stats.add(record)
    staging = corpus / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    files = {table: [shard_name(table, 0, 1)] for table in TABLES}
    for table in TABLES:
        write_table(table, to_table(table, records), staging / files[table][0])
    sizes = {table: sum(arrow_bytes(staging / name) for name in files[table]) for table in TABLES}
    (staging / CARD).write_text(render(template, files, sizes, stats, read_quality(corpus)), encoding="utf-8")
    if problems := validate(staging):
        raise ValueError("the new build is not valid, nothing was replaced:\n" + "\n".join(map(str, problems)))
    swap_in(staging, corpus)
    return stats


def read_quality(corpus: Path) -> dict | None:
    path = corpus / QUALITY
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def swap_in(staging: Path, corpus: Path) -> None:
    """Move the staged `data/` and card over the published ones."""
    old = corpus / f"{STAGING}-old"
    shutil.rmtree(old, ignore_errors=True)
    if (corpus / DATA).exists():
        os.replace(corpus / DATA, old)
    os.replace(staging / DATA, corpus / DATA)
    os.replace(staging / CARD, corpus / CARD)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(staging)
