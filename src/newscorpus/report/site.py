"""build_site(corpus, out): the static report of a built dataset, one page per article and a corpus page."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..dataset.tables import records
from .figures import ReportFigures
from .pages import STYLE, TABLE_SCRIPT, article_page, index_page

BATCH_ROWS = 500


def build_site(corpus: Path, out: Path) -> ReportFigures:
    """Write the report of the dataset in `corpus` into `out` (replaced); returns the figures it shows."""
    files = sorted((Path(corpus) / "data" / "articles").glob("*.parquet"))
    if not files:
        raise FileNotFoundError(f"{corpus}: no data/articles/*.parquet: build the dataset first")
    shutil.rmtree(out, ignore_errors=True)
    (out / "articles").mkdir(parents=True)
    (out / "style.css").write_text(STYLE, encoding="utf-8")
    (out / TABLE_SCRIPT).write_bytes(resources.files(__package__).joinpath(TABLE_SCRIPT).read_bytes())
    figures, listed = ReportFigures(), []
    for record in _articles(files):
        figures.add(record)
        (out / "articles" / f"{record['id']}.html").write_text(article_page(record), encoding="utf-8")
        listed.append({k: record[k] for k in ("id", "title", "published", "entities", "dates")})
    listed.sort(key=lambda a: (a["published"] is None, a["published"] or "", a["id"]))  # undated last
    (out / "index.html").write_text(index_page(figures, listed), encoding="utf-8")
    return figures


def _articles(files: list[Path]) -> Iterator[dict]:
    for path in files:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
            yield from records(pa.Table.from_batches([batch]))
