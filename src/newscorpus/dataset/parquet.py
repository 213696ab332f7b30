"""Parquet files written the same way every time: explicit schema, zstd, page index, write-then-rename."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .tables import arrow_schema, features


class TableWriter:
    """One Parquet file of `table_name`, a row group per `write`, under a temporary name until `close(path)`:
    a reader never sees a half-written file."""

    def __init__(self, table_name: str, partial: Path):
        hf = {"info": {"features": features(table_name)}}
        schema = arrow_schema(table_name)
        self.schema = schema.with_metadata({**schema.metadata, b"huggingface": json.dumps(hf)})
        partial.parent.mkdir(parents=True, exist_ok=True)
        self.partial = partial
        self.writer = pq.ParquetWriter(partial, self.schema, compression="zstd",
                                       write_page_index=True, write_statistics=True)

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self.writer.write_table(table.cast(self.schema), row_group_size=table.num_rows)

    def close(self, path: Path) -> None:
        self.writer.close()
        os.replace(self.partial, path)


def arrow_bytes(path: Path) -> int:
    """Size of the file's rows in Arrow memory: what Hugging Face calls a split's `num_bytes`."""
    file = pq.ParquetFile(path)
    return sum(file.read_row_group(i).nbytes for i in range(file.num_row_groups))
