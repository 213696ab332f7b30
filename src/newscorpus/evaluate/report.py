"""Presenting results: quality.json text, the corpus x metric table, the per-document error listing."""

from __future__ import annotations

import json

DECIMALS = 4


def quality_json(quality: dict) -> str:
    """Stable text: keys sorted, ratios rounded, so the same figures always give the same bytes."""
    return json.dumps(_rounded(quality), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def table_rows(quality: dict) -> list[tuple]:
    """(corpus, documents, task, system, metric, gold, system spans, correct, precision, recall, f1) in report order."""
    rows = []
    for corpus, figures in quality["corpora"].items():
        for task, results in figures.items():
            if task == "documents":
                continue
            for system, scores in results["systems"].items():
                for metric, prf in _metrics(scores):
                    rows.append((corpus, figures["documents"], task, system, metric, prf["gold"], prf["system"],
                                 prf["correct"], prf["precision"], prf["recall"], prf["f1"]))
    return rows


def format_table(quality: dict) -> str:
    header = ("corpus", "docs", "task", "system", "metric", "gold", "sys", "correct", "P", "R", "F1")
    body = [(*row[:8], *(f"{ratio:.3f}" for ratio in row[8:])) for row in table_rows(quality)]
    cells = [tuple(str(cell) for cell in row) for row in (header, *body)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    numeric = {1, 5, 6, 7, 8, 9, 10}

    def line(row: tuple[str, ...]) -> str:
        return "  ".join(cell.rjust(width) if i in numeric else cell.ljust(width)
                         for i, (cell, width) in enumerate(zip(row, widths))).rstrip()

    return "\n".join(map(line, cells))


def format_errors(errors: dict[str, list[dict]]) -> str:
    """One line an error, grouped by corpus and document; documents without errors left out."""
    lines = []
    for corpus, documents in errors.items():
        for document in documents:
            found = [(task, system, error) for task, systems in document.items() if task != "document"
                     for system, listed in systems.items() for error in listed]
            if found:
                lines.append(f"{corpus}/{document['document']}")
                lines += [f"  {task}/{system}  {_error(error)}" for task, system, error in found]
    return "\n".join(lines)


def _metrics(scores: dict) -> list[tuple[str, dict]]:
    if "overall" in scores:  # entities
        return [("overall", scores["overall"]), *scores["per_type"].items()]
    return list(scores.items())


def _error(error: dict) -> str:
    if error["kind"] == "wrong":
        return f"wrong {'+'.join(error['differs'])}: gold {_span(error['gold'])}  system {_span(error['system'])}"
    return f"{error['kind']} {_span(error.get('gold') or error['system'])}"


def _span(span: dict) -> str:
    attributes = " ".join(str(span[name]) for name in ("type", "value", "label") if name in span)
    return f"{span['start']}-{span['end']} {json.dumps(span['text'], ensure_ascii=False)} {attributes}"


def _rounded(value):
    if isinstance(value, float):
        return round(value, DECIMALS)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    return value
