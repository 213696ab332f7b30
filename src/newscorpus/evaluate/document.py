"""A gold document: the text an annotator is given, its publication date, and the gold spans in that text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class GoldDocument:
    """Spans are dicts with end-exclusive character offsets into `text`; None: the corpus has no gold for that layer.

    dates: TIMEX3 {start, end, text, type, value}, the creation time (DCT) excluded.
    entities: every entity mention {start, end, text, label, syntactic_type}; the `scheme` named (one of
    `labels.SCHEMES`) chooses which are scored and maps system labels onto the gold's.
    """

    doc_id: str
    text: str
    published: dt.date | None
    dates: list[dict] | None = None
    entities: list[dict] | None = None
    scheme: str = "meantime"
