"""Entity ablation: the entity F1 of the bare model, of the default pipeline, and of the pipeline with its entity
steps added one at a time, left out one at a time, and in their previous version, on each entity dev corpus. A step
earns its place when leaving it out loses F1 on no corpus.

The model runs once a document; every variant reuses its mentions.
"""

from __future__ import annotations

from ..annotate import ANNOTATORS, DEFAULT, annotators, default_annotators
from .annotators import System, bare_model
from .corpora import CORPORA
from .document import GoldDocument

MODEL_STEP = "spacy_ner_v2"


def entity_steps() -> list[str]:
    """The default annotators that write entities, in order."""
    return [name for name, annotator in zip(DEFAULT, default_annotators())
            if annotator.layer == "entities"]


def variants(steps: list[str]) -> dict[str, list[str]]:
    """variant name -> the entity steps it runs."""
    rules = [step for step in steps if step != MODEL_STEP]
    found = {MODEL_STEP: [MODEL_STEP]}
    for i, step in enumerate(rules, 1):
        found[f"+ {step}"] = [MODEL_STEP, *rules[:i]]
    for step in rules:
        found[f"pipeline - {step}"] = [s for s in steps if s != step]
    for step in rules:
        if (old := previous_version(step)) in ANNOTATORS:
            found[f"pipeline, {old} for {step}"] = [old if s == step else s for s in steps]
    return found


def previous_version(name: str) -> str | None:
    """"foo_v1" for "foo_v2"; None for a first version."""
    stem, _, number = name.rpartition("_v")
    return f"{stem}_v{int(number) - 1}" if number.isdigit() and int(number) > 1 else None


def chain(names: list[str], model_output: dict[str, list[dict]]) -> System:
    """The annotators named run on a document, the model's mentions taken from `model_output` (text -> mentions)."""
    steps = annotators(names[1:])

    def run(text: str, published) -> dict:
        record = {"text": text, "published": published, "entities": model_output[text], "dates": [],
                  "provenance": {"components": []}}
        for step in steps:
            record = step.annotate(record)
        return {"entities": record["entities"], "dates": []}

    return System(run, {"steps": names})


def model_mentions(documents: list[GoldDocument]) -> dict[str, list[dict]]:
    model = ANNOTATORS[MODEL_STEP]()
    records = [{"text": d.text, "published": None, "entities": [], "provenance": {"components": []}}
               for d in documents]
    return {record["text"]: record["entities"] for record in model.pipe(records)}


def systems(documents: list[GoldDocument]) -> dict[str, System]:
    output = model_mentions(documents)
    return {"bare model": bare_model(), **{name: chain(names, output) for name, names in variants(entity_steps()).items()}}


def entity_corpora() -> list[str]:
    return [name for name, corpus in CORPORA.items() if "entities" in corpus.tasks]


def added_precision(documents: list[GoldDocument], before: System, after: System) -> dict:
    """{"added", "correct", "precision"}: the scored mentions `after` has and `before` has not (extent and label),
    and how many of them gold has: the precision of what a step adds."""
    from .labels import SCHEMES

    added = correct = 0
    for document in documents:
        scheme = SCHEMES[document.scheme]
        ignored = scheme.dont_care(document.entities)
        gold = {(m["start"], m["end"], m["label"]) for m in scheme.gold(document.entities)}
        spans = [{(e["start"], e["end"], e["label"])
                  for e in scheme.system(system.annotate(document.text, document.published)["entities"], ignored)}
                 for system in (before, after)]
        new = spans[1] - spans[0]
        added += len(new)
        correct += len(new & gold)
    return {"added": added, "correct": correct, "precision": correct / added if added else 0.0}
