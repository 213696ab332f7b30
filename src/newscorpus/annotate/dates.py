"""timex_v2 as a step: TIMEX3 expressions anchored to the record's publication date."""

from __future__ import annotations

import datetime as dt

from . import timex
from .base import Annotator, register


@register
class DateAnnotator(Annotator):
    name = timex.NAME
    layer = "dates"

    def spans(self, record: dict) -> list[dict]:
        published = record["published"]
        return timex.tag(record["text"], dt.date.fromisoformat(published) if published else None)
