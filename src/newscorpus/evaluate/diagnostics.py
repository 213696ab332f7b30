"""Per-document errors, for developers: missed gold spans, spurious system spans, and pairs that differ."""

from __future__ import annotations

from .score import match, same_extent


def span_errors(gold: list[dict], system: list[dict], attributes: tuple[str, ...], *,
                exact: bool = False) -> list[dict]:
    """{"kind": "missed" | "spurious" | "wrong", "gold"?, "system"?, "differs"?} in text order.

    Spans are paired as the scorer pairs them; a pair is wrong if it differs in extent or in one of `attributes`.
    """
    pairs = match(gold, system, exact=exact)
    paired_gold = {g for g, _ in pairs}
    paired_system = {s for _, s in pairs}
    errors = [{"kind": "missed", "gold": span} for g, span in enumerate(gold) if g not in paired_gold]
    errors += [{"kind": "spurious", "system": span} for s, span in enumerate(system) if s not in paired_system]
    for g, s in pairs:
        differs = [] if same_extent(gold[g], system[s]) else ["extent"]
        differs += [name for name in attributes if gold[g][name] != system[s][name]]
        if differs:
            errors.append({"kind": "wrong", "differs": differs, "gold": gold[g], "system": system[s]})
    return sorted(errors, key=_position)


def date_errors(gold: list[dict], system: list[dict]) -> list[dict]:
    return span_errors(gold, system, ("type", "value"))


def entity_errors(gold: list[dict], system: list[dict]) -> list[dict]:
    """Exact extents only, as scored: a partly overlapping mention is one missed plus one spurious."""
    return span_errors(gold, system, ("label",), exact=True)


def _position(error: dict) -> tuple[int, int, str]:
    span = error.get("gold") or error["system"]
    return span["start"], span["end"], error["kind"]
