"""Records of an earlier schema version read as records of the current one.

Every schema version whose records the next version would not accept as they are has a migration in
`MIGRATIONS`: a function from a record of that version to a record of the next. Chained, they bring a
record of any published version up to the current schema, so earlier releases stay readable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow.parquet as pq

from ..errors import RecordError
from .schema import schema_version
from .tables import records

Migration = Callable[[dict], dict]


def entities_with_clusters(record: dict) -> dict:
    """1.0.0 -> 2.0.0: entity mentions gained `cluster`, `canonical` and `origin`.

    A 1.0.0 mention was set by the NER model (`origin` "model") and linked to no other: each distinct
    (text, label) is its own cluster, numbered in order of first mention, named by its own text.
    """
    clusters: dict[tuple[str, str], int] = {}
    entities = [{**e, "cluster": clusters.setdefault((e["text"], e["label"]), len(clusters)),
                 "canonical": e["text"], "origin": "model"} for e in record["entities"]]
    return {**record, "schema_version": "2.0.0", "entities": entities}


def authors_encoding_license(record: dict) -> dict:
    """2.0.0 -> 2.1.0: records gained `authors`, `source.encoding` and `source.license`, and `published` may be null.

    A 2.0.0 record was read from UTF-8 (other bytes were rejected), named no authors and no licence.
    """
    fields = list(record)
    at = fields.index("published") + 1 if "published" in fields else len(fields)
    record = {**dict(zip(fields[:at], [record[k] for k in fields[:at]])), "authors": [],
              **{k: record[k] for k in fields[at:]}}
    return {**record, "schema_version": "2.1.0",
            "source": {**record["source"], "encoding": "utf-8", "license": None}}


# schema version -> the migration of its records to the next version
MIGRATIONS: dict[str, Migration] = {"1.0.0": entities_with_clusters, "2.0.0": authors_encoding_license}


def upgrade(record: dict, migrations: dict[str, Migration] = MIGRATIONS, current: str | None = None) -> dict:
    """`record` as a record of the `current` schema version (by default this library's)."""
    current = current or schema_version()
    rid = record.get("id") or "(no id)"
    while (version := record.get("schema_version")) != current:
        if not isinstance(version, str) or not _is_version(version):
            raise RecordError(rid, "schema_version", f"{version!r} is not a schema version")
        if _key(version) > _key(current):
            raise RecordError(rid, "schema_version", f"{version} is newer than this library's schema {current}: "
                                                     "upgrade newscorpus")
        if version not in migrations:
            raise RecordError(rid, "schema_version", f"no migration from schema {version} towards {current}")
        record = migrations[version](record)
        if _key(str(record.get("schema_version"))) <= _key(version):
            raise ValueError(f"the migration from schema {version} does not lead to a later version")
    return record


def read_articles(path: Path) -> Iterator[dict]:
    """The articles of a Parquet file or folder of any earlier schema version, as current records."""
    for record in records(pq.read_table(path)):
        yield upgrade(record)


def _is_version(version: str) -> bool:
    parts = version.split(".")
    return len(parts) == 3 and all(p.isdigit() for p in parts)


def _key(version: str) -> tuple[int, ...]:
    return tuple(map(int, version.split(".")))
