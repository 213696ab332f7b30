"""The systems under evaluation: each an annotator `(text, published) -> {"entities": [...], "dates": [...]}`
and a description of what it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

Annotator = Callable[[str, dt.date | None], dict]



@dataclass(frozen=True)
class System:
    annotate: Annotator
    component: dict  # what ran, for the report


def temporal_tagger() -> System:
    from ..annotate import timex

    def annotate(text: str, published: dt.date | None) -> dict:
        return {"entities": [], "dates": timex.tag(text, published)}

    return System(annotate, {"callable": "newscorpus.annotate.timex.tag", "name": timex.NAME})


def bare_model() -> System:
    """spaCy's entities as they come, a baseline for the pipeline."""
    from ..annotate.entities import MODEL, EntityAnnotator

    nlp = EntityAnnotator().nlp  # the model as the pipeline loads it, given the text as it is

    def annotate(text: str, published: dt.date | None) -> dict:
        return {"entities": [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_}
                             for e in nlp(text).ents], "dates": []}

    return System(annotate, {"callable": "spacy doc.ents", "model": MODEL, "model_version": nlp.meta["version"],
                             "pipes": nlp.pipe_names})


def pipeline() -> System:
    from ..annotate import annotate, default_annotators

    return System(annotate, {"callable": "newscorpus.annotate",
                             "components": [annotator.component() for annotator in default_annotators()]})


DEFAULT_SYSTEMS = {
    "dates": {"tagger": temporal_tagger},
    "entities": {"bare_model": bare_model, "pipeline": pipeline},
}


def default_systems(tasks: set[str]) -> dict[str, dict[str, System]]:
    """task -> system name -> System, built (models loaded) only for the tasks asked for."""
    return {task: {name: make() for name, make in DEFAULT_SYSTEMS[task].items()} for task in sorted(tasks)}
