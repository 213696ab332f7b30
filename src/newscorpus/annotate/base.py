"""Annotators: steps that each add or rework one annotation layer of a record, registered by versioned name."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator


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


ANNOTATORS: dict[str, Callable[[], Annotator]] = {}


def register(cls: type[Annotator]) -> type[Annotator]:
    """Class decorator: `cls` is made by `annotators([cls.name])` (its `shared()` instance, where it has one). A name
    stands for one output for ever: an annotator whose output changes registers under a new name."""
    if cls.name in ANNOTATORS:
        raise ValueError(f"annotator {cls.name!r} is registered twice")
    ANNOTATORS[cls.name] = getattr(cls, "shared", cls)
    return cls


def annotators(names: Iterable[str]) -> list[Annotator]:
    unknown = [name for name in names if name not in ANNOTATORS]
    if unknown:
        raise ValueError(f"unknown annotators {unknown}; registered: {sorted(ANNOTATORS)}")
    return [ANNOTATORS[name]() for name in names]
