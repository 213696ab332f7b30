"""Annotation: the annotators, registered by versioned name, and `annotate(text, published)`, which runs the default
ones on bare text: the same code the build runs."""

from __future__ import annotations

import datetime as dt

from . import amounts, consistency, dates, designations, entities, entity_rules  # noqa: F401  (each registers its annotator)
from .base import ANNOTATORS, Annotator, annotators, register

DEFAULT = ("spacy_ner_v2", "designation_patterns_v2", "amount_patterns_v1", "entity_rules_v2", "entity_consistency_v2",
           "timex_v2")

__all__ = ["ANNOTATORS", "DEFAULT", "Annotator", "annotate", "annotators", "default_annotators", "register"]


def default_annotators() -> list[Annotator]:
    return annotators(DEFAULT)


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
