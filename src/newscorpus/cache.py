"""Finished records kept between builds, so a build annotates only inputs it has not seen.

A record is stored under a key of its raw input's content (a collection row's: the row as read and the field
mapping, so that it is found without parsing the row) and the pipeline's fingerprint, so a change to an input, a
layout, an annotator, its model, the schema or the package version means a new key. Entries of any
other fingerprint are dropped when the cache opens. Records are kept as the annotators made them, before
curation, which every build applies anew. One SQLite file; several worker processes share it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .raw import RawDocument
from .readers import Row

TIMEOUT_SECONDS = 300  # how long a writer waits for another process's transaction
COLUMNS = ["key", "fingerprint", "id", "path", "record"]
LOOKUP_BATCH = 500  # keys per query, under SQLite's limit of variables


@dataclass(frozen=True)
class StoredRecord:
    """A record encoded as the cache keeps it: it travels to the merge without being decoded on the way."""

    id: str
    path: str  # where its input is now
    data: bytes

    @classmethod
    def encode(cls, record: dict) -> StoredRecord:
        data = zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"), 1)
        return cls(record["id"], record["source"]["path"], data)

    def decode(self) -> dict:
        record = json.loads(zlib.decompress(self.data))
        record["source"]["path"] = self.path
        return record


class RecordCache:
    def __init__(self, path: Path, fingerprint: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fingerprint = fingerprint
        self.db = sqlite3.connect(path, timeout=TIMEOUT_SECONDS)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        with self.db:
            if [row[1] for row in self.db.execute("PRAGMA table_info(records)")] not in ([], COLUMNS):
                self.db.execute("DROP TABLE records")  # written by an earlier version of this module
            self.db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, fingerprint TEXT, id TEXT, "
                            "path TEXT, record BLOB)")
            self.db.execute("DELETE FROM records WHERE fingerprint != ?", (fingerprint,))

    def key(self, raw: RawDocument) -> str:
        """Where a record of `raw` is stored: its content, not its place, so a moved input is still found."""
        digest = hashlib.sha256(self.fingerprint.encode("utf-8"))
        for part in (raw.sha256, raw.text, json.dumps(raw.meta, sort_keys=True, ensure_ascii=False)):
            data = part.encode("utf-8")
            digest.update(len(data).to_bytes(8, "big") + data)
        return digest.hexdigest()

    def row_key(self, row: Row) -> str:
        """Where a record of a collection row is stored: the row as read and the field mapping, so a cached row
        is found without parsing it."""
        digest = hashlib.sha256(self.fingerprint.encode("utf-8"))
        for data in (json.dumps(row.fields.sources, sort_keys=True).encode("utf-8"), row.content):
            digest.update(len(data).to_bytes(8, "big") + data)
        return "row:" + digest.hexdigest()

    def get(self, keys: Iterable[str]) -> dict[str, StoredRecord]:
        """The records held under `keys`, by key, each with the path its input had when it was stored."""
        keys, found = sorted(set(keys)), {}
        for i in range(0, len(keys), LOOKUP_BATCH):
            chunk = keys[i:i + LOOKUP_BATCH]
            query = f"SELECT key, id, path, record FROM records WHERE key IN ({', '.join('?' * len(chunk))})"
            found.update((key, StoredRecord(*stored)) for key, *stored in self.db.execute(query, chunk))
        return found

    def put(self, entries: list[tuple[str, StoredRecord]]) -> None:
        """Store (key, record) pairs in one transaction."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)",
                                [(key, self.fingerprint, s.id, s.path, s.data) for key, s in entries])

    def close(self) -> None:
        self.db.close()
