"""Annotation quality against public gold data: TimeML (TimeBank, AQUAINT) for dates, MEANTIME for dates and entities,
CoNLL-2003 dev for entities.

    corpora = {name: load_corpus(name, folder, limit) for name, folder in folders.items()}
    result = evaluate(corpora, default_systems({"dates", "entities"}))
    result.quality  # the figures, as `newscorpus evaluate` writes them to corpus/quality.json
    result.errors   # corpus -> per-document errors: missed, spurious and wrong spans, for each system
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from . import conll, labels, meantime, score
from .annotators import System, default_systems
from .corpora import CORPORA, POOLED, load_corpus
from .diagnostics import date_errors, entity_errors
from .document import GoldDocument

__all__ = ["CORPORA", "Evaluation", "GoldDocument", "System", "default_systems", "document_errors", "evaluate",
           "load_corpus"]


@dataclass(frozen=True)
class Task:
    gold: Callable[[GoldDocument], list[dict] | None]  # None: the document has no gold for this task
    system: Callable[[dict, GoldDocument], list[dict]]  # annotator output, document -> the spans scored
    kind: str  # the span attribute gold counts are broken down by
    counts: Callable[[list[dict], list[dict]], Counter]
    scores: Callable[[Counter, labels.Scheme], dict]  # summed counts, the corpus's entity label scheme
    errors: Callable[[list[dict], list[dict]], list[dict]]


def _gold_entities(document: GoldDocument) -> list[dict] | None:
    return None if document.entities is None else labels.SCHEMES[document.scheme].gold(document.entities)


def _system_entities(output: dict, document: GoldDocument) -> list[dict]:
    scheme = labels.SCHEMES[document.scheme]
    return scheme.system(output["entities"], scheme.dont_care(document.entities))


TASKS = {
    "dates": Task(lambda document: document.dates, lambda output, document: output["dates"], "type",
                  score.date_counts, lambda counts, scheme: score.date_scores(counts), date_errors),
    "entities": Task(_gold_entities, _system_entities, "label",
                     score.entity_counts, lambda counts, scheme: score.entity_scores(counts, scheme.types), entity_errors),
}

DEFINITIONS = {
    "corpora": {name: corpus.description for name, corpus in CORPORA.items()},
    "dates": score.DATES,
    "entities": f"{score.ENTITIES} {labels.DONT_CARE}",
    "entity_gold": {scheme.name: {"syntactic_types": sorted(scheme.syntactic_types or []), "types": list(scheme.types)}
                    for scheme in labels.SCHEMES.values()},
    "entity_label_mapping": {scheme.name: scheme.mapping for scheme in labels.SCHEMES.values()},
    "entity_labels_unmapped": labels.UNMAPPED,
    "meantime_text": meantime.TEXT,
    "conll2003_text": conll.TEXT,
}


@dataclass(frozen=True)
class Evaluation:
    quality: dict  # {"components", "corpora", "definitions"}: figures with their meaning, no run date
    errors: dict[str, list[dict]]  # corpus -> [{"document", task: {system: [error]}}]


def evaluate(corpora: dict[str, list[GoldDocument]], systems: dict[str, dict[str, System]]) -> Evaluation:
    """Run `systems` (task -> name -> System) over each corpus's documents and score them on every task with gold."""
    figures, errors, counts, schemes = {}, {}, {}, {}
    for corpus, documents in corpora.items():
        judged = [_judge(document, systems) for document in documents]
        counts[corpus] = [document_counts for document_counts, _ in judged]
        schemes[corpus] = labels.SCHEMES[documents[0].scheme if documents else labels.MEANTIME.name]
        figures[corpus] = {"documents": len(documents), **_corpus_scores(counts[corpus], schemes[corpus])}
        errors[corpus] = [listed for _, listed in judged]
    for pooled, parts in POOLED.items():
        if all(part in counts for part in parts):
            pooled_counts = [c for part in parts for c in counts[part]]
            figures[pooled] = {"documents": len(pooled_counts), **_corpus_scores(pooled_counts, schemes[parts[0]])}
    components = {name: system.component for named in systems.values() for name, system in named.items()}
    return Evaluation({"components": components, "corpora": figures, "definitions": DEFINITIONS}, errors)


def document_errors(document: GoldDocument, systems: dict[str, dict[str, System]]) -> dict:
    """{"document": id, task: {system name: [error]}} for one document; see `diagnostics.span_errors`."""
    return _judge(document, systems)[1]


def _judge(document: GoldDocument, systems: dict[str, dict[str, System]]) -> tuple[dict, dict]:
    """Per task: gold and per-system counts, and per-system errors. Each system annotates the document once."""
    outputs: dict[str, dict] = {}
    counts, errors = {}, {"document": document.doc_id}
    for task_name, named in systems.items():
        task = TASKS[task_name]
        gold = task.gold(document)
        if gold is None:
            continue
        counts[task_name] = {"gold": Counter(span[task.kind] for span in gold), "systems": {}}
        errors[task_name] = {}
        for name, system in named.items():
            if name not in outputs:
                outputs[name] = system.annotate(document.text, document.published)
            spans = task.system(outputs[name], document)
            counts[task_name]["systems"][name] = task.counts(gold, spans)
            errors[task_name][name] = task.errors(gold, spans)
    return counts, errors


def _corpus_scores(documents: list[dict], scheme: labels.Scheme) -> dict:
    """Per task: gold counts by kind and each system's scores, from the summed document counts."""
    scores = {}
    for task_name in TASKS:
        judged = [counts[task_name] for counts in documents if task_name in counts]
        if not judged:
            continue
        gold = sum((counts["gold"] for counts in judged), Counter())
        systems = judged[0]["systems"]
        scores[task_name] = {
            "gold": {**gold, "all": gold.total()},
            **({"scheme": scheme.name} if task_name == "entities" else {}),
            "systems": {
                name: TASKS[task_name].scores(sum((counts["systems"][name] for counts in judged), Counter()), scheme)
                for name in systems
            },
        }
    return scores
