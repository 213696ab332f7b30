"""The dataset card (`corpus/README.md`): YAML configs and features derived from the schema, the text
of DATASET_CARD.md, and its `<!-- figure: NAME -->` lines replaced by figures computed from the data."""

from __future__ import annotations

import re

import yaml

from .schema import record_schema
from .stats import CorpusStats
from .tables import TABLES, features

FIGURE = re.compile(r"^<!-- figure: (?P<name>[a-z_]+) -->$", re.MULTILINE)
SPLIT = "train"
TABLE_ROWS = {"articles": "one row per article, with its entities and dates nested",
              "entities": "one row per entity mention",
              "dates": "one row per temporal expression"}


def render(template: str, files: dict[str, list[str]], sizes: dict[str, int], stats: CorpusStats,
           quality: dict | None) -> str:
    """The whole card: front matter, then the template with every figure filled in."""
    figures = {
        "counts": counts_table(stats),
        "configs": configs_table(files, stats),
        "labels": distribution_table(stats.labels, "label", "mentions"),
        "date_types": distribution_table(stats.date_types, "TIMEX3 type", "expressions"),
        "published": published_range(stats),
        "components": components_table(stats),
        "fields": fields_table(),
        "quality": quality_tables(quality),
    }

    def figure(match: re.Match) -> str:
        if match["name"] not in figures:
            raise KeyError(f"DATASET_CARD.md asks for unknown figure {match['name']!r}; known: {sorted(figures)}")
        return figures[match["name"]]

    return "---\n" + yaml.safe_dump(front_matter(files, sizes, stats), sort_keys=False, allow_unicode=True) + "---\n\n" \
        + FIGURE.sub(figure, template)


def front_matter(files: dict[str, list[str]], sizes: dict[str, int], stats: CorpusStats) -> dict:
    """Hugging Face metadata: configs listing every file, features derived from the schema, split sizes."""
    rows = stats.counts()
    return {
        "pretty_name": "newscorpus",
        "language": ["en"],
        "license": "other",
        "task_categories": ["token-classification"],
        "task_ids": ["named-entity-recognition"],
        "tags": ["news", "timex3", "temporal-expressions", "named-entities"],
        "size_categories": [size_category(stats.articles)],
        "configs": [
            {"config_name": table, **({"default": True} if table == "articles" else {}),
             "data_files": [{"split": SPLIT, "path": files[table]}]}
            for table in TABLES
        ],
        "dataset_info": [
            {"config_name": table, "features": features(table)._to_yaml_list(),
             "splits": [{"name": SPLIT, "num_bytes": sizes[table], "num_examples": rows[table]}]}
            for table in TABLES
        ],
    }


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "10M<n<100M"


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell).replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def counts_table(stats: CorpusStats) -> str:
    return table(["articles", "characters", "entity mentions", "date expressions"],
                 [[f"{stats.articles:,}", f"{stats.characters:,}", f"{stats.entities:,}", f"{stats.dates:,}"]])


def configs_table(files: dict[str, list[str]], stats: CorpusStats) -> str:
    rows = stats.counts()
    return table(["config", "rows", "what a row is", "files"],
                 [[f"`{name}`", f"{rows[name]:,}", TABLE_ROWS[name], len(files[name])] for name in TABLES])


def distribution_table(counter, key: str, unit: str) -> str:
    total = sum(counter.values()) or 1
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return table([key, unit, "share"], [[f"`{k}`", f"{v:,}", f"{v / total:.1%}"] for k, v in ranked])


def published_range(stats: CorpusStats) -> str:
    if not stats.published:
        return "No articles yet."
    months = sorted(stats.published)
    return f"Articles were published from {months[0]} to {months[-1]}, in {len(months)} distinct months."


def components_table(stats: CorpusStats) -> str:
    return table(["component", "model", "model version"],
                 [[f"`{name}`", model or "(rules)", version or ""] for name, (model, version) in stats.components.items()])


def fields_table() -> str:
    return table(["field", "type", "description"], list(_field_rows(record_schema())))


def _field_rows(node: dict, prefix: str = ""):
    for name, sub in node.get("properties", {}).items():
        path = f"{prefix}{name}"
        kind = sub["type"] if isinstance(sub["type"], str) else " or ".join(sub["type"])
        if sub.get("format"):
            kind += f" ({sub['format']})"
        if sub.get("enum"):
            kind += ": " + ", ".join(f"`{v}`" for v in sub["enum"])
        yield [f"`{path}`", kind, sub.get("description", "")]
        if sub.get("type") == "object":
            yield from _field_rows(sub, f"{path}.")
        elif sub.get("type") == "array" and sub["items"].get("type") == "object":
            yield from _field_rows(sub["items"], f"{path}[].")


def quality_tables(quality: dict | None) -> str:
    if not quality:
        return "Not measured yet: `scripts/evaluate.py` writes `corpus/quality.json`, and the next build reports it here."
    raise NotImplementedError  # filled in with the evaluation's format
