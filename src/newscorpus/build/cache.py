"""Finished records kept between builds, so a build annotates only inputs it has not seen.

A record is stored under a key of its raw input's content (a collection row's: the row as read and the field
mapping, so that it is found without parsing the row) and the pipeline's fingerprint, so a change to an input, a
layout, an annotator, its model, the schema or the package version means a new key. Records are kept as the
annotators made them, before curation, which every build applies anew.

The store is a folder (a local path or an fsspec URL) with no lock and no file shared by two writers: under
`<fingerprint digest>/<writer>/`, each writer (a task) writes one segment per batch, `NNNNNN.records` then its
`NNNNNN.index`, each under a temporary name renamed when complete, and on closing one `all.index` for all its
segments. A record is found by reading every index: an index names only complete records, so a task stopped
half-way leaves nothing read as complete. Folders of other fingerprints are dropped by `drop_others`.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import uuid
import zlib
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import fsspec

from ..ingest.raw import RawDocument
from ..ingest.readers import FieldMap, Row

FORMAT = f"segments 1, marshal {marshal.version}, zlib"  # how a record is stored: only this store reads it
ALL = "all.index"
OPEN_FILES = 256  # segment files the reader keeps open (a task writes one for every 256 inputs it reads)
LISTINGS = 5  # tries at reading the indexes while tasks replace theirs


class StoredRecord(NamedTuple):
    """A record the store holds, by its key and place: it travels to the merge without its data, which is read
    from the store only for a shard that is written again. A tuple, as a build makes one for every input."""

    id: str
    path: str  # where its input is now
    key: str
    where: tuple[str, int, int] = ("", 0, 0)  # segment file (relative to the store), offset, length


class RecordCache:
    def __init__(self, folder, fingerprint: str, writer: str | None = None):
        """The store in `folder` (path or fsspec URL) for records of `fingerprint`; `writer` names the segments
        this instance writes (default: a new unique name)."""
        self.fingerprint = f"{fingerprint} {FORMAT}"
        self.fs, root = fsspec.core.url_to_fs(str(folder))
        self.root = root.rstrip("/")
        self.folder = f"{self.root}/{hashlib.sha256(self.fingerprint.encode()).hexdigest()[:16]}"
        self.writer = writer or uuid.uuid4().hex
        self._mappings: dict[FieldMap, object] = {}  # field mapping -> digest of fingerprint and mapping
        self._index: dict[str, StoredRecord] | None = None
        self._written: list[tuple] = []  # index entries of the segments this instance wrote
        self._segments = 0
        self._consolidated = 0  # segments whose index is in ALL
        self._files: dict = {}  # segment -> open file, the latest used last

    def drop_others(self) -> None:
        """Remove the records of every other fingerprint or format."""
        if self.fs.isdir(self.root):
            for path in self.fs.ls(self.root, detail=False):
                if path.rstrip("/") != self.folder:
                    self.fs.rm(path, recursive=True)

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
        if self._index is None:
            self._index = self.index()
        return {key: self._index[key] for key in keys if key in self._index}

    def index(self) -> dict[str, StoredRecord]:
        """Every complete record in the store, by key; of a key stored twice, the first in segment order."""
        for _ in range(LISTINGS - 1):
            try:
                return self._read_index()
            except FileNotFoundError:  # a task replaced its indexes by its ALL after they were listed: list again
                pass
        return self._read_index()

    def _read_index(self) -> dict[str, StoredRecord]:
        index: dict[str, StoredRecord] = {}
        self.fs.invalidate_cache()  # a listing kept from before may miss what other tasks wrote since
        for path in sorted(self.fs.glob(f"{self.folder}/*/*.index")):
            for entry in marshal.loads(self.fs.cat_file(path)):
                index.setdefault(entry[0], StoredRecord(entry[1], entry[2], entry[0], entry[3]))
        return index

    def put(self, entries: list[tuple[str, dict]]) -> list[StoredRecord]:
        """Store (key, record) pairs as one new segment."""
        if not entries:
            return []
        name = f"{self.writer}/{self._segments:06d}"
        self._segments += 1
        data, stored, offset = [], [], 0
        for key, record in entries:
            blob = _encode(record)
            stored.append(StoredRecord(record["id"], record["source"]["path"], key,
                                       (f"{name}.records", offset, len(blob))))
            data.append(blob)
            offset += len(blob)
        index = [(s.key, s.id, s.path, s.where) for s in stored]
        self._write(f"{name}.records", b"".join(data))
        self._write(f"{name}.index", marshal.dumps(index))
        self._written += index
        if self._index is not None:
            for s in stored:
                self._index.setdefault(s.key, s)
        return stored

    def _write(self, name: str, data: bytes) -> None:
        path = f"{self.folder}/{name}"
        partial = path.rsplit("/", 1)
        partial = f"{partial[0]}/.{partial[1]}.partial"
        self.fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        self.fs.pipe_file(partial, data)
        self.fs.mv(partial, path)

    def records(self, stored: Iterable[StoredRecord]) -> Iterator[dict]:
        """The records themselves, in the order given, each with its input's path as `stored` has it."""
        for s in stored:
            segment, offset, length = s.where
            try:
                file = self._open(segment)
                file.seek(offset)
                record = _decode(file.read(length))
            except (OSError, zlib.error, ValueError, EOFError):
                raise KeyError(f"the record cache has lost record {s.id} ({s.path}); build again") from None
            record["source"]["path"] = s.path
            yield record

    def _open(self, segment: str):
        file = self._files.pop(segment, None) or self.fs.open(f"{self.folder}/{segment}", "rb")
        self._files[segment] = file
        if len(self._files) > OPEN_FILES:
            self._files.pop(next(iter(self._files))).close()
        return file

    def close(self) -> None:
        """One index for every segment this instance wrote, in place of theirs."""
        for file in self._files.values():
            file.close()
        self._files = {}
        if self._segments > 1 and self._consolidated < self._segments:
            self._write(f"{self.writer}/{ALL}", marshal.dumps(self._written))
            self.fs.rm([f"{self.folder}/{self.writer}/{n:06d}.index"
                        for n in range(self._consolidated, self._segments)])
            self._consolidated = self._segments


def _encode(record: dict) -> bytes:
    return zlib.compress(marshal.dumps(record), 1)


def _decode(data: bytes) -> dict:
    return marshal.loads(zlib.decompress(data))
