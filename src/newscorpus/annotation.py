"""Annotators: steps that each add or rework one annotation layer of a record.

`annotate(text, published)` runs the default annotators on bare text, the same code the build runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator


class Annotator:
    """annotate(record) -> record, setting `layer` to `spans(record)` and noting itself in the provenance."""

    name: str
    layer: str
    model: str | None = None
    model_version: str | None = None

    def spans(self, record: dict) -> list[dict]:
        raise NotImplementedError

    def annotate(self, record: dict, spans: list[dict] | None = None) -> dict:
        return {
            **record,
            self.layer: self.spans(record) if spans is None else spans,
            "provenance": {**record["provenance"], "components": [*record["provenance"]["components"], self.component()]},
        }

    __call__ = annotate

    def pipe(self, records: Iterable[dict]) -> Iterator[dict]:
        return map(self.annotate, records)

    def component(self) -> dict:
        return {"name": self.name, "model": self.model, "model_version": self.model_version}


def default_annotators() -> list[Annotator]:
    from .consistency import ConsistencyAnnotator
    from .dates import DateAnnotator
    from .designations import DesignationAnnotator
    from .entities import EntityAnnotator
    from .entity_rules import EntityRuleAnnotator

    return [EntityAnnotator.shared(), DesignationAnnotator(), EntityRuleAnnotator(), ConsistencyAnnotator(),
            DateAnnotator()]


def annotate(text: str, published: dt.date | str | None = None) -> dict:
    """{"entities": [{start, end, text, label}], "dates": [{start, end, text, type, value}]} for `text`.

    Offsets are code points, end-exclusive; relative dates resolve against `published`.
    """
    if isinstance(published, dt.date):
        published = published.isoformat()
    record = {"text": text, "published": published, "entities": [], "dates": [], "provenance": {"components": []}}
    for annotator in default_annotators():
        record = annotator.annotate(record)
    return {"entities": record["entities"], "dates": record["dates"]}
