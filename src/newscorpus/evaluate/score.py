"""Scorers: pure functions over span lists (dicts with end-exclusive "start"/"end" offsets), summed over documents.

`*_counts(gold, system)` counts one document; add the Counters up and pass the sum to `*_scores`.
"""

from __future__ import annotations

from collections import Counter

DATE_METRICS = ("strict", "relaxed", "type", "value")
DATES = (
    "TempEval-3 Task A over TIMEX3 spans, micro-averaged over documents; the creation time (DCT) is not scored. "
    "Gold and system spans are paired one-to-one, greedily, identical extents first, then by overlap length. "
    "strict: pairs with identical extents; relaxed: overlapping pairs; type/value: relaxed pairs whose TIMEX3 "
    "type/value are equal (so F1 = attribute accuracy over relaxed matches x relaxed F1). "
    "P = correct/system, R = correct/gold."
)
ENTITIES = (
    "Named entity mentions, exact extent and type, micro-averaged over documents: per type and overall. "
    "P = correct/system, R = correct/gold."
)


def match(gold: list[dict], system: list[dict], *, exact: bool = False) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, or identical ones if `exact`.

    Greedy: identical extents first, then the largest overlap, then document order.
    """
    candidates = []
    for g, gold_span in enumerate(gold):
        for s, system_span in enumerate(system):
            overlap = min(gold_span["end"], system_span["end"]) - max(gold_span["start"], system_span["start"])
            identical = same_extent(gold_span, system_span)
            if identical or (overlap > 0 and not exact):
                candidates.append((not identical, -overlap, g, s))
    pairs = []
    used_gold, used_system = set(), set()
    for _, _, g, s in sorted(candidates):
        if g not in used_gold and s not in used_system:
            pairs.append((g, s))
            used_gold.add(g)
            used_system.add(s)
    return sorted(pairs)


def same_extent(a: dict, b: dict) -> bool:
    return (a["start"], a["end"]) == (b["start"], b["end"])


def prf(correct: int, system: int, gold: int) -> dict:
    precision = correct / system if system else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"correct": correct, "system": system, "gold": gold, "precision": precision, "recall": recall, "f1": f1}


def date_counts(gold: list[dict], system: list[dict]) -> Counter:
    pairs = [(gold[g], system[s]) for g, s in match(gold, system)]
    return Counter(
        gold=len(gold),
        system=len(system),
        strict=sum(same_extent(g, s) for g, s in pairs),
        relaxed=len(pairs),
        type=sum(g["type"] == s["type"] for g, s in pairs),
        value=sum(g["value"] == s["value"] for g, s in pairs),
    )


def date_scores(counts: Counter) -> dict:
    return {metric: prf(counts[metric], counts["system"], counts["gold"]) for metric in DATE_METRICS}


def entity_counts(gold: list[dict], system: list[dict]) -> Counter:
    """Keys (label, "gold" | "system" | "correct"); correct = identical extent and label."""
    counts = Counter((span["label"], "gold") for span in gold)
    counts.update((span["label"], "system") for span in system)
    both = Counter(map(_extent_and_label, gold)) & Counter(map(_extent_and_label, system))
    counts.update((label, "correct") for _, _, label in both.elements())
    return counts


def _extent_and_label(span: dict) -> tuple[int, int, str]:
    return span["start"], span["end"], span["label"]


def entity_scores(counts: Counter, types: tuple[str, ...]) -> dict:
    def total(kind: str, of: tuple[str, ...]) -> int:
        return sum(counts[(label, kind)] for label in of)

    return {
        "overall": prf(total("correct", types), total("system", types), total("gold", types)),
        "per_type": {label: prf(*(total(kind, (label,)) for kind in ("correct", "system", "gold"))) for label in types},
    }
