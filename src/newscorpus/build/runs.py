"""Sorted runs: each worker's records, written in sorted chunks, merged into one stream sorted by id.

A worker never holds more than one chunk, and the merge only one block of entries per run, so memory stays flat
however large the corpus. A record is named by where the cache keeps it (`StoredRecord`): a run entry is an (id,
place, path, key, where), written in `marshal`led blocks, each after its length, which neither side has to parse.
Every file is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import heapq
import json
import marshal
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..ingest.raw import Rejected, Skipped
from .cache import StoredRecord

RUN_RECORDS = 20_000  # entries of about 200 bytes
BLOCK = 256  # entries in a block, which is read whole: `marshal.load` from a file reads it piece by piece
REJECTED = "rejected.jsonl"
SKIPPED = "skipped.json"


class RunWriter:
    """Records and rejections of one worker, each with its place in the input order, into `folder`."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.chunk: list[tuple] = []
        self.runs = 0
        self.rejected = (folder / f".{REJECTED}.partial").open("w", encoding="utf-8")
        self.skipped: Counter = Counter()

    def add(self, place, item: StoredRecord | Rejected | Skipped) -> None:
        if isinstance(item, Skipped):
            self.skipped[item.reason] += 1
            return
        if isinstance(item, Rejected):
            self.rejected.write(json.dumps([list(place), item.path, item.problem], ensure_ascii=False) + "\n")
            return
        self.chunk.append((item.id, tuple(place), item.path, item.key, item.where))
        if len(self.chunk) >= RUN_RECORDS:
            self._flush()

    def close(self) -> None:
        self._flush()
        self.rejected.close()
        os.replace(self.rejected.name, self.folder / REJECTED)
        partial = self.folder / f".{SKIPPED}.partial"
        partial.write_text(json.dumps(self.skipped), encoding="utf-8")
        os.replace(partial, self.folder / SKIPPED)

    def _flush(self) -> None:
        if not self.chunk:
            return
        self.chunk.sort(key=lambda entry: entry[:2])
        path = self.folder / f"run-{self.runs:05d}.bin"
        partial = path.with_name(f".{path.name}.partial")
        with partial.open("wb") as out:
            for start in range(0, len(self.chunk), BLOCK):
                block = marshal.dumps(self.chunk[start:start + BLOCK])
                out.write(len(block).to_bytes(4, "big") + block)
        os.replace(partial, path)
        self.runs += 1
        self.chunk = []


def merged(folder: Path) -> Iterator[tuple[list, StoredRecord]]:
    """(place, record) from every run under `folder`, sorted by record id, then place."""
    streams = [_entries(path) for path in sorted(folder.glob("*/run-*.bin"))]
    for id, place, path, key, where in heapq.merge(*streams, key=lambda entry: entry[:2]):
        yield list(place), StoredRecord(id, path, key, where)


def rejections(folder: Path) -> Iterator[tuple[list, Rejected]]:
    for path in sorted(folder.glob(f"*/{REJECTED}")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                place, where, problem = json.loads(line)
                yield place, Rejected(where, problem)


def skipped(folder: Path) -> Counter:
    """How many inputs every task skipped, by reason."""
    return sum((Counter(json.loads(path.read_text(encoding="utf-8"))) for path in sorted(folder.glob(f"*/{SKIPPED}"))),
               start=Counter())


def _entries(path: Path) -> Iterator[tuple]:
    with path.open("rb") as run:
        while size := run.read(4):
            yield from marshal.loads(run.read(int.from_bytes(size, "big")))
