"""Finished records kept between builds, so a build annotates only inputs it has not seen.

A record is stored under a key of its raw input's content and the pipeline's fingerprint, so a change to an
input, a layout, an annotator, its model, the schema or the package version means a new key. Entries of any
other fingerprint are dropped when the cache opens. Records are kept as the annotators made them, before
curation, which every build applies anew. One SQLite file; several worker processes share it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path

from .raw import RawDocument

TIMEOUT_SECONDS = 300  # how long a writer waits for another process's transaction
COLUMNS = ["key", "fingerprint", "id", "record"]


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
                            "record BLOB)")
            self.db.execute("DELETE FROM records WHERE fingerprint != ?", (fingerprint,))

    def key(self, raw: RawDocument) -> str:
        """Where a record of `raw` is stored: its content, not its place, so a moved input is still found."""
        content = json.dumps([self.fingerprint, raw.sha256, raw.text, raw.meta], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(content.encode("utf-8")).hexdigest()

    def get(self, key: str, path: str) -> StoredRecord | None:
        """The record stored under `key`, with `path` as where its input is now; None if there is none."""
        row = self.db.execute("SELECT id, record FROM records WHERE key = ?", (key,)).fetchone()
        return None if row is None else StoredRecord(row[0], path, row[1])

    def put(self, entries: list[tuple[str, StoredRecord]]) -> None:
        """Store (key, record) pairs in one transaction."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                                [(key, self.fingerprint, stored.id, stored.data) for key, stored in entries])

    def close(self) -> None:
        self.db.close()
