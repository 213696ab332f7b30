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
import marshal
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..ingest.raw import RawDocument
from ..ingest.readers import FieldMap, Row
from .batches import batched

TIMEOUT_SECONDS = 300  # how long a writer waits for another process's transaction
COLUMNS = ["key", "fingerprint", "id", "path", "record"]
LOOKUP_BATCH = 500  # keys per query, under SQLite's limit of variables
FORMAT = f"marshal {marshal.version}, zlib"  # how a record is stored: fast to load, and only this cache reads it


@dataclass(frozen=True)
class StoredRecord:
    """A record the cache holds, by its key: it travels to the merge without its data, which is read from the cache
    only for a shard that is written again."""

    id: str
    path: str  # where its input is now
    key: str


class RecordCache:
    def __init__(self, path: Path, fingerprint: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fingerprint = f"{fingerprint} {FORMAT}"
        self._mappings: dict[FieldMap, object] = {}  # field mapping -> digest of fingerprint and mapping
        self.db = sqlite3.connect(path, timeout=TIMEOUT_SECONDS)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        with self.db:
            if [row[1] for row in self.db.execute("PRAGMA table_info(records)")] not in ([], COLUMNS):
                self.db.execute("DROP TABLE records")  # written by an earlier version of this module
            self.db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, fingerprint TEXT, id TEXT, "
                            "path TEXT, record BLOB)")
            self.db.execute("DELETE FROM records WHERE fingerprint != ?", (self.fingerprint,))

    def key(self, raw: RawDocument) -> str:
        """Where a record of `raw` is stored: its content, not its place, so a moved input is still found."""
        digest = hashlib.sha256(self.fingerprint.encode("utf-8"))
        settings = [raw.meta, raw.html, raw.encoding, sorted(raw.defaulted)]
        for part in (raw.sha256, raw.text, json.dumps(settings, sort_keys=True, ensure_ascii=False)):
            data = part.encode("utf-8")
            digest.update(len(data).to_bytes(8, "big") + data)
        return digest.hexdigest()

    def row_key(self, row: Row) -> str:
        """Where a record of a collection row is stored: the row as read and the field mapping, so a cached row
        is found without parsing it."""
        digest = self._mapping_digest(row.fields).copy()
        digest.update(len(row.content).to_bytes(8, "big") + row.content)
        return "row:" + digest.hexdigest()

    def _mapping_digest(self, fields: FieldMap):
        if fields not in self._mappings:
            digest = hashlib.sha256(self.fingerprint.encode("utf-8"))
            data = json.dumps([fields.sources, fields.defaults], sort_keys=True).encode("utf-8")
            digest.update(len(data).to_bytes(8, "big") + data)
            self._mappings[fields] = digest
        return self._mappings[fields]

    def get(self, keys: Iterable[str]) -> dict[str, StoredRecord]:
        """The records held under `keys`, by key, each with the path its input had when it was stored."""
        return {key: StoredRecord(id, path, key) for key, id, path in self._select("key, id, path", keys)}

    def put(self, entries: list[tuple[str, dict]]) -> list[StoredRecord]:
        """Store (key, record) pairs in one transaction."""
        stored = [StoredRecord(record["id"], record["source"]["path"], key) for key, record in entries]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)",
                                [(s.key, self.fingerprint, s.id, s.path, _encode(record))
                                 for s, (_, record) in zip(stored, entries)])
        return stored

    def records(self, stored: Iterable[StoredRecord]) -> Iterator[dict]:
        """The records themselves, in the order given, each with its input's path as `stored` has it."""
        for chunk in batched(stored, LOOKUP_BATCH):
            data = dict(self._select("key, record", (s.key for s in chunk)))
            for s in chunk:
                if s.key not in data:
                    raise KeyError(f"the record cache has lost record {s.id} ({s.path}); build again")
                record = _decode(data[s.key])
                record["source"]["path"] = s.path
                yield record

    def _select(self, columns: str, keys: Iterable[str]) -> Iterator[tuple]:
        keys = sorted(set(keys))
        for i in range(0, len(keys), LOOKUP_BATCH):
            chunk = keys[i:i + LOOKUP_BATCH]
            yield from self.db.execute(f"SELECT {columns} FROM records WHERE key IN ({', '.join('?' * len(chunk))})",
                                       chunk)

    def close(self) -> None:
        self.db.close()


def _encode(record: dict) -> bytes:
    return zlib.compress(marshal.dumps(record), 1)


def _decode(data: bytes) -> dict:
    return marshal.loads(zlib.decompress(data))
