"""Parquet files written the same way every time: explicit schema, zstd, page index, write-then-rename."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .tables import arrow_schema, features

ROW_GROUP_BYTES = 64 * 2**20  # well under the 300 MB the Hugging Face viewer can page through


def write_table(table_name: str, table: pa.Table, path: Path) -> None:
    """Write `table` as `path`; a reader never sees a half-written file."""
    schema = arrow_schema(table_name)
    hf = {"info": {"features": features(table_name).to_dict()}}
    table = table.cast(schema).replace_schema_metadata({**schema.metadata, b"huggingface": json.dumps(hf)})
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(
        table,
        partial,
        compression="zstd",
        row_group_size=_rows_per_group(table),
        write_page_index=True,
        write_statistics=True,
    )
    os.replace(partial, path)


def _rows_per_group(table: pa.Table) -> int:
    if table.num_rows == 0:
        return 1
    per_row = max(1, table.nbytes // table.num_rows)
    return max(1, min(table.num_rows, ROW_GROUP_BYTES // per_row))


def arrow_bytes(path: Path) -> int:
    """Size of the file's rows in Arrow memory: what Hugging Face calls a split's `num_bytes`."""
    file = pq.ParquetFile(path)
    return sum(file.read_row_group(i).nbytes for i in range(file.num_row_groups))
