"""The built dataset folder: Parquet tables under `data/` and the card, replaced as a whole or not at all.

Shard k of every table holds the k-th range of ids (`shard_of`), so adding an article rewrites one shard and keeps
the others' files. Records arrive sorted by id and are written as they come, a row group of every table at a
time, so shard k of `entities` and `dates` holds the annotations of shard k of `articles`, in the same order.
The flat tables are cut from the articles' nested columns in Arrow.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..folder import CROISSANT, DATA, README
from .card import render
from .croissant import sha256, write_croissant
from .parquet import TableWriter, arrow_bytes
from .stats import CorpusStats
from .tables import LAYERS, TABLES, arrow_schema, to_table

QUALITY = "quality.json"
STAGING = ".staging"
ROW_GROUP_CHARS = 4_000_000  # article text per row group: about 10 MB in Arrow, far under the viewer's 300 MB
SHARD_INPUT_BYTES = 4 * 2**20  # raw input per shard, about: a few MB of Parquet
MAX_SHARDS = 1024  # per table: beyond 4 GiB of input, shards grow rather than multiply


def shard_name(table: str, index: int, count: int) -> str:
    return f"{DATA}/{table}/train-{index:05d}-of-{count:05d}.parquet"


def shard_count(input_bytes: int) -> int:
    """A power of two, so that the count, and so every shard's range of ids, changes only when the input doubles."""
    return min(MAX_SHARDS, 2 ** max(0, math.ceil(math.log2(max(1, input_bytes) / SHARD_INPUT_BYTES))))


def shard_of(record_id: str, count: int) -> int:
    """Shard k of `count` holds the k-th range of ids: adding a record changes one shard and leaves the rest."""
    return int(record_id[:8], 16) * count // 16**8


@dataclass
class Shard:
    """The records of one shard, sorted by id, made only when iterated. `digest` stands for everything they are
    made from: a shard whose digest is that of the published one is kept as it is (None: always written)."""

    records: Iterable[dict]
    digest: str | None = None


@dataclass
class Written:
    """What the card needs to know of one published shard, kept so that an unchanged shard is not read again."""

    digest: str | None
    stats: CorpusStats
    sizes: dict[str, int]  # table -> bytes in Arrow memory
    sha256: dict[str, str]  # table -> of the file


def write_dataset(records: Iterable[dict], corpus: Path, template: str) -> CorpusStats:
    """Write `records` (sorted by id, each id once) as a dataset of one shard in `corpus`; see `write_shards`."""
    return write_shards([Shard(records)], 1, corpus, template)


def write_shards(shards: Iterable[Shard], count: int, corpus: Path, template: str,
                 kept: Path | None = None) -> CorpusStats:
    """Write `shards` (all `count` of them, in order) as the dataset in `corpus`, check it, then swap it in.

    The published files are replaced only once the new ones are complete and valid. `kept` notes what each
    shard was written from; a shard whose digest has not changed since is copied from the published files.
    """
    staging = corpus / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    files = {table: [shard_name(table, i, count) for i in range(count)] for table in TABLES}
    before = _read_kept(kept)
    after, written, previous = {}, [], ""
    for i, shard in enumerate(shards):
        names = {table: files[table][i] for table in TABLES}
        if shard.digest is not None and _unchanged(before.get(names["articles"]), shard.digest, corpus, names):
            for name in names.values():
                _keep(corpus / name, staging / name)
            after[names["articles"]] = before[names["articles"]]
            continue
        stats, previous = _write_shard(shard.records, i, count, staging, names, previous)
        after[names["articles"]] = Written(shard.digest, stats, {t: arrow_bytes(staging / n) for t, n in names.items()},
                                           {t: sha256(staging / n) for t, n in names.items()})
        written.append(names)
    stats = _total(w.stats for w in after.values())
    sizes = {table: sum(w.sizes[table] for w in after.values()) for table in TABLES}
    (staging / README).write_text(render(template, files, sizes, stats, read_quality(corpus)), encoding="utf-8")
    per_file = [(files[table][i], after[name], table)
                for i, name in enumerate(files["articles"]) if name in after for table in TABLES]
    write_croissant(staging, files, stats, {file: w.sha256[table] for file, w, table in per_file})
    if problems := check_written(staging, written, {file: w.sizes[table] for file, w, table in per_file}):
        raise ValueError("the new build is not valid, nothing was replaced:\n" + "\n".join(map(str, problems)))
    swap_in(staging, corpus)
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(pickle.dumps(after))
    return stats


def _write_shard(records: Iterable[dict], index: int, count: int, staging: Path, names: dict[str, str],
                 previous: str) -> tuple[CorpusStats, str]:
    """Shard `index` from `records`, a row group of every table at a time; its stats and the last id."""
    writers = _open_shard(staging, index)
    stats, group, group_chars = CorpusStats(), [], 0
    for record in records:
        if record["id"] <= previous:
            raise ValueError(f"records must come sorted by id, each id once: {record['id']} after {previous}")
        if count > 1 and shard_of(record["id"], count) != index:
            raise ValueError(f"record {record['id']} is not in the id range of shard {index} of {count}")
        previous = record["id"]
        stats.add(record)
        group.append(record)
        group_chars += len(record["text"])
        if group_chars >= ROW_GROUP_CHARS:
            _write_group(writers, group)
            group, group_chars = [], 0
    _write_group(writers, group)
    for table, writer in writers.items():
        writer.close(staging / names[table])
    return stats, previous


def _keep(published: Path, staged: Path) -> None:
    """The published file in the staged build: a second name for it, not a copy (published files are only ever
    replaced, never written to), unless the file system has no hard links."""
    staged.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(published, staged)
    except OSError:
        shutil.copyfile(published, staged)


def _unchanged(written: Written | None, digest: str, corpus: Path, names: dict[str, str]) -> bool:
    return written is not None and written.digest == digest and all(
        (corpus / name).is_file() and sha256(corpus / name) == written.sha256[table] for table, name in names.items())


def _read_kept(kept: Path | None) -> dict[str, Written]:
    """What the last build wrote; nothing if unreadable or gathered by a version whose stats lack a field."""
    try:
        before = pickle.loads(kept.read_bytes()) if kept else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return {}
    names = [f.name for f in fields(CorpusStats)]
    return before if all(hasattr(w.stats, name) for w in before.values() for name in names) else {}


def _total(parts: Iterable[CorpusStats]) -> CorpusStats:
    """The stats of all shards, as if gathered record by record in id order."""
    total = CorpusStats()
    for part in parts:
        for name in (f.name for f in fields(CorpusStats)):
            mine = getattr(total, name)
            if isinstance(mine, dict):
                mine.update(getattr(part, name))  # a Counter adds, a dict keeps the last
            else:
                setattr(total, name, mine + getattr(part, name))
    return total


def _open_shard(staging: Path, index: int) -> dict[str, TableWriter]:
    return {table: TableWriter(table, staging / DATA / table / f".train-{index:05d}.partial") for table in TABLES}


def _write_group(writers: dict[str, TableWriter], records: list[dict]) -> None:
    articles = to_table("articles", records)
    writers["articles"].write(articles)
    for layer in LAYERS:
        writers[layer].write(flat_layer(articles, layer))


def flat_layer(articles: pa.Table, layer: str) -> pa.Table:
    """The rows of the `layer` table: each span of the articles' nested `layer`, after its article's id."""
    nested = articles.column(layer).combine_chunks()
    spans = pc.list_flatten(nested)
    ids = pc.take(articles.column("id"), pc.list_parent_indices(nested))
    names = ["article_id", *(field.name for field in spans.type)]
    return pa.Table.from_arrays([ids, *spans.flatten()], names=names).cast(arrow_schema(layer))


def check_written(staging: Path, written: list[dict[str, str]] | None = None,
                  sizes: dict[str, int] | None = None) -> list:
    """What writing could break: the card against the files (`sizes`: their Arrow bytes where known), each file's
    columns, each flat layer against the nested one (of the `written` shards' files, table -> name; default: all).
    Each record already passed the same checks as `validate` before it was written."""
    from .validate import check_card, check_file, check_layer

    problems, files = check_card(staging, sizes)
    problems += [p for table in TABLES for name in files.get(table, []) for p in check_file(staging, name, table)]
    if written is None:
        written = [dict(zip(TABLES, names)) for names in zip(*(files[table] for table in TABLES))]
    if not problems:
        problems += [p for layer in LAYERS for names in written
                     if not _layer_matches(staging, layer, [names["articles"]], [names[layer]])
                     for p in check_layer(staging, layer, [names["articles"]], [names[layer]])]
    return problems


def _layer_matches(staging: Path, layer: str, article_files: list[str], layer_files: list[str]) -> bool:
    """Each shard of the flat `layer` holds exactly the nested `layer` of its shard of articles, in Arrow; when
    not, `validate.check_layer` finds the first row that differs."""
    return len(article_files) == len(layer_files) and all(
        flat_layer(pq.read_table(staging / a, columns=["id", layer]), layer).equals(pq.read_table(staging / f))
        for a, f in zip(article_files, layer_files))


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
    os.replace(staging / README, corpus / README)
    os.replace(staging / CROISSANT, corpus / CROISSANT)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(staging)
